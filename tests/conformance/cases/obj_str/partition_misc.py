# partition/rpartition, str * int, comparisons, `in`, min/max/sorted of strings, and chained methods.
for s in ["key=value", "key=val=ue", "novalue", "=x", "x=", ""]:
    print(repr(s), s.partition("="), s.rpartition("="))
try:
    "a".partition("")
except ValueError as e:
    print(type(e).__name__, e)
print("ab" * 3, 3 * "ab", "ab" * 0, "ab" * -2, repr("" * 100), "-" * 20)
try:
    "ab" * 2.0
except TypeError as e:
    print(type(e).__name__, e)
try:
    "ab" + 1
except TypeError as e:
    print(type(e).__name__, e)
try:
    1 + "ab"
except TypeError as e:
    print(type(e).__name__, e)
print("apple" < "banana", "Apple" < "apple", "apple" < "apples", "" < "a", "Z" < "a", "10" < "9", "가" > "z")
print(sorted(["banana", "Apple", "cherry", "apple", "Banana", "10", "9", "가", "_"]))
print(sorted(["banana", "Apple", "cherry", "apple"], key=str.lower), max(["aa", "b", "abc"], key=len), min("hello"))
print("  Hello World  ".strip().lower().replace("world", "python").title().center(20, "*"))
print("a" == "a", "a" != None, "abc"[1:2] == "b", str(123) + "4", "3" * int("3"))
