match something:
pass
