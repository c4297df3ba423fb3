// anext(iterator, default): an awaitable that awaits iterator.__anext__() and
// gives `default` instead of letting StopAsyncIteration out.
#pragma once

#include "python/vm/object.hpp"

namespace py {

/// A new anext_awaitable over `awaitable` (what __anext__ returned) and `dflt`.
Value anext_awaitable_new(VM& vm, Value awaitable, Value dflt);

} // namespace py
