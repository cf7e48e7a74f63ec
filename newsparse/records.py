"""Flat rows for data frames: :func:`to_records` turns articles into lists of plain dicts.

Each row is a flat dict of ``str``, ``int`` or ``None`` values (dates as ISO strings), so
``pandas.DataFrame(newsparse.to_records(articles, "quotes"))`` gives a table with one
column per key (pandas is not a dependency of newsparse).  Every row starts with
``article`` (the article's position in the input) and ``article_id`` (its key when the
input is a mapping, else ``None``); spans become ``start`` / ``end`` columns.

    >>> import newsparse
    >>> article = newsparse.parse('Vote due\\n\\n"We will win," said Ana Lima.')
    >>> rows = newsparse.to_records([article], "quotes")
    >>> rows[0]["text"], rows[0]["speaker"], rows[0]["start"], rows[0]["end"]
    ('We will win,', 'Ana Lima', 11, 23)
    >>> list(rows[0]) == list(newsparse.records.COLUMNS["quotes"])
    True
"""

from __future__ import annotations

import bisect
from collections.abc import Callable, Hashable, Iterable, Iterator, Mapping
from typing import Any, Literal

from .model import Article, Span

__all__ = ["COLUMNS", "KINDS", "RecordKind", "to_records"]

#: What a row stands for.
RecordKind = Literal[
    "articles", "authors", "paragraphs", "quotes", "entities", "mentions", "photos", "boilerplate",
    "segments",
]

_ARTICLE = ("article", "article_id")

#: The columns of each kind of row, in order.  Every row of a kind has all of them (``None``
#: where the article has no value), so ``pandas.DataFrame(rows, columns=COLUMNS[kind])``
#: has the same columns even when there are no rows.
COLUMNS: Mapping[str, tuple[str, ...]] = {
    "articles": (*_ARTICLE, "headline", "authors", "dateline", "dateline_location", "dateline_date",
                 "agency", "published", "language", "chars", "paragraphs", "photos", "boilerplate",
                 "quotes", "entities", "defects"),
    "authors": (*_ARTICLE, "index", "name", "kind", "role", "outlet", "location", "email", "handle",
                "start", "end"),
    "paragraphs": (*_ARTICLE, "index", "text", "start", "end"),
    "quotes": (*_ARTICLE, "index", "paragraph", "text", "start", "end", "kind", "speaker",
               "speaker_start", "speaker_end", "cue", "cue_start", "cue_end", "how"),
    "entities": (*_ARTICLE, "index", "name", "kind", "mentions", "titles", "first_start", "first_end"),
    "mentions": (*_ARTICLE, "entity", "name", "kind", "text", "start", "end"),
    "photos": (*_ARTICLE, "index", "caption", "credit", "photographers", "agency", "start", "end"),
    "boilerplate": (*_ARTICLE, "index", "kind", "text", "start", "end"),
    "segments": (*_ARTICLE, "index", "kind", "start", "end"),
}
#: The kinds of row :func:`to_records` makes.
KINDS: tuple[str, ...] = tuple(COLUMNS)

#: How lists of names are joined into one cell (authors, titles, photographers).
JOINER = "; "


def _start(span: Span | None) -> int | None:
    return None if span is None else span.start


def _end(span: Span | None) -> int | None:
    return None if span is None else span.end


def _iso(value: Any) -> str | None:
    return None if value is None else str(value.isoformat())


def _articles(a: Article) -> Iterator[dict[str, Any]]:
    d = a.dateline
    yield {
        "headline": a.headline,
        "authors": JOINER.join(a.authors),
        "dateline": None if d is None else d.text,
        "dateline_location": None if d is None else d.location,
        "dateline_date": None if d is None else _iso(d.date),
        "agency": None if d is None else d.agency,
        "published": _iso(a.published),
        "language": a.language,
        "chars": len(a.source),
        "paragraphs": len(a.paragraphs),
        "photos": len(a.photos),
        "boilerplate": len(a.boilerplate),
        "quotes": len(a.quotes),
        "entities": len(a.entities),
        "defects": len(a.defects),
    }


def _authors(a: Article) -> Iterator[dict[str, Any]]:
    if a.byline is not None and a.byline.authors:
        for n, au in enumerate(a.byline.authors):
            yield {"index": n, "name": au.name, "kind": au.kind, "role": au.role,
                   "outlet": au.outlet or a.byline.outlet, "location": au.location, "email": au.email,
                   "handle": au.handle, "start": _start(au.span), "end": _end(au.span)}
        return
    # No byline: the names the article gives from trailing credits and bios.
    for n, name in enumerate(a.authors):
        yield {"index": n, "name": name, "kind": "person", "role": None, "outlet": None,
               "location": None, "email": None, "handle": None, "start": None, "end": None}


def _paragraphs(a: Article) -> Iterator[dict[str, Any]]:
    for n, p in enumerate(a.paragraphs):
        yield {"index": n, "text": p.text, "start": p.span.start, "end": p.span.end}


def _quotes(a: Article) -> Iterator[dict[str, Any]]:
    starts = [p.span.start for p in a.paragraphs]
    for n, q in enumerate(a.quotes):
        at = bisect.bisect_right(starts, q.span.start) - 1
        inside = at >= 0 and q.span.start < a.paragraphs[at].span.end
        yield {"index": n, "paragraph": at if inside else None, "text": q.text,
               "start": q.span.start, "end": q.span.end, "kind": q.kind, "speaker": q.speaker,
               "speaker_start": _start(q.speaker_span), "speaker_end": _end(q.speaker_span),
               "cue": q.cue, "cue_start": _start(q.cue_span), "cue_end": _end(q.cue_span), "how": q.how}


def _entities(a: Article) -> Iterator[dict[str, Any]]:
    for n, e in enumerate(a.entities):
        first = min((m.span for m in e.mentions), default=None)
        yield {"index": n, "name": e.name, "kind": e.kind.value, "mentions": len(e.mentions),
               "titles": JOINER.join(e.titles), "first_start": _start(first), "first_end": _end(first)}


def _mentions(a: Article) -> Iterator[dict[str, Any]]:
    for n, e in enumerate(a.entities):
        for m in e.mentions:
            yield {"entity": n, "name": e.name, "kind": e.kind.value, "text": m.text,
                   "start": m.span.start, "end": m.span.end}


def _photos(a: Article) -> Iterator[dict[str, Any]]:
    for n, p in enumerate(a.photos):
        c = p.credit
        yield {"index": n, "caption": p.caption, "credit": None if c is None else c.text,
               "photographers": None if c is None else JOINER.join(c.names),
               "agency": None if c is None else c.agency, "start": p.span.start, "end": p.span.end}


def _boilerplate(a: Article) -> Iterator[dict[str, Any]]:
    for n, b in enumerate(a.boilerplate):
        yield {"index": n, "kind": b.kind, "text": b.text, "start": b.span.start, "end": b.span.end}


def _segments(a: Article) -> Iterator[dict[str, Any]]:
    for n, s in enumerate(a.segments):
        yield {"index": n, "kind": s.kind, "start": s.span.start, "end": s.span.end}


_ROWS: Mapping[str, Callable[[Article], Iterator[dict[str, Any]]]] = {
    "articles": _articles,
    "authors": _authors,
    "paragraphs": _paragraphs,
    "quotes": _quotes,
    "entities": _entities,
    "mentions": _mentions,
    "photos": _photos,
    "boilerplate": _boilerplate,
    "segments": _segments,
}


def to_records(articles: Iterable[Article] | Mapping[Hashable, Article],
               kind: RecordKind = "quotes") -> list[dict[str, Any]]:
    """Flatten ``articles`` into rows of one ``kind``, ready for ``pandas.DataFrame(rows)``.

    ``articles`` is an iterable of :class:`~newsparse.Article` (``article_id`` is then
    ``None``) or a mapping from ids to articles (``article_id`` is the key).  ``kind`` is
    one of :data:`KINDS`:

    - ``articles``: one row per article: headline, authors, dateline, language, counts;
    - ``authors``: one per author of the byline (else per name from trailing credits);
    - ``paragraphs``: one per body paragraph;
    - ``quotes``: one per quotation: text, span, paragraph index, speaker, cue and their
      spans, kind and the attributing rule (``how``);
    - ``entities``: one per entity: name, kind, number of mentions, titles, first mention;
    - ``mentions``: one per mention of an entity, with the entity's index, name and kind;
    - ``photos``, ``boilerplate``, ``segments``: one per piece.

    The keys of each row are :data:`COLUMNS` ``[kind]``, in that order.  Raises
    ``ValueError`` for an unknown kind.
    """
    make = _ROWS.get(kind)
    if make is None:
        raise ValueError(f"unknown kind of record {kind!r}: expected one of {', '.join(KINDS)}")
    pairs: Iterable[tuple[Hashable, Article]] = (
        articles.items() if isinstance(articles, Mapping) else ((None, a) for a in articles))
    rows: list[dict[str, Any]] = []
    for number, (key, article) in enumerate(pairs):
        if not isinstance(article, Article):
            raise TypeError(f"to_records() takes Article objects, not {type(article).__name__}")
        for row in make(article):
            rows.append({"article": number, "article_id": key, **row})
    return rows
