// VM: all the state of one Python interpreter. Nothing in core/python is
// global: types, interned names, modules, the frame stack and the exception
// state all hang off the VM, so a session can make a fresh one per run.
#pragma once

#include <cstddef>
#include <cstdint>
#include <cstring>
#include <memory>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "python/vm/frame.hpp"
#include "python/vm/heap.hpp"
#include "python/vm/host.hpp"
#include "python/vm/names.hpp"
#include "python/vm/object.hpp"
#include "python/vm/type.hpp"
#include "python/vm/type_list.hpp"

namespace py {

struct Dict;
struct Module;
struct Str;
struct Tuple;

/// Limits and settings of one VM.
struct VMOptions {
  /// Bytes of Python objects the program may hold before MemoryError.
  size_t memory_limit = size_t(1) << 30;
  /// Python's recursion limit (sys.getrecursionlimit()).
  int recursion_limit = 1000;
  /// How deep C++ may nest under a program's control, whatever the recursion
  /// limit: Python frames live on the heap, but Python code called from
  /// native code (map(), sorted(key=), a recursive __repr__…) and the
  /// recursion of repr, hash and comparison of nested containers use the
  /// machine stack, which a deep chain overflows. Counted in units of stack:
  /// an eval loop entered from C++ weighs kEvalLoopStackUnits, one
  /// RecursionGuard level one. In wasm the stack is V8's (under 1 MB): chains
  /// through map() overflowed it between 500 and 700 levels of optimized
  /// code; natively (8 MB) past 8,000.
#if defined(__wasm__)
  int native_stack_units = 1600;
#else
  int native_stack_units = 16000;
#endif
  /// Instructions between two calls of Host::check_budget (0: never call).
  uint64_t budget_interval = 1 << 20;
  /// Calls and backward jumps between two pauses of the eval loop (0: never).
  /// The loop returns to run_frame, which calls it again where it stopped:
  /// V8 runs a wasm function's optimized code only from its next call on
  /// (wasm has no on-stack replacement), and one call of the loop may run a
  /// whole program. Natively there is nothing to gain.
#if defined(__wasm__)
  uint64_t loop_pause_interval = 1 << 14;
#else
  uint64_t loop_pause_interval = 0;
#endif
  /// Source of the bundled pure-Python modules (name → source), may be null.
  const std::unordered_map<std::string, std::string_view>* library = nullptr;
};

/// One entry of the chain of "exceptions being handled" (sys.exc_info()):
/// the VM has one, and every generator has its own, linked in while it runs.
struct HandledException {
  /// The exception being handled (owned), or None.
  Value exception;
  HandledException* previous;
};

/// Built-in type objects, one field per type (see type_list.hpp).
struct BuiltinTypes {
#define PY_TYPE_FIELD(field, name) Type* field = nullptr;
  PY_BUILTIN_TYPES(PY_TYPE_FIELD)
#undef PY_TYPE_FIELD
};

/// Built-in exception classes, one field per class named as in Python.
struct ExceptionTypes {
#define PY_EXC_FIELD(name, base) Type* name = nullptr;
  PY_EXCEPTION_TYPES(PY_EXC_FIELD)
#undef PY_EXC_FIELD
};

/// The interpreter.
class VM {
public:
  VM(Host& host, const VMOptions& options = {});
  ~VM();
  VM(const VM&) = delete;
  VM& operator=(const VM&) = delete;

  Heap& heap() { return heap_; }
  Host& host() { return host_; }
  const VMOptions& options() const { return options_; }

  /// Built-in types and exception classes.
  BuiltinTypes types;
  ExceptionTypes exc;
  /// Interned names the VM uses (dunder methods, attribute names).
  Names names;

  /// The type of any value.
  Type* type_of(Value v) const {
    if (v.is_object()) return v.as_object()->type;
    if (v.is_small_int()) return types.int_;
    return immediate_types_[v.immediate_index()];
  }

  /// Allocates an object of C++ type T (whose first member is the Object
  /// header) for Python type `type`, with `extra` trailing bytes, zero-filled
  /// beyond T. Raises MemoryError and returns null when the heap is full.
  /// With `zero_extra` false, the extra bytes of an object of the exact C++
  /// type are left for the caller to write (str text: filling it twice costs).
  template <class T>
  T* allocate(Type* type, size_t extra = 0, bool zero_extra = true) {
    size_t bytes = (type->basic_size > sizeof(T) ? type->basic_size : sizeof(T)) + extra;
    bool whole = zero_extra || type->basic_size > sizeof(T); // subclass fields follow the extra
    void* memory = whole ? allocate_bytes(bytes) : allocate_bytes_uninit(bytes);
    if (!memory) return nullptr;
    if (!whole) std::memset(memory, 0, sizeof(T));
    T* o = new (memory) T();
    o->refcount = 1;
    o->type = type;
    if (type->is_heap_type()) incref(type);
    return o;
  }
  /// Raw object memory (zero-filled); null with MemoryError raised when full.
  void* allocate_bytes(size_t bytes);
  /// allocate_bytes without the zero fill.
  void* allocate_bytes_uninit(size_t bytes);
  /// Frees the memory of an object of `bytes` bytes and drops its type reference.
  void free_object(Object* o, size_t bytes);

  // ----- the exception state ---------------------------------------------
  /// The exception being raised (owned), or null when none is pending.
  Value pending_exception;
  /// The innermost "being handled" entry (for sys.exc_info and __context__).
  HandledException* handled = &root_handled_;
  /// The exception currently handled (walks the chain past Nones), or None.
  Value current_handled() const;

  // ----- frames ---------------------------------------------------------
  FrameStack frames;
  /// The innermost running Python frame (for tracebacks, warnings, sys._getframe).
  Frame* current_frame = nullptr;
  /// Python call depth (for RecursionError).
  int depth = 0;
  int recursion_limit;
  /// Machine stack in use by nested C++ activations, and its bound (see
  /// VMOptions::native_stack_units).
  int native_stack = 0;
  int native_stack_limit;
  /// What one eval loop entered from C++ counts towards native_stack: its
  /// frame and the calls that led to it dwarf a RecursionGuard level's.
  static constexpr int kEvalLoopStackUnits = 4;
  /// sys.get_int_max_str_digits(): the limit of int↔str conversions (0: none).
  size_t int_max_str_digits = 4300;
  /// Instructions left before the next Host::check_budget call.
  int64_t budget;
  /// Calls and backward jumps left before the eval loop next pauses.
  int64_t loop_pause_countdown;
  /// The countdown that `interval` (VMOptions::loop_pause_interval) starts:
  /// never reaching zero when pausing is off.
  static int64_t pause_countdown_for(uint64_t interval) {
    return interval ? int64_t(interval) : INT64_MAX;
  }
  /// Set when the eval loop returned only to pause; run_frame calls it again.
  bool loop_paused = false;

  // ----- namespaces -----------------------------------------------------
  /// The builtins module's dict, sys.modules, and the sys module.
  Dict* builtins = nullptr;
  Dict* modules = nullptr;
  Module* sys = nullptr;

  /// The intern table: text → canonical str (owned).
  std::unordered_map<std::string_view, Str*> interned;
  /// The empty tuple and str, shared.
  Tuple* empty_tuple = nullptr;
  Str* empty_str = nullptr;
  /// Preallocated MemoryError raised when the heap is full.
  Value memory_error;

  /// Next version number for types and dicts (inline caches key on them).
  uint64_t next_version() { return ++version_counter_; }

  /// Source text of files that tracebacks and warnings quote, by file name.
  std::unordered_map<std::string, std::string> sources;

  /// Per-VM state of native modules, keyed by module name (owned values).
  std::unordered_map<std::string, Value> module_state;

  /// One entry of the method cache: what lookup_type found for (version, name).
  struct MethodCacheEntry {
    uint64_t version = 0;
    Str* name = nullptr;
    Value value;
  };
  /// The method cache (direct-mapped; see protocol.cpp lookup_type).
  static constexpr size_t kMethodCacheSize = 4096;
  std::unique_ptr<MethodCacheEntry[]> method_cache{new MethodCacheEntry[kMethodCacheSize]};

  /// Every built-in type, in creation order (torn down with the VM).
  std::vector<Type*> builtin_types;
  /// Sets the type of an immediate singleton (NoneType, bool, …).
  void set_immediate_type(Value v, Type* t) { immediate_types_[v.immediate_index()] = t; }

private:
  void init_types();
  void init_builtins();

  Host& host_;
  VMOptions options_;
  Heap heap_;
  HandledException root_handled_{Value::none(), nullptr};
  Type* immediate_types_[Value::kImmediateCount] = {};
  uint64_t version_counter_ = 0;
};

} // namespace py
