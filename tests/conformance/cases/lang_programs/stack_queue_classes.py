# Stack and Queue classes with error handling; balanced bracket checker and queue rotation.
class EmptyError(Exception):
    pass
class Stack:
    def __init__(self):
        self._items = []
    def push(self, item):
        self._items.append(item)
    def pop(self):
        if not self._items:
            raise EmptyError("pop from empty stack")
        return self._items.pop()
    def peek(self):
        return self._items[-1] if self._items else None
    def __len__(self):
        return len(self._items)
    def __repr__(self):
        return f"Stack({self._items})"
class Queue:
    def __init__(self, items=()):
        self._in, self._out = list(items), []
    def enqueue(self, item):
        self._in.append(item)
    def dequeue(self):
        if not self._out:
            while self._in:
                self._out.append(self._in.pop())
        if not self._out:
            raise EmptyError("dequeue from empty queue")
        return self._out.pop()
    def __len__(self):
        return len(self._in) + len(self._out)
    def __repr__(self):
        return f"Queue({self._out[::-1] + self._in})"
s = Stack()
for x in "abc":
    s.push(x)
print(s, len(s), s.peek(), s.pop(), s)
def balanced(text):
    pairs = {")": "(", "]": "[", "}": "{"}
    st = Stack()
    for ch in text:
        if ch in "([{":
            st.push(ch)
        elif ch in pairs:
            try:
                if st.pop() != pairs[ch]:
                    return False
            except EmptyError:
                return False
    return len(st) == 0
for t in ["(a[b]{c})", "(]", "((", "())", "", "{[()()]}"]:
    print(repr(t), balanced(t))
q = Queue([1, 2])
q.enqueue(3)
print(q, q.dequeue(), q)
q.enqueue(4)
print([q.dequeue() for _ in range(len(q))])
try:
    q.dequeue()
except EmptyError as e:
    print("EmptyError:", e)
try:
    Stack().pop()
except EmptyError as e:
    print("EmptyError:", e)
