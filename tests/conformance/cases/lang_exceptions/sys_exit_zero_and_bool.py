# sys.exit(0) inside nested calls, exit(True) status 1 semantic checked via caught codes.
import sys
for code in [0, 1, True, False, 255, -1, [1, 2]]:
    try:
        sys.exit(code)
    except SystemExit as e:
        print(repr(e.code))
def deep(n):
    if n == 0:
        print("exiting from depth")
        sys.exit(0)
    deep(n - 1)
deep(5)
