#include "loop/detail/waiters.hpp"

#include <algorithm>

namespace aio::detail {

void Waiters::remove(const FutureBase& f) noexcept {
  auto it = std::find_if(queue_.begin(), queue_.end(),
                         [&](const Ref<Future<void>>& w) { return w.get() == &f; });
  if (it != queue_.end()) queue_.erase(it);
}

task<Ref<Error>> await_then_remove(Waiters& waiters, Ref<Future<void>> fut) {
  Ref<Error> failed = co_await try_await(fut);
  waiters.remove(*fut);
  co_return failed;
}

} // namespace aio::detail
