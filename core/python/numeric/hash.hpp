// Python's numeric hash (modulus 2**61 - 1, as CPython on 64-bit hosts), so that equal ints and
// floats hash alike: hash(1.0) == hash(1), hash(2**61) == 1.
#pragma once

#include "python/numeric/bigint.hpp"

#include <cstdint>

namespace py::num {

// hash(a) for an int.
std::int64_t hash_int(const BigInt& a);
// hash(v) for a small int, without building a BigInt.
std::int64_t hash_int(std::int64_t v);
// hash(x) for a float: +-314159 for infinities; for a NaN CPython hashes the object's identity,
// which only the VM knows, so this returns 0 and the VM must handle NaN itself.
std::int64_t hash_double(double x);

} // namespace py::num
