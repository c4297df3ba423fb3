// Helpers of the compiler tests: compiling source text without a VM, and an
// independent checker of the invariants the VM relies on.
#pragma once

#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "python/compile/compiler.hpp"
#include "python/parse/parser.hpp"
#include "python/vm/opcodes.hpp"

namespace compile_test {

/// A warning the compiler (or parser) emitted.
struct Warning {
  std::string category;
  std::string message;
  int lineno;
};

/// The outcome of compiling one source.
struct Compiled {
  /// The module code, or null.
  std::shared_ptr<py::bc::CodeUnit> code;
  /// The parser's error, when the source does not parse.
  std::optional<py::SyntaxError> parse_error;
  /// The compiler's error, when it stopped.
  py::bc::CompileError error;
  /// Warnings, parser's first, in order.
  std::vector<Warning> warnings;
  /// How many of them the parser emitted.
  size_t parser_warnings = 0;
};

/// How warnings are treated.
enum class Warnings { record, as_errors };

/// Parses and compiles `source` as a module (main.py, exec mode).
Compiled compile_source(std::string_view source, Warnings mode = Warnings::record,
                        bool top_level_await = false);

/// The module's code, failing the current test when the source does not compile.
std::shared_ptr<py::bc::CodeUnit> compile_ok(std::string_view source);

/// Checks the invariants of a code object and of every code object nested in
/// it: jumps and handlers land on instructions, the stack depth is the same on
/// every path to an instruction, never negative, and its maximum is exactly
/// stacksize; handler depths fit the stack of every instruction they cover;
/// SEND is followed by YIELD_VALUE; argument indexes are in range; the code
/// does not run off its end. Returns "" or a description of the first problem.
std::string verify(const py::bc::CodeUnit& code);

/// Every code object of a module, depth first (the module first).
std::vector<const py::bc::CodeUnit*> all_codes(const py::bc::CodeUnit& module);

/// The code object with this qualname (null if none).
const py::bc::CodeUnit* find_code(const py::bc::CodeUnit& module, std::string_view qualname);

/// The opcodes of a code object, in order (for shape checks).
std::vector<py::Op> opcodes(const py::bc::CodeUnit& code);

} // namespace compile_test
