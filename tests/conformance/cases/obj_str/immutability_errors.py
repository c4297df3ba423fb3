# Strings are immutable: item assignment/deletion errors, and common TypeErrors/IndexErrors learners hit.
s = "hello"
try:
    s[0] = "H"
except TypeError as e:
    print(type(e).__name__, e)
try:
    del s[0]
except TypeError as e:
    print(type(e).__name__, e)
try:
    s.append("!")
except AttributeError as e:
    print(type(e).__name__, e)
try:
    print(s[10])
except IndexError as e:
    print(type(e).__name__, e)
try:
    s["0"]
except TypeError as e:
    print(type(e).__name__, e)
try:
    s[1.0]
except TypeError as e:
    print(type(e).__name__, e)
print(s[10:], s[-100:2], s[3:1], repr(s[5:]), s[::-2], s[1:-1])
t = s
s += " world"
print(s, t, s is t, t.upper(), t)
s = "H" + s[1:]
print(s, s.capitalize() == s)
chars = list(s)
chars[0] = "J"
print("".join(chars), chars[:3])
try:
    "abc".foo()
except AttributeError as e:
    print(type(e).__name__, e)
try:
    len(5)
except TypeError as e:
    print(type(e).__name__, e)
try:
    ord("ab")
except TypeError as e:
    print(type(e).__name__, e)
try:
    ord("")
except TypeError as e:
    print(type(e).__name__, e)
try:
    chr(0x110000)
except ValueError as e:
    print(type(e).__name__, e)
try:
    chr(-1)
except ValueError as e:
    print(type(e).__name__, e)
print(chr(65), chr(0xAC00), chr(0x1F40D), ord("A"), ord("\n"), ord("가"))
s[0] = "x"
