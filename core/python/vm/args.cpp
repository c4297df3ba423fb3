#include "python/vm/args.hpp"

#include "python/objects/str.hpp"
#include "python/objects/tuple.hpp"
#include "python/vm/errors.hpp"
#include "python/vm/vm.hpp"

namespace py {

Signature::Signature(std::string_view text) {
  size_t open = text.find('(');
  name_ = std::string(text.substr(0, open));
  std::string_view params = text.substr(open + 1, text.rfind(')') - open - 1);
  bool keyword_only = false;
  size_t posonly_end = 0;
  while (!params.empty()) {
    size_t comma = params.find(',');
    std::string_view p = params.substr(0, comma);
    params = comma == std::string_view::npos ? std::string_view() : params.substr(comma + 1);
    while (!p.empty() && p.front() == ' ') p.remove_prefix(1);
    while (!p.empty() && p.back() == ' ') p.remove_suffix(1);
    if (p == "/") {
      posonly_end = params_.size();
      continue;
    }
    if (p == "*") {
      keyword_only = true;
      continue;
    }
    size_t eq = p.find('=');
    Param param{std::string(p.substr(0, eq)), eq != std::string_view::npos, false, keyword_only};
    params_.push_back(param);
    if (!keyword_only) ++positional_count_;
  }
  for (size_t i = 0; i < posonly_end; ++i) params_[i].positional_only = true;
}

bool Signature::bind(VM& vm, const Value* args, size_t nargs, Tuple* kwnames, Value* out) const {
  for (size_t i = 0; i < params_.size(); ++i) out[i] = Value();
  if (nargs > positional_count_) {
    size_t required = 0;
    for (size_t i = 0; i < positional_count_; ++i) required += !params_[i].optional;
    if (positional_count_ == 0) {
      raise(vm, vm.exc.TypeError, cat(name_, "() takes no positional arguments"));
    } else if (required == positional_count_) {
      raise(vm, vm.exc.TypeError,
            cat(name_, "() takes exactly ", positional_count_, " positional argument",
                positional_count_ == 1 ? "" : "s", " (", nargs, " given)"));
    } else {
      raise(vm, vm.exc.TypeError,
            cat(name_, "() takes at most ", positional_count_, " argument",
                positional_count_ == 1 ? "" : "s", " (", nargs, " given)"));
    }
    return false;
  }
  for (size_t i = 0; i < nargs; ++i) out[i] = args[i];
  size_t nkw = kwnames ? kwnames->size : 0;
  for (size_t k = 0; k < nkw; ++k) {
    std::string_view key = static_cast<Str*>(kwnames->item(k).as_object())->view();
    size_t j = 0;
    while (j < params_.size() && (params_[j].name != key || params_[j].positional_only)) ++j;
    if (j == params_.size()) {
      raise(vm, vm.exc.TypeError,
            cat("'", key, "' is an invalid keyword argument for ", name_, "()"));
      return false;
    }
    if (!out[j].is_null()) {
      raise(
          vm, vm.exc.TypeError,
          cat("argument for ", name_, "() given by name ('", key, "') and position (", j + 1, ")"));
      return false;
    }
    out[j] = args[nargs + k];
  }
  for (size_t i = 0; i < params_.size(); ++i) {
    if (!out[i].is_null() || params_[i].optional) continue;
    if (params_[i].keyword_only || i >= nargs) {
      if (params_[i].positional_only || i < positional_count_) {
        raise(vm, vm.exc.TypeError,
              cat(name_, "() missing required argument '", params_[i].name, "' (pos ", i + 1, ")"));
      } else {
        raise(vm, vm.exc.TypeError,
              cat(name_, "() missing required keyword-only argument '", params_[i].name, "'"));
      }
      return false;
    }
  }
  return true;
}

bool clinic_arity_slow(VM& vm, std::string_view qualified, std::string_view bare, size_t nargs,
                       Tuple* kwnames, size_t min, size_t max) {
  if (kwnames && kwnames->size) {
    raise(vm, vm.exc.TypeError, cat(qualified, "() takes no keyword arguments"));
    return false;
  }
  return check_arity(vm, bare, nargs, nullptr, min, max);
}

bool check_arity_slow(VM& vm, std::string_view name, size_t nargs, Tuple* kwnames, size_t min,
                      size_t max) {
  if (kwnames && kwnames->size) {
    raise(vm, vm.exc.TypeError, cat(name, "() takes no keyword arguments"));
    return false;
  }
  if (nargs >= min && nargs <= max) return true;
  if (min == max) {
    if (min == 0) {
      raise(vm, vm.exc.TypeError, cat(name, "() takes no arguments (", nargs, " given)"));
    } else if (min == 1) {
      raise(vm, vm.exc.TypeError, cat(name, "() takes exactly one argument (", nargs, " given)"));
    } else {
      raise(vm, vm.exc.TypeError, cat(name, " expected ", min, " arguments, got ", nargs));
    }
  } else if (nargs < min) {
    raise(vm, vm.exc.TypeError,
          cat(name, " expected at least ", min, " argument", min == 1 ? "" : "s", ", got ", nargs));
  } else {
    raise(vm, vm.exc.TypeError,
          cat(name, " expected at most ", max, " argument", max == 1 ? "" : "s", ", got ", nargs));
  }
  return false;
}

} // namespace py
