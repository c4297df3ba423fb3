// Coroutine: the one interface a Task drives, step by step.
//
// A C++20 aio::task (co_task.hpp) and an interpreted Python coroutine frame
// (the binding) both implement it; the Task does not know which it runs. It
// mirrors what Task.__step does with a Python coroutine object:
//
//   resume(nullptr)  = coro.send(None)
//   resume(error)    = coro.throw(error)
//
// and what comes back is a Step. The result of an awaited future is NOT sent
// in: like Future.__await__ (`yield self; return self.result()`), the
// coroutine reads it from the future it awaited when it is resumed.
#pragma once

#include "loop/error.hpp"

namespace aio {

class FutureBase;

// How a coroutine gave control back.
class Step {
public:
  enum class Kind : std::uint8_t {
    yielded,  // a bare yield (sleep(0)): reschedule the task at once
    awaiting, // suspended on future(): wake the task when it is done
    returned, // finished with a value (CoroutineOf<T>::take_result)
    raised,   // finished with error()
    paused,   // a blocking call paused the loop mid-step (EventLoop::block)
  };

  static Step yield() noexcept { return Step(Kind::yielded, nullptr, nullptr); }
  // The coroutine keeps `f` alive until it is resumed.
  static Step await(FutureBase& f) noexcept { return Step(Kind::awaiting, &f, nullptr); }
  static Step returned() noexcept { return Step(Kind::returned, nullptr, nullptr); }
  static Step raise(Ref<Error> e) noexcept { return Step(Kind::raised, nullptr, std::move(e)); }
  static Step pause() noexcept { return Step(Kind::paused, nullptr, nullptr); }

  Kind kind() const noexcept { return kind_; }
  // The future of Kind::awaiting.
  FutureBase* future() const noexcept { return future_; }
  // The error of Kind::raised.
  const Ref<Error>& error() const noexcept { return error_; }

private:
  Step(Kind kind, FutureBase* future, Ref<Error> error) noexcept
      : kind_(kind), future_(future), error_(std::move(error)) {}
  Kind kind_;
  FutureBase* future_;
  Ref<Error> error_;
};

// A coroutine a Task can drive.
class Coroutine {
public:
  // Sends None (thrown == nullptr) or throws `thrown` in, and runs the
  // coroutine to its next suspension or to its end.
  virtual Step resume(Error* thrown) = 0;
  // The task will never resume it again (its loop is closing with the task
  // still pending): drop the frame and what it holds, which breaks the
  // reference cycles a pending task sits in.
  virtual void close() noexcept = 0;
  // The coroutine's name for traces and reprs (Python: its __qualname__).
  virtual std::string name() const { return "coroutine"; }

protected:
  ~Coroutine() = default;
};

// A coroutine whose return value is a T.
template <class T>
class CoroutineOf : public Coroutine {
public:
  // The return value, once resume() said Step::returned (called once).
  virtual T take_result() = 0;
};

// A coroutine that returns nothing.
template <>
class CoroutineOf<void> : public Coroutine {};

} // namespace aio
