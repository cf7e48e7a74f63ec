"""Dates and times as printed in news text: month names, full and partial dates, clock times.

The vocabulary lives in :class:`DateInfo` class attributes (as in dateutil's
``parserinfo``): a subclass adds a language's month names or an outlet's habits, and
:func:`DateInfo.compile` builds the patterns once per class.
"""

from __future__ import annotations

import datetime as dt
import unicodedata
from collections.abc import Iterator
from typing import ClassVar, Final

import attrs
import regex

from ._cache import per_class
from ._compat import mypyc_attr

__all__ = ["DateInfo", "DateParts", "fold_word", "resolve_year"]

# A digit as the date pattern reads one (``\d`` in the regex module's V1 mode).
_DIGIT: Final = regex.compile(r"\d", regex.V1)


def fold_word(word: str) -> str:
    """Lower case without accents and dots: ``Févr.`` -> ``fevr``."""
    if word.isascii():
        # ASCII text has nothing to decompose and no combining marks
        return word.casefold().rstrip(".")
    decomposed = unicodedata.normalize("NFKD", word)
    return "".join(c for c in decomposed if not unicodedata.combining(c)).casefold().rstrip(".")


@attrs.frozen
class DateParts:
    """A date or time as far as the text gives it; absent parts are ``None``."""

    text: str
    start: int
    end: int
    year: int | None = None
    month: int | None = None
    day: int | None = None
    hour: int | None = None
    minute: int | None = None

    def date(self) -> dt.date | None:
        """A ``date`` when year, month and day are all known and valid."""
        if self.year is None or self.month is None or self.day is None:
            return None
        try:
            return dt.date(self.year, self.month, self.day)
        except ValueError:
            return None

    def value(self) -> dt.date | dt.datetime | None:
        """A ``datetime`` when the time is known too, else a ``date``, else ``None``."""
        d = self.date()
        if d is None or self.hour is None:
            return d
        return dt.datetime(d.year, d.month, d.day, self.hour, self.minute or 0)


def resolve_year(month: int, day: int, reference: dt.date) -> dt.date | None:
    """The date with this month and day nearest to ``reference`` (a story's own date).

    A dateline of Dec 31 on a story filed Jan 2 belongs to the year before.
    """
    best: dt.date | None = None
    for year in (reference.year - 1, reference.year, reference.year + 1):
        try:
            candidate = dt.date(year, month, day)
        except ValueError:
            continue
        if best is None or abs((candidate - reference).days) < abs((best - reference).days):
            best = candidate
    return best


@mypyc_attr(allow_interpreted_subclasses=True)
class DateInfo:
    """Month names and date shapes.  Subclass and extend ``MONTHS`` for more languages."""

    #: Month words as printed in lower case (accents kept) -> month number.  Matching
    #: ignores case and accents.
    MONTHS: ClassVar[dict[str, int]] = {
        # English, with the abbreviations wire copy uses
        "january": 1, "jan": 1, "february": 2, "feb": 2, "march": 3, "mar": 3,
        "april": 4, "apr": 4, "may": 5, "june": 6, "jun": 6, "july": 7, "jul": 7,
        "august": 8, "aug": 8, "september": 9, "sept": 9, "sep": 9, "october": 10,
        "oct": 10, "november": 11, "nov": 11, "december": 12, "dec": 12,
        # Spanish
        "enero": 1, "ene": 1, "febrero": 2, "marzo": 3, "abril": 4, "abr": 4, "mayo": 5,
        "junio": 6, "julio": 7, "agosto": 8, "ago": 8, "septiembre": 9, "setiembre": 9,
        "set": 9, "octubre": 10, "noviembre": 11, "diciembre": 12, "dic": 12,
        # French
        "janvier": 1, "janv": 1, "février": 2, "févr": 2, "fév": 2, "mars": 3, "avril": 4,
        "avr": 4, "mai": 5, "juin": 6, "juillet": 7, "juil": 7, "août": 8, "septembre": 9,
        "octobre": 10, "novembre": 11, "décembre": 12, "déc": 12,
        # German
        "januar": 1, "jänner": 1, "februar": 2, "märz": 3, "maerz": 3,
        "juni": 6, "juli": 7, "oktober": 10, "okt": 10, "dezember": 12, "dez": 12,
        # Portuguese and Italian
        "janeiro": 1, "fevereiro": 2, "março": 3, "maio": 5, "junho": 6, "julho": 7,
        "setembro": 9, "outubro": 10, "out": 10, "novembro": 11, "dezembro": 12,
        "gennaio": 1, "febbraio": 2, "aprile": 4, "maggio": 5, "giugno": 6, "luglio": 7,
        "settembre": 9, "ottobre": 10, "dicembre": 12,
    }
    #: Weekday words (folded) that may precede a date.
    WEEKDAYS: ClassVar[frozenset[str]] = frozenset({
        "monday", "mon", "tuesday", "tue", "tues", "wednesday", "wed", "thursday", "thu",
        "thurs", "friday", "fri", "saturday", "sat", "sunday", "sun",
        "lunes", "martes", "miercoles", "jueves", "viernes", "sabado", "domingo",
        "lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche",
        "montag", "dienstag", "mittwoch", "donnerstag", "freitag", "samstag", "sonntag",
    })

    _compiled: ClassVar[dict[type, regex.Pattern[str]]] = {}

    _folded: ClassVar[dict[type, dict[str, int]]] = {}
    _digit_needed: ClassVar[dict[type, bool]] = {}

    @classmethod
    def month_number(cls, word: str) -> int | None:
        """The month a word names, or ``None``: ``Sept.`` -> 9, ``févr`` -> 2."""
        table = cls._folded.get(cls)  # built already: no call, no closure
        if table is None:
            table = per_class(cls._folded, cls, lambda: {fold_word(k): v for k, v in cls.MONTHS.items()})
        return table.get(fold_word(word))

    @classmethod
    def pattern(cls) -> regex.Pattern[str]:
        """The compiled pattern of every date shape, built once per class."""
        found = cls._compiled.get(cls)  # built already: no call
        return found if found is not None else per_class(cls._compiled, cls, cls._compile)

    @classmethod
    def _compile(cls) -> regex.Pattern[str]:
        words = sorted({w for w in cls.MONTHS} | {fold_word(w) for w in cls.MONTHS},
                       key=len, reverse=True)
        alternatives = "|".join(regex.escape(w) for w in words)
        # Month first ("Jan 24") needs a capital, so that "may 5" in a sentence is no date;
        # day first ("23 may", EFE style) takes any case.
        month_cap = r"(?=\p{Lu})(?i:" + alternatives + r")\.?+"
        month = r"(?i:" + alternatives + r")\.?+"
        time = (r"(?:(?:,|\s+at|\s+à|\s+um|\s+a\s+las|\s*-|\s*\|)?+\s*+"
                r"(?P<hour>[012]?\d)[:.h](?P<minute>[0-5]\d)(?![\d])"
                r"(?:\s*+(?P<ampm>[ap]\.?\s?m\.?|AM|PM|A\.M\.|P\.M\.))?+)")
        shapes = [
            # 2022-01-24, optionally with a time
            r"(?P<iy>(?:1[89]|20)\d\d)-(?P<im>[01]?\d)-(?P<id>[0-3]?\d)(?!\d)"
            r"(?:[T ](?P<ihour>[012]\d):(?P<iminute>[0-5]\d))?+",
            # 21/06/2013, 21.06.2013 (day first)
            r"(?P<nd>[0-3]?\d)[/.](?P<nm>[01]?\d)[/.](?P<ny>(?:1[89]|20)\d\d)(?!\d)",
            # January 24, 2022 / Jan. 24 / Jan 24 2022
            r"(?P<md_m>" + month_cap + r")\s*+(?P<md_d>[0-3]?\d)(?:st|nd|rd|th)?+(?!\d)"
            r"(?:,?+\s*+(?P<md_y>(?:1[89]|20)\d\d)(?!\d))?+",
            # 24 January 2022 / 24. Januar 2022 / 24 de enero de 2022 / 7 Dec 2015
            r"(?P<dm_d>[0-3]?\d)(?:\.|st|nd|rd|th|er)?+\s*+(?:de\s++)?+(?P<dm_m>" + month + r")"
            r"(?:,?+\s*+(?:de[l]?\s++)?+(?P<dm_y>(?:1[89]|20)\d\d)(?!\d))?+",
        ]
        body = r"(?<![\w])(?:" + "|".join(shapes) + r")(?:" + time + r")?+(?!\d)"
        return regex.compile(body, regex.V1)

    @classmethod
    def finditer(cls, text: str, start: int = 0, end: int | None = None) -> Iterator[DateParts]:
        """Every date in ``text[start:end]``, in order."""
        stop = len(text) if end is None else end
        if _DIGIT.search(text, start, stop) is None and cls._needs_digit():
            return  # most text without a digit: no need to try the pattern at every word
        for m in cls.pattern().finditer(text, start, stop):
            parts = cls._parts(m)
            if parts is not None:
                yield parts

    @classmethod
    def _needs_digit(cls) -> bool:
        """Does every match of :meth:`pattern` hold a digit?  Every shape that
        :meth:`_compile` builds does (``MONTHS`` only names the months); a subclass that
        builds the pattern its own way may not."""
        needs = cls._digit_needed.get(cls)
        if needs is None:
            # (which class defines each: a compiled class's methods have no ``__func__`` to compare)
            owners = [next(k for k in cls.__mro__ if name in k.__dict__) for name in ("pattern", "_compile")]
            needs = cls._digit_needed[cls] = owners[0] is DateInfo and owners[1] is DateInfo
        return needs

    @classmethod
    def search(cls, text: str, start: int = 0, end: int | None = None) -> DateParts | None:
        """The first date in ``text[start:end]``."""
        return next(cls.finditer(text, start, end), None)

    @classmethod
    def match(cls, text: str, start: int = 0, end: int | None = None) -> DateParts | None:
        """A date that starts exactly at ``start``."""
        stop = len(text) if end is None else end
        m = cls.pattern().match(text, start, stop)
        return None if m is None else cls._parts(m)

    @classmethod
    def _parts(cls, m: regex.Match[str]) -> DateParts | None:
        g = m.groupdict()
        year = month = day = None
        if g["iy"]:
            year, month, day = int(g["iy"]), int(g["im"]), int(g["id"])
        elif g["ny"]:
            year, month, day = int(g["ny"]), int(g["nm"]), int(g["nd"])
        elif g["md_m"]:
            month = cls.month_number(g["md_m"])
            day = int(g["md_d"])
            year = int(g["md_y"]) if g["md_y"] else None
        elif g["dm_m"]:
            month = cls.month_number(g["dm_m"])
            day = int(g["dm_d"])
            year = int(g["dm_y"]) if g["dm_y"] else None
        if month is None or not 1 <= month <= 12 or day is None or not 1 <= day <= 31:
            return None
        hour = minute = None
        if g.get("ihour"):
            hour, minute = int(g["ihour"]), int(g["iminute"])
        elif g.get("hour"):
            hour, minute = int(g["hour"]), int(g["minute"])
            ampm = (g.get("ampm") or "").lower().replace(".", "").replace(" ", "")
            if ampm == "pm" and hour < 12:
                hour += 12
            elif ampm == "am" and hour == 12:
                hour = 0
            if hour > 23:
                hour = minute = None
        return DateParts(m.group(), m.start(), m.end(), year, month, day, hour, minute)

