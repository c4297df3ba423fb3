// Trace hooks: what the loop tells an observer (the page's timeline, tests).
//
// The loop holds at most one TraceObserver; with none attached each hook
// costs one predictable branch. Hooks are called synchronously from inside
// the loop and must not re-enter it (no scheduling, no cancelling).
#pragma once

#include <cstdint>

namespace aio {

class FutureBase;
class TaskBase;

// What a future is for, set by the primitive that made it, so that a trace can
// say what a task is suspended on. Also the suspension kinds that involve no
// future (yield, paused).
enum class WaitKind : std::uint8_t {
  future,     // a plain future
  task,       // another task
  sleep,      // asyncio.sleep(d > 0)
  yield,      // asyncio.sleep(0): rescheduled at once, no future
  paused,     // a blocking call paused the whole loop (time.sleep, input)
  gather,     // asyncio.gather
  wait,       // asyncio.wait
  wait_for,   // asyncio.wait_for
  shield,     // asyncio.shield
  queue_get,  // Queue.get on an empty queue
  queue_put,  // Queue.put on a full queue
  queue_join, // Queue.join
  lock,       // Lock.acquire
  event,      // Event.wait
  semaphore,  // Semaphore.acquire
  condition,  // Condition.wait
  task_group, // a TaskGroup waiting for its tasks at exit
};

// The name of a wait kind ("sleep", "queue_get", ...).
const char* to_string(WaitKind kind) noexcept;

// What a task is suspended on.
struct Wait {
  WaitKind kind;
  // The loop time a sleep or a pause ends at; 0 for the other kinds.
  double until;
  // The future awaited (null for yield and paused).
  const FutureBase* future;
  // The task awaited, when kind == task.
  const TaskBase* task;
};

// Receives the loop's events. Every hook does nothing by default.
class TraceObserver {
public:
  virtual ~TraceObserver() = default;
  // A task was made; `parent` is the task that was running then (or null).
  virtual void task_created(const TaskBase& task, const TaskBase* parent) {}
  // The loop is about to resume the task's coroutine.
  virtual void step_started(const TaskBase& task) {}
  // The task's coroutine gave control back (after task_suspended or task_done).
  virtual void step_finished(const TaskBase& task) {}
  // The task's coroutine suspended.
  virtual void task_suspended(const TaskBase& task, const Wait& on) {}
  // The task finished: read its state, result or error from the task.
  virtual void task_done(const TaskBase& task) {}
  // A timer was put in the heap; `seq` orders timers with equal deadlines.
  virtual void timer_scheduled(std::uint64_t seq, double when) {}
  // A timer came due and moved to the ready queue.
  virtual void timer_fired(std::uint64_t seq, double when) {}
  // A blocking call (time.sleep) holds the whole loop until `until`.
  virtual void loop_blocked(double until) {}
};

} // namespace aio
