// The ready queue's ring buffer: FIFO across growth and wrap-around, and
// push_front for a paused step.
#include "support.hpp"

#include <catch2/catch.hpp>

namespace {

// A callback that only counts its references.
class Nothing final : public aio::Callback {
public:
  aio::Ref<aio::Error> run(aio::FutureBase*) override { return nullptr; }
};

} // namespace

TEST_CASE("the ready queue stays FIFO while it grows and wraps", "[ready_queue]") {
  std::vector<aio::Ref<aio::Callback>> callbacks;
  for (int i = 0; i < 300; ++i) callbacks.push_back(aio::make_ref<Nothing>());
  aio::detail::ReadyQueue q;
  std::size_t next_in = 0, next_out = 0;
  auto push = [&] {
    aio::Callback* cb = callbacks[next_in++ % callbacks.size()].get();
    cb->retain();
    q.push_back({cb, nullptr});
  };
  auto pop = [&] {
    aio::detail::ReadyEntry e = q.pop_front();
    CHECK(e.callback == callbacks[next_out++ % callbacks.size()].get());
    aio::Ref<aio::Callback>::adopt(e.callback);
  };
  for (int round = 0; round < 5; ++round) {
    for (int i = 0; i < 100; ++i) push();
    for (int i = 0; i < 70; ++i) pop();
  }
  CHECK(q.size() == 150);
  aio::Callback* first = callbacks[0].get();
  first->retain();
  q.push_front({first, nullptr});
  aio::detail::ReadyEntry e = q.pop_front();
  CHECK(e.callback == first);
  aio::Ref<aio::Callback>::adopt(e.callback);
  while (!q.empty()) pop();
  for (const auto& cb : callbacks) CHECK(cb->ref_count() == 1);
}
