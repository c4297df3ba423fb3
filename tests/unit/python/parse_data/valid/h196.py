del A[1:2, *l]; A
