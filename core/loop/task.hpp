// Task: a coroutine wrapped in a future (asyncio.Task, tasks.py).
//
// TaskBase is the non-template part, in task.cpp: Task.__step, __wakeup and
// cancel exactly as tasks.py writes them (_must_cancel, _fut_waiter,
// _num_cancels_requested), the "Task-N" name, the registry behind
// all_tasks(). Task<T> is a Future<T> that owns a TaskBase and types the
// result. A task drives any Coroutine (coroutine.hpp): a C++ aio::task (see
// EventLoop::create_task in co_task.hpp) or, through the binding, a Python
// coroutine.
//
// A task is itself the callback the loop runs: scheduled with no future it
// steps (__step), scheduled as the done callback of the future it awaits it
// wakes up (__wakeup). So neither allocates.
#pragma once

#include "loop/coroutine.hpp"
#include "loop/event_loop.hpp"
#include "loop/future.hpp"

#include <cstdint>
#include <memory>
#include <optional>
#include <string>
#include <type_traits>

namespace aio {

namespace detail {

// A task's name in one word: "Task-N" by its number, or a name of its own.
class TaskName {
public:
  explicit TaskName(std::uint64_t number) noexcept : bits_(number << 1 | 1) {}
  TaskName(const TaskName&) = delete;
  TaskName& operator=(const TaskName&) = delete;
  ~TaskName() { delete custom(); }

  // "Task-N" or the name given.
  std::string str() const {
    if (const std::string* name = custom()) return *name;
    return "Task-" + std::to_string(bits_ >> 1);
  }
  // set_name().
  void set(std::string name) {
    delete custom();
    bits_ = reinterpret_cast<std::uintptr_t>(new std::string(std::move(name)));
  }

private:
  // A number (low bit set), or the pointer to the custom name.
  std::string* custom() const noexcept {
    return bits_ & 1 ? nullptr : reinterpret_cast<std::string*>(static_cast<std::uintptr_t>(bits_));
  }
  std::uint64_t bits_;
};

} // namespace detail

// The untyped part of every task (see the top of this file).
class TaskBase {
public:
  TaskBase(const TaskBase&) = delete;
  TaskBase& operator=(const TaskBase&) = delete;

  // Shared ownership through the task's future (Ref<TaskBase> works).
  void retain() noexcept { self_.retain(); }
  void release() noexcept { self_.release(); }
  // The task as a future.
  FutureBase& future() const noexcept { return self_; }

  // A number unique in its loop, for traces.
  std::uint32_t id() const noexcept { return id_; }
  // get_name(): "Task-N" unless a name was given.
  std::string name() const;
  // set_name().
  void set_name(std::string name);
  // get_coro().
  Coroutine& coroutine() const noexcept { return *coro_; }
  // The future the task waits on now (_fut_waiter), or null.
  FutureBase* waiting_on() const noexcept { return fut_waiter_.get(); }

  // Task.cancel(msg): asks the coroutine to raise CancelledError at its next
  // suspension; false when the task is done.
  bool cancel(std::optional<std::string> msg = std::nullopt);
  // Task.cancelling(): the number of pending cancellation requests.
  int cancelling() const noexcept { return num_cancels_requested_; }
  // Task.uncancel(): one request fewer; returns the number left.
  int uncancel() noexcept;
  // Whether destroying the task while pending is reported (gather and
  // run_until_complete turn it off for the tasks they make).
  void set_log_destroy_pending(bool log) noexcept { log_destroy_pending_ = log; }
  // A short repr: "<Task pending name='Task-1'>".
  std::string describe() const;

protected:
  // Registers the task and schedules its first step. `self` is the task's
  // future (its Future<T> part), `coro` the coroutine it drives.
  TaskBase(FutureBase& self, Coroutine& coro, std::optional<std::string> name);
  ~TaskBase();
  // The callback entry point: a step (done == null) or a wakeup. `complete`
  // stores the coroutine's return value in the typed future.
  Ref<Error> run(FutureBase* done, void (*complete)(TaskBase&));
  // Reports "Task was destroyed but it is pending!" (CPython Task.__del__).
  void report_destroyed_pending() noexcept;

private:
  friend class EventLoop;
  Ref<Error> step(Ref<Error> exc, void (*complete)(TaskBase&));
  void suspend_on(FutureBase& awaited, void (*complete)(TaskBase&));
  void throw_in_later(Ref<Error> e, void (*complete)(TaskBase&));
  // Gives up the coroutine of a task that will never run again (loop closing).
  void abandon() noexcept;

  FutureBase& self_;
  Coroutine* coro_;
  // The future the task waits on (CPython _fut_waiter).
  Ref<FutureBase> fut_waiter_;
  detail::TaskName name_;
  std::uint32_t id_;
  int num_cancels_requested_ = 0;
  // The task's place in the loop's registry (all_tasks).
  std::uint32_t registry_index_ = 0;
  bool must_cancel_ = false;
  bool log_destroy_pending_ = true;
};

// A task whose coroutine returns a T: a Future<T> that runs a CoroutineOf<T>.
template <class T>
class Task : public Future<T>, public TaskBase {
public:
  // Schedules the first step of `coro`; the caller keeps `coro` alive for the
  // task's lifetime (co_task.hpp's CppTask holds both in one allocation).
  Task(EventLoop& loop, CoroutineOf<T>& coro, std::optional<std::string> name = std::nullopt)
      : Future<T>(loop, WaitKind::task), TaskBase(*this, coro, std::move(name)) {}
  ~Task() override {
    report_destroyed_pending();
    this->report_unretrieved();
  }

  using Future<T>::retain;
  using Future<T>::release;
  bool cancel(std::optional<std::string> msg = std::nullopt) override {
    return TaskBase::cancel(std::move(msg));
  }
  TaskBase* as_task() noexcept override { return this; }
  std::string describe() const override { return TaskBase::describe(); }

protected:
  Ref<Error> run(FutureBase* done) override { return TaskBase::run(done, &complete_from); }

private:
  // Stores the coroutine's return value as the task's result.
  static void complete_from(TaskBase& base) {
    auto& self = static_cast<Task&>(base);
    if constexpr (std::is_void_v<T>) {
      self.complete();
    } else {
      self.complete(static_cast<CoroutineOf<T>&>(base.coroutine()).take_result());
    }
  }
};

} // namespace aio
