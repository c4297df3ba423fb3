# linecache with CPython 3.11's API (Lib/linecache.py, PSF license). There is
# no file system: the program's own lines (main.py) come from the interpreter,
# through sys._source_line(filename, lineno), which returns the line with its
# "\n" ('' past the end); every other file has no lines.

import sys

__all__ = ["getline", "clearcache", "checkcache", "lazycache"]

# filename -> (size, mtime, lines, fullname), as in CPython (size and mtime
# are None here: sources never change while the program runs).
cache = {}


def clearcache():
    """Clear the cache entirely."""
    cache.clear()


def getline(filename, lineno, module_globals=None):
    """Get a line for a Python source file from the cache.
    Update the cache if it doesn't contain an entry for this file already."""
    lines = getlines(filename, module_globals)
    if 1 <= lineno <= len(lines):
        return lines[lineno - 1]
    return ''


def getlines(filename, module_globals=None):
    """Get the lines for a Python source file from the cache.
    Update the cache if it doesn't contain an entry for this file already."""
    if filename in cache:
        entry = cache[filename]
        if len(entry) != 1:
            return cache[filename][2]
    return updatecache(filename, module_globals)


def checkcache(filename=None):
    """Discard cache entries that are out of date.
    (This is not checked upon each call!)"""
    # Sources cannot change while the program runs.


def updatecache(filename, module_globals=None):
    """Update a cache entry and return its list of lines.
    If something's wrong, print a message, discard the cache entry,
    and return an empty list."""
    cache.pop(filename, None)
    if not filename or (filename.startswith('<') and filename.endswith('>')):
        return []
    source_line = getattr(sys, '_source_line', None)
    if source_line is None:
        return []
    lines = []
    while True:
        line = source_line(filename, len(lines) + 1)
        if not line:
            break
        lines.append(line)
    if not lines:
        return []
    cache[filename] = None, None, lines, filename
    return lines


def lazycache(filename, module_globals):
    """Seed the cache for filename with module_globals.

    There is nothing to load lazily here: returns False."""
    return False
