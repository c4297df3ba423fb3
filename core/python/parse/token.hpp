// Tokens of Python 3.11 source: the kinds CPython's tokenizer produces (same order as
// Lib/token.py, so tests can compare with the `tokenize` module), the keywords the parser
// recognizes among NAMEs, and the token record the lexer hands to the parser.
#pragma once

#include <cstdint>
#include <string_view>

namespace py {

// Token kinds: CPython's token numbers 0..56, then ERRORTOKEN, then one kind per keyword.
enum class Tok : std::uint8_t {
  EndMarker,
  Name,
  Number,
  String,
  Newline,
  Indent,
  Dedent,
  LPar,
  RPar,
  LSqb,
  RSqb,
  Colon,
  Comma,
  Semi,
  Plus,
  Minus,
  Star,
  Slash,
  VBar,
  Amper,
  Less,
  Greater,
  Equal,
  Dot,
  Percent,
  LBrace,
  RBrace,
  EqEqual,
  NotEqual,
  LessEqual,
  GreaterEqual,
  Tilde,
  Circumflex,
  LeftShift,
  RightShift,
  DoubleStar,
  PlusEqual,
  MinEqual,
  StarEqual,
  SlashEqual,
  PercentEqual,
  AmperEqual,
  VBarEqual,
  CircumflexEqual,
  LeftShiftEqual,
  RightShiftEqual,
  DoubleStarEqual,
  DoubleSlash,
  DoubleSlashEqual,
  At,
  AtEqual,
  RArrow,
  Ellipsis,
  ColonEqual,
  Op,    // a character that is no token of Python's (`$`, `?`, a lone `!`): always a syntax error
  Await, // the keyword `await` (CPython's AWAIT token)
  Async, // the keyword `async` (CPython's ASYNC token)
  ErrorToken, // what the lexer returns after reporting an error
  // Keywords (NAME tokens the parser turns into these; async/await are above).
  KwFalse,
  KwNone,
  KwTrue,
  KwAnd,
  KwAs,
  KwAssert,
  KwBreak,
  KwClass,
  KwContinue,
  KwDef,
  KwDel,
  KwElif,
  KwElse,
  KwExcept,
  KwFinally,
  KwFor,
  KwFrom,
  KwGlobal,
  KwIf,
  KwImport,
  KwIn,
  KwIs,
  KwLambda,
  KwNonlocal,
  KwNot,
  KwOr,
  KwPass,
  KwRaise,
  KwReturn,
  KwTry,
  KwWhile,
  KwWith,
  KwYield
};

// CPython's token number for a kind (keywords are NAME, 1), as Lib/token.py numbers them.
int cpython_token_number(Tok kind);

// The keyword kind spelled by `name`, or Tok::Name when `name` is no keyword.
Tok keyword_kind(std::string_view name);

// The text CPython's grammar uses for a token kind in messages (`'('`, `'if'`), for tests.
std::string_view token_text(Tok kind);

// One token. Positions follow CPython: 1-based lines, 0-based byte columns; INDENT and DEDENT
// have no columns (-1), like CPython's, which matters for where some errors point.
struct Token {
  Tok type = Tok::EndMarker; // kind (keywords already resolved)
  std::uint32_t start = 0;   // byte offset of the first character in the source
  std::uint32_t end = 0;     // byte offset just past the last character
  int lineno = 0;            // line of the first character
  int col_offset = 0;        // byte column of the first character, or -1
  int end_lineno = 0;        // line of the last character
  int end_col_offset = 0;    // byte column just past the last character, or -1
  int level = 0;             // bracket nesting depth after this token
  int lexer_line = 0;        // the lexer's current line once it produced this token
};

} // namespace py
