// std::bit_cast for toolchains whose library lacks it (Emscripten 3.1.6's libc++ 14).
#pragma once

#include <type_traits>

namespace py::num::detail {

// The bits of from reinterpreted as a To of the same size (what std::bit_cast does).
template <class To, class From>
constexpr To bit_cast(const From& from) noexcept {
  static_assert(sizeof(To) == sizeof(From) && std::is_trivially_copyable_v<From> &&
                std::is_trivially_copyable_v<To>);
  return __builtin_bit_cast(To, from);
}

} // namespace py::num::detail
