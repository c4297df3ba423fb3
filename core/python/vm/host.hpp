// Host: what the interpreter needs from the world around it. The session
// implements it (output buffers, the clock it chose, input, limits); tests
// implement it with strings. The VM never touches stdio, clocks or files itself.
#pragma once

#include <string>
#include <string_view>

namespace py {

class Host {
public:
  virtual ~Host() = default;
  /// Text the program wrote to sys.stdout / sys.stderr (UTF-8).
  virtual void write_stdout(std::string_view text) = 0;
  virtual void write_stderr(std::string_view text) = 0;
  /// One line for input() without its newline; false at end of input (EOFError).
  virtual bool read_line(std::string& line) = 0;
  /// time.monotonic() / time.perf_counter() and time.time().
  virtual double monotonic() = 0;
  virtual double wall_time() = 0;
  /// time.sleep(seconds): blocks the program (a virtual clock just advances).
  virtual void sleep(double seconds) = 0;
  /// Called every VMOptions::budget_interval instructions; returning false
  /// stops the program (the VM raises KeyboardInterrupt-like termination).
  virtual bool check_budget() { return true; }
};

} // namespace py
