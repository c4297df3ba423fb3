def f(x):

