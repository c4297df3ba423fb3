# Old-style coroutine generators with send(): running average and a parser state machine.
def averager():
    total, count, avg = 0.0, 0, None
    while True:
        value = yield avg
        total += value
        count += 1
        avg = total / count
a = averager()
next(a)
for v in [10, 20, 30, 5]:
    print("avg", a.send(v))
def grep(pattern):
    print(f"  looking for {pattern!r}")
    matches = []
    try:
        while True:
            line = yield
            if pattern in line:
                matches.append(line)
    except GeneratorExit:
        print("  matches:", matches)
g = grep("py")
next(g)
for line in ["python", "java", "pypy", "rust", "cpython"]:
    g.send(line)
g.close()
def echo():
    received = yield "ready"
    while True:
        received = yield f"echo {received}"
e = echo()
print(e.send(None), e.send("a"), e.send("b"))
