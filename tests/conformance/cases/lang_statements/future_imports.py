# from __future__ import annotations keeps annotations as strings (PEP 563),
# so a class can name itself in its methods' annotations; the other features
# are accepted and change nothing in Python 3; __future__ is a module.
from __future__ import annotations, division, print_function

import __future__


class Node:
    def __init__(self, value: int, next: Node | None = None) -> None:
        self.value = value
        self.next = next

    def prepend(self, value: int) -> Node:
        return Node(value, self)


head = Node(3).prepend(2).prepend(1)
values = []
while head is not None:
    values.append(head.value)
    head = head.next
print(values)
print(Node.prepend.__annotations__)
print(Node.__init__.__annotations__)
count: list[Node] = []
print(__annotations__)
print(7 / 2, __future__.annotations.compiler_flag == __future__.CO_FUTURE_ANNOTATIONS)
print(__future__.division, __future__.annotations.getMandatoryRelease())
print(sorted(__future__.all_feature_names))
