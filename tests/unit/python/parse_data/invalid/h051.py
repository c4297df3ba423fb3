result, x = (lambda x=1: (
