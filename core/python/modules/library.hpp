// The modules shipped with the interpreter: native ones (written in C++,
// registered in module_list.hpp) and pure-Python ones (core/python/lib/*.py,
// embedded into the binary at build time by cmake/EmbedFiles.cmake).
#pragma once

#include <string_view>

namespace py {

/// One embedded file: a dotted module name and its source.
struct EmbeddedFile {
  const char* name;
  const char* source;
};

/// The bundled pure-Python modules, ending with a {nullptr, nullptr} entry.
extern const EmbeddedFile kBundledLibrary[];

/// The source of bundled module `name`, or null.
const char* bundled_source(std::string_view name);

} // namespace py
