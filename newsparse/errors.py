"""The library's own exceptions.  Every error newsparse raises on purpose is a
:class:`NewsparseError`; parsing *text* never raises."""

from __future__ import annotations

__all__ = [
    "DecodeError",
    "DefectError",
    "InputTypeError",
    "NewsparseError",
    "SourceNotFound",
    "SourceUnreadable",
]


class NewsparseError(Exception):
    """Base class of every error raised by newsparse."""


class InputTypeError(NewsparseError, TypeError):
    """An argument of the wrong type, e.g. ``parse(b"bytes")`` or ``load(42)``."""


class SourceNotFound(NewsparseError, FileNotFoundError):
    """``load()`` was given a path that does not exist."""


class SourceUnreadable(NewsparseError, OSError):
    """``load()`` was given a path it cannot read: a directory, no permission, an I/O error."""


class DecodeError(NewsparseError, ValueError):
    """Bytes that are not text in any encoding newsparse tries.

    ``source`` names the file (or ``"<bytes>"``), ``offset`` the first bad byte.
    """

    def __init__(self, message: str, *, source: str = "<bytes>", offset: int | None = None) -> None:
        super().__init__(message)
        self.source = source
        self.offset = offset


class DefectError(NewsparseError, ValueError):
    """A defect that the active :class:`newsparse.Policy` says must raise."""
