// math.fsum after CPython's math_fsum (Modules/mathmodule.c): Shewchuk's exact partial sums and
// the half-even correction across partials.
#include "python/numeric/fsum.hpp"

#include <cmath>

namespace py::num {

bool FsumAccumulator::add(double x) {
  if (overflowed_) return false;
  double xsave = x;
  std::size_t i = 0;
  for (double y : partials_) {
    if (std::fabs(x) < std::fabs(y)) std::swap(x, y);
    double hi = x + y;
    double yr = hi - x;
    double lo = y - yr;
    if (lo != 0.0) partials_[i++] = lo;
    x = hi;
  }
  partials_.resize(i);
  if (x == 0.0) return true;
  if (std::isfinite(x)) {
    partials_.push_back(x);
    return true;
  }
  // A non-finite x comes from an overflow or from an inf or nan term.
  if (std::isfinite(xsave)) {
    overflowed_ = true;
    return false;
  }
  if (std::isinf(xsave)) inf_sum_ += xsave;
  special_sum_ += xsave;
  partials_.clear();
  return true;
}

Result<double> FsumAccumulator::result() const {
  if (overflowed_) return overflow_error("intermediate overflow in fsum");
  if (special_sum_ != 0.0) {
    if (std::isnan(inf_sum_)) return value_error("-inf + inf in fsum");
    return special_sum_;
  }
  std::size_t n = partials_.size();
  double hi = 0.0, lo = 0.0;
  if (n > 0) {
    hi = partials_[--n];
    // Sum the partials from the top, stopping when the sum becomes inexact.
    while (n > 0) {
      double x = hi;
      double y = partials_[--n];
      hi = x + y;
      double yr = hi - x;
      lo = y - yr;
      if (lo != 0.0) break;
    }
    // Make half-even rounding work across multiple partials.
    if (n > 0 && ((lo < 0.0 && partials_[n - 1] < 0.0) || (lo > 0.0 && partials_[n - 1] > 0.0))) {
      double y = lo * 2.0;
      double x = hi + y;
      double yr = x - hi;
      if (y == yr) hi = x;
    }
  }
  return hi;
}

} // namespace py::num
