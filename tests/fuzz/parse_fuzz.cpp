// libFuzzer target: the lexer, the parser and the bytecode compiler on arbitrary bytes. A
// crash, a sanitizer report, a leak or a broken invariant of the APIs (exactly one of tree and
// error from the parser; exactly one of code and error from the compiler) is a finding.
#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <memory>
#include <string_view>

#include "python/compile/compiler.hpp"
#include "python/parse/lexer.hpp"
#include "python/parse/parser.hpp"

namespace {

// Aborts unless the compiler returned exactly one of code and a syntax or recursion error.
void check_compiled(const std::shared_ptr<py::bc::CodeUnit>& unit,
                    const py::bc::CompileError& error) {
  if (unit) return;
  if (error.kind == py::bc::CompileErrorKind::pending || error.message.empty()) std::abort();
  if (error.kind == py::bc::CompileErrorKind::syntax_error && error.lineno < 0) std::abort();
}

// Compiles a parsed program as a module (no top-level await) and as interactive statements
// (with it), so both the module and the coroutine-module paths of the compiler run.
void compile_program(const py::ast::Module& module) {
  py::bc::IgnoreWarnings warnings;
  for (bool single : {false, true}) {
    py::bc::CompilerOptions options;
    options.mode = single ? py::bc::SourceMode::single : py::bc::SourceMode::exec;
    options.allow_top_level_await = single;
    py::bc::CompileError error;
    check_compiled(py::bc::compile_module(module, options, warnings, &error), error);
  }
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  std::string_view source(reinterpret_cast<const char*>(data), size);

  // The lexer alone, to the end or the first error.
  py::Lexer lexer(source);
  for (py::Token t = lexer.next(); t.type != py::Tok::EndMarker && t.type != py::Tok::ErrorToken;
       t = lexer.next()) {
  }

  for (py::ParseMode mode : {py::ParseMode::Exec, py::ParseMode::Eval}) {
    py::ast::Arena arena;
    py::ParseResult r = py::parse(source, arena, mode);
    bool tree = r.module || r.expression;
    if (tree == r.error.has_value()) std::abort();
    if (r.error && r.error->has_location && r.error->lineno < 0) std::abort();
    if (r.module) {
      std::string text = py::ast::dump(*r.module, true);
      if (text.empty()) std::abort();
      compile_program(*r.module);
    }
    if (r.expression) {
      py::bc::IgnoreWarnings warnings;
      py::bc::CompilerOptions options;
      options.mode = py::bc::SourceMode::eval;
      py::bc::CompileError error;
      check_compiled(py::bc::compile_expression(*r.expression, options, warnings, &error), error);
    }
  }
  return 0;
}
