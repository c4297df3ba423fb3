// RecursionGuard: counts one level of C++ recursion that can be driven by a
// Python program (repr of nested lists, comparisons, calls from native code)
// against the same limit as Python calls, and against the VM's bound on
// machine stack whatever that limit is, so a runaway program gets RecursionError
// instead of overflowing the (wasm) stack.
#pragma once

#include "python/vm/errors.hpp"
#include "python/vm/vm.hpp"

namespace py {

class RecursionGuard {
public:
  /// Enters one level; on overflow raises RecursionError("maximum recursion
  /// depth exceeded" + where) and converts to false.
  RecursionGuard(VM& vm, const char* where) : vm_(vm) {
    ++vm.depth;
    ++vm.native_stack;
    ok_ = vm.depth <= vm.recursion_limit && vm.native_stack <= vm.native_stack_limit;
    if (!ok_) raise(vm, vm.exc.RecursionError, cat("maximum recursion depth exceeded", where));
  }
  ~RecursionGuard() {
    --vm_.depth;
    --vm_.native_stack;
  }
  RecursionGuard(const RecursionGuard&) = delete;
  RecursionGuard& operator=(const RecursionGuard&) = delete;
  explicit operator bool() const { return ok_; }

private:
  VM& vm_;
  bool ok_;
};

} // namespace py
