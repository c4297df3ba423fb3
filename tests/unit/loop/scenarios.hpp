// The C++ twins of twins/*.py: each builds the same scenario on aio and
// prints, through Lines, what the Python program prints.
#pragma once

#include "support.hpp"

namespace test {

// A twin's main coroutine.
using Scenario = aio::task<void> (*)(aio::EventLoop& loop, Lines& out);

// scenarios_loop.cpp
aio::task<void> ready_fifo(aio::EventLoop& loop, Lines& out);
aio::task<void> timers_fifo(aio::EventLoop& loop, Lines& out);
aio::task<void> sleep_clock(aio::EventLoop& loop, Lines& out);
aio::task<void> sleep0_interleave(aio::EventLoop& loop, Lines& out);
aio::task<void> done_callbacks(aio::EventLoop& loop, Lines& out);
aio::task<void> future_api(aio::EventLoop& loop, Lines& out);
aio::task<void> exception_handler(aio::EventLoop& loop, Lines& out);
aio::task<void> deadlock(aio::EventLoop& loop, Lines& out);
aio::task<void> blocking_sleep(aio::EventLoop& loop, Lines& out);
// scenarios_tasks.cpp
aio::task<void> cancel_paths(aio::EventLoop& loop, Lines& out);
aio::task<void> gather_order(aio::EventLoop& loop, Lines& out);
aio::task<void> gather_cancel(aio::EventLoop& loop, Lines& out);
aio::task<void> shield(aio::EventLoop& loop, Lines& out);
// scenarios_combinators.cpp
aio::task<void> wait_modes(aio::EventLoop& loop, Lines& out);
aio::task<void> wait_for(aio::EventLoop& loop, Lines& out);
aio::task<void> as_completed(aio::EventLoop& loop, Lines& out);
aio::task<void> timeouts(aio::EventLoop& loop, Lines& out);
aio::task<void> taskgroup(aio::EventLoop& loop, Lines& out);
// scenarios_sync.cpp
aio::task<void> queue_fair(aio::EventLoop& loop, Lines& out);
aio::task<void> locks_fair(aio::EventLoop& loop, Lines& out);

// "TypeName message", as the twins print an exception: f"{type(e).__name__} {e}".
std::string type_and_message(const aio::Error& e);

} // namespace test
