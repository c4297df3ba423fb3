// The slower halves of instructions, kept out of the eval loop so that the
// loop stays small: name lookups of module and class code, unpacking,
// imports, raise and except matching, with, pattern matching, formatting,
// and the generator/await protocol steps. Each returns a new reference or
// null (false) with an exception pending.
#pragma once

#include <cstdint>

#include "python/objects/code.hpp"
#include "python/objects/dict.hpp"
#include "python/objects/object_layout.hpp"
#include "python/vm/object.hpp"

namespace py {

struct Code;
struct Dict;
struct Frame;
struct List;
struct Str;

// ----- names -----------------------------------------------------------------
/// UnboundLocalError for local `index` of `code`.
void raise_unbound_local(VM& vm, Code* code, uint32_t index);
/// NameError for a free variable (or UnboundLocalError for a cell) that is unset.
void raise_unbound_deref(VM& vm, Code* code, uint32_t index);
/// NameError "name 'x' is not defined" (with .name set, for suggestions).
void raise_name_error(VM& vm, Str* name);
/// LOAD_NAME / STORE_NAME / DELETE_NAME: the frame's locals dict, then globals, then builtins.
Value load_name(VM& vm, Frame* frame, Str* name);
bool store_name(VM& vm, Frame* frame, Str* name, Value value);
bool delete_name(VM& vm, Frame* frame, Str* name);
/// LOAD_CLASSDEREF: a class body's locals first, then the free variable's cell.
Value load_classderef(VM& vm, Frame* frame, uint32_t index);
/// What LOAD_ATTR's and STORE_ATTR's caches (InlineCache::kind) know, valid
/// while the cached type version matches.
enum AttrHit : uint32_t {
  /// Nothing: take load_attr / store_attr.
  kAttrUnknown = 0,
  /// The name is no class attribute of the type whose version is
  /// InlineCache::version or ::version2, and the instance __dict__ had it at
  /// entry InlineCache::index (try dict_entry_at there first).
  kAttrInstance = 1,
};
/// A version2 no type has (versions count up from 1; 0 is "unversioned").
inline constexpr uint64_t kNoTypeVersion = ~uint64_t(0);
/// LOAD_ATTR: obj.name, filling the instruction's cache. New reference or null.
Value load_attr(VM& vm, Value obj, Str* name, InlineCache& cache);
/// STORE_ATTR: obj.name = value (borrowed), filling the instruction's cache.
bool store_attr(VM& vm, Value obj, Str* name, Value value, InlineCache& cache);

/// True when obj's own __dict__ has `name`, which then hides the method of
/// that name its type has (LOAD_METHOD must not skip the attribute lookup).
inline bool instance_shadows(Value obj, Str* name) {
  Dict* d = existing_instance_dict(obj);
  return d && !dict_get_str(d, name).is_null();
}

/// LOAD_METHOD: true and *out = the unbound method when obj.name is a plain
/// method found on the type (the call then passes obj as self); false with
/// *out = the attribute (or null on error) otherwise.
/// `cache` is the instruction's inline cache for the type lookup; its kind
/// records a MethodHit for the eval loop's inline fast path.
bool load_method(VM& vm, Value obj, Str* name, Value* out, InlineCache& cache);
/// What LOAD_METHOD's cache (InlineCache::kind) knows about its type's attribute,
/// valid while the cached type version matches.
enum MethodHit : uint32_t {
  /// Nothing: take load_method.
  kMethodUnknown = 0,
  /// A plain method, and the type's instances have no __dict__ to shadow it.
  kMethodPlain = 1,
  /// A plain method unless the instance's __dict__ has the name.
  kMethodUnlessShadowed = 2,
};

// ----- calls and functions ----------------------------------------------------------
/// CALL_FUNCTION_EX: callable(*args, **kwargs), checking the argument types
/// with CPython's messages.
Value call_function_ex(VM& vm, Value callable, Value null_or_self, Value args, Value kwargs);
/// The instruction budget ran out: asks the host whether to go on; false
/// with an exception when the program must stop.
bool refill_budget(VM& vm);

// ----- displays and unpacking --------------------------------------------------------
/// LIST_EXTEND for a display (`[*a]`, `f(*a)`): TypeError "Value after * must be an iterable".
bool list_extend_for_display(VM& vm, List* list, Value iterable);
/// DICT_UPDATE for `{**a}`: TypeError "'int' object is not a mapping".
bool dict_update_for_display(VM& vm, Dict* dict, Value mapping);
/// DICT_MERGE for `f(**a)`: a duplicate key is "got multiple values for keyword argument".
bool dict_merge_for_call(VM& vm, Dict* dict, Value mapping, Value callable);
/// UNPACK_SEQUENCE: writes n new references to out, the first item last
/// (out[n-1] is item 0), so that the first item ends on top of the stack.
bool unpack_sequence(VM& vm, Value seq, uint32_t n, Value* out);
/// UNPACK_EX: before items, a list of the middle, after items (same order rule).
bool unpack_ex(VM& vm, Value seq, uint32_t before, uint32_t after, Value* out);
/// BUILD_STRING: concatenates n strs.
Value str_join_values(VM& vm, const Value* items, uint32_t n);
/// a + b for two exact strs.
Value str_concat(VM& vm, Str* a, Str* b);
/// FORMAT_VALUE: conversion 0 none, 1 str, 2 repr, 3 ascii; spec may be null.
Value format_value(VM& vm, Value v, uint32_t conversion, Value spec);

// ----- subscripts --------------------------------------------------------------------
/// container[key] for exact list/tuple/dict/str with int or str keys; null
/// WITHOUT an exception when the fast path does not apply.
Value subscript_fast(VM& vm, Value container, Value key);
/// container[key] = value for exact list/dict; false without an exception when
/// the fast path does not apply.
bool store_subscript_fast(VM& vm, Value container, Value key, Value value);

// ----- exceptions ------------------------------------------------------------------------
/// RAISE_VARARGS: exc and cause may be null. Returns true when this is a bare
/// `raise` re-raising the handled exception (no new traceback entry).
bool do_raise(VM& vm, Value exc, Value cause);
/// CHECK_EXC_MATCH: isinstance(exc, type) with the "catching classes that do
/// not inherit from BaseException is not allowed" check. 1, 0, -1.
int exception_matches(VM& vm, Value exc, Value type);
/// CHECK_EG_MATCH: splits an exception group (or wraps a naked exception).
bool exception_group_match(VM& vm, Value eg, Value type, Value* match, Value* rest);
/// PREP_RERAISE_STAR: what an except* block re-raises.
Value prep_reraise_star(VM& vm, Value orig, Value raised);

// ----- with ------------------------------------------------------------------------------
/// BEFORE_WITH / BEFORE_ASYNC_WITH: the bound __exit__ (__aexit__) and the
/// result of __enter__() (the awaitable of __aenter__()).
bool before_with(VM& vm, Value mgr, bool async, Value* exit_method, Value* enter_result);
/// WITH_EXCEPT_START: exit(type(exc), exc, exc.__traceback__).
Value call_exit_with_exception(VM& vm, Value exit_method, Value exc);
/// SETUP_ANNOTATIONS.
bool setup_annotations(VM& vm, Frame* frame);

// ----- match ------------------------------------------------------------------------------
bool match_mapping(VM& vm, Value subject);
bool match_sequence(VM& vm, Value subject);
/// MATCH_KEYS: a tuple of the values, or None when a key is missing.
Value match_keys(VM& vm, Value subject, Value keys);
/// MATCH_CLASS: a tuple of the matched attributes, or None.
Value match_class(VM& vm, Value subject, Value cls, uint32_t npositional, Value names);

} // namespace py
