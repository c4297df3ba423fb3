#include "loop/run.hpp"

#include "loop/gather.hpp"

namespace aio {

namespace {

// loop.shutdown_asyncgens() / shutdown_default_executor(): nothing to shut
// down, so each returns at its first step.
task<void> nothing_to_shut_down() { co_return; }

} // namespace

Ref<Error> run_until_done(EventLoop& loop, FutureBase& future) {
  return loop.run_until_done(future);
}

Ref<Error> cancel_all_tasks(EventLoop& loop, const RunUntilDone& run) {
  std::vector<Ref<TaskBase>> to_cancel = loop.all_tasks();
  if (to_cancel.empty()) return nullptr;
  std::vector<Ref<FutureBase>> futures;
  for (const Ref<TaskBase>& t : to_cancel) {
    t->cancel();
    futures.emplace_back(&t->future());
  }
  // gather(*to_cancel, return_exceptions=True): its results are not used, but
  // collecting them marks the exceptions retrieved.
  auto all = make_ref<Gathering<std::monostate>>(loop, true,
                                                 [](const std::vector<Ref<FutureBase>>& children) {
                                                   for (const Ref<FutureBase>& c : children)
                                                     (void)detail::GatherBase::child_error(*c);
                                                   return std::monostate{};
                                                 });
  for (Ref<FutureBase>& f : futures) all->add(std::move(f));
  if (Ref<Error> e = run(loop, *all)) return e;
  for (const Ref<TaskBase>& t : to_cancel) {
    FutureBase& f = t->future();
    if (f.cancelled()) continue;
    if (Ref<Error> e = f.exception().value()) {
      ExceptionContext context;
      context.message = "unhandled exception during asyncio.run() shutdown";
      context.exception = e;
      context.task = t.get();
      loop.call_exception_handler(context);
    }
  }
  return nullptr;
}

Ref<Error> shutdown(EventLoop& loop, const RunUntilDone& run) {
  Ref<Error> failed = cancel_all_tasks(loop, run);
  for (int step = 0; step < 2 && !failed; ++step) {
    Ref<Task<void>> t = loop.create_task(nothing_to_shut_down());
    failed = run(loop, *t);
  }
  Ref<Error> closed = loop.close();
  return failed ? failed : closed;
}

} // namespace aio
