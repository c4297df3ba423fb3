# Library system: books and members with inheritance, checkout rules, custom exceptions, reports.
class LibraryError(Exception):
    pass
class Item:
    loan_days = 14
    def __init__(self, title, year):
        self.title, self.year = title, year
        self.borrower = None
    def __repr__(self):
        return f"{type(self).__name__}({self.title!r}, {self.year})"
class Book(Item):
    def __init__(self, title, year, author):
        super().__init__(title, year)
        self.author = author
class DVD(Item):
    loan_days = 3
class Member:
    max_loans = 2
    def __init__(self, name):
        self.name = name
        self.loans = []
    def borrow(self, item):
        if item.borrower is not None:
            raise LibraryError(f"{item.title!r} is already borrowed by {item.borrower.name}")
        if len(self.loans) >= self.max_loans:
            raise LibraryError(f"{self.name} reached the limit of {self.max_loans} loans")
        item.borrower = self
        self.loans.append(item)
        return item.loan_days
    def give_back(self, item):
        if item not in self.loans:
            raise LibraryError(f"{self.name} does not have {item.title!r}")
        self.loans.remove(item)
        item.borrower = None
class Staff(Member):
    max_loans = 5
catalog = [Book("Dune", 1965, "Herbert"), Book("Emma", 1815, "Austen"), DVD("Up", 2009),
           Book("Ubik", 1969, "Dick")]
ann, ben = Member("Ann"), Staff("Ben")
actions = [(ann, "borrow", 0), (ann, "borrow", 2), (ann, "borrow", 1), (ben, "borrow", 0),
           (ben, "borrow", 1), (ann, "give_back", 3), (ann, "give_back", 0), (ben, "borrow", 0)]
for member, action, idx in actions:
    item = catalog[idx]
    try:
        result = getattr(member, action)(item)
        print(f"{member.name} {action} {item.title}" + (f" for {result} days" if result else ""))
    except LibraryError as e:
        print("LibraryError:", e)
for item in catalog:
    status = f"with {item.borrower.name}" if item.borrower else "available"
    print(f"{item!r:<28} {status}")
print(sorted(b.author for b in catalog if isinstance(b, Book)))
print({m.name: [i.title for i in m.loans] for m in (ann, ben)})
print(Staff.__mro__[1].__name__, isinstance(ben, Member), DVD.loan_days, Book.loan_days)
