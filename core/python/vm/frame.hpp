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
  /// Run by CALL for a class's __init__ (see python_init): the instance waits
  /// on the caller's stack and is the call's result, and the class call
  /// counts one more level of recursion, as type_call does.
  bool init_call;
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
/// taken back in LIFO order. The current chunk's bounds are kept in members of
/// their own, so that push and pop are a compare and a store.
class FrameStack {
public:
  FrameStack() = default;
  ~FrameStack();
  FrameStack(const FrameStack&) = delete;
  FrameStack& operator=(const FrameStack&) = delete;

  /// Memory for a frame of `bytes` bytes, or null when out of memory. Always
  /// inline: every Python call takes this path, and it almost always fits.
  [[gnu::always_inline]] void* push(size_t bytes) {
    bytes = (bytes + 15) & ~size_t(15);
    if (size_t(end_ - top_) >= bytes) {
      void* frame = top_;
      top_ += bytes;
      return frame;
    }
    return push_slow(bytes);
  }
  /// Gives back the most recently pushed frame (inline for the same reason).
  [[gnu::always_inline]] void pop(void* frame) {
    auto* p = static_cast<char*>(frame);
    if (p >= base_ && p < end_) {
      top_ = p;
      return;
    }
    pop_slow(p);
  }

private:
  struct Chunk {
    char* base;
    char* end;
  };
  /// push when the current chunk is full: moves on to (or makes) the next one.
  void* push_slow(size_t bytes);
  /// pop of a frame in an older chunk than the current one.
  void pop_slow(char* p);
  /// Makes chunks_[index] the current chunk, its free space starting at top.
  void enter_chunk(size_t index, char* top);
  static constexpr size_t kChunkBytes = 256 * 1024;
  /// Every chunk made so far; those after current_ are empty, kept for reuse.
  std::vector<Chunk> chunks_;
  size_t current_ = 0;
  /// The current chunk's start, first free byte and end (all null before the
  /// first push).
  char* base_ = nullptr;
  char* top_ = nullptr;
  char* end_ = nullptr;
};

} // namespace py
