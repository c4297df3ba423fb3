# exit() and quit() (site's Quitter objects): their repr, SystemExit with the code, and ending a script early. (exit 4)
print(repr(exit), type(exit).__name__, repr(quit))
for call in (lambda: exit(3), lambda: quit(), lambda: exit("message")):
    try:
        call()
    except SystemExit as e:
        print("SystemExit", repr(e.code), e.args)
try:
    print("in try")
    exit(4)
finally:
    print("finally runs")
print("never printed")
