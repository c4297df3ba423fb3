# match over nested dataclasses: evaluating and simplifying a small expression tree.
from dataclasses import dataclass
@dataclass
class Num:
    value: float
@dataclass
class Var:
    name: str
@dataclass
class BinOp:
    op: str
    left: object
    right: object
def simplify(e):
    match e:
        case BinOp("+", Num(0), x) | BinOp("+", x, Num(0)):
            return simplify(x)
        case BinOp("*", Num(1), x) | BinOp("*", x, Num(1)):
            return simplify(x)
        case BinOp("*", Num(0), _) | BinOp("*", _, Num(0)):
            return Num(0)
        case BinOp(op, l, r):
            return BinOp(op, simplify(l), simplify(r))
        case _:
            return e
def evaluate(e, env):
    match e:
        case Num(v):
            return v
        case Var(name) if name in env:
            return env[name]
        case Var(name):
            raise NameError(f"unbound variable {name}")
        case BinOp("+", l, r):
            return evaluate(l, env) + evaluate(r, env)
        case BinOp("-", l, r):
            return evaluate(l, env) - evaluate(r, env)
        case BinOp("*", l, r):
            return evaluate(l, env) * evaluate(r, env)
        case BinOp(op, _, _):
            raise ValueError(f"unknown operator {op!r}")
def show(e):
    match e:
        case Num(v):
            return str(v)
        case Var(n):
            return n
        case BinOp(op, l, r):
            return f"({show(l)} {op} {show(r)})"
exprs = [
    BinOp("+", Num(0), BinOp("*", Var("x"), Num(1))),
    BinOp("*", BinOp("+", Var("x"), Num(2)), BinOp("-", Var("y"), Num(0))),
    BinOp("*", Num(0), Var("z")),
    BinOp("/", Num(1), Num(2)),
    BinOp("+", Var("q"), Num(1)),
]
for e in exprs:
    s = simplify(e)
    print(show(e), "=>", show(s))
    try:
        print("  value:", evaluate(s, {"x": 3, "y": 4}))
    except (NameError, ValueError) as err:
        print(f"  {type(err).__name__}: {err}")
print(simplify(exprs[0]) == Var("x"), exprs[2])
