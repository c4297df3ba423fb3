b = b"\x00\x7f\x80\xff\t\n\r\\\'\""
c = rb"\x00\d"
d = b"\101\777"
