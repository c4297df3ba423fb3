# SyntaxError: missing colon after try.
try
    x = 1
except:
    pass
