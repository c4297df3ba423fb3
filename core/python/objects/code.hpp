// code: what the compiler makes of a module, class body, function or
// comprehension: instructions, constants, names, and the tables the VM needs
// to map instructions to lines and exceptions to handlers.
#pragma once

#include <cstdint>
#include <vector>

#include "python/objects/tuple.hpp"
#include "python/vm/object.hpp"

namespace py {

struct Str;
struct Type;

/// Bits of Code::flags (CPython's CO_* values, so that co_flags reads the same).
enum CodeFlag : uint32_t {
  kCoOptimized = 0x0001,
  kCoNewLocals = 0x0002,
  kCoVarargs = 0x0004,
  kCoVarKeywords = 0x0008,
  kCoNested = 0x0010,
  kCoGenerator = 0x0020,
  kCoNoFree = 0x0040,
  kCoCoroutine = 0x0080,
  kCoIterableCoroutine = 0x0100,
  kCoAsyncGenerator = 0x0200,
};

/// A range of instructions protected by an exception handler.
struct ExceptionHandlerEntry {
  /// First and one-past-last protected instruction word.
  uint32_t start, end;
  /// Where the handler starts.
  uint32_t target;
  /// Value-stack depth to unwind to before pushing the exception.
  uint32_t depth;
};

/// The source position of a run of instructions (for tracebacks).
struct LineEntry {
  /// First instruction word of the run.
  uint32_t start;
  /// 1-based line; columns are 0-based UTF-8 byte offsets (for carets).
  int32_t line, end_line, col, end_col;
};

/// Per-instruction memory of what a lookup found last time, keyed on the
/// version of the type or dict it came from (LOAD_GLOBAL, LOAD_ATTR, …).
struct InlineCache {
  /// Version of the dict (LOAD_GLOBAL: globals, builtins) or type seen.
  uint64_t version = 0;
  uint64_t version2 = 0;
  /// What was found (borrowed: valid while the versions match).
  Value value;
  /// Kind of hit (meaning depends on the instruction).
  uint32_t kind = 0;
  /// An index (e.g. of an instance slot) when the kind needs one.
  uint32_t index = 0;
};

/// A code object.
struct Code : Object {
  std::vector<uint32_t> instructions;
  /// Constants (owned references), names used by *_GLOBAL/*_NAME/*_ATTR
  /// (interned strs), local variable names (arguments first), names of the
  /// cells this frame creates and of the free variables it receives.
  Tuple* consts;
  Tuple* names;
  Tuple* varnames;
  Tuple* cellvars;
  Tuple* freevars;
  /// For each cell variable, the index of the argument it starts as, or -1.
  std::vector<int32_t> cell_to_arg;
  uint32_t argcount;
  uint32_t posonlyargcount;
  uint32_t kwonlyargcount;
  /// CodeFlag bits.
  uint32_t flags;
  /// Deepest value stack the instructions need.
  uint32_t stacksize;
  Str* name;
  Str* qualname;
  Str* filename;
  int32_t firstlineno;
  std::vector<LineEntry> lines;
  std::vector<ExceptionHandlerEntry> handlers;
  std::vector<InlineCache> caches;
  /// Derived by code_finish: positional arguments bind by plain copying (no
  /// *args, **kwargs, keyword-only parameters, cells or free variables, not a
  /// generator), so calls may skip the binder (see simple_call).
  bool plain_args = false;

  /// Counts of local variables, cells and free variables (inline: every call reads them).
  uint32_t nlocals() const { return uint32_t(varnames->size); }
  uint32_t ncells() const { return uint32_t(cellvars->size); }
  uint32_t nfrees() const { return uint32_t(freevars->size); }
  /// Slots a frame needs before its value stack: locals, cells, frees.
  uint32_t nlocalsplus() const { return nlocals() + ncells() + nfrees(); }
  bool is_generator_like() const {
    return flags & (kCoGenerator | kCoCoroutine | kCoAsyncGenerator);
  }
};

/// A new, empty code object (the compiler fills it in).
Code* code_new(VM& vm);
/// Computes the fields derived from the others (plain_args): the compiler
/// calls it once a code object is complete.
void code_finish(Code* code);
/// The source position of the instruction at word index `offset`.
const LineEntry* code_position(const Code* code, uint32_t offset);
/// The handler protecting word index `offset`, or null.
const ExceptionHandlerEntry* code_handler(const Code* code, uint32_t offset);

} // namespace py
