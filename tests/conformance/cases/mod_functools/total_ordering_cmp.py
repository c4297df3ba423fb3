# functools.total_ordering fills in comparisons; cmp_to_key for old-style comparators; sorting with both.
from functools import total_ordering, cmp_to_key
@total_ordering
class Grade:
    order = "FDCBA"
    def __init__(self, letter):
        self.letter = letter
    def __eq__(self, other):
        return self.letter == other.letter
    def __lt__(self, other):
        return self.order.index(self.letter) < self.order.index(other.letter)
    def __repr__(self):
        return f"Grade({self.letter!r})"
a, b = Grade("A"), Grade("C")
print(a > b, a >= b, a <= b, a < b, a == Grade("A"), a != b, b >= Grade("C"))
print(sorted([Grade("B"), Grade("F"), Grade("A"), Grade("C")]), max(Grade("D"), Grade("B")))
try:
    @total_ordering
    class NoOrder:
        pass
except ValueError as e:
    print(type(e).__name__, e)
def compare_len_then_alpha(x, y):
    if len(x) != len(y):
        return len(x) - len(y)
    return (x > y) - (x < y)
words = ["pear", "fig", "banana", "kiwi", "apple", "date"]
print(sorted(words, key=cmp_to_key(compare_len_then_alpha)))
print(sorted(words, key=cmp_to_key(lambda x, y: (y > x) - (y < x))))
print(sorted([3, 1, 2], key=cmp_to_key(lambda x, y: y - x)), max(words, key=cmp_to_key(compare_len_then_alpha)))
k = cmp_to_key(lambda x, y: x - y)
print(k(1) < k(2), k(3) == k(3), type(k(1)).__name__)
