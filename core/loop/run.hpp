// asyncio.run for C++ (runners.py Runner.run and Runner.close).
//
// Runs the main coroutine in a task until it is done, then shuts the loop
// down as asyncio.run does: cancels the tasks still pending and waits for
// them (reporting the exceptions they end with), runs the two shutdown steps
// CPython runs (asyncgens, default executor: empty here, but each takes a
// task and loop iterations, which callbacks still queued can observe), and
// closes the loop.
#pragma once

#include "loop/co_task.hpp"

#include <functional>

namespace aio {

// How the shutdown runs the loop until a future is done: run_until_done by
// default; a host that drives the loop with pump() passes its own.
using RunUntilDone = std::function<Ref<Error>(EventLoop&, FutureBase&)>;

// loop.run_until_done(future), the default RunUntilDone.
Ref<Error> run_until_done(EventLoop& loop, FutureBase& future);

// runners._cancel_all_tasks: cancels every pending task, runs until they
// are done, and reports "unhandled exception during asyncio.run() shutdown".
Ref<Error> cancel_all_tasks(EventLoop& loop, const RunUntilDone& run = run_until_done);

// Runner.close: cancel_all_tasks, the shutdown steps, loop.close().
Ref<Error> shutdown(EventLoop& loop, const RunUntilDone& run = run_until_done);

// asyncio.run(main): its result, or its error thrown (after the shutdown).
template <class T>
T run(EventLoop& loop, task<T> main) {
  Ref<Task<T>> t = loop.create_task(std::move(main));
  Ref<Error> failed = loop.run_until_done(*t);
  Ref<Error> shutdown_failed = shutdown(loop);
  if (failed) raise(std::move(failed));
  if (shutdown_failed) raise(std::move(shutdown_failed));
  return t->result().value();
}

} // namespace aio
