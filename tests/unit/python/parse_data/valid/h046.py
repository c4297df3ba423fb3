class X(A, B, C, D):
    pass
