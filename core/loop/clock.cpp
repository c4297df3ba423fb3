#include "loop/clock.hpp"

#include <thread>

namespace aio {

void Clock::sleep(double seconds) const {
  if (kind_ != ClockKind::real_time || seconds <= 0) return;
  std::this_thread::sleep_for(std::chrono::duration<double>(seconds / speed_));
}

} // namespace aio
