// The parser's public API: Python 3.11 source text in, the AST (ast.hpp) or the SyntaxError
// CPython 3.11 raises for the same text out.
//
//   py::ast::Arena arena;
//   py::ParseResult r = py::parse(source, arena);
//   if (r.error) { ... r.error->msg, r.error->lineno ... } else { use *r.module }
//
// The whole program is parsed like CPython's compile(source, 'main.py', 'exec') with
// PyCF_ALLOW_TOP_LEVEL_AWAIT: `await` parses anywhere; where it, `return`, `yield`, `break`,
// `continue`, `nonlocal` and `global` are allowed is for the compiler to decide.
#pragma once

#include <optional>
#include <string_view>
#include <vector>

#include "python/parse/ast.hpp"
#include "python/parse/syntax_error.hpp"

namespace py {

// What to parse the text as: a program (CPython's 'exec' mode) or an expression ('eval').
enum class ParseMode { Exec, Eval };

// The outcome of parse(): exactly one of the tree (module or expression, per the mode) and
// the error is set. The tree lives in the arena passed to parse().
struct ParseResult {
  ast::Module* module = nullptr;         // the program (Exec mode)
  ast::Expression* expression = nullptr; // the expression (Eval mode)
  std::optional<SyntaxError> error;      // why the text does not parse
  std::vector<SyntaxWarning> warnings;   // warnings CPython emits while compiling it
};

// Parses UTF-8 source text. Never throws; on error, nothing useful is left in the arena.
ParseResult parse(std::string_view source, ast::Arena& arena, ParseMode mode = ParseMode::Exec);

} // namespace py
