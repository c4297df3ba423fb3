// Helpers shared by the numeric tests: decoding the generated vectors and encoding results the
// way regen.py writes CPython's (signed hex ints, float bits, "!Kind:message" errors).
#pragma once

#include "python/numeric/bigint.hpp"
#include "python/numeric/detail/bit_cast.hpp"
#include "python/numeric/int_text.hpp"
#include "python/numeric/result.hpp"

#include <bit>
#include <cmath>
#include <cstdint>
#include <cstdio>
#include <string>
#include <string_view>
#include <vector>

namespace numeric_test {

// The tests say `using namespace numeric_test;` and get these too.
using namespace std::literals;
using namespace py::num;
using py::num::detail::bit_cast;

// The int written in signed hex by regen.py.
inline py::num::BigInt hex_int(std::string_view text) {
  return py::num::parse_int(text, 16, 0).value();
}

// An int as regen.py writes it.
inline std::string hex(const py::num::BigInt& v) { return py::num::to_string(v, 16); }

// The double whose IEEE bits are the 16 hex digits of text.
inline double bits_double(std::string_view text) {
  return bit_cast<double>(static_cast<std::uint64_t>(std::stoull(std::string(text), nullptr, 16)));
}

// A float result as regen.py writes it: "nan", or the bits in hex.
inline std::string float_text(double x) {
  if (std::isnan(x)) return "nan";
  char buf[20];
  std::snprintf(buf, sizeof buf, "%016llx",
                static_cast<unsigned long long>(bit_cast<std::uint64_t>(x)));
  return buf;
}

// "!Kind:message", as regen.py writes a CPython exception.
inline std::string error_text(const py::num::Error& e) {
  static constexpr const char* kNames[] = {"ValueError", "OverflowError", "ZeroDivisionError",
                                           "TypeError", "MemoryError"};
  return std::string("!") + kNames[static_cast<int>(e.kind)] + ":" + e.message;
}

// encode(value) or the error text.
template <class T, class Encode>
std::string outcome(const py::num::Result<T>& r, Encode encode) {
  return r ? encode(r.value()) : error_text(r.error());
}

// Splits text at each separator.
inline std::vector<std::string_view> split(std::string_view text, char separator) {
  std::vector<std::string_view> parts;
  if (text.empty()) return parts;
  std::size_t start = 0;
  for (;;) {
    std::size_t end = text.find(separator, start);
    parts.push_back(text.substr(start, end - start));
    if (end == std::string_view::npos) return parts;
    start = end + 1;
  }
}

} // namespace numeric_test
