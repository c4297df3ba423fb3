// Turns an error of the numeric library (python/numeric) into the Python
// exception it names.
#pragma once

#include "python/numeric/result.hpp"
#include "python/vm/errors.hpp"
#include "python/vm/vm.hpp"

namespace py {

/// Raises the exception described by a numeric-library error; returns null.
inline Value raise_num_error(VM& vm, const num::Error& error) {
  switch (error.kind) {
  case num::ErrorKind::ValueError: return raise(vm, vm.exc.ValueError, error.message);
  case num::ErrorKind::OverflowError: return raise(vm, vm.exc.OverflowError, error.message);
  case num::ErrorKind::ZeroDivisionError: return raise(vm, vm.exc.ZeroDivisionError, error.message);
  case num::ErrorKind::TypeError: return raise(vm, vm.exc.TypeError, error.message);
  case num::ErrorKind::MemoryError: return raise_memory_error(vm);
  }
  return {};
}

} // namespace py
