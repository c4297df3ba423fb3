from . import (a, b,
