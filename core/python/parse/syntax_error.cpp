// Names of the exception classes of syntax_error.hpp.
#include "python/parse/syntax_error.hpp"

namespace py {

std::string_view syntax_error_type_name(SyntaxErrorType type) {
  switch (type) {
  case SyntaxErrorType::SyntaxError: return "SyntaxError";
  case SyntaxErrorType::IndentationError: return "IndentationError";
  case SyntaxErrorType::TabError: return "TabError";
  case SyntaxErrorType::MemoryError: return "MemoryError";
  }
  return "SyntaxError";
}

} // namespace py
