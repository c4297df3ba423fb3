// module: a namespace made by import (or the program itself, "__main__").
#pragma once

#include <cstdint>

#include <string_view>

#include "python/vm/object.hpp"

namespace py {

struct Dict;

/// A module object: its attributes are its dict's items.
struct Module : Object {
  /// The module's namespace.
  union {
    Dict* dict;
    /// Widens the slot to a Value: object_dict_slot() reads it as one (wasm32).
    uint64_t dict_slot_bits;
  };
};

/// A new module named `name`, with __name__ set (and __doc__ None).
Value module_new(VM& vm, std::string_view name);

} // namespace py
