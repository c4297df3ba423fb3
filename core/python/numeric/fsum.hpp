// math.fsum(): an exactly rounded sum of floats (Shewchuk's partials, as CPython).
#pragma once

#include "python/numeric/result.hpp"

#include <vector>

namespace py::num {

// Accumulates the terms of math.fsum one at a time, as the VM iterates the argument.
class FsumAccumulator {
public:
  // Adds one term; false once an intermediate sum has overflowed (CPython stops there, and
  // result() reports OverflowError "intermediate overflow in fsum").
  bool add(double x);
  // The correctly rounded sum of the terms so far. ValueError "-inf + inf in fsum".
  Result<double> result() const;

private:
  std::vector<double> partials_; // non-overlapping, increasing magnitude
  double special_sum_ = 0.0;     // sum of infinite and NaN terms
  double inf_sum_ = 0.0;         // sum of infinite terms (NaN when both signs were seen)
  bool overflowed_ = false;      // a finite term overflowed an intermediate sum
};

} // namespace py::num
