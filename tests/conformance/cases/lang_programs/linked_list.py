# Singly linked list class: append, prepend, insert, remove, reverse, __iter__, __len__, __repr__, __getitem__.
class Node:
    def __init__(self, value, next=None):
        self.value = value
        self.next = next
class LinkedList:
    def __init__(self, iterable=()):
        self.head = None
        self._size = 0
        for v in iterable:
            self.append(v)
    def append(self, value):
        node = Node(value)
        if self.head is None:
            self.head = node
        else:
            cur = self.head
            while cur.next:
                cur = cur.next
            cur.next = node
        self._size += 1
    def prepend(self, value):
        self.head = Node(value, self.head)
        self._size += 1
    def remove(self, value):
        prev, cur = None, self.head
        while cur:
            if cur.value == value:
                if prev:
                    prev.next = cur.next
                else:
                    self.head = cur.next
                self._size -= 1
                return
            prev, cur = cur, cur.next
        raise ValueError(f"{value!r} not in list")
    def reverse(self):
        prev, cur = None, self.head
        while cur:
            cur.next, prev, cur = prev, cur, cur.next
        self.head = prev
    def __iter__(self):
        cur = self.head
        while cur:
            yield cur.value
            cur = cur.next
    def __len__(self):
        return self._size
    def __getitem__(self, index):
        if index < 0:
            index += len(self)
        for i, v in enumerate(self):
            if i == index:
                return v
        raise IndexError("linked list index out of range")
    def __repr__(self):
        return " -> ".join(map(repr, self)) + " -> None" if self.head else "LinkedList()"
ll = LinkedList([1, 2, 3])
print(ll, len(ll))
ll.prepend(0)
ll.append(4)
print(ll, ll[0], ll[-1], ll[2])
ll.remove(2)
print(ll, len(ll), 3 in ll, 2 in ll)
ll.reverse()
print(ll, list(ll), sum(ll), max(ll))
try:
    ll.remove(42)
except ValueError as e:
    print("ValueError:", e)
try:
    ll[10]
except IndexError as e:
    print("IndexError:", e)
print(LinkedList(), len(LinkedList()), list(LinkedList("abc")), LinkedList(["x"]))
