// Expression to source text, as CPython 3.11's Python/ast_unparse.c writes
// it: what annotations become under `from __future__ import annotations`.
#pragma once

#include <string>

#include "python/parse/ast.hpp"

namespace py::bc {

/// The text of an annotation (CPython's _PyAST_ExprAsUnicode).
std::string unparse_annotation(const ast::expr* e);

} // namespace py::bc
