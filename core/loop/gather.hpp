// asyncio.gather (tasks.py gather and _GatheringFuture).
//
// The result is a future (the "outer") whose value lists the children's
// results in argument order, whatever order they finish in. Each child gets
// the same done callback (the outer itself): without return_exceptions the
// first error (or cancellation) of a child becomes the outer's error at once
// and the other children keep running; with it, errors take their place in
// the results. Cancelling the outer cancels the children; once they are all
// done the outer then fails with CancelledError.
//
//   gather(loop, {t1, t2})                  -> Future<std::vector<T>>
//   gather(loop, return_exceptions, {...})  -> Future<std::vector<Outcome<T>>>
//   gather(loop, a(), t2, ...)              -> Future<std::tuple<A, B, ...>>
//   gather(loop, return_exceptions, a(), t2) -> Future<std::tuple<Outcome<A>, ...>>
//
// Arguments are futures, tasks or coroutines (wrapped in tasks). void results
// are std::monostate (Python's None).
#pragma once

#include "loop/ensure_future.hpp"

#include <tuple>
#include <utility>
#include <variant>
#include <vector>

namespace aio {

// The return_exceptions=True flag of gather.
struct ReturnExceptions {};
inline constexpr ReturnExceptions return_exceptions{};

namespace detail {

// The untyped part of _GatheringFuture and of gather's _done_callback.
class GatherBase {
public:
  // The children, in argument order (a future given twice is there twice).
  const std::vector<Ref<FutureBase>>& children() const noexcept { return children_; }
  // What stands in the results for a failed child: the CancelledError made
  // from its message, or its exception; null for a child with a value.
  static Ref<Error> child_error(FutureBase& child);

protected:
  explicit GatherBase(bool return_exceptions) noexcept : return_exceptions_(return_exceptions) {}
  // Adds a child; `outer` becomes its done callback unless it was added already.
  void add_child(FutureBase& outer, Ref<FutureBase> child);
  // _GatheringFuture.cancel: cancels the children.
  bool cancel_children(FutureBase& outer, std::optional<std::string> msg);
  // _done_callback(child). `complete(gather)` stores the typed results in the outer.
  void child_done(FutureBase& outer, FutureBase& child, void (*complete)(GatherBase&));

private:
  std::vector<Ref<FutureBase>> children_;
  std::size_t nfuts_ = 0;
  std::size_t nfinished_ = 0;
  bool return_exceptions_;
  bool cancel_requested_ = false;
};

// One child's result as an Outcome.
template <class F>
Outcome<typename F::value_type> child_outcome(FutureBase& child) {
  using T = typename F::value_type;
  if (Ref<Error> e = GatherBase::child_error(child)) return Outcome<T>::failure(std::move(e));
  return static_cast<F&>(child).result();
}

// One child's value (a gather without return_exceptions only completes when
// every child has one).
template <class F>
result_value_t<F> child_value(FutureBase& child) {
  if constexpr (std::is_void_v<typename F::value_type>) {
    child_outcome<F>(child).value();
    return {};
  } else {
    return child_outcome<F>(child).value();
  }
}

} // namespace detail

// The outer future of a gather (_GatheringFuture). R is the result type,
// `Collect` makes it from the children.
template <class R>
class Gathering final : public Future<R>, private detail::GatherBase {
public:
  // Makes R from the children, in argument order.
  using Collect = R (*)(const std::vector<Ref<FutureBase>>&);

  Gathering(EventLoop& loop, bool return_exceptions, Collect collect) noexcept
      : Future<R>(loop, WaitKind::gather), GatherBase(return_exceptions), collect_(collect) {}

  using GatherBase::children;
  // Cancels the children (not the outer itself: it fails once they are done).
  bool cancel(std::optional<std::string> msg = std::nullopt) override {
    return cancel_children(*this, std::move(msg));
  }
  // Adds a child (gather() does, in argument order).
  void add(Ref<FutureBase> child) { add_child(*this, std::move(child)); }
  // The outer future of an empty gather: done with no results.
  void complete_empty() { this->complete(collect_({})); }

protected:
  // A child is done (the outer is every child's done callback).
  Ref<Error> run(FutureBase* child) override {
    child_done(*this, *child, [](GatherBase& base) {
      auto& self = static_cast<Gathering&>(base);
      self.complete(self.collect_(self.children()));
    });
    return nullptr;
  }

private:
  Collect collect_;
};

namespace detail {

// What gather makes of one child: its value (std::monostate for void), or
// with return_exceptions an Outcome.
template <class F, bool Outcomes>
using gathered_t = std::conditional_t<Outcomes, Outcome<typename F::value_type>, result_value_t<F>>;

// One child's share of the results.
template <class F, bool Outcomes>
gathered_t<F, Outcomes> gathered(FutureBase& child) {
  if constexpr (Outcomes) {
    return child_outcome<F>(child);
  } else {
    return child_value<F>(child);
  }
}

// gather over a vector of futures or tasks of the same type F.
template <bool Outcomes, class F>
auto gather_vector(EventLoop& loop, std::vector<Ref<F>> futures) {
  using R = std::vector<gathered_t<F, Outcomes>>;
  auto outer = make_ref<Gathering<R>>(loop, Outcomes, [](const auto& children) {
    R results;
    for (const Ref<FutureBase>& c : children) results.push_back(gathered<F, Outcomes>(*c));
    return results;
  });
  for (Ref<F>& f : futures) outer->add(std::move(f));
  if (futures.empty()) outer->complete_empty();
  return outer;
}

// A coroutine wrapped by gather is gather's own: no "destroyed pending" report.
template <class A>
auto gather_child(EventLoop& loop, A&& arg) {
  auto f = ensure_future(loop, std::forward<A>(arg));
  if constexpr (is_coroutine_v<std::remove_cvref_t<A>>) {
    f->set_log_destroy_pending(false);
  }
  return f;
}

// gather over a pack of arguments (futures, tasks, coroutines), made into
// children left to right (a fold, not function arguments: those have no
// evaluation order, and each coroutine becomes a task as it is added).
template <bool Outcomes, class... As>
auto gather_pack(EventLoop& loop, As&&... args) {
  using R = std::tuple<gathered_t<ensured_future_t<As>, Outcomes>...>;
  auto outer = make_ref<Gathering<R>>(loop, Outcomes, [](const auto& children) {
    return [&]<std::size_t... I>(std::index_sequence<I...>) {
      return R{gathered<ensured_future_t<As>, Outcomes>(*children[I])...};
    }
    (std::index_sequence_for<As...>{});
  });
  (outer->add(gather_child(loop, std::forward<As>(args))), ...);
  if constexpr (sizeof...(As) == 0) outer->complete_empty();
  return outer;
}

} // namespace detail

// gather(*futures): their values in order; the first error propagates.
template <class F>
auto gather(EventLoop& loop, std::vector<Ref<F>> futures) {
  return detail::gather_vector<false>(loop, std::move(futures));
}

// gather(*futures, return_exceptions=True): an Outcome per future, in order.
template <class F>
auto gather(EventLoop& loop, ReturnExceptions, std::vector<Ref<F>> futures) {
  return detail::gather_vector<true>(loop, std::move(futures));
}

// gather(a, b, ...): futures, tasks or coroutines of any types; a tuple of values.
template <Awaitable... As>
auto gather(EventLoop& loop, As&&... args) {
  return detail::gather_pack<false>(loop, std::forward<As>(args)...);
}

// gather(a, b, ..., return_exceptions=True): a tuple of Outcomes.
template <Awaitable... As>
auto gather(EventLoop& loop, ReturnExceptions, As&&... args) {
  return detail::gather_pack<true>(loop, std::forward<As>(args)...);
}

} // namespace aio
