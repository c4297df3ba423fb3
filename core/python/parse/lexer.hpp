// The lexer: Python 3.11 source text to tokens, one at a time, exactly as CPython's tokenizer
// (Parser/tokenizer.c) cuts them — INDENT/DEDENT from tabs and spaces, implicit line joining
// inside brackets, backslash continuations, comments, every number and string form — and with
// its error messages and positions. It is lazy like CPython's: the parser asks for the next
// token only when it needs it, and where the lexer stands then decides what some error
// messages say, so the lexer exposes that state.
#pragma once

#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "python/parse/syntax_error.hpp"
#include "python/parse/token.hpp"

namespace py {

// Why the lexer stopped producing tokens (CPython's tok->done codes the parser looks at).
enum class LexStatus : std::uint8_t {
  Ok,       // still going
  Eof,      // the end of the text was reached (a final ENDMARKER or an unclosed bracket)
  Error,    // the lexer reported a SyntaxError itself (error() holds it)
  Dedent,   // a dedent to a column no enclosing block has
  TabSpace, // indentation mixing tabs and spaces inconsistently
  TooDeep,  // more than 100 levels of indentation
  LineCont, // a character after a line continuation backslash
};

// Tokenizes one source text (a program, or the `(expr)` text of an f-string replacement
// field, whose lines are numbered from `first_line`).
class Lexer {
public:
  // Prepares to lex `source`: line ends are normalized to '\n' and a final '\n' is added when
  // missing, like CPython does for exec input.
  explicit Lexer(std::string_view source, int first_line = 1);

  // Produces the next token. After an ErrorToken, status() says why and no further token
  // follows (every later call returns ErrorToken again).
  Token next();

  // Why the lexer stopped, or Ok.
  LexStatus status() const { return status_; }
  // The SyntaxError the lexer reported (meaningful when status() is Error).
  const SyntaxError& error() const { return error_; }
  // Warnings the lexer emitted (`1if x else y`).
  std::vector<SyntaxWarning>& warnings() { return warnings_; }

  // The normalized text the token offsets refer to.
  std::string_view text() const { return text_; }

  // Bracket nesting depth now.
  int level() const { return static_cast<int>(brackets_.size()); }
  // An open bracket: its character and where it is (line, 0-based byte column).
  struct OpenBracket {
    char kind;
    int lineno;
    int col;
  };
  // The innermost open bracket (only when level() > 0).
  const OpenBracket& innermost_bracket() const { return brackets_.back(); }

  // Where the lexer stands, as CPython's tok_state fields of the same names: the number of
  // the line it has read last, the offsets of the next character (cur), of the start of that
  // line (line_start), of the start of the line the current token began on (buf) and of the
  // end of the text read so far (inp).
  int lineno() const { return lineno_; }
  std::size_t cur() const { return cur_; }
  std::size_t line_start() const { return line_start_; }
  std::size_t buf() const { return buf_; }
  std::size_t inp() const { return inp_; }

private:
  static constexpr int kEof = -1;        // what nextc() returns at the end of the text
  static constexpr int kTabSize = 8;     // a tab advances to the next multiple of 8
  static constexpr int kMaxIndent = 100; // indentation levels CPython allows
  static constexpr int kMaxLevel = 200;  // bracket nesting CPython allows

  int nextc();        // next character (byte) of the text, reading a new line when needed
  void backup(int c); // undoes nextc() (nothing for kEof)
  bool read_line();   // makes the next line current; false at the end of the text
  bool lookahead(std::string_view rest); // true if the next characters are `rest`
  int continuation_line();               // after '\\': the next line's first character
  Tok indentation();                     // reads a line's indentation (ErrorToken, or Op)
  Tok number(int c);                     // the rest of a number starting with c
  Tok fraction_and_exponent(int c);      // the part of a number from '.' or 'e' on
  Tok exponent(int c);                   // the exponent from its 'e'
  Tok imaginary();                       // the part after a 'j'
  int decimal_tail();                    // digits and single underscores; 0 on error
  bool verify_end_of_number(int c, const char* kind); // a number must not run into a name
  Tok string(int quote);                              // the rest of a string literal
  Tok name(int c);                                    // an identifier or keyword (or a prefix)
  Tok bracket(int c);                                 // tracks bracket nesting for c
  bool verify_identifier();                           // the name just read is a valid identifier
  Tok fail(LexStatus status);                         // stops with a tok->done style error
  Tok syntax_error(std::string msg, int col = -1, int end_col = -1); // CPython's syntaxerror()
  Token finish(Tok type, std::size_t start, std::size_t end, bool has_position);

  std::string text_;                 // normalized source text
  std::size_t cur_ = 0;              // next character
  std::size_t inp_ = 0;              // end of the text read so far (end of the current line)
  std::size_t line_start_ = 0;       // start of the current line
  std::size_t buf_ = 0;              // start of the line the current token began on
  std::size_t start_ = 0;            // start of the current token
  bool in_token_ = false;            // a token is being read (CPython's tok->start != NULL)
  int lineno_;                       // lines read so far (plus first_line - 1)
  int first_lineno_ = 0;             // line a string token started on
  std::size_t multi_line_start_ = 0; // line_start of that line
  LexStatus status_ = LexStatus::Ok;
  bool at_line_start_ = true;           // next token begins a logical line: measure indentation
  int pending_ = 0;                     // INDENT (>0) or DEDENT (<0) tokens still to return
  bool cont_line_ = false;              // the current logical line has a backslash continuation
  std::vector<int> indents_{0};         // indentation columns of the open blocks (tabs to 8)
  std::vector<int> alt_indents_{0};     // the same with tabs counted as 1 (for TabError)
  std::vector<OpenBracket> brackets_;   // open brackets, innermost last
  SyntaxError error_;                   // the error reported when status_ is Error
  std::vector<SyntaxWarning> warnings_; // warnings emitted so far
};

} // namespace py
