// Helpers shared by the loop's unit tests.
//
// Twins: a test whose expectation is an order or a time CPython defines has a
// Python twin, twins/<name>.py, doing the same with asyncio. Its output under
// the oracle (twins/<name>.json, made by twins/regen.sh) is embedded at build
// time; the C++ test records its own lines with Lines and compares them with
// twin_stdout(name). No expected output is typed by hand.
#pragma once

#include "loop/aio.hpp"

#include <functional>
#include <string>
#include <string_view>
#include <vector>

namespace test {

// Python's repr() of a float ("0.1", "0.30000000000000004", "1e-05", "1.0").
std::string py_float(double x);

// A twin's expected stdout and exit status (the test fails if it has none).
struct Twin {
  std::string_view stdout_text;
  std::string_view stderr_text;
  int exit_status;
};
Twin twin(std::string_view name);

// The lines a scenario prints, as its Python twin prints them.
class Lines {
public:
  explicit Lines(aio::EventLoop& loop) : loop_(&loop) {}
  // print(f"t={loop.time()} {text}")
  void at(std::string_view text);
  // print(text)
  void put(std::string_view text);
  const std::string& str() const { return text_; }

private:
  aio::EventLoop* loop_;
  std::string text_;
};

// A loop on the virtual clock whose exception handler records the messages.
struct VirtualLoop {
  VirtualLoop();
  std::vector<std::string> reports; // first: the loop reports while it is destroyed
  aio::EventLoop loop;
};

// The twin of asyncio.run(main) (Runner.run, then Runner.close): returns the
// error the main task ended with, or the loop's (a deadlock).
aio::Ref<aio::Error> run_main(aio::EventLoop& loop, aio::task<void> main);

// The same, with the loop driven by pump() on a host clock: every Next::at
// (and Next::blocked) moves the host clock to the time given, so times are exactly those of the
// virtual clock. `slice` is the pump's time slice in seconds (0: one callback
// per pump).
aio::Ref<aio::Error> run_pumped(aio::EventLoop& loop, aio::task<void> main, double slice);

// run_until_done through pump() (see run_pumped).
aio::Ref<aio::Error> pump_until_done(aio::EventLoop& loop, aio::FutureBase& future, double slice);

// A loop on a host clock whose exception handler records the messages.
struct HostLoop {
  HostLoop();
  std::vector<std::string> reports; // first: the loop reports while it is destroyed
  aio::EventLoop loop;
};

// Python's str() of a bool.
inline std::string py_bool(bool b) { return b ? "True" : "False"; }
// Python's repr() of a list of str or int.
std::string py_list(const std::vector<std::string>& items);
std::string py_list(const std::vector<int>& items);

} // namespace test
