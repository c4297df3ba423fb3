// Float arithmetic (% // divmod / **), round, hash, as_integer_ratio, is_integer and math.fsum
// against CPython's vectors.
#include "python/numeric/detail/exact_pow.hpp"
#include "python/numeric/float_ops.hpp"
#include "python/numeric/fsum.hpp"
#include "python/numeric/hash.hpp"
#include "python/numeric/libm.hpp"

#include "python/numeric_data/support.hpp"

#include <catch2/catch.hpp>

#include <map>
#include <optional>

using namespace numeric_test;

namespace {

struct Vector {
  std::string_view op, x, y, expected;
};

const Vector kVectors[] = {
#include "python/numeric_data/float_ops_vectors.inc"
};

// The libm functions under test by op name; each takes (x, y) (only atan2 reads y, as y=x, x=y).
using LibmFn = double (*)(double, double);
const std::map<std::string_view, LibmFn> kLibm = {
    {"sin", [](double x, double) { return libm_sin(x); }},
    {"cos", [](double x, double) { return libm_cos(x); }},
    {"tan", [](double x, double) { return libm_tan(x); }},
    {"asin", [](double x, double) { return libm_asin(x); }},
    {"acos", [](double x, double) { return libm_acos(x); }},
    {"atan", [](double x, double) { return libm_atan(x); }},
    {"atan2", [](double y, double x) { return libm_atan2(y, x); }},
    {"cbrt", [](double x, double) { return libm_cbrt(x); }},
};

std::string run(const Vector& v) {
  std::string_view op = v.op;
  if (op == "fsum") {
    FsumAccumulator sum;
    for (std::string_view term : split(v.x, ',')) {
      if (!sum.add(bits_double(term))) break;
    }
    return outcome(sum.result(), float_text);
  }
  double x = bits_double(v.x);
  auto y = [&] { return bits_double(v.y); };
  if (op == "mod") return outcome(float_mod(x, y()), float_text);
  if (op == "floordiv") return outcome(float_floordiv(x, y()), float_text);
  if (op == "truediv") return outcome(float_truediv(x, y()), float_text);
  if (op == "divmod") {
    return outcome(float_divmod(x, y()), [](const FloatDivMod& d) {
      return float_text(d.quotient) + "," + float_text(d.remainder);
    });
  }
  if (op == "pow") {
    return outcome(float_pow(x, y()), [](const std::optional<double>& r) {
      return r ? float_text(*r) : std::string("complex");
    });
  }
  if (op == "round") return outcome(float_round(x), [](const BigInt& n) { return hex(n); });
  if (op == "round_n") return outcome(float_round(x, std::stoll(std::string(v.y))), float_text);
  if (op == "hash") return std::isnan(x) ? "nan" : std::to_string(hash_double(x));
  if (op == "as_integer_ratio") {
    return outcome(float_as_integer_ratio(x), [](const IntegerRatio& r) {
      return hex(r.numerator) + "/" + hex(r.denominator);
    });
  }
  if (op == "is_integer") return float_is_integer(x) ? "1" : "0";
  FAIL("unknown op " << op);
  return {};
}

} // namespace

TEST_CASE("float operations match CPython", "[numeric][float_ops]") {
  std::map<std::string_view, int> counts;
  for (const Vector& v : kVectors) {
    ++counts[v.op];
    if (kLibm.count(v.op)) continue; // the libm test below
    INFO(v.op << "(" << v.x.substr(0, 120) << ", " << v.y << ")");
    CHECK(run(v) == v.expected);
  }
  for (auto op : {"mod"sv, "divmod"sv, "pow"sv, "round"sv, "round_n"sv, "hash"sv, "fsum"sv,
                  "as_integer_ratio"sv}) {
    CHECK(counts[op] > 0);
  }
}

TEST_CASE("exact_pow (the wasm pow) agrees with CPython's libm pow", "[numeric][float_ops]") {
  // CPython's pow is glibc's, which misrounds a few near-half-way cases that a correctly rounded
  // pow gets right: allow those (one ulp apart, rare), nothing else.
  int compared = 0, differ = 0;
  for (const Vector& v : kVectors) {
    if (v.op != "pow" || v.expected == "complex" || v.expected == "nan" || v.expected[0] == '!') {
      continue;
    }
    double x = bits_double(v.x), y = bits_double(v.y);
    if (!(x > 0) || x == 1 || !std::isfinite(x) || !std::isfinite(y) || y == 0) continue;
    double want = bits_double(v.expected), got = detail::exact_pow(x, y);
    ++compared;
    if (float_text(got) != v.expected) {
      ++differ;
      INFO("pow(" << v.x << ", " << v.y << ")");
      CHECK(std::nextafter(want, got) == got); // one ulp apart
    }
  }
  CHECK(compared > 1000);
  CHECK(differ * 200 < compared);
  // Overflow, underflow into the subnormals and to zero, against the C library.
  for (double y : {1024.5, 1100.0, -1074.5, -1075.0, -1073.3, -1070.0, -1200.0}) {
    CHECK(float_text(detail::exact_pow(2.0, y)) == float_text(std::pow(2.0, y)));
  }
  CHECK(std::isinf(detail::exact_pow(10.0, 400.0)));
  CHECK(detail::exact_pow(10.0, -400.0) == 0.0);
}

TEST_CASE("libm functions round as CPython's glibc does", "[numeric][float_ops]") {
  // cbrt replays glibc's algorithm and must match every bit. The trigonometric functions are
  // exact on glibc; elsewhere they are correctly rounded, which glibc's are in all but a few
  // cases: allow those (one ulp apart, rare), nothing else.
  std::map<std::string_view, int> compared, differ;
  for (const Vector& v : kVectors) {
    auto fn = kLibm.find(v.op);
    if (fn == kLibm.end()) continue;
    double got = fn->second(bits_double(v.x), v.y.empty() ? 0.0 : bits_double(v.y));
    ++compared[v.op];
    INFO(v.op << "(" << v.x << ", " << v.y << ")");
    if (v.expected[0] == '!') {
      // The math module raises ValueError where the C function gives NaN or infinity for a
      // finite argument (math.sin(inf)).
      CHECK((std::isnan(got) || std::isinf(got)));
    } else if (v.expected == "nan") {
      CHECK(std::isnan(got));
    } else if (float_text(got) != v.expected) {
      ++differ[v.op];
      double want = bits_double(v.expected);
      CHECK(v.op != "cbrt");
      CHECK(std::nextafter(want, got) == got);
    }
  }
  for (const auto& [op, fn] : kLibm) {
    INFO(op << ": " << differ[op] << " of " << compared[op] << " differ by one ulp");
    CHECK(compared[op] > 300);
    CHECK(differ[op] * 50 < compared[op]);
  }
}
