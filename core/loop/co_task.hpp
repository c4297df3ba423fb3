// aio::task<T>: the C++20 coroutine type of the loop.
//
// Like a Python coroutine it is lazy: calling a task-returning function makes
// a frame and runs nothing. It runs in one of two ways:
//
//   co_await child();         runs the child inline, in the awaiting task's
//                             step (as awaiting a coroutine does in Python)
//   loop.create_task(coro()); wraps it in a scheduled Task
//
// Inside, it can co_await futures and tasks (Ref<Future<T>>, Ref<Task<T>>),
// aio::sleep, and every combinator. A failed await throws the error's C++
// exception (aio::cancelled_error, aio::timeout_error...); an exception that
// escapes the coroutine becomes its Task's error (exceptions.hpp).
//
// TaskCoroutine<T> is a task<T> seen through the Coroutine interface: what a
// Task drives, and what the Python binding can delegate to when Python code
// awaits a primitive written here (yield from).
#pragma once

#include "compat/coroutine.hpp"
#include "loop/coroutine.hpp"
#include "loop/detail/driver.hpp"
#include "loop/event_loop.hpp"
#include "loop/task.hpp"

#include <exception>
#include <optional>
#include <type_traits>
#include <utility>

namespace aio {

template <class T = void>
class task;

namespace detail {

template <class T>
class ChildAwaiter;

// The end of a frame: control returns to the awaiting frame or, for the
// root, to the TaskCoroutine.
struct FinalAwaiter {
  bool await_ready() noexcept { return false; }
  template <class P>
  void await_suspend(coro::coroutine_handle<P> h) noexcept {
    h.promise().finish_frame();
  }
  void await_resume() noexcept {}
};

// What every task<T> frame holds whatever T is.
class PromiseBase {
public:
  // Lazy, like a Python coroutine.
  coro::suspend_always initial_suspend() noexcept { return {}; }
  // At the end, control returns to the awaiting frame or, for the root, to
  // the TaskCoroutine.
  auto final_suspend() noexcept { return FinalAwaiter{}; }
  // An exception escaping the body is kept for the awaiting frame (or the task).
  void unhandled_exception() noexcept { error_ = std::current_exception(); }

  // The driver of the chain this frame runs in.
  Driver* driver() const noexcept { return driver_; }
  // Joins a chain: `continuation` resumes when this frame is done (none for the root).
  void attach(Driver& driver, coro::coroutine_handle<> continuation) noexcept {
    driver_ = &driver;
    continuation_ = continuation;
  }
  // Hands control to the awaiting frame, or ends the root's step.
  void finish_frame() noexcept {
    if (continuation_) {
      driver_->transfer(continuation_);
    } else {
      driver_->finish();
    }
  }
  // The exception that escaped the coroutine, if any.
  const std::exception_ptr& error() const noexcept { return error_; }

private:
  coro::coroutine_handle<> continuation_;
  Driver* driver_ = nullptr;
  std::exception_ptr error_;
};

// The promise of a task<T>: holds the return value until it is taken.
template <class T>
class Promise : public PromiseBase {
public:
  // The task<T> that owns this frame.
  task<T> get_return_object() noexcept;
  // co_return value.
  template <class U>
  void return_value(U&& value) {
    value_.emplace(std::forward<U>(value));
  }
  // The return value, or the escaped exception rethrown.
  T take() {
    if (error()) std::rethrow_exception(error());
    return std::move(*value_);
  }

private:
  std::optional<T> value_;
};

// The promise of a task<void>.
template <>
class Promise<void> : public PromiseBase {
public:
  task<void> get_return_object() noexcept;
  void return_void() noexcept {}
  // Rethrows the escaped exception, if any.
  void take() {
    if (error()) std::rethrow_exception(error());
  }
};

} // namespace detail

// A lazy C++ coroutine returning T; owns its frame until it is awaited or
// given to a TaskCoroutine.
template <class T>
class [[nodiscard]] task {
public:
  using promise_type = detail::Promise<T>;
  using value_type = T;

  task(task&& other) noexcept : frame_(std::exchange(other.frame_, {})) {}
  task& operator=(task other) noexcept {
    std::swap(frame_, other.frame_);
    return *this;
  }
  ~task() {
    if (frame_) frame_.destroy();
  }

  // Runs the coroutine inline in the awaiting frame's task.
  detail::ChildAwaiter<T> operator co_await() && noexcept {
    return detail::ChildAwaiter<T>(frame_);
  }

  // Gives the frame to a new owner (TaskCoroutine, InlineTask).
  coro::coroutine_handle<promise_type> release() noexcept { return std::exchange(frame_, {}); }

private:
  friend class detail::Promise<T>;
  explicit task(coro::coroutine_handle<promise_type> frame) noexcept : frame_(frame) {}
  coro::coroutine_handle<promise_type> frame_;
};

namespace detail {

// co_await child(): starts the child frame inline, in the same task step.
template <class T>
class ChildAwaiter {
public:
  explicit ChildAwaiter(coro::coroutine_handle<Promise<T>> child) noexcept : child_(child) {}
  bool await_ready() const noexcept { return false; }
  template <class P>
  void await_suspend(coro::coroutine_handle<P> parent) noexcept {
    Driver& driver = *parent.promise().driver();
    child_.promise().attach(driver, parent);
    driver.transfer(child_);
  }
  T await_resume() { return child_.promise().take(); }

private:
  coro::coroutine_handle<Promise<T>> child_;
};

// For awaiters with a fast path: runs a coroutine inline, as `co_await
// coro` would, only when the awaiter has to suspend after all.
template <class T>
class InlineTask {
public:
  InlineTask() = default;
  InlineTask(InlineTask&& other) noexcept : frame_(std::exchange(other.frame_, {})) {}
  InlineTask& operator=(InlineTask&&) = delete;
  ~InlineTask() {
    if (frame_) frame_.destroy();
  }

  // Starts `coro` from the awaiter's await_suspend (control goes to it).
  template <class P>
  void start(task<T> coro, coro::coroutine_handle<P> parent) noexcept {
    frame_ = coro.release();
    ChildAwaiter<T>(frame_).await_suspend(parent);
  }
  // Whether start() was called.
  bool started() const noexcept { return static_cast<bool>(frame_); }
  // Its result (from the awaiter's await_resume).
  T result() { return ChildAwaiter<T>(frame_).await_resume(); }

private:
  coro::coroutine_handle<Promise<T>> frame_;
};

} // namespace detail

template <class T>
task<T> detail::Promise<T>::get_return_object() noexcept {
  return task<T>(coro::coroutine_handle<Promise>::from_promise(*this));
}

inline task<void> detail::Promise<void>::get_return_object() noexcept {
  return task<void>(coro::coroutine_handle<Promise>::from_promise(*this));
}

namespace detail {

// The untyped part of TaskCoroutine: resuming the chain and reading its end.
class TaskCoroutineBase {
public:
  TaskCoroutineBase(const TaskCoroutineBase&) = delete;
  TaskCoroutineBase& operator=(const TaskCoroutineBase&) = delete;

protected:
  TaskCoroutineBase(EventLoop& loop, coro::coroutine_handle<> root, PromiseBase& promise) noexcept;
  ~TaskCoroutineBase() { destroy(); }
  // Coroutine::resume. A finished frame that holds a return value is kept
  // until take_result().
  Step resume(Error* thrown, bool keep_finished_frame);
  // Destroys the frame (if not yet).
  void destroy() noexcept;
  // The root frame's promise (valid until destroy()).
  PromiseBase& promise() const noexcept { return *promise_; }

private:
  // Its leaf is null until the first resume.
  Driver driver_;
  coro::coroutine_handle<> root_;
  PromiseBase* promise_;
};

} // namespace detail

// A task<T> as a Coroutine: what a Task drives, and what a binding delegates to.
template <class T>
class TaskCoroutine final : public CoroutineOf<T>, private detail::TaskCoroutineBase {
public:
  TaskCoroutine(EventLoop& loop, task<T> coro) noexcept : TaskCoroutine(loop, coro.release()) {}

  Step resume(Error* thrown) override { return TaskCoroutineBase::resume(thrown, true); }
  void close() noexcept override { destroy(); }
  std::string name() const override { return "aio::task"; }
  T take_result() override {
    T value = static_cast<detail::Promise<T>&>(promise()).take();
    destroy();
    return value;
  }

private:
  TaskCoroutine(EventLoop& loop, coro::coroutine_handle<detail::Promise<T>> frame) noexcept
      : TaskCoroutineBase(loop, frame, frame.promise()) {}
};

// A task<void> as a Coroutine (the frame goes as soon as it finishes).
template <>
class TaskCoroutine<void> final : public CoroutineOf<void>, private detail::TaskCoroutineBase {
public:
  TaskCoroutine(EventLoop& loop, task<void> coro) noexcept : TaskCoroutine(loop, coro.release()) {}

  Step resume(Error* thrown) override { return TaskCoroutineBase::resume(thrown, false); }
  void close() noexcept override { destroy(); }
  std::string name() const override { return "aio::task"; }

private:
  TaskCoroutine(EventLoop& loop, coro::coroutine_handle<detail::Promise<void>> frame) noexcept
      : TaskCoroutineBase(loop, frame, frame.promise()) {}
};

namespace detail {

// Holds the coroutine so that it is made before the Task that drives it.
template <class T>
class CoroutineHolder {
protected:
  CoroutineHolder(EventLoop& loop, task<T> coro) noexcept : held_(loop, std::move(coro)) {}
  TaskCoroutine<T> held_;
};

// The task create_task makes: the Task and its TaskCoroutine in one allocation.
template <class T>
class CppTask final : private CoroutineHolder<T>, public Task<T> {
public:
  CppTask(EventLoop& loop, task<T> coro, std::optional<std::string> name)
      : CoroutineHolder<T>(loop, std::move(coro)), Task<T>(loop, this->held_, std::move(name)) {}
};

// Awaiting a future or task from a task<T>: Future.__await__, up to what
// happens on resumption (FutureAwaiter raises, TryAwaiter returns).
template <class F>
class FutureAwaiterBase {
public:
  explicit FutureAwaiterBase(Ref<F> f) noexcept : f_(std::move(f)) {}
  // `if not self.done(): yield self`: a done future does not suspend.
  bool await_ready() const noexcept { return f_->done(); }
  template <class P>
  void await_suspend(coro::coroutine_handle<P> h) noexcept {
    driver_ = h.promise().driver();
    driver_->await_future(h, *f_);
  }

protected:
  // The error the task threw in while the await was suspended, or null.
  Ref<Error> thrown() noexcept { return driver_ ? driver_->take_thrown() : nullptr; }

  Ref<F> f_;
  Driver* driver_ = nullptr;
};

// co_await future: its value, or its error thrown.
template <class F>
class FutureAwaiter : public FutureAwaiterBase<F> {
public:
  using FutureAwaiterBase<F>::FutureAwaiterBase;
  // `return self.result()`, unless the task threw an error in.
  auto await_resume() {
    if (Ref<Error> e = this->thrown()) raise(std::move(e));
    return this->f_->result().value();
  }
};

// co_await try_await(future): the error the await would raise, as a value.
template <class F>
class TryAwaiter : public FutureAwaiterBase<F> {
public:
  using FutureAwaiterBase<F>::FutureAwaiterBase;
  Ref<Error> await_resume() {
    if (Ref<Error> e = this->thrown()) return e;
    return this->f_->check_result();
  }
};

} // namespace detail

// co_await on a future or a task: its result, or its error thrown.
template <class F>
requires std::is_base_of_v<FutureBase, F> detail::FutureAwaiter<F>
operator co_await(Ref<F> f) noexcept { return detail::FutureAwaiter<F>(std::move(f)); }

namespace detail {

// co_await get_running_loop(): reads the driver's loop without suspending.
class LoopAwaiter {
public:
  bool await_ready() const noexcept { return false; }
  template <class P>
  bool await_suspend(coro::coroutine_handle<P> h) noexcept {
    loop_ = &h.promise().driver()->loop();
    return false; // no suspension
  }
  EventLoop& await_resume() const noexcept { return *loop_; }

private:
  EventLoop* loop_ = nullptr;
};

} // namespace detail

// co_await try_await(f): awaits a future or task without throwing: returns
// the error `co_await f` would raise (null when it has a value, to be read
// with f->result()). The loop's own coroutines use it: no C++ exception is
// thrown for an error they only pass on.
template <class F>
requires std::is_base_of_v<FutureBase, F> detail::TryAwaiter<F> try_await(Ref<F> f)
noexcept { return detail::TryAwaiter<F>(std::move(f)); }

// co_await aio::get_running_loop(): the loop of the task running this frame.
inline detail::LoopAwaiter get_running_loop() noexcept { return {}; }

template <class T>
Ref<Task<T>> EventLoop::create_task(task<T> coro, std::optional<std::string> name) {
  return make_ref<detail::CppTask<T>>(*this, std::move(coro), std::move(name));
}

template <class T>
T EventLoop::run_until_complete(task<T> coro) {
  Ref<Task<T>> t = create_task(std::move(coro));
  // An exception is raised if the task did not complete: no "destroyed pending" report.
  t->set_log_destroy_pending(false);
  if (Ref<Error> e = run_until_done(*t)) {
    if (t->done() && !t->cancelled()) (void)t->exception();
    raise(std::move(e));
  }
  return t->result().value();
}

} // namespace aio
