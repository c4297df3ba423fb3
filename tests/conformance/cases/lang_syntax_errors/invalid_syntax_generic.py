# SyntaxError: two expressions side by side ("invalid syntax").
x = 1 +* 2
