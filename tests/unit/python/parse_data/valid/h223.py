del A[*returns_list(), *returns_list()]; A
