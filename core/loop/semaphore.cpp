#include "loop/semaphore.hpp"

#include <algorithm>

namespace aio {

bool Semaphore::locked() const noexcept {
  auto& waiters = const_cast<detail::Waiters&>(waiters_);
  return value_ == 0 || std::any_of(waiters.begin(), waiters.end(),
                                    [](const Ref<Future<void>>& w) { return !w->cancelled(); });
}

task<bool> Semaphore::acquire() {
  if (!locked()) {
    --value_;
    co_return true;
  }
  Ref<Future<void>> fut = waiters_.add(*loop_, WaitKind::semaphore);
  if (Ref<Error> e = co_await detail::await_then_remove(waiters_, fut)) {
    // Woken (a unit was handed over) and cancelled before running: give it on.
    if (e->kind() == ErrorKind::cancelled && !fut->cancelled()) {
      ++value_;
      wake_up_next();
    }
    raise(std::move(e));
  }
  if (value_ > 0) wake_up_next();
  co_return true;
}

Ref<Error> Semaphore::release() {
  if (bound_ >= 0 && value_ >= bound_) {
    return loop_->make_error(ErrorType::value, "BoundedSemaphore released too many times");
  }
  ++value_;
  wake_up_next();
  return nullptr;
}

void Semaphore::wake_up_next() {
  for (Ref<Future<void>>& fut : waiters_) {
    if (!fut->done()) {
      --value_;
      (void)fut->set_result();
      return;
    }
  }
}

} // namespace aio
