// Size limits shared by the numeric code.
#pragma once

#include <cstdint>

namespace py::num::detail {

// The largest integer (in bits) an operation may produce before it reports MemoryError instead
// of trying: 2**32 bits is 512 MiB, more than a wasm32 heap can hold.
inline constexpr std::uint64_t kMaxBits = std::uint64_t{1} << 32;

// The largest width or precision format() accepts before reporting MemoryError (CPython would
// try to build the string; 2**28 characters is already more than a browser tab should hold).
inline constexpr std::int64_t kMaxFormatLength = std::int64_t{1} << 28;

} // namespace py::num::detail
