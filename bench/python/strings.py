# string building and formatting
# f-strings, str.format, %-formatting, join, += concatenation and the common
# str methods; the checksum is made of lengths and slices, never hash().
import time


def build(n):
    parts = []
    text = ""
    width = 0
    for i in range(n):
        name = f"item{i:05d}"
        line = "{}={:>8.3f}|{:x}".format(name, i / 7, i * 31)
        line += " %s:%d:%-6s" % (name.upper(), i % 97, "ab" * (i % 4))
        parts.append(line)
        if i % 50 == 0:
            text += line.replace("item", "I").strip() + ";"
        width = max(width, len(line))
    joined = "\n".join(parts)
    words = joined.split()
    found = sum(1 for w in words if w.startswith("ITEM") and w.endswith(":"))
    return len(joined), width, len(words), found, joined[-40:], text[:60], text.count(";")


start = time.perf_counter()
checksum = build(60000)
seconds = time.perf_counter() - start
print(f"checksum {checksum}\nseconds {seconds}")
