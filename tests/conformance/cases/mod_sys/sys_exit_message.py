# sys.exit("message") prints the message to stderr and exits with status 1; SystemExit can also be caught.
import sys
try:
    sys.exit(0)
except SystemExit as e:
    print("caught", type(e).__name__, repr(e.code), e.args)
try:
    sys.exit()
except SystemExit as e:
    print("caught no-arg", repr(e.code))
try:
    raise SystemExit("custom")
except SystemExit as e:
    print("caught", e.code, str(e))
print(issubclass(SystemExit, Exception), issubclass(SystemExit, BaseException))
try:
    try:
        sys.exit(5)
    except Exception:
        print("not reached: SystemExit is not an Exception")
except SystemExit as e:
    print("outer caught", e.code)
sys.exit("fatal: config file missing")
