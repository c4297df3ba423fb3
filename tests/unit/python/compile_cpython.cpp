// The compiler against CPython 3.11 (compile_data/regen.py): for each snippet
// of compile_data/cases, of the parser corpus and of tests/conformance, the
// SyntaxError compile() raises (message and position), the SyntaxWarnings it
// emits (and the error each becomes under -W error), the effect of top-level
// await, and for code that compiles, the layout of every code object:
// qualname, argument counts, flags, first line, varnames, cellvars,
// freevars and names.
#include <catch2/catch.hpp>
#include <filesystem>
#include <fstream>
#include <sstream>

#include "compile_support.hpp"
#include "parse_data/corpus.hpp"
#include "python/objects/code.hpp"

namespace {

using compile_test::Compiled;
using compile_test::Warnings;

/// What compile() did: the exception type ("" for none), message and position.
struct Outcome {
  const char* type;
  const char* msg;
  int lineno, offset, end_lineno, end_offset;
};

/// One snippet and what CPython does with it.
struct Case {
  const char* path;
  const char* source;
  size_t size;
  Outcome normal, werror, toplevel;
  int toplevel_coroutine;
  /// Lines of "category<TAB>message<TAB>line".
  const char* warnings;
  /// Lines of "qualname<TAB>argcount<TAB>posonlyargcount<TAB>kwonlyargcount<TAB>flags
  /// <TAB>firstlineno<TAB>varnames<TAB>cellvars<TAB>freevars<TAB>names", lists space-separated.
  const char* codes;
};

/// The lines of a text, each split at tabs.
std::vector<std::vector<std::string>> table(std::string_view text) {
  std::vector<std::vector<std::string>> rows;
  size_t pos = 0;
  while (pos < text.size()) {
    size_t end = text.find('\n', pos);
    std::string_view line = text.substr(pos, end - pos);
    std::vector<std::string> fields;
    size_t start = 0;
    while (true) {
      size_t tab = line.find('\t', start);
      fields.emplace_back(
          line.substr(start, tab == std::string_view::npos ? line.npos : tab - start));
      if (tab == std::string_view::npos) break;
      start = tab + 1;
    }
    rows.push_back(std::move(fields));
    pos = end + 1;
  }
  return rows;
}

/// The items of a space-separated list.
std::vector<std::string> words(const std::string& text) {
  std::vector<std::string> out;
  std::string item;
  for (char c : text) {
    if (c == ' ') {
      out.push_back(item);
      item.clear();
    } else {
      item += c;
    }
  }
  if (!text.empty()) out.push_back(item);
  return out;
}

const Case kCases[] = {
#include "python/compile_data/expected.inc"
};

/// The source of a case: embedded, in the parser corpus, or in tests/conformance.
bool case_source(const Case& c, std::string* out) {
  std::string_view path = c.path;
  if (c.source) {
    *out = std::string(c.source, c.size);
    return true;
  }
  if (path.substr(0, 6) == "valid/") {
    *out = std::string(parse_corpus::read(path));
    return out->size() == c.size;
  }
  std::filesystem::path file = std::filesystem::path(__FILE__).parent_path() / ".." / ".." /
                               "conformance" / std::string(path.substr(12));
  std::ifstream in(file, std::ios::binary);
  if (!in) return false;
  std::stringstream ss;
  ss << in.rdbuf();
  *out = ss.str();
  return out->size() == c.size;
}

/// Our outcome in the form of Outcome (strings owned by the caller's storage).
struct Ours {
  std::string type, msg;
  int lineno = 0, offset = 0, end_lineno = 0, end_offset = 0;
};

Ours outcome_of(const Compiled& c) {
  Ours o;
  if (c.parse_error) {
    const py::SyntaxError& e = *c.parse_error;
    o.type = std::string(py::syntax_error_type_name(e.type));
    o.msg = e.msg;
    o.lineno = e.has_location ? e.lineno : -1;
    o.offset = e.has_location ? e.offset : -1;
    o.end_lineno = e.has_location ? e.end_lineno : -1;
    o.end_offset = e.has_location ? e.end_offset : -1;
  } else if (!c.code) {
    o.type = c.error.kind == py::bc::CompileErrorKind::recursion_error ? "RecursionError"
                                                                       : "SyntaxError";
    o.msg = c.error.message;
    o.lineno = c.error.lineno;
    o.offset = c.error.offset;
    o.end_lineno = c.error.end_lineno;
    o.end_offset = c.error.end_offset;
  }
  return o;
}

/// Checks our outcome against CPython's; `position` false compares only the
/// type, message and line (errors made from the parser's warnings).
void check_outcome(const Ours& ours, const Outcome& expected, bool position = true) {
  CHECK(ours.type == expected.type);
  CHECK(ours.msg == expected.msg);
  if (ours.type.empty() || ours.type == "RecursionError") return;
  CHECK(ours.lineno == expected.lineno);
  if (!position) return;
  CHECK(ours.offset == expected.offset);
  CHECK(ours.end_lineno == expected.end_lineno);
  CHECK(ours.end_offset == expected.end_offset);
}

void check_layout(const py::bc::CodeUnit& module, const char* expected_text) {
  std::vector<const py::bc::CodeUnit*> ours = compile_test::all_codes(module);
  std::vector<std::vector<std::string>> expected = table(expected_text);
  REQUIRE(ours.size() == expected.size());
  for (size_t i = 0; i < ours.size(); ++i) {
    const py::bc::CodeUnit& c = *ours[i];
    const std::vector<std::string>& e = expected[i];
    REQUIRE(e.size() == 10);
    INFO("code object " << e[0]);
    CHECK(c.qualname == e[0]);
    CHECK(std::to_string(c.argcount) == e[1]);
    CHECK(std::to_string(c.posonlyargcount) == e[2]);
    CHECK(std::to_string(c.kwonlyargcount) == e[3]);
    CHECK(std::to_string(c.flags) == e[4]);
    CHECK(std::to_string(c.firstlineno) == e[5]);
    CHECK(c.varnames == words(e[6]));
    CHECK(c.cellvars == words(e[7]));
    CHECK(c.freevars == words(e[8]));
    CHECK(c.names == words(e[9]));
  }
}

} // namespace

TEST_CASE("compile: errors, warnings and code layout match CPython 3.11", "[compile]") {
  size_t checked = 0;
  for (const Case& c : kCases) {
    std::string source;
    if (!case_source(c, &source)) continue; // a conformance case that changed or went away
    ++checked;
    INFO("case " << c.path);
    {
      INFO("warnings recorded");
      Compiled compiled = compile_test::compile_source(source);
      check_outcome(outcome_of(compiled), c.normal);
      std::vector<std::vector<std::string>> warnings = table(c.warnings);
      REQUIRE(compiled.warnings.size() == warnings.size());
      for (size_t i = 0; i < warnings.size(); ++i) {
        CHECK(compiled.warnings[i].category == warnings[i][0]);
        CHECK(compiled.warnings[i].message == warnings[i][1]);
        CHECK(std::to_string(compiled.warnings[i].lineno) == warnings[i][2]);
      }
      if (compiled.code) {
        CHECK(compile_test::verify(*compiled.code) == "");
        check_layout(*compiled.code, c.codes);
      }
    }
    {
      INFO("warnings as errors");
      Compiled compiled = compile_test::compile_source(source, Warnings::as_errors);
      // The first parser warning, if any, is the error (our parser gives no column).
      if (compiled.parser_warnings) {
        Ours o;
        o.type = "SyntaxError";
        o.msg = compiled.warnings[0].message;
        o.lineno = compiled.warnings[0].lineno;
        check_outcome(o, c.werror, false);
      } else {
        check_outcome(outcome_of(compiled), c.werror);
      }
    }
    {
      INFO("top-level await");
      Compiled compiled = compile_test::compile_source(source, Warnings::record, true);
      check_outcome(outcome_of(compiled), c.toplevel);
      if (compiled.code) {
        CHECK(bool(compiled.code->flags & py::kCoCoroutine) == bool(c.toplevel_coroutine));
        CHECK(compile_test::verify(*compiled.code) == "");
      }
    }
  }
  CHECK(checked > 300);
}
