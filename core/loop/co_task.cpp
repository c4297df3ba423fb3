#include "loop/co_task.hpp"

#include <cstdio>
#include <cstdlib>

namespace aio::detail {

TaskCoroutineBase::TaskCoroutineBase(EventLoop& loop, coro::coroutine_handle<> root,
                                     PromiseBase& promise) noexcept
    : driver_(loop), root_(root), promise_(&promise) {
  promise.attach(driver_, nullptr);
}

void TaskCoroutineBase::destroy() noexcept {
  if (root_) {
    root_.destroy();
    root_ = nullptr;
    promise_ = nullptr;
  }
}

Step TaskCoroutineBase::resume(Error* thrown, bool keep_finished_frame) {
  if (!driver_.leaf()) {
    // Throwing into a coroutine that never ran ends it without running it.
    if (thrown) {
      destroy();
      return Step::raise(Ref<Error>(thrown));
    }
    driver_.start(root_);
  }
  switch (driver_.run(thrown)) {
  case Driver::Signal::yielded: return Step::yield();
  case Driver::Signal::awaiting: return Step::await(*driver_.awaited());
  case Driver::Signal::paused: return Step::pause();
  case Driver::Signal::finished:
    if (promise_->error()) {
      Ref<Error> e = to_error(promise_->error());
      destroy();
      return Step::raise(std::move(e));
    }
    if (!keep_finished_frame) destroy();
    return Step::returned();
  case Driver::Signal::transfer:
  case Driver::Signal::lost: break;
  }
  std::fputs("aio::task suspended on something that is not an aio awaitable\n", stderr);
  std::abort();
}

} // namespace aio::detail
