# format specs for strings: width, fill, alignment, precision truncation, type s, and wide (Korean/emoji) characters.
for s in ["hi", "hello world", "", "파이썬", "🐍x"]:
    for spec in ["", "s", "10", "<10", ">10", "^10", "-^10", "^9", ".3", "10.2", ">8.1"]:
        print(repr(spec), "[" + format(s, spec) + "]")
print("[" + format("ab", "^5") + "]", "[" + format("ab", "^6") + "]", "[" + format("abc", "^6") + "]")
print("[" + format("x", "🙂^5") + "]", "[" + format("x", "{<3") + "]", "[" + format("x", "}>3") + "]")
for spec in ["=10", "+", ",", "#", "d", "010"]:
    try:
        print(format("abc", spec))
    except ValueError as e:
        print(repr(spec), type(e).__name__, e)
