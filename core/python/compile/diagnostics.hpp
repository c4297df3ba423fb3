// What the compiler reports besides code: the error that stops it (a
// SyntaxError at a position, a RecursionError for absurdly deep nesting, or
// an exception a warning filter raised) and the SyntaxWarnings it emits on
// the way, through a sink so that the VM's warning filters decide.
#pragma once

#include <string>
#include <string_view>

namespace py::bc {

/// The kind of error that stopped a compilation.
enum class CompileErrorKind : uint8_t {
  /// A SyntaxError with the message and position below.
  syntax_error,
  /// RecursionError "maximum recursion depth exceeded during compilation".
  recursion_error,
  /// A warning filter raised an exception that is already pending in the VM.
  pending,
};

/// The error that stopped a compilation. Positions are CPython's for errors
/// found after parsing: 1-based lines, offsets = 0-based UTF-8 byte column + 1;
/// end_offset -1 means None (errors of `from __future__` imports).
struct CompileError {
  /// What went wrong, and CPython's message for it.
  CompileErrorKind kind = CompileErrorKind::syntax_error;
  std::string message;
  int lineno = 0;
  int offset = 0;
  int end_lineno = 0;
  int end_offset = 0;
};

/// Receives the compiler's SyntaxWarnings (CPython's compiler_warn).
class WarningSink {
public:
  /// What became of a warning.
  enum class Outcome : uint8_t {
    /// Shown or ignored: compilation goes on.
    ok,
    /// A filter turned it into an exception of category SyntaxWarning: the
    /// compiler reports a SyntaxError with the same message at the current
    /// position instead (as CPython does).
    became_error,
    /// Some other exception is now pending: compilation stops with it.
    failed,
  };
  virtual ~WarningSink() = default;
  /// warnings.warn_explicit(message, SyntaxWarning, filename, lineno).
  virtual Outcome warn(std::string_view message, int lineno) = 0;
};

/// A sink that ignores every warning (tests, tools).
class IgnoreWarnings : public WarningSink {
public:
  Outcome warn(std::string_view, int) override { return Outcome::ok; }
};

/// Thrown inside the compiler once the error is recorded; caught at the entry
/// point (it unwinds the recursive visitors, like the parser's ParseAbort).
struct CompileAbort {};

} // namespace py::bc
