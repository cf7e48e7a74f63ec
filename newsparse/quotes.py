"""Quotations: direct, partial and running quotes with their speakers and cues.

:class:`QuoteParser` finds the quotations in the body paragraphs of an article and
attributes each to an entity of the article.  (Being built: issue 4.)
"""

from __future__ import annotations

from collections.abc import Sequence

from .model import Entity, Quote, Span

__all__ = ["QuoteParser"]


class QuoteParser:
    """Finds quotations and their speakers.  Vocabularies are class attributes; extend them
    in a subclass."""

    def parse(self, source: str, paragraphs: Sequence[Span], entities: Sequence[Entity],
              language: str | None = None) -> tuple[Quote, ...]:
        """The quotations in ``source[p]`` for the paragraphs ``p``, in text order."""
        return ()
