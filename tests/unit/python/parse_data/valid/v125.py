import a.b as c
from .a.b import (c as d, e)
