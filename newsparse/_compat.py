"""What the compiled build asks of the source, and nothing at run time.

The parsers' modules are compiled with mypyc when newsparse is installed from source on a
machine with a C compiler (see ``setup.py``): the same Python, turned into a C extension,
parses 1.3 to 1.5 times as fast.  A compiled class takes no interpreted subclass unless it says
so, and subclassing the parsers is how users extend them, so every public parser class is
marked with :func:`mypyc_attr` ``(allow_interpreted_subclasses=True)``.

``mypyc_attr`` is ``mypy_extensions``'s marker when that package is installed (it comes
with mypy, which the build uses) and otherwise a decorator that changes nothing: in plain
Python the mark means nothing, so newsparse does not depend on the package.  This module
is never compiled.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

__all__ = ["mypyc_attr"]

try:
    from mypy_extensions import mypyc_attr
except ImportError:  # pragma: no cover - only without mypy_extensions installed

    def mypyc_attr(*attrs: str, **kwattrs: object) -> Callable[[Any], Any]:  # type: ignore[misc]
        """Leave the class as it is (mypyc reads the mark when it compiles)."""
        return lambda cls: cls
