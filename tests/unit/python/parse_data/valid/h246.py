from . import fred
from .. import barney
from .australia import shrimp as prawns
