A[*b, b] = 1; A
