// The Unicode database against CPython 3.11: every expected value comes from
// unicode_db_vectors.inc, which tools/gen_unicode_db.py writes from CPython's
// own answers (str methods and unicodedata), never from hand.
#include <catch2/catch.hpp>

#include <cstdint>
#include <cstdio>
#include <cstring>
#include <string>
#include <vector>

#include "python/objects/unicode_db.hpp"

namespace {

/// CPython's answers for one sampled code point.
struct Vector {
  /// The code point.
  uint32_t cp;
  /// Bit i: the answer of the predicate kPredicateNames[i].
  uint32_t predicates;
  /// unicodedata.category().
  char category[3];
  /// unicodedata.decimal(c, -1) and unicodedata.digit(c, -1).
  int decimal, digit;
  /// Index into kVectorNumerics, or -1 when unicodedata.numeric() has none.
  int numeric;
  /// upper(), lower(), title(), casefold(): a single code point as its
  /// difference from cp, or kPooled + the offset of (length, code points...)
  /// in kVectorPool.
  int32_t mappings[4];
};

/// Marks Vector::mappings entries that point into kVectorPool.
constexpr int32_t kPooled = 0x40000000;

/// A capital sigma in context and whether CPython's str.lower() made it final.
struct SigmaCase {
  /// The text's code points (length of them are used).
  uint32_t text[8];
  /// How many code points text holds.
  size_t length;
  /// Index of the sigma.
  size_t index;
  /// Whether lower() gave U+03C2.
  bool final;
};

/// A name to look up and the code point "\\N{name}" gives in CPython (-1: an error).
struct NameQuery {
  /// The name (UTF-8).
  const char* name;
  /// The code point, or -1.
  int64_t cp;
};

#include "python/unicode_db_vectors.inc"

using namespace py::unicode;

/// A predicate of the API by the name the generator uses.
struct Predicate {
  /// The name in kPredicateNames.
  const char* name;
  /// The function.
  bool (*test)(uint32_t);
};

/// Every predicate the API has; the vectors' bit order comes from kPredicateNames.
const Predicate kPredicates[] = {
    {"is_alpha", is_alpha},
    {"is_decimal", is_decimal},
    {"is_digit", is_digit},
    {"is_numeric", is_numeric},
    {"is_space", is_space},
    {"is_linebreak", is_linebreak},
    {"is_upper", is_upper},
    {"is_lower", is_lower},
    {"is_title", is_title},
    {"is_cased", is_cased},
    {"is_case_ignorable", is_case_ignorable},
    {"is_printable", is_printable},
    {"is_identifier_start", is_identifier_start},
    {"is_identifier_continue", is_identifier_continue},
    {"is_alnum", is_alnum},
};

/// The predicates in the vectors' bit order (fails the test when names differ).
std::vector<const Predicate*> predicates_in_order() {
  std::vector<const Predicate*> order;
  for (const char* name : kPredicateNames) {
    const Predicate* found = nullptr;
    for (const Predicate& p : kPredicates) {
      if (std::strcmp(p.name, name) == 0) found = &p;
    }
    INFO("predicate " << name);
    REQUIRE(found != nullptr);
    order.push_back(found);
  }
  REQUIRE(order.size() == std::size(kPredicates));
  return order;
}

/// The API's case mapping functions in Vector::mappings order.
using CaseMapping = int (*)(uint32_t, uint32_t*);
/// upper, lower, title, casefold.
const CaseMapping kMappings[4] = {to_upper, to_lower, to_title, casefold};
/// Their names, for messages.
const char* const kMappingNames[4] = {"upper", "lower", "title", "casefold"};

/// "U+XXXX" for messages.
std::string hex(uint32_t cp) {
  char text[16];
  std::snprintf(text, sizeof text, "U+%04X", unsigned(cp));
  return text;
}

/// Collects mismatches and reports the first few in one assertion.
class Mismatches {
public:
  /// Records one mismatch.
  void add(const std::string& what) {
    if (++count_ <= 20) text_ += what + "\n";
  }
  /// Fails (once) when anything was recorded.
  void check() {
    INFO(count_ << " mismatches, first:\n" << text_);
    CHECK(count_ == 0);
  }

private:
  /// How many mismatches.
  size_t count_ = 0;
  /// The first ones, one per line.
  std::string text_;
};

/// The expected code points of vector mapping `value` for cp.
std::vector<uint32_t> expected_mapping(uint32_t cp, int32_t value) {
  if (value < kPooled) return {cp + uint32_t(value)};
  const uint32_t* at = kVectorPool + (value - kPooled);
  return std::vector<uint32_t>(at + 1, at + 1 + at[0]);
}

/// What the API answers for one mapping of cp.
std::vector<uint32_t> actual_mapping(CaseMapping mapping, uint32_t cp) {
  uint32_t out[kMaxCaseMapping] = {};
  int n = mapping(cp, out);
  if (n < 1 || n > kMaxCaseMapping) return {};
  return std::vector<uint32_t>(out, out + n);
}

/// Mixes one 32-bit word into a block hash (the generator's block_hashes()).
uint64_t mix(uint64_t h, uint32_t word) {
  h = (h ^ word) * 0x100000001B3ull;
  return h ^ (h >> 32);
}

/// Hashes the API's answers for one code point into h, word for word as the
/// generator's hash_words() does with CPython's.
uint64_t hash_code_point(uint64_t h, uint32_t cp, const std::vector<const Predicate*>& order) {
  uint32_t bits = 0;
  for (size_t i = 0; i < order.size(); ++i) bits |= uint32_t(order[i]->test(cp)) << i;
  h = mix(h, bits);
  const char* cat = category(cp);
  h = mix(h, uint32_t(uint8_t(cat[0])) | uint32_t(uint8_t(cat[1])) << 8);
  h = mix(h, uint32_t(decimal_value(cp)));
  h = mix(h, uint32_t(digit_value(cp)));
  bool ok = false;
  double value = numeric_value(cp, &ok);
  uint64_t raw = ~uint64_t(0);
  if (ok) std::memcpy(&raw, &value, sizeof raw);
  h = mix(h, uint32_t(raw));
  h = mix(h, uint32_t(raw >> 32));
  for (CaseMapping mapping : kMappings) {
    uint32_t out[kMaxCaseMapping];
    int n = mapping(cp, out);
    h = mix(h, uint32_t(n));
    for (int i = 0; i < n; ++i) h = mix(h, out[i]);
  }
  return h;
}

/// UTF-8 of code points (surrogates encoded like any other, as CPython's
/// "surrogatepass" would; the sigma tests never use them).
std::string utf8(const uint32_t* text, size_t length, std::vector<size_t>* offsets) {
  std::string out;
  for (size_t i = 0; i < length; ++i) {
    uint32_t c = text[i];
    offsets->push_back(out.size());
    if (c < 0x80) {
      out += char(c);
    } else if (c < 0x800) {
      out += char(0xC0 | c >> 6);
      out += char(0x80 | (c & 0x3F));
    } else if (c < 0x10000) {
      out += char(0xE0 | c >> 12);
      out += char(0x80 | ((c >> 6) & 0x3F));
      out += char(0x80 | (c & 0x3F));
    } else {
      out += char(0xF0 | c >> 18);
      out += char(0x80 | ((c >> 12) & 0x3F));
      out += char(0x80 | ((c >> 6) & 0x3F));
      out += char(0x80 | (c & 0x3F));
    }
  }
  return out;
}

} // namespace

TEST_CASE("unicode: the tables are CPython's Unicode version", "[unicode]") {
  CHECK(std::string(unidata_version()) == kVectorUnidataVersion);
}

TEST_CASE("unicode: predicates match CPython on sampled code points", "[unicode]") {
  auto order = predicates_in_order();
  Mismatches mismatches;
  for (const Vector& v : kVectors) {
    for (size_t i = 0; i < order.size(); ++i) {
      bool expected = (v.predicates >> i) & 1;
      if (order[i]->test(v.cp) != expected) {
        mismatches.add(hex(v.cp) + " " + order[i]->name + " should be " +
                       (expected ? "true" : "false"));
      }
    }
  }
  mismatches.check();
}

TEST_CASE("unicode: case mappings match CPython on sampled code points", "[unicode]") {
  Mismatches mismatches;
  for (const Vector& v : kVectors) {
    for (int m = 0; m < 4; ++m) {
      if (actual_mapping(kMappings[m], v.cp) != expected_mapping(v.cp, v.mappings[m])) {
        mismatches.add(hex(v.cp) + " " + kMappingNames[m]);
      }
    }
  }
  mismatches.check();
}

TEST_CASE("unicode: digits, numeric values and categories match CPython", "[unicode]") {
  Mismatches mismatches;
  for (const Vector& v : kVectors) {
    if (decimal_value(v.cp) != v.decimal) mismatches.add(hex(v.cp) + " decimal");
    if (digit_value(v.cp) != v.digit) mismatches.add(hex(v.cp) + " digit");
    bool ok = true;
    double value = numeric_value(v.cp, &ok);
    if (ok != (v.numeric >= 0)) {
      mismatches.add(hex(v.cp) + " has numeric");
    } else if (ok && std::memcmp(&value, &kVectorNumerics[v.numeric], sizeof value) != 0) {
      mismatches.add(hex(v.cp) + " numeric value");
    }
    if (std::strcmp(category(v.cp), v.category) != 0) {
      mismatches.add(hex(v.cp) + " category " + category(v.cp) + " should be " + v.category);
    }
  }
  mismatches.check();
}

TEST_CASE("unicode: every code point matches CPython (block hashes)", "[unicode]") {
  auto order = predicates_in_order();
  Mismatches mismatches;
  for (uint32_t block = 0; block < std::size(kBlockHashes); ++block) {
    uint64_t h = 0xCBF29CE484222325ull;
    for (uint32_t cp = block * kHashBlock; cp < (block + 1) * kHashBlock; ++cp) {
      h = hash_code_point(h, cp, order);
    }
    if (h != kBlockHashes[block]) {
      mismatches.add("block " + hex(block * kHashBlock) + ".." + hex((block + 1) * kHashBlock - 1));
    }
  }
  CHECK(std::size(kBlockHashes) * kHashBlock == 0x110000);
  mismatches.check();
}

TEST_CASE("unicode: invariants hold for every code point", "[unicode]") {
  Mismatches mismatches;
  for (uint32_t cp = 0; cp < 0x110000; ++cp) {
    bool ok = false;
    numeric_value(cp, &ok);
    if (is_decimal(cp) && !is_digit(cp)) mismatches.add(hex(cp) + " decimal but not digit");
    if (is_digit(cp) && !is_numeric(cp)) mismatches.add(hex(cp) + " digit but not numeric");
    if (is_numeric(cp) != ok) mismatches.add(hex(cp) + " isnumeric vs numeric_value");
    if (is_decimal(cp) != (decimal_value(cp) >= 0)) mismatches.add(hex(cp) + " decimal value");
    if (is_digit(cp) != (digit_value(cp) >= 0)) mismatches.add(hex(cp) + " digit value");
    if (is_identifier_start(cp) && !is_identifier_continue(cp)) {
      mismatches.add(hex(cp) + " starts but cannot continue an identifier");
    }
    if ((is_upper(cp) || is_lower(cp) || is_title(cp)) && !is_cased(cp)) {
      mismatches.add(hex(cp) + " upper/lower/title but not cased");
    }
    if (std::strlen(category(cp)) != 2) mismatches.add(hex(cp) + " category length");
    for (CaseMapping mapping : kMappings) {
      uint32_t out[kMaxCaseMapping];
      int n = mapping(cp, out);
      if (n < 1 || n > kMaxCaseMapping) mismatches.add(hex(cp) + " mapping length");
      for (int i = 0; i < n && n <= kMaxCaseMapping; ++i) {
        if (out[i] >= 0x110000) mismatches.add(hex(cp) + " maps beyond U+10FFFF");
      }
    }
  }
  mismatches.check();
}

TEST_CASE("unicode: code points beyond U+10FFFF answer as unassigned ones", "[unicode]") {
  auto order = predicates_in_order();
  const Vector* last = nullptr;
  for (const Vector& v : kVectors) {
    if (v.cp == 0x10FFFF) last = &v;
  }
  REQUIRE(last != nullptr);
  for (uint32_t cp : {0x110000u, 0x7FFFFFFFu, 0xFFFFFFFFu}) {
    INFO(hex(cp));
    for (size_t i = 0; i < order.size(); ++i)
      CHECK(order[i]->test(cp) == ((last->predicates >> i) & 1));
    CHECK(std::string(category(cp)) == last->category);
    CHECK(decimal_value(cp) == -1);
    CHECK(digit_value(cp) == -1);
    bool ok = true;
    numeric_value(cp, &ok);
    CHECK_FALSE(ok);
    for (CaseMapping mapping : kMappings)
      CHECK(actual_mapping(mapping, cp) == std::vector<uint32_t>{cp});
  }
}

TEST_CASE("unicode: the final sigma context matches CPython's str.lower()", "[unicode]") {
  Mismatches mismatches;
  for (const SigmaCase& c : kSigmaCases) {
    std::vector<size_t> offsets;
    std::string text = utf8(c.text, c.length, &offsets);
    std::string where =
        std::to_string(&c - kSigmaCases) + " (sigma at " + std::to_string(c.index) + ")";
    if (is_final_sigma_context(c.text, c.length, c.index) != c.final) {
      mismatches.add("code points, case " + where);
    }
    if (is_final_sigma_context(std::string_view(text), offsets[c.index]) != c.final) {
      mismatches.add("UTF-8, case " + where);
    }
  }
  mismatches.check();
}

TEST_CASE("unicode: lookup_name answers as CPython's \\N{...}", "[unicode]") {
  Mismatches mismatches;
  for (const NameQuery& q : kNameQueries) {
    uint32_t cp = 0xFFFFFFFF;
    bool found = lookup_name(q.name, &cp);
    if (found != (q.cp >= 0) || (found && cp != uint32_t(q.cp))) {
      mismatches.add(std::string("'") + q.name + "' gave " + (found ? hex(cp) : "nothing"));
    }
  }
  mismatches.check();
}

TEST_CASE("unicode: every code point's name matches CPython (block hashes)", "[unicode]") {
  Mismatches mismatches;
  std::string name;
  for (uint32_t block = 0; block < std::size(kNameBlockHashes); ++block) {
    uint64_t h = 0xCBF29CE484222325ull;
    for (uint32_t cp = block * kNameHashBlock; cp < (block + 1) * kNameHashBlock; ++cp) {
      if (!char_name(cp, &name)) {
        if (!name.empty()) mismatches.add(hex(cp) + " has no name but wrote some");
        h = mix(h, 0xFFFFFFFF);
        continue;
      }
      h = mix(h, uint32_t(name.size()));
      for (char c : name) h = mix(h, uint8_t(c));
    }
    if (h != kNameBlockHashes[block]) {
      mismatches.add("block " + hex(block * kNameHashBlock) + ".." +
                     hex((block + 1) * kNameHashBlock - 1));
    }
  }
  CHECK(std::size(kNameBlockHashes) * kNameHashBlock == 0x110000);
  mismatches.check();
}

TEST_CASE("unicode: names look up their own code points", "[unicode]") {
  // Every fourth code point: a stored name's lookup scans the compressed
  // names (tens of microseconds), and CPython's answers for aliases, case
  // variants and malformed names are in kNameQueries.
  Mismatches mismatches;
  std::string name;
  size_t named = 0;
  for (uint32_t cp = 0; cp < 0x110000; cp += 4) {
    if (!char_name(cp, &name)) continue;
    ++named;
    uint32_t found = 0xFFFFFFFF;
    if (!lookup_name(name, &found) || found != cp) mismatches.add(hex(cp) + " " + name);
  }
  CHECK(named > 100000 / 4);
  mismatches.check();
  uint32_t cp = 0;
  CHECK_FALSE(char_name(0x110000, &name));
  CHECK(name.empty());
  CHECK_FALSE(lookup_name(std::string(1000, 'A'), &cp));
}
