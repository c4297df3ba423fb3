if a: pass
if b: x = 1; y = 2
if c:
    x = 1; y = 2;
