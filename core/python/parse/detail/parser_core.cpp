// The parser's machinery: tokens, positions, memoization, errors and the two passes
// (CPython's pegen.c and pegen_errors.c).
#include <algorithm>

#include "python/parse/detail/parser.hpp"
#include "python/parse/detail/unicode.hpp"

namespace py::parsing {
namespace {

// CPython's CURRENT_POS: "where the lexer stands" as an error position.
constexpr int kCurrentPos = -5;

// CPython's _PyPegen_byte_offset_to_character_offset(): the 1-based byte offset col_offset
// into `line`, as a number of characters.
int byte_offset_to_character_offset(std::string_view line, int col_offset) {
  // CPython measures the line with strlen(): it ends at a NUL, which a text cannot hold.
  if (col_offset > static_cast<int>(line.size()) + 1)
    col_offset = static_cast<int>(line.size()) + 1;
  if (col_offset <= 0) return 0;
  return static_cast<int>(
      count_chars(line.substr(0, std::min<std::size_t>(col_offset, line.size()))) +
      (static_cast<std::size_t>(col_offset) > line.size() ? 1 : 0));
}

} // namespace

RuleGuard::RuleGuard(Parser& p, int levels) : ctx_(p.ctx_), levels_(levels) {
  ctx_.depth += levels;
  if (ctx_.depth > Parser::kMaxDepth) {
    ctx_.overflow = true;
    throw ParseAbort{};
  }
}

Parser::Parser(ParseContext& ctx, Lexer& lexer, bool fstring, int starting_lineno,
               int starting_col_offset)
    : ctx_(ctx), lexer_(lexer), fstring_(fstring), starting_lineno_(starting_lineno),
      starting_col_offset_(starting_col_offset) {}

// ---------------------------------------------------------------------------------------------
// Tokens

Token& Parser::fill() {
  if (mark_ < static_cast<int>(tokens_.size())) return tokens_[mark_];
  Token t = lexer_.next();
  // An f-string expression's first line starts at the column of its '{' in the program.
  // (CPython shifts the -1 of INDENT, DEDENT and ENDMARKER too.)
  if (fstring_ && lexer_.lineno() == starting_lineno_) {
    t.col_offset += starting_col_offset_;
    t.end_col_offset += starting_col_offset_;
  }
  tokens_.push_back(t);
  memo_heads_.push_back(-1);
  if (t.type == Tok::ErrorToken) lexer_error();
  return tokens_.back();
}

Token* Parser::expect(Tok type) {
  Token& t = fill();
  if (t.type != type) return nullptr;
  ++mark_;
  return &t;
}

bool Parser::at(Tok type) { return fill().type == type; }

Token* Parser::expect_forced(Tok type, std::string_view expected) {
  Token& t = fill();
  if (t.type != type) raise_at(t, "expected '" + std::string(expected) + "'");
  ++mark_;
  return &t;
}

Token* Parser::expect_soft_keyword(std::string_view keyword) {
  Token& t = fill();
  if (t.type != Tok::Name || token_text(t) != keyword) return nullptr;
  ++mark_;
  return &t;
}

Token* Parser::expect_name_token() { return expect(Tok::Name); }

ast::Name* Parser::name() {
  int start = mark_;
  Token* t = expect(Tok::Name);
  if (!t) return nullptr;
  auto* n = node<ast::Name>(start);
  n->id = identifier(*t);
  return n;
}

std::string_view Parser::identifier(const Token& t) {
  std::string_view text = token_text(t);
  bool ascii = std::all_of(text.begin(), text.end(),
                           [](char c) { return static_cast<unsigned char>(c) < 0x80; });
  return ascii ? ctx_.arena.copy(text) : ctx_.arena.copy(nfkc_identifier(text));
}

std::string_view Parser::token_text(const Token& t) const {
  return lexer_.text().substr(t.start, t.end - t.start);
}

Token& Parser::last_nonwhitespace_token() {
  Token* t = &tokens_[0];
  for (int m = mark_ - 1; m >= 0; --m) {
    t = &tokens_[m];
    if (t->type != Tok::EndMarker && (t->type < Tok::Newline || t->type > Tok::Dedent)) {
      break;
    }
  }
  return *t;
}

// ---------------------------------------------------------------------------------------------
// Memoization

bool Parser::memo_get(Memo rule, void*& result) {
  fill();
  for (int i = memo_heads_[mark_]; i >= 0; i = memos_[i].next) {
    if (memos_[i].rule == rule) {
      mark_ = memos_[i].end_mark;
      result = memos_[i].result;
      return true;
    }
  }
  return false;
}

void Parser::memo_put(int start_mark, Memo rule, void* result) {
  for (int i = memo_heads_[start_mark]; i >= 0; i = memos_[i].next) {
    if (memos_[i].rule == rule) {
      memos_[i].end_mark = mark_;
      memos_[i].result = result;
      return;
    }
  }
  memos_.push_back({rule, mark_, result, memo_heads_[start_mark]});
  memo_heads_[start_mark] = static_cast<int>(memos_.size()) - 1;
}

// ---------------------------------------------------------------------------------------------
// Errors

std::string Parser::error_line(int lineno) {
  // The lexer's current line (with its '\n') when the error is on it or after it; an
  // earlier line is cut from the text (without its '\n').
  std::string_view text = lexer_.text();
  if (lexer_.lineno() <= lineno && lexer_.inp() > lexer_.buf()) {
    return std::string(text.substr(lexer_.buf(), lexer_.inp() - lexer_.buf()));
  }
  int relative = starting_lineno_ ? lineno - starting_lineno_ + 1 : lineno;
  std::size_t line = 0;
  for (int i = 0; i < relative - 1; ++i) {
    std::size_t nl = text.find('\n', line);
    if (nl == std::string_view::npos || nl + 1 > lexer_.inp()) break;
    line = nl + 1;
  }
  std::size_t end = text.find('\n', line);
  if (end == std::string_view::npos) end = text.size();
  return std::string(text.substr(line, end - line));
}

void Parser::raise_known_location(SyntaxErrorType type, int lineno, int col_offset, int end_lineno,
                                  int end_col_offset, std::string msg) {
  if (end_lineno == kCurrentPos) end_lineno = lexer_.lineno();
  if (end_col_offset == kCurrentPos) {
    end_col_offset = static_cast<int>(lexer_.cur() - lexer_.line_start());
  }
  SyntaxError e;
  e.type = type;
  e.msg = fstring_ ? "f-string: " + msg : std::move(msg);
  std::string line = error_line(lineno);
  if (fstring_) {
    col_offset -= starting_col_offset_;
    end_col_offset -= starting_col_offset_;
  }
  e.lineno = lineno;
  e.end_lineno = end_lineno;
  // An f-string expression's lexer has no encoding in CPython: its offsets stay in bytes.
  e.offset = fstring_ ? col_offset : byte_offset_to_character_offset(line, col_offset);
  e.end_offset = fstring_ || end_col_offset <= 0
                     ? end_col_offset
                     : byte_offset_to_character_offset(line, end_col_offset);
  e.text = std::move(line);
  ctx_.error = std::move(e);
  throw ParseAbort{};
}

void Parser::raise(SyntaxErrorType type, std::string msg) {
  // CPython's _PyPegen_raise_error(): at the last token read.
  const Token& t = tokens_.back();
  int col;
  if (t.col_offset == -1) {
    col = lexer_.cur() == lexer_.buf() ? 0 : static_cast<int>(lexer_.cur() - lexer_.line_start());
  } else {
    col = t.col_offset + 1;
  }
  int end_col = t.end_col_offset != -1 ? t.end_col_offset + 1 : -1;
  raise_known_location(type, t.lineno, col, t.end_lineno, end_col, std::move(msg));
}

void Parser::raise_at(const Token& t, std::string msg) {
  raise_known_location(SyntaxErrorType::SyntaxError, t.lineno, t.col_offset + 1, t.end_lineno,
                       t.end_col_offset + 1, std::move(msg));
}

void Parser::raise_at(const ast::located& a, std::string msg) {
  raise_known_location(SyntaxErrorType::SyntaxError, a.lineno, a.col_offset + 1, a.end_lineno,
                       a.end_col_offset + 1, std::move(msg));
}

void Parser::raise_range(const ast::located& a, const ast::located& b, std::string msg) {
  raise_known_location(SyntaxErrorType::SyntaxError, a.lineno, a.col_offset + 1, b.end_lineno,
                       b.end_col_offset + 1, std::move(msg));
}

void Parser::raise_range(const Token& a, const Token& b, std::string msg) {
  raise_known_location(SyntaxErrorType::SyntaxError, a.lineno, a.col_offset + 1, b.end_lineno,
                       b.end_col_offset + 1, std::move(msg));
}

void Parser::raise_range(const Token& a, const ast::located& b, std::string msg) {
  raise_known_location(SyntaxErrorType::SyntaxError, a.lineno, a.col_offset + 1, b.end_lineno,
                       b.end_col_offset + 1, std::move(msg));
}

void Parser::raise_range(const ast::located& a, const Token& b, std::string msg) {
  raise_known_location(SyntaxErrorType::SyntaxError, a.lineno, a.col_offset + 1, b.end_lineno,
                       b.end_col_offset + 1, std::move(msg));
}

void Parser::raise_starting_from(const ast::located& a, std::string msg) {
  raise_known_location(SyntaxErrorType::SyntaxError, a.lineno, a.col_offset + 1, kCurrentPos,
                       kCurrentPos, std::move(msg));
}

void Parser::raise_starting_from(const Token& a, std::string msg) {
  raise_known_location(SyntaxErrorType::SyntaxError, a.lineno, a.col_offset + 1, kCurrentPos,
                       kCurrentPos, std::move(msg));
}

void Parser::unclosed_bracket_error() {
  const Lexer::OpenBracket& open = lexer_.innermost_bracket();
  raise_known_location(SyntaxErrorType::SyntaxError, open.lineno, open.col + 1, open.lineno, 0,
                       std::string("'") + open.kind + "' was never closed");
}

void Parser::lexer_error() {
  switch (lexer_.status()) {
  case LexStatus::Error: ctx_.error = lexer_.error(); throw ParseAbort{};
  case LexStatus::Eof:
    if (lexer_.level() > 0) unclosed_bracket_error();
    raise(SyntaxErrorType::SyntaxError, "unexpected EOF while parsing");
  case LexStatus::Dedent:
    raise(SyntaxErrorType::IndentationError, "unindent does not match any outer indentation level");
  case LexStatus::TabSpace:
  case LexStatus::TooDeep:
  case LexStatus::LineCont: {
    bool tab = lexer_.status() == LexStatus::TabSpace;
    bool deep = lexer_.status() == LexStatus::TooDeep;
    int col = 0;
    if (lexer_.status() == LexStatus::LineCont) {
      col = std::max(0, static_cast<int>(lexer_.cur() - lexer_.buf()) - 1);
    }
    raise_known_location(tab    ? SyntaxErrorType::TabError
                         : deep ? SyntaxErrorType::IndentationError
                                : SyntaxErrorType::SyntaxError,
                         lexer_.lineno(), col + 1, lexer_.lineno(), 0,
                         tab    ? "inconsistent use of tabs and spaces in indentation"
                         : deep ? "too many levels of indentation"
                                : "unexpected character after line continuation character");
  }
  case LexStatus::Ok: break;
  }
  raise(SyntaxErrorType::SyntaxError, "unknown parsing error");
}

void Parser::check_rest_for_lexer_errors() {
  // Lex the rest of the text: an error the lexer finds there (an unterminated string, an
  // unmatched bracket...) replaces the parser's, and so does a bracket left open at the end
  // when it was opened on a line before the one the parser stopped on.
  int current_err_line = tokens_.back().lineno;
  for (;;) {
    Token t = lexer_.next();
    if (t.type == Tok::EndMarker) return;
    if (t.type != Tok::ErrorToken) continue;
    if (lexer_.status() == LexStatus::Error) {
      ctx_.error = lexer_.error();
    } else if (lexer_.level() != 0 && current_err_line > lexer_.innermost_bracket().lineno) {
      try {
        unclosed_bracket_error();
      } catch (ParseAbort&) {
      }
    }
    return;
  }
}

void Parser::generic_syntax_error(const Token& last) {
  try {
    if (last.type == Tok::ErrorToken && lexer_.status() == LexStatus::Eof) {
      if (lexer_.level() > 0) unclosed_bracket_error();
      raise(SyntaxErrorType::SyntaxError, "unexpected EOF while parsing");
    }
    if (last.type == Tok::Indent || last.type == Tok::Dedent) {
      raise(SyntaxErrorType::IndentationError,
            last.type == Tok::Indent ? "unexpected indent" : "unexpected unindent");
    }
    raise_known_location(SyntaxErrorType::SyntaxError, last.lineno, last.col_offset + 1,
                         last.end_lineno, last.end_col_offset + 1, "invalid syntax");
  } catch (ParseAbort&) {
  }
  if (last.type != Tok::Indent && last.type != Tok::Dedent) check_rest_for_lexer_errors();
}

template <class F>
auto Parser::run(F&& start_rule) -> decltype(start_rule()) {
  decltype(start_rule()) result = nullptr;
  try {
    result = start_rule();
    if (result) return result;
  } catch (ParseAbort&) {
    if (!ctx_.overflow && lexer_.status() == LexStatus::Ok) check_rest_for_lexer_errors();
    return nullptr;
  }
  // Second pass, with the invalid_* rules, for a specialized message.
  Token last = tokens_.back();
  std::fill(memo_heads_.begin(), memo_heads_.end(), -1);
  memos_.clear();
  mark_ = 0;
  invalid_rules_ = true;
  try {
    start_rule();
  } catch (ParseAbort&) {
    if (!ctx_.overflow && lexer_.status() == LexStatus::Ok) check_rest_for_lexer_errors();
    return nullptr;
  }
  generic_syntax_error(last);
  return nullptr;
}

ast::Module* Parser::run_file() {
  return run([&] { return file(); });
}

ast::Expression* Parser::run_eval() {
  return run([&] { return eval(); });
}

ast::expr* Parser::run_fstring() {
  return run([&] { return star_expressions(); });
}

} // namespace py::parsing
