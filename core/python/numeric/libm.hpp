// The C math functions whose last bit differs between libms, computed the way
// CPython on Linux sees them. CPython's math module calls the platform libm;
// the oracle runs on glibc, while the wasm build links Emscripten's musl.
// exp, log, pow and their base-2 forms are the same code in both (ARM's
// optimized routines), and the hyperbolic and log1p/expm1 families are fdlibm
// in both; the functions here are the ones that differ. cbrt replays glibc's
// algorithm everywhere; the others forward to the C library on glibc.
#pragma once

namespace py::num {

/// Cube root with glibc's algorithm, which is not correctly rounded
/// (glibc: cbrt(27.0) == 3.0000000000000004; musl: 3.0).
double libm_cbrt(double x);

// glibc's trigonometric functions are IBM's accurate mathlib, correctly
// rounded in all but vanishingly rare cases; musl's are fdlibm (within one
// ulp). Under wasm these evaluate in binary128 (`long double`) and round once.

/// sin(x) rounded as glibc rounds it.
double libm_sin(double x);
/// cos(x) rounded as glibc rounds it.
double libm_cos(double x);
/// tan(x) rounded as glibc rounds it.
double libm_tan(double x);
/// asin(x) rounded as glibc rounds it.
double libm_asin(double x);
/// acos(x) rounded as glibc rounds it.
double libm_acos(double x);
/// atan(x) rounded as glibc rounds it.
double libm_atan(double x);
/// atan2(y, x) rounded as glibc rounds it.
double libm_atan2(double y, double x);

} // namespace py::num
