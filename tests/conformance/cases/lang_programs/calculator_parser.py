# A tiny arithmetic expression evaluator: tokenizer, recursive-descent parser, error reporting.
def tokenize(src):
    tokens, i = [], 0
    while i < len(src):
        ch = src[i]
        if ch.isspace():
            i += 1
        elif ch.isdigit() or ch == ".":
            j = i
            while j < len(src) and (src[j].isdigit() or src[j] == "."):
                j += 1
            tokens.append(("num", float(src[i:j]) if "." in src[i:j] else int(src[i:j])))
            i = j
        elif ch in "+-*/()%":
            tokens.append(("op", ch))
            i += 1
        else:
            raise SyntaxError(f"unexpected character {ch!r} at {i}")
    return tokens
class Parser:
    def __init__(self, tokens):
        self.tokens, self.pos = tokens, 0
    def peek(self):
        return self.tokens[self.pos] if self.pos < len(self.tokens) else ("end", None)
    def take(self):
        tok = self.peek()
        self.pos += 1
        return tok
    def expr(self):
        value = self.term()
        while self.peek() in (("op", "+"), ("op", "-")):
            op = self.take()[1]
            value = value + self.term() if op == "+" else value - self.term()
        return value
    def term(self):
        value = self.factor()
        while self.peek()[1] in ("*", "/", "%") and self.peek()[0] == "op":
            op = self.take()[1]
            rhs = self.factor()
            value = value * rhs if op == "*" else value / rhs if op == "/" else value % rhs
        return value
    def factor(self):
        kind, val = self.take()
        if kind == "num":
            return val
        if val == "-":
            return -self.factor()
        if val == "(":
            v = self.expr()
            if self.take() != ("op", ")"):
                raise SyntaxError("expected ')'")
            return v
        raise SyntaxError(f"unexpected token {val!r}")
def evaluate(src):
    p = Parser(tokenize(src))
    v = p.expr()
    if p.peek()[0] != "end":
        raise SyntaxError(f"trailing token {p.peek()[1]!r}")
    return v
for src in ["1 + 2 * 3", "(1 + 2) * 3", "10 / 4", "7 % 3 - -2", "2 * (3 + (4 - 1)) / 3",
            "0.1 + 0.2", "1 / 0", "2 +", "(1 + 2", "3 $ 4", "4 4"]:
    try:
        print(f"{src:<22} = {evaluate(src)!r}")
    except (SyntaxError, ZeroDivisionError) as e:
        print(f"{src:<22} ! {type(e).__name__}: {e}")
