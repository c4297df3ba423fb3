// Struct sequences: tuples whose items are also named attributes, printed as
// module.name(field=value, ...) — sys.version_info, sys.float_info, … (CPython's
// structseq, for the types whose fields are all visible).
#pragma once

#include <initializer_list>
#include <string_view>

#include "python/vm/object.hpp"

namespace py {

struct Type;

/// A new struct sequence type `module.name` (a tuple subclass, immortal and
/// owned by the VM) with the given field names. Instances are made only by
/// struct_seq_new: calling the type raises TypeError, as for sys.version_info.
Type* struct_seq_type(VM& vm, std::string_view module, std::string_view name,
                      std::initializer_list<const char*> fields);
/// An instance of a struct sequence type; `values` holds one value per field
/// (stolen: each must be a new reference). Null with MemoryError.
Value struct_seq_new(VM& vm, Type* type, std::initializer_list<Value> values);

} // namespace py
