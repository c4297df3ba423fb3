// Callback: anything the loop can run, and Handle: what call_soon/call_at return.
//
// The ready queue holds (callback, future) pairs: call_soon(cb) runs cb with no
// future, and a future that completes schedules each of its done callbacks with
// itself as the argument (CPython: loop.call_soon(callback, self)). A Task is a
// callback too: run with no future it steps, run with the future it awaited it
// wakes up. So scheduling a task's step allocates nothing.
#pragma once

#include "loop/exceptions.hpp"

#include <exception>
#include <optional>
#include <string>
#include <type_traits>
#include <utility>

namespace aio {

class EventLoop;
class FutureBase;

// Something the loop can run.
class Callback : public RefCounted {
public:
  // Runs the callback. `done` is the future whose completion scheduled it (done
  // callbacks) or null (call_soon, timers, a task's own step). A non-null
  // result is an error the callback raised: the loop reports it, or stops with
  // it when it is of kind exit.
  virtual Ref<Error> run(FutureBase* done) = 0;
  // Equality for remove_done_callback (CPython compares with ==). The binding
  // overrides it to compare the Python callables it wraps.
  virtual bool same_as(const Callback& other) const { return this == &other; }
  // A short description for "Exception in callback ..." reports.
  virtual std::string describe() const { return "<callback>"; }

private:
  friend class EventLoop;
  friend class Handle;
  // Set by cancel: the loop skips the callback (CPython Handle._cancelled).
  bool cancelled_ = false;
  // In the timer heap (CPython TimerHandle._scheduled).
  bool scheduled_ = false;
};

// A callback scheduled by call_soon / call_at, which its owner may cancel.
class Handle : public Callback {
public:
  // Cancels the call: the loop skips it, and what the callback holds is dropped now.
  void cancel();
  // Whether cancel() was called.
  bool cancelled() const noexcept { return Callback::cancelled_; }
  // The loop it is scheduled on.
  EventLoop& loop() const noexcept { return *loop_; }

protected:
  explicit Handle(EventLoop& loop) noexcept : loop_(&loop) {}
  // Releases what the callback holds (its function and arguments).
  virtual void drop() {}

private:
  EventLoop* loop_;
};

// A handle scheduled for a time (call_later, call_at).
class TimerHandle : public Handle {
public:
  // The loop time it is due at.
  double when() const noexcept { return when_; }

protected:
  TimerHandle(EventLoop& loop, double when) noexcept : Handle(loop), when_(when) {}

private:
  double when_;
};

// A C++ function usable as a callback: anything but a Callback object itself
// (those are scheduled by reference, without a wrapper).
template <class F>
concept CallbackFunction = !std::is_base_of_v<Callback, std::remove_cvref_t<F>>;

namespace detail {

// Calls f, with the completed future when f takes one; an escaping C++
// exception or a returned Ref<Error> becomes the callback's error.
template <class F>
Ref<Error> invoke_callback(F& f, FutureBase* done) {
  try {
    if constexpr (std::is_invocable_v<F&, FutureBase&>) {
      if constexpr (std::is_same_v<std::invoke_result_t<F&, FutureBase&>, Ref<Error>>) {
        return f(*done);
      } else {
        f(*done);
      }
    } else if constexpr (std::is_same_v<std::invoke_result_t<F&>, Ref<Error>>) {
      return f();
    } else {
      f();
    }
  } catch (...) {
    return to_error(std::current_exception());
  }
  return nullptr;
}

// A C++ function as a handle (Base = Handle or TimerHandle) or a plain done
// callback (Base = Callback).
template <class Base, class F>
class FunctionCallback final : public Base {
public:
  template <class... BaseArgs>
  explicit FunctionCallback(F f, BaseArgs&&... args)
      : Base(std::forward<BaseArgs>(args)...), f_(std::move(f)) {}
  Ref<Error> run(FutureBase* done) override { return invoke_callback(*f_, done); }

private:
  void drop() override { f_.reset(); }
  std::optional<F> f_;
};

template <class F>
class FunctionCallback<Callback, F> final : public Callback {
public:
  explicit FunctionCallback(F f) : f_(std::move(f)) {}
  Ref<Error> run(FutureBase* done) override { return invoke_callback(f_, done); }

private:
  F f_;
};

} // namespace detail

// Wraps a C++ function as a done callback: f() or f(FutureBase&).
template <CallbackFunction F>
Ref<Callback> make_callback(F f) {
  return make_ref<detail::FunctionCallback<Callback, F>>(std::move(f));
}

} // namespace aio
