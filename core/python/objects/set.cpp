// set and frozenset: a transcription of CPython 3.11's Objects/setobject.c.
// The table, its probing (LINEAR_PROBES then perturbation), the reuse of
// removed slots, the resize policy and the order in which every operator
// walks and fills tables are CPython's, so that sets print their items in
// CPython's order. Each function names the CPython function it mirrors.
#include "python/objects/set.hpp"

#include <cstring>
#include <string>

#include "python/objects/dict.hpp"
#include "python/objects/generic_alias.hpp"
#include "python/objects/init.hpp"
#include "python/objects/list.hpp"
#include "python/objects/object_layout.hpp"
#include "python/objects/str.hpp"
#include "python/objects/tuple.hpp"
#include "python/vm/args.hpp"
#include "python/vm/builder.hpp"
#include "python/vm/call.hpp"
#include "python/vm/errors.hpp"
#include "python/vm/protocol.hpp"
#include "python/vm/vm.hpp"

namespace py {

namespace {

/// PySet_MINSIZE: the inline table.
constexpr size_t kMinSize = 8;
/// LINEAR_PROBES: slots scanned next to a collision before jumping.
constexpr size_t kLinearProbes = 9;
constexpr unsigned kPerturbShift = 5;
/// The key of a dummy entry (a removed key; its hash is -1): an immediate
/// that is no Python value, never seen outside this file.
constexpr Value kDummy = Value::from_bits(0x2a);
/// SetIter::used once "Set changed size during iteration" was reported.
constexpr size_t kSizeChanged = ~size_t(0);

/// An iterator over a set (setiterobject).
struct SetIter : Object {
  /// The set (owned), or null once exhausted.
  Set* set;
  /// The set's size when iteration started (kSizeChanged after an error).
  size_t used;
  /// The next table slot to look at.
  size_t pos;
  /// Items left (for __length_hint__).
  size_t len;
};

Set* as_set(Value v) { return static_cast<Set*>(v.as_object()); }

/// PyAnySet_Check: a set, a frozenset, or an instance of a subclass.
bool is_any_set(VM& vm, Value v) { return vm.type_of(v)->has_flag(kSetSubclass); }

/// PySet_Check: a (mutable) set or an instance of a subclass of set.
bool is_mutable_set(VM& vm, Value v) { return is_instance(vm, v, vm.types.set); }

/// True when two keys are exact strs with the same text (unicode_eq).
bool same_str(VM& vm, Value a, Value b) {
  return vm.type_of(a) == vm.types.str && vm.type_of(b) == vm.types.str &&
         str_equal(static_cast<Str*>(a.as_object()), static_cast<Str*>(b.as_object()));
}

/// Bytes of a table with mask `mask`.
size_t table_bytes(size_t mask) { return (mask + 1) * sizeof(SetEntry); }

/// Frees a table unless it is the inline one.
void release_table(VM& vm, Set* so, SetEntry* table, size_t mask) {
  if (table != so->small_table) vm.heap().release(table, table_bytes(mask));
}

/// set_empty_to_minsize.
void empty_to_minsize(Set* so) {
  std::memset(static_cast<void*>(so->small_table), 0, sizeof so->small_table);
  so->fill = 0;
  so->used = 0;
  so->mask = kMinSize - 1;
  so->table = so->small_table;
  so->hash = -1;
}

// ----- the probing logic ---------------------------------------------------------------

/// set_lookkey: the entry holding `key`, or the empty entry ending its probe
/// sequence; null when a comparison failed.
SetEntry* lookkey(VM& vm, Set* so, Value key, int64_t hash) {
restart:
  size_t mask = so->mask;
  auto perturb = uint64_t(hash);
  size_t i = size_t(hash) & mask;
  while (true) {
    SetEntry* entry = &so->table[i];
    size_t probes = i + kLinearProbes <= mask ? kLinearProbes : 0;
    while (true) {
      if (entry->hash == 0 && entry->key.is_null()) return entry;
      if (entry->hash == hash) {
        Value start = entry->key;
        if (start == key || same_str(vm, start, key)) return entry;
        SetEntry* table = so->table;
        incref(start);
        int cmp = equal(vm, start, key);
        decref(start);
        if (cmp < 0) return nullptr;
        if (table != so->table || entry->key != start) goto restart;
        if (cmp > 0) return entry;
        mask = so->mask;
      }
      if (probes-- == 0) break;
      ++entry;
    }
    perturb >>= kPerturbShift;
    i = (i * 5 + 1 + size_t(perturb)) & mask;
  }
}

bool table_resize(VM& vm, Set* so, size_t minused);

/// set_add_entry: adds key (borrowed) unless an equal key is there. A new
/// key takes the last dummy passed on its probe sequence, else the empty
/// slot that ended it; filling an empty slot may grow the table.
bool add_entry(VM& vm, Set* so, Value key, int64_t hash) {
  Ref hold = Ref::borrow(key); // the comparisons may drop the caller's reference
restart:
  size_t mask = so->mask;
  size_t i = size_t(hash) & mask;
  SetEntry* freeslot = nullptr;
  auto perturb = uint64_t(hash);
  SetEntry* entry;
  while (true) {
    entry = &so->table[i];
    size_t probes = i + kLinearProbes <= mask ? kLinearProbes : 0;
    while (true) {
      if (entry->hash == 0 && entry->key.is_null()) goto found_unused_or_dummy;
      if (entry->hash == hash) {
        Value start = entry->key;
        if (start == key || same_str(vm, start, key)) return true;
        SetEntry* table = so->table;
        incref(start);
        int cmp = equal(vm, start, key);
        decref(start);
        if (cmp > 0) return true;
        if (cmp < 0) return false;
        if (table != so->table || entry->key != start) goto restart;
        mask = so->mask;
      } else if (entry->hash == -1) {
        freeslot = entry;
      }
      if (probes-- == 0) break;
      ++entry;
    }
    perturb >>= kPerturbShift;
    i = (i * 5 + 1 + size_t(perturb)) & mask;
  }
found_unused_or_dummy:
  if (freeslot) {
    ++so->used;
    freeslot->key = hold.release();
    freeslot->hash = hash;
    return true;
  }
  ++so->fill;
  ++so->used;
  entry->key = hold.release();
  entry->hash = hash;
  if (so->fill * 5 < mask * 3) return true;
  return table_resize(vm, so, so->used > 50000 ? so->used * 2 : so->used * 4);
}

/// set_insert_clean: puts a key known to be absent into a table without
/// dummies (no comparisons, no reference counting).
void insert_clean(SetEntry* table, size_t mask, Value key, int64_t hash) {
  auto perturb = uint64_t(hash);
  size_t i = size_t(hash) & mask;
  while (true) {
    SetEntry* entry = &table[i];
    if (entry->key.is_null()) {
      *entry = {key, hash};
      return;
    }
    if (i + kLinearProbes <= mask) {
      for (size_t j = 0; j < kLinearProbes; ++j) {
        ++entry;
        if (entry->key.is_null()) {
          *entry = {key, hash};
          return;
        }
      }
    }
    perturb >>= kPerturbShift;
    i = (i * 5 + 1 + size_t(perturb)) & mask;
  }
}

/// set_table_resize: rebuilds the table with the smallest size > minused,
/// dropping dummies. False with MemoryError.
bool table_resize(VM& vm, Set* so, size_t minused) {
  size_t newsize = kMinSize;
  while (newsize <= minused) newsize <<= 1;
  SetEntry* oldtable = so->table;
  size_t oldmask = so->mask;
  SetEntry small_copy[kMinSize];
  SetEntry* newtable;
  if (newsize == kMinSize) {
    // A large table shrinking, or a small one purged of its dummies.
    newtable = so->small_table;
    if (newtable == oldtable) {
      if (so->fill == so->used) return true;
      std::memcpy(static_cast<void*>(small_copy), oldtable, sizeof small_copy);
      oldtable = small_copy;
    }
  } else {
    newtable = static_cast<SetEntry*>(vm.allocate_bytes(newsize * sizeof(SetEntry)));
    if (!newtable) return false;
  }
  std::memset(static_cast<void*>(newtable), 0, newsize * sizeof(SetEntry));
  so->mask = newsize - 1;
  so->table = newtable;
  so->fill = so->used;
  for (SetEntry* e = oldtable; e <= oldtable + oldmask; ++e) {
    if (!e->key.is_null() && e->key != kDummy) insert_clean(newtable, so->mask, e->key, e->hash);
  }
  if (oldtable != small_copy && oldtable != so->small_table) {
    vm.heap().release(oldtable, table_bytes(oldmask));
  }
  return true;
}

/// set_contains_entry: 1, 0, -1 on error.
int contains_entry(VM& vm, Set* so, Value key, int64_t hash) {
  SetEntry* entry = lookkey(vm, so, key, hash);
  if (!entry) return -1;
  return !entry->key.is_null();
}

/// DISCARD_NOTFOUND / DISCARD_FOUND, or an error.
enum class Discard { not_found, found, error };

/// set_discard_entry: replaces the key by a dummy.
Discard discard_entry(VM& vm, Set* so, Value key, int64_t hash) {
  SetEntry* entry = lookkey(vm, so, key, hash);
  if (!entry) return Discard::error;
  if (entry->key.is_null()) return Discard::not_found;
  Value old = entry->key;
  entry->key = kDummy;
  entry->hash = -1;
  --so->used;
  decref(old);
  return Discard::found;
}

/// set_add_key.
bool add_key(VM& vm, Set* so, Value key) {
  int64_t h = hash(vm, key);
  return h != -1 && add_entry(vm, so, key, h);
}

/// set_contains_key: 1, 0, -1.
int contains_key(VM& vm, Set* so, Value key) {
  int64_t h = hash(vm, key);
  return h == -1 ? -1 : contains_entry(vm, so, key, h);
}

/// set_discard_key.
Discard discard_key(VM& vm, Set* so, Value key) {
  int64_t h = hash(vm, key);
  return h == -1 ? Discard::error : discard_entry(vm, so, key, h);
}

/// set_clear_internal: empties the set first, then drops the keys (whose
/// destructors may touch the set).
void clear_internal(VM& vm, Set* so) {
  SetEntry* table = so->table;
  size_t mask = so->mask;
  size_t used = so->used;
  bool malloced = table != so->small_table;
  SetEntry small_copy[kMinSize];
  if (!malloced) {
    if (so->fill == 0) return;
    std::memcpy(static_cast<void*>(small_copy), table, sizeof small_copy);
    table = small_copy;
  }
  empty_to_minsize(so);
  for (SetEntry* e = table; used > 0; ++e) {
    if (!e->key.is_null() && e->key != kDummy) {
      --used;
      decref(e->key);
    }
  }
  if (malloced) vm.heap().release(table, table_bytes(mask));
}

// ----- construction and merging --------------------------------------------------------

/// set_merge: adds every key of another set or frozenset.
bool merge(VM& vm, Set* so, Set* other) {
  if (other == so || other->used == 0) return true;
  // One big resize at the start, expecting few overlapping keys.
  if ((so->fill + other->used) * 5 >= so->mask * 3 &&
      !table_resize(vm, so, (so->used + other->used) * 2)) {
    return false;
  }
  SetEntry* so_entry = so->table;
  SetEntry* other_entry = other->table;
  // Same size, empty target, no dummies: copy the layout as it is.
  if (so->fill == 0 && so->mask == other->mask && other->fill == other->used) {
    for (size_t i = 0; i <= other->mask; ++i, ++so_entry, ++other_entry) {
      if (!other_entry->key.is_null()) *so_entry = {newref(other_entry->key), other_entry->hash};
    }
    so->fill = other->fill;
    so->used = other->used;
    return true;
  }
  // An empty target needs no comparisons.
  if (so->fill == 0) {
    so->fill = other->used;
    so->used = other->used;
    for (size_t i = 0; i <= other->mask; ++i, ++other_entry) {
      Value key = other_entry->key;
      if (!key.is_null() && key != kDummy) {
        insert_clean(so->table, so->mask, newref(key), other_entry->hash);
      }
    }
    return true;
  }
  for (size_t i = 0; i <= other->mask; ++i) {
    other_entry = &other->table[i];
    Value key = other_entry->key;
    if (!key.is_null() && key != kDummy && !add_entry(vm, so, key, other_entry->hash)) {
      return false;
    }
  }
  return true;
}

/// set_update_internal: a set is merged, an exact dict's keys are added with
/// their stored hashes (after one resize), anything else is iterated.
bool update_internal(VM& vm, Set* so, Value other) {
  if (is_any_set(vm, other)) return merge(vm, so, as_set(other));
  if (vm.type_of(other) == vm.types.dict) {
    auto* d = static_cast<Dict*>(other.as_object());
    if ((so->fill + d->used) * 5 >= so->mask * 3 &&
        !table_resize(vm, so, (so->used + d->used) * 2)) {
      return false;
    }
    size_t pos = 0;
    DictEntry* e;
    while (dict_next(d, &pos, &e)) {
      Ref key = Ref::borrow(e->key);
      if (!add_entry(vm, so, *key, e->hash)) return false;
    }
    return true;
  }
  Ref it = Ref::steal(get_iter(vm, other));
  if (!it) return false;
  while (true) {
    Ref key = Ref::steal(iter_next(vm, *it));
    if (!key) return !error_pending(vm);
    if (!add_key(vm, so, *key)) return false;
  }
}

/// make_new_set: a new set of `type` holding the keys of `iterable` (null: none).
Value make_new_set(VM& vm, Type* type, Value iterable) {
  Set* so = vm.allocate<Set>(type);
  if (!so) return {};
  Ref result = Ref::steal(so);
  empty_to_minsize(so);
  so->finger = 0;
  if (!iterable.is_null() && !update_internal(vm, so, iterable)) return {};
  return result.release();
}

/// make_new_set_basetype: like make_new_set, but a subclass gives its base
/// (operators on set subclasses return plain sets).
Value make_new_set_basetype(VM& vm, Type* type, Value iterable) {
  if (type != vm.types.set && type != vm.types.frozenset) {
    type = is_subtype(type, vm.types.set) ? vm.types.set : vm.types.frozenset;
  }
  return make_new_set(vm, type, iterable);
}

/// set_copy: a new set of the base type with the same keys.
Value copy_of(VM& vm, Set* so) { return make_new_set_basetype(vm, so->type, Value::object(so)); }

/// set_swap_bodies: exchanges the contents of two sets (the small tables are
/// inline, so they are copied when either side uses one).
void swap_bodies(VM& vm, Set* a, Set* b) {
  std::swap(a->fill, b->fill);
  std::swap(a->used, b->used);
  std::swap(a->mask, b->mask);
  SetEntry* u = a->table == a->small_table ? b->small_table : a->table;
  a->table = b->table == b->small_table ? a->small_table : b->table;
  b->table = u;
  if (a->table == a->small_table || b->table == b->small_table) {
    SetEntry tmp[kMinSize];
    std::memcpy(static_cast<void*>(tmp), a->small_table, sizeof tmp);
    std::memcpy(static_cast<void*>(a->small_table), b->small_table, sizeof tmp);
    std::memcpy(static_cast<void*>(b->small_table), tmp, sizeof tmp);
  }
  if (is_subtype(a->type, vm.types.frozenset) && is_subtype(b->type, vm.types.frozenset)) {
    std::swap(a->hash, b->hash);
  } else {
    a->hash = -1;
    b->hash = -1;
  }
}

// ----- the operations ----------------------------------------------------------------

/// set_intersection: iterates the smaller of two sets (or the iterable),
/// adding the keys the other holds.
Value intersection(VM& vm, Set* so, Value other) {
  if (Value::object(so) == other) return copy_of(vm, so);
  Ref result = Ref::steal(make_new_set_basetype(vm, so->type, Value()));
  if (!result) return {};
  Set* rs = result.as<Set>();
  if (is_any_set(vm, other)) {
    Set* big = so;
    Set* small = as_set(other);
    if (small->used > big->used) std::swap(big, small);
    size_t pos = 0;
    SetEntry* entry;
    while (set_next(small, &pos, &entry)) {
      Ref key = Ref::borrow(entry->key);
      int64_t h = entry->hash;
      int rv = contains_entry(vm, big, *key, h);
      if (rv < 0 || (rv && !add_entry(vm, rs, *key, h))) return {};
    }
    return result.release();
  }
  Ref it = Ref::steal(get_iter(vm, other));
  if (!it) return {};
  while (true) {
    Ref key = Ref::steal(iter_next(vm, *it));
    if (!key) break;
    int64_t h = hash(vm, *key);
    if (h == -1) return {};
    int rv = contains_entry(vm, so, *key, h);
    if (rv < 0) return {};
    if (rv) {
      if (!add_entry(vm, rs, *key, h)) return {};
      if (rs->used >= so->used) break;
    }
  }
  if (error_pending(vm)) return {};
  return result.release();
}

/// set_difference_update_internal.
bool difference_update_internal(VM& vm, Set* so, Value other) {
  if (Value::object(so) == other) {
    clear_internal(vm, so);
    return true;
  }
  if (is_any_set(vm, other)) {
    // A much bigger other set is first cut down to the common keys.
    Ref keys = as_set(other)->used >> 3 > so->used ? Ref::steal(intersection(vm, so, other))
                                                   : Ref::borrow(other);
    if (!keys) return false;
    size_t pos = 0;
    SetEntry* entry;
    while (set_next(keys.as<Set>(), &pos, &entry)) {
      Ref key = Ref::borrow(entry->key);
      if (discard_entry(vm, so, *key, entry->hash) == Discard::error) return false;
    }
  } else {
    Ref it = Ref::steal(get_iter(vm, other));
    if (!it) return false;
    while (true) {
      Ref key = Ref::steal(iter_next(vm, *it));
      if (!key) break;
      if (discard_key(vm, so, *key) == Discard::error) return false;
    }
    if (error_pending(vm)) return false;
  }
  // More than a quarter dummies: rebuild without them.
  if (so->fill - so->used <= so->mask / 4) return true;
  return table_resize(vm, so, so->used > 50000 ? so->used * 2 : so->used * 4);
}

/// set_copy_and_difference.
Value copy_and_difference(VM& vm, Set* so, Value other) {
  Ref result = Ref::steal(copy_of(vm, so));
  if (!result || !difference_update_internal(vm, result.as<Set>(), other)) return {};
  return result.release();
}

/// set_difference: copy-then-remove when `so` is much bigger than `other`,
/// else add the keys of `so` that `other` lacks.
Value difference(VM& vm, Set* so, Value other) {
  bool other_dict = vm.type_of(other) == vm.types.dict;
  size_t other_size;
  if (is_any_set(vm, other)) {
    other_size = as_set(other)->used;
  } else if (other_dict) {
    other_size = static_cast<Dict*>(other.as_object())->used;
  } else {
    return copy_and_difference(vm, so, other);
  }
  if ((so->used >> 2) > other_size) return copy_and_difference(vm, so, other);
  Ref result = Ref::steal(make_new_set_basetype(vm, so->type, Value()));
  if (!result) return {};
  size_t pos = 0;
  SetEntry* entry;
  while (set_next(so, &pos, &entry)) {
    Ref key = Ref::borrow(entry->key);
    int64_t h = entry->hash;
    int rv;
    if (other_dict) {
      Value found;
      Lookup r = dict_lookup_hashed(vm, static_cast<Dict*>(other.as_object()), *key, h, &found);
      rv = r == Lookup::error ? -1 : r == Lookup::found;
    } else {
      rv = contains_entry(vm, as_set(other), *key, h);
    }
    if (rv < 0 || (!rv && !add_entry(vm, result.as<Set>(), *key, h))) return {};
  }
  return result.release();
}

/// The step of set_symmetric_difference_update: remove key if present, else add it.
bool toggle(VM& vm, Set* so, Value key, int64_t hash) {
  Discard r = discard_entry(vm, so, key, hash);
  if (r == Discard::error) return false;
  return r == Discard::found || add_entry(vm, so, key, hash);
}

/// set_symmetric_difference_update.
bool symmetric_difference_update(VM& vm, Set* so, Value other) {
  if (Value::object(so) == other) {
    clear_internal(vm, so);
    return true;
  }
  if (vm.type_of(other) == vm.types.dict) {
    size_t pos = 0;
    DictEntry* e;
    while (dict_next(static_cast<Dict*>(other.as_object()), &pos, &e)) {
      Ref key = Ref::borrow(e->key);
      if (!toggle(vm, so, *key, e->hash)) return false;
    }
    return true;
  }
  Ref otherset = is_any_set(vm, other) ? Ref::borrow(other)
                                       : Ref::steal(make_new_set_basetype(vm, so->type, other));
  if (!otherset) return false;
  size_t pos = 0;
  SetEntry* entry;
  while (set_next(otherset.as<Set>(), &pos, &entry)) {
    Ref key = Ref::borrow(entry->key);
    if (!toggle(vm, so, *key, entry->hash)) return false;
  }
  return true;
}

/// set_symmetric_difference: a set of `other`, toggled by the keys of `so`.
Value symmetric_difference(VM& vm, Set* so, Value other) {
  Ref result = Ref::steal(make_new_set_basetype(vm, so->type, other));
  if (!result || !symmetric_difference_update(vm, result.as<Set>(), Value::object(so))) return {};
  return result.release();
}

/// set_issubset.
Value issubset(VM& vm, Set* so, Value other) {
  if (!is_any_set(vm, other)) {
    Ref common = Ref::steal(intersection(vm, so, other));
    if (!common) return {};
    return Value::boolean(common.as<Set>()->used == so->used);
  }
  if (so->used > as_set(other)->used) return Value::false_();
  size_t pos = 0;
  SetEntry* entry;
  while (set_next(so, &pos, &entry)) {
    Ref key = Ref::borrow(entry->key);
    int rv = contains_entry(vm, as_set(other), *key, entry->hash);
    if (rv < 0) return {};
    if (!rv) return Value::false_();
  }
  return Value::true_();
}

/// set_issuperset.
Value issuperset(VM& vm, Set* so, Value other) {
  if (is_any_set(vm, other)) return issubset(vm, as_set(other), Value::object(so));
  Ref it = Ref::steal(get_iter(vm, other));
  if (!it) return {};
  while (true) {
    Ref key = Ref::steal(iter_next(vm, *it));
    if (!key) return error_pending(vm) ? Value() : Value::true_();
    int rv = contains_key(vm, so, *key);
    if (rv < 0) return {};
    if (!rv) return Value::false_();
  }
}

/// set_isdisjoint.
Value isdisjoint(VM& vm, Set* so, Value other) {
  if (Value::object(so) == other) return Value::boolean(so->used == 0);
  Type* ot = vm.type_of(other);
  if (ot == vm.types.set || ot == vm.types.frozenset) {
    Set* big = so;
    Set* small = as_set(other);
    if (small->used > big->used) std::swap(big, small);
    size_t pos = 0;
    SetEntry* entry;
    while (set_next(small, &pos, &entry)) {
      Ref key = Ref::borrow(entry->key);
      int rv = contains_entry(vm, big, *key, entry->hash);
      if (rv < 0) return {};
      if (rv) return Value::false_();
    }
    return Value::true_();
  }
  Ref it = Ref::steal(get_iter(vm, other));
  if (!it) return {};
  while (true) {
    Ref key = Ref::steal(iter_next(vm, *it));
    if (!key) return error_pending(vm) ? Value() : Value::true_();
    int rv = contains_key(vm, so, *key);
    if (rv < 0) return {};
    if (rv) return Value::false_();
  }
}

/// Runs `op` on a key; when the key is an unhashable set, retries it as a
/// frozenset (set_contains, set_remove and set_discard do this).
template <class Op>
auto with_frozen_retry(VM& vm, Value key, Op op) -> decltype(op(key)) {
  auto r = op(key);
  if (!error_pending(vm)) return r;
  if (!is_mutable_set(vm, key) || !pending_matches(vm, vm.exc.TypeError)) return r;
  clear_exception(vm);
  Ref frozen = Ref::steal(make_new_set(vm, vm.types.frozenset, key));
  if (!frozen) return r;
  return op(*frozen);
}

/// frozenset_hash: xors shuffled entry hashes (null and dummy entries
/// included, then cancelled), so that the hash ignores the order.
int64_t frozenset_hash(VM& vm, Value self) {
  Set* so = as_set(self);
  if (so->hash != -1) return so->hash;
  auto shuffle = [](uint64_t h) { return ((h ^ 89869747ull) ^ (h << 16)) * 3644798167ull; };
  uint64_t h = 0;
  for (size_t i = 0; i <= so->mask; ++i) h ^= shuffle(uint64_t(so->table[i].hash));
  if ((so->mask + 1 - so->fill) & 1) h ^= shuffle(0);
  if ((so->fill - so->used) & 1) h ^= shuffle(uint64_t(-1));
  h ^= (uint64_t(so->used) + 1) * 1927868237ull;
  h ^= (h >> 11) ^ (h >> 25);
  h = h * 69069u + 907133923ull;
  if (h == uint64_t(-1)) h = 590923713ull;
  so->hash = int64_t(h);
  return so->hash;
}

// ----- slots -------------------------------------------------------------------------

void set_dealloc(Object* o) {
  Set* so = static_cast<Set*>(o);
  VM& vm = *o->type->vm;
  size_t used = so->used;
  for (SetEntry* e = so->table; used > 0; ++e) {
    if (!e->key.is_null() && e->key != kDummy) {
      --used;
      decref(e->key);
    }
  }
  release_table(vm, so, so->table, so->mask);
  vm.free_object(o, object_size(o));
}

/// set_repr: "{1, 2}", "set()", "frozenset({1})", "S({1})" for a subclass,
/// "set(...)" for a set already being printed.
Value set_repr(VM& vm, Value self) {
  Set* so = as_set(self);
  std::string_view name = so->type->name->view();
  if (so->flags & kInRepr) return str_new(vm, cat(name, "(...)"));
  if (so->used == 0) return str_new(vm, cat(name, "()"));
  so->flags |= kInRepr;
  // Like CPython, print a snapshot (a list of the keys).
  std::string body;
  Ref keys = Ref::steal(tuple_alloc(vm, so->used));
  bool ok = bool(keys);
  if (ok) {
    size_t pos = 0, n = 0;
    SetEntry* entry;
    while (set_next(so, &pos, &entry)) keys.as<Tuple>()->items()[n++] = newref(entry->key);
    for (size_t i = 0; ok && i < n; ++i) {
      Ref r = Ref::steal(repr(vm, keys.as<Tuple>()->item(i)));
      ok = bool(r);
      if (ok) {
        if (i) body += ", ";
        body += r.as<Str>()->view();
      }
    }
  }
  so->flags &= ~kInRepr;
  if (!ok) return {};
  if (so->type == vm.types.set) return str_new(vm, cat("{", body, "}"));
  return str_new(vm, cat(name, "({", body, "})"));
}

/// set_richcompare: == compares contents (set == frozenset), the orderings
/// are subset tests; anything but a set gives NotImplemented.
Value set_compare(VM& vm, Value self, Value other, CompareOp op) {
  if (!is_any_set(vm, other)) return Value::not_implemented();
  Set* v = as_set(self);
  Set* w = as_set(other);
  switch (op) {
  case CompareOp::eq:
    if (v->used != w->used) return Value::false_();
    if (v->hash != -1 && w->hash != -1 && v->hash != w->hash) return Value::false_();
    return issubset(vm, v, other);
  case CompareOp::ne: {
    Value eq = set_compare(vm, self, other, CompareOp::eq);
    if (eq.is_null()) return {};
    return Value::boolean(!eq.is_true());
  }
  case CompareOp::le: return issubset(vm, v, other);
  case CompareOp::ge: return issuperset(vm, v, other);
  case CompareOp::lt:
    if (v->used >= w->used) return Value::false_();
    return issubset(vm, v, other);
  case CompareOp::gt:
    if (v->used <= w->used) return Value::false_();
    return issuperset(vm, v, other);
  }
  return Value::not_implemented();
}

Value set_iter(VM& vm, Value self) {
  auto* it = vm.allocate<SetIter>(vm.types.set_iterator);
  if (!it) return {};
  Set* so = as_set(self);
  incref(so);
  it->set = so;
  it->used = so->used;
  it->len = so->used;
  return Value::object(it);
}

void setiter_dealloc(Object* o) {
  auto* it = static_cast<SetIter*>(o);
  if (it->set) decref(it->set);
  o->type->vm->free_object(o, object_size(o));
}

Value setiter_self(VM& vm, Value self) { return newref(self); }

/// setiter_iternext.
Value setiter_next(VM& vm, Value self) {
  auto* it = static_cast<SetIter*>(self.as_object());
  Set* so = it->set;
  if (!so) return {};
  if (it->used != so->used) {
    it->used = kSizeChanged;
    return raise(vm, vm.exc.RuntimeError, "Set changed size during iteration");
  }
  size_t i = it->pos;
  while (i <= so->mask && (so->table[i].key.is_null() || so->table[i].key == kDummy)) ++i;
  it->pos = i + 1;
  if (i > so->mask) {
    it->set = nullptr;
    decref(so);
    return {};
  }
  --it->len;
  return newref(so->table[i].key);
}

Value setiter_length_hint(VM& vm, const Value* args, size_t nargs, Tuple* kw) {
  if (!check_arity(vm, "__length_hint__", nargs - 1, kw, 0, 0)) return {};
  auto* it = static_cast<SetIter*>(args[0].as_object());
  bool live = it->set && it->used == it->set->used;
  return Value::small_int(live ? int64_t(it->len) : 0);
}

/// set_new: a new empty set of `type` (set.__init__ does the filling).
Value set_new_slot(VM& vm, Type* type, const Value* args, size_t nargs, Tuple* kwnames) {
  return make_new_set(vm, type, Value());
}

/// The argument check of set() and frozenset(): at most one positional.
bool one_optional_arg(VM& vm, std::string_view name, size_t nargs) {
  if (nargs <= 1) return true;
  raise(vm, vm.exc.TypeError, cat(name, " expected at most 1 argument, got ", nargs));
  return false;
}

/// set_init: empties the set, then adds the iterable's keys.
bool set_init(VM& vm, Value self, const Value* args, size_t nargs, Tuple* kwnames) {
  if (kwnames && kwnames->size) {
    raise(vm, vm.exc.TypeError, "set() takes no keyword arguments");
    return false;
  }
  Set* so = as_set(self);
  if (!one_optional_arg(vm, so->type->name->view(), nargs)) return false;
  if (so->fill) clear_internal(vm, so);
  so->hash = -1;
  return nargs == 0 || update_internal(vm, so, args[0]);
}

/// frozenset_new: frozenset(f) of an exact frozenset is f itself.
Value frozenset_new_slot(VM& vm, Type* type, const Value* args, size_t nargs, Tuple* kwnames) {
  if ((type == vm.types.frozenset || type->init == vm.types.frozenset->init) && kwnames &&
      kwnames->size) {
    return raise(vm, vm.exc.TypeError, "frozenset() takes no keyword arguments");
  }
  if (!one_optional_arg(vm, type->name->view(), nargs)) return {};
  Value iterable = nargs ? args[0] : Value();
  if (type == vm.types.frozenset && !iterable.is_null() &&
      vm.type_of(iterable) == vm.types.frozenset) {
    return newref(iterable);
  }
  return make_new_set(vm, type, iterable);
}

// ----- methods -------------------------------------------------------------------------

/// Checks a method's arity, naming it "set.add" or "frozenset.copy" after
/// the kind of self (the name is only built for the error).
bool method_arity(VM& vm, Value self, const char* method, size_t nargs, Tuple* kw, size_t min,
                  size_t max) {
  if (nargs >= min && nargs <= max && !(kw && kw->size)) return true;
  std::string name = cat(is_mutable_set(vm, self) ? "set." : "frozenset.", method);
  return check_arity(vm, name, nargs, kw, min, max);
}

Value set_add_method(VM& vm, const Value* args, size_t nargs, Tuple* kw) {
  if (!method_arity(vm, args[0], "add", nargs - 1, kw, 1, 1)) return {};
  if (!add_key(vm, as_set(args[0]), args[1])) return {};
  return Value::none();
}

Value set_remove_method(VM& vm, const Value* args, size_t nargs, Tuple* kw) {
  if (!method_arity(vm, args[0], "remove", nargs - 1, kw, 1, 1)) return {};
  Set* so = as_set(args[0]);
  Discard r = with_frozen_retry(vm, args[1], [&](Value k) { return discard_key(vm, so, k); });
  if (r == Discard::error) return {};
  if (r == Discard::not_found) return raise_key_error(vm, args[1]);
  return Value::none();
}

Value set_discard_method(VM& vm, const Value* args, size_t nargs, Tuple* kw) {
  if (!method_arity(vm, args[0], "discard", nargs - 1, kw, 1, 1)) return {};
  Set* so = as_set(args[0]);
  Discard r = with_frozen_retry(vm, args[1], [&](Value k) { return discard_key(vm, so, k); });
  if (r == Discard::error) return {};
  return Value::none();
}

Value set_contains_method(VM& vm, const Value* args, size_t nargs, Tuple* kw) {
  if (!method_arity(vm, args[0], "__contains__", nargs - 1, kw, 1, 1)) return {};
  int r = set_contains(vm, as_set(args[0]), args[1]);
  if (r < 0) return {};
  return Value::boolean(r);
}

Value set_len_method(VM& vm, const Value* args, size_t nargs, Tuple* kw) {
  if (!slot_arity(vm, "__len__", nargs - 1, kw, 0)) return {};
  return Value::small_int(int64_t(as_set(args[0])->used));
}

Value set_sizeof_method(VM& vm, const Value* args, size_t nargs, Tuple* kw) {
  if (!method_arity(vm, args[0], "__sizeof__", nargs - 1, kw, 0, 0)) return {};
  // CPython's 64-bit PySetObject is 200 bytes; a bigger table is extra.
  Set* so = as_set(args[0]);
  int64_t size = 200;
  if (so->table != so->small_table) size += int64_t(table_bytes(so->mask));
  return Value::small_int(size);
}

/// set_pop: the next key from the finger onwards.
Value set_pop_method(VM& vm, const Value* args, size_t nargs, Tuple* kw) {
  if (!method_arity(vm, args[0], "pop", nargs - 1, kw, 0, 0)) return {};
  Set* so = as_set(args[0]);
  if (so->used == 0) return raise(vm, vm.exc.KeyError, "pop from an empty set");
  SetEntry* entry = so->table + (so->finger & so->mask);
  SetEntry* limit = so->table + so->mask;
  while (entry->key.is_null() || entry->key == kDummy) {
    ++entry;
    if (entry > limit) entry = so->table;
  }
  Value key = entry->key;
  entry->key = kDummy;
  entry->hash = -1;
  --so->used;
  so->finger = size_t(entry - so->table) + 1;
  return key;
}

Value set_clear_method(VM& vm, const Value* args, size_t nargs, Tuple* kw) {
  if (!method_arity(vm, args[0], "clear", nargs - 1, kw, 0, 0)) return {};
  clear_internal(vm, as_set(args[0]));
  return Value::none();
}

Value set_copy_method(VM& vm, const Value* args, size_t nargs, Tuple* kw) {
  if (!method_arity(vm, args[0], "copy", nargs - 1, kw, 0, 0)) return {};
  return copy_of(vm, as_set(args[0]));
}

/// frozenset_copy: an exact frozenset is its own copy.
Value frozenset_copy_method(VM& vm, const Value* args, size_t nargs, Tuple* kw) {
  if (!method_arity(vm, args[0], "copy", nargs - 1, kw, 0, 0)) return {};
  if (vm.type_of(args[0]) == vm.types.frozenset) return newref(args[0]);
  return copy_of(vm, as_set(args[0]));
}

/// set.__reduce__ / frozenset.__reduce__: (type, (items as a list,), instance
/// dict or None), so that copy and deepcopy rebuild through the constructor.
Value set_reduce_method(VM& vm, const Value* args, size_t nargs, Tuple* kw) {
  if (!method_arity(vm, args[0], "__reduce__", nargs - 1, kw, 0, 0)) return {};
  Ref items = Ref::steal(list_from_iterable(vm, args[0]));
  if (!items) return {};
  Ref ctor_args = Ref::steal(tuple_of(vm, {*items}));
  if (!ctor_args) return {};
  Dict* d = instance_dict(vm, args[0]);
  return tuple_of(
      vm, {Value::object(vm.type_of(args[0])), *ctor_args, d ? Value::object(d) : Value::none()});
}

/// The methods taking any number of iterables: no keywords.
bool varargs_ok(VM& vm, Value self, const char* method, Tuple* kw) {
  return method_arity(vm, self, method, 0, kw, 0, 0);
}

/// set_union: a copy updated with every argument.
Value set_union_method(VM& vm, const Value* args, size_t nargs, Tuple* kw) {
  if (!varargs_ok(vm, args[0], "union", kw)) return {};
  Set* so = as_set(args[0]);
  Ref result = Ref::steal(copy_of(vm, so));
  if (!result) return {};
  for (size_t i = 1; i < nargs; ++i) {
    if (args[i] == args[0]) continue;
    if (!update_internal(vm, result.as<Set>(), args[i])) return {};
  }
  return result.release();
}

/// set_update.
Value set_update_method(VM& vm, const Value* args, size_t nargs, Tuple* kw) {
  if (!varargs_ok(vm, args[0], "update", kw)) return {};
  for (size_t i = 1; i < nargs; ++i) {
    if (!update_internal(vm, as_set(args[0]), args[i])) return {};
  }
  return Value::none();
}

/// set_intersection_multi: intersected with each argument in turn.
Value intersection_multi(VM& vm, const Value* args, size_t nargs) {
  if (nargs == 1) return copy_of(vm, as_set(args[0]));
  Ref result = Ref::borrow(args[0]);
  for (size_t i = 1; i < nargs; ++i) {
    result = Ref::steal(intersection(vm, result.as<Set>(), args[i]));
    if (!result) return {};
  }
  return result.release();
}

Value set_intersection_method(VM& vm, const Value* args, size_t nargs, Tuple* kw) {
  if (!varargs_ok(vm, args[0], "intersection", kw)) return {};
  return intersection_multi(vm, args, nargs);
}

/// set_intersection_update_multi: the intersection swapped into self.
Value set_intersection_update_method(VM& vm, const Value* args, size_t nargs, Tuple* kw) {
  if (!varargs_ok(vm, args[0], "intersection_update", kw)) return {};
  Ref tmp = Ref::steal(intersection_multi(vm, args, nargs));
  if (!tmp) return {};
  swap_bodies(vm, as_set(args[0]), tmp.as<Set>());
  return Value::none();
}

/// set_difference_multi.
Value set_difference_method(VM& vm, const Value* args, size_t nargs, Tuple* kw) {
  if (!varargs_ok(vm, args[0], "difference", kw)) return {};
  Set* so = as_set(args[0]);
  if (nargs == 1) return copy_of(vm, so);
  Ref result = Ref::steal(difference(vm, so, args[1]));
  if (!result) return {};
  for (size_t i = 2; i < nargs; ++i) {
    if (!difference_update_internal(vm, result.as<Set>(), args[i])) return {};
  }
  return result.release();
}

/// set_difference_update.
Value set_difference_update_method(VM& vm, const Value* args, size_t nargs, Tuple* kw) {
  if (!varargs_ok(vm, args[0], "difference_update", kw)) return {};
  for (size_t i = 1; i < nargs; ++i) {
    if (!difference_update_internal(vm, as_set(args[0]), args[i])) return {};
  }
  return Value::none();
}

Value set_symmetric_difference_method(VM& vm, const Value* args, size_t nargs, Tuple* kw) {
  if (!method_arity(vm, args[0], "symmetric_difference", nargs - 1, kw, 1, 1)) return {};
  return symmetric_difference(vm, as_set(args[0]), args[1]);
}

Value set_symmetric_difference_update_method(VM& vm, const Value* args, size_t nargs, Tuple* kw) {
  if (!method_arity(vm, args[0], "symmetric_difference_update", nargs - 1, kw, 1, 1)) return {};
  if (!symmetric_difference_update(vm, as_set(args[0]), args[1])) return {};
  return Value::none();
}

Value set_issubset_method(VM& vm, const Value* args, size_t nargs, Tuple* kw) {
  if (!method_arity(vm, args[0], "issubset", nargs - 1, kw, 1, 1)) return {};
  return issubset(vm, as_set(args[0]), args[1]);
}

Value set_issuperset_method(VM& vm, const Value* args, size_t nargs, Tuple* kw) {
  if (!method_arity(vm, args[0], "issuperset", nargs - 1, kw, 1, 1)) return {};
  return issuperset(vm, as_set(args[0]), args[1]);
}

Value set_isdisjoint_method(VM& vm, const Value* args, size_t nargs, Tuple* kw) {
  if (!method_arity(vm, args[0], "isdisjoint", nargs - 1, kw, 1, 1)) return {};
  return isdisjoint(vm, as_set(args[0]), args[1]);
}

// ----- operators ---------------------------------------------------------------------

/// set_or: a copy of the left set updated with the right one.
Value set_or(VM& vm, Value a, Value b) {
  Ref result = Ref::steal(copy_of(vm, as_set(a)));
  if (!result || a == b) return result.release();
  if (!update_internal(vm, result.as<Set>(), b)) return {};
  return result.release();
}

Value set_and(VM& vm, Value a, Value b) { return intersection(vm, as_set(a), b); }
Value set_sub(VM& vm, Value a, Value b) { return difference(vm, as_set(a), b); }
Value set_xor(VM& vm, Value a, Value b) { return symmetric_difference(vm, as_set(a), b); }

/// A binary operator dunder: both operands must be sets (else
/// NotImplemented); reflected dunders run the operator with the operands
/// in source order, as CPython's number slots do.
template <Value (*op)(VM&, Value, Value), bool reflected>
Value set_binary(VM& vm, const Value* args, size_t nargs, Tuple* kw) {
  if (!slot_arity(vm, "operator", nargs - 1, kw, 1)) return {};
  if (!is_any_set(vm, args[1])) return Value::not_implemented();
  return reflected ? op(vm, args[1], args[0]) : op(vm, args[0], args[1]);
}

/// An in-place operator dunder (set_ior, set_iand, set_isub, set_ixor):
/// `update` changes self in place.
template <bool (*update)(VM&, Set*, Value)>
Value set_inplace(VM& vm, const Value* args, size_t nargs, Tuple* kw) {
  if (!slot_arity(vm, "operator", nargs - 1, kw, 1)) return {};
  if (!is_any_set(vm, args[1])) return Value::not_implemented();
  if (!update(vm, as_set(args[0]), args[1])) return {};
  return newref(args[0]);
}

/// set_intersection_update for one set: the intersection swapped into self.
bool intersection_update(VM& vm, Set* so, Value other) {
  Ref tmp = Ref::steal(intersection(vm, so, other));
  if (!tmp) return false;
  swap_bodies(vm, so, tmp.as<Set>());
  return true;
}

/// The methods and operators set and frozenset share.
void add_common_methods(VM& vm, Type* t) {
  add_methods(vm, t,
              {{"__contains__", set_contains_method},
               {"__reduce__", set_reduce_method},
               {"__len__", set_len_method},
               {"__sizeof__", set_sizeof_method},
               {"difference", set_difference_method},
               {"intersection", set_intersection_method},
               {"isdisjoint", set_isdisjoint_method},
               {"issubset", set_issubset_method},
               {"issuperset", set_issuperset_method},
               {"symmetric_difference", set_symmetric_difference_method},
               {"union", set_union_method},
               {"__or__", set_binary<set_or, false>},
               {"__ror__", set_binary<set_or, true>},
               {"__and__", set_binary<set_and, false>},
               {"__rand__", set_binary<set_and, true>},
               {"__sub__", set_binary<set_sub, false>},
               {"__rsub__", set_binary<set_sub, true>},
               {"__xor__", set_binary<set_xor, false>},
               {"__rxor__", set_binary<set_xor, true>},
               {"__class_getitem__", generic_class_getitem, NativeKind::class_method}});
}

} // namespace

// ----- the API the VM uses ---------------------------------------------------------------

Value set_new(VM& vm, bool frozen) {
  return make_new_set(vm, frozen ? vm.types.frozenset : vm.types.set, Value());
}

Value set_from_values(VM& vm, const Value* values, size_t n) {
  Ref result = Ref::steal(set_new(vm));
  if (!result) return {};
  for (size_t i = 0; i < n; ++i) {
    if (!add_key(vm, result.as<Set>(), values[i])) return {};
  }
  return result.release();
}

bool set_add(VM& vm, Value set, Value key) { return add_key(vm, as_set(set), key); }

bool set_update(VM& vm, Value set, Value iterable) {
  return update_internal(vm, as_set(set), iterable);
}

int set_contains(VM& vm, Set* set, Value key) {
  return with_frozen_retry(vm, key, [&](Value k) { return contains_key(vm, set, k); });
}

Value frozenset_from_iterable(VM& vm, Value iterable) {
  return make_new_set(vm, vm.types.frozenset, iterable);
}

bool set_next(const Set* set, size_t* pos, SetEntry** entry) {
  size_t i = *pos;
  while (i <= set->mask && (set->table[i].key.is_null() || set->table[i].key == kDummy)) ++i;
  *pos = i + 1;
  if (i > set->mask) return false;
  *entry = &set->table[i];
  return true;
}

Value set_intersection(VM& vm, Set* set, Value other) { return intersection(vm, set, other); }

bool set_difference_update(VM& vm, Set* set, Value other) {
  return difference_update_internal(vm, set, other);
}

bool set_symmetric_difference_update(VM& vm, Set* set, Value other) {
  return symmetric_difference_update(vm, set, other);
}

void init_set_types(VM& vm) {
  Type* t = vm.types.set = new_builtin_type(vm, "set", vm.types.object, sizeof(Set));
  t->type_flags |= kSetSubclass;
  t->dealloc = set_dealloc;
  t->repr = set_repr;
  t->hash = unhashable_hash;
  t->compare = set_compare;
  t->iter = set_iter;
  t->new_ = set_new_slot;
  t->init = set_init;
  dict_set_str(vm, t->dict, vm.names.hash, Value::none());
  add_common_methods(vm, t);
  add_methods(vm, t,
              {{"add", set_add_method},
               {"remove", set_remove_method},
               {"discard", set_discard_method},
               {"pop", set_pop_method},
               {"clear", set_clear_method},
               {"copy", set_copy_method},
               {"update", set_update_method},
               {"intersection_update", set_intersection_update_method},
               {"difference_update", set_difference_update_method},
               {"symmetric_difference_update", set_symmetric_difference_update_method},
               {"__ior__", set_inplace<update_internal>},
               {"__iand__", set_inplace<intersection_update>},
               {"__isub__", set_inplace<difference_update_internal>},
               {"__ixor__", set_inplace<symmetric_difference_update>}});
  finish_builtin_type(vm, t);

  t = vm.types.frozenset = new_builtin_type(vm, "frozenset", vm.types.object, sizeof(Set));
  t->type_flags |= kSetSubclass;
  t->dealloc = set_dealloc;
  t->repr = set_repr;
  t->hash = frozenset_hash;
  t->compare = set_compare;
  t->iter = set_iter;
  t->new_ = frozenset_new_slot;
  add_common_methods(vm, t);
  add_methods(vm, t, {{"copy", frozenset_copy_method}});
  finish_builtin_type(vm, t);

  t = vm.types.set_iterator =
      new_builtin_type(vm, "set_iterator", vm.types.object, sizeof(SetIter), 0);
  t->dealloc = setiter_dealloc;
  t->iter = setiter_self;
  t->next = setiter_next;
  t->new_ = nullptr;
  add_methods(vm, t, {{"__length_hint__", setiter_length_hint}});
  finish_builtin_type(vm, t);
}

} // namespace py
