#include "loop/future.hpp"

#include "loop/event_loop.hpp"
#include "loop/task.hpp"

namespace aio {

FutureBase::~FutureBase() = default;

FutureBase::Cold& FutureBase::cold() {
  if (!cold_) cold_ = std::make_unique<Cold>();
  return *cold_;
}

const std::string* FutureBase::cancel_message() const noexcept {
  return cold_ && cold_->cancel_message ? &*cold_->cancel_message : nullptr;
}

void FutureBase::set_cancel_message(std::optional<std::string> msg) {
  if (msg || cold_) cold().cancel_message = std::move(msg);
}

bool FutureBase::cancel(std::optional<std::string> msg) { return cancel_future(std::move(msg)); }

bool FutureBase::cancel_future(std::optional<std::string> msg) {
  log_traceback_ = false;
  if (state() != FutureState::pending) return false;
  state_ = static_cast<std::uint8_t>(FutureState::cancelled);
  set_cancel_message(std::move(msg));
  schedule_callbacks();
  return true;
}

Ref<Error> FutureBase::make_cancelled_error() {
  if (error_) return std::move(error_);
  const std::string* msg = cancel_message();
  return loop_->make_error(ErrorType::cancelled,
                           msg ? std::optional<std::string>(*msg) : std::nullopt);
}

Ref<Error> FutureBase::check_result() {
  if (state() == FutureState::cancelled) return make_cancelled_error();
  if (state() != FutureState::finished) {
    return loop_->make_error(ErrorType::invalid_state, "Result is not set.");
  }
  log_traceback_ = false;
  return error_;
}

Outcome<Ref<Error>> FutureBase::exception() {
  if (state() == FutureState::cancelled) {
    return Outcome<Ref<Error>>::failure(make_cancelled_error());
  }
  if (state() != FutureState::finished) {
    return Outcome<Ref<Error>>::failure(
        loop_->make_error(ErrorType::invalid_state, "Exception is not set."));
  }
  log_traceback_ = false;
  return error_;
}

Ref<Error> FutureBase::check_settable(const char* operation) const {
  if (const_cast<FutureBase*>(this)->as_task()) {
    return loop_->make_error(ErrorType::runtime,
                             std::string("Task does not support ") + operation + " operation");
  }
  // CPython's C Future says "invalid state" (futures.py would add its repr).
  if (state() != FutureState::pending) {
    return loop_->make_error(ErrorType::invalid_state, "invalid state", nullptr, this);
  }
  return nullptr;
}

Ref<Error> FutureBase::set_exception(Ref<Error> e) {
  if (Ref<Error> bad = check_settable("set_exception")) return bad;
  finish(std::move(e));
  return nullptr;
}

void FutureBase::finish() {
  state_ = static_cast<std::uint8_t>(FutureState::finished);
  schedule_callbacks();
}

void FutureBase::finish(Ref<Error> e) {
  error_ = std::move(e);
  state_ = static_cast<std::uint8_t>(FutureState::finished);
  schedule_callbacks();
  log_traceback_ = true;
}

void FutureBase::add_done_callback(Callback& cb) {
  if (done()) {
    loop_->call_soon(cb, this);
  } else if (!callback0_) {
    callback0_ = &cb; // no callback at all: remove_done_callback keeps the first one here
  } else {
    cold().callbacks.emplace_back(&cb);
  }
}

std::size_t FutureBase::remove_done_callback(const Callback& cb) {
  std::size_t removed = 0;
  if (callback0_ && cb.same_as(*callback0_)) {
    callback0_ = nullptr;
    ++removed;
  }
  if (cold_) {
    auto& rest = cold_->callbacks;
    std::size_t kept = 0;
    for (Ref<Callback>& c : rest) {
      if (cb.same_as(*c)) {
        ++removed;
      } else {
        rest[kept++] = std::move(c);
      }
    }
    rest.resize(kept);
    // Keep the registration order: the first of the others takes the first slot.
    if (!callback0_ && !rest.empty()) {
      callback0_ = std::move(rest.front());
      rest.erase(rest.begin());
    }
  }
  return removed;
}

void FutureBase::schedule_callbacks() {
  if (Ref<Callback> first = std::move(callback0_)) loop_->call_soon(*first, this);
  if (cold_ && !cold_->callbacks.empty()) {
    std::vector<Ref<Callback>> rest = std::move(cold_->callbacks);
    cold_->callbacks.clear();
    for (Ref<Callback>& c : rest) loop_->call_soon(*c, this);
  }
}

void FutureBase::drop_done_callbacks() noexcept {
  callback0_ = nullptr;
  if (cold_) cold_->callbacks.clear();
}

const char* FutureBase::class_name() const noexcept {
  switch (what_) {
  case WaitKind::task: return "Task";
  case WaitKind::gather: return "_GatheringFuture";
  default: return "Future";
  }
}

std::string FutureBase::describe() const {
  std::string text = std::string("<") + class_name();
  switch (state()) {
  case FutureState::pending: text += " pending"; break;
  case FutureState::cancelled: text += " cancelled"; break;
  case FutureState::finished:
    text += " finished";
    if (error_) text += " exception=" + error_->repr();
    break;
  }
  return text + ">";
}

void FutureBase::report_unretrieved() noexcept {
  if (!log_traceback_) return;
  log_traceback_ = false;
  ExceptionContext context;
  context.message = std::string(class_name()) + " exception was never retrieved";
  context.exception = error_;
  context.future = this;
  loop_->call_exception_handler(context);
}

} // namespace aio
