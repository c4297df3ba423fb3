# Adapted from CPython 3.11 Lib/traceback.py (PSF license); exceptions are
# formatted by the interpreter's own printer (the _traceback module).
"""Extract, format and print information about Python stack traces."""

import sys
import linecache
from _traceback import format_exception as _format_exception

__all__ = ['extract_stack', 'extract_tb', 'format_exception',
           'format_exception_only', 'format_list', 'format_stack',
           'format_tb', 'print_exc', 'format_exc', 'print_exception',
           'print_last', 'print_stack', 'print_tb', 'clear_frames',
           'FrameSummary', 'StackSummary', 'walk_stack', 'walk_tb',
           'print_list']

# Marks an argument that was not passed (None is a valid exception value).
_sentinel = object()


def _value_of(exc, value):
    """The exception object from the (exc) and old (type, value, tb) calling styles."""
    return exc if value is _sentinel else value


def print_list(extracted_list, file=None):
    """Print the list of tuples as returned by extract_tb() or extract_stack()."""
    if file is None:
        file = sys.stderr
    for item in StackSummary.from_list(extracted_list).format():
        print(item, file=file, end="")


def format_list(extracted_list):
    """The entries of an extracted stack as '  File ..., line ..., in ...' text."""
    return StackSummary.from_list(extracted_list).format()


def print_tb(tb, limit=None, file=None):
    print_list(extract_tb(tb, limit=limit), file=file)


def format_tb(tb, limit=None):
    return extract_tb(tb, limit=limit).format()


def extract_tb(tb, limit=None):
    return StackSummary._extract(walk_tb(tb), limit)


def print_exception(exc, /, value=_sentinel, tb=_sentinel, limit=None,
                    file=None, chain=True):
    """Print the exception and its traceback to file (sys.stderr by default)."""
    if file is None:
        file = sys.stderr
    for line in format_exception(exc, value, tb, limit, chain):
        print(line, file=file, end="")


def format_exception(exc, /, value=_sentinel, tb=_sentinel, limit=None,
                     chain=True):
    """The lines that print_exception() prints, as a list of strings."""
    exc = _value_of(exc, value)
    if exc is None:
        return ['NoneType: None\n']
    return _format_exception(exc).splitlines(keepends=True)


def format_exception_only(exc, /, value=_sentinel):
    """The 'Type: message' line (and notes) of an exception, as a list."""
    exc = _value_of(exc, value)
    if exc is None:
        return ['NoneType: None\n']
    etype = type(exc)
    stype = etype.__qualname__
    smod = etype.__module__
    if smod not in ("__main__", "builtins"):
        stype = smod + '.' + stype
    try:
        text = str(exc)
    except Exception:
        text = '<exception str() failed>'
    lines = [f"{stype}: {text}\n" if text else f"{stype}\n"]
    for note in getattr(exc, '__notes__', ()):
        lines.append(f"{note}\n")
    return lines


def print_exc(limit=None, file=None, chain=True):
    """Print the exception being handled (sys.exception())."""
    print_exception(sys.exception(), limit=limit, file=file, chain=chain)


def format_exc(limit=None, chain=True):
    """The text print_exc() would print."""
    return "".join(format_exception(sys.exception(), limit=limit, chain=chain))


def print_last(limit=None, file=None, chain=True):
    if not hasattr(sys, "last_value"):
        raise ValueError("no last exception")
    print_exception(sys.last_value, limit=limit, file=file, chain=chain)


def print_stack(f=None, limit=None, file=None):
    """Print the stack from frame f (the caller by default) down."""
    if f is None:
        f = sys._getframe().f_back
    print_list(extract_stack(f, limit=limit), file=file)


def format_stack(f=None, limit=None):
    """Shorthand for 'format_list(extract_stack(f, limit))'."""
    if f is None:
        f = sys._getframe().f_back
    return format_list(extract_stack(f, limit=limit))


def extract_stack(f=None, limit=None):
    """The stack from frame f (the caller by default) as a StackSummary, oldest first."""
    if f is None:
        f = sys._getframe().f_back
    stack = StackSummary._extract(walk_stack(f), limit)
    stack.reverse()
    return stack


def clear_frames(tb):
    """Nothing to clear: frames keep no locals alive after they finish here."""


class FrameSummary:
    """One entry of a stack: file, line number, function name and source line."""

    __slots__ = ('filename', 'lineno', 'name', '_line', 'locals')

    def __init__(self, filename, lineno, name, *, lookup_line=True,
                 locals=None, line=None):
        self.filename = filename
        self.lineno = lineno
        self.name = name
        self._line = line
        if lookup_line:
            self.line
        self.locals = None

    def __eq__(self, other):
        if isinstance(other, FrameSummary):
            return (self.filename == other.filename and
                    self.lineno == other.lineno and
                    self.name == other.name and
                    self.locals == other.locals)
        if isinstance(other, tuple):
            return (self.filename, self.lineno, self.name, self.line) == other
        return NotImplemented

    def __getitem__(self, pos):
        return (self.filename, self.lineno, self.name, self.line)[pos]

    def __iter__(self):
        return iter([self.filename, self.lineno, self.name, self.line])

    def __repr__(self):
        return "<FrameSummary file {filename}, line {lineno} in {name}>".format(
            filename=self.filename, lineno=self.lineno, name=self.name)

    def __len__(self):
        return 4

    @property
    def line(self):
        if self._line is None:
            if self.lineno is None:
                return None
            self._line = linecache.getline(self.filename, self.lineno)
        return self._line.strip()


def walk_stack(f):
    """Yields (frame, line number) from f outwards."""
    if f is None:
        f = sys._getframe().f_back.f_back
    while f is not None:
        yield f, f.f_lineno
        f = f.f_back


def walk_tb(tb):
    """Yields (frame, line number) for each traceback entry."""
    while tb is not None:
        yield tb.tb_frame, tb.tb_lineno
        tb = tb.tb_next


class StackSummary(list):
    """A list of FrameSummary objects."""

    @classmethod
    def extract(klass, frame_gen, *, limit=None, lookup_lines=True,
                capture_locals=False):
        return klass._extract(frame_gen, limit)

    @classmethod
    def _extract(klass, frame_gen, limit):
        if limit is None:
            limit = getattr(sys, 'tracebacklimit', None)
            if limit is not None and limit < 0:
                limit = 0
        result = klass()
        for f, lineno in frame_gen:
            if limit is not None and len(result) >= limit:
                break
            co = f.f_code
            result.append(FrameSummary(co.co_filename, lineno, co.co_name,
                                       lookup_line=False))
        return result

    @classmethod
    def from_list(klass, a_list):
        """A StackSummary from FrameSummary objects or (file, line, name, text) tuples."""
        result = StackSummary()
        for frame in a_list:
            if isinstance(frame, FrameSummary):
                result.append(frame)
            else:
                filename, lineno, name, line = frame
                result.append(FrameSummary(filename, lineno, name, line=line))
        return result

    def format_frame_summary(self, frame_summary):
        row = ['  File "{}", line {}, in {}\n'.format(
            frame_summary.filename, frame_summary.lineno, frame_summary.name)]
        if frame_summary.line:
            row.append('    {}\n'.format(frame_summary.line))
        return ''.join(row)

    def format(self):
        """The entries as text, one string per frame."""
        return [self.format_frame_summary(fs) for fs in self]
