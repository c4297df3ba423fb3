# warnings.simplefilter("error") turns warnings into exceptions; "ignore", "always", and filterwarnings by category.
import warnings
warnings.simplefilter("error")
try:
    warnings.warn("now an exception")
except UserWarning as e:
    print("caught", type(e).__name__, e)
try:
    warnings.warn("deprecated!", DeprecationWarning)
except DeprecationWarning as e:
    print("caught", type(e).__name__, e, isinstance(e, Warning), isinstance(e, Exception))
warnings.simplefilter("ignore")
warnings.warn("silenced")
print("nothing printed for silenced")
warnings.simplefilter("always")
for i in range(2):
    warnings.warn("always shown")
warnings.resetwarnings()
warnings.filterwarnings("ignore", category=RuntimeWarning)
warnings.warn("ignored runtime", RuntimeWarning)
warnings.warn("user still shown")
warnings.filterwarnings("error", message="fatal.*")
try:
    warnings.warn("fatal problem")
except UserWarning as e:
    print("caught by message filter:", e)
warnings.simplefilter("error", UserWarning)
warnings.warn("uncaught warning as error")
print("never printed")
