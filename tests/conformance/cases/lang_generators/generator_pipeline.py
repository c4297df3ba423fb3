# Generator pipelines: chained stages process one item at a time (interleaved prints).
def read_lines():
    for line in ["10 apples", "# comment", "3 pears", "", "7 kiwis"]:
        print(f"  read {line!r}")
        yield line
def skip_blank_and_comments(lines):
    for line in lines:
        if line and not line.startswith("#"):
            yield line
def parse(lines):
    for line in lines:
        n, name = line.split()
        print(f"  parsed {name}")
        yield name, int(n)
def running_total(pairs):
    total = 0
    for name, n in pairs:
        total += n
        yield name, n, total
for row in running_total(parse(skip_blank_and_comments(read_lines()))):
    print("row", row)
def chunked(seq, size):
    chunk = []
    for x in seq:
        chunk.append(x)
        if len(chunk) == size:
            yield chunk
            chunk = []
    if chunk:
        yield chunk
print(list(chunked(range(7), 3)))
def window(seq, n):
    buf = []
    for x in seq:
        buf.append(x)
        if len(buf) > n:
            buf.pop(0)
        if len(buf) == n:
            yield tuple(buf)
print(list(window("abcde", 3)))
