// asyncio.wait (tasks.py wait and _wait).
//
// Waits until the futures are done as `return_when` says, or the timeout
// passes, and returns them split into done and pending (in the order given,
// each future once; CPython returns sets). It does not raise on timeout, nor
// cancel anything. One done callback (_on_completion) counts completions on
// every future and releases a waiter future; the calling task awaits that.
#pragma once

#include "loop/ensure_future.hpp"

#include <algorithm>
#include <optional>
#include <vector>

namespace aio {

// wait()'s return_when.
enum class ReturnWhen {
  first_completed, // FIRST_COMPLETED
  first_exception, // FIRST_EXCEPTION: the first that fails (or all done)
  all_completed,   // ALL_COMPLETED
};

// (done, pending).
template <class F>
struct WaitResult {
  std::vector<Ref<F>> done;
  std::vector<Ref<F>> pending;
};

namespace detail {

// _wait: returns once the untyped futures are done as `when` says.
task<void> wait_untyped(std::vector<Ref<FutureBase>> futures, std::optional<double> timeout,
                        ReturnWhen when);

} // namespace detail

// asyncio.wait(futures, timeout=..., return_when=...).
template <class F>
requires std::is_base_of_v<FutureBase, F> task<WaitResult<F>>
wait(std::vector<Ref<F>> futures, std::optional<double> timeout = std::nullopt,
     ReturnWhen when = ReturnWhen::all_completed) {
  // fs = set(fs)
  std::vector<Ref<F>> unique;
  for (Ref<F>& f : futures) {
    if (std::find(unique.begin(), unique.end(), f) == unique.end()) unique.push_back(std::move(f));
  }
  co_await detail::wait_untyped({unique.begin(), unique.end()}, timeout, when);
  WaitResult<F> result;
  for (Ref<F>& f : unique) (f->done() ? result.done : result.pending).push_back(std::move(f));
  co_return result;
}

} // namespace aio
