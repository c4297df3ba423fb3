// The Unicode character database: the per-code-point properties behind str's
// methods (isalpha, upper, isprintable, ...), int()/float() digit parsing and
// the unicodedata module, answering exactly as CPython 3.11 does.
//
// The data is generated from CPython itself by tools/gen_unicode_db.py into
// unicode_db_tables.inc. Every predicate takes a single code point and equals
// the CPython str method applied to a one-character string, except where a
// comment says otherwise (is_title). Code points above U+10FFFF answer as
// unassigned ones do.
#pragma once

#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>

namespace py::unicode {

namespace detail {

/// Property bits of a code point's record (same values as the generator's FLAGS).
enum Flag : uint32_t {
  kAlpha = 1u << 0,          // categories Lm Lt Lu Ll Lo
  kDecimal = 1u << 1,        // has a decimal value (category Nd)
  kDigit = 1u << 2,          // has a digit value (Nd and superscripts, circled digits...)
  kNumeric = 1u << 3,        // has a numeric value
  kSpace = 1u << 4,          // bidirectional WS, B or S, or category Zs
  kLinebreak = 1u << 5,      // a line boundary for str.splitlines()
  kUpper = 1u << 6,          // derived property Uppercase
  kLower = 1u << 7,          // derived property Lowercase
  kTitle = 1u << 8,          // category Lt
  kCased = 1u << 9,          // derived property Cased
  kCaseIgnorable = 1u << 10, // derived property Case_Ignorable
  kPrintable = 1u << 11,     // not C*, Z* (except U+0020)
  kXidStart = 1u << 12,      // XID_Start, and '_' (in the ASCII table only)
  kXidContinue = 1u << 13,   // XID_Continue
  kSpecial = 1u << 14,       // some case mapping is several code points
};

/// Flags of the ASCII code points (from the generated tables): the inline fast path.
extern const uint16_t ascii_flags[128];

/// Flags of any code point (the table lookup); the predicates' slow path.
uint32_t flags_of(uint32_t cp);

/// Whether cp has any of the flags in `mask`.
inline bool has(uint32_t cp, uint32_t mask) {
  return ((cp < 128 ? ascii_flags[cp] : flags_of(cp)) & mask) != 0;
}

} // namespace detail

/// The Unicode version of the tables ("14.0.0"), unicodedata.unidata_version.
const char* unidata_version();

/// str.isprintable() of one character; repr() escapes the others.
inline bool is_printable(uint32_t cp) { return detail::has(cp, detail::kPrintable); }
/// str.isalpha(): categories Lm, Lt, Lu, Ll, Lo.
inline bool is_alpha(uint32_t cp) { return detail::has(cp, detail::kAlpha); }
/// str.isdecimal(): the character has a decimal value (decimal_value() >= 0).
inline bool is_decimal(uint32_t cp) { return detail::has(cp, detail::kDecimal); }
/// str.isdigit(): the character has a digit value (digit_value() >= 0).
inline bool is_digit(uint32_t cp) { return detail::has(cp, detail::kDigit); }
/// str.isnumeric(): the character has a numeric value (numeric_value() succeeds).
inline bool is_numeric(uint32_t cp) { return detail::has(cp, detail::kNumeric); }
/// str.isspace(): bidirectional class WS, B or S, or category Zs.
inline bool is_space(uint32_t cp) { return detail::has(cp, detail::kSpace); }
/// Whether str.splitlines() breaks at cp (\n \r \v \f \x1c-\x1e \x85 U+2028 U+2029).
inline bool is_linebreak(uint32_t cp) { return detail::has(cp, detail::kLinebreak); }
/// str.isupper() of one character (derived property Uppercase).
inline bool is_upper(uint32_t cp) { return detail::has(cp, detail::kUpper); }
/// str.islower() of one character (derived property Lowercase).
inline bool is_lower(uint32_t cp) { return detail::has(cp, detail::kLower); }
/// Py_UNICODE_ISTITLE: category Lt. Note chr(cp).istitle() is is_title || is_upper.
inline bool is_title(uint32_t cp) { return detail::has(cp, detail::kTitle); }
/// str.isalnum(): is_alpha || is_decimal || is_digit || is_numeric.
inline bool is_alnum(uint32_t cp) {
  return detail::has(cp, detail::kAlpha | detail::kDecimal | detail::kDigit | detail::kNumeric);
}
/// Derived property Cased: what str.title() tracks as "previous is cased".
inline bool is_cased(uint32_t cp) { return detail::has(cp, detail::kCased); }
/// Derived property Case_Ignorable: what the final-sigma rule skips over.
inline bool is_case_ignorable(uint32_t cp) { return detail::has(cp, detail::kCaseIgnorable); }
/// Whether cp may start an identifier (str.isidentifier()): XID_Start or '_'.
inline bool is_identifier_start(uint32_t cp) { return detail::has(cp, detail::kXidStart); }
/// Whether cp may continue an identifier: XID_Continue.
inline bool is_identifier_continue(uint32_t cp) { return detail::has(cp, detail::kXidContinue); }

/// Most code points a case mapping produces (the size of the out arrays).
/// CPython's simple mappings (_PyUnicode_ToLowercase..., what re's IGNORECASE
/// uses) are the first code point of these full ones.
constexpr int kMaxCaseMapping = 3;

/// Full uppercase mapping as str.upper() applies it: writes 1-3 code points to
/// out and returns how many ('ß' -> "SS", 'ﬁ' -> "FI").
int to_upper(uint32_t cp, uint32_t out[kMaxCaseMapping]);
/// Full lowercase mapping ('İ' -> "i̇"). U+03A3 maps to U+03C3 here: str.lower()
/// must first ask is_final_sigma_context() and write U+03C2 when it says so.
int to_lower(uint32_t cp, uint32_t out[kMaxCaseMapping]);
/// Full titlecase mapping, what str.title() and str.capitalize() apply to the
/// first letter of a word ('ǆ' -> 'ǅ', 'ﬁ' -> "Fi").
int to_title(uint32_t cp, uint32_t out[kMaxCaseMapping]);
/// Full case folding, str.casefold() ('ß' -> "ss", 'ſ' -> 's').
int casefold(uint32_t cp, uint32_t out[kMaxCaseMapping]);

/// Whether the capital sigma text[index] lowers to final sigma U+03C2 (CPython's
/// handle_capital_sigma): a cased character precedes it, skipping case-ignorable
/// ones, and none follows it the same way. str.lower(), and str.title(),
/// str.capitalize() and str.swapcase() where they lower, apply it to U+03A3.
bool is_final_sigma_context(const uint32_t* text, size_t length, size_t index);
/// The same for UTF-8 text: `offset` is the byte offset of the sigma.
bool is_final_sigma_context(std::string_view utf8, size_t offset);

/// The decimal digit value (0-9) of cp, or -1 (unicodedata.decimal; int('٣')).
int decimal_value(uint32_t cp);
/// The digit value (0-9) of cp, or -1 (unicodedata.digit; '²' is 2).
int digit_value(uint32_t cp);
/// The numeric value of cp ('½' is 0.5, '万' 10000) with *ok = true, or 0 with
/// *ok = false when it has none (unicodedata.numeric).
double numeric_value(uint32_t cp, bool* ok);

/// The two-letter general category ("Lu", "Cn", ...), unicodedata.category.
const char* category(uint32_t cp);

/// The code point named `name`, as "\N{name}" in a string literal finds it:
/// character names and their aliases, compared ignoring ASCII case, except the
/// computed "HANGUL SYLLABLE ..." and "CJK UNIFIED IDEOGRAPH-XXXX" names, which
/// CPython matches case-sensitively. Named sequences are not looked up (they
/// are several code points). Scans the compressed names: well under a
/// millisecond, fine for literals and unicodedata.lookup, not for hot loops.
bool lookup_name(std::string_view name, uint32_t* cp);
/// unicodedata.name(): writes cp's name to *out and returns true, or returns
/// false (with *out empty) when cp has none.
bool char_name(uint32_t cp, std::string* out);

} // namespace py::unicode
