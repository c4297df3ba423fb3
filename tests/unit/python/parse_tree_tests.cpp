// The parser against CPython on the valid corpus: every snippet of parse_data/valid parses to
// exactly the tree CPython 3.11 builds (ast.dump with and without positions), with the same
// warnings.
#include <catch2/catch.hpp>

#include "parse_data/corpus.hpp"
#include "python/parse/parser.hpp"

namespace {

// The .expected file next to a snippet.
std::string_view expected_of(std::string_view py_path) {
  std::string path(py_path.substr(0, py_path.size() - 3));
  return parse_corpus::read(path + ".expected");
}

} // namespace

TEST_CASE("parse: the valid corpus parses to CPython's trees", "[parse]") {
  auto paths = parse_corpus::snippets("valid");
  REQUIRE(paths.size() > 300);
  for (std::string_view path : paths) {
    INFO(path);
    std::string_view expected = expected_of(path);
    REQUIRE(!expected.empty());
    py::ast::Arena arena;
    py::ParseResult r = py::parse(parse_corpus::read(path), arena);
    std::string error = r.error ? r.error->msg + " at line " + std::to_string(r.error->lineno) : "";
    INFO(error);
    REQUIRE(r.module);
    CHECK(py::ast::dump(*r.module) == parse_corpus::values(expected, "dump").at(0));
    CHECK(py::ast::dump(*r.module, true) == parse_corpus::values(expected, "attrs").at(0));
    std::vector<std::string> warnings;
    for (const py::SyntaxWarning& w : r.warnings) {
      warnings.push_back(w.category + "|" + std::to_string(w.lineno) + "|" +
                         parse_corpus::escape(w.message));
    }
    CHECK(warnings == parse_corpus::values(expected, "warning"));
  }
}

TEST_CASE("parse: the corpus covers every node class", "[parse]") {
  // A test that the corpus keeps its breadth: each class name must appear in some dump.
  std::string all;
  for (std::string_view path : parse_corpus::snippets("valid")) {
    all += parse_corpus::values(expected_of(path), "dump").at(0);
  }
  for (const char* name : {"FunctionDef(",
                           "AsyncFunctionDef(",
                           "ClassDef(",
                           "Return(",
                           "Delete(",
                           "Assign(",
                           "AugAssign(",
                           "AnnAssign(",
                           "For(",
                           "AsyncFor(",
                           "While(",
                           "If(",
                           "With(",
                           "AsyncWith(",
                           "Match(",
                           "Raise(",
                           "Try(",
                           "TryStar(",
                           "Assert(",
                           "Import(",
                           "ImportFrom(",
                           "Global(",
                           "Nonlocal(",
                           "Expr(",
                           "Pass(",
                           "Break(",
                           "Continue(",
                           "BoolOp(",
                           "NamedExpr(",
                           "BinOp(",
                           "UnaryOp(",
                           "Lambda(",
                           "IfExp(",
                           "Dict(",
                           "Set(",
                           "ListComp(",
                           "SetComp(",
                           "DictComp(",
                           "GeneratorExp(",
                           "Await(",
                           "Yield(",
                           "YieldFrom(",
                           "Compare(",
                           "Call(",
                           "FormattedValue(",
                           "JoinedStr(",
                           "Constant(",
                           "Attribute(",
                           "Subscript(",
                           "Starred(",
                           "Name(",
                           "List(",
                           "Tuple(",
                           "Slice(",
                           "MatchValue(",
                           "MatchSingleton(",
                           "MatchSequence(",
                           "MatchMapping(",
                           "MatchClass(",
                           "MatchStar(",
                           "MatchAs(",
                           "MatchOr(",
                           "ExceptHandler(",
                           "arguments(",
                           "arg(",
                           "keyword(",
                           "alias(",
                           "withitem(",
                           "match_case(",
                           "comprehension(",
                           "Store()",
                           "Del()",
                           "MatMult()",
                           "kind='u'",
                           "format_spec=",
                           "is_async=1"}) {
    INFO(name);
    CHECK(all.find(name) != std::string::npos);
  }
}
