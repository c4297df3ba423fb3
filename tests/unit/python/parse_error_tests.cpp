// The parser against CPython on the invalid corpus: every snippet of parse_data/invalid fails
// with exactly the SyntaxError CPython 3.11's compile() raises (class, message, line, offsets,
// text).
#include <catch2/catch.hpp>

#include "parse_data/corpus.hpp"
#include "python/parse/parser.hpp"

TEST_CASE("parse: the invalid corpus fails with CPython's errors", "[parse]") {
  auto paths = parse_corpus::snippets("invalid");
  REQUIRE(paths.size() > 300);
  for (std::string_view path : paths) {
    INFO(path);
    std::string expected_path(path.substr(0, path.size() - 3));
    std::string_view expected = parse_corpus::read(expected_path + ".expected");
    REQUIRE(!expected.empty());
    py::ast::Arena arena;
    py::ParseResult r = py::parse(parse_corpus::read(path), arena);
    REQUIRE(r.error);
    REQUIRE(!r.module);
    const py::SyntaxError& e = *r.error;
    auto field = [&](const char* key) { return parse_corpus::values(expected, key).at(0); };
    CHECK(std::string(py::syntax_error_type_name(e.type)) == field("type"));
    if (e.type == py::SyntaxErrorType::MemoryError) continue;
    CHECK(parse_corpus::escape(e.msg) == field("msg"));
    CHECK(std::to_string(e.lineno) == field("lineno"));
    CHECK(std::to_string(e.offset) == field("offset"));
    CHECK(std::to_string(e.end_lineno) == field("end_lineno"));
    CHECK(std::to_string(e.end_offset) == field("end_offset"));
    CHECK((e.text ? parse_corpus::escape(*e.text) : "<None>") == field("text"));
  }
}
