# f-string conversions !r, !s, !a and default str() on various objects.
class P:
    def __str__(self):
        return "P-str"
    def __repr__(self):
        return "P-repr"
p = P()
s = "héllo 한"
print(f"{p} {p!s} {p!r} {p!a}")
print(f"{s} {s!r} {s!a}")
print(f"{[1, 'a']} {[1, 'a']!s} {(1,)!r} {None!r} {3.0!a}")
print(f"{'quoted'!r:>12}|{'x'!s:^5}|")
print(f"{42}", f"{-0.0}", f"{True}", f"{b'b'}")
