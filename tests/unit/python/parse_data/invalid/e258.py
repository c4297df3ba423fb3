nonlocal x
global
