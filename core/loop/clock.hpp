// The loop's clock: where loop.time() comes from and how waiting passes time.
//
//   real     steady time since the loop was made, times a speed factor;
//            waiting sleeps (native) or returns to the host (pump).
//   virtual  starts at 0.0 and only moves when the loop would wait: it jumps to
//            the earliest deadline exactly (now = deadline), or forward by a
//            blocking sleep (now = now + seconds). This is the arithmetic of
//            tests/conformance/oracle/cpython_vclock.py, so times are
//            bit-identical to CPython under that tool.
//   host     the caller of EventLoop::pump() says what time it is.
#pragma once

#include <chrono>

namespace aio {

// Which clock a loop runs on.
enum class ClockKind {
  real_time,    // steady clock, scaled
  virtual_time, // jumps to deadlines (deterministic)
  host_time,    // supplied by the host on every pump
};

// A clock of one of the three kinds; the loop owns one.
class Clock {
public:
  // Steady time; `speed` 2.0 makes loop time pass twice as fast as real time.
  static Clock real_time(double speed = 1.0) noexcept { return Clock(ClockKind::real_time, speed); }
  // Virtual time starting at 0.0.
  static Clock virtual_time() noexcept { return Clock(ClockKind::virtual_time, 1.0); }
  // Host-supplied time starting at 0.0 (see set()).
  static Clock host_time() noexcept { return Clock(ClockKind::host_time, 1.0); }

  // Which kind of clock it is.
  ClockKind kind() const noexcept { return kind_; }
  // The speed factor of a real clock.
  double speed() const noexcept { return speed_; }

  // The current time in seconds.
  double now() const noexcept {
    if (kind_ != ClockKind::real_time) return now_;
    std::chrono::duration<double> elapsed = std::chrono::steady_clock::now() - origin_;
    return elapsed.count() * speed_;
  }
  // Sets the time of a virtual or host clock (ignored by a real clock).
  void set(double t) noexcept { now_ = t; }
  // Blocks the thread for `seconds` of loop time (real clock only).
  void sleep(double seconds) const;

private:
  Clock(ClockKind kind, double speed) noexcept
      : kind_(kind), speed_(speed), origin_(std::chrono::steady_clock::now()) {}

  ClockKind kind_;
  double speed_;
  double now_ = 0.0;
  std::chrono::steady_clock::time_point origin_;
};

} // namespace aio
