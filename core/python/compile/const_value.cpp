#include "python/compile/const_value.hpp"

#include <algorithm>

#include <cmath>
#include <cstring>

#include "python/compile/code_unit.hpp"
#include "python/numeric/float_repr.hpp"
#include "python/numeric/int_float.hpp"
#include "python/numeric/int_text.hpp"
#include "python/objects/str.hpp"

namespace py::bc {

namespace {

/// A constant of a kind, its payload still to fill in.
ConstValue of_kind(ConstKind kind) {
  ConstValue v;
  v.kind = kind;
  return v;
}

} // namespace

ConstValue ConstValue::boolean(bool b) { return of_kind(b ? ConstKind::true_ : ConstKind::false_); }

ConstValue ConstValue::ellipsis() { return of_kind(ConstKind::ellipsis); }

ConstValue ConstValue::of_int(num::BigInt i) {
  ConstValue v = of_kind(ConstKind::int_);
  v.integer = std::move(i);
  return v;
}

ConstValue ConstValue::of_float(double d) {
  ConstValue v = of_kind(ConstKind::float_);
  v.real = d;
  return v;
}

ConstValue ConstValue::of_complex(double re, double im) {
  ConstValue v = of_kind(ConstKind::complex);
  v.real = re;
  v.imag = im;
  return v;
}

ConstValue ConstValue::of_str(std::string_view s) {
  ConstValue v = of_kind(ConstKind::str);
  v.text = std::string(s);
  return v;
}

ConstValue ConstValue::of_bytes(std::string_view s) {
  ConstValue v = of_kind(ConstKind::bytes);
  v.text = std::string(s);
  return v;
}

ConstValue ConstValue::of_tuple(std::vector<ConstValue> items) {
  ConstValue v = of_kind(ConstKind::tuple);
  v.items = std::move(items);
  return v;
}

ConstValue ConstValue::of_frozenset(std::vector<ConstValue> items) {
  ConstValue v = of_kind(ConstKind::frozenset);
  v.items = std::move(items);
  return v;
}

ConstValue ConstValue::of_code(std::shared_ptr<const CodeUnit> code) {
  ConstValue v = of_kind(ConstKind::code);
  v.code = std::move(code);
  return v;
}

num::BigInt ConstValue::as_bigint() const {
  if (kind == ConstKind::true_) return num::BigInt(1);
  if (kind == ConstKind::false_) return num::BigInt(0);
  return integer;
}

bool ConstValue::is_identifier_like() const {
  if (kind != ConstKind::str) return false;
  for (unsigned char c : text) {
    bool ok =
        (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '_';
    if (!ok) return false;
  }
  return true;
}

namespace {

/// Appends the bit pattern of a double (so that -0.0 and 0.0 differ).
void append_bits(std::string& out, double d) {
  uint64_t bits;
  std::memcpy(&bits, &d, sizeof bits);
  out += std::to_string(bits);
}

/// repr of a bytes value, as bytes.__repr__.
std::string repr_bytes(std::string_view data) {
  bool has_single = data.find('\'') != std::string_view::npos;
  bool has_double = data.find('"') != std::string_view::npos;
  char quote = has_single && !has_double ? '"' : '\'';
  static const char hex[] = "0123456789abcdef";
  std::string out = "b";
  out.push_back(quote);
  for (unsigned char c : data) {
    if (c == uint8_t(quote) || c == '\\') {
      out.push_back('\\');
      out.push_back(char(c));
    } else if (c == '\t') {
      out += "\\t";
    } else if (c == '\n') {
      out += "\\n";
    } else if (c == '\r') {
      out += "\\r";
    } else if (c < 0x20 || c >= 0x7f) {
      out += "\\x";
      out.push_back(hex[c >> 4]);
      out.push_back(hex[c & 15]);
    } else {
      out.push_back(char(c));
    }
  }
  out.push_back(quote);
  return out;
}

/// repr of a complex number, as complex.__repr__.
std::string repr_complex(double re, double im) {
  std::string out;
  bool bare = re == 0.0 && !std::signbit(re);
  if (!bare) {
    out.push_back('(');
    out += num::double_to_string(re, 'r', 0, 0);
  }
  out += num::double_to_string(im, 'r', 0, bare ? 0u : unsigned(num::kDtsfSign));
  out.push_back('j');
  if (!bare) out.push_back(')');
  return out;
}

/// The value of a number as a double pair (real, imag) for mixed comparisons.
bool numeric_parts(const ConstValue& v, double* re, double* im) {
  switch (v.kind) {
  case ConstKind::true_:
  case ConstKind::false_:
  case ConstKind::int_: {
    auto d = num::to_double(v.as_bigint());
    if (!d) return false;
    *re = d.value();
    *im = 0;
    return true;
  }
  case ConstKind::float_:
    *re = v.real;
    *im = 0;
    return true;
  case ConstKind::complex:
    *re = v.real;
    *im = v.imag;
    return true;
  default: return false;
  }
}

bool is_number(const ConstValue& v) {
  return v.is_integral() || v.kind == ConstKind::float_ || v.kind == ConstKind::complex;
}

} // namespace

std::string ConstValue::key() const {
  std::string out;
  switch (kind) {
  case ConstKind::none: return "N";
  case ConstKind::true_: return "T";
  case ConstKind::false_: return "F";
  case ConstKind::ellipsis: return "E";
  case ConstKind::int_:
    out.push_back('i');
    out += num::to_string(integer, 16);
    return out;
  case ConstKind::float_:
    out.push_back('f');
    append_bits(out, real);
    return out;
  case ConstKind::complex:
    out.push_back('c');
    append_bits(out, real);
    out.push_back(',');
    append_bits(out, imag);
    return out;
  case ConstKind::str:
  case ConstKind::bytes:
    // The length keeps "a" + "," apart from "a,".
    out.push_back(kind == ConstKind::str ? 's' : 'b');
    out += std::to_string(text.size());
    out.push_back(':');
    out += text;
    return out;
  case ConstKind::tuple:
  case ConstKind::frozenset: {
    std::vector<std::string> keys;
    std::vector<const ConstValue*> kept;
    for (const ConstValue& item : items) {
      // A set keeps the first of equal items: {1, 1.0} is {1}, {1.0, 1} is {1.0}.
      bool duplicate = kind == ConstKind::frozenset &&
                       std::any_of(kept.begin(), kept.end(), [&](const ConstValue* k) {
                         return const_equal(*k, item) == true;
                       });
      if (duplicate) continue;
      kept.push_back(&item);
      keys.push_back(item.key());
    }
    // Equal frozensets are one constant whatever their items' order, as in
    // CPython (whose key is a frozenset): a later {3, 2, 1} reuses {1, 2, 3}.
    if (kind == ConstKind::frozenset) std::sort(keys.begin(), keys.end());
    out.push_back(kind == ConstKind::tuple ? '(' : '{');
    for (const std::string& k : keys) {
      out += k;
      out.push_back(',');
    }
    out.push_back(')');
    return out;
  }
  case ConstKind::code:
    out.push_back('C');
    out += code->key;
    return out;
  }
  return out;
}

std::string ConstValue::repr() const {
  switch (kind) {
  case ConstKind::none: return "None";
  case ConstKind::true_: return "True";
  case ConstKind::false_: return "False";
  case ConstKind::ellipsis: return "Ellipsis";
  case ConstKind::int_: return num::to_string(integer);
  case ConstKind::float_: return num::float_repr(real);
  case ConstKind::complex: return repr_complex(real, imag);
  case ConstKind::str: return repr_text(text);
  case ConstKind::bytes: return repr_bytes(text);
  case ConstKind::tuple: {
    std::string out = "(";
    for (size_t i = 0; i < items.size(); ++i) {
      if (i) out += ", ";
      out += items[i].repr();
    }
    if (items.size() == 1) out += ",";
    return out + ")";
  }
  case ConstKind::frozenset: {
    if (items.empty()) return "frozenset()";
    std::string out = "frozenset({";
    for (size_t i = 0; i < items.size(); ++i) {
      if (i) out += ", ";
      out += items[i].repr();
    }
    return out + "})";
  }
  case ConstKind::code:
    return "<code object " + (code ? code->name : std::string("?")) + ", line " +
           std::to_string(code ? code->firstlineno : 0) + ">";
  }
  return "?";
}

const char* ConstValue::type_name() const {
  switch (kind) {
  case ConstKind::none: return "NoneType";
  case ConstKind::true_:
  case ConstKind::false_: return "bool";
  case ConstKind::ellipsis: return "ellipsis";
  case ConstKind::int_: return "int";
  case ConstKind::float_: return "float";
  case ConstKind::complex: return "complex";
  case ConstKind::str: return "str";
  case ConstKind::bytes: return "bytes";
  case ConstKind::tuple: return "tuple";
  case ConstKind::frozenset: return "frozenset";
  case ConstKind::code: return "code";
  }
  return "object";
}

bool ConstValue::truthy() const {
  switch (kind) {
  case ConstKind::none:
  case ConstKind::false_: return false;
  case ConstKind::true_:
  case ConstKind::ellipsis:
  case ConstKind::code: return true;
  case ConstKind::int_: return !integer.is_zero();
  case ConstKind::float_: return real != 0.0;
  case ConstKind::complex: return real != 0.0 || imag != 0.0;
  case ConstKind::str:
  case ConstKind::bytes: return !text.empty();
  case ConstKind::tuple:
  case ConstKind::frozenset: return !items.empty();
  }
  return true;
}

std::optional<bool> const_equal(const ConstValue& a, const ConstValue& b) {
  if (is_number(a) && is_number(b)) {
    if (a.is_integral() && b.is_integral()) return a.as_bigint() == b.as_bigint();
    if (a.kind == ConstKind::float_ && b.is_integral()) {
      return num::compare(a.real, b.as_bigint()) == std::partial_ordering::equivalent;
    }
    if (b.kind == ConstKind::float_ && a.is_integral()) {
      return num::compare(b.real, a.as_bigint()) == std::partial_ordering::equivalent;
    }
    double ar, ai, br, bi;
    if (!numeric_parts(a, &ar, &ai) || !numeric_parts(b, &br, &bi)) return std::nullopt;
    return ar == br && ai == bi;
  }
  if (a.kind != b.kind) {
    // None, Ellipsis, str, bytes, tuple compare unequal to anything else.
    return false;
  }
  switch (a.kind) {
  case ConstKind::none:
  case ConstKind::ellipsis: return true;
  case ConstKind::str:
  case ConstKind::bytes: return a.text == b.text;
  case ConstKind::tuple: {
    if (a.items.size() != b.items.size()) return false;
    for (size_t i = 0; i < a.items.size(); ++i) {
      auto e = const_equal(a.items[i], b.items[i]);
      if (!e || !*e) return e;
    }
    return true;
  }
  default: return std::nullopt;
  }
}

std::string repr_text(std::string_view text) { return str_repr_text(text); }

} // namespace py::bc
