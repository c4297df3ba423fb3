# Left-to-right evaluation order of operands, arguments, subscripts, dict displays and assignments.
log = []
def t(x):
    log.append(x)
    return x
_ = t(1) + t(2) * t(3)
print(log); log.clear()
print(t(1) ** t(2) ** t(3), log); log.clear()
def f(*a, **k):
    return a, k
f(t("a"), t("b"), k=t("c"))
print(log); log.clear()
d = {t("k1"): t("v1"), t("k2"): t("v2")}
print(log); log.clear()
lst = [0, 0, 0]
lst[t(0)] = t("value")
print(log, lst); log.clear()
x = [t(1), t(2)][t(0)]
print(log); log.clear()
a = b = t("chain")
print(log, a, b); log.clear()
i = 0
lst = [10, 20, 30]
i, lst[i] = 1, 99
print(i, lst)
t(t(1) and t(0) or t(5))
print(log); log.clear()
print(t("x") if t(0) else t("y"), log)
