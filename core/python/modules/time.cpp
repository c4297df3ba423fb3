// time: CPython 3.11's time module over the session's clock. time() reads
// the host's wall clock, monotonic() and perf_counter() its monotonic clock,
// sleep() asks the host to block (a virtual clock just advances). The
// session runs in UTC: localtime() and gmtime() agree, struct_time is the
// structseq CPython prints, and mktime/asctime/ctime/strftime reproduce
// CPython on glibc with TZ=UTC (the calendar work is in time_civil.cpp).
#include <cmath>
#include <cstdio>
#include <ctime>
#include <string>

#include "python/modules/module_list.hpp"
#include "python/modules/real_arg.hpp"
#include "python/modules/time_civil.hpp"
#include "python/numeric/int_float.hpp"
#include "python/objects/dict.hpp"
#include "python/objects/float.hpp"
#include "python/objects/int.hpp"
#include "python/objects/list.hpp"
#include "python/objects/module.hpp"
#include "python/objects/num_error.hpp"
#include "python/objects/object_layout.hpp"
#include "python/objects/str.hpp"
#include "python/objects/tuple.hpp"
#include "python/vm/args.hpp"
#include "python/vm/builder.hpp"
#include "python/vm/errors.hpp"
#include "python/vm/protocol.hpp"
#include "python/vm/vm.hpp"

namespace py {

namespace {

// ----- clocks ------------------------------------------------------------------

/// int(seconds * 1e9), as the oracle's *_ns functions compute it.
Value nanoseconds(VM& vm, double seconds) {
  auto r = num::from_double(seconds * 1e9);
  if (!r) return raise_num_error(vm, r.error());
  return int_from_bigint(vm, std::move(r).value());
}

Value time_time(VM& vm, const Value* args, size_t nargs, Tuple* kw) {
  if (!check_arity(vm, "time.time", nargs, kw, 0, 0)) return {};
  return float_new(vm, vm.host().wall_time());
}

Value time_time_ns(VM& vm, const Value* args, size_t nargs, Tuple* kw) {
  if (!check_arity(vm, "time.time_ns", nargs, kw, 0, 0)) return {};
  return nanoseconds(vm, vm.host().wall_time());
}

Value time_monotonic(VM& vm, const Value* args, size_t nargs, Tuple* kw) {
  if (!check_arity(vm, "time.monotonic", nargs, kw, 0, 0)) return {};
  return float_new(vm, vm.host().monotonic());
}

Value time_monotonic_ns(VM& vm, const Value* args, size_t nargs, Tuple* kw) {
  if (!check_arity(vm, "time.monotonic_ns", nargs, kw, 0, 0)) return {};
  return nanoseconds(vm, vm.host().monotonic());
}

Value time_perf_counter(VM& vm, const Value* args, size_t nargs, Tuple* kw) {
  if (!check_arity(vm, "time.perf_counter", nargs, kw, 0, 0)) return {};
  return float_new(vm, vm.host().monotonic());
}

Value time_perf_counter_ns(VM& vm, const Value* args, size_t nargs, Tuple* kw) {
  if (!check_arity(vm, "time.perf_counter_ns", nargs, kw, 0, 0)) return {};
  return nanoseconds(vm, vm.host().monotonic());
}

/// The processor time this process has used (time.sleep does not count).
double cpu_seconds() { return double(std::clock()) / CLOCKS_PER_SEC; }

Value time_process_time(VM& vm, const Value* args, size_t nargs, Tuple* kw) {
  if (!check_arity(vm, "time.process_time", nargs, kw, 0, 0)) return {};
  return float_new(vm, cpu_seconds());
}

Value time_process_time_ns(VM& vm, const Value* args, size_t nargs, Tuple* kw) {
  if (!check_arity(vm, "time.process_time_ns", nargs, kw, 0, 0)) return {};
  return nanoseconds(vm, cpu_seconds());
}

Value time_sleep(VM& vm, const Value* args, size_t nargs, Tuple* kw) {
  if (!check_arity(vm, "time.sleep", nargs, kw, 1, 1)) return {};
  Value v = args[0];
  // A value that is no number fails the way the oracle's `seconds < 0` does.
  if (!is_int(vm, v) && !is_instance(vm, v, vm.types.float_)) {
    if (compare_bool(vm, v, Value::small_int(0), CompareOp::lt) < 0) return {};
  }
  double seconds;
  if (!real_arg(vm, v, &seconds)) return {};
  if (std::isnan(seconds)) return raise(vm, vm.exc.ValueError, "Invalid value NaN (not a number)");
  if (seconds < 0) return raise(vm, vm.exc.ValueError, "sleep length must be non-negative");
  vm.host().sleep(seconds);
  return Value::none();
}

// ----- struct_time -------------------------------------------------------------

/// Fields of struct_time: nine visible (the tuple) and two more reachable by name.
constexpr size_t kVisibleFields = 9;
constexpr size_t kHiddenFields = 2;
constexpr const char* kFieldNames[kVisibleFields + kHiddenFields] = {
    "tm_year", "tm_mon",  "tm_mday",  "tm_hour", "tm_min",   "tm_sec",
    "tm_wday", "tm_yday", "tm_isdst", "tm_zone", "tm_gmtoff"};

/// The key of the struct_time type in VM::module_state.
constexpr const char* kStructTimeKey = "time.struct_time";

size_t struct_time_var_size(const Object* o) {
  return (static_cast<const Tuple*>(o)->size + kHiddenFields) * sizeof(Value);
}

void struct_time_dealloc(Object* o) {
  auto* t = static_cast<Tuple*>(o);
  for (size_t i = 0; i < t->size + kHiddenFields; ++i) decref(t->items()[i]);
  o->type->vm->free_object(o, object_size(o));
}

/// A struct_time of `type` holding new references to 11 values (stolen).
Value struct_time_from(VM& vm, Type* type, Value* fields) {
  auto* t = vm.allocate<Tuple>(type, (kVisibleFields + kHiddenFields) * sizeof(Value));
  if (!t) {
    for (size_t i = 0; i < kVisibleFields + kHiddenFields; ++i) decref(fields[i]);
    return {};
  }
  t->size = kVisibleFields;
  for (size_t i = 0; i < kVisibleFields + kHiddenFields; ++i) t->items()[i] = fields[i];
  return Value::object(t);
}

/// struct_time(sequence, dict=None): 9 to 11 items; missing ones from dict or None.
Value struct_time_new(VM& vm, Type* type, const Value* args, size_t nargs, Tuple* kw) {
  static const Signature sig("structseq(sequence, dict=None)");
  Value a[2];
  if (!sig.bind(vm, args, nargs, kw, a)) return {};
  Ref it = Ref::steal(get_iter(vm, a[0]));
  if (!it) {
    if (pending_matches(vm, vm.exc.TypeError)) {
      clear_exception(vm);
      raise(vm, vm.exc.TypeError, "constructor requires a sequence");
    }
    return {};
  }
  Ref items = Ref::steal(list_from_iterable(vm, *it));
  if (!items) return {};
  if (!a[1].is_null() && !is_instance(vm, a[1], vm.types.dict)) {
    return raise(vm, vm.exc.TypeError, "time.struct_time() takes a dict as second arg, if any");
  }
  auto* list = items.as<List>();
  if (list->size < kVisibleFields) {
    return raise(
        vm, vm.exc.TypeError,
        cat("time.struct_time() takes an at least 9-sequence (", list->size, "-sequence given)"));
  }
  if (list->size > kVisibleFields + kHiddenFields) {
    return raise(
        vm, vm.exc.TypeError,
        cat("time.struct_time() takes an at most 11-sequence (", list->size, "-sequence given)"));
  }
  Value fields[kVisibleFields + kHiddenFields];
  for (size_t i = 0; i < kVisibleFields + kHiddenFields; ++i) {
    Value v = Value::none();
    if (i < list->size) {
      v = list->items[i];
    } else if (!a[1].is_null()) {
      Value found =
          dict_get_str(static_cast<Dict*>(a[1].as_object()), str_intern(vm, kFieldNames[i]));
      if (!found.is_null()) v = found;
    }
    fields[i] = newref(v);
  }
  return struct_time_from(vm, type, fields);
}

/// time.struct_time(tm_year=2023, tm_mon=11, …): the nine visible fields.
Value struct_time_repr(VM& vm, Value self) {
  auto* t = static_cast<Tuple*>(self.as_object());
  std::string text = "time.struct_time(";
  for (size_t i = 0; i < kVisibleFields; ++i) {
    Ref r = Ref::steal(repr(vm, t->item(i)));
    if (!r) return {};
    if (i) text += ", ";
    text += kFieldNames[i];
    text += '=';
    text += r.as<Str>()->view();
  }
  text += ')';
  return str_new(vm, text);
}

/// __reduce__: (struct_time, (the nine fields, {'tm_zone': …, 'tm_gmtoff': …})).
Value struct_time_reduce(VM& vm, const Value* args, size_t nargs, Tuple* kw) {
  if (!check_arity(vm, "__reduce__", nargs - 1, kw, 0, 0)) return {};
  auto* t = static_cast<Tuple*>(args[0].as_object());
  Ref visible = Ref::steal(tuple_new(vm, t->items(), kVisibleFields));
  Ref extra = Ref::steal(dict_new(vm));
  if (!visible || !extra) return {};
  for (size_t i = kVisibleFields; i < kVisibleFields + kHiddenFields; ++i) {
    if (!dict_set_str(vm, extra.as<Dict>(), str_intern(vm, kFieldNames[i]), t->item(i))) return {};
  }
  Ref state = Ref::steal(tuple_of(vm, {*visible, *extra}));
  if (!state) return {};
  return tuple_of(vm, {Value::object(vm.type_of(args[0])), *state});
}

/// The getter of field I (visible or hidden).
template <size_t I>
Value struct_time_field(VM& vm, Value self) {
  return newref(static_cast<Tuple*>(self.as_object())->items()[I]);
}

Type* make_struct_time_type(VM& vm) {
  Type* t = new_builtin_type(vm, "struct_time", vm.types.tuple, sizeof(Tuple), 0);
  t->var_size = struct_time_var_size;
  t->dealloc = struct_time_dealloc;
  t->new_ = struct_time_new;
  t->repr = struct_time_repr;
  add_methods(vm, t, {{"__reduce__", struct_time_reduce}});
  add_getsets(vm, t,
              {{"tm_year", struct_time_field<0>, nullptr, "year, for example, 1993"},
               {"tm_mon", struct_time_field<1>, nullptr, "month of year, range [1, 12]"},
               {"tm_mday", struct_time_field<2>, nullptr, "day of month, range [1, 31]"},
               {"tm_hour", struct_time_field<3>, nullptr, "hours, range [0, 23]"},
               {"tm_min", struct_time_field<4>, nullptr, "minutes, range [0, 59]"},
               {"tm_sec", struct_time_field<5>, nullptr, "seconds, range [0, 61])"},
               {"tm_wday", struct_time_field<6>, nullptr, "day of week, range [0, 6], Monday is 0"},
               {"tm_yday", struct_time_field<7>, nullptr, "day of year, range [1, 366]"},
               {"tm_isdst", struct_time_field<8>, nullptr,
                "1 if summer time is in effect, 0 if not, and -1 if unknown"},
               {"tm_zone", struct_time_field<9>, nullptr, "abbreviation of timezone name"},
               {"tm_gmtoff", struct_time_field<10>, nullptr, "offset from UTC in seconds"}});
  Dict* d = t->dict;
  dict_set_str(vm, d, vm.names.module, Value::object(str_intern(vm, "time")));
  Value names[kVisibleFields];
  for (size_t i = 0; i < kVisibleFields; ++i)
    names[i] = Value::object(str_intern(vm, kFieldNames[i]));
  Ref match_args = Ref::steal(tuple_new(vm, names, kVisibleFields));
  dict_set_str(vm, d, vm.names.match_args, *match_args);
  dict_set_str(vm, d, str_intern(vm, "n_sequence_fields"), Value::small_int(kVisibleFields));
  dict_set_str(vm, d, str_intern(vm, "n_fields"), Value::small_int(kVisibleFields + kHiddenFields));
  dict_set_str(vm, d, str_intern(vm, "n_unnamed_fields"), Value::small_int(0));
  finish_builtin_type(vm, t);
  return t;
}

/// The VM's struct_time type, made on first use.
Type* struct_time_type(VM& vm) {
  auto found = vm.module_state.find(kStructTimeKey);
  if (found != vm.module_state.end()) return static_cast<Type*>(found->second.as_object());
  Type* t = make_struct_time_type(vm);
  vm.module_state.emplace(kStructTimeKey, Value::object(t));
  return t;
}

/// tmtotuple: a struct_time for a broken-down time (Python's conventions:
/// month 1-12, Monday = 0, yday from 1).
Value struct_time_of(VM& vm, const civil::Tm& tm) {
  Value fields[kVisibleFields + kHiddenFields] = {int_from_int64(vm, int64_t(tm.year) + 1900),
                                                  Value::small_int(tm.mon + 1),
                                                  Value::small_int(tm.mday),
                                                  Value::small_int(tm.hour),
                                                  Value::small_int(tm.min),
                                                  Value::small_int(tm.sec),
                                                  Value::small_int((tm.wday + 6) % 7),
                                                  Value::small_int(tm.yday + 1),
                                                  Value::small_int(tm.isdst),
                                                  str_new(vm, tm.zone ? *tm.zone : std::string()),
                                                  int_from_int64(vm, tm.gmtoff)};
  for (Value v : fields) {
    if (v.is_null()) {
      for (Value w : fields) decref(w);
      return {};
    }
  }
  return struct_time_from(vm, struct_time_type(vm), fields);
}

// ----- conversions -------------------------------------------------------------

/// PyArg_ParseTuple's arity errors: "gmtime() takes at most 1 argument (2 given)".
bool parse_tuple_arity(VM& vm, const char* name, size_t nargs, Tuple* kw, size_t min, size_t max) {
  if (kw && kw->size) {
    raise(vm, vm.exc.TypeError, cat(name, "() takes no keyword arguments"));
    return false;
  }
  if (nargs >= min && nargs <= max) return true;
  size_t bound = nargs < min ? min : max;
  raise(vm, vm.exc.TypeError,
        cat(name, "() takes ", nargs < min ? "at least " : "at most ", bound, " argument",
            bound == 1 ? "" : "s", " (", nargs, " given)"));
  return false;
}

Value timestamp_overflow(VM& vm) {
  return raise(vm, vm.exc.OverflowError, "timestamp out of range for platform time_t");
}

/// A timestamp argument as a time_t, rounded toward -inf (CPython's
/// _PyTime_ObjectToTime_t); an omitted argument or None means now.
bool time_t_arg(VM& vm, Value v, int64_t* out) {
  if (v.is_null() || v.is_none()) {
    *out = int64_t(std::floor(vm.host().wall_time()));
    return true;
  }
  if (v.is_small_int()) {
    *out = v.as_small_int();
    return true;
  }
  if (is_instance(vm, v, vm.types.float_)) {
    double d = float_value(v);
    if (std::isnan(d)) {
      raise(vm, vm.exc.ValueError, "Invalid value NaN (not a number)");
      return false;
    }
    d = std::floor(d);
    if (!(d >= -9223372036854775808.0 && d < 9223372036854775808.0)) {
      timestamp_overflow(vm);
      return false;
    }
    *out = int64_t(d);
    return true;
  }
  Ref i = Ref::steal(index(vm, v));
  if (!i) return false;
  if (!int_to_int64(*i, out)) {
    timestamp_overflow(vm);
    return false;
  }
  return true;
}

/// gmtime_r/localtime_r of a timestamp; OSError EOVERFLOW when the year is too large.
bool breakdown(VM& vm, int64_t t, civil::Tm* tm, const char* zone) {
  if (!civil::gmtime(t, tm)) {
    Ref args = Ref::steal(tuple_of(vm, {Value::small_int(75), Value()}));
    Ref message = Ref::steal(str_new(vm, "Value too large for defined data type"));
    if (args && message) {
      args.as<Tuple>()->items()[1] = message.release();
      raise_args(vm, vm.exc.OSError, args.release());
    }
    return false;
  }
  tm->zone = zone;
  return true;
}

/// gmtime([secs]) and localtime([secs]): the same in UTC except for tm_zone.
Value to_struct_time(VM& vm, const char* name, const char* zone, const Value* args, size_t nargs,
                     Tuple* kw) {
  if (!parse_tuple_arity(vm, name, nargs, kw, 0, 1)) return {};
  int64_t t;
  civil::Tm tm;
  if (!time_t_arg(vm, nargs ? args[0] : Value(), &t) || !breakdown(vm, t, &tm, zone)) return {};
  return struct_time_of(vm, tm);
}

Value time_gmtime(VM& vm, const Value* args, size_t nargs, Tuple* kw) {
  return to_struct_time(vm, "gmtime", "GMT", args, nargs, kw);
}

Value time_localtime(VM& vm, const Value* args, size_t nargs, Tuple* kw) {
  return to_struct_time(vm, "localtime", "UTC", args, nargs, kw);
}

/// One field of a time tuple as a C int (PyArg_ParseTuple's 'i').
bool int_field(VM& vm, Value v, int* out) {
  int64_t n;
  if (v.is_small_int()) {
    n = v.as_small_int();
  } else {
    Ref i = Ref::steal(index(vm, v));
    if (!i) return false;
    if (!int_to_int64(*i, &n)) {
      raise(vm, vm.exc.OverflowError, "Python int too large to convert to C long");
      return false;
    }
  }
  if (n > INT32_MAX || n < INT32_MIN) {
    raise(vm, vm.exc.OverflowError,
          n > 0 ? "signed integer is greater than maximum" : "signed integer is less than minimum");
    return false;
  }
  *out = int(n);
  return true;
}

/// gettmarg: a 9-tuple or struct_time to a C struct tm (plus tm_zone and
/// tm_gmtoff of a struct_time). `what` names the caller in the size error.
bool tuple_to_tm(VM& vm, Value v, const char* what, civil::Tm* tm) {
  if (!is_instance(vm, v, vm.types.tuple)) {
    raise(vm, vm.exc.TypeError, "Tuple or struct_time argument required");
    return false;
  }
  auto* t = static_cast<Tuple*>(v.as_object());
  if (t->size != kVisibleFields) {
    raise(vm, vm.exc.TypeError, cat(what, "(): illegal time tuple argument"));
    return false;
  }
  int f[kVisibleFields];
  for (size_t i = 0; i < kVisibleFields; ++i) {
    if (!int_field(vm, t->item(i), &f[i])) return false;
  }
  if (f[0] < INT32_MIN + 1900) {
    raise(vm, vm.exc.OverflowError, "year out of range");
    return false;
  }
  *tm = civil::Tm();
  tm->year = f[0] - 1900;
  tm->mon = f[1] - 1;
  tm->mday = f[2];
  tm->hour = f[3];
  tm->min = f[4];
  tm->sec = f[5];
  tm->wday = (f[6] + 1) % 7;
  tm->yday = f[7] - 1;
  tm->isdst = f[8];
  if (vm.type_of(v) == struct_time_type(vm)) {
    Value zone = t->items()[kVisibleFields];
    if (!zone.is_none()) {
      if (!is_instance(vm, zone, vm.types.str)) {
        raise(vm, vm.exc.TypeError, "bad argument type for built-in operation");
        return false;
      }
      tm->zone = std::string(static_cast<Str*>(zone.as_object())->view());
    }
    Value offset = t->items()[kVisibleFields + 1];
    if (!offset.is_none()) {
      int64_t seconds;
      Ref i = Ref::steal(index(vm, offset));
      if (!i) return false;
      if (!int_to_int64(*i, &seconds)) {
        raise(vm, vm.exc.OverflowError, "Python int too large to convert to C long");
        return false;
      }
      tm->gmtoff = seconds;
    }
  }
  return true;
}

/// checktm: the ranges strftime and asctime need (0 stands for the lowest value).
bool check_tm(VM& vm, civil::Tm* tm) {
  const char* error = nullptr;
  if (tm->mon == -1) {
    tm->mon = 0;
  } else if (tm->mon < 0 || tm->mon > 11) {
    error = "month out of range";
  }
  if (!error && tm->mday == 0) {
    tm->mday = 1;
  } else if (!error && (tm->mday < 0 || tm->mday > 31)) {
    error = "day of month out of range";
  }
  if (!error && (tm->hour < 0 || tm->hour > 23)) error = "hour out of range";
  if (!error && (tm->min < 0 || tm->min > 59)) error = "minute out of range";
  if (!error && (tm->sec < 0 || tm->sec > 61)) error = "seconds out of range";
  // The upper bound of tm_wday needs no check: tuple_to_tm took it modulo 7.
  if (!error && tm->wday < 0) error = "day of week out of range";
  if (!error && tm->yday == -1) {
    tm->yday = 0;
  } else if (!error && (tm->yday < 0 || tm->yday > 365)) {
    error = "day of year out of range";
  }
  if (error) raise(vm, vm.exc.ValueError, error);
  return !error;
}

/// The time tuple argument of asctime and strftime, or the local time now.
bool tm_arg(VM& vm, Value v, const char* what, civil::Tm* tm) {
  if (v.is_null()) {
    int64_t now;
    return time_t_arg(vm, Value(), &now) && breakdown(vm, now, tm, "UTC");
  }
  return tuple_to_tm(vm, v, what, tm) && check_tm(vm, tm);
}

/// CPython's _asctime: "Tue Nov 14 22:13:20 2023".
Value asctime_of(VM& vm, const civil::Tm& tm) {
  static constexpr const char* kDays[7] = {"Sun", "Mon", "Tue", "Wed", "Thu", "Fri", "Sat"};
  static constexpr const char* kMonths[12] = {"Jan", "Feb", "Mar", "Apr", "May", "Jun",
                                              "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"};
  char buf[96];
  std::snprintf(buf, sizeof buf, "%s %s%3d %.2d:%.2d:%.2d %lld", kDays[tm.wday], kMonths[tm.mon],
                tm.mday, tm.hour, tm.min, tm.sec, static_cast<long long>(tm.year) + 1900);
  return str_new(vm, buf);
}

Value time_asctime(VM& vm, const Value* args, size_t nargs, Tuple* kw) {
  if (!check_arity(vm, "asctime", nargs, kw, 0, 1)) return {};
  civil::Tm tm;
  if (!tm_arg(vm, nargs ? args[0] : Value(), "asctime", &tm)) return {};
  return asctime_of(vm, tm);
}

Value time_ctime(VM& vm, const Value* args, size_t nargs, Tuple* kw) {
  if (!parse_tuple_arity(vm, "ctime", nargs, kw, 0, 1)) return {};
  int64_t t;
  civil::Tm tm;
  if (!time_t_arg(vm, nargs ? args[0] : Value(), &t) || !breakdown(vm, t, &tm, "UTC")) return {};
  return asctime_of(vm, tm);
}

Value time_mktime(VM& vm, const Value* args, size_t nargs, Tuple* kw) {
  if (!check_arity(vm, "time.mktime", nargs, kw, 1, 1)) return {};
  civil::Tm tm;
  if (!tuple_to_tm(vm, args[0], "mktime", &tm)) return {};
  int64_t t;
  if (!civil::mktime(tm, &t))
    return raise(vm, vm.exc.OverflowError, "mktime argument out of range");
  return float_new(vm, double(t));
}

Value time_strftime(VM& vm, const Value* args, size_t nargs, Tuple* kw) {
  if (!parse_tuple_arity(vm, "strftime", nargs, kw, 1, 2)) return {};
  if (!is_instance(vm, args[0], vm.types.str)) {
    return raise(vm, vm.exc.TypeError,
                 cat("strftime() argument 1 must be str, not ", type_name(vm, args[0])));
  }
  civil::Tm tm;
  if (!tm_arg(vm, nargs > 1 ? args[1] : Value(), "strftime", &tm)) return {};
  // tm_isdst is kept within [-1, 1] for %Z.
  tm.isdst = tm.isdst < -1 ? -1 : tm.isdst > 1 ? 1 : tm.isdst;
  std::string_view format = static_cast<Str*>(args[0].as_object())->view();
  if (format.find('\0') != std::string_view::npos) {
    return raise(vm, vm.exc.ValueError, "embedded null character");
  }
  size_t chars;
  return str_new(vm, civil::strftime(format, tm, &chars));
}

} // namespace

Value init_module_time(VM& vm) {
  Value m = module_new(vm, "time");
  if (m.is_null()) return {};
  auto* module = static_cast<Module*>(m.as_object());
  add_functions(vm, module,
                {{"time", time_time},
                 {"time_ns", time_time_ns},
                 {"monotonic", time_monotonic},
                 {"monotonic_ns", time_monotonic_ns},
                 {"perf_counter", time_perf_counter},
                 {"perf_counter_ns", time_perf_counter_ns},
                 {"process_time", time_process_time},
                 {"process_time_ns", time_process_time_ns},
                 {"sleep", time_sleep},
                 {"gmtime", time_gmtime},
                 {"localtime", time_localtime},
                 {"mktime", time_mktime},
                 {"asctime", time_asctime},
                 {"ctime", time_ctime},
                 {"strftime", time_strftime}});
  module_add(vm, module, "struct_time", newref(Value::object(struct_time_type(vm))));
  module_add(vm, module, "timezone", Value::small_int(0));
  module_add(vm, module, "altzone", Value::small_int(0));
  module_add(vm, module, "daylight", Value::small_int(0));
  Value utc = Value::object(str_intern(vm, "UTC"));
  module_add(vm, module, "tzname", tuple_of(vm, {utc, utc}));
  module_add(vm, module, "_STRUCT_TM_ITEMS", Value::small_int(kVisibleFields + kHiddenFields));
  return m;
}

} // namespace py
