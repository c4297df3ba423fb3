# Arbitrary expressions inside f-strings: calls, methods, lambdas, comprehensions, walrus.
nums = [3, 1, 2]
print(f"{sorted(nums)} {max(nums)} {nums[::-1]}")
print(f"{'abc'.upper()} {len('한글')} {(lambda x: x * 2)(21)}")
print(f"{[n * n for n in nums]} {dict(a=1)}")
print(f"{(y := 5) + 1} {y}")
print(f"{1 if nums else 0} {not nums} {nums and 'yes'}")
print(f"{3 + 4 * 2} {2 ** 10} {7 // 2} {-7 % 3}")
print(f"{','.join(map(str, nums))}")
print(f"{nums!r:>15}")
obj = {"a": [1, {"b": 2}]}
print(f"{obj['a'][1]['b']}")
