# logger.exception inside except prints the message plus the traceback; exc_info=True on error; stack of a nested call.
import logging
logging.basicConfig(format="%(levelname)s:%(name)s:%(message)s")
log = logging.getLogger("calc")
def divide(a, b):
    return a / b
try:
    divide(1, 0)
except ZeroDivisionError:
    log.exception("division failed for %s/%s", 1, 0)
try:
    {"a": 1}["b"]
except KeyError as e:
    log.error("lookup failed: %s", e, exc_info=True)
    log.error("without traceback: %r", e)
try:
    int("abc")
except ValueError:
    logging.exception("root logger exception")
print("program continues")
log.warning("%d%% done", 50)
log.warning("bad args %d", "x")
print("after bad args")
