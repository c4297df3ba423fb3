# SyntaxError: 'from module' without import.
from math
