a = b"\x4"
