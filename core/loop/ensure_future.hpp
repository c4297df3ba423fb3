// ensure_future: what the combinators do with their arguments.
//
// A future or task is used as it is; a coroutine (aio::task) is wrapped in a
// new Task, as CPython's _ensure_future does.
#pragma once

#include "loop/co_task.hpp"

#include <type_traits>
#include <variant>

namespace aio {

// Whether A is a coroutine (an aio::task).
template <class A>
inline constexpr bool is_coroutine_v = false;
template <class T>
inline constexpr bool is_coroutine_v<task<T>> = true;

// Whether A is a reference to a future or task.
template <class A>
inline constexpr bool is_future_ref_v = false;
template <class F>
inline constexpr bool is_future_ref_v<Ref<F>> = std::is_base_of_v<FutureBase, F>;

// What the combinators accept: a future, a task or a coroutine.
template <class A>
concept Awaitable =
    is_coroutine_v<std::remove_cvref_t<A>> || is_future_ref_v<std::remove_cvref_t<A>>;

// A future or task: itself.
template <class F>
requires std::is_base_of_v<FutureBase, F> Ref<F> ensure_future(EventLoop&, Ref<F> f)
noexcept { return f; }

// A coroutine: a new task running it.
template <class T>
Ref<Task<T>> ensure_future(EventLoop& loop, task<T> coro) {
  return loop.create_task(std::move(coro));
}

// The future type ensure_future makes of an argument of type A.
template <class A>
using ensured_future_t = typename std::remove_reference_t<decltype(*ensure_future(
    std::declval<EventLoop&>(), std::declval<A>()))>;

// The value a future of type F produces (std::monostate for void, as a
// Python list holds None).
template <class F>
using result_value_t = std::conditional_t<std::is_void_v<typename F::value_type>, std::monostate,
                                          typename F::value_type>;

} // namespace aio
