"""Photo captions and credits: ``(AP Photo/Evan Vucci)``, ``Photograph: Jane Doe/Getty Images``.

Two parsers, both built like dateutil's ``parserinfo``: every vocabulary is a class
attribute that a subclass extends, and the patterns made from it are compiled once per
class (the cache is keyed by the class, so a subclass's words take effect)::

    class MyCredits(CreditParser):
        AGENCIES = CreditParser.AGENCIES | {"Hillside Pictures"}

    class MyPhotos(PhotoParser):
        credit_parser = MyCredits()

:class:`CreditParser` reads a piece of text that *is* a credit and says who took the
picture (``names``, as printed) and for whom (``agency``).  :class:`PhotoParser` finds the
credit inside a caption block (at the end, glued to the last sentence, or at the start)
and splits the block into caption and credit.

``Credit.agency`` is the printed text of the first run of agency parts, separators kept:
``Loïc Venance/AFP/Getty Images`` gives ``names=("Loïc Venance",)`` and
``agency="AFP/Getty Images"``; ``X/The New York Times via AP`` gives
``agency="The New York Times via AP"``.

Every search is linear: the patterns use possessive quantifiers and atomic groups, the
token loops only look at bounded windows (a credit is short), and any ``str`` is
accepted: junk gives ``None``.
"""

from __future__ import annotations

import functools
import itertools
import re
import unicodedata
from collections.abc import Iterable, Iterator
from typing import ClassVar, Final

import attrs
import regex

from ._cache import per_class
from ._compat import mypyc_attr
from .model import Credit, Photo, Span
from .text import _strip_bounds, strip_span

__all__ = ["CreditParser", "PhotoParser", "parse_caption", "parse_credit"]


# A word that starts with a lower-case letter.
_LOWER_WORD: Final = regex.compile(r"(?<![\p{L}\p{N}'’-])\p{Ll}[\p{L}'’-]*+")

_DIGIT: Final = regex.compile(r"\d")

# Where a marker may start: "©", "(" or a letter that no letter or digit precedes.
_MARKER_START: Final = regex.compile(r"[©(]|(?<![\p{L}\p{N}])\p{L}")
# The same, but a capital (or a letter of a caseless script) in place of any letter.
_CAPITAL_MARKER_START: Final = regex.compile(r"[©(]|(?<![\p{L}\p{N}])[\p{Lu}\p{Lt}\p{Lo}]")
# What a marker that may begin in lower case holds: the slash of ``ap`` (``AP Photo/``),
# the colon or ellipsis of ``colon`` (``photo:``).  Every other kind wants a capital.
_LOWER_MARKER_HINT: Final = regex.compile(r"[/:：|…]|\.\.\.")


def _fold(text: str) -> str:
    """Lower case without accents: ``Crédit`` -> ``credit``."""
    if text.isascii():  # nothing to decompose, no combining marks
        return text.casefold()
    if len(text) <= 40:  # words and short phrases repeat: remember them
        return _fold_short(text)
    return _fold_uncached(text)


def _fold_uncached(text: str) -> str:
    decomposed = unicodedata.normalize("NFKD", text)
    return "".join(c for c in decomposed if not unicodedata.combining(c)).casefold()


_fold_short = functools.lru_cache(maxsize=65536)(_fold_uncached)


def _alternation(words: Iterable[str]) -> str:
    """A regex alternation of ``words`` (and their accent-free forms), longest first.

    Longest first matters: alternation is ordered, so ``photograph`` must be tried before
    ``photo``.  Inner spaces match any run of white space.
    """
    forms: set[str] = set()
    for w in words:
        w = w.strip()
        if w:
            forms.add(w)
            forms.add(_fold(w))
    ordered = sorted(forms, key=lambda w: (-len(w), w))
    return "|".join(r"\s++".join(regex.escape(part) for part in w.split()) for w in ordered)


def _prefixes(words: Iterable[str]) -> frozenset[str]:
    """The case-folded first three characters of ``words`` (with and without accents), for
    the words whose third character is no space, hyphen or dot (see :func:`_short_words`)."""
    return frozenset(
        form[:3]
        for w in words
        for form in (w.strip().casefold(), _fold(w.strip()))
        if len(form) >= 3 and not form[:3].endswith((" ", "-", "."))
    )


def _short_words(words: Iterable[str]) -> frozenset[str]:
    """The case-folded ``words`` of one or two characters (``AP``, ``TT``), or that begin
    with such a word (``AP Images``, ``PA-Wire``)."""
    return frozenset(
        form[:2].rstrip(" -.")
        for w in words
        for form in (w.strip().casefold(), _fold(w.strip()))
        if form and (len(form) <= 2 or form[:3].endswith((" ", "-", ".")))
    )


# A prefix trie: character -> the trie of what may follow; "" marks a word's end.
_Trie = dict[str, "_Trie"]


def _trie_alternation(words: Iterable[str]) -> str:
    """A pattern, to be used case-insensitively, that matches where one of ``words``
    begins: a prefix trie, so that it costs a few character tests rather than one per
    word; ``(?!)`` for no words.  ASCII letters are taken in lower case (either case
    matches them alike); other characters as they are."""
    trie: _Trie = {}
    for w in sorted({"".join(c.lower() if c.isascii() else c for c in w) for w in words}, key=len):
        node = trie
        for k, c in enumerate(w):  # shorter words first: one that ends a branch is enough
            if "" in node:
                break
            node = node.setdefault(c, {})
            if k == len(w) - 1:
                node.clear()
                node[""] = {}

    def build(node: _Trie) -> str:
        branches = [regex.escape(c) + build(child) for c, child in sorted(node.items()) if c]
        if len(branches) == 1:
            # one way on: no group ("a(?:b(?:c))" is "abc"), which the engines take
            # several times longer to compile
            return branches[0]
        return "(?:" + "|".join(branches) + ")" if branches else ""

    return build(trie) or "(?!)"


def _candidate_starts(prefixes: frozenset[str], short: frozenset[str], capital: bool) -> regex.Pattern[str]:
    """:func:`_ascii_candidate_starts` for any text: the places of ``_MARKER_START`` (or,
    with ``capital``, ``_CAPITAL_MARKER_START``), each one character as there, where the
    text begins with an ASCII word of ``prefixes`` or ``short`` (in any case) or where one
    of the next three characters is not ASCII (there case folding may change lengths: the
    test alone decides)."""
    ascii_words = [w for w in prefixes | short if w.isascii() and w[:1].isalpha()]
    letter = r"[\p{Lu}\p{Lt}\p{Lo}]" if capital else r"\p{L}"
    non_ascii = r"[^\x00-\x7f]"
    head = (r"(?i:" + _trie_alternation(ascii_words) + r")|" + non_ascii + r"|(?s:.)" + non_ascii
            + r"|(?s:.){2}" + non_ascii)
    return regex.compile(r"[©(]|(?<![\p{L}\p{N}])(?=" + letter + r")(?=" + head + r")(?s:.)")


def _ascii_candidate_starts(prefixes: frozenset[str], short: frozenset[str],
                            capital: bool) -> re.Pattern[str]:
    """On ASCII text, the places :func:`_may_open_marker` may accept among those
    ``_MARKER_START`` (or, with ``capital``, ``_CAPITAL_MARKER_START``) finds: each match is
    one character, as there, and every place the test accepts is found (a few more too:
    the test still decides).

    On ASCII text a letter is ``[A-Za-z]`` (a capital ``[A-Z]``) and a letter or digit
    ``[A-Za-z0-9]``; a letter opens a candidate where the text begins with an ASCII word
    of ``prefixes`` or ``short``, in any case.  The standard library's engine finds these
    places several times faster than the ``regex`` patterns find every word start.
    """
    by_first: dict[str, list[str]] = {}
    for w in prefixes | short:
        if w.isascii() and w[:1].isalpha():
            by_first.setdefault(w[0].lower(), []).append(w[1:])
    branches = [r"\("]
    for first, rests in sorted(by_first.items()):
        letter = "[" + first.upper() + ("" if capital else first) + "]"
        # the letter, when no letter or digit stands before it (a fixed-width look-behind
        # over that character and the letter itself)
        branch = letter + r"(?<![A-Za-z0-9]" + letter + ")"
        if all(rests):  # else a one-letter word: the letter alone is enough
            branch += r"(?=(?i:" + _trie_alternation(rests) + "))"
        branches.append(branch)
    return re.compile("|".join(branches))


def _first_words(words: Iterable[str]) -> set[str]:
    """The first word of each of ``words`` and of its accent-free form, as
    :func:`_alternation` writes them (the rest of each is joined by white space)."""
    out: set[str] = set()
    for w in words:
        w = w.strip()
        if w:
            out.update(form.split()[0] for form in (w, _fold(w)) if form.split())
    return out


def _shortest(words: Iterable[str]) -> frozenset[str]:
    """``words`` without those that contain another: to test whether a text contains
    one of them, the others are enough.  (An empty word, in every text, is all that stays.)"""
    unique = set(words)
    return frozenset(w for w in unique if not any(o != w and o in w for o in unique))


# A token of a credit: a separator, or a run of anything else.
_TOKEN: Final = regex.compile(r"[/|]|[^\s/|]++")
# Separators between the parts of a credit (photographers, agencies).
_PART_SEP: Final = regex.compile(
    r"[^\S\r\n]*+[/|;\n\r&+·•]\s*+|[^\S\r\n]*+,\s*+|\s++(?:via|and|und|et|y|e|for|für|pour|para|per|with|mit|[–—-])\s++"
)
# A sentence boundary inside what should be a credit: ``... stattfinden. Die ...``.  Two
# lower-case letters before the stop keep ``Ted S. Warren`` and ``Jr.`` whole.
_SENTENCE_BOUNDARY: Final = regex.compile(r"\p{Ll}{2}[.!?]++[\"'’”»)\]]*+\s++[\p{Lu}\p{Lt}]")
# Where a caption's last sentence may end: a stop (then maybe a closing quote), followed
# by white space, a capital or ``©`` glued on (``...Saber.Cedida``); a line break; a ``›``.
_BREAK: Final = regex.compile(
    r"(?P<stop>[.!?…]++[\"'’”»)\]]*+)(?=\s|[\p{Lu}\p{Lt}©]|$)"
    r"|(?P<nl>[\n\r])|(?P<arrow>\s[›»]\s)|(?P<pipe>\s\|\s)"
)
# A capital glued to a long lower-case run: ``...de DiputadosIgnacio Sánchez``.  Four
# lower-case letters before it keep ``McDonald`` and ``YouTube`` whole.
_CAMEL: Final = regex.compile(r"\p{Ll}{4}(?=[\p{Lu}]\p{Ll})")
# A capitalised word (``Sánchez``, ``Jean-Paul``, ``O'Brien``, ``McDonald``, ``BECERRA``).
_CAP_WORD: Final = regex.compile(r"[\p{Lu}\p{Lt}][\p{L}\p{M}'’\-]*+")
# Initials: ``L.``, ``U.S.``
_INITIALS: Final = regex.compile(r"(?:[\p{Lu}]\.){1,4}+")
# A word of an organisation's name: capitalised, may hold digits and dots (``BillionPhotos.com``).
_ORG_WORD: Final = regex.compile(r"[\p{Lu}\p{Lt}\p{N}][\p{L}\p{M}\p{N}'’.\-]*+")
# Figures inside a word: ``Club5.31``, ``0749ms``.
_NUMBERISH: Final = regex.compile(r"\d[.,:]\d|\d{5}")
# A domain or an e-mail address: ``imagebank.sweden.se``, ``stock.adobe.com``.
_DOMAIN: Final = regex.compile(r"(?:[\p{L}\p{N}_\-]++\.)++[\p{L}]{2,}+|[\p{L}\p{N}._\-]++@[\p{L}\p{N}._\-]++")
# A lower-case handle that some photographers print instead of a name: ``dvoevnore``.
_HANDLE: Final = regex.compile(r"[\p{Ll}\p{N}_][\p{L}\p{N}_.\-]*+")
# Things that stand before a credit's names and say nothing about them.
_LEAD_JUNK: Final = regex.compile(
    r"(?:\s++|[(\[|:,;·•\-–—]|©|\((?i:c)\)|(?:19|20)\d\d(?!\d)|(?i:copyright)(?![\p{L}])"
    r"|(?:by|von|par|por|courtesy of|courtesy|cortesía de|cortesía|cedida por|de)(?=\s))++"
)
# Things that stand after them: a trailing note in brackets, ``, File``, punctuation.
_TRAIL_JUNK: Final = regex.compile(
    r"(?:\s*+\([^()\n]{0,60}+\)|\s*+,\s*+(?i:file|archive|archiv|pool)|[\s.,;:)\]])++$"
)


# What every strict (body-paragraph) marker without a label and a "by" word holds: a
# colon, a slash, ``©``, an ellipsis, ``(c)``.  As a pattern (``_Patterns.strict_marks``)
# and as the strings whose presence it finds.
_STRICT_MARKS: Final = r"[©/:：|…]|\.\.\.|\((?i:c)\)"
_STRICT_MARK_STRINGS: Final = ("/", ":", "|", "©", "：", "…", "...", "(c)", "(C)")
# What a strict marker without a strict label holds: ``©``, ``(c)`` or (``AP Photo/``) a slash.
_STRICT_UNLABELLED: Final = ("/", "©", "(c)", "(C)")


# Pattern text -> the pattern, for the patterns of :class:`_Patterns` compiled when first
# used (see there).  One entry per such pattern of each class.
_LAZY: Final[dict[str, regex.Pattern[str]]] = {}


def _lazy(source: str) -> regex.Pattern[str]:
    """``regex.compile(source)``, compiled once (a race compiles it twice, harmlessly)."""
    found = _LAZY.get(source)
    if found is None:
        found = _LAZY[source] = regex.compile(source)
    return found


@attrs.frozen
class _Patterns:
    """The patterns one :class:`CreditParser` class compiles from its vocabularies.

    The ones few texts need (a caption's label or agency at its start) are kept as text
    and compiled when first used: the ``regex`` module takes milliseconds to compile each
    of these long alternations, more than the parse of many articles without captions.
    """

    marker: regex.Pattern[str]
    caption_label_source: str
    lead_slash_source: str
    lead_agency_source: str
    lead_word_source: str
    agency_prefix: regex.Pattern[str]
    agencies: frozenset[str]
    agency_tokens: frozenset[str]
    credit_words: frozenset[str]
    org_words: frozenset[str]
    media_words: frozenset[str]
    particles: frozenset[str]
    non_name_words: frozenset[str]
    stopwords: frozenset[str]
    abbreviations: frozenset[str]
    strict_labels: frozenset[str]
    not_credit: tuple[str, ...]
    #: Case-folded first three characters of every word a marker can begin with: positions
    #: whose text starts otherwise cannot start a marker, so the (large) marker pattern
    #: is tried only where it may match.
    marker_prefixes: frozenset[str]
    #: Marker words of one or two letters (``AP``, ``PA``): a candidate where such a word
    #: stands alone.
    marker_short: frozenset[str]
    #: The same two, from labels and bare markers only: an agency opens a marker only
    #: in ``AP Photo/``, so where there is no slash these are enough.
    label_prefixes: frozenset[str]
    label_short: frozenset[str]
    #: Something every strict (body-paragraph) marker contains: a colon, a slash, ``©``,
    #: an ellipsis, or a label followed by a "by" word.  Cheap to search for.
    strict_hint: regex.Pattern[str]
    #: Its first part alone: the characters (``©``, ``/``, ``:``…) and ``(c)``.
    strict_marks_source: str
    #: The case-folded first words of ``STRICT_LABELS`` (with and without accents): no
    #: "label by" where none of them is printed.
    strict_label_words: frozenset[str]
    #: The case-folded first words of the labels (with and without accents) that fold to
    #: one of ``STRICT_LABELS``: a strict marker that reads a label prints one of them.
    strict_marker_words: frozenset[str]
    #: Where a marker may begin in ASCII text (see :func:`_ascii_candidate_starts`): with
    #: the marker words at any letter, and with the label words alone at any letter and at
    #: capitals only.
    ascii_marker_starts: re.Pattern[str]
    ascii_label_starts: re.Pattern[str]
    ascii_label_capital_starts: re.Pattern[str]
    #: The same for text that is not all ASCII (see :func:`_candidate_starts`).
    marker_starts: regex.Pattern[str]
    label_starts: regex.Pattern[str]
    label_capital_starts: regex.Pattern[str]
    #: Where ``marker`` may match: the first words of its alternatives (labels, agencies,
    #: bare markers, ``©``, ``(c)``), case ignored as there, as a prefix trie.  Most places
    #: that start like a marker word ("Mon…") are no marker ("Monday"): this tells them
    #: apart at a fraction of the cost of the large pattern.
    marker_words: regex.Pattern[str]

    @property
    def caption_label(self) -> regex.Pattern[str]:
        """A caption label (``Bildunterschrift``) at a word start."""
        return _lazy(self.caption_label_source)

    @property
    def lead_slash(self) -> regex.Pattern[str]:
        """A credit at a caption's start that ends with a slash group (``Name/agency``)."""
        return _lazy(self.lead_slash_source)

    @property
    def lead_agency(self) -> regex.Pattern[str]:
        """An agency or credit word at a caption's start, before a sentence."""
        return _lazy(self.lead_agency_source)

    @property
    def lead_word(self) -> regex.Pattern[str]:
        """A credit word alone at a caption's start, before a sentence."""
        return _lazy(self.lead_word_source)

    @property
    def strict_marks(self) -> regex.Pattern[str]:
        """The first part of ``strict_hint`` alone."""
        return _lazy(self.strict_marks_source)

    def match_marker(self, text: str, pos: int, end: int) -> regex.Match[str] | None:
        """``marker.match(text, pos, end)``, tried only where one of its words begins."""
        if self.marker_words.match(text, pos, end) is None:
            return None
        return self.marker.match(text, pos, end)

    def marker_heads(self, text: str, start: int, end: int) -> tuple[frozenset[str], frozenset[str]]:
        """The prefixes and short words a marker inside ``text[start:end]`` may begin with."""
        if text.find("/", start, end) >= 0:
            return self.marker_prefixes, self.marker_short
        return self.label_prefixes, self.label_short

    def candidate_starts(self, text: str, start: int, end: int) -> regex.Pattern[str] | re.Pattern[str]:
        """Where to try a marker inside ``text[start:end]``: the places of ``_MARKER_START``
        (any letter) when the window has a slash, colon or ellipsis, else those of
        ``_CAPITAL_MARKER_START`` (a marker without them begins in capitals), narrowed to
        those that :meth:`marker_heads` may accept: by the standard library's engine on
        ASCII text (the character before the window included, which the look-behind
        reads), by the ``regex`` module's elsewhere."""
        slash = text.find("/", start, end) >= 0
        # The slash is one of _LOWER_MARKER_HINT's characters.
        any_letter = slash or _LOWER_MARKER_HINT.search(text, start, end) is not None
        if not text[max(0, start - 1) : end].isascii():
            if slash:
                return self.marker_starts
            return self.label_starts if any_letter else self.label_capital_starts
        if slash:
            return self.ascii_marker_starts
        return self.ascii_label_starts if any_letter else self.ascii_label_capital_starts

    def has_strict_hint(self, text: str, start: int, end: int) -> bool:
        """Does ``strict_hint`` occur in ``text[start:end]``?

        The "label by" part is slow to search for (a long alternation tried at every
        word); it is searched only when the window prints a label's first word.
        """
        # ``strict_marks`` is a part of ``strict_hint``: where it is found, both are.  Its
        # strings are found by ``in`` (each a C scan) several times faster than by the pattern.
        window = text[start:end]
        if any(map(window.__contains__, _STRICT_MARK_STRINGS)):
            return True
        window = window.casefold()
        if any(map(window.__contains__, self.strict_label_words)):
            return self.strict_hint.search(text, start, end) is not None
        return False

    def may_hold_strict_marker(self, text: str, start: int, end: int) -> bool:
        """False only when no strict marker (see :meth:`CreditParser.is_strict_marker`) can
        be found in ``text[start:end]``: one of ``©``, ``(c)``, ``AP Photo/`` needs a ``©``,
        a ``(c)`` or a slash, one of a strict label and a colon or a "by" word prints the
        label.  A colon alone (a clock time, a quotation) is no reason to look for markers."""
        window = text[start:end]
        if any(map(window.__contains__, _STRICT_UNLABELLED)):
            return True
        return any(map(_marker_fold(window).__contains__, self.strict_marker_words))


def _marker_fold(text: str) -> str:
    """``text`` case-folded as the marker patterns compare it: their ``i`` also matches
    ``İ``, which case-folds to ``i`` and a combining dot."""
    folded = text.casefold()
    return folded.replace("i\u0307", "i") if "\u0307" in folded else folded


def _may_open_marker(head: str, prefixes: frozenset[str], short: frozenset[str]) -> bool:
    """Can a marker begin with ``head`` (the next three characters), judged by the first
    characters of the words markers begin with (see :meth:`_Patterns.marker_heads`)?"""
    if head[0] == "©" or head.casefold() in prefixes:
        return True
    # A one- or two-letter marker word ("AP") must stand alone: the character after it
    # is no letter or digit.
    if len(head) >= 2 and head[1].isalnum():
        return not (len(head) == 3 and head[2].isalnum()) and head[:2].casefold() in short
    return head[:1].casefold() in short


@attrs.frozen
class _Found:
    """A credit found in a text, before it becomes a :class:`Credit`: offsets into that text."""

    start: int
    end: int
    names: tuple[str, ...]
    agency: str | None


@mypyc_attr(allow_interpreted_subclasses=True)
class CreditParser:
    """Reads photo credits: markers, photographers' names, agencies.

    Extend the vocabularies in a subclass; patterns are built once per class.
    """

    #: Labels that introduce a credit when a colon (or ``...``) follows: ``Photograph:``,
    #: ``Foto:``, ``Credit...``.  Matched without regard to case or accents.
    LABELS: ClassVar[frozenset[str]] = frozenset({
        # English
        "photograph", "photographs", "photo", "photos", "photography", "picture", "pictures", "pic",
        "pics", "image", "images", "credit", "credits", "photo credit", "photo credits", "image credit",
        "image credits", "picture credit", "picture credits", "illustration", "illustrations",
        "composite", "video", "graphic", "graphics", "screenshot", "source", "image source",
        "photo source", "photo illustration", "artwork", "animation", "cartoon", "copyright",
        # German
        "foto", "fotos", "fotografie", "fotograf", "fotografin", "bild", "bilder", "bildquelle",
        "bildnachweis", "bildrechte", "quelle", "grafik", "montage", "titelbild", "titelfoto",
        "symbolbild", "symbolfoto", "fotoquelle", "karikatur", "zeichnung",
        # French
        "crédit", "crédits", "crédit photo", "crédits photo", "photographie", "dessin",
        # Spanish
        "fotografía", "fotografías", "imagen", "imágenes", "ilustración", "fuente", "crédito",
        "créditos", "gráfico", "infografía",
        # Portuguese
        "fotografia", "imagem", "imagens", "ilustração", "fonte",
        # Italian
        "immagine", "immagini", "illustrazione", "credito", "crediti",
        # Dutch
        "beeld", "bron",
    })
    #: The labels that are explicit enough to split a credit off a body paragraph
    #: (:meth:`PhotoParser.find_trailing_credit`): not ``Source:``, ``Video:`` or ``Quelle:``,
    #: which also introduce data sources and links.
    STRICT_LABELS: ClassVar[frozenset[str]] = frozenset({
        "photograph", "photographs", "photo", "photos", "picture", "pictures", "image", "images",
        "credit", "credits", "photo credit", "photo credits", "image credit", "image credits",
        "picture credit", "illustration", "composite", "foto", "fotos", "fotografie", "bild", "bilder",
        "bildquelle", "bildnachweis", "crédit photo", "crédits photo", "fotografía", "imagen",
        "fotografia", "imagem", "immagine",
    })
    #: Words that join a label to the names without a colon: ``Photo by``, ``Foto von``.
    BY_WORDS: ClassVar[frozenset[str]] = frozenset({
        "by", "von", "par", "por", "di", "courtesy of", "courtesy", "credit", "copyright",
    })
    #: Markers complete in themselves, followed by the credit after a space: ``Image copyright
    #: Reuters``, ``Courtesy of the museum``, ``Screenshot aus ...``.  Only at the start of a
    #: caption or right after a sentence.  Includes the BBC World Service's "Image copyright"
    #: labels in other scripts.
    BARE_MARKERS: ClassVar[frozenset[str]] = frozenset({
        "copyright", "image copyright", "photo copyright", "picture copyright", "courtesy of",
        "courtesy", "photo courtesy of", "photo courtesy", "picture courtesy", "screenshot from",
        "screenshot via", "screenshot aus", "screenshot von", "screenshot de", "captura de pantalla",
        "bildrechte", "cortesía de", "cortesía", "foto cedida por", "imagen cedida por", "cedida por",
        "fuente de la imagen", "fonte da imagem", "crédito da imagem", "crédit image",
        "ဓာတ်ပုံ မူပိုင်",  # Burmese: photo copyright
        "Автор фото", "Фото",  # Russian
    })
    #: Labels that open the caption part of a block: a credit at the start of the block
    #: ends where one of them begins (``Image copyright Reuters Image caption ...``).
    CAPTION_LABELS: ClassVar[frozenset[str]] = frozenset({
        "image caption", "caption", "photo caption", "bildunterschrift", "bildtext", "legende",
        "légende", "pie de foto", "leyenda", "legenda", "legenda da foto", "didascalia",
    })
    #: News and photo agencies, photo libraries and stock sites, as printed.  Matched
    #: without regard to case or accents.
    AGENCIES: ClassVar[frozenset[str]] = frozenset({
        "AP", "Associated Press", "The Associated Press", "AP Images", "Reuters", "Thomson Reuters",
        "AFP", "Agence France-Presse", "Getty Images", "Getty", "Getty Images/iStockphoto", "EPA",
        "EPA-EFE", "EFE", "Agencia EFE", "Shutterstock", "REX", "Rex Features", "Alamy",
        "Alamy Stock Photo", "iStock", "iStockphoto", "dpa", "dpa-Zentralbild", "dpa-tmn",
        "picture alliance", "picture-alliance", "picturealliance", "Keystone", "KEYSTONE-SDA",
        "Keystone-SDA", "Imago", "imago images", "IMAGO images", "Anadolu", "Anadolu Agency",
        "Anadolu Ajansı", "ZUMA Wire", "ZUMA Press", "ZUMA", "PA", "PA Images", "PA Wire", "PA Media",
        "Press Association", "AAP", "Xinhua", "Adobe Stock", "AdobeStock", "stock.adobe.com",
        "Fotolia", "Pixabay", "Unsplash", "Pexels", "Bloomberg", "NurPhoto", "SOPA Images",
        "LightRocket", "Sipa", "Sipa Press", "Sipa USA", "ANSA", "Kyodo", "Yonhap", "TASS",
        "RIA Novosti", "Sputnik", "UPI", "APA", "APA-Images", "APA/picturedesk.com", "picturedesk.com",
        "Belga", "ANP", "Ritzau Scanpix", "Scanpix", "NTB", "TT", "Lehtikuva", "ČTK", "PAP", "Hina",
        "Corbis", "Magnum Photos", "Polaris", "Redux", "eyevine", "Camera Press", "Newscom",
        "Europa Press", "Notimex", "Télam", "Agência Brasil", "Folhapress", "Estadão Conteúdo",
        "Lusa", "LaPresse", "BPI", "Mirrorpix", "Wikimedia Commons", "Wikimedia", "Wikipedia",
        "Flickr", "NASA", "ESA", "Maxar", "Maxar Technologies", "Planet Labs", "dapd", "ddp",
        "ddp images", "epd", "KNA", "ullstein bild", "SZ Photo", "photothek", "Westend61",
        "mauritius images", "Colourbox", "123RF", "Dreamstime", "Depositphotos", "Panthermedia",
        "Shotshop", "Freepik", "AP Photo", "Reuters Pictures", "Pool", "Bildagentur",
    })
    #: Words that are credits on their own: "handed out", "archive", "private", press photo.
    CREDIT_WORDS: ClassVar[frozenset[str]] = frozenset({
        "Cedida", "Cedidas", "Cedido", "Cortesía", "Archivo", "Arquivo", "Divulgação", "Reprodução",
        "Archiv", "Archivbild", "Privat", "privat", "PR", "Pressebild", "Pressefoto", "Hersteller",
        "Symbolbild", "Symbolfoto", "zVg", "zvg", "Handout", "Supplied", "Courtesy", "Archive",
        "Agencias", "Agenturen", "Especial",
    })
    #: Words (folded) that make a part of a credit an organisation rather than a person.
    ORG_WORDS: ClassVar[frozenset[str]] = frozenset({
        "ltd", "inc", "gmbh", "ag", "llc", "plc", "corp", "co", "group", "foundation", "stiftung",
        "fundacion", "university", "universitat", "universidad", "institute", "institut", "instituto",
        "hotel", "hotels", "resort", "lodge", "lodges", "redaktion", "verlag", "online", "live",
        "parliament", "government", "ministry", "ministerium", "council", "office", "department",
        "police", "polizei", "army", "navy", "technologies", "labs", "e.v.", "association",
        "verband", "club", "museum", "museo", "musee", "library", "gallery", "galerie", "collection",
        "studio", "studios", "estudios", "network", "channel", "service", "services", "center",
        "centre", "zentrum", "company", "archive", "archives", "archiv", "archivo", "handout",
    })
    #: Words (folded) of photo sources: an unmarked credit with one of them needs no other
    #: evidence (``... skills base Times Newspapers Ltd``).
    MEDIA_WORDS: ClassVar[frozenset[str]] = frozenset({
        "images", "pictures", "photos", "photo", "photography", "fotos", "press", "presse", "news",
        "media", "wire", "stock", "agency", "agentur", "agencia", "newspapers", "newspaper", "times",
        "post", "herald", "guardian", "observer", "tribune", "journal", "gazette", "zeitung", "daily",
        "telegraph", "magazine", "magazin", "tv", "television", "radio", "archives", "bildarchiv",
    })
    #: Lower-case words inside names: ``Stella von Saldern``, ``Lily of the Valley``.
    PARTICLES: ClassVar[frozenset[str]] = frozenset({
        "of", "the", "de", "da", "das", "do", "dos", "del", "della", "delle", "di", "du", "des", "der",
        "den", "van", "von", "vom", "zu", "la", "le", "bin", "ibn", "al", "el", "ten", "ter", "af", "av",
    })
    #: Capitalised function words that cannot start a name (``The`` can: ``The Guardian``).
    NAME_STOPWORDS: ClassVar[frozenset[str]] = frozenset({
        "a", "an", "this", "that", "these", "those", "in", "on", "at", "for", "with", "from", "by", "to",
        "of", "and", "or", "but", "he", "she", "it", "they", "we", "i", "you", "his", "her", "their",
        "our", "my", "its", "there", "here", "when", "where", "what", "who", "how", "why", "if", "as",
        "der", "die", "das", "ein", "eine", "einer", "im", "am", "mit", "und", "von", "zu", "auf",
        "für", "bei", "er", "sie", "es", "wir", "ich", "ihr", "mehr", "weitere", "el", "la", "los",
        "las", "un", "una", "en", "con", "por", "para", "le", "les", "une", "il", "lo", "gli", "o",
        "os", "um", "uma", "no", "na", "yes", "ja", "nein", "si", "oui", "non", "also", "see", "read",
        "view", "click", "lesen", "siehe",
    })
    #: Words (folded) that are never part of a person's name nor of a credit: page furniture
    #: (``Related Stories``, ``Ad Feedback``) and places (``Buckingham Palace``).
    NON_NAME_WORDS: ClassVar[frozenset[str]] = frozenset({
        "related", "stories", "story", "content", "feedback", "review", "share", "comments", "comment",
        "advertisement", "advertising", "newsletter", "subscribe", "follow", "more", "read", "video",
        "videos", "gallery", "menu", "home", "latest", "top", "opinion", "sport", "sports", "weather",
        "contact", "about", "login", "sign", "search", "next", "previous", "back", "experience",
        "palace", "house", "cathedral", "church", "castle", "islands", "island", "park", "bridge",
        "tower", "towers", "square", "street", "road", "avenue", "drive", "river", "lake", "mountain",
        "beach", "bay", "village", "city", "airport", "station", "stadium", "hall", "abbey", "abbaye",
        "county", "province", "state", "republic", "kingdom", "ad", "ads", "promoted", "sponsored",
        "president", "minister", "senator", "governor", "mayor", "king", "queen", "prince", "princess",
        "pope", "chancellor", "general", "judge", "sir", "lord", "lady", "dame", "bishop", "chief",
        "coach", "captain", "präsident", "präsidentin", "bundeskanzler", "kanzler", "presidente",
    })
    #: File name endings that a dotted word may have without being a web address.
    FILE_EXTENSIONS: ClassVar[frozenset[str]] = frozenset({
        "jpg", "jpeg", "png", "gif", "webp", "svg", "tif", "tiff", "pdf", "html", "htm", "php", "mp4",
        "mov", "mp3", "doc", "docx", "txt",
    })
    #: Abbreviations as printed (no dot) whose dot is no sentence end.  Case matters:
    #: ``Sr.`` is an abbreviation, a sentence may end in ``sr.``.
    ABBREVIATIONS: ClassVar[frozenset[str]] = frozenset({
        "Jr", "Sr", "Dr", "Mr", "Mrs", "Ms", "St", "Prof", "Inc", "Ltd", "Co", "Corp", "No", "Nr",
        "Gen", "Gov", "Sen", "Rep", "Lt", "Col", "Sgt", "Capt", "Mt", "Ft", "Hon", "Rev",
        "stellv", "bzw", "ca", "vgl", "ggf", "evtl", "z.B", "u.a", "d.h", "e.V", "vs", "Abb",
    })
    #: Phrases (folded) that make text a copyright notice, not a photo credit.
    NOT_CREDIT_PHRASES: ClassVar[tuple[str, ...]] = (
        "all rights reserved", "alle rechte vorbehalten", "tous droits reserves",
        "todos los derechos reservados", "todos os direitos reservados", "tutti i diritti riservati",
        "may not be published", "may not be reproduced", "darf nicht",
    )
    #: Longest credit body (after its marker), in characters and in words.
    BODY_MAX_CHARS: ClassVar[int] = 200
    BODY_MAX_WORDS: ClassVar[int] = 20
    #: Longest unmarked credit: without separators, and with ``/`` or ``|`` between parts.
    TAIL_MAX_WORDS: ClassVar[int] = 6
    SEPARATED_TAIL_MAX_WORDS: ClassVar[int] = 12
    #: Longest text :meth:`parse` reads at all.
    MAX_CHARS: ClassVar[int] = 400

    _compiled: ClassVar[dict[type, _Patterns]] = {}

    # ------------------------------------------------------------------ patterns

    @classmethod
    def patterns(cls) -> _Patterns:
        """The patterns built from this class's vocabularies, compiled once per class."""
        found = cls._compiled.get(cls)  # built already: no call (asked for every paragraph)
        return found if found is not None else per_class(cls._compiled, cls, cls._compile)

    @classmethod
    def _compile(cls) -> _Patterns:
        labels = _alternation(cls.LABELS)
        agencies = _alternation(cls.AGENCIES)
        by_words = _alternation(cls.BY_WORDS)
        bare = _alternation(cls.BARE_MARKERS)
        not_letter = r"(?![\p{L}\p{N}])"
        # Markers without a colon need a capital (or a caseless script) so that "a photo by
        # the river" in a sentence is no credit.
        capital = r"(?=[\p{Lu}\p{Lt}\p{Lo}])"
        marker = (
            r"(?<![\p{L}\p{N}])(?:"
            r"(?P<copy>©|\((?i:c)\))"
            r"|(?P<ap>(?i:" + agencies + r"))\s++(?i:photos?+|fotos?+|images?+)\s*+/"
            r"|(?P<colon>(?i:" + labels + r"))\s*+(?:[:：|]|\.\.\.|…)"
            r"|" + capital + r"(?P<by>(?i:" + labels + r"))\s++(?i:" + by_words + r")" + not_letter
            + r"|" + capital + r"(?P<bare>(?i:" + bare + r"))(?=[\s,:])"
            r"|" + capital + r"(?P<labag>(?i:" + labels + r"))\s++"
            r"(?=(?i:" + agencies + r")" + not_letter + r")"
            r")"
        )
        caption_label = (r"(?<![\p{L}\p{N}])" + capital + r"(?i:" + _alternation(cls.CAPTION_LABELS) + r")"
                         + not_letter)
        # A credit that ends with a slash group (``Name/agency``, ``© x / stock.adobe.com
        # (Ausschnitt)``) and is followed by a capitalised word: the caption begins there.
        lead_slash = (
            r"(?P<pre>[^/|\n]{1,60}+)"
            r"(?:\s*+[/|]\s*+(?>(?i:" + agencies + r")" + not_letter + r"|[^\s/|()]++))++"
            r"(?:\s++\([^()\n]{1,40}+\))?+"
            r"(?=\s++[\p{Lu}\p{Lt}]\p{Ll})"
        )
        # An agency (after a marker) or a credit word (alone) followed by a capitalised word
        # that opens a sentence.  Agencies alone are not trusted at the start of a caption:
        # "EPA Administrator ..." names the agency, it does not credit it.
        opens_sentence = r"(?=\s++[\p{Lu}\p{Lt}]\p{Ll}++[\s,:]++\S)"
        lead_agency = r"(?:(?i:" + agencies + r")|" + _alternation(cls.CREDIT_WORDS) + r")" + not_letter
        lead_agency += opens_sentence
        lead_word = r"(?:" + _alternation(cls.CREDIT_WORDS) + r")" + not_letter + opens_sentence
        strict_marks = _STRICT_MARKS
        agency_prefix = r"(?i:" + agencies + r")(?=\s)"
        strict_label_words = _shortest(
            form.split()[0] if form.split() else ""
            for w in cls.STRICT_LABELS
            for form in (w.strip().casefold(), _fold(w.strip()))
        )
        # The labels whose match is_strict_marker accepts: those that fold to a strict
        # label (``Crédit`` to ``credit``), and the strict labels themselves.
        strict_folded = frozenset(" ".join(_fold(w).split()) for w in cls.STRICT_LABELS)
        strict_marker_words = _shortest(
            form.split()[0] if form.split() else ""
            for w in (*cls.LABELS, *cls.STRICT_LABELS)
            if w in cls.STRICT_LABELS or " ".join(_fold(w).split()) in strict_folded
            for form in (w.strip().casefold(), _fold(w.strip()).casefold())
        )
        marker_prefixes = _prefixes((*cls.LABELS, *cls.AGENCIES, *cls.BARE_MARKERS)) | {"(c)"}
        marker_short = _short_words((*cls.LABELS, *cls.AGENCIES, *cls.BARE_MARKERS))
        label_prefixes = _prefixes((*cls.LABELS, *cls.BARE_MARKERS)) | {"(c)"}
        label_short = _short_words((*cls.LABELS, *cls.BARE_MARKERS))
        return _Patterns(
            marker=regex.compile(marker),
            caption_label_source=caption_label,
            lead_slash_source=lead_slash,
            lead_agency_source=lead_agency,
            lead_word_source=lead_word,
            agency_prefix=regex.compile(agency_prefix),
            agencies=frozenset(_fold(a) for a in cls.AGENCIES),
            agency_tokens=frozenset(_fold(t) for a in cls.AGENCIES for t in _TOKEN.findall(a)),
            credit_words=frozenset(_fold(w) for w in cls.CREDIT_WORDS),
            org_words=frozenset(_fold(w) for w in cls.ORG_WORDS),
            media_words=frozenset(_fold(w) for w in cls.MEDIA_WORDS),
            particles=frozenset(cls.PARTICLES),
            non_name_words=frozenset(_fold(w) for w in cls.NON_NAME_WORDS),
            stopwords=frozenset(_fold(w) for w in cls.NAME_STOPWORDS),
            abbreviations=frozenset(cls.ABBREVIATIONS),
            strict_labels=frozenset(_fold(w) for w in cls.STRICT_LABELS),
            not_credit=tuple(_fold(p) for p in cls.NOT_CREDIT_PHRASES),
            marker_prefixes=marker_prefixes,
            marker_short=marker_short,
            label_prefixes=label_prefixes,
            label_short=label_short,
            strict_hint=regex.compile(
                strict_marks + r"|(?<![\p{L}\p{N}])(?i:" + _alternation(cls.STRICT_LABELS)
                + r")\s++(?i:" + by_words + r")(?![\p{L}\p{N}])"),
            strict_marks_source=strict_marks,
            strict_label_words=strict_label_words,
            strict_marker_words=strict_marker_words,
            ascii_marker_starts=_ascii_candidate_starts(marker_prefixes, marker_short, capital=False),
            ascii_label_starts=_ascii_candidate_starts(label_prefixes, label_short, capital=False),
            ascii_label_capital_starts=_ascii_candidate_starts(label_prefixes, label_short, capital=True),
            marker_starts=_candidate_starts(marker_prefixes, marker_short, capital=False),
            label_starts=_candidate_starts(label_prefixes, label_short, capital=False),
            label_capital_starts=_candidate_starts(label_prefixes, label_short, capital=True),
            marker_words=regex.compile(r"(?i:" + _trie_alternation(
                {"©", "(c)"} | _first_words((*cls.LABELS, *cls.AGENCIES, *cls.BARE_MARKERS))) + r")"),
        )

    # ------------------------------------------------------------------ public API

    def parse(self, text: str, offset: int = 0) -> Credit | None:
        """The whole of ``text`` (white space stripped) read as a photo credit, or ``None``.

        Lenient: besides marked credits (``Photograph: Jane Doe/AP``) and agencies it
        accepts a bare name or organisation (``Martin Kaufmann``), and a name and an
        agency on separate lines (``Jane Doe\\n\\nAP``).  Spans are shifted by ``offset``.
        """
        span = strip_span(text, 0, len(text))
        found = self.whole(text, span.start, span.end, level="loose")
        return None if found is None else self.make(text, found, offset)

    def whole(self, text: str, start: int, end: int, *, level: str) -> _Found | None:
        """``text[start:end]`` (stripped) as one credit, or ``None``.

        ``level`` says how much to accept: ``"marked"`` only credits with a marker,
        ``"agency"`` also known agencies alone or with names (``Jane Doe/Reuters``),
        ``"name"`` also a bare name of 2-4 capitalised words, a credit word (``Cedida``) or
        unknown parts joined by ``/``, ``"loose"`` any short capitalised tail.
        """
        if end - start > self.MAX_CHARS or end <= start:
            return None
        m = self.marker_at(text, start, end)
        if m is not None:
            body_start = m[1]
            if self.body_ok(text, body_start, end, strict=False):
                return self.found(text, m[0], end)
            return None
        if level == "marked":
            return None
        parts = self.known_parts(text, start, end)
        if parts is None:
            return None
        kinds = [k for k, _, _ in parts]
        words = len(text[start:end].split())
        if words > self.SEPARATED_TAIL_MAX_WORDS:
            return None
        credit_kinds = ("agency", "source", "name", "handle", "org", "word")
        if "agency" in kinds and all(k in credit_kinds for k in kinds):
            # an unknown word beside a known agency is a photographer's handle (``dvoevnore/Shutterstock``)
            return self.found(text, start, end)
        if level == "agency":
            return None
        has_source = "source" in kinds
        if "handle" in kinds and not has_source:
            return None
        if len(parts) == 1:
            kind, ps, pe = parts[0]
            n = len(text[ps:pe].split())
            if kind == "word" or (kind == "name" and n <= 4):
                return self.found(text, start, end)
            if level == "loose" and kind in ("org", "source") and n <= self.TAIL_MAX_WORDS:
                return self.found(text, start, end)
            return None
        # Parts joined by ``/`` or ``|`` (a list with commas is more likely places or names).
        joined = "," not in text[start:end] or level == "loose"
        if joined and all(k in ("name", "org", "source", "word", "handle") for k in kinds) and (
                "name" in kinds or has_source or level == "loose"):
            return self.found(text, start, end)
        return None

    # ------------------------------------------------------------------ markers

    def marker_at(self, text: str, start: int, end: int) -> tuple[int, int] | None:
        """A marker opening ``text[start:end]``: ``(credit start, body start)`` or ``None``.

        A ``(`` or a ``|`` before the marker belongs to the credit (``(AP Photo/...)``,
        ``| Foto: ...``).
        """
        i = start
        while i < end and text[i] in "(| \t":
            i += 1
        pats = self.patterns()
        # The marker pattern is large: try it only where a marker word may begin.
        if i >= end or not _may_open_marker(text[i : min(i + 3, end)], *pats.marker_heads(text, i, end)):
            return None
        m = pats.match_marker(text, i, end)
        if m is None:
            return None
        return start, self.body_start(m)

    @staticmethod
    def body_start(m: regex.Match[str]) -> int:
        """Where the credit's own words begin after a marker match (an ``AP Photo/`` keeps
        its agency: the body starts at the agency)."""
        if m.group("ap") is not None:
            return m.start("ap")
        return m.end()

    def marker_kind(self, m: regex.Match[str]) -> str:
        """The kind of a marker match: ``copy``, ``ap``, ``colon``, ``by``, ``bare``, ``labag``."""
        for kind in ("copy", "ap", "colon", "by", "bare", "labag"):
            if m.group(kind) is not None:
                return kind
        return ""

    def is_strict_marker(self, m: regex.Match[str]) -> bool:
        """Is this marker explicit enough for a body paragraph (see ``STRICT_LABELS``)?"""
        kind = self.marker_kind(m)
        if kind in ("copy", "ap"):
            return True
        if kind in ("colon", "by"):
            label = m.group(kind)
            return " ".join(_fold(label).split()) in self.patterns().strict_labels
        return False

    def body_ok(self, text: str, start: int, end: int, *, strict: bool) -> bool:
        """Can ``text[start:end]``, the words after a marker, be a credit's body?

        Short, no sentence boundary, no copyright notice.  ``strict`` (body paragraphs)
        also wants a capital, a digit or a ``/`` and few lower-case words: a sentence is no
        credit even after ``Photo:``.
        """
        span = strip_span(text, start, end)
        if len(span) == 0 or len(span) > self.BODY_MAX_CHARS:
            return False
        body = text[span.start : span.end]
        if not any(c.isalnum() for c in body):
            return False
        tokens = body.split()
        if len(tokens) > self.BODY_MAX_WORDS:
            return False
        if _SENTENCE_BOUNDARY.search(body) is not None:
            return False
        folded = _fold(body)
        if any(p in folded for p in self.patterns().not_credit):
            return False
        if strict:
            first = body.lstrip("©(|:[ ")[:1]
            if not (first.isupper() or first.isdigit() or "/" in body
                    or self.part_kind(body.strip("() ")) in ("agency", "source")):
                return False
            particles = self.patterns().particles
            lower = sum(1 for t in tokens if t[:1].islower() and t not in particles and "/" not in t)
            if lower > 3:
                return False
        return True

    # ------------------------------------------------------------------ names and agency

    def found(self, text: str, start: int, end: int) -> _Found:
        """A :class:`_Found` for the credit ``text[start:end]``, with its names and agency."""
        span = strip_span(text, start, end)  # scraped text carries zero-width spaces
        names, agency = self.describe(text, span.start, span.end)
        return _Found(span.start, span.end, names, agency)

    def make(self, text: str, found: _Found, offset: int) -> Credit:
        """The :class:`Credit` for ``found``, spans shifted by ``offset``."""
        return Credit(text[found.start : found.end], Span(found.start + offset, found.end + offset),
                      found.names, found.agency)

    def describe(self, text: str, start: int, end: int) -> tuple[tuple[str, ...], str | None]:
        """The photographers' names (as printed) and the agency of the credit ``text[start:end]``."""
        pats = self.patterns()
        agency_first: str | None = None
        i = start
        # Skip markers and what leads to names (``© Foto:``, ``Photo by``, ``(``, a year).
        for _ in range(8):
            j = i
            m = pats.match_marker(text, i, end)
            if m is not None:
                if m.group("ap") is not None:
                    agency_first = m.group("ap")
                j = m.end()
            jm = _LEAD_JUNK.match(text, j, end)
            if jm is not None:
                j = jm.end()
            if j == i:
                break
            i = j
        stop = end
        tm = _TRAIL_JUNK.search(text, i, end)
        if tm is not None and tm.start() > i:
            stop = tm.start()
        parts = self.split_parts(text, i, stop)
        kinds = [k for k, _, _ in parts]
        has_agency = agency_first is not None or "agency" in kinds or "source" in kinds
        names: list[str] = []
        agency_run: list[tuple[int, int]] = []
        run_open = True
        for kind, ps, pe in parts:
            is_agency = kind in ("agency", "source") or (kind == "org" and not has_agency)
            if kind == "org" and has_agency and len(text[ps:pe].split()) > 1:
                is_agency = True
            if is_agency:
                if run_open:
                    agency_run.append((ps, pe))
                continue
            if agency_run:
                run_open = False
            if kind in ("name", "handle", "org"):
                names.append(text[ps:pe])
        agency: str | None = None
        if agency_first is not None:
            agency = agency_first  # ``AP Photo/...`` names its agency first
        elif agency_run:
            agency = text[agency_run[0][0] : agency_run[-1][1]]
        return tuple(names), agency

    def known_parts(self, text: str, start: int, end: int) -> list[tuple[str | None, int, int]] | None:
        """:meth:`split_parts` when every part has a kind (name, agency, …), else ``None``."""
        parts = self.split_parts(text, start, end)
        if not parts or any(k is None for k, _, _ in parts):
            return None
        return parts

    def split_parts(self, text: str, start: int, end: int) -> list[tuple[str | None, int, int]]:
        """The parts of ``text[start:end]`` between separators, each with its kind.

        Kinds (see :meth:`part_kind`): ``agency``, ``name``, ``org``, ``handle``, ``word``,
        ``email``, or ``None`` for a part that cannot be in a credit.  A part that starts
        with an agency and goes on with a name (``AP Lenny Ignelzi``) is split in two.
        """
        out: list[tuple[str | None, int, int]] = []
        pos = start
        pieces: list[tuple[int, int]] = []
        for m in _PART_SEP.finditer(text, start, end):
            pieces.append((pos, m.start()))
            pos = m.end()
        pieces.append((pos, end))
        pats = self.patterns()
        for ps, pe in pieces:
            span = strip_span(text, ps, pe)
            if len(span) == 0:
                continue
            ps, pe = span.start, span.end
            pm = pats.agency_prefix.match(text, ps, pe)
            if pm is not None and pm.end() < pe:
                rest = strip_span(text, pm.end(), pe)
                if self.part_kind(text[rest.start : rest.end]) == "name":
                    out.append(("agency", ps, pm.end()))
                    out.append(("name", rest.start, rest.end))
                    continue
            out.append((self.part_kind(text[ps:pe]), ps, pe))
        return out

    def part_kind(self, part: str) -> str | None:
        """What one part of a credit is.

        ``agency`` (known agency, domain, or a name with an organisation word), ``word`` (a
        credit word such as ``Cedida``), ``name`` (a person's name), ``org`` (other
        capitalised words), ``handle`` (one lower-case word), ``email``, or ``None``.
        """
        pats = self.patterns()
        folded = " ".join(_fold(part).split())
        if not folded:
            return None
        if folded in pats.credit_words:
            return "word"
        if folded in pats.agencies:
            return "agency"
        if "@" in part and _DOMAIN.fullmatch(part):
            return "email"
        if self.is_domain(part):
            return "source"
        tokens = part.split()
        if self.is_person(tokens):
            return "name"
        if self.is_org(tokens):
            low = [_fold(t).strip(".,") for t in tokens]
            if len(tokens) > 1 and (any(t in pats.org_words or t in pats.media_words for t in low)
                                    or low[0] == "the"):
                return "source"
            return "org"
        if len(tokens) == 1 and _HANDLE.fullmatch(part):
            return "handle"
        return None

    def is_domain(self, part: str) -> bool:
        """Is ``part`` a web address (``imagebank.sweden.se``), not a file name (``photo.jpg``)?"""
        if _DOMAIN.fullmatch(part) is None or "@" in part:
            return False
        return _fold(part.rsplit(".", 1)[-1]) not in self.FILE_EXTENSIONS

    def is_person(self, tokens: list[str]) -> bool:
        """Are these 2-5 words a person's name (``Ted S. Warren``, ``Stella von Saldern``)?"""
        if not 2 <= len(tokens) <= 5:
            return False
        pats = self.patterns()
        if _fold(tokens[0]) in pats.stopwords or _fold(tokens[0]) == "the":
            return False
        for k, tok in enumerate(tokens):
            low = _fold(tok).rstrip(".")
            if low in pats.org_words or low in pats.media_words or low in pats.non_name_words:
                return False
            if tok in pats.particles and 0 < k < len(tokens) - 1:
                continue
            if _INITIALS.fullmatch(tok) and k < len(tokens) - 1:
                continue
            if tok.endswith(".") and tok[:-1] in pats.abbreviations and k == len(tokens) - 1:
                continue
            if not _CAP_WORD.fullmatch(tok):
                return False
        return True

    def is_org(self, tokens: list[str]) -> bool:
        """Are these 1-6 capitalised words a name of some kind (``Lily of the Valley``)?"""
        if not 1 <= len(tokens) <= self.TAIL_MAX_WORDS:
            return False
        pats = self.patterns()
        first = _fold(tokens[0])
        if first in pats.stopwords:
            return False
        if len(tokens) == 1 and (first == "the" or len(tokens[0]) < 2):
            return False
        for k, tok in enumerate(tokens):
            if tok in pats.particles and 0 < k < len(tokens) - 1:
                continue
            if _INITIALS.fullmatch(tok):
                continue
            if not _ORG_WORD.fullmatch(tok) or _NUMBERISH.search(tok) is not None:
                return False
            if _fold(tok) in pats.non_name_words and _fold(tok) not in pats.media_words:
                return False
            if tok.endswith(".") and tok.count(".") == 1 and tok[:-1] not in pats.abbreviations:
                return False
            if not any(c.isalpha() for c in tok):
                return False
        return True

    def tail_parts_ok(self, text: str, start: int, end: int, *, need_evidence: bool) -> bool:
        """Can ``text[start:end]``, with no marker, be a credit at the end of a caption?

        Every part a name, an organisation, an agency or a credit word (a handle only beside
        an agency); few words.  ``need_evidence`` (no sentence end before it) also wants a
        known agency, a credit word, a web address or a photo-source word (``Newspapers``).
        """
        if end <= start:
            return False
        parts = self.known_parts(text, start, end)
        if parts is None:
            return False
        kinds = [k for k, _, _ in parts]
        n_words = len(text[start:end].split())
        separated = len(parts) > 1
        if n_words > (self.SEPARATED_TAIL_MAX_WORDS if separated else self.TAIL_MAX_WORDS):
            return False
        has_agency = "agency" in kinds or "source" in kinds
        if "handle" in kinds and not has_agency:
            return False
        if "email" in kinds and len(parts) == 1:
            return False
        if not need_evidence:
            return True
        if "agency" in kinds or "word" in kinds:
            return True
        domain = any(k == "source" and self.is_domain(text[ps:pe]) for k, ps, pe in parts)
        if domain and "/" in text[start:end]:
            return True  # ``Name/imagebank.example.se``; a web address alone is often a link
        media = self.patterns().media_words
        return any(_fold(t).strip(".,") in media for t in text[start:end].split())


@mypyc_attr(allow_interpreted_subclasses=True)
class PhotoParser:
    """Splits caption blocks into caption and credit, and finds credits in body paragraphs.

    Swap ``credit_parser`` in a subclass to change the vocabularies.
    """

    #: The credit reader; a subclass sets its own (``credit_parser = MyCredits()``).
    credit_parser: ClassVar[CreditParser] = CreditParser()

    #: How far from the end of a paragraph :meth:`find_trailing_credit` looks.
    TRAILING_WINDOW: ClassVar[int] = 300
    #: A credit line with no caption above it and no marker has at most this many words.
    MAX_BARE_CREDIT_WORDS: ClassVar[int] = 6
    #: A credit line without a marker near its start has at most this many lower-case words.
    MAX_LINE_LOWER_WORDS: ClassVar[int] = 3
    #: How far from each end of a caption block :meth:`parse_caption` looks for a credit.
    CAPTION_WINDOW: ClassVar[int] = 400
    #: How close to the end a glued credit (``...organizacionalCedida``) must start.
    CAMEL_WINDOW: ClassVar[int] = 60
    #: Lower-case words that join the parts of a credit (``AFP via Getty Images``).
    RUN_JOINERS: ClassVar[frozenset[str]] = frozenset({"via", "and", "und", "&", "for", "et", "y"})
    #: Fewest words the caption after a leading unmarked credit must have.
    LEADING_CAPTION_MIN_WORDS: ClassVar[int] = 3
    #: Most words of a leading marked credit that only a sentence end closes.
    LEADING_CUT_MAX_WORDS: ClassVar[int] = 8

    # ------------------------------------------------------------------ public API

    def parse_caption(self, text: str, offset: int = 0) -> Photo | None:
        """A caption block as printed, split into caption and credit.

        The credit may follow the caption (marked: ``... Photograph: Jane Doe/AP``; or a
        short capitalised tail after the last sentence: ``... the hotel. Jane Doe``; or
        glued on: ``...del Saber.Cedida``), or come first (``Jane Doe/agency.com The old
        town ...``).  Without a credit the whole block is the caption.  ``None`` only for
        blank text.
        """
        span = strip_span(text, 0, len(text))
        if len(span) == 0:
            return None
        found = self.find_credit(text, span.start, span.end)
        if found is None or found.end <= found.start:
            return Photo(span=span.shift(offset), caption=text[span.start : span.end],
                         caption_span=span.shift(offset), credit=None)
        credit = self.credit_parser.make(text, found, offset)
        if found.start - span.start <= span.end - found.end:
            cap = strip_span(text, found.end, span.end)  # credit first
        else:
            cap = strip_span(text, span.start, found.start)
        if len(cap) == 0:
            return Photo(span=span.shift(offset), caption=None, caption_span=None, credit=credit)
        return Photo(span=span.shift(offset), caption=text[cap.start : cap.end],
                     caption_span=cap.shift(offset), credit=credit)

    def find_trailing_credit(self, text: str, offset: int = 0) -> Credit | None:
        """A credit with an explicit marker at the end of a body paragraph, or ``None``.

        Strict, since it runs on every paragraph: only ``STRICT_LABELS`` with a colon,
        ``©``, ``(AP Photo/...)`` and ``Photo by ...``, and only a short body that reads like
        names.  Looks at the last ``TRAILING_WINDOW`` characters only.
        """
        start, end = _strip_bounds(text, max(0, len(text) - self.TRAILING_WINDOW - 1), len(text))
        pats = self.credit_parser.patterns()
        if not pats.has_strict_hint(text, start, end) or not pats.may_hold_strict_marker(text, start, end):
            return None
        if start == end:
            return None
        found = self.trailing_marked(text, start, end, strict=True)
        return None if found is None else self.credit_parser.make(text, found, offset)

    def credit_line(self, text: str, offset: int = 0, *, after_caption: bool = False) -> Credit | None:
        """A line or block that is nothing but a credit, or ``None``.

        Without ``after_caption`` only marked credits and known agencies (alone or with
        names: ``Jane Doe/AP``, ``AFP via Getty Images``); with it (the block before looks
        like a caption) also a bare name of 2-4 capitalised words (``Jane Doe``).
        """
        start, end = _strip_bounds(text, 0, len(text))
        if start == end or end - start > self.credit_parser.MAX_CHARS:
            return None
        # A cheap first look: prose (several lower-case words) without a marker near its
        # start is no credit line.
        # Counting stops one past the limit: only "more than the limit" matters.
        lower_words = _LOWER_WORD.finditer(text, start, end)
        lower = len(list(itertools.islice(lower_words, self.MAX_LINE_LOWER_WORDS + 1)))
        if ((lower > self.MAX_LINE_LOWER_WORDS or _DIGIT.search(text, start, end))
                and next(self._iter_markers(text, start, min(end, start + 80)), None) is None):
            return None
        # Without a caption above it, a credit line either has what every explicit marker
        # has (a colon, a slash, ©…) or is a few words (an agency alone: "Getty Images").
        if (not after_caption and len(text[start:end].split()) > self.MAX_BARE_CREDIT_WORDS
                and not self.credit_parser.patterns().has_strict_hint(text, start, end)):
            return None
        level = "name" if after_caption else "agency"
        found = self.credit_parser.whole(text, start, end, level=level)
        return None if found is None else self.credit_parser.make(text, found, offset)

    # ------------------------------------------------------------------ finding credits

    def find_credit(self, text: str, start: int, end: int) -> _Found | None:
        """The credit in the stripped caption block ``text[start:end]``, or ``None``.

        Tried in order: the whole block; a marked credit at the start that ends cleanly; a
        marked credit at the end; a marked credit at the start cut at a sentence end; an
        unmarked credit at the end; an unmarked credit at the start.
        """
        cp = self.credit_parser
        lead = self.leading_marked(text, start, end)
        if lead is not None and lead[1]:
            return lead[0]
        whole = cp.whole(text, start, end, level="name")
        if whole is not None:
            return whole
        found = self.trailing_marked(text, start, end, strict=False)
        if found is not None:
            return found
        if lead is not None:
            return lead[0]
        found = self.trailing_unmarked(text, start, end)
        if found is not None:
            return found
        return self.leading_unmarked(text, start, end)

    def leading_marked(self, text: str, start: int, end: int) -> tuple[_Found, bool] | None:
        """A marked credit opening the block, and whether it ended cleanly.

        It ends before a caption label (``Image caption``), after a slash group or a known
        agency followed by a capitalised word, or at the block's end when all of it can be a
        credit (clean); else at the first sentence end (not clean).
        """
        cp = self.credit_parser
        pats = cp.patterns()
        marked = cp.marker_at(text, start, min(end, start + self.CAPTION_WINDOW))
        if marked is None:
            return None
        cstart, body = marked
        window_end = min(end, body + cp.BODY_MAX_CHARS + 40)
        lab = pats.caption_label.search(text, body, window_end)
        if lab is not None:
            stop = strip_span(text, cstart, lab.start()).end
            if stop > body and cp.body_ok(text, body, stop, strict=False):
                return cp.found(text, cstart, stop), True
        jm = _LEAD_JUNK.match(text, body, window_end)
        b2 = jm.end() if jm is not None else body
        sm = pats.lead_slash.match(text, b2, window_end)
        if sm is not None and self._caption_after(text, sm.end(), end):
            return cp.found(text, cstart, sm.end()), True
        am = pats.lead_agency.match(text, b2, window_end)
        if am is not None and self._caption_after(text, am.end(), end):
            return cp.found(text, cstart, am.end()), True
        om = self._org_name_end(text, b2, window_end)
        if om is not None and self._caption_after(text, om, end):
            return cp.found(text, cstart, om), True
        if cp.body_ok(text, body, end, strict=False):
            return cp.found(text, cstart, end), True
        bm = _SENTENCE_BOUNDARY.search(text, body, window_end)
        if bm is not None:
            stop = bm.start() + 2  # the credit ends before its stop
            if (len(text[body:stop].split()) <= self.LEADING_CUT_MAX_WORDS
                    and cp.body_ok(text, body, stop, strict=False)):
                return cp.found(text, cstart, stop), False
        return None

    def _org_name_end(self, text: str, pos: int, end: int) -> int | None:
        """The end of a name of capitalised words closed by an organisation word, followed by
        a capitalised word: ``Jahr Media | Auf der ...``.  ``None`` when there is none."""
        pats = self.credit_parser.patterns()
        tokens = list(_TOKEN.finditer(text, pos, min(end, pos + 120)))
        for k, tm in enumerate(tokens[:5]):
            tok = tm.group()
            if _ORG_WORD.fullmatch(tok) is None:
                return None
            low = _fold(tok).rstrip(".")
            if low in pats.org_words or low in pats.media_words:
                nxt = tokens[k + 1].group() if k + 1 < len(tokens) else ""
                if k > 0 and nxt[:1].isupper():
                    return tm.end()
                return None
        return None

    def _caption_after(self, text: str, pos: int, end: int) -> bool:
        """Do enough words follow ``pos`` to be a caption?"""
        for n, _ in enumerate(_TOKEN.finditer(text, pos, min(end, pos + 200)), 1):
            if n >= self.LEADING_CAPTION_MIN_WORDS:
                return True
        return False

    def trailing_marked(self, text: str, start: int, end: int, *, strict: bool) -> _Found | None:
        """The earliest marker in the last part of ``text[start:end]`` whose rest is a credit."""
        cp = self.credit_parser
        window = self.TRAILING_WINDOW if strict else self.CAPTION_WINDOW
        wstart = max(start, end - window)
        for m in self._iter_markers(text, wstart, end):
            kind = cp.marker_kind(m)
            if strict and not cp.is_strict_marker(m):
                continue
            if kind in ("by", "bare", "labag") and not self._clause_start(text, start, m.start()):
                continue
            if not cp.body_ok(text, cp.body_start(m), end, strict=strict):
                continue
            cstart = self._extend_left(text, start, m.start(), end)
            return cp.found(text, cstart, end)
        return None

    def _iter_markers(self, text: str, start: int, end: int) -> Iterator[regex.Match[str]]:
        """What ``marker.finditer(text, start, end)`` finds, trying only plausible starts.

        Lazy: a caller that only asks whether there is a marker stops at the first.
        """
        pats = self.credit_parser.patterns()
        prefixes, short = pats.marker_heads(text, start, end)
        # Without a slash, colon or ellipsis in the window no marker can begin in lower
        # case: then only capitals are tried, which skips most words of prose.  The
        # pattern also skips the letters that begin no marker word (most of them).
        starts = pats.candidate_starts(text, start, end)
        pos = start
        for cm in starts.finditer(text, start, end):
            i = cm.start()
            if i < pos or not _may_open_marker(text[i : min(i + 3, end)], prefixes, short):
                continue
            m = pats.match_marker(text, i, end)
            if m is not None:
                yield m
                pos = m.end()

    def _clause_start(self, text: str, start: int, pos: int) -> bool:
        """Is ``pos`` at the start of the block, after a sentence end, a line break or a ``(``?"""
        i = pos
        while i > start and text[i - 1] in " \t\u00a0(|":
            if text[i - 1] in "(|":
                return True
            i -= 1
        if i <= start:
            return True
        prev = text[i - 1]
        return prev in ".!?…\n\r›\"'’”»)]"

    def _extend_left(self, text: str, start: int, pos: int, end: int) -> int:
        """Take a ``(`` (when the credit closes it) or a ``|`` just before a marker into the credit."""
        i = pos
        while i > start and text[i - 1] in " \t\u00a0":
            i -= 1
        if i > start and text[i - 1] == "|":
            return i - 1
        if pos > start and text[pos - 1] == "(":
            chunk = text[pos:end]
            if chunk.count(")") > chunk.count("("):
                return pos - 1
        return pos

    def trailing_unmarked(self, text: str, start: int, end: int) -> _Found | None:
        """An unmarked credit at the end: after the last sentence, glued on, or a run with evidence."""
        cp = self.credit_parser
        wstart = max(start, end - self.CAPTION_WINDOW)
        # 1. After the last sentence end (or line break, or pipe): a short capitalised tail.
        best: tuple[int, int] | None = None
        breaks = [m for m in _BREAK.finditer(text, wstart, end) if self._real_break(text, wstart, m)]
        for m in reversed(breaks[-4:]):
            ts = self._tail_start(text, m.end(), end)
            if ts >= end:
                continue
            glued = ts == m.end() and m.group("stop") is not None
            if glued and not (self._glued_ok(text, ts, end) or "/" in text[ts:end] or "|" in text[ts:end]):
                # ``google.JPG``: a glued tail must be a credit word, an agency or a name
                ok = False
            else:
                ok = cp.tail_parts_ok(text, ts, end, need_evidence=False)
            if ok:
                if best is None or ts < best[0]:
                    best = (ts, end)
            elif best is not None or m.group("stop") is not None:
                break  # a longer tail would hold a whole sentence
        if best is not None and best[0] > start:
            return cp.found(text, best[0], best[1])
        # 2. Glued on with no space: ``...organizacionalCedida``.
        camel = None
        for cm in _CAMEL.finditer(text, max(start, end - self.CAMEL_WINDOW), end):
            camel = cm
        if camel is not None:
            cs = camel.end()
            kind_ok = self._glued_ok(text, cs, end)
            if kind_ok:
                return cp.found(text, cs, end)
        # 3. A run of capitalised words at the very end, with evidence of being a credit.
        return self.trailing_run(text, start, end)

    def _real_break(self, text: str, wstart: int, m: regex.Match[str]) -> bool:
        """Is this stop a sentence end, not an initial (``L.``), an abbreviation or an ordinal?"""
        if m.group("stop") is None:
            return True
        s = m.start()
        if text[s] != ".":
            return True
        j = s
        while j > wstart and not text[j - 1].isspace() and s - j < 40:
            j -= 1
        word = text[j:s]
        if not word:
            return False
        glued = m.end() < len(text) and not text[m.end()].isspace()
        if glued and not (word[-1].islower() or word[-1].isdigit()):
            return False
        if _INITIALS.fullmatch(word + ".") or (len(word) == 1 and word.isupper()):
            return False
        if word.lstrip("(") in self.credit_parser.patterns().abbreviations:
            return False
        return not (word.isdigit() and len(word) <= 2)

    def _tail_start(self, text: str, pos: int, end: int) -> int:
        """Skip white space and separators (``|``, ``›``, dashes) at the start of a tail."""
        i = pos
        while i < end and (text[i].isspace() or text[i] in "|›»-–—·•:"):
            i += 1
        return i

    def _glued_ok(self, text: str, start: int, end: int) -> bool:
        """Is the tail of a glued credit a credit word, an agency or a person's name?"""
        cp = self.credit_parser
        parts = cp.split_parts(text, start, end)
        if not parts or any(k is None for k, _, _ in parts):
            return False
        kinds = [k for k, _, _ in parts]
        if len(parts) == 1:
            return kinds[0] in ("word", "agency", "name")
        return "agency" in kinds and all(k in ("agency", "source", "name", "handle", "org") for k in kinds)

    def trailing_run(self, text: str, start: int, end: int) -> _Found | None:
        """The longest credit-like run of words at the end that shows evidence of being a credit."""
        cp = self.credit_parser
        pats = cp.patterns()
        wstart = max(start, end - self.CAPTION_WINDOW)
        tokens = list(_TOKEN.finditer(text, wstart, end))
        starts: list[int] = []
        k = len(tokens) - 1
        words = 0
        while k >= 0 and words <= cp.SEPARATED_TAIL_MAX_WORDS:
            tok = tokens[k].group()
            nxt = tokens[k + 1].group() if k + 1 < len(tokens) else ""
            if tok in "/|":
                k -= 1
                continue
            joiner = tok in pats.particles or tok in self.RUN_JOINERS
            ok = (_CAP_WORD.fullmatch(tok) is not None or _ORG_WORD.fullmatch(tok) is not None
                  or joiner or _DOMAIN.fullmatch(tok) is not None or _fold(tok) in pats.agency_tokens
                  or (nxt in ("/", "|") and _HANDLE.fullmatch(tok) is not None))
            if not ok:
                break
            words += 1
            if not joiner:
                starts.append(tokens[k].start())
            k -= 1
        if k < 0 and tokens and tokens[0].start() <= start:
            # the whole block: that is for :meth:`CreditParser.whole`, not a tail
            starts = [s for s in starts if s > start]
        for s in reversed(starts):  # longest first
            if not (cp.tail_parts_ok(text, s, end, need_evidence=True) and self._before_ok(text, start, s)):
                continue
            if len(text[s:end].split()) == 1 and cp.part_kind(text[s:end]) not in ("agency", "word"):
                continue  # one word (``2014 IN PICTURES``) is too little to go on
            return cp.found(text, s, end)
        return None

    def _before_ok(self, text: str, start: int, pos: int) -> bool:
        """Is there caption text before ``pos``?"""
        return any(not c.isspace() for c in text[max(start, pos - 4) : pos])

    def leading_unmarked(self, text: str, start: int, end: int) -> _Found | None:
        """An unmarked credit opening the block: ``Name/agency`` or a credit word, then the caption."""
        cp = self.credit_parser
        pats = cp.patterns()
        window_end = min(end, start + self.CAPTION_WINDOW)
        sm = pats.lead_slash.match(text, start, window_end)
        if sm is not None and self._caption_after(text, sm.end(), end):
            pre = strip_span(text, sm.start("pre"), sm.end("pre"))
            kind = cp.part_kind(text[pre.start : pre.end])
            if kind in ("name", "agency", "source"):
                return cp.found(text, start, sm.end())
        wm = pats.lead_word.match(text, start, window_end)
        if wm is not None and self._caption_after(text, wm.end(), end):
            return cp.found(text, start, wm.end())
        return None


_DEFAULT_PHOTOS: Final = PhotoParser()


def parse_credit(text: str) -> Credit | None:
    """A photo credit (``AP Photo/Evan Vucci``) -> :class:`Credit`, with the default parser."""
    return _DEFAULT_PHOTOS.credit_parser.parse(text)


def parse_caption(text: str) -> Photo | None:
    """A caption block (caption then credit) -> :class:`Photo`, with the default parser."""
    return _DEFAULT_PHOTOS.parse_caption(text)
