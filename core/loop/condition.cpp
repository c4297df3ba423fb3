#include "loop/condition.hpp"

namespace aio {

Condition::Condition(EventLoop& loop, Lock* lock)
    : loop_(&loop), own_lock_(lock ? nullptr : std::make_unique<Lock>(loop)),
      lock_(lock ? lock : own_lock_.get()) {}

task<bool> Condition::wait() {
  if (!locked()) raise(loop_->make_error(ErrorType::runtime, "cannot wait on un-acquired lock"));
  (void)release();
  Ref<Error> failed =
      co_await detail::await_then_remove(waiters_, waiters_.add(*loop_, WaitKind::condition));
  // finally: re-acquire the lock, whatever happens.
  bool cancelled = false;
  while (Ref<Error> e = co_await lock_->acquire_or_error()) {
    if (e->kind() != ErrorKind::cancelled) raise(std::move(e));
    cancelled = true;
  }
  if (cancelled) raise(loop_->make_error(ErrorType::cancelled));
  if (failed) raise(std::move(failed));
  co_return true;
}

Ref<Error> Condition::notify(std::size_t n) {
  if (!locked()) return loop_->make_error(ErrorType::runtime, "cannot notify on un-acquired lock");
  std::size_t woken = 0;
  for (Ref<Future<void>>& fut : waiters_) {
    if (woken >= n) break;
    if (!fut->done()) {
      ++woken;
      (void)fut->set_result();
    }
  }
  return nullptr;
}

} // namespace aio
