#include "loop/queue.hpp"

namespace aio::detail {

QueueBase::QueueBase(EventLoop& loop, std::ptrdiff_t maxsize)
    : loop_(&loop), maxsize_(maxsize), finished_(loop, WaitKind::queue_join) {
  finished_.set();
}

Ref<Error> QueueBase::task_done() {
  if (unfinished_tasks_ == 0) {
    return loop_->make_error(ErrorType::value, "task_done() called too many times");
  }
  if (--unfinished_tasks_ == 0) finished_.set();
  return nullptr;
}

task<void> QueueBase::join() {
  if (unfinished_tasks_ > 0) co_await finished_.wait();
}

void QueueBase::item_put() {
  ++unfinished_tasks_;
  finished_.clear();
  wakeup_next(getters_);
}

void QueueBase::wakeup_next(Waiters& waiters) {
  while (!waiters.empty()) {
    Ref<Future<void>> waiter = waiters.pop_front();
    if (!waiter->done()) {
      (void)waiter->set_result();
      break;
    }
  }
}

task<void> QueueBase::wait_turn(Waiters& waiters, bool (QueueBase::*blocked)() const noexcept,
                                WaitKind what) {
  Ref<Future<void>> waiter = waiters.add(*loop_, what);
  if (Ref<Error> e = co_await try_await(waiter)) {
    waiter->cancel(); // in case it is not done yet
    waiters.remove(*waiter);
    if (!(this->*blocked)() && !waiter->cancelled()) wakeup_next(waiters);
    raise(std::move(e));
  }
}

} // namespace aio::detail
