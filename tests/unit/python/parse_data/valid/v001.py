s = 'a' "b" '''c''' """d"""
t = r'\n', R"\d", u'x', U"y", b'z', B"w", br'\x', rb"\y", Rb'q', bR"r"
e = '\n\t\r\\\'\"\a\b\f\v\0\x41\u00e9\U0001F600\101\N{LATIN SMALL LETTER A}'
u = u'a' 'b'
