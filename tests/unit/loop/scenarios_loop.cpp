// Twins of the loop itself: ready queue, timers, clock, callbacks, errors.
#include "scenarios.hpp"

namespace test {

namespace {

// ready_fifo.py's cb(name, depth).
void fifo_callback(aio::EventLoop& loop, Lines& out, std::string name, int depth) {
  out.at(name);
  if (depth) {
    loop.call_soon([&loop, &out, name, depth] { fifo_callback(loop, out, name + "'", depth - 1); });
  }
}

aio::task<std::string> ticker(Lines& out, std::string name, double delay, int n) {
  for (int i = 0; i < n; ++i) {
    co_await aio::sleep(delay);
    out.at(name + " " + std::to_string(i));
  }
  co_return name;
}

aio::task<void> worker(Lines& out, std::string name, int n) {
  for (int i = 0; i < n; ++i) {
    out.put(name + " " + std::to_string(i));
    co_await aio::sleep(0);
  }
  out.put(name + " done");
}

aio::task<void> nap(double delay) { co_await aio::sleep(delay); }

aio::task<void> three_ticks(aio::EventLoop& loop, Lines& out) {
  for (int i = 0; i < 3; ++i) {
    co_await aio::sleep(0.3);
    out.at("tick " + std::to_string(i));
  }
}

aio::task<int> boom() {
  aio::raise(aio::make_error("ValueError", "boom"));
  co_return 0;
}

aio::task<void> stuck(Lines& out, aio::Ref<aio::Future<void>> fut) {
  try {
    co_await fut;
  } catch (...) {
    out.at("stuck cleans up");
    throw;
  }
  out.at("stuck cleans up");
}

} // namespace

std::string type_and_message(const aio::Error& e) { return e.type_name() + " " + e.message(); }

aio::task<void> ready_fifo(aio::EventLoop& loop, Lines& out) {
  for (const char* name : {"A", "B", "C"}) {
    loop.call_soon([&loop, &out, name] { fifo_callback(loop, out, name, 2); });
  }
  loop.call_soon([&loop, &out] { fifo_callback(loop, out, "X", 0); })->cancel();
  co_await aio::sleep(0);
  out.at("main after sleep(0)");
  co_await aio::sleep(0);
  out.at("main after 2nd sleep(0)");
  co_await aio::sleep(0.1);
  out.at("main done");
}

aio::task<void> timers_fifo(aio::EventLoop& loop, Lines& out) {
  double t0 = loop.time();
  auto cb = [&out](std::string name) { return [&out, name] { out.at(name); }; };
  loop.call_later(0.2, cb("late"));
  for (const char* name : {"A", "B", "C"}) loop.call_later(0.1, cb(name));
  loop.call_at(t0 + 0.1, cb("D"));
  loop.call_later(0.1, cb("cancelled"))->cancel();
  loop.call_later(0.05, cb("early"));
  loop.call_soon(cb("soon"));
  loop.call_later(0, cb("zero"));
  loop.call_later(-1, cb("negative"));
  aio::Ref<aio::TimerHandle> h = loop.call_later(0.15, cb("never"));
  loop.call_later(0.12, [h] { h->cancel(); });
  co_await aio::sleep(0.3);
  out.at("main done");
}

aio::task<void> sleep_clock(aio::EventLoop& loop, Lines& out) {
  auto [a, b, c, d] = co_await aio::gather(loop, ticker(out, "a", 0.1, 5), ticker(out, "b", 0.3, 2),
                                           ticker(out, "c", 1.0 / 3, 3), ticker(out, "d", 1e-5, 2));
  out.at("gathered " + a + " " + b + " " + c + " " + d);
}

aio::task<void> sleep0_interleave(aio::EventLoop& loop, Lines& out) {
  auto a = loop.create_task(worker(out, "A", 3));
  auto b = loop.create_task(worker(out, "B", 2));
  out.put("main created");
  co_await aio::sleep(0);
  out.put("main resumed");
  auto c = loop.create_task(worker(out, "C", 1));
  co_await a;
  out.put("main after a");
  co_await b;
  co_await c;
  out.put("main done");
}

aio::task<void> done_callbacks(aio::EventLoop& loop, Lines& out) {
  auto fut = loop.create_future<int>();
  auto cb = [&out](std::string name) {
    return [&out, name](aio::FutureBase& f) {
      out.put(name + " sees " + std::to_string(static_cast<aio::Future<int>&>(f).result().value()));
    };
  };
  fut->add_done_callback(cb("first"));
  aio::Ref<aio::Callback> second = fut->add_done_callback(cb("second"));
  fut->add_done_callback(cb("third"));
  out.put("removed " + std::to_string(fut->remove_done_callback(*second)));
  fut->add_done_callback(cb("fourth"));
  loop.call_soon([&out] { out.put("soon before"); });
  (void)fut->set_result(42);
  out.put("set_result returned");
  loop.call_soon([&out] { out.put("soon after"); });
  fut->add_done_callback(cb("late"));
  co_await aio::sleep(0);
  out.put("main after one iteration");
  co_await aio::sleep(0);
  out.put("main done");
}

aio::task<void> future_api(aio::EventLoop& loop, Lines& out) {
  auto fut = loop.create_future<int>();
  out.put(fut->result().error()->describe());
  out.put(fut->exception().error()->describe());
  (void)fut->set_result(1);
  aio::Ref<aio::Error> again = fut->set_result(2);
  out.put(again->type_name() + ": " + again->message());
  out.put("done=" + py_bool(fut->done()) + " cancelled=" + py_bool(fut->cancelled()) +
          " cancel=" + py_bool(fut->cancel()));

  fut = loop.create_future<int>();
  (void)fut->set_exception(aio::make_error("ValueError", "bad"));
  out.put("exception: " + type_and_message(*fut->exception().value()));
  out.put("result raised " + fut->result().error()->message());

  fut = loop.create_future<int>();
  bool first = fut->cancel("msg");
  out.put("cancel=" + py_bool(first) + " again=" + py_bool(fut->cancel()));
  out.put(type_and_message(*fut->result().error()));
  out.put(type_and_message(*fut->exception().error()));

  aio::TaskBase& task = *loop.current_task();
  auto& main = static_cast<aio::Task<void>&>(task.future());
  out.put("RuntimeError " + main.set_result()->message());
  out.put("RuntimeError " + main.set_exception(aio::make_error("ValueError", ""))->message());
  // asyncio.create_task(coro, name=...) names the task after taking a number.
  auto a = loop.create_task(nap(0));
  auto b = loop.create_task(nap(0));
  b->set_name("named");
  auto c = loop.create_task(nap(0));
  c->set_name("renamed");
  auto d = loop.create_task(nap(0));
  out.put(task.name() + " " + a->name() + " " + b->name() + " " + c->name() + " " + d->name());
  out.put("all_tasks=" + std::to_string(loop.all_tasks().size()) +
          " current is main: " + py_bool(loop.current_task() == &task));
  co_await aio::sleep(0);
  co_await aio::sleep(0);
  out.put("all_tasks=" + std::to_string(loop.all_tasks().size()) + " a.done=" + py_bool(a->done()) +
          " result=None");
}

aio::task<void> exception_handler(aio::EventLoop& loop, Lines& out) {
  loop.set_exception_handler([&out](aio::EventLoop&, const aio::ExceptionContext& c) {
    std::string message = c.message;
    if (message.rfind("Exception in callback", 0) == 0) message = "Exception in callback";
    out.at("handler: " + message + " (" + c.exception->type_name() + ": " + c.exception->message() +
           ")");
  });
  loop.create_task(boom());
  co_await aio::sleep(0.1);
  out.at("after the task");
  loop.call_later(0.1, [] { return aio::make_error("RuntimeError", "bad callback"); });
  loop.call_later(0.1, [&out] { out.put("next callback"); });
  co_await aio::sleep(0.2);
  out.at("done");
}

aio::task<void> deadlock(aio::EventLoop& loop, Lines& out) {
  auto t = loop.create_task(stuck(out, loop.create_future()));
  co_await aio::sleep(1);
  out.at("main waits on an event nobody sets");
  aio::Event never(loop);
  co_await never.wait();
}

aio::task<void> blocking_sleep(aio::EventLoop& loop, Lines& out) {
  auto t = loop.create_task(three_ticks(loop, out));
  loop.call_soon([&out] { out.put("a callback queued before the block"); });
  co_await aio::sleep(0);
  out.at("main blocks");
  co_await aio::blocking_sleep(1);
  out.at("main slept 1 blocking");
  co_await aio::blocking_sleep(0.25);
  co_await t;
  out.at("done");
}

} // namespace test
