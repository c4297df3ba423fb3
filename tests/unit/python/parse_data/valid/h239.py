UnhashableException: ex1
