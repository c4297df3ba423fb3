// asyncio.shield (tasks.py shield).
//
// The outer future follows the inner one, but cancelling the outer does not
// cancel the inner: the awaiting task sees CancelledError while the shielded
// work goes on. One callback object links the two: as the inner's done
// callback it copies the inner's outcome to the outer (_inner_done_callback),
// as the outer's it stops listening to the inner (_outer_done_callback).
#pragma once

#include "loop/ensure_future.hpp"

namespace aio {

namespace detail {

// The callback that links the inner future to the outer one (and back).
template <class T>
class ShieldLink final : public Callback {
public:
  ShieldLink(Ref<Future<T>> inner, Ref<Future<T>> outer) noexcept
      : inner_(std::move(inner)), outer_(std::move(outer)) {}

  Ref<Error> run(FutureBase* done) override {
    if (done == outer_.get()) {
      // _outer_done_callback
      if (!inner_->done()) inner_->remove_done_callback(*this);
      return nullptr;
    }
    // _inner_done_callback
    if (outer_->cancelled()) {
      if (!inner_->cancelled()) (void)inner_->exception(); // mark it retrieved
    } else if (inner_->cancelled()) {
      outer_->cancel();
    } else if (Ref<Error> e = inner_->exception().value()) {
      (void)outer_->set_exception(std::move(e));
    } else if constexpr (std::is_void_v<T>) {
      (void)outer_->set_result();
    } else {
      (void)outer_->set_result(inner_->result().value());
    }
    return nullptr;
  }

private:
  Ref<Future<T>> inner_;
  Ref<Future<T>> outer_;
};

} // namespace detail

// shield(future or task): a future that completes as it does, and whose
// cancellation leaves it running. A done future is returned as it is.
template <class F>
requires std::is_base_of_v<FutureBase, F> Ref<Future<typename F::value_type>> shield(Ref<F> arg) {
  using T = typename F::value_type;
  Ref<Future<T>> inner = std::move(arg);
  if (inner->done()) return inner;
  Ref<Future<T>> outer = inner->loop().template create_future<T>(WaitKind::shield);
  auto link = make_ref<detail::ShieldLink<T>>(inner, outer);
  inner->add_done_callback(*link);
  outer->add_done_callback(*link);
  return outer;
}

// shield(coroutine): the coroutine runs in a new task, shielded.
template <class T>
Ref<Future<T>> shield(EventLoop& loop, task<T> coro) {
  return shield(loop.create_task(std::move(coro)));
}

} // namespace aio
