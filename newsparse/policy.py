"""Policies decide, as in the stdlib ``email`` package, whether a defect met while
loading or parsing raises or is recorded on the result (``Article.defects``)."""

from __future__ import annotations

import attrs

from .errors import DefectError
from .model import Defect

__all__ = ["DEFAULT", "STRICT", "Policy"]


@attrs.frozen
class Policy:
    """How to treat defects and limits.

    ``raise_on_defect``: raise :class:`DefectError` for any defect instead of recording it.
    ``max_chars``: longer text is cut to this many characters before parsing (the cut is
    recorded as a ``truncated`` defect); ``None`` parses any length.
    ``fallback_encoding``: the encoding ``load()`` tries when bytes are not UTF-8.
    """

    raise_on_defect: bool = False
    max_chars: int | None = 10_000_000
    fallback_encoding: str = "cp1252"

    def handle(self, defect: Defect) -> Defect:
        """Raise for ``defect`` if this policy says so, else give it back to be recorded."""
        if self.raise_on_defect:
            raise DefectError(f"{defect.kind}: {defect.message}")
        return defect


DEFAULT = Policy()
STRICT = Policy(raise_on_defect=True)
