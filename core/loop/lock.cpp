#include "loop/lock.hpp"

#include <algorithm>

namespace aio {

task<bool> Lock::acquire() {
  if (Ref<Error> e = co_await acquire_or_error()) raise(std::move(e));
  co_return true;
}

task<Ref<Error>> Lock::acquire_or_error() {
  if (!locked_ && std::all_of(waiters_.begin(), waiters_.end(),
                              [](const Ref<Future<void>>& w) { return w->cancelled(); })) {
    locked_ = true;
    co_return nullptr;
  }
  Ref<Error> e = co_await detail::await_then_remove(waiters_, waiters_.add(*loop_, WaitKind::lock));
  if (e) {
    if (e->kind() == ErrorKind::cancelled && !locked_) wake_up_first();
    co_return e;
  }
  locked_ = true;
  co_return nullptr;
}

Ref<Error> Lock::release() {
  if (!locked_) return loop_->make_error(ErrorType::runtime, "Lock is not acquired.");
  locked_ = false;
  wake_up_first();
  return nullptr;
}

void Lock::wake_up_first() {
  if (waiters_.empty()) return;
  Future<void>& fut = waiters_.front();
  if (!fut.done()) (void)fut.set_result();
}

} // namespace aio
