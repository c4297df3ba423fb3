# re.match tries the pattern only at the start (or pos), re.fullmatch needs
# the whole string, re.search scans: patterns that begin with literal text,
# a class, a group, an anchor or an alternation, over strings where the text
# occurs at the start, later, or not at all.
import re

patterns = ["b", "[b]", "(b)", "ab", "ab|a", "a.*b", "a$", r"\d+", "^a", "o", "abc"]
strings = ["abc", "bab", "xabc", "abc\n", "foo", "", "ab"]

for p in patterns:
    row = []
    for s in strings:
        found = []
        for f in (re.match, re.fullmatch, re.search):
            m = f(p, s)
            found.append(m.span() if m else None)
        row.append(found)
    print(repr(p), row)

rx = re.compile("o+")
print(rx.match("foo"), rx.match("foo", 1), rx.fullmatch("foo", 1), rx.search("foo", 2))
print(rx.match("foo", 1, 2), rx.fullmatch("xoo", 1, 2))
print(re.findall("ab", "abxab"), re.sub("b", "B", "abcb"), re.split("b", "abcb"))
print([m.start() for m in re.finditer("a", "banana")])
