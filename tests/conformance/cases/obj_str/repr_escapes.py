# repr of strings: quote selection, escapes for control chars, printable Unicode kept (Korean, emoji), ascii().
samples = ["plain", "it's", 'say "hi"', "both ' and \"", "tab\there", "new\nline", "cr\r", "back\\slash", "\x00\x07\x1b\x7f",
           "\x80\x9f\xa0\xad", "한국어", "🐍", "\u200b\u200d", "\ufeff", "\u2028", "\ud800", "é", "\U0010ffff", "\x85", "\t\x0b\x0c"]
for s in samples:
    print(repr(s), ascii(s), len(s))
print(["it's", "x", 'q"'], ("한",), {"키": "값"})
print(str("한국어"), "한국어", f"{'한'!r}", f"{'한'!a}", "%r" % "한")
print(repr("'"), repr('"'), repr("'\""), repr(""), repr("\\"), repr("\\n"))
