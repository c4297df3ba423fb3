#include "loop/task_group.hpp"

#include <algorithm>

namespace aio {

namespace detail {

namespace {

// TaskGroup._is_base_error: SystemExit and KeyboardInterrupt.
bool is_base_error(const Ref<Error>& e) { return e->kind() == ErrorKind::exit; }

} // namespace

std::string TaskGroupState::describe() const {
  std::string text = "<TaskGroup";
  if (!tasks_.empty()) text += " tasks=" + std::to_string(tasks_.size());
  if (!errors_.empty()) text += " errors=" + std::to_string(errors_.size());
  if (aborting_) {
    text += " cancelling";
  } else if (entered_) {
    text += " entered";
  }
  return text + ">";
}

Ref<Error> TaskGroupState::enter() {
  if (entered_) {
    return loop_->make_error(ErrorType::runtime,
                             "TaskGroup " + describe() + " has already been entered");
  }
  parent_task_ = loop_->current_task();
  if (!parent_task_) {
    return loop_->make_error(ErrorType::runtime,
                             "TaskGroup " + describe() + " cannot determine the parent task");
  }
  entered_ = true;
  return nullptr;
}

Ref<Error> TaskGroupState::check_create() const {
  const char* problem = nullptr;
  if (!entered_) {
    problem = " has not been entered";
  } else if (exiting_ && tasks_.empty()) {
    problem = " is finished";
  } else if (aborting_) {
    problem = " is shutting down";
  }
  if (!problem) return nullptr;
  return loop_->make_error(ErrorType::runtime, "TaskGroup " + describe() + problem);
}

void TaskGroupState::adopt(TaskBase& task) {
  task.future().add_done_callback(*this);
  tasks_.emplace_back(&task);
}

void TaskGroupState::abort() {
  aborting_ = true;
  for (const Ref<TaskBase>& t : tasks_) {
    if (!t->future().done()) t->cancel();
  }
}

Ref<Error> TaskGroupState::run(FutureBase* done) {
  TaskBase& task = *done->as_task();
  tasks_.erase(std::find(tasks_.begin(), tasks_.end(), Ref<TaskBase>(&task)));
  if (on_completed_fut_ && tasks_.empty() && !on_completed_fut_->done()) {
    (void)on_completed_fut_->set_result();
  }
  if (done->cancelled()) return nullptr;
  Ref<Error> exc = done->exception().value();
  if (!exc) return nullptr;
  errors_.push_back(exc);
  if (is_base_error(exc) && !base_error_) base_error_ = exc;
  if (parent_task_->future().done()) {
    ExceptionContext context;
    context.message = "Task " + task.describe() + " has errored out but its parent task " +
                      parent_task_->describe() + " is already completed";
    context.exception = exc;
    context.task = &task;
    loop_->call_exception_handler(context);
    return nullptr;
  }
  if (!aborting_ && !parent_cancel_requested_) {
    // Cancel the parent to stop whatever the body awaits now; exit()
    // uncancels it.
    abort();
    parent_cancel_requested_ = true;
    parent_task_->cancel();
  }
  return nullptr;
}

task<void> TaskGroupState::exit(Ref<Error> raised) {
  Ref<TaskGroupState> keep(this);
  exiting_ = true;
  if (raised && is_base_error(raised) && !base_error_) base_error_ = raised;
  bool raised_cancelled = raised && raised->kind() == ErrorKind::cancelled;
  Ref<Error> propagate_cancellation_error = raised_cancelled ? raised : nullptr;
  if (parent_cancel_requested_) {
    // If this flag is set we must call uncancel().
    if (parent_task_->uncancel() == 0) propagate_cancellation_error = nullptr;
  }
  if (raised && !aborting_) abort();
  while (!tasks_.empty()) {
    if (!on_completed_fut_) on_completed_fut_ = loop_->create_future(WaitKind::task_group);
    if (Ref<Error> e = co_await try_await(on_completed_fut_)) {
      if (e->kind() != ErrorKind::cancelled) raise(std::move(e));
      if (!aborting_) {
        // The parent task is being cancelled while tasks still run.
        propagate_cancellation_error = std::move(e);
        abort();
      }
    }
    on_completed_fut_ = nullptr;
  }
  if (base_error_) raise(base_error_);
  // Other errors have priority over a CancelledError.
  if (propagate_cancellation_error && errors_.empty()) raise(propagate_cancellation_error);
  if (raised && !raised_cancelled) errors_.push_back(raised);
  if (!errors_.empty()) {
    std::vector<Ref<Error>> errors = std::move(errors_);
    errors_.clear();
    raise(loop_->errors().make_group("unhandled errors in a TaskGroup", std::move(errors)));
  }
}

} // namespace detail

EventLoop& TaskGroup::loop() const { return state_->loop(); }

} // namespace aio
