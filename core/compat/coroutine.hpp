// One spelling of the C++20 coroutine library for every toolchain we build with.
//
// g++ 12 ships <coroutine>; Emscripten 3.1.6's libc++ (clang 14) only ships
// <experimental/coroutine>, whose names live in std::experimental. Code in
// coroplay includes this header and says `coro::coroutine_handle`,
// `coro::suspend_always`, ... and never names either namespace itself.
#pragma once

#if __has_include(<coroutine>) && !defined(__EMSCRIPTEN__)
#include <coroutine>
namespace coro {
using std::coroutine_handle;
using std::noop_coroutine;
using std::suspend_always;
using std::suspend_never;
} // namespace coro
#else
#include <experimental/coroutine>
namespace coro {
using std::experimental::coroutine_handle;
using std::experimental::noop_coroutine;
using std::experimental::suspend_always;
using std::experimental::suspend_never;
} // namespace coro
#endif
