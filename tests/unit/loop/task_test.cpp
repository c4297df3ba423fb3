// Tasks: the Coroutine interface (as the Python binding will implement it),
// names, the registry, errors crossing task boundaries, trace events.
#include "support.hpp"

#include <catch2/catch.hpp>

#include <memory>
#include <stdexcept>

namespace {

// A coroutine written by hand, as the interpreter's frames will be: yields
// once, awaits a future, returns its value + 1. It reads the awaited result
// from the future itself, as Future.__await__ does.
class Scripted final : public aio::CoroutineOf<int> {
public:
  Scripted(aio::Ref<aio::Future<int>> fut, std::vector<std::string>& log)
      : fut_(std::move(fut)), log_(log) {}

  aio::Step resume(aio::Error* thrown) override {
    if (thrown) {
      log_.push_back("thrown " + thrown->describe());
      return aio::Step::raise(aio::Ref<aio::Error>(thrown));
    }
    switch (state_++) {
    case 0: log_.push_back("yield"); return aio::Step::yield();
    case 1: log_.push_back("await"); return aio::Step::await(*fut_);
    default: {
      aio::Outcome<int> r = fut_->result();
      if (!r.ok()) return aio::Step::raise(r.error());
      result_ = r.value() + 1;
      log_.push_back("return");
      return aio::Step::returned();
    }
    }
  }
  int take_result() override { return result_; }
  void close() noexcept override { log_.push_back("close"); }
  std::string name() const override { return "scripted"; }

private:
  aio::Ref<aio::Future<int>> fut_;
  std::vector<std::string>& log_;
  int state_ = 0;
  int result_ = 0;
};

aio::task<int> await_it(aio::Ref<aio::Task<int>> t) { co_return co_await t; }

aio::task<void> throws_runtime_error() {
  throw std::runtime_error("plain C++");
  co_return;
}

aio::task<void> awaits_foreign(aio::EventLoop& loop, std::string& caught) {
  try {
    co_await loop.create_task(throws_runtime_error());
  } catch (const std::runtime_error& e) {
    caught = e.what();
  }
}

aio::task<void> nap(double delay) { co_await aio::sleep(delay); }

aio::task<void> awaits_itself(aio::EventLoop& loop, std::string& message) {
  aio::TaskBase& self = *loop.current_task();
  try {
    co_await aio::Ref<aio::Task<void>>(&static_cast<aio::Task<void>&>(self.future()));
  } catch (const aio::error& e) {
    message = e.get()->message();
  }
}

} // namespace

TEST_CASE("a Task drives a hand-written Coroutine", "[task][coroutine]") {
  test::VirtualLoop v;
  std::vector<std::string> log;
  auto fut = v.loop.create_future<int>();
  Scripted coro(fut, log);
  auto t = aio::make_ref<aio::Task<int>>(v.loop, coro);
  CHECK(t->coroutine().name() == "scripted");

  SECTION("send None, await a future, return") {
    v.loop.call_later(1, [fut] { (void)fut->set_result(41); });
    CHECK(v.loop.run_until_complete(await_it(t)) == 42);
    CHECK(log == std::vector<std::string>{"yield", "await", "return"});
  }
  SECTION("cancelled while awaiting: the future is cancelled and the error thrown in") {
    v.loop.call_later(1, [t] { t->cancel("stop"); });
    CHECK_THROWS_AS(v.loop.run_until_complete(await_it(t)), aio::cancelled_error);
    CHECK(fut->cancelled());
    CHECK(t->cancelled());
    CHECK(log == std::vector<std::string>{"yield", "await", "thrown CancelledError: stop"});
  }
}

TEST_CASE("a pending task's coroutine is closed when its loop goes", "[task][coroutine]") {
  std::vector<std::string> log;
  {
    // The coroutine must outlive its task, which goes with the loop.
    std::unique_ptr<Scripted> coro;
    test::VirtualLoop v;
    coro = std::make_unique<Scripted>(v.loop.create_future<int>(), log);
    aio::make_ref<aio::Task<int>>(v.loop, *coro);
    v.loop.call_later(1, [&] { v.loop.stop(); });
    CHECK_FALSE(v.loop.run_forever());
  }
  CHECK(log == std::vector<std::string>{"yield", "await", "close"});
}

TEST_CASE("task names come from a counter a binding can share across loops", "[task]") {
  aio::Ref<aio::TaskCounter> counter = aio::make_ref<aio::TaskCounter>();
  aio::LoopOptions options(aio::Clock::virtual_time());
  options.task_counter = counter;
  aio::EventLoop one(options), two(options);
  auto a = one.create_task(nap(0));
  auto b = two.create_task(nap(0));
  auto c = one.create_task(nap(0), "custom");
  auto d = one.create_task(nap(0));
  CHECK(a->name() == "Task-1");
  CHECK(b->name() == "Task-2");
  CHECK(c->name() == "custom");
  CHECK(d->name() == "Task-3");
  CHECK(a->id() != d->id());
  CHECK(one.all_tasks().size() == 3);
  CHECK(one.current_task() == nullptr);
  one.run_until_complete(nap(1));
  two.run_until_complete(nap(1));
  CHECK(one.all_tasks().empty());
}

TEST_CASE("errors keep their identity across tasks", "[task][errors]") {
  test::VirtualLoop v;
  SECTION("a plain C++ exception is rethrown as itself where the task is awaited") {
    std::string caught;
    v.loop.run_until_complete(awaits_foreign(v.loop, caught));
    CHECK(caught == "plain C++");
  }
  SECTION("a task awaiting itself gets RuntimeError thrown in") {
    std::string message;
    v.loop.run_until_complete(awaits_itself(v.loop, message));
    CHECK(message.rfind("Task cannot await on itself", 0) == 0);
  }
  SECTION("each kind maps to its exception class and back") {
    auto e = v.loop.make_error(aio::ErrorType::timeout);
    try {
      aio::raise(e);
    } catch (const aio::timeout_error& x) {
      CHECK(x.get() == e);
      CHECK(aio::to_error(std::current_exception()) == e);
    }
    CHECK_THROWS_AS(aio::raise(v.loop.make_error(aio::ErrorType::cancelled)), aio::cancelled_error);
    CHECK_THROWS_AS(aio::raise(v.loop.make_error(aio::ErrorType::invalid_state)),
                    aio::invalid_state_error);
    CHECK_THROWS_AS(aio::raise(v.loop.errors().make_group("g", {e})), aio::exception_group);
  }
}

namespace {

// Records the trace events as text.
class Recorder final : public aio::TraceObserver {
public:
  std::vector<std::string> events;
  void task_created(const aio::TaskBase& t, const aio::TaskBase* parent) override {
    events.push_back("created " + t.name() + (parent ? " by " + parent->name() : ""));
  }
  void step_started(const aio::TaskBase& t) override { events.push_back("step " + t.name()); }
  void task_suspended(const aio::TaskBase& t, const aio::Wait& on) override {
    std::string what = aio::to_string(on.kind);
    if (on.kind == aio::WaitKind::sleep) what += " until " + test::py_float(on.until);
    if (on.task) what += " " + on.task->name();
    events.push_back(t.name() + " waits on " + what);
  }
  void task_done(const aio::TaskBase& t) override { events.push_back("done " + t.name()); }
  void timer_fired(std::uint64_t, double when) override {
    events.push_back("timer " + test::py_float(when));
  }
  void loop_blocked(double until) override {
    events.push_back("blocked until " + test::py_float(until));
  }
};

aio::task<void> traced(aio::EventLoop& loop) {
  auto child = loop.create_task(nap(0.5));
  co_await aio::sleep(0);
  co_await child;
  aio::Lock lock(loop);
  co_await lock.acquire();
  co_await aio::blocking_sleep(1);
}

} // namespace

TEST_CASE("trace hooks say what each task does", "[trace]") {
  Recorder recorder;
  aio::LoopOptions options(aio::Clock::virtual_time());
  options.observer = &recorder;
  aio::EventLoop loop(options);
  loop.run_until_complete(traced(loop));
  CHECK(recorder.events == std::vector<std::string>{
                               "created Task-1",
                               "step Task-1",
                               "created Task-2 by Task-1",
                               "Task-1 waits on yield",
                               "step Task-2",
                               "Task-2 waits on sleep until 0.5",
                               "step Task-1",
                               "Task-1 waits on task Task-2",
                               "timer 0.5",
                               "step Task-2",
                               "done Task-2",
                               "step Task-1",
                               "blocked until 1.5",
                               "done Task-1",
                           });
}
