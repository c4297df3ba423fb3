# encodings: the codec registry's error class and CPython's encoding-name
# normalization. CPython imports this package at startup, so the VM does too:
# CodecRegistryError then shows among LookupError's subclasses as it does
# there. The codecs themselves are built in (str.encode, bytes.decode).

__all__ = ["CodecRegistryError", "normalize_encoding"]


class CodecRegistryError(LookupError, SystemError):
    pass


def normalize_encoding(encoding):
    """Normalize an encoding name: runs of non-alphanumeric characters other
    than '.' become one '_', leading and trailing ones are dropped, and
    non-ASCII characters are removed."""
    if isinstance(encoding, bytes):
        encoding = str(encoding, "ascii")
    chars = []
    punct = False
    for c in encoding:
        if c.isalnum() or c == ".":
            if punct and chars:
                chars.append("_")
            if c.isascii():
                chars.append(c)
            punct = False
        else:
            punct = True
    return "".join(chars)
