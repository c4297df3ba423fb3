// The initialization functions of the built-in types and modules, in the
// order VM::init_types and VM::init_builtins call them. Each lives in the
// file of the type it makes.
#pragma once

namespace py {

class VM;

/// type, object, str, dict and tuple exist before anything can be named:
/// makes their bare type objects (named afterwards by init_*_type).
void bootstrap_core_types(VM& vm);

void init_object_type(VM& vm);
void init_type_type(VM& vm);
void init_str_type(VM& vm);
void init_dict_types(VM& vm);
void init_tuple_type(VM& vm);
void init_int_types(VM& vm); // int and bool
void init_float_type(VM& vm);
void init_singleton_types(VM& vm); // NoneType, NotImplementedType, ellipsis
void init_bytes_types(VM& vm);
void init_list_type(VM& vm);
void init_set_types(VM& vm);
void init_range_type(VM& vm);
void init_slice_type(VM& vm);
void init_function_types(VM& vm);
void init_code_type(VM& vm);
void init_cell_type(VM& vm);
void init_module_type(VM& vm);
void init_exception_types(VM& vm);
void init_generator_types(VM& vm);
void init_iterator_types(VM& vm);
void init_super_type(VM& vm);
void init_complex_type(VM& vm);
void init_union_type(VM& vm);           // types.UnionType (int | str)
void init_anext_awaitable_type(VM& vm); // anext(it, default)

/// The builtins module, then sys (which the others may need).
void init_builtins_module(VM& vm);
void init_sys_module(VM& vm);

} // namespace py
