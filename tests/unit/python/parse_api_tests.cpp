// The parser's API and AST conventions (parser.hpp, ast.hpp): what the compiler relies on and
// what the corpus tests cannot show — how constants are stored, byte columns, the eval mode,
// errors without location, and robustness on hostile input. CPython's behaviour itself is
// checked against generated expectations in the corpus tests, not here.
#include <catch2/catch.hpp>

#include <string>

#include "python/parse/parser.hpp"

using namespace py;

namespace {

// Parses `source` as a program that must parse, and returns its first statement's value.
const ast::expr* first_value(ast::Arena& arena, const std::string& source) {
  ParseResult r = parse(source, arena);
  INFO(source);
  REQUIRE(r.module);
  REQUIRE(!r.module->body.empty());
  const auto* e = r.module->body[0]->as<ast::Expr>();
  REQUIRE(e);
  return e->value;
}

// The constant that `source` (one expression) is.
const ast::constant& constant_of(ast::Arena& arena, const std::string& source) {
  const auto* c = first_value(arena, source)->as<ast::Constant>();
  REQUIRE(c);
  return c->value;
}

} // namespace

TEST_CASE("parse: integers keep their digits and base", "[parse]") {
  ast::Arena arena;
  auto check = [&](const char* src, const char* digits, int base) {
    const ast::constant& c = constant_of(arena, src);
    CHECK(c.kind == ast::constant_kind::Int);
    CHECK(c.text == digits);
    CHECK(c.int_base == base);
  };
  check("1_000_000", "1000000", 10);
  check("0", "0", 10);
  check("000", "0", 10);
  check("0xdead_BEEF", "deadBEEF", 16);
  check("0o017", "17", 8);
  check("0b0101", "101", 2);
  check("123456789012345678901234567890", "123456789012345678901234567890", 10);
}

TEST_CASE("parse: floats and imaginary numbers are correctly rounded doubles", "[parse]") {
  ast::Arena arena;
  const ast::constant& f = constant_of(arena, "0.1");
  CHECK(f.kind == ast::constant_kind::Float);
  CHECK(f.number == 0.1);
  CHECK(constant_of(arena, "1_0.2_5e1_0").number == 10.25e10);
  CHECK(constant_of(arena, "2.2250738585072011e-308").number == 2.2250738585072011e-308);
  const ast::constant& j = constant_of(arena, "2.5j");
  CHECK(j.kind == ast::constant_kind::Complex);
  CHECK(j.number == 2.5);
}

TEST_CASE("parse: strings are decoded UTF-8, bytes raw, adjacent literals joined", "[parse]") {
  ast::Arena arena;
  const ast::constant& s = constant_of(arena, "'a\\tb' \"\\u00e9\" '한'");
  CHECK(s.kind == ast::constant_kind::Str);
  CHECK(s.text == "a\tb\xC3\xA9\xED\x95\x9C");
  const ast::constant& b = constant_of(arena, "b'\\x00\\xff' b'z'");
  CHECK(b.kind == ast::constant_kind::Bytes);
  CHECK(b.text == std::string_view("\x00\xff"
                                   "z",
                                   3));
  const ast::constant& sur = constant_of(arena, "'\\ud800'");
  CHECK(sur.text == "\xED\xA0\x80"); // a lone surrogate, encoded like any code point
  const auto* u = first_value(arena, "u'x'")->as<ast::Constant>();
  CHECK(u->kind == "u");
}

TEST_CASE("parse: columns are UTF-8 byte offsets", "[parse]") {
  ast::Arena arena;
  const auto* binop = first_value(arena, "이름 + x")->as<ast::BinOp>();
  REQUIRE(binop);
  CHECK(binop->left->col_offset == 0);
  CHECK(binop->left->end_col_offset == 6);
  CHECK(binop->right->col_offset == 9);
  CHECK(binop->right->lineno == 1);
}

TEST_CASE("parse: eval mode parses one expression", "[parse]") {
  ast::Arena arena;
  ParseResult r = parse("1 + 2\n\n", arena, ParseMode::Eval);
  REQUIRE(r.expression);
  CHECK(!r.module);
  CHECK(ast::dump(*r.expression) ==
        "Expression(body=BinOp(left=Constant(value=1), op=Add(), right=Constant(value=2)))");
  CHECK(parse("x = 1", arena, ParseMode::Eval).error);
}

TEST_CASE("parse: the tree's lists and optional fields", "[parse]") {
  ast::Arena arena;
  ParseResult r = parse("def f(a, *, b, c=1): pass\n{**d, 'k': v}\n", arena);
  REQUIRE(r.module);
  const auto* f = r.module->body[0]->as<ast::FunctionDef>();
  REQUIRE(f);
  REQUIRE(f->args->kw_defaults.size() == 2);
  CHECK(f->args->kw_defaults[0] == nullptr); // Python's None for b
  CHECK(f->args->kw_defaults[1] != nullptr);
  CHECK(f->returns == nullptr);
  const auto* d = r.module->body[1]->as<ast::Expr>()->value->as<ast::Dict>();
  REQUIRE(d);
  CHECK(d->keys[0] == nullptr); // `**d`
  CHECK(d->keys[1]->is<ast::Constant>());
}

TEST_CASE("parse: errors without a location", "[parse]") {
  ast::Arena arena;
  ParseResult r = parse(std::string("x = 1\0", 6), arena);
  REQUIRE(r.error);
  CHECK(!r.error->has_location);
  CHECK(r.error->msg == "source code string cannot contain null bytes");
  ParseResult bad = parse("x = '\xff'\n", arena);
  REQUIRE(bad.error);
  CHECK(bad.error->lineno == 1);
  CHECK(bad.error->msg.find("(unicode error) 'utf-8' codec can't decode byte 0xff") == 0);
}

TEST_CASE("parse: warnings are reported with their line", "[parse]") {
  ast::Arena arena;
  ParseResult r = parse("x = 1\ny = '\\d' if 1else 2\n", arena);
  REQUIRE(r.module);
  REQUIRE(r.warnings.size() == 2);
  CHECK(r.warnings[0].lineno == 2);
  CHECK(r.warnings[1].lineno == 2);
}

TEST_CASE("parse: hostile nesting ends in an error, not a crash", "[parse]") {
  ast::Arena arena;
  auto error_of = [&](const std::string& source) {
    ParseResult r = parse(source, arena);
    REQUIRE(r.error);
    return *r.error;
  };
  std::string deep = std::string(100000, '-') + "1";
  CHECK(error_of(deep).type == SyntaxErrorType::MemoryError);
  std::string lambdas;
  for (int i = 0; i < 20000; ++i) lambdas += "lambda:";
  CHECK(error_of(lambdas + "1").type == SyntaxErrorType::MemoryError);
  std::string nots;
  for (int i = 0; i < 50000; ++i) nots += "not ";
  CHECK(error_of(nots + "x").type == SyntaxErrorType::MemoryError);
  CHECK(error_of(std::string(100000, '(')).msg == "too many nested parentheses");
  // f-strings nest at most four deep, one per kind of quote.
  std::string fstrings = R"(f"""{f'''{f"{f'{1}'}"}'''}""")";
  CHECK(parse(fstrings, arena).module);
  // Long flat chains parse without recursion.
  std::string chain = "x";
  for (int i = 0; i < 100000; ++i) chain += ".a";
  CHECK(parse(chain, arena).module);
  std::string sum = "1";
  for (int i = 0; i < 100000; ++i) sum += "+1";
  CHECK(parse(sum, arena).module);
}

TEST_CASE("parse: top-level await parses", "[parse]") {
  ast::Arena arena;
  const auto* a = first_value(arena, "await asyncio.sleep(1)")->as<ast::Await>();
  REQUIRE(a);
  CHECK(a->value->is<ast::Call>());
}
