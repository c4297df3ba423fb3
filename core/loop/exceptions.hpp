// C++ exceptions for C++ coroutines: what `co_await` throws when the awaited
// future failed, and how an exception escaping an aio::task becomes an Error.
//
// Only code written with aio::task sees these; the loop itself and the Python
// binding pass Ref<Error> values around. Each exception carries the Error it
// stands for, so that catching and rethrowing keeps its identity.
#pragma once

#include "loop/error.hpp"

#include <exception>
#include <string>
#include <vector>

namespace aio {

// Any failure of an awaited future. Like Python's BaseException: catching it
// catches cancellation too.
class error : public std::exception {
public:
  explicit error(Ref<Error> e);
  // The error value this exception carries.
  const Ref<Error>& get() const noexcept { return error_; }
  // "TypeName: message".
  const char* what() const noexcept override { return what_.c_str(); }

private:
  Ref<Error> error_;
  std::string what_;
};

// CancelledError.
class cancelled_error : public error {
  using error::error;
};

// TimeoutError.
class timeout_error : public error {
  using error::error;
};

// InvalidStateError.
class invalid_state_error : public error {
  using error::error;
};

// SystemExit, KeyboardInterrupt: BaseExceptions a Task re-raises out of the loop.
class exit_error : public error {
  using error::error;
};

// An exception group (TaskGroup's failures).
class exception_group : public error {
public:
  using error::error;
  // The errors of the group, in the order they happened.
  std::vector<Ref<Error>> errors() const { return get()->members(); }
};

// Throws e as the exception class of its kind. An error made from a foreign C++
// exception (see to_error) rethrows that original exception.
[[noreturn]] void raise(Ref<Error> e);

// The error value for a caught C++ exception: the carried Error of an
// aio::error, or a ForeignError that keeps any other exception.
Ref<Error> to_error(std::exception_ptr e);

// A C++ exception that is not an aio::error, kept so that awaiting the failed
// task rethrows the original (its type name is "C++ exception").
class ForeignError final : public Error {
public:
  ForeignError(std::exception_ptr original, std::string message);
  std::string type_name() const override { return "C++ exception"; }
  std::string message() const override { return message_; }
  // The exception that escaped the coroutine.
  const std::exception_ptr& original() const noexcept { return original_; }

private:
  std::exception_ptr original_;
  std::string message_;
};

} // namespace aio
