// Outcome<T>: a value or the error that took its place.
//
// The synchronous API returns errors as values (Future::result(),
// Queue::get_nowait(), gather's return_exceptions results...). C++ callers
// that prefer exceptions call value(), which throws the error's exception.
#pragma once

#include "loop/exceptions.hpp"

#include <utility>
#include <variant>

namespace aio {

// A T, or the error that took its place.
template <class T>
class Outcome {
public:
  // A successful outcome.
  Outcome(T value) : v_(std::in_place_index<0>, std::move(value)) {}
  // A failed outcome (e must not be null).
  static Outcome failure(Ref<Error> e) { return Outcome(std::in_place_index<1>, std::move(e)); }

  // Whether it holds a value.
  bool ok() const noexcept { return v_.index() == 0; }
  // The error, or null for a value.
  Ref<Error> error() const { return ok() ? nullptr : std::get<1>(v_); }
  // The value; throws the error's exception when there is none.
  T& value() & {
    if (!ok()) raise(std::get<1>(v_));
    return std::get<0>(v_);
  }
  T value() && {
    if (!ok()) raise(std::get<1>(v_));
    return std::move(std::get<0>(v_));
  }

private:
  template <std::size_t I, class U>
  Outcome(std::in_place_index_t<I> i, U&& u) : v_(i, std::forward<U>(u)) {}
  std::variant<T, Ref<Error>> v_;
};

// Outcome<void>: success, or an error.
template <>
class Outcome<void> {
public:
  Outcome() = default;
  static Outcome failure(Ref<Error> e) {
    Outcome o;
    o.error_ = std::move(e);
    return o;
  }
  bool ok() const noexcept { return !error_; }
  Ref<Error> error() const { return error_; }
  // Throws the error's exception, if any.
  void value() const {
    if (error_) raise(error_);
  }

private:
  Ref<Error> error_;
};

} // namespace aio
