# Triple-quoted strings: newlines kept, embedded quotes, backslash-newline.
s = """line one
line two
  indented "quoted" and 'single'"""
print(s)
print(repr(s))
t = '''a
b\
c'''
print(repr(t))
u = """\
starts without newline
"""
print(repr(u))
doc = r"""raw \n stays"""
print(doc)
print(len("""

"""))
print("""He said "hi" """)
print('''It''s''')
