// BigInt against CPython: every operator, division family, powers, shifts, bitwise ops, bytes,
// hashing, float conversions, printing and parsing (vectors from numeric_data/regen.py).
#include "python/numeric/bigint.hpp"
#include "python/numeric/hash.hpp"
#include "python/numeric/int_bytes.hpp"
#include "python/numeric/int_float.hpp"
#include "python/numeric/int_text.hpp"

#include "python/numeric_data/support.hpp"

#include <catch2/catch.hpp>

#include <ctime>
#include <map>
#include <string>
#include <string_view>

using namespace numeric_test;

namespace {

// One generated vector: an operation, up to three operands and CPython's result.
struct Vector {
  std::string_view op, a, b, c, expected;
};

const Vector kVectors[] = {
#include "python/numeric_data/bigint_vectors.inc"
};

std::string ordering_text(std::partial_ordering o) {
  if (o == std::partial_ordering::unordered) return "?";
  return o < 0 ? "-1" : o > 0 ? "1" : "0";
}

// Runs one vector's operation and encodes the result as regen.py does.
std::string run(const Vector& v) {
  auto A = [&] { return hex_int(v.a); };
  auto B = [&] { return hex_int(v.b); };
  auto hexr = [](const BigInt& x) { return hex(x); };
  auto str = [](const std::string& s) { return s; };
  std::string_view op = v.op;
  if (op == "add") return hex(A() + B());
  if (op == "sub") return hex(A() - B());
  if (op == "mul") return hex(A() * B());
  if (op == "floordiv") return outcome(floor_div(A(), B()), hexr);
  if (op == "mod") return outcome(mod(A(), B()), hexr);
  if (op == "divmod") {
    return outcome(divmod(A(), B()),
                   [](const DivMod& d) { return hex(d.quotient) + "," + hex(d.remainder); });
  }
  if (op == "and") return hex(A() & B());
  if (op == "or") return hex(A() | B());
  if (op == "xor") return hex(A() ^ B());
  if (op == "cmp") return ordering_text(A() <=> B());
  if (op == "truediv") return outcome(true_divide(A(), B()), float_text);
  if (op == "gcd") return hex(gcd(A(), B()));
  if (op == "neg") return hex(-A());
  if (op == "invert") return hex(~A());
  if (op == "abs") return hex(A().abs());
  if (op == "bit_length") return std::to_string(A().bit_length());
  if (op == "bit_count") return std::to_string(A().bit_count());
  if (op == "str") return outcome(to_decimal_string(A(), kDefaultMaxStrDigits), str);
  if (op == "str_limit") return outcome(to_decimal_string(A(), std::stoul(std::string(v.b))), str);
  if (op == "hash") {
    BigInt a = A();
    std::int64_t h = hash_int(a);
    if (a.fits_int64()) CHECK(hash_int(a.to_int64()) == h);
    return std::to_string(h);
  }
  if (op == "to_double") return outcome(to_double(A()), float_text);
  if (op == "isqrt") return outcome(isqrt(A()), hexr);
  if (op == "fits_int64") {
    BigInt a = A();
    if (a.fits_int64()) CHECK(BigInt(a.to_int64()) == a);
    return a.fits_int64() ? "1" : "0";
  }
  if (op == "to_string") return to_string(A(), std::stoi(std::string(v.b)));
  if (op == "prefixed") return to_prefixed_string(A(), std::stoi(std::string(v.b)));
  if (op == "lshift") return outcome(shift_left(A(), B()), hexr);
  if (op == "rshift") return outcome(shift_right(A(), B()), hexr);
  if (op == "to_bytes") {
    auto args = split(v.b, ',');
    auto order = args[1] == "big" ? ByteOrder::Big : ByteOrder::Little;
    return outcome(to_bytes(A(), std::stoll(std::string(args[0])), order, args[2] == "1"),
                   [](const std::string& bytes) {
                     std::string out;
                     char buf[3];
                     for (unsigned char c : bytes) {
                       std::snprintf(buf, sizeof buf, "%02x", c);
                       out += buf;
                     }
                     return out;
                   });
  }
  if (op == "from_bytes") {
    auto args = split(v.b, ',');
    std::string bytes;
    for (std::size_t i = 0; i + 1 < v.a.size(); i += 2) {
      bytes += static_cast<char>(std::stoi(std::string(v.a.substr(i, 2)), nullptr, 16));
    }
    auto order = args[0] == "big" ? ByteOrder::Big : ByteOrder::Little;
    return hex(from_bytes(bytes, order, args[1] == "1"));
  }
  if (op == "pow") return outcome(pow(A(), B()), hexr);
  if (op == "powmod") return outcome(pow_mod(A(), B(), hex_int(v.c)), hexr);
  if (op == "factorial")
    return hex(factorial(static_cast<std::uint32_t>(std::stoul(std::string(v.a)))));
  if (op == "from_double") return outcome(from_double(bits_double(v.a)), hexr);
  if (op == "cmp_double") return ordering_text(compare(bits_double(v.a), B()));
  if (op == "parse") {
    return outcome(parse_int(v.a, std::stoi(std::string(v.b)), std::stoul(std::string(v.c))), hexr);
  }
  FAIL("unknown op " << op);
  return {};
}

} // namespace

TEST_CASE("BigInt operations match CPython", "[numeric][bigint]") {
  std::map<std::string_view, int> counts;
  for (const Vector& v : kVectors) {
    ++counts[v.op];
    std::string got = run(v);
    if (got != v.expected) {
      INFO(v.op << "(" << v.a.substr(0, 200) << ", " << v.b.substr(0, 200) << ", " << v.c << ")");
      CHECK(got.substr(0, 300) == v.expected.substr(0, 300));
      CHECK(got.size() == v.expected.size());
    }
  }
  // Every operation family is exercised (a vector file that lost a family would pass silently).
  for (auto op : {"add"sv, "mul"sv, "divmod"sv, "powmod"sv, "parse"sv, "to_bytes"sv, "hash"sv,
                  "truediv"sv, "cmp_double"sv, "lshift"sv, "str_limit"sv}) {
    CHECK(counts[op] > 0);
  }
}

TEST_CASE("BigInt interoperates with int64_t", "[numeric][bigint]") {
  const std::int64_t edges[] = {0, 1, -1, INT64_MAX, INT64_MIN, INT64_MAX - 1, INT64_MIN + 1};
  for (std::int64_t a : edges) {
    BigInt x = a;
    CHECK(x.fits_int64());
    CHECK(x.to_int64() == a);
    CHECK(hash_int(x) == hash_int(a));
    // Promotion on overflow: the exact sum of two int64 values.
    BigInt sum = x + INT64_MAX;
    CHECK(sum - INT64_MAX == x);
    CHECK((sum.fits_int64()) == (a <= 0));
  }
  CHECK_FALSE((BigInt(INT64_MAX) + 1).fits_int64());
  CHECK((BigInt(INT64_MIN) - 1 + 1).fits_int64());
  CHECK(BigInt(INT64_MIN) * -1 == BigInt::from_uint64(std::uint64_t{1} << 63));
}

TEST_CASE("str(2**100000) timing (prints CPU time, asserts nothing)", "[.][numeric-timing]") {
  BigInt big = shl(BigInt(1), 100000);
  std::clock_t start = std::clock();
  std::string s = to_decimal_string(big, 0).value();
  double ms = double(std::clock() - start) / CLOCKS_PER_SEC * 1e3;
  std::clock_t start_parse = std::clock();
  BigInt back = parse_int(s, 10, 0).value();
  double parse_ms = double(std::clock() - start_parse) / CLOCKS_PER_SEC * 1e3;
  WARN("str(2**100000): " << ms << " ms for " << s.size() << " digits; int() back: " << parse_ms
                          << " ms" << (back == big ? "" : " (MISMATCH)"));
}
