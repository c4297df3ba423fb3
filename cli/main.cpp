// The command-line runner:
//   coroplay run [--clock=virtual|real] [--speed=N] [--instructions=N] [--stdin=FILE]
//                [--pause-interval=N] main.py
// (--pause-interval pauses the eval loop every N calls and loops, 0 never:
// the tests use it to check that a paused program runs on unchanged.)
//   coroplay dis main.py      (prints the bytecode, for developers)
// Prints the program's stdout and stderr as it runs and exits with its status
// (0, 1 on an uncaught exception, SystemExit's code); 2 on a usage error.
#include <cstdio>
#include <cstdlib>
#include <fstream>
#include <iostream>
#include <sstream>
#include <string>
#include <string_view>

#include "session/session.hpp"

namespace {

int usage(const char* message) {
  std::fprintf(stderr, "coroplay: %s\n", message);
  std::fprintf(stderr, "usage: coroplay run [--clock=virtual|real] [--speed=N] [--instructions=N] "
                       "[--stdin=FILE] [--pause-interval=N] main.py\n");
  return 2;
}

/// Reads a whole file; false when it cannot be read.
bool read_file(const std::string& path, std::string* out) {
  std::ifstream in(path, std::ios::binary);
  if (!in) return false;
  std::ostringstream text;
  text << in.rdbuf();
  *out = text.str();
  return true;
}

} // namespace

int main(int argc, char** argv) {
  std::string_view command = argc >= 2 ? argv[1] : "";
  if (command != "run" && command != "dis") return usage("expected the command 'run' (or 'dis')");
  session::Options options;
  std::string path;
  for (int i = 2; i < argc; ++i) {
    std::string_view arg = argv[i];
    if (arg == "--clock=virtual") {
      options.clock = session::ClockKind::virtual_time;
    } else if (arg == "--clock=real") {
      options.clock = session::ClockKind::real_time;
    } else if (arg.starts_with("--speed=")) {
      options.speed = std::atof(std::string(arg.substr(8)).c_str());
      if (options.speed <= 0) return usage("--speed must be a positive number");
    } else if (arg.starts_with("--instructions=")) {
      options.instruction_limit = std::strtoull(std::string(arg.substr(15)).c_str(), nullptr, 10);
    } else if (arg.starts_with("--pause-interval=")) {
      options.loop_pause_interval = std::strtoull(std::string(arg.substr(17)).c_str(), nullptr, 10);
    } else if (arg.starts_with("--stdin=")) {
      if (!read_file(std::string(arg.substr(8)), &options.stdin_text)) {
        return usage("cannot read the --stdin file");
      }
    } else if (arg.starts_with("--")) {
      return usage("unknown option");
    } else if (path.empty()) {
      path = arg;
    } else {
      return usage("expected one program");
    }
  }
  if (path.empty()) return usage("expected a program to run");
  std::string source;
  if (!read_file(path, &source)) {
    std::fprintf(stderr, "coroplay: can't open file '%s'\n", path.c_str());
    return 2;
  }
  if (command == "dis") {
    session::Session s(options, [](int, std::string_view) {});
    std::string text = s.disassemble(source);
    std::fwrite(text.data(), 1, text.size(), stdout);
    return 0;
  }
  session::Session s(options, [](int stream, std::string_view text) {
    std::FILE* f = stream == 2 ? stderr : stdout;
    std::fwrite(text.data(), 1, text.size(), f);
    if (stream == 2) std::fflush(stdout);
  });
  session::Result result = s.run(source);
  std::fflush(stdout);
  std::fflush(stderr);
  return result.exit_status;
}
