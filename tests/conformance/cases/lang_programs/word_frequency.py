# Word frequency count: normalise text, count with dict and Counter, print sorted (never raw set order).
from collections import Counter
text = """The quick brown fox jumps over the lazy dog. The dog barks;
the fox runs! Quick, quick: the FOX is gone... and the dog sleeps."""
cleaned = "".join(c.lower() if c.isalnum() or c.isspace() else " " for c in text)
words = cleaned.split()
print(len(words), "words,", len(set(words)), "distinct")
freq = {}
for w in words:
    freq[w] = freq.get(w, 0) + 1
for word, count in sorted(freq.items(), key=lambda kv: (-kv[1], kv[0]))[:6]:
    print(f"{word:<6} {count:>2} {'#' * count}")
c = Counter(words)
print(c.most_common(3))
print(sorted(w for w, n in c.items() if n == 1))
print(sorted(set(words) & {"fox", "cat", "dog"}))
by_length = {}
for w in sorted(set(words)):
    by_length.setdefault(len(w), []).append(w)
for length in sorted(by_length):
    print(length, by_length[length])
first_letters = Counter(w[0] for w in words)
print(sorted(first_letters.items()))
longest = max(sorted(set(words)), key=len)
print("longest word:", longest)
sentence_count = text.count(".") - text.count("...") * 3 + text.count("!") + text.count("...")
print("sentences (rough):", sentence_count)
