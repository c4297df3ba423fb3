# bytearray: mutation by index/slice, append/extend/insert/pop/remove, repr, and conversion back to bytes.
ba = bytearray(b"hello")
print(ba, len(ba), ba[0], ba[1:3])
ba[0] = 72
ba[1:3] = b"EY"
print(ba)
ba.append(33)
ba.extend(b" ok")
ba.extend([65, 66])
ba.insert(0, 62)
print(ba, ba.pop(), ba.pop(0), ba)
ba.remove(ord(" "))
print(ba, ba.find(b"ok"), ba.count(b"l"))
del ba[-2:]
print(ba, bytes(ba), ba.decode(), ba.upper(), type(ba.upper()).__name__)
ba[2:4] = b""
print(ba)
ba += b"++"
print(ba, ba * 2, bytearray(3), bytearray(b"x") == b"x", bytearray([1, 2]) + b"\x03")
for bad in [(0, 256), (0, -1), (100, 1)]:
    try:
        ba[bad[0]] = bad[1]
    except (ValueError, IndexError) as e:
        print(bad, type(e).__name__, e)
try:
    ba.remove(200)
except ValueError as e:
    print(type(e).__name__, e)
try:
    bytearray().pop()
except IndexError as e:
    print(type(e).__name__, e)
ba.reverse()
print(ba, list(ba)[:4], bytearray("한글", "utf-8"), bytearray("한글".encode()).decode())
ba.clear()
print(ba, len(ba), bool(ba))
