# encode/decode round trips of Korean text: utf-8 byte lengths, slicing bytes mid-character, errors, and utf-16/cp949.
text = "안녕하세요, 파이썬! 🐍"
for enc in ["utf-8", "utf-16", "utf-16-be", "utf-32-le", "cp949", "euc-kr"]:
    try:
        raw = text.encode(enc)
        print(enc, len(raw), raw[:8], raw.decode(enc) == text)
    except UnicodeEncodeError as e:
        print(enc, type(e).__name__, e)
raw = "안녕".encode()
print(raw, len(raw), raw[:3].decode(), raw[3:].decode())
for cut in range(1, 6):
    try:
        print(cut, raw[:cut].decode())
    except UnicodeDecodeError as e:
        print(cut, type(e).__name__, e)
print(raw[:4].decode(errors="replace"), raw[:4].decode("utf-8", "ignore"))
chunks = [raw[i:i + 2] for i in range(0, len(raw), 2)]
print(chunks, b"".join(chunks).decode())
print("가".encode("cp949"), b"\xb0\xa1".decode("cp949"), "한글".encode("euc-kr").hex())
print([c.encode() for c in "ㄱ가각"], sorted("다가나".encode()), "다가나".encode() > "가".encode())
