# if __name__ == "__main__": the program's module name, and other module dunders.
def main():
    print("main() running")
    return 0
print("__name__ is", __name__)
print("__file__ is", __file__)
print(__builtins__ is not None, type(__doc__).__name__)
if __name__ == "__main__":
    status = main()
    print("status", status)
else:
    print("imported")
