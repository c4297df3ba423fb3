// Text encodings: str.encode() and bytes.decode() for utf-8, ascii,
// latin-1, utf-16 and utf-32 (with and without byte order), with the error
// handlers strict, ignore, replace, backslashreplace, xmlcharrefreplace,
// namereplace, surrogateescape and surrogatepass, raising
// UnicodeEncodeError / UnicodeDecodeError with CPython's messages.
#pragma once

#include <string_view>

#include "python/vm/object.hpp"

namespace py {

struct Str;

/// s.encode(encoding, errors) -> bytes. encoding and errors may be null
/// (utf-8, strict); `fn` names the caller in type errors ("encode",
/// "bytes").
Value str_encode(VM& vm, Str* s, Value encoding, Value errors, std::string_view fn);
/// data.decode(encoding, errors) -> str, with the same conventions ("decode", "str").
Value bytes_decode(VM& vm, std::string_view data, Value encoding, Value errors,
                   std::string_view fn);
/// Whether data is valid UTF-8 in Python's strict sense (no surrogates, no
/// overlong forms, nothing above U+10FFFF).
bool utf8_valid(std::string_view data);

/// Gives UnicodeEncodeError, UnicodeDecodeError and UnicodeTranslateError
/// their constructors (encoding, object, start, end, reason attributes) and
/// CPython's messages. Runs after init_exception_types made the classes.
void init_unicode_error_types(VM& vm);

} // namespace py
