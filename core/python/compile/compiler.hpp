// The bytecode compiler's entry points: a parsed tree to CodeUnits, with no
// VM involved (compile.cpp adds the parser in front and the VM objects
// behind). The pipeline is CPython 3.11's: future imports, constant folding,
// the symbol table, code generation into basic blocks, then the assembler.
#pragma once

#include <memory>
#include <string>

#include "python/compile/code_unit.hpp"
#include "python/compile/diagnostics.hpp"
#include "python/parse/ast.hpp"

namespace py::bc {

/// What kind of source is compiled.
enum class SourceMode : uint8_t {
  /// A module (exec).
  exec,
  /// One expression (eval): the code returns its value.
  eval,
  /// Interactive statements (single): expression statements are displayed.
  single,
};

/// How to compile.
struct CompilerOptions {
  /// The file name in code objects and errors.
  std::string filename = "main.py";
  /// What the source is.
  SourceMode mode = SourceMode::exec;
  /// await / async for / async with allowed at module level; the module
  /// code then has CO_COROUTINE.
  bool allow_top_level_await = false;
};

/// Compiles a module (exec or single mode). Returns the module's code, or
/// null with *error filled in.
std::shared_ptr<CodeUnit> compile_module(const ast::Module& module, const CompilerOptions& options,
                                         WarningSink& warnings, CompileError* error);
/// Compiles an eval expression.
std::shared_ptr<CodeUnit> compile_expression(const ast::Expression& tree,
                                             const CompilerOptions& options, WarningSink& warnings,
                                             CompileError* error);

} // namespace py::bc
