"""Datelines: the place, date and agency that open a wire story.

``MOSCOW, Jan 24 (Reuters) -``, ``WASHINGTON (AP) —``, ``(CNN)``, ``Santander, 25 may (EFE).``,
``LONDON 1996-08-22``: :class:`DatelineParser` reads them at one position of a text.

As with dateutil's ``parserinfo``, every vocabulary is a class attribute (agencies, region
words, particles, separators, the :class:`~newsparse.dates.DateInfo` that names the months)
that a subclass extends; the patterns built from them are compiled once per class::

    class MyParser(DatelineParser):
        AGENCIES = DatelineParser.AGENCIES | {"TDI"}

The reading is bounded: :meth:`DatelineParser.match` never looks further than the end of
the line it starts on, nor more than :attr:`DatelineParser.MAX_CHARS` characters, so its
cost does not grow with the text.  Its regexes use possessive quantifiers only.
"""

from __future__ import annotations

import datetime as dt
import re
from typing import ClassVar, Final

import attrs
import regex

from ._cache import per_class
from ._compat import mypyc_attr
from .dates import DateInfo, fold_word, resolve_year
from .model import Dateline, Span

# What joins the names of several places in one dateline (``PARIS/LONDON``, ``X and Y``).
_PLACE_JOINERS: Final = regex.compile(r"[/,&+]|\band\b")

# A capitalised word and a lower-case one after white space: the start of a sentence.
_SENTENCE_OPENING: Final = regex.compile(r"[ \t]*+[\"'“‘]?+\p{Lu}[\p{Ll}'’]*+[ \t]++\p{Ll}")

__all__ = ["DatelineDateInfo", "DatelineParser", "parse_dateline"]

# Horizontal white space: a dateline never runs over a line break.
_HS: Final = r"[^\S\r\n]"
# What ends the line a dateline is read on.
_LINE_BREAK: Final = re.compile("[\n\r\u2028\u2029\x0b\x0c\x1c\x1d\x1e\x85]")
# The ASCII characters that ``_HS`` does not match: at one of them there is no white
# space to skip (most places a dateline is read from), without asking the pattern.
_NOT_HS_ASCII: Final = frozenset(c for c in map(chr, range(128)) if regex.fullmatch(_HS, c) is None)
# What a dateline that opens with its place holds after it: a date (every date has
# digits), an agency in brackets, or a dash.
_LOCATED_HINT: Final = regex.compile(r"[(\d\-–—―]")


def _fold(word: str) -> str:
    """Case- and dot-insensitive key for vocabulary look-ups: ``N.Y.`` -> ``ny``."""
    return "".join(word.split()).replace(".", "").casefold()


@mypyc_attr(allow_interpreted_subclasses=True)
class DatelineDateInfo(DateInfo):
    """:class:`DateInfo` with the month abbreviations of more wire services.

    Italian (ANSA ``24 GEN``), Portuguese (Lusa ``24 FEV``), German and French short forms,
    and Russian genitive month names (TASS ``25 января``).
    """

    MONTHS: ClassVar[dict[str, int]] = {
        **DateInfo.MONTHS,
        # Italian and Portuguese abbreviations
        "gen": 1, "mag": 5, "giu": 6, "lug": 7, "ott": 10, "fev": 2, "mai": 5, "dez": 12,
        # German and French abbreviations
        "mär": 3, "mrz": 3, "sept": 9, "janv": 1, "févr": 2, "avr": 4, "juil": 7, "déc": 12,
        # Russian, genitive (as dated) and nominative, with TASS/RIA abbreviations
        "января": 1, "февраля": 2, "марта": 3, "апреля": 4, "мая": 5, "июня": 6, "июля": 7,
        "августа": 8, "сентября": 9, "октября": 10, "ноября": 11, "декабря": 12,
        "январь": 1, "февраль": 2, "март": 3, "апрель": 4, "май": 5, "июнь": 6, "июль": 7,
        "август": 8, "сентябрь": 9, "октябрь": 10, "ноябрь": 11, "декабрь": 12,
        "янв": 1, "фев": 2, "мар": 3, "апр": 4, "июн": 6, "июл": 7, "авг": 8, "сен": 9,
        "окт": 10, "ноя": 11, "дек": 12,
    }


@attrs.frozen
class _Patterns:
    """The compiled patterns of one parser class."""

    date: regex.Pattern[str]
    token: regex.Pattern[str]
    paren: regex.Pattern[str]
    slash: regex.Pattern[str]
    bare_agency: regex.Pattern[str]
    separator: regex.Pattern[str]
    stray_dash: regex.Pattern[str]
    lead: regex.Pattern[str]
    hspace: regex.Pattern[str]


@attrs.frozen
class _Date:
    """A date slot as read: where it is and what it says."""

    start: int
    end: int
    month: int | None
    day: int | None
    year: int | None
    numeric: bool
    fuzzy: bool


@attrs.frozen
class _Location:
    """The location as scanned: its extent, its comma parts (each a list of token texts)."""

    start: int
    end: int
    parts: tuple[tuple[str, ...], ...]


def _edit_distance(a: str, b: str, cap: int) -> int:
    """Optimal-string-alignment distance of two short words, or ``cap + 1`` when over ``cap``."""
    if abs(len(a) - len(b)) > cap:
        return cap + 1
    prev2: list[int] = []
    prev = list(range(len(b) + 1))
    for i in range(1, len(a) + 1):
        cur = [i] + [0] * len(b)
        for j in range(1, len(b) + 1):
            cost = 0 if a[i - 1] == b[j - 1] else 1
            cur[j] = min(prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + cost)
            if i > 1 and j > 1 and a[i - 1] == b[j - 2] and a[i - 2] == b[j - 1]:
                cur[j] = min(cur[j], prev2[j - 2] + 1)
        prev2, prev = prev, cur
    return prev[len(b)]


@mypyc_attr(allow_interpreted_subclasses=True)
class DatelineParser:
    """Finds the dateline at the start of a story.

    Vocabularies are class attributes; extend them in a subclass.  Small hook methods
    (:meth:`is_agency`, :meth:`agency_name_ok`, :meth:`month_number`, :meth:`location_ok`,
    :meth:`is_region`) decide the doubtful cases and can be overridden too.
    """

    #: Where month names come from (extend its ``MONTHS`` in a subclass for more languages).
    DATE_INFO: ClassVar[type[DateInfo]] = DatelineDateInfo

    #: Wire services and outlets that sign datelines, as printed.  Matching ignores case
    #: and dots.  An unknown parenthesised name is still accepted in agency position at the
    #: very start of a story (see :meth:`agency_name_ok`).
    AGENCIES: ClassVar[frozenset[str]] = frozenset({
        # international wires
        "Reuters", "Reuter", "AP", "Associated Press", "AFP", "Agence France-Presse", "UPI",
        "Bloomberg", "Dow Jones", "PRNewswire", "PR Newswire", "Business Wire", "GLOBE NEWSWIRE",
        "Globe Newswire", "Marketwire", "Reuters Health",
        # Europe
        "dpa", "dpa-AFX", "ddp", "epd", "KNA", "AP/dpa", "APA", "SDA", "ATS", "Belga", "ANP", "EFE",
        "EFECOM", "Europa Press", "ANSA", "AGI", "Adnkronos", "Lusa", "PAP", "CTK", "ČTK", "MTI",
        "TT", "NTB", "Ritzau", "STT", "BTA", "Agerpres", "Tanjug", "HINA", "STA", "AMNA", "ANA",
        "ANA-MPA", "PA", "Press Association", "Europa Presse", "Ukrinform", "UNIAN", "BelTA",
        # Russia and neighbours
        "TASS", "ITAR-TASS", "ТАСС", "ИТАР-ТАСС", "RIA Novosti", "РИА Новости", "Interfax",
        "Интерфакс", "RBC", "РБК", "Sputnik", "ПРАЙМ", "Kazinform",
        # Asia and Pacific
        "Xinhua", "CNS", "Kyodo", "Jiji", "Yonhap", "KCNA", "PTI", "IANS", "UNI", "ANI", "APP",
        "Bernama", "Antara", "PNA", "VNA", "TNA", "AAP", "NZPA", "CNA", "Central News Agency",
        # Americas
        "CP", "Canadian Press", "Notimex", "Prensa Latina", "Télam", "Telam", "ABr", "Agência Brasil",
        "Agencia Brasil", "Infobae",
        # Middle East and Africa
        "NNA", "WAFA", "Anadolu", "AA", "KUNA", "SPA", "IRNA", "ISNA", "Fars", "Tasnim", "MENA",
        "QNA", "WAM", "BNA", "ONA", "SANA", "MAP", "APS", "TAP", "LANA", "NAN", "SAPA",
        "ENA", "Xinhua/SANA",
        # broadcasters and outlets that sign datelines
        "CNN", "CNN Money", "CNNMoney", "BBC", "AFP/Getty", "RFA", "RFE/RL", "VOA", "DW",
        "Al Jazeera", "Sky News", "NBC", "CBS", "ABC", "Fox News", "WIRED", "The Hollywood Reporter",
        "Mashable", "TechCrunch", "Health.com", "Travel + Leisure", "Bleacher Report", "Rolling Stone",
    })
    #: Parenthesised words at the start of a text that are labels, not agencies.
    NOT_AGENCIES: ClassVar[frozenset[str]] = frozenset(
        "update updated updates corrected correction corrects clarification video videos photo photos "
        "picture pictures watch listen audio podcast file graphic graphics analysis opinion editorial "
        "exclusive breaking live adds recasts sponsored advertisement ad ads paid promoted pictured "
        "left right above below top bottom center centre inset see cont continued more end new "
        "urgent flash bulletin alert repeat refile refiled embargoed embargo note notes editors "
        "warning spoilers spoiler review interview comment commentary column letter letters satire "
        "transcript summary".split())
    #: Lower-case words that may stand inside a location (``Rio de Janeiro``, ``Stratford
    #: upon Avon``, ``Frankfurt am Main``).
    PARTICLES: ClassVar[frozenset[str]] = frozenset(
        "de del della delle dei degli di da das do dos du des la las le les los el al an am im "
        "upon on sur sous en y e i van von der den ter zu bei ob of the and aan".split())
    #: Words that open a sentence or make a phrase sentence-like: never in a location.
    SENTENCE_WORDS: ClassVar[frozenset[str]] = frozenset(
        "however in on at after when while said says told according meanwhile but as if for from "
        "with by this that these those it its he she they we i you his her their our there here "
        "to today yesterday tomorrow tonight last next earlier later also since until before during "
        "about an a is are was were will would can could has have had not no yes what who why how "
        "where which although though because so then now thus therefore despite amid among over "
        "under than more most some many all every each one two three first second share click "
        "read watch follow subscribe sign please updated published posted photo video image "
        "copyright advertisement and or nor my your me us them him officials police".split())
    #: US state names and abbreviations, Canadian provinces, Australian states, and
    #: countries: the second part of ``CALGARY, Alberta -`` that makes a dateline without a
    #: date.  Matching ignores case, dots and spaces.
    REGIONS: ClassVar[frozenset[str]] = frozenset({
        "Alabama", "Alaska", "Arizona", "Arkansas", "California", "Colorado", "Connecticut",
        "Delaware", "Florida", "Georgia", "Hawaii", "Idaho", "Illinois", "Indiana", "Iowa", "Kansas",
        "Kentucky", "Louisiana", "Maine", "Maryland", "Massachusetts", "Michigan", "Minnesota",
        "Mississippi", "Missouri", "Montana", "Nebraska", "Nevada", "New Hampshire", "New Jersey",
        "New Mexico", "New York", "North Carolina", "North Dakota", "Ohio", "Oklahoma", "Oregon",
        "Pennsylvania", "Rhode Island", "South Carolina", "South Dakota", "Tennessee", "Texas", "Utah",
        "Vermont", "Virginia", "Washington", "West Virginia", "Wisconsin", "Wyoming", "D.C.",
        "Ala.", "Ariz.", "Ark.", "Calif.", "Cal.", "Colo.", "Conn.", "Del.", "Fla.", "Ga.", "Ill.",
        "Ind.", "Kan.", "Me.", "Kans.", "Ky.", "La.", "Md.", "Mass.", "Mich.", "Minn.", "Miss.", "Mo.",
        "Mont.", "Neb.", "Nebr.", "Nev.", "N.H.", "N.J.", "N.M.", "N.Y.", "N.C.", "N.D.", "Okla.",
        "Ore.", "Oreg.", "Pa.", "Penn.", "R.I.", "S.C.", "S.D.", "Tenn.", "Tex.", "Va.", "Vt.",
        "Wash.", "Wis.", "Wisc.", "W.Va.", "Wyo.",
        "AL", "AK", "AZ", "AR", "CA", "CO", "CT", "DE", "FL", "GA", "HI", "ID", "IL", "IN", "IA",
        "KS", "KY", "LA", "ME", "MD", "MA", "MI", "MN", "MS", "MO", "MT", "NE", "NV", "NH", "NJ",
        "NM", "NY", "NC", "ND", "OH", "OK", "OR", "PA", "RI", "SC", "SD", "TN", "TX", "UT", "VT",
        "VA", "WA", "WV", "WI", "WY",
        "Alberta", "British Columbia", "Manitoba", "New Brunswick", "Newfoundland", "Nova Scotia",
        "Ontario", "Quebec", "Québec", "Saskatchewan", "Prince Edward Island", "Yukon",
        "Alta.", "B.C.", "Man.", "N.B.", "N.S.", "Ont.", "Que.", "Sask.", "Nfld.", "P.E.I.",
        "New South Wales", "Victoria", "Queensland", "Tasmania", "Western Australia",
        "South Australia", "Northern Territory",
        "England", "Scotland", "Wales", "Northern Ireland", "Ireland", "West Bank", "Gaza",
        "Afghanistan", "Albania", "Algeria", "Angola", "Argentina", "Armenia", "Australia", "Austria",
        "Azerbaijan", "Bahrain", "Bangladesh", "Belarus", "Belgium", "Bolivia", "Bosnia", "Brazil",
        "Bulgaria", "Cambodia", "Cameroon", "Canada", "Chile", "China", "Colombia", "Congo",
        "Costa Rica", "Croatia", "Cuba", "Cyprus", "Czech Republic", "Denmark", "Ecuador", "Egypt",
        "El Salvador", "Estonia", "Ethiopia", "Finland", "France", "Germany", "West Germany",
        "East Germany", "Ghana", "Greece", "Guatemala", "Haiti", "Honduras", "Hong Kong", "Hungary",
        "Iceland", "India", "Indonesia", "Iran", "Iraq", "Israel", "Italy", "Ivory Coast", "Jamaica",
        "Japan", "Jordan", "Kazakhstan", "Kenya", "Kosovo", "Kuwait", "Latvia", "Lebanon", "Libya",
        "Lithuania", "Luxembourg", "Malaysia", "Mali", "Malta", "Mexico", "Moldova", "Mongolia",
        "Morocco", "Mozambique", "Myanmar", "Nepal", "Netherlands", "New Zealand", "Nicaragua",
        "Niger", "Nigeria", "North Korea", "Norway", "Oman", "Pakistan", "Panama", "Paraguay", "Peru",
        "Philippines", "Poland", "Portugal", "Puerto Rico", "Qatar", "Romania", "Russia", "Rwanda",
        "Saudi Arabia", "Senegal", "Serbia", "Singapore", "Slovakia", "Slovenia", "Somalia",
        "South Africa", "South Korea", "Spain", "Sri Lanka", "Sudan", "South Sudan", "Sweden",
        "Switzerland", "Syria", "Taiwan", "Tanzania", "Thailand", "Tunisia", "Turkey", "Uganda",
        "Ukraine", "United Arab Emirates", "UAE", "Uruguay", "Venezuela", "Vietnam", "Yemen",
        "Zambia", "Zimbabwe",
    })
    #: Closing separators after the date or the agency, longest first.
    SEPARATORS: ClassVar[tuple[str, ...]] = ("---", "--", "-", "—", "–", "―", ":")
    #: Capitals words that open a story's first line but name no place (``BREAKING —``).
    NOT_PLACES: ClassVar[frozenset[str]] = frozenset({
        "breaking", "exclusive", "update", "updated", "urgent", "flash", "alert", "developing",
        "analysis", "opinion", "editorial", "comment", "review", "correction", "corrected", "live",
        "watch", "video", "photos", "news", "report", "special", "latest", "sponsored",
        "advertisement", "feature", "interview", "explainer", "factbox", "timeline", "obituary",
    })
    #: The dashes after which a place in capitals alone is a dateline (``NEW DELHI —``).
    LONG_DASHES: ClassVar[tuple[str, ...]] = ("—", "–", "―", "--")

    #: Desk markers that may stand before a dateline, with a dash or colon (``RPT --``,
    #: ``UPDATE 2 -``, ``CORRECTED -``).  Case-sensitive: they are printed in capitals.
    LEAD_MARKERS: ClassVar[tuple[str, ...]] = (
        "RPT", "REPEAT", "CORRECTED", "CORRECTION", "REFILE", "REFILED", "UPDATE", "URGENT", "FLASH",
        "BULLETIN", "RECASTS", "ADVISORY", "EMBARGOED", "WRAPUP",
    )
    #: Characters that may open a body glued to the agency (``(CNN)"Beauty" has...``).
    GLUED_OPENERS: ClassVar[str] = "\"'“‘«„[¿¡"

    #: The furthest :meth:`match` looks from ``start``.
    MAX_CHARS: ClassVar[int] = 200
    #: Most words of a location, not counting particles, and most comma-separated parts.
    MAX_LOCATION_WORDS: ClassVar[int] = 6
    MAX_LOCATION_PARTS: ClassVar[int] = 3
    #: Most tokens of a location that a date and an agency together confirm (EFE desk codes
    #: before the place: ``EFECOM ar-c Zamora, 23 may (EFE).``).
    MAX_CONFIRMED_TOKENS: ClassVar[int] = 8
    #: Most words of a one-part place followed by its date without a comma.
    MAX_BARE_PLACE_WORDS: ClassVar[int] = 3
    #: Most words of an unknown agency name.
    MAX_AGENCY_WORDS: ClassVar[int] = 5
    #: A misspelt month word (``Narch``) must be at least this long, and at most
    #: ``FUZZY_MONTH_DISTANCE`` edits from one month name (two for words of 7+ letters).
    FUZZY_MONTH_MIN: ClassVar[int] = 4
    FUZZY_MONTH_DISTANCE: ClassVar[int] = 1

    _patterns: ClassVar[dict[type, _Patterns]] = {}
    _folded: ClassVar[dict[type, dict[str, frozenset[str]]]] = {}

    # ------------------------------------------------------------ vocabulary helpers

    @classmethod
    def patterns(cls) -> _Patterns:
        """The compiled patterns of this class, built once per class from its vocabularies."""
        found = cls._patterns.get(cls)  # built already: no call (asked for every token)
        return found if found is not None else per_class(cls._patterns, cls, cls._compile)

    @classmethod
    def _vocab(cls, name: str) -> frozenset[str]:
        """A vocabulary folded for look-ups (``_fold``), cached per class."""
        table = cls._folded.get(cls)
        if table is None:
            table = {
                "agencies": frozenset(_fold(a) for a in cls.AGENCIES),
                "not_agencies": frozenset(_fold(a) for a in cls.NOT_AGENCIES),
                "regions": frozenset(_fold(r) for r in cls.REGIONS),
                "particles": frozenset(p.casefold() for p in cls.PARTICLES),
                "sentence": frozenset(w.casefold() for w in cls.SENTENCE_WORDS),
            }
            cls._folded[cls] = table
        return table[name]

    @classmethod
    def _compile(cls) -> _Patterns:
        hs = _HS
        year = r"(?:1[5-9]|2[01])\d\d"
        # The date slot: ISO, month first (``Jan. 24``, ``March 11, 1987``), day first
        # (``25 may``, ``24. Januar``, ``23 de mayo de 2022``).  Month words are checked
        # afterwards (exact or fuzzy), so the pattern takes any short letter run.
        date = (
            r"(?:(?P<iy>" + year + r")-(?P<im>[01]?\d)-(?P<id>[0-3]?\d)(?![\p{L}\p{N}])"
            r"|(?P<mw>\p{L}{3,12}+)(?P<mdot>\.)?+" + hs + r"*+(?P<md>\d{1,3}+)(?:st|nd|rd|th)?+"
            r"(?![\p{L}\p{N}])(?:,?+" + hs + r"*+(?P<my>" + year + r")(?![\p{L}\p{N}]))?+"
            r"|(?P<dd>\d{1,2}+)(?:\.|st|nd|rd|th|er|º|ª)?+" + hs + r"++(?:de" + hs + r"++)?+"
            r"(?P<dw>\p{L}{3,12}+)(?P<ddot>\.)?+(?![\p{L}\p{N}])"
            r"(?:,?+" + hs + r"*+(?:del?" + hs + r"++)?+(?P<dy>" + year + r")(?![\p{L}\p{N}]))?+)"
        )
        agencies = sorted(cls.AGENCIES, key=lambda a: (-len(a), a))
        bare = r"(?i:" + "|".join(regex.escape(a) for a in agencies) + r")(?![\p{L}\p{N}])"
        seps = sorted(cls.SEPARATORS, key=lambda s: (-len(s), s))
        sep = hs + r"*+(?P<sep>" + "|".join(regex.escape(s) for s in seps) + r")"
        return _Patterns(
            date=regex.compile(date),
            # A location word: no white space, comma or parenthesis; not starting with a
            # digit or a dash (those end the location).
            token=regex.compile(r"[^\s,()\[\]<>\d\-–—―:;][^\s,()]{0,59}+"),
            paren=regex.compile(r"\((?P<name>[^()\r\n]{1,60}+)\)"),
            slash=regex.compile(r"\.?+" + hs + r"*+/(?P<name>[^/\r\n]{1,40}+)/"),
            bare_agency=regex.compile(bare),
            separator=regex.compile(sep),
            stray_dash=regex.compile(r"[-–—]" + hs + r"++"),
            hspace=regex.compile(hs + r"*+"),
            lead=regex.compile(r"(?:" + "|".join(regex.escape(w) for w in sorted(cls.LEAD_MARKERS, key=len,
                                                                                  reverse=True))
                               + r")(?:" + hs + r"++\d{1,2}+)?+" + hs + r"*+(?:-{1,3}+|—|–|:)" + hs + r"*+"
                               r"(?=\p{Lu}|\*)"),
        )

    # ------------------------------------------------------------ hooks

    def is_agency(self, name: str) -> bool:
        """True for a known agency (``AP``, ``dpa``, ``Reuters``), or a pair of them (``AP/dpa``)."""
        known = self._vocab("agencies")
        key = _fold(name)
        if key in known:
            return True
        pieces = [p for p in _PLACE_JOINERS.split(name) if p.strip()]
        return len(pieces) > 1 and all(_fold(p) in known for p in pieces)

    def agency_name_ok(self, name: str) -> bool:
        """True for a name that may be an agency not listed: Title-Case or ALL-CAPS words.

        ``The Hollywood Reporter``, ``WIRED``; not labels such as ``Updated`` or ``Photo``.
        """
        words = name.split()
        if not words or len(words) > self.MAX_AGENCY_WORDS or len(name) > 60:
            return False
        if sum(c.isalpha() for c in name) < 2 or self.is_region(name):
            # ``(C)`` is a list mark and ``(Spain)`` a place.
            return False
        if any(not (c.isalnum() or c.isspace() or c in "&+-'’.") for c in name) or name.endswith("."):
            return False
        if _fold(name) in self._vocab("not_agencies") or _fold(words[0]) in self._vocab("not_agencies"):
            return False
        particles = self._vocab("particles")
        has_letter = False
        for w in words:
            letters = [c for c in w if c.isalpha()]
            if not letters:
                if w not in ("&", "+", "-"):
                    return False
                continue
            has_letter = True
            if any(c.isdigit() for c in w):
                return False
            if not letters[0].isupper() and w.casefold() not in particles:
                return False
        return has_letter and words[0][0].isupper()

    def month_number(self, word: str, *, fuzzy: bool) -> tuple[int | None, bool]:
        """The month a word names, and whether it was a guess from a misspelling.

        With ``fuzzy``, a word of :attr:`FUZZY_MONTH_MIN`+ letters within
        :attr:`FUZZY_MONTH_DISTANCE` edits of exactly one month's names counts (``Narch``,
        ``Marchg``); ties between two months give ``None``.
        """
        exact = self.DATE_INFO.month_number(word)
        if exact is not None or not fuzzy:
            return exact, False
        low = word.casefold()
        if len(low) < self.FUZZY_MONTH_MIN or not low.isalpha():
            return None, False
        cap = self.FUZZY_MONTH_DISTANCE + (1 if len(low) >= 7 else 0)
        best = cap + 1
        found: set[int] = set()
        for name, month in self.DATE_INFO.MONTHS.items():
            if len(name) < self.FUZZY_MONTH_MIN:
                continue
            d = _edit_distance(low, name, cap)
            if d < best:
                best, found = d, {month}
            elif d == best:
                found.add(month)
        if best <= cap and len(found) == 1:
            return next(iter(found)), True
        return None, False

    def is_region(self, part: str) -> bool:
        """True for a state, province or country name (``Alberta``, ``N.J.``, ``Philippines``)."""
        return _fold(part) in self._vocab("regions")

    def location_ok(self, parts: tuple[tuple[str, ...], ...], *, lowercase_ok: bool,
                    any_token_ok: bool) -> bool:
        """Whether these comma parts read as a place name rather than a phrase.

        Every word is capitalised or a particle (``de``, ``upon``), the first word of each
        part is capitalised, no word is a sentence word (``However``, ``said``), and there are
        at most :attr:`MAX_LOCATION_WORDS` words.  ``lowercase_ok`` (a dated line of a story
        typed in lower case: ``La paz, march 4 -``) lets the second of two words be lower
        case; ``any_token_ok`` (a date and an agency confirm it) accepts desk codes too.
        """
        if not parts or len(parts) > self.MAX_LOCATION_PARTS:
            return False
        particles = self._vocab("particles")
        sentence = self._vocab("sentence")
        weekdays = self.DATE_INFO.WEEKDAYS
        words = 0
        tokens = 0
        for i, part in enumerate(parts):
            if not part:
                return False
            if len(part) > 1 and part[-1].casefold() in particles:
                # A particle joins words: ``The Aaa on`` is the start of a sentence.
                return False
            for k, tok in enumerate(part):
                key = tok.casefold().strip(".'’\"*")
                tokens += 1
                # ``Me.`` (Maine) and ``In.`` are abbreviations, not the sentence words.
                is_sentence = key in sentence and not (tok.endswith(".") and self.is_region(tok))
                if len(part) == 1 and i == 0 and fold_word(tok) in weekdays:
                    # ``Friday, August 30:`` is a schedule line (``SANTO DOMINGO`` a city).
                    return False
                if k == 0 and is_sentence and not (key == "the" and len(part) > 1):
                    return False
                if is_sentence and key not in particles:
                    return False
                if key in particles and k > 0:
                    continue
                if _capitalised(tok):
                    words += 1
                    continue
                if key in particles and _capitalised(part[-1]) and len(part) > 1:
                    # an article or name prefix before the name: ``de Gaulle``-style
                    continue
                if any_token_ok and (k > 0 or i > 0):
                    words += 1
                    continue
                if lowercase_ok and k == 1 and len(part) == 2 and part[0].casefold() != "the":
                    words += 1
                    continue
                return False
        if any_token_ok:
            return tokens <= self.MAX_CONFIRMED_TOKENS
        return 0 < words <= self.MAX_LOCATION_WORDS

    # ------------------------------------------------------------ public API

    def match(self, text: str, start: int = 0, end: int | None = None,
              reference_date: dt.date | None = None) -> Dateline | None:
        """A dateline that begins at ``text[start]`` (after spaces or tabs), or ``None``.

        It looks no further than ``end``, the end of the line, or :attr:`MAX_CHARS`
        characters.  The span covers the closing separator (``" -"``, ``"(EFE)."``) but not
        the white space after it.  ``reference_date`` (the story's own date) gives a year to
        a date printed without one.
        """
        n = len(text)
        stop = n if end is None else min(max(end, 0), n)
        if start < 0 or start >= stop:
            return None
        limit = min(stop, start + self.MAX_CHARS)
        # The first of the line breaks (one search rather than one per kind of break).
        nl = _LINE_BREAK.search(text, start, limit)
        line_end = limit if nl is None else nl.start()
        # Whether ``line_end`` is a real end (line break, end of text or of the caller's
        # range) rather than the reading bound cutting a long line.
        real_end = line_end < limit or limit == stop
        return self._match(text, start, line_end, real_end, reference_date)

    def parse(self, text: str, reference_date: dt.date | None = None) -> Dateline | None:
        """A dateline at the start of ``text``."""
        return self.match(text, 0, None, reference_date)

    # ------------------------------------------------------------ the reading

    def _match(self, text: str, start: int, stop: int, real_end: bool,
               ref: dt.date | None) -> Dateline | None:
        pats = self.patterns()
        pos = self._skip(text, start, stop)
        if pos >= stop:
            return None
        # ``(CNN) --``, ``(WIRED)Screens are...``: an agency alone at the start.
        if text[pos] == "(":
            return self._agency_only(text, pos, stop, real_end)
        # ``Jan 24 (Reuters) -``: a date alone at the start.
        d = self._date(text, pos, stop, fuzzy=False, month_first_cap=True)
        if d is not None:
            found = self._after_date(text, d, stop, real_end, need_sep=True)
            if found is not None:
                agency, end = found
                k = self._skip(text, end, stop)
                # ``May 31 - June 2 v Derbyshire`` is a date range, and ``Feb 3: Allegedly...``
                # an entry of a timeline: without an agency, a date alone closes on a dash.
                timeline = agency is None and text[d.end : end].rstrip().endswith(":")
                if not timeline and (k >= stop or not (
                        text[k].isdigit() or self._date(text, k, stop, fuzzy=False, month_first_cap=True))):
                    return self._build(text, pos, end, None, d, agency, ref)
        lead = pats.lead.match(text, pos, stop)
        if lead is not None:
            # ``RPT --LUDWIGSHAFEN, ...``: a desk marker before the dateline is part of its
            # span but not of the location.
            dl = self._located(text, lead.end(), stop, real_end, ref)
            if dl is None:
                return None
            return attrs.evolve(dl, text=text[pos : dl.span.end], span=Span(pos, dl.span.end))
        return self._located(text, pos, stop, real_end, ref)

    def _located(self, text: str, pos: int, stop: int, real_end: bool,
                 ref: dt.date | None) -> Dateline | None:
        """A dateline that opens with its location at ``pos``."""
        if _LOCATED_HINT.search(text, pos, stop) is None:
            return None  # most lines of prose: no need to read them word by word
        pats = self.patterns()
        loc_start = pos
        # Bullet stars before a place (``****LONDON``) belong to it as printed.
        while pos < stop and text[pos] == "*":
            pos += 1
        parts: list[list[str]] = [[]]
        loc_end = pos
        tokens = 0
        while True:
            m = pats.token.match(text, pos, stop)
            if m is None:
                return None
            word = m.group()
            if not word.isalpha() and not any(c.isalpha() for c in word):
                return None
            tokens += 1
            if tokens > self.MAX_CONFIRMED_TOKENS + 1:
                return None
            parts[-1].append(word)
            loc_end = pos = m.end()
            j = self._skip(text, pos, stop)
            # ``Fráncfort (RFA), 23 may``: a parenthesised region before the comma.
            if j < stop and text[j] == "(":
                pm = pats.paren.match(text, j, stop)
                if pm is not None:
                    k = self._skip(text, pm.end(), stop)
                    if k < stop and text[k] == "," and self._region_paren_ok(pm.group("name")):
                        parts[-1].append(pm.group())
                        loc_end = pm.end()
                        j = k
                    else:
                        return self._location_agency(text, loc_start, loc_end, parts, pm, stop,
                                                     real_end, ref)
                else:
                    return None
            if j >= stop:
                return None
            c = text[j]
            if c == ",":
                k = self._skip(text, j + 1, stop)
                dl = self._dated(text, loc_start, loc_end, parts, k, stop, real_end, ref,
                                 fuzzy=True, after_comma=True)
                if dl is not None:
                    return dl
                sd = pats.stray_dash.match(text, k, stop)
                if sd is not None:
                    # ``CHEVY CHASE, Md., - March 4 -``
                    return self._dated(text, loc_start, loc_end, parts, sd.end(), stop, real_end, ref,
                                       fuzzy=True, after_comma=True, stray=True)
                if len(parts) >= self.MAX_LOCATION_PARTS:
                    return None
                parts.append([])
                pos = k
                continue
            if j == pos:
                # Something glued to the word that is neither comma nor parenthesis.
                return None
            # White space: a date without its comma (``JOHANNESBURG March 13 -``), a stray
            # dash before the date or a location-only dateline, or the next word.
            dl = self._dated(text, loc_start, loc_end, parts, j, stop, real_end, ref,
                             fuzzy=False, after_comma=False)
            if dl is not None:
                return dl
            sd = pats.stray_dash.match(text, j, stop)
            if sd is not None:
                dated = self._dated(text, loc_start, loc_end, parts, sd.end(), stop, real_end, ref,
                                    fuzzy=True, after_comma=True, stray=True)
                if dated is not None:
                    return dated
                return self._location_only(text, loc_start, loc_end, parts, j, stop, real_end)
            if c in "-–—―" or text.startswith("--", j):
                return self._location_only(text, loc_start, loc_end, parts, j, stop, real_end)
            pos = j

    def _skip(self, text: str, pos: int, stop: int) -> int:
        if pos < stop:
            c = text[pos]
            if c in _NOT_HS_ASCII:
                return pos
            # One space between two words, the commonest case: no need for the pattern.
            if c == " " and (pos + 1 >= stop or text[pos + 1] in _NOT_HS_ASCII):
                return pos + 1
        m = self.patterns().hspace.match(text, pos, stop)
        return pos if m is None else m.end()

    def _date(self, text: str, pos: int, stop: int, *, fuzzy: bool, month_first_cap: bool) -> _Date | None:
        """The date slot at ``pos``: month words checked (exactly, or fuzzily when allowed)."""
        m = self.patterns().date.match(text, pos, stop)
        if m is None:
            return None
        g = m.groupdict()
        if g["iy"]:
            return _Date(m.start(), m.end(), int(g["im"]), int(g["id"]), int(g["iy"]), True, False)
        word = g["mw"] or g["dw"] or ""
        if g["mw"] and month_first_cap and not word[0].isupper():
            # ``may 5`` at the start of a sentence is no date.
            return None
        month, guessed = self.month_number(word, fuzzy=fuzzy)
        if month is None:
            return None
        day_text = g["md"] or g["dd"] or ""
        year_text = g["my"] or g["dy"]
        day = int(day_text)
        end = m.end()
        if g["ddot"] and not year_text and len(word) >= 5:
            # ``25 января.``: after a whole month name the period closes the phrase; after
            # ``ene.`` or ``Sept.`` it belongs to the abbreviation.
            end -= 1
        return _Date(m.start(), end, month, day if 1 <= day <= 31 else None,
                     int(year_text) if year_text else None, False, guessed)

    def _after_date(self, text: str, d: _Date, stop: int, real_end: bool, *,
                    need_sep: bool) -> tuple[str | None, int] | None:
        """What may follow a date: an agency, then a separator.  Returns (agency, end)."""
        pats = self.patterns()
        pos = d.end
        agency: str | None = None
        strong = False
        j = self._skip(text, pos, stop)
        if j < stop and text[j] == "(":
            pm = pats.paren.match(text, j, stop)
            if pm is None:
                return None
            name = pm.group("name").strip()
            if not (self.is_agency(name) or self.agency_name_ok(name)):
                return None
            agency, pos, strong = name, pm.end(), True
        elif j < stop and text[j] in "/.":
            sm = pats.slash.match(text, j, stop)
            if sm is not None:
                name = sm.group("name").strip()
                if self.is_agency(name) or self.agency_name_ok(name):
                    agency, pos, strong = name, sm.end(), True
        else:
            k = j
            if k < stop and text[k] == ",":
                k = self._skip(text, k + 1, stop)
            bm = pats.bare_agency.match(text, k, stop) if k > j else None
            if bm is not None:
                # ``March 11, Reuter -``: a known agency, unbracketed, after a comma.
                sep_end = self._separator(text, bm.end(), stop, real_end)
                if sep_end is None:
                    return None
                return bm.group(), sep_end
        if strong:
            # ``(EFE).``, ``(EFE).-``, ``/ТАСС/.`` close on a period.
            if pos < stop and text[pos] == ".":
                k = pos + 1
                if k < stop and text[k] in "-–—":
                    k += 1
                if k >= stop or text[k].isspace():
                    return agency, k
            sep_end = self._separator(text, pos, stop, real_end)
            if sep_end is not None:
                return agency, sep_end
            if pos >= stop or text[pos].isspace():
                return agency, pos
            return None
        sep_end = self._separator(text, pos, stop, real_end, allow_comma=True)
        if sep_end is not None:
            if text[sep_end - 1] in "-–—―":
                # ``МОСКВА, 25 янв — РИА Новости.``: the agency signs after the dash.
                k = self._skip(text, sep_end, stop)
                bm = pats.bare_agency.match(text, k, stop)
                if bm is not None and bm.end() < stop and text[bm.end()] == ".":
                    return bm.group(), bm.end() + 1
            return None, sep_end
        if not need_sep and pos >= stop and real_end and d.numeric:
            # ``LONDON 1996-08-22`` at the end of its line.  A written date there
            # (``Jon Smith, July 1, 2013``) is a byline or a timestamp.
            return None, pos
        return None

    def _separator(self, text: str, pos: int, stop: int, real_end: bool,
                   allow_comma: bool = False) -> int | None:
        """The end of a closing separator at ``pos`` (``" -"``, ``", -"``, ``":"``), or ``None``."""
        pats = self.patterns()
        k = pos
        if allow_comma:
            j = self._skip(text, k, stop)
            if j < stop and text[j] == ",":
                k = j + 1
        m = pats.separator.match(text, k, stop)
        if m is None:
            return None
        e = m.end()
        if e >= stop:
            return e if real_end or e < stop else None
        nxt = text[e]
        if nxt.isspace():
            return e
        if nxt.isdigit() or nxt in "-–—":
            return None
        if m.group("sep") == "-" and m.start("sep") == k:
            # ``March 3-4`` is a range and ``Smith-Jones`` a name; ``March 2 -The`` (space
            # before the dash only) still closes a dateline.
            return None
        return e

    def _region_paren_ok(self, name: str) -> bool:
        words = name.split()
        return 0 < len(words) <= 4 and all(_capitalised(w) or w.casefold() in self._vocab("particles")
                                           for w in words) and _capitalised(words[0])

    def _location_parts(self, parts: list[list[str]]) -> tuple[tuple[str, ...], ...]:
        return tuple(tuple(p) for p in parts)

    def _dated(self, text: str, loc_start: int, loc_end: int, parts: list[list[str]], pos: int,
               stop: int, real_end: bool, ref: dt.date | None, *, fuzzy: bool, after_comma: bool,
               stray: bool = False) -> Dateline | None:
        """A dateline whose location is ``parts`` and whose date slot starts at ``pos``."""
        d = self._date(text, pos, stop, fuzzy=fuzzy, month_first_cap=False)
        if d is None:
            return None
        # A month-named date without its comma, or after a stray dash, must close with a
        # separator or an agency: ``U.S. TRADE TALKS March 3`` is a headline.
        need_sep = stray or not (after_comma or d.numeric)
        found = self._after_date(text, d, stop, real_end, need_sep=need_sep)
        if found is None:
            return None
        agency, end = found
        tparts = self._location_parts(parts)
        if stray and len(tparts) < 2:
            return None
        if not after_comma and not d.numeric and not (
                (len(tparts) > 1 and self.is_region(" ".join(tparts[-1])))
                or (len(tparts) == 1 and len(tparts[0]) <= self.MAX_BARE_PLACE_WORDS)):
            # Without its comma, a date follows a short place or a region (``RICHMOND, Va.
            # Feb 26 -``); ``ROTTERDAM PORT SUBSIDY TO END JULY 1 -`` is a headline.
            return None
        has_paren_agency = agency is not None and text[d.end:end].lstrip(" \t,").startswith(("(", "/", "."))
        ok = self.location_ok(tparts, lowercase_ok=True, any_token_ok=False) or (
            has_paren_agency and not d.fuzzy
            and self.location_ok(tparts, lowercase_ok=True, any_token_ok=True))
        if not ok:
            return None
        return self._build(text, loc_start, end, (loc_start, loc_end), d, agency, ref)

    def _location_agency(self, text: str, loc_start: int, loc_end: int, parts: list[list[str]],
                         pm: regex.Match[str], stop: int, real_end: bool,
                         ref: dt.date | None) -> Dateline | None:
        """``WASHINGTON (AP) —``, ``Sanaa, Yemen (CNN)In just...``."""
        name = pm.group("name").strip()
        known = self.is_agency(name)
        if not known:
            # After a place only a known agency counts: ``EL PAIS (Montevideo) -`` is a
            # press review and ``London (The Oval):`` a sports result.
            return None
        if not self.location_ok(self._location_parts(parts), lowercase_ok=False, any_token_ok=False):
            return None
        pos = pm.end()
        end: int | None = self._separator(text, pos, stop, real_end)
        if end is None and known:
            if pos >= stop:
                end = pos if real_end else None
            elif text[pos].isalpha() or text[pos] in self.GLUED_OPENERS:
                # ``London (CNN)Top Gear...``: the body glued to the agency.  Followed by a
                # space and more words, ``CANADIAN PACIFIC (CP) CONFIRMS`` is a headline.
                end = pos
        if end is None:
            return None
        return self._build(text, loc_start, end, (loc_start, loc_end), None, name, ref)

    def _agency_only(self, text: str, pos: int, stop: int, real_end: bool) -> Dateline | None:
        """``(CNN) --``, ``(CNN)Share...``, ``(The Hollywood Reporter)Good artists...``."""
        pm = self.patterns().paren.match(text, pos, stop)
        if pm is None:
            return None
        name = pm.group("name").strip()
        if name != pm.group("name") or not (self.is_agency(name) or self.agency_name_ok(name)):
            return None
        e = pm.end()
        known = self.is_agency(name)
        end = self._separator(text, e, stop, real_end)
        if end is None:
            if e >= stop:
                # ``(Spain)`` or ``(BILLIONS OF DLRS)`` alone on a line is a label.
                if not (real_end and known):
                    return None
                end = e
            elif text[e].isalpha() or text[e] in self.GLUED_OPENERS:
                # ``(CNN)Share, and...``, ``(CNN)[Breaking news update]``: the body glued on.
                end = e
            elif text[e].isspace() and known:
                # ``(Reuters) Apple said...``: a known agency, then a capitalised word.
                k = self._skip(text, e, stop)
                if k < stop and not (text[k].isupper() or text[k] in self.GLUED_OPENERS):
                    return None
                end = e
            else:
                return None
        return Dateline(text=text[pos:end], span=Span(pos, end), agency=name)

    def _location_only(self, text: str, loc_start: int, loc_end: int, parts: list[list[str]],
                       j: int, stop: int, real_end: bool) -> Dateline | None:
        """``CALGARY, Alberta -``: a place in wire form (capitals, then a region) and a dash;
        or a short place in capitals alone before a long dash and a sentence (``NEW DELHI —
        The ...``, the newspaper style)."""
        tparts = self._location_parts(parts)
        if not tparts or not self.location_ok(tparts, lowercase_ok=False, any_token_ok=False):
            return None
        city = " ".join(tparts[0])
        letters = [c for c in city if c.isalpha()]
        if len(letters) < 3 or not all(c.isupper() for c in letters):
            return None
        if len(tparts) == 1:
            # A place alone needs a long dash and prose after it: "U.S. STOCKS - March 3"
            # and "TRADE WAR — WHAT NEXT" are headlines.
            if len(tparts[0]) > self.MAX_BARE_PLACE_WORDS or not text.startswith(self.LONG_DASHES, j):
                return None
            if any(fold_word(w) in self.NOT_PLACES for w in tparts[0]):
                return None
            end = self._separator(text, loc_end, stop, real_end)
            if end is None or _SENTENCE_OPENING.match(text, end, stop) is None:
                return None
        elif not self.is_region(" ".join(tparts[-1])):
            return None
        else:
            end = self._separator(text, loc_end, stop, real_end)
        if end is None:
            return None
        return Dateline(text=text[loc_start:end], span=Span(loc_start, end),
                        location=text[loc_start:loc_end])

    def _build(self, text: str, start: int, end: int, loc: tuple[int, int] | None, d: _Date | None,
               agency: str | None, ref: dt.date | None) -> Dateline:
        location = None if loc is None else text[loc[0] : loc[1]]
        month = day = year = None
        date: dt.date | None = None
        date_text = None
        if d is not None:
            month, day, year = d.month, d.day, d.year
            date_text = text[d.start : d.end]
            if month is not None and day is not None:
                if year is not None:
                    try:
                        date = dt.date(year, month, day)
                    except ValueError:
                        date = None
                elif ref is not None:
                    date = resolve_year(month, day, ref)
        return Dateline(text=text[start:end], span=Span(start, end), location=location, month=month,
                        day=day, date=date, date_text=date_text, agency=agency, year=year)


def _capitalised(token: str) -> bool:
    """True when the token's first letter is upper case (``Calif.``, ``****SANTO``, ``d'Urgell``)."""
    for i, c in enumerate(token):
        if c.isalpha():
            if c.isupper():
                return True
            # ``d'Urgell``, ``l'Aquila``: an elided article before a capital.
            rest = token[i + 1 : i + 3]
            return len(rest) == 2 and rest[0] in "'’" and rest[1].isupper()
        if c.isdigit():
            return False
    return False


_DEFAULT: Final = DatelineParser()


def parse_dateline(text: str, reference_date: dt.date | None = None) -> Dateline | None:
    """A dateline at the start of ``text`` (``MOSCOW, Jan 24 (Reuters) -``), read by a default parser."""
    return _DEFAULT.parse(text, reference_date)
