// complex: a pair of doubles.
#pragma once

#include "python/vm/object.hpp"

namespace py {

/// A complex object.
struct Complex : Object {
  double real, imag;
};

/// A new complex number.
Value complex_new(VM& vm, double real, double imag);
/// x ** y for a negative float base and a fractional exponent (a complex result).
Value complex_power(VM& vm, double x, double y);

} // namespace py
