// The str type's methods, grouped by concern, each group in its own file;
// str_type.cpp adds them all to the type. Internal to the str implementation.
#pragma once

namespace py {

class VM;
struct Type;

/// find, rfind, index, rindex, count, startswith, endswith, partition,
/// rpartition, removeprefix, removesuffix (str_search.cpp).
void add_str_search_methods(VM& vm, Type* type);
/// split, rsplit, splitlines, join, strip, lstrip, rstrip, replace (str_split.cpp).
void add_str_split_methods(VM& vm, Type* type);
/// upper, lower, casefold, title, capitalize, swapcase and the is*
/// predicates (str_case.cpp).
void add_str_case_methods(VM& vm, Type* type);
/// center, ljust, rjust, zfill, expandtabs, translate, maketrans (str_layout.cpp).
void add_str_layout_methods(VM& vm, Type* type);
/// format, format_map, __format__ (str_format.cpp).
void add_str_format_methods(VM& vm, Type* type);

} // namespace py
