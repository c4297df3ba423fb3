# len/index/slice count code points, not bytes or graphemes: Korean syllables, jamo, emoji, ZWJ sequences.
words = ["안녕하세요", "hello", "파이썬3.11", "🐍🐍", "👨‍👩‍👧", "é", "e\u0301", "한글🇰🇷", "\U0001F600x", ""]
for w in words:
    print(repr(w), len(w), len(w.encode("utf-8")), len(w.encode("utf-16-le")) // 2, [hex(ord(c)) for c in w][:8])
s = "안녕하세요 Python 🐍 세계"
print(s[0], s[-1], s[2:5], s[::-1], s[::2], s[-4:], s[6:12], s[13])
print(s.index("🐍"), s.find("세계"), s.upper(), s.lower(), s.swapcase())
print(list("가나다"), "".join(reversed("가나다")), "가" < "나", "가" < "a", max("한글"), min("🐍a"))
for ch in "가힣ㄱㅏ🐍€":
    print(ch, ord(ch), hex(ord(ch)), chr(ord(ch) + 1), ch.isalpha(), ch.isprintable())
syllable = ord("한") - 0xAC00
print(syllable // 588, syllable % 588 // 28, syllable % 28)
print("👍🏽"[0], len("👍🏽"), "👍🏽"[1] == "\U0001F3FD")
print("ab" + "🐍" * 3 + "가", ("🐍" * 3).count("🐍"), "x🐍y".split("🐍"))
