A[A[b, *b, b]] = 1; A
