(x ** y) ** z ** q
