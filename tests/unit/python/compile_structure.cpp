// The compiler's own conventions (our design, so hand-written expectations):
// the invariants the VM relies on (checked by compile_test::verify on every
// snippet), the frame layout, constants, class bodies, calls, exception
// handlers and loops, and a sweep over every Python file of the repository.
#include <catch2/catch.hpp>
#include <filesystem>
#include <fstream>
#include <sstream>

#include "compile_support.hpp"
#include "parse_data/corpus.hpp"
#include "python/compile/disassemble.hpp"
#include "python/objects/code.hpp"

using compile_test::compile_ok;
using compile_test::find_code;
using compile_test::opcodes;
using compile_test::verify;
using py::Op;
using py::bc::CodeUnit;
using py::bc::ConstKind;

namespace {

/// True when `ops` contains `pattern` as a contiguous run.
bool contains_run(const std::vector<Op>& ops, const std::vector<Op>& pattern) {
  return std::search(ops.begin(), ops.end(), pattern.begin(), pattern.end()) != ops.end();
}

/// The constant loaded by the first LOAD_CONST after any of the given ops
/// (or by the first LOAD_CONST at all).
const py::bc::ConstValue* first_const(const CodeUnit& code, Op after = Op::NOP) {
  bool armed = after == Op::NOP;
  for (size_t pc = 0; pc < code.instructions.size(); ++pc) {
    Op op = py::opcode_of(code.instructions[pc]);
    if (armed && op == Op::LOAD_CONST) return &code.consts[py::arg_of(code.instructions[pc])];
    if (op == after) armed = true;
    if (py::opcode_has_cache(op)) ++pc;
  }
  return nullptr;
}

/// Snippets exercising every construct, each checked by verify().
const char* const kConstructs[] = {
    "x = 1\nx += 2\nx.a = x[1:2] = x\ndel x.a, x[0]\n",
    "a, *b, c = range(5)\n[d, e] = 1, 2\n(f, (g, h)) = 1, (2, 3)\n",
    "def f(a, /, b, *c, d, e=1, **g):\n    return a, b, c, d, e, g\n",
    "lambda x, *y, z=3, **w: (x, y, z, w)\n",
    "print(*[1], *(2,), **{'a': 1}, sep='', **{'end': ''})\n",
    "f(a, *b, c, d=1, **e)\nf(x for x in y)\n",
    "x = [1, *a, 2]\ny = {1, *b}\nz = {**c, 'k': 1, **d}\nw = (*e, 1)\n",
    "x = [i for i in range(10) if i for j in range(i)]\n",
    "x = {i: j for i, j in y}\ny = (i async for i in z) if 0 else 1\n",
    "g = (y for x in z for y in x if y)\n",
    "def gen():\n    x = yield 1\n    y = yield from x\n    return y\n",
    "async def co():\n    await x\n    async with a as b, c:\n        async for i in b:\n          "
    "  yield i\n",
    "async def co():\n    return [await i async for i in y if await i]\n",
    "while x:\n    if y:\n        break\n    continue\nelse:\n    pass\n",
    "for i in x:\n    try:\n        continue\n    finally:\n        break\n",
    "try:\n    a()\nexcept (E, F) as e:\n    b()\nexcept G:\n    c()\nelse:\n    d()\nfinally:\n   "
    " f()\n",
    "def f():\n    try:\n        return 1\n    finally:\n        return 2\n",
    "def f():\n    for x in y:\n        try:\n            with a, b:\n                return x\n   "
    "     except E as e:\n            return e\n",
    "try:\n    a()\nexcept* E as e:\n    b()\nexcept* F:\n    c()\nelse:\n    d()\nfinally:\n    "
    "f()\n",
    "with a as (b, c), d:\n    e()\n",
    "if a and (b or not c):\n    pass\nelif d < e < f:\n    pass\nelse:\n    x = a if b else c\n",
    "x = a < b < c\ny = not (a is b)\nz = a not in b\n",
    "assert x, 'message'\nassert y\n",
    "import a.b.c as d\nimport e.f\nfrom .g import h as i, j\nfrom k import *\n",
    "global_x = 1\ndef f():\n    global global_x\n    global_x = 2\n    del global_x\n",
    "def outer():\n    x = 1\n    def inner():\n        nonlocal x\n        x += 1\n        del "
    "x\n    return inner\n",
    "class C(B, metaclass=M, **kw):\n    'doc'\n    x: int = 1\n    y: str\n    def m(self):\n     "
    "   return super().m(), __class__\n",
    "@d1\n@d2(1)\ndef f(): pass\n@d3\nclass C: pass\n",
    "match x:\n    case [1, 2, *rest]:\n        pass\n    case {'a': 1, **kw}:\n        pass\n    "
    "case Point(x=0, y=yy) | Point(yy, 0):\n        pass\n    case str() as s if s:\n        "
    "pass\n    case (1 | 2) as n:\n        pass\n    case [_, *_, last]:\n        pass\n    case "
    "None | True:\n        pass\n    case _:\n        pass\n",
    "match x:\n    case {1: a, 'b': [c, d], **rest} if a:\n        pass\n    case [a, b] | [b, "
    "a]:\n        pass\n",
    "f'{a!r:>{w}} {b=} {c:{d}.{e}}' f'{{}}'\n",
    "x = ''.join(f'{i}' for i in range(3))\n",
    "x = 0\nwhile True:\n    x += 1\n    if x > 3:\n        break\n",
    "def f(*, a): return a\nf(a=1)\n",
    "x = [a0, a1, a2, a3, a4, a5, a6, a7, a8, a9, a10, a11, a12, a13, a14, a15, a16, a17, a18, "
    "a19, a20, a21, a22, a23, a24, a25, a26, a27, a28, a29, a30, a31, a32, a33, a34]\n",
    "f(a0, a1, a2, a3, a4, a5, a6, a7, a8, a9, a10, a11, a12, a13, a14, a15, a16, a17, a18, a19, "
    "a20, a21, a22, a23, a24, a25, a26, a27, a28, a29, a30, a31, a32, a33, a34)\n",
    "class C:\n    def __m(self, __a):\n        self.__b = __a\n        return __c\n",
    "def f():\n    x = 1\n    class C:\n        y = x\n        def g(self): return x\n    return "
    "C\n",
};

} // namespace

TEST_CASE("compile: every construct satisfies the VM's invariants", "[compile]") {
  for (const char* source : kConstructs) {
    INFO(source);
    auto code = compile_ok(source);
    CHECK(verify(*code) == "");
  }
}

TEST_CASE("compile: the parser corpus and the conformance programs compile safely", "[compile]") {
  size_t compiled = 0;
  auto check = [&](const std::string& name, std::string_view source) {
    INFO(name);
    compile_test::Compiled c = compile_test::compile_source(source);
    if (c.code) {
      ++compiled;
      CHECK(verify(*c.code) == "");
      CHECK_FALSE(py::bc::disassemble(*c.code).empty());
    }
    compile_test::Compiled t =
        compile_test::compile_source(source, compile_test::Warnings::as_errors, true);
    if (t.code) CHECK(verify(*t.code) == "");
  };
  for (const parse_corpus::File& f : parse_corpus::files()) {
    std::string_view path = f.path;
    if (path.size() > 3 && path.substr(path.size() - 3) == ".py") check(std::string(path), f.data);
  }
  std::filesystem::path root =
      std::filesystem::path(__FILE__).parent_path() / ".." / ".." / "conformance";
  if (std::filesystem::exists(root)) {
    for (const auto& entry : std::filesystem::recursive_directory_iterator(root)) {
      if (entry.path().extension() != ".py") continue;
      std::ifstream in(entry.path(), std::ios::binary);
      std::stringstream ss;
      ss << in.rdbuf();
      check(entry.path().string(), ss.str());
    }
  }
  CHECK(compiled > 100);
}

TEST_CASE("compile: frame layout of parameters, cells and free variables", "[compile]") {
  auto code = compile_ok("def f(a, b, /, c, *args, d, e=2, **kw):\n"
                         "    x = 1\n"
                         "    def g():\n"
                         "        return b, x, d\n"
                         "    return g\n");
  const CodeUnit* f = find_code(*code, "f");
  REQUIRE(f);
  CHECK(f->varnames == std::vector<std::string>{"a", "b", "c", "d", "e", "args", "kw", "g"});
  CHECK(f->argcount == 3);
  CHECK(f->posonlyargcount == 2);
  CHECK(f->kwonlyargcount == 2);
  CHECK((f->flags & (py::kCoVarargs | py::kCoVarKeywords)) ==
        (py::kCoVarargs | py::kCoVarKeywords));
  // Parameter cells first (parameter order), then the others; each starts as its argument or empty.
  CHECK(f->cellvars == std::vector<std::string>{"b", "d", "x"});
  CHECK(f->cell_to_arg == std::vector<int32_t>{1, 3, -1});
  const CodeUnit* g = find_code(*code, "f.<locals>.g");
  REQUIRE(g);
  CHECK(g->freevars == std::vector<std::string>{"b", "d", "x"});
  CHECK((g->flags & py::kCoNested) != 0);
  // A parameter that is a cell is read through its cell.
  std::vector<Op> ops = opcodes(*f);
  CHECK(std::count(ops.begin(), ops.end(), Op::LOAD_CLOSURE) == 3);
}

TEST_CASE("compile: qualified names", "[compile]") {
  auto code = compile_ok("def f():\n"
                         "    def g():\n"
                         "        return [lambda: 0 for _ in ()]\n"
                         "    class C:\n"
                         "        def m(self): pass\n"
                         "        class D:\n"
                         "            def n(self): return (x for x in ())\n"
                         "    return g, C\n"
                         "class E:\n"
                         "    global h\n"
                         "    def h(): pass\n");
  for (const char* name :
       {"f", "f.<locals>.g", "f.<locals>.g.<locals>.<listcomp>",
        "f.<locals>.g.<locals>.<listcomp>.<lambda>", "f.<locals>.C", "f.<locals>.C.m",
        "f.<locals>.C.D", "f.<locals>.C.D.n", "f.<locals>.C.D.n.<locals>.<genexpr>", "E", "h"}) {
    INFO(name);
    CHECK(find_code(*code, name));
  }
}

TEST_CASE("compile: consts[0] of function code is its docstring or None", "[compile]") {
  auto code = compile_ok("def f():\n    'doc'\n    return 1\n"
                         "def g():\n    return 'not doc'\n"
                         "h = lambda: 'x'\n"
                         "k = [x for x in 'ab']\n");
  const CodeUnit* f = find_code(*code, "f");
  REQUIRE(f);
  CHECK(f->consts[0].kind == ConstKind::str);
  CHECK(f->consts[0].text == "doc");
  for (const char* name : {"g", "<lambda>", "<listcomp>"}) {
    const CodeUnit* c = find_code(*code, name);
    REQUIRE(c);
    CHECK(c->consts[0].kind == ConstKind::none);
  }
}

TEST_CASE("compile: constant folding", "[compile]") {
  struct Case {
    const char* source;
    const char* repr;
  };
  const Case cases[] = {
      {"x = -1\n", "-1"},
      {"x = (1, 2, (3, 'a'))\n", "(1, 2, (3, 'a'))"},
      {"x = 2 ** 10\n", "1024"},
      {"x = 2 ** -1\n", "0.5"},
      {"x = 'ab' * 3\n", "'ababab'"},
      {"x = 1 + 2j\n", "(1+2j)"},
      {"x = -0.0\n", "-0.0"},
      {"x = 7 // -2\n", "-4"},
      {"x = 7 % -2\n", "-1"},
      {"x = 1 << 3\n", "8"},
      {"x = 'abc'[-1]\n", "'c'"},
      {"x = (1, 2)[0]\n", "1"},
      {"x = not 0\n", "True"},
      {"x = ~True\n", "-2"},
      {"x = 0x10 + 0o10 + 0b10 + 1_000\n", "1026"},
      {"x = __debug__\n", "True"},
  };
  for (const Case& c : cases) {
    INFO(c.source);
    auto code = compile_ok(c.source);
    std::vector<Op> ops = opcodes(*code);
    CHECK(ops[0] == Op::LOAD_CONST);
    CHECK(ops[1] == Op::STORE_NAME);
    CHECK(first_const(*code)->repr() == c.repr);
  }
  // Nothing is folded when it would raise, or grow past CPython's limits.
  for (const char* source : {"x = 1 / 0\n", "x = 'a' * 5000\n", "x = 2 ** 200\n", "x = (1,)[5]\n",
                             "x = 'a' + 1\n", "x = 'a' % 1\n"}) {
    INFO(source);
    auto code = compile_ok(source);
    CHECK(opcodes(*code)[0] == Op::LOAD_CONST);
    CHECK(opcodes(*code)[2] != Op::STORE_NAME);
  }
  // `in` with a display of constants uses a tuple / frozenset constant; for loops a tuple.
  auto code = compile_ok("a = x in [1, 2]\nb = x in {1, 2}\nfor i in [y, z]: pass\n");
  std::vector<ConstKind> kinds;
  for (const auto& c : code->consts) kinds.push_back(c.kind);
  CHECK(std::count(kinds.begin(), kinds.end(), ConstKind::tuple) == 1);
  CHECK(std::count(kinds.begin(), kinds.end(), ConstKind::frozenset) == 1);
  std::vector<Op> ops = opcodes(*code);
  CHECK(std::count(ops.begin(), ops.end(), Op::BUILD_LIST) == 0);
  CHECK(contains_run(ops, {Op::LOAD_NAME, Op::LOAD_NAME, Op::BUILD_TUPLE, Op::GET_ITER}));
}

TEST_CASE("compile: class bodies", "[compile]") {
  auto code = compile_ok("class A:\n    'doc'\n    x: int = 1\n"
                         "class B(A):\n    def f(self):\n        return super().f()\n");
  const CodeUnit* a = find_code(*code, "A");
  REQUIRE(a);
  std::vector<Op> ops = opcodes(*a);
  CHECK(contains_run(ops, {Op::LOAD_NAME, Op::STORE_NAME, Op::LOAD_CONST, Op::STORE_NAME,
                           Op::SETUP_ANNOTATIONS, Op::LOAD_CONST, Op::STORE_NAME}));
  CHECK(a->names[0] == "__name__");
  CHECK(a->names[1] == "__module__");
  CHECK(a->names[2] == "__qualname__");
  CHECK(a->names[3] == "__doc__");
  CHECK(std::vector<Op>(ops.end() - 2, ops.end()) ==
        std::vector<Op>{Op::LOAD_CONST, Op::RETURN_VALUE});
  const CodeUnit* b = find_code(*code, "B");
  REQUIRE(b);
  CHECK(b->cellvars == std::vector<std::string>{"__class__"});
  ops = opcodes(*b);
  CHECK(std::vector<Op>(ops.end() - 4, ops.end()) ==
        std::vector<Op>{Op::LOAD_CLOSURE, Op::COPY, Op::STORE_NAME, Op::RETURN_VALUE});
  // The class statement: PUSH_NULL; LOAD_BUILD_CLASS; <function>; name; bases; CALL.
  ops = opcodes(*code);
  CHECK(contains_run(ops, {Op::PUSH_NULL, Op::LOAD_BUILD_CLASS, Op::LOAD_CONST, Op::MAKE_FUNCTION,
                           Op::LOAD_CONST, Op::LOAD_NAME, Op::CALL}));
}

TEST_CASE("compile: call shapes", "[compile]") {
  auto code = compile_ok("f(1, k=2)\no.m(1)\nf(*a, **k)\n");
  std::vector<Op> ops = opcodes(*code);
  CHECK(contains_run(
      ops, {Op::PUSH_NULL, Op::LOAD_NAME, Op::LOAD_CONST, Op::LOAD_CONST, Op::KW_NAMES, Op::CALL}));
  CHECK(contains_run(ops, {Op::LOAD_NAME, Op::LOAD_METHOD, Op::LOAD_CONST, Op::CALL}));
  CHECK(contains_run(ops, {Op::PUSH_NULL, Op::LOAD_NAME, Op::LOAD_NAME, Op::BUILD_MAP,
                           Op::LOAD_NAME, Op::DICT_MERGE, Op::CALL_FUNCTION_EX}));
}

TEST_CASE("compile: exception handlers", "[compile]") {
  auto code = compile_ok("try:\n    a()\nexcept E as e:\n    b()\n");
  std::vector<Op> ops = opcodes(*code);
  CHECK(contains_run(ops, {Op::PUSH_EXC_INFO, Op::LOAD_NAME, Op::CHECK_EXC_MATCH,
                           Op::POP_JUMP_IF_FALSE, Op::STORE_NAME}));
  // The handler of the try body keeps the stack as it was; the handler of
  // the except clause keeps the previous exception below.
  REQUIRE(code->handlers.size() >= 2);
  CHECK(code->handlers[0].depth == 0);
  bool cleanup_depth_one = false;
  for (const py::ExceptionHandlerEntry& h : code->handlers) cleanup_depth_one |= h.depth == 1;
  CHECK(cleanup_depth_one);
  // The cleanup re-raise: COPY 2 (the previous exception), POP_EXCEPT, RERAISE.
  CHECK(contains_run(ops, {Op::COPY, Op::POP_EXCEPT, Op::RERAISE}));
  // with: BEFORE_WITH, the handler below __enter__'s result.
  code = compile_ok("with m() as v:\n    pass\n");
  ops = opcodes(*code);
  CHECK(contains_run(
      ops, {Op::PUSH_EXC_INFO, Op::WITH_EXCEPT_START, Op::POP_JUMP_IF_TRUE, Op::RERAISE}));
  CHECK(contains_run(ops, {Op::LOAD_CONST, Op::LOAD_CONST, Op::LOAD_CONST, Op::CALL, Op::POP_TOP}));
  REQUIRE(!code->handlers.empty());
  CHECK(code->handlers[0].depth == 1);
}

TEST_CASE("compile: every loop goes through JUMP_BACKWARD", "[compile]") {
  for (const char* source :
       {"while x:\n    f()\n", "while x < 3 and y:\n    f()\n", "for i in x:\n    f()\n",
        "while True:\n    f()\n", "x = [i for i in y]\n"}) {
    INFO(source);
    auto code = compile_ok(source);
    for (const CodeUnit* c : compile_test::all_codes(*code)) {
      // A jump to an earlier instruction must be a JUMP_BACKWARD.
      for (size_t pc = 0; pc < c->instructions.size(); ++pc) {
        Op op = py::opcode_of(c->instructions[pc]);
        uint32_t arg = py::arg_of(c->instructions[pc]);
        bool jumps = op == Op::POP_JUMP_IF_FALSE || op == Op::POP_JUMP_IF_TRUE ||
                     op == Op::JUMP_FORWARD || op == Op::POP_JUMP_IF_NONE ||
                     op == Op::POP_JUMP_IF_NOT_NONE || op == Op::JUMP_IF_FALSE_OR_POP ||
                     op == Op::JUMP_IF_TRUE_OR_POP || op == Op::FOR_ITER || op == Op::SEND;
        if (jumps) CHECK(arg > pc);
        if (op == Op::JUMP_BACKWARD) CHECK(arg <= pc);
        if (py::opcode_has_cache(op)) ++pc;
      }
    }
    const CodeUnit* loop =
        find_code(*code, std::string_view(source).substr(0, 2) == "x " ? "<listcomp>" : "<module>");
    REQUIRE(loop);
    std::vector<Op> ops = opcodes(*loop);
    CHECK(std::count(ops.begin(), ops.end(), Op::JUMP_BACKWARD) >= 1);
  }
}

TEST_CASE("compile: positions", "[compile]") {
  auto code = compile_ok("x = (a +\n     b)\nobj.method(\n    1).other(2)\n");
  // Each instruction has a position; the method call's is the attribute's line.
  bool found_other = false;
  for (size_t pc = 0; pc < code->instructions.size(); ++pc) {
    const py::LineEntry* entry = nullptr;
    for (const py::LineEntry& e : code->lines) {
      if (e.start <= pc) entry = &e;
    }
    REQUIRE(entry);
    Op op = py::opcode_of(code->instructions[pc]);
    if (op == Op::LOAD_METHOD && code->names[py::arg_of(code->instructions[pc])] == "other") {
      found_other = true;
      CHECK(entry->line == 4);
      CHECK(entry->col == 7);
    }
    if (op == Op::BINARY_OP) {
      CHECK(entry->line == 1);
      CHECK(entry->end_line == 2);
    }
    if (py::opcode_has_cache(op)) ++pc;
  }
  CHECK(found_other);
}

TEST_CASE("compile: generators, coroutines and top-level await", "[compile]") {
  auto code = compile_ok("def g():\n    yield 1\n"
                         "async def c():\n    await x\n"
                         "async def ag():\n    yield 1\n"
                         "def h():\n    return (x for x in y)\n");
  CHECK(find_code(*code, "g")->flags & py::kCoGenerator);
  CHECK(find_code(*code, "c")->flags & py::kCoCoroutine);
  CHECK(find_code(*code, "ag")->flags & py::kCoAsyncGenerator);
  CHECK(find_code(*code, "h.<locals>.<genexpr>")->flags & py::kCoGenerator);
  CHECK_FALSE(find_code(*code, "h")->flags & py::kCoGenerator);
  std::vector<Op> ops = opcodes(*find_code(*code, "ag"));
  CHECK(contains_run(ops, {Op::LOAD_CONST, Op::ASYNC_GEN_WRAP, Op::YIELD_VALUE}));
  ops = opcodes(*find_code(*code, "c"));
  CHECK(contains_run(
      ops, {Op::GET_AWAITABLE, Op::LOAD_CONST, Op::SEND, Op::YIELD_VALUE, Op::JUMP_BACKWARD}));
  compile_test::Compiled top = compile_test::compile_source("await x\nasync for i in y: pass\n",
                                                            compile_test::Warnings::record, true);
  REQUIRE(top.code);
  CHECK(top.code->flags & py::kCoCoroutine);
  CHECK(verify(*top.code) == "");
}

TEST_CASE("compile: the disassembler lists code, tables and nested code", "[compile]") {
  auto code = compile_ok("def f(x):\n    try:\n        return g(x)\n    except E:\n        pass\n");
  std::string text = py::bc::disassemble(*code);
  CHECK(text.find("Disassembly of <module>") != std::string::npos);
  CHECK(text.find("Disassembly of f (main.py, line 1)") != std::string::npos);
  CHECK(text.find("LOAD_GLOBAL") != std::string::npos);
  CHECK(text.find("(g) [cache 0]") != std::string::npos);
  CHECK(text.find("ExceptionTable:") != std::string::npos);
  CHECK(text.find("CHECK_EXC_MATCH") != std::string::npos);
}

TEST_CASE("compile: annotations under `from __future__ import annotations` read as CPython's",
          "[compile]") {
  struct Case {
    const char* annotation;
    const char* kept;
  };
  static const Case cases[] = {
#include "python/compile_data/annotations.inc"
  };
  for (const Case& c : cases) {
    INFO(c.annotation);
    std::string source =
        std::string("from __future__ import annotations\ndef f() -> ") + c.annotation + ": pass\n";
    auto code = compile_ok(source);
    // The annotations tuple ('return', <text>) is built from constants of the module.
    bool found = false;
    for (const py::bc::ConstValue& v : code->consts) {
      if (v.kind == ConstKind::str && v.text == c.kept) found = true;
    }
    CHECK(found);
  }
  // Annotations are not evaluated: the names in them are not even looked up.
  auto code = compile_ok("from __future__ import annotations\nx: Undefined = 1\n");
  for (const std::string& name : code->names) CHECK(name != "Undefined");
}

TEST_CASE("compile: deep nesting compiles or is a RecursionError, never a crash", "[compile]") {
  auto chain = [](const char* op, int n) {
    std::string source = "x = a";
    for (int i = 1; i < n; ++i) source += std::string(op) + "a";
    return source + "\n";
  };
  for (const char* op : {" + ", ".", " if a else "}) {
    INFO(op);
    compile_test::Compiled ok = compile_test::compile_source(chain(op, 2900));
    REQUIRE(ok.code);
    CHECK(verify(*ok.code) == "");
    compile_test::Compiled deep = compile_test::compile_source(chain(op, 3100));
    CHECK_FALSE(deep.code);
    CHECK(deep.error.kind == py::bc::CompileErrorKind::recursion_error);
  }
  // A flat chain (one BoolOp) is not deep.
  CHECK(compile_test::compile_source(chain(" and ", 5000)).code);
  std::string negations = "x = " + std::string(2900, '-') + "1\n";
  auto code = compile_ok(negations);
  CHECK(opcodes(*code)[0] == Op::LOAD_CONST);
}
