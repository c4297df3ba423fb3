// The lexer, following CPython 3.11's tok_get() step by step (see lexer.hpp): the same reads,
// the same backups and the same error positions.
#include "python/parse/lexer.hpp"

#include <cstdio>

#include "python/parse/detail/unicode.hpp"

namespace py {
namespace {

// ASCII classification on lexer characters (which may be kEof or bytes >= 0x80).
bool is_digit(int c) { return c >= '0' && c <= '9'; }
bool is_hex_digit(int c) { return is_digit(c) || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F'); }
bool is_identifier_start(int c) {
  return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c == '_' || c >= 128;
}
bool is_identifier_char(int c) { return is_identifier_start(c) || is_digit(c); }

// CPython's translate_newlines(): "\r\n" and "\r" become "\n", and exec input gets a final
// newline when it has none.
std::string normalize_newlines(std::string_view source) {
  std::string out;
  out.reserve(source.size() + 1);
  for (std::size_t i = 0; i < source.size(); ++i) {
    char c = source[i];
    if (c == '\r') {
      out += '\n';
      if (i + 1 < source.size() && source[i + 1] == '\n') ++i;
    } else {
      out += c;
    }
  }
  if (out.empty() || out.back() != '\n') out += '\n';
  return out;
}

// The token a two-character operator forms, or Op if c1 c2 is none.
Tok two_chars(int c1, int c2) {
  switch (c1) {
  case '!': return c2 == '=' ? Tok::NotEqual : Tok::Op;
  case '%': return c2 == '=' ? Tok::PercentEqual : Tok::Op;
  case '&': return c2 == '=' ? Tok::AmperEqual : Tok::Op;
  case '*': return c2 == '*' ? Tok::DoubleStar : c2 == '=' ? Tok::StarEqual : Tok::Op;
  case '+': return c2 == '=' ? Tok::PlusEqual : Tok::Op;
  case '-': return c2 == '=' ? Tok::MinEqual : c2 == '>' ? Tok::RArrow : Tok::Op;
  case '/': return c2 == '/' ? Tok::DoubleSlash : c2 == '=' ? Tok::SlashEqual : Tok::Op;
  case ':': return c2 == '=' ? Tok::ColonEqual : Tok::Op;
  case '<':
    return c2 == '<'   ? Tok::LeftShift
           : c2 == '=' ? Tok::LessEqual
           : c2 == '>' ? Tok::NotEqual
                       : Tok::Op;
  case '=': return c2 == '=' ? Tok::EqEqual : Tok::Op;
  case '>': return c2 == '=' ? Tok::GreaterEqual : c2 == '>' ? Tok::RightShift : Tok::Op;
  case '@': return c2 == '=' ? Tok::AtEqual : Tok::Op;
  case '^': return c2 == '=' ? Tok::CircumflexEqual : Tok::Op;
  case '|': return c2 == '=' ? Tok::VBarEqual : Tok::Op;
  default: return Tok::Op;
  }
}

// The token a three-character operator forms, or Op.
Tok three_chars(int c1, int c2, int c3) {
  if (c3 != '=' && !(c1 == '.' && c2 == '.' && c3 == '.')) return Tok::Op;
  if (c1 == '*' && c2 == '*') return Tok::DoubleStarEqual;
  if (c1 == '/' && c2 == '/') return Tok::DoubleSlashEqual;
  if (c1 == '<' && c2 == '<') return Tok::LeftShiftEqual;
  if (c1 == '>' && c2 == '>') return Tok::RightShiftEqual;
  if (c1 == '.' && c2 == '.' && c3 == '.') return Tok::Ellipsis;
  return Tok::Op;
}

// The token a single character forms (Op when it forms none).
Tok one_char(int c) {
  switch (c) {
  case '%': return Tok::Percent;
  case '&': return Tok::Amper;
  case '(': return Tok::LPar;
  case ')': return Tok::RPar;
  case '*': return Tok::Star;
  case '+': return Tok::Plus;
  case ',': return Tok::Comma;
  case '-': return Tok::Minus;
  case '.': return Tok::Dot;
  case '/': return Tok::Slash;
  case ':': return Tok::Colon;
  case ';': return Tok::Semi;
  case '<': return Tok::Less;
  case '=': return Tok::Equal;
  case '>': return Tok::Greater;
  case '@': return Tok::At;
  case '[': return Tok::LSqb;
  case ']': return Tok::RSqb;
  case '^': return Tok::Circumflex;
  case '{': return Tok::LBrace;
  case '|': return Tok::VBar;
  case '}': return Tok::RBrace;
  case '~': return Tok::Tilde;
  default: return Tok::Op;
  }
}

// "%04X" of a code point, as CPython formats it in messages.
std::string hex4(char32_t c) {
  char buf[16];
  std::snprintf(buf, sizeof buf, "%04X", static_cast<unsigned>(c));
  return buf;
}

} // namespace

Lexer::Lexer(std::string_view source, int first_line)
    : text_(normalize_newlines(source)), lineno_(first_line - 1) {}

bool Lexer::read_line() {
  if (inp_ >= text_.size()) {
    status_ = LexStatus::Eof;
    return false;
  }
  std::size_t end = text_.find('\n', inp_);
  end = end == std::string::npos ? text_.size() : end + 1;
  ++lineno_;
  if (!in_token_) buf_ = cur_;
  line_start_ = cur_;
  inp_ = end;
  return true;
}

int Lexer::nextc() {
  for (;;) {
    if (cur_ != inp_) return static_cast<unsigned char>(text_[cur_++]);
    if (status_ != LexStatus::Ok) return kEof;
    if (!read_line()) {
      cur_ = inp_;
      return kEof;
    }
    line_start_ = cur_;
  }
}

void Lexer::backup(int c) {
  if (c != kEof) --cur_;
}

bool Lexer::lookahead(std::string_view rest) {
  std::size_t matched = 0;
  for (;;) {
    int c = nextc();
    bool result = false;
    if (matched == rest.size()) {
      result = !is_identifier_char(c);
    } else if (c == static_cast<unsigned char>(rest[matched])) {
      ++matched;
      continue;
    }
    backup(c);
    while (matched > 0) {
      backup(rest[--matched]);
    }
    return result;
  }
}

int Lexer::continuation_line() {
  int c = nextc();
  if (c != '\n') {
    fail(LexStatus::LineCont);
    return -1;
  }
  c = nextc();
  if (c == kEof) {
    status_ = LexStatus::Eof;
    cur_ = inp_;
    return -1;
  }
  backup(c);
  return c;
}

Tok Lexer::fail(LexStatus status) {
  status_ = status;
  if (status != LexStatus::LineCont) cur_ = inp_;
  return Tok::ErrorToken;
}

Tok Lexer::syntax_error(std::string msg, int col, int end_col) {
  std::string_view line(text_.data() + line_start_, cur_ - line_start_);
  if (col == -1) col = static_cast<int>(parsing::count_chars(line));
  if (end_col == -1) end_col = col;
  std::size_t line_end = text_.find('\n', line_start_);
  if (line_end == std::string::npos) line_end = text_.size();
  error_.type = SyntaxErrorType::SyntaxError;
  error_.msg = std::move(msg);
  error_.lineno = error_.end_lineno = lineno_;
  error_.offset = col;
  error_.end_offset = end_col;
  error_.text = text_.substr(line_start_, line_end - line_start_);
  status_ = LexStatus::Error;
  return Tok::ErrorToken;
}

Token Lexer::finish(Tok type, std::size_t start, std::size_t end, bool has_position) {
  Token t;
  t.type =
      type == Tok::Name ? keyword_kind(std::string_view(text_).substr(start, end - start)) : type;
  t.start = static_cast<std::uint32_t>(start);
  t.end = static_cast<std::uint32_t>(end);
  bool is_string = type == Tok::String;
  std::size_t first_line_start = is_string ? multi_line_start_ : line_start_;
  t.lineno = is_string ? first_lineno_ : lineno_;
  t.end_lineno = lineno_;
  t.col_offset = has_position ? static_cast<int>(start - first_line_start) : -1;
  t.end_col_offset = has_position ? static_cast<int>(end - line_start_) : -1;
  t.level = level();
  t.lexer_line = lineno_;
  return t;
}

Tok Lexer::indentation() {
  int col = 0;
  int altcol = 0;
  int cont_line_col = 0;
  int c;
  for (;;) {
    c = nextc();
    if (c == ' ') {
      ++col, ++altcol;
    } else if (c == '\t') {
      col = (col / kTabSize + 1) * kTabSize;
      ++altcol;
    } else if (c == '\f') {
      col = altcol = 0;
    } else if (c == '\\') {
      // Indentation cannot be split over lines with backslashes: the first one found fixes it.
      cont_line_col = cont_line_col ? cont_line_col : col;
      if ((c = continuation_line()) == -1) return Tok::ErrorToken;
    } else {
      break;
    }
  }
  backup(c);
  if (c == '#' || c == '\n') return Tok::Newline; // a blank line: no indentation change
  if (level() != 0) return Tok::Op;
  if (cont_line_col) col = altcol = cont_line_col;
  if (col == indents_.back()) {
    if (altcol != alt_indents_.back()) return fail(LexStatus::TabSpace);
  } else if (col > indents_.back()) {
    if (static_cast<int>(indents_.size()) >= kMaxIndent) return fail(LexStatus::TooDeep);
    if (altcol <= alt_indents_.back()) return fail(LexStatus::TabSpace);
    ++pending_;
    indents_.push_back(col);
    alt_indents_.push_back(altcol);
  } else {
    while (indents_.size() > 1 && col < indents_.back()) {
      --pending_;
      indents_.pop_back();
      alt_indents_.pop_back();
    }
    if (col != indents_.back()) return fail(LexStatus::Dedent);
    if (altcol != alt_indents_.back()) return fail(LexStatus::TabSpace);
  }
  return Tok::Op;
}

Token Lexer::next() {
  for (;;) {
    in_token_ = false;
    bool blankline = false;
    if (at_line_start_) {
      at_line_start_ = false;
      Tok r = indentation();
      if (r == Tok::ErrorToken) return finish(Tok::ErrorToken, 0, 0, false);
      blankline = r == Tok::Newline;
    }
    in_token_ = true;
    if (pending_ != 0) {
      Tok type = pending_ < 0 ? Tok::Dedent : Tok::Indent;
      pending_ += pending_ < 0 ? 1 : -1;
      return finish(type, cur_, cur_, false);
    }

    int c;
    for (;;) { // CPython's `again:` (after a backslash continuation)
      in_token_ = false;
      do {
        c = nextc();
      } while (c == ' ' || c == '\t' || c == '\f');
      start_ = cur_ == 0 ? 0 : cur_ - 1;
      in_token_ = true;
      if (c == '#') {
        while (c != kEof && c != '\n') c = nextc();
      }
      if (c == kEof) {
        Tok type = level() == 0 && status_ == LexStatus::Eof ? Tok::EndMarker : Tok::ErrorToken;
        return finish(type, cur_, cur_, false);
      }
      if (c != '\\') break;
      if (continuation_line() == -1) return finish(Tok::ErrorToken, 0, 0, false);
      cont_line_ = true;
    }

    if (is_identifier_start(c)) {
      Tok type = name(c);
      return finish(type, start_, cur_, type != Tok::ErrorToken);
    }
    if (c == '\n') {
      at_line_start_ = true;
      if (blankline || level() > 0) continue;
      cont_line_ = false;
      return finish(Tok::Newline, start_, cur_ - 1, true);
    }
    if (c == '.') {
      c = nextc();
      if (is_digit(c)) {
        Tok type = fraction_and_exponent(c);
        return finish(type, start_, cur_, type != Tok::ErrorToken);
      }
      if (c == '.') {
        c = nextc();
        if (c == '.') return finish(Tok::Ellipsis, start_, cur_, true);
        backup(c);
        backup('.');
      } else {
        backup(c);
      }
      return finish(Tok::Dot, start_, cur_, true);
    }
    if (is_digit(c)) {
      Tok type = number(c);
      return finish(type, start_, cur_, type != Tok::ErrorToken);
    }
    if (c == '\'' || c == '"') {
      Tok type = string(c);
      return finish(type, start_, cur_, type != Tok::ErrorToken);
    }
    int c2 = nextc();
    Tok type = two_chars(c, c2);
    if (type != Tok::Op) {
      int c3 = nextc();
      Tok type3 = three_chars(c, c2, c3);
      if (type3 != Tok::Op) {
        type = type3;
      } else {
        backup(c3);
      }
      return finish(type, start_, cur_, true);
    }
    backup(c2);
    if (bracket(c) == Tok::ErrorToken) return finish(Tok::ErrorToken, 0, 0, false);
    if (c < 0x20 || c == 0x7F) {
      syntax_error("invalid non-printable character U+" + hex4(static_cast<char32_t>(c)));
      return finish(Tok::ErrorToken, 0, 0, false);
    }
    return finish(one_char(c), start_, cur_, true);
  }
}

Tok Lexer::bracket(int c) {
  switch (c) {
  case '(':
  case '[':
  case '{':
    if (level() >= kMaxLevel) return syntax_error("too many nested parentheses");
    brackets_.push_back({static_cast<char>(c), lineno_, static_cast<int>(start_ - line_start_)});
    break;
  case ')':
  case ']':
  case '}': {
    if (brackets_.empty()) return syntax_error(std::string("unmatched '") + char(c) + "'");
    OpenBracket open = brackets_.back();
    brackets_.pop_back();
    if ((open.kind == '(' && c != ')') || (open.kind == '[' && c != ']') ||
        (open.kind == '{' && c != '}')) {
      std::string msg = std::string("closing parenthesis '") + char(c) +
                        "' does not match opening parenthesis '" + open.kind + "'";
      if (open.lineno != lineno_) msg += " on line " + std::to_string(open.lineno);
      return syntax_error(msg);
    }
    break;
  }
  default: break;
  }
  return Tok::Op;
}

Tok Lexer::name(int c) {
  // The prefixes of string literals: any order of b/r, u alone, f/r.
  bool saw_b = false, saw_r = false, saw_u = false, saw_f = false;
  for (;;) {
    if (!(saw_b || saw_u || saw_f) && (c == 'b' || c == 'B')) {
      saw_b = true;
    } else if (!(saw_b || saw_u || saw_r || saw_f) && (c == 'u' || c == 'U')) {
      saw_u = true;
    } else if (!(saw_r || saw_u) && (c == 'r' || c == 'R')) {
      saw_r = true;
    } else if (!(saw_f || saw_b || saw_u) && (c == 'f' || c == 'F')) {
      saw_f = true;
    } else {
      break;
    }
    c = nextc();
    if (c == '"' || c == '\'') return string(c);
  }
  bool nonascii = false;
  while (is_identifier_char(c)) {
    if (c >= 128) nonascii = true;
    c = nextc();
  }
  backup(c);
  if (nonascii && !verify_identifier()) return Tok::ErrorToken;
  return Tok::Name;
}

bool Lexer::verify_identifier() {
  std::string_view ident(text_.data() + start_, cur_ - start_);
  std::size_t i = 0;
  bool first = true;
  while (i < ident.size()) {
    parsing::Utf8Char ch = parsing::decode_utf8(ident, i);
    if (ch.length == 0) ch = {0xFFFD, 1}; // cannot happen: the source was checked up front
    bool ok = first ? parsing::is_xid_start(ch.code) : parsing::is_xid_continue(ch.code);
    if (!ok) {
      // Point just past the invalid character.
      cur_ = start_ + i + ch.length;
      if (parsing::is_printable(ch.code)) {
        std::string s;
        parsing::append_utf8(s, ch.code);
        syntax_error("invalid character '" + s + "' (U+" + hex4(ch.code) + ")");
      } else {
        syntax_error("invalid non-printable character U+" + hex4(ch.code));
      }
      return false;
    }
    first = false;
    i += ch.length;
  }
  return true;
}

int Lexer::decimal_tail() {
  int c;
  for (;;) {
    do {
      c = nextc();
    } while (is_digit(c));
    if (c != '_') break;
    c = nextc();
    if (!is_digit(c)) {
      backup(c);
      syntax_error("invalid decimal literal");
      return 0;
    }
  }
  return c;
}

bool Lexer::verify_end_of_number(int c, const char* kind) {
  // A number directly followed by a keyword that can follow one in valid code (`1if x else
  // y`) is only warned about; directly followed by another name, it is an error.
  bool keyword = false;
  switch (c) {
  case 'a': keyword = lookahead("nd"); break;
  case 'e': keyword = lookahead("lse"); break;
  case 'f': keyword = lookahead("or"); break;
  case 'i': {
    int c2 = nextc();
    keyword = c2 == 'f' || c2 == 'n' || c2 == 's';
    backup(c2);
    break;
  }
  case 'o': keyword = lookahead("r"); break;
  case 'n': keyword = lookahead("ot"); break;
  default: break;
  }
  if (keyword) {
    warnings_.push_back({"SyntaxWarning", std::string("invalid ") + kind + " literal", lineno_});
    return true;
  }
  if (c < 128 && is_identifier_char(c)) {
    backup(c);
    syntax_error(std::string("invalid ") + kind + " literal");
    return false;
  }
  return true;
}

Tok Lexer::number(int c) {
  if (c != '0') {
    c = decimal_tail();
    if (c == 0) return Tok::ErrorToken;
    if (c == '.') return fraction_and_exponent(nextc());
    return fraction_and_exponent(c);
  }
  c = nextc();
  if (c == 'x' || c == 'X' || c == 'o' || c == 'O' || c == 'b' || c == 'B') {
    // Hexadecimal, octal or binary: groups of digits separated by single underscores.
    int base = (c == 'x' || c == 'X') ? 16 : (c == 'o' || c == 'O') ? 8 : 2;
    const char* kind = base == 16 ? "hexadecimal" : base == 8 ? "octal" : "binary";
    auto in_base = [&](int d) { return base == 16 ? is_hex_digit(d) : d >= '0' && d < '0' + base; };
    auto bad_digit = [&](int d) {
      return syntax_error(std::string("invalid digit '") + char(d) + "' in " + kind + " literal");
    };
    c = nextc();
    do {
      if (c == '_') c = nextc();
      if (!in_base(c)) {
        if (base != 16 && is_digit(c)) return bad_digit(c);
        backup(c);
        return syntax_error(std::string("invalid ") + kind + " literal");
      }
      do {
        c = nextc();
      } while (in_base(c));
    } while (c == '_');
    if (base != 16 && is_digit(c)) return bad_digit(c);
    if (!verify_end_of_number(c, kind)) return Tok::ErrorToken;
    backup(c);
    return Tok::Number;
  }
  // Zeros, possibly an old-style octal (now an error), or a float starting with 0.
  bool nonzero = false;
  for (;;) {
    if (c == '_') {
      c = nextc();
      if (!is_digit(c)) {
        backup(c);
        return syntax_error("invalid decimal literal");
      }
    }
    if (c != '0') break;
    c = nextc();
  }
  std::size_t zeros_end = cur_;
  if (is_digit(c)) {
    nonzero = true;
    c = decimal_tail();
    if (c == 0) return Tok::ErrorToken;
  }
  if (c == '.') return fraction_and_exponent(nextc());
  if (c == 'e' || c == 'E') return exponent(c);
  if (c == 'j' || c == 'J') return imaginary();
  if (nonzero) {
    backup(c);
    return syntax_error("leading zeros in decimal integer literals are not permitted; use an 0o "
                        "prefix for octal integers",
                        static_cast<int>(start_ + 1 - line_start_),
                        static_cast<int>(zeros_end - line_start_));
  }
  if (!verify_end_of_number(c, "decimal")) return Tok::ErrorToken;
  backup(c);
  return Tok::Number;
}

Tok Lexer::fraction_and_exponent(int c) {
  if (is_digit(c)) {
    c = decimal_tail();
    if (c == 0) return Tok::ErrorToken;
  }
  if (c == 'e' || c == 'E') return exponent(c);
  if (c == 'j' || c == 'J') return imaginary();
  if (!verify_end_of_number(c, "decimal")) return Tok::ErrorToken;
  backup(c);
  return Tok::Number;
}

Tok Lexer::exponent(int e) {
  int c = nextc();
  if (c == '+' || c == '-') {
    c = nextc();
    if (!is_digit(c)) {
      backup(c);
      return syntax_error("invalid decimal literal");
    }
  } else if (!is_digit(c)) {
    // `1e` followed by something else: the number ends before the 'e'.
    backup(c);
    if (!verify_end_of_number(e, "decimal")) return Tok::ErrorToken;
    backup(e);
    return Tok::Number;
  }
  c = decimal_tail();
  if (c == 0) return Tok::ErrorToken;
  if (c == 'j' || c == 'J') return imaginary();
  if (!verify_end_of_number(c, "decimal")) return Tok::ErrorToken;
  backup(c);
  return Tok::Number;
}

Tok Lexer::imaginary() {
  int c = nextc();
  if (!verify_end_of_number(c, "imaginary")) return Tok::ErrorToken;
  backup(c);
  return Tok::Number;
}

Tok Lexer::string(int quote) {
  first_lineno_ = lineno_;
  multi_line_start_ = line_start_;
  int quote_size = 1;
  int end_quote_size = 0;
  int c = nextc();
  if (c == quote) {
    c = nextc();
    if (c == quote) {
      quote_size = 3;
    } else {
      end_quote_size = 1; // an empty string
    }
  }
  if (c != quote) backup(c);
  while (end_quote_size != quote_size) {
    c = nextc();
    if (c == kEof || (quote_size == 1 && c == '\n')) {
      // Report the error at the string's first character, on its first line.
      cur_ = start_ + 1;
      line_start_ = multi_line_start_;
      int detected_at = lineno_;
      lineno_ = first_lineno_;
      std::string line = std::to_string(detected_at);
      return syntax_error(quote_size == 3
                              ? "unterminated triple-quoted string literal (detected at line " +
                                    line + ")"
                              : "unterminated string literal (detected at line " + line + ")");
    }
    if (c == quote) {
      ++end_quote_size;
    } else {
      end_quote_size = 0;
      if (c == '\\') nextc(); // skip the escaped character
    }
  }
  return Tok::String;
}

} // namespace py
