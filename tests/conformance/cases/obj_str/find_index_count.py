# find/rfind/index/rindex/count with start/end ranges and negative indexes; index ValueError message; `in`.
s = "the quick brown fox jumps over the lazy dog"
print(s.find("the"), s.rfind("the"), s.find("the", 1), s.find("the", 1, 30), s.find("cat"), s.find(""), s.rfind(""))
print(s.index("o"), s.rindex("o"), s.index("o", 15), s.rindex("o", 0, 20), s.find("o", -10), s.find("o", -3, -1))
print(s.count("o"), s.count("the"), s.count(""), s.count("o", 20), s.count("o", 10, 20), "aaaa".count("aa"))
print(s.find("g", len(s)), s.find("", len(s)), s.find("", len(s) + 1), "".find(""), "abc".find("c", 100))
for method in ("index", "rindex"):
    try:
        getattr(s, method)("cat")
    except ValueError as e:
        print(method, type(e).__name__, e)
try:
    s.index("the", 5, 10)
except ValueError as e:
    print(type(e).__name__, e)
try:
    s.find(5)
except TypeError as e:
    print(type(e).__name__, e)
print("fox" in s, "Fox" in s, "" in s, " " in "", "the quick" in s, "ab" not in "abc")
try:
    print(5 in "abc")
except TypeError as e:
    print(type(e).__name__, e)
print("가나다가나".find("나"), "가나다가나".rfind("나"), "가나다가나".count("가나"), "🐍a🐍".rindex("🐍"))
