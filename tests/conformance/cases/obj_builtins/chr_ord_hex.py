# chr/ord round trips over ASCII, Korean and emoji; hex/oct/bin; ascii(); and building strings from code points.
for cp in [0, 9, 10, 32, 48, 65, 97, 126, 127, 160, 233, 12593, 44032, 55203, 128013, 0x10FFFF]:
    c = chr(cp)
    print(cp, repr(c), ascii(c), hex(cp), oct(cp), bin(cp)[-8:], ord(c) == cp)
print("".join(chr(ord("A") + i) for i in range(26)))
print("".join(chr(0xAC00 + 588 * i) for i in range(19)))
print([ord(c) - ord("a") for c in "python"], "".join(chr((ord(c) - 97 + 13) % 26 + 97) for c in "python"))
print(hex(255), hex(-255), oct(8), bin(5), hex(2 ** 70), int(hex(123), 16), int(oct(123), 8), int(bin(123), 2))
print(ascii([1, "é", "한"]), ascii("plain"), ascii(b"\xff"), ascii({"k": "ü"}))
