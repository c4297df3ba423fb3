# sys.exit() / sys.exit(None) exits with status 0; SystemExit can be caught and inspected.
import sys
try:
    sys.exit(5)
except SystemExit as e:
    print("caught SystemExit, code =", e.code, type(e.code).__name__)
try:
    sys.exit("text")
except SystemExit as e:
    print("caught SystemExit, code =", repr(e.code))
try:
    raise SystemExit
except SystemExit as e:
    print("bare SystemExit code:", e.code)
try:
    sys.exit()
except Exception:
    print("not caught by except Exception")
except BaseException as e:
    print("caught by BaseException:", type(e).__name__)
print("exiting cleanly")
sys.exit(None)
print("not reached")
