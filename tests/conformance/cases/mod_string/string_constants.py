# string module constants (printed via repr where they contain whitespace) and string.capwords vs str.title.
import string
print(string.ascii_letters)
print(string.ascii_lowercase, string.ascii_uppercase)
print(string.digits, string.hexdigits, string.octdigits)
print(string.punctuation, len(string.punctuation))
print(repr(string.whitespace), len(string.printable), repr(string.printable[-10:]))
for s in ["hello world", "  many   spaces  here ", "they're o'neil", "mIxEd CaSe", "a-b c_d", "", "x"]:
    print(repr(s), repr(string.capwords(s)), repr(s.title()), repr(string.capwords(s, "-")))
print([c for c in "Hello, World! 123" if c in string.punctuation], sum(c in string.digits for c in "a1b22c333"))
table = str.maketrans(string.ascii_lowercase, string.ascii_lowercase[13:] + string.ascii_lowercase[:13])
print("hello python".translate(table), "hello".translate(str.maketrans("", "", "l")), "abc".translate({97: "A", 98: None}))
