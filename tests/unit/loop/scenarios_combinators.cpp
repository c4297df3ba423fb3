// Twins of wait, wait_for, as_completed, timeout scopes and TaskGroup.
#include "scenarios.hpp"

#include <algorithm>

namespace test {

namespace {

using StrTask = aio::Ref<aio::Task<std::string>>;

aio::task<std::string> child(double delay, std::string name, bool fail = false) {
  co_await aio::sleep(delay);
  if (fail) aio::raise(aio::make_error("ValueError", name));
  co_return name;
}

// ",".join(sorted(t.get_name() for t in tasks))
std::string names(const std::vector<StrTask>& tasks) {
  std::vector<std::string> sorted;
  for (const StrTask& t : tasks) sorted.push_back(t->name());
  std::sort(sorted.begin(), sorted.end());
  std::string text;
  for (const std::string& n : sorted) text += (text.empty() ? "" : ",") + n;
  return text;
}

aio::task<std::string> work(Lines& out, std::string name, double delay, bool swallow = false) {
  try {
    co_await aio::sleep(delay);
    out.at(name + " finished");
    co_return name;
  } catch (const aio::cancelled_error&) {
    out.at(name + " cancelled");
    if (!swallow) throw;
  }
  co_await aio::sleep(0.1);
  out.at(name + " returns anyway");
  co_return name + " anyway";
}

aio::task<void> nap(double delay) { co_await aio::sleep(delay); }

aio::task<void> raise_value(std::string message) {
  aio::raise(aio::make_error("ValueError", std::move(message)));
  co_return;
}

aio::task<void> first_timeout(aio::EventLoop& loop, Lines& out, aio::Timeout cm) {
  out.at("when=" + py_float(*cm.when()));
  co_await aio::sleep(5);
}

aio::task<void> rescheduled(aio::EventLoop& loop, Lines& out, aio::Timeout cm) {
  (void)cm.reschedule(loop.time() + 3);
  co_await aio::sleep(2);
  out.at("rescheduled, still inside");
  (void)cm.reschedule(std::nullopt);
  co_await aio::sleep(2);
  out.at("no deadline");
  (void)cm.reschedule(loop.time() - 1);
  co_await aio::sleep(1);
}

aio::task<void> nested_inner_first(aio::EventLoop& loop, Lines& out) {
  aio::Timeout inner = aio::timeout(loop, 1);
  try {
    co_await inner.run(nap(3));
  } catch (const aio::timeout_error&) {
    out.at("inner expired");
  }
  co_await aio::sleep(10);
}

aio::task<void> nested_outer_first(aio::EventLoop& loop, std::optional<aio::Timeout>& inner) {
  inner.emplace(aio::timeout(loop, 2));
  co_await inner->run(nap(3));
}

aio::task<std::string> tg_child(Lines& out, std::string name, double delay, bool fail = false) {
  try {
    co_await aio::sleep(delay);
  } catch (const aio::cancelled_error&) {
    out.at(name + " cancelled");
    throw;
  }
  if (fail) {
    out.at(name + " fails");
    aio::raise(aio::make_error("ValueError", name));
  }
  out.at(name + " done");
  co_return name;
}

// f"{type(eg).__name__}: {eg} [ValueError(d), ...]"
std::string show(const aio::exception_group& eg) {
  std::string inner;
  for (const aio::Ref<aio::Error>& e : eg.errors()) {
    inner += (inner.empty() ? "" : ", ") + e->type_name() + "(" + e->message() + ")";
  }
  return eg.get()->describe() + " [" + inner + "]";
}

aio::task<void> tg_results(Lines& out, aio::TaskGroup g, StrTask& a, StrTask& b) {
  a = g.create_task(tg_child(out, "a", 0.2)).value();
  b = g.create_task(tg_child(out, "b", 0.1)).value();
  out.at("body done");
  co_return;
}

aio::task<void> tg_interrupted(Lines& out, aio::TaskGroup g) {
  (void)g.create_task(tg_child(out, "c", 1));
  (void)g.create_task(tg_child(out, "d", 0.1, true));
  co_await aio::sleep(2);
  out.put("never");
}

aio::task<void> tg_two_failures(Lines& out, aio::TaskGroup g) {
  (void)g.create_task(tg_child(out, "e", 0.1, true));
  (void)g.create_task(tg_child(out, "f", 0.1, true));
  co_return;
}

aio::task<void> tg_body_fails(Lines& out, aio::TaskGroup g) {
  (void)g.create_task(tg_child(out, "g", 0.5));
  co_await raise_value("body");
}

aio::task<void> tg_sleeps(Lines& out, aio::TaskGroup g) {
  (void)g.create_task(tg_child(out, "h", 1));
  co_await aio::sleep(1);
}

aio::task<void> tg_in_timeout(aio::EventLoop& loop, Lines& out) {
  aio::TaskGroup g(loop);
  co_await g.run(tg_sleeps(out, g));
}

aio::task<void> tg_one_child(Lines& out, aio::TaskGroup g) {
  (void)g.create_task(tg_child(out, "i", 1));
  co_return;
}

aio::task<void> tg_parent(aio::EventLoop& loop, Lines& out) {
  aio::TaskGroup g(loop);
  co_await g.run(tg_one_child(out, g));
  out.put("never");
}

} // namespace

aio::task<void> wait_modes(aio::EventLoop& loop, Lines& out) {
  const std::pair<aio::ReturnWhen, const char*> modes[] = {
      {aio::ReturnWhen::first_completed, "FIRST_COMPLETED"},
      {aio::ReturnWhen::first_exception, "FIRST_EXCEPTION"},
      {aio::ReturnWhen::all_completed, "ALL_COMPLETED"},
  };
  for (const auto& [mode, mode_name] : modes) {
    std::vector<StrTask> ts = {loop.create_task(child(0.3, "a"), "a"),
                               loop.create_task(child(0.1, "b"), "b"),
                               loop.create_task(child(0.2, "c", true), "c")};
    auto [done, pending] = co_await aio::wait(ts, std::nullopt, mode);
    out.at(std::string(mode_name) + ": done=" + names(done) + " pending=" + names(pending));
    co_await aio::wait(ts);
    for (const StrTask& t : ts) {
      if (!t->cancelled()) (void)t->exception();
    }
  }
  std::vector<StrTask> ts = {loop.create_task(child(1, "x"), "x"),
                             loop.create_task(child(0.2, "y"), "y")};
  auto [done, pending] = co_await aio::wait(ts, 0.5);
  out.at("timeout: done=" + names(done) + " pending=" + names(pending));
  auto [done2, pending2] = co_await aio::wait(ts, 0.5);
  out.at("again: done=" + names(done2) + " pending=" + names(pending2));
  try {
    co_await aio::wait(std::vector<StrTask>{});
  } catch (const aio::error& e) {
    out.put(type_and_message(*e.get()));
  }
}

aio::task<void> wait_for(aio::EventLoop& loop, Lines& out) {
  std::string r = co_await aio::wait_for(work(out, "fast", 0.5), 1);
  out.at("got " + r);
  try {
    co_await aio::wait_for(work(out, "slow", 2), 1);
  } catch (const aio::timeout_error& e) {
    out.at("TimeoutError cause=" + e.get()->cause()->type_name());
  }
  r = co_await aio::wait_for(work(out, "swallow", 2, true), 1);
  out.at("got " + r);
  r = co_await aio::wait_for(work(out, "none", 0.5), std::nullopt);
  out.at("got " + r);
  try {
    co_await aio::wait_for(work(out, "zero", 1), 0);
  } catch (const aio::timeout_error&) {
    out.at("zero timeout");
  }
  auto fut = loop.create_future<std::string>();
  (void)fut->set_result("done already");
  r = co_await aio::wait_for(fut, 0);
  out.at("got " + r);

  auto inner = loop.create_task(work(out, "inner", 5));
  auto outer = loop.create_task(aio::wait_for(inner, 3));
  co_await aio::sleep(1);
  outer->cancel();
  co_await aio::gather(loop, aio::return_exceptions, outer);
  out.at("outer.cancelled=" + py_bool(outer->cancelled()) +
         " inner.cancelled=" + py_bool(inner->cancelled()));
}

aio::task<void> as_completed(aio::EventLoop& loop, Lines& out) {
  std::vector<StrTask> ts = {loop.create_task(child(0.3, "a")), loop.create_task(child(0.1, "b")),
                             loop.create_task(child(0.2, "c", true))};
  aio::AsCompleted<aio::Task<std::string>> first(loop, ts);
  for (std::size_t i = 0; i < first.size(); ++i) {
    try {
      std::string r = co_await first.next();
      out.at("got " + r);
    } catch (const aio::error& e) {
      out.at(type_and_message(*e.get()));
    }
  }
  ts = {loop.create_task(child(1, "x")), loop.create_task(child(0.2, "y"))};
  aio::AsCompleted<aio::Task<std::string>> second(loop, ts, 0.5);
  for (std::size_t i = 0; i < second.size(); ++i) {
    try {
      std::string r = co_await second.next();
      out.at("got " + r);
    } catch (const aio::timeout_error&) {
      out.at("TimeoutError");
    }
  }
  co_await ts[0];
  out.at("x still finished");
}

aio::task<void> timeouts(aio::EventLoop& loop, Lines& out) {
  aio::Timeout cm = aio::timeout(loop, 1);
  try {
    co_await cm.run(first_timeout(loop, out, cm));
  } catch (const aio::timeout_error& e) {
    out.at("TimeoutError expired=" + py_bool(cm.expired()) +
           " cause=" + e.get()->cause()->type_name());
  }

  cm = aio::timeout(loop, 1);
  co_await cm.run(nap(0.5));
  out.at("in time, expired=" + py_bool(cm.expired()));

  cm = aio::timeout(loop, 1);
  try {
    co_await cm.run(rescheduled(loop, out, cm));
  } catch (const aio::timeout_error&) {
    out.at("past deadline fires at once");
  }

  try {
    co_await aio::timeout(loop, 5).run(nested_inner_first(loop, out));
  } catch (const aio::timeout_error&) {
    out.at("outer expired");
  }

  aio::Timeout outer = aio::timeout(loop, 1);
  std::optional<aio::Timeout> inner;
  try {
    co_await outer.run(nested_outer_first(loop, inner));
  } catch (const aio::timeout_error&) {
    out.at("outer first: outer=" + py_bool(outer.expired()) +
           " inner=" + py_bool(inner->expired()));
  }

  try {
    co_await aio::timeout_at(loop, loop.time() + 0.25).run(nap(1));
  } catch (const aio::timeout_error&) {
    out.at("timeout_at");
  }

  cm = aio::timeout(loop, std::nullopt);
  co_await cm.run(nap(1));
  out.at(std::string("none when=") + (cm.when() ? py_float(*cm.when()) : "None"));

  try {
    co_await aio::timeout(loop, 1).run(raise_value("inside"));
  } catch (const aio::error& e) {
    out.at(e.get()->type_name() + " passes " + e.get()->message());
  }

  cm = aio::timeout(loop, 1);
  out.put("RuntimeError " + cm.reschedule(3)->message());
}

aio::task<void> taskgroup(aio::EventLoop& loop, Lines& out) {
  StrTask a, b;
  aio::TaskGroup g1(loop);
  co_await g1.run(tg_results(out, g1, a, b));
  out.at("results " + a->result().value() + " " + b->result().value());

  aio::TaskGroup g2(loop);
  try {
    co_await g2.run(tg_interrupted(out, g2));
  } catch (const aio::exception_group& eg) {
    out.at(show(eg));
  }

  aio::TaskGroup g3(loop);
  try {
    co_await g3.run(tg_two_failures(out, g3));
  } catch (const aio::exception_group& eg) {
    out.at(show(eg));
  }

  aio::TaskGroup g4(loop);
  try {
    co_await g4.run(tg_body_fails(out, g4));
  } catch (const aio::exception_group& eg) {
    out.at(show(eg));
  }

  // a timeout around a task group: expiry cancels the body and the children
  try {
    co_await aio::timeout(loop, 0.5).run(tg_in_timeout(loop, out));
  } catch (const aio::timeout_error&) {
    out.at("TimeoutError, cancelling=" + std::to_string(loop.current_task()->cancelling()));
  }

  // the parent task is cancelled while the group waits
  auto p = loop.create_task(tg_parent(loop, out));
  co_await aio::sleep(0.1);
  p->cancel();
  co_await aio::gather(loop, aio::return_exceptions, p);
  out.at("parent cancelled=" + py_bool(p->cancelled()));

  aio::TaskGroup g5(loop);
  out.put("RuntimeError " + g5.create_task(tg_child(out, "j", 1)).error()->message());
}

} // namespace test
