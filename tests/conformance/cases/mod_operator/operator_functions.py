# operator module functions as first-class values: arithmetic, comparison, logical, sequence ops, in-place variants.
import operator as op
from functools import reduce
print(op.add(2, 3), op.sub(2, 3), op.mul(2, 3), op.truediv(7, 2), op.floordiv(-7, 2), op.mod(-7, 2), op.pow(2, 10), op.neg(5), op.pos(-5), op.abs(-3))
print(op.add("a", "b"), op.add([1], [2]), op.mul("ab", 3), op.concat("x", "y"), op.matmul.__name__)
print(op.lt(1, 2), op.le(2, 2), op.eq(1, 1.0), op.ne(1, 2), op.gt("b", "a"), op.ge([1], [1]))
print(op.and_(6, 3), op.or_(6, 3), op.xor(6, 3), op.invert(5), op.lshift(1, 4), op.rshift(256, 2), op.not_([]), op.truth("x"))
print(op.is_(None, None), op.is_not(1, None), op.contains([1, 2], 2), op.countOf([1, 2, 1], 1), op.indexOf("abc", "c"))
d = {"a": 1}
op.setitem(d, "b", 2)
print(op.getitem(d, "b"), d)
op.delitem(d, "a")
print(d, op.length_hint([1, 2, 3]), op.length_hint(iter(range(5))), op.index(7))
x = [1]
y = op.iadd(x, [2])
print(x, y is x, op.iadd(5, 1), op.imul("ab", 2))
print(reduce(op.mul, range(1, 8)), list(map(op.sub, [10, 20], [1, 2])), sorted([3, 1, 2], key=op.neg))
ops = {"+": op.add, "-": op.sub, "*": op.mul, "/": op.truediv, "//": op.floordiv, "%": op.mod, "**": op.pow}
for sym, fn in ops.items():
    print(f"17 {sym} 5 = {fn(17, 5)}")
try:
    op.truediv(1, 0)
except ZeroDivisionError as e:
    print(type(e).__name__, e)
