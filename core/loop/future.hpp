// Future: a result that will exist later (asyncio.Future, futures.py).
//
// FutureBase holds everything that does not depend on the result type: the
// state, the error, the done callbacks, cancellation. Future<T> adds the
// value. Callbacks are never called inline: completing a future schedules
// each of them with call_soon, in the order they were added.
//
// Errors travel as values: result() returns an Outcome<T>, and the functions
// that raise in CPython (set_result on a done future...) return the error.
#pragma once

#include "loop/callback.hpp"
#include "loop/outcome.hpp"
#include "loop/trace.hpp"

#include <cstdint>
#include <memory>
#include <optional>
#include <string>
#include <vector>

namespace aio {

class EventLoop;
class TaskBase;

// The three states of a future (CPython _PENDING, _CANCELLED, _FINISHED).
enum class FutureState : std::uint8_t { pending, cancelled, finished };

// The untyped part of every future. A future is also a Callback so that the
// primitives built on it (tasks, sleeps, gather) can be scheduled without a
// second allocation; a plain future is never run.
class FutureBase : public Callback {
public:
  // The loop it belongs to.
  EventLoop& loop() const noexcept { return *loop_; }
  FutureState state() const noexcept { return static_cast<FutureState>(state_); }
  // Finished or cancelled.
  bool done() const noexcept { return state() != FutureState::pending; }
  bool cancelled() const noexcept { return state() == FutureState::cancelled; }

  // What the future is for (see WaitKind); primitives set it, traces read it.
  WaitKind what() const noexcept { return what_; }
  void set_what(WaitKind what) noexcept { what_ = what; }

  // A slot for the binding: the Python object that wraps this future. (Kept
  // with the cold fields: the C++ side never needs it.)
  void* binding() const noexcept { return cold_ ? cold_->binding : nullptr; }
  void set_binding(void* wrapper) { cold().binding = wrapper; }

  // Cancels the future and schedules its callbacks; false when already done.
  // A Task overrides it (the request travels to its coroutine).
  virtual bool cancel(std::optional<std::string> msg = std::nullopt);
  // The message cancel() was given (null when none): CPython _cancel_message.
  const std::string* cancel_message() const noexcept;
  // The CancelledError to raise for a cancelled future (CPython
  // _make_cancelled_error): the one a task's coroutine raised the first time,
  // a new one with the cancel message afterwards.
  Ref<Error> make_cancelled_error();

  // The error result() raises, or null when the value can be read. Like
  // result(), it marks an exception as retrieved.
  Ref<Error> check_result();
  // CPython exception(): the exception (null for a result), or the error that
  // exception() raises (cancelled, not done).
  Outcome<Ref<Error>> exception();
  // Marks the future failed and schedules its callbacks; returns
  // InvalidStateError when it is done already, RuntimeError for a task.
  Ref<Error> set_exception(Ref<Error> e);

  // Adds a callback run (through call_soon, with this future) once the
  // future is done; scheduled at once when it is done already.
  void add_done_callback(Callback& cb);
  // Wraps f() or f(FutureBase&) and adds it; keep the result to remove it.
  template <CallbackFunction F>
  Ref<Callback> add_done_callback(F f) {
    Ref<Callback> cb = make_callback(std::move(f));
    add_done_callback(*cb);
    return cb;
  }
  // Removes every callback equal to cb (Callback::same_as); returns how many.
  std::size_t remove_done_callback(const Callback& cb);

  // Whether a set exception was never retrieved (CPython __log_traceback):
  // destroying the future then reports "exception was never retrieved".
  bool log_traceback() const noexcept { return log_traceback_; }
  // Gives up that report (the binding reports from its own finalizer).
  void clear_log_traceback() noexcept { log_traceback_ = false; }

  // When waiting on this future ends if that is known (a sleep's deadline), else 0.
  virtual double wait_until() const noexcept { return 0.0; }
  // The task this future is, or null.
  virtual TaskBase* as_task() noexcept { return nullptr; }
  // A short repr: "<Future pending>", "<Future finished exception=...>".
  std::string describe() const override;

protected:
  FutureBase(EventLoop& loop, WaitKind what) noexcept : what_(what), loop_(&loop) {}
  ~FutureBase() override;
  // A plain future is never scheduled.
  Ref<Error> run(FutureBase*) override { return nullptr; }

  // Marks the future finished with the value the subclass stored, and
  // schedules the callbacks.
  void finish();
  // Marks the future finished with an error, and schedules the callbacks.
  void finish(Ref<Error> e);
  // Cancels a pending future whatever cancel() does in the subclass
  // (Future.cancel, as Task calls super().cancel()).
  bool cancel_future(std::optional<std::string> msg);
  // Keeps the CancelledError a task's coroutine raised, for make_cancelled_error.
  void save_cancelled_error(Ref<Error> e) { error_ = std::move(e); }
  // Stores the message a later cancel_future() uses (Task._cancel_message).
  void set_cancel_message(std::optional<std::string> msg);
  // The error set_result/set_exception return when they may not be used, or null.
  Ref<Error> check_settable(const char* operation) const;
  // Reports a set exception nobody retrieved (CPython Future.__del__). Called
  // by the most derived destructor, while virtual calls still work.
  void report_unretrieved() noexcept;
  // The class name Python would print ("Future", "Task", "_GatheringFuture").
  const char* class_name() const noexcept;

private:
  friend class TaskBase;
  // What most futures never need: a second callback, a cancel message, the
  // binding's wrapper.
  struct Cold {
    std::vector<Ref<Callback>> callbacks;
    std::optional<std::string> cancel_message;
    void* binding = nullptr;
  };
  Cold& cold();
  void schedule_callbacks();
  // Forgets every done callback (a task abandoned by its closing loop).
  void drop_done_callbacks() noexcept;

  std::uint8_t state_ : 2 = 0;
  std::uint8_t log_traceback_ : 1 = 0;
  WaitKind what_;
  EventLoop* loop_;
  // finished: the exception (null for a result); cancelled: the CancelledError
  // a task's coroutine raised, consumed by make_cancelled_error.
  Ref<Error> error_;
  // The first done callback (most futures have at most one).
  Ref<Callback> callback0_;
  std::unique_ptr<Cold> cold_;
};

// A future with a value of type T (void: none).
template <class T>
class Future : public FutureBase {
public:
  using value_type = T;
  explicit Future(EventLoop& loop, WaitKind what = WaitKind::future) noexcept
      : FutureBase(loop, what) {}
  ~Future() override { report_unretrieved(); }

  // CPython result(): the value, or the error it raises (CancelledError,
  // InvalidStateError when not done, or the exception set).
  Outcome<T> result() {
    if (Ref<Error> e = check_result()) return Outcome<T>::failure(std::move(e));
    return *value_;
  }
  // Marks the future done with a value and schedules its callbacks; returns
  // InvalidStateError when it is done already, RuntimeError for a task.
  Ref<Error> set_result(T value) {
    if (Ref<Error> e = check_settable("set_result")) return e;
    complete(std::move(value));
    return nullptr;
  }

protected:
  // Completes without the checks (a task finishing).
  void complete(T value) {
    value_.emplace(std::move(value));
    finish();
  }

private:
  std::optional<T> value_;
};

template <>
class Future<void> : public FutureBase {
public:
  using value_type = void;
  explicit Future(EventLoop& loop, WaitKind what = WaitKind::future) noexcept
      : FutureBase(loop, what) {}
  ~Future() override { report_unretrieved(); }

  Outcome<void> result() {
    if (Ref<Error> e = check_result()) return Outcome<void>::failure(std::move(e));
    return {};
  }
  Ref<Error> set_result() {
    if (Ref<Error> e = check_settable("set_result")) return e;
    complete();
    return nullptr;
  }

protected:
  void complete() { finish(); }
};

// CPython futures._set_result_unless_cancelled.
template <class T, class... V>
void set_result_unless_cancelled(Future<T>& f, V&&... value) {
  if (!f.cancelled()) (void)f.set_result(std::forward<V>(value)...);
}

} // namespace aio
