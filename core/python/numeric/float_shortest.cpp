// Shortest round-trip decimal by Raffaello Giulietti's Schubfach algorithm ("The Schubfach way to
// render doubles", 2020; the structure follows his DoubleToDecimal.toDecimal, written here anew
// for C++). Every double in the round-trip interval is tested against a 126-bit approximation
// of a power of ten (schubfach_table.inc), with no fallback needed.
#include "python/numeric/float_shortest.hpp"

#include "python/numeric/detail/bit_cast.hpp"

#include <bit>

namespace py::num {
namespace {

#include "python/numeric/detail/schubfach_table.inc"

constexpr int kMinK = -324;                             // first row of kPow10Table
constexpr int kQMin = -1074;                            // exponent of the smallest subnormal
constexpr std::uint64_t kCMin = std::uint64_t{1} << 52; // smallest normal significand
constexpr std::uint64_t kMask63 = (std::uint64_t{1} << 63) - 1;

// floor(log10(2**q)), floor(log10(3/4 * 2**q)) and floor(log2(10**e)) in fixed point (exact over
// the ranges used; schubfach_table.py checks them).
int flog10_pow2(int q) { return static_cast<int>((std::int64_t{q} * 661971961083) >> 41); }
int flog10_three_quarters_pow2(int q) {
  return static_cast<int>((std::int64_t{q} * 661971961083 - 274743187321) >> 41);
}
int flog2_pow10(int e) { return static_cast<int>((std::int64_t{e} * 913124641741) >> 38); }

// The high 64 bits of a * b.
std::uint64_t mul_high(std::uint64_t a, std::uint64_t b) {
  return static_cast<std::uint64_t>((static_cast<unsigned __int128>(a) * b) >> 64);
}

// floor(g * cp / 2**127) with its lowest bit set when the division is inexact ("round to odd"),
// for g = g1 * 2**63 + g0.
std::uint64_t round_odd(std::uint64_t g1, std::uint64_t g0, std::uint64_t cp) {
  std::uint64_t x1 = mul_high(g0, cp);
  std::uint64_t y0 = g1 * cp;
  std::uint64_t y1 = mul_high(g1, cp);
  std::uint64_t z = (y0 >> 1) + x1;
  std::uint64_t vbp = y1 + (z >> 63);
  return vbp | (((z & kMask63) + kMask63) >> 63);
}

// Drops the trailing zero digits of f * 10**e.
Decimal strip(std::uint64_t f, int e) {
  while (f % 10 == 0) {
    f /= 10;
    ++e;
  }
  return {f, e};
}

// The shortest decimal for c * 2**q.
Decimal to_decimal(int q, std::uint64_t c) {
  std::uint64_t out = c & 1; // odd significands exclude the interval's ends
  std::uint64_t cb = c << 2;
  std::uint64_t cbr = cb + 2;
  std::uint64_t cbl;
  int k;
  if (c != kCMin || q == kQMin) {
    cbl = cb - 2; // regular spacing
    k = flog10_pow2(q);
  } else {
    cbl = cb - 1; // at a power of two the spacing below is half the spacing above
    k = flog10_three_quarters_pow2(q);
  }
  int h = q + flog2_pow10(-k) + 2;
  std::uint64_t g1 = kPow10Table[k - kMinK][0], g0 = kPow10Table[k - kMinK][1];
  std::uint64_t vb = round_odd(g1, g0, cb << h);
  std::uint64_t vbl = round_odd(g1, g0, cbl << h);
  std::uint64_t vbr = round_odd(g1, g0, cbr << h);

  std::uint64_t s = vb >> 2;
  // Giulietti's Java code tests s >= 100 here and scales tiny subnormals by ten because Java
  // wants two digits at least; Python wants the shortest, so any s with two digits may lose one.
  if (s >= 10) {
    // Try one digit less: s' = 10 * floor(s / 10) and s' + 10.
    std::uint64_t sp10 = s / 10 * 10;
    std::uint64_t tp10 = sp10 + 10;
    bool upin = vbl + out <= sp10 << 2;
    bool wpin = (tp10 << 2) + out <= vbr;
    if (upin != wpin) return strip(upin ? sp10 : tp10, k);
  }
  std::uint64_t t = s + 1;
  bool uin = vbl + out <= s << 2;
  bool win = (t << 2) + out <= vbr;
  if (uin != win) return strip(uin ? s : t, k);
  // Both s and t round to the double: take the closer, ties to even.
  auto cmp = static_cast<std::int64_t>(vb - ((s + t) << 1));
  return strip(cmp < 0 || (cmp == 0 && (s & 1) == 0) ? s : t, k);
}

} // namespace

Decimal shortest_decimal(double x) {
  auto bits = detail::bit_cast<std::uint64_t>(x);
  std::uint64_t t = bits & (kCMin - 1);
  int bq = static_cast<int>(bits >> 52) & 0x7FF;
  if (bq == 0) return to_decimal(kQMin, t);
  int mq = -kQMin + 1 - bq;
  std::uint64_t c = kCMin | t;
  if (0 < mq && mq < 53) {
    // An integer below 2**53 is its own shortest decimal.
    std::uint64_t f = c >> mq;
    if (f << mq == c) return strip(f, 0);
  }
  return to_decimal(-mq, c);
}

} // namespace py::num
