# getattr/setattr/hasattr/delattr, AttributeError messages, vars(), and dir() (non-dunder names) of an instance.
class Account:
    bank = "KB"
    def __init__(self, owner, balance=0):
        self.owner = owner
        self.balance = balance
    def deposit(self, amount):
        self.balance += amount
        return self.balance
acct = Account("Kim", 100)
print(getattr(acct, "owner"), getattr(acct, "bank"), getattr(acct, "missing", "default"), getattr(acct, "deposit")(50))
print(hasattr(acct, "balance"), hasattr(acct, "nope"), hasattr(Account, "deposit"), hasattr(Account, "owner"))
setattr(acct, "nickname", "K")
setattr(acct, "balance", 0)
print(vars(acct), acct.__dict__ is vars(acct))
delattr(acct, "nickname")
print(vars(acct))
for call in [lambda: getattr(acct, "nope"), lambda: delattr(acct, "nope"), lambda: acct.nope, lambda: Account.nope,
             lambda: getattr(acct, 5), lambda: setattr(5, "x", 1), lambda: (1).real.foo, lambda: None.x]:
    try:
        call()
    except (AttributeError, TypeError) as e:
        print(type(e).__name__, e)
print([n for n in dir(acct) if not n.startswith("__")])
print([n for n in dir(Account) if not n.startswith("__")])
print(sorted(k for k in vars(Account) if not k.startswith("__")))
acct.bank = "own"
print(acct.bank, Account.bank, vars(acct))
del acct.bank
print(acct.bank)
try:
    vars(5)
except TypeError as e:
    print(type(e).__name__, e)
print([n for n in dir([]) if not n.startswith("_")])
print([n for n in dir("") if not n.startswith("_")][:12])
