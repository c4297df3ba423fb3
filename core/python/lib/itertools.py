# itertools in pure Python, after the "roughly equivalent" code of CPython 3.11's
# documentation (PSF license). Every tool is a class (an iterator type, as in
# CPython), with the argument checks and error messages of the C version.

__all__ = ["accumulate", "chain", "combinations", "combinations_with_replacement",
           "compress", "count", "cycle", "dropwhile", "filterfalse", "groupby",
           "islice", "pairwise", "permutations", "product", "repeat", "starmap",
           "takewhile", "tee", "zip_longest"]

from operator import index as _index
import sys as _sys


class _Iterator:
    "The shared iterator protocol: iter(it) is it."

    __slots__ = ()

    def __iter__(self):
        return self


class _GeneratorBacked(_Iterator):
    "An iterator whose items come from a generator made at construction."

    __slots__ = ("_gen",)

    def __next__(self):
        return next(self._gen)


def _is_number(value):
    "Whether value is a number for count() (CPython's PyNumber_Check)."
    if isinstance(value, (int, float, complex)):
        return True
    cls = type(value)
    return hasattr(cls, "__index__") or hasattr(cls, "__int__") or hasattr(cls, "__float__")


def _check_r(r):
    "The r argument of the combinatoric iterators as an int >= 0."
    r = _index(r)
    if r < 0:
        raise ValueError("r must be non-negative")
    return r


class count(_Iterator):
    """Return a count object whose .__next__() method returns consecutive values.

    Equivalent to:
        def count(firstval=0, step=1):
            x = firstval
            while 1:
                yield x
                x += step"""

    __slots__ = ("_n", "_step")

    def __init__(self, start=0, step=1):
        for value in (start, step):
            if not _is_number(value):
                raise TypeError("a number is required")
        self._n = start
        self._step = step

    def __next__(self):
        n = self._n
        self._n = n + self._step
        return n

    def __repr__(self):
        step = self._step
        if type(step) is int and step == 1:
            return f"{type(self).__name__}({self._n!r})"
        return f"{type(self).__name__}({self._n!r}, {step!r})"

    def __reduce__(self):
        return type(self), (self._n, self._step)


class cycle(_Iterator):
    """Return elements from the iterable until it is exhausted. Then repeat the sequence indefinitely."""

    __slots__ = ("_it", "_saved", "_index")

    def __init__(self, iterable, /):
        self._it = iter(iterable)
        self._saved = []
        self._index = -1

    def __next__(self):
        if self._index < 0:
            for item in self._it:
                self._saved.append(item)
                return item
            if not self._saved:
                raise StopIteration
            self._index = 0
        saved = self._saved
        item = saved[self._index]
        self._index = (self._index + 1) % len(saved)
        return item


class repeat(_Iterator):
    """repeat(object [,times]) -> create an iterator which returns the object
    for the specified number of times.  If not specified, returns the object
    endlessly."""

    __slots__ = ("_object", "_times")

    def __init__(self, object, times=None):
        self._object = object
        if times is not None:
            times = _index(times)
            if times < 0:
                times = 0
        self._times = times

    def __next__(self):
        times = self._times
        if times is not None:
            if times <= 0:
                raise StopIteration
            self._times = times - 1
        return self._object

    def __length_hint__(self):
        if self._times is None:
            raise TypeError("len() of unsized object")
        return self._times

    def __repr__(self):
        if self._times is None:
            return f"{type(self).__name__}({self._object!r})"
        return f"{type(self).__name__}({self._object!r}, {self._times})"

    def __reduce__(self):
        if self._times is None:
            return type(self), (self._object,)
        return type(self), (self._object, self._times)


class accumulate(_Iterator):
    """Return series of accumulated sums (or other binary function results)."""

    __slots__ = ("_it", "_func", "_total", "_initial")

    def __init__(self, iterable, func=None, *, initial=None):
        self._it = iter(iterable)
        self._func = func
        self._total = _MISSING
        self._initial = initial

    def __next__(self):
        if self._initial is not None:
            self._total = self._initial
            self._initial = None
            return self._total
        value = next(self._it)
        total = self._total
        if total is _MISSING:
            self._total = value
        elif self._func is None:
            self._total = total + value
        else:
            self._total = self._func(total, value)
        return self._total


# The "no value yet" marker of accumulate and groupby.
_MISSING = object()


class chain(_Iterator):
    """Return a chain object whose .__next__() method returns elements from the
    first iterable until it is exhausted, then elements from the next
    iterable, until all of the iterables are exhausted."""

    __slots__ = ("_sources", "_active")

    def __init__(self, *iterables):
        self._sources = iter(iterables)
        self._active = None

    @classmethod
    def from_iterable(cls, iterable, /):
        "Alternative chain() constructor taking a single iterable argument that evaluates lazily."
        self = cls.__new__(cls)
        self._sources = iter(iterable)
        self._active = None
        return self

    def __next__(self):
        while True:
            if self._active is None:
                source = next(self._sources)
                self._active = iter(source)
            for item in self._active:
                return item
            self._active = None

    __class_getitem__ = classmethod(type(list[int]))


class compress(_Iterator):
    """Return data elements corresponding to true selector elements."""

    __slots__ = ("_data", "_selectors")

    def __init__(self, data, selectors):
        self._data = iter(data)
        self._selectors = iter(selectors)

    def __next__(self):
        data = self._data
        selectors = self._selectors
        while True:
            item = next(data)
            if next(selectors):
                return item


class dropwhile(_Iterator):
    """Drop items from the iterable while predicate(item) is true."""

    __slots__ = ("_predicate", "_it", "_dropping")

    def __init__(self, predicate, iterable, /):
        self._predicate = predicate
        self._it = iter(iterable)
        self._dropping = True

    def __next__(self):
        for item in self._it:
            if self._dropping:
                if self._predicate(item):
                    continue
                self._dropping = False
            return item
        raise StopIteration


class filterfalse(_Iterator):
    """Return those items of iterable for which function(item) is false."""

    __slots__ = ("_function", "_it")

    def __init__(self, function, iterable, /):
        self._function = function
        self._it = iter(iterable)

    def __next__(self):
        function = self._function
        for item in self._it:
            if not (bool(item) if function is None else function(item)):
                return item
        raise StopIteration


class groupby(_Iterator):
    """make an iterator that returns consecutive keys and groups from the iterable

      iterable
        Elements to divide into groups according to the key function.
      key
        A function for computing the group category for each element.
        If the key function is not specified or is None, the element itself
        is used for grouping."""

    __slots__ = ("_it", "_keyfunc", "_tgtkey", "_currkey", "_currvalue", "_current_grouper")

    def __init__(self, iterable, key=None):
        self._it = iter(iterable)
        self._keyfunc = key
        self._tgtkey = self._currkey = self._currvalue = _MISSING
        self._current_grouper = None

    def _step(self):
        "Advances to the next item (StopIteration at the end)."
        value = next(self._it)
        key = value if self._keyfunc is None else self._keyfunc(value)
        self._currvalue = value
        self._currkey = key

    def __next__(self):
        self._current_grouper = None
        # Skip the rest of the current group.
        while True:
            currkey = self._currkey
            if currkey is not _MISSING:
                tgtkey = self._tgtkey
                if tgtkey is _MISSING or not (tgtkey is currkey or tgtkey == currkey):
                    break
            self._step()
        self._tgtkey = self._currkey
        grouper = _grouper(self, self._tgtkey)
        self._current_grouper = grouper
        return self._currkey, grouper


class _grouper(_Iterator):
    "One group of a groupby: valid until the groupby advances."

    __slots__ = ("_parent", "_tgtkey")

    def __init__(self, parent, tgtkey):
        self._parent = parent
        self._tgtkey = tgtkey

    def __next__(self):
        parent = self._parent
        if parent._current_grouper is not self:
            raise StopIteration
        if parent._currvalue is _MISSING:
            parent._step()
        tgtkey = self._tgtkey
        currkey = parent._currkey
        if not (tgtkey is currkey or tgtkey == currkey):
            raise StopIteration
        value = parent._currvalue
        parent._currvalue = _MISSING
        parent._currkey = _MISSING
        return value


# islice's argument errors, chosen as CPython's C code chooses them.
_ISLICE_STOP_MESSAGE = ("Stop argument for islice() must be None or an integer: "
                        "0 <= x <= sys.maxsize.")
_ISLICE_INDICES_MESSAGE = ("Indices for islice() must be None or an integer: "
                           "0 <= x <= sys.maxsize.")


def _islice_index(value):
    "One islice argument as CPython reads it: None, or an int (-1 when unusable)."
    if value is None:
        return None
    try:
        value = _index(value)
    except TypeError:
        return -1
    return value if value <= _sys.maxsize else -1


class islice(_Iterator):
    """islice(iterable, stop) --> islice object
    islice(iterable, start, stop[, step]) --> islice object

    Return an iterator whose next() method returns selected values from an
    iterable.  If start is specified, will skip all preceding elements;
    otherwise, start defaults to zero.  Step defaults to one.  If
    specified as another value, step determines how many values are
    skipped between successive calls.  Works like a slice() on a list
    but returns an iterator."""

    __slots__ = ("_it", "_next", "_stop", "_step", "_count")

    def __init__(self, iterable, *args):
        if 1 <= len(args) <= 3:
            if len(args) == 1:
                start, stop = 0, _islice_index(args[0])
            else:
                start, stop = _islice_index(args[0]), _islice_index(args[1])
                if start is None:
                    start = 0
            if stop == -1:
                raise ValueError(_ISLICE_STOP_MESSAGE)
            if start < 0 or (stop is not None and stop < -1):
                raise ValueError(_ISLICE_INDICES_MESSAGE)
            step = args[2] if len(args) == 3 else None
            if step is None:
                step = 1
            else:
                try:
                    step = _index(step)
                except TypeError:
                    step = 0
                if step <= 0:
                    raise ValueError("Step for islice() must be a positive integer or None.")
        elif not args:
            raise TypeError("islice expected at least 2 arguments, got 1")
        else:
            raise TypeError(f"islice expected at most 4 arguments, got {len(args) + 1}")
        self._it = iter(iterable)
        self._next = start
        self._stop = stop
        self._step = step
        self._count = 0

    def __next__(self):
        it = self._it
        if it is None:
            raise StopIteration
        stop = self._stop
        try:
            while self._count < self._next:
                next(it)
                self._count += 1
            if stop is not None and self._count >= stop:
                raise StopIteration
            item = next(it)
        except StopIteration:
            self._it = None
            raise
        self._count += 1
        self._next += self._step
        if stop is not None and self._next > stop:
            self._next = stop
        return item


class pairwise(_Iterator):
    """Return an iterator of overlapping pairs taken from the input iterator.

        s -> (s0,s1), (s1,s2), (s2, s3), ..."""

    __slots__ = ("_it", "_old")

    def __init__(self, iterable, /):
        self._it = iter(iterable)
        self._old = _MISSING

    def __next__(self):
        it = self._it
        if it is None:
            raise StopIteration
        old = self._old
        try:
            if old is _MISSING:
                old = next(it)
            new = next(it)
        except StopIteration:
            self._it = None
            raise
        self._old = new
        return old, new


class starmap(_Iterator):
    """Return an iterator whose values are returned from the function evaluated with an argument tuple taken from the given sequence."""

    __slots__ = ("_function", "_it")

    def __init__(self, function, iterable, /):
        self._function = function
        self._it = iter(iterable)

    def __next__(self):
        args = next(self._it)
        return self._function(*args)


class takewhile(_Iterator):
    """Return successive entries from an iterable as long as the predicate evaluates to true for each entry."""

    __slots__ = ("_predicate", "_it")

    def __init__(self, predicate, iterable, /):
        self._predicate = predicate
        self._it = iter(iterable)

    def __next__(self):
        it = self._it
        if it is None:
            raise StopIteration
        item = next(it)
        if self._predicate(item):
            return item
        self._it = None
        raise StopIteration


class _tee_link:
    "One item of the buffer that tee iterators share (a linked list)."

    __slots__ = ("value", "next")

    def __init__(self):
        self.next = None


class _tee(_Iterator):
    "One of the iterators returned by tee()."

    __slots__ = ("_it", "_link")

    def __init__(self, iterable):
        if isinstance(iterable, _tee):
            self._it = iterable._it
            self._link = iterable._link
        else:
            self._it = iter(iterable)
            self._link = _tee_link()

    def __next__(self):
        link = self._link
        if link.next is None:
            link.value = next(self._it)
            link.next = _tee_link()
        self._link = link.next
        return link.value

    def __copy__(self):
        return _tee(self)


def tee(iterable, n=2, /):
    "Returns a tuple of n independent iterators."
    n = _index(n)
    if n < 0:
        raise ValueError("n must be >= 0")
    if n == 0:
        return ()
    it = iter(iterable)
    copier = getattr(it, "__copy__", None)
    if copier is None:
        it = _tee(it)
        copier = it.__copy__
    return (it,) + tuple(copier() for _ in range(n - 1))


class zip_longest(_Iterator):
    """zip_longest(iter1 [,iter2 [...]], [fillvalue=None]) --> zip_longest object

    Return a zip_longest object whose .__next__() method returns a tuple where
    the i-th element comes from the i-th iterable argument.  The .__next__()
    method continues until the longest iterable in the argument sequence
    is exhausted and then it raises StopIteration.  When the shorter iterables
    are exhausted, the fillvalue is substituted in their place.  The fillvalue
    defaults to None or can be specified by a keyword argument."""

    __slots__ = ("_its", "_active", "_fillvalue")

    def __init__(self, *iterables, fillvalue=None):
        self._its = [iter(it) for it in iterables]
        self._active = len(self._its)
        self._fillvalue = fillvalue

    def __next__(self):
        its = self._its
        if not self._active:
            raise StopIteration
        values = []
        for i, it in enumerate(its):
            if it is None:
                values.append(self._fillvalue)
                continue
            try:
                values.append(next(it))
            except StopIteration:
                self._active -= 1
                if not self._active:
                    raise
                its[i] = None
                values.append(self._fillvalue)
        return tuple(values)


def _product(pools):
    "The tuples of product() in order, like an odometer."
    for pool in pools:
        if not pool:
            return
    n = len(pools)
    indices = [0] * n
    current = [pool[0] for pool in pools]
    yield tuple(current)
    while True:
        for i in reversed(range(n)):
            pool = pools[i]
            index = indices[i] + 1
            if index < len(pool):
                indices[i] = index
                current[i] = pool[index]
                break
            indices[i] = 0
            current[i] = pool[0]
        else:
            return
        yield tuple(current)


class product(_GeneratorBacked):
    """Cartesian product of input iterables.  Equivalent to nested for-loops."""

    __slots__ = ()

    def __init__(self, *iterables, repeat=1):
        repeat = _index(repeat)
        if repeat < 0:
            raise ValueError("repeat argument cannot be negative")
        pools = [tuple(pool) for pool in iterables] * repeat
        self._gen = _product(pools)


def _permutations(pool, r):
    "The r-length permutations of pool in lexicographic order of positions."
    n = len(pool)
    if r > n:
        return
    indices = list(range(n))
    cycles = list(range(n, n - r, -1))
    yield tuple(pool[i] for i in indices[:r])
    while n:
        for i in reversed(range(r)):
            cycles[i] -= 1
            if cycles[i] == 0:
                indices[i:] = indices[i + 1:] + indices[i:i + 1]
                cycles[i] = n - i
            else:
                j = cycles[i]
                indices[i], indices[-j] = indices[-j], indices[i]
                yield tuple(pool[i] for i in indices[:r])
                break
        else:
            return


class permutations(_GeneratorBacked):
    """Return successive r-length permutations of elements in the iterable.

    permutations(range(3), 2) --> (0,1), (0,2), (1,0), (1,2), (2,0), (2,1)"""

    __slots__ = ()

    def __init__(self, iterable, r=None):
        pool = tuple(iterable)
        r = len(pool) if r is None else _check_r(r)
        self._gen = _permutations(pool, r)


def _combinations(pool, r):
    "The r-length combinations of pool in lexicographic order of positions."
    n = len(pool)
    if r > n:
        return
    indices = list(range(r))
    yield tuple(pool[i] for i in indices)
    while True:
        for i in reversed(range(r)):
            if indices[i] != i + n - r:
                break
        else:
            return
        indices[i] += 1
        for j in range(i + 1, r):
            indices[j] = indices[j - 1] + 1
        yield tuple(pool[i] for i in indices)


class combinations(_GeneratorBacked):
    """Return successive r-length combinations of elements in the iterable.

    combinations(range(4), 3) --> (0,1,2), (0,1,3), (0,2,3), (1,2,3)"""

    __slots__ = ()

    def __init__(self, iterable, r):
        self._gen = _combinations(tuple(iterable), _check_r(r))


def _combinations_with_replacement(pool, r):
    "The r-length combinations with repeated items, in lexicographic order."
    n = len(pool)
    if not n and r:
        return
    indices = [0] * r
    yield tuple(pool[i] for i in indices)
    while True:
        for i in reversed(range(r)):
            if indices[i] != n - 1:
                break
        else:
            return
        indices[i:] = [indices[i] + 1] * (r - i)
        yield tuple(pool[i] for i in indices)


class combinations_with_replacement(_GeneratorBacked):
    """Return successive r-length combinations of elements in the iterable allowing individual elements to have successive repeats.

    combinations_with_replacement('ABC', 2) --> ('A','A'), ('A','B'), ('A','C'), ('B','B'), ('B','C'), ('C','C')"""

    __slots__ = ()

    def __init__(self, iterable, r):
        self._gen = _combinations_with_replacement(tuple(iterable), _check_r(r))
