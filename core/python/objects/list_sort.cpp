// list.sort: CPython's algorithm where it shows — runs found by count_run
// and extended by binary insertion to minrun (so a list shorter than 64
// items sees exactly CPython's comparisons), merged stably — with the
// comparisons specialized for lists of small ints, strs or floats, and
// CPython's rules for key functions, reverse and "list modified during sort".
#include <algorithm>
#include <cstring>
#include <vector>

#include "python/objects/float.hpp"
#include "python/objects/list.hpp"
#include "python/objects/str.hpp"
#include "python/vm/call.hpp"
#include "python/vm/errors.hpp"
#include "python/vm/protocol.hpp"
#include "python/vm/vm.hpp"

namespace py {

namespace {

/// a < b for any two keys: 1, 0, or -1 with an exception.
struct GenericLess {
  VM& vm;
  int operator()(Value a, Value b) const { return compare_bool(vm, a, b, CompareOp::lt); }
};
/// a < b when every key is a small int (the tagged encoding keeps the order).
struct SmallIntLess {
  int operator()(Value a, Value b) const { return int64_t(a.bits()) < int64_t(b.bits()); }
};
/// a < b when every key is an exact str: UTF-8 bytes order like code points.
struct StrLess {
  int operator()(Value a, Value b) const {
    auto* x = static_cast<Str*>(a.as_object());
    auto* y = static_cast<Str*>(b.as_object());
    return x->view() < y->view();
  }
};
/// a < b when every key is an exact float.
struct FloatLess {
  int operator()(Value a, Value b) const { return float_value(a) < float_value(b); }
};

/// Sorts keys[0, n) and moves values (when not null) along with them. On a
/// failed comparison every key and value is still present, in some order.
template <class Less>
class Sorter {
public:
  Sorter(Less less, Value* keys, Value* values) : less_(less), keys_(keys), values_(values) {}

  bool sort(size_t n) {
    size_t minrun = compute_minrun(n);
    size_t lo = 0;
    while (lo < n) {
      bool descending;
      int64_t run = count_run(lo, n, &descending);
      if (run < 0) return false;
      auto len = size_t(run);
      if (descending) reverse(lo, lo + len);
      if (len < minrun) {
        size_t force = std::min(n - lo, minrun);
        if (!binary_sort(lo, lo + force, lo + len)) return false;
        len = force;
      }
      runs_.push_back({lo, len});
      if (!merge_collapse(false)) return false;
      lo += len;
    }
    return merge_collapse(true);
  }

private:
  struct Run {
    size_t base, len;
  };

  /// CPython's merge_compute_minrun: n itself below 64, else 32..64.
  static size_t compute_minrun(size_t n) {
    size_t r = 0;
    while (n >= 64) {
      r |= n & 1;
      n >>= 1;
    }
    return n + r;
  }

  void reverse(size_t lo, size_t hi) {
    std::reverse(keys_ + lo, keys_ + hi);
    if (values_) std::reverse(values_ + lo, values_ + hi);
  }

  /// Length of the run starting at lo (strictly descending runs are
  /// reported so that reversing them keeps the sort stable); -1 on error.
  int64_t count_run(size_t lo, size_t hi, bool* descending) {
    *descending = false;
    if (lo + 1 == hi) return 1;
    int r = less_(keys_[lo + 1], keys_[lo]);
    if (r < 0) return -1;
    int64_t n = 2;
    *descending = r;
    for (size_t i = lo + 2; i < hi; ++i, ++n) {
      r = less_(keys_[i], keys_[i - 1]);
      if (r < 0) return -1;
      if (bool(r) != *descending) break;
    }
    return n;
  }

  /// Binary insertion of [start, hi) into the sorted [lo, start).
  bool binary_sort(size_t lo, size_t hi, size_t start) {
    if (lo == start) ++start;
    for (; start < hi; ++start) {
      size_t l = lo, r = start;
      Value pivot = keys_[start];
      do {
        size_t p = l + ((r - l) >> 1);
        int c = less_(pivot, keys_[p]);
        if (c < 0) return false;
        if (c)
          r = p;
        else
          l = p + 1;
      } while (l < r);
      shift_right(keys_, l, start);
      if (values_) shift_right(values_, l, start);
    }
    return true;
  }

  /// Moves a[at, from) one place right and puts a[from] at `at`.
  static void shift_right(Value* a, size_t at, size_t from) {
    Value v = a[from];
    std::memmove(a + at + 1, a + at, (from - at) * sizeof(Value));
    a[at] = v;
  }

  /// Timsort's stack discipline (merge_collapse / merge_force_collapse).
  bool merge_collapse(bool force) {
    while (runs_.size() > 1) {
      size_t n = runs_.size() - 2;
      auto len = [&](size_t i) { return runs_[i].len; };
      if (force) {
        if (n > 0 && len(n - 1) < len(n + 1)) --n;
      } else if ((n > 0 && len(n - 1) <= len(n) + len(n + 1)) ||
                 (n > 1 && len(n - 2) <= len(n - 1) + len(n))) {
        if (len(n - 1) < len(n + 1)) --n;
      } else if (len(n) > len(n + 1)) {
        break;
      }
      if (!merge_at(n)) return false;
    }
    return true;
  }

  /// Merges runs i and i + 1 (adjacent) into one.
  bool merge_at(size_t i) {
    Run a = runs_[i], b = runs_[i + 1];
    runs_[i].len = a.len + b.len;
    runs_.erase(runs_.begin() + ptrdiff_t(i) + 1);
    size_t mid = b.base, hi = b.base + b.len;
    // Already in order (common for nearly sorted input): nothing to move.
    int c = less_(keys_[mid], keys_[mid - 1]);
    if (c <= 0) return c == 0;
    tmp_keys_.assign(keys_ + a.base, keys_ + mid);
    if (values_) tmp_values_.assign(values_ + a.base, values_ + mid);
    size_t i_left = 0, j = mid, out = a.base;
    bool ok = true;
    while (i_left < a.len && j < hi) {
      c = less_(keys_[j], tmp_keys_[i_left]);
      if (c < 0) {
        ok = false;
        break;
      }
      if (c) {
        put(out++, keys_[j], values_ ? values_[j] : Value());
        ++j;
      } else {
        put(out++, tmp_keys_[i_left], values_ ? tmp_values_[i_left] : Value());
        ++i_left;
      }
    }
    // The rest of the left run goes back (on error too: nothing is lost);
    // the rest of the right run is already in place.
    size_t rest = a.len - i_left;
    std::memcpy(keys_ + out, tmp_keys_.data() + i_left, rest * sizeof(Value));
    if (values_) std::memcpy(values_ + out, tmp_values_.data() + i_left, rest * sizeof(Value));
    return ok;
  }

  void put(size_t at, Value key, Value value) {
    keys_[at] = key;
    if (values_) values_[at] = value;
  }

  Less less_;
  Value* keys_;
  Value* values_;
  std::vector<Run> runs_;
  std::vector<Value> tmp_keys_, tmp_values_;
};

template <class Less>
bool sort_with(Less less, Value* keys, Value* values, size_t n) {
  return Sorter<Less>(less, keys, values).sort(n);
}

/// Sorts with the fastest comparison valid for every key (CPython's pre-sort check).
bool sort_keys(VM& vm, Value* keys, Value* values, size_t n) {
  if (n < 2) return true;
  Type* first = vm.type_of(keys[0]);
  bool small_ints = keys[0].is_small_int(), same_type = true;
  for (size_t i = 1; i < n && (small_ints || same_type); ++i) {
    small_ints = small_ints && keys[i].is_small_int();
    same_type = same_type && vm.type_of(keys[i]) == first;
  }
  if (small_ints) return sort_with(SmallIntLess{}, keys, values, n);
  if (same_type && first == vm.types.str) return sort_with(StrLess{}, keys, values, n);
  if (same_type && first == vm.types.float_) return sort_with(FloatLess{}, keys, values, n);
  return sort_with(GenericLess{vm}, keys, values, n);
}

} // namespace

bool list_sort(VM& vm, List* list, Value key, bool reverse) {
  // The list is empty while it sorts: changes made by keys or comparisons
  // are detected afterwards and thrown away.
  Value* items = list->items;
  size_t n = list->size, capacity = list->capacity;
  list->items = nullptr;
  list->size = 0;
  list->capacity = 0;
  bool has_key = !key.is_null() && !key.is_none();
  std::vector<Value> keys;
  bool ok = true;
  if (has_key) {
    keys.reserve(n);
    for (size_t i = 0; i < n && ok; ++i) {
      Value k = call(vm, key, {items[i]});
      if (k.is_null())
        ok = false;
      else
        keys.push_back(k);
    }
  }
  if (ok) {
    Value* sort_keys_at = has_key ? keys.data() : items;
    Value* values = has_key ? items : nullptr;
    // Reverse, sort stably, reverse back: equal items keep their order.
    if (reverse) {
      std::reverse(items, items + n);
      if (has_key) std::reverse(keys.begin(), keys.end());
    }
    ok = sort_keys(vm, sort_keys_at, values, n);
    if (ok && (list->items || list->size)) {
      raise(vm, vm.exc.ValueError, "list modified during sort");
      ok = false;
    }
    if (reverse) std::reverse(items, items + n);
  }
  for (Value k : keys) decref(k);
  Value* changed = list->items;
  size_t changed_size = list->size, changed_capacity = list->capacity;
  list->items = items;
  list->size = n;
  list->capacity = capacity;
  for (size_t i = 0; i < changed_size; ++i) decref(changed[i]);
  vm.heap().release(changed, changed_capacity * sizeof(Value));
  return ok;
}

} // namespace py
