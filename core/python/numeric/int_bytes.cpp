// Conversions between BigInt and byte strings (CPython's _PyLong_AsByteArray/FromByteArray).
#include "python/numeric/int_bytes.hpp"

#include "python/numeric/detail/limits.hpp"

#include <algorithm>

namespace py::num {

Result<std::string> to_bytes(const BigInt& a, std::int64_t length, ByteOrder order,
                             bool is_signed) {
  if (length < 0) return value_error("length argument must be non-negative");
  if (a.is_negative() && !is_signed) {
    return overflow_error("can't convert negative int to unsigned");
  }
  auto bits = static_cast<std::uint64_t>(length) * 8;
  // Bits the value needs: |a| for unsigned, one more for the sign bit when signed (a negative
  // value down to -2**(bits-1) needs only the bits of |a| - 1).
  std::uint64_t needed = a.is_negative() ? (a.abs() - 1).bit_length() + 1
                                         : a.bit_length() + (is_signed && !a.is_zero());
  // CPython stores no sign bit when there is no byte at all, so -1 fits in zero bytes.
  if (needed > bits && !(bits == 0 && a == -1)) return overflow_error("int too big to convert");
  if (bits > detail::kMaxBits) return memory_error();
  std::string out(static_cast<std::size_t>(length), '\0');
  const auto& mag = a.magnitude();
  // Little-endian two's complement: negate byte by byte with a running carry.
  unsigned carry = 1;
  for (std::size_t i = 0; i < out.size(); ++i) {
    unsigned byte = i / 4 < mag.size() ? (mag[i / 4] >> (8 * (i % 4))) & 0xFF : 0;
    if (a.is_negative()) {
      byte = (~byte & 0xFF) + carry;
      carry = byte >> 8;
    }
    out[i] = static_cast<char>(byte);
  }
  if (order == ByteOrder::Big) std::reverse(out.begin(), out.end());
  return out;
}

BigInt from_bytes(std::string_view bytes, ByteOrder order, bool is_signed) {
  std::string little(bytes);
  if (order == ByteOrder::Big) std::reverse(little.begin(), little.end());
  bool negative = is_signed && !little.empty() && (little.back() & 0x80);
  detail::LimbVector mag((little.size() + 3) / 4);
  unsigned carry = 1;
  for (std::size_t i = 0; i < little.size(); ++i) {
    unsigned byte = static_cast<unsigned char>(little[i]);
    if (negative) {
      byte = (~byte & 0xFF) + carry;
      carry = byte >> 8;
      byte &= 0xFF;
    }
    mag[i / 4] |= detail::Limb{byte} << (8 * (i % 4));
  }
  return BigInt::from_magnitude(std::move(mag), negative);
}

} // namespace py::num
