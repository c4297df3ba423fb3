# Uncaught exceptions with no message and with an empty-string message print differently.
class Quiet(Exception):
    pass
try:
    raise Quiet
except Quiet as e:
    print(repr(str(e)))
raise Quiet("")
