#include "loop/wait_for.hpp"

namespace aio::detail {

namespace {

// _release_waiter(waiter) as a done callback.
class ReleaseWaiter final : public Callback {
public:
  explicit ReleaseWaiter(Ref<Future<void>> waiter) noexcept : waiter_(std::move(waiter)) {}
  Ref<Error> run(FutureBase*) override {
    if (!waiter_->done()) (void)waiter_->set_result();
    return nullptr;
  }

private:
  Ref<Future<void>> waiter_;
};

// _cancel_and_wait(fut): cancels fut and waits until it is done, through a
// waiter of its own so that this wait stays cancellable.
task<void> cancel_and_wait(FutureBase& fut) {
  EventLoop& loop = fut.loop();
  Ref<Future<void>> waiter = loop.create_future(WaitKind::wait_for);
  auto cb = make_ref<ReleaseWaiter>(waiter);
  fut.add_done_callback(*cb);
  fut.cancel();
  Ref<Error> failed = co_await try_await(waiter);
  // finally:
  fut.remove_done_callback(*cb);
  if (failed) raise(std::move(failed));
}

} // namespace

task<bool> wait_for_untyped(Ref<FutureBase> fut, double timeout) {
  EventLoop& loop = fut->loop();
  if (timeout <= 0) {
    if (fut->done()) co_return false;
    co_await cancel_and_wait(*fut);
    co_return true;
  }
  Ref<Future<void>> waiter = loop.create_future(WaitKind::wait_for);
  auto cb = make_ref<ReleaseWaiter>(waiter);
  Ref<TimerHandle> timeout_handle = loop.call_later(timeout, [cb] { return cb->run(nullptr); });
  fut->add_done_callback(*cb);
  // finally: timeout_handle.cancel()
  struct CancelTimer {
    Ref<TimerHandle> handle;
    ~CancelTimer() { handle->cancel(); }
  } cancel_timer{timeout_handle};

  Ref<Error> failed = co_await try_await(waiter);
  if (failed && failed->kind() != ErrorKind::cancelled) raise(std::move(failed));
  if (failed) {
    // The waiting task was cancelled.
    if (fut->done()) co_return false;
    fut->remove_done_callback(*cb);
    co_await cancel_and_wait(*fut);
    raise(std::move(failed));
  }
  if (fut->done()) co_return false;
  fut->remove_done_callback(*cb);
  // We must ensure that the task is not running after wait_for() returns.
  co_await cancel_and_wait(*fut);
  co_return true;
}

Ref<Error> timeout_error_for(EventLoop& loop, Ref<Error> e, bool timed_out) {
  if (!timed_out || e->kind() != ErrorKind::cancelled) return e;
  return loop.make_error(ErrorType::timeout, std::nullopt, std::move(e));
}

} // namespace aio::detail
