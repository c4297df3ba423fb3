def f(x):
    return x is 'a'
