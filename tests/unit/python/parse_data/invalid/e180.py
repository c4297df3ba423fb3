print("안녕하세요"
