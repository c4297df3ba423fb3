# The default filter shows a warning once per (message, category, location): loops warn once, new lines warn again.
import warnings
for i in range(3):
    warnings.warn("inside a loop")
    print("iteration", i)
for i in range(2):
    warnings.warn(f"different text {i}")
def check(value):
    if value < 0:
        warnings.warn("negative value")
    return abs(value)
print(check(-1), check(-2), check(3))
warnings.warn("inside a loop")
print("done")
