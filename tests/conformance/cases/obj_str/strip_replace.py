# strip/lstrip/rstrip with and without chars, removeprefix/removesuffix, replace with count.
s = "  \t hello world \n "
print(repr(s.strip()), repr(s.lstrip()), repr(s.rstrip()), repr(s.strip(" ")), repr(s.strip(" \n")))
print("xxhixyx".strip("x"), "xxhixyx".strip("xy"), "xxhixyx".lstrip("x"), "xxhixyx".rstrip("xy"))
print("www.example.com".strip("cmowz."), "www.example.com".lstrip("w."), "  a  ".strip(""), "abc".strip("cba"))
print("\u3000전각공백\u3000".strip(), "\xa0nbsp\xa0".strip(), "\u200bzero\u200b".strip())
print("TestCase".removeprefix("Test"), "TestCase".removeprefix("Case"), "file.py".removesuffix(".py"), "a".removesuffix(""))
print("aaaa".replace("a", "b"), "aaaa".replace("a", "b", 2), "aaaa".replace("aa", "a"), "abc".replace("", "-"))
print("abc".replace("", "-", 2), "abc".replace("x", "y"), "a.b.c".replace(".", ""), "abab".replace("ab", "ba", -1))
print("안녕 안녕 안녕".replace("안녕", "hi", 1), "banana".replace("ana", "ANA"), "aaa".replace("a", "aa"))
print("Mississippi".replace("ss", "SS").replace("i", "!", 3))
try:
    "abc".strip(1)
except TypeError as e:
    print(type(e).__name__, e)
try:
    "abc".replace("a")
except TypeError as e:
    print(type(e).__name__, e)
