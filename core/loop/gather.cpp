#include "loop/gather.hpp"

#include <algorithm>

namespace aio::detail {

void GatherBase::add_child(FutureBase& outer, Ref<FutureBase> child) {
  // arg_to_fut: a future given twice gets one callback and counts once.
  if (std::find(children_.begin(), children_.end(), child) == children_.end()) {
    ++nfuts_;
    child->add_done_callback(outer);
  }
  children_.push_back(std::move(child));
}

bool GatherBase::cancel_children(FutureBase& outer, std::optional<std::string> msg) {
  if (outer.done()) return false;
  bool cancelled = false;
  for (const Ref<FutureBase>& child : children_) {
    if (child->cancel(msg)) cancelled = true;
  }
  // Whatever return_exceptions says, the cancellation propagates (bpo-32684).
  if (cancelled) cancel_requested_ = true;
  return cancelled;
}

Ref<Error> GatherBase::child_error(FutureBase& child) {
  if (child.cancelled()) {
    const std::string* msg = child.cancel_message();
    return child.loop().make_error(ErrorType::cancelled, msg ? *msg : std::string());
  }
  return child.exception().value();
}

void GatherBase::child_done(FutureBase& outer, FutureBase& child, void (*complete)(GatherBase&)) {
  ++nfinished_;
  if (outer.done()) {
    // Mark the exception retrieved.
    if (!child.cancelled()) (void)child.exception();
    return;
  }
  if (!return_exceptions_) {
    if (child.cancelled()) {
      (void)outer.set_exception(child.make_cancelled_error());
      return;
    }
    if (Ref<Error> e = child.exception().value()) {
      (void)outer.set_exception(std::move(e));
      return;
    }
  }
  if (nfinished_ < nfuts_) return;
  if (!cancel_requested_) {
    complete(*this);
    return;
  }
  // The results are collected first in CPython (marking exceptions
  // retrieved), then the cancellation of the last child is raised.
  for (const Ref<FutureBase>& c : children_) (void)child_error(*c);
  (void)outer.set_exception(children_.back()->make_cancelled_error());
}

} // namespace aio::detail
