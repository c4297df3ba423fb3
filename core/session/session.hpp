// Session: one run of one program. Source in; output, exit status and
// limits out. The only API the command-line runner and the wasm bindings use.
#pragma once

#include <cstdint>
#include <functional>
#include <memory>
#include <optional>
#include <string>
#include <string_view>

#include "session/clock.hpp"

namespace session {

/// How to run a program.
struct Options {
  ClockKind clock = ClockKind::virtual_time;
  /// Real clock only: how much faster than real time sleeps pass.
  double speed = 1.0;
  /// The file name the program has in tracebacks and warnings.
  std::string filename = "main.py";
  /// What input() reads, line by line.
  std::string stdin_text;
  /// Bytes of Python objects before MemoryError.
  size_t memory_limit = size_t(512) << 20;
  /// Instructions (loop iterations and calls) before the program is stopped; 0: no limit.
  uint64_t instruction_limit = 0;
  /// Calls and backward jumps between two pauses of the eval loop
  /// (py::VMOptions::loop_pause_interval); unset: the VM's default. Tests
  /// pause it often to check that a paused program runs on unchanged.
  std::optional<uint64_t> loop_pause_interval;
};

/// Where the program's output goes as it is written (stream 1 stdout, 2 stderr).
using OutputSink = std::function<void(int stream, std::string_view text)>;

/// What a finished run gives back.
struct Result {
  /// The process exit status CPython would have: 0, 1 on an uncaught
  /// exception, SystemExit's code.
  int exit_status = 0;
  /// True when the instruction limit stopped the program.
  bool stopped = false;
};

class Session {
public:
  Session(Options options, OutputSink sink);
  ~Session();
  Session(const Session&) = delete;
  Session& operator=(const Session&) = delete;

  /// Compiles and runs `source` to the end (the program's own event loop
  /// included), writing its output to the sink.
  Result run(std::string_view source);

  /// The bytecode of `source` as text (for `coroplay dis`), or its SyntaxError.
  std::string disassemble(std::string_view source);

private:
  struct Impl;
  std::unique_ptr<Impl> impl_;
};

} // namespace session
