0 1 42 00 0_0 1_000 0x1F 0XdeadBEEF 0x_1 0o17 0O_7 0b101 0B_1
1.5 1. .5 1e10 1E-5 1e+5 1_0.2_5e1_0 0.0 09.5 00.1 0e0
1j 2.5J 1e3j 0j 1_0j .5j 5.j
1if 1else 2 0x1for 1or 2 1and 3 1in x 1is 2 1not in x
x.real 1 .real 1..real
