// The clock a session runs a program on. Virtual time starts at 0.0 and only
// moves when the program sleeps (or, later, when the event loop jumps to its
// next timer): output is deterministic and identical to CPython under the
// conformance oracle. Real time follows the machine's steady clock, scaled by
// a speed factor.
#pragma once

#include <chrono>

namespace session {

/// Which clock a session uses.
enum class ClockKind { virtual_time, real_time };

/// time.monotonic() / time.time() / time.sleep() for one session.
class ProgramClock {
public:
  /// time.time() at monotonic 0 under the virtual clock (as the oracle defines it).
  static constexpr double kVirtualEpoch = 1'700'000'000.0;

  ProgramClock(ClockKind kind, double speed);

  ClockKind kind() const { return kind_; }
  /// Seconds since the program started (virtual: exactly the sum of sleeps and jumps).
  double monotonic() const;
  /// Seconds since 1970 (virtual: kVirtualEpoch + monotonic()).
  double wall() const;
  /// Blocks for `seconds` (virtual: just advances).
  void sleep(double seconds);
  /// Sets the virtual time (the event loop's jump to a deadline).
  void set_virtual(double now) { virtual_now_ = now; }

private:
  ClockKind kind_;
  double speed_;
  double virtual_now_ = 0.0;
  std::chrono::steady_clock::time_point start_;
  double wall_start_;
};

} // namespace session
