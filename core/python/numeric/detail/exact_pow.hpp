// x ** y correctly rounded, for hosts whose libm pow is not the one CPython was measured with.
#pragma once

namespace py::num::detail {

// x**y for finite x > 0 with x != 1 and finite y != 0, rounded to nearest from a double-double
// evaluation of exp(y * log(x)) (about 100 bits, so it misrounds only when the exact result is
// within ~2**-45 ulp of a half-way point). Overflow gives +inf, underflow rounds into the
// subnormals or to 0.
double exact_pow(double x, double y);

} // namespace py::num::detail
