// format() of int, float and str, and the %-formatting helpers, against CPython's vectors.
#include "python/numeric/format.hpp"
#include "python/numeric/int_text.hpp"
#include "python/numeric/percent_format.hpp"

#include "python/numeric_data/support.hpp"

#include <catch2/catch.hpp>

#include <map>
#include <string>

using namespace numeric_test;

namespace {

// format(value, spec): kind 'i' (hex int), 'f' (float bits) or 's' (str).
struct FormatVector {
  std::string_view kind, value, spec, type_name, expected;
};

const FormatVector kFormatVectors[] = {
#include "python/numeric_data/format_vectors.inc"
};

// fmt % (value,) with one conversion: value kind 'i', 'f' or 't' (already converted text).
struct PercentVector {
  std::string_view format, kind, value, expected;
};

const PercentVector kPercentVectors[] = {
#include "python/numeric_data/percent_vectors.inc"
};

// Runs a formatting function on a string that already holds text: its outcome, with what it
// appended in *text (an error must leave the string as it was).
template <class Format>
Result<void> appended(Format format, std::string* text) {
  const std::string before = "before|";
  std::string out = before;
  Result<void> r = format(out);
  REQUIRE(out.compare(0, before.size(), before) == 0);
  if (!r) REQUIRE(out == before);
  *text = out.substr(before.size());
  return r;
}

std::string run(const FormatVector& v) {
  std::string text;
  Result<void> r = appended(
      [&](std::string& out) {
        if (v.kind == "i") {
          return format_int(hex_int(v.value), v.spec, v.type_name, kDefaultMaxStrDigits, out);
        }
        if (v.kind == "f") return format_float(bits_double(v.value), v.spec, v.type_name, out);
        return format_str(v.value, v.spec, v.type_name, out);
      },
      &text);
  return r ? text : error_text(r.error());
}

// The one conversion of a percent vector, appended to out.
Result<void> convert(const PercentVector& v, const PercentSpec& spec, std::string& out) {
  switch (spec.type) {
  case 'd':
  case 'i':
  case 'u':
  case 'o':
  case 'x':
  case 'X': return percent_format_int(hex_int(v.value), spec, kDefaultMaxStrDigits, out);
  case 'e':
  case 'E':
  case 'f':
  case 'F':
  case 'g':
  case 'G': percent_format_float(bits_double(v.value), spec, out); return {};
  case 'c':
    if (v.kind == "i") return percent_format_char(hex_int(v.value), spec, out);
    percent_format_text(v.value, spec, out);
    return {};
  case 's':
  case 'r':
  case 'a': percent_format_text(v.value, spec, out); return {};
  default: return unsupported_percent_type(v.format, spec);
  }
}

// Renders fmt % (value,) the way the VM does: literal text, the conversion, literal text.
std::string run(const PercentVector& v) {
  std::size_t percent = v.format.find('%');
  std::size_t pos = percent + 1;
  Result<PercentSpec> parsed = parse_percent_spec(v.format, pos);
  if (!parsed) return error_text(parsed.error());
  std::string text;
  Result<void> r =
      appended([&](std::string& out) { return convert(v, parsed.value(), out); }, &text);
  if (!r) return error_text(r.error());
  return std::string(v.format.substr(0, percent)) + text + std::string(v.format.substr(pos));
}

} // namespace

TEST_CASE("format() of int, float and str matches CPython", "[numeric][format]") {
  std::map<std::string_view, int> counts;
  for (const FormatVector& v : kFormatVectors) {
    ++counts[v.kind];
    INFO("format(" << v.kind << ":" << v.value.substr(0, 60) << ", '" << v.spec << "') as "
                   << v.type_name);
    std::string got = run(v);
    CHECK(got == v.expected);
  }
  CHECK(counts["i"] > 1000);
  CHECK(counts["f"] > 1000);
  CHECK(counts["s"] > 100);
}

TEST_CASE("%-formatting helpers match CPython", "[numeric][format]") {
  REQUIRE(std::size(kPercentVectors) > 1000);
  for (const PercentVector& v : kPercentVectors) {
    INFO("'" << v.format << "' % " << v.kind << ":" << v.value.substr(0, 60));
    CHECK(run(v) == v.expected);
  }
}

TEST_CASE("%-format spec parsing reports keys and stars", "[numeric][format]") {
  std::string_view fmt = "%(name)-*.*f";
  std::size_t pos = 1;
  Result<PercentSpec> spec = parse_percent_spec(fmt, pos);
  REQUIRE(spec);
  CHECK(spec.value().has_key);
  CHECK(spec.value().key == "name");
  CHECK(spec.value().left);
  CHECK(spec.value().width_from_arg);
  CHECK(spec.value().precision_from_arg);
  CHECK(spec.value().type == 'f');
  CHECK(pos == fmt.size());
}
