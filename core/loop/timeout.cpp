#include "loop/timeout.hpp"

#include <cmath>
#include <cstdio>

namespace aio {

namespace detail {

namespace {

// _State.value
const char* state_name(TimeoutState::State s) {
  switch (s) {
  case TimeoutState::State::created: return "created";
  case TimeoutState::State::entered: return "active";
  case TimeoutState::State::expiring: return "expiring";
  case TimeoutState::State::expired: return "expired";
  case TimeoutState::State::exited: return "finished";
  }
  return "?";
}

} // namespace

Ref<Error> TimeoutState::reschedule(std::optional<double> when) {
  if (state_ != State::entered) {
    if (state_ == State::created) {
      return loop_->make_error(ErrorType::runtime, "Timeout has not been entered");
    }
    return loop_->make_error(ErrorType::runtime, std::string("Cannot change state of ") +
                                                     state_name(state_) + " Timeout");
  }
  when_ = when;
  if (timeout_handler_) timeout_handler_->cancel();
  if (!when) {
    timeout_handler_ = nullptr;
  } else {
    Ref<TimeoutState> self(this);
    auto on_timeout = [self] { self->on_timeout(); };
    if (*when <= loop_->time()) {
      timeout_handler_ = loop_->call_soon(on_timeout);
    } else {
      timeout_handler_ = loop_->call_at(*when, on_timeout);
    }
  }
  return nullptr;
}

std::string TimeoutState::describe() const {
  std::string text = std::string("<Timeout [") + state_name(state_) + "]";
  if (state_ == State::entered) {
    char when[64] = "None";
    if (when_) std::snprintf(when, sizeof when, "%.17g", std::round(*when_ * 1000) / 1000);
    text += std::string(" when=") + when;
  }
  return text + ">";
}

Ref<Error> TimeoutState::enter() {
  if (state_ != State::created) {
    return loop_->make_error(ErrorType::runtime, "Timeout has already been entered");
  }
  TaskBase* task = loop_->current_task();
  if (!task) return loop_->make_error(ErrorType::runtime, "Timeout should be used inside a task");
  state_ = State::entered;
  task_ = task;
  cancelling_ = task->cancelling();
  return reschedule(when_);
}

Ref<Error> TimeoutState::exit(const Ref<Error>& raised) {
  if (timeout_handler_) {
    timeout_handler_->cancel();
    timeout_handler_ = nullptr;
  }
  if (state_ == State::expiring) {
    state_ = State::expired;
    if (task_->uncancel() <= cancelling_ && raised && raised->kind() == ErrorKind::cancelled) {
      // No new cancel requests: this one is ours. raise TimeoutError from exc_val
      task_ = nullptr;
      return loop_->make_error(ErrorType::timeout, std::nullopt, raised);
    }
  } else if (state_ == State::entered) {
    state_ = State::exited;
  }
  task_ = nullptr; // the task's frame holds this scope: no cycle
  return nullptr;
}

void TimeoutState::on_timeout() {
  task_->cancel();
  state_ = State::expiring;
  timeout_handler_ = nullptr; // drop the reference early (and the cycle through it)
}

} // namespace detail

Timeout timeout(EventLoop& loop, std::optional<double> delay) {
  return Timeout(loop, delay ? std::optional<double>(loop.time() + *delay) : std::nullopt);
}

Timeout timeout_at(EventLoop& loop, std::optional<double> when) { return Timeout(loop, when); }

} // namespace aio
