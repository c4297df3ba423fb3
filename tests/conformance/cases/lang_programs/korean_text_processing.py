# Korean text processing: len, slicing, upper/lower of mixed Korean/ASCII, counting syllables, reversing, formatting.
text = "Python으로 배우는 프로그래밍 101! 안녕하세요, World."
print(text)
print(len(text), len(text.encode("utf-8")))
print(text[:6], "|", text[6:9], "|", text[-6:], "|", text[::-1])
print(text.upper())
print(text.lower())
print(text.swapcase())
print(text.split())
hangul = [ch for ch in text if "가" <= ch <= "힣"]
print("hangul syllables:", len(hangul), "".join(hangul))
print("ascii letters:", sum(ch.isascii() and ch.isalpha() for ch in text))
print("digits:", [ch for ch in text if ch.isdigit()])
print("isalpha:", "한글".isalpha(), "한글1".isalnum(), "한 글".isalpha())
print("replace:", text.replace("안녕하세요", "반갑습니다"))
print("find:", text.find("배우는"), text.find("없음"), "프로" in text)
words = ["사과", "바나나", "체리", "apple", "Banana"]
print(sorted(words), sorted(words, key=len))
for w in words:
    print(f"[{w:^8}] [{w:<8}] [{w:>8}]")
def initial(ch):
    if not ("가" <= ch <= "힣"):
        return ch
    code = ord(ch) - ord("가")
    return "ㄱㄲㄴㄷㄸㄹㅁㅂㅃㅅㅆㅇㅈㅉㅊㅋㅌㅍㅎ"[code // 588]
print("".join(initial(c) for c in "대한민국 만세"))
print([hex(ord(c)) for c in "한글"], chr(0xD55C) + chr(0xAE00))
print(" ".join(reversed("나는 파이썬을 좋아합니다".split())))
print("가나다".center(11, "*"), "가" * 3, "-".join("가나다"))
