# Bank account class with deposits, withdrawals, custom errors, transfer and a transaction history.
class InsufficientFundsError(Exception):
    pass
class Account:
    interest_rate = 0.02
    def __init__(self, owner, balance=0):
        if balance < 0:
            raise ValueError("initial balance cannot be negative")
        self.owner = owner
        self._balance = balance
        self.history = [("open", balance)]
    @property
    def balance(self):
        return self._balance
    def deposit(self, amount):
        if amount <= 0:
            raise ValueError(f"deposit must be positive, got {amount}")
        self._balance += amount
        self.history.append(("deposit", amount))
        return self._balance
    def withdraw(self, amount):
        if amount > self._balance:
            raise InsufficientFundsError(f"{self.owner}: cannot withdraw {amount}, balance {self._balance}")
        self._balance -= amount
        self.history.append(("withdraw", amount))
        return self._balance
    def transfer(self, other, amount):
        self.withdraw(amount)
        other.deposit(amount)
        print(f"transferred {amount} from {self.owner} to {other.owner}")
    def add_interest(self):
        interest = round(self._balance * self.interest_rate, 2)
        self._balance += interest
        self.history.append(("interest", interest))
    def __repr__(self):
        return f"Account({self.owner!r}, balance={self._balance})"
alice = Account("Alice", 100)
bob = Account("Bob")
print(alice, bob)
print(alice.deposit(50))
print(alice.withdraw(30))
alice.transfer(bob, 70)
print(alice, bob)
for action, amount in [("withdraw", 500), ("deposit", -5), ("deposit", 0)]:
    try:
        getattr(bob, action)(amount)
    except (InsufficientFundsError, ValueError) as e:
        print(f"{type(e).__name__}: {e}")
try:
    Account("Eve", -10)
except ValueError as e:
    print("ValueError:", e)
bob.add_interest()
print(bob.balance)
try:
    bob.balance = 1000
except AttributeError as e:
    print("AttributeError:", e)
for entry in alice.history:
    print(entry)
print(bob.history)
