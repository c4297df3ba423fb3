// asyncio.wait_for, as Python 3.11 writes it (tasks.py wait_for).
//
// Waits for one future (a coroutine runs in a new task) at most `timeout`
// seconds. On timeout it cancels the inner future, waits until it is really
// done (_cancel_and_wait), and raises TimeoutError from the CancelledError.
// If the waiting task is cancelled, the inner future is cancelled too. A
// timeout of none awaits the argument directly (a coroutine inline).
#pragma once

#include "loop/ensure_future.hpp"

#include <optional>

namespace aio {

namespace detail {

// The untyped body of wait_for: returns once `fut` is done (or cancelled
// and done after a timeout); raises when the waiting task is cancelled.
// Returns whether a CancelledError from fut.result() means the timeout
// expired (and is to become TimeoutError).
task<bool> wait_for_untyped(Ref<FutureBase> fut, double timeout);

// The TimeoutError ("from" the CancelledError) that replaces a
// CancelledError after a timeout, or `e` itself.
Ref<Error> timeout_error_for(EventLoop& loop, Ref<Error> e, bool timed_out);

} // namespace detail

// wait_for(future or task, timeout).
template <class F>
requires std::is_base_of_v<FutureBase, F> task<typename F::value_type>
wait_for(Ref<F> fut, std::optional<double> timeout) {
  if (!timeout) co_return co_await fut;
  bool timed_out = co_await detail::wait_for_untyped(fut, *timeout);
  auto result = fut->result();
  if (Ref<Error> e = result.error()) raise(detail::timeout_error_for(fut->loop(), e, timed_out));
  co_return std::move(result).value();
}

// wait_for(coroutine, timeout): in a new task, or inline without a timeout.
template <class T>
task<T> wait_for(task<T> coro, std::optional<double> timeout) {
  if (!timeout) co_return co_await std::move(coro);
  EventLoop& loop = co_await get_running_loop();
  co_return co_await wait_for(loop.create_task(std::move(coro)), timeout);
}

} // namespace aio
