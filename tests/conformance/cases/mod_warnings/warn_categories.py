# warnings.warn with categories: stderr lines "main.py:N: Category: message" plus the source line; stacklevel.
import warnings
print("start")
warnings.warn("plain user warning")
warnings.warn("old api", DeprecationWarning)
warnings.warn("runtime issue", RuntimeWarning)
warnings.warn("future change", FutureWarning)
warnings.warn("hidden by default", PendingDeprecationWarning)
class MyWarning(UserWarning):
    pass
warnings.warn("custom category", MyWarning)
warnings.warn(MyWarning("instance as message"))
def legacy(x):
    warnings.warn("legacy() is deprecated", DeprecationWarning, stacklevel=2)
    return x * 2
print(legacy(1))
print(legacy(2))
def inner_warning():
    warnings.warn("points at the warn call itself")
inner_warning()
print("end")
