# sys.exit(3) ends the program with exit status 3; prints before it appear, finally blocks run, the rest never runs.
import sys
print("working")
try:
    print("about to exit")
    sys.exit(3)
finally:
    print("finally runs")
print("never printed")
