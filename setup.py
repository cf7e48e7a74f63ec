"""Build newsparse, compiling its parsers with mypyc where this machine can.

Everything about the package is declared in ``pyproject.toml``; this file adds one thing
that cannot be declared there: the parsers' modules, which are plain, fully typed Python,
are also compiled into C extensions with mypyc (the compiler that ships with mypy, used
the same way by black and mypy itself).  The compiled modules do exactly what the Python
ones do, 1.3 to 1.5 times as fast; the ``.py`` files are installed beside them, and Python
imports the extension when there is one.

- ``NEWSPARSE_COMPILE=0`` builds pure Python (quicker to install, and what a development
  checkout wants: an edited ``.py`` file is shadowed by a compiled module built before).
- ``NEWSPARSE_COMPILE=1`` requires the compiled build: a failure stops the installation.
- Unset: compile when mypyc and a C compiler work, and otherwise install pure Python with a
  warning rather than fail.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path
from typing import Any

from setuptools import setup
from setuptools.command.build_ext import build_ext

# The parsers, where a parse spends its time.  The others stay Python: the pipeline that
# composes the parsers (compiled, it would gain 0.3% and check argument types itself,
# before ``ArticleParser.parse`` can raise newsparse's own error), the data model (attrs
# classes and pickling), the CLI, batches, corpus and loading.
COMPILED = [
    "newsparse/_cache.py",
    "newsparse/boilerplate.py",
    "newsparse/bylines.py",
    "newsparse/datelines.py",
    "newsparse/dates.py",
    "newsparse/entities.py",
    "newsparse/language.py",
    "newsparse/photos.py",
    "newsparse/quotes.py",
    "newsparse/text.py",
]

SETTING = os.environ.get("NEWSPARSE_COMPILE", "").strip().lower()
WANTED = SETTING not in {"0", "no", "false", "off"}
REQUIRED = SETTING in {"1", "yes", "true", "on"}


def _warn(message: str) -> None:
    print(f"newsparse: {message}; installing pure Python (NEWSPARSE_COMPILE=1 makes this an error)",
          file=sys.stderr)


class OptionalBuildExt(build_ext):
    """Build the compiled modules all or none: the per-module extensions load one shared
    library, so a partial build would leave modules that cannot be imported."""

    def run(self) -> None:
        try:
            super().run()
        except Exception as error:
            if REQUIRED:
                raise
            for ext in self.extensions:
                for path in (Path(self.get_ext_fullpath(ext.name)),
                             Path(self.build_lib) / self.get_ext_filename(ext.name)):
                    path.unlink(missing_ok=True)
            self.extensions = []
            _warn(f"the C compiler failed ({error})")


def _extensions() -> list[Any]:
    if not WANTED:
        return []
    try:
        from mypyc.build import mypycify
    except ImportError as error:
        if REQUIRED:
            raise
        _warn(f"mypyc is not installed ({error})")
        return []
    try:
        return list(mypycify(COMPILED, opt_level="3", group_name="newsparse"))
    except (Exception, SystemExit) as error:  # mypyc exits on a type error
        if REQUIRED:
            raise
        _warn(f"mypyc could not compile the parsers ({error!r})")
        return []


setup(ext_modules=_extensions(), cmdclass={"build_ext": OptionalBuildExt})
