// The baseline: the loop's workloads (bench_support.hpp) on Boost.Asio's C++20
// awaitables: io_context, co_spawn, post, steady_timer, experimental::channel.
#include "bench_support.hpp"

#include <boost/asio/co_spawn.hpp>
#include <boost/asio/detached.hpp>
#include <boost/asio/experimental/channel.hpp>
#include <boost/asio/io_context.hpp>
#include <boost/asio/post.hpp>
#include <boost/asio/steady_timer.hpp>
#include <boost/asio/this_coro.hpp>
#include <boost/asio/use_awaitable.hpp>

#include <memory>
#include <vector>

namespace asio = boost::asio;

namespace {

// One thread, no locking: Asio's fastest io_context (our loop does not lock either).
constexpr int single_threaded = BOOST_ASIO_CONCURRENCY_HINT_UNSAFE;

using Channel = asio::experimental::channel<void(boost::system::error_code, int)>;

std::size_t done = 0;

asio::awaitable<void> nothing() {
  ++done;
  co_return;
}

asio::awaitable<void> switcher(std::size_t n) {
  auto executor = co_await asio::this_coro::executor;
  for (std::size_t i = 0; i < n; ++i) co_await asio::post(executor, asio::use_awaitable);
}

asio::awaitable<void> ping(Channel& to, Channel& from, std::size_t n) {
  for (std::size_t i = 0; i < n; ++i) {
    co_await to.async_send(boost::system::error_code{}, static_cast<int>(i), asio::use_awaitable);
    (void)co_await from.async_receive(asio::use_awaitable);
  }
}

asio::awaitable<void> pong(Channel& from, Channel& to, std::size_t n) {
  for (std::size_t i = 0; i < n; ++i) {
    int v = co_await from.async_receive(asio::use_awaitable);
    co_await to.async_send(boost::system::error_code{}, v, asio::use_awaitable);
  }
}

} // namespace

int main() {
  bench::time_ns_per_op(bench::create_name, bench::tasks_created, [] {
    asio::io_context io(single_threaded);
    done = 0;
    for (std::size_t i = 0; i < bench::tasks_created; ++i) {
      asio::co_spawn(io, nothing(), asio::detached);
    }
    io.run();
  });

  bench::time_ns_per_op(bench::switch_name, bench::switching_tasks * bench::switches_per_task, [] {
    asio::io_context io(single_threaded);
    for (std::size_t i = 0; i < bench::switching_tasks; ++i) {
      asio::co_spawn(io, switcher(bench::switches_per_task), asio::detached);
    }
    io.run();
  });

  bench::time_ns_per_op(bench::timer_name, bench::timers, [] {
    asio::io_context io(single_threaded);
    std::size_t fired = 0;
    // Distinct deadlines, all passed already (Asio has no virtual clock).
    auto base = asio::steady_timer::clock_type::now() - std::chrono::seconds(10);
    std::vector<std::unique_ptr<asio::steady_timer>> timers;
    timers.reserve(bench::timers);
    for (std::size_t i = 0; i < bench::timers; ++i) {
      auto& t = timers.emplace_back(std::make_unique<asio::steady_timer>(io));
      t->expires_at(base + std::chrono::microseconds(bench::scrambled(i, bench::timers)));
      t->async_wait([&fired](boost::system::error_code) { ++fired; });
    }
    io.run();
  });

  bench::time_ns_per_op(bench::queue_name, bench::queue_items, [] {
    asio::io_context io(single_threaded);
    Channel there(io, 1), back(io, 1);
    asio::co_spawn(io, pong(there, back, bench::queue_items), asio::detached);
    asio::co_spawn(io, ping(there, back, bench::queue_items), asio::detached);
    io.run();
  });

  {
    asio::io_context io(single_threaded);
    bench::heap_per_item(bench::heap_name, bench::tasks_measured, [&] {
      for (std::size_t i = 0; i < bench::tasks_measured; ++i) {
        asio::co_spawn(io, switcher(1), asio::detached);
      }
    });
    io.run();
  }
}
