// The parser corpus, embedded at build time (parse_data/CMakeLists.txt), and its helpers.
#include "parse_data/corpus.hpp"

namespace parse_corpus {
namespace {

// An embedded file as the generated include lists it.
struct Entry {
  const char* path;
  const char* data;
  std::size_t size;
};

constexpr Entry kEntries[] = {
#include "parse_corpus.inc"
};

} // namespace

std::vector<File> files() {
  std::vector<File> out;
  for (const Entry& e : kEntries) out.push_back({e.path, std::string_view(e.data, e.size)});
  return out;
}

std::string_view read(std::string_view path) {
  for (const File& f : files()) {
    if (f.path == path) return f.data;
  }
  return {};
}

std::vector<std::string_view> snippets(std::string_view folder) {
  std::vector<std::string_view> out;
  for (const File& f : files()) {
    std::string_view p = f.path;
    if (p.size() > folder.size() + 4 && p.substr(0, folder.size()) == folder &&
        p[folder.size()] == '/' && p.substr(p.size() - 3) == ".py") {
      out.push_back(p);
    }
  }
  return out;
}

std::vector<std::string> values(std::string_view expected, std::string_view key) {
  std::vector<std::string> out;
  std::size_t pos = 0;
  while (pos < expected.size()) {
    std::size_t end = expected.find('\n', pos);
    if (end == std::string_view::npos) end = expected.size();
    std::string_view line = expected.substr(pos, end - pos);
    if (line.size() >= key.size() + 2 && line.substr(0, key.size()) == key &&
        line.substr(key.size(), 2) == ": ") {
      out.emplace_back(line.substr(key.size() + 2));
    }
    pos = end + 1;
  }
  return out;
}

std::string escape(std::string_view s) {
  std::string out;
  for (char c : s) {
    switch (c) {
    case '\\': out += "\\\\"; break;
    case '\n': out += "\\n"; break;
    case '\r': out += "\\r"; break;
    case '\t': out += "\\t"; break;
    default: out += c;
    }
  }
  return out;
}

} // namespace parse_corpus
