#include "loop/event.hpp"

namespace aio {

void Event::set() {
  if (value_) return;
  value_ = true;
  for (Ref<Future<void>>& fut : waiters_) {
    if (!fut->done()) (void)fut->set_result();
  }
}

task<bool> Event::wait() {
  if (value_) co_return true;
  if (Ref<Error> e = co_await detail::await_then_remove(waiters_, waiters_.add(*loop_, what_))) {
    raise(std::move(e));
  }
  co_return true;
}

} // namespace aio
