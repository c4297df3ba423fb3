# Every escape sequence: \n \t \\ \' \" \a \b \f \v \r \0, octal, \x, \u, \U, \N{...}.
for s in ["\n", "\t", "\\", "\'", "\"", "\a", "\b", "\f", "\v", "\r", "\0"]:
    print(repr(s), ord(s))
print(repr("\101\102\103"), repr("\7"), repr("\77"), repr("\177"), repr("\400"))
print("\x41\x62", repr("\x00\x1f\x7f"))
print("\u00e9", "\u20ac", "\uAC00", repr("\u200b"))
print("\U0001F600", "\U0000D55C", len("\U0001F600"))
print("\N{GREEK SMALL LETTER ALPHA}", "\N{EURO SIGN}", "\N{HANGUL SYLLABLE HAN}", "\N{bullet}")
print(repr("\N{NO-BREAK SPACE}"), repr("\N{LATIN SMALL LETTER E WITH ACUTE}"))
print(b"\x41\101\n", repr(b"\t\\"))
print(repr("é한😀\x85\u2028"), ascii("é한😀"))
print("line1\nline2\ttabbed")
print("a\
b")
print(len("\r\n"), "abc\rX" == "abc" + "\r" + "X")
