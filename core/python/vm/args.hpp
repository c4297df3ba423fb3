// Binding the arguments of a native function: a signature written as Python
// would ("sorted(iterable, /, *, key=None, reverse=False)") is parsed once and
// then maps (args, nargs, kwnames) to one slot per parameter, with CPython's
// error messages. Defaults are not evaluated: an omitted optional parameter
// leaves its slot null and the function applies the default itself.
#pragma once

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

#include "python/vm/object.hpp"

namespace py {

struct Tuple;

class Signature {
public:
  /// Parses "name(a, b=…, /, c, *, d=…)"; a trailing "*args" is not supported
  /// (functions with a variable count take args/nargs directly).
  explicit Signature(std::string_view text);

  /// Fills out[0..parameter_count) with borrowed references (null for an
  /// omitted optional parameter). False with TypeError on a bad call.
  bool bind(VM& vm, const Value* args, size_t nargs, Tuple* kwnames, Value* out) const;

  size_t parameter_count() const { return params_.size(); }
  const std::string& function_name() const { return name_; }

private:
  struct Param {
    std::string name;
    bool optional;
    bool positional_only;
    bool keyword_only;
  };
  std::string name_;
  std::vector<Param> params_;
  size_t positional_count_ = 0; // parameters that can be given by position
};

/// check_arity's slow half: raises its TypeError unless the call is fine after all (an empty
/// kwnames tuple). Out of line so that the usual passing check costs two comparisons.
bool check_arity_slow(VM& vm, std::string_view name, size_t nargs, Tuple* kwnames, size_t min,
                      size_t max);

/// Checks a positional-only arity: "name() takes exactly one argument (2 given)" and friends.
/// False with TypeError when nargs is outside [min, max] or keywords were given.
inline bool check_arity(VM& vm, std::string_view name, size_t nargs, Tuple* kwnames, size_t min,
                        size_t max) {
  if (!kwnames && nargs >= min && nargs <= max) return true;
  return check_arity_slow(vm, name, nargs, kwnames, min, max);
}

/// clinic_arity's slow half, out of line: raises unless the call is fine after all (an empty
/// kwnames tuple).
bool clinic_arity_slow(VM& vm, std::string_view qualified, std::string_view bare, size_t nargs,
                       Tuple* kwnames, size_t min, size_t max);

/// Checks the positional arity of an Argument-Clinic style method: keywords fail with
/// "<qualified>() takes no keyword arguments" (the method descriptor's words), a bad count with
/// check_arity's messages under the bare name ("get expected at least 1 argument, got 0").
inline bool clinic_arity(VM& vm, std::string_view qualified, std::string_view bare, size_t nargs,
                         Tuple* kwnames, size_t min, size_t max) {
  if (!kwnames && nargs >= min && nargs <= max) return true;
  return clinic_arity_slow(vm, qualified, bare, nargs, kwnames, min, max);
}

} // namespace py
