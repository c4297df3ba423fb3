// The entry point from source text to a code object: parse (parse/), check
// scopes (symtable), generate bytecode (compiler). Used by the session for
// the program, by import for bundled modules, and by exec/eval/compile().
#pragma once

#include <string_view>

#include "python/vm/object.hpp"

namespace py {

/// What the source is: a module (exec), one expression (eval), or one
/// interactive statement (single, which prints expression results).
enum class CompileMode { exec, eval, single };

/// How to compile.
struct CompileOptions {
  /// The file name in code objects, tracebacks and SyntaxErrors.
  std::string_view filename = "main.py";
  CompileMode mode = CompileMode::exec;
  /// Allow await / async for / async with at module level (Jupyter-style, as
  /// the playground runs programs); the module code is then a coroutine
  /// (its code has the CO_COROUTINE flag) that the session runs on the loop.
  bool allow_top_level_await = false;
};

/// Parses and compiles `source`. Returns a new reference to a Code object, or
/// null with SyntaxError (IndentationError, TabError) raised in the VM,
/// carrying filename, lineno, offset, text, end_lineno and end_offset as
/// CPython's compile() does. Compile-time warnings (SyntaxWarning) go through
/// warn_explicit.
Value compile(VM& vm, std::string_view source, const CompileOptions& options);

} // namespace py
