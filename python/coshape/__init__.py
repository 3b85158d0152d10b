"""Run coshape scenarios from Python and read their results as pandas DataFrames.

The engine runs in Java (``sim/target/coshape.jar``); these functions start it with the same
commands and options as the command line and read the folder it writes. Nothing is computed
here, so the numbers are the command line's, byte for byte.
"""

from .engine import CoshapeError, compare, find_jar, replay, run, sweep, validate
from .results import Results, load

__all__ = ["CoshapeError", "Results", "compare", "find_jar", "load", "replay", "run", "sweep", "validate"]
__version__ = "0.1.0"
