// `async with scope: body` for C++ coroutines.
//
// C++ has no asynchronous destructors, so the scopes of asyncio (timeout(),
// TaskGroup) run a body coroutine between their enter() and exit(): exit is
// told the error the body raised, and raises to replace it (a TimeoutError,
// an ExceptionGroup) or returns to let it propagate. The body is co_awaited
// inline, in the same task step, as the body of an `async with` runs.
#pragma once

#include "loop/co_task.hpp"

#include <exception>
#include <optional>
#include <type_traits>
#include <variant>

namespace aio::detail {

// Scope has `Ref<Error> enter()` and an exit(Ref<Error> raised) that either
// returns the error to raise instead (null: none), or is a task<void> that
// raises it.
template <class T, class Scope>
task<T> with_scope(Scope scope, task<T> body) {
  if (Ref<Error> e = scope.enter()) raise(std::move(e));
  using Value = std::conditional_t<std::is_void_v<T>, std::monostate, T>;
  std::optional<Value> result;
  std::exception_ptr failed;
  try {
    if constexpr (std::is_void_v<T>) {
      co_await std::move(body);
      result.emplace();
    } else {
      result.emplace(co_await std::move(body));
    }
  } catch (...) {
    failed = std::current_exception();
  }
  Ref<Error> raised = failed ? to_error(failed) : nullptr;
  if constexpr (std::is_same_v<decltype(scope.exit(raised)), Ref<Error>>) {
    if (Ref<Error> e = scope.exit(raised)) raise(std::move(e));
  } else {
    co_await scope.exit(raised);
  }
  if (failed) std::rethrow_exception(failed);
  if constexpr (!std::is_void_v<T>) co_return std::move(*result);
}

} // namespace aio::detail
