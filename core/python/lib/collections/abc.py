# Adapted from CPython 3.11 Lib/collections/abc.py (PSF license).
from _collections_abc import *
from _collections_abc import __all__
from _collections_abc import _CallableGenericAlias
