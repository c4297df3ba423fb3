// asyncio.as_completed (tasks.py as_completed).
//
// Hands out the futures' results in the order they complete: call next()
// size() times and await each. A done callback (_on_completion) puts each
// finished future in an internal Queue; next() takes the next one from it.
// After the timeout, the futures still pending are dropped and every
// remaining next() raises TimeoutError.
//
//   aio::AsCompleted<Task<int>> ac(loop, {t1, t2, t3}, 5.0);
//   for (std::size_t i = 0; i < ac.size(); ++i) int r = co_await ac.next();
#pragma once

#include "loop/ensure_future.hpp"
#include "loop/queue.hpp"

#include <optional>
#include <vector>

namespace aio {

namespace detail {

// The untyped state: _on_completion (as the futures' done callback),
// _on_timeout, the `done` queue and the `todo` set.
class AsCompletedState final : public Callback {
public:
  AsCompletedState(EventLoop& loop, std::vector<Ref<FutureBase>> futures,
                   std::optional<double> timeout);
  // How many futures there are to wait for.
  std::size_t size() const noexcept { return size_; }
  // _wait_for_one: the next future done, or TimeoutError.
  task<Ref<FutureBase>> next_done();

private:
  Ref<Error> run(FutureBase* done) override; // _on_completion
  void on_timeout();

  EventLoop* loop_;
  std::vector<Ref<FutureBase>> todo_;
  // Completed futures; null stands for "timed out" (the dummy value).
  Queue<Ref<FutureBase>> done_;
  Ref<TimerHandle> timeout_handle_;
  std::size_t size_;
};

} // namespace detail

// as_completed(futures, timeout): next() size() times gives their results
// in completion order.
template <class F>
requires std::is_base_of_v<FutureBase, F>
class AsCompleted {
public:
  // as_completed(futures, timeout=timeout). A future given twice counts once.
  AsCompleted(EventLoop& loop, const std::vector<Ref<F>>& futures,
              std::optional<double> timeout = std::nullopt)
      : state_(make_ref<detail::AsCompletedState>(
            loop, std::vector<Ref<FutureBase>>(futures.begin(), futures.end()), timeout)) {}

  // The number of next() calls there are results for.
  std::size_t size() const noexcept { return state_->size(); }
  // The result of the next future to complete (its error thrown), or TimeoutError.
  task<typename F::value_type> next() {
    Ref<FutureBase> f = co_await state_->next_done();
    co_return static_cast<F&>(*f).result().value();
  }

private:
  Ref<detail::AsCompletedState> state_;
};

} // namespace aio
