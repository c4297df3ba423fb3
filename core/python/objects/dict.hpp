// dict: a hash table that remembers insertion order (CPython's compact
// layout: an index table into a dense array of entries). The sizes follow
// CPython 3.11's dictobject.c exactly — when the entries array fills up,
// when it is compacted — because a program that changes a dict while
// iterating over it sees that ("dictionary keys changed during iteration").
#pragma once

#include <cstddef>
#include <cstdint>

#include "python/vm/object.hpp"

namespace py {

struct Str;
struct Tuple;
struct Type;

/// One key/value pair of a dict; a removed entry has a null key.
struct DictEntry {
  Value key;
  Value value;
  int64_t hash;
};

/// A dict object.
struct Dict : Object {
  /// Number of live entries (ma_used).
  size_t used;
  /// Entry slots used so far, live and removed, in insertion order (dk_nentries).
  size_t entry_count;
  /// Capacity of `entries`: two thirds of index_size (USABLE_FRACTION).
  size_t entry_capacity;
  /// Entries that may still be appended before the table must grow
  /// (dk_usable; popitem() shrinks entry_count but not this).
  size_t usable;
  /// Size of the index table (a power of two, or 0 for the shared empty table).
  size_t index_size;
  /// Dense entries in insertion order.
  DictEntry* entries;
  /// The index table: -1 empty, -2 deleted, else an index into entries.
  int32_t* indices;
  /// Changes on every mutation; inline caches of globals key on it.
  uint64_t version;
  /// False while every key is an exact str (CPython's "unicode" tables: a
  /// table turning general is rebuilt, which iteration can observe).
  bool general_keys;
};

/// The outcome of a lookup that may run Python code (__eq__, __hash__).
enum class Lookup { found, missing, error };

/// A new empty dict.
Value dict_new(VM& vm);
/// The dealloc slot of dict: releases the table and the references it holds.
void dict_dealloc(Object* o);
/// A new dict of n items (_PyDict_FromItems, for BUILD_MAP and
/// BUILD_CONST_KEY_MAP): key i is keys[i * key_stride], its value
/// values[i * value_stride]; the table is presized as CPython presizes it.
Value dict_from_items(VM& vm, const Value* keys, size_t key_stride, const Value* values,
                      size_t value_stride, size_t n);
/// Looks a key up; on `found`, *out is a borrowed reference.
Lookup dict_lookup(VM& vm, Dict* d, Value key, Value* out);
/// dict_lookup for a key whose hash is already known.
Lookup dict_lookup_hashed(VM& vm, Dict* d, Value key, int64_t hash, Value* out);
/// Looks up a str key (the fast path used for namespaces). Never errors.
Value dict_get_str(Dict* d, Str* key);
/// The index in d->entries of a str key, or -1 (dict_get_str's probe).
int64_t dict_index_str(Dict* d, Str* key);
/// Entry `hint` when it holds exactly the key object `key` (a str), else null: the
/// attribute caches remember where an instance __dict__ keeps a name, since
/// objects made by one __init__ store their attributes in the same order.
inline DictEntry* dict_entry_at(Dict* d, Value key, uint32_t hint) {
  if (hint < d->entry_count && d->entries[hint].key == key) return &d->entries[hint];
  return nullptr;
}
/// Rebinds the value of a live entry of d to `value` (borrowed), bumping d's version.
void dict_set_entry(VM& vm, Dict* d, DictEntry* e, Value value);
/// Sets d[key] = value. False with an exception on error (unhashable key…).
bool dict_set(VM& vm, Dict* d, Value key, Value value);
/// dict_set for a key whose hash is already known.
bool dict_set_hashed(VM& vm, Dict* d, Value key, int64_t hash, Value value);
/// Sets a str key (interned or not).
bool dict_set_str(VM& vm, Dict* d, Str* key, Value value);
/// Removes a key; `missing` when absent (no exception set).
Lookup dict_remove(VM& vm, Dict* d, Value key);
/// Removes a key and hands its value over (*out, a new reference) when found.
Lookup dict_pop(VM& vm, Dict* d, Value key, Value* out);
/// Removes the last item (LIFO), handing its key and value over (new
/// references); false when the dict is empty (no exception set).
bool dict_popitem(VM& vm, Dict* d, Value* key, Value* value);
/// Removes every item.
void dict_clear(VM& vm, Dict* d);
/// Makes an empty dict's table big enough for `n` items (fromkeys
/// presizing); `general` when the keys are not all strs.
bool dict_presize(VM& vm, Dict* d, size_t n, bool general);
/// Iteration: advances *pos to the next live entry; false at the end.
bool dict_next(const Dict* d, size_t* pos, DictEntry** entry);
/// dict.update(other) for one positional argument: a dict or any mapping
/// (something with keys()), else an iterable of pairs.
bool dict_update(VM& vm, Dict* d, Value other);
/// PyDict_Merge: adds every item of a mapping (a dict or anything with keys()).
bool dict_merge(VM& vm, Dict* d, Value mapping);
/// A shallow copy (always an exact dict, as dict.copy() on a subclass).
Value dict_copy(VM& vm, Dict* d);
/// A read-only view of a mapping (type.__dict__).
Value mappingproxy_new(VM& vm, Value mapping);

/// A keys/values/items view of `dict` (view_type is one of vm.types.dict_keys…).
Value dict_view_new(VM& vm, Value dict, Type* view_type);
/// An iterator over a dict: iter_type is vm.types.dict_keyiterator,
/// dict_valueiterator or dict_itemiterator; `reversed` walks from the end.
Value dict_iter_new(VM& vm, Dict* d, Type* iter_type, bool reversed);

/// Checks the arity of a dunder that CPython implements as a slot wrapper
/// (__len__, __setitem__, __or__…): "expected 1 argument, got 0", and
/// "wrapper __or__() takes no keyword arguments".
bool slot_arity(VM& vm, const char* name, size_t nargs, Tuple* kwnames, size_t expected);
/// The hash slot of unhashable built-in types (dict, set, views…):
/// TypeError "unhashable type: 'dict'".
int64_t unhashable_hash(VM& vm, Value self);
/// Makes the view, iterator and mappingproxy types (init_dict_types calls it).
void init_dict_view_types(VM& vm);

} // namespace py
