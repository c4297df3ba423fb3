# print(): sep, end, file=sys.stderr, flush, no arguments, non-string objects, and argument errors.
import sys
print("a", "b", "c")
print("a", "b", "c", sep="")
print("a", "b", "c", sep=" | ", end=" <END>\n")
print("no newline", end="")
print(" -> continued")
print()
print("", "")
print(1, 2.0, None, True, [1], {"k": (1,)}, sep=", ")
print(*range(5))
print(*range(5), sep="-")
print(*[], sep="x", end="[empty]\n")
print("to stderr", 42, file=sys.stderr)
print("err2", "x", sep="+", end="!\n", file=sys.stderr)
print("flushed", flush=True)
print("sep None", "end None", sep=None, end=None)
print("multi\nline", "tab\tsep")
print("한국어", "🐍", sep="·")
for bad in [dict(sep=1), dict(end=2), dict(file="x"), dict(foo=1)]:
    try:
        print("x", **bad)
    except (TypeError, AttributeError) as e:
        print(type(e).__name__, e)
class Loud:
    def __str__(self):
        return "LOUD"
    def __repr__(self):
        return "quiet"
print(Loud(), [Loud()], (Loud(),), {1: Loud()})
sys.stdout.write("written directly\n")
sys.stderr.write("stderr directly\n")
print(sys.stdout.write("abc"), file=sys.stderr)
print()
