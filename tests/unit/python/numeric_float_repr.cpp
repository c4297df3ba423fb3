// repr(float) against CPython's vectors, and a randomized check of the shortest-digits property:
// every repr reads back to the same bits, no decimal with fewer digits does, and when the
// nearest decimal of that length reads back, repr chose it (the C library's correctly rounded
// printf and strtod are the slow exact reference).
#include "python/numeric/float_repr.hpp"
#include "python/numeric/float_shortest.hpp"

#include "python/numeric_data/support.hpp"

#include <catch2/catch.hpp>

#include <algorithm>
#include <cstdlib>
#include <ctime>
#include <random>
#include <string>

using namespace numeric_test;

namespace {

struct Vector {
  std::string_view bits, repr;
};

const Vector kVectors[] = {
#include "python/numeric_data/float_repr_vectors.inc"
};

std::uint64_t bits_of(double x) { return numeric_test::bit_cast<std::uint64_t>(x); }

// strtod of significand * 10**exponent.
double read_decimal(long long significand, int exponent) {
  return std::strtod((std::to_string(significand) + "e" + std::to_string(exponent)).c_str(),
                     nullptr);
}

// The digits and exponent of printf's "%.*e" of x with `digits` significant digits: x is
// rounded to significand * 10**exponent, correctly (the reference for "nearest").
void printf_decimal(double x, int digits, long long& significand, int& exponent) {
  char buf[64];
  std::snprintf(buf, sizeof buf, "%.*e", digits - 1, x);
  std::string s = buf;
  std::size_t e = s.find('e');
  std::string mantissa = s.substr(0, e);
  mantissa.erase(std::remove(mantissa.begin(), mantissa.end(), '.'), mantissa.end());
  significand = std::stoll(mantissa);
  exponent = std::stoi(s.substr(e + 1)) - (digits - 1);
}

int digit_count(std::uint64_t n) {
  int d = 1;
  while (n >= 10) {
    n /= 10;
    ++d;
  }
  return d;
}

// Checks the shortest-digits properties of one finite positive double.
void check_shortest(double x) {
  Decimal d = shortest_decimal(x);
  int n = digit_count(d.significand);
  INFO("x = " << float_text(x) << ", shortest " << d.significand << "e" << d.exponent);
  REQUIRE(bits_of(read_decimal(static_cast<long long>(d.significand), d.exponent)) == bits_of(x));
  if (n > 1) {
    // No decimal with n - 1 digits reads back: try the nearest one and its neighbours (which
    // include the other side of x, also across a power of ten).
    long long m;
    int e;
    printf_decimal(x, n - 1, m, e);
    for (long long c : {m - 1, m, m + 1}) REQUIRE(bits_of(read_decimal(c, e)) != bits_of(x));
    long long low = 1;
    for (int i = 0; i < n - 2; ++i) low *= 10;
    if (m == low) REQUIRE(bits_of(read_decimal(low * 10 - 1, e - 1)) != bits_of(x));
  }
  // Of the n-digit decimals, the nearest one is chosen whenever it reads back.
  long long m;
  int e;
  printf_decimal(x, n, m, e);
  if (bits_of(read_decimal(m, e)) == bits_of(x)) {
    long long ours = static_cast<long long>(d.significand);
    int our_e = d.exponent;
    while (our_e > e) {
      ours *= 10;
      --our_e;
    }
    REQUIRE(ours == m);
    REQUIRE(our_e == e);
  }
}

} // namespace

TEST_CASE("repr(float) matches CPython", "[numeric][float_repr]") {
  REQUIRE(std::size(kVectors) > 20000);
  for (const Vector& v : kVectors) {
    double x = bits_double(v.bits);
    INFO("bits " << v.bits);
    CHECK(float_repr(x) == v.repr);
  }
}

TEST_CASE("shortest repr round-trips and is minimal on random bit patterns",
          "[numeric][float_repr]") {
#ifdef __EMSCRIPTEN__
  constexpr int kRoundTrips = 300000, kExactChecks = 30000;
#else
  constexpr int kRoundTrips = 3000000, kExactChecks = 400000;
#endif
  std::mt19937_64 rng(12345);
  int checked = 0;
  for (int i = 0; i < kRoundTrips; ++i) {
    double x = numeric_test::bit_cast<double>(rng());
    if (!std::isfinite(x)) continue;
    std::string s = float_repr(x);
    double back = std::strtod(s.c_str(), nullptr);
    if (bits_of(back) != bits_of(x)) FAIL("repr " << s << " of " << float_text(x));
    if (x != 0 && i < kExactChecks) {
      check_shortest(std::fabs(x));
      ++checked;
    }
  }
  // All the tiniest subnormals and the significands next to every power of two.
  for (std::uint64_t c = 1; c < 2000; ++c) check_shortest(numeric_test::bit_cast<double>(c));
  for (std::uint64_t e = 1; e < 2047; ++e) {
    for (std::uint64_t t : {std::uint64_t{0}, std::uint64_t{1}, (std::uint64_t{1} << 52) - 1}) {
      check_shortest(numeric_test::bit_cast<double>(e << 52 | t));
    }
  }
  CHECK(checked > kExactChecks / 2);
}

TEST_CASE("repr(float) timing (prints CPU time, asserts nothing)", "[.][numeric-timing]") {
  std::mt19937_64 rng(7);
  std::vector<double> xs;
  while (xs.size() < 1000000) {
    double x = numeric_test::bit_cast<double>(rng());
    if (std::isfinite(x)) xs.push_back(x);
  }
  std::size_t total = 0;
  std::clock_t start = std::clock();
  for (double x : xs) total += float_repr(x).size();
  double ns = double(std::clock() - start) / CLOCKS_PER_SEC * 1e9;
  WARN("repr(float): " << ns / xs.size() << " ns per call (" << total << " chars)");
}
