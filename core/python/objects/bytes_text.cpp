// The text-like methods bytes and bytearray share, all ASCII-only as in
// CPython: case conversion, the is* predicates, padding (center, ljust,
// rjust, zfill, expandtabs), translate/maketrans, hex/fromhex and decode.
#include <cstring>
#include <string>

#include "python/objects/bytes.hpp"
#include "python/objects/bytes_methods.hpp"
#include "python/objects/codecs.hpp"
#include "python/objects/sequence.hpp"
#include "python/objects/str.hpp"
#include "python/objects/text_ops.hpp"
#include "python/vm/args.hpp"
#include "python/vm/builder.hpp"
#include "python/vm/call.hpp"
#include "python/vm/errors.hpp"
#include "python/vm/protocol.hpp"
#include "python/vm/vm.hpp"

namespace py {

namespace {

bool is_lower(unsigned char c) { return c >= 'a' && c <= 'z'; }
bool is_upper(unsigned char c) { return c >= 'A' && c <= 'Z'; }
bool is_alpha(unsigned char c) { return is_lower(c) || is_upper(c); }
bool is_digit(unsigned char c) { return c >= '0' && c <= '9'; }
char to_upper(unsigned char c) { return char(is_lower(c) ? c - 32 : c); }
char to_lower(unsigned char c) { return char(is_upper(c) ? c + 32 : c); }

// ----- case conversion ---------------------------------------------------------------

/// The five case conversions, as one byte-by-byte rewrite each.
enum class CaseOp { lower, upper, swapcase, capitalize, title };

template <CaseOp op>
Value bytes_case(VM& vm, const Value* args, size_t nargs, Tuple* kw) {
  static constexpr const char* name = op == CaseOp::lower        ? "lower"
                                      : op == CaseOp::upper      ? "upper"
                                      : op == CaseOp::swapcase   ? "swapcase"
                                      : op == CaseOp::capitalize ? "capitalize"
                                                                 : "title";
  if (!check_byte_arity(vm, args[0], name, nargs - 1, kw, 0, 0, true)) return {};
  std::string out(byte_data(vm, args[0]));
  bool previous_cased = false;
  for (size_t i = 0; i < out.size(); ++i) {
    auto c = static_cast<unsigned char>(out[i]);
    switch (op) {
    case CaseOp::lower: out[i] = to_lower(c); break;
    case CaseOp::upper: out[i] = to_upper(c); break;
    case CaseOp::swapcase: out[i] = is_lower(c) ? to_upper(c) : to_lower(c); break;
    case CaseOp::capitalize: out[i] = i == 0 ? to_upper(c) : to_lower(c); break;
    case CaseOp::title:
      out[i] = previous_cased ? to_lower(c) : to_upper(c);
      previous_cased = is_alpha(c);
      break;
    }
  }
  return byte_result(vm, args[0], out);
}

// ----- predicates --------------------------------------------------------------------

/// isalpha & co.: true when not empty and every byte satisfies the test.
template <bool (*test)(unsigned char)>
bool all_bytes(std::string_view data) {
  if (data.empty()) return false;
  for (unsigned char c : data) {
    if (!test(c)) return false;
  }
  return true;
}

bool is_alnum(unsigned char c) { return is_alpha(c) || is_digit(c); }
bool is_space(unsigned char c) { return text::is_ascii_space(c); }
bool is_ascii(unsigned char c) { return c < 0x80; }

/// islower/isupper: some cased byte, and none of the other case.
template <bool upper>
bool cased_as(std::string_view data) {
  bool cased = false;
  for (unsigned char c : data) {
    if (upper ? is_lower(c) : is_upper(c)) return false;
    cased = cased || (upper ? is_upper(c) : is_lower(c));
  }
  return cased;
}

/// istitle: uppercase only after uncased bytes, lowercase only after cased ones.
bool titled(std::string_view data) {
  bool cased = false, previous_cased = false;
  for (unsigned char c : data) {
    if (is_upper(c)) {
      if (previous_cased) return false;
      previous_cased = cased = true;
    } else if (is_lower(c)) {
      if (!previous_cased) return false;
      previous_cased = cased = true;
    } else {
      previous_cased = false;
    }
  }
  return cased;
}

/// Every byte is ASCII; true for the empty string.
bool ascii_only(std::string_view data) { return data.empty() || all_bytes<is_ascii>(data); }

/// The predicates' names, as template arguments.
constexpr char kIsAlnum[] = "isalnum", kIsAlpha[] = "isalpha", kIsDigit[] = "isdigit",
               kIsSpace[] = "isspace", kIsAscii[] = "isascii", kIsLower[] = "islower",
               kIsUpper[] = "isupper", kIsTitle[] = "istitle";

template <const char* name, bool (*test)(std::string_view)>
Value bytes_predicate(VM& vm, const Value* args, size_t nargs, Tuple* kw) {
  if (!check_byte_arity(vm, args[0], name, nargs - 1, kw, 0, 0, true)) return {};
  return Value::boolean(test(byte_data(vm, args[0])));
}

// ----- padding -----------------------------------------------------------------------

/// The fill byte of center/ljust/rjust: "center() argument 2 must be a byte
/// string of length 1, not str".
bool fill_arg(VM& vm, const char* name, Value v, char* out) {
  std::string_view fill;
  if (!bytes_like_view(vm, v, &fill) || fill.size() != 1) {
    raise(vm, vm.exc.TypeError,
          cat(name, "() argument 2 must be a byte string of length 1, not ", type_name(vm, v)));
    return false;
  }
  *out = fill[0];
  return true;
}

/// self padded to `width` with `left` bytes of fill before it (the rest after).
Value padded(VM& vm, Value self, size_t width, size_t left, char fill) {
  std::string_view data = byte_data(vm, self);
  std::string out(width, fill);
  std::memcpy(out.data() + left, data.data(), data.size());
  return byte_result(vm, self, out);
}

/// Which side center/ljust/rjust put the text on.
enum class Justify { left, right, center };

template <Justify how>
Value bytes_justify(VM& vm, const Value* args, size_t nargs, Tuple* kw) {
  static constexpr const char* name = how == Justify::left    ? "ljust"
                                      : how == Justify::right ? "rjust"
                                                              : "center";
  if (!check_byte_arity(vm, args[0], name, nargs - 1, kw, 1, 2, false)) return {};
  int64_t width;
  if (!ssize_arg(vm, args[1], &width)) return {};
  char fill = ' ';
  if (nargs > 2 && !fill_arg(vm, name, args[2], &fill)) return {};
  size_t size = byte_data(vm, args[0]).size();
  if (width <= int64_t(size)) return byte_slice_result(vm, args[0], 0, size);
  size_t margin = size_t(width) - size;
  size_t left = how == Justify::left    ? 0
                : how == Justify::right ? margin
                                        : margin / 2 + (margin & size_t(width) & 1);
  return padded(vm, args[0], size_t(width), left, fill);
}

Value bytes_zfill(VM& vm, const Value* args, size_t nargs, Tuple* kw) {
  if (!check_byte_arity(vm, args[0], "zfill", nargs - 1, kw, 1, 1, true)) return {};
  int64_t width;
  if (!ssize_arg(vm, args[1], &width)) return {};
  std::string_view data = byte_data(vm, args[0]);
  if (width <= int64_t(data.size())) return byte_slice_result(vm, args[0], 0, data.size());
  size_t fill = size_t(width) - data.size();
  std::string out(fill, '0');
  out.append(data);
  if (out[fill] == '+' || out[fill] == '-') {
    out[0] = out[fill];
    out[fill] = '0';
  }
  return byte_result(vm, args[0], out);
}

Value bytes_expandtabs(VM& vm, const Value* args, size_t nargs, Tuple* kwnames) {
  static const Signature sig("expandtabs(tabsize=8)");
  Value a[1];
  if (!sig.bind(vm, args + 1, nargs - 1, kwnames, a)) return {};
  int64_t tabsize = 8;
  if (!a[0].is_null() && !index_int64(vm, a[0], &tabsize)) return {};
  std::string out;
  int64_t column = 0;
  for (char c : byte_data(vm, args[0])) {
    if (c == '\t') {
      if (tabsize > 0) {
        int64_t spaces = tabsize - column % tabsize;
        out.append(size_t(spaces), ' ');
        column += spaces;
      }
    } else {
      out += c;
      column = c == '\n' || c == '\r' ? 0 : column + 1;
    }
  }
  return byte_result(vm, args[0], out);
}

// ----- translate ---------------------------------------------------------------------

Value bytes_translate(VM& vm, const Value* args, size_t nargs, Tuple* kwnames) {
  static const Signature sig("translate(table, /, delete=b'')");
  Value a[2];
  if (nargs == 1) {
    return raise(vm, vm.exc.TypeError,
                 "translate() takes at least 1 positional argument (0 given)");
  }
  if (!sig.bind(vm, args + 1, nargs - 1, kwnames, a)) return {};
  std::string table;
  if (!a[0].is_none()) {
    std::string_view t;
    if (!bytes_arg(vm, a[0], &t)) return {};
    if (t.size() != 256) {
      return raise(vm, vm.exc.ValueError, "translation table must be 256 characters long");
    }
    table = t;
  }
  bool deleted[256] = {};
  if (!a[1].is_null()) {
    std::string_view d;
    if (!bytes_arg(vm, a[1], &d)) return {};
    for (unsigned char c : d) deleted[c] = true;
  }
  std::string out;
  for (unsigned char c : byte_data(vm, args[0])) {
    if (!deleted[c]) out += table.empty() ? char(c) : table[c];
  }
  return byte_result(vm, args[0], out);
}

Value bytes_maketrans(VM& vm, const Value* args, size_t nargs, Tuple* kw) {
  if (!check_arity(vm, "maketrans", nargs, kw, 2, 2)) return {};
  std::string_view from, to;
  if (!bytes_arg(vm, args[0], &from) || !bytes_arg(vm, args[1], &to)) return {};
  if (from.size() != to.size()) {
    return raise(vm, vm.exc.ValueError, "maketrans arguments must have same length");
  }
  Bytes* r = bytes_alloc(vm, 256);
  if (!r) return {};
  uint8_t* table = r->mutable_data();
  for (int i = 0; i < 256; ++i) table[i] = uint8_t(i);
  for (size_t i = 0; i < from.size(); ++i)
    table[static_cast<unsigned char>(from[i])] = uint8_t(to[i]);
  return Value::object(r);
}

// ----- hex, fromhex, decode ----------------------------------------------------------

Value bytes_hex(VM& vm, const Value* args, size_t nargs, Tuple* kwnames) {
  static const Signature sig("hex(sep=, bytes_per_sep=1)");
  Value a[2];
  if (!sig.bind(vm, args + 1, nargs - 1, kwnames, a)) return {};
  char sep = 0;
  if (!a[0].is_null()) {
    std::string_view s;
    if (is_str(a[0])) {
      s = as_str(a[0])->view();
      if (as_str(a[0])->length != 1) return raise(vm, vm.exc.ValueError, "sep must be length 1.");
      if (!as_str(a[0])->ascii) return raise(vm, vm.exc.ValueError, "sep must be ASCII.");
    } else if (!bytes_like_view(vm, a[0], &s)) {
      return raise(vm, vm.exc.TypeError,
                   cat("object of type '", type_name(vm, a[0]), "' has no len()"));
    }
    if (s.size() != 1) return raise(vm, vm.exc.ValueError, "sep must be length 1.");
    if (static_cast<unsigned char>(s[0]) >= 0x80) {
      return raise(vm, vm.exc.ValueError, "sep must be ASCII.");
    }
    sep = s[0];
  }
  int64_t group = 1;
  if (!a[1].is_null() && !index_int64(vm, a[1], &group)) return {};
  std::string_view data = byte_data(vm, args[0]);
  static const char digits[] = "0123456789abcdef";
  std::string out;
  out.reserve(data.size() * 3);
  size_t every = group < 0 ? size_t(-group) : size_t(group);
  for (size_t i = 0; i < data.size(); ++i) {
    // Groups count from the right for a positive bytes_per_sep, else from the left.
    size_t position = group > 0 ? data.size() - i : i;
    if (sep && every && i > 0 && position % every == 0) out += sep;
    auto c = static_cast<unsigned char>(data[i]);
    out += digits[c >> 4];
    out += digits[c & 15];
  }
  return str_new_known(vm, out, out.size(), true);
}

/// The value of a hex digit, or -1.
int hex_value(char c) {
  if (c >= '0' && c <= '9') return c - '0';
  if (c >= 'a' && c <= 'f') return c - 'a' + 10;
  if (c >= 'A' && c <= 'F') return c - 'A' + 10;
  return -1;
}

/// bytes.fromhex(string) / bytearray.fromhex(string), a class method.
Value bytes_fromhex(VM& vm, const Value* args, size_t nargs, Tuple* kw) {
  auto* cls = static_cast<Type*>(args[0].as_object());
  bool mutable_ = is_subtype(cls, vm.types.bytearray);
  if (!check_arity(vm, mutable_ ? "bytearray.fromhex" : "bytes.fromhex", nargs - 1, kw, 1, 1)) {
    return {};
  }
  if (!is_str(args[1])) {
    return raise(vm, vm.exc.TypeError,
                 cat("fromhex() argument must be str, not ", type_name(vm, args[1])));
  }
  std::string_view s = as_str(args[1])->view();
  std::string out;
  out.reserve(s.size() / 2);
  size_t i = 0, n = s.size();
  while (i < n) {
    if (text::is_ascii_space(static_cast<unsigned char>(s[i]))) {
      ++i;
      continue;
    }
    int top = hex_value(s[i]);
    int bottom = i + 1 < n ? hex_value(s[i + 1]) : -1;
    if (top < 0 || bottom < 0) {
      size_t bad = top < 0 ? i : i + 1;
      // Positions count code points, as in the str CPython scans.
      return raise(vm, vm.exc.ValueError,
                   cat("non-hexadecimal number found in fromhex() arg at position ",
                       utf8_length(s.substr(0, bad))));
    }
    out += char(top * 16 + bottom);
    i += 2;
  }
  Ref made = Ref::steal(mutable_ ? bytearray_new(vm, out) : bytes_new(vm, out));
  if (!made || cls == vm.types.bytes || cls == vm.types.bytearray) return made.release();
  return call(vm, args[0], {*made});
}

Value bytes_decode_method(VM& vm, const Value* args, size_t nargs, Tuple* kwnames) {
  static const Signature sig("decode(encoding='utf-8', errors='strict')");
  Value a[2];
  if (!sig.bind(vm, args + 1, nargs - 1, kwnames, a)) return {};
  return bytes_decode(vm, byte_data(vm, args[0]), a[0], a[1], "decode");
}

} // namespace

void add_bytes_text_methods(VM& vm, Type* type) {
  add_methods(vm, type,
              {{"lower", bytes_case<CaseOp::lower>},
               {"upper", bytes_case<CaseOp::upper>},
               {"swapcase", bytes_case<CaseOp::swapcase>},
               {"capitalize", bytes_case<CaseOp::capitalize>},
               {"title", bytes_case<CaseOp::title>},
               {"isalnum", bytes_predicate<kIsAlnum, all_bytes<is_alnum>>},
               {"isalpha", bytes_predicate<kIsAlpha, all_bytes<is_alpha>>},
               {"isdigit", bytes_predicate<kIsDigit, all_bytes<is_digit>>},
               {"isspace", bytes_predicate<kIsSpace, all_bytes<is_space>>},
               {"isascii", bytes_predicate<kIsAscii, ascii_only>},
               {"islower", bytes_predicate<kIsLower, cased_as<false>>},
               {"isupper", bytes_predicate<kIsUpper, cased_as<true>>},
               {"istitle", bytes_predicate<kIsTitle, titled>},
               {"center", bytes_justify<Justify::center>},
               {"ljust", bytes_justify<Justify::left>},
               {"rjust", bytes_justify<Justify::right>},
               {"zfill", bytes_zfill},
               {"expandtabs", bytes_expandtabs},
               {"translate", bytes_translate},
               {"maketrans", bytes_maketrans, NativeKind::static_method},
               {"hex", bytes_hex},
               {"fromhex", bytes_fromhex, NativeKind::class_method},
               {"decode", bytes_decode_method}});
}

} // namespace py
