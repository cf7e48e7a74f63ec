"""The typed result of a parse: small frozen classes that point back into the source.

Every object that stands for a piece of the text carries a :class:`Span`, a Python slice
into :attr:`Article.source`, so that anything extracted can be highlighted and traced
back.  ``Article.segments`` partitions the source exactly: no gap, no overlap.

All classes are ``attrs`` frozen, slotted classes; change one with :func:`attrs.evolve`.
``Article.to_dict()`` / ``Article.from_dict()`` give a JSON-ready round trip.

Everything pickles (and copies) fast: an ``Article`` travels as one tuple of plain lists
of strings and ints, its objects' fields column by column, and is rebuilt in one function
(see the end of this module), because :func:`newsparse.parse_many` ships every article it
parses from a worker process.
"""

from __future__ import annotations

import collections
import datetime as dt
import enum
import itertools
import operator
from collections.abc import Callable, Iterable, Mapping, Sequence
from typing import Any, SupportsIndex

import attrs

__all__ = [
    "Article",
    "Author",
    "Boilerplate",
    "Byline",
    "Credit",
    "Dateline",
    "Defect",
    "Entity",
    "EntityKind",
    "Mention",
    "Paragraph",
    "Photo",
    "Quote",
    "Segment",
    "Span",
]


# ------------------------------------------------------------------ pickling, generic part
#
# attrs pickles a slotted class through a dict of its fields, and unpickles it with a
# Python __setstate__ per object; an article holds some 170 small objects, so that way its
# pickle cost a third of its parse (issue 7).  Every class here instead reduces to
# ``(_rebuild, (cls, field values))``; Article, the one shipped by the thousand, packs its
# whole tree into one tuple of plain lists (see _pack_article at the end of the module).


def _reduce_ex(self: Any, protocol: SupportsIndex) -> str | tuple[Any, ...]:
    """``__reduce_ex__`` of the small classes: the class and its fields' values."""
    get_fields = _FIELD_GETTERS.get(type(self))
    if get_fields is None:  # a subclass, with fields of its own maybe: attrs' way
        return object.__reduce_ex__(self, protocol)
    return _rebuild, (type(self), get_fields(self))


def _rebuild(cls: type[Any], values: tuple[Any, ...]) -> Any:
    """Inverse of :func:`_reduce_ex`: an object of one of this module's classes (no other)
    from its fields' values, in order."""
    if cls not in _FIELD_GETTERS:  # (the classes that reduce to _rebuild)
        raise ValueError(f"newsparse.model does not rebuild {cls!r}: not one of its classes")
    return _build(cls, *([value] for value in values))[0]


@attrs.frozen(order=True)
class Span:
    """A half-open range ``[start, end)`` of character offsets into ``Article.source``.

    Validated on creation: two ints with ``0 <= start <= end`` (one check, not a chain of
    attrs validators, because parsing makes many spans).
    """

    start: int
    end: int

    __reduce_ex__ = _reduce_ex  # pickles and copies as (_rebuild, (cls, field values))

    def __attrs_post_init__(self) -> None:
        start, end = self.start, self.end
        if type(start) is not int or type(end) is not int:
            raise TypeError(f"span bounds must be ints, got {start!r}, {end!r}")
        if not 0 <= start <= end:
            raise ValueError(f"invalid span [{start}, {end}): need 0 <= start <= end")

    def __len__(self) -> int:
        return self.end - self.start

    def slice(self, text: str) -> str:
        """The part of ``text`` this span covers."""
        return text[self.start : self.end]

    def shift(self, offset: int) -> Span:
        """The same span moved ``offset`` characters to the right."""
        return Span(self.start + offset, self.end + offset)

    def to_list(self) -> list[int]:
        """``[start, end]``, the form used in ``to_dict()``."""
        return [self.start, self.end]

    @classmethod
    def from_list(cls, value: Any) -> Span:
        """Inverse of :meth:`to_list`."""
        start, end = value
        return cls(int(start), int(end))


def _opt_span(value: Any) -> Span | None:
    return None if value is None else Span.from_list(value)


def _span_list(span: Span | None) -> list[int] | None:
    return None if span is None else span.to_list()


@attrs.frozen
class Segment:
    """One piece of the partition of the source: ``kind`` says what it is.

    Kinds: ``headline``, ``standfirst``, ``byline``, ``dateline``, ``caption``, ``credit``,
    ``body``, ``boilerplate``, ``front`` (other front matter such as link lines),
    ``blank`` (white space between the others).
    """

    kind: str
    span: Span

    __reduce_ex__ = _reduce_ex  # pickles and copies as (_rebuild, (cls, field values))

    def to_dict(self) -> dict[str, Any]:
        """JSON-ready form."""
        return {"kind": self.kind, "span": self.span.to_list()}

    @classmethod
    def from_dict(cls, d: Mapping[str, Any]) -> Segment:
        """Inverse of :meth:`to_dict`."""
        return cls(d["kind"], Span.from_list(d["span"]))


@attrs.frozen
class Author:
    """One author named by a byline or a trailing credit.

    ``kind`` is ``"person"`` for a named person and ``"desk"`` for a collective byline
    that an outlet presents as its author (``Editorial``, ``The Editorial Board``).
    """

    name: str
    span: Span | None = None
    role: str | None = None
    outlet: str | None = None
    location: str | None = None
    email: str | None = None
    handle: str | None = None
    kind: str = "person"

    __reduce_ex__ = _reduce_ex  # pickles and copies as (_rebuild, (cls, field values))

    def to_dict(self) -> dict[str, Any]:
        """JSON-ready form."""
        return {
            "name": self.name,
            "span": _span_list(self.span),
            "role": self.role,
            "outlet": self.outlet,
            "location": self.location,
            "email": self.email,
            "handle": self.handle,
            "kind": self.kind,
        }

    @classmethod
    def from_dict(cls, d: Mapping[str, Any]) -> Author:
        """Inverse of :meth:`to_dict`."""
        return cls(
            name=d["name"],
            span=_opt_span(d.get("span")),
            role=d.get("role"),
            outlet=d.get("outlet"),
            location=d.get("location"),
            email=d.get("email"),
            handle=d.get("handle"),
            kind=d.get("kind", "person"),
        )


def _date_to_json(value: dt.date | dt.datetime | None) -> str | None:
    return None if value is None else value.isoformat()


def _date_from_json(value: str | None) -> dt.date | dt.datetime | None:
    if value is None:
        return None
    if "T" in value:
        return dt.datetime.fromisoformat(value)
    return dt.date.fromisoformat(value)


@attrs.frozen
class Byline:
    """A byline as printed, with the authors it names.

    ``outlet`` is an outlet the line names for all its authors (``…, Associated Press``);
    ``published`` a date or time printed on the same line (``Published 21/06/2013``).
    """

    text: str
    span: Span
    authors: tuple[Author, ...] = ()
    outlet: str | None = None
    published: dt.date | dt.datetime | None = None

    __reduce_ex__ = _reduce_ex  # pickles and copies as (_rebuild, (cls, field values))

    @property
    def names(self) -> tuple[str, ...]:
        """The authors' names, in order."""
        return tuple(a.name for a in self.authors)

    def to_dict(self) -> dict[str, Any]:
        """JSON-ready form."""
        return {
            "text": self.text,
            "span": self.span.to_list(),
            "authors": [a.to_dict() for a in self.authors],
            "outlet": self.outlet,
            "published": _date_to_json(self.published),
        }

    @classmethod
    def from_dict(cls, d: Mapping[str, Any]) -> Byline:
        """Inverse of :meth:`to_dict`."""
        return cls(
            text=d["text"],
            span=Span.from_list(d["span"]),
            authors=tuple(Author.from_dict(a) for a in d.get("authors", ())),
            outlet=d.get("outlet"),
            published=_date_from_json(d.get("published")),
        )


@attrs.frozen
class Dateline:
    """The place-and-date line that opens a wire story: ``MOSCOW, Jan 24 (Reuters) -``.

    ``date`` is set only when the year is known (printed, or from a reference date, or
    from a full date elsewhere in the text), never from the clock.  ``month`` and ``day``
    are set whenever the line has them.
    """

    text: str
    span: Span
    location: str | None = None
    month: int | None = None
    day: int | None = None
    date: dt.date | None = None
    date_text: str | None = None
    agency: str | None = None
    year: int | None = None

    __reduce_ex__ = _reduce_ex  # pickles and copies as (_rebuild, (cls, field values))

    def to_dict(self) -> dict[str, Any]:
        """JSON-ready form."""
        return {
            "text": self.text,
            "span": self.span.to_list(),
            "location": self.location,
            "month": self.month,
            "day": self.day,
            "date": _date_to_json(self.date),
            "date_text": self.date_text,
            "agency": self.agency,
            "year": self.year,
        }

    @classmethod
    def from_dict(cls, d: Mapping[str, Any]) -> Dateline:
        """Inverse of :meth:`to_dict`."""
        date = d.get("date")
        return cls(
            text=d["text"],
            span=Span.from_list(d["span"]),
            location=d.get("location"),
            month=d.get("month"),
            day=d.get("day"),
            date=None if date is None else dt.date.fromisoformat(date),
            date_text=d.get("date_text"),
            agency=d.get("agency"),
            year=d.get("year"),
        )


@attrs.frozen
class Credit:
    """A photo credit as printed (``AP Photo/Evan Vucci``): photographers and agency."""

    text: str
    span: Span
    names: tuple[str, ...] = ()
    agency: str | None = None

    __reduce_ex__ = _reduce_ex  # pickles and copies as (_rebuild, (cls, field values))

    def to_dict(self) -> dict[str, Any]:
        """JSON-ready form."""
        return {
            "text": self.text,
            "span": self.span.to_list(),
            "names": list(self.names),
            "agency": self.agency,
        }

    @classmethod
    def from_dict(cls, d: Mapping[str, Any]) -> Credit:
        """Inverse of :meth:`to_dict`."""
        return cls(
            text=d["text"],
            span=Span.from_list(d["span"]),
            names=tuple(d.get("names", ())),
            agency=d.get("agency"),
        )


@attrs.frozen
class Photo:
    """A photo's caption and credit.  ``span`` covers both as printed."""

    span: Span
    caption: str | None = None
    caption_span: Span | None = None
    credit: Credit | None = None

    __reduce_ex__ = _reduce_ex  # pickles and copies as (_rebuild, (cls, field values))

    def to_dict(self) -> dict[str, Any]:
        """JSON-ready form."""
        return {
            "span": self.span.to_list(),
            "caption": self.caption,
            "caption_span": _span_list(self.caption_span),
            "credit": None if self.credit is None else self.credit.to_dict(),
        }

    @classmethod
    def from_dict(cls, d: Mapping[str, Any]) -> Photo:
        """Inverse of :meth:`to_dict`."""
        credit = d.get("credit")
        return cls(
            span=Span.from_list(d["span"]),
            caption=d.get("caption"),
            caption_span=_opt_span(d.get("caption_span")),
            credit=None if credit is None else Credit.from_dict(credit),
        )


@attrs.frozen
class Boilerplate:
    """Text split off as not being the story, labelled by ``kind``.

    Kinds: ``comments``, ``publication``, ``author-bio``, ``author-photo``, ``credits``,
    ``copyright``, ``signoff``, ``related``, ``social``, ``newsletter``,
    ``advertisement``, ``other``.
    """

    kind: str
    text: str
    span: Span

    __reduce_ex__ = _reduce_ex  # pickles and copies as (_rebuild, (cls, field values))

    def to_dict(self) -> dict[str, Any]:
        """JSON-ready form."""
        return {"kind": self.kind, "text": self.text, "span": self.span.to_list()}

    @classmethod
    def from_dict(cls, d: Mapping[str, Any]) -> Boilerplate:
        """Inverse of :meth:`to_dict`."""
        return cls(kind=d["kind"], text=d["text"], span=Span.from_list(d["span"]))


@attrs.frozen
class Paragraph:
    """One paragraph of the body, as printed (``text == source[span]``)."""

    text: str
    span: Span

    __reduce_ex__ = _reduce_ex  # pickles and copies as (_rebuild, (cls, field values))

    def to_dict(self) -> dict[str, Any]:
        """JSON-ready form."""
        return {"text": self.text, "span": self.span.to_list()}

    @classmethod
    def from_dict(cls, d: Mapping[str, Any]) -> Paragraph:
        """Inverse of :meth:`to_dict`."""
        return cls(text=d["text"], span=Span.from_list(d["span"]))


@attrs.frozen
class Mention:
    """One place in the text where an entity is named."""

    text: str
    span: Span

    __reduce_ex__ = _reduce_ex  # pickles and copies as (_rebuild, (cls, field values))

    def to_dict(self) -> dict[str, Any]:
        """JSON-ready form."""
        return {"text": self.text, "span": self.span.to_list()}

    @classmethod
    def from_dict(cls, d: Mapping[str, Any]) -> Mention:
        """Inverse of :meth:`to_dict`."""
        return cls(text=d["text"], span=Span.from_list(d["span"]))


class EntityKind(str, enum.Enum):
    """What an entity is."""

    PERSON = "PERSON"
    ORG = "ORG"
    LOC = "LOC"
    MISC = "MISC"

    def __str__(self) -> str:
        return self.value


@attrs.frozen
class Entity:
    """A person, organisation, place or other named thing, with every mention."""

    name: str
    kind: EntityKind
    mentions: tuple[Mention, ...] = ()
    titles: tuple[str, ...] = ()

    __reduce_ex__ = _reduce_ex  # pickles and copies as (_rebuild, (cls, field values))

    def to_dict(self) -> dict[str, Any]:
        """JSON-ready form."""
        return {
            "name": self.name,
            "kind": self.kind.value,
            "mentions": [m.to_dict() for m in self.mentions],
            "titles": list(self.titles),
        }

    @classmethod
    def from_dict(cls, d: Mapping[str, Any]) -> Entity:
        """Inverse of :meth:`to_dict`."""
        return cls(
            name=d["name"],
            kind=EntityKind(d["kind"]),
            mentions=tuple(Mention.from_dict(m) for m in d.get("mentions", ())),
            titles=tuple(d.get("titles", ())),
        )


@attrs.frozen
class Quote:
    """A quotation: ``text`` is what stands inside the marks.

    ``kind`` is ``direct`` (a full quoted sentence or more) or ``partial`` (a quoted
    fragment inside the writer's sentence).  ``how`` names the rule that attributed it.
    """

    text: str
    span: Span
    speaker: str | None = None
    cue: str | None = None
    kind: str = "direct"
    speaker_span: Span | None = None
    cue_span: Span | None = None
    how: str | None = None

    __reduce_ex__ = _reduce_ex  # pickles and copies as (_rebuild, (cls, field values))

    def to_dict(self) -> dict[str, Any]:
        """JSON-ready form."""
        return {
            "text": self.text,
            "span": self.span.to_list(),
            "speaker": self.speaker,
            "cue": self.cue,
            "kind": self.kind,
            "speaker_span": _span_list(self.speaker_span),
            "cue_span": _span_list(self.cue_span),
            "how": self.how,
        }

    @classmethod
    def from_dict(cls, d: Mapping[str, Any]) -> Quote:
        """Inverse of :meth:`to_dict`."""
        return cls(
            text=d["text"],
            span=Span.from_list(d["span"]),
            speaker=d.get("speaker"),
            cue=d.get("cue"),
            kind=d.get("kind", "direct"),
            speaker_span=_opt_span(d.get("speaker_span")),
            cue_span=_opt_span(d.get("cue_span")),
            how=d.get("how"),
        )


@attrs.frozen
class Defect:
    """Something odd met while loading or parsing, recorded rather than raised.

    Which defects raise instead is decided by :class:`newsparse.Policy`.
    """

    kind: str
    message: str
    span: Span | None = None

    __reduce_ex__ = _reduce_ex  # pickles and copies as (_rebuild, (cls, field values))

    def to_dict(self) -> dict[str, Any]:
        """JSON-ready form."""
        return {"kind": self.kind, "message": self.message, "span": _span_list(self.span)}

    @classmethod
    def from_dict(cls, d: Mapping[str, Any]) -> Defect:
        """Inverse of :meth:`to_dict`."""
        return cls(kind=d["kind"], message=d["message"], span=_opt_span(d.get("span")))


@attrs.frozen
class Article:
    """A parsed news article.  ``source`` is the exact text parsed."""

    source: str
    segments: tuple[Segment, ...]
    headline: str | None = None
    headline_span: Span | None = None
    standfirst: str | None = None
    byline: Byline | None = None
    authors: tuple[str, ...] = ()
    dateline: Dateline | None = None
    published: dt.date | dt.datetime | None = None
    photos: tuple[Photo, ...] = ()
    boilerplate: tuple[Boilerplate, ...] = ()
    paragraphs: tuple[Paragraph, ...] = ()
    quotes: tuple[Quote, ...] = ()
    entities: tuple[Entity, ...] = ()
    language: str | None = None
    defects: tuple[Defect, ...] = ()

    def __reduce_ex__(self, protocol: SupportsIndex) -> str | tuple[Any, ...]:
        # pickle and copy.deepcopy: the whole tree as one tuple of lists (see _pack_article)
        if type(self) is not Article:  # a subclass, with fields of its own maybe: attrs' way
            return object.__reduce_ex__(self, protocol)
        return _rebuild_article, (_pack_article(self),)

    def __copy__(self) -> Article:
        # a shallow copy shares the fields' values; it need not pack and rebuild the tree
        return attrs.evolve(self)

    @property
    def body(self) -> str:
        """The body paragraphs' text joined by blank lines."""
        return "\n\n".join(p.text for p in self.paragraphs)

    def to_dict(self) -> dict[str, Any]:
        """A JSON-ready dict; :meth:`from_dict` turns it back into an equal ``Article``."""
        return {
            "source": self.source,
            "headline": self.headline,
            "headline_span": _span_list(self.headline_span),
            "standfirst": self.standfirst,
            "byline": None if self.byline is None else self.byline.to_dict(),
            "authors": list(self.authors),
            "dateline": None if self.dateline is None else self.dateline.to_dict(),
            "published": _date_to_json(self.published),
            "photos": [p.to_dict() for p in self.photos],
            "boilerplate": [b.to_dict() for b in self.boilerplate],
            "paragraphs": [p.to_dict() for p in self.paragraphs],
            "quotes": [q.to_dict() for q in self.quotes],
            "entities": [e.to_dict() for e in self.entities],
            "language": self.language,
            "segments": [s.to_dict() for s in self.segments],
            "defects": [d.to_dict() for d in self.defects],
        }

    @classmethod
    def from_dict(cls, d: Mapping[str, Any]) -> Article:
        """Inverse of :meth:`to_dict`."""
        byline = d.get("byline")
        dateline = d.get("dateline")
        return cls(
            source=d["source"],
            segments=tuple(Segment.from_dict(s) for s in d.get("segments", ())),
            headline=d.get("headline"),
            headline_span=_opt_span(d.get("headline_span")),
            standfirst=d.get("standfirst"),
            byline=None if byline is None else Byline.from_dict(byline),
            authors=tuple(d.get("authors", ())),
            dateline=None if dateline is None else Dateline.from_dict(dateline),
            published=_date_from_json(d.get("published")),
            photos=tuple(Photo.from_dict(p) for p in d.get("photos", ())),
            boilerplate=tuple(Boilerplate.from_dict(b) for b in d.get("boilerplate", ())),
            paragraphs=tuple(Paragraph.from_dict(p) for p in d.get("paragraphs", ())),
            quotes=tuple(Quote.from_dict(q) for q in d.get("quotes", ())),
            entities=tuple(Entity.from_dict(e) for e in d.get("entities", ())),
            language=d.get("language"),
            defects=tuple(Defect.from_dict(x) for x in d.get("defects", ())),
        )


# ------------------------------------------------------------------ pickling, articles

_CLASSES: tuple[type[Any], ...] = (
    Span, Segment, Author, Byline, Dateline, Credit, Photo, Boilerplate, Paragraph, Mention, Entity,
    Quote, Defect, Article)

# attrgetter of two or more names returns a tuple: every class here has two fields or more
_FIELD_GETTERS: dict[type[Any], Callable[[Any], tuple[Any, ...]]] = {
    cls: operator.attrgetter(*(field.name for field in attrs.fields(cls))) for cls in _CLASSES
    if cls is not Article  # it packs itself
}

# Each field's slot descriptor's __set__, in the order of the fields.  Frozen classes
# refuse setattr; the rebuilding sets the slots directly, as attrs' own __init__ does (by
# object.__setattr__, which costs more per call), but without re-running the checks that
# the pickled objects passed when they were made.
_SETTERS: dict[type[Any], tuple[Callable[[Any, Any], None], ...]] = {
    cls: tuple(cls.__dict__[field.name].__set__ for field in attrs.fields(cls)) for cls in _CLASSES
}

# consumes an iterator at C speed, keeping nothing
_drain: Callable[[Iterable[Any]], None] = collections.deque(maxlen=0).extend


def _build(cls: type[Any], *columns: Sequence[Any]) -> list[Any]:
    """``len(columns[0])`` new objects of ``cls`` (one of :data:`_CLASSES`, or another
    slotted attrs class whose ``__init__`` has nothing to check or convert: the corpus's
    entities), their fields set from ``columns``, one per field, in order.  Column by
    column, so that the loops run in C (``map``) rather than as Python bytecode: this is
    most of what unpickling an article costs."""
    setters = _SETTERS.get(cls)
    if setters is None:  # a class of another module, its setters found once
        setters = _SETTERS[cls] = tuple(cls.__dict__[field.name].__set__ for field in attrs.fields(cls))
    objs = list(map(object.__new__, itertools.repeat(cls, len(columns[0]))))
    for set_field, column in zip(setters, columns, strict=True):
        _drain(map(set_field, objs, column))
    return objs


# The form of a packed article; a pickle of another form (another newsparse) is refused.
_ARTICLE_FORM = 2

# EntityKind members travel by name: an enum member pickles and unpickles through Python
# calls, and hashing one (for a dict from members) is a Python call too.
_ENTITY_KINDS: dict[str, EntityKind] = dict(EntityKind.__members__)


def _pair(span: Span | None) -> tuple[int, int] | None:
    return None if span is None else (span.start, span.end)


def _spans(pairs: list[tuple[int, int] | None]) -> list[Span | None]:
    """The spans of ``pairs`` (``None`` stays ``None``), made together: one call of
    :func:`_build` for a whole column costs what one for a single span does."""
    present = [p for p in pairs if p is not None]
    if not present:
        return [None] * len(pairs)
    made = iter(_build(Span, [p[0] for p in present], [p[1] for p in present]))
    return [None if p is None else next(made) for p in pairs]


def _make(cls: type[Any], *values: Any) -> Any:
    """One new object of ``cls`` (one of :data:`_CLASSES`), its fields set from ``values``
    (:func:`_build` for a single object, without its columns)."""
    obj = object.__new__(cls)
    for set_field, value in zip(_SETTERS[cls], values, strict=True):
        set_field(obj, value)
    return obj


def _pack_article(a: Article) -> tuple[Any, ...]:
    """``a`` as one tuple of strings, ints, tuples and lists, for :func:`_rebuild_article`.

    Its segments, paragraphs, quotes, entities and their mentions (nine tenths of its
    objects) travel as columns, one list per field; all their spans as two lists, of
    starts and of ends.  The rare parts (byline, dateline, photos, boilerplate, defects)
    travel as they are (they pickle by :func:`_reduce_ex`).
    """
    segments, paragraphs, quotes, entities = a.segments, a.paragraphs, a.quotes, a.entities
    mentions = [m for e in entities for m in e.mentions]
    spans = [*(s.span for s in segments), *(p.span for p in paragraphs), *(q.span for q in quotes),
             *(m.span for m in mentions)]
    return (
        _ARTICLE_FORM,
        (a.source, a.headline, _pair(a.headline_span), a.standfirst, a.byline, a.authors, a.dateline,
         a.published, a.photos, a.boilerplate, a.language, a.defects),
        [s.start for s in spans], [s.end for s in spans],
        [s.kind for s in segments],
        [p.text for p in paragraphs],
        [q.text for q in quotes], [q.speaker for q in quotes], [q.cue for q in quotes],
        [q.kind for q in quotes], [_pair(q.speaker_span) for q in quotes],
        [_pair(q.cue_span) for q in quotes], [q.how for q in quotes],
        [e.name for e in entities],
        # an EntityKind by its name, anything else as (kind,)
        [e.kind._name_ if type(e.kind) is EntityKind else (e.kind,) for e in entities],
        [e.titles for e in entities], [len(e.mentions) for e in entities],
        [m.text for m in mentions],
    )


def _rebuild_article(packed: tuple[Any, ...]) -> Article:
    """Inverse of :func:`_pack_article`."""
    form = packed[0]
    if form != _ARTICLE_FORM:
        raise ValueError(f"an article pickled in form {form!r}, not {_ARTICLE_FORM}: "
                         "by another version of newsparse")
    (_, (source, headline, headline_span, standfirst, byline, authors, dateline, published, photos,
         boilerplate, language, defects),
     starts, ends, segment_kinds, paragraph_texts,
     quote_texts, speakers, cues, quote_kinds, speaker_spans, cue_spans, hows,
     names, kinds, titles, mention_counts, mention_texts) = packed
    spans = _build(Span, starts, ends)
    # the spans come in the order _pack_article put them: segments, paragraphs, quotes, mentions
    at = 0
    segments = _build(Segment, segment_kinds, spans[at : (at := at + len(segment_kinds))])
    paragraphs = _build(Paragraph, paragraph_texts, spans[at : (at := at + len(paragraph_texts))])
    quotes = _build(Quote, quote_texts, spans[at : (at := at + len(quote_texts))], speakers, cues,
                    quote_kinds, _spans(speaker_spans), _spans(cue_spans), hows)
    mentions = _build(Mention, mention_texts, spans[at:])
    grouped = []
    at = 0
    for count in mention_counts:
        grouped.append(tuple(mentions[at : (at := at + count)]))
    entities = _build(Entity, names, [_ENTITY_KINDS[k] if type(k) is str else k[0] for k in kinds],
                      grouped, titles)
    article: Article = _make(
        Article, source, tuple(segments), headline,
        None if headline_span is None else _make(Span, *headline_span), standfirst, byline,
        authors, dateline, published, photos, boilerplate, tuple(paragraphs), tuple(quotes),
        tuple(entities), language, defects)
    return article
