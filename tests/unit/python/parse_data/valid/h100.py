del A[returns_list(), 4]; A
