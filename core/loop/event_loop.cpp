#include "loop/event_loop.hpp"

#include "loop/task.hpp"

#include <algorithm>
#include <cstdio>

namespace aio {

namespace {

// CPython's MAXIMUM_SELECT_TIMEOUT: the loop never waits longer than a day at once.
constexpr double max_wait = 24 * 3600;
// CPython's _MIN_SCHEDULED_TIMER_HANDLES and _MIN_CANCELLED_TIMER_HANDLES_FRACTION.
constexpr std::size_t min_timers_to_rebuild = 100;
constexpr double min_cancelled_fraction = 0.5;

} // namespace

void Handle::cancel() {
  loop_->cancel_callback(*this);
  drop();
}

EventLoop::EventLoop(LoopOptions options)
    : clock_(options.clock), task_counter_(options.task_counter ? std::move(options.task_counter)
                                                                : make_ref<TaskCounter>()),
      errors_(options.errors ? options.errors : &basic_errors_), log_(std::move(options.log)),
      observer_(options.observer) {
  // _run_until_complete_cb: stop once the future is done, unless it failed
  // with an exit error (that one stops the loop by itself).
  stop_when_done_ = make_callback([this](FutureBase& f) {
    if (!f.cancelled()) {
      Outcome<Ref<Error>> e = f.exception();
      if (e.ok() && e.value() && e.value()->kind() == ErrorKind::exit) return;
    }
    stop();
  });
}

EventLoop::~EventLoop() {
  running_ = false;
  (void)close();
  // Pending tasks may sit in reference cycles (a task and the future it
  // awaits hold each other): give up their coroutines so that they go.
  std::vector<Ref<TaskBase>> pending = all_tasks();
  for (Ref<TaskBase>& t : pending) t->abandon();
  pending.clear();
  // What the abandoned coroutines scheduled on their way out.
  ready_.clear();
  for (Callback* cb : timers_.filter([](Callback*) { return false; })) {
    Ref<Callback>::adopt(cb);
  }
}

// ---- scheduling

void EventLoop::call_at(double when, Callback& cb) {
  cb.retain();
  cb.scheduled_ = true;
  std::uint64_t seq = timer_seq_++;
  timers_.push({when, seq, &cb});
  if (observer_) [[unlikely]]
    observer_->timer_scheduled(seq, when);
}

void EventLoop::cancel_callback(Callback& cb) noexcept {
  if (cb.cancelled_) return;
  cb.cancelled_ = true;
  if (cb.scheduled_) ++timer_cancelled_count_;
}

void EventLoop::resume_first(Callback& cb) {
  cb.retain();
  ready_.push_front({&cb, nullptr});
  ++batch_left_;
}

// ---- one iteration

void EventLoop::prune_timers() {
  std::size_t n = timers_.size();
  if (n > min_timers_to_rebuild &&
      static_cast<double>(timer_cancelled_count_) / static_cast<double>(n) >
          min_cancelled_fraction) {
    std::vector<Callback*> dropped = timers_.filter([](Callback* cb) { return !cb->cancelled_; });
    timer_cancelled_count_ = 0;
    for (Callback* cb : dropped) {
      cb->scheduled_ = false;
      Ref<Callback>::adopt(cb);
    }
    return;
  }
  while (!timers_.empty() && timers_.top().callback->cancelled_) {
    --timer_cancelled_count_;
    Callback* cb = timers_.pop().callback;
    cb->scheduled_ = false;
    Ref<Callback>::adopt(cb);
  }
}

void EventLoop::collect_due_timers() {
  double end_time = time() + clock_resolution;
  while (!timers_.empty() && timers_.top().when < end_time) {
    detail::TimerEntry e = timers_.pop();
    e.callback->scheduled_ = false;
    ready_.push_back({e.callback, nullptr});
    if (observer_) [[unlikely]]
      observer_->timer_fired(e.seq, e.when);
  }
}

EventLoop::Iteration EventLoop::iterate(Driver driver,
                                        std::chrono::steady_clock::time_point slice_end) {
  if (blocked_) {
    if (time() < blocked_until_) {
      wait_until_ = blocked_until_;
      return Iteration::blocked;
    }
    blocked_ = false;
  }
  if (batch_left_ == 0) {
    prune_timers();
    if (ready_.empty() && !stopping_) {
      if (timers_.empty()) return Iteration::wait_forever;
      double when = timers_.top().when;
      double timeout = std::min(std::max(0.0, when - time()), max_wait);
      if (timeout > 0) {
        switch (clock_.kind()) {
        case ClockKind::virtual_time: clock_.set(when); break;
        case ClockKind::real_time:
          if (driver == Driver::self) {
            clock_.sleep(timeout);
            break;
          }
          [[fallthrough]];
        case ClockKind::host_time: wait_until_ = when; return Iteration::wait_until;
        }
      }
    }
    collect_due_timers();
    batch_left_ = ready_.size();
  }
  return run_batch(driver, slice_end);
}

EventLoop::Iteration EventLoop::run_batch(Driver driver,
                                          std::chrono::steady_clock::time_point slice_end) {
  while (batch_left_ > 0) {
    --batch_left_;
    detail::ReadyEntry e = ready_.pop_front();
    Ref<Callback> cb = Ref<Callback>::adopt(e.callback);
    Ref<FutureBase> done = Ref<FutureBase>::adopt(e.done);
    if (cb->cancelled_) continue;
    if (Ref<Error> err = cb->run(done.get())) [[unlikely]] {
      if (err->kind() == ErrorKind::exit) {
        // Like CPython, what is left of the batch stays queued, uncounted.
        batch_left_ = 0;
        failure_ = std::move(err);
        return Iteration::failed;
      }
      ExceptionContext context;
      context.message = "Exception in callback " + cb->describe();
      context.exception = std::move(err);
      context.handle = cb.get();
      call_exception_handler(context);
    }
    if (blocked_) [[unlikely]] {
      wait_until_ = blocked_until_;
      return Iteration::blocked;
    }
    if (driver == Driver::host && std::chrono::steady_clock::now() >= slice_end) {
      return Iteration::sliced;
    }
  }
  return Iteration::ran;
}

// ---- running

Ref<Error> EventLoop::check_runnable() {
  if (closed_) return make_error(ErrorType::runtime, "Event loop is closed");
  if (running_) return make_error(ErrorType::runtime, "This event loop is already running");
  return nullptr;
}

Ref<Error> EventLoop::deadlock_error() {
  if (io_pending_ > 0) {
    return make_error(ErrorType::runtime,
                      "event loop waits for host I/O: drive it with pump() instead");
  }
  return make_error(ErrorType::deadlock,
                    "event loop would wait forever: nothing is ready and no timer is pending");
}

Ref<Error> EventLoop::run_once() {
  if (Ref<Error> e = check_runnable()) return e;
  running_ = true;
  Iteration o = iterate(Driver::self, {});
  running_ = false;
  if (o == Iteration::failed) return std::move(failure_);
  if (o == Iteration::wait_forever) return deadlock_error();
  return nullptr;
}

Ref<Error> EventLoop::run_forever() {
  if (Ref<Error> e = check_runnable()) return e;
  if (clock_.kind() == ClockKind::host_time) {
    return make_error(ErrorType::runtime, "a loop on a host clock is driven by pump()");
  }
  running_ = true;
  Ref<Error> failure;
  for (;;) {
    Iteration o = iterate(Driver::self, {});
    if (o == Iteration::failed) {
      failure = std::move(failure_);
      break;
    }
    if (o == Iteration::wait_forever) {
      failure = deadlock_error();
      break;
    }
    if (stopping_) break;
  }
  stopping_ = false;
  running_ = false;
  return failure;
}

Ref<Error> EventLoop::close() {
  if (running_) return make_error(ErrorType::runtime, "Cannot close a running event loop");
  if (closed_) return nullptr;
  closed_ = true;
  batch_left_ = 0;
  ready_.clear();
  for (Callback* cb : timers_.filter([](Callback*) { return false; })) {
    cb->scheduled_ = false;
    Ref<Callback>::adopt(cb);
  }
  timer_cancelled_count_ = 0;
  return nullptr;
}

Ref<Error> EventLoop::begin_run_until(FutureBase& future) {
  if (Ref<Error> e = check_runnable()) return e;
  future.add_done_callback(*stop_when_done_);
  return nullptr;
}

Ref<Error> EventLoop::end_run_until(FutureBase& future, Ref<Error> stopped_by) {
  future.remove_done_callback(*stop_when_done_);
  if (stopped_by) return stopped_by;
  if (!future.done()) {
    return make_error(ErrorType::runtime, "Event loop stopped before Future completed.");
  }
  return future.check_result();
}

Ref<Error> EventLoop::run_until_done(FutureBase& future) {
  if (Ref<Error> e = begin_run_until(future)) return e;
  return end_run_until(future, run_forever());
}

PumpResult EventLoop::pump(double slice) {
  if (Ref<Error> e = check_runnable()) return {Next::stopped, 0.0, std::move(e)};
  running_ = true;
  driver_ = Driver::host;
  auto slice_end = std::chrono::steady_clock::now() +
                   std::chrono::duration_cast<std::chrono::steady_clock::duration>(
                       std::chrono::duration<double>(slice));
  PumpResult result{Next::ready, 0.0, nullptr};
  for (bool more = true; more;) {
    more = false;
    switch (iterate(Driver::host, slice_end)) {
    case Iteration::ran:
      if (stopping_) {
        stopping_ = false;
        result = {Next::stopped, 0.0, nullptr};
      } else {
        more = true;
      }
      break;
    case Iteration::sliced: result = {Next::ready, 0.0, nullptr}; break;
    case Iteration::wait_until: result = {Next::at, wait_until_, nullptr}; break;
    case Iteration::blocked: result = {Next::blocked, wait_until_, nullptr}; break;
    case Iteration::wait_forever:
      result = {io_pending_ > 0 ? Next::io : Next::idle, 0.0, nullptr};
      break;
    case Iteration::failed: result = {Next::stopped, 0.0, std::move(failure_)}; break;
    }
  }
  driver_ = Driver::self;
  running_ = false;
  return result;
}

Block EventLoop::block(double seconds) {
  double until = time() + seconds;
  if (observer_) [[unlikely]]
    observer_->loop_blocked(until);
  switch (clock_.kind()) {
  case ClockKind::virtual_time: clock_.set(until); return Block::done;
  case ClockKind::real_time:
    if (driver_ == Driver::self) {
      clock_.sleep(seconds);
      return Block::done;
    }
    [[fallthrough]];
  case ClockKind::host_time: break;
  }
  blocked_ = true;
  blocked_until_ = until;
  return Block::pause;
}

// ---- tasks

void EventLoop::register_task(TaskBase& task) {
  task.registry_index_ = static_cast<std::uint32_t>(tasks_.size());
  tasks_.push_back(&task);
}

void EventLoop::unregister_task(TaskBase& task) noexcept {
  tasks_[task.registry_index_] = nullptr;
  // Compact once most slots are empty, keeping the order.
  if (++gone_tasks_ < 64 || gone_tasks_ * 2 < tasks_.size()) return;
  std::size_t n = 0;
  for (TaskBase* t : tasks_) {
    if (!t) continue;
    t->registry_index_ = static_cast<std::uint32_t>(n);
    tasks_[n++] = t;
  }
  tasks_.resize(n);
  gone_tasks_ = 0;
}

std::vector<Ref<TaskBase>> EventLoop::all_tasks() const {
  std::vector<Ref<TaskBase>> tasks;
  for (TaskBase* t : tasks_) {
    if (t && !t->future().done()) tasks.emplace_back(t);
  }
  return tasks;
}

// ---- errors

Ref<Error> EventLoop::make_error(ErrorType type, std::optional<std::string> message,
                                 Ref<Error> cause, const FutureBase* subject) {
  return errors_->make({type, std::move(message), std::move(cause), subject});
}

void EventLoop::call_exception_handler(const ExceptionContext& context) {
  if (handler_) {
    handler_(*this, context);
  } else {
    default_exception_handler(context);
  }
}

void EventLoop::default_exception_handler(const ExceptionContext& context) {
  std::string text =
      context.message.empty() ? "Unhandled exception in event loop" : context.message;
  auto line = [&text](const char* key, const std::string& value) {
    text.append("\n").append(key).append(value);
  };
  if (context.future) line("future: ", context.future->describe());
  if (context.handle) line("handle: ", context.handle->describe());
  if (context.task) line("task: ", context.task->describe());
  if (context.exception) line("", context.exception->describe());
  text += "\n";
  if (log_) {
    log_(text);
  } else {
    std::fputs(text.c_str(), stderr);
  }
}

} // namespace aio
