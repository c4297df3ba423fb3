// Set iteration order against CPython 3.11: scripts of adds, removals,
// updates and operators on int sets, recorded under CPython by
// set_data/regen.py (which documents the script language), replayed here
// through the VM's set type. The order a set prints in is its table layout,
// so this checks the probing, dummy reuse, resizing and every operator's
// way of filling tables.
#include <catch2/catch.hpp>

#include <string>
#include <string_view>
#include <vector>

#include "python/numeric/int_text.hpp"
#include "python/objects/int.hpp"
#include "python/objects/list.hpp"
#include "python/objects/set.hpp"
#include "python/objects/str.hpp"
#include "python/vm/call.hpp"
#include "python/vm/errors.hpp"
#include "python/vm/host.hpp"
#include "python/vm/protocol.hpp"
#include "python/vm/vm.hpp"

namespace {

/// One recorded script and what CPython printed for it.
struct Case {
  std::string_view script;
  std::string_view expected;
};

const Case kCases[] = {
#include "python/set_data/set_orders.inc"
};

/// A host for a VM that runs no program: nothing is printed or read.
class QuietHost : public py::Host {
public:
  void write_stdout(std::string_view) override {}
  void write_stderr(std::string_view) override {}
  bool read_line(std::string&) override { return false; }
  double monotonic() override { return 0; }
  double wall_time() override { return 0; }
  void sleep(double) override {}
};

/// Replays the scripts of set_data/regen.py on one VM.
class Replayer {
public:
  explicit Replayer(py::VM& vm) : vm_(vm) {}

  /// Runs a script; returns its records as regen.py formats them, or the
  /// Python error that stopped it.
  std::string run(std::string_view script) {
    set_ = py::Ref::steal(py::set_new(vm_));
    std::string out;
    while (!script.empty()) {
      size_t end = script.find(' ');
      std::string_view token = script.substr(0, end);
      script = end == std::string_view::npos ? std::string_view() : script.substr(end + 1);
      std::string record;
      if (!step(token, &record)) {
        std::string error = py::repr_text(vm_, vm_.pending_exception);
        py::clear_exception(vm_);
        return "error in " + std::string(token) + ": " + error;
      }
      if (record.empty()) continue;
      if (!out.empty()) out += ' ';
      out += record;
    }
    return out;
  }

private:
  /// Applies one token; a recording token fills *record.
  bool step(std::string_view token, std::string* record) {
    char op = token[0];
    std::string_view arg = token.substr(1);
    switch (op) {
    case 'a': return done(call_method("add", int_value(arg)));
    case 'd': return done(call_method("discard", int_value(arg)));
    case 'p': return pop(record);
    case 'u': return done(call_method("update", list_of(arg)));
    case 'm': return done(call_method("update", set_of(arg)));
    case 'k': return done(call_method("update", dict_of(arg)));
    case 'R': return done(call_method("update", range_of(arg)));
    case 'n': return replace(set_of(arg));
    case 'c': return replace(call_method("copy", py::Value()));
    case 'i': return replace(call_method("intersection", list_of(arg)));
    case '|': return replace(binary(arg, py::BinaryOp::or_));
    case '&': return replace(binary(arg, py::BinaryOp::and_));
    case '-': return replace(binary(arg, py::BinaryOp::subtract));
    case '^': return replace(binary(arg, py::BinaryOp::xor_));
    case 'O': return replace(binary(arg, py::BinaryOp::inplace_or));
    case 'I': return replace(binary(arg, py::BinaryOp::inplace_and));
    case 'S': return replace(binary(arg, py::BinaryOp::inplace_subtract));
    case 'X': return replace(binary(arg, py::BinaryOp::inplace_xor));
    case '=': return snapshot(record);
    case 'h': return digest(record);
    }
    FAIL("unknown token " << token);
    return false;
  }

  /// An int from its decimal text (new reference).
  py::Ref int_value(std::string_view text) {
    auto parsed = py::num::parse_int(text, 10, py::num::kDefaultMaxStrDigits);
    REQUIRE(parsed);
    return py::Ref::steal(py::int_from_bigint(vm_, std::move(parsed).value()));
  }

  /// A list of the comma-separated ints of `text`.
  py::Ref list_of(std::string_view text) {
    py::Ref list = py::Ref::steal(py::list_new(vm_));
    while (!text.empty()) {
      size_t comma = text.find(',');
      py::Ref item = int_value(text.substr(0, comma));
      REQUIRE(py::list_append(vm_, list.as<py::List>(), *item));
      text = comma == std::string_view::npos ? std::string_view() : text.substr(comma + 1);
    }
    return list;
  }

  /// set(list), dict.fromkeys(list) and range(a, b, c) of a token's argument.
  py::Ref set_of(std::string_view text) { return call_type(vm_.types.set, *list_of(text)); }
  py::Ref dict_of(std::string_view text) {
    py::Ref fromkeys = py::Ref::steal(
        py::get_attr(vm_, py::Value::object(vm_.types.dict), py::str_intern(vm_, "fromkeys")));
    return py::Ref::steal(py::call(vm_, *fromkeys, {*list_of(text)}));
  }
  py::Ref range_of(std::string_view text) {
    std::vector<py::Ref> bounds;
    while (!text.empty()) {
      size_t colon = text.find(':');
      bounds.push_back(int_value(text.substr(0, colon)));
      text = colon == std::string_view::npos ? std::string_view() : text.substr(colon + 1);
    }
    REQUIRE(bounds.size() == 3);
    return py::Ref::steal(
        py::call(vm_, py::Value::object(vm_.types.range), {*bounds[0], *bounds[1], *bounds[2]}));
  }

  py::Ref call_type(py::Type* type, py::Value arg) {
    return py::Ref::steal(py::call(vm_, py::Value::object(type), {arg}));
  }

  /// s.name(arg), or s.name() when arg is null.
  py::Ref call_method(const char* name, py::Value arg) {
    return py::Ref::steal(
        py::call_method(vm_, *set_, py::str_intern(vm_, name), &arg, arg.is_null() ? 0 : 1));
  }
  py::Ref call_method(const char* name, const py::Ref& arg) { return call_method(name, *arg); }

  /// s OP set(list).
  py::Ref binary(std::string_view text, py::BinaryOp op) {
    py::Ref other = set_of(text);
    if (!other) return other;
    return py::Ref::steal(py::binary_op(vm_, *set_, *other, op));
  }

  /// True unless the step's result is an error.
  static bool done(const py::Ref& result) { return bool(result); }

  /// s = result (false when the result is an error).
  bool replace(py::Ref result) {
    if (!result) return false;
    set_ = std::move(result);
    return true;
  }

  bool pop(std::string* record) {
    py::Ref popped = call_method("pop", py::Value());
    if (!popped) {
      if (!py::pending_matches(vm_, vm_.exc.KeyError)) return false;
      py::clear_exception(vm_);
      *record = "KeyError";
      return true;
    }
    *record = py::repr_text(vm_, *popped);
    return true;
  }

  /// The ints of s in iteration order.
  std::vector<py::Ref> items() {
    std::vector<py::Ref> out;
    py::Ref it = py::Ref::steal(py::get_iter(vm_, *set_));
    REQUIRE(it);
    while (py::Ref item = py::Ref::steal(py::iter_next(vm_, *it))) out.push_back(item);
    REQUIRE_FALSE(py::error_pending(vm_));
    return out;
  }

  bool snapshot(std::string* record) {
    record->assign(1, '[');
    for (const py::Ref& item : items()) {
      if (record->size() > 1) *record += ',';
      *record += py::repr_text(vm_, *item);
    }
    *record += ']';
    return true;
  }

  /// "<len>/<sum of (i + 1) * item modulo 2**61 - 1>" (small ints only).
  bool digest(std::string* record) {
    constexpr __int128 kModulus = (__int128(1) << 61) - 1;
    std::vector<py::Ref> all = items();
    __int128 sum = 0;
    for (size_t i = 0; i < all.size(); ++i) {
      int64_t v;
      REQUIRE(py::int_to_int64(*all[i], &v));
      sum = (sum + __int128(i + 1) * v) % kModulus;
    }
    if (sum < 0) sum += kModulus;
    *record = std::to_string(all.size()) + "/" + std::to_string(int64_t(sum));
    return true;
  }

  py::VM& vm_;
  py::Ref set_;
};

} // namespace

TEST_CASE("set iteration order matches CPython 3.11", "[set]") {
  QuietHost host;
  py::VM vm(host);
  Replayer replayer(vm);
  for (const Case& c : kCases) {
    INFO("script: " << c.script);
    CHECK(replayer.run(c.script) == c.expected);
  }
}
