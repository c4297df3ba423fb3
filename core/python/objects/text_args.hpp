// Argument handling shared by the methods of str, bytes and bytearray:
// CPython's older arity messages, the optional start/end of find() and
// friends, and size arguments.
#pragma once

#include <cstddef>
#include <cstdint>
#include <string_view>

#include "python/objects/sequence.hpp"
#include "python/vm/object.hpp"

namespace py {

struct Tuple;

/// Arity as PyArg_ParseTuple words it: "find() takes at least 1 argument (0
/// given)", "… at most 3 arguments (4 given)"; keywords are refused with
/// "str.find() takes no keyword arguments" (`owner` is "str", "bytes"…).
bool check_tuple_arity(VM& vm, std::string_view owner, std::string_view name, size_t nargs,
                       Tuple* kwnames, size_t min, size_t max);

/// The optional start and end of find(), count(), startswith()… (null or
/// None for the defaults), clamped to [0, length] as CPython's
/// ADJUST_INDICES does; *end may come out smaller than *start. Huge ints
/// clamp rather than fail, as in slices.
bool range_args(VM& vm, Value start, Value end, int64_t length, int64_t* out_start,
                int64_t* out_end);

} // namespace py
