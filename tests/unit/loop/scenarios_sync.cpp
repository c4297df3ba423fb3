// Twins of the synchronization primitives: Queue, Lock, Semaphore, Event, Condition.
#include "scenarios.hpp"

namespace test {

namespace {

std::string show_item(int item) { return std::to_string(item); }
std::string show_item(const std::string& item) { return item; }

template <class Q>
aio::task<void> getter(Lines& out, Q& q, std::string name) {
  auto item = co_await q.get();
  out.at(name + " got " + show_item(item));
  (void)q.task_done();
}

aio::task<void> putter(Lines& out, aio::Queue<int>& q, std::string name, int item) {
  co_await q.put(item);
  out.at(name + " put " + std::to_string(item));
}

aio::task<void> processor(Lines& out, aio::Queue<int>& q) {
  for (;;) {
    int item = co_await q.get();
    co_await aio::sleep(0.1 * (item + 1));
    out.at("processed " + std::to_string(item));
    (void)q.task_done();
  }
}

// queue_fair.py's Job: ordered by priority only.
struct Job {
  int priority;
  std::string label;
  bool operator<(const Job& other) const { return priority < other.priority; }
};

// async with lock: (acquire, body, release even when the body raises).
template <class L, class Body>
aio::task<void> holding(L& lock, Body body) {
  co_await lock.acquire();
  try {
    co_await body();
  } catch (...) {
    (void)lock.release();
    throw;
  }
  (void)lock.release();
}

aio::task<void> locker(Lines& out, aio::Lock& lock, std::string name, double hold) {
  co_await holding(lock, [&]() -> aio::task<void> {
    out.at(name + " has the lock");
    co_await aio::sleep(hold);
  });
  out.at(name + " released");
}

aio::task<void> sem_worker(Lines& out, aio::Semaphore& sem, std::string name, double hold) {
  co_await holding(sem, [&]() -> aio::task<void> {
    out.at(name + " in");
    co_await aio::sleep(hold);
  });
  out.at(name + " out");
}

aio::task<void> event_waiter(Lines& out, aio::Event& event, std::string name) {
  co_await event.wait();
  out.at(name + " woke");
}

aio::task<void> consumer(Lines& out, aio::Condition& cond, std::string name) {
  co_await holding(cond, [&]() -> aio::task<void> {
    co_await cond.wait();
    out.at(name + " notified");
  });
}

aio::task<void> notify(aio::Condition& cond, std::size_t n) {
  co_await holding(cond, [&]() -> aio::task<void> {
    (void)cond.notify(n);
    co_return;
  });
}

aio::task<void> producer(aio::Condition& cond, std::vector<int>& items) {
  for (int i = 0; i < 3; ++i) {
    co_await aio::sleep(0.1);
    co_await holding(cond, [&]() -> aio::task<void> {
      items.push_back(i);
      (void)cond.notify_all();
      co_return;
    });
  }
}

aio::task<void> predicate_waiter(Lines& out, aio::Condition& cond, std::vector<int>& items) {
  co_await holding(cond, [&]() -> aio::task<void> {
    co_await cond.wait_for([&] { return items.size() >= 2; });
    out.at("wait_for saw " + std::to_string(items.size()) + " items");
  });
}

aio::task<void> taker(Lines& out, aio::Semaphore& sem, std::string name) {
  try {
    co_await sem.acquire();
    out.at(name + " acquired");
  } catch (const aio::cancelled_error&) {
    out.at(name + " cancelled");
  }
}

} // namespace

aio::task<void> queue_fair(aio::EventLoop& loop, Lines& out) {
  aio::Queue<int> q(loop);
  std::vector<aio::Ref<aio::Task<void>>> gs;
  for (int i = 0; i < 3; ++i)
    gs.push_back(loop.create_task(getter(out, q, "g" + std::to_string(i))));
  co_await aio::sleep(0);
  for (int i = 0; i < 3; ++i) (void)q.put_nowait(i);
  co_await aio::gather(loop, gs);

  aio::Queue<int> bounded(loop, 1);
  std::vector<aio::Ref<aio::Task<void>>> ps;
  for (int i = 0; i < 3; ++i) {
    ps.push_back(loop.create_task(putter(out, bounded, "p" + std::to_string(i), i)));
  }
  co_await aio::sleep(0.1);
  out.at("full=" + py_bool(bounded.full()) + " qsize=" + std::to_string(bounded.qsize()));
  for (int i = 0; i < 3; ++i) {
    int item = co_await bounded.get();
    out.at("main got " + std::to_string(item));
    (void)bounded.task_done();
  }
  co_await aio::gather(loop, ps);

  aio::Queue<int> jobs(loop);
  for (int i = 0; i < 3; ++i) (void)jobs.put_nowait(i);
  auto w = loop.create_task(processor(out, jobs));
  co_await jobs.join();
  out.at("joined");
  w->cancel();
  out.put(type_and_message(*jobs.task_done()));
  out.put(jobs.get_nowait().error()->type_name());
  aio::Queue<std::string> small(loop, 1);
  (void)small.put_nowait("x");
  out.put(small.put_nowait("y")->type_name());

  aio::LifoQueue<int> lifo(loop);
  for (int i = 0; i < 3; ++i) (void)lifo.put_nowait(i);
  std::vector<int> popped;
  for (int i = 0; i < 3; ++i) popped.push_back(lifo.get_nowait().value());
  out.put("lifo " + py_list(popped));

  aio::PriorityQueue<Job> pq(loop);
  const std::pair<const char*, int> entries[] = {{"a", 2}, {"b", 1}, {"c", 2}, {"d", 1},
                                                 {"e", 2}, {"f", 0}, {"g", 2}, {"h", 1}};
  for (const auto& [label, priority] : entries) (void)pq.put_nowait(Job{priority, label});
  std::string order = "priority";
  for (int i = 0; i < 8; ++i) {
    Job j = pq.get_nowait().value();
    order += " " + std::to_string(j.priority) + j.label;
  }
  out.put(order);

  // a cancelled getter does not lose an item
  aio::Queue<std::string> items(loop);
  auto g1 = loop.create_task(getter(out, items, "c1"));
  auto g2 = loop.create_task(getter(out, items, "c2"));
  co_await aio::sleep(0);
  (void)items.put_nowait("item");
  g1->cancel();
  co_await aio::gather(loop, aio::return_exceptions, g1, g2);
  out.at("c1 cancelled=" + py_bool(g1->cancelled()) + " qsize=" + std::to_string(items.qsize()));
}

aio::task<void> locks_fair(aio::EventLoop& loop, Lines& out) {
  aio::Lock lock(loop);
  std::vector<aio::Ref<aio::Task<void>>> ts;
  for (const char* name : {"A", "B", "C"})
    ts.push_back(loop.create_task(locker(out, lock, name, 0.1)));
  co_await aio::sleep(0.05);
  ts[1]->cancel();
  co_await aio::gather(loop, aio::return_exceptions, ts);
  out.at("RuntimeError " + lock.release()->message());

  aio::Semaphore sem(loop, 2);
  co_await aio::gather(loop, sem_worker(out, sem, "w1", 0.3), sem_worker(out, sem, "w2", 0.1),
                       sem_worker(out, sem, "w3", 0.1), sem_worker(out, sem, "w4", 0.2),
                       sem_worker(out, sem, "w5", 0.1));
  aio::BoundedSemaphore bounded(loop, 1);
  co_await bounded.acquire();
  (void)bounded.release();
  out.at(type_and_message(*bounded.release()));

  aio::Event event(loop);
  std::vector<aio::Ref<aio::Task<void>>> ws;
  for (const char* name : {"e1", "e2", "e3"})
    ws.push_back(loop.create_task(event_waiter(out, event, name)));
  co_await aio::sleep(0.1);
  event.set();
  out.at("set, is_set=" + py_bool(event.is_set()));
  co_await aio::gather(loop, ws);
  event.clear();
  out.at("cleared, is_set=" + py_bool(event.is_set()));

  aio::Condition cond(loop);
  std::vector<aio::Ref<aio::Task<void>>> cs;
  for (const char* name : {"c1", "c2", "c3", "c4"})
    cs.push_back(loop.create_task(consumer(out, cond, name)));
  co_await aio::sleep(0.1);
  co_await notify(cond, 1);
  co_await aio::sleep(0.1);
  co_await notify(cond, 2);
  co_await aio::sleep(0.1);
  co_await notify(cond, cond.waiting());
  co_await aio::gather(loop, cs);

  std::vector<int> items;
  co_await aio::gather(loop, predicate_waiter(out, cond, items), producer(cond, items));
  try {
    co_await cond.wait();
  } catch (const aio::error& e) {
    out.at(type_and_message(*e.get()));
  }

  // a waiter woken by release() and cancelled before it runs hands its unit on
  aio::Semaphore zero(loop, 0);
  std::vector<aio::Ref<aio::Task<void>>> takers;
  for (const char* name : {"s1", "s2"}) takers.push_back(loop.create_task(taker(out, zero, name)));
  co_await aio::sleep(0);
  (void)zero.release();
  takers[0]->cancel();
  co_await aio::gather(loop, takers);
  out.at("locked=" + py_bool(zero.locked()));

  // a condition over a lock of the caller's
  aio::Lock own(loop);
  aio::Condition over(loop, &own);
  co_await own.acquire();
  out.at("cond.locked=" + py_bool(over.locked()));
  (void)own.release();
}

} // namespace test
