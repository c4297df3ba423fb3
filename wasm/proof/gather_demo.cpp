// The seeds' three-task gather example, written with aio::task
// (tests/conformance/seeds/s004_02_gather_three_async_tasks.py):
//
//   async def async_task(name, duration):
//       print(f"{name} 작업 시작")
//       await asyncio.sleep(duration)
//       print(f"{name} 작업 완료")
//
//   async def main():
//       start = time.time()
//       await asyncio.gather(async_task("Task 1", 2), async_task("Task 2", 3),
//                            async_task("Task 3", 1))
//       end = time.time()
//       print(f"총 실행 시간: {end - start:.2f}초")
//
//   asyncio.run(main())
//
// time.time() is the host's clock (HostRun::now_ms), so the total is real.
#include "proof/host_run.hpp"

#include <emscripten/emscripten.h>

#include <cstdio>
#include <string>

namespace {

// async_task(name, duration).
aio::task<void> async_task(proof::HostRun& run, std::string name, double duration) {
  run.print(name + " 작업 시작");
  co_await aio::sleep(duration);
  run.print(name + " 작업 완료");
}

// main().
aio::task<void> gather_main(proof::HostRun& run) {
  double start = run.now_ms() / 1000.0;
  co_await aio::gather(run.loop(), async_task(run, "Task 1", 2), async_task(run, "Task 2", 3),
                       async_task(run, "Task 3", 1));
  double end = run.now_ms() / 1000.0;
  char total[64];
  std::snprintf(total, sizeof total, "총 실행 시간: %.2f초", end - start);
  run.print(total);
}

} // namespace

extern "C" {

// asyncio.run(main()) at host time now_ms: a run for coroplay_run_pump (c_api.cpp).
EMSCRIPTEN_KEEPALIVE proof::HostRun* gather_demo_start(double now_ms) {
  auto* run = new proof::HostRun(now_ms);
  run->start(gather_main(*run));
  return run;
}

} // extern "C"
