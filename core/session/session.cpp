#include "session/session.hpp"

#include <sstream>

#include "python/compile/compile.hpp"
#include "python/compile/disassemble.hpp"
#include "python/objects/code.hpp"
#include "python/objects/dict.hpp"
#include "python/objects/exception.hpp"
#include "python/objects/int.hpp"
#include "python/objects/module.hpp"
#include "python/objects/str.hpp"
#include "python/vm/call.hpp"
#include "python/vm/errors.hpp"
#include "python/vm/eval.hpp"
#include "python/vm/host.hpp"
#include "python/vm/protocol.hpp"
#include "python/vm/traceback.hpp"
#include "python/vm/vm.hpp"

namespace session {

namespace {

/// The interpreter's view of the session: output, input, clock, limits.
class SessionHost : public py::Host {
public:
  SessionHost(const Options& options, OutputSink sink)
      : sink_(std::move(sink)), clock_(options.clock, options.speed), input_(options.stdin_text),
        instructions_left_(options.instruction_limit) {}

  void write_stdout(std::string_view text) override { sink_(1, text); }
  void write_stderr(std::string_view text) override { sink_(2, text); }
  bool read_line(std::string& line) override { return bool(std::getline(input_, line)); }
  double monotonic() override { return clock_.monotonic(); }
  double wall_time() override { return clock_.wall(); }
  void sleep(double seconds) override { clock_.sleep(seconds); }

  /// Counts budget intervals against the instruction limit.
  bool check_budget() override {
    if (instructions_left_ == 0) return true; // no limit
    if (instructions_left_ <= interval_) {
      stopped_ = true;
      return false;
    }
    instructions_left_ -= interval_;
    return true;
  }

  void set_interval(uint64_t interval) { interval_ = interval; }
  bool stopped() const { return stopped_; }
  ProgramClock& clock() { return clock_; }

private:
  OutputSink sink_;
  ProgramClock clock_;
  std::istringstream input_;
  uint64_t instructions_left_;
  uint64_t interval_ = 1;
  bool stopped_ = false;
};

} // namespace

struct Session::Impl {
  Impl(Options o, OutputSink sink) : options(std::move(o)), host(options, std::move(sink)) {}

  /// The exit status for an uncaught exception (SystemExit's code, else 1),
  /// printing it as CPython does.
  int report(py::VM& vm, py::Value exc) {
    if (py::is_instance(vm, exc, vm.exc.SystemExit)) {
      py::Ref code = py::Ref::steal(py::get_attr_optional(vm, exc, vm.names.code));
      py::clear_exception(vm);
      if (!code || code.get().is_none()) return 0;
      int64_t status;
      if (py::is_int(vm, *code) && py::int_to_int64(*code, &status)) return int(status);
      py::Ref text = py::Ref::steal(py::str(vm, *code));
      py::clear_exception(vm);
      if (text) host.write_stderr(std::string(text.as<py::Str>()->view()) + "\n");
      return 1;
    }
    if (host.stopped()) {
      host.write_stderr("Program stopped: it ran longer than the instruction limit allows.\n");
      return 1;
    }
    // sys.excepthook prints it (a program may have replaced the hook).
    py::Value hook = py::dict_get_str(vm.sys->dict, vm.names.excepthook);
    bool printed = false;
    if (!hook.is_null()) {
      py::Value tb = static_cast<py::BaseException*>(exc.as_object())->traceback;
      py::Value args[3] = {py::Value::object(vm.type_of(exc)), exc,
                           tb.is_null() ? py::Value::none() : tb};
      py::Ref r = py::Ref::steal(py::call(vm, hook, args, 3));
      printed = bool(r);
      py::clear_exception(vm);
    }
    if (!printed) host.write_stderr(py::format_exception(vm, exc));
    return 1;
  }

  Options options;
  SessionHost host;
};

Session::Session(Options options, OutputSink sink)
    : impl_(std::make_unique<Impl>(std::move(options), std::move(sink))) {}

Session::~Session() = default;

Result Session::run(std::string_view source) {
  Impl& s = *impl_;
  py::VMOptions vm_options;
  vm_options.memory_limit = s.options.memory_limit;
  if (s.options.loop_pause_interval)
    vm_options.loop_pause_interval = *s.options.loop_pause_interval;
  s.host.set_interval(vm_options.budget_interval);
  py::VM vm(s.host, vm_options);
  py::register_source(vm, s.options.filename, source);

  Result result;
  py::CompileOptions compile_options;
  compile_options.filename = s.options.filename;
  compile_options.allow_top_level_await = true;
  py::Ref code = py::Ref::steal(py::compile(vm, source, compile_options));
  py::Ref main_module;
  if (code) {
    main_module = py::Ref::steal(py::module_new(vm, "__main__"));
    py::Dict* globals = main_module.as<py::Module>()->dict;
    // The namespace CPython's oracle runs the program in: __name__, __file__
    // and __builtins__ only (so __doc__ without a docstring is builtins.__doc__).
    py::dict_clear(vm, globals);
    py::dict_set_str(vm, globals, vm.names.name, py::Value::object(vm.names.main));
    py::Ref file = py::Ref::steal(py::str_new(vm, s.options.filename));
    py::dict_set_str(vm, globals, vm.names.file, *file);
    py::Value builtins = py::dict_get_str(vm.modules, py::str_intern(vm, "builtins"));
    py::dict_set_str(vm, globals, vm.names.builtins,
                     builtins.is_null() ? py::Value::object(vm.builtins) : builtins);
    py::dict_set_str(vm, vm.modules, vm.names.main, *main_module);
    py::Ref value = py::Ref::steal(py::run_code(vm, code.as<py::Code>(), globals, globals));
    if (value && vm.type_of(*value) == vm.types.coroutine) {
      // Top-level await: the asyncio binding will run it on the loop.
      py::raise(vm, vm.exc.RuntimeError, "top-level await needs the asyncio event loop");
      value = py::Ref();
    }
  }
  if (py::error_pending(vm)) {
    py::Value exc = py::fetch_exception(vm);
    result.exit_status = s.report(vm, exc);
    result.stopped = s.host.stopped();
    py::decref(exc);
  }
  // Finalization: the program's namespace goes away (objects that report on
  // their destruction, like never-awaited coroutines, do so now, as "sys:1").
  if (main_module) py::dict_clear(vm, main_module.as<py::Module>()->dict);
  main_module = py::Ref();
  code = py::Ref();
  py::clear_exception(vm);
  return result;
}

std::string Session::disassemble(std::string_view source) {
  py::VM vm(impl_->host, py::VMOptions{});
  py::register_source(vm, impl_->options.filename, source);
  py::CompileOptions compile_options;
  compile_options.filename = impl_->options.filename;
  compile_options.allow_top_level_await = true;
  py::Ref code = py::Ref::steal(py::compile(vm, source, compile_options));
  if (!code) {
    py::Value exc = py::fetch_exception(vm);
    std::string text = py::format_exception(vm, exc);
    py::decref(exc);
    return text;
  }
  return py::disassemble(vm, code.as<py::Code>());
}

} // namespace session
