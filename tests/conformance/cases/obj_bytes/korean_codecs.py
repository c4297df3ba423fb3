# euc-kr and cp949: KS X 1001 and the cp949 extension, round trips, error positions and handlers.
text = "안녕하세요, 파이썬! 🐍"
for enc in ["cp949", "euc-kr", "uhc", "ksc5601"]:
    try:
        raw = text.encode(enc)
    except UnicodeEncodeError as e:
        print(enc, type(e).__name__, e.start, e.end, e.reason)
    raw = text[:-2].encode(enc)
    print(enc, len(raw), raw, raw.decode(enc) == text[:-2])
print("가".encode("cp949"), b"\xb0\xa1".decode("cp949"), "한글".encode("euc-kr").hex())
print("똠똡펲".encode("cp949"), "똠".encode("cp949").decode("cp949"))
for s in [b'\xb0', b'\xff\xff', b'\xb0\x20', b'\xb0\xa1\xb0', b'\x81\x41', b'\xc6\x52', b'\xc6\x53']:
  for enc in ['cp949','euc-kr']:
    try: print(enc, s.decode(enc))
    except Exception as e: print(enc, s, type(e).__name__, e.start, e.end, e.reason)
for enc in ['cp949','euc-kr']:
  print('a🐍🐍b'.encode(enc, 'replace'), b'\xff\xffa'.decode(enc,'replace'), b'\xb0'.decode(enc,'replace'), 'é'.encode(enc, 'xmlcharrefreplace'))
import random
r = random.Random(5)
s = ''.join(chr(r.randrange(0xAC00, 0xD7A4)) for _ in range(3000))
b = s.encode('cp949'); print(len(b), hash(b) % 1000 if False else b[:10], b.decode('cp949') == s)
allb = bytes(range(0x80)) + "".join(chr(c) for c in range(0xAC00, 0xD7A4)).encode('cp949')
print(len(allb), sum(allb) % 100003)
