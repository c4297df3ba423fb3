// Twins of tasks: cancellation, gather, shield.
#include "scenarios.hpp"

namespace test {

namespace {

aio::task<void> sleeper(Lines& out, std::string name, double delay) {
  try {
    co_await aio::sleep(delay);
    out.at(name + " slept");
  } catch (const aio::cancelled_error& e) {
    out.at(name + " cancelled " + e.get()->message());
    throw;
  }
}

template <class F>
aio::task<void> waits_on(Lines& out, std::string name, aio::Ref<F> awaitable) {
  try {
    co_await awaitable;
  } catch (const aio::cancelled_error& e) {
    out.at(name + " cancelled " + e.get()->message());
    throw;
  }
}

aio::task<std::string> stubborn(aio::EventLoop& loop, Lines& out) {
  try {
    co_await aio::sleep(1);
  } catch (const aio::cancelled_error&) {
    out.at("stubborn ignores it, cancelling=" + std::to_string(loop.current_task()->cancelling()));
  }
  co_await aio::sleep(1);
  out.at("stubborn done");
  co_return "stubborn";
}

aio::task<void> self_cancel(aio::EventLoop& loop, Lines& out) {
  loop.current_task()->cancel("me");
  out.put("self_cancel still runs");
  co_await aio::sleep(1);
  out.put("never");
}

aio::task<std::string> child(Lines& out, std::string name, double delay, bool fail = false) {
  co_await aio::sleep(delay);
  if (fail) {
    out.at(name + " fails");
    aio::raise(aio::make_error("ValueError", name));
  }
  out.at(name + " done");
  co_return name;
}

aio::task<void> cancellable(Lines& out, std::string name, double delay) {
  try {
    co_await aio::sleep(delay);
    out.at(name + " done");
  } catch (const aio::cancelled_error&) {
    out.at(name + " cancelled");
    throw;
  }
}

aio::task<std::string> work(Lines& out, std::string name, double delay) {
  co_await aio::sleep(delay);
  out.at(name + " finished");
  co_return name;
}

aio::task<void> shield_waiter(Lines& out, std::string name, aio::Ref<aio::Task<std::string>> aw) {
  try {
    std::string r = co_await aio::shield(aw);
    out.at(name + " got " + r);
  } catch (const aio::cancelled_error&) {
    out.at(name + " cancelled");
    throw;
  }
}

// How gather(return_exceptions=True) results print: f"{type(r).__name__} {r!s}".
std::string show(aio::Outcome<std::string>& r) {
  return r.ok() ? "str " + r.value() : type_and_message(*r.error());
}

} // namespace

aio::task<void> cancel_paths(aio::EventLoop& loop, Lines& out) {
  // on a future
  auto fut = loop.create_future();
  auto t = loop.create_task(waits_on(out, "on-future", fut));
  co_await aio::sleep(0);
  bool cancelled = t->cancel("why");
  out.put("cancel -> " + py_bool(cancelled) + " fut.cancelled=" + py_bool(fut->cancelled()));
  co_await aio::gather(loop, aio::return_exceptions, t);
  out.put("t.cancelled=" + py_bool(t->cancelled()));

  // on a task: the cancellation goes to the inner task
  auto inner = loop.create_task(sleeper(out, "inner", 1));
  auto outer = loop.create_task(waits_on(out, "outer", inner));
  co_await aio::sleep(0.1);
  outer->cancel();
  co_await aio::gather(loop, aio::return_exceptions, outer);
  out.put("inner.cancelled=" + py_bool(inner->cancelled()) +
          " outer.cancelled=" + py_bool(outer->cancelled()));

  // before the first step: the coroutine never runs
  t = loop.create_task(sleeper(out, "early", 1));
  cancelled = t->cancel();
  out.put("cancel -> " + py_bool(cancelled) + " cancelling=" + std::to_string(t->cancelling()));
  cancelled = t->cancel();
  out.put("cancel again -> " + py_bool(cancelled) +
          " cancelling=" + std::to_string(t->cancelling()));
  out.put("uncancel -> " + std::to_string(t->uncancel()));
  co_await aio::gather(loop, aio::return_exceptions, t);
  out.put("early.cancelled=" + py_bool(t->cancelled()) + " cancel when done -> " +
          py_bool(t->cancel()));

  // a task that swallows the cancellation goes on
  auto s = loop.create_task(stubborn(loop, out));
  co_await aio::sleep(0.5);
  s->cancel();
  std::string result = co_await s;
  out.at("stubborn result " + result + " cancelled=" + py_bool(s->cancelled()));

  // cancelled while its wakeup is already scheduled (the future is done)
  auto fut2 = loop.create_future<int>();
  t = loop.create_task(waits_on(out, "woken", fut2));
  co_await aio::sleep(0);
  (void)fut2->set_result(1);
  out.put("cancel after set_result -> " + py_bool(t->cancel("late")));
  co_await aio::gather(loop, aio::return_exceptions, t);
  out.put("woken.cancelled=" + py_bool(t->cancelled()));

  // a task cancelling itself
  t = loop.create_task(self_cancel(loop, out));
  auto [self] = co_await aio::gather(loop, aio::return_exceptions, t);
  out.at("self_cancel -> " + type_and_message(*self.error()));

  // awaiting a cancelled task raises CancelledError with its message
  t = loop.create_task(sleeper(out, "msg", 1));
  co_await aio::sleep(0);
  t->cancel("with message");
  try {
    co_await t;
  } catch (const aio::cancelled_error& e) {
    out.at("awaiting it raised " + e.get()->message());
  }
}

aio::task<void> gather_order(aio::EventLoop& loop, Lines& out) {
  auto [a, b, c] =
      co_await aio::gather(loop, child(out, "a", 0.3), child(out, "b", 0.1), child(out, "c", 0.2));
  out.at("results " + py_list({a, b, c}));

  auto fut = loop.create_future<std::string>();
  loop.call_later(0.1, [fut] { (void)fut->set_result("f"); });
  auto [x, y, z] = co_await aio::gather(loop, fut, child(out, "d", 0.05), fut);
  out.at("duplicates " + py_list({x, y, z}));

  try {
    co_await aio::gather(loop, child(out, "e", 0.3), child(out, "f", 0.1, true),
                         child(out, "g", 0.2, true));
  } catch (const aio::error& e) {
    out.at("caught " + type_and_message(*e.get()));
  }
  co_await aio::sleep(0.5);

  auto cancelled = loop.create_task(child(out, "h", 1.0));
  loop.call_later(0.1, [cancelled] { cancelled->cancel(); });
  auto [i, j, h] = co_await aio::gather(loop, aio::return_exceptions, child(out, "i", 0.2),
                                        child(out, "j", 0.1, true), cancelled);
  for (aio::Outcome<std::string>* r : {&i, &j, &h}) out.at(show(*r));
  auto empty = co_await aio::gather(loop, std::vector<aio::Ref<aio::Future<int>>>{});
  out.at("empty " + py_list(empty));
}

aio::task<void> gather_cancel(aio::EventLoop& loop, Lines& out) {
  auto g = aio::gather(loop, cancellable(out, "a", 1), cancellable(out, "b", 2));
  loop.call_later(0.5, [g] { g->cancel(); });
  try {
    co_await g;
  } catch (const aio::cancelled_error&) {
    out.at("gather cancelled " + py_bool(g->cancelled()));
  }

  auto t = loop.create_task(cancellable(out, "c", 1));
  auto g2 = aio::gather(loop, aio::return_exceptions, t, cancellable(out, "d", 0.5));
  out.at("cancel gather -> " + py_bool(g2->cancel("stop")));
  try {
    co_await g2;
  } catch (const aio::cancelled_error& e) {
    out.at("gather raised CancelledError " + e.get()->message());
  }

  auto t3 = loop.create_task(cancellable(out, "e", 1));
  loop.call_later(0.2, [t3] { t3->cancel(); });
  try {
    co_await aio::gather(loop, t3, cancellable(out, "f", 0.5));
  } catch (const aio::cancelled_error&) {
    out.at("child cancelled -> gather raised");
  }
  co_await aio::sleep(1);
  out.at("main done");
}

aio::task<void> shield(aio::EventLoop& loop, Lines& out) {
  auto inner = loop.create_task(work(out, "inner", 1));
  auto w = loop.create_task(shield_waiter(out, "w", inner));
  co_await aio::sleep(0.5);
  w->cancel();
  co_await aio::gather(loop, aio::return_exceptions, w);
  out.at("inner.done=" + py_bool(inner->done()));
  std::string r = co_await inner;
  out.at("inner result " + r);

  inner = loop.create_task(work(out, "inner2", 0.5));
  co_await loop.create_task(shield_waiter(out, "w2", inner));

  inner = loop.create_task(work(out, "inner3", 0.5));
  w = loop.create_task(shield_waiter(out, "w3", inner));
  co_await aio::sleep(0.1);
  inner->cancel();
  co_await aio::gather(loop, aio::return_exceptions, w);
  out.at("w3.cancelled=" + py_bool(w->cancelled()));
  auto done = loop.create_future<std::string>();
  (void)done->set_result("ready");
  out.put("shield(done) is done: " + py_bool(aio::shield(done).get() == done.get()));
}

} // namespace test
