#include "python/vm/caret_line.hpp"

#include <algorithm>
#include <cstdint>
#include <iterator>

#include "python/objects/str.hpp"
#include "python/parse/parser.hpp"

namespace py {
namespace {

/// {first, last} code point ranges that take two columns (see the generator).
struct WideRange {
  uint32_t first;
  uint32_t last;
};
constexpr WideRange kWideChars[] = {
#include "python/vm/detail/wide_chars.inc"
};

/// Whether a code point takes two columns (binary search of the ranges).
bool is_wide(uint32_t cp) {
  auto it = std::upper_bound(std::begin(kWideChars), std::end(kWideChars), cp,
                             [](uint32_t c, const WideRange& r) { return c < r.first; });
  return it != std::begin(kWideChars) && cp <= std::prev(it)->last;
}

/// traceback._display_width: the columns the first `bytes` bytes of `text` take.
size_t display_width(std::string_view text, size_t bytes) {
  const char* p = text.data();
  const char* end = p + std::min(bytes, text.size());
  size_t width = 0;
  while (p < end) width += is_wide(utf8_decode(p)) ? 2 : 1;
  return width;
}

/// The ASCII whitespace str.isspace() sees between operands.
bool is_space(char c) { return c == ' ' || c == '\t' || c == '\f' || c == '\v' || c == '\r'; }

/// Byte offsets within the segment: "~" before `left`, "^" up to `right`, "~" after.
struct Anchors {
  size_t left;
  size_t right;
};

/// traceback._extract_caret_anchors_from_line_segment: anchors for a segment
/// that parses as one expression statement that is a BinOp or a Subscript.
bool find_anchors(std::string_view segment, Anchors* out) {
  ast::Arena arena;
  ParseResult parsed = parse(segment, arena);
  if (parsed.error || !parsed.module || parsed.module->body.size() != 1) return false;
  auto* statement = parsed.module->body[0]->as<ast::Expr>();
  if (!statement) return false;
  size_t n = segment.size();
  if (auto* binop = statement->value->as<ast::BinOp>()) {
    size_t op_start = size_t(binop->left->end_col_offset);
    size_t op_end = size_t(binop->right->col_offset);
    std::string_view op = segment.substr(op_start, op_end - op_start);
    size_t offset = std::min(op.find_first_not_of(" \t\f\n\r\v\\"), op.size());
    size_t left = op_start + offset;
    size_t right = left + 1;
    if (offset + 1 < op.size() && !is_space(op[offset + 1])) ++right;
    while (left < n && (is_space(segment[left]) || segment[left] == ')' || segment[left] == '#')) {
      ++left;
      ++right;
    }
    *out = {left, right};
    return true;
  }
  if (auto* subscript = statement->value->as<ast::Subscript>()) {
    size_t left = size_t(subscript->value->end_col_offset);
    size_t right = size_t(subscript->slice->end_col_offset) + 1;
    while (left < n && segment[left] != '[') ++left;
    while (right < n && segment[right] != ']') ++right;
    if (right < n) ++right;
    *out = {left, right};
    return true;
  }
  return false;
}

} // namespace

std::string caret_line(std::string_view line, CaretSpan span) {
  size_t indent = std::min(line.find_first_not_of(" \t\f"), line.size());
  size_t last = line.find_last_not_of(" \t\f\r\n");
  if (last == std::string_view::npos || span.col < 0 || span.end_col < 0) return {};
  size_t stripped_end = last + 1;
  size_t start = std::min(size_t(span.col), line.size());
  size_t end = span.multiline ? stripped_end : std::min(size_t(span.end_col), line.size());
  if (end < start) return {};
  std::string_view segment = line.substr(start, end - start);
  Anchors anchors{};
  bool anchored = !span.multiline && find_anchors(segment, &anchors);
  size_t stripped_chars = utf8_length(line.substr(indent, stripped_end - indent));
  size_t span_chars = utf8_length(segment);
  if (span_chars >= stripped_chars && !(anchored && anchors.right > anchors.left)) return {};

  size_t dp_start = display_width(line, start);
  size_t dp_end = display_width(line, end);
  // CPython subtracts the line's leading and trailing whitespace from the
  // start column, so trailing spaces shift its carets left: so do these.
  size_t margin = indent + (line.size() - stripped_end);
  std::string row = "    ";
  row.append(dp_start > margin ? dp_start - margin : 0, ' ');
  if (anchored) {
    size_t dp_left = display_width(segment, anchors.left);
    size_t dp_right = std::max(display_width(segment, anchors.right), dp_left);
    size_t total = dp_end - dp_start;
    row.append(dp_left, '~');
    row.append(dp_right - dp_left, '^');
    row.append(total > dp_right ? total - dp_right : 0, '~');
  } else {
    row.append(dp_end - dp_start, '^');
  }
  return row + "\n";
}

} // namespace py
