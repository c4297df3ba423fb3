# User-defined exceptions: args, custom __init__ and __str__, attributes, catching by base class.
class AppError(Exception):
    """Base of this app's errors."""
class ValidationError(AppError):
    def __init__(self, field, problem):
        super().__init__(field, problem)
        self.field = field
        self.problem = problem
    def __str__(self):
        return f"{self.field}: {self.problem}"
class NotFound(AppError):
    pass
class NoSuperInit(AppError):
    def __init__(self, code):
        self.code = code
errors = [ValidationError("age", "must be positive"), NotFound("user 7"), NotFound(),
          NotFound("a", "b"), NoSuperInit(404), AppError(["list", "arg"])]
for err in errors:
    try:
        raise err
    except AppError as e:
        print(type(e).__name__, "| str:", str(e), "| repr:", repr(e), "| args:", e.args)
e = ValidationError("name", "empty")
print(e.field, e.problem, isinstance(e, AppError), isinstance(e, Exception))
print(AppError.__doc__, NotFound.__doc__)
try:
    raise NotFound("missing") from ValidationError("x", "y")
except AppError as e:
    print("cause:", e.__cause__)
class WithNotes(Exception):
    pass
w = WithNotes("base message")
w.add_note("extra note 1")
w.add_note("extra note 2")
print(w.__notes__)
