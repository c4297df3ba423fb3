# FizzBuzz four ways: if/elif, string concatenation, dictionary of rules, and match statement.
def fb_if(n):
    if n % 15 == 0:
        return "FizzBuzz"
    elif n % 3 == 0:
        return "Fizz"
    elif n % 5 == 0:
        return "Buzz"
    return str(n)
def fb_concat(n):
    return ("Fizz" * (n % 3 == 0) + "Buzz" * (n % 5 == 0)) or str(n)
def fb_rules(n, rules={3: "Fizz", 5: "Buzz", 7: "Bazz"}):
    out = "".join(word for d, word in rules.items() if n % d == 0)
    return out or str(n)
def fb_match(n):
    match (n % 3, n % 5):
        case (0, 0):
            return "FizzBuzz"
        case (0, _):
            return "Fizz"
        case (_, 0):
            return "Buzz"
        case _:
            return str(n)
first = [fb_if(i) for i in range(1, 16)]
print(" ".join(first))
print(all(fb_if(i) == fb_concat(i) == fb_match(i) for i in range(1, 101)))
print(", ".join(fb_rules(i) for i in range(1, 36) if not fb_rules(i).isdigit()))
for i in range(1, 22):
    print(fb_match(i), end=" " if i % 7 else "\n")
counts = {}
for i in range(1, 101):
    word = fb_if(i)
    key = word if not word.isdigit() else "number"
    counts[key] = counts.get(key, 0) + 1
print(counts)
