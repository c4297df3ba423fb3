# implicit concatenation over lines
msg = ("hello "
       'world '
       """!""")
data = (b"ab"
        b'cd')
