# warnings.catch_warnings(record=True): captured WarningMessage fields, restoring filters afterwards, and warn_explicit-free use.
import warnings
with warnings.catch_warnings(record=True) as caught:
    warnings.simplefilter("always")
    warnings.warn("first")
    warnings.warn("second", DeprecationWarning)
    warnings.warn("first")
print(len(caught))
for w in caught:
    print(w.category.__name__, str(w.message), w.filename, w.lineno, type(w.message).__name__)
with warnings.catch_warnings():
    warnings.simplefilter("ignore")
    warnings.warn("not shown inside ignore block")
print("after block: default filters are back")
warnings.warn("shown after the block")
with warnings.catch_warnings(record=True) as again:
    for i in range(3):
        warnings.warn("same line in a loop: recorded once")
    warnings.warn("another line: recorded too")
print(len(again), [str(w.message) for w in again])
print(warnings.formatwarning("msg", UserWarning, "file.py", 12, "source line"), end="")
print(issubclass(DeprecationWarning, Warning), issubclass(UserWarning, Exception), Warning.__mro__[1].__name__)
