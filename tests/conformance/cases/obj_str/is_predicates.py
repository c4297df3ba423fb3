# isdigit/isdecimal/isnumeric/isalpha/isalnum/isspace/isupper/islower/istitle/isidentifier/isprintable/isascii on tricky inputs.
samples = ["123", "١٢٣", "²", "½", "Ⅻ", "一二", "3.5", "-1", "", " ", "\t\n", "\u3000", "abc", "ABC", "Abc", "Hello World",
           "hello World", "가나", "가1", "a_b", "_x", "1x", "class", "변수", "x y", "\x00", "é", "ǅ", "A1!", "ß", "🐍"]
header = ["digit", "decimal", "numeric", "alpha", "alnum", "space", "upper", "lower", "title", "ident", "print", "ascii"]
print(" ".join(h[:5] for h in header))
for s in samples:
    flags = [s.isdigit(), s.isdecimal(), s.isnumeric(), s.isalpha(), s.isalnum(), s.isspace(), s.isupper(),
             s.islower(), s.istitle(), s.isidentifier(), s.isprintable(), s.isascii()]
    print(" ".join(("T" if f else ".").center(5) for f in flags), repr(s))
