이름 = "값"
print(이름)
def 함수(매개변수):
    return 매개변수 * 2
클래스 = type("클래스", (), {})
π = 3.14
naïve = café = 1
