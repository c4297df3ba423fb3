# Uncaught exception raised inside a generator consumed by a for loop: frames of both appear.
def numbers():
    yield 1
    yield 2
    raise RuntimeError("generator broke")
total = 0
for n in numbers():
    total += n
    print("total", total)
