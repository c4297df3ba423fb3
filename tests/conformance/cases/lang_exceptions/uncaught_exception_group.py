# An uncaught ExceptionGroup: CPython's boxed traceback format with "+-+---- 1 ----" separators.
def validate(user):
    errors = []
    if not user.get("name"):
        errors.append(ValueError("name is required"))
    if user.get("age", 0) < 0:
        errors.append(ValueError("age must be >= 0"))
    if "email" not in user:
        errors.append(KeyError("email"))
    if errors:
        raise ExceptionGroup("invalid user", errors)
validate({"name": "ok", "age": 3, "email": "a@b"})
print("first user valid")
validate({"name": "", "age": -1})
