#include "loop/as_completed.hpp"

#include <algorithm>

namespace aio::detail {

AsCompletedState::AsCompletedState(EventLoop& loop, std::vector<Ref<FutureBase>> futures,
                                   std::optional<double> timeout)
    : loop_(&loop), done_(loop) {
  for (Ref<FutureBase>& f : futures) {
    if (std::find(todo_.begin(), todo_.end(), f) == todo_.end()) todo_.push_back(std::move(f));
  }
  size_ = todo_.size();
  for (const Ref<FutureBase>& f : todo_) f->add_done_callback(*this);
  if (!todo_.empty() && timeout) {
    Ref<AsCompletedState> self(this);
    timeout_handle_ = loop.call_later(*timeout, [self] { self->on_timeout(); });
  }
}

void AsCompletedState::on_timeout() {
  timeout_handle_ = nullptr; // it holds this state: break the cycle
  for (const Ref<FutureBase>& f : todo_) {
    f->remove_done_callback(*this);
    (void)done_.put_nowait(nullptr); // a dummy value for next_done()
  }
  todo_.clear();
}

Ref<Error> AsCompletedState::run(FutureBase* f) {
  if (todo_.empty()) return nullptr; // on_timeout() was here first
  todo_.erase(std::find(todo_.begin(), todo_.end(), Ref<FutureBase>(f)));
  (void)done_.put_nowait(Ref<FutureBase>(f));
  if (todo_.empty() && timeout_handle_) timeout_handle_->cancel();
  return nullptr;
}

task<Ref<FutureBase>> AsCompletedState::next_done() {
  Ref<FutureBase> f = co_await done_.get();
  if (!f) raise(loop_->make_error(ErrorType::timeout));
  co_return f;
}

} // namespace aio::detail
