# The parts of CPython's io module a program without files uses: in-memory
# text streams (StringIO) and the exception and base classes around them.
# Method names, errors and messages follow CPython 3.11 (Lib/_pyio.py, PSF license).
"""The io module provides the Python interfaces to stream handling."""

__all__ = ["IOBase", "TextIOBase", "StringIO", "UnsupportedOperation",
           "SEEK_SET", "SEEK_CUR", "SEEK_END", "DEFAULT_BUFFER_SIZE"]

SEEK_SET = 0
SEEK_CUR = 1
SEEK_END = 2
DEFAULT_BUFFER_SIZE = 8192


class UnsupportedOperation(OSError, ValueError):
    pass


UnsupportedOperation.__module__ = "io"


class IOBase:
    """The abstract base class of all streams: closing, iteration, with-blocks."""

    _closed = False

    def _checkClosed(self):
        if self._closed:
            raise ValueError("I/O operation on closed file")

    @property
    def closed(self):
        return self._closed

    def close(self):
        self._closed = True

    def flush(self):
        self._checkClosed()

    def readable(self):
        return False

    def writable(self):
        return False

    def seekable(self):
        return False

    def isatty(self):
        self._checkClosed()
        return False

    def __enter__(self):
        self._checkClosed()
        return self

    def __exit__(self, *args):
        self.close()

    def __iter__(self):
        self._checkClosed()
        return self

    def __next__(self):
        line = self.readline()
        if not line:
            raise StopIteration
        return line

    def readlines(self, hint=-1):
        """The remaining lines as a list (stopping once `hint` characters are read)."""
        if hint is None or hint <= 0:
            return list(self)
        lines = []
        total = 0
        for line in self:
            lines.append(line)
            total += len(line)
            if total >= hint:
                break
        return lines

    def writelines(self, lines):
        self._checkClosed()
        for line in lines:
            self.write(line)


class TextIOBase(IOBase):
    """The base class of text streams."""

    encoding = None
    errors = None
    newlines = None


class StringIO(TextIOBase):
    """Text I/O implementation using an in-memory buffer."""

    def __init__(self, initial_value="", newline="\n"):
        if initial_value is None:
            initial_value = ""
        if not isinstance(initial_value, str):
            raise TypeError("initial_value must be str or None, not "
                            f"{type(initial_value).__name__}")
        if newline is not None and newline not in ("", "\n", "\r", "\r\n"):
            raise ValueError(f"illegal newline value: {newline!r}")
        self._newline = newline
        # The text so far as chunks (joined lazily) and the position in characters.
        self._chunks = [self._translate(initial_value)] if initial_value else []
        self._length = sum(len(c) for c in self._chunks)
        self._pos = 0

    def _translate(self, s):
        """The text as stored: newlines translated the way `newline` asks."""
        if self._newline is None:
            return s.replace("\r\n", "\n").replace("\r", "\n")
        if self._newline in ("\r", "\r\n"):
            return s.replace("\n", self._newline)
        return s

    def _text(self):
        """The whole buffer as one string (the chunks merged)."""
        if len(self._chunks) != 1:
            self._chunks = ["".join(self._chunks)]
        return self._chunks[0] if self._chunks else ""

    def readable(self):
        self._checkClosed()
        return True

    def writable(self):
        self._checkClosed()
        return True

    def seekable(self):
        self._checkClosed()
        return True

    def getvalue(self):
        """The entire contents of the buffer."""
        self._checkClosed()
        return self._text() if self._chunks else ""

    def write(self, s):
        """Writes the string at the current position; returns its length."""
        self._checkClosed()
        if not isinstance(s, str):
            raise TypeError(f"string argument expected, got '{type(s).__name__}'")
        n = len(s)
        s = self._translate(s)
        if self._pos == self._length:
            self._chunks.append(s)
        else:
            text = self._text()
            if self._pos > len(text):
                text += "\0" * (self._pos - len(text))
            text = text[:self._pos] + s + text[self._pos + len(s):]
            self._chunks = [text]
        self._pos += len(s)
        self._length = max(self._length, self._pos)
        return n

    def read(self, size=-1):
        """Up to `size` characters from the current position (all when negative)."""
        self._checkClosed()
        if size is None:
            size = -1
        text = self.getvalue()
        end = len(text) if size < 0 else min(len(text), self._pos + size)
        result = text[self._pos:end]
        self._pos = max(self._pos, end)
        return result

    def readline(self, size=-1):
        """The next line, with its newline (at most `size` characters)."""
        self._checkClosed()
        if size is None:
            size = -1
        text = self.getvalue()
        end = text.find("\n", self._pos)
        end = len(text) if end < 0 else end + 1
        if size >= 0:
            end = min(end, self._pos + size)
        result = text[self._pos:end]
        self._pos = max(self._pos, end)
        return result

    def tell(self):
        self._checkClosed()
        return self._pos

    def seek(self, pos, whence=0):
        """Moves to a position (SEEK_CUR and SEEK_END only with 0); returns it."""
        self._checkClosed()
        if whence == 0:
            if pos < 0:
                raise ValueError(f"Negative seek position {pos}")
            self._pos = pos
        elif whence in (1, 2):
            if pos != 0:
                raise OSError("Can't do nonzero cur-relative seeks")
            if whence == 2:
                self._pos = self._length
        else:
            raise ValueError(f"Invalid whence ({whence}, should be 0, 1 or 2)")
        return self._pos

    def truncate(self, pos=None):
        """Cuts the buffer at `pos` (the current position by default)."""
        self._checkClosed()
        if pos is None:
            pos = self._pos
        if pos < 0:
            raise ValueError(f"Negative size value {pos}")
        text = self.getvalue()[:pos]
        self._chunks = [text] if text else []
        self._length = len(text)
        return pos

    def __repr__(self):
        return f"<_io.StringIO object at {id(self):#x}>"
