// Literal tokens to Constant, JoinedStr and FormattedValue nodes: numbers (CPython's
// parsenumber), strings and bytes with their escapes (decode_unicode_with_escapes,
// _PyBytes_DecodeEscape) and f-strings (string_parser.c of CPython 3.11: literal parts,
// replacement fields scanned by hand, expressions parsed by a parser of their own).
#include <cstdio>
#include <cstdlib>

#include "python/parse/detail/parser.hpp"
#include "python/parse/detail/unicode.hpp"

namespace py::parsing {

using namespace ast;

namespace {

constexpr std::size_t kMaxIntDigits = 4300; // sys.get_int_max_str_digits() default
constexpr int kMaxBracketNesting = 200;     // CPython's MAXLEVEL

bool is_hex(char c) {
  return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F');
}

int hex_value(char c) { return c <= '9' ? c - '0' : (c | 0x20) - 'a' + 10; }

// Gives node n the span of the tokens first..last.
void set_span(located* n, const Token& first, const Token& last) {
  n->lineno = first.lineno;
  n->col_offset = first.col_offset;
  n->end_lineno = last.end_lineno;
  n->end_col_offset = last.end_col_offset;
}

// Cuts a string token into its prefix flags and body.
StringToken split_string_token(std::string_view text) {
  StringToken s;
  std::size_t i = 0;
  for (; i < text.size() && text[i] != '\'' && text[i] != '"'; ++i) {
    char c = static_cast<char>(text[i] | 0x20);
    s.bytes |= c == 'b';
    s.raw |= c == 'r';
    s.fstring |= c == 'f';
  }
  char quote = text[i];
  std::size_t quotes = text.size() - i >= 6 && text[i + 1] == quote && text[i + 2] == quote ? 3 : 1;
  s.body_offset = i + quotes;
  s.body = text.substr(s.body_offset, text.size() - s.body_offset - quotes);
  return s;
}

// The first invalid escape of a string, for the DeprecationWarning CPython emits.
std::string invalid_escape_message(std::string_view at) {
  unsigned char c = static_cast<unsigned char>(at[0]);
  if (c >= '4' && c <= '7') {
    return "invalid octal escape sequence '\\" + std::string(at.substr(0, 3)) + "'";
  }
  return std::string("invalid escape sequence '\\") + char(c) + "'";
}

} // namespace

// NUMBER: an int (digits kept with their base), a float or an imaginary number.
expr* Parser::number_token() {
  int m = mark_;
  Token* t = expect(Tok::Number);
  std::string s;
  for (char c : token_text(*t)) {
    if (c != '_') s += c;
  }
  auto* e = node<Constant>(m);
  char last = s.back();
  bool prefixed = s.size() > 1 && s[0] == '0' &&
                  std::string_view("xXoObB").find(s[1]) != std::string_view::npos;
  if (last == 'j' || last == 'J') {
    e->value.kind = constant_kind::Complex;
    s.pop_back();
    e->value.number = std::strtod(s.c_str(), nullptr);
  } else if (prefixed || s.find_first_not_of("0123456789") == std::string::npos) {
    int base = 10;
    std::size_t start = 0;
    if (prefixed) {
      char p = static_cast<char>(s[1] | 0x20);
      base = p == 'x' ? 16 : p == 'o' ? 8 : 2;
      start = 2;
    }
    std::size_t digits = s.size() - start;
    if (base == 10 && digits > kMaxIntDigits) {
      raise_known_location(
          SyntaxErrorType::SyntaxError, t->lineno, 0, t->end_lineno, 0,
          "Exceeds the limit (" + std::to_string(kMaxIntDigits) +
              " digits) for integer string conversion: value has " + std::to_string(digits) +
              " digits; use sys.set_int_max_str_digits() to increase the limit - Consider "
              "hexadecimal for huge integer literals to avoid decimal conversion limits.");
    }
    while (start + 1 < s.size() && s[start] == '0') ++start;
    e->value.kind = constant_kind::Int;
    e->value.int_base = base;
    e->value.text = ctx_.arena.copy(std::string_view(s).substr(start));
  } else {
    e->value.kind = constant_kind::Float;
    e->value.number = std::strtod(s.c_str(), nullptr);
  }
  return e;
}

namespace {

// What common_escape() returns besides a character value.
constexpr long kNotCommonEscape = -1; // not one of the escapes str and bytes share
constexpr long kNoCharacter = -2;     // backslash-newline: a line continuation

// The value of the escape `\c` (the backslash and c read, s[i] is next) for the escapes str
// and bytes literals share: backslash-newline, \\ \' \" \a \b \f \n \r \t \v and octal (which
// reads up to two more digits and notes an octal value above 0o377 in first_invalid, for the
// warning). kNotCommonEscape for any other c, with i unmoved.
long common_escape(std::string_view s, std::size_t& i, char c, std::string& first_invalid) {
  switch (c) {
  case '\n': return kNoCharacter;
  case '\\':
  case '\'':
  case '"': return c;
  case 'b': return '\b';
  case 'f': return '\f';
  case 't': return '\t';
  case 'n': return '\n';
  case 'r': return '\r';
  case 'v': return '\v';
  case 'a': return '\a';
  default: break;
  }
  if (c < '0' || c > '7') return kNotCommonEscape;
  long v = c - '0';
  for (int k = 0; k < 2 && i < s.size() && s[i] >= '0' && s[i] <= '7'; ++k) {
    v = (v << 3) + (s[i++] - '0');
  }
  if (v > 0377 && first_invalid.empty()) first_invalid = std::string(s.substr(i - 3, 3));
  return v;
}

// Decodes the body of a str literal with escapes, exactly as CPython 3.11 does: non-ASCII
// characters are first rewritten as \U escapes (so positions in error messages count them as
// 10 bytes), then the "unicodeescape" codec runs. Returns false with `error` set on a
// decoding error; `first_invalid` is the first invalid escape (for the warning), if any.
bool decode_unicode_escapes(std::string_view body, std::string& out, std::string& error,
                            std::string& first_invalid) {
  std::string buf;
  buf.reserve(body.size());
  for (std::size_t i = 0; i < body.size();) {
    if (body[i] == '\\') {
      buf += body[i++];
      if (i >= body.size() || static_cast<unsigned char>(body[i]) >= 0x80) {
        buf += "u005c";
        if (i >= body.size()) break;
      }
    }
    if (static_cast<unsigned char>(body[i]) >= 0x80) {
      while (i < body.size() && static_cast<unsigned char>(body[i]) >= 0x80) {
        Utf8Char c = decode_utf8(body, i);
        if (c.length == 0) c = {0xFFFD, 1};
        char esc[16];
        std::snprintf(esc, sizeof esc, "\\U%08x", static_cast<unsigned>(c.code));
        buf += esc;
        i += c.length;
      }
    } else {
      buf += body[i++];
    }
  }

  std::size_t n = buf.size();
  std::size_t i = 0;
  while (i < n) {
    char c = buf[i++];
    if (c != '\\') {
      out += c;
      continue;
    }
    std::size_t start = i - 1;
    const char* message = "\\ at end of string";
    bool failed = false;
    if (i >= n) {
      failed = true;
    } else {
      c = buf[i++];
      long common = common_escape(buf, i, c, first_invalid);
      if (common >= 0) append_utf8(out, static_cast<char32_t>(common));
      if (common != kNotCommonEscape) continue;
      switch (c) {
      case 'x':
      case 'u':
      case 'U': {
        int count = c == 'x' ? 2 : c == 'u' ? 4 : 8;
        message = c == 'x'   ? "truncated \\xXX escape"
                  : c == 'u' ? "truncated \\uXXXX escape"
                             : "truncated \\UXXXXXXXX escape";
        char32_t ch = 0;
        for (; count > 0; ++i, --count) {
          if (i >= n || !is_hex(buf[i])) break;
          ch = (ch << 4) + static_cast<char32_t>(hex_value(buf[i]));
        }
        if (count > 0) {
          failed = true;
        } else if (ch > 0x10FFFF) {
          message = "illegal Unicode character";
          failed = true;
        } else {
          append_utf8(out, ch);
        }
        break;
      }
      case 'N': {
        message = "malformed \\N character escape";
        failed = true;
        if (i < n && buf[i] == '{') {
          std::size_t name_start = ++i;
          while (i < n && buf[i] != '}') ++i;
          if (i < n && i > name_start) {
            std::string_view name(buf.data() + name_start, i - name_start);
            ++i;
            if (auto ch = lookup_unicode_name(name)) {
              append_utf8(out, *ch);
              failed = false;
            } else {
              message = "unknown Unicode character name";
            }
          }
        }
        break;
      }
      default:
        if (first_invalid.empty()) first_invalid = std::string(1, c);
        out += '\\';
        out += c;
        break;
      }
    }
    if (failed) {
      std::size_t end = i;
      char where[96];
      if (end - start == 1) {
        std::snprintf(where, sizeof where, "can't decode byte 0x%02x in position %zu",
                      static_cast<unsigned>(static_cast<unsigned char>(buf[start])), start);
      } else {
        std::snprintf(where, sizeof where, "can't decode bytes in position %zu-%zu", start,
                      end - 1);
      }
      error = std::string("(unicode error) 'unicodeescape' codec ") + where + ": " + message;
      return false;
    }
  }
  return true;
}

// Decodes the body of a bytes literal with escapes (_PyBytes_DecodeEscape).
bool decode_bytes_escapes(std::string_view body, std::string& out, std::string& error,
                          std::string& first_invalid) {
  std::size_t n = body.size();
  for (std::size_t i = 0; i < n;) {
    if (body[i] != '\\') {
      out += body[i++];
      continue;
    }
    ++i;
    if (i == n) {
      error = "(value error) Trailing \\ in string";
      return false;
    }
    char c = body[i++];
    long common = common_escape(body, i, c, first_invalid);
    if (common >= 0) out += static_cast<char>(common & 0xFF);
    if (common != kNotCommonEscape) continue;
    switch (c) {
    case 'x':
      if (i + 1 < n && is_hex(body[i]) && is_hex(body[i + 1])) {
        out += static_cast<char>(hex_value(body[i]) * 16 + hex_value(body[i + 1]));
        i += 2;
        break;
      }
      error = "(value error) invalid \\x escape at position " + std::to_string(i - 2);
      return false;
    default:
      if (first_invalid.empty()) first_invalid = std::string(1, c);
      out += '\\';
      --i;
      break;
    }
  }
  return true;
}

} // namespace

// Decodes a literal text (no replacement fields), warning on its first invalid escape.
std::string Parser::decode_literal(std::string_view text, bool raw, const Token& t) {
  if (raw) return std::string(text);
  std::string out, error, first_invalid;
  if (!decode_unicode_escapes(text, out, error, first_invalid)) {
    raise(SyntaxErrorType::SyntaxError, error);
  }
  if (!first_invalid.empty()) {
    ctx_.warnings.push_back(
        {"DeprecationWarning", invalid_escape_message(first_invalid), t.lineno});
  }
  return out;
}

// make_str_node_and_del: a str Constant of the pending literal text, positioned over the
// tokens first..last (kind "u" when the first token is u-prefixed).
expr* Parser::make_str_node(FstringState& state, const Token& first, const Token& last) {
  auto* c = ctx_.arena.make<Constant>();
  c->value.kind = constant_kind::Str;
  c->value.text = ctx_.arena.copy(state.last_str);
  if (token_text(first)[0] == 'u') c->kind = "u";
  set_span(c, first, last);
  state.last_str.clear();
  return c;
}

// STRING+ tokens [first_index, last_index]: one Constant (str or bytes) or a JoinedStr.
expr* Parser::concatenate_strings(int first_index, int last_index) {
  const Token& first = tokens_[first_index];
  const Token& last = tokens_[last_index];
  bool bytesmode = false;
  std::string bytes;
  FstringState state;
  for (int i = first_index; i <= last_index; ++i) {
    const Token& t = tokens_[i];
    StringToken s = split_string_token(token_text(t));
    if (i != first_index && bytesmode != s.bytes) {
      raise(SyntaxErrorType::SyntaxError, "cannot mix bytes and nonbytes literals");
    }
    bytesmode = s.bytes;
    if (s.fstring) {
      std::size_t pos = 0;
      fstring_concat(state, s, pos, 0, first, t, last);
    } else if (s.bytes) {
      for (char c : s.body) {
        if (static_cast<unsigned char>(c) >= 0x80) {
          raise_at(t, "bytes can only contain ASCII literal characters");
        }
      }
      std::string out, error, first_invalid;
      if (s.raw || s.body.find('\\') == std::string_view::npos) {
        out = s.body;
      } else if (!decode_bytes_escapes(s.body, out, error, first_invalid)) {
        raise(SyntaxErrorType::SyntaxError, error);
      }
      if (!first_invalid.empty()) {
        ctx_.warnings.push_back(
            {"DeprecationWarning", invalid_escape_message(first_invalid), t.lineno});
      }
      bytes += out;
    } else {
      state.last_str +=
          decode_literal(s.body, s.raw || s.body.find('\\') == std::string_view::npos, t);
    }
  }
  if (bytesmode) {
    auto* c = ctx_.arena.make<Constant>();
    set_span(c, first, last);
    c->value.kind = constant_kind::Bytes;
    c->value.text = ctx_.arena.copy(bytes);
    return c;
  }
  return fstring_finish(state, first, last);
}

// _PyPegen_FstringParser_Finish: a Constant when no f-string took part, else a JoinedStr.
expr* Parser::fstring_finish(FstringState& state, const Token& first, const Token& last) {
  if (!state.fmode) return make_str_node(state, first, last);
  if (!state.last_str.empty()) state.values.push_back(make_str_node(state, first, last));
  auto* j = ctx_.arena.make<JoinedStr>();
  j->values = seq(state.values);
  set_span(j, first, last);
  return j;
}

// _PyPegen_FstringParser_ConcatFstring: the literal parts and replacement fields of an
// f-string body from `pos` on (at `recurse_lvl` 1, a format spec, which ends at a '}').
void Parser::fstring_concat(FstringState& state, const StringToken& s, std::size_t& pos,
                            int recurse_lvl, const Token& first, const Token& t,
                            const Token& last) {
  state.fmode = true;
  std::string_view body = s.body;
  for (;;) {
    // The literal part, up to a '{' or a '}' (doubled braces stand for themselves).
    std::size_t literal_start = pos;
    std::size_t literal_end;
    bool doubled = false;
    std::size_t i = pos;
    for (;;) {
      if (i >= body.size()) {
        literal_end = pos = i;
        break;
      }
      char ch = body[i++];
      if (!s.raw && ch == '\\' && i < body.size()) {
        ch = body[i++];
        if (ch == 'N') {
          if (i < body.size() && body[i++] == '{') {
            while (i < body.size() && body[i++] != '}') {
            }
            continue;
          }
          literal_end = pos = i;
          break;
        }
        if (ch == '{') {
          ctx_.warnings.push_back(
              {"DeprecationWarning", "invalid escape sequence '\\{'", t.lineno});
        }
      }
      if (ch == '{' || ch == '}') {
        if (recurse_lvl == 0) {
          if (i < body.size() && body[i] == ch) {
            literal_end = i;
            pos = i + 1;
            doubled = true;
            break;
          }
          if (ch == '}') {
            raise(SyntaxErrorType::SyntaxError, "f-string: single '}' is not allowed");
          }
        }
        literal_end = pos = i - 1;
        break;
      }
    }
    if (literal_end > literal_start) {
      state.last_str +=
          decode_literal(body.substr(literal_start, literal_end - literal_start), s.raw, t);
    }
    if (doubled) continue;
    if (pos >= body.size() || body[pos] == '}') break;
    std::string expr_text;
    expr* value = fstring_expr(s, pos, recurse_lvl, first, t, last, expr_text);
    state.last_str += expr_text;
    if (!state.last_str.empty()) state.values.push_back(make_str_node(state, first, last));
    state.values.push_back(value);
  }
  if (recurse_lvl != 0 && (pos >= body.size() || body[pos] != '}')) {
    raise(SyntaxErrorType::SyntaxError, "f-string: expecting '}'");
  }
}

// fstring_find_expr: the replacement field at body[pos] == '{' as a FormattedValue; for a
// `{x=}` field, expr_text receives the text before the value.
expr* Parser::fstring_expr(const StringToken& s, std::size_t& pos, int recurse_lvl,
                           const Token& first, const Token& t, const Token& last,
                           std::string& expr_text) {
  std::string_view body = s.body;
  auto fail = [&](std::string msg) { raise(SyntaxErrorType::SyntaxError, std::move(msg)); };
  if (recurse_lvl >= 2) fail("f-string: expressions nested too deeply");
  ++pos;
  std::size_t expr_start = pos;
  char quote_char = 0;
  int string_type = 0;
  std::vector<char> brackets;
  for (; pos < body.size(); ++pos) {
    char ch = body[pos];
    if (ch == '\\') fail("f-string expression part cannot include a backslash");
    if (quote_char) {
      if (ch == quote_char) {
        if (string_type == 3) {
          if (pos + 2 < body.size() && body[pos + 1] == ch && body[pos + 2] == ch) {
            pos += 2;
            string_type = 0;
            quote_char = 0;
          }
        } else {
          string_type = 0;
          quote_char = 0;
        }
      }
    } else if (ch == '\'' || ch == '"') {
      if (pos + 2 < body.size() && body[pos + 1] == ch && body[pos + 2] == ch) {
        string_type = 3;
        pos += 2;
      } else {
        string_type = 1;
      }
      quote_char = ch;
    } else if (ch == '[' || ch == '{' || ch == '(') {
      if (static_cast<int>(brackets.size()) >= kMaxBracketNesting) {
        fail("f-string: too many nested parenthesis");
      }
      brackets.push_back(ch);
    } else if (ch == '#') {
      fail("f-string expression part cannot include '#'");
    } else if (brackets.empty() &&
               (ch == '!' || ch == ':' || ch == '}' || ch == '=' || ch == '>' || ch == '<')) {
      if (pos + 1 < body.size() && body[pos + 1] == '=' &&
          (ch == '!' || ch == '=' || ch == '<' || ch == '>')) {
        ++pos; // "!=", "==", "<=", ">="
        continue;
      }
      if (ch == '>' || ch == '<') continue; // comparisons, not the end of the expression
      break;
    } else if (ch == ']' || ch == '}' || ch == ')') {
      if (brackets.empty()) fail(std::string("f-string: unmatched '") + ch + "'");
      char opening = brackets.back();
      brackets.pop_back();
      if (!((opening == '(' && ch == ')') || (opening == '[' && ch == ']') ||
            (opening == '{' && ch == '}'))) {
        fail(std::string("f-string: closing parenthesis '") + ch +
             "' does not match opening parenthesis '" + opening + "'");
      }
    }
  }
  std::size_t expr_end = pos;
  if (quote_char) fail("f-string: unterminated string");
  if (!brackets.empty()) fail(std::string("f-string: unmatched '") + brackets.back() + "'");
  if (pos >= body.size()) fail("f-string: expecting '}'");

  expr* value = fstring_compile_expr(s, expr_start, expr_end, t);

  if (body[pos] == '=') {
    ++pos;
    while (pos < body.size() &&
           std::string_view(" \t\n\r\f\v").find(body[pos]) != std::string_view::npos) {
      ++pos;
    }
    expr_text = std::string(body.substr(expr_start, pos - expr_start));
  }
  int conversion = -1;
  if (pos < body.size() && body[pos] == '!') {
    ++pos;
    if (pos >= body.size()) fail("f-string: expecting '}'");
    conversion = static_cast<unsigned char>(body[pos++]);
    if (conversion != 's' && conversion != 'r' && conversion != 'a') {
      fail("f-string: invalid conversion character: expected 's', 'r', or 'a'");
    }
  }
  if (pos >= body.size()) fail("f-string: expecting '}'");
  expr* format_spec = nullptr;
  if (body[pos] == ':') {
    ++pos;
    if (pos >= body.size()) fail("f-string: expecting '}'");
    FstringState spec;
    fstring_concat(spec, s, pos, recurse_lvl + 1, first, t, last);
    format_spec = fstring_finish(spec, t, t);
  }
  if (pos >= body.size() || body[pos] != '}') fail("f-string: expecting '}'");
  ++pos;
  if (!expr_text.empty() && !format_spec && conversion == -1) conversion = 'r';
  auto* f = ctx_.arena.make<FormattedValue>();
  f->value = value;
  f->conversion = conversion;
  f->format_spec = format_spec;
  set_span(f, first, last);
  return f;
}

// fstring_compile_expr: parses body[expr_start, expr_end) as `(expr)` with a parser of its
// own whose tokens carry their positions in the program.
expr* Parser::fstring_compile_expr(const StringToken& s, std::size_t expr_start,
                                   std::size_t expr_end, const Token& t) {
  std::string_view expr_text = s.body.substr(expr_start, expr_end - expr_start);
  if (expr_text.find_first_not_of(" \t\n\f") == std::string_view::npos) {
    char c = s.body[expr_end];
    if (c == '!' || c == ':' || c == '=') {
      raise(SyntaxErrorType::SyntaxError,
            std::string("f-string: expression required before '") + c + "'");
    }
    raise(SyntaxErrorType::SyntaxError, "f-string: empty expression not allowed");
  }
  // Where the '{' stands: lines into the token, and its column (CPython's
  // fstring_find_expr_location).
  std::string_view token = token_text(t);
  std::size_t brace = s.body_offset + expr_start - 1;
  // Count the lines up to the brace from where the previous field of the token left off
  // (fields come left to right), so that many fields in one string take linear time.
  FstringScan& scan = fstring_scan_;
  if (scan.token_start != t.start || scan.scanned > brace)
    scan = {t.start, 0, 0, std::string_view::npos};
  for (; scan.scanned < brace; ++scan.scanned) {
    if (token[scan.scanned] == '\n') {
      ++scan.lines;
      scan.last_newline = scan.scanned;
    }
  }
  int lines = scan.lines;
  bool newline_after_brace = true;
  for (std::size_t k = brace + 1; k < token.size() && token[k] != '}' && token[k] != '\n'; ++k) {
    if (token[k] != ' ' && token[k] != '\t' && token[k] != '\f') {
      newline_after_brace = false;
      break;
    }
  }
  int cols = 0;
  if (!newline_after_brace) {
    cols = static_cast<int>(
        scan.last_newline == std::string_view::npos ? brace : brace - scan.last_newline - 1);
  }
  std::string source;
  source.reserve(expr_text.size() + 2);
  source += '(';
  source += expr_text;
  source += ')';
  int starting_lineno = t.lineno + lines;
  Lexer lexer(source, starting_lineno);
  Parser sub(ctx_, lexer, true, starting_lineno, lines ? cols : t.col_offset + cols);
  expr* e = sub.run_fstring();
  if (!e) throw ParseAbort{};
  return e;
}

} // namespace py::parsing
