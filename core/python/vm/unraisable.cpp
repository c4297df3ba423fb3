#include "python/vm/unraisable.hpp"

#include "python/vm/errors.hpp"
#include "python/vm/protocol.hpp"
#include "python/vm/traceback.hpp"
#include "python/vm/vm.hpp"

namespace py {

void report_unraisable(VM& vm, std::string_view message, Value object) {
  Value exc = fetch_exception(vm);
  if (exc.is_null()) return;
  std::string text = cat(message, ": ", repr_text(vm, object), "\n", format_exception(vm, exc));
  vm.host().write_stderr(text);
  decref(exc);
}

} // namespace py
