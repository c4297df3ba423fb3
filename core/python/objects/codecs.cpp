// Text encodings: the utf-8, utf-8-sig, ascii, latin-1, utf-16 and utf-32
// codecs of CPython with its error handlers, and the UnicodeEncodeError /
// UnicodeDecodeError / UnicodeTranslateError classes they raise. The UTF-8
// decoder classifies invalid input exactly as CPython's does (which bytes
// an error covers and why), since programs print e.start, e.end and e.reason.
#include "python/objects/codecs.hpp"

#include <cstring>
#include <string>

#include "python/objects/bytes.hpp"
#include "python/objects/codecs_korean.hpp"
#include "python/objects/dict.hpp"
#include "python/objects/int.hpp"
#include "python/objects/str.hpp"
#include "python/objects/tuple.hpp"
#include "python/objects/unicode_db.hpp"
#include "python/vm/call.hpp"
#include "python/vm/errors.hpp"
#include "python/vm/protocol.hpp"
#include "python/vm/slots.hpp"
#include "python/vm/vm.hpp"

namespace py {

namespace {

// ----- codec and error handler names -----------------------------------------------

enum class Codec : uint8_t {
  utf8,
  utf8_sig,
  ascii,
  latin1,
  utf16,
  utf16le,
  utf16be,
  utf32,
  utf32le,
  utf32be,
  euc_kr,
  cp949,
};

/// Whether a codec is one of the Korean double-byte ones (codecs_korean.hpp).
bool is_korean(Codec c) { return c == Codec::euc_kr || c == Codec::cp949; }

/// The name a codec reports in its errors.
const char* codec_name(Codec c) {
  switch (c) {
  case Codec::utf8:
  case Codec::utf8_sig: return "utf-8";
  case Codec::ascii: return "ascii";
  case Codec::latin1: return "latin-1";
  case Codec::utf16: return "utf-16";
  case Codec::utf16le: return "utf-16-le";
  case Codec::utf16be: return "utf-16-be";
  case Codec::utf32: return "utf-32";
  case Codec::utf32le: return "utf-32-le";
  case Codec::utf32be: return "utf-32-be";
  case Codec::euc_kr: return "euc_kr";
  case Codec::cp949: return "cp949";
  }
  return "";
}

/// Finds a codec by any of its names, normalized as Python's encodings
/// package does: case-insensitive, runs of punctuation and spaces as '_'.
bool find_codec(std::string_view name, Codec* out) {
  std::string key;
  bool gap = false;
  for (char ch : name) {
    auto c = static_cast<unsigned char>(ch);
    if ((c >= '0' && c <= '9') || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c == '.') {
      if (gap && !key.empty()) key.push_back('_');
      gap = false;
      key.push_back(char(c >= 'A' && c <= 'Z' ? c + 32 : c));
    } else {
      gap = true;
    }
  }
  struct Alias {
    const char* name;
    Codec codec;
  };
  static const Alias kAliases[] = {
      {"utf_8", Codec::utf8},
      {"utf8", Codec::utf8},
      {"u8", Codec::utf8},
      {"utf", Codec::utf8},
      {"cp65001", Codec::utf8},
      {"utf8_ucs2", Codec::utf8},
      {"utf8_ucs4", Codec::utf8},
      {"utf_8_sig", Codec::utf8_sig},
      {"utf8_sig", Codec::utf8_sig},
      {"ascii", Codec::ascii},
      {"us_ascii", Codec::ascii},
      {"646", Codec::ascii},
      {"us", Codec::ascii},
      {"cp367", Codec::ascii},
      {"csascii", Codec::ascii},
      {"ibm367", Codec::ascii},
      {"iso646_us", Codec::ascii},
      {"iso_ir_6", Codec::ascii},
      {"ansi_x3.4_1968", Codec::ascii},
      {"ansi_x3_4_1968", Codec::ascii},
      {"ansi_x3.4_1986", Codec::ascii},
      {"iso_646.irv_1991", Codec::ascii},
      {"latin_1", Codec::latin1},
      {"latin1", Codec::latin1},
      {"latin", Codec::latin1},
      {"l1", Codec::latin1},
      {"iso_8859_1", Codec::latin1},
      {"iso8859_1", Codec::latin1},
      {"8859", Codec::latin1},
      {"cp819", Codec::latin1},
      {"ibm819", Codec::latin1},
      {"iso_ir_100", Codec::latin1},
      {"csisolatin1", Codec::latin1},
      {"iso_8859_1_1987", Codec::latin1},
      {"utf_16", Codec::utf16},
      {"utf16", Codec::utf16},
      {"u16", Codec::utf16},
      {"utf_16_le", Codec::utf16le},
      {"utf_16le", Codec::utf16le},
      {"utf16le", Codec::utf16le},
      {"utf_16_be", Codec::utf16be},
      {"utf_16be", Codec::utf16be},
      {"utf16be", Codec::utf16be},
      {"utf_32", Codec::utf32},
      {"utf32", Codec::utf32},
      {"u32", Codec::utf32},
      {"utf_32_le", Codec::utf32le},
      {"utf_32le", Codec::utf32le},
      {"utf32le", Codec::utf32le},
      {"utf_32_be", Codec::utf32be},
      {"utf_32be", Codec::utf32be},
      {"utf32be", Codec::utf32be},
      {"euc_kr", Codec::euc_kr},
      {"euckr", Codec::euc_kr},
      {"korean", Codec::euc_kr},
      {"ksc5601", Codec::euc_kr},
      {"ks_c_5601", Codec::euc_kr},
      {"ks_c_5601_1987", Codec::euc_kr},
      {"ksx1001", Codec::euc_kr},
      {"ks_x_1001", Codec::euc_kr},
      {"cp949", Codec::cp949},
      {"949", Codec::cp949},
      {"ms949", Codec::cp949},
      {"uhc", Codec::cp949},
  };
  for (const Alias& a : kAliases) {
    if (key == a.name) {
      *out = a.codec;
      return true;
    }
  }
  return false;
}

enum class Handler : uint8_t {
  strict,
  ignore,
  replace,
  backslashreplace,
  xmlcharrefreplace,
  namereplace,
  surrogateescape,
  surrogatepass,
};

/// Resolves an error handler name: false with LookupError when unknown.
bool find_handler(VM& vm, std::string_view name, Handler* out) {
  static const std::pair<const char*, Handler> kHandlers[] = {
      {"strict", Handler::strict},
      {"ignore", Handler::ignore},
      {"replace", Handler::replace},
      {"backslashreplace", Handler::backslashreplace},
      {"xmlcharrefreplace", Handler::xmlcharrefreplace},
      {"namereplace", Handler::namereplace},
      {"surrogateescape", Handler::surrogateescape},
      {"surrogatepass", Handler::surrogatepass},
  };
  for (const auto& [text, handler] : kHandlers) {
    if (name == text) {
      *out = handler;
      return true;
    }
  }
  raise(vm, vm.exc.LookupError, cat("unknown error handler name '", name, "'"));
  return false;
}

/// Reads the encoding and errors arguments (null for the defaults), with
/// "encode() argument 'encoding' must be str, not int" and LookupError
/// "unknown encoding: x".
bool codec_args(VM& vm, Value encoding, Value errors, std::string_view fn, Codec* codec,
                std::string_view* handler) {
  *codec = Codec::utf8;
  *handler = "strict";
  if (!encoding.is_null()) {
    if (!is_str(encoding)) {
      raise(vm, vm.exc.TypeError,
            cat(fn, "() argument 'encoding' must be str, not ", type_name(vm, encoding)));
      return false;
    }
  }
  if (!errors.is_null()) {
    if (!is_str(errors)) {
      raise(vm, vm.exc.TypeError,
            cat(fn, "() argument 'errors' must be str, not ", type_name(vm, errors)));
      return false;
    }
    *handler = as_str(errors)->view();
  }
  if (!encoding.is_null() && !find_codec(as_str(encoding)->view(), codec)) {
    raise(vm, vm.exc.LookupError, cat("unknown encoding: ", as_str(encoding)->view()));
    return false;
  }
  return true;
}

bool is_surrogate(uint32_t c) { return c >= 0xD800 && c <= 0xDFFF; }

/// Raises a Unicode error of `type` built from its five arguments.
void raise_unicode_error(VM& vm, Type* type, const char* encoding, Value object, int64_t start,
                         int64_t end, const char* reason) {
  Ref name = Ref::steal(str_new(vm, encoding));
  Ref why = Ref::steal(str_new(vm, reason));
  if (!name || !why) return;
  Value args[5] = {*name, object, Value::small_int(start), Value::small_int(end), *why};
  Value exc = call(vm, Value::object(type), args, 5);
  if (!exc.is_null()) restore_exception(vm, exc);
}

/// Writes "\xNN", "\uNNNN" or "\UNNNNNNNN" for a code point.
void append_backslash(std::string& out, uint32_t c) {
  static const char hex[] = "0123456789abcdef";
  int digits = c <= 0xFF ? 2 : c <= 0xFFFF ? 4 : 8;
  out += digits == 2 ? "\\x" : digits == 4 ? "\\u" : "\\U";
  for (int shift = (digits - 1) * 4; shift >= 0; shift -= 4) out.push_back(hex[(c >> shift) & 15]);
}

// ----- encoding ----------------------------------------------------------------------

/// Writes a code unit sequence of the UTF-16 or UTF-32 codecs.
void put_unit(std::string& out, uint32_t unit, int bytes, bool big_endian) {
  for (int i = 0; i < bytes; ++i) {
    int shift = big_endian ? (bytes - 1 - i) * 8 : i * 8;
    out.push_back(char((unit >> shift) & 0xFF));
  }
}

/// The encoder state: the code points of the source and the output bytes.
struct Encoder {
  VM& vm;
  Codec codec;
  Str* source;
  std::string out;

  bool big_endian() const { return codec == Codec::utf16be || codec == Codec::utf32be; }
  bool utf16() const {
    return codec == Codec::utf16 || codec == Codec::utf16le || codec == Codec::utf16be;
  }
  bool utf32() const {
    return codec == Codec::utf32 || codec == Codec::utf32le || codec == Codec::utf32be;
  }
  /// Whether the codec can encode c (surrogates only with surrogatepass).
  bool encodable(uint32_t c) const {
    if (codec == Codec::ascii) return c < 0x80;
    if (codec == Codec::latin1) return c < 0x100;
    if (is_korean(codec)) return c < 0x80 || korean_encode(codec == Codec::cp949, c) != 0;
    return !is_surrogate(c);
  }
  const char* reason() const {
    if (codec == Codec::ascii) return "ordinal not in range(128)";
    if (codec == Codec::latin1) return "ordinal not in range(256)";
    if (is_korean(codec)) return "illegal multibyte sequence";
    return "surrogates not allowed";
  }
  /// Encodes one code point (the caller checked it may be written).
  void put(uint32_t c) {
    if (utf16()) {
      if (c >= 0x10000) {
        put_unit(out, 0xD800 + ((c - 0x10000) >> 10), 2, big_endian());
        put_unit(out, 0xDC00 + ((c - 0x10000) & 0x3FF), 2, big_endian());
      } else {
        put_unit(out, c, 2, big_endian());
      }
    } else if (utf32()) {
      put_unit(out, c, 4, big_endian());
    } else if (codec == Codec::ascii || codec == Codec::latin1 || c < 0x80) {
      out.push_back(char(c));
    } else if (is_korean(codec)) {
      uint16_t code = korean_encode(codec == Codec::cp949, c);
      out.push_back(char(code >> 8));
      out.push_back(char(code & 0xFF));
    } else {
      utf8_append(out, c);
    }
  }
  /// Encodes ASCII replacement text.
  void put_text(std::string_view text) {
    for (char c : text) put(uint32_t(static_cast<unsigned char>(c)));
  }
  void fail(int64_t start, int64_t end) {
    raise_unicode_error(vm, vm.exc.UnicodeEncodeError, codec_name(codec), Value::object(source),
                        start, end, reason());
  }
  /// Applies the error handler to the unencodable code points cps[start, end).
  bool handle(Handler h, const std::u32string& cps, size_t start, size_t end) {
    switch (h) {
    case Handler::strict: fail(int64_t(start), int64_t(end)); return false;
    case Handler::ignore: return true;
    case Handler::replace:
      for (size_t i = start; i < end; ++i) put('?');
      return true;
    case Handler::backslashreplace:
    case Handler::namereplace:
      for (size_t i = start; i < end; ++i) {
        std::string text, name;
        if (h == Handler::namereplace && unicode::char_name(cps[i], &name)) {
          text = "\\N{" + name + "}";
        } else {
          append_backslash(text, cps[i]);
        }
        put_text(text);
      }
      return true;
    case Handler::xmlcharrefreplace:
      for (size_t i = start; i < end; ++i) put_text(cat("&#", cps[i], ";"));
      return true;
    case Handler::surrogateescape:
      for (size_t i = start; i < end; ++i) {
        if (cps[i] < 0xDC80 || cps[i] > 0xDCFF) {
          fail(int64_t(start), int64_t(end));
          return false;
        }
      }
      for (size_t i = start; i < end; ++i) out.push_back(char(cps[i] - 0xDC00));
      return true;
    case Handler::surrogatepass:
      for (size_t i = start; i < end; ++i) {
        if (codec == Codec::ascii || codec == Codec::latin1 || is_korean(codec) ||
            !is_surrogate(cps[i])) {
          fail(int64_t(start), int64_t(end));
          return false;
        }
      }
      // Every codec but the single-byte ones writes a surrogate like any other code point.
      for (size_t i = start; i < end; ++i) put(cps[i]);
      return true;
    }
    return false;
  }
};

/// Whether UTF-8 text (generalized: lone surrogates are 3-byte sequences)
/// holds a surrogate.
bool has_surrogate(std::string_view text) {
  const char* p = text.data();
  const char* end = p + text.size();
  while ((p = static_cast<const char*>(std::memchr(p, '\xED', size_t(end - p))))) {
    if (p + 1 < end && static_cast<unsigned char>(p[1]) >= 0xA0) return true;
    ++p;
  }
  return false;
}

/// Encodes with a fast path for text every code point of which the codec takes.
Value encode(VM& vm, Str* s, Codec codec, std::string_view errors) {
  std::string_view text = s->view();
  bool utf8 = codec == Codec::utf8 || codec == Codec::utf8_sig;
  if (utf8 && (s->ascii || !has_surrogate(text))) {
    if (codec == Codec::utf8) return bytes_new(vm, text);
    return bytes_new(vm, "\xEF\xBB\xBF" + std::string(text));
  }
  if (codec == Codec::ascii && s->ascii) return bytes_new(vm, text);
  Encoder e{vm, codec, s, {}};
  if (codec == Codec::utf16) e.out = "\xFF\xFE";
  if (codec == Codec::utf32) e.out = std::string("\xFF\xFE\x00\x00", 4);
  if (codec == Codec::utf8_sig) e.out = "\xEF\xBB\xBF";
  std::u32string cps;
  cps.reserve(s->length);
  const char* p = text.data();
  const char* end = p + text.size();
  while (p < end) cps.push_back(utf8_decode(p));
  Handler handler = Handler::strict;
  bool handler_known = false;
  for (size_t i = 0; i < cps.size();) {
    if (e.encodable(cps[i])) {
      e.put(cps[i++]);
      continue;
    }
    // CPython's multibyte codecs report unencodable characters one at a time.
    size_t j = i + 1;
    while (!is_korean(codec) && j < cps.size() && !e.encodable(cps[j])) ++j;
    if (!handler_known) {
      if (!find_handler(vm, errors, &handler)) return {};
      handler_known = true;
    }
    if (!e.handle(handler, cps, i, j)) return {};
    i = j;
  }
  return bytes_new(vm, e.out);
}

// ----- decoding ----------------------------------------------------------------------

bool is_continuation(unsigned char c) { return (c & 0xC0) == 0x80; }

/// What is wrong at the start of an invalid UTF-8 sequence.
enum class Utf8Error { none, invalid_start, invalid_continuation, end_of_data };

/// Classifies the UTF-8 sequence at s (CPython's stringlib utf8_decode):
/// returns its size when valid; otherwise sets *error, and for an invalid
/// continuation *bad, the number of bytes the error covers.
size_t utf8_sequence(const unsigned char* s, const unsigned char* end, Utf8Error* error,
                     size_t* bad) {
  unsigned char c = s[0];
  *error = Utf8Error::none;
  if (c < 0x80) return 1;
  auto fail = [&](Utf8Error e, size_t n) {
    *error = e;
    *bad = n;
    return size_t(0);
  };
  size_t avail = size_t(end - s);
  if (c < 0xC2) return fail(Utf8Error::invalid_start, 1);
  if (c < 0xE0) {
    if (avail < 2) return fail(Utf8Error::end_of_data, avail);
    if (!is_continuation(s[1])) return fail(Utf8Error::invalid_continuation, 1);
    return 2;
  }
  // The second byte's narrower ranges: E0 A0-BF, ED 80-9F, F0 90-BF, F4 80-8F.
  auto bad_second = [&](unsigned char c2) {
    if (!is_continuation(c2)) return true;
    if (c == 0xE0) return c2 < 0xA0;
    if (c == 0xED) return c2 >= 0xA0;
    if (c == 0xF0) return c2 < 0x90;
    if (c == 0xF4) return c2 >= 0x90;
    return false;
  };
  if (c < 0xF0) {
    if (avail < 2) return fail(Utf8Error::end_of_data, avail);
    if (bad_second(s[1])) return fail(Utf8Error::invalid_continuation, 1);
    if (avail < 3) return fail(Utf8Error::end_of_data, avail);
    if (!is_continuation(s[2])) return fail(Utf8Error::invalid_continuation, 2);
    return 3;
  }
  if (c < 0xF5) {
    if (avail < 2) return fail(Utf8Error::end_of_data, avail);
    if (bad_second(s[1])) return fail(Utf8Error::invalid_continuation, 1);
    if (avail < 3) return fail(Utf8Error::end_of_data, avail);
    if (!is_continuation(s[2])) return fail(Utf8Error::invalid_continuation, 2);
    if (avail < 4) return fail(Utf8Error::end_of_data, avail);
    if (!is_continuation(s[3])) return fail(Utf8Error::invalid_continuation, 3);
    return 4;
  }
  return fail(Utf8Error::invalid_start, 1);
}

/// The decoder state: the input and the UTF-8 output.
struct Decoder {
  VM& vm;
  Codec codec;
  std::string_view data;
  std::string_view errors;
  /// Set once the handler name has been looked up.
  bool handler_known = false;
  Handler handler = Handler::strict;
  std::string out = {};
  /// The name errors report (utf-16 and utf-32 report their byte order).
  const char* name = "";
  /// The code unit of the UTF-16/32 codecs (1 for the others) and its byte order.
  size_t unit = 1;
  bool big = false;

  /// Handles the error covering data[start, end); returns where decoding
  /// resumes, or npos with an exception set.
  size_t error(size_t start, size_t end, const char* reason) {
    if (!handler_known) {
      if (!find_handler(vm, errors, &handler)) return std::string_view::npos;
      handler_known = true;
    }
    switch (handler) {
    case Handler::strict: break;
    case Handler::ignore: return end;
    case Handler::replace: utf8_append(out, 0xFFFD); return end;
    case Handler::backslashreplace:
      for (size_t i = start; i < end; ++i)
        append_backslash(out, static_cast<unsigned char>(data[i]));
      return end;
    case Handler::xmlcharrefreplace:
    case Handler::namereplace:
      raise(vm, vm.exc.TypeError, "don't know how to handle UnicodeDecodeError in error callback");
      return std::string_view::npos;
    case Handler::surrogateescape: {
      for (size_t i = start; i < end; ++i) {
        if (static_cast<unsigned char>(data[i]) < 0x80) return fail(start, end, reason);
      }
      for (size_t i = start; i < end; ++i)
        utf8_append(out, 0xDC00 + static_cast<unsigned char>(data[i]));
      return end;
    }
    case Handler::surrogatepass: {
      size_t next = surrogate_at(start);
      if (next != std::string_view::npos) return next;
      break;
    }
    }
    return fail(start, end, reason);
  }

  /// surrogatepass: decodes an encoded surrogate at `start`; npos if there is none.
  size_t surrogate_at(size_t start) {
    auto byte = [&](size_t i) { return static_cast<unsigned char>(data[i]); };
    if (codec == Codec::utf8 || codec == Codec::utf8_sig) {
      if (start + 3 <= data.size() && byte(start) == 0xED && byte(start + 1) >= 0xA0 &&
          byte(start + 1) <= 0xBF && is_continuation(byte(start + 2))) {
        out.append(data.substr(start, 3));
        return start + 3;
      }
      return std::string_view::npos;
    }
    if (unit == 1 || start + unit > data.size()) return std::string_view::npos;
    uint32_t c = 0;
    for (size_t i = 0; i < unit; ++i) {
      size_t k = big ? i : unit - 1 - i;
      c = (c << 8) | byte(start + k);
    }
    if (!is_surrogate(c)) return std::string_view::npos;
    utf8_append(out, c);
    return start + unit;
  }

  size_t fail(size_t start, size_t end, const char* reason) {
    Ref object = Ref::steal(bytes_new(vm, data));
    if (object) {
      raise_unicode_error(vm, vm.exc.UnicodeDecodeError, name, *object, int64_t(start),
                          int64_t(end), reason);
    }
    return std::string_view::npos;
  }

  bool decode_utf8(size_t i) {
    const auto* s = reinterpret_cast<const unsigned char*>(data.data());
    const auto* end = s + data.size();
    while (i < data.size()) {
      size_t start = i;
      while (i < data.size() && s[i] < 0x80) ++i;
      out.append(data.substr(start, i - start));
      if (i == data.size()) break;
      Utf8Error err;
      size_t bad;
      size_t n = utf8_sequence(s + i, end, &err, &bad);
      if (n) {
        out.append(data.substr(i, n));
        i += n;
        continue;
      }
      const char* reason = err == Utf8Error::invalid_start ? "invalid start byte"
                           : err == Utf8Error::end_of_data ? "unexpected end of data"
                                                           : "invalid continuation byte";
      i = error(i, err == Utf8Error::end_of_data ? data.size() : i + bad, reason);
      if (i == std::string_view::npos) return false;
    }
    return true;
  }

  bool decode_single_byte(uint32_t limit) {
    for (size_t i = 0; i < data.size();) {
      auto c = static_cast<unsigned char>(data[i]);
      if (c < limit) {
        utf8_append(out, c);
        ++i;
        continue;
      }
      i = error(i, i + 1, "ordinal not in range(128)");
      if (i == std::string_view::npos) return false;
    }
    return true;
  }

  /// euc-kr or cp949: ASCII bytes, or a lead byte and a trail byte.
  bool decode_korean(bool cp949) {
    for (size_t i = 0; i < data.size();) {
      auto lead = static_cast<unsigned char>(data[i]);
      if (lead < 0x80) {
        out.push_back(char(lead));
        ++i;
        continue;
      }
      // A lead byte at the very end is an incomplete sequence (to the end of the data).
      bool lead_ok = korean_lead_byte(cp949, lead);
      if (lead_ok && i + 1 == data.size()) {
        i = error(i, data.size(), "incomplete multibyte sequence");
      } else if (uint32_t c = lead_ok ? korean_decode_pair(cp949, lead,
                                                           static_cast<unsigned char>(data[i + 1]))
                                      : 0) {
        utf8_append(out, c);
        i += 2;
        continue;
      } else {
        i = error(i, i + 1, "illegal multibyte sequence");
      }
      if (i == std::string_view::npos) return false;
    }
    return true;
  }

  /// UTF-16 or UTF-32 (unit 2 or 4 bytes); `detect` reads a byte order mark.
  bool decode_wide(size_t unit_size, bool big_endian, bool detect) {
    unit = unit_size;
    big = big_endian;
    size_t i = 0;
    auto byte = [&](size_t k) { return static_cast<unsigned char>(data[k]); };
    if (detect) {
      if (unit == 2 && data.size() >= 2) {
        if (byte(0) == 0xFF && byte(1) == 0xFE) i = 2;
        if (byte(0) == 0xFE && byte(1) == 0xFF) big = true, i = 2;
      } else if (unit == 4 && data.size() >= 4) {
        if (data.substr(0, 4) == std::string_view("\xFF\xFE\x00\x00", 4)) i = 4;
        if (data.substr(0, 4) == std::string_view("\x00\x00\xFE\xFF", 4)) big = true, i = 4;
      }
    }
    name = unit == 2 ? (big ? "utf-16-be" : "utf-16-le") : (big ? "utf-32-be" : "utf-32-le");
    auto read = [&](size_t at) {
      uint32_t c = 0;
      for (size_t k = 0; k < unit; ++k) c = (c << 8) | byte(at + (big ? k : unit - 1 - k));
      return c;
    };
    while (i < data.size()) {
      if (data.size() - i < unit) {
        i = error(i, data.size(), "truncated data");
        if (i == std::string_view::npos) return false;
        continue;
      }
      uint32_t c = read(i);
      const char* reason = nullptr;
      size_t error_end = i + unit;
      if (unit == 4) {
        if (c > 0x10FFFF)
          reason = "code point not in range(0x110000)";
        else if (is_surrogate(c))
          reason = "code point in surrogate code point range(0xd800, 0xe000)";
      } else if (c >= 0xDC00 && c <= 0xDFFF) {
        reason = "illegal encoding";
      } else if (c >= 0xD800 && c <= 0xDBFF) {
        if (data.size() - i < 4) {
          reason = "unexpected end of data";
          error_end = data.size();
        } else {
          uint32_t low = read(i + 2);
          if (low >= 0xDC00 && low <= 0xDFFF) {
            utf8_append(out, 0x10000 + ((c - 0xD800) << 10) + (low - 0xDC00));
            i += 4;
            continue;
          }
          reason = "illegal UTF-16 surrogate";
        }
      }
      if (reason) {
        i = error(i, error_end, reason);
        if (i == std::string_view::npos) return false;
        continue;
      }
      utf8_append(out, c);
      i += unit;
    }
    return true;
  }
};

Value decode(VM& vm, std::string_view data, Codec codec, std::string_view errors) {
  size_t start = 0;
  if (codec == Codec::utf8_sig && data.substr(0, 3) == "\xEF\xBB\xBF") start = 3;
  if ((codec == Codec::utf8 || codec == Codec::utf8_sig) && utf8_valid(data.substr(start))) {
    return str_new(vm, data.substr(start));
  }
  Decoder d{vm, codec, data, errors};
  d.name = codec_name(codec);
  bool ok;
  switch (codec) {
  case Codec::utf8:
  case Codec::utf8_sig: ok = d.decode_utf8(start); break;
  case Codec::ascii: ok = d.decode_single_byte(0x80); break;
  case Codec::latin1: ok = d.decode_single_byte(0x100); break;
  case Codec::utf16: ok = d.decode_wide(2, false, true); break;
  case Codec::utf16le: ok = d.decode_wide(2, false, false); break;
  case Codec::utf16be: ok = d.decode_wide(2, true, false); break;
  case Codec::utf32: ok = d.decode_wide(4, false, true); break;
  case Codec::utf32le: ok = d.decode_wide(4, false, false); break;
  case Codec::euc_kr: ok = d.decode_korean(false); break;
  case Codec::cp949: ok = d.decode_korean(true); break;
  default: ok = d.decode_wide(4, true, false); break;
  }
  if (!ok) return {};
  return str_new(vm, d.out);
}

// ----- the Unicode error classes ------------------------------------------------------

/// Reads attribute `name` of an exception (new reference or null, no exception).
Ref exc_attribute(VM& vm, Value self, const char* name) {
  return Ref::steal(get_attr_optional(vm, self, str_intern(vm, name)));
}

/// Checks one constructor argument: str (kind 's'), bytes-like ('b') or int ('i').
bool check_unicode_arg(VM& vm, Value v, char kind, int position, Value* out) {
  if (kind == 'i') {
    Ref i = Ref::steal(index(vm, v));
    if (!i) return false;
    *out = i.release();
    return true;
  }
  if (kind == 's') {
    if (!is_str(v)) {
      raise(vm, vm.exc.TypeError,
            cat("argument ", position, " must be str, not ", type_name(vm, v)));
      return false;
    }
    *out = newref(v);
    return true;
  }
  std::string_view data;
  if (!bytes_like_view(vm, v, &data)) {
    raise(vm, vm.exc.TypeError,
          cat("argument ", position, " must be bytes-like object, not '", type_name(vm, v), "'"));
    return false;
  }
  *out = vm.type_of(v) == vm.types.bytes ? newref(v) : bytes_new(vm, data);
  return !out->is_null();
}

/// The constructor of the three classes: `kinds` spells the argument types
/// and `names` the attributes they are stored as.
bool unicode_error_init(VM& vm, Value self, const Value* args, size_t nargs, Tuple* kwnames,
                        const char* kinds, const char* const* names) {
  size_t expected = std::strlen(kinds);
  if (kwnames && kwnames->size) {
    raise(vm, vm.exc.TypeError, cat(type_name(vm, self), "() takes no keyword arguments"));
    return false;
  }
  if (nargs != expected) {
    raise(vm, vm.exc.TypeError,
          cat("function takes exactly ", expected, " arguments (", nargs, " given)"));
    return false;
  }
  Dict* d = instance_dict(vm, self);
  if (!d) return false;
  for (size_t i = 0; i < expected; ++i) {
    Value v;
    if (!check_unicode_arg(vm, args[i], kinds[i], int(i + 1), &v)) return false;
    bool ok = dict_set_str(vm, d, str_intern(vm, names[i]), v);
    decref(v);
    if (!ok) return false;
  }
  return true;
}

const char* const kCodecNames[] = {"encoding", "object", "start", "end", "reason"};
const char* const kTranslateNames[] = {"object", "start", "end", "reason"};

bool encode_error_init(VM& vm, Value self, const Value* args, size_t nargs, Tuple* kw) {
  return unicode_error_init(vm, self, args, nargs, kw, "ssiis", kCodecNames);
}
bool decode_error_init(VM& vm, Value self, const Value* args, size_t nargs, Tuple* kw) {
  return unicode_error_init(vm, self, args, nargs, kw, "sbiis", kCodecNames);
}
bool translate_error_init(VM& vm, Value self, const Value* args, size_t nargs, Tuple* kw) {
  return unicode_error_init(vm, self, args, nargs, kw, "siis", kTranslateNames);
}

/// str() of the three classes; `action` is "encode", "decode" or "translate".
Value unicode_error_str(VM& vm, Value self, const char* action) {
  Ref object = exc_attribute(vm, self, "object");
  Ref start_v = exc_attribute(vm, self, "start");
  Ref end_v = exc_attribute(vm, self, "end");
  Ref reason = exc_attribute(vm, self, "reason");
  Ref encoding = exc_attribute(vm, self, "encoding");
  int64_t start, end;
  if (error_pending(vm)) return {};
  if (!object || !reason || !is_str(*reason) || !start_v || !end_v ||
      !int_to_int64(*start_v, &start) || !int_to_int64(*end_v, &end) ||
      (action[0] != 't' && (!encoding || !is_str(*encoding)))) {
    return newref(Value::object(vm.empty_str));
  }
  std::string prefix = action[0] == 't'
                           ? "can't translate "
                           : cat("'", as_str(*encoding)->view(), "' codec can't ", action, " ");
  std::string_view why = as_str(*reason)->view();
  std::string_view data;
  if (action[0] == 'd' && bytes_like_view(vm, *object, &data)) {
    if (start >= 0 && size_t(start) < data.size() && end == start + 1) {
      static const char hex[] = "0123456789abcdef";
      auto b = static_cast<unsigned char>(data[size_t(start)]);
      return str_new(
          vm, cat(prefix, "byte 0x", hex[b >> 4], hex[b & 15], " in position ", start, ": ", why));
    }
  } else if (is_str(*object)) {
    Str* s = as_str(*object);
    if (start >= 0 && start < int64_t(s->length) && end == start + 1) {
      std::string ch;
      append_backslash(ch, str_code_point(s, size_t(start)));
      return str_new(vm, cat(prefix, "character '", ch, "' in position ", start, ": ", why));
    }
  }
  return str_new(vm, cat(prefix, action[0] == 'd' ? "bytes" : "characters", " in position ", start,
                         "-", end - 1, ": ", why));
}

Value encode_error_str(VM& vm, Value self) { return unicode_error_str(vm, self, "encode"); }
Value decode_error_str(VM& vm, Value self) { return unicode_error_str(vm, self, "decode"); }
Value translate_error_str(VM& vm, Value self) { return unicode_error_str(vm, self, "translate"); }

} // namespace

bool utf8_valid(std::string_view data) {
  const auto* s = reinterpret_cast<const unsigned char*>(data.data());
  const auto* end = s + data.size();
  while (s < end) {
    // Eight ASCII bytes at a time.
    while (end - s >= 8) {
      uint64_t word;
      std::memcpy(&word, s, 8);
      if (word & 0x8080808080808080ull) break;
      s += 8;
    }
    if (s == end) break;
    if (*s < 0x80) {
      ++s;
      continue;
    }
    Utf8Error err;
    size_t bad;
    size_t n = utf8_sequence(s, end, &err, &bad);
    if (!n) return false;
    s += n;
  }
  return true;
}

Value str_encode(VM& vm, Str* s, Value encoding, Value errors, std::string_view fn) {
  Codec codec;
  std::string_view handler;
  if (!codec_args(vm, encoding, errors, fn, &codec, &handler)) return {};
  return encode(vm, s, codec, handler);
}

Value bytes_decode(VM& vm, std::string_view data, Value encoding, Value errors,
                   std::string_view fn) {
  Codec codec;
  std::string_view handler;
  if (!codec_args(vm, encoding, errors, fn, &codec, &handler)) return {};
  return decode(vm, data, codec, handler);
}

void init_unicode_error_types(VM& vm) {
  vm.exc.UnicodeEncodeError->init = encode_error_init;
  vm.exc.UnicodeEncodeError->str = encode_error_str;
  vm.exc.UnicodeDecodeError->init = decode_error_init;
  vm.exc.UnicodeDecodeError->str = decode_error_str;
  vm.exc.UnicodeTranslateError->init = translate_error_init;
  vm.exc.UnicodeTranslateError->str = translate_error_str;
  for (Type* t :
       {vm.exc.UnicodeEncodeError, vm.exc.UnicodeDecodeError, vm.exc.UnicodeTranslateError}) {
    add_slot_wrappers(vm, t);
    t->version = vm.next_version();
  }
}

} // namespace py
