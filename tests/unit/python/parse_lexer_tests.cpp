// The lexer against CPython's `tokenize` module on parse_data/lexer: the same tokens, kinds,
// positions and texts (comments and NL tokens aside, which the C tokenizer does not produce),
// plus lexer behaviour that tokenize cannot show.
#include <catch2/catch.hpp>

#include "parse_data/corpus.hpp"
#include "python/parse/lexer.hpp"

namespace {

// Lib/token.py's names of the token numbers 0..54 (for the .expected format).
constexpr const char* kTokenNames[] = {"ENDMARKER",
                                       "NAME",
                                       "NUMBER",
                                       "STRING",
                                       "NEWLINE",
                                       "INDENT",
                                       "DEDENT",
                                       "LPAR",
                                       "RPAR",
                                       "LSQB",
                                       "RSQB",
                                       "COLON",
                                       "COMMA",
                                       "SEMI",
                                       "PLUS",
                                       "MINUS",
                                       "STAR",
                                       "SLASH",
                                       "VBAR",
                                       "AMPER",
                                       "LESS",
                                       "GREATER",
                                       "EQUAL",
                                       "DOT",
                                       "PERCENT",
                                       "LBRACE",
                                       "RBRACE",
                                       "EQEQUAL",
                                       "NOTEQUAL",
                                       "LESSEQUAL",
                                       "GREATEREQUAL",
                                       "TILDE",
                                       "CIRCUMFLEX",
                                       "LEFTSHIFT",
                                       "RIGHTSHIFT",
                                       "DOUBLESTAR",
                                       "PLUSEQUAL",
                                       "MINEQUAL",
                                       "STAREQUAL",
                                       "SLASHEQUAL",
                                       "PERCENTEQUAL",
                                       "AMPEREQUAL",
                                       "VBAREQUAL",
                                       "CIRCUMFLEXEQUAL",
                                       "LEFTSHIFTEQUAL",
                                       "RIGHTSHIFTEQUAL",
                                       "DOUBLESTAREQUAL",
                                       "DOUBLESLASH",
                                       "DOUBLESLASHEQUAL",
                                       "AT",
                                       "ATEQUAL",
                                       "RARROW",
                                       "ELLIPSIS",
                                       "COLONEQUAL",
                                       "OP"};

// Number of code points in s.
int chars(std::string_view s) {
  int n = 0;
  for (unsigned char c : s) n += (c & 0xC0) != 0x80;
  return n;
}

// The tokens of `source` in the .expected format.
std::vector<std::string> tokens(std::string_view source) {
  py::Lexer lexer(source);
  std::string_view text = lexer.text();
  std::vector<std::size_t> line_starts{0, 0}; // line_starts[n]: offset of line n (1-based)
  for (std::size_t i = 0; i < text.size(); ++i) {
    if (text[i] == '\n') line_starts.push_back(i + 1);
  }
  auto column = [&](int line, int byte_col) {
    return chars(text.substr(line_starts[line], byte_col));
  };
  std::vector<std::string> out;
  for (;;) {
    py::Token t = lexer.next();
    REQUIRE(t.type != py::Tok::ErrorToken);
    // The tokenize module calls `async` and `await` NAMEs, like the other keywords.
    bool keyword = t.type == py::Tok::Async || t.type == py::Tok::Await;
    std::string name = keyword ? "NAME" : kTokenNames[py::cpython_token_number(t.type)];
    if (t.type == py::Tok::Newline || t.type == py::Tok::Indent || t.type == py::Tok::Dedent ||
        t.type == py::Tok::EndMarker) {
      out.push_back(name);
    } else {
      out.push_back(name + " " + std::to_string(t.lineno) + "," +
                    std::to_string(column(t.lineno, t.col_offset)) + "-" +
                    std::to_string(t.end_lineno) + "," +
                    std::to_string(column(t.end_lineno, t.end_col_offset)) + " " +
                    parse_corpus::escape(text.substr(t.start, t.end - t.start)));
    }
    if (t.type == py::Tok::EndMarker) return out;
  }
}

} // namespace

TEST_CASE("lexer: the lexer corpus gives tokenize's tokens", "[lexer]") {
  auto paths = parse_corpus::snippets("lexer");
  REQUIRE(paths.size() >= 10);
  for (std::string_view path : paths) {
    INFO(path);
    std::string expected_path(path.substr(0, path.size() - 3));
    std::vector<std::string> expected;
    std::string_view e = parse_corpus::read(expected_path + ".expected");
    for (std::size_t pos = 0; pos < e.size();) {
      std::size_t end = e.find('\n', pos);
      expected.emplace_back(e.substr(pos, end - pos));
      pos = end + 1;
    }
    CHECK(tokens(parse_corpus::read(path)) == expected);
  }
}

TEST_CASE("lexer: INDENT and DEDENT carry no column, like CPython's", "[lexer]") {
  py::Lexer lexer("if x:\n    y\nz\n");
  std::vector<py::Tok> kinds;
  for (py::Token t = lexer.next(); t.type != py::Tok::EndMarker; t = lexer.next()) {
    kinds.push_back(t.type);
    if (t.type == py::Tok::Indent || t.type == py::Tok::Dedent) {
      CHECK(t.col_offset == -1);
      CHECK(t.end_col_offset == -1);
    }
  }
  CHECK(kinds == std::vector<py::Tok>{py::Tok::KwIf, py::Tok::Name, py::Tok::Colon,
                                      py::Tok::Newline, py::Tok::Indent, py::Tok::Name,
                                      py::Tok::Newline, py::Tok::Dedent, py::Tok::Name,
                                      py::Tok::Newline});
}

TEST_CASE("lexer: brackets are tracked for the parser's messages", "[lexer]") {
  py::Lexer lexer("f(a,\n  [b");
  while (lexer.next().type != py::Tok::ErrorToken) {
  }
  CHECK(lexer.status() == py::LexStatus::Eof);
  REQUIRE(lexer.level() == 2);
  CHECK(lexer.innermost_bracket().kind == '[');
  CHECK(lexer.innermost_bracket().lineno == 2);
  CHECK(lexer.innermost_bracket().col == 2);
}

TEST_CASE("lexer: keyword kinds and soft keywords", "[lexer]") {
  py::Lexer lexer("async await match case _ while");
  CHECK(lexer.next().type == py::Tok::Async);
  CHECK(lexer.next().type == py::Tok::Await);
  CHECK(lexer.next().type == py::Tok::Name); // match, case and _ are soft: plain NAMEs
  CHECK(lexer.next().type == py::Tok::Name);
  CHECK(lexer.next().type == py::Tok::Name);
  CHECK(lexer.next().type == py::Tok::KwWhile);
}
