// The program's standard streams: sys.stdout / sys.stderr are objects of a
// small TextIOWrapper-like type that hand text to the Host, and print() and
// input() as the builtins module exposes them.
#pragma once

#include <string_view>

#include "python/vm/object.hpp"

namespace py {
struct Tuple;
}

namespace py {

/// Makes the TextIOWrapper type (vm.types.text_output).
void init_text_output_type(VM& vm);
/// A new stream object writing to the host's stdout (fd 1) or stderr (fd 2).
Value text_output_new(VM& vm, int fd, std::string_view name);
/// Writes text to a file-like object: directly to the host for the standard
/// streams, through its write() method otherwise.
bool write_to(VM& vm, Value file, std::string_view text);

/// print() and input().
Value builtin_print(VM& vm, const Value* args, size_t nargs, Tuple* kwnames);
Value builtin_input(VM& vm, const Value* args, size_t nargs, Tuple* kwnames);

} // namespace py
