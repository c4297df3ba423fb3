// Every twin, run three ways: asyncio.run on the virtual clock, and pumped on
// a host clock with a slice of 0 (one callback per pump) and of a second.
// Each must print exactly what CPython printed for its Python twin.
#include "scenarios.hpp"

#include <catch2/catch.hpp>

namespace {

struct Case {
  const char* name;
  test::Scenario main;
};

const Case cases[] = {
    {"ready_fifo", test::ready_fifo},
    {"timers_fifo", test::timers_fifo},
    {"sleep_clock", test::sleep_clock},
    {"sleep0_interleave", test::sleep0_interleave},
    {"done_callbacks", test::done_callbacks},
    {"future_api", test::future_api},
    {"exception_handler", test::exception_handler},
    {"deadlock", test::deadlock},
    {"blocking_sleep", test::blocking_sleep},
    {"cancel_paths", test::cancel_paths},
    {"gather_order", test::gather_order},
    {"gather_cancel", test::gather_cancel},
    {"shield", test::shield},
    {"wait_modes", test::wait_modes},
    {"wait_for", test::wait_for},
    {"as_completed", test::as_completed},
    {"timeouts", test::timeouts},
    {"taskgroup", test::taskgroup},
    {"queue_fair", test::queue_fair},
    {"locks_fair", test::locks_fair},
};

// The exit status and stderr the oracle gives for the error a run ended with.
void check_ending(const test::Twin& twin, const aio::Ref<aio::Error>& error) {
  if (twin.exit_status == 0) {
    CHECK(!error);
    CHECK(twin.stderr_text.empty());
    return;
  }
  // The oracle's only other ending: "oracle: <the deadlock message>", status 3.
  REQUIRE(twin.exit_status == 3);
  REQUIRE(error);
  CHECK(error->type_name() == "Deadlock");
  CHECK("oracle: " + error->message() + "\n" == twin.stderr_text);
}

} // namespace

TEST_CASE("twins print what CPython prints", "[twin]") {
  for (const Case& c : cases) {
    DYNAMIC_SECTION(c.name) {
      test::Twin twin = test::twin(c.name);
      SECTION("asyncio.run on the virtual clock") {
        test::VirtualLoop v;
        test::Lines out(v.loop);
        aio::Ref<aio::Error> error = test::run_main(v.loop, c.main(v.loop, out));
        CHECK(out.str() == twin.stdout_text);
        check_ending(twin, error);
        CHECK(v.reports.empty());
      }
      for (double slice : {0.0, 1.0}) {
        DYNAMIC_SECTION("pumped on a host clock, slice " << slice) {
          test::HostLoop h;
          test::Lines out(h.loop);
          aio::Ref<aio::Error> error = test::run_pumped(h.loop, c.main(h.loop, out), slice);
          CHECK(out.str() == twin.stdout_text);
          check_ending(twin, error);
          CHECK(h.reports.empty());
        }
      }
    }
  }
}
