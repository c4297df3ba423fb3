# SyntaxError: invalid character (full-width parenthesis typed with a Korean keyboard).
print（"안녕"）
