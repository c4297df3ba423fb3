# Uncaught AttributeError on a module: "module 'math' has no attribute 'squareroot'" with a suggestion.
import math
print(math.sqrt(16))
print(math.squareroot(16))
