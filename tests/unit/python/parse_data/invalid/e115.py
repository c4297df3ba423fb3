a = b"a" "b"
