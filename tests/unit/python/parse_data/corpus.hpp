// Access to the parser corpus embedded by parse_data/CMakeLists.txt (see regen.py for what the
// files hold): the source of each snippet and its expected outputs, generated from CPython.
#pragma once

#include <string>
#include <string_view>
#include <vector>

namespace parse_corpus {

// One embedded file: its path under parse_data/ and its bytes.
struct File {
  std::string_view path;
  std::string_view data;
};

// Every embedded file, sorted by path within each folder.
std::vector<File> files();

// The bytes of the file at `path` (empty if there is none).
std::string_view read(std::string_view path);

// The snippets of one folder ("valid", "invalid", "lexer"): paths of the .py files.
std::vector<std::string_view> snippets(std::string_view folder);

// The value of `key: value` lines of an .expected file, in order, for one key.
std::vector<std::string> values(std::string_view expected, std::string_view key);

// CPython's escaping of values in .expected files (backslash, newline, CR, tab).
std::string escape(std::string_view s);

} // namespace parse_corpus
