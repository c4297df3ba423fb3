// float(str), float.fromhex and float.hex against CPython's vectors.
#include "python/numeric/float_hex.hpp"
#include "python/numeric/float_parse.hpp"

#include "python/numeric_data/support.hpp"

#include <catch2/catch.hpp>

#include <map>

using namespace numeric_test;

namespace {

struct Vector {
  std::string_view op, text, expected;
};

const Vector kVectors[] = {
#include "python/numeric_data/float_parse_vectors.inc"
};

std::string run(const Vector& v) {
  if (v.op == "float") return outcome(parse_float(v.text), float_text);
  if (v.op == "fromhex") return outcome(float_fromhex(v.text), float_text);
  return float_hex(bits_double(v.text));
}

} // namespace

TEST_CASE("float(str), float.fromhex and float.hex match CPython", "[numeric][float_parse]") {
  std::map<std::string_view, int> counts;
  for (const Vector& v : kVectors) {
    ++counts[v.op];
    INFO(v.op << "(" << v.text.substr(0, 120) << ")");
    CHECK(run(v) == v.expected);
  }
  CHECK(counts["float"] > 10000);
  CHECK(counts["fromhex"] > 500);
  CHECK(counts["hex"] > 500);
}
