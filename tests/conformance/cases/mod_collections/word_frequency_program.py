# A learner program: word frequencies with Counter and grouping with defaultdict on a Korean/English text.
from collections import Counter, defaultdict
text = """파이썬은 재미있다 파이썬은 쉽다
python is fun python is easy and python is popular
재미있다 재미있다"""
words = text.split()
freq = Counter(words)
print(len(words), len(freq))
for word, n in freq.most_common(5):
    print(f"{word:>8} {n} {'*' * n}")
by_len = defaultdict(list)
for w in sorted(freq):
    by_len[len(w)].append(w)
for length in sorted(by_len):
    print(length, by_len[length])
letters = Counter(ch for ch in text if ch.isalpha())
print(letters.most_common(6))
print(freq["python"], freq["java"], sum(freq.values()), freq.total())
