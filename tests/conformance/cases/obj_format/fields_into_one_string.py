# str.format and % build one result from many fields: str subclasses with and
# without __format__, ints and floats under every kind of spec, a field that
# fails in the middle (no half-built result escapes), nested specs.


class Tag(str):
    def __format__(self, spec):
        return "<" + str.__format__(self, spec) + ">"


class Name(str):
    pass


print("{:>5}|{:<6}|{:^7}|{}|{!r:>8}".format(Tag("ab"), Name("cd"), "ef", Name("gh"), Name("ij")))


class Broken:
    def __format__(self, spec):
        raise ValueError("broken " + spec)


for template in ["{:>4}-{:x}-{:q}-{}", "%5s|%d|%s"]:
    try:
        text = template.format(1, 255, Broken(), 2) if "{" in template else template % (1, 2, [])
        print("built:", text)
        text = "{:>4}-{:x}-{:q}-{}".format(1, 255, Broken(), 2)
    except ValueError as e:
        print("error:", e)

for i in range(-3, 25, 7):
    print("{:3d}|{:+.2f}|{:08.3e}|{:,}|{:_b}|{:#o}|{:>8.2%}|{}|{:n}|{:g}".format(
        i, i / 3, i * 1e5, i * 10**6, i, i, i / 9, i / 4, i * 1000, i / 8))

print("%5s|%-5s|%05d|%+.1f|%x|%#X|%c%c|%-4d|%%" % ("ab", "cd", -42, 2.25, 255, 255, 72, "i", 7))
print("%s %s" % (1.5, [1, 2]), "%r" % ("q",), "%a" % ("é",), "%.3s" % "abcdef")
print([f"{n:>{w}}" for n, w in zip(range(5), range(1, 6))])
print("{0:{fill}{align}{width}}|{1:{2}.{3}f}".format("x", 3.14159, 9, 2, fill="*", align="^", width=9))
print("{:€^9}|{:é<4}|{:ß>6.1f}".format("mid", 7, 2.25))
