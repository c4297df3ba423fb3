// Raising and inspecting Python exceptions from C++. A function that fails
// sets the VM's pending exception and returns null (or false, or -1): errors
// travel as values, never as C++ exceptions.
#pragma once

#include <string>
#include <string_view>
#include <type_traits>

#include "python/vm/object.hpp"

namespace py {

struct Str;
struct Type;

/// Raises `type(message)` (args () when message is empty). Returns null, so
/// `return raise(vm, ...)` reads naturally in functions returning Value.
Value raise(VM& vm, Type* type, std::string_view message);
/// Raises an exception instance or class, as `raise x` does.
Value raise_value(VM& vm, Value exception);
/// Raises `type(*args)` with the given args tuple (stolen).
Value raise_args(VM& vm, Type* type, Value args);
/// Raises MemoryError (the preallocated instance).
Value raise_memory_error(VM& vm);
/// Raises KeyError(key).
Value raise_key_error(VM& vm, Value key);
/// Raises StopIteration carrying `value` (args () for None, as a generator's `return`).
Value raise_stop_iteration(VM& vm, Value value);
/// Raises AttributeError "'T' object has no attribute 'name'" with .name and .obj set.
Value raise_no_attribute(VM& vm, Value obj, Str* name);

/// True when an exception is pending.
bool error_pending(const VM& vm);
/// True when the pending exception is an instance of `type`.
bool pending_matches(VM& vm, Type* type);
/// Takes the pending exception (the caller owns the returned reference).
Value fetch_exception(VM& vm);
/// Makes `exception` (stolen) the pending one.
void restore_exception(VM& vm, Value exception);
/// Drops the pending exception.
void clear_exception(VM& vm);

/// The Python type name of a value, for messages.
std::string_view type_name(VM& vm, Value v);
std::string_view type_name(Type* t);

/// Concatenates text pieces and integers into a message.
namespace detail {
inline void append_part(std::string& out, std::string_view s) { out.append(s); }
inline void append_part(std::string& out, const char* s) { out.append(s); }
inline void append_part(std::string& out, const std::string& s) { out.append(s); }
inline void append_part(std::string& out, char c) { out.push_back(c); }
template <class T>
requires std::is_integral_v<T>
inline void append_part(std::string& out, T v) { out.append(std::to_string(v)); }
} // namespace detail
template <class... Parts>
std::string cat(const Parts&... parts) {
  std::string out;
  (detail::append_part(out, parts), ...);
  return out;
}

} // namespace py
