a is b is c is not d
