// Unicode helpers of the front end: UTF-8 decoding and encoding, and the character properties
// CPython consults while lexing (identifier characters, printable characters) and while
// decoding `\N{...}` escapes.
#pragma once

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>

namespace py::parsing {

// True if c may start an identifier (XID_Start or '_'), as str.isidentifier() decides.
bool is_xid_start(char32_t c);

// True if c may continue an identifier (XID_Continue).
bool is_xid_continue(char32_t c);

// True if str.isprintable() accepts c (repr() leaves it unescaped).
bool is_printable(char32_t c);

// An identifier in the form CPython keeps it: NFKC-normalized, character by character (the
// compatibility mappings of unicodedata; sequences that NFKC would compose are kept as they
// are, a difference only for identifiers written with combining characters).
std::string nfkc_identifier(std::string_view id);

// The code point named `name` in a `\N{name}` escape (case-insensitive, like CPython), if
// known. Covers the algorithmic names (HANGUL SYLLABLE ..., CJK UNIFIED IDEOGRAPH-...) and the
// named characters of the blocks listed in unicode_names.cpp.
std::optional<char32_t> lookup_unicode_name(std::string_view name);

// One decoded UTF-8 sequence: the code point and its length in bytes (0 if invalid).
struct Utf8Char {
  char32_t code = 0;
  std::size_t length = 0;
};

// Decodes the UTF-8 sequence at s[i] (strict: no overlongs; surrogates are accepted so that
// strings holding lone surrogates round-trip).
Utf8Char decode_utf8(std::string_view s, std::size_t i);

// Appends the UTF-8 encoding of c (surrogates encoded like other code points).
void append_utf8(std::string& out, char32_t c);

// Number of code points in s (a byte that starts no valid sequence counts as one, like
// CPython's "replace" decoding).
std::size_t count_chars(std::string_view s);

} // namespace py::parsing
