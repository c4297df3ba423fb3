// Helpers shared by the built-in sequence types (list, tuple, range, str, bytes): index
// arguments converted with CPython's rules and messages, and the repr,
// comparison and search loops that list and tuple have in common.
#pragma once

#include <cstddef>
#include <cstdint>

#include "python/vm/object.hpp"
#include "python/vm/type.hpp"

namespace py {

/// True for an int or an object whose type defines __index__ (CPython's
/// _PyIndex_Check): such keys index a sequence, anything else is an error.
bool is_index_like(VM& vm, Value v);
/// An int argument as int64, like PyNumber_AsSsize_t(v, OverflowError):
/// "Python int too large to convert to C ssize_t" (list.pop, list.insert).
bool ssize_arg(VM& vm, Value v, int64_t* out);
/// A start/stop argument of index(), or a bound of a slice (`slice_bound`):
/// an int clamped to the int64 range (CPython's _PyEval_SliceIndex), with the
/// TypeError worded for the one or the other.
bool clamped_index_arg(VM& vm, Value v, int64_t* out, bool slice_bound = false);
/// The count of `seq * n`. False without an exception when n is not an int
/// (the operator then returns NotImplemented); false with OverflowError
/// ("cannot fit 'int' into an index-sized integer") when it is too big.
bool repeat_count(VM& vm, Value n, int64_t* out);
/// Whether `size` units (items or bytes) repeated n times (n > 0) could fit
/// the heap; false with MemoryError when not (before size * n can overflow,
/// a 32-bit size_t in wasm included).
bool repeat_fits(VM& vm, size_t size, int64_t n);

/// A live view of a list's or tuple's items. The loops below reread both
/// fields after every call into Python code, which may resize a list.
struct SeqView {
  Value* const* items;
  const size_t* size;
};

/// repr of a list or tuple: "[1, 2]", "(1,)"; "[...]" / "(...)" when `self`
/// is already being printed further up (a recursive structure).
Value sequence_repr(VM& vm, Object* self, SeqView view, char open, char close);
/// Lexicographic rich comparison of two lists or two tuples, with the
/// identity shortcut and the length shortcut for == and !=.
Value sequence_compare(VM& vm, SeqView a, SeqView b, CompareOp op);
/// Position of the first item equal to x within [start, stop) (already
/// normalized, stop clamped by the loop): -1 when absent, -2 on error.
int64_t sequence_find(VM& vm, SeqView view, Value x, int64_t start, int64_t stop);
/// The count(x) method of a list or tuple (args[0] is self).
Value sequence_count(VM& vm, SeqView view, const char* name, const Value* args, size_t nargs,
                     Tuple* kwnames);
/// The index(x[, start[, stop]]) method of a list or tuple (args[0] is self);
/// the ValueError for an absent x is worded per type ("3 is not in list",
/// "tuple.index(x): x not in tuple").
Value sequence_index(VM& vm, SeqView view, const Value* args, size_t nargs, Tuple* kwnames,
                     bool is_list);
/// A getter of a Value field (the start, stop and step of range and slice).
template <class T, Value T::*field>
Value get_value_field(VM& vm, Value self) {
  return newref(static_cast<T*>(self.as_object())->*field);
}

/// The type error of a subscript that is neither an int nor a slice:
/// "list indices must be integers or slices, not str".
Value bad_subscript(VM& vm, const char* what, Value key);

} // namespace py
