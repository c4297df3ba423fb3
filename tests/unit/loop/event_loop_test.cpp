// The loop itself: running and stopping, the timer heap's clean-up, clocks,
// pump(), deadlocks, the exception handler. (Orders CPython defines are
// checked by the twins, twins_test.cpp.)
#include "support.hpp"

#include <catch2/catch.hpp>

#include <chrono>

using namespace std::chrono_literals;

namespace {

aio::task<void> nap(double delay) { co_await aio::sleep(delay); }

aio::task<int> forty_two() { co_return 42; }

} // namespace

TEST_CASE("run_until_complete returns the result; the loop stops one iteration later", "[loop]") {
  test::VirtualLoop v;
  int ran = 0;
  // A callback queued behind the task's last step still runs in that
  // iteration; the stop comes in the next one.
  v.loop.call_soon([&] { v.loop.call_soon([&] { ++ran; }); });
  CHECK(v.loop.run_until_complete(forty_two()) == 42);
  CHECK(ran == 1);
  CHECK_FALSE(v.loop.is_running());
}

TEST_CASE("stop before run_forever runs exactly one iteration", "[loop]") {
  test::VirtualLoop v;
  int first = 0, second = 0;
  v.loop.call_soon([&] {
    ++first;
    v.loop.call_soon([&] { ++second; });
  });
  v.loop.stop();
  CHECK_FALSE(v.loop.run_forever());
  CHECK(first == 1);
  CHECK(second == 0);
  v.loop.stop();
  CHECK_FALSE(v.loop.run_forever());
  CHECK(second == 1);
}

TEST_CASE("run_until_done reports what stopped the loop early", "[loop]") {
  test::VirtualLoop v;
  auto never = v.loop.create_future();
  SECTION("stop() before the future is done") {
    v.loop.call_soon([&] { v.loop.stop(); });
    v.loop.call_later(1, [] {}); // something pending, so no deadlock
    aio::Ref<aio::Error> e = v.loop.run_until_done(*never);
    REQUIRE(e);
    CHECK(e->describe() == "RuntimeError: Event loop stopped before Future completed.");
  }
  SECTION("nothing ready, no timer: a deadlock, never a hang") {
    aio::Ref<aio::Error> e = v.loop.run_until_done(*never);
    REQUIRE(e);
    CHECK(e->type_name() == "Deadlock");
  }
  SECTION("host I/O outstanding: not a deadlock, but run_until_done cannot wait for it") {
    v.loop.io_begin();
    aio::Ref<aio::Error> e = v.loop.run_until_done(*never);
    REQUIRE(e);
    CHECK(e->type_name() == "RuntimeError");
    v.loop.io_end();
  }
  SECTION("a running loop cannot be run again") {
    aio::Ref<aio::Error> inner;
    v.loop.call_soon([&] { inner = v.loop.run_forever(); });
    v.loop.call_later(0.1, [&] { (void)never->set_result(); });
    CHECK_FALSE(v.loop.run_until_done(*never));
    REQUIRE(inner);
    CHECK(inner->message() == "This event loop is already running");
  }
  SECTION("a closed loop") {
    CHECK_FALSE(v.loop.close());
    aio::Ref<aio::Error> e = v.loop.run_until_done(*never);
    REQUIRE(e);
    CHECK(e->message() == "Event loop is closed");
  }
}

TEST_CASE("the virtual clock jumps to deadlines; blocking sleeps add to it", "[clock]") {
  test::VirtualLoop v;
  CHECK(v.loop.time() == 0.0);
  v.loop.run_until_complete(nap(0.1));
  CHECK(v.loop.time() == 0.1);
  v.loop.run_until_complete(nap(0.2));
  CHECK(v.loop.time() == 0.1 + 0.2); // double arithmetic: 0.30000000000000004
  CHECK(v.loop.block(0.5) == aio::Block::done);
  CHECK(v.loop.time() == 0.1 + 0.2 + 0.5);
}

TEST_CASE("the real clock sleeps, scaled by its speed", "[clock]") {
  aio::EventLoop loop(aio::Clock::real_time(20.0));
  auto start = std::chrono::steady_clock::now();
  loop.run_until_complete(nap(0.2));
  auto elapsed = std::chrono::steady_clock::now() - start;
  CHECK(loop.time() >= 0.2);
  CHECK(elapsed >= 10ms);
  CHECK(elapsed < 200ms);
}

TEST_CASE("pump runs what is due and says what the loop waits for", "[pump]") {
  test::HostLoop h;
  aio::EventLoop& loop = h.loop;
  std::vector<int> ran;
  for (int i = 0; i < 3; ++i) loop.call_soon([&ran, i] { ran.push_back(i); });
  loop.call_later(2, [&ran] { ran.push_back(10); });

  SECTION("a slice of 0 runs one callback per pump") {
    CHECK(loop.pump(0).next == aio::Next::ready);
    CHECK(ran == std::vector<int>{0});
    CHECK(loop.pump(0).next == aio::Next::ready);
    CHECK(loop.pump(0).next == aio::Next::ready);
    CHECK(ran == std::vector<int>{0, 1, 2});
  }
  SECTION("a long slice runs everything due, then waits for the next deadline") {
    aio::PumpResult r = loop.pump(1);
    CHECK(ran == std::vector<int>{0, 1, 2});
    CHECK(r.next == aio::Next::at);
    CHECK(r.when == 2.0);
    CHECK(loop.pump(1).next == aio::Next::at); // the host's time has not come
    loop.set_time(2.0);
    r = loop.pump(1);
    CHECK(ran == std::vector<int>{0, 1, 2, 10});
    CHECK(r.next == aio::Next::idle);
    loop.io_begin();
    CHECK(loop.pump(1).next == aio::Next::io);
    loop.io_end();
  }
  SECTION("stop() ends the pump") {
    loop.call_soon([&] { loop.stop(); });
    CHECK(loop.pump(1).next == aio::Next::stopped);
    CHECK(loop.pump(1).next == aio::Next::at);
  }
}

TEST_CASE("a blocking call in a pumped loop pauses it until the host comes back", "[pump]") {
  test::HostLoop h;
  aio::EventLoop& loop = h.loop;
  std::vector<std::string> log;
  auto blocker = [&]() -> aio::task<void> {
    log.push_back("before");
    co_await aio::blocking_sleep(1.5);
    log.push_back("after at " + test::py_float(loop.time()));
  };
  auto t = loop.create_task(blocker());
  loop.call_soon([&] { log.push_back("queued callback"); });
  aio::PumpResult r = loop.pump(1);
  CHECK(r.next == aio::Next::blocked);
  CHECK(r.when == 1.5);
  CHECK(log == std::vector<std::string>{"before"});
  CHECK(loop.pump(1).next == aio::Next::blocked);
  loop.set_time(1.5);
  loop.pump(1);
  // The paused step resumes first, then the rest of its iteration.
  CHECK(log == std::vector<std::string>{"before", "after at 1.5", "queued callback"});
  CHECK(t->done());
}

TEST_CASE("timers: cancelled ones are dropped from the heap's head, or all at once when most are",
          "[timers]") {
  test::VirtualLoop v;
  auto make = [&](int n, double first) {
    std::vector<aio::Ref<aio::TimerHandle>> hs;
    for (int i = 0; i < n; ++i) hs.push_back(v.loop.call_at(first + i, [] {}));
    return hs;
  };
  SECTION("few cancelled: only the head is cleaned") {
    auto hs = make(10, 1);
    hs[5]->cancel();
    hs[0]->cancel();
    v.loop.call_soon([] {});
    CHECK_FALSE(v.loop.run_once());
    CHECK(hs[0]->ref_count() == 1); // popped from the head
    CHECK(hs[5]->ref_count() == 2); // still in the heap
  }
  SECTION("more than half of more than 100 cancelled: the heap is rebuilt without them") {
    auto hs = make(200, 1);
    for (int i = 50; i < 200; ++i) hs[i]->cancel();
    v.loop.call_soon([] {});
    CHECK_FALSE(v.loop.run_once());
    CHECK(hs[150]->ref_count() == 1);
    CHECK(hs[10]->ref_count() == 2);
  }
}

TEST_CASE("the default exception handler writes to the log", "[errors]") {
  std::string log;
  aio::LoopOptions options(aio::Clock::virtual_time());
  options.log = [&log](std::string_view text) { log += text; };
  {
    aio::EventLoop loop(options);
    loop.call_soon([] { return aio::make_error("ValueError", "oops"); });
    loop.call_soon([&] { loop.stop(); });
    CHECK_FALSE(loop.run_forever());
    CHECK(log == "Exception in callback <callback>\nhandle: <callback>\nValueError: oops\n");
    log.clear();
    // A task still pending when its loop goes: reported as CPython's GC would.
    auto blocked = [](aio::EventLoop& loop) -> aio::task<void> { co_await loop.create_future(); };
    loop.create_task(blocked(loop));
    loop.call_soon([&] { loop.stop(); });
    CHECK_FALSE(loop.run_forever());
  }
  CHECK(log == "Task was destroyed but it is pending!\ntask: <Task pending name='Task-1'>\n");
}

TEST_CASE("an exit error (SystemExit) stops the loop and reaches the caller", "[errors]") {
  test::VirtualLoop v;
  int after = 0;
  auto exits = []() -> aio::task<int> {
    aio::raise(aio::make_error("SystemExit", "2", aio::ErrorKind::exit));
    co_return 0;
  };
  auto t = v.loop.create_task(exits());
  v.loop.call_soon([&] { ++after; });
  aio::Ref<aio::Error> e = v.loop.run_until_done(*t);
  REQUIRE(e);
  CHECK(e->kind() == aio::ErrorKind::exit);
  CHECK(after == 0); // the rest of the iteration waits for the next run
  CHECK(t->done());
  CHECK_THROWS_AS(v.loop.run_until_complete(exits()), aio::exit_error);
  CHECK(after == 1);
}
