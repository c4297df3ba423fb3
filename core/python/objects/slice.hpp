// slice and the index arithmetic shared by every sequence type.
#pragma once

#include <cstdint>

#include "python/numeric/bigint.hpp"
#include "python/vm/object.hpp"

namespace py {

/// A slice object (start, stop, step may each be None).
struct Slice : Object {
  Value start, stop, step;
};

/// A new slice (references are taken).
Value slice_new(VM& vm, Value start, Value stop, Value step);
/// Resolves a slice against a sequence length (CPython's PySlice_GetIndicesEx):
/// false with an exception on a bad slice (step 0, non-int bounds).
bool slice_indices(VM& vm, Slice* slice, int64_t length, int64_t* start, int64_t* stop,
                   int64_t* step, int64_t* count);
/// The two halves of slice_indices, for mutable sequences: unpacking may run
/// __index__ code that resizes the sequence, so its length is read only
/// afterwards, for the adjustment. slice_unpack is CPython's PySlice_Unpack
/// (bounds clamped to int64, step never 0).
bool slice_unpack(VM& vm, Slice* slice, int64_t* start, int64_t* stop, int64_t* step);
/// PySlice_AdjustIndices: clamps unpacked bounds into [0, length]; returns
/// how many items the slice selects.
int64_t slice_adjust(int64_t length, int64_t* start, int64_t* stop, int64_t step);
/// Resolves a slice against a length of any size (CPython's
/// _PySlice_GetLongIndices, behind slice.indices() and range slicing): start
/// and stop are clamped into the sequence, step is kept as given.
bool slice_long_indices(VM& vm, Slice* slice, const num::BigInt& length, num::BigInt* start,
                        num::BigInt* stop, num::BigInt* step);
/// Normalizes an item index against a length; false (no exception) when out of range.
inline bool normalize_index(int64_t* index, int64_t length) {
  if (*index < 0) *index += length;
  return *index >= 0 && *index < length;
}

} // namespace py
