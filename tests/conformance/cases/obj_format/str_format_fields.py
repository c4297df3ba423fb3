# str.format: automatic/manual numbering, keyword fields, indexing, attributes, conversions and nested specs.
print("{} {} {}".format(1, "two", 3.0))
print("{0} {1} {0}".format("a", "b"))
print("{name} is {age} years".format(name="Kim", age=30))
print("{0[0]} {0[1]} {1[key]} {1[2]}".format([10, 20], {"key": "v", 2: "int-key"}))
print("{0[-1]}".format({"-1": "string key"}))
class P:
    x = 3
    y = [7, 8]
print("{0.x} {0.y[1]} {p.x}".format(P(), p=P()))
print("{!r} {!s} {!a}".format("hé", "hé", "hé"))
print("{:>{w}} | {:{fill}^{w}} | {:.{p}f}".format("r", "c", 3.14159, w=7, fill="*", p=2))
print("{0:{1}}|{0:{2}}|".format(42, "5", "<5"))
print("{{literal}} {{{0}}} }}{{".format("x"))
print("{:,}".format(10 ** 9), "{:08.3f}".format(-3.14159), "{:#x}".format(255), "{:%}".format(0.5))
data = {"a": 1, "b": 2}
print("{a}-{b}".format(**data), "{}-{}".format(*"xy"), "{0}{0}{0}".format("ab"))
print("{:}".format(5), "{!s:^7}".format(None), "{0!r:>10}".format("q"))
print(type("{}".format).__name__, "{a}".format_map(data), "{a:>4}{b:<3}|".format_map(data))
tests = ["{", "}", "{0", "{0:", "{} {1}", "{1} {}", "{2}", "{x}", "{0.missing}", "{0[5]}", "{!}", "{0!z}", "{:d}", "{:.2f}", "{0:{1}{2}}x"]
for t in tests:
    try:
        print(repr(t), "->", repr(t.format(1, 2)))
    except Exception as e:
        print(repr(t), "->", type(e).__name__, e)
