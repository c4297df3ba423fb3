# SyntaxError: a call with Korean text left open.
print("안녕하세요"
점수 = 100
