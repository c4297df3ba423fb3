# sys.exit("message"): the message goes to stderr and the exit status is 1.
import sys
def main():
    print("checking input")
    sys.exit("error: no input given")
main()
