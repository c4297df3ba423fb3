// The built-in iterator objects: over sequences by index (the __getitem__
// protocol), over lists, tuples, strs, ranges, and the lazy builtins
// enumerate/zip/map/filter/reversed.
#pragma once

#include <cstdint>

#include "python/vm/object.hpp"

namespace py {

/// An iterator walking a container by index: lists, tuples, strs, the
/// sequence protocol (then `container` has __getitem__ and `index` grows
/// until IndexError), and list_reverseiterator / reversed (index counts
/// down). `container` becomes null once the iterator is exhausted.
struct IndexIterator : Object {
  Value container;
  int64_t index;
};

/// iter() of an object that only has __getitem__.
Value seq_iterator_new(VM& vm, Value container);
/// iter() of a list / tuple / str (their own iterator types).
Value list_iterator_new(VM& vm, Value list);
Value tuple_iterator_new(VM& vm, Value tuple);
Value str_iterator_new(VM& vm, Value str);
/// reversed(list): list.__reversed__.
Value list_reverseiterator_new(VM& vm, Value list);
/// iter() of a range and range.__reversed__: `length` ints from `start`
/// by `step` (all three ints, borrowed).
Value range_iterator_new(VM& vm, Value start, Value step, Value length);
/// iter(callable, sentinel): calls callable() until it returns a value equal to sentinel.
Value callable_iterator_new(VM& vm, Value callable, Value sentinel);

/// next() with the fast paths the FOR_ITER instruction needs (list, tuple,
/// range iterators); falls back to iter_next. Null without an exception
/// when the iterator is exhausted.
Value iter_next_fast(VM& vm, Value it);

} // namespace py
