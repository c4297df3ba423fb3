# SyntaxError: a Korean string never closed.
이름 = "김민지
print(이름)
