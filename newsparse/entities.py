"""Named entities (STUB: being written for issue 3)."""

from __future__ import annotations

from collections.abc import Sequence

from .model import Entity, Span


class EntityParser:
    """Finds people, organisations and places, and merges the variants of one name."""

    def extract(self, source: str, spans: Sequence[Span], language: str | None = None) -> tuple[Entity, ...]:
        """The entities named in ``source[span]`` for each span (headline, captions, body)."""
        return ()
