# upper/lower/title/capitalize/swapcase/casefold, including special cases (ß, Greek sigma, ligatures, apostrophes).
words = ["hello world", "HELLO", "hELLo wORLD", "they're bill's friends", "ß straße", "ﬁne ﬂow", "ΣΊΣΥΦΟΣ",
         "3rd place 2nd", "İstanbul", "éclair Über", "안녕 hello", "snake_case-word", "o'neil mcdonald", ""]
for w in words:
    print(repr(w), "|", w.upper(), "|", w.lower(), "|", w.title(), "|", w.capitalize(), "|", w.swapcase(), "|", w.casefold())
print("ß".upper(), len("ß".upper()), "ﬃ".upper(), "ǅ".lower(), "ǅ".upper(), "ǆ".title(), "ŉ".upper())
print("Straße".casefold() == "STRASSE".casefold(), "Straße".lower() == "strasse")
print(len("İ".lower()), [hex(ord(c)) for c in "İ".lower()])
print("aBc".capitalize(), "ABC DEF".capitalize(), "123abc".capitalize(), "ǆemal".capitalize())
