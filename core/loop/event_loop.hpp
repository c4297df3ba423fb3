// EventLoop: the scheduler (asyncio's BaseEventLoop, base_events.py).
//
// A FIFO ready queue of callbacks and a timer heap ordered by (deadline,
// sequence number). One iteration (run_once) is CPython 3.11's
// BaseEventLoop._run_once step for step:
//
//   1. drop cancelled timers from the heap's head, or rebuild the heap without
//      them when more than half of more than 100 timers are cancelled;
//   2. compute the timeout: 0 if anything is ready or the loop is stopping,
//      else until the earliest deadline (at most a day), else forever;
//   3. wait that long: the virtual clock jumps to the deadline, the real clock
//      sleeps (or, driven by pump(), returns to the host), "forever" with no
//      host I/O outstanding is a deadlock and is reported, never waited;
//   4. move every timer with when < now + clock_resolution to the END of the
//      ready queue;
//   5. run exactly the ntodo callbacks that are in the ready queue now,
//      skipping cancelled handles; what they schedule runs next iteration.
//
// All the loop's state lives here: queues, clock, the current task, the
// registry of tasks, the error factory, the exception handler, the observer.
#pragma once

#include "loop/callback.hpp"
#include "loop/clock.hpp"
#include "loop/detail/ready_queue.hpp"
#include "loop/detail/timer_heap.hpp"
#include "loop/error.hpp"
#include "loop/future.hpp"
#include "loop/trace.hpp"

#include <chrono>
#include <cstdint>
#include <functional>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace aio {

class TaskBase;
template <class T>
class Task;
template <class T>
class task;

// Hands out "Task-N" numbers. CPython's counter is process-wide; a loop owns
// one by default, and a binding can share one between its loops.
class TaskCounter : public RefCounted {
public:
  // The next number (1, 2, 3...).
  std::uint64_t next() noexcept { return next_++; }

private:
  std::uint64_t next_ = 1;
};

// What call_exception_handler is told (CPython's context dict).
struct ExceptionContext {
  std::string message;
  Ref<Error> exception;
  const FutureBase* future = nullptr;
  const TaskBase* task = nullptr;
  const Callback* handle = nullptr;
};

// A replacement for the default exception handler (loop.set_exception_handler).
using ExceptionHandler = std::function<void(EventLoop&, const ExceptionContext&)>;

// How a loop is made.
struct LoopOptions {
  LoopOptions(Clock clock = Clock::real_time()) : clock(clock) {}
  Clock clock;
  // Makes the errors the loop raises; null: a BasicErrorFactory of the loop's own.
  ErrorFactory* errors = nullptr;
  // Numbers unnamed tasks; null: a counter of the loop's own.
  Ref<TaskCounter> task_counter;
  // Receives trace events; null: none.
  TraceObserver* observer = nullptr;
  // Where the default exception handler writes; empty: stderr.
  std::function<void(std::string_view)> log;
};

// What pump() leaves the loop waiting for.
enum class Next {
  ready,   // more is ready now: pump again at once
  at,      // nothing before `when`: pump again then
  blocked, // a blocking call holds the loop until `when`: pump again then
  io,      // nothing to do until the host completes I/O (io_end)
  idle,    // nothing ready, no timer, no I/O: all done, or deadlocked
  stopped, // stop() was called (run_until_done's future is done), or an error stopped it
};

// The result of one pump().
struct PumpResult {
  Next next;
  // The loop time for Next::at and Next::blocked.
  double when = 0.0;
  // An error that stopped the loop (SystemExit from a task), else null.
  Ref<Error> error;
};

// What a blocking call (time.sleep) must do; see EventLoop::block.
enum class Block {
  done,  // the time has passed (virtual clock advanced, or the thread slept)
  pause, // return Step::pause() from the coroutine: the host resumes it later
};

class EventLoop {
public:
  // The resolution timers are collected with (CPython: the monotonic clock's, 1e-9).
  static constexpr double clock_resolution = 1e-9;

  explicit EventLoop(LoopOptions options = {});
  EventLoop(const EventLoop&) = delete;
  EventLoop& operator=(const EventLoop&) = delete;
  // Closes the loop and breaks what still holds the pending tasks.
  ~EventLoop();

  // ---- time

  // loop.time(): the clock's current time.
  double time() const noexcept { return clock_.now(); }
  const Clock& clock() const noexcept { return clock_; }
  // Sets the time of a host clock (call before pump).
  void set_time(double now) noexcept { clock_.set(now); }

  // ---- scheduling

  // loop.call_soon(f): runs f() in a later iteration; FIFO.
  template <CallbackFunction F>
  Ref<Handle> call_soon(F f) {
    Ref<Handle> h = make_ref<detail::FunctionCallback<Handle, F>>(std::move(f), *this);
    call_soon(*h);
    return h;
  }
  // loop.call_later(delay, f) = call_at(time() + delay, f).
  template <CallbackFunction F>
  Ref<TimerHandle> call_later(double delay, F f) {
    return call_at(time() + delay, std::move(f));
  }
  // loop.call_at(when, f): runs f() once the clock reaches `when`.
  template <CallbackFunction F>
  Ref<TimerHandle> call_at(double when, F f) {
    Ref<TimerHandle> h =
        make_ref<detail::FunctionCallback<TimerHandle, F>>(std::move(f), *this, when);
    call_at(when, *h);
    return h;
  }
  // Appends an existing callback to the ready queue, to be run with `done`.
  // This is how futures schedule their done callbacks and tasks their steps:
  // it allocates nothing once the queue has grown.
  void call_soon(Callback& cb, FutureBase* done = nullptr) {
    cb.retain();
    if (done) done->retain();
    ready_.push_back({&cb, done});
  }
  // Puts an existing callback in the timer heap, due at `when`. A callback
  // scheduled this way must not be scheduled again (its cancelled flag is
  // the timer's).
  void call_at(double when, Callback& cb);
  // Cancels a callback's pending call (Handle.cancel / TimerHandle.cancel):
  // the loop will skip it.
  void cancel_callback(Callback& cb) noexcept;

  // ---- running

  // One iteration (see the top of this file). Returns an error that stopped
  // it: a BaseException of kind exit raised by a task, or a deadlock.
  Ref<Error> run_once();
  // Runs iterations until stop(); returns what stopped it early (as run_once).
  Ref<Error> run_forever();
  // Makes run_forever() / pump() return after the current iteration.
  void stop() noexcept { stopping_ = true; }
  bool is_running() const noexcept { return running_; }
  bool is_closed() const noexcept { return closed_; }
  // Clears the queues; the loop cannot be run again. RuntimeError if running.
  Ref<Error> close();

  // loop.run_until_complete(future) for the binding: runs until the future is
  // done and returns the error its result() raises (null for a value), or
  // what stopped the loop first (exit, deadlock, "Event loop stopped before
  // Future completed.").
  Ref<Error> run_until_done(FutureBase& future);
  // loop.run_until_complete(coro) for C++: wraps the coroutine in a task,
  // runs it and returns its result or throws its error (see co_task.hpp).
  template <class T>
  T run_until_complete(task<T> coro);
  // The two halves of run_until_done, for a host that drives the loop with
  // pump(): begin, pump until Next::stopped, then end gives the result.
  Ref<Error> begin_run_until(FutureBase& future);
  Ref<Error> end_run_until(FutureBase& future, Ref<Error> stopped_by = nullptr);

  // Runs ready callbacks and due timers for at most `slice` seconds of real
  // time (a callback is never interrupted), then says what the loop waits for.
  // The host calls it from its own event loop, so the loop never blocks the
  // host: a real or host clock returns Next::at instead of sleeping.
  PumpResult pump(double slice);

  // ---- tasks and futures

  // loop.create_task(coro, name=name): wraps a C++ coroutine in a scheduled
  // Task (see co_task.hpp). Without a name it is "Task-N".
  template <class T>
  Ref<Task<T>> create_task(task<T> coro, std::optional<std::string> name = std::nullopt);
  // loop.create_future().
  template <class T = void>
  Ref<Future<T>> create_future(WaitKind what = WaitKind::future) {
    return make_ref<Future<T>>(*this, what);
  }
  // The task whose step is running, or null.
  TaskBase* current_task() const noexcept { return current_task_; }
  // The tasks of this loop that are not done, in creation order.
  std::vector<Ref<TaskBase>> all_tasks() const;

  // ---- errors

  // The factory every error of the loop is made with.
  ErrorFactory& errors() const noexcept { return *errors_; }
  // Shorthand for errors().make({type, message, cause, subject}).
  Ref<Error> make_error(ErrorType type, std::optional<std::string> message = std::nullopt,
                        Ref<Error> cause = nullptr, const FutureBase* subject = nullptr);
  // loop.set_exception_handler(handler); an empty one restores the default.
  void set_exception_handler(ExceptionHandler handler) { handler_ = std::move(handler); }
  // loop.call_exception_handler(context).
  void call_exception_handler(const ExceptionContext& context);
  // The default handler: writes the message, the objects involved and the
  // exception to the log (LoopOptions::log).
  void default_exception_handler(const ExceptionContext& context);

  // ---- trace and host

  void set_observer(TraceObserver* observer) noexcept { observer_ = observer; }
  TraceObserver* observer() const noexcept { return observer_; }
  // The host started / finished an I/O operation the loop waits for: with
  // I/O outstanding, an empty loop waits for the host instead of deadlocking.
  void io_begin() noexcept { ++io_pending_; }
  void io_end() noexcept { --io_pending_; }
  int io_pending() const noexcept { return io_pending_; }
  // A blocking call (time.sleep(seconds)) inside a step. The virtual clock
  // moves forward by `seconds`; a real clock run by run_forever sleeps; a
  // real or host clock driven by pump() returns Block::pause: the coroutine
  // must return Step::pause(), pump returns Next::blocked, and the same step
  // is resumed first once the time has come.
  Block block(double seconds);

  // ---- used by tasks (task.cpp)

  // _enter_task / _leave_task.
  void enter_task(TaskBase& task) noexcept { current_task_ = &task; }
  void leave_task() noexcept { current_task_ = nullptr; }
  // Adds a task to / removes it from the registry behind all_tasks().
  void register_task(TaskBase& task);
  void unregister_task(TaskBase& task) noexcept;
  // A number for a new task's trace id (unique in this loop).
  std::uint32_t next_task_id() noexcept { return next_task_id_++; }
  // The "Task-N" counter.
  TaskCounter& task_counter() noexcept { return *task_counter_; }
  // Schedules a paused step to run first, inside the current batch.
  void resume_first(Callback& cb);

private:
  // How an iteration ended (see iterate()).
  enum class Iteration { ran, sliced, wait_until, wait_forever, blocked, failed };
  // Who drives the loop: run_forever waits in place, pump returns to the host.
  enum class Driver { self, host };

  Ref<Error> check_runnable();
  Iteration iterate(Driver driver, std::chrono::steady_clock::time_point slice_end);
  void prune_timers();
  void collect_due_timers();
  Iteration run_batch(Driver driver, std::chrono::steady_clock::time_point slice_end);
  Ref<Error> deadlock_error();

  Clock clock_;
  detail::ReadyQueue ready_;
  detail::TimerHeap timers_;
  // Callbacks of the current iteration not run yet (CPython's ntodo).
  std::size_t batch_left_ = 0;
  std::size_t timer_cancelled_count_ = 0;
  std::uint64_t timer_seq_ = 0;
  bool stopping_ = false;
  bool running_ = false;
  bool closed_ = false;
  // A pump-driven blocking call holds the loop until blocked_until_.
  bool blocked_ = false;
  Driver driver_ = Driver::self;
  double blocked_until_ = 0.0;
  int io_pending_ = 0;
  // Why the last iteration stopped early, and the deadline it waits for.
  Ref<Error> failure_;
  double wait_until_ = 0.0;

  TaskBase* current_task_ = nullptr;
  // The registry of live tasks, in creation order; a task that is gone
  // leaves a null until the vector is compacted.
  std::vector<TaskBase*> tasks_;
  std::size_t gone_tasks_ = 0;
  std::uint32_t next_task_id_ = 1;
  Ref<TaskCounter> task_counter_;

  BasicErrorFactory basic_errors_;
  ErrorFactory* errors_;
  ExceptionHandler handler_;
  std::function<void(std::string_view)> log_;
  TraceObserver* observer_;
  // The done callback of run_until_done's future (_run_until_complete_cb).
  Ref<Callback> stop_when_done_;
};

} // namespace aio
