#include "loop/trace.hpp"

namespace aio {

const char* to_string(WaitKind kind) noexcept {
  switch (kind) {
  case WaitKind::future: return "future";
  case WaitKind::task: return "task";
  case WaitKind::sleep: return "sleep";
  case WaitKind::yield: return "yield";
  case WaitKind::paused: return "paused";
  case WaitKind::gather: return "gather";
  case WaitKind::wait: return "wait";
  case WaitKind::wait_for: return "wait_for";
  case WaitKind::shield: return "shield";
  case WaitKind::queue_get: return "queue_get";
  case WaitKind::queue_put: return "queue_put";
  case WaitKind::queue_join: return "queue_join";
  case WaitKind::lock: return "lock";
  case WaitKind::event: return "event";
  case WaitKind::semaphore: return "semaphore";
  case WaitKind::condition: return "condition";
  case WaitKind::task_group: return "task_group";
  }
  return "?";
}

} // namespace aio
