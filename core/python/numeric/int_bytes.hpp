// int.to_bytes() and int.from_bytes(): two's complement byte strings, either byte order.
#pragma once

#include "python/numeric/bigint.hpp"
#include "python/numeric/result.hpp"

#include <cstdint>
#include <string>
#include <string_view>

namespace py::num {

// The byte order argument of to_bytes/from_bytes (the VM validates the string: ValueError
// "byteorder must be either 'little' or 'big'").
enum class ByteOrder : unsigned char { Big, Little };

// a.to_bytes(length, order, signed=is_signed) as raw bytes. ValueError "length argument must be
// non-negative"; OverflowError "can't convert negative int to unsigned" and "int too big to
// convert"; MemoryError for absurd lengths.
Result<std::string> to_bytes(const BigInt& a, std::int64_t length, ByteOrder order, bool is_signed);
// int.from_bytes(bytes, order, signed=is_signed).
BigInt from_bytes(std::string_view bytes, ByteOrder order, bool is_signed);

} // namespace py::num
