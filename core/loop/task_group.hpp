// asyncio.TaskGroup (Python 3.11's taskgroups.py).
//
// Tasks created in the group are awaited when the scope exits. The first
// task that fails (other than by cancellation) cancels its siblings and the
// parent task (once: cancelling()/uncancel() keep the count straight); at
// exit the errors are raised together as an ExceptionGroup ("unhandled
// errors in a TaskGroup"), a SystemExit/KeyboardInterrupt as itself.
//
//   aio::TaskGroup g(loop);
//   co_await g.run(body(g));    // async with asyncio.TaskGroup() as g: ...
//   ... inside body: g.create_task(work()).value();
//
// A TaskGroup is a handle: copies share one group.
#pragma once

#include "loop/detail/scope.hpp"

#include <optional>
#include <string>
#include <vector>

namespace aio {

namespace detail {

// The group's state; also the done callback of its tasks (_on_task_done).
class TaskGroupState final : public Callback {
public:
  explicit TaskGroupState(EventLoop& loop) noexcept : loop_(&loop) {}
  EventLoop& loop() const noexcept { return *loop_; }
  // __aenter__, __aexit__, create_task's checks, create_task's registration,
  // repr (see TaskGroup).
  Ref<Error> enter();
  task<void> exit(Ref<Error> raised);
  Ref<Error> check_create() const;
  void adopt(TaskBase& task);
  std::string describe() const override;

private:
  Ref<Error> run(FutureBase* done) override; // _on_task_done
  void abort();

  EventLoop* loop_;
  Ref<TaskBase> parent_task_;
  std::vector<Ref<TaskBase>> tasks_;
  std::vector<Ref<Error>> errors_;
  Ref<Error> base_error_;
  Ref<Future<void>> on_completed_fut_;
  bool entered_ = false;
  bool exiting_ = false;
  bool aborting_ = false;
  bool parent_cancel_requested_ = false;
};

} // namespace detail

// async with asyncio.TaskGroup() as g (a handle on the group's state).
class TaskGroup {
public:
  explicit TaskGroup(EventLoop& loop) : state_(make_ref<detail::TaskGroupState>(loop)) {}

  // create_task(coro, name=...): RuntimeError when the group is not entered,
  // finished or shutting down.
  template <class T>
  Outcome<Ref<Task<T>>> create_task(task<T> coro, std::optional<std::string> name = std::nullopt) {
    if (Ref<Error> e = state_->check_create()) return Outcome<Ref<Task<T>>>::failure(std::move(e));
    // As tasks.create_task: the task takes a "Task-N" number even when named.
    Ref<Task<T>> t = loop().create_task(std::move(coro));
    if (name) t->set_name(std::move(*name));
    state_->adopt(*t);
    return t;
  }
  // For a binding that makes its own tasks: check_create(), then adopt(task).
  Ref<Error> check_create() const { return state_->check_create(); }
  void adopt(TaskBase& task) { state_->adopt(task); }

  // __aenter__: binds the group to the current task.
  Ref<Error> enter() { return state_->enter(); }
  // __aexit__ with the error the block raised (or null): waits for the tasks,
  // then raises what the group raises (or returns to let `raised` go on).
  task<void> exit(Ref<Error> raised) { return state_->exit(std::move(raised)); }
  // async with: runs body inside the group.
  template <class T>
  task<T> run(task<T> body) {
    return detail::with_scope(*this, std::move(body));
  }
  // repr(): "<TaskGroup tasks=2 entered>".
  std::string describe() const { return state_->describe(); }

private:
  // The loop the group's tasks run on.
  EventLoop& loop() const;
  Ref<detail::TaskGroupState> state_;
};

} // namespace aio
