// The whole scheduler in one include: the event loop, futures, tasks, C++
// coroutines, combinators and synchronization primitives (see README.md).
#pragma once

#include "loop/as_completed.hpp"
#include "loop/co_task.hpp"
#include "loop/condition.hpp"
#include "loop/event.hpp"
#include "loop/event_loop.hpp"
#include "loop/gather.hpp"
#include "loop/lock.hpp"
#include "loop/queue.hpp"
#include "loop/run.hpp"
#include "loop/semaphore.hpp"
#include "loop/shield.hpp"
#include "loop/sleep.hpp"
#include "loop/task_group.hpp"
#include "loop/timeout.hpp"
#include "loop/wait.hpp"
#include "loop/wait_for.hpp"
