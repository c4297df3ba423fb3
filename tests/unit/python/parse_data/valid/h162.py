
a = 10
f'''
  {a
     *
       x()}
non-important content
'''
