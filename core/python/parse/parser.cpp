// The parser's public entry point (see parser.hpp): checks CPython makes before tokenizing,
// then the parser of detail/parser.hpp.
#include "python/parse/parser.hpp"

#include <algorithm>
#include <cstdio>

#include "python/parse/detail/parser.hpp"
#include "python/parse/detail/unicode.hpp"

namespace py {
namespace {

// The error for text that is not UTF-8 (CPython decodes bytes before tokenizing them; we
// report the first bad byte on its line).
std::optional<SyntaxError> check_utf8(std::string_view source) {
  int lineno = 1;
  std::size_t line_start = 0;
  for (std::size_t i = 0; i < source.size();) {
    if (source[i] == '\n') {
      ++lineno;
      line_start = ++i;
      continue;
    }
    std::size_t n = parsing::decode_utf8(source, i).length;
    if (n != 0 && !(n == 3 && (static_cast<unsigned char>(source[i]) == 0xED) &&
                    static_cast<unsigned char>(source[i + 1]) >= 0xA0)) {
      i += n;
      continue;
    }
    char msg[160];
    std::snprintf(msg, sizeof msg,
                  "(unicode error) 'utf-8' codec can't decode byte 0x%02x in position %zu: "
                  "invalid start byte",
                  static_cast<unsigned>(static_cast<unsigned char>(source[i])), i - line_start);
    SyntaxError e;
    e.msg = msg;
    e.lineno = e.end_lineno = lineno;
    e.offset =
        static_cast<int>(parsing::count_chars(source.substr(line_start, i - line_start))) + 1;
    e.end_offset = -1;
    std::size_t end = source.find('\n', line_start);
    e.text = std::string(source.substr(
        line_start, end == std::string_view::npos ? std::string_view::npos : end - line_start + 1));
    return e;
  }
  return std::nullopt;
}

} // namespace

ParseResult parse(std::string_view source, ast::Arena& arena, ParseMode mode) {
  ParseResult result;
  if (source.find('\0') != std::string_view::npos) {
    SyntaxError e;
    e.msg = "source code string cannot contain null bytes";
    e.has_location = false;
    result.error = std::move(e);
    return result;
  }
  if ((result.error = check_utf8(source))) return result;

  parsing::ParseContext ctx{arena};
  Lexer lexer(source);
  parsing::Parser parser(ctx, lexer);
  bool ok = mode == ParseMode::Exec ? (result.module = parser.run_file()) != nullptr
                                    : (result.expression = parser.run_eval()) != nullptr;
  if (ctx.overflow) {
    // CPython's parser gives up with a bare MemoryError on a program nested this deeply.
    SyntaxError e;
    e.type = SyntaxErrorType::MemoryError;
    e.has_location = false;
    result.error = std::move(e);
    result.module = nullptr;
    result.expression = nullptr;
  } else if (!ok) {
    result.error = std::move(ctx.error);
  }

  // Warnings of the lexer and of the string decoder, in line order, each once (CPython shows
  // a warning once per line; the second pass after an error would otherwise repeat some).
  result.warnings = std::move(lexer.warnings());
  result.warnings.insert(result.warnings.end(), ctx.warnings.begin(), ctx.warnings.end());
  std::stable_sort(
      result.warnings.begin(), result.warnings.end(),
      [](const SyntaxWarning& a, const SyntaxWarning& b) { return a.lineno < b.lineno; });
  auto same = [](const SyntaxWarning& a, const SyntaxWarning& b) {
    return a.lineno == b.lineno && a.message == b.message && a.category == b.category;
  };
  std::vector<SyntaxWarning> unique;
  for (SyntaxWarning& w : result.warnings) {
    if (std::none_of(unique.begin(), unique.end(),
                     [&](const SyntaxWarning& u) { return same(u, w); })) {
      unique.push_back(std::move(w));
    }
  }
  result.warnings = std::move(unique);
  return result;
}

} // namespace py
