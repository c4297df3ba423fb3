# _thread for a single-threaded interpreter: one thread (get_ident() is constant)
# and locks that only track their state, so library code written for threads
# (functools.lru_cache, reprlib, logging, dataclasses) runs unchanged.

__all__ = ["get_ident", "allocate_lock", "LockType", "RLock", "error", "TIMEOUT_MAX"]

error = RuntimeError
TIMEOUT_MAX = 4294967.0


def get_ident():
    "The identifier of the only thread."
    return 1


def get_native_id():
    "The native identifier of the only thread."
    return 1


class LockType:
    "A lock that can be held once; acquiring it again without blocking fails."

    __slots__ = ("_locked",)

    def __init__(self):
        self._locked = False

    def acquire(self, blocking=True, timeout=-1):
        if self._locked:
            if blocking and timeout < 0:
                # Waiting forever in a single thread would never end.
                raise RuntimeError("deadlock: lock already held by the only thread")
            return False
        self._locked = True
        return True

    def release(self):
        if not self._locked:
            raise RuntimeError("release unlocked lock")
        self._locked = False

    def locked(self):
        return self._locked

    __enter__ = acquire

    def __exit__(self, *exc):
        self.release()

    def __repr__(self):
        state = "locked" if self._locked else "unlocked"
        return f"<{state} _thread.lock object at {hex(id(self))}>"


class RLock:
    "A reentrant lock: the only thread may acquire it any number of times."

    __slots__ = ("_count",)

    def __init__(self):
        self._count = 0

    def acquire(self, blocking=True, timeout=-1):
        self._count += 1
        return True

    def release(self):
        if self._count == 0:
            raise RuntimeError("cannot release un-acquired lock")
        self._count -= 1

    def _is_owned(self):
        return self._count > 0

    __enter__ = acquire

    def __exit__(self, *exc):
        self.release()

    def __repr__(self):
        state = "locked" if self._count else "unlocked"
        return (f"<{state} _thread.RLock object owner={1 if self._count else 0} "
                f"count={self._count} at {hex(id(self))}>")


def allocate_lock():
    "A new lock."
    return LockType()
