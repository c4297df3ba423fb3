# Caesar and Vigenère ciphers: encrypt/decrypt round trip, preserving case and non-letters, brute force.
def caesar(text, shift):
    out = []
    for ch in text:
        if "a" <= ch <= "z":
            out.append(chr((ord(ch) - 97 + shift) % 26 + 97))
        elif "A" <= ch <= "Z":
            out.append(chr((ord(ch) - 65 + shift) % 26 + 65))
        else:
            out.append(ch)
    return "".join(out)
msg = "Hello, World! 안녕 123"
enc = caesar(msg, 3)
print(enc)
print(caesar(enc, -3), caesar(enc, -3) == msg)
print(caesar("xyz XYZ", 4), caesar("abc", 26), caesar("abc", -1))
for shift in range(1, 4):
    print(shift, caesar("Khoor", -shift))
def vigenere(text, key, decrypt=False):
    out, k = [], 0
    for ch in text:
        if ch.isascii() and ch.isalpha():
            base = 65 if ch.isupper() else 97
            s = ord(key[k % len(key)].lower()) - 97
            s = -s if decrypt else s
            out.append(chr((ord(ch) - base + s) % 26 + base))
            k += 1
        else:
            out.append(ch)
    return "".join(out)
v = vigenere("Attack at Dawn!", "lemon")
print(v, vigenere(v, "lemon", decrypt=True))
table = str.maketrans("abc", "xyz")
print("aabbcc".translate(table), ord("A"), chr(97), [ord(c) - 96 for c in "python"])
