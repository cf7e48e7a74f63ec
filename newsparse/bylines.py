"""Bylines: who wrote the story, with their roles, places and outlets.

:class:`BylineParser` follows dateutil's ``parserinfo`` design: every vocabulary it uses
(prefixes such as ``By`` or ``Von``, role words, outlet words and names, particles,
connectors, desk names, the phrases that end a byline...) is a class attribute that a
subclass extends::

    class MyParser(BylineParser):
        ROLE_WORDS = BylineParser.ROLE_WORDS | {"chronicler"}

The phrase tables built from those vocabularies are cached once per class, so a
subclass's additions take effect without touching the base class.

The text is first cut into tokens (words, dates and times, e-mails, handles, URLs,
separators, stray symbols) by one linear pattern; all further work walks that token list
with bounded look-ahead, so the time grows linearly with the input.  Three entry points:

* :meth:`BylineParser.parse` - lenient, for a byline string scraped from a byline element;
* :meth:`BylineParser.match_line` - strict, answers whether a line of an article *is* a
  byline;
* :meth:`BylineParser.authors_from_credits` - authors named by trailing credit lines
  (``Reporting by ...``) and author bios (``Jane Doe is a reporter for ...``).

Names are kept as printed.  ``Author.span`` covers the name as printed; ``Author.name``
equals the text under the span except when stray symbols inside the name (an emoji
between the given and family name) had to be dropped.
"""

from __future__ import annotations

import bisect
import datetime as dt
import itertools
from collections.abc import Iterable
from typing import ClassVar, Final

import regex

from ._cache import per_class
from ._compat import mypyc_attr
from .dates import DateInfo, fold_word
from .model import Author, Byline, Span
from .text import strip_span

# Where a byline clause stops (``By Jane Doe; Editing by ...``), and line breaks.
_CLAUSE_STOP: Final = regex.compile(r"[;\n\r]")
_LINE_BREAKS: Final = regex.compile(r"[\n\r]++")

# A word of two or more letters (or a number) and a full stop, question or exclamation
# mark at the very end: how a sentence or a headline ends, and how a line of names does not
# (names end in a letter, or an initial's dot: "R.C. Baker", "Ariel H.").
_SENTENCE_END: Final = regex.compile(r"(?P<word>\p{L}{2}\p{L}*+|\p{N})[)\]]?+[.!?][\"'”’»)]*+$")
# A word that starts with a lower-case letter (for match_line's cheap first look).
_LOWER_WORD: Final = regex.compile(r"(?<![\p{L}\p{N}'’-])\p{Ll}[\p{L}'’-]*+")

__all__ = ["BylineParser", "parse_byline"]


# ---------------------------------------------------------------- tokens

# One token per match; every alternative is possessive or delimited, and the
# alternatives that could re-scan a run of word characters (e-mail, URL, handle) only
# start where such a run starts, so tokenising is linear.
_TOKEN: Final = regex.compile(
    r"(?P<space>\s++)"
    r"|(?P<email>(?<![\w.+\-])[\w.+\-]++@[\w\-]++(?:\.[\w\-]++)++)"
    r"|(?P<url>(?<![\w/])(?:https?://|www\.)[^\s<>\"'|]++)"
    r"|(?P<handle>(?<![\w@])@\w++(?:\.\w++)*+)"
    r"|(?P<time>(?<![\w:.])[012]?\d[:h.][0-5]\d(?!\d)(?:\s?+(?:[ap]\.?\s?m\b\.?+|[AP]M\b))?+)"
    r"|(?P<dur>(?<!\w)\d{1,3}\s?+(?:min(?:ute)?s?|Min)\b\.?+(?:\s++read\b)?+)"
    r"|(?P<word>\p{L}[\p{L}\p{M}]*+(?:(?:['’\-‐‑]|\.(?=\p{L}))\p{L}[\p{L}\p{M}]*+)*+)"
    r"|(?P<digits>\d++)"
    r"|(?P<char>.)",
    regex.V1 | regex.DOTALL,
)
_NEWLINES: Final = frozenset("\n\r\u2028\u2029\x0b\x0c\x85")
_DASHES: Final = frozenset("-–—―‐‑−")
_SEP_CHARS: Final = frozenset(",;|/•·()[]{}<>\\") | _DASHES
_SENTENCE_CHARS: Final = frozenset("!?¡¿…\"“”„«»")

# Token kinds (Final: the compiled build inlines them instead of looking them up).
_WORD: Final = "word"
_DOMAIN: Final = "domain"
_DATE: Final = "date"
_TIME: Final = "time"
_EMAIL: Final = "email"
_URL: Final = "url"
_HANDLE: Final = "handle"
_DIGITS: Final = "digits"
_SEP: Final = "sep"
_COLON: Final = "colon"
_PERIOD: Final = "period"
_SENTENCE: Final = "sentence"
_AMP: Final = "amp"
_JUNK: Final = "junk"
_DATEISH: Final = frozenset({_DATE, _TIME})
_BOUNDARY_KINDS: Final = frozenset({_SEP, _COLON, _PERIOD, _SENTENCE, _AMP, _DATE, _TIME})

# Analysis modes.
_LENIENT: Final = 0
_STRICT: Final = 1
_CREDIT: Final = 2


class _Tok:
    """One token: kind, offsets into the source, text and folded key."""

    __slots__ = ("end", "glued", "key", "kind", "start", "text", "value")

    def __init__(self, kind: str, start: int, end: int, text: str, key: str, glued: bool) -> None:
        self.kind = kind
        self.start = start
        self.end = end
        self.text = text
        self.key = key
        self.value: dt.date | dt.datetime | None = None
        self.glued = glued  # no white space before it


def _is_cap(tok: _Tok, strict: bool) -> bool:
    """A word that can stand in a name: capitalised, or (leniently) in an uncased script."""
    c = tok.text[:1]
    if c.isupper() or c.istitle():
        return True
    return not strict and not c.islower() and c.isalpha()


class _Phrases:
    """Multi-token phrases looked up by their first token's key, longest first."""

    def __init__(self, phrases: Iterable[str]) -> None:
        table: dict[str, list[tuple[str, ...]]] = {}
        for phrase in sorted(set(phrases)):
            keys = _phrase_keys(phrase)
            if keys:
                table.setdefault(keys[0], []).append(keys)
        for options in table.values():
            options.sort(key=lambda k: (-len(k), k))
        self._table = table

    def match(self, toks: list[_Tok], i: int, end: int | None = None) -> int:
        """How many tokens from ``i`` a phrase covers (0 when none does)."""
        stop = len(toks) if end is None else end
        if i >= stop:
            return 0
        options = self._table.get(toks[i].key)
        if not options:
            return 0
        for keys in options:
            n = len(keys)
            if i + n <= stop and all(toks[i + k].key == keys[k] for k in range(1, n)):
                return n
        return 0


def _sep_key(ch: str) -> str:
    return "-" if ch in _DASHES else ch


def _phrase_keys(phrase: str) -> tuple[str, ...]:
    keys: list[str] = []
    for m in _TOKEN.finditer(phrase):
        kind = m.lastgroup
        if kind == "space":
            continue
        keys.append(fold_word(m.group()) if kind == "word" else _sep_key(m.group()))
    return tuple(keys)


class _Tables:
    """The phrase tables of one parser class."""

    def __init__(self, cls: type[BylineParser]) -> None:
        self.prefixes = _Phrases(cls.PREFIXES)
        self.cuts = _Phrases(cls.CUT_PHRASES)
        self.desks = _Phrases(cls.DESK_NAMES)
        self.outlets = _Phrases(cls.OUTLETS)
        self.outlet_preps = _Phrases(cls.OUTLET_PREPS)
        self.role_suffixes = frozenset(cls.ROLE_SUFFIXES)
        self.role_suffix_lengths = tuple(sorted({len(x) for x in cls.ROLE_SUFFIXES}))
        # For BylineParser.is_role_word: a suffix shorter than a word ends it when it ends
        # the word less its first character (one ``str.endswith`` for them all); the
        # empty suffix, if listed, stands for the whole word (``key[-0:]``).
        self.role_suffix_tuple = tuple(sorted(x for x in self.role_suffixes if x))
        self.empty_role_suffix = "" in self.role_suffixes
        authors = sorted(cls.CREDIT_AUTHOR_PHRASES, key=len, reverse=True)
        others = sorted(cls.CREDIT_OTHER_PHRASES, key=len, reverse=True)

        def alt(phrases: list[str]) -> str:
            return "|".join(r"\s++".join(regex.escape(w) for w in p.split()) for p in phrases) or "(?!)"

        self.credits = regex.compile(
            r"(?<!\w)(?:(?P<a>" + alt(authors) + r")|(?P<o>" + alt(others) + r"))(?!\w)",
            regex.V1 | regex.IGNORECASE)


# ---------------------------------------------------------------- analysis state

class _Draft:
    """An author being assembled: name tokens and the spans of what the line says."""

    __slots__ = ("core", "email", "handle", "kind", "location", "outlet", "role", "toks")

    def __init__(self, toks: list[_Tok], core: int, kind: str = "person") -> None:
        self.toks = toks
        self.core = core
        self.role: tuple[int, int] | None = None
        self.location: tuple[int, int] | None = None
        self.outlet: tuple[int, int] | None = None
        self.email: str | None = None
        self.handle: str | None = None
        self.kind = kind


class _State:
    """What one analysis found."""

    def __init__(self) -> None:
        self.authors: list[_Draft] = []
        self.desks: list[_Draft] = []
        self.outlet: tuple[int, int] | None = None
        self.published: dt.date | dt.datetime | None = None
        self.ok = True  # strict mode: nothing unexplained met
        self.has_prefix = False
        self.chunks = 0  # chunks with content
        self.first_kind: str | None = None
        self.pseudo: tuple[_Tok, _Tok] | None = None  # whole single chunk usable as one name
        self.pseudo_plain = False  # the name found in that chunk has no role/place/outlet


# ---------------------------------------------------------------- the parser

@mypyc_attr(allow_interpreted_subclasses=True)
class BylineParser:
    """Finds authors, roles, places and outlets in a byline.

    Vocabularies are class attributes holding folded forms (lower case, no accents, no
    trailing dot); multi-word entries are phrases matched token by token.  Extend them
    in a subclass; hook methods (:meth:`is_role_word`, :meth:`is_connector`,
    :meth:`is_social_word`, :meth:`looks_like_outlet`) can be overridden too.
    """

    #: Phrases that open a byline (matched at its start; a ``:`` or dash after them is skipped).
    PREFIXES: ClassVar[frozenset[str]] = frozenset({
        # English
        "by", "written by", "article written by", "words by", "words :", "text by", "story by",
        "posted by", "published by", "report by", "reporting by", "author :", "authors :",
        "about the author", "byline :",
        # German
        "von", "veröffentlicht von", "erstellt von", "artikel von", "geschrieben von",
        "ein beitrag von", "beitrag von", "ein kommentar von", "kommentar von", "text von",
        "text :", "autor :", "autorin :", "autoren :", "autorinnen :", "verfasst von",
        # Spanish and Portuguese
        "por", "escrito por", "redactado por", "texto :", "texto de", "autor", "autora :",
        "publicado por",
        # French
        "par", "écrit par", "rédigé par", "un article de", "auteur :", "auteure :", "auteurs :",
        "texte :",
        # Italian
        "di", "a cura di", "scritto da", "testo di", "autore :", "autrice :",
    })
    #: Phrases after which nothing of a byline is about its authors any more.
    CUT_PHRASES: ClassVar[frozenset[str]] = frozenset({
        "reviewed by", "medically reviewed by", "fact checked by", "fact-checked by", "edited by",
        "view all posts by", "view all posts", "all posts by", "see all posts", "more from",
        "more by", "more articles by", "more stories by", "see all articles", "read more",
        "published", "updated", "last updated", "first published", "originally published",
        "posted on", "last modified", "modified", "photos by", "photo by", "photography by",
        "pictures by", "images by", "illustration by", "illustrations by", "video by",
        "min read", "minute read", "minutes read", "reading time", "read time",
        # German
        "zeige alle beiträge von", "alle beiträge von", "mehr von", "mehr artikel von",
        "weitere artikel von", "veröffentlicht am", "aktualisiert", "aktualisiert am",
        "zuletzt aktualisiert", "lesezeit", "fotos von", "foto von", "bilder von",
        # Spanish, Portuguese, French, Italian
        "actualizado", "actualizada", "publicado", "publicada", "atualizado", "fotos de",
        "más de", "ver más", "mis à jour", "publié", "publié le", "modifié", "aggiornato",
        "pubblicato", "temps de lecture", "tiempo de lectura",
    })
    #: Role words: a name next to one is described by it (``Political Editor``).
    ROLE_WORDS: ClassVar[frozenset[str]] = frozenset({
        # English
        "correspondent", "correspondents", "editor", "editors", "reporter", "reporters",
        "writer", "writers", "columnist", "columnists", "critic", "photographer",
        "photojournalist", "producer", "contributor", "contributors", "journalist",
        "journalists", "staff", "stringer", "freelancer", "intern", "blogger", "analyst",
        "commentator", "presenter", "anchor", "cartoonist", "illustrator", "videographer",
        "reviewer", "expert", "professor", "researcher", "lecturer", "economist", "strategist",
        "author", "newsreader", "broadcaster", "sub-editor", "subeditor", "contributing",
        # German
        "korrespondent", "korrespondentin", "redakteur", "redakteurin", "experte", "expertin",
        "autorin", "reporterin", "journalistin", "kolumnist", "kolumnistin", "kritiker",
        "kritikerin", "fotograf", "fotografin", "mitarbeiter", "mitarbeiterin", "volontär",
        "volontärin", "ressortleiter", "ressortleiterin", "redaktion",
        # Spanish, Portuguese
        "corresponsal", "redactor", "redactora", "periodista", "enviado", "enviada",
        "columnista", "editora", "fotógrafo", "fotógrafa", "cronista", "colaborador",
        "colaboradora", "jornalista", "correspondente", "repórter", "colunista",
        # French
        "journaliste", "correspondant", "correspondante", "envoyé", "envoyée", "rédacteur",
        "rédactrice", "chroniqueur", "chroniqueuse", "éditorialiste", "photographe", "pigiste",
        # Italian
        "giornalista", "corrispondente", "inviato", "inviata", "redattore", "redattrice",
        "editorialista", "fotografo",
    })
    #: Endings of compound role words (German ``Wirtschaftsredakteur``, ``FOCUS-Online-Experte``).
    ROLE_SUFFIXES: ClassVar[frozenset[str]] = frozenset({
        "redakteur", "redakteurin", "korrespondent", "korrespondentin", "experte", "expertin",
        "reporter", "reporterin", "journalist", "journalistin", "kolumnist", "kolumnistin",
        "kritiker", "kritikerin", "fotograf", "fotografin", "autorin", "mitarbeiter",
        "mitarbeiterin", "correspondent", "editor", "writer",
    })
    #: Words that are roles only when followed by ``of``/``de``... (``Head of Showbiz``).
    ROLE_HEADS: ClassVar[frozenset[str]] = frozenset({
        "head", "chief", "director", "deputy", "leiter", "leiterin", "chef", "jefe", "jefa",
        "directeur", "directrice", "responsable", "capo", "host", "founder", "member",
    })
    #: Words that link a role head to its field.
    ROLE_HEAD_LINKS: ClassVar[frozenset[str]] = frozenset({
        "of", "de", "du", "des", "der", "del", "di", "della", "for", "für",
    })
    #: Last words of outlet names (``Los Angeles Times``, ``The Canadian Press``).
    OUTLET_WORDS: ClassVar[frozenset[str]] = frozenset({
        "press", "times", "post", "news", "herald", "journal", "tribune", "telegraph",
        "guardian", "gazette", "chronicle", "observer", "mail", "express", "review",
        "magazine", "daily", "weekly", "star", "bulletin", "courier", "examiner", "online",
        "network", "radio", "tv", "television", "agency", "wire", "media", "newsroom",
        "networks", "newspaper", "newspapers", "blog", "magazin", "zeitung", "nachrichten", "rundschau",
        "kurier", "presse", "anzeiger", "allgemeine", "diario", "periódico", "noticias",
        "prensa", "quotidien", "gazzetta", "corriere", "jornal", "globe", "reporter",
    })
    #: Outlet and agency names, whole.
    OUTLETS: ClassVar[frozenset[str]] = frozenset({
        "associated press", "the associated press", "ap", "afp", "agence france-presse",
        "agence france presse", "reuters", "thomson reuters", "bloomberg", "bloomberg news",
        "cnn", "bbc", "bbc news", "nbc", "nbc news", "cbs", "cbs news", "abc", "abc news",
        "npr", "pbs", "fox news", "msnbc", "ctv", "cbc", "cbc news", "dpa", "epd", "kna",
        "apa", "sda", "ansa", "efe", "europa press", "upi", "xinhua", "tass", "ria novosti",
        "kyodo", "yonhap", "pa", "pa media", "press association", "aap", "canadian press",
        "the canadian press", "axios", "politico", "buzzfeed", "buzzfeed news", "huffpost",
        "huffington post", "the huffington post", "techcrunch", "the verge", "forbes",
        "newsweek", "al jazeera", "sky news", "itv news", "rte", "rté", "dw", "deutsche welle",
        "ard", "zdf", "spiegel online", "der spiegel", "die zeit", "zeit online", "faz",
        "le monde", "le figaro", "libération", "el país", "el mundo", "clarín",
    })
    #: Acronyms of this length or shorter are outlets only when printed in capitals.
    OUTLET_ACRONYM_MAX: ClassVar[int] = 4
    #: Top-level domains: a word like ``Metro.co.uk`` is an outlet.
    TLDS: ClassVar[frozenset[str]] = frozenset({
        "com", "net", "org", "uk", "de", "fr", "es", "it", "pt", "ch", "at", "io", "nz", "au",
        "ca", "ie", "info", "news", "us", "eu", "br", "mx", "ar", "co", "in", "be", "nl",
    })
    #: Phrases introducing the outlet an author writes for (``for Metro.co.uk``).
    OUTLET_PREPS: ClassVar[frozenset[str]] = frozenset({
        "for", "für", "para", "pour", "per", "special to", "exclusive to", "writing for",
    })
    #: Words introducing where the author is (``in Beirut``, ``at the Liberty Stadium``).
    PLACE_PREPS: ClassVar[frozenset[str]] = frozenset({"in", "at", "aus", "en", "desde", "à", "from"})
    #: Lower-case name particles (``de la Cruz``, ``von Aachen``).
    PARTICLES: ClassVar[frozenset[str]] = frozenset({
        "de", "da", "das", "do", "dos", "di", "del", "della", "delle", "dello", "degli", "du",
        "des", "la", "le", "lo", "van", "von", "der", "den", "ter", "ten", "te", "zu", "vom",
        "zum", "zur", "bin", "ibn", "ben", "al", "el", "af", "av", "ap", "st", "ste", "san",
        "mac", "op", "het", "d'", "l'", "y",
    })
    #: Words joining authors; single letters only count in lower case.
    CONNECTORS: ClassVar[frozenset[str]] = frozenset({"and", "und", "y", "et", "e", "i", "og", "och", "&"})
    #: Words standing before a date that belong to it (``on Mon, 7 Dec``, ``am 29. Mai``).
    DATE_CONNECTORS: ClassVar[frozenset[str]] = frozenset({
        "on", "am", "le", "el", "den", "vom", "del", "à", "at", "um", "il", "em", "dated",
    })
    #: Words right after a date or time that belong to it.
    TIME_WORDS: ClassVar[frozenset[str]] = frozenset({
        "uhr", "h", "hrs", "est", "edt", "cst", "cdt", "mst", "pst", "pdt", "gmt", "bst", "utc",
        "cet", "cest", "mez", "mesz", "et", "pt", "aest", "aedt", "ist", "hs",
    })
    #: Social and contact words dropped from bylines.
    SOCIAL_WORDS: ClassVar[frozenset[str]] = frozenset({
        "twitter", "facebook", "instagram", "linkedin", "email", "e-mail", "follow", "bio",
        "rss", "youtube", "tiktok", "mastodon", "whatsapp", "telegram", "threads", "bluesky",
        "contact", "website", "homepage", "profile", "folgen", "seguir", "suivre", "x.com",
    })
    #: Social words after which one capitalised word is a link label (``Email Jamie``).
    SOCIAL_LABELS: ClassVar[frozenset[str]] = frozenset({"email", "e-mail", "follow", "contact"})
    #: Collective bylines that stand for the outlet itself.
    DESK_NAMES: ClassVar[frozenset[str]] = frozenset({
        "editorial", "the editorial board", "editorial board", "editorial staff", "the editors",
        "staff and agencies", "staff and wire reports", "staff and wire services",
        "wire reports", "wire services", "agencies", "news agencies", "staff reports",
        "from staff reports", "news desk", "newsdesk", "web desk", "online desk", "digital desk",
        "redacción", "la redacción", "redaktion", "die redaktion", "rédaction", "la rédaction",
        "redazione", "la redazione", "redação", "a redação", "agencias", "agences",
    })
    #: Words that start an outlet name rather than a person's (``The Moon``).
    OUTLET_LEADS: ClassVar[frozenset[str]] = frozenset({"the"})
    #: Words a pseudonym or collective name may hold in lower case (``First Dog on the Moon``).
    FUNCTION_WORDS: ClassVar[frozenset[str]] = frozenset({
        "on", "the", "of", "de", "du", "des", "la", "le", "les", "el", "los", "las", "a", "an",
        "von", "der", "die", "das", "di", "da", "del", "della", "van",
    })
    #: Abbreviations whose dot belongs to the word (``St. John``, ``Jr.``).
    ABBREVIATIONS: ClassVar[frozenset[str]] = frozenset({
        "st", "ste", "jr", "sr", "dr", "mr", "mrs", "ms", "prof", "mme", "mlle", "hon", "rev",
        "gen", "col", "capt", "lt", "sgt",
    })
    #: Words a line in an article's front matter may not call a name (strict mode): function
    #: words, heading words, titles.
    NOT_NAME_WORDS: ClassVar[frozenset[str]] = frozenset({
        "the", "a", "an", "of", "in", "on", "at", "to", "for", "with", "and", "or", "but",
        "from", "by", "as", "is", "are", "was", "were", "be", "has", "have", "had", "how", "why",
        "what", "when", "where", "who", "which", "this", "that", "these", "those", "it", "its",
        "my", "your", "our", "their", "his", "her", "we", "you", "they", "he", "she", "i",
        "not", "no", "new", "more", "most", "all", "any", "some", "every", "after", "before",
        "over", "under", "into", "about", "than", "will", "can", "could", "would", "should",
        "says", "said", "live", "latest", "breaking", "update", "updates", "news", "world",
        "politics", "business", "opinion", "opinions", "sport", "sports", "culture", "science",
        "health", "technology", "tech", "travel", "lifestyle", "entertainment", "weather",
        "video", "videos", "watch", "photo", "photos", "gallery", "analysis", "comment",
        "review", "reviews", "middle", "east", "west", "north", "south", "climate", "change",
        "economy", "markets", "market", "money", "home", "uk", "us", "usa", "europe", "asia",
        "africa", "america", "australia", "national", "international", "local", "president",
        "prime", "minister", "senator", "governor", "mayor", "king", "queen", "prince",
        "princess", "pope", "chancellor", "secretary", "general", "judge", "mr", "mrs", "ms",
        "area", "bay", "valley", "region", "coast", "beach", "mountains", "islands", "republic",
        "kingdom", "province", "district", "airport", "station", "square", "bridge", "harbour",
        "dr", "sir", "dame", "lord", "lady", "island", "city", "county", "state", "university",
        "college", "school", "street", "road", "river", "lake", "park", "centre", "center",
        "hospital", "church", "club", "united", "fc", "league", "cup", "party", "government",
        "police", "court", "council", "ministry", "department", "company", "group", "inc",
        "ltd", "corp", "bank", "day", "week", "year", "today", "yesterday", "tomorrow",
        "morning", "evening", "night", "weekend", "season", "story", "stories", "part",
        "chapter", "episode", "top", "best", "first", "last", "one", "two", "three", "million",
        "billion", "free", "inside", "exclusive", "special", "report", "podcast", "newsletter",
        "subscribe", "sign", "login", "menu", "search", "share", "print", "comments",
        "advertisement", "sponsored", "related", "read", "contents", "page", "warning",
        "der", "die", "das", "und", "el", "los", "las", "les", "et", "le", "il",
    })
    #: Credit phrases naming the story's writers (``Reporting by``).
    CREDIT_AUTHOR_PHRASES: ClassVar[frozenset[str]] = frozenset({
        "reporting by", "additional reporting by", "reported by", "writing by", "written by",
        "compiled by", "text by", "words by", "story by", "with reporting by", "reporting from",
        "mit material von", "texto de", "redacción de", "reportage de", "texte de",
    })
    #: Credit phrases naming others (editors, graphics...), whose names are not authors.
    CREDIT_OTHER_PHRASES: ClassVar[frozenset[str]] = frozenset({
        "editing by", "edited by", "additional editing by", "graphics by", "photos by",
        "photo by", "photography by", "design by", "illustration by", "produced by",
        "production by", "fact-checking by", "fact checking by", "research by", "video by",
        "translated by", "translation by", "edición de", "edición", "édition", "redigiert von",
    })
    #: Verbs of an author bio: ``Jane Doe is the ... reporter for ...``.
    BIO_VERBS: ClassVar[frozenset[str]] = frozenset({
        "is", "was", "ist", "war", "es", "fue", "est", "è", "é", "era", "has been", "writes",
    })
    #: How far from a line's start a bio's verb may stand (after a name of a few words).
    BIO_VERB_REACH: ClassVar[int] = 100
    #: Articles after a bio verb.
    BIO_ARTICLES: ClassVar[frozenset[str]] = frozenset({
        "a", "an", "the", "ein", "eine", "der", "die", "un", "una", "el", "la", "le", "il",
        "o", "uma", "um", "lo",
    })
    #: Words introducing the outlet in a bio (``reporter for el Nuevo Herald``).
    BIO_OUTLET_PREPS: ClassVar[frozenset[str]] = frozenset({
        "for", "at", "with", "of", "für", "bei", "de", "del", "du", "pour", "para", "per", "da",
    })
    #: Longest text :meth:`match_line` considers a byline.
    MAX_LINE_CHARS: ClassVar[int] = 400
    #: A line (in ``match_line``) with more lower-case words than this is prose.
    MAX_LINE_LOWER_WORDS: ClassVar[int] = 8
    #: Most name tokens (particles included) :meth:`match_line` accepts in one name.
    MAX_NAME_TOKENS: ClassVar[int] = 6
    #: The date vocabulary (swap in a subclass of :class:`DateInfo` for more languages).
    DATE_INFO: ClassVar[type[DateInfo]] = DateInfo

    _TABLES: ClassVar[dict[type, _Tables]] = {}

    # ------------------------------------------------------------ public API

    def parse(self, text: str, offset: int = 0) -> Byline | None:
        """A byline string as scraped from a page -> :class:`Byline` (lenient).

        Returns ``None`` when the string names nobody.  The span covers the stripped text
        (``offset`` added to every span).
        """
        span = strip_span(text, 0, len(text))
        if not len(span):
            return None
        st = self._analyse(text, span.start, span.end, _LENIENT)
        self._use_pseudonym(st)
        byline = self._byline(text, span, st, offset)
        if byline is not None and self._outlets_only(byline):
            return None  # "By The Associated Press": an outlet, no author
        return byline

    def _outlets_only(self, byline: Byline) -> bool:
        """Are all the byline's "authors" outlets of ``OUTLETS`` (``By Associated Press``)?"""
        return bool(byline.authors) and all(
            " ".join(a.name.casefold().split()) in self.OUTLETS for a in byline.authors)

    def match_line(self, text: str, offset: int = 0) -> Byline | None:
        """A line near the top of an article that *is* a byline -> :class:`Byline` (strict).

        The line must open with a byline prefix followed by names, or consist of person
        names only (with roles, places and outlets).  Anything else (a headline, a
        sentence, a caption, a place line) gives ``None``.
        """
        span = strip_span(text, 0, len(text))
        if not len(span) or len(span) > self.MAX_LINE_CHARS:
            return None
        # A cheap first look: a line with many lower-case words is prose, not a byline.
        limit = self.MAX_LINE_LOWER_WORDS
        if self._prose_words_over(text, span.start, span.end, limit) > limit:
            return None
        # A line that ends like a sentence ("... immer draußen.") is prose, not names.
        end_word = _SENTENCE_END.search(text, max(span.start, span.end - 40), span.end)
        if end_word is not None and end_word.group("word").casefold() not in self._abbreviations():
            return None
        st = self._analyse(text, span.start, span.end, _STRICT)
        if not st.ok or st.first_kind not in ("name", "desk"):
            return None
        for draft in st.authors:
            if not self._strict_name(draft):
                return None
        byline = self._byline(text, span, st, offset)
        # A line that names only an outlet ("By Associated Press") names no author.
        if byline is not None and self._outlets_only(byline):
            return None
        return byline

    _ABBREVS: ClassVar[dict[type, frozenset[str]]] = {}

    @classmethod
    def _abbreviations(cls) -> frozenset[str]:
        """``ABBREVIATIONS`` case-folded, without their dots (``Jr.`` -> ``jr``)."""
        return per_class(cls._ABBREVS, cls,
                         lambda: frozenset(a.strip(".").casefold() for a in cls.ABBREVIATIONS))

    def _prose_words(self, text: str, start: int, end: int) -> int:
        """How many lower-case words of ``text[start:end]`` are not byline glue words."""
        return self._prose_words_over(text, start, end, None)

    def _prose_words_over(self, text: str, start: int, end: int, limit: int | None) -> int:
        """:meth:`_prose_words`, counting no further than one past ``limit`` (when given):
        enough to tell whether there are more than ``limit``."""
        glue = self._glue_words()
        words = _LOWER_WORD.findall(text, start, end)
        if limit is None or len(words) <= limit:
            return len(list(itertools.filterfalse(glue.__contains__, words)))
        return len(list(itertools.islice(itertools.filterfalse(glue.__contains__, words), limit + 1)))

    _GLUE: ClassVar[dict[type, frozenset[str]]] = {}

    @classmethod
    def _glue_words(cls) -> frozenset[str]:
        """Lower-case words that bylines are made with: particles, connectors, prepositions."""
        return per_class(cls._GLUE, cls, lambda: frozenset(w.casefold() for w in (
            *cls.PARTICLES, *cls.CONNECTORS, *cls.PLACE_PREPS, *cls.OUTLET_PREPS, *cls.FUNCTION_WORDS)))

    def authors_from_credits(self, text: str, offset: int = 0) -> tuple[Author, ...]:
        """Authors named by trailing credit text (``Reporting by ...``) or an author bio.

        Editors and other credited people are not authors.  Spans point into ``text``
        with ``offset`` added.
        """
        if not text:
            return ()
        drafts: list[_Draft] = []
        tables = self._tables()
        stops = [m.start() for m in _CLAUSE_STOP.finditer(text)]
        matches = list(tables.credits.finditer(text))
        for k, m in enumerate(matches):
            if m.group("a") is None:
                continue
            end = matches[k + 1].start() if k + 1 < len(matches) else len(text)
            s = bisect.bisect_left(stops, m.end())
            if s < len(stops):
                end = min(end, stops[s])
            st = self._analyse(text, m.end(), end, _CREDIT)
            drafts.extend(st.authors)
        hint = self._bio_hint()
        for line in self._line_starts(text):
            stop = min(len(text), line + 600)
            # A bio's verb follows the name ("Jane Doe is ..."): none near the line start, no bio.
            if hint.search(text, line, min(stop, line + self.BIO_VERB_REACH)) is None:
                continue
            bio = self._bio(text, line, stop)
            if bio is not None:
                drafts.append(bio)
        return self._authors(text, drafts, offset)

    _BIO_HINTS: ClassVar[dict[type, regex.Pattern[str]]] = {}

    @classmethod
    def _bio_hint(cls) -> regex.Pattern[str]:
        """Any of ``BIO_VERBS`` as a word: every author bio has one."""
        pat = cls._BIO_HINTS.get(cls)
        if pat is None:
            words = sorted(cls.BIO_VERBS, key=lambda w: (-len(w), w))
            pat = regex.compile(r"(?<![\p{L}\p{N}])(?i:" + "|".join(regex.escape(w) for w in words)
                                + r")(?![\p{L}\p{N}])")
            cls._BIO_HINTS[cls] = pat
        return pat

    # ------------------------------------------------------------ hooks

    def is_role_word(self, key: str) -> bool:
        """Whether a folded word names a role (``editor``, ``Wirtschaftsredakteur``)."""
        if key in self.ROLE_WORDS:
            return True
        if "-" in key and any(part in self.ROLE_WORDS for part in key.split("-")):
            return True
        tables = self._tables()
        # ``any(len(key) > n and key[-n:] in role_suffixes for n in role_suffix_lengths)``
        return key[1:].endswith(tables.role_suffix_tuple) or (
            tables.empty_role_suffix and key != "" and key in tables.role_suffixes)

    def is_connector(self, tok_text: str, key: str) -> bool:
        """Whether a word joins two authors; one-letter connectors only in lower case."""
        if key not in self.CONNECTORS:
            return False
        return len(key) > 1 or tok_text.islower() or not tok_text.isalpha()

    def is_social_word(self, key: str) -> bool:
        """Whether a folded word is a social or contact label (``Twitter``, ``Email``)."""
        return key in self.SOCIAL_WORDS

    def looks_like_outlet(self, words: list[str], first_chunk: bool, before_role: bool) -> bool:
        """Whether capitalised words (folded) name an outlet rather than a person.

        ``Los Angeles Times`` does; a two-word name ending in an outlet word (``Emily
        Post``) does only when it is not the line's first name or a role follows it
        (``Daily Mail Reporter``).
        """
        if not words:
            return False
        if words[0] in self.OUTLET_LEADS:
            return True
        if words[-1] in self.OUTLET_WORDS:
            return len(words) >= 3 or not first_chunk or before_role
        return False

    # ------------------------------------------------------------ tables and tokens

    @classmethod
    def _tables(cls) -> _Tables:
        found = cls._TABLES.get(cls)  # built already: no call, no closure
        return found if found is not None else per_class(cls._TABLES, cls, lambda: _Tables(cls))

    def _tokens(self, text: str, start: int, end: int) -> list[_Tok]:
        """The non-space tokens of ``text[start:end]``; line breaks become separators."""
        dates = [d for d in self.DATE_INFO.finditer(text, start, end)]
        out: list[_Tok] = []
        pos, di, glued = start, 0, True
        while pos < end:
            if di < len(dates) and dates[di].start <= pos:
                d = dates[di]
                di += 1
                if d.start < pos:
                    continue
                tok = _Tok(_DATE, d.start, d.end, d.text, "", glued)
                tok.value = d.value()
                out.append(tok)
                pos, glued = d.end, True
                continue
            stop = dates[di].start if di < len(dates) else end
            # Some alternative matches at every place (``.`` takes any character), so the
            # matches tile the text up to ``stop``: one scan finds the tokens one by one.
            for m in _TOKEN.finditer(text, pos, stop):
                kind = m.lastgroup or "char"
                s, e = m.span()
                t = m.group()
                if kind == "space":
                    if any(c in _NEWLINES for c in t):
                        out.append(_Tok(_SEP, s, e, "\n", "\n", False))
                    glued = False
                    continue
                out.append(self._classify(kind, s, e, t, glued, out))
                glued = True
            pos = stop
        out = self._merge_dots(text, out)
        self._absorb_dates(out)
        return out

    def _classify(self, kind: str, s: int, e: int, t: str, glued: bool, out: list[_Tok]) -> _Tok:
        if kind == "word":
            key = fold_word(t)
            if "." in t:
                parts = key.split(".")
                if len(parts) >= 2 and parts[-1] in self.TLDS and len(parts[0]) >= 2:
                    return _Tok(_DOMAIN, s, e, t, key, glued)
            return _Tok(_WORD, s, e, t, key, glued)
        if kind in ("time", "dur"):
            return _Tok(_TIME, s, e, t, "", glued)
        if kind in (_EMAIL, _URL, _HANDLE):
            return _Tok(kind, s, e, t, "", glued)
        if kind == _DIGITS:
            # Digits glued to a word (``Doe123``) are noise inside the byline, not a break.
            if glued and out and out[-1].kind == _WORD and out[-1].end == s:
                return _Tok(_JUNK, s, e, t, "", glued)
            return _Tok(_DIGITS, s, e, t, "", glued)
        if t == ":":
            return _Tok(_COLON, s, e, t, ":", glued)
        if t == ".":
            return _Tok(_PERIOD, s, e, t, ".", glued)
        if t == "&":
            return _Tok(_AMP, s, e, t, "&", glued)
        if t in _SEP_CHARS:
            return _Tok(_SEP, s, e, t, _sep_key(t), glued)
        if t in _SENTENCE_CHARS:
            return _Tok(_SENTENCE, s, e, t, t, glued)
        return _Tok(_JUNK, s, e, t, "", glued)

    def _merge_dots(self, text: str, toks: list[_Tok]) -> list[_Tok]:
        """Give initials and abbreviations their dot (``R.C.``, ``St.``)."""
        out: list[_Tok] = []
        for tok in toks:
            a = out[-1] if out else None
            if (a is not None and tok.kind == _PERIOD and a.kind == _WORD and a.end == tok.start
                    and (len(a.key.replace(".", "")) == 1 or "." in a.text or a.key in self.ABBREVIATIONS)):
                a.end = tok.end
                a.text = text[a.start:a.end]
                continue
            out.append(tok)
        return out

    def _absorb_dates(self, toks: list[_Tok]) -> None:
        """Weekdays and connectors before a date, zones and ``Uhr`` after it, join the date."""
        weekdays = self.DATE_INFO.WEEKDAYS
        for k, tok in enumerate(toks):
            if tok.kind not in _DATEISH:
                continue
            b = k - 1
            if b >= 0 and toks[b].kind == _SEP and toks[b].key == ",":
                b -= 1
            if b >= 0 and toks[b].kind == _WORD and toks[b].key in weekdays:
                for j in range(b, k):
                    toks[j].kind = _DATE
                b -= 1
            if b >= 0 and toks[b].kind == _WORD and toks[b].key in self.DATE_CONNECTORS:
                toks[b].kind = _DATE
            a = k + 1
            if a < len(toks) and toks[a].kind == _WORD and toks[a].key in self.TIME_WORDS:
                toks[a].kind = _DATE

    # ------------------------------------------------------------ word tests

    def _role_at(self, toks: list[_Tok], k: int, end: int) -> bool:
        t = toks[k]
        if t.kind != _WORD:
            return False
        if self.is_role_word(t.key):
            return True
        return (t.key in self.ROLE_HEADS and k + 1 < end and toks[k + 1].kind == _WORD
                and toks[k + 1].key in self.ROLE_HEAD_LINKS)

    def _outlet_at(self, toks: list[_Tok], k: int, end: int) -> int:
        """Tokens covered by a known outlet name starting at ``k`` (short acronyms in capitals)."""
        n = self._tables().outlets.match(toks, k, end)
        if n == 1 and len(toks[k].key) <= self.OUTLET_ACRONYM_MAX and not toks[k].text.isupper():
            return 0
        return n

    def _is_particle(self, tok: _Tok) -> bool:
        return tok.kind == _WORD and tok.key in self.PARTICLES

    # ------------------------------------------------------------ analysis

    def _analyse(self, text: str, start: int, end: int, mode: int) -> _State:
        toks = self._tokens(text, start, end)
        tables = self._tables()
        st = _State()
        n = len(toks)
        i = 0
        strict = mode == _STRICT
        while i < n and toks[i].kind in (_JUNK, _DATE, _TIME, _SEP, _DIGITS, _URL, _HANDLE, _EMAIL):
            if toks[i].value is not None and st.published is None:
                st.published = toks[i].value
            i += 1
        if mode != _CREDIT:
            k = tables.prefixes.match(toks, i)
            if k:
                st.has_prefix = True
                i += k
                if i < n and toks[i].kind in (_COLON, _SEP) and toks[i].key in (":", "-"):
                    i += 1
        prev_boundary = "start"
        while i < n:
            desk = self._desk_at(toks, i, n, strict)
            if desk and strict and not st.authors and not _is_cap(toks[i], True):
                desk = 0  # a line opening in lower case is prose, not a desk byline
            if desk:
                d = _Draft(toks[i:i + desk], 0, kind="desk")
                st.desks.append(d)
                st.chunks += 1
                if st.first_kind is None:
                    st.first_kind = "desk"
                i += desk
                prev_boundary = "desk"
                if i >= n:
                    break
            j = i
            boundary = "end"
            n_words = 0  # words of the chunk so far, for telling a label from a name
            while j < n:
                t = toks[j]
                if tables.cuts.match(toks, j):
                    boundary = "cut"
                    break
                if t.kind in _DATEISH:
                    boundary = "date"
                    break
                if t.kind in _BOUNDARY_KINDS:
                    boundary = "conn" if t.kind == _AMP else t.kind
                    break
                if t.kind == _WORD:
                    if self.is_connector(t.text, t.key) and j > i:
                        boundary = "conn"
                        break
                    if j + 1 < n and toks[j + 1].kind == _COLON and (j == i or n_words >= 2):
                        boundary = "label"
                        break
                    n_words += 1
                j += 1
            if j > i:
                self._chunk(toks, i, j, st, mode, prev_boundary)
            if boundary in ("cut", "end"):
                break
            if boundary == "label":
                if strict and not (st.authors or st.desks):
                    st.ok = False
                break
            if boundary == "date":
                q = j
                while q < n and toks[q].kind in _DATEISH:
                    if toks[q].value is not None and st.published is None:
                        st.published = toks[q].value
                    q += 1
                if st.authors or st.desks:
                    break
            elif boundary == _PERIOD:
                if mode == _CREDIT:
                    break
                if strict and j + 1 < n and not (tables.cuts.match(toks, j + 1)
                                                 or toks[j + 1].kind in _DATEISH):
                    st.ok = False
            elif boundary in (_SENTENCE, _COLON) and strict:
                st.ok = False
            prev_boundary = boundary if boundary != _SEP else _SEP + toks[j].key
            i = j + 1
        if strict and prev_boundary == "conn" and i >= n:
            st.ok = False  # a line ending in "and" is cut short, not a byline
        return st

    def _desk_at(self, toks: list[_Tok], i: int, n: int, strict: bool) -> int:
        """Tokens of a desk byline starting at ``i`` (``Guardian staff and agencies``), or 0."""
        desks = self._tables().desks
        k = desks.match(toks, i)
        start_at = i
        if not k and toks[i].kind == _WORD and _is_cap(toks[i], True):
            k = desks.match(toks, i + 1)
            if k:
                k += 1
        if not k:
            return 0
        e = start_at + k
        # Capitalised words after the desk word are its outlet: "Redacción Diario Pagina Siete".
        while e < n and toks[e].kind in (_WORD, _JUNK) and (
                toks[e].kind == _JUNK or _is_cap(toks[e], strict) or self._is_particle(toks[e])):
            if toks[e].kind == _WORD and self.is_connector(toks[e].text, toks[e].key):
                break
            e += 1
        while e > start_at + k and toks[e - 1].kind != _WORD:
            e -= 1
        if (e < n and toks[e].kind == _WORD and not self.is_connector(toks[e].text, toks[e].key)
                and not self._tables().cuts.match(toks, e)):
            return 0  # "Editorial staff writer ...": a desk word inside a longer phrase
        return e - start_at

    def _leading_role(self, toks: list[_Tok], a: int, b: int, strict: bool) -> int | None:
        """Index of the last word of a role printed before the name (``Political editor``)."""
        words_seen = 0
        k = a
        while k < b and words_seen < 6:
            t = toks[k]
            if t.kind == _WORD:
                words_seen += 1
                if self._role_at(toks, k, b):
                    r = k
                    q = r + 1
                    while q < b and (toks[q].kind == _JUNK or (toks[q].kind == _WORD and (
                            self._role_at(toks, q, b) or not _is_cap(toks[q], strict)))):
                        if toks[q].kind == _WORD:
                            r = q
                        q += 1
                    run, _, _ = self._run(toks, r + 1, b, strict)
                    return r if len(run) >= 2 else None
            elif t.kind != _JUNK:
                return None
            k += 1
        return None

    def _run(self, toks: list[_Tok], p: int, b: int, strict: bool) -> tuple[list[_Tok], int, int]:
        """The name run from ``p``: capitalised words and the particles between them.

        Returns the run's tokens, the index after it and its count of core (non-particle)
        words.
        """
        run: list[_Tok] = []
        pending: list[_Tok] = []
        core = 0
        k = p
        after = p
        while k < b:
            t = toks[k]
            if t.kind == _JUNK:
                k += 1
                continue
            if t.kind != _WORD or self.is_social_word(t.key) or self._role_at(toks, k, b):
                break
            if self.is_connector(t.text, t.key):
                break
            if run and core >= 2 and self._outlet_at(toks, k, b):
                break
            if _is_cap(t, strict):
                if not run and t.key in self.OUTLET_LEADS:
                    break
                run.extend(pending)
                pending = []
                run.append(t)
                if len(run) == 1 or t.key not in self.PARTICLES:
                    core += 1
                after = k + 1
            elif run and t.key in self.PARTICLES:
                pending.append(t)
            else:
                break
            k += 1
        return run, after, core

    def _chunk(self, toks: list[_Tok], a: int, b: int, st: _State, mode: int, prev: str) -> None:
        """Read the tokens ``[a, b)`` between two boundaries into ``st``."""
        strict = mode == _STRICT
        words = [t for t in toks[a:b] if t.kind == _WORD]
        if not words and all(t.kind in (_JUNK, _DIGITS, _HANDLE, _EMAIL, _URL) for t in toks[a:b]):
            self._attach_contacts(toks, a, b, st.authors[-1] if st.authors else None)
            return
        st.chunks += 1
        first_chunk = st.chunks == 1
        # A whole chunk of capitalised and function words can be one pseudonym.
        if (first_chunk and mode == _LENIENT and words and _is_cap(words[0], False)
                and 2 <= len(words) <= 8 and all(t.kind in (_WORD, _JUNK) for t in toks[a:b])
                and all((_is_cap(w, False) or w.key in self.FUNCTION_WORDS) and not self.is_role_word(w.key)
                        and not self.is_social_word(w.key) for w in words)):
            st.pseudo = (words[0], words[-1])
        r = self._leading_role(toks, a, b, strict)
        p = a if r is None else r + 1
        run, after, core = self._run(toks, p, b, strict)
        rest = after
        # What follows the run without a separator: a role or other description?
        nxt = rest
        while nxt < b and toks[nxt].kind == _JUNK:
            nxt += 1
        role_follows = nxt < b and self._role_at(toks, nxt, b)
        described = False
        if nxt < b and toks[nxt].kind == _WORD and run:
            t = toks[nxt]
            described = not (t.key in self.PLACE_PREPS and not _is_cap(t, True)) and not (
                self._tables().outlet_preps.match(toks, nxt, b) and not _is_cap(t, True)) and not (
                self.is_social_word(t.key)) and not self._outlet_at(toks, nxt, b)
        if described and core >= 3:
            # "Rory Carroll Ireland correspondent": the words after the first two core words
            # belong to the description.
            kept: list[_Tok] = []
            seen = 0
            for t in run:
                if seen == 2 and not (t.key in self.PARTICLES and not _is_cap(t, True)):
                    break
                kept.append(t)
                if len(kept) == 1 or t.key not in self.PARTICLES:
                    seen += 1
            while kept and kept[-1].key in self.PARTICLES and len(kept) > 2:
                kept.pop()
            cut = run[len(kept)]
            run, core = kept, 2
            rest = toks.index(cut, a, b)
        if len(run) >= 2 and self.looks_like_outlet([t.key for t in run], first_chunk, role_follows):
            st.outlet = (run[0].start, run[-1].end)
            if st.first_kind is None:
                st.first_kind = "outlet"
            return
        # After a dash or pipe, a second name-like chunk is the site's name, not an author
        # ("Jane Doe — Nightjar Blog"); a repeated author collapses later anyway.
        site_tail = prev in (_SEP + "-", _SEP + "|") and bool(st.authors) and mode != _CREDIT
        # After a comma, capitalised words before a role word are the role of the author
        # before ("Jane Doe, Senior Political Editor").
        if role_follows and st.authors and prev == _SEP + "," and mode != _CREDIT:
            run = []
        if len(run) >= 2 and not site_tail:
            draft = _Draft(run, core)
            if r is not None:
                first = next(t for t in toks[a:r + 1] if t.kind == _WORD)
                draft.role = (first.start, toks[r].end)
            self._describe(toks, rest, b, draft, st, strict)
            st.authors.append(draft)
            if st.first_kind is None:
                st.first_kind = "name"
            st.pseudo_plain = (first_chunk and draft.role is None and draft.location is None
                               and draft.outlet is None)
            return
        self._other_chunk(toks, a, b, words, st, strict, prev)

    def _other_chunk(self, toks: list[_Tok], a: int, b: int, words: list[_Tok], st: _State,
                     strict: bool, prev: str) -> None:
        """A chunk naming nobody: a role, an outlet, contacts, or something unexplained."""
        if st.first_kind is None:
            st.first_kind = "other"
        last = st.authors[-1] if st.authors else None
        if any(self._role_at(toks, k, b) for k in range(a, b)):
            if last is not None and last.role is None and prev != "conn":
                last.role = (words[0].start, words[-1].end)
            if strict and (last is None or len(words) > 6):
                st.ok = False
            return
        k = toks.index(words[0], a, b) if words else b
        n_prep = self._tables().outlet_preps.match(toks, k, b)
        if n_prep and last is not None:
            # ", Special to The Sun" / ", for The Times": the outlet of the author before.
            sp, _ = self._capitalised_phrase(toks, k + n_prep, b)
            if sp is not None:
                last.outlet = last.outlet or sp
                return
        outlet = self._outlet_span(toks, a, b, words, strict)
        if outlet is not None:
            st.outlet = outlet
            return
        if all(self.is_social_word(w.key) for w in words):
            self._attach_contacts(toks, a, b, last)
            return
        if strict:
            # A short capitalised tail after a name ("Jane Doe | Sitename") is a site or place.
            capitalised = all(_is_cap(w, True) or self._is_particle(w) for w in words)
            if not (last is not None and prev != "conn" and capitalised and len(words) <= 3):
                st.ok = False

    def _outlet_span(self, toks: list[_Tok], a: int, b: int, words: list[_Tok],
                     strict: bool) -> tuple[int, int] | None:
        for t in toks[a:b]:
            if t.kind == _DOMAIN:
                return (t.start, t.end)
        if not words:
            return None
        k = toks.index(words[0], a, b)
        n = self._outlet_at(toks, k, b)
        if n and sum(1 for t in toks[k:k + n] if t.kind == _WORD) == len(words):
            return (words[0].start, words[-1].end)
        keys = [w.key for w in words]
        if all(_is_cap(w, strict) or w.key in self.FUNCTION_WORDS for w in words) and (
                (keys[0] in self.OUTLET_LEADS and len(words) >= 2) or keys[-1] in self.OUTLET_WORDS):
            return (words[0].start, words[-1].end)
        return None

    def _attach_contacts(self, toks: list[_Tok], a: int, b: int, draft: _Draft | None) -> None:
        if draft is None:
            return
        for t in toks[a:b]:
            if t.kind == _EMAIL and draft.email is None:
                draft.email = t.text
            elif t.kind == _HANDLE and draft.handle is None:
                draft.handle = t.text

    def _describe(self, toks: list[_Tok], k: int, b: int, draft: _Draft, st: _State, strict: bool) -> None:
        """Read what follows a name in its chunk: role, ``in Place``, ``for Outlet``, contacts."""
        tables = self._tables()
        desc: list[_Tok] = []
        has_role = False
        while k < b:
            t = toks[k]
            if t.kind == _EMAIL:
                draft.email = draft.email or t.text
            elif t.kind == _HANDLE:
                draft.handle = draft.handle or t.text
            elif t.kind == _DOMAIN:
                draft.outlet = draft.outlet or (t.start, t.end)
            elif t.kind == _WORD:
                lower = not _is_cap(t, True)
                n_prep = tables.outlet_preps.match(toks, k, b) if lower else 0
                if lower and (t.key in self.PLACE_PREPS or n_prep):
                    e, q = self._capitalised_phrase(toks, k + max(n_prep, 1), b)
                    if e is not None:
                        if n_prep and draft.outlet is None:
                            draft.outlet = e
                        elif not n_prep and draft.location is None:
                            draft.location = e
                        k = q
                        continue
                if self.is_social_word(t.key):
                    if t.key in self.SOCIAL_LABELS and k + 1 < b and toks[k + 1].kind == _WORD and (
                            _is_cap(toks[k + 1], True)) and (k + 2 >= b or toks[k + 2].kind != _WORD):
                        k += 1  # "Email Jamie": a link label, not a word of the byline
                    k += 1
                    continue
                n_out = self._outlet_at(toks, k, b)
                if n_out and not desc:
                    end_tok = toks[k + n_out - 1]
                    draft.outlet = draft.outlet or (t.start, end_tok.end)
                    k += n_out
                    continue
                desc.append(t)
                if self._role_at(toks, k, b):
                    has_role = True
            elif t.kind in (_URL, _DIGITS, _JUNK):
                pass
            k += 1
        if desc:
            if has_role:
                # The role runs from the description's first word to its last role word.
                last = max(i for i, t in enumerate(desc) if self.is_role_word(t.key)
                           or t.key in self.ROLE_HEADS or t.key in self.ROLE_HEAD_LINKS)
                end = desc[-1] if desc[last].key in self.ROLE_HEAD_LINKS else desc[last]
                if draft.role is None:
                    draft.role = (desc[0].start, end.end)
            elif strict:
                st.ok = False

    def _capitalised_phrase(self, toks: list[_Tok], k: int, b: int) -> tuple[tuple[int, int] | None, int]:
        """A place or outlet after ``in``/``for``: capitalised words, articles, particles."""
        first: _Tok | None = None
        last: _Tok | None = None
        q = k
        while q < b:
            t = toks[q]
            if t.kind == _DOMAIN:
                first = first or t
                last = t
            elif t.kind == _WORD and (_is_cap(t, True) or t.key in self.FUNCTION_WORDS
                                      or t.key in self.PARTICLES):
                if self.is_connector(t.text, t.key):
                    break
                if _is_cap(t, True):
                    first = first or t
                    last = t
                elif first is None and t.key not in self.FUNCTION_WORDS:
                    break
            elif t.kind != _JUNK:
                break
            q += 1
            if last is not None and q < b and toks[q].kind == _WORD and not (
                    _is_cap(toks[q], True) or toks[q].key in self.FUNCTION_WORDS
                    or toks[q].key in self.PARTICLES):
                break
        if first is None or last is None:
            return None, k
        # Stop right after the last capitalised word; trailing particles are not the place.
        end_index = toks.index(last, k, b) + 1
        begin = first.start if first.kind == _DOMAIN else self._phrase_start(toks, k, first)
        return (begin, last.end), end_index

    def _phrase_start(self, toks: list[_Tok], k: int, first: _Tok) -> int:
        # Keep a leading article ("the Liberty Stadium", "el Nuevo Herald").
        if k < len(toks) and toks[k] is not first and toks[k].kind == _WORD:
            return toks[k].start
        return first.start

    def _use_pseudonym(self, st: _State) -> None:
        """A lone chunk of capitalised and function words is one name (``First Dog on the Moon``)."""
        if st.pseudo is None or st.chunks != 1 or st.desks:
            return
        if st.authors and not (len(st.authors) == 1 and st.pseudo_plain):
            return
        first, last = st.pseudo
        if st.authors and st.authors[0].toks[-1] is last:
            return
        st.authors = [_Draft([first, last], 2, kind="pseudonym")]

    # ------------------------------------------------------------ credits and bios

    def _line_starts(self, text: str) -> list[int]:
        starts = [0]
        starts.extend(m.end() for m in _LINE_BREAKS.finditer(text))
        return [s for s in starts if s < len(text)]

    def _bio(self, text: str, start: int, end: int) -> _Draft | None:
        """``Jane Doe is the ... reporter for Outlet.`` at ``start`` -> a draft author."""
        toks = self._tokens(text, start, end)
        n = len(toks)
        i = 0
        while i < n and toks[i].kind == _JUNK:
            i += 1
        run, after, core = self._run(toks, i, n, True)
        if len(run) < 2 or core > 4 or any(t.key in self.NOT_NAME_WORDS for t in run):
            return None
        k = after
        if k >= n or toks[k].kind != _WORD:
            return None
        verb = self._match_words(toks, k, self.BIO_VERBS)
        if not verb:
            return None
        k += verb
        if k < n and toks[k].kind == _WORD and toks[k].key in self.BIO_ARTICLES:
            k += 1
        role_start = k
        last_role: _Tok | None = None
        while k < n and toks[k].kind in (_WORD, _SEP, _JUNK) and toks[k].key != ",":
            t = toks[k]
            if t.kind == _WORD and t.key in self.BIO_OUTLET_PREPS and not _is_cap(t, True) and last_role:
                break
            if t.kind == _WORD and self.is_role_word(t.key):
                last_role = t
            k += 1
        if last_role is None or role_start >= n:
            return None
        draft = _Draft(run, core)
        draft.role = (toks[role_start].start, last_role.end)
        if k < n and toks[k].kind == _WORD and toks[k].key in self.BIO_OUTLET_PREPS:
            q = k + 1
            first = q
            while q < n and toks[q].kind in (_WORD, _JUNK, _DOMAIN, _AMP) and q - first < 12:
                q += 1
            words = [t for t in toks[first:q] if t.kind in (_WORD, _DOMAIN)]
            while words and not (_is_cap(words[-1], True) or words[-1].kind == _DOMAIN):
                words.pop()
            if words and any(_is_cap(w, True) for w in words):
                draft.outlet = (words[0].start, words[-1].end)
        return draft

    def _match_words(self, toks: list[_Tok], k: int, phrases: frozenset[str]) -> int:
        """Length of the longest phrase of ``phrases`` (words) at ``k``."""
        best = 0
        for length in (2, 1):
            if (k + length <= len(toks) and all(t.kind == _WORD for t in toks[k:k + length])
                    and " ".join(t.key for t in toks[k:k + length]) in phrases):
                best = max(best, length)
        return best

    # ------------------------------------------------------------ results

    def _strict_name(self, draft: _Draft) -> bool:
        if draft.kind != "person":
            return True
        if not 2 <= draft.core <= 4 or len(draft.toks) > self.MAX_NAME_TOKENS:
            return False
        for t in draft.toks:
            if t.key in self.NOT_NAME_WORDS and not (t.key in self.PARTICLES and t is not draft.toks[0]):
                return False
            if not (t.text[:1].isupper() or t.key in self.PARTICLES):
                return False
        return True

    def _byline(self, text: str, span: Span, st: _State, offset: int) -> Byline | None:
        drafts = st.authors if st.authors else st.desks
        if st.outlet is not None:
            for d in drafts:
                if d.outlet is None:
                    d.outlet = st.outlet
        authors = self._authors(text, drafts, offset)
        if not authors:
            return None
        outlet = None if st.outlet is None else text[st.outlet[0]:st.outlet[1]]
        return Byline(text=text[span.start:span.end], span=span.shift(offset), authors=authors,
                      outlet=outlet, published=st.published)

    def _authors(self, text: str, drafts: list[_Draft], offset: int) -> tuple[Author, ...]:
        out: list[Author] = []
        seen: set[str] = set()
        for d in drafts:
            first, last = d.toks[0], d.toks[-1]
            printed = text[first.start:last.end]
            name = printed
            if d.kind != "pseudonym" and len(d.toks) > 1:
                # Stray symbols between the name's words are dropped from the name.
                gaps = "".join(text[x.end:y.start] for x, y in itertools.pairwise(d.toks))
                if gaps.strip():
                    name = " ".join(t.text for t in d.toks)
            key = " ".join(fold_word(w) for w in name.split())
            if not key or key in seen:
                continue
            seen.add(key)

            def piece(sp: tuple[int, int] | None) -> str | None:
                return None if sp is None else text[sp[0]:sp[1]]

            out.append(Author(
                name=name,
                span=Span(first.start + offset, last.end + offset),
                role=piece(d.role),
                outlet=piece(d.outlet),
                location=piece(d.location),
                email=d.email,
                handle=d.handle,
                kind="desk" if d.kind == "desk" else "person",
            ))
        return tuple(out)


_DEFAULT: Final = BylineParser()


def parse_byline(text: str) -> Byline | None:
    """A byline string (``By Jane Doe and John Roe, Associated Press``) -> :class:`Byline`."""
    return _DEFAULT.parse(text)
