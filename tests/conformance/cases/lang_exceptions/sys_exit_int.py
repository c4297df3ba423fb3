# sys.exit(3): prints nothing to stderr, exit status 3; finally blocks still run.
import sys
print("about to exit")
try:
    sys.exit(3)
finally:
    print("finally runs during SystemExit")
print("not reached")
