// What both benchmark executables share: a clock, the report format read by
// suite.mjs, and an allocation counter (the executables replace global
// operator new with a counting one, see bench_support.cpp).
#pragma once

#include <chrono>
#include <cstddef>
#include <cstdio>

namespace bench {

// Bytes requested from operator new so far.
std::size_t allocated_bytes();

// Prints one result line for suite.mjs: {"name":..., "unit":..., "value":...}.
inline void report(const char* name, const char* unit, double value) {
  std::printf("{\"name\": \"%s\", \"unit\": \"%s\", \"value\": %.3f}\n", name, unit, value);
  std::fflush(stdout);
}

// Runs `work` (which performs `ops` operations) and reports ns per operation.
template <class Work>
void time_ns_per_op(const char* name, std::size_t ops, Work work) {
  auto start = std::chrono::steady_clock::now();
  work();
  std::chrono::duration<double, std::nano> elapsed = std::chrono::steady_clock::now() - start;
  report(name, "ns/op", elapsed.count() / static_cast<double>(ops));
}

// The bytes malloc has handed out and not taken back (mallinfo), including
// its own overhead.
std::size_t heap_in_use();

// Reports the bytes requested from operator new per item while `make` makes `n` items.
template <class Make>
void bytes_per_item(const char* name, std::size_t n, Make make) {
  std::size_t before = allocated_bytes();
  make();
  report(name, "bytes/task", static_cast<double>(allocated_bytes() - before) / n);
}

// Reports the growth of the heap in use per item while `make` makes `n` items.
template <class Make>
void heap_per_item(const char* name, std::size_t n, Make make) {
  std::size_t before = heap_in_use();
  make();
  report(name, "bytes/task", static_cast<double>(heap_in_use() - before) / n);
}

// The workloads' sizes (the same for every implementation).
constexpr std::size_t tasks_created = 1'000'000;
constexpr std::size_t switching_tasks = 1'000;
constexpr std::size_t switches_per_task = 10'000;
constexpr std::size_t timers = 1'000'000;
constexpr std::size_t queue_items = 1'000'000;
constexpr std::size_t tasks_measured = 100'000;

// The names of the result lines (suite.mjs pairs ours with the baseline's by name).
constexpr const char* create_name = "create and complete 1,000,000 tasks";
constexpr const char* switch_name = "10,000,000 task switches over 1,000 tasks";
constexpr const char* timer_name = "1,000,000 timers with distinct deadlines";
constexpr const char* queue_name = "queue ping-pong of 1,000,000 items";
constexpr const char* memory_name = "memory per task: task + frame (bytes requested)";
constexpr const char* heap_name = "memory per task: heap in use (malloc overhead included)";

// A deadline order for the timers: i -> (i * 7919) mod n visits every slot once.
constexpr std::size_t scrambled(std::size_t i, std::size_t n) { return (i * 7919) % n; }

} // namespace bench
