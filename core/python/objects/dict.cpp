// dict: the hash table, mirroring CPython 3.11's Objects/dictobject.c.
// Entries are kept dense in insertion order; a separate index table maps
// hashes to entry positions with CPython's probing sequence
// (i = 5*i + 1 + perturb). Removed entries stay as holes until the table is
// rebuilt, and the sizes (when to grow, to what, when a copy clones the
// layout) are CPython's, so that mutating a dict during iteration fails
// exactly when it does in CPython. Lookups that call __eq__ restart if the
// callback changed the table.
#include "python/objects/dict.hpp"

#include <cstring>

#include "python/objects/list.hpp"
#include "python/objects/object_layout.hpp"
#include "python/objects/str.hpp"
#include "python/objects/tuple.hpp"
#include "python/vm/args.hpp"
#include "python/vm/call.hpp"
#include "python/vm/errors.hpp"
#include "python/vm/protocol.hpp"
#include "python/vm/vm.hpp"

namespace py {

namespace {

constexpr int32_t kEmpty = -1;
constexpr int32_t kDummy = -2;
/// PyDict_MINSIZE: the smallest index table.
constexpr size_t kMinSize = 8;
constexpr unsigned kPerturbShift = 5;

/// USABLE_FRACTION: entries a table with `index_size` slots may hold.
size_t usable_fraction(size_t index_size) { return (index_size << 1) / 3; }

/// calculate_log2_keysize, as a size: 3.11's formula, whose quirk (a power
/// of two >= 16 maps to twice itself) programs can see through sys.getsizeof.
size_t keysize_for(size_t minsize) {
  uint64_t m = ((minsize | kMinSize) - 1) | (kMinSize - 1);
  return size_t(1) << (64 - __builtin_clzll(m));
}

/// estimate_log2_keysize, as a size: a table in which `n` entries fit.
size_t keysize_estimate(size_t n) { return keysize_for((n * 3 + 1) / 2); }

/// GROWTH_RATE: the size a full table grows to.
size_t growth_size(const Dict* d) { return keysize_for(d->used * 3); }

/// True for the keys CPython's str-only ("unicode") tables accept.
bool exact_str(VM& vm, Value key) { return vm.type_of(key) == vm.types.str; }

/// The first slot of `indices` (mask `mask`) along h's probe sequence whose
/// value satisfies `stop` (find_empty_slot and friends).
template <class Stop>
size_t probe_slot(const int32_t* indices, size_t mask, int64_t h, Stop stop) {
  auto perturb = uint64_t(h);
  size_t i = size_t(perturb) & mask;
  while (!stop(indices[i])) {
    perturb >>= kPerturbShift;
    i = (i * 5 + size_t(perturb) + 1) & mask;
  }
  return i;
}

/// The first free (empty or deleted) slot for a new key (find_empty_slot).
size_t free_slot(const Dict* d, int64_t h) {
  return probe_slot(d->indices, d->index_size - 1, h, [](int32_t ix) { return ix < 0; });
}

/// The index slot that points at entry `index` (lookdict_index).
size_t slot_of_entry(const Dict* d, int64_t h, size_t index) {
  return probe_slot(d->indices, d->index_size - 1, h,
                    [index](int32_t ix) { return ix == int32_t(index); });
}

/// Frees an index table and its entries array (not the entries' references).
void release_table(VM& vm, int32_t* indices, size_t index_size, DictEntry* entries,
                   size_t capacity) {
  vm.heap().release(indices, index_size * sizeof(int32_t));
  vm.heap().release(entries, capacity * sizeof(DictEntry));
}

/// Allocates an index table of `index_size` empty slots and the entries
/// array that goes with it. False with MemoryError.
bool allocate_table(VM& vm, size_t index_size, int32_t** indices, DictEntry** entries) {
  if (index_size > (size_t(1) << 31)) {
    raise_memory_error(vm);
    return false;
  }
  *indices = static_cast<int32_t*>(vm.allocate_bytes(index_size * sizeof(int32_t)));
  if (!*indices) return false;
  *entries =
      static_cast<DictEntry*>(vm.allocate_bytes(usable_fraction(index_size) * sizeof(DictEntry)));
  if (!*entries) {
    vm.heap().release(*indices, index_size * sizeof(int32_t));
    return false;
  }
  std::memset(*indices, 0xFF, index_size * sizeof(int32_t));
  return true;
}

/// dictresize: rebuilds the table with `index_size` slots, dropping removed
/// entries. `general` says whether the new table accepts non-str keys (a
/// table that already does keeps doing so). False with MemoryError.
bool resize(VM& vm, Dict* d, size_t index_size, bool general) {
  int32_t* indices;
  DictEntry* entries;
  if (!allocate_table(vm, index_size, &indices, &entries)) return false;
  size_t mask = index_size - 1;
  size_t n = 0;
  for (size_t k = 0; k < d->entry_count; ++k) {
    if (d->entries[k].key.is_null()) continue;
    entries[n] = d->entries[k];
    indices[probe_slot(indices, mask, entries[n].hash, [](int32_t ix) { return ix < 0; })] =
        int32_t(n);
    ++n;
  }
  if (d->index_size) release_table(vm, d->indices, d->index_size, d->entries, d->entry_capacity);
  d->indices = indices;
  d->entries = entries;
  d->index_size = index_size;
  d->entry_capacity = usable_fraction(index_size);
  d->entry_count = n;
  d->usable = d->entry_capacity - n;
  d->general_keys = d->general_keys || general;
  return true;
}

/// Result of a probe: the slot in the index table, and the entry if found.
struct Probe {
  size_t slot;
  int64_t entry; // -1 when not found
  bool error;
};

/// Finds `key` (with hash `h`) (_Py_dict_lookup).
Probe probe(VM& vm, Dict* d, Value key, int64_t h) {
restart:
  if (d->index_size == 0) return {0, -1, false};
  size_t mask = d->index_size - 1;
  auto perturb = uint64_t(h);
  size_t i = size_t(perturb) & mask;
  Str* skey = exact_str(vm, key) ? static_cast<Str*>(key.as_object()) : nullptr;
  while (true) {
    int32_t ix = d->indices[i];
    if (ix == kEmpty) return {i, -1, false};
    if (ix >= 0) {
      DictEntry& e = d->entries[ix];
      if (e.key == key) return {i, ix, false};
      if (e.hash == h) {
        if (skey && exact_str(vm, e.key)) {
          if (str_equal(skey, static_cast<Str*>(e.key.as_object()))) return {i, ix, false};
        } else {
          DictEntry* entries = d->entries;
          Value start = e.key;
          incref(start);
          int eq = equal(vm, start, key);
          decref(start);
          if (eq < 0) return {0, -1, true};
          if (entries != d->entries || d->entries[ix].key != start) goto restart;
          if (eq) return {i, ix, false};
        }
      }
    }
    perturb >>= kPerturbShift;
    i = (i * 5 + size_t(perturb) + 1) & mask;
  }
}

/// Appends a key known to be absent (references are stolen) (the tail of
/// insertdict). False with MemoryError.
bool insert_new(VM& vm, Dict* d, Value key, Value value, int64_t h) {
  bool ok = true;
  if (d->index_size == 0) {
    // insert_to_emptydict: the first table, str-only if the key is a str.
    ok = resize(vm, d, kMinSize, !exact_str(vm, key));
  } else if (d->usable == 0) {
    ok = resize(vm, d, growth_size(d), false);
  }
  if (!ok) {
    decref(key);
    decref(value);
    return false;
  }
  d->indices[free_slot(d, h)] = int32_t(d->entry_count);
  d->entries[d->entry_count++] = {key, value, h};
  ++d->used;
  --d->usable;
  d->version = vm.next_version();
  return true;
}

/// Empties entry `index` (whose index slot is `slot`) and returns what it held
/// (delitem_common without the decrefs, which the caller does last).
DictEntry take_entry(VM& vm, Dict* d, size_t slot, size_t index) {
  DictEntry taken = d->entries[index];
  d->entries[index].key = Value();
  d->entries[index].value = Value();
  d->indices[slot] = kDummy;
  --d->used;
  d->version = vm.next_version();
  return taken;
}

/// Gives a dict an exact copy of another's table (clone_combined_dict_keys),
/// holes included. The target must be empty. False with MemoryError.
bool clone_into(VM& vm, Dict* target, const Dict* source) {
  int32_t* indices;
  DictEntry* entries;
  if (!allocate_table(vm, source->index_size, &indices, &entries)) return false;
  std::memcpy(indices, source->indices, source->index_size * sizeof(int32_t));
  std::memcpy(static_cast<void*>(entries), source->entries,
              source->entry_count * sizeof(DictEntry));
  for (size_t k = 0; k < source->entry_count; ++k) {
    incref(entries[k].key);
    incref(entries[k].value);
  }
  DictEntry* old_entries = target->entries;
  int32_t* old_indices = target->indices;
  size_t old_size = target->index_size, old_capacity = target->entry_capacity;
  target->indices = indices;
  target->entries = entries;
  target->index_size = source->index_size;
  target->entry_capacity = source->entry_capacity;
  target->entry_count = source->entry_count;
  target->usable = source->usable;
  target->used = source->used;
  target->general_keys = source->general_keys;
  target->version = vm.next_version();
  if (old_size) release_table(vm, old_indices, old_size, old_entries, old_capacity);
  return true;
}

/// True when `v` is a dict whose items can be read from its table directly
/// (a dict, or a subclass that does not override __iter__).
bool plain_dict(VM& vm, Value v) {
  Type* t = vm.type_of(v);
  return t->has_flag(kDictSubclass) && t->iter == vm.types.dict->iter;
}

/// dict_merge's fast path: the items of another dict, read from its table.
bool merge_dict(VM& vm, Dict* d, Dict* other) {
  if (other == d || other->used == 0) return true;
  if (d->used == 0 && other->used == other->entry_count &&
      (other->index_size == kMinSize || usable_fraction(other->index_size / 2) < other->used)) {
    return clone_into(vm, d, other);
  }
  // One big resize at the start, rather than growing step by step (the
  // shared empty table of CPython counts as one slot, so an empty dict is
  // always presized).
  if (usable_fraction(d->index_size) < other->used &&
      !resize(vm, d, keysize_estimate(d->used + other->used), other->general_keys)) {
    return false;
  }
  size_t original_count = other->entry_count;
  size_t pos = 0;
  DictEntry* e;
  while (dict_next(other, &pos, &e)) {
    Ref key = Ref::borrow(e->key);
    Ref value = Ref::borrow(e->value);
    if (!dict_set_hashed(vm, d, *key, e->hash, *value)) return false;
    if (other->entry_count != original_count) {
      raise(vm, vm.exc.RuntimeError, "dict mutated during update");
      return false;
    }
  }
  return true;
}

/// PyMapping_Keys for a mapping that is not an exact dict: keys() as a list.
Value mapping_keys(VM& vm, Value mapping) {
  Ref keys = Ref::steal(call_method(vm, mapping, vm.names.keys, nullptr, 0));
  if (!keys || vm.type_of(*keys) == vm.types.list) return keys.release();
  Ref it = Ref::steal(get_iter(vm, *keys));
  if (!it) {
    if (pending_matches(vm, vm.exc.TypeError)) {
      clear_exception(vm);
      raise(vm, vm.exc.TypeError,
            cat(type_name(vm, mapping), ".keys() returned a non-iterable (type ",
                type_name(vm, *keys), ")"));
    }
    return {};
  }
  return list_from_iterable(vm, *it);
}

/// PyDict_MergeFromSeq2: adds the pairs an iterable yields.
bool merge_from_pairs(VM& vm, Dict* d, Value pairs) {
  Ref it = Ref::steal(get_iter(vm, pairs));
  if (!it) return false;
  for (size_t index = 0;; ++index) {
    Ref item = Ref::steal(iter_next(vm, *it));
    if (!item) return !error_pending(vm);
    // PySequence_Fast: a list or tuple as it is, anything else listed.
    Type* t = vm.type_of(*item);
    Ref fast = (t == vm.types.list || t == vm.types.tuple)
                   ? item
                   : Ref::steal(list_from_iterable(vm, *item));
    if (!fast) {
      if (pending_matches(vm, vm.exc.TypeError)) {
        clear_exception(vm);
        raise(vm, vm.exc.TypeError,
              cat("cannot convert dictionary update sequence element #", index, " to a sequence"));
      }
      return false;
    }
    bool is_tuple = vm.type_of(*fast) == vm.types.tuple;
    size_t n = is_tuple ? fast.as<Tuple>()->size : fast.as<List>()->size;
    if (n != 2) {
      raise(
          vm, vm.exc.ValueError,
          cat("dictionary update sequence element #", index, " has length ", n, "; 2 is required"));
      return false;
    }
    const Value* kv = is_tuple ? fast.as<Tuple>()->items() : fast.as<List>()->items;
    Ref key = Ref::borrow(kv[0]);
    Ref value = Ref::borrow(kv[1]);
    if (!dict_set(vm, d, *key, *value)) return false;
  }
}

} // namespace

void dict_dealloc(Object* o) {
  auto* d = static_cast<Dict*>(o);
  VM& vm = *o->type->vm;
  for (size_t k = 0; k < d->entry_count; ++k) {
    decref(d->entries[k].key);
    decref(d->entries[k].value);
  }
  if (d->index_size) release_table(vm, d->indices, d->index_size, d->entries, d->entry_capacity);
  vm.free_object(o, object_size(o));
}

Value dict_new(VM& vm) {
  Dict* d = vm.allocate<Dict>(vm.types.dict);
  if (!d) return {};
  d->version = vm.next_version();
  return Value::object(d);
}

Value dict_from_items(VM& vm, const Value* keys, size_t key_stride, const Value* values,
                      size_t value_stride, size_t n) {
  Ref result = Ref::steal(dict_new(vm));
  if (!result) return {};
  auto* d = result.as<Dict>();
  // _PyDict_NewPresized: small displays start from the empty table; the
  // table of a bigger one is str-only when all its keys are strs.
  if (n > usable_fraction(kMinSize)) {
    bool general = false;
    for (size_t i = 0; i < n && !general; ++i) general = !exact_str(vm, keys[i * key_stride]);
    constexpr size_t kMaxPresize = size_t(1) << 17;
    size_t size = n > usable_fraction(kMaxPresize) ? kMaxPresize : keysize_estimate(n);
    if (!resize(vm, d, size, general)) return {};
  }
  for (size_t i = 0; i < n; ++i) {
    if (!dict_set(vm, d, keys[i * key_stride], values[i * value_stride])) return {};
  }
  return result.release();
}

Lookup dict_lookup(VM& vm, Dict* d, Value key, Value* out) {
  int64_t h = hash(vm, key);
  if (h == -1) return Lookup::error;
  return dict_lookup_hashed(vm, d, key, h, out);
}

Lookup dict_lookup_hashed(VM& vm, Dict* d, Value key, int64_t h, Value* out) {
  Probe p = probe(vm, d, key, h);
  if (p.error) return Lookup::error;
  if (p.entry < 0) return Lookup::missing;
  *out = d->entries[p.entry].value;
  return Lookup::found;
}

Value dict_get_str(Dict* d, Str* key) {
  int64_t index = dict_index_str(d, key);
  return index < 0 ? Value() : d->entries[index].value;
}

int64_t dict_index_str(Dict* d, Str* key) {
  if (d->index_size == 0) return -1;
  int64_t h = str_hash(key);
  size_t mask = d->index_size - 1;
  auto perturb = uint64_t(h);
  size_t i = size_t(perturb) & mask;
  while (true) {
    int32_t ix = d->indices[i];
    if (ix == kEmpty) return -1;
    if (ix >= 0) {
      DictEntry& e = d->entries[ix];
      if (e.key == Value::object(key)) return ix;
      if (e.hash == h && e.key.is_object() && e.key.as_object()->type == key->type &&
          str_equal(static_cast<Str*>(e.key.as_object()), key)) {
        return ix;
      }
    }
    perturb >>= kPerturbShift;
    i = (i * 5 + size_t(perturb) + 1) & mask;
  }
}

bool dict_set(VM& vm, Dict* d, Value key, Value value) {
  int64_t h = hash(vm, key);
  if (h == -1) return false;
  return dict_set_hashed(vm, d, key, h, value);
}

bool dict_set_hashed(VM& vm, Dict* d, Value key, int64_t h, Value value) {
  // insertdict: a str-only table becomes a general one before it takes
  // another kind of key (a rebuild, as in CPython).
  if (d->index_size && !d->general_keys && !exact_str(vm, key) &&
      !resize(vm, d, growth_size(d), true)) {
    return false;
  }
  Probe p = probe(vm, d, key, h);
  if (p.error) return false;
  if (p.entry >= 0) {
    dict_set_entry(vm, d, &d->entries[p.entry], value);
    return true;
  }
  incref(value);
  incref(key);
  return insert_new(vm, d, key, value, h);
}

void dict_set_entry(VM& vm, Dict* d, DictEntry* e, Value value) {
  Value old = e->value;
  e->value = newref(value);
  d->version = vm.next_version();
  decref(old);
}

bool dict_set_str(VM& vm, Dict* d, Str* key, Value value) {
  return dict_set(vm, d, Value::object(key), value);
}

Lookup dict_pop(VM& vm, Dict* d, Value key, Value* out) {
  int64_t h = hash(vm, key);
  if (h == -1) return Lookup::error;
  Probe p = probe(vm, d, key, h);
  if (p.error) return Lookup::error;
  if (p.entry < 0) return Lookup::missing;
  DictEntry taken = take_entry(vm, d, p.slot, size_t(p.entry));
  decref(taken.key);
  *out = taken.value;
  return Lookup::found;
}

Lookup dict_remove(VM& vm, Dict* d, Value key) {
  Value value;
  Lookup r = dict_pop(vm, d, key, &value);
  if (r == Lookup::found) decref(value);
  return r;
}

bool dict_popitem(VM& vm, Dict* d, Value* key, Value* value) {
  if (d->used == 0) return false;
  size_t i = d->entry_count - 1;
  while (d->entries[i].key.is_null()) --i;
  DictEntry taken = take_entry(vm, d, slot_of_entry(d, d->entries[i].hash, i), i);
  // The tail is reclaimed, but not counted as usable: the index table still
  // holds a deleted slot for it (as CPython's popitem).
  d->entry_count = i;
  *key = taken.key;
  *value = taken.value;
  return true;
}

void dict_clear(VM& vm, Dict* d) {
  DictEntry* entries = d->entries;
  size_t count = d->entry_count;
  size_t capacity = d->entry_capacity;
  int32_t* indices = d->indices;
  size_t index_size = d->index_size;
  d->entries = nullptr;
  d->indices = nullptr;
  d->entry_count = d->entry_capacity = d->index_size = d->used = d->usable = 0;
  d->general_keys = false;
  d->version = vm.next_version();
  for (size_t k = 0; k < count; ++k) {
    decref(entries[k].key);
    decref(entries[k].value);
  }
  if (index_size) release_table(vm, indices, index_size, entries, capacity);
}

bool dict_presize(VM& vm, Dict* d, size_t n, bool general) {
  return resize(vm, d, keysize_estimate(n), general);
}

bool dict_next(const Dict* d, size_t* pos, DictEntry** entry) {
  while (*pos < d->entry_count) {
    DictEntry* e = &d->entries[(*pos)++];
    if (!e->key.is_null()) {
      *entry = e;
      return true;
    }
  }
  return false;
}

bool dict_merge(VM& vm, Dict* d, Value mapping) {
  if (plain_dict(vm, mapping)) return merge_dict(vm, d, static_cast<Dict*>(mapping.as_object()));
  Ref keys = Ref::steal(mapping_keys(vm, mapping));
  if (!keys) return false;
  Ref it = Ref::steal(get_iter(vm, *keys));
  if (!it) return false;
  while (true) {
    Ref key = Ref::steal(iter_next(vm, *it));
    if (!key) return !error_pending(vm);
    Ref value = Ref::steal(get_item(vm, mapping, *key));
    if (!value || !dict_set(vm, d, *key, *value)) return false;
  }
}

bool dict_update(VM& vm, Dict* d, Value other) {
  if (vm.type_of(other) == vm.types.dict) return dict_merge(vm, d, other);
  Ref keys = Ref::steal(get_attr_optional(vm, other, vm.names.keys));
  if (keys) return dict_merge(vm, d, other);
  if (error_pending(vm)) return false;
  return merge_from_pairs(vm, d, other);
}

Value dict_copy(VM& vm, Dict* d) {
  Ref copy = Ref::steal(dict_new(vm));
  if (!copy) return {};
  if (d->used == 0) return copy.release();
  // Clone the layout when the table is compact enough, else rebuild it.
  bool ok = plain_dict(vm, Value::object(d)) && d->used >= d->entry_count * 2 / 3
                ? clone_into(vm, copy.as<Dict>(), d)
                : dict_merge(vm, copy.as<Dict>(), Value::object(d));
  if (!ok) return {};
  return copy.release();
}

} // namespace py
