// set and frozenset: CPython's open-addressing table (linear probes, then
// perturbation), reproduced exactly so that iteration order — which
// programs print — matches CPython for ints, tuples and other
// deterministically hashed values.
#pragma once

#include <cstddef>
#include <cstdint>

#include "python/vm/object.hpp"

namespace py {

/// One slot of a set's table: empty (null key, hash 0), a dummy left by a
/// removal (hash -1), or a key with its hash.
struct SetEntry {
  Value key;
  int64_t hash;
};

/// A set or frozenset object (PySetObject).
struct Set : Object {
  /// Slots in use by keys or dummies, and by keys only.
  size_t fill;
  size_t used;
  /// Table size - 1 (a power of two minus one).
  size_t mask;
  SetEntry* table;
  /// Where set.pop() resumes its scan.
  size_t finger;
  /// frozenset's cached hash (-1 until computed).
  int64_t hash;
  /// The table of a small set lives inline.
  SetEntry small_table[8];
};

/// A new empty set (or frozenset when frozen is true).
Value set_new(VM& vm, bool frozen = false);
/// A new set of the given values, added in order (BUILD_SET).
Value set_from_values(VM& vm, const Value* values, size_t n);
/// set.add(key). False with an exception on error (unhashable key…).
bool set_add(VM& vm, Value set, Value key);
/// set.update(iterable) for one iterable (set_update_internal: a set or
/// frozenset is merged, a dict's keys are added with their stored hashes).
bool set_update(VM& vm, Value set, Value iterable);
/// key in set: 1, 0, -1 on error. A set key is looked up as a frozenset.
int set_contains(VM& vm, Set* set, Value key);
/// A new frozenset of everything an iterable yields.
Value frozenset_from_iterable(VM& vm, Value iterable);
/// Iteration over a set's table: advances *pos; false at the end.
bool set_next(const Set* set, size_t* pos, SetEntry** entry);

/// set.intersection(other) for one iterable: a new set (or frozenset, by
/// the type of `set`).
Value set_intersection(VM& vm, Set* set, Value other);
/// set.difference_update(other) for one iterable.
bool set_difference_update(VM& vm, Set* set, Value other);
/// set.symmetric_difference_update(other).
bool set_symmetric_difference_update(VM& vm, Set* set, Value other);

} // namespace py
