# UTF-8 identifiers: Korean variable, function and class names; NFKC normalisation.
이름 = "홍길동"
나이 = 20
def 인사(사람, 인사말="안녕하세요"):
    return f"{인사말}, {사람}님!"
class 학생:
    def __init__(self, 이름, 점수):
        self.이름 = 이름
        self.점수 = 점수
    def __repr__(self):
        return f"학생({self.이름!r}, {self.점수})"
print(이름, 나이)
print(인사(이름))
print(인사(사람="김철수", 인사말="반가워요"))
학생들 = [학생("가", 90), 학생("나", 85)]
print(학생들)
print(sorted(학생들, key=lambda ㅎ: ㅎ.점수))
print(학생.__name__, 인사.__name__)
print("이름" in dir(), "나이" in globals())
ﬁ = 3  # ligature fi is NFKC-normalised to "fi"
print(fi)
Ａ = 1  # full-width A normalises to A
print(A)
변수_1 = 10
print(변수_1 * 2)
print("한글".isidentifier(), "1한글".isidentifier(), "_가".isidentifier())
