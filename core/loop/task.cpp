#include "loop/task.hpp"

namespace aio {

TaskBase::TaskBase(FutureBase& self, Coroutine& coro, std::optional<std::string> name)
    : self_(self), coro_(&coro), name_(name ? 0 : self.loop().task_counter().next()),
      id_(self.loop().next_task_id()) {
  EventLoop& loop = self.loop();
  if (name) name_.set(std::move(*name));
  loop.call_soon(self_); // self._loop.call_soon(self.__step)
  loop.register_task(*this);
  if (TraceObserver* o = loop.observer()) o->task_created(*this, loop.current_task());
}

TaskBase::~TaskBase() { self_.loop().unregister_task(*this); }

std::string TaskBase::name() const { return name_.str(); }

void TaskBase::set_name(std::string name) { name_.set(std::move(name)); }

std::string TaskBase::describe() const {
  std::string text = "<Task ";
  switch (self_.state()) {
  case FutureState::pending: text += "pending"; break;
  case FutureState::cancelled: text += "cancelled"; break;
  case FutureState::finished: text += "finished"; break;
  }
  text += " name='" + name() + "'";
  if (self_.state() == FutureState::finished && self_.error_) {
    text += " exception=" + self_.error_->repr();
  }
  return text + ">";
}

bool TaskBase::cancel(std::optional<std::string> msg) {
  self_.clear_log_traceback();
  if (self_.done()) return false;
  ++num_cancels_requested_;
  // Leave fut_waiter_: it may be a task that ignores the cancellation, to be
  // cancelled again later.
  if (Ref<FutureBase> waiter = fut_waiter_; waiter && waiter->cancel(msg)) return true;
  // The step is scheduled already: it throws CancelledError in.
  must_cancel_ = true;
  self_.set_cancel_message(std::move(msg));
  return true;
}

int TaskBase::uncancel() noexcept {
  if (num_cancels_requested_ > 0) --num_cancels_requested_;
  return num_cancels_requested_;
}

Ref<Error> TaskBase::run(FutureBase* done, void (*complete)(TaskBase&)) {
  if (!done) return step(nullptr, complete);
  // __wakeup(future): future.result() raises into the coroutine, or sends None.
  return step(done->check_result(), complete);
}

Ref<Error> TaskBase::step(Ref<Error> exc, void (*complete)(TaskBase&)) {
  EventLoop& loop = self_.loop();
  if (must_cancel_) {
    if (!exc || exc->kind() != ErrorKind::cancelled) exc = self_.make_cancelled_error();
    must_cancel_ = false;
  }
  fut_waiter_ = nullptr;
  loop.enter_task(*this);
  TraceObserver* observer = loop.observer();
  if (observer) [[unlikely]]
    observer->step_started(*this);

  Step result = coro_->resume(exc.get());
  exc = nullptr;
  Ref<Error> reraise;
  switch (result.kind()) {
  case Step::Kind::returned:
    if (must_cancel_) {
      // Cancelled right before the coroutine returned.
      must_cancel_ = false;
      const std::string* msg = self_.cancel_message();
      self_.cancel_future(msg ? std::optional<std::string>(*msg) : std::nullopt);
    } else {
      complete(*this);
    }
    break;
  case Step::Kind::raised:
    if (result.error()->kind() == ErrorKind::cancelled) {
      // Kept for make_cancelled_error, as CPython keeps _cancelled_exc.
      self_.save_cancelled_error(result.error());
      self_.cancel_future(std::nullopt);
    } else {
      self_.finish(result.error());
      // KeyboardInterrupt and SystemExit go on out of the loop.
      if (result.error()->kind() == ErrorKind::exit) reraise = result.error();
    }
    break;
  case Step::Kind::awaiting: suspend_on(*result.future(), complete); break;
  case Step::Kind::yielded:
    // A bare yield gives up control for one iteration.
    loop.call_soon(self_);
    if (observer) [[unlikely]]
      observer->task_suspended(*this, {WaitKind::yield, 0.0, nullptr, nullptr});
    break;
  case Step::Kind::paused:
    loop.resume_first(self_);
    if (observer) [[unlikely]]
      observer->task_suspended(*this, {WaitKind::paused, 0.0, nullptr, nullptr});
    break;
  }
  if (observer) [[unlikely]] {
    if (self_.done()) observer->task_done(*this);
    observer->step_finished(*this);
  }
  loop.leave_task();
  return reraise;
}

void TaskBase::suspend_on(FutureBase& awaited, void (*complete)(TaskBase&)) {
  EventLoop& loop = self_.loop();
  if (&awaited.loop() != &loop) {
    throw_in_later(loop.make_error(ErrorType::runtime,
                                   "Task " + describe() + " got Future " + awaited.describe() +
                                       " attached to a different loop",
                                   nullptr, &self_),
                   complete);
    return;
  }
  if (&awaited == &self_) {
    throw_in_later(loop.make_error(ErrorType::runtime, "Task cannot await on itself: " + describe(),
                                   nullptr, &self_),
                   complete);
    return;
  }
  awaited.add_done_callback(self_); // __wakeup
  fut_waiter_ = &awaited;
  if (must_cancel_) {
    const std::string* msg = self_.cancel_message();
    if (awaited.cancel(msg ? std::optional<std::string>(*msg) : std::nullopt)) {
      must_cancel_ = false;
    }
  }
  if (TraceObserver* observer = loop.observer()) [[unlikely]] {
    observer->task_suspended(*this,
                             {awaited.what(), awaited.wait_until(), &awaited, awaited.as_task()});
  }
}

void TaskBase::throw_in_later(Ref<Error> e, void (*complete)(TaskBase&)) {
  Ref<TaskBase> self(this);
  self_.loop().call_soon([self, e, complete]() { return self->step(e, complete); });
}

void TaskBase::report_destroyed_pending() noexcept {
  if (self_.state() != FutureState::pending || !log_destroy_pending_) return;
  ExceptionContext context;
  context.message = "Task was destroyed but it is pending!";
  context.task = this;
  self_.loop().call_exception_handler(context);
}

void TaskBase::abandon() noexcept {
  if (fut_waiter_) {
    fut_waiter_->remove_done_callback(self_);
    fut_waiter_ = nullptr;
  }
  self_.drop_done_callbacks();
  coro_->close();
}

} // namespace aio
