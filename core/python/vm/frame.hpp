// Frame: the activation of one code object. Frames of ordinary calls live on
// the VM's frame stack (a chunked arena, no malloc per call); frames of
// generators and coroutines live in the generator object. A Python-to-Python
// call pushes a frame and continues in the same eval loop: no C++ recursion.
#pragma once

#include <cstddef>
#include <cstdint>
#include <vector>

#include "python/objects/code.hpp"
#include "python/vm/object.hpp"

namespace py {

struct Dict;
struct FrameObject;
struct Function;
struct Generator;

/// One activation record.
struct Frame {
  /// The frame that called this one (the next older frame of this thread of
  /// execution); null while a generator's frame is suspended.
  Frame* previous;
  Code* code;
  /// The function being run (owned), null for module code and class bodies.
  Function* function;
  Dict* globals;
  Dict* builtins;
  /// The namespace of module code and class bodies (owned), else null.
  Dict* locals;
  /// The instruction being run: set by the eval loop before each instruction,
  /// so it names the call in progress, the yield that suspended a generator,
  /// or the instruction that raised.
  const uint32_t* ip;
  /// Top of the value stack while the frame is not running.
  Value* stack_top;
  /// The generator that owns this frame, or null.
  Generator* generator;
  /// This frame's Python frame object once one was asked for (not owned: the
  /// object clears it when it dies first), or null.
  FrameObject* object;
  /// When this frame returns, the eval loop returns to its C++ caller.
  bool is_entry;
  /// Locals, cells, free variables, then the value stack.
  Value* localsplus() { return reinterpret_cast<Value*>(this + 1); }
  Value* stack_base() { return localsplus() + code->nlocalsplus(); }
  /// Word index of the instruction being run (for line numbers).
  uint32_t offset() const { return uint32_t(ip - code->instructions.data()); }
  /// Bytes a frame of `code` takes.
  static size_t size_for(const Code* code) {
    return sizeof(Frame) + sizeof(Value) * (code->nlocalsplus() + code->stacksize);
  }
};

/// The stack of frames of ordinary calls: chunks of memory handed out and
/// taken back in LIFO order.
class FrameStack {
public:
  FrameStack() = default;
  ~FrameStack();
  FrameStack(const FrameStack&) = delete;
  FrameStack& operator=(const FrameStack&) = delete;

  /// Memory for a frame of `bytes` bytes, or null when out of memory. Inline:
  /// every Python call takes this path, and it almost always fits.
  void* push(size_t bytes) {
    bytes = (bytes + 15) & ~size_t(15);
    if (current_ < chunks_.size()) {
      Chunk& c = chunks_[current_];
      if (size_t(c.end - c.top) >= bytes) {
        void* frame = c.top;
        c.top += bytes;
        return frame;
      }
    }
    return push_slow(bytes);
  }
  /// Gives back the most recently pushed frame (inline for the same reason).
  void pop(void* frame) {
    auto* p = static_cast<char*>(frame);
    Chunk& c = chunks_[current_];
    if (p >= c.base && p < c.end) {
      c.top = p;
      return;
    }
    pop_slow(p);
  }

private:
  struct Chunk {
    char* base;
    char* top;
    char* end;
  };
  /// push when the current chunk is full: moves on to (or makes) the next one.
  void* push_slow(size_t bytes);
  /// pop of a frame in an older chunk than the current one.
  void pop_slow(char* p);
  static constexpr size_t kChunkBytes = 256 * 1024;
  std::vector<Chunk> chunks_;
  size_t current_ = 0;
};

} // namespace py
