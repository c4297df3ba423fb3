// BaseException and the built-in exception hierarchy; tracebacks.
#pragma once

#include <cstdint>

#include <string_view>

#include "python/vm/object.hpp"

namespace py {

struct Code;
struct Dict;
struct Frame;
struct Tuple;

/// An instance of BaseException or a subclass. Subclass-specific attributes
/// (StopIteration.value, SystemExit.code, NameError.name, …) live in `dict`.
struct BaseException : Object {
  /// Attributes beyond the fixed ones (e.name, e.code, user attributes), or null.
  union {
    Dict* dict;
    /// Widens the slot to a Value: object_dict_slot() reads it as one (wasm32).
    uint64_t dict_slot_bits;
  };
  Tuple* args;
  /// The traceback (a Traceback or None), __context__, __cause__, __notes__.
  Value traceback;
  Value context;
  Value cause;
  Value notes;
  bool suppress_context;
};

/// A frame as Python code sees it (tb_frame, sys._getframe(), gi_frame). While
/// its frame runs it reads the live frame (line, locals, f_back); when the
/// frame finishes it keeps what the frame had last, as CPython's frame
/// objects do, so a traceback keeps the variables alive.
struct FrameObject : Object {
  Code* code;
  Dict* globals;
  /// The running frame (whose `object` points back here), null once finished.
  Frame* live;
  /// The line the finished frame was at.
  int line;
  /// Owned copies of the finished frame's locals, cells and free variables.
  Value* locals;
  uint32_t nlocals;
  /// The caller's frame object once the frame finished (f_back), or null.
  Value back;
};

/// The frame object of a frame (made on first use, then shared): a new reference.
Value frame_object_new(VM& vm, Frame* frame);
/// Called when a frame finishes: its frame object (if any) takes a copy of
/// the variables and the line, and links to its caller's frame object.
void frame_object_detach(VM& vm, Frame* frame);

/// One entry of a traceback (newest last through `next`).
struct Traceback : Object {
  Value next;
  FrameObject* frame;
  int line;
  /// Instruction offset (for carets).
  int lasti;
};

/// A new exception instance of `type` whose args are (message,), or () when
/// the message is empty (as `raise StopIteration` makes).
Value exception_new(VM& vm, Type* type, std::string_view message);
/// The same with an args tuple.
Value exception_new_args(VM& vm, Type* type, Value args);

/// Where a syntax error is, as CPython's SyntaxError carries it (1-based line
/// and offset in characters; text is the source line, may be empty).
struct SyntaxErrorInfo {
  std::string_view message;
  std::string_view filename;
  int lineno = 0;
  int offset = 0;
  int end_lineno = 0;
  int end_offset = 0;
  std::string_view text;
};
/// Raises SyntaxError (or IndentationError / TabError: `type`) with its attributes set.
Value raise_syntax_error(VM& vm, Type* type, const SyntaxErrorInfo& info);

} // namespace py
