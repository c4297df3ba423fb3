# Exception str/repr for 0, 1 and many args; KeyError quotes its key; OSError fields.
for exc in [Exception(), Exception("one"), Exception("a", 2), Exception(None),
            KeyError("key"), KeyError(), KeyError("a", "b"), KeyError(1),
            ValueError(""), IndexError(3), OSError(2, "No such file"), StopIteration(5),
            SystemExit(3), UnicodeError("u")]:
    print(type(exc).__name__, "str=%r" % str(exc), "repr=%s" % repr(exc), "args=%r" % (exc.args,))
e = OSError(2, "No such file or directory", "x.txt")
print(e.errno, e.strerror, e.filename, str(e), type(e).__name__)
print(StopIteration(5).value, SystemExit(3).code, SystemExit().code)
try:
    {}["missing"]
except KeyError as e:
    print(e, repr(e), e.args[0])
try:
    {}[("tuple", 1)]
except KeyError as e:
    print(e, repr(e))
try:
    {}[""]
except KeyError as e:
    print(e, repr(e))
