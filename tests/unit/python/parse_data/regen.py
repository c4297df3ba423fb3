#!/usr/bin/env python3
"""Writes the expected outputs of the parser corpus from CPython 3.11 (never by hand).

    python3 tests/unit/python/parse_data/regen.py

For every valid/NAME.py, valid/NAME.expected holds
    dump: ast.dump(tree)
    attrs: ast.dump(tree, include_attributes=True)
    warning: CATEGORY|LINENO|MESSAGE        (one line per warning compiling it emits)
for every invalid/NAME.py, invalid/NAME.expected holds the SyntaxError that
compile(source, 'main.py', 'exec', ast.PyCF_ONLY_AST) raises (the parser's errors only:
the compiler's, like 'return' outside a function, are not the parser's business)
    type: / msg: / lineno: / offset: / end_lineno: / end_offset: / text:
and for every lexer/NAME.py, lexer/NAME.expected holds the tokens of the `tokenize` module:
    TYPE LINE,COL-LINE,COL STRING   for names, numbers, strings and operators (columns in
                                    characters, STRING escaped)
    TYPE                            for NEWLINE, INDENT, DEDENT and ENDMARKER, whose
                                    positions the tokenize module reports differently
(comments and NL tokens, which the C tokenizer never produces, are left out).
Values are escaped: backslash, newline, carriage return and tab as \\\\, \\n, \\r, \\t.
"""
import ast
import io
import os
import sys
import tempfile
import token
import tokenize
import warnings

HERE = os.path.dirname(os.path.abspath(__file__))


def escape(s):
    return s.replace("\\", "\\\\").replace("\n", "\\n").replace("\r", "\\r").replace("\t", "\\t")


def read(path):
    with open(path, encoding="utf-8", newline="") as f:
        return f.read()


def write(path, lines):
    with open(path, "w", encoding="utf-8", newline="\n") as f:
        f.write("".join(line + "\n" for line in lines))


def valid(src, path):
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        tree = compile(src, "main.py", "exec", ast.PyCF_ONLY_AST)
    lines = ["dump: " + ast.dump(tree), "attrs: " + ast.dump(tree, include_attributes=True)]
    for w in caught:
        lines.append("warning: %s|%d|%s" % (w.category.__name__, w.lineno, escape(str(w.message))))
    return lines


def invalid(src, path):
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            compile(src, "main.py", "exec", ast.PyCF_ONLY_AST)
    except SyntaxError as e:
        return ["type: " + type(e).__name__, "msg: " + escape(e.msg),
                "lineno: %s" % e.lineno, "offset: %s" % e.offset,
                "end_lineno: %s" % e.end_lineno, "end_offset: %s" % e.end_offset,
                "text: " + ("<None>" if e.text is None else escape(e.text))]
    except MemoryError:
        return ["type: MemoryError"]
    sys.exit("%s parses: it belongs in valid/" % path)


def lexer(src, path):
    lines = []
    structural = {token.NEWLINE, token.INDENT, token.DEDENT, token.ENDMARKER}
    for t in tokenize.generate_tokens(io.StringIO(src).readline):
        if t.type in (token.NL, token.COMMENT):
            continue
        kind = token.tok_name[t.exact_type]
        if t.type in structural:
            lines.append(kind)
        else:
            lines.append("%s %d,%d-%d,%d %s" % (kind, t.start[0], t.start[1], t.end[0], t.end[1],
                                                escape(t.string)))
    return lines


def main():
    # compile() looks for the line of an error in a file named like the program: there must be
    # no main.py where it runs.
    os.chdir(tempfile.mkdtemp())
    for folder, expect in (("valid", valid), ("invalid", invalid), ("lexer", lexer)):
        directory = os.path.join(HERE, folder)
        for name in sorted(os.listdir(directory)):
            if name.endswith(".py"):
                path = os.path.join(directory, name)
                write(path[:-3] + ".expected", expect(read(path), path))


if __name__ == "__main__":
    main()
