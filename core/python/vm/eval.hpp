// The eval loop: runs bytecode. One call of run_frame runs a frame and every
// Python frame it calls (pushed on the VM's frame stack, no C++ recursion)
// until the entry frame returns or a generator frame suspends.
#pragma once

#include "python/vm/object.hpp"

namespace py {

struct Code;
struct Dict;
struct Frame;

/// How run_frame enters a frame.
enum class ResumeMode {
  /// Run from frame->ip (a new frame, or a generator that has not started).
  start,
  /// Resume a generator suspended at the YIELD_VALUE at frame->ip; the sent
  /// value is already pushed on its stack.
  after_yield,
  /// Raise the VM's pending exception at frame->ip (generator.throw()).
  throw_in,
};

/// Runs `frame` (already bound to its arguments) until it returns (new
/// reference) or raises (null). A generator's frame also returns when it
/// suspends at a yield: its generator's state tells the two apart. Frames
/// that are not a generator's are released when they finish.
Value run_frame(VM& vm, Frame* frame, ResumeMode mode = ResumeMode::start);

/// Runs module-level code (or a class body) with the given namespaces.
Value run_code(VM& vm, Code* code, Dict* globals, Dict* locals);

} // namespace py
