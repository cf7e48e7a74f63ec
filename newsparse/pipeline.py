"""The article parser: one pass over the text, through a registry of processors.

Data flows one way.  The text is cut into *units* (paragraph candidates with spans); the
processors, in order of priority, claim units or parts of them (headline, byline,
dateline, captions, credits, boilerplate) and leave the rest as body paragraphs; finally
the claimed pieces and the white space between them are assembled into
``Article.segments``, which partition the source exactly.

Extend it by subclassing :class:`ArticleParser` (swap a sub-parser class attribute such
as ``byline_parser_class``) or by registering a processor of your own in
``parser.processors`` (see :class:`Processor`).
"""

from __future__ import annotations

import datetime as dt
import re
from typing import Any, ClassVar, cast

import attrs
import regex

from .boilerplate import BoilerplateParser
from .bylines import BylineParser
from .datelines import DatelineParser
from .dates import DateInfo, resolve_year
from .entities import EntityParser
from .errors import InputTypeError
from .language import LanguageDetector
from .model import (
    Article,
    Boilerplate,
    Byline,
    Credit,
    Dateline,
    Defect,
    Entity,
    Paragraph,
    Photo,
    Quote,
    Segment,
    Span,
)
from .photos import PhotoParser
from .policy import DEFAULT, Policy
from .quotes import QuoteParser
from .registry import Registry
from .text import _block_lines, strip_span

__all__ = ["ArticleParser", "Draft", "Processor", "Unit"]


@attrs.define
class Unit:
    """A paragraph candidate during parsing: its span and what has claimed it so far."""

    span: Span
    kind: str | None = None  # None: still free (body unless claimed)


@attrs.define
class Draft:
    """The mutable working state that the processors pass along; becomes an Article."""

    source: str
    units: list[Unit]
    reference_date: dt.date | None = None
    language: str | None = None
    headline: Span | None = None
    standfirst: Span | None = None
    byline: Byline | None = None
    dateline: Dateline | None = None
    body_start: int = 0  # index of the first unit that may be body
    photos: list[Photo] = attrs.Factory(list)
    boilerplate: list[Boilerplate] = attrs.Factory(list)
    paragraphs: list[Span] = attrs.Factory(list)
    pieces: list[Segment] = attrs.Factory(list)  # claimed segments other than body/blank
    entities: list[Entity] = attrs.Factory(list)
    quotes: list[Quote] = attrs.Factory(list)
    authors: tuple[str, ...] = ()
    published: dt.date | dt.datetime | None = None
    defects: list[Defect] = attrs.Factory(list)
    extra: dict[str, Any] = attrs.Factory(dict)

    def text(self, span: Span) -> str:
        """The source text of ``span``."""
        return self.source[span.start : span.end]

    def claim(self, kind: str, span: Span) -> None:
        """Record a non-body segment."""
        if len(span):
            self.pieces.append(Segment(kind, span))


class Processor:
    """One step of the pipeline.  Subclass and override :meth:`run`.

    Register an instance with ``parser.processors.register(MyStep(parser), "name", priority)``.
    """

    def __init__(self, parser: ArticleParser) -> None:
        self.parser = parser

    def run(self, draft: Draft) -> None:
        """Read and change ``draft``."""
        raise NotImplementedError


# A headline ends without a sentence-final period, unless the last word is an abbreviation.
_ABBREV_END = regex.compile(r"(?:\b\p{L}\.){2,}+$|\b(?:Inc|Co|Corp|Ltd|Jr|Sr|St|Bros|Dr|Mr|Mrs|Ms|Gov|"
                            r"Sen|Rep|Gen|Col|Lt|vs|No|Nos|Plc|PLC|INC|CO|CORP|LTD)\.$")
_WORD = regex.compile(r"\w++")
# The same on ASCII text (most English news), where the standard library's engine finds
# the words several times faster.
_ASCII_WORD = re.compile(r"\w+", re.ASCII)
_YEAR = regex.compile(r"(?<!\d)(?:1[89]|20)\d\d(?!\d)")
_SENTENCE_END = regex.compile(r"[.!?…][\"'”’»)]*+(?:\s|$)")


def _word_count(text: str) -> int:
    end = min(len(text), 4000)
    if text.isascii():
        return len(_ASCII_WORD.findall(text, 0, end))
    return len(_WORD.findall(text, 0, end))


# (limit, ASCII text) -> a pattern that matches where the text has more than ``limit`` words.
_WORDS_OVER: dict[tuple[int, bool], re.Pattern[str] | regex.Pattern[str]] = {}


def _more_words_than(text: str, limit: int) -> bool:
    """``_word_count(text) > limit``, without counting a long paragraph's words past the
    limit: one match of ``limit + 1`` words, each skipped to by the pattern rather than
    found one by one."""
    end = min(len(text), 4000)
    ascii_only = text.isascii()
    pattern = _WORDS_OVER.get((limit, ascii_only))
    if pattern is None:
        words = r"(?:\W*+\w++){" + str(max(0, limit + 1)) + "}"
        pattern = re.compile(words, re.ASCII) if ascii_only else regex.compile(words)
        _WORDS_OVER[limit, ascii_only] = pattern
    return pattern.match(text, 0, end) is not None


# What FrontMatter.dateline_at's cache holds for a span not read yet.
_UNREAD: Any = object()


def _credit_line_at(draft: Draft, pp: PhotoParser, span: Span, after_caption: bool = False) -> Credit | None:
    """``pp.credit_line`` of the unit or paragraph ``span``, asked once per span: the front
    matter reads a unit more than once (in the byline search, then among the photos below
    it), and the body's photo step reads the first paragraphs again."""
    cache: dict[tuple[int, int, bool], Credit | None] = draft.extra.setdefault("credit_lines", {})
    key = (span.start, span.end, after_caption)
    found = cache.get(key, _UNREAD)
    if found is _UNREAD:
        found = cache[key] = pp.credit_line(draft.source[span.start : span.end], span.start,
                                            after_caption=after_caption)
    return cast("Credit | None", found)


def _trailing_credit_at(draft: Draft, pp: PhotoParser, span: Span) -> Credit | None:
    """``pp.find_trailing_credit`` of ``span``, asked once per span (see :func:`_credit_line_at`)."""
    cache: dict[tuple[int, int], Credit | None] = draft.extra.setdefault("trailing_credits", {})
    key = (span.start, span.end)
    found = cache.get(key, _UNREAD)
    if found is _UNREAD:
        found = cache[key] = pp.find_trailing_credit(draft.source[span.start : span.end], span.start)
    return cast("Credit | None", found)


class FrontMatter(Processor):
    """Headline, standfirst, byline, photos at the top, and the dateline that opens the body."""

    #: How many units after the headline may hold the byline.
    MAX_FRONT_UNITS: ClassVar[int] = 8
    #: Longest headline, in characters and in words.
    HEADLINE_MAX_CHARS: ClassVar[int] = 250
    HEADLINE_MAX_WORDS: ClassVar[int] = 35
    #: A unit with more words than this, or several sentences and more than
    #: ``BODY_SENTENCES_WORDS`` words, is body text: the front zone ends there.
    BODY_MIN_WORDS: ClassVar[int] = 70
    BODY_MIN_CHARS: ClassVar[int] = 600
    BODY_SENTENCES_WORDS: ClassVar[int] = 35
    #: Words that may stand beside the date on a line that says when a story was published.
    PUBLICATION_WORDS: ClassVar[frozenset[str]] = frozenset({
        "published", "updated", "posted", "last", "first", "on", "at", "date", "modified",
        "am", "pm", "gmt", "bst", "utc", "est", "edt", "cet", "cest", "pst", "pdt", "et",
        "publicado", "actualizado", "publié", "publie", "mis", "à", "jour", "le", "veröffentlicht",
        "aktualisiert", "um", "uhr", "stand", "pubblicato", "aggiornato", "atualizado", "em",
        "h", "de", "del", "el",
    })
    PUBLICATION_LINE_MAX_CHARS: ClassVar[int] = 80
    #: How many short units (a promotion, a standfirst) may stand above the dateline.
    MAX_UNITS_ABOVE_DATELINE: ClassVar[int] = 2
    #: Longest first line in capitals read as a byline rather than a headline.
    CAPITALS_BYLINE_MAX_WORDS: ClassVar[int] = 3
    #: How many body-like units (a promotional paragraph, a long standfirst) the byline
    #: search may step over.
    MAX_SKIPPED_BODY: ClassVar[int] = 1

    def dateline_at(self, draft: Draft, span: Span) -> Dateline | None:
        """The dateline that opens ``span``, asked of the dateline parser once per span."""
        cache: dict[tuple[int, int], Dateline | None] = draft.extra.setdefault("datelines", {})
        # keyed by the offsets: a pair's hash is cheaper than a span's, and one look-up
        key = (span.start, span.end)
        found = cache.get(key, _UNREAD)
        if found is _UNREAD:
            found = cache[key] = self.parser.dateline_parser.match(
                draft.source, span.start, span.end, draft.reference_date)
        return cast("Dateline | None", found)

    def body_like_at(self, draft: Draft, span: Span) -> bool:
        """:meth:`looks_like_body` of the text of ``span``, asked once per span (the byline
        search and the photo search read the same units)."""
        cache: dict[tuple[int, int], bool] = draft.extra.setdefault("body_like", {})
        key = (span.start, span.end)
        found = cache.get(key)
        if found is None:
            found = cache[key] = self.looks_like_body(draft.source[span.start : span.end])
        return found

    def run(self, draft: Draft) -> None:
        units = draft.units
        if not units:
            return
        p = self.parser
        src = draft.source
        i = 0
        # Lines that only say when the story was published ("Updated 12 May 2024 09:30")
        # may stand above the headline.
        while i < len(units) and self.publication_line(draft, i):
            i += 1
        if i >= len(units):
            return
        first = units[i].span
        if (self.dateline_at(draft, first) is None
                and len(units) > i + 1 and self.is_headline(draft.text(first))
                and not self.capitals_byline_first(draft, i)):
            draft.headline = first
            units[i].kind = "headline"
            draft.claim("headline", first)
            i += 1
        start = i
        # Look for a byline in the front zone, stepping over photos (a photographer's name
        # under a caption is a credit, not a byline) and over at most one paragraph of
        # promotional or standfirst prose.
        byline_at = None
        pending: list[int] = []
        body_like = 0
        # Without a headline there is no standfirst: the byline, if any, comes first.
        limit = min(len(units), start + (self.MAX_FRONT_UNITS if draft.headline is not None else 1))
        k = start
        while k < limit:
            span = units[k].span
            text = draft.text(span)
            if self.dateline_at(draft, span) is not None:
                break
            consumed = self.photo_group(draft, k)
            if consumed:
                k += consumed
                continue
            if self.publication_line(draft, k):
                k += 1
                continue
            b = p.byline_parser.match_line(text, span.start)
            if b is None and k + 1 < len(units) and self.is_bare_prefix(text):
                b = self.prefix_then_names(draft, k)
            if b is not None and b.authors:
                byline_at = k
                draft.byline = b
                if b.span.end > span.end:  # "By" and the names on lines of their own
                    units[k].span = b.span
                    units[k + 1].kind = "byline"
                break
            if self.body_like_at(draft, span):
                body_like += 1
                if body_like > self.MAX_SKIPPED_BODY or _more_words_than(text, self.BODY_MIN_WORDS):
                    break
            pending.append(k)
            k += 1
        if byline_at is not None:
            for n, j in enumerate(pending):
                kind = "standfirst" if n == 0 else "front"
                units[j].kind = kind
                draft.claim(kind, units[j].span)
                if n == 0:
                    draft.standfirst = units[j].span
            units[byline_at].kind = "byline"
            draft.claim("byline", units[byline_at].span)
            i = byline_at + 1
        # Photos right below the headline or byline: caption then credit lines, or credits alone.
        i = self.front_photos(draft, i)
        draft.body_start = i
        while i < len(units) and units[i].kind is not None:
            i += 1
        # The dateline opens the first body unit, or one of the next few when short
        # promotional or standfirst lines stand above it.
        opening = self.dateline_unit(draft, i)
        if opening is not None:
            self.above_dateline(draft, i, opening)
            i = opening
        if i < len(units):
            span = units[i].span
            d = self.dateline_at(draft, span)
            if d is not None:
                draft.dateline = d
                draft.claim("dateline", d.span)
                rest = strip_span(src, d.span.end, span.end)
                if len(rest):
                    units[i].span = rest
                else:
                    units[i].kind = "dateline"

    def above_dateline(self, draft: Draft, i: int, opening: int) -> None:
        """Claim the short units between ``i`` and the unit the dateline opens.

        Above a dateline, a short line is the headline even with a final full stop
        (``Rare song draft sells at auction.``) and a line of names is the byline; anything
        else there (a promotion, a standfirst) is other front matter.
        """
        units = draft.units
        for n in range(i, opening):
            unit = units[n]
            if unit.kind is not None:
                continue
            text = draft.text(unit.span)
            if draft.headline is None and draft.byline is None and self.is_headline(text, final_stop=True):
                draft.headline = unit.span
                unit.kind = "headline"
                draft.claim("headline", unit.span)
                continue
            if draft.byline is None:
                b = self.parser.byline_parser.match_line(text, unit.span.start)
                if b is not None and b.authors:
                    draft.byline = b
                    unit.kind = "byline"
                    draft.claim("byline", unit.span)
                    continue
            unit.kind = "front"
            draft.claim("front", unit.span)

    def dateline_unit(self, draft: Draft, i: int) -> int | None:
        """The first free unit from ``i`` on that opens with a dateline, looking past at
        most ``MAX_UNITS_ABOVE_DATELINE`` short units; ``None`` when there is none."""
        units = draft.units
        skipped = 0
        j = i
        while j < len(units):
            unit = units[j]
            if unit.kind is None:
                if self.dateline_at(draft, unit.span) is not None:
                    return j
                skipped += 1
                if (skipped > self.MAX_UNITS_ABOVE_DATELINE
                        or _more_words_than(draft.text(unit.span), self.BODY_SENTENCES_WORDS)):
                    return None
            j += 1
        return None

    def publication_line(self, draft: Draft, i: int) -> bool:
        """Claim unit ``i`` if it only says when the story was published; record the date."""
        unit = draft.units[i]
        if unit.kind is not None or len(unit.span) > self.PUBLICATION_LINE_MAX_CHARS:
            return False
        text = draft.text(unit.span)
        found = DateInfo.search(text)
        if found is None or found.date() is None:
            return False
        rest = (text[: found.start] + " " + text[found.end :]).casefold()
        words = [w for w in _WORD.findall(rest) if not w.isdigit()]
        if any(w not in self.PUBLICATION_WORDS and w not in DateInfo.WEEKDAYS for w in words):
            return False
        unit.kind = "front"
        draft.claim("front", unit.span)
        if draft.published is None:
            draft.published = found.value()
        return True

    def capitals_byline_first(self, draft: Draft, i: int = 0) -> bool:
        """Is unit ``i`` a byline in capitals (``JANE DOE``) over the body, not a headline?

        Only a short name alone, in capitals, with no dateline after it: wire headlines in
        capitals are followed by their dateline.
        """
        units = draft.units
        span = units[i].span
        text = draft.text(span)
        if any(c.islower() for c in text) or len(text.split()) > self.CAPITALS_BYLINE_MAX_WORDS:
            return False
        if len(units) > i + 1 and self.dateline_at(draft, units[i + 1].span) is not None:
            return False
        b = self.parser.byline_parser.match_line(text, span.start)
        return b is not None and len(b.authors) == 1 and b.authors[0].kind == "person"

    def is_bare_prefix(self, text: str) -> bool:
        """Is this unit nothing but a byline prefix ("By", "By:", "Von")?"""
        return " ".join(text.replace(":", " :").casefold().split()) in self.parser.byline_parser.PREFIXES

    def prefix_then_names(self, draft: Draft, k: int) -> Byline | None:
        """A byline printed as a prefix on one line and the names on the next."""
        span = Span(draft.units[k].span.start, draft.units[k + 1].span.end)
        b = self.parser.byline_parser.parse(draft.text(span), span.start)
        if b is None or not b.authors or b.span != span:
            return None
        return b

    def front_photos(self, draft: Draft, i: int) -> int:
        """Claim caption/credit groups from unit ``i`` on; return the first unit after them."""
        units = draft.units
        while i < len(units):
            if units[i].kind is not None:
                i += 1
                continue
            consumed = self.photo_group(draft, i)
            if not consumed:
                break
            i += consumed
        return i

    def photo_group(self, draft: Draft, i: int) -> int:
        """Claim a photo at unit ``i`` (a lone credit, a caption with its credit, or a caption
        followed by credit lines); return how many units it took, 0 when there is none."""
        units = draft.units
        pp = self.parser.photo_parser
        span = units[i].span
        text = draft.text(span)
        if self.dateline_at(draft, span) is not None:
            return 0  # the body begins here
        credit = _credit_line_at(draft, pp, span)
        if credit is not None:
            draft.photos.append(Photo(span=credit.span, credit=credit))
            units[i].kind = "credit"
            draft.claim("credit", credit.span)
            return 1
        if self.body_like_at(draft, span):
            return 0
        inline = _trailing_credit_at(draft, pp, span)
        if inline is not None:
            self._caption_with_credits(draft, i, [inline])
            return 1
        # A caption followed by bare credit lines (a photographer's name, an agency).
        credits: list[Credit] = []
        j = i + 1
        while j < len(units) and j <= i + 2 and units[j].kind is None:
            nspan = units[j].span
            c = _credit_line_at(draft, pp, nspan, True)
            if c is None:
                break
            credits.append(c)
            j += 1
        # A bare name alone under a short text is more often a byline under a standfirst
        # than a photographer under a caption: ask for an agency among the credit lines.
        if credits and self.is_caption(text) and any(c.agency for c in credits):
            self._caption_with_credits(draft, i, credits, j)
            return j - i
        return 0

    def _caption_with_credits(self, draft: Draft, i: int, credits: list[Credit],
                              end: int | None = None) -> None:
        units = draft.units
        span = units[i].span
        first_credit = credits[0]
        if end is None:  # the credit ends the caption unit itself
            cap = strip_span(draft.source, span.start, first_credit.span.start)
            end = i + 1
        else:
            cap = span
        credit = first_credit
        if len(credits) > 1:
            merged = Span(credits[0].span.start, credits[-1].span.end)
            names: list[str] = []
            agency = None
            for c in credits:
                names.extend(c.names)
                agency = agency or c.agency
            credit = Credit(draft.text(merged), merged, tuple(names), agency)
        caption = draft.text(cap) if len(cap) else None
        draft.photos.append(Photo(span=Span(span.start, credit.span.end), caption=caption,
                                  caption_span=cap if len(cap) else None, credit=credit))
        for j in range(i, end):
            units[j].kind = "photo"
        draft.claim("caption", cap)
        for c in credits:
            draft.claim("credit", c.span)

    def is_headline(self, text: str, *, final_stop: bool = False) -> bool:
        """Can this first unit be a headline?  Short, one line, no sentence-final period
        (unless ``final_stop``: the unit stands above a dateline)."""
        text = text.strip()
        if not text or len(text) > self.HEADLINE_MAX_CHARS or "\n" in text or "\r" in text:
            return False
        if not any(c.isalpha() for c in text):
            return False
        if _word_count(text) > self.HEADLINE_MAX_WORDS:
            return False
        # Wire headlines in capitals may end with an abbreviation's period ("... U.S. NOTE.").
        shouting = not any(c.islower() for c in text)
        if (text.endswith(".") and not final_stop and not text.endswith("...") and not shouting
                and _ABBREV_END.search(text) is None):
            return False
        # A line that opens with a byline prefix ("By Jane Doe") is a byline; a line of
        # names alone in first place is still taken as the headline (wire headlines in
        # capitals read like names).
        b = self.parser.byline_parser.match_line(text)
        if b is not None and b.authors and b.authors[0].span is not None and b.authors[0].span.start > 0:
            return False
        return self.parser.photo_parser.credit_line(text) is None

    def looks_like_body(self, text: str) -> bool:
        """Is this unit story text rather than front matter?"""
        if len(text) > self.BODY_MIN_CHARS:  # also for scripts written without spaces
            return True
        words = _word_count(text)
        if words > self.BODY_MIN_WORDS:
            return True
        sentences = len(_SENTENCE_END.findall(text, 0, min(len(text), 4000)))
        return sentences >= 2 and words > self.BODY_SENTENCES_WORDS

    def is_caption(self, text: str) -> bool:
        """Could this unit be a photo caption (a sentence or two, not a long paragraph)?"""
        return 0 < _word_count(text) <= 60


class TrailingBoilerplate(Processor):
    """Split the boilerplate off the end of the body."""

    def run(self, draft: Draft) -> None:
        free = [u for u in draft.units[draft.body_start :] if u.kind is None]
        kept, items = self.parser.boilerplate_parser.split_tail(draft.source, [u.span for u in free])
        draft.boilerplate.extend(items)
        for b in items:
            draft.claim("boilerplate", b.span)
        draft.paragraphs = [s for s in kept if len(s)]


class BodyPhotos(Processor):
    """Captions with marked credits, and lone credit lines, among the body paragraphs."""

    #: A paragraph longer than this is story text, never a caption: not searched for credits.
    MAX_CAPTION_CHARS: ClassVar[int] = 1500
    #: A paragraph longer than this is not a credit line on its own.
    MAX_CREDIT_LINE_CHARS: ClassVar[int] = 200

    def run(self, draft: Draft) -> None:
        pp = self.parser.photo_parser
        kept: list[Span] = []
        for span in draft.paragraphs:
            size = span.end - span.start
            if size > self.MAX_CAPTION_CHARS:
                kept.append(span)
                continue
            credit = _credit_line_at(draft, pp, span) if size <= self.MAX_CREDIT_LINE_CHARS else None
            if credit is not None:
                draft.photos.append(Photo(span=credit.span, credit=credit))
                draft.claim("credit", credit.span)
                continue
            inline = _trailing_credit_at(draft, pp, span)
            if inline is not None:
                cap = strip_span(draft.source, span.start, inline.span.start)
                draft.photos.append(Photo(span=Span(span.start, inline.span.end),
                                          caption=draft.text(cap) if len(cap) else None,
                                          caption_span=cap if len(cap) else None, credit=inline))
                draft.claim("caption", cap)
                draft.claim("credit", inline.span)
                continue
            kept.append(span)
        draft.paragraphs = kept
        draft.photos.sort(key=lambda p: p.span.start)


class Authors(Processor):
    """Authors from the byline or, where there is none, from trailing credits and bios."""

    CREDIT_KINDS: ClassVar[frozenset[str]] = frozenset({"credits", "author-bio"})

    def run(self, draft: Draft) -> None:
        names: list[str] = []
        if draft.byline is not None:
            names = [a.name for a in draft.byline.authors]
        else:
            bp = self.parser.byline_parser
            for item in draft.boilerplate:
                if item.kind in self.CREDIT_KINDS:
                    names.extend(a.name for a in bp.authors_from_credits(item.text, item.span.start))
        seen: set[str] = set()
        unique = []
        for n in names:
            key = n.casefold()
            if key not in seen:
                seen.add(key)
                unique.append(n)
        draft.authors = tuple(unique)


class Published(Processor):
    """When the text says the story was published, and the dateline's year when it is not printed."""

    #: How far into the text to look for a full date that gives the dateline its year.
    SEARCH_CHARS: ClassVar[int] = 5000
    #: How far before or after a year a date that holds it may begin or end.
    DATE_REACH: ClassVar[int] = 40

    def run(self, draft: Draft) -> None:
        published = self.parser.boilerplate_parser.published(draft.boilerplate)
        if published is None and draft.byline is not None:
            published = draft.byline.published
        if published is not None:
            draft.published = published
        d = draft.dateline
        if d is not None and d.date is None and d.month is not None and d.day is not None:
            anchor = self.full_date(draft)
            if anchor is not None:
                draft.dateline = attrs.evolve(d, date=resolve_year(d.month, d.day, anchor))

    def full_date(self, draft: Draft) -> dt.date | None:
        """A date with its year printed in the text, to place the dateline's month and day in a year."""
        if isinstance(draft.published, dt.datetime):
            return draft.published.date()
        if isinstance(draft.published, dt.date):
            return draft.published
        # Every full date has a four-digit year: look for years first (cheap), then read
        # the date around each one.
        src = draft.source
        stop = min(len(src), self.SEARCH_CHARS)
        for year in _YEAR.finditer(src, 0, stop):
            lo = max(0, year.start() - self.DATE_REACH)
            hi = min(len(src), year.end() + self.DATE_REACH)
            for parts in DateInfo.finditer(src, lo, hi):
                full = parts.date()
                if full is not None and parts.start <= year.start() < parts.end:
                    return full
        return None


class Language(Processor):
    """The language of the headline and body (unless the caller named it).

    Short articles also lend their standfirst and captions; a text with none of those
    (a lone caption, a credit line) is read whole.
    """

    #: Below this many characters of headline and body, the other story text is added.
    SHORT_CHARS: ClassVar[int] = 200

    def run(self, draft: Draft) -> None:
        if draft.language is not None:
            return
        budget = self.parser.language_detector.SAMPLE_CHARS
        spans: list[Span] = []
        if draft.headline is not None:
            spans.append(draft.headline)
        spans.extend(draft.paragraphs)
        if self._shorter_than(spans, self.SHORT_CHARS):
            if draft.standfirst is not None:
                spans.append(draft.standfirst)
            spans.extend(p.caption_span for p in draft.photos if p.caption_span is not None)
        pieces = []
        for span in spans:
            if budget <= 0:
                break
            chunk = draft.source[span.start : span.start + budget]
            pieces.append(chunk)
            budget -= len(chunk)
        sample = "\n".join(pieces) if pieces else draft.source[:budget]
        draft.language = self.parser.language_detector.detect(sample)

    @staticmethod
    def _shorter_than(spans: list[Span], limit: int) -> bool:
        """``sum(len(s) for s in spans) < limit``, adding no further than the limit."""
        total = 0
        for s in spans:
            total += s.end - s.start
            if total >= limit:
                return False
        return True


class Entities(Processor):
    """People, organisations and places named in the headline, standfirst, dateline, captions
    and body (not in bylines, credits or boilerplate)."""

    def run(self, draft: Draft) -> None:
        spans: list[Span] = [s for s in (draft.headline, draft.standfirst) if s is not None]
        d = draft.dateline
        if d is not None:
            # the place and the agency a dateline names are entities too
            after = 0
            for name in (d.location, d.agency):
                at = d.text.find(name, after) if name else -1
                if name and at >= 0:
                    spans.append(Span(d.span.start + at, d.span.start + at + len(name)))
                    after = at + len(name)
        spans.extend(p.caption_span for p in draft.photos if p.caption_span is not None)
        spans.extend(draft.paragraphs)
        spans.sort(key=lambda s: s.start)
        draft.entities = list(self.parser.entity_parser.extract(draft.source, spans, draft.language))


class Quotes(Processor):
    """Quotations in the body paragraphs, attributed to the article's entities."""

    def run(self, draft: Draft) -> None:
        draft.quotes = list(self.parser.quote_parser.parse(
            draft.source, draft.paragraphs, draft.entities, draft.language))


def _assemble(draft: Draft) -> tuple[Segment, ...]:
    """The claimed pieces, the body paragraphs and the gaps between them, as a partition."""
    src = draft.source
    # (start, end, order, kind, span): sorted by position, ties in the order given (claimed
    # pieces, then body paragraphs), as a stable sort of the segments would leave them.
    pieces = [(seg.span.start, seg.span.end, n, seg.kind, seg.span) for n, seg in enumerate(draft.pieces)]
    base = len(pieces)
    pieces.extend((span.start, span.end, base + n, "body", span) for n, span in enumerate(draft.paragraphs))
    pieces.sort()
    out: list[Segment] = []
    pos = 0
    for start, end, _, kind, span in pieces:
        if end <= pos:  # fully inside something already placed: skip
            continue
        if start < pos:
            start = pos
            span = Span(start, end)
        if start > pos:
            gap = Span(pos, start)
            out.append(Segment("blank" if not src[pos:start].strip() else "other", gap))
        out.append(Segment(kind, span))
        pos = end
    if pos < len(src):
        out.append(Segment("blank" if not src[pos:].strip() else "other", Span(pos, len(src))))
    return tuple(out)


def _check_arguments(text: object, reference_date: object) -> None:
    """Raise :class:`InputTypeError` for arguments of the wrong type (callers may not type-check)."""
    if not isinstance(text, str):
        hint = "; use newsparse.load() for bytes and files" if isinstance(text, (bytes, bytearray)) else ""
        raise InputTypeError(f"parse() takes the article's text as str, not {type(text).__name__}{hint}")
    if reference_date is not None and not isinstance(reference_date, dt.date):
        raise InputTypeError(f"reference_date must be a datetime.date, not {type(reference_date).__name__}")


class ArticleParser:
    """Parses a whole article.  Subclass to give an outlet's house style or a language's words.

    The sub-parsers are made from the ``*_class`` class attributes (or passed in), so a
    subclass that swaps ``byline_parser_class = MyBylineParser`` changes bylines everywhere.
    """

    byline_parser_class: ClassVar[type[BylineParser]] = BylineParser
    dateline_parser_class: ClassVar[type[DatelineParser]] = DatelineParser
    photo_parser_class: ClassVar[type[PhotoParser]] = PhotoParser
    boilerplate_parser_class: ClassVar[type[BoilerplateParser]] = BoilerplateParser
    language_detector_class: ClassVar[type[LanguageDetector]] = LanguageDetector
    entity_parser_class: ClassVar[type[EntityParser]] = EntityParser
    quote_parser_class: ClassVar[type[QuoteParser]] = QuoteParser

    def __init__(
        self,
        *,
        byline_parser: BylineParser | None = None,
        dateline_parser: DatelineParser | None = None,
        photo_parser: PhotoParser | None = None,
        boilerplate_parser: BoilerplateParser | None = None,
        language_detector: LanguageDetector | None = None,
        entity_parser: EntityParser | None = None,
        quote_parser: QuoteParser | None = None,
        policy: Policy = DEFAULT,
    ) -> None:
        self.byline_parser = byline_parser or self.byline_parser_class()
        self.dateline_parser = dateline_parser or self.dateline_parser_class()
        self.photo_parser = photo_parser or self.photo_parser_class()
        self.boilerplate_parser = boilerplate_parser or self.boilerplate_parser_class()
        self.language_detector = language_detector or self.language_detector_class()
        self.entity_parser = entity_parser or self.entity_parser_class()
        self.quote_parser = quote_parser or self.quote_parser_class()
        self.policy = policy
        self.processors: Registry[Processor] = Registry()
        self.build_processors()

    def build_processors(self) -> None:
        """Fill ``self.processors``; override to add, remove or replace steps."""
        self.processors.register(FrontMatter(self), "front", 100)
        self.processors.register(TrailingBoilerplate(self), "tail", 80)
        self.processors.register(BodyPhotos(self), "photos", 60)
        self.processors.register(Language(self), "language", 50)
        self.processors.register(Authors(self), "authors", 40)
        self.processors.register(Published(self), "published", 30)
        self.processors.register(Entities(self), "entities", 20)
        self.processors.register(Quotes(self), "quotes", 10)

    def units(self, source: str) -> list[Unit]:
        """Cut the source into units: blocks, with the first block's leading lines apart.

        Text pasted without blank lines puts the headline and byline on lines of the first
        block; those lines become units of their own.
        """
        # The blocks' line bounds (see text.blocks): spans are made for the units alone.
        found = _block_lines(source)
        out: list[Unit] = []
        for n, block in enumerate(found):
            if n == 0 and len(block) > 1:
                out.append(Unit(Span(*block[0])))
                rest = block[1:]
                first_start, first_end = rest[0]
                if len(rest) > 1 and self.byline_parser.match_line(
                        source[first_start:first_end], first_start) is not None:
                    out.append(Unit(Span(first_start, first_end)))
                    rest = rest[1:]
                out.append(Unit(Span(rest[0][0], rest[-1][1])))
            else:
                out.append(Unit(Span(block[0][0], block[-1][1])))
        return out

    def parse(self, text: str, *, language: str | None = None,
              reference_date: dt.date | None = None) -> Article:
        """Parse ``text`` into an :class:`Article`.  Any ``str`` is valid and never raises."""
        _check_arguments(text, reference_date)
        if isinstance(reference_date, dt.datetime):
            reference_date = reference_date.date()
        defects: list[Defect] = []
        if self.policy.max_chars is not None and len(text) > self.policy.max_chars:
            defects.append(self.policy.handle(Defect(
                "truncated", f"text of {len(text)} characters cut to the policy's max_chars "
                f"({self.policy.max_chars})")))
            text = text[: self.policy.max_chars]
        draft = Draft(source=text, units=self.units(text), reference_date=reference_date, language=language)
        draft.defects.extend(defects)
        for processor in self.processors:
            processor.run(draft)
        return self.finish(draft)

    def finish(self, draft: Draft) -> Article:
        """Turn the finished draft into the frozen :class:`Article`."""
        src = draft.source
        return Article(
            source=src,
            segments=_assemble(draft),
            headline=draft.text(draft.headline) if draft.headline is not None else None,
            headline_span=draft.headline,
            standfirst=draft.text(draft.standfirst) if draft.standfirst is not None else None,
            byline=draft.byline,
            authors=draft.authors,
            dateline=draft.dateline,
            published=draft.published,
            photos=tuple(draft.photos),
            boilerplate=tuple(sorted(draft.boilerplate, key=lambda b: b.span.start)),
            paragraphs=tuple(Paragraph(draft.text(s), s) for s in draft.paragraphs),
            entities=tuple(draft.entities),
            quotes=tuple(draft.quotes),
            language=draft.language,
            defects=tuple(draft.defects),
        )
