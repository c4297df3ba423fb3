// py::compile: the parser, the compiler and the VM objects put together,
// with the errors and warnings of each stage turned into Python exceptions
// and warnings as CPython's compile() raises and emits them.
#include "python/compile/compile.hpp"

#include "python/compile/compiler.hpp"
#include "python/compile/materialize.hpp"
#include "python/objects/exception.hpp"
#include "python/objects/str.hpp"
#include "python/parse/parser.hpp"
#include "python/vm/errors.hpp"
#include "python/vm/protocol.hpp"
#include "python/vm/vm.hpp"
#include "python/vm/warnings.hpp"

namespace py {

namespace {

/// Line `lineno` (1-based) of the source, with its line break as '\n'.
std::string source_line(std::string_view source, int lineno) {
  if (lineno < 1) return {};
  size_t pos = 0;
  for (int line = 1; line < lineno; ++line) {
    size_t end = source.find_first_of("\r\n", pos);
    if (end == std::string_view::npos) return {};
    pos = end + (source.compare(end, 2, "\r\n") == 0 ? 2 : 1);
  }
  size_t end = source.find_first_of("\r\n", pos);
  if (end == std::string_view::npos) return std::string(source.substr(pos));
  return std::string(source.substr(pos, end - pos)) + "\n";
}

/// Sends the compiler's SyntaxWarnings through the VM's warning filters.
class VmWarnings : public bc::WarningSink {
public:
  VmWarnings(VM& vm, std::string_view filename) : vm_(vm), filename_(filename) {}

  Outcome warn(std::string_view message, int lineno) override {
    if (warn_explicit(vm_, vm_.exc.SyntaxWarning, message, filename_, lineno)) return Outcome::ok;
    if (pending_matches(vm_, vm_.exc.SyntaxWarning)) {
      clear_exception(vm_);
      return Outcome::became_error;
    }
    return Outcome::failed;
  }

private:
  VM& vm_;
  std::string_view filename_;
};

/// Raises a SyntaxError (or a subclass) at a position; `text` is the source line.
Value raise_at(VM& vm, Type* type, std::string_view message, std::string_view filename, int lineno,
               int offset, int end_lineno, int end_offset, std::string_view text) {
  SyntaxErrorInfo info;
  info.message = message;
  info.filename = filename;
  info.lineno = lineno;
  info.offset = offset;
  info.end_lineno = end_lineno;
  info.end_offset = end_offset;
  info.text = text;
  return raise_syntax_error(vm, type, info);
}

/// Raises the SyntaxError (IndentationError, TabError) the parser reported, or
/// the bare MemoryError CPython's parser gives up with on too deep a program.
Value raise_parse_error(VM& vm, const SyntaxError& e, std::string_view filename) {
  if (e.type == SyntaxErrorType::MemoryError) return raise_memory_error(vm);
  Type* type = vm.exc.SyntaxError;
  if (e.type == SyntaxErrorType::IndentationError) type = vm.exc.IndentationError;
  if (e.type == SyntaxErrorType::TabError) type = vm.exc.TabError;
  std::string_view text = e.text ? std::string_view(*e.text) : std::string_view();
  if (!e.has_location) return raise_at(vm, type, e.msg, filename, 0, 0, 0, 0, text);
  return raise_at(vm, type, e.msg, filename, e.lineno, e.offset, e.end_lineno, e.end_offset, text);
}

/// Emits the parser's warnings (invalid escape sequences, `1if`). False with
/// an exception pending when a filter turned one into an error.
bool emit_parse_warnings(VM& vm, const std::vector<SyntaxWarning>& warnings,
                         std::string_view source, std::string_view filename) {
  for (const SyntaxWarning& w : warnings) {
    Type* category =
        w.category == "DeprecationWarning" ? vm.exc.DeprecationWarning : vm.exc.SyntaxWarning;
    if (warn_explicit(vm, category, w.message, filename, w.lineno)) continue;
    if (pending_matches(vm, category)) {
      // As CPython: the warning-turned-error becomes a SyntaxError.
      clear_exception(vm);
      raise_at(vm, vm.exc.SyntaxError, w.message, filename, w.lineno, 0, w.lineno, 0,
               source_line(source, w.lineno));
    }
    return false;
  }
  return true;
}

/// Raises the error that stopped the compiler (unless it is already pending). Its `text` is
/// None: CPython reads the line of an error found after parsing back from the file, and the
/// playground's main.py (like compile()'s "<string>") is no file on disk.
Value raise_compile_error(VM& vm, const bc::CompileError& e, std::string_view filename) {
  switch (e.kind) {
  case bc::CompileErrorKind::pending: return {};
  case bc::CompileErrorKind::recursion_error: return raise(vm, vm.exc.RecursionError, e.message);
  case bc::CompileErrorKind::syntax_error: break;
  }
  raise_at(vm, vm.exc.SyntaxError, e.message, filename, e.lineno, e.offset, e.end_lineno,
           e.end_offset, {});
  if (e.end_offset != -1) return {};
  // An error of a `from __future__` import: CPython's end_offset is None.
  Ref exc = Ref::steal(fetch_exception(vm));
  if (set_attr(vm, *exc, str_intern(vm, "end_offset"), Value::none())) {
    restore_exception(vm, exc.release());
  }
  return {};
}

} // namespace

Value compile(VM& vm, std::string_view source, const CompileOptions& options) {
  ast::Arena arena;
  ParseMode mode = options.mode == CompileMode::eval ? ParseMode::Eval : ParseMode::Exec;
  ParseResult parsed = parse(source, arena, mode);
  if (!emit_parse_warnings(vm, parsed.warnings, source, options.filename)) return {};
  if (parsed.error) return raise_parse_error(vm, *parsed.error, options.filename);

  bc::CompilerOptions copts;
  copts.filename = std::string(options.filename);
  copts.allow_top_level_await = options.allow_top_level_await;
  copts.mode = options.mode == CompileMode::eval     ? bc::SourceMode::eval
               : options.mode == CompileMode::single ? bc::SourceMode::single
                                                     : bc::SourceMode::exec;
  VmWarnings warnings(vm, options.filename);
  bc::CompileError error;
  std::shared_ptr<bc::CodeUnit> unit =
      parsed.expression ? bc::compile_expression(*parsed.expression, copts, warnings, &error)
                        : bc::compile_module(*parsed.module, copts, warnings, &error);
  if (!unit) return raise_compile_error(vm, error, options.filename);
  return bc::materialize(vm, *unit);
}

} // namespace py
