# Learner mistake: "count += 1" in a method instead of self.count; uncaught UnboundLocalError.
class Counter:
    def __init__(self):
        self.count = 0
    def increment(self):
        count += 1
c = Counter()
print("count is", c.count)
c.increment()
