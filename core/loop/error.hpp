// Errors as values: what futures and tasks carry when they fail.
//
// The loop never uses std::exception_ptr to store a failure: the Python VM must
// create, inspect and raise errors cheaply without throwing (also in wasm), so
// an error is an intrusively counted object the VM can implement with its own
// exception objects. The loop only needs to tell a few kinds apart; everything
// else about an error (its type, message, traceback) belongs to whoever made it.
//
// Every error the loop creates itself goes through the ErrorFactory the loop
// holds, so that the Python binding can hand out real Python exceptions.
#pragma once

#include "loop/ref.hpp"

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

namespace aio {

class FutureBase;

// What the loop must tell apart about an error.
enum class ErrorKind : std::uint8_t {
  other,         // any other Exception
  cancelled,     // CancelledError: a cancellation travelling through a task
  timeout,       // TimeoutError
  invalid_state, // InvalidStateError
  exit,          // a BaseException that is not an Exception (SystemExit, KeyboardInterrupt)
  group,         // an exception group (what a TaskGroup raises)
};

// A failure, shared by reference. Subclasses say what it is called and what it says.
class Error : public RefCounted {
public:
  // The kind the loop acts on.
  ErrorKind kind() const noexcept { return kind_; }
  // The exception's class name, for traces and messages ("CancelledError").
  virtual std::string type_name() const = 0;
  // str(exception): its message, or "" when it has none.
  virtual std::string message() const = 0;
  // The explicit cause ("raise X from cause"), if any.
  virtual Ref<Error> cause() const { return nullptr; }
  // The members of an exception group (empty for any other error).
  virtual std::vector<Ref<Error>> members() const { return {}; }
  // "TypeName: message", or "TypeName" when the message is empty.
  std::string describe() const;
  // "TypeName('message')", or "TypeName()" when the message is empty (for reprs).
  std::string repr() const;

protected:
  // An error of the given kind (subclasses say the rest).
  explicit Error(ErrorKind kind) noexcept : kind_(kind) {}

private:
  ErrorKind kind_;
};

// The errors the loop itself makes (see ErrorFactory).
enum class ErrorType : std::uint8_t {
  cancelled,     // CancelledError
  timeout,       // TimeoutError
  invalid_state, // InvalidStateError
  runtime,       // RuntimeError
  value,         // ValueError
  queue_empty,   // asyncio.QueueEmpty
  queue_full,    // asyncio.QueueFull
  deadlock,      // the loop would wait forever (no Python equivalent; see EventLoop)
};

// Everything the loop knows when it asks for an error.
struct ErrorInfo {
  ErrorType type;
  // The single argument, or none for an exception made without arguments
  // (CancelledError() and CancelledError('') differ in Python).
  std::optional<std::string> message;
  // The cause, for "raise TimeoutError from exc".
  Ref<Error> cause;
  // The future the message speaks of ("FINISHED: <Future ...>"), so that a
  // factory can render it in its own words.
  const FutureBase* subject = nullptr;
};

// Makes the errors the loop raises. The default makes BasicError objects; the
// Python binding installs one that makes Python exception objects.
class ErrorFactory {
public:
  virtual ~ErrorFactory() = default;
  // One error of a given type.
  virtual Ref<Error> make(const ErrorInfo& info) = 0;
  // BaseExceptionGroup(message, errors): an ExceptionGroup when every member is
  // an Exception (what TaskGroup raises).
  virtual Ref<Error> make_group(std::string message, std::vector<Ref<Error>> errors) = 0;
};

// The plain C++ error: a kind, a type name, an optional message and a cause.
class BasicError final : public Error {
public:
  BasicError(ErrorKind kind, std::string type_name, std::optional<std::string> message,
             Ref<Error> cause = nullptr);
  std::string type_name() const override { return type_name_; }
  std::string message() const override { return message_ ? *message_ : std::string(); }
  Ref<Error> cause() const override { return cause_; }
  // Whether the exception was made with an argument (CancelledError('') vs CancelledError()).
  bool has_message() const noexcept { return message_.has_value(); }

private:
  std::string type_name_;
  std::optional<std::string> message_;
  Ref<Error> cause_;
};

// The plain C++ exception group.
class GroupError final : public Error {
public:
  GroupError(std::string message, std::vector<Ref<Error>> members);
  std::string type_name() const override;
  std::string message() const override;
  std::vector<Ref<Error>> members() const override { return members_; }

private:
  std::string message_;
  std::vector<Ref<Error>> members_;
};

// The default factory: BasicError and GroupError with CPython's type names.
class BasicErrorFactory final : public ErrorFactory {
public:
  Ref<Error> make(const ErrorInfo& info) override;
  Ref<Error> make_group(std::string message, std::vector<Ref<Error>> errors) override;
};

// A BasicError of kind `other` (or the kind given): the C++ way to raise
// "ValueError('boom')" from a task.
Ref<Error> make_error(std::string type_name, std::string message,
                      ErrorKind kind = ErrorKind::other);

} // namespace aio
