"""Shared test configuration: Hypothesis profiles, and the pure-Python run.

``default`` keeps a local run quick; ``ci`` looks harder; ``long`` (100,000 examples per
property) is for a run by hand, e.g. ``HYPOTHESIS_PROFILE=long pytest
tests/test_pipeline_properties.py -k partition``.  Choose one with the
``HYPOTHESIS_PROFILE`` environment variable (``.ci/run`` sets ``ci`` when ``CI=true``).

An installation that compiled the parsers (see ``setup.py``) imports the C extensions;
``NEWSPARSE_PURE_PYTHON=1`` makes this test run import newsparse's ``.py`` files instead,
so that one checkout tests both builds (``.ci/run`` runs the suite both ways).
"""

from __future__ import annotations

import importlib.abc
import importlib.machinery
import os
import sys
from collections.abc import Sequence
from types import ModuleType

from hypothesis import settings


class _PythonSources(importlib.abc.MetaPathFinder):
    """Finds newsparse's modules as ``.py`` files, never as the extensions beside them."""

    def find_spec(self, fullname: str, path: Sequence[str] | None,
                  target: ModuleType | None = None) -> importlib.machinery.ModuleSpec | None:
        if fullname != "newsparse" and not fullname.startswith("newsparse."):
            return None
        for entry in path if path is not None else sys.path:
            finder = importlib.machinery.FileFinder(
                entry or ".", (importlib.machinery.SourceFileLoader, importlib.machinery.SOURCE_SUFFIXES))
            spec = finder.find_spec(fullname, target)
            if spec is not None:
                return spec
        return None


if os.environ.get("NEWSPARSE_PURE_PYTHON") == "1":
    assert "newsparse" not in sys.modules, "newsparse was imported before the pure-Python finder"
    sys.meta_path.insert(0, _PythonSources())

settings.register_profile("default", max_examples=100, deadline=None)
settings.register_profile("ci", max_examples=1000, deadline=None)
settings.register_profile("long", max_examples=100_000, deadline=None)
settings.load_profile(os.environ.get("HYPOTHESIS_PROFILE", "default"))
