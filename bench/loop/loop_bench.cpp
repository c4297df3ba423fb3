// The loop's benchmarks (bench_support.hpp has the workloads' sizes); the
// same workloads on Boost.Asio are in asio_bench.cpp.
#include "bench_support.hpp"

#include "loop/aio.hpp"

namespace {

std::size_t done = 0;

aio::task<void> nothing() {
  ++done;
  co_return;
}

aio::task<void> switcher(std::size_t n) {
  for (std::size_t i = 0; i < n; ++i) co_await aio::sleep(0);
}

aio::task<void> ping(aio::Queue<int>& to, aio::Queue<int>& from, std::size_t n) {
  for (std::size_t i = 0; i < n; ++i) {
    co_await to.put(static_cast<int>(i));
    (void)co_await from.get();
  }
}

aio::task<void> pong(aio::Queue<int>& from, aio::Queue<int>& to, std::size_t n) {
  for (std::size_t i = 0; i < n; ++i) co_await to.put(co_await from.get());
}

// Runs until `n` tasks made by nothing() are done.
void run_until_done_count(aio::EventLoop& loop, std::size_t n) {
  while (done < n) (void)loop.run_once();
}

} // namespace

int main() {
  bench::time_ns_per_op(bench::create_name, bench::tasks_created, [] {
    aio::EventLoop loop(aio::Clock::virtual_time());
    done = 0;
    for (std::size_t i = 0; i < bench::tasks_created; ++i) loop.create_task(nothing());
    run_until_done_count(loop, bench::tasks_created);
  });

  bench::time_ns_per_op(bench::switch_name, bench::switching_tasks * bench::switches_per_task, [] {
    aio::EventLoop loop(aio::Clock::virtual_time());
    std::vector<aio::Ref<aio::Task<void>>> tasks;
    for (std::size_t i = 0; i < bench::switching_tasks; ++i) {
      tasks.push_back(loop.create_task(switcher(bench::switches_per_task)));
    }
    (void)loop.run_until_done(*tasks.back());
  });

  bench::time_ns_per_op(bench::timer_name, bench::timers, [] {
    aio::EventLoop loop(aio::Clock::virtual_time());
    std::size_t fired = 0;
    for (std::size_t i = 0; i < bench::timers; ++i) {
      loop.call_at(1.0 + 1e-6 * static_cast<double>(bench::scrambled(i, bench::timers)),
                   [&fired] { ++fired; });
    }
    while (fired < bench::timers) (void)loop.run_once();
  });

  bench::time_ns_per_op(bench::queue_name, bench::queue_items, [] {
    aio::EventLoop loop(aio::Clock::virtual_time());
    aio::Queue<int> there(loop), back(loop);
    auto p = loop.create_task(pong(there, back, bench::queue_items));
    (void)loop.run_until_done(*loop.create_task(ping(there, back, bench::queue_items)));
  });

  // Task object + coroutine frame of switcher(), measured by what is
  // allocated while the tasks are made (the ready queue has grown already).
  {
    aio::EventLoop loop(aio::Clock::virtual_time());
    done = 0;
    for (std::size_t i = 0; i < 2 * bench::tasks_measured; ++i) loop.create_task(nothing());
    run_until_done_count(loop, 2 * bench::tasks_measured);
    std::vector<aio::Ref<aio::Task<void>>> tasks;
    tasks.reserve(2 * bench::tasks_measured);
    auto make = [&] {
      for (std::size_t i = 0; i < bench::tasks_measured; ++i) {
        tasks.push_back(loop.create_task(switcher(1)));
      }
    };
    bench::bytes_per_item(bench::memory_name, bench::tasks_measured, make);
    bench::heap_per_item(bench::heap_name, bench::tasks_measured, make);
    (void)loop.run_until_done(*tasks.back());
  }
}
