// Errors as values for the numeric library: the VM turns an Error into the Python exception.
#pragma once

#include <optional>
#include <string>
#include <utility>
#include <variant>

namespace py::num {

// The Python exception class an operation raises.
enum class ErrorKind : unsigned char {
  ValueError,
  OverflowError,
  ZeroDivisionError,
  TypeError,
  MemoryError,
};

// A Python exception carried as a value: its class and CPython's exact message.
struct Error {
  ErrorKind kind;
  std::string message;
};

// The outcome of an operation that can raise: exactly one of a value or an Error.
template <class T>
class [[nodiscard]] Result {
public:
  // A successful result.
  Result(T value) : data_(std::in_place_index<0>, std::move(value)) {}
  // A failed result.
  Result(Error error) : data_(std::in_place_index<1>, std::move(error)) {}

  // True when the operation succeeded.
  bool ok() const { return data_.index() == 0; }
  explicit operator bool() const { return ok(); }

  // The value; only valid when ok().
  T& value() & { return *std::get_if<0>(&data_); }
  const T& value() const& { return *std::get_if<0>(&data_); }
  T&& value() && { return std::move(*std::get_if<0>(&data_)); }

  // The error; only valid when !ok().
  const Error& error() const& { return *std::get_if<1>(&data_); }
  Error&& error() && { return std::move(*std::get_if<1>(&data_)); }

private:
  std::variant<T, Error> data_;
};

// The outcome of an operation that can raise and whose output goes elsewhere (the formatting
// functions append to the caller's string, so that a whole format call builds one string).
template <>
class [[nodiscard]] Result<void> {
public:
  // Success.
  Result() = default;
  // A failure.
  Result(Error error) : error_(std::move(error)) {}

  // True when the operation succeeded.
  bool ok() const { return !error_; }
  explicit operator bool() const { return ok(); }

  // The error; only valid when !ok().
  const Error& error() const& { return *error_; }
  Error&& error() && { return std::move(*error_); }

private:
  std::optional<Error> error_;
};

// Shorthands that build an Error of one kind (they keep call sites on one line).
inline Error value_error(std::string message) {
  return {ErrorKind::ValueError, std::move(message)};
}
inline Error overflow_error(std::string message) {
  return {ErrorKind::OverflowError, std::move(message)};
}
inline Error zero_division_error(std::string message) {
  return {ErrorKind::ZeroDivisionError, std::move(message)};
}
inline Error memory_error() { return {ErrorKind::MemoryError, ""}; }

} // namespace py::num
