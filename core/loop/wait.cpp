#include "loop/wait.hpp"

namespace aio::detail {

namespace {

// _on_completion: counts the futures that are done and releases the waiter.
class Completion final : public Callback {
public:
  Completion(Ref<Future<void>> waiter, std::size_t counter, ReturnWhen when) noexcept
      : waiter_(std::move(waiter)), counter_(counter), when_(when) {}

  // The timeout's handle, cancelled when the waiter is released early.
  Ref<TimerHandle> timeout_handle;

  Ref<Error> run(FutureBase* f) override {
    --counter_;
    if (counter_ == 0 || when_ == ReturnWhen::first_completed ||
        (when_ == ReturnWhen::first_exception && !f->cancelled() && f->exception().value())) {
      if (timeout_handle) timeout_handle->cancel();
      if (!waiter_->done()) (void)waiter_->set_result();
    }
    return nullptr;
  }

private:
  Ref<Future<void>> waiter_;
  std::size_t counter_;
  ReturnWhen when_;
};

} // namespace

task<void> wait_untyped(std::vector<Ref<FutureBase>> futures, std::optional<double> timeout,
                        ReturnWhen when) {
  EventLoop& loop = co_await get_running_loop();
  if (futures.empty()) raise(loop.make_error(ErrorType::value, "Set of Tasks/Futures is empty."));
  Ref<Future<void>> waiter = loop.create_future(WaitKind::wait);
  auto on_completion = make_ref<Completion>(waiter, futures.size(), when);
  if (timeout) {
    on_completion->timeout_handle = loop.call_later(*timeout, [waiter] {
      if (!waiter->done()) (void)waiter->set_result(); // _release_waiter
    });
  }
  for (const Ref<FutureBase>& f : futures) f->add_done_callback(*on_completion);
  Ref<Error> failed = co_await try_await(waiter);
  // finally:
  if (on_completion->timeout_handle) on_completion->timeout_handle->cancel();
  for (const Ref<FutureBase>& f : futures) f->remove_done_callback(*on_completion);
  if (failed) raise(std::move(failed));
}

} // namespace aio::detail
