// ConstValue: a constant as the compiler sees it before any VM object exists
// (literals, folded expressions, tuples and frozensets of constants, nested
// code). Kept free of the VM so that the compiler can be tested on its own;
// materialize.cpp turns them into objects.
#pragma once

#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "python/numeric/bigint.hpp"

namespace py::bc {

struct CodeUnit;

/// What a ConstValue holds.
enum class ConstKind : uint8_t {
  none,
  true_,
  false_,
  ellipsis,
  int_,
  float_,
  complex,
  str,
  bytes,
  tuple,
  frozenset,
  code,
};

/// A compile-time constant.
struct ConstValue {
  /// Which of the forms below.
  ConstKind kind = ConstKind::none;
  /// int_: the value.
  num::BigInt integer;
  /// float_: the value; complex: the real and imaginary parts.
  double real = 0, imag = 0;
  /// str: UTF-8 text; bytes: the raw bytes.
  std::string text;
  /// tuple / frozenset: the items (a frozenset keeps its source order).
  std::vector<ConstValue> items;
  /// code: the compiled nested code object.
  std::shared_ptr<const CodeUnit> code;

  /// Constructors of each kind.
  static ConstValue none() { return {}; }
  static ConstValue boolean(bool b);
  static ConstValue ellipsis();
  static ConstValue of_int(num::BigInt v);
  static ConstValue of_float(double v);
  static ConstValue of_complex(double re, double im);
  static ConstValue of_str(std::string_view s);
  static ConstValue of_bytes(std::string_view s);
  static ConstValue of_tuple(std::vector<ConstValue> items);
  static ConstValue of_frozenset(std::vector<ConstValue> items);
  static ConstValue of_code(std::shared_ptr<const CodeUnit> code);

  bool is_bool() const { return kind == ConstKind::true_ || kind == ConstKind::false_; }
  /// True for int and bool (bool is an int subclass in arithmetic).
  bool is_integral() const { return kind == ConstKind::int_ || is_bool(); }
  /// The value of an int or bool.
  num::BigInt as_bigint() const;
  /// True for str of identifier characters only, which CPython interns.
  bool is_identifier_like() const;

  /// A string that is equal for two constants exactly when CPython's
  /// _PyCode_ConstantKey makes them one constant (1, 1.0 and True differ,
  /// 0.0 and -0.0 differ).
  std::string key() const;
  /// Python's repr() of the constant (for messages and the disassembler).
  std::string repr() const;
  /// The name of its Python type ("int", "tuple", …).
  const char* type_name() const;
  /// truth value (bool(value)).
  bool truthy() const;
};

/// Python equality of two constants (1 == 1.0 == True, "a" == "a"), as a set
/// or dict would compare keys; nullopt when it cannot be decided statically.
std::optional<bool> const_equal(const ConstValue& a, const ConstValue& b);

/// The repr of UTF-8 text, quoted as Python does.
std::string repr_text(std::string_view text);

} // namespace py::bc
