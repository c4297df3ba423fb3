# Imaginary and complex literals and their reprs.
print(1j, 2J, 1.5j, 1e3j, 0j, 10_0j)
print(1 + 2j, (1 + 2j) * (3 - 4j), (1 + 2j).real, (1 + 2j).imag, (3 + 4j).conjugate())
print(abs(3 + 4j), type(1j).__name__, complex(1, -1), complex("2+3j"), -1j, -(1j))
print((0.1 + 0.2j) + 1, 1j ** 2, (1 + 1j) / 2)
print(complex(0, 0), complex(-0.0, 0), complex(1.5, 0))
print(1j == complex(0, 1), 2 + 0j == 2)
try:
    print(1j < 2j)
except TypeError as e:
    print("TypeError", e)
