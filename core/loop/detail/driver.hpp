// Driver: how the frames of one aio::task chain talk to the TaskCoroutine
// that resumes them.
//
// A Task resumes its coroutine once per step. With C++ coroutines that step
// may run several frames: `co_await child()` starts the child inline (as
// awaiting a coroutine does in Python), and when the innermost frame (the
// leaf) suspends on a future, the whole chain suspends and the step ends.
// The frames share one Driver: awaiters record what the leaf did (awaiting a
// future, yielding, starting a child, finishing), and TaskCoroutine resumes
// the leaf in a loop (a trampoline: no recursion, so no stack growth in wasm,
// where symmetric transfer is not a tail call).
#pragma once

#include "compat/coroutine.hpp"
#include "loop/exceptions.hpp"

#include <cstdint>
#include <utility>

namespace aio {

class EventLoop;
class FutureBase;

namespace detail {

// The shared state of one chain of frames (see the top of this file).
class Driver {
public:
  // What the last resumed frame did.
  enum class Signal : std::uint8_t {
    lost,     // suspended on something that is not an aio awaitable (a bug)
    transfer, // control moved to another frame of the chain: resume `leaf`
    yielded,  // sleep(0): end the step, reschedule
    awaiting, // suspended on `awaited`: end the step
    paused,   // a blocking call paused the loop: end the step, resume first
    finished, // the root frame finished
  };

  explicit Driver(EventLoop& loop) noexcept : loop_(&loop) {}

  // The loop the chain runs on (the task's).
  EventLoop& loop() const noexcept { return *loop_; }
  // The frame to resume next (null before the first resume).
  coro::coroutine_handle<> leaf() const noexcept { return leaf_; }
  // What the last resumed frame did.
  Signal signal() const noexcept { return signal_; }
  // The future of Signal::awaiting.
  FutureBase* awaited() const noexcept { return awaited_; }

  // ---- used by TaskCoroutine

  // Starts at the root frame.
  void start(coro::coroutine_handle<> root) noexcept { leaf_ = root; }
  // Resumes frames until one ends the step; `thrown` is what the leaf raises.
  Signal run(Error* thrown) {
    thrown_ = thrown;
    do {
      signal_ = Signal::lost;
      leaf_.resume();
    } while (signal_ == Signal::transfer);
    return signal_;
  }

  // ---- used by awaiters (the leaf's side)

  // The leaf `h` suspends on future f.
  void await_future(coro::coroutine_handle<> h, FutureBase& f) noexcept {
    leaf_ = h;
    awaited_ = &f;
    signal_ = Signal::awaiting;
  }
  // The leaf `h` yields (sleep(0)) or pauses (a blocking call).
  void suspend(coro::coroutine_handle<> h, Signal why) noexcept {
    leaf_ = h;
    signal_ = why;
  }
  // Control moves to frame h (a child starting, or a parent resuming).
  void transfer(coro::coroutine_handle<> h) noexcept {
    leaf_ = h;
    signal_ = Signal::transfer;
  }
  // The root frame is done.
  void finish() noexcept { signal_ = Signal::finished; }
  // The error the step was resumed with, if any (Task.__step's coro.throw):
  // every awaiter that suspended takes it first on resumption, and raises it.
  Ref<Error> take_thrown() noexcept { return Ref<Error>(std::exchange(thrown_, nullptr)); }
  // Throws the error the step was resumed with, if any.
  void rethrow() {
    if (Ref<Error> e = take_thrown()) raise(std::move(e));
  }

private:
  EventLoop* loop_;
  coro::coroutine_handle<> leaf_;
  // The future of Signal::awaiting, then (from the next resume) the error to
  // throw in: never both at once.
  union {
    FutureBase* awaited_ = nullptr;
    Error* thrown_;
  };
  Signal signal_ = Signal::lost;
};

} // namespace detail
} // namespace aio
