x = (y := 10)
if (n := len(a)) > 10:
    pass
while chunk := f.read():
    print(chunk)
print([y := f(x), y ** 2])
f(a := 1)
