b"abc" + B"abc"
