#include "support.hpp"

#include <catch2/catch.hpp>

#include <cmath>
#include <cstdio>
#include <cstdlib>

namespace test {

namespace {

struct Entry {
  const char* name;
  const char* stdout_text;
  const char* stderr_text;
  int exit_status;
};

const Entry twins[] = {
#include "twins.inc"
};

} // namespace

Twin twin(std::string_view name) {
  for (const Entry& e : twins) {
    if (name == e.name) return {e.stdout_text, e.stderr_text, e.exit_status};
  }
  FAIL("no twin named " << name << " (run twins/regen.sh)");
  return {};
}

std::string py_float(double x) {
  if (std::isnan(x)) return "nan";
  if (std::isinf(x)) return x < 0 ? "-inf" : "inf";
  // The shortest digits that read back as x (repr's 'r' mode).
  char buf[40];
  for (int precision = 1; precision <= 17; ++precision) {
    std::snprintf(buf, sizeof buf, "%.*e", precision - 1, x);
    if (std::strtod(buf, nullptr) == x) break;
  }
  std::string text = buf;
  std::string sign;
  if (text[0] == '-') {
    sign = "-";
    text.erase(0, 1);
  }
  std::size_t e = text.find('e');
  int exponent = std::atoi(text.c_str() + e + 1);
  std::string digits = text.substr(0, e);
  if (digits.size() > 1) digits.erase(1, 1); // the '.'
  while (digits.size() > 1 && digits.back() == '0') digits.pop_back();
  int n = static_cast<int>(digits.size());
  if (exponent < -4 || exponent >= 16) {
    std::string mantissa = digits.substr(0, 1);
    if (n > 1) mantissa.append(".").append(digits, 1);
    std::snprintf(buf, sizeof buf, "e%c%02d", exponent < 0 ? '-' : '+', std::abs(exponent));
    return sign + mantissa + buf;
  }
  if (exponent < 0) return sign + "0." + std::string(-exponent - 1, '0') + digits;
  if (n <= exponent + 1) return sign + digits + std::string(exponent + 1 - n, '0') + ".0";
  return sign + digits.substr(0, exponent + 1) + "." + digits.substr(exponent + 1);
}

void Lines::at(std::string_view text) {
  text_ += "t=" + py_float(loop_->time()) + " ";
  put(text);
}

void Lines::put(std::string_view text) {
  text_ += text;
  text_ += '\n';
}

namespace {

// An exception handler that records the messages.
aio::ExceptionHandler recorder(std::vector<std::string>& reports) {
  return
      [&reports](aio::EventLoop&, const aio::ExceptionContext& c) { reports.push_back(c.message); };
}

} // namespace

VirtualLoop::VirtualLoop() : loop(aio::LoopOptions(aio::Clock::virtual_time())) {
  loop.set_exception_handler(recorder(reports));
}

HostLoop::HostLoop() : loop(aio::LoopOptions(aio::Clock::host_time())) {
  loop.set_exception_handler(recorder(reports));
}

aio::Ref<aio::Error> run_main(aio::EventLoop& loop, aio::task<void> main) {
  aio::Ref<aio::Task<void>> t = loop.create_task(std::move(main));
  aio::Ref<aio::Error> failed = loop.run_until_done(*t);
  aio::Ref<aio::Error> shutdown_failed = aio::shutdown(loop);
  return failed ? failed : shutdown_failed;
}

aio::Ref<aio::Error> pump_until_done(aio::EventLoop& loop, aio::FutureBase& future, double slice) {
  if (aio::Ref<aio::Error> e = loop.begin_run_until(future)) return e;
  for (;;) {
    aio::PumpResult r = loop.pump(slice);
    if (r.next == aio::Next::at || r.next == aio::Next::blocked) loop.set_time(r.when);
    if (r.next == aio::Next::stopped) return loop.end_run_until(future, r.error);
    if (r.next == aio::Next::idle) {
      // Nothing left to run and the future is not done: run_once reports the deadlock.
      return loop.end_run_until(future, loop.run_once());
    }
  }
}

aio::Ref<aio::Error> run_pumped(aio::EventLoop& loop, aio::task<void> main, double slice) {
  aio::Ref<aio::Task<void>> t = loop.create_task(std::move(main));
  auto run = [slice](aio::EventLoop& l, aio::FutureBase& f) {
    return pump_until_done(l, f, slice);
  };
  aio::Ref<aio::Error> failed = run(loop, *t);
  aio::Ref<aio::Error> shutdown_failed = aio::shutdown(loop, run);
  return failed ? failed : shutdown_failed;
}

std::string py_list(const std::vector<std::string>& items) {
  std::string text = "[";
  for (const std::string& item : items) text += (text.size() > 1 ? ", '" : "'") + item + "'";
  return text + "]";
}

std::string py_list(const std::vector<int>& items) {
  std::string text = "[";
  for (int item : items) text += (text.size() > 1 ? ", " : "") + std::to_string(item);
  return text + "]";
}

} // namespace test
