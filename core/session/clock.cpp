#include "session/clock.hpp"

#include <thread>

namespace session {

ProgramClock::ProgramClock(ClockKind kind, double speed)
    : kind_(kind), speed_(speed > 0 ? speed : 1.0), start_(std::chrono::steady_clock::now()) {
  wall_start_ =
      std::chrono::duration<double>(std::chrono::system_clock::now().time_since_epoch()).count();
}

double ProgramClock::monotonic() const {
  if (kind_ == ClockKind::virtual_time) return virtual_now_;
  auto elapsed = std::chrono::steady_clock::now() - start_;
  return std::chrono::duration<double>(elapsed).count() * speed_;
}

double ProgramClock::wall() const {
  if (kind_ == ClockKind::virtual_time) return kVirtualEpoch + virtual_now_;
  return wall_start_ + monotonic();
}

void ProgramClock::sleep(double seconds) {
  if (kind_ == ClockKind::virtual_time) {
    virtual_now_ = virtual_now_ + seconds;
    return;
  }
  std::this_thread::sleep_for(std::chrono::duration<double>(seconds / speed_));
}

} // namespace session
