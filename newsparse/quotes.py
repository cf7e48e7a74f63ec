"""Quotations: direct, partial and running quotes with their speakers and cues.

:class:`QuoteParser` finds the quotations in the body paragraphs of an article and
attributes each to an entity of the article.

How it works, in short:

1. **Marks.**  One regex pass per paragraph finds the quotation marks that can open or
   close (an apostrophe between two letters is never one).  Each mark is read from the
   characters beside it (an opener has text after it and space or an opening sign
   before it; a closer the reverse) and paired on a small stack, so that ‘…’ nests inside
   “…”, „…“ and «…» pair, a stray mark is dropped at the end of its paragraph, and a
   straight ``'`` or ``"`` after a digit (``6' 2"``) or before an elision (``'90s``) is
   no mark at all.  A quote never crosses a paragraph break, except a **running quote**:
   a paragraph that ends inside a quote, followed by a paragraph that opens with a mark.
   A running quote is given as **one** :class:`~newsparse.model.Quote` from the first
   opener to the last closer, so its ``text`` holds the paragraph breaks and the marks
   that open the continuing paragraphs (``source[span] == text`` still holds).
2. **Kinds.**  A quote is ``direct`` when it stands where a sentence may start (the
   paragraph's start, after a sentence, after ``said,`` or ``:``) and reads as a sentence
   (capital first or ends in a sentence mark); otherwise ``partial``.
3. **Attribution**, by rules tried in order of confidence, each recorded in
   :attr:`Quote.how`: a cue right after the quote (``“…,” X said``, ``“…,” said X``,
   ``“…” — X``), a cue before it in its sentence (``X said: “…”``, ``According to X, “…”``,
   ``X said that … “…”``), the sentence after (``“…” X said.``), the sentence before,
   the speaker of the previous part of a split quote, the previous paragraph for a quote
   that opens its own paragraph, and, for a partial quote, the subject of its sentence.
   A speaker is an entity mention beside the cue (through a title or an apposition:
   ``Russia's deputy foreign minister, Sergei Ryabkov, said``), a pronoun resolved to the
   subject of its sentence or of the sentence before (else the last entity of a fitting
   kind named before), a role (``the minister said``) resolved to the last entity holding
   that title, or, when :attr:`QuoteParser.NOMINAL_SPEAKERS` is true, a common-noun speaker
   such as ``police`` or ``a senior Cruz adviser`` given as printed (``how="nominal"``).
   A body acting for a name is given as printed (``the Trump campaign``, ``Ryan's office``:
   ``how="affiliation"``); a writing speaks for its author (``the Kremlin statement``).
   When a sentence holds several attributions, the outermost wins: a source ending the
   sentence (``“…,” X said, according to CNN``; ``…, The Times reported``), a source
   opening it (``According to X, …``), then the first cue of the quote's clause (``Israel
   said Clinton called on members to be “…”``), past phrases set off at the start
   (``After Trump spoke, …``); a cue word used as a noun (``his comments``) is no cue.

Vocabularies (cue verbs, cue phrases, pronouns, role nouns, mark pairs) are class
attributes; extend them in a subclass.  The compiled patterns are built once per class.
"""

from __future__ import annotations

import bisect
import re
import sys
from collections.abc import Iterator, Sequence
from itertools import compress, islice, repeat
from operator import attrgetter, eq, itemgetter
from typing import Any, ClassVar, Final, Protocol

import regex

from ._cache import per_class
from ._compat import mypyc_attr
from .model import Entity, EntityKind, Quote, Span
from .text import span_of

__all__ = ["QuoteParser"]

# The kinds as constants: compiled, a member read off the enum class is a dictionary look-up
# and a call through the enum's __getattr__ hook each time; a Final module constant is not.
_PERSON: Final = EntityKind.PERSON
_ORG: Final = EntityKind.ORG
_LOC: Final = EntityKind.LOC
_MISC: Final = EntityKind.MISC


def _regular(*bases: str) -> frozenset[str]:
    """The forms of regular verbs: ``add`` -> add, adds, added, adding."""
    out: set[str] = set()
    for b in bases:
        out.add(b)
        if b.endswith("e"):
            out.update((b + "s", b + "d", b[:-1] + "ing"))
        elif b.endswith("y") and b[-2:-1] not in "aeiou":
            out.update((b[:-1] + "ies", b[:-1] + "ied", b + "ing"))
        elif b.endswith(("s", "sh", "ch", "x")):
            out.update((b + "es", b + "ed", b + "ing"))
        else:
            out.update((b + "s", b + "ed", b + "ing"))
    return frozenset(out)


def _doubled(*bases: str) -> frozenset[str]:
    """The forms of regular verbs that double their last consonant: ``admit`` -> admit,
    admits, admitted, admitting."""
    return frozenset(f for b in bases for f in (b, b + "s", b + b[-1] + "ed", b + b[-1] + "ing"))


_Trie = dict[str, "_Trie"]


def _trie(words: set[str]) -> str:
    """A regex alternation of ``words`` shaped as a trie (``sa(?:id|ys)``)."""
    root: _Trie = {}
    for w in words:
        node = root
        for ch in w:
            node = node.setdefault(ch, {})
        node[""] = {}

    def build(node: _Trie) -> str:
        alts = [re.escape(ch) + build(node[ch]) for ch in sorted(k for k in node if k)]
        if not alts:
            return ""
        if len(alts) == 1 and "" not in node:
            return alts[0]
        return "(?:" + "|".join(alts) + ")" + ("?" if "" in node else "")

    return build(root)


class _Tables:
    """What :class:`QuoteParser` builds from its vocabularies, once per class."""

    def __init__(self, cls: type[QuoteParser]) -> None:
        # Each cue in lower case and with a capital first letter, as a trie: the stdlib
        # engine scans a trie-shaped alternation in one fast pass (a flat alternation of
        # hundreds of words, or a case-insensitive one, is many times slower).
        forms: set[str] = set()
        for c in cls.CUE_VERBS | cls.CUE_PHRASES:
            c = c.casefold()
            forms.update((c, c[:1].upper() + c[1:]))
        # A cue is a whole word (or phrase); case-insensitive so that ``Said`` opening a
        # sentence counts, but never inside another word.  The class of first letters lets
        # the engine reject most positions with one table look-up before it walks the trie.
        first = "".join(sorted({re.escape(f[0]) for f in forms if f}))
        trie = _trie(forms).replace(r"\ ", r"\s++")
        self.cue = re.compile(r"\b(?=[" + first + r"])(?<![’'-])" + trie + r"(?![\w’'-])")
        # The same cues with the character before them: a pattern that opens with a class
        # lets the engine skip from one such character to the next in a tight loop, where
        # the pattern above is tried at every position (about 1.5 times as slow).
        self.cue_after = re.compile(r"[^\w’'-](?=[" + first + r"])" + trie + r"(?![\w’'-])")
        # Both for ASCII text (picked by ``str.isascii()``, as the ASCII twins below): the
        # cues that can match there, and ``\w`` spelled out, which the engine tests faster
        # than the Unicode class (a scan tries the pattern after every space).
        forms_a = {f for f in forms if f.isascii() and f}
        first_a = "".join(sorted({re.escape(f[0]) for f in forms_a}))
        trie_a = _trie(forms_a).replace(r"\ ", r"\s++") if forms_a else ""
        # (With no cue that ASCII text can hold, patterns that match nothing.)
        self.cue_for = (self.cue, re.compile(r"\b(?=[" + first_a + r"])(?<!['-])" + trie_a
                                             + r"(?![A-Za-z0-9_'-])" if forms_a else "(?!)"))
        self.cue_after_for = (self.cue_after, re.compile(r"[^A-Za-z0-9_'-](?=[" + first_a + r"])" + trie_a
                                                         + r"(?![A-Za-z0-9_'-])" if forms_a else "(?!)"))
        # What a cue match may hold besides white space: a scan for cues may start or stop
        # beside any other character (see ``_Index``).
        self.cue_chars = frozenset(ch for f in forms for ch in f if not ch.isspace())
        # Sentence bounds (after . ! ? … closing marks and space) and quote ends (beside a
        # mark) are such places unless a cue holds one of those signs.
        mark_chars = set(cls.MARK_PAIRS) | set(cls.MARK_PAIRS.values()) | set("'’‘\"")
        self.cuts_safe = not self.cue_chars & (set(".!?…)]\"'”’»") | mark_chars)
        self.cue_phrases = frozenset(c.casefold() for c in cls.CUE_PHRASES)
        self.according = frozenset(c.casefold() for c in cls.ACCORDING)
        opening = "".join(regex.escape(c) for c in cls.MARK_PAIRS)
        closing = "".join(regex.escape(c) for c in set(cls.MARK_PAIRS.values()))
        marks = "".join(sorted(set(opening + closing + "'’‘\"")))
        # Candidate marks: any quote sign, except an apostrophe inside a word (don't, Peskov’s).
        # Two apostrophes stand for a double mark in some archives (``''Yes,'' he said``).
        self.marks = regex.compile(
            r"(?:''|(?<![\p{L}\p{N}])[" + marks + r"]|[" + marks + r"](?![\p{L}\p{N}]))", regex.V1)
        # The quote signs alone, to find with ``str.find`` (see ``_positions``), several times
        # faster than a regex scan; :meth:`QuoteParser._marks` then tells the marks from the
        # apostrophes inside words as ``marks`` does.
        sign = regex.compile("[" + marks + "]", regex.V1)
        self.mark_signs = "".join(ch for ch in marks if sign.fullmatch(ch))
        # Those that an ASCII text can hold (no need to look for the others there).
        self.mark_signs_for = (self.mark_signs, "".join(ch for ch in self.mark_signs if ch.isascii()))
        self.pronouns = {k.casefold(): v for k, v in cls.PRONOUNS.items()}
        self.gap_words = frozenset(w.casefold() for w in cls.GAP_WORDS)
        self.roles = frozenset(w.casefold() for w in cls.ROLE_NOUNS)
        self.determiners = frozenset(w.casefold() for w in cls.DETERMINERS)
        self.coordinators = frozenset(w.casefold() for w in cls.COORDINATORS)
        self.voice = frozenset(w.casefold() for w in cls.VOICE_NOUNS)
        self.before_name = frozenset(w.casefold() for w in cls.BEFORE_NAME) | self.determiners | self.roles
        self.naming = frozenset(w.casefold() for w in cls.NAMING_CUES)
        self.hearer_first = frozenset(w.casefold() for w in cls.HEARER_CUES)
        self.fronting = frozenset(w.casefold() for w in cls.FRONTING)
        polls = {f for w in cls.POLL_NOUNS for f in (w.casefold(), w[:1].upper() + w[1:].casefold())}
        self.polls = re.compile(r"\b(?:" + _trie(polls) + r")\b")
        fronting = {f for w in self.fronting for f in (w, w[:1].upper() + w[1:])}
        self.fronted = re.compile(r"[^\w,.;:!?]{0,6}(?:" + _trie(fronting) + r")\b")
        self.quantities = frozenset(w.casefold() for w in cls.QUANTITIES)
        self.noun_before = frozenset(w.casefold() for w in cls.NOUN_BEFORE)
        self.bodies = frozenset(w.casefold() for w in cls.BODY_NOUNS)
        self.indefinite = frozenset(w.casefold() for w in cls.INDEFINITE)
        self.participle_openers = frozenset(w.casefold() for w in cls.PARTICIPLE_OPENERS)
        self.sources = frozenset(w.casefold() for w in cls.SOURCE_CUES)
        # What a cue that names a source holds (see ``_source_after``): of each form of such a
        # cue, its longest word, without its first letter when that word opens the form (so
        # that the capitalised form gives the same piece); of nested pieces only the shortest.
        named = {" ".join(w.split()) for w in self.according | self.sources}
        pieces: set[str] = set()
        for f in forms:
            words = f.split()
            if words and " ".join(w.casefold() for w in words) in named:
                at = max(range(len(words)), key=lambda k: len(words[k]))  # (the first longest)
                longest = words[at]
                pieces.add(longest[1:] if at == 0 and len(longest) > 1 else longest)
        self.source_pieces = tuple(sorted(p for p in pieces if not any(q != p and q in p for q in pieces)))
        self.elision = regex.compile(r"(?:\d\d?s?|" + "|".join(
            regex.escape(e) for e in sorted(cls.ELISIONS, key=len, reverse=True)) + r")(?![\p{L}\p{N}])",
            regex.I | regex.V1)


# A word (with the dots of an abbreviation, and so with the full stop of a word that ends a
# sentence: see ``_bare``).
_WORDS: Final = regex.compile(r"[\p{L}\p{N}][\p{L}\p{N}'’.\-]*+")
# A sentence ends at . ! ? … (with closing marks after it) followed by space and a sentence
# start; not after a title abbreviation or an initial (``Mr. Putin``, ``J. Smith``, ``U.S.``).
_SENT_END: Final = regex.compile(r"[.!?…]++[)\]\"'”’»]*+\s++(?=[\p{Lu}\p{N}“\"‘'«„(\[—–-])", regex.V1)
# What before a full stop makes it no sentence end: a title abbreviation, an initial.
_NO_END_ABBREVIATIONS: Final = (
    "Mr", "Mrs", "Ms", "Dr", "Sen", "Rep", "Gov", "Gen", "Lt", "Col", "Sgt", "Capt", "Maj", "Adm", "St", "Jr",
    "Sr", "Rev", "Prof", "No", "vs", "Inc", "Corp", "Co", "Ltd", "Mt", "Ft", "Jan", "Feb", "Aug", "Sept",
    "Sep", "Oct", "Nov", "Dec", "Calif", "Fla", "Ariz", "Mass", "Penn", "Pa", "Va", "Ky", "Tenn", "Ill",
    "Mich", "Wis", "Minn", "Conn", "Wash", "Ore", "Colo", "Okla", "Ala", "Ga", "La", "Miss", "Mo", "Md",
    "Del", "Neb", "Nev", "Ind", "Ark", "Kan",
)
_NO_END_BEFORE: Final = regex.compile(
    r"(?:\b(?:" + "|".join(_NO_END_ABBREVIATIONS) + r")|\b\p{Lu}|\.\p{Lu})\Z", regex.V1)
# What ``_SENT_END`` reads, for the check of each candidate written out in ``_Sentences._find``
# (a call into the engine per full stop costs more than the few character tests).  The
# engine's white space (``\s``): the White_Space characters it accepts (not U+001C-U+001F,
# which ``str.isspace`` counts).
_SENT_MARKS: Final = frozenset(".!?…")
_SENT_CLOSERS: Final = frozenset(")]\"'”’»")
_WHITE: Final = frozenset(ch for ch in "\t\n\x0b\x0c\r\x1c\x1d\x1e\x1f \x85\xa0\u1680\u2000\u2001\u2002\u2003"
                   "\u2004\u2005\u2006\u2007\u2008\u2009\u200a\u2028\u2029\u202f\u205f\u3000"
                   if regex.match(r"\s", ch, regex.V1))
# A sentence's first character as ``_SENT_END``'s look-ahead reads it: the ASCII ones listed,
# any other tested by the engine.
_SENT_START_ASCII: Final = frozenset("ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789\"'([-")
_SENT_START: Final = regex.compile(r"[\p{Lu}\p{N}“\"‘'«„(\[—–-]", regex.V1)


def _sent_end_ascii(sign: str) -> re.Pattern[str]:
    """``_SENT_END`` for ASCII text (the standard engine, the classes spelled out), from one
    end sign that opens its run of signs (the run's first sign: the look-behind), with
    ``_NO_END_BEFORE`` after a full stop as look-behinds, a group per length (the engine
    looks behind by a fixed width)."""
    s = re.escape(sign)
    behind = r"(?<![.!?]" + s + ")"
    if sign == ".":
        lengths = sorted({len(a) for a in _NO_END_ABBREVIATIONS})
        behind += "".join(r"(?<!\b(?:" + "|".join(a for a in _NO_END_ABBREVIATIONS if len(a) == n) + r")\.)"
                          for n in lengths) + r"(?<!\b[A-Z]\.)(?<!\.[A-Z]\.)"
    return re.compile(s + behind + r"[.!?]*+[)\]\"']*+[\t\n\x0b\x0c\r ]++(?=[A-Z0-9\"'(\[\-])")


# How far the look-behinds of ``_SENT_ENDS_ASCII`` read before a sign (``_NO_END_BEFORE``
# reads no further back than this, nor before the paragraph: the signs that close to its
# start are read in ``_Sentences._find``).
_SENT_END_BEHIND: Final = 1 + max(len(a) for a in _NO_END_ABBREVIATIONS)
_SENT_ENDS_ASCII: Final = tuple(_sent_end_ascii(sign) for sign in ".!?")
_MATCH_END: Final = re.Match.end
_SPACE: Final = regex.compile(r"\s++")
_PARA_START: Final = regex.compile(r"\s*+")  # used with match(), which anchors at pos
# What may stand between a quote's closing mark and its attribution (``,” said``; ``” — X``).
# (Read character by character in ``_trail_lead_end``.)
_TRAIL_LEAD: Final = regex.compile(r"[,\s]*+(?:[—–]|--?)?\s*+", regex.V1)
# A dash before the speaker: ``“…” — Jane Doe``.
_DASH: Final = regex.compile(r"[\s,]*+(?:[—–]|--?)\s*+", regex.V1)
_SENTENCE_MARK: Final = frozenset(".!?…")
# Title abbreviations and initials whose dot does not end a phrase (``Sen.``, ``J.``, ``D-N.Y.``).
_ABBREV: Final = regex.compile(r"\b(?:Sen|Rep|Gov|Dr|Mr|Mrs|Ms|Gen|Lt|Col|Sgt|Capt|Adm|Prof|Rev|St|Maj|Cmdr|"
                        r"Atty|Supt|Insp|Pres|Sec|Jr|Sr|Gens?|[\p{Lu}])\.", regex.V1)
# Where a new clause with its own subject may start inside a sentence.
_CLAUSE_BREAK: Final = re.compile(
    r"[,;]\s+(?:while|whereas|but|although|though|yet|and)\b|;|\s(?:after|before|when|while|whereas|because)\s"
    r"|\s(?:and|but)\s+(?=[A-ZÀ-ÖØ-ÞА-Я])|\s[—–-]+\s")
# "“…” by X", "“…” was coined by X": the agent after a quote.
_BY_AGENT: Final = regex.compile(r"[,\s]*+(?:(?:was|were|is|are|been|first)\s++[a-z]++\s++)?by\s++")
# Signs that end the stretch a rule reads, for quick tests (``not _DASHES.isdisjoint(text)``).
_DASHES: Final = frozenset('—–-')
_INTRO_STOPS: Final = frozenset('.,;“”"')
_CLAUSE_STOPS: Final = frozenset('.;!?')
_NAME_GAP_STOPS: Final = frozenset('.,;:!?“”"()[]')
_ROLE_GAP_STOPS: Final = frozenset('.;:!?“”"(),')
_QUALIFIER_STOPS: Final = frozenset('.,;:!?()“”"—–')
_GAP_STOPS: Final = frozenset(';!?“”"«»')
_PHRASE_STOPS: Final = frozenset('.,;:!?“”"')
_SIGN_STOPS: Final = frozenset('.,;:!?“”"—–')
# A share of a group before its name ("31 percent of", "Six in 10", "a majority of").
_SHARE_OF: Final = re.compile(r"(?:\d%|\bpercent|\bper cent|\bin 10|\bmajority|\bhalf|\bthird|\bquarter)"
                       r"(?: of)?(?: the)? ?\Z")
_POSSESSIVE: Final = frozenset({"'s", "’s", "'", "’"})
_PAREN: Final = regex.compile(r"\s*+\([^()\n]{0,40}+\)")
_CAPITAL_NEXT: Final = regex.compile(r"\s++\p{Lu}", regex.V1)
_LAST_WORD: Final = regex.compile(r"[\p{L}\p{N}]++(?=[^\p{L}\p{N}]*+\Z)", regex.V1)
# A party and state tag after a legislator's name (``R-Pa.``, ``D-N.Y.``): no speaker.
_PARTY_TAG: Final = regex.compile(r"[RDI]-[\p{Lu}][\p{L}.]*+", regex.V1)

# ASCII twins of the ``regex`` patterns above, for the standard engine, which answers a call
# in less than half the time (``regex`` sets up more per call, and per match).  On a string
# of ASCII characters only, each finds exactly what its twin finds: the classes are spelled
# out in ASCII (``[\p{L}\p{N}]`` is ``[A-Za-z0-9]`` there, ``\p{Lu}`` is ``[A-Z]``, and
# ``regex``'s ``\s`` is ``_S``, not the standard engine's ``\s``, which adds \x1c-\x1f).
# ``str.isascii`` answers without reading the string, so the choice costs next to nothing;
# each pair is indexed by it: ``_WORDS_FOR[text.isascii()]``.
_S: Final = r"[\t\n\x0b\x0c\r ]"
_Match = re.Match[str] | regex.Match[str]


# (real defaults, not ``...``: the compiled build makes these methods and evaluates them)
_NO_LIMIT: Final = sys.maxsize


class _Pattern(Protocol):
    """What the code asks of a compiled pattern of either engine."""

    def finditer(self, string: str, pos: int = 0, endpos: int = _NO_LIMIT, /) -> Iterator[_Match]: ...
    def findall(self, string: str, pos: int = 0, endpos: int = _NO_LIMIT, /) -> list[Any]: ...
    def search(self, string: str, pos: int = 0, endpos: int = _NO_LIMIT, /) -> _Match | None: ...
    def match(self, string: str, pos: int = 0, endpos: int = _NO_LIMIT, /) -> _Match | None: ...
    def fullmatch(self, string: str, pos: int = 0, endpos: int = _NO_LIMIT, /) -> _Match | None: ...
    def sub(self, repl: str, string: str, /) -> str: ...


_Twin = tuple[_Pattern, _Pattern]
_WORDS_FOR: Final[_Twin] = (_WORDS, re.compile(r"[A-Za-z0-9][A-Za-z0-9'.\-]*+"))
_NO_END_BEFORE_FOR: Final[_Twin] = (
    _NO_END_BEFORE, re.compile(_NO_END_BEFORE.pattern.replace(r"\p{Lu}", "[A-Z]")))
_PARA_START_FOR: Final[_Twin] = (_PARA_START, re.compile(_S + "*+"))
_DASH_FOR: Final[_Twin] = (_DASH, re.compile(r"[\t\n\x0b\x0c\r ,]*+--?" + _S + "*+"))
_ABBREV_FOR: Final[_Twin] = (_ABBREV, re.compile(_ABBREV.pattern.replace(r"[\p{Lu}]", "[A-Z]")))
_BY_AGENT_FOR: Final[_Twin] = (_BY_AGENT, re.compile(
    r"[,\t\n\x0b\x0c\r ]*+(?:(?:was|were|is|are|been|first)" + _S + "++[a-z]++" + _S + "++)?by" + _S + "++"))
_PAREN_FOR: Final[_Twin] = (_PAREN, re.compile(_PAREN.pattern.replace(r"\s", _S)))
_CAPITAL_NEXT_FOR: Final[_Twin] = (_CAPITAL_NEXT, re.compile(_S + "++[A-Z]"))
_LAST_WORD_FOR: Final[_Twin] = (_LAST_WORD, re.compile(r"[A-Za-z0-9]++(?=[^A-Za-z0-9]*+\Z)"))
_PARTY_TAG_FOR: Final[_Twin] = (_PARTY_TAG, re.compile(r"[RDI]-[A-Z][A-Za-z.]*+"))
# The words of ``_WORDS_FOR[True]`` (ASCII), with those of four letters or more that open with a
# letter in group 1 (for ``QuoteParser._headline_like``).
_LONG_WORDS: Final = re.compile(r"([A-Za-z][A-Za-z0-9'.\-]{3,}+)|[A-Za-z0-9][A-Za-z0-9'.\-]*+")
_FIRST: Final = itemgetter(0)


_LETTER_OR_DIGIT: Final = regex.compile(r"[\p{L}\p{N}]", regex.V1)
# (``_Index.before`` written out at its callers: ``_bisect_left(index.starts, pos)``.)
_bisect_left: Final = bisect.bisect_left


def _bare(m: _Match) -> str:
    """A word found by ``_WORDS``, folded, without a full stop after it (``adviser.``)."""
    return m.group().rstrip(".").casefold()


def _trail_lead_end(source: str, k: int, hi: int) -> int:
    """Where ``_TRAIL_LEAD`` matched at ``k`` (bounded by ``hi``) ends, read character by
    character (its parts are possessive: no backtracking; most leads are a space or two)."""
    while k < hi and (source[k] == "," or source[k] in _WHITE):
        k += 1
    if k < hi:
        ch = source[k]
        if ch == "—" or ch == "–":
            k += 1
        elif ch == "-":
            k += 1
            if k < hi and source[k] == "-":
                k += 1
    while k < hi and source[k] in _WHITE:
        k += 1
    return k


def _text_start(source: str, lo: int, hi: int) -> int:
    """Where the text of ``source[lo:hi]`` starts, after white space (``_PARA_START``; a
    character that is no space to ``str.isspace`` is none to the engine either)."""
    if lo >= hi or not source[lo].isspace():
        return lo
    m = _PARA_START_FOR[source.isascii()].match(source, lo, hi)
    return m.end() if m else lo


def _letter_or_digit(ch: str) -> bool:
    """``[\\p{L}\\p{N}]`` as the ``regex`` engine reads it (ASCII answered without it)."""
    if ch.isascii():
        return ch.isalnum()
    return _LETTER_OR_DIGIT.match(ch) is not None


def _positions(text: str, chars: str, lo: int, hi: int) -> list[int]:
    """Where any of ``chars`` stands in ``text[lo:hi]``, sorted.  ``str.find`` runs a memchr
    scan, several times faster than a regex scan for a class of a few characters."""
    out: list[int] = []
    append = out.append
    find = text.find
    for ch in chars:
        i = find(ch, lo, hi)
        while i >= 0:
            append(i)
            i = find(ch, i + 1, hi)
    out.sort()
    return out


def _words_at_least(text: str, lo: int, hi: int, n: int) -> bool:
    """Are there ``n`` or more words in ``text[lo:hi]``?  (Stops at the ``n``-th.)"""
    return n <= 0 or next(islice(_WORDS_FOR[text.isascii()].finditer(text, lo, hi), n - 1, None),
                          None) is not None


# Function words: none stands in a description between a cue and the name after it
# ("said undecided voter Jane Doe", not "said that Jane Doe").
_FUNCTION: Final = frozenset({
    "that", "this", "these", "those", "there", "their", "they", "them", "then", "than", "what",
    "when", "where", "which", "while", "whom", "whose", "with", "without", "would", "will", "were",
    "been", "being", "have", "having", "does", "done", "could", "should", "might", "must", "also",
    "only", "just", "even", "still", "because", "since", "after", "before", "about", "into",
    "onto", "upon", "from", "over", "under", "between", "during", "against", "through", "some",
    "more", "most", "such", "very", "much", "many", "each", "every", "both", "either", "neither",
    "here", "thus", "once", "until", "unless", "though", "although", "whether", "anyone",
    "everyone", "someone", "nobody", "himself", "herself", "itself", "themselves", "ourselves",
    "yesterday", "today", "tonight", "tomorrow", "earlier", "later", "recently", "again",
})
# Prepositions of a place or group after a role noun (``a staffer in the room``).
_RELATIVES: Final = frozenset({"who", "which", "that"})
_PLACE_PREPOSITIONS: Final = frozenset({
    "in", "at", "from", "of", "for", "on", "with", "near", "inside", "outside",
}) | _RELATIVES
# Words before a name that make it an object, not a speaker ("a message to Trump:").
_OBJECT_BEFORE: Final = frozenset({
    "to", "for", "with", "about", "on", "at", "from", "against", "of", "by", "into", "toward",
    "towards", "over", "under", "than", "like",
})
# Capitalised words that name no one (when no entity holds them).
_NOT_NAMES: Final = frozenset({
    "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "january",
    "february", "march", "april", "june", "july", "august", "september", "october", "november",
    "december", "today", "tonight", "yesterday", "tomorrow", "here", "there", "who", "what",
    "which", "where", "why", "how", "everyone", "everybody", "someone", "somebody", "nobody",
    "anyone", "none", "mr", "mrs", "ms", "dr", "sir", "god", "lord", "am", "pm", "yes", "no",
    "others", "story", "article", "video", "photo", "update", "editor", "note",
    # "As X said", "so", "then", "also" opening a sentence in the other languages of the cues.
    "как", "так", "также", "тогда", "затем", "потом", "jak", "tak", "také", "pak", "wie", "so",
    "dann", "auch", "como", "así", "también", "comme", "ainsi", "aussi", "puis", "ensuite",
})
# A comma and a conjunction: a clause of its own follows.
_JOINED_CLAUSE: Final = re.compile(r"(?:,\s*+|^\s*+)(?:and|but|or|while|whereas|yet)\b")
# Conjunctions that open a clause of their own (besides ``COORDINATORS``).
_CLAUSE_WORDS: Final = frozenset({"but", "or", "so", "yet", "nor", "because", "if", "as", "once"})
# Nouns before a title that name a work, not words said (``the best-selling memoir “…”``).
_WORK_NOUNS: Final = frozenset({
    "book", "books", "memoir", "novel", "film", "movie", "show", "series", "song", "album",
    "single", "track", "program", "programme", "podcast", "documentary", "play", "musical",
    "sitcom", "episode", "column", "magazine", "newspaper", "blog", "website", "game", "app",
    "opera", "poem", "painting", "exhibit", "exhibition", "classic", "hit", "franchise", "brand",
    "channel", "station", "network", "publication", "edition", "anthology", "biography",
})
# Words opening the clause a cue reports (``told X that …``).
_COMPLEMENTIZERS: Final = frozenset({"that", "что", "že", "dass", "que", "che"})
# What may stand between two quotes that share a speaker ("“A” and “B,” she said").
_JOINERS: Final = frozenset({"", "and", "or"})
_PERSONS: Final = (_PERSON,)
_SPEAKING: Final = (_PERSON, _ORG)


class _Mark:
    """A quotation mark on the pairing stack."""

    __slots__ = ("char", "double", "para", "pos", "size")

    def __init__(self, char: str, pos: int, double: bool, para: int, size: int = 1) -> None:
        self.size = size
        self.char = char
        self.pos = pos
        self.double = double
        self.para = para


class _Found:
    """A quotation being attributed: content span, marks and paragraph."""

    __slots__ = ("after", "cue_span", "end", "how", "kind", "last_para", "open", "para", "sentence",
                 "speaker", "speaker_span", "start", "title")

    def __init__(self, open_pos: int, start: int, end: int, after: int, para: int, last_para: int) -> None:
        self.open = open_pos  # the opening mark
        self.start = start
        self.end = end
        self.after = after  # just after the closing mark
        self.para = para
        self.last_para = last_para
        self.kind = "direct"
        self.sentence = -1  # where the sentence holding the opening mark starts, once known
        self.speaker: str | None = None
        self.speaker_span: Span | None = None
        self.cue_span: Span | None = None
        self.how: str | None = None
        self.title = False  # a title given the speaker of the cue it stands after


class _Speaker:
    """A resolved speaker: the entity's name (or a phrase), the span used and the rule."""

    __slots__ = ("how", "name", "span")

    def __init__(self, name: str, span: Span, how: str) -> None:
        self.name = name
        self.span = span
        self.how = how


class _Cue:
    """A cue found in the writer's text: its bounds ``s`` and ``e`` and its ``text`` (read as
    attributes, which costs less than a call; the methods give a match's interface)."""

    __slots__ = ("e", "s", "text")

    def __init__(self, start: int, end: int, text: str) -> None:
        self.s = start
        self.e = end
        self.text = text

    def start(self) -> int:
        return self.s

    def end(self) -> int:
        return self.e

    def group(self) -> str:
        return self.text


class _Spans:
    """The quotes' content spans merged into sorted, disjoint stretches (a running quote may
    hold a quote of its first paragraph), for membership tests by bisection."""

    __slots__ = ("ends", "starts")

    def __init__(self, quotes: Sequence[_Found]) -> None:
        self.starts: list[int] = []
        self.ends: list[int] = []
        for q in quotes:  # sorted by start
            if self.ends and q.start <= self.ends[-1]:
                self.ends[-1] = max(self.ends[-1], q.end)
            else:
                self.starts.append(q.start)
                self.ends.append(q.end)

    def holds(self, pos: int) -> bool:
        """Is ``pos`` inside a quote (``start <= pos < end``)?"""
        k = bisect.bisect_right(self.starts, pos) - 1
        return k >= 0 and pos < self.ends[k]

    def holds_end(self, pos: int) -> bool:
        """Is ``pos`` a position ``start < pos <= end`` of a quote?"""
        k = bisect.bisect_left(self.starts, pos) - 1
        return k >= 0 and pos <= self.ends[k]

    def cuts(self, lo: int, hi: int) -> list[int]:
        """The starts and ends of the stretches that lie within ``(lo, hi)`` (in no order)."""
        starts, ends = self.starts, self.ends
        k = max(bisect.bisect_right(starts, lo) - 1, 0)
        j = bisect.bisect_left(starts, hi, k)  # the stretches from k to j start before hi
        if k >= j:
            return []
        # Those after the first start after ``lo``; those before the last end before ``hi``:
        # only the first stretch's bounds and the last one's end need a look.
        out = starts[k + 1:j] + ends[k + 1:j - 1]
        for x in (starts[k], ends[k], ends[j - 1]) if j - 1 > k else (starts[k], ends[k]):
            if lo < x < hi:
                out.append(x)
        return out


class _Sentences:
    """Sentence starts outside quotes, per paragraph near a quote, found the first time the
    paragraph is asked about (each position asked about lies in the paragraph given with
    it)."""

    def __init__(self, source: str, spans: _Spans, paras: Sequence[Span]) -> None:
        self.source = source
        self.spans = spans
        self.paras = paras
        self.para_starts = [p.start for p in paras]
        self._index = {p.start: k for k, p in enumerate(paras)}
        self._bounds: list[list[int] | None] = [None] * len(paras)
        # The bounds by the paragraph's start, for ``start_of`` and ``end_of``.
        self._by_start: dict[int, list[int]] = {}

    def para_at(self, pos: int) -> int:
        """The index (among the near paragraphs) of the paragraph that holds ``pos``."""
        return max(bisect.bisect_right(self.para_starts, pos) - 1, 0)

    def bounds(self, k: int) -> list[int]:
        """The sentence bounds of near paragraph ``k``: its start, the sentence starts outside
        quotes, its end."""
        out = self._bounds[k]
        if out is None:
            p = self.paras[k]
            out = self._bounds[k] = self._find(p)
            if self._index[p.start] == k:  # (the paragraph ``start_of`` finds by this start)
                self._by_start[p.start] = out
        return out

    def _find(self, p: Span) -> list[int]:
        source = self.source
        starts = self.spans.starts
        ends = self.spans.ends
        ps, pe = p.start, p.end
        bounds = [ps]
        # In ASCII text the engine finds the sentence ends past the first characters of the
        # paragraph (see ``_SENT_ENDS_ASCII``), and only those near its start are read here.
        engine = source.isascii() and pe - ps > _SENT_END_BEHIND
        # A sentence end opens with one of . ! ? …: try the pattern only there, in text
        # order, from where the last end left off, as ``finditer`` does.  ``_SENT_END`` is
        # read here character by character (its runs are possessive: no backtracking).
        pos = ps
        bisect_left = bisect.bisect_left
        for dot in _positions(source, "!.?", ps, ps + _SENT_END_BEHIND) if engine else \
                _positions(source, "!.?" if source.isascii() else ".!?…", ps, pe):
            if dot < pos:
                continue
            e = dot + 2
            if not (e < pe and source[dot + 1] == " " and source[e] in _SENT_START_ASCII):
                # (Not the usual ". The": the pattern step by step.)
                j = dot + 1
                while j < pe and source[j] in _SENT_MARKS:
                    j += 1
                while j < pe and source[j] in _SENT_CLOSERS:
                    j += 1
                e = j
                while e < pe and source[e] in _WHITE:
                    e += 1
                if e in (j, pe):
                    continue  # no white space, or no character after it before the end
                ch = source[e]
                if ch not in _SENT_START_ASCII and (ch < "\x80" or _SENT_START.match(ch) is None):
                    continue
            pos = e
            if source[dot] == ".":
                lo = dot - 6 if dot - 6 > ps else ps
                # What _NO_END_BEFORE matches holds a capital or ends in "vs": a word in
                # lower-case ASCII letters before the dot needs no look.
                before = source[lo:dot]
                if not (before.isascii() and before.islower() and not before.endswith("vs")) and \
                        _NO_END_BEFORE_FOR[source.isascii()].search(source, lo, dot):
                    continue
            k = bisect_left(starts, e) - 1  # (``_Spans.holds_end``)
            if k < 0 or e > ends[k]:
                bounds.append(e)
        if engine:
            found: list[int] = []
            for sign, pattern in zip(".!?", _SENT_ENDS_ASCII, strict=True):
                # (A scan of the engine per sign costs more than ``str.find``'s: most
                # paragraphs hold no ! or ?.)
                if source.find(sign, ps + _SENT_END_BEHIND, pe) >= 0:
                    found += map(_MATCH_END, pattern.finditer(source, ps + _SENT_END_BEHIND, pe))
            found.sort()
            if found and starts and starts[0] < found[-1] and ends[-1] >= found[0]:
                # Not those inside a quote (``_Spans.holds_end``): an end ``e`` lies in a
                # stretch when more stretches start before it than end before it.
                found = list(compress(found, map(eq, map(bisect_left, repeat(starts), found),
                                                 map(bisect_left, repeat(ends), found))))
            bounds += found
        bounds.append(pe)
        return bounds

    def start_of(self, pos: int, para: Span) -> int:
        """Where the sentence holding ``pos`` starts."""
        ps = para.start
        if pos < ps:
            return ps
        b = self._by_start.get(ps) or self.bounds(self._index[ps])
        # (``b[0]`` is the paragraph's start: the bound found is never before it.)
        return b[bisect.bisect_right(b, pos) - 1]

    def end_of(self, pos: int, para: Span) -> int:
        """The first sentence bound at or after ``pos``, at most the paragraph's end."""
        b = self._by_start.get(para.start) or self.bounds(self._index[para.start])
        j = bisect.bisect_left(b, pos)
        # (The last bound is the paragraph's end: none is beyond it.)
        return b[j] if j < len(b) else para.end

    def start_at(self, pos: int) -> int:
        """Where the sentence holding ``pos`` starts, in whichever paragraph holds it."""
        b = self.bounds(self.para_at(pos))
        return b[max(bisect.bisect_right(b, pos) - 1, 0)]


class _Index:
    """Entity mentions and cues outside quotes, sorted by start, for speaker look-ups.

    Cues are found on demand, a block at a time: a paragraph's blocks are its sentences,
    cut again at the quotes (whose words are no cues).  A look-up scans the blocks it
    reaches that were not scanned yet, so only the sentences the attribution rules read are
    scanned, and they give the cues one pass over the whole paragraph gives."""

    def __init__(self, source: str, entities: Sequence[Entity], spans: _Spans, sents: _Sentences,
                 t: _Tables) -> None:
        rows = [(m.span.start, m.span.end, e) for e in entities for m in e.mentions]
        # By start, the longer first, the given order among equals
        # (two stable sorts in C: by end, longest first, then by start).
        rows.sort(key=itemgetter(1), reverse=True)
        rows.sort(key=itemgetter(0))
        starts = list(map(itemgetter(0), rows))
        # Mentions inside quotes are not speakers (``“Russia will…”``): cut out the rows
        # that start inside each quote, last quote first so that earlier indices hold.
        for qs, qe in zip(reversed(spans.starts), reversed(spans.ends), strict=True):
            i = bisect.bisect_left(starts, qs)
            j = bisect.bisect_left(starts, qe)
            if i < j:
                del rows[i:j], starts[i:j]
        self.rows = rows
        self.starts = starts
        self.cues: list[_Cue] = []
        self.cue_starts: list[int] = []
        self.speech_nouns: list[int] = []  # where a cue word stands as a noun
        self._source = source
        self._spans = spans
        self._sents = sents
        self.source = source
        self.sents = sents
        self.t = t
        self._t = t
        # Per near paragraph: the starts of its blocks, and which of them were scanned.
        self._blocks: list[list[int] | None] = [None] * len(sents.paras)
        self._scanned: list[list[bool]] = [[] for _ in sents.paras]
        self._inside: set[int] | None = None  # the quotes' starts
        self._done_lo = self._done_hi = 0  # a stretch all of whose blocks were scanned
        self._headline: dict[tuple[int, int], bool] = {}  # by the paragraph's bounds
        self._cue_after = t.cue_after_for[source.isascii()]
        self._surnames: tuple[dict[str, str], dict[str, str]] | None = None  # see ``person_by_surname``

    def _safe(self, x: int, p: Span) -> bool:
        """May a scan for cues start (or stop) at ``x``: can no cue run across it?  A cue
        holds only its letters and white space between its words."""
        source = self._source
        chars = self._t.cue_chars
        if source[x] not in chars and not source[x].isspace():
            return True
        j = x - 1
        while j >= p.start and source[j].isspace():
            j -= 1
        return j < p.start or source[j] not in chars

    def _cue_blocks(self, k: int) -> list[int]:
        """The starts of the blocks of near paragraph ``k``."""
        blocks = self._blocks[k]
        if blocks is None:
            p = self._sents.paras[k]
            cuts = set(self._sents.bounds(k)[1:-1])
            cuts.update(self._spans.cuts(p.start, p.end))
            if self._t.cuts_safe:
                # (The sentence bounds and the cuts all lie within the paragraph.)
                blocks = [p.start, *sorted(cuts)]
            else:
                blocks = [p.start, *sorted(x for x in cuts if p.start < x < p.end and self._safe(x, p))]
            self._blocks[k] = blocks
            # Blocks inside a quote hold no cue that counts: mark them scanned.  Such a
            # block starts where its quote starts (sentence ends inside quotes are no
            # cuts), or is the first block of a paragraph a running quote goes on in.
            inside = self._inside
            if inside is None:
                inside = self._inside = set(self._spans.starts)
            scanned = list(map(inside.__contains__, blocks))
            scanned[0] = self._spans.holds(p.start)
            self._scanned[k] = scanned
        return blocks

    def _scan(self, lo: int, hi: int) -> None:
        """Scan the blocks that reach into ``[lo, hi)`` and were not scanned yet."""
        if self._done_lo <= lo and hi <= self._done_hi:
            return  # (within the blocks the last look-up scanned: the rules read near each other)
        sents = self._sents
        paras = sents.paras
        k = bisect.bisect_right(sents.para_starts, lo) - 1  # (``_Sentences.para_at``)
        if k < 0:
            k = 0
        n = len(paras)
        while k < n:
            p = paras[k]
            if p.start >= hi:
                break
            if p.end > lo:
                blocks = self._blocks[k]
                if blocks is None:
                    blocks = self._cue_blocks(k)
                scanned = self._scanned[k]
                first = bisect.bisect_right(blocks, lo) - 1
                if first < 0:
                    first = 0
                last = bisect.bisect_left(blocks, hi, first)
                if not all(scanned[first:last]):
                    for j in range(first, last):
                        if not scanned[j]:
                            scanned[j] = True
                            self._scan_block(blocks[j], blocks[j + 1] if j + 1 < len(blocks) else p.end, p)
                if p.start <= lo and hi <= p.end:
                    # All of ``[lo, hi)`` lies in this paragraph: remember the blocks scanned.
                    self._done_lo = blocks[first]
                    self._done_hi = blocks[last] if last < len(blocks) else p.end
                    return
            k += 1

    def _scan_block(self, a: int, b: int, p: Span) -> None:
        """Add the cues that start in ``[a, b)`` (a block of ``p``) and outside quotes."""
        source = self._source
        # No cue runs across ``b``: a scan that reads one character past it (for the check
        # after a cue) finds the cues of a scan to the paragraph's end.
        end = b + 1 if b < p.end else p.end
        # (When every quote's bounds cut the blocks, a block scanned lies outside the quotes.)
        holds = None if self._t.cuts_safe else self._spans.holds
        found = []
        for m in self._cue_after.finditer(source, a - 1, end) if a else \
                self._t.cue_for[source.isascii()].finditer(source, 0, end):
            s = m.start() + 1 if a else m.start()
            if s < b and (holds is None or not holds(s)):
                # A word right before: the cue word may be a noun ("his comments").  (What
                # ``_noun_use`` tells, written out: most cues have a word before them.)
                if s > 1 and source[s - 1] == " " and (
                        source[s - 2].isalpha() or (source[s - 2] in "'’" and self._possessive_mark(s - 2))):
                    if source[s].isupper():
                        bisect.insort(self.speech_nouns, s)  # part of a name ("New York State")
                        continue
                    j = source.rfind(" ", s - 16 if s > 16 else 0, s - 1)
                    w = source[j + 1:s - 1].casefold()
                    if w in self._t.noun_before or w.endswith(("'s", "’s", "s'", "s’")):
                        bisect.insort(self.speech_nouns, s)  # no cue, but talk of speech
                        continue
                e = m.end()
                found.append(_Cue(s, e, source[s:e]))
        if found:
            i = bisect.bisect_left(self.cue_starts, a)
            self.cues[i:i] = found
            self.cue_starts[i:i] = [c.s for c in found]

    def _possessive_mark(self, x: int) -> bool:
        """Is the apostrophe at ``x`` (if one) a plural's possessive (``Sanders’ comments``),
        not a closing quotation mark (``‘…dues’ said``)?"""
        return self._source[x] in "'’" and self._source[x - 1:x] == "s" and not self._spans.holds_end(x)

    def _noun_use(self, s: int) -> bool:
        """Is the cue word at ``s`` a noun here: after a determiner or a possessive (``his
        comments``, ``a tweet``, ``Trump's remarks``), or capitalised inside a name?"""
        source = self._source
        if s < 2 or source[s - 1] != " " or not (source[s - 2].isalpha() or self._possessive_mark(s - 2)):
            return False  # no word right before (a sentence's start, a mark, a digit)
        if source[s].isupper():
            return True  # a capital after a word: part of a name ("New York State")
        j = source.rfind(" ", max(0, s - 16), s - 1)
        w = source[j + 1:s - 1].casefold()
        return w in self._t.noun_before or w.endswith(("'s", "’s", "s'", "s’"))

    def headline_like(self, parser: QuoteParser, para: Span) -> bool:
        """``parser._headline_like`` of the paragraph, remembered (several quotes may ask)."""
        key = (para.start, para.end)
        out = self._headline.get(key)
        if out is None:
            out = self._headline[key] = parser._headline_like(self._source, para)
        return out

    def cues_in(self, lo: int, hi: int) -> list[_Cue]:
        """The cues that lie within ``[lo, hi)``, in text order."""
        if lo >= hi:
            return []
        self._scan(lo, hi)
        i = bisect.bisect_left(self.cue_starts, lo)
        j = bisect.bisect_left(self.cue_starts, hi)
        out = self.cues[i:j]
        # Cues do not overlap: only the last may end beyond ``hi``.
        if out and out[-1].e > hi:
            out.pop()
        return out

    def speech_in(self, lo: int, hi: int) -> bool:
        """Is there a cue, or a cue word used as a noun (``his claim``), in ``[lo, hi)``?"""
        if self.first_cue(lo, hi) is not None:
            return True
        i = bisect.bisect_left(self.speech_nouns, lo)
        return i < len(self.speech_nouns) and self.speech_nouns[i] < hi

    def cue_at(self, lo: int, hi: int) -> _Cue | None:
        """The cue starting at ``lo`` (and ending by ``hi``), if any."""
        if lo >= hi:
            return None
        self._scan(lo, lo + 1)
        i = bisect.bisect_left(self.cue_starts, lo)
        if i < len(self.cues) and self.cues[i].s == lo and self.cues[i].e <= hi:
            return self.cues[i]
        return None

    def first_cue(self, lo: int, hi: int) -> _Cue | None:
        """The first cue within ``[lo, hi)``."""
        if lo >= hi:
            return None
        self._scan(lo, hi)
        i = bisect.bisect_left(self.cue_starts, lo)
        if i < len(self.cues) and self.cues[i].e <= hi:
            return self.cues[i]
        return None

    def before(self, pos: int) -> int:
        """Index of the first mention starting at or after ``pos``."""
        return bisect.bisect_left(self.starts, pos)

    def person_by_surname(self, surname: str, first_name: bool = False) -> str | None:
        """The person of the article whose name (of two words or more) ends in ``surname``
        (with ``first_name``, opens with it), if only one does."""
        tables = self._surnames
        if tables is None:
            tables = ({}, {})
            for _, _, e in self.rows:
                if e.kind is _PERSON:
                    parts = e.name.split()
                    if len(parts) > 1:
                        for table, key in zip(tables, (parts[-1].casefold(), parts[0].casefold()),
                                              strict=True):
                            table[key] = e.name if table.get(key, e.name) == e.name else ""
            self._surnames = tables
        return tables[first_name].get(surname.casefold()) or None


@mypyc_attr(allow_interpreted_subclasses=True)
class QuoteParser:
    """Finds quotations and their speakers.  Vocabularies are class attributes; extend them
    in a subclass (``CUE_VERBS = QuoteParser.CUE_VERBS | {"opined"}``)."""

    #: Verb forms that attribute speech, lower case.  Regular verbs are listed by their
    #: base and inflected by ``_regular``; irregular forms are listed one by one.
    CUE_VERBS: ClassVar[frozenset[str]] = _regular(
        "add", "ask", "note", "state", "explain", "insist", "argue", "warn", "tweet", "remark", "call",
        "reply", "continue", "declare", "announce", "claim", "urge", "recall", "acknowledge", "admit",
        "stress", "emphasise", "emphasize", "describe", "comment", "conclude", "confirm", "deny",
        "maintain", "contend", "assert", "observe", "joke", "quip", "boast", "complain", "predict",
        "suggest", "concede", "assure", "lament", "caution", "muse", "shout", "yell", "scream", "chant",
        "respond", "answer", "counter", "retort", "testify", "post", "report", "vow", "promise",
        "pledge", "praise", "criticise", "criticize", "slam", "blast", "accuse", "label", "brand",
        "dub", "term", "characterise", "characterize", "mention", "reiterate", "recount", "agree",
        "exclaim", "demand", "question", "wonder", "plead", "point", "discuss", "express", "affirm",
        "announce", "disclose", "reveal", "tout", "cite", "quote", "allege", "charge", "elaborate",
        "ridicule", "mock", "attack", "decry", "denounce", "condemn", "welcome", "hail", "lambaste",
        "dismiss", "reject", "scoff", "sneer", "whisper", "murmur", "cry", "sigh", "laugh",
        "boom", "thunder", "chide", "scold", "blame", "counsel", "advise", "inform", "assess",
        "summarise", "summarize", "recommend", "propose", "implore", "beg", "rail", "opine",
        "proclaim", "profess", "explain", "acknowledge", "pronounce", "signal", "retaliate",
        "interject", "react", "remember", "bemoan", "theorize", "theorise", "speculate", "reason",
        "relay", "confide", "brag", "gush", "rave", "marvel", "fume", "grouse", "grumble", "gripe",
        "snipe", "taunt", "tease", "holler", "bellow", "growl", "snarl", "mutter", "mumble",
        "inquire", "enquire", "interrupt", "clarify", "reassure", "concur", "paraphrase", "exult",
        "lecture", "preach", "jeer", "heckle", "threaten", "riff", "caution", "deadpan", "recollect",
        "scoff", "huff", "wail", "pronounce", "surmise", "rebuke", "chastise", "admonish", "implore",
        "exhort", "bark", "beam", "sob", "repeat",
    ) | _doubled(
        "admit", "quip", "slam", "dub", "beg", "snap", "jab", "nag", "aver", "rebut",
    ) | frozenset({
        # Verbs whose base form is mostly a noun ("a text message"): the inflected forms only.
        "emailed", "emailing", "e-mailed", "texted", "texting", "messaged", "messaging", "retweeted",
        "retweeting", "objected", "protested", "cheered", "blogged", "regretted", "echo", "echoes",
        "echoed", "echoing", "emails", "messages",
        "shot back", "fired back", "hit back", "shoots back", "fires back", "hits back",
        "snapped back", "chimed in", "chimes in", "weighed in", "weighs in", "piped up", "spoke up",
        "summed up", "sums up", "broke in", "cut in", "sang", "sings", "labelled", "labelling",
        "pressed", "countered", "wrote back", "writes back", "told", "went on to say",
        "say", "says", "said", "saying", "tell", "tells", "telling", "write", "writes", "wrote",
        "written", "writing", "speak", "speaks", "spoke", "speaking", "put it", "puts it", "went on",
        "goes on", "go on", "thinks", "thought", "believes", "believed", "feels", "felt", "hopes",
        "hoped", "argue", "read", "reads", "pointed out", "points out", "pointing out", "swore",
        "swears", "taught", "teaches", "mused", "foresaw", "forecast", "held", "holds", "referred to",
        "refers to", "set out", "spelled out", "spelt out",
        # Other languages (the cue of an interview quote in Spanish, French, German, Russian).
        "dijo", "afirmó", "declaró", "señaló", "explicó", "aseguró", "añadió", "agregó", "indicó",
        "a déclaré", "a dit", "a affirmé", "a expliqué", "a ajouté", "déclare", "affirme", "explique",
        "sagte", "erklärte", "betonte", "meinte", "sagt", "erklärt", "fügte hinzu",
        "заявил", "заявила", "сказал", "сказала", "отметил", "отметила", "подчеркнул", "подчеркнула",
    })
    #: Phrases that attribute like a cue verb, the speaker after them (``according to X``).
    CUE_PHRASES: ClassVar[frozenset[str]] = frozenset({
        "according to", "in the words of", "as quoted by", "quoted by", "selon", "según", "laut",
    })
    #: Which of the cues take their speaker after them and nothing before.
    ACCORDING: ClassVar[frozenset[str]] = frozenset({
        "according to", "in the words of", "as quoted by", "quoted by", "selon", "según", "laut",
    })
    #: Cues that name a source reporting what was said (``…, CNN reported``); one that ends
    #: the sentence after a quote, like ``according to X``, gives the quote its speaker.
    SOURCE_CUES: ClassVar[frozenset[str]] = frozenset({
        "reported", "reports", "first reported", "wrote", "writes", "noted", "notes",
    })
    #: Opening mark -> closing mark.  Straight marks close themselves.
    MARK_PAIRS: ClassVar[dict[str, str]] = {
        "“": "”", "„": "“", "«": "»", "‹": "›", "‘": "’", "‚": "‘", '"': '"', "'": "'", "「": "」",
        "『": "』", "»": "«",
    }
    #: Single-level marks (‘…’ nests inside “…”).
    SINGLE_MARKS: ClassVar[frozenset[str]] = frozenset({"‘", "’", "'", "‚", "‹", "›", "『", "』"})
    #: What follows an apostrophe that is no opening mark (``'90s``, ``'em``, ``rock 'n' roll``).
    ELISIONS: ClassVar[frozenset[str]] = frozenset({
        "em", "til", "tis", "twas", "n", "cause", "bout", "round", "nuff", "ol", "s", "d", "ll", "re",
        "ve", "m", "t",
    })
    #: Pronouns that may stand for a speaker: which kinds of entity they refer to.
    PRONOUNS: ClassVar[dict[str, tuple[EntityKind, ...]]] = {
        "he": (_PERSON,), "she": (_PERSON,), "him": (_PERSON,),
        "her": (_PERSON,), "they": (_ORG, _PERSON),
        "them": (_ORG, _PERSON), "it": (_ORG,),
        "we": (_ORG, _PERSON), "il": (_PERSON,),
        "elle": (_PERSON,), "er": (_PERSON,), "sie": (_PERSON,),
        "él": (_PERSON,), "ella": (_PERSON,), "он": (_PERSON,),
        "она": (_PERSON,),
    }
    #: Words that may stand between a speaker and the cue (``Peskov also said``).
    GAP_WORDS: ClassVar[frozenset[str]] = frozenset({
        "also", "then", "later", "further", "again", "once", "has", "had", "have", "was", "is", "were",
        "would", "will", "did", "does", "do", "could", "may", "might", "even",
        "just", "previously", "recently", "subsequently", "earlier", "simply", "famously", "often",
        "still", "repeatedly", "reportedly", "allegedly", "apparently", "however", "too",
        "not", "never", "always", "first", "last", "himself", "herself", "themselves", "itself",
        "flatly", "long",
    })
    #: Common nouns that head a speaker phrase without a name (``police said``).
    ROLE_NOUNS: ClassVar[frozenset[str]] = frozenset({
        "spokesman", "spokeswoman", "spokesperson", "official", "officials", "police", "minister",
        "president", "secretary", "senator", "governor", "mayor", "ambassador", "adviser", "advisor",
        "aide", "aides", "source", "sources", "statement", "report", "campaign", "candidate",
        "nominee", "chairman", "chairwoman", "director", "leader", "chief", "spokespeople",
        "representative", "lawmaker", "lawmakers", "analyst", "analysts", "expert", "experts",
        "economist", "strategist", "strategists", "congressman", "congresswoman", "speaker",
        "manager", "attorney", "lawyer", "prosecutor", "prosecutors", "judge", "officer", "officers",
        "activist", "activists", "voter", "voters", "supporter", "supporters", "critic", "critics",
        "member", "members", "group", "organization", "organisation", "ministry", "government",
        "administration", "committee", "agency", "department", "office", "party", "organizer",
        "organizers", "founder", "executive", "ceo", "professor", "researcher", "researchers",
        "pollster", "pollsters", "consultant", "operative", "operatives", "insider", "insiders",
        "delegate", "delegates", "resident", "residents", "employee", "employees", "worker", "workers",
        "protester", "protesters", "protestor", "protestors", "witness", "witnesses", "person",
        "people", "man", "woman", "friend", "friends", "colleague", "colleagues", "ally", "allies",
        "advisers", "advisors", "staffer", "staffers", "donor", "donors", "commentator",
        "host", "anchor", "reporter", "journalist", "writer", "author", "editor", "columnist",
        "website", "newspaper", "paper", "poll", "survey", "study", "memo", "letter", "release",
        "post", "tweet", "ad", "video", "spokesmen", "diplomat", "diplomats", "governments",
        "senators", "democrats", "republicans", "conservatives", "liberals", "leaders", "captain",
        "coach", "skipper", "owner", "head", "commander", "pilot", "driver", "farmer", "teacher",
        "student", "students", "doctor", "doctors", "nurse", "neighbour", "neighbor", "neighbours",
        "neighbors", "mother", "father", "son", "daughter", "wife", "husband", "brother", "sister",
        "chairperson", "president-elect", "secretary-general", "commissioner", "inspector", "sheriff",
        "candidates", "polls", "team", "groups", "company", "companies", "media", "reports", "crowd",
        "crowds", "executives", "board", "politicians", "rivals", "women", "men", "opponents",
        "advocates", "economists", "audience", "networks", "unions", "union", "observers",
        "lawyers", "attorneys", "countries", "camp", "organizations", "organisations", "authorities",
        "staff", "attendees", "outlets", "outlet", "lawsuit", "filing", "filings", "court", "panel",
        "counsel", "confidant", "confidante", "confidants", "surrogate", "surrogates", "backers",
        "fans", "followers", "opponent", "rival", "historian", "historians", "scholar", "scholars",
        "scientist", "scientists", "physician", "physicians", "businessman", "businesswoman",
        "entrepreneur", "investor", "investors", "banker", "bankers", "pundit",
        "pundits", "blogger", "bloggers", "correspondent", "moderator", "interviewer", "columnists",
        "editors", "editorial", "magazine", "tabloid", "network", "station", "channel", "nonprofit",
        "tank", "institute", "coalition", "committees", "agencies", "departments", "ministers",
        "secretaries", "governors", "mayors", "ambassadors", "judges", "chairmen", "directors",
        "veteran", "veterans", "soldier", "soldiers", "parent", "parents", "citizen", "citizens",
        "immigrant", "immigrants", "refugee", "refugees", "victim", "victims", "survivor",
        "survivors", "relative", "relatives", "family", "families", "caller", "callers",
        "attendee", "participant", "participants", "respondent", "respondents", "delegation",
        "assistant", "deputy", "nominees", "contender", "contenders", "incumbent",
        "challenger", "republican", "democrat", "conservative", "liberal", "progressive",
        "progressives", "evangelicals", "evangelical", "independents", "libertarian", "boy", "girl",
        "child", "kid", "teenager", "teen", "youth", "user", "users", "actor",
        "actress", "designer", "commenter", "commenters", "viewer", "viewers", "reader", "readers",
        "listener", "listeners", "artist", "singer", "musician", "comedian", "celebrity", "star",
        "athlete", "player", "players", "representatives", "chair", "pastor", "priest", "rabbi",
        "imam", "bishop", "cleric", "preacher", "chef", "deputies", "agent", "agents",
    })
    #: Role nouns after a name that speak for the named entity itself (``the Kremlin
    #: statement``, ``the Trump campaign``): the speaker is the entity (``how="affiliation"``).
    VOICE_NOUNS: ClassVar[frozenset[str]] = frozenset({
        "statement", "statements", "report", "release", "tweet", "tweets", "letter", "memo", "website",
        "post", "video", "ad", "filing", "campaign", "spokesman", "spokeswoman", "spokesperson",
        "office", "government", "administration", "account", "feed", "blog", "announcement",
        "communique", "readout", "transcript", "press",
    })
    #: The voice nouns that name a body or a person acting for the entity (``the Trump
    #: campaign``, ``Ryan's office``): the speaker is the phrase as printed, not the entity.
    BODY_NOUNS: ClassVar[frozenset[str]] = frozenset({
        "campaign", "spokesman", "spokeswoman", "spokesperson", "office", "government",
        "administration", "press",
    })
    #: Words opening a phrase for someone not named (``a senior Cruz adviser``, ``one
    #: official``): such a phrase is not resolved to an entity holding the title.
    INDEFINITE: ClassVar[frozenset[str]] = frozenset({
        "a", "an", "one", "another", "some", "several", "two", "three", "four", "many", "multiple",
        "numerous", "various", "few",
    })
    #: Lower-case words that may stand between a cue and the name after it
    #: (``said former party chairman Jane Doe``), besides determiners and role nouns.
    BEFORE_NAME: ClassVar[frozenset[str]] = frozenset({
        "former", "then", "fellow", "senior", "top", "longtime", "veteran", "chief", "deputy", "acting",
        "retired", "presidential", "democratic", "republican", "conservative", "liberal", "state",
        "federal", "party", "campaign", "co-host", "vice", "foreign", "prime", "press", "national",
        "security", "defense", "defence", "incoming", "outgoing", "interim", "general", "assistant",
        "associate", "executive", "managing", "political", "independent", "local", "county", "city",
        "by",
    })
    #: Cues that name rather than say (``called him “Little Marco”``): the only ones that give a
    #: speaker to a quoted name or title.
    NAMING_CUES: ClassVar[frozenset[str]] = frozenset({
        "call", "calls", "called", "calling", "dub", "dubs", "dubbed", "dubbing", "label", "labels",
        "labeled", "labelled", "labeling", "labelling", "brand", "brands", "branded", "branding",
        "term", "terms", "termed", "terming", "describe", "describes", "described", "describing",
        "refer to", "refers to", "referred to", "referring to", "chant", "chants", "chanted",
        "chanting", "shout", "shouts", "shouted", "shouting", "yell", "yells", "yelled", "yelling",
        "nickname", "nicknamed", "mock", "mocked", "mocks", "mocking",
    })
    #: Cues whose object is who hears (``told Reuters``): the name after them is no speaker.
    HEARER_CUES: ClassVar[frozenset[str]] = frozenset({
        "tell", "tells", "told", "telling", "inform", "informs", "informed", "informing", "assure",
        "assures", "assured", "assuring", "urge", "urges", "urged", "urging", "warn", "warns",
        "warned", "warning", "remind", "reminds", "reminded", "reminding", "ask", "asks", "asked",
        "asking",
    })
    #: Words that open a speaker phrase without a name (``a spokesperson``, ``the minister``).
    DETERMINERS: ClassVar[frozenset[str]] = frozenset({
        "the", "a", "an", "one", "another", "some", "many", "several", "two", "three", "his", "her",
        "their", "its", "our", "other", "most", "few",
    })
    #: Words that open an adverbial phrase set off by a comma at the start of a sentence
    #: (``After Clinton spoke, …``, ``Asked about it, …``): no subject stands in it.
    FRONTING: ClassVar[frozenset[str]] = frozenset({
        "after", "when", "while", "as", "before", "since", "although", "though", "if", "because",
        "during", "in", "on", "at", "for", "with", "without", "despite", "following", "amid",
        "asked", "speaking", "unlike", "like", "once", "until", "upon", "from", "through", "under",
        "over", "earlier", "later", "last", "this", "yesterday", "today", "tonight", "whereas",
        "according", "responding", "writing", "citing", "given", "even", "meanwhile", "still",
        "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "but", "and",
        "so", "yet", "now", "then", "also", "instead", "however", "indeed", "of", "about",
        "regarding", "within", "among", "against", "toward", "towards", "across", "behind", "alongside",
        "besides", "beyond", "near", "outside", "inside", "throughout", "whether", "unless", "by",
    })
    #: Words of quantity that may open a speaker phrase (``Multiple outlets``, ``Eleven groups``).
    QUANTITIES: ClassVar[frozenset[str]] = frozenset({
        "multiple", "numerous", "various", "dozens", "hundreds", "thousands", "millions", "all",
        "both", "each", "every", "no", "this", "these", "those", "that", "four", "five", "six",
        "seven", "eight", "nine", "ten", "eleven", "twelve", "twenty", "fifty", "more", "fewer",
        "top", "senior", "leading", "prominent", "other",
    })
    #: Words before an -ing cue that make it a participle of the clause's subject (``… by
    #: saying``, ``upon saying``).
    PARTICIPLE_OPENERS: ClassVar[frozenset[str]] = frozenset({
        "by", "after", "before", "while", "upon", "when", "without", "in", "on", "since",
    })
    #: Words after which a cue word is a noun (``his comments``, ``a tweet``), no cue.
    NOUN_BEFORE: ClassVar[frozenset[str]] = frozenset({
        "the", "a", "an", "his", "her", "their", "its", "our", "my", "your", "whose",
    })
    #: Nouns of a poll whose respondents' share speaks (``In a CNN poll, 31 percent of
    #: Republicans said …``): the poll is the speaker.
    POLL_NOUNS: ClassVar[frozenset[str]] = frozenset({"poll", "polls", "survey", "surveys", "study"})
    #: Words joining a second verb to the subject's first (``… and said``).
    COORDINATORS: ClassVar[frozenset[str]] = frozenset({"and", "but", "then", "before", "after", "while"})
    #: Give a speaker with no name (``police said``, ``a senior official told``) as printed,
    #: with ``how="nominal"``; set to ``False`` to leave such quotes without a speaker.
    NOMINAL_SPEAKERS: ClassVar[bool] = True
    #: Most characters between a speaker and the cue (an apposition may stand there).
    MAX_GAP: ClassVar[int] = 200
    #: Most characters of writer's text between two parts of a split quote.
    MAX_SPLIT_GAP: ClassVar[int] = 200
    #: Most characters between a cue and a speaker after it (``said the Kremlin``).
    MAX_AFTER: ClassVar[int] = 60
    #: How far back (characters) a pronoun looks for its entity.
    PRONOUN_REACH: ClassVar[int] = 3000
    #: A quote of at most this many words with no cue in its sentence is a scare quote or a
    #: title, left without a speaker unless its sentence's subject speaks by a cue.
    SCARE_MAX_WORDS: ClassVar[int] = 3
    #: Longest quoted title (``Meet the Press``) left without a speaker.
    TITLE_MAX_WORDS: ClassVar[int] = 7

    _TABLES: ClassVar[dict[type, _Tables]] = {}

    @classmethod
    def tables(cls) -> _Tables:
        """The compiled patterns and folded vocabularies of this class, built once per class."""
        return per_class(cls._TABLES, cls, lambda: _Tables(cls))

    # ------------------------------------------------------------ public API

    def parse(self, source: str, paragraphs: Sequence[Span], entities: Sequence[Entity],
              language: str | None = None) -> tuple[Quote, ...]:
        """The quotations in ``source[p]`` for the paragraphs ``p``, in text order."""
        t = self.tables()
        paras = [p for p in paragraphs if 0 <= p.start < p.end <= len(source)]
        found = self.find_marks(source, paras, t)
        if not found:
            return ()
        # Cues and sentence ends are looked for only where a quote may need them: in the
        # paragraphs holding quotes and the paragraph before each, and there on demand
        # (a paragraph's sentence ends when a rule first asks about it, the cues of a
        # sentence when a rule first reads it).
        needed: set[int] = set()
        for q in found:
            if q.para == q.last_para:  # (most quotes: the paragraph and the one before)
                needed.add(q.para)
                needed.add(q.para - 1)
            else:
                needed.update(range(q.para - 1, q.last_para + 1))
        needed.discard(-1)
        near = [paras[k] for k in sorted(needed)]
        spans = _Spans(found)
        sents = _Sentences(source, spans, near)
        index = _Index(source, entities, spans, sents, t)
        for i, q in enumerate(found):
            q.sentence = sents.start_of(q.open, paras[q.para])
            q.kind = self._kind(source, q, q.sentence)
            self._attribute(source, found, i, paras, sents, index, t)
        # A quote joined to the next by "and", "or" or a comma shares the next one's speaker
        # when it has none (“A” and “B,” Jane Doe said).
        for i in range(len(found) - 2, -1, -1):
            q, nq = found[i], found[i + 1]
            if q.speaker is None and nq.speaker is not None and nq.para == q.last_para and \
                    nq.open - q.after <= 6 and source[q.after:nq.open].strip(" ,").casefold() in _JOINERS \
                    and nq.how in ("same-sentence", "following-sentence", "dash", "continuation") and \
                    q.kind == "partial" and not self.is_title(source[q.start:q.end]):
                q.speaker, q.speaker_span, q.cue_span = nq.speaker, nq.speaker_span, nq.cue_span
                q.how = "continuation"
            elif q.how in (None, "sentence-subject") and nq.speaker is not None and \
                    nq.how in ("same-sentence", "continuation") and nq.cue_span is not None and \
                    nq.cue_span.start >= nq.after and nq.para == q.last_para and \
                    nq.sentence == q.sentence and q.kind == "partial" and \
                    index.first_cue(q.after, nq.open) is None and not self.is_title(source[q.start:q.end]):
                # Partial quotes of one sentence whose attribution ends it share it: “A” and
                # help bring “B,” Jane Doe said.
                q.speaker, q.speaker_span, q.cue_span = nq.speaker, nq.speaker_span, nq.cue_span
                q.how = "continuation"
        return tuple(
            Quote(text=source[q.start:q.end], span=span_of(q.start, q.end), speaker=q.speaker,
                  cue=None if q.cue_span is None else source[q.cue_span.start:q.cue_span.end],
                  kind=q.kind, speaker_span=q.speaker_span, cue_span=q.cue_span, how=q.how)
            for q in found)

    # ------------------------------------------------------------ marks

    def find_marks(self, source: str, paras: Sequence[Span], t: _Tables | None = None) -> list[_Found]:
        """Pair the quotation marks of each paragraph (running quotes across paragraphs)."""
        t = t or self.tables()
        pairs = self.MARK_PAIRS
        singles = self.SINGLE_MARKS
        out: list[_Found] = []
        carried: _Mark | None = None  # a double quote left open at the end of the previous paragraph
        # The quote signs of all the paragraphs in one scan per sign (paragraphs in text order),
        # shared out by bisection.
        ordered = all(paras[k].end <= paras[k + 1].start for k in range(len(paras) - 1))
        signs = _positions(source, t.mark_signs_for[source.isascii()], paras[0].start, paras[-1].end) \
            if ordered and paras else []
        bisect_left = bisect.bisect_left
        # (The marks the quick paths below read are no single marks.)
        plain = not singles & {'"', "“", "”"}
        i1 = 0
        for pi, para in enumerate(paras):
            ps, pe = para.start, para.end
            if ordered:
                i0 = bisect_left(signs, ps, i1)
                i1 = bisect_left(signs, pe, i0)
                if i0 == i1 and carried is None:
                    continue  # no sign and no quote running on: nothing to pair, nothing to carry
                within = signs[i0:i1]
            else:
                within = _positions(source, t.mark_signs, ps, pe)
            simple = self._simple_marks(source, within, ps, pe, singles) if plain and (
                carried is None or pi == 0 or paras[pi - 1].end > ps) else None
            if simple is not None:
                # The usual paragraph: no quote runs on into it, and its marks are straight
                # double quotes only or curly ones only (and single marks that do nothing
                # there).  It pairs as below: straight marks with at most one open at a time
                # and so no stack, curly ones on a stack of where they open.
                dq, curly = simple
                carried = None
                if curly:
                    opened: list[int] = []
                    pairs_closed: list[tuple[_Mark, int, int]] = []
                    for pos in dq:
                        if source[pos] == "“":
                            opened.append(pos)
                        elif opened:  # ”
                            pairs_closed.append((_Mark("“", opened.pop(), True, pi), pos, 1))
                    for mark, c_pos, _ in self._top_level(pairs_closed) if len(pairs_closed) > 1 \
                            else pairs_closed:
                        out.append(_Found(mark.pos, mark.pos + 1, c_pos, c_pos + 1, pi, pi))
                    if opened and self._runs_on(source, paras, pi):
                        carried = _Mark("“", opened[0], True, pi)
                    continue
                open_at = -1
                for pos in dq:
                    before = source[pos - 1] if pos > ps else " "
                    after = source[pos + 1] if pos + 1 < pe else " "
                    before_space = before.isspace()
                    after_space = after.isspace()
                    can_open = not after_space and (before_space or before in "([{—–-/:;“‘«„\"'")
                    if open_at >= 0:
                        if not can_open or (not before_space and (
                                after_space or after in ".,;:!?)]}—–-…”’»\"'")):
                            out.append(_Found(open_at, open_at + 1, pos, pos + 1, pi, pi))
                            open_at = -1
                        else:
                            open_at = pos  # the earlier " was stray
                    elif can_open and not before.isdigit():  # (not inches: 6' 2")
                        open_at = pos
                if open_at >= 0 and self._runs_on(source, paras, pi):
                    carried = _Mark('"', open_at, True, pi)
                continue
            stack: list[_Mark] = []
            closed: list[tuple[_Mark, int, int]] = []  # (opener, close mark pos, its length)
            first_mark = True
            text_start = _text_start(source, ps, pe)
            if carried is not None and pi > 0 and paras[pi - 1].end <= ps:
                stack.append(carried)
            carried = None
            skip = -1
            for pos in within:
                # The marks among the signs, as ``_marks`` tells them (written out here: this
                # loop runs once per sign of the article).
                if pos == skip:  # the second sign of ''
                    continue
                c = source[pos]
                if c == "'" and pos + 1 < pe and source[pos + 1] == "'":
                    c, size, skip = '"', 2, pos + 1
                    before = source[pos - 1] if pos > ps else " "
                    after = source[pos + 2] if pos + 2 < pe else " "
                elif pos + 1 < pe:
                    size = 1
                    after = source[pos + 1]
                    if pos:
                        before = source[pos - 1]
                        if (before.isalnum() if before < "\x80" else _letter_or_digit(before)) and \
                                (after.isalnum() if after < "\x80" else _letter_or_digit(after)):
                            continue  # an apostrophe inside a word (don't, Peskov’s)
                        if pos == ps:
                            before = " "
                    else:
                        before = " "
                else:
                    size = 1
                    after = " "
                    before = source[pos - 1] if pos > ps else " "
                before_space = before.isspace()
                after_space = after.isspace()
                can_open = not after_space and (before_space or before in "([{—–-/:;“‘«„\"'")
                can_close = not before_space and (after_space or after in ".,;:!?)]}—–-…”’»\"'")
                if first_mark:
                    first_mark = False
                    # A paragraph that opens with a mark while a quote runs on continues it
                    # (the mark never closes it: the quote would end at the paragraph break).
                    if pos == text_start and stack and stack[-1].para < pi:
                        continue
                top = stack[-1] if stack else None
                if c not in singles:
                    if c == '"' or (c not in "“„«‹「『" and c not in "”»」』"):  # straight "
                        open_dq = False  # (a loop, not ``any()``: the stack holds a mark or two)
                        for s in stack:
                            if s.char == '"':
                                open_dq = True
                                break
                        if not open_dq and can_close and not can_open and top is not None and \
                                top.char == "“" and top.para == pi:
                            self._close(stack, closed, "“", pos, size)  # “…" mixed marks
                            continue
                        if before.isdigit() and not open_dq:
                            continue  # inches: 6' 2"
                        if open_dq and (can_close or not can_open):
                            if top is not None and top.char == '"':  # (the usual case, at once)
                                closed.append((stack.pop(), pos, size))
                            else:
                                self._close(stack, closed, '"', pos, size)
                        elif can_open:
                            if open_dq:  # the earlier " was stray: drop it
                                self._drop(stack, '"')
                            stack.append(_Mark(c, pos, True, pi, size))
                        elif open_dq:
                            self._close(stack, closed, '"', pos, size)
                    elif c in "“„«‹「『" or (c == "»" and not (stack and any(s.char == "«" for s in stack))):
                        # German „…“ closes with “; » opens only in the »…« style.
                        if c == "“" and can_close and stack and any(s.char == "„" for s in stack):
                            self._close(stack, closed, "„", pos, size)
                        elif c == "»" and not can_open:
                            continue
                        else:
                            stack.append(_Mark(c, pos, True, pi, size))
                    else:  # ” » 」 』
                        opener = "«" if c == "»" else ("“„" if c == "”" else "「『")
                        if stack and any(s.char in opener for s in stack):
                            self._close(stack, closed, opener, pos, size)
                        elif c == "”" and can_open and not can_close:
                            stack.append(_Mark(c, pos, True, pi, size))  # ”…” as an opener
                        elif c == "”" and can_close and top is not None and top.char == '"':
                            self._close(stack, closed, '"', pos, size)  # "…” mixed marks
                else:
                    single_open = top is not None and not top.double
                    if c in "‘‚‹『" and can_open and not t.elision.match(source, pos + 1, pe):
                        stack.append(_Mark(c, pos, False, pi))
                    elif single_open and can_close and top is not None and (
                            c == pairs.get(top.char) or c in "’'"):
                        stack.pop()
                        closed.append((top, pos, size))
                    elif c == "'" and can_open and not before.isalnum() and not t.elision.match(
                            source, pos + 1, pe):
                        stack.append(_Mark(c, pos, False, pi))
            # A double quote still open at the end runs on if the next paragraph opens with
            # a mark; anything else left open was stray.
            if stack:
                doubles = [s for s in stack if s.double]
                if doubles and self._runs_on(source, paras, pi):
                    carried = doubles[0]
            if closed:
                for mark, c_pos, c_size in self._top_level(closed) if len(closed) > 1 else closed:
                    out.append(_Found(mark.pos, mark.pos + mark.size, c_pos, c_pos + c_size, mark.para, pi))
        return self._trimmed(source, out)

    @staticmethod
    def _runs_on(source: str, paras: Sequence[Span], pi: int) -> bool:
        """Does the paragraph after ``paras[pi]`` open with a mark (a quote open at the end of
        ``paras[pi]`` runs on into it)?"""
        if pi + 1 >= len(paras):
            return False
        nxt = paras[pi + 1]
        lead = _PARA_START_FOR[source.isascii()].match(source, nxt.start, nxt.end)
        k = lead.end() if lead else nxt.start
        return k < nxt.end and (source[k] in "“\"«„" or source.startswith("''", k)) and k + 2 < len(source) \
            and not source[k + 1].isspace()

    @staticmethod
    def _simple_marks(source: str, signs: list[int], lo: int, hi: int,
                      singles: frozenset[str]) -> tuple[list[int], bool] | None:
        """The marks among ``signs`` (in ``source[lo:hi]``, as ``_marks`` tells them) when they
        are straight double quotes only, or “ and ” only, but for single marks that do nothing
        while no single mark is open (as ``find_marks`` pairs them: ’, and ' where it cannot
        open): those marks and whether they are curly; else ``None``.  A ” that would open
        (with no “ open before it) makes it ``None`` too."""
        out = []
        straight = curly = False
        depth = 0  # how many “ are open
        for pos in signs:
            c = source[pos]
            if pos and pos + 1 < hi:
                b, a = source[pos - 1], source[pos + 1]
                if (b.isalnum() if b < "\x80" else _letter_or_digit(b)) and \
                        (a.isalnum() if a < "\x80" else _letter_or_digit(a)):
                    continue  # an apostrophe inside a word (not '': ' is no letter)
            if c == '"':
                straight = True
                out.append(pos)
            elif c == "“":
                curly = True
                depth += 1
                out.append(pos)
            elif c == "”":
                curly = True
                if depth:
                    depth -= 1
                else:
                    before = source[pos - 1] if pos > lo else " "
                    after = source[pos + 1] if pos + 1 < hi else " "
                    if not after.isspace() and (before.isspace() or before in "([{—–-/:;“‘«„\"'") and not (
                            not before.isspace() and (after.isspace() or after in ".,;:!?)]}—–-…”’»\"'")):
                        return None  # (”…” as an opener)
                out.append(pos)
            elif c == "’" and c in singles:
                continue
            elif c == "'" and c in singles and not (pos + 1 < hi and source[pos + 1] == "'"):
                before = source[pos - 1] if pos > lo else " "
                after = source[pos + 1] if pos + 1 < hi else " "
                if after.isspace() or not (before.isspace() or before in "([{—–-/:;“‘«„\"'"):
                    continue  # (it cannot open: "the students' union")
                return None
            else:
                return None
            if straight and curly:
                return None
        return out, curly

    @staticmethod
    def _marks(source: str, lo: int, hi: int, t: _Tables,
               signs: list[int] | None = None) -> list[tuple[int, int]]:
        """The marks ``t.marks`` finds in ``source[lo:hi]``, as (position, length): found with
        the faster scan for the signs (or among ``signs``, the signs' positions there), the
        apostrophes inside words dropped here."""
        out: list[tuple[int, int]] = []
        skip = -1
        for pos in _positions(source, t.mark_signs, lo, hi) if signs is None else signs:
            if pos == skip:  # the second sign of ''
                continue
            if source[pos] == "'" and pos + 1 < hi and source[pos + 1] == "'":
                out.append((pos, 2))
                skip = pos + 1
                continue
            if pos == 0 or pos + 1 >= hi:
                out.append((pos, 1))
                continue
            # (``_letter_or_digit`` inlined for ASCII neighbours: most signs are apostrophes
            # inside words.)
            b, a = source[pos - 1], source[pos + 1]
            if not (b.isalnum() if b < "\x80" else _letter_or_digit(b)) or \
                    not (a.isalnum() if a < "\x80" else _letter_or_digit(a)):
                out.append((pos, 1))
        return out

    @staticmethod
    def _close(stack: list[_Mark], closed: list[tuple[_Mark, int, int]], openers: str, pos: int,
               size: int) -> None:
        """Close the innermost opener among ``openers``, dropping what is open above it."""
        for k in range(len(stack) - 1, -1, -1):
            if stack[k].char in openers:
                mark = stack[k]
                del stack[k:]
                closed.append((mark, pos, size))
                return

    @staticmethod
    def _drop(stack: list[_Mark], char: str) -> None:
        for k in range(len(stack) - 1, -1, -1):
            if stack[k].char == char:
                del stack[k:]
                return

    @staticmethod
    def _top_level(closed: list[tuple[_Mark, int, int]]) -> list[tuple[_Mark, int, int]]:
        """The pairs not nested in another pair (pairs from a stack nest properly), in text
        order."""
        # A pair closes after the pairs it holds: from the last closed back, a pair is nested
        # when it opens after the last pair kept (no sort needed).
        out: list[tuple[_Mark, int, int]] = []
        floor = sys.maxsize
        for p in reversed(closed):
            if p[0].pos < floor:
                out.append(p)
                floor = p[0].pos
        out.reverse()
        return out

    @staticmethod
    def _trimmed(source: str, found: list[_Found]) -> list[_Found]:
        """Drop empty quotes; keep the content exactly inside the marks."""
        out = []
        for q in found:
            # (A first character that is no space keeps the quote without copying its text.)
            if q.end > q.start and (not source[q.start].isspace() or source[q.start:q.end].strip()):
                out.append(q)
        out.sort(key=attrgetter("start"))
        return out

    # ------------------------------------------------------------ sentences and kinds

    @staticmethod
    def _kind(source: str, q: _Found, s: int) -> str:
        """``direct`` for a quoted sentence, ``partial`` for a fragment in the writer's
        sentence, given where the quote's sentence starts."""
        lead = source[s:q.open].rstrip()
        text = source[q.start:q.end].rstrip()
        first = text.lstrip()[:1]
        ends = text[-1:] in _SENTENCE_MARK or text[-1:] in ",—–-" or text.endswith((".", "!", "?"))
        sentence_place = not lead or lead[-1] in ":,—–-(" or lead.endswith(("...", "…"))
        if sentence_place and (first.isupper() or first.isdigit() or first in "…." or ends) and (
                ends or _words_at_least(text, 0, 200, 4)):
            return "direct"
        return "partial"

    # ------------------------------------------------------------ attribution

    def _attribute(self, source: str, found: list[_Found], i: int, paras: Sequence[Span],
                   sents: _Sentences, index: _Index, t: _Tables) -> None:
        q = found[i]
        para = paras[q.para]
        last = paras[q.last_para]
        o = q.open
        c = q.after
        s_start = q.sentence if q.sentence >= 0 else sents.start_of(o, para)
        s_end = sents.end_of(c, last)
        prev_q = found[i - 1] if i > 0 and found[i - 1].last_para == q.para else None
        next_q = found[i + 1] if i + 1 < len(found) and found[i + 1].para == q.last_para else None
        # Writer text around the quote, up to the neighbouring quotes.
        left_lo = max(s_start, prev_q.after if prev_q is not None else para.start)
        right_hi = min(s_end, next_q.open if next_q is not None else last.end)
        if q.kind == "partial" and self.is_title(source[q.start:q.end]):
            # A title (“Meet the Press”) has no speaker; a name someone gave (called him
            # “Little Marco”) has the speaker of the naming cue.
            # A title in what a cue reports (Jones said he would skip “Meet the Press”) has
            # that cue's speaker, unless it names where the words were said (“Jane said on
            # NBC's “Meet the Press”", "told “Fox and Friends”", "the author of “…”").
            hit = self._cue_before(source, left_lo, o, index, t, sents)
            if hit is not None and (source[hit[1].start:hit[1].end].casefold() in t.naming or
                                    self._title_reported(source, hit[1], o, c, t)):
                self._set(q, hit, "same-sentence")
                q.title = True
            return
        # 0. A source that ends the sentence is the outermost attribution: “…,” Sanders said,
        # according to CNN / “…,” The Miami Herald reported.
        hit = self._source_after(source, c, s_end, index, t, sents)
        if hit is not None:
            self._set(q, hit, "same-sentence")
            return
        # 1. A cue right after the quote: “…,” X said / “…,” said X / “…” — X.  Only after
        # a comma (inside or outside the marks) or a dash, or after a quote that stands alone.
        after = _trail_lead_end(source, c, right_hi)
        inner = source[q.end - 1:q.end]
        joined = inner in ",!?—–-…" or "," in source[c:after] or not _DASHES.isdisjoint(source[c:after]) \
            or (not source[left_lo:o].strip() and q.kind == "direct")
        if joined:
            hit = self._cue_at(source, after, right_hi, index, t, trailing=True, sents=sents)
            if hit is not None:
                self._set(q, hit, "same-sentence")
                return
        k = c
        while k < right_hi and (source[k] == "," or source[k].isspace()):
            k += 1  # (``_DASH`` needs a dash after these)
        dash = _DASH_FOR[source.isascii()].match(source, c, right_hi) \
            if k < right_hi and source[k] in "—–-" else None
        if dash is not None:
            sp = self._mention_at(source, dash.end(), min(right_hi, dash.end() + 4), index)
            if sp is not None:
                self._set(q, (sp, None), "dash")
                return
        # 1c. A quote closing its paragraph, signed in the next: “…”¶— Jane Doe, tweeting.
        if q.last_para + 1 < len(paras) and last.end - c <= 3 and not source[c:last.end].strip(" .,\t"):
            nxt = paras[q.last_para + 1]
            sign = _DASH_FOR[source.isascii()].match(source, nxt.start, nxt.end)
            if sign is not None and sign.start() == nxt.start:
                k = _bisect_left(index.starts, sign.end())
                sp = None
                if k < len(index.rows) and index.rows[k][1] <= nxt.end:
                    ms, me, e = index.rows[k]
                    lead_words = _WORDS_FOR[source.isascii()].findall(source, sign.end(), ms)
                    if e.kind in _SPEAKING and len(lead_words) <= 3 and all(
                            w[:1].isupper() for w in lead_words) and _SIGN_STOPS.isdisjoint(
                            source[sign.end():ms]):
                        sp = _Speaker(e.name, span_of(ms, me), "mention")
                if sp is None:
                    # A name the entities missed: "-Michelle Marks, Philadelphia."
                    pat = _WORDS_FOR[source.isascii()]
                    words = list(islice(pat.finditer(source, sign.end(), nxt.end), 6))
                    j = 0
                    while j < 3 and j < len(words) and \
                            words[j].group().rstrip(".").casefold() in t.before_name:
                        j += 1  # title words: "-Sen. Jane Doe", "-President Obama"
                    if j < len(words) and _SIGN_STOPS.isdisjoint(source[sign.end():words[j].start()]):
                        sp = self._unlisted_name(source, words, j, sign.end(), index, t, after_cue=True)
                if sp is not None:
                    self._set(q, (sp, None), "dash")
                    return
        # 2. A cue before the quote in its sentence: X said: “…” / According to X, “…”.
        hit = self._cue_before(source, left_lo, o, index, t, sents)
        if hit is not None:
            self._set(q, hit, "same-sentence")
            return
        # 2b. A name and a colon or a dash before the quote: "Jane Doe: “…”", "Doe — “…”".
        lead_text = source[left_lo:o].rstrip()
        last_word = _LAST_WORD_FOR[lead_text.isascii()].search(lead_text, 0, len(lead_text) - 1) \
            if lead_text.endswith(",") else None
        if lead_text.endswith((":", "—", "–", "--")) or (
                last_word is not None and last_word.group().casefold() in t.voice):
            # The name the colon follows ("HEADLINE - Jane Doe: “…”"), else the subject.
            sp = self._mention_before(source, left_lo + len(lead_text) - 1, left_lo, index) \
                or self._clause_subject(source, left_lo, o, index)
            if sp is not None:
                self._set(q, (sp, None), "colon")
                return
        # 2c. A second quote in a sentence whose first quote has its speaker: “A” and “B”.
        if prev_q is not None and prev_q.speaker is not None and not prev_q.title and \
                prev_q.how != "sentence-subject" and prev_q.open >= s_start and \
                index.first_cue(prev_q.after, o) is None:
            q.speaker, q.speaker_span, q.cue_span = prev_q.speaker, prev_q.speaker_span, prev_q.cue_span
            q.how = "continuation"
            return
        # 3. The writer's sentence after the quote (“…” X said.), or the rest of its own.
        if inner in _SENTENCE_MARK or source[c - 1:c] in _SENTENCE_MARK:
            nxt_end = sents.end_of(c + 2, last)
            hi = min(nxt_end, next_q.open if next_q is not None else last.end)
            after = _trail_lead_end(source, c, hi)
            hit = self._cue_at(source, after, min(hi, after + 80), index, t, trailing=True, sents=sents)
            if hit is not None:
                # “…?” X said, according to the Sun: a source ending the attribution is outermost
                # (only there: a sentence of its own after the quote may cite a source of its own).
                src = self._source_after(source, c, hi, index, t, sents)
                if src is not None and hit[1].end < src[1].start <= hit[1].end + 60:
                    hit = src
            if hit is not None:
                self._set(q, hit, "following-sentence")
                return
        else:
            hit = self._cue_in(source, c, right_hi, index, t, sents)
            if hit is not None:
                self._set(q, hit, "same-sentence")
                return
        # 4. The previous part of a split quote in the same paragraph: “A,” X said. “B.”
        if prev_q is not None and prev_q.speaker is not None and not prev_q.title and self._plain_between(
                source, prev_q.after, o, index, t):
            q.speaker, q.speaker_span, q.cue_span = prev_q.speaker, prev_q.speaker_span, prev_q.cue_span
            q.how = "continuation"
            return
        # 5. The sentence before, when the quote opens its sentence.
        if s_start > para.start and not source[s_start:o].strip():
            ps = sents.start_of(s_start - 1, para)
            if prev_q is None or prev_q.end < ps:
                hit = self._cue_in(source, ps, s_start, index, t, sents)
                if hit is not None:
                    self._set(q, hit, "preceding-sentence")
                    return
        # 6. A quote that opens its paragraph: the speaker named in the paragraph before.
        if q.para > 0 and _text_start(source, para.start, para.end) == o:
            self._previous_paragraph(source, found, i, paras, sents, index, t)
            if q.speaker is not None:
                return
        # 6b. An agent after the quote: called “strategic ambiguity” by Jane Doe.
        by = _BY_AGENT_FOR[source.isascii()].match(source, c, right_hi) \
            if 0 <= source.find("by", c, c + 24) < right_hi else None
        if by is not None:
            sp = self._mention_at(source, by.end(), min(right_hi, by.end() + 4), index)
            if sp is not None:
                self._set(q, (sp, None), "same-sentence")
                return
        # 7. A partial quote of some length, or one in a sentence with a cue: the subject of
        # its sentence.  (Short quotes in a sentence without a cue are scare quotes.)
        if q.kind == "partial" and (
                _words_at_least(source, q.start, min(q.end, q.start + 200), self.SCARE_MAX_WORDS + 1)
                or index.speech_in(s_start, s_end)) and not index.headline_like(self, para):
            self._subject(source, q, s_start, o, index)

    @staticmethod
    def _title_reported(source: str, cue: Span, o: int, after: int, t: _Tables) -> bool:
        """Does a title from ``o`` to ``after`` stand in what the ``cue`` before it reports, not
        name the show, book or place of the words (after a preposition, a possessive, a name or
        a cue of whom is told: ``on NBC's``, ``author of``, ``told``) or who heard them (before
        ``that``: ``заявил «РИА Новости», что``)?"""
        rest = source[after:after + 12].lstrip(" ,").split(None, 1)
        if rest and rest[0].casefold() in _COMPLEMENTIZERS:
            return False
        lead = source[cue.end:o].split()
        w = lead[-1].strip(",;:()[]—–-") if lead else ""
        if not w:
            # Right after the cue: said “Thank you Georgia”, not told “Fox and Friends”.
            return source[cue.start:cue.end].casefold() not in t.hearer_first
        fw = w.casefold()
        if fw in t.determiners and len(lead) > 1:
            # "creator of the “…”", "complained about a “…”": the word before the article.
            prev = lead[-2].strip(",;:()[]—–-").casefold()
            if prev in _OBJECT_BEFORE or prev == "in":
                return False
        return not (w[:1].isupper() or fw in _OBJECT_BEFORE or fw == "in" or fw in t.hearer_first or
                    fw in _WORK_NOUNS or fw.endswith(("'s", "’s", "s'", "s’")))

    def is_title(self, text: str) -> bool:
        """Is this quoted text a title or a name (``Meet the Press``, ``Person of the Year``)?

        Every word of four letters or more capitalised, the first word too, at most
        ``TITLE_MAX_WORDS`` words."""
        pat = _WORDS_FOR[text.isascii()]
        first = pat.search(text, 0, 200)
        if first is None or not first.group()[:1].isupper():
            return False  # (most quotes: the first word in lower case, told at once)
        if "!" in text or "?" in text:
            return False
        # (One word more than a title may hold is enough to tell: most quotes are long.)
        words = [m.group() for m in islice(pat.finditer(text, 0, 200), self.TITLE_MAX_WORDS + 1)]
        if len(words) < 2 or len(words) > self.TITLE_MAX_WORDS or not words[0][:1].isupper():
            return False
        return all(w[:1].isupper() or len(w) < 4 or not w[:1].isalpha() for w in words)

    @staticmethod
    def _headline_like(source: str, para: Span) -> bool:
        """A paragraph in title case (a related story's headline left in the body)."""
        hi = min(para.end, para.start + 300)
        if source.isascii():
            # The words of four letters or more that open with a letter, picked out by the
            # engine (an empty string for each other word) and counted in C.
            long = list(filter(None, _LONG_WORDS.findall(source, para.start, hi)))
            return len(long) >= 3 and sum(map(str.isupper, map(_FIRST, long))) >= 0.7 * len(long)
        words = _WORDS.findall(source, para.start, hi)
        long = [w for w in words if len(w) >= 4 and w[:1].isalpha()]
        return len(long) >= 3 and sum(1 for w in long if w[:1].isupper()) >= 0.7 * len(long)

    def _set(self, q: _Found, hit: tuple[_Speaker, Span | None], how: str) -> None:
        sp, cue = hit
        q.speaker = sp.name
        q.speaker_span = sp.span
        q.how = sp.how if sp.how not in ("mention",) else how
        if cue is not None:
            q.cue_span = cue

    def _plain_between(self, source: str, lo: int, hi: int, index: _Index, t: _Tables) -> bool:
        """Between two parts of a split quote stands only an attribution (or nothing): a
        short stretch of writer's text."""
        return hi - lo <= self.MAX_SPLIT_GAP

    # -- cues

    def _cue_at(self, source: str, lo: int, hi: int, index: _Index, t: _Tables, *, trailing: bool,
                sents: _Sentences) -> tuple[_Speaker, Span] | None:
        """An attribution starting at ``lo``: ``said X``, ``X said``, ``X, the …, said``."""
        if lo >= hi:
            return None
        m = index.cue_at(lo, hi)
        if m is not None:  # said X / according to X
            if self._introduces_next(source, m.e, hi) or self._participle(m.text, t):
                # "“…,” telling Fox that …": who is told is no speaker; the participle's
                # subject is the sentence's (found by the later rules).
                return None
            sp = self._speaker_after(source, m.e, hi, index, t)
            if sp is not None:
                return sp, span_of(m.s, m.e)
            return None
        # X said: the cue within the next words.
        m = index.first_cue(lo, min(hi, lo + self.MAX_GAP + 40))
        if m is None or m.text.casefold() in t.according:
            return None
        if self._introduces_next(source, m.e, hi):
            return None
        after = self._name_closing_clause(source, lo, hi, m, index, t)
        if after is not None:
            return after, span_of(m.s, m.e)
        sp = self._speaker_before(source, lo, m.s, index, t, sents)
        if sp is None or sp.span.start > lo + 60:
            return None
        # The speaker must open the attribution: only a determiner or title words before it
        # (not a clause joined after a comma: "“…,” for instance, and Trump vowed").
        if not self._opens(source, lo, sp.span.start) or _JOINED_CLAUSE.search(source[lo:sp.span.start]):
            return None
        return sp, span_of(m.s, m.e)

    def _source_after(self, source: str, lo: int, hi: int, index: _Index, t: _Tables,
                      sents: _Sentences) -> tuple[_Speaker, Span] | None:
        """The last cue in ``[lo, hi)`` (the writer's text after a quote, to its sentence's
        end) when it names a source (``according to X``, ``X reported``) after a comma or
        right after the quote, with its speaker."""
        if hi - lo < 8:
            return None
        # (No cue of a source can stand where none of the words such cues hold does: the
        # text is not scanned for cues here then, which the rules after may not need.)
        text = source[lo:hi]
        for piece in t.source_pieces:
            if piece in text:
                break
        else:
            return None
        cues = index.cues_in(lo, hi)
        if not cues:
            return None
        m = cues[-1]
        word = m.text.casefold()
        if word not in t.according and word not in t.sources:
            # A cue word inside the phrase "according to" opens is a noun there: "according to
            # a White House pool report."
            if len(cues) < 2 or cues[-2].text.casefold() not in t.according or \
                    not _PHRASE_STOPS.isdisjoint(source[cues[-2].e:m.s]):
                return None
            m = cues[-2]
            word = m.text.casefold()
        if m.s > lo + 2 and "," not in source[lo:m.s] and word not in t.according:
            return None
        if word in t.according:
            sp = self._speaker_after(source, m.e, hi, index, t)
        else:
            k = source.rfind(",", lo, m.s)
            sp = self._speaker_of_cue(source, max(lo, k + 1), hi, m, index, t, sents)
        return None if sp is None else (sp, span_of(m.s, m.e))

    @staticmethod
    def _participle(cue: str, t: _Tables) -> bool:
        """A cue in its -ing form (``saying``, ``telling``), not ``according to``."""
        first = cue.split(None, 1)[0].casefold() if cue.strip() else ""
        return first.endswith("ing") and cue.casefold() not in t.according

    @staticmethod
    def _introduces_next(source: str, end: int, hi: int) -> bool:
        """``…,” Trump said: “…”``: a cue followed by a colon introduces the next quote."""
        rest = source[end:min(hi + 2, end + 40)]
        k = rest.find(":")
        return k >= 0 and _INTRO_STOPS.isdisjoint(rest[:k])

    @staticmethod
    def _opens(source: str, lo: int, start: int) -> bool:
        lead = source[lo:start]
        return not _words_at_least(source, lo, start, 7) and (
            _CLAUSE_STOPS.isdisjoint(lead) or
            _CLAUSE_STOPS.isdisjoint(_ABBREV_FOR[lead.isascii()].sub("", lead)))

    def _cue_before(self, source: str, lo: int, hi: int, index: _Index, t: _Tables,
                    sents: _Sentences) -> tuple[_Speaker, Span] | None:
        """The last cue before the quote in its sentence, with its speaker."""
        if lo >= hi:
            return None
        cues = index.cues_in(lo, hi)
        if len(cues) > 1:
            start = self._after_fronted(source, lo, hi, t)
            cut = start
            for b in _CLAUSE_BREAK.finditer(source, cut, hi):
                cut = b.end()
            # The first cue of the quote's clause (the outermost attribution: "Israel said
            # Clinton called on members to be “…”"), then the cues before it, the nearest first.
            starts = [m.s for m in cues]
            k = bisect.bisect_left(starts, cut)
            if k == len(cues):
                k = bisect.bisect_left(starts, start)
            # A source opening the sentence ("According to X, …") is outermost of all.
            order = [m for m in cues[:k] if m.s < start and m.text.casefold() in t.according]
            order += cues[k:] + cues[k - 1::-1] if k else cues
        else:
            order = cues
        for m in order:
            sp = self._speaker_of_cue(source, lo, hi, m, index, t, sents)
            if sp is not None:
                return sp, span_of(m.s, m.e)
        return None

    def _name_closing_clause(self, source: str, lo: int, hi: int, m: _Cue, index: _Index,
                             t: _Tables) -> _Speaker | None:
        """``“…” that Sanders can win, said Jane Doe.``: after a comma, a cue followed by a name
        that ends the clause names the speaker (not a cue that names a hearer or a topic)."""
        cue = m.text.casefold()
        if not source[lo:m.s].rstrip().endswith(",") or cue in t.naming or \
                cue in t.hearer_first or self._participle(cue, t):
            return None
        after = self._speaker_after(source, m.e, hi, index, t)
        if after is not None and after.how != "pronoun" and \
                source[after.span.end:after.span.end + 1] in (".", ",", ";", ""):
            return after
        return None

    def _speaker_of_cue(self, source: str, lo: int, hi: int, m: _Cue, index: _Index, t: _Tables,
                        sents: _Sentences) -> _Speaker | None:
        if m.text.casefold() in t.according:
            return self._speaker_after(source, m.e, hi, index, t)
        after = self._name_closing_clause(source, lo, hi, m, index, t)
        if after is not None:
            return after
        sp = self._speaker_before(source, lo, m.s, index, t, sents)
        if sp is None and (_WORDS_FOR[source.isascii()].search(source, lo, m.s) is None or (
                source[lo:m.s].rstrip().endswith(",") and m.text.casefold() not in t.naming)):
            # The cue opens the clause: "Said Jane Doe: …" / "“…” Told by …" / "“…” that
            # Sanders can win, said Jane Doe".
            sp = self._speaker_after(source, m.e, hi, index, t)
        if sp is not None and sp.how in ("mention", "nominal") and (
                "of" in source[max(0, sp.span.start - 8):sp.span.start] or
                "10" in source[max(0, sp.span.start - 4):sp.span.start]) and _SHARE_OF.search(
                source, max(0, sp.span.start - 24), sp.span.start):
            # "In a CNN poll, 31 percent of Republicans said …": the poll speaks.
            sp = self._poll(source, sents.start_at(m.s), m.s, index, t) or sp
        return sp

    def _poll(self, source: str, lo: int, hi: int, index: _Index, t: _Tables) -> _Speaker | None:
        """The poll (survey, study) named in ``[lo, hi)``, as printed from its determiner."""
        hit = t.polls.search(source, lo, hi)
        if hit is None:
            return None
        start = hit.start()
        words = list(_WORDS_FOR[source.isascii()].finditer(source, max(lo, hit.start() - 60), hit.start()))
        for wm in reversed(words[-6:]):
            if not _NAME_GAP_STOPS.isdisjoint(source[wm.end():start]):
                break
            start = wm.start()
            if wm.group().casefold() in t.determiners:
                break
        if not self.NOMINAL_SPEAKERS:
            return None
        return _Speaker(source[start:hit.end()], span_of(start, hit.end()), "nominal")

    def _cue_in(self, source: str, lo: int, hi: int, index: _Index, t: _Tables,
                sents: _Sentences) -> tuple[_Speaker, Span] | None:
        """Any cue with a speaker in ``[lo, hi)``, the first that resolves."""
        if lo >= hi:
            return None
        for m in index.cues_in(lo, hi):
            sp = self._speaker_of_cue(source, lo, hi, m, index, t, sents)
            if sp is not None:
                return sp, span_of(m.s, m.e)
        return None

    # -- speakers

    def _speaker_after(self, source: str, lo: int, hi: int, index: _Index, t: _Tables) -> _Speaker | None:
        """The speaker just after a cue: ``said Jane Doe``, ``said Sen. Jane Doe``, ``according
        to the Kremlin``, ``according to him``, ``said one campaign aide``."""
        hi = min(hi, lo + self.MAX_AFTER)
        first = _bisect_left(index.starts, lo)
        for k in range(first, min(first + 4, len(index.rows))):
            ms, me, e = index.rows[k]
            if ms >= hi:
                break
            raw = source[lo:ms]
            ascii_gap = raw.isascii()
            # (Each pattern needs its sign, told by a look-up in C where the engine would
            # try the pattern at every position.)
            gap = _PAREN_FOR[ascii_gap].sub("", raw) if "(" in raw else raw
            if "." in gap:
                gap = _ABBREV_FOR[ascii_gap].sub("", gap)
            if e.kind is _PERSON and self._apposition_gap(gap, t):
                return _Speaker(e.name, span_of(ms, me), "apposition")  # said the ferry's captain, X
            if not _NAME_GAP_STOPS.isdisjoint(gap):
                break
            if k + 1 < len(index.rows) and source[me:index.rows[k + 1][0]].rstrip() in _POSSESSIVE:
                continue  # "opined Cleveland's Plain Dealer": the name owned speaks
            gap_words = _WORDS_FOR[gap.isascii()].findall(gap)
            if len(gap_words) > 5 or not all(
                    w[:1].isupper() or w.casefold() in t.before_name or (
                        e.kind is _PERSON and len(w) > 3 and w.casefold() not in _FUNCTION) or (
                        w == "of" and i and gap_words[i - 1].casefold() in t.roles)  # secretary of state
                    for i, w in enumerate(gap_words)):
                if e.kind is _MISC:
                    continue  # a word of the description: "said undecided Republican voter Jane Doe"
                break
            indefinite_gap = bool(gap_words) and gap_words[0].casefold() in t.indefinite
            if e.kind in (_PERSON, _ORG) or not gap_words or indefinite_gap:
                role = self._role_after(source, me, hi, t, modifiers=e.kind is not _PERSON)
                if role is not None:  # "said one Trump confidant", "according to the Kremlin statement"
                    if k + 1 < len(index.rows) and index.rows[k + 1][2].kind is _PERSON and \
                            not source[role:index.rows[k + 1][0]].strip():
                        nms, nme, ne = index.rows[k + 1]  # "said Rubio spokesman Alex Conant"
                        return _Speaker(ne.name, span_of(nms, nme), "mention")
                    head = _LAST_WORD_FOR[source.isascii()].search(source, me, role)
                    opening = _WORDS_FOR[source.isascii()].search(source, lo, role)
                    indefinite = opening is not None and opening.start() < ms and \
                        opening.group().casefold() in t.indefinite
                    if head is not None and head.group().casefold() in t.voice and e.kind in (
                            _PERSON, _ORG) and not indefinite:
                        return self._voice(source, e, ms, me, role, t)
                    return self._nominal_phrase(source, opening.start() if opening else lo, role, index, t)
                if indefinite_gap:  # "said one Democrat familiar with the talks"
                    opening = _WORDS_FOR[source.isascii()].search(source, lo, ms)
                    if opening is not None and self.NOMINAL_SPEAKERS:
                        return _Speaker(source[opening.start():me], span_of(opening.start(), me), "nominal")
                    return None
                if e.kind in (_PERSON, _ORG):
                    return _Speaker(e.name, span_of(ms, me), "mention")
                if e.kind is _LOC and not _CAPITAL_NEXT_FOR[source.isascii()].match(source, me, hi):
                    return _Speaker(e.name, span_of(ms, me), "mention")
        words = list(_WORDS_FOR[source.isascii()].finditer(source, lo, min(hi, lo + 80)))
        if words and _PHRASE_STOPS.isdisjoint(source[lo:words[0].start()]):
            w = _bare(words[0])
            kinds = t.pronouns.get(w)
            if kinds is not None:
                sp = self._resolve_pronoun(words[0].start(), kinds, index)
                if sp is not None:
                    return _Speaker(sp[0], span_of(words[0].start(), words[0].end()), "pronoun")
                return None
            if w not in t.roles:
                # "said Cuban, who …", "according to the Las Vegas Sun" with no entity found there
                first = 1 if w == "the" and len(words) > 1 and \
                    not source[words[0].end():words[1].start()].strip() else 0
                named = self._unlisted_name(source, words, first, lo, index, t, after_cue=True)
                if named is not None:
                    return named
            # "said a senior official", "according to the minister"
            for j, wm in enumerate(words[:7]):
                if source[words[j - 1].end() if j else lo:wm.start()].strip(" \t\u00a0"):
                    break
                if _bare(wm) in t.roles and (j == len(words) - 1 or _bare(words[j + 1]) not in t.roles):
                    if words[0].group().casefold() in t.determiners or words[0].group()[:1].isupper() \
                            or j == 0:
                        return self._nominal_phrase(source, words[0].start(),
                                                    wm.start() + len(wm.group().rstrip(".")), index, t)
                    break
        return None

    def _unlisted_name(self, source: str, words: list[_Match], j: int, lo: int, index: _Index,
                       t: _Tables, after_cue: bool = False) -> _Speaker | None:
        """A name the entities missed, beside a cue: ``words[j]`` and the capitalised words
        next to it (before it, or with ``after_cue`` after it), such as ``Cruz`` in "“…,” Cruz
        said" or "said Cuban, who …".  The name must open the attribution (after the cue,
        a sign, a determiner or a title word) and end it, and a name of one word must not
        stand in lower case elsewhere in the text; it is given as the person of the article
        with that surname, else as printed."""
        if not self._name_word(words[j].group(), t):
            return None
        first = last = j
        if after_cue:
            while last + 1 < len(words) and last - first < 2 and \
                    source[words[last].end():words[last + 1].start()] == " " and \
                    self._name_word(words[last + 1].group(), t):
                last += 1
            rest = source[words[last].end():words[last].end() + 2]
            if rest[:1] not in ("", ",", ".", ";", ":", " ", "\n") or rest[1:2].isupper():
                return None  # "said Cuban officials": a word of a longer phrase
        else:
            while first > 0 and last - first < 2 and \
                    source[words[first - 1].end():words[first].start()] == " " and \
                    self._name_word(words[first - 1].group(), t):
                first -= 1
            if first > 0 and words[first - 1].end() >= lo:
                prev = words[first - 1].group()
                gap = source[words[first - 1].end():words[first].start()]
                if not gap.strip() and not (prev.islower() and (
                        prev in t.roles or prev in t.before_name)):
                    return None  # "The company Monday said", "head of Ford said"
        ms, me = words[first].start(), words[last].end()
        if first == last and f" {words[first].group().rstrip('.').casefold()} " in source:
            return None  # a word the text also writes in lower case ("Как сказал"): no name
        k = _bisect_left(index.starts, ms)
        mention = None
        while k < len(index.rows) and index.rows[k][0] < me:
            if index.rows[k][1] >= me:  # (a mention of part of the name: "Ai" of "Ai Jun")
                if index.rows[k][2].kind in _SPEAKING:
                    return None  # (an entity's mention: the rules for mentions decide)
                if index.rows[k][0] <= ms:
                    mention = index.rows[k][2]  # (a place or a demonym that is all the name)
            k += 1
        surname = _bare(words[last]).rstrip(".")
        person = index.person_by_surname(surname)
        if person is None and mention is None and first == last:
            person = index.person_by_surname(surname, first_name=True)  # "Serena speaks"
        if person is not None:
            return _Speaker(person, span_of(ms, me), "mention")
        if mention is not None:
            return None  # a demonym or a place ("said Cuban"), no person of that name
        if first == last and surname.endswith("s") and not source[index.sents.start_at(ms):ms].strip(
                " \t\n\"'“‘(«„—–-"):
            return None  # a plural opening its sentence ("Academics call it", "Travelers warned")
        return _Speaker(source[ms:me].rstrip("."), span_of(ms, me - (source[me - 1] == ".")), "mention")

    @staticmethod
    def _name_word(word: str, t: _Tables) -> bool:
        """Could ``word`` be part of a person's name: capitalised, then lower case letters
        (``O'Malley``, ``Al-Tabchi``), no word of the language's own?"""
        w = word.rstrip(".")
        if len(w) < 2 or not w[0].isupper() or not w.replace("-", "").replace("'", "").replace(
                "’", "").isalpha() or w.isupper() or w.endswith(("'s", "’s", "'", "’")):
            return False  # (a possessive: what the name owns speaks, "China's “Titanic”")
        fw = w.casefold()
        return fw not in _NOT_NAMES and fw not in t.pronouns and fw not in t.determiners and \
            fw not in t.quantities and fw not in t.gap_words and fw not in t.fronting and \
            fw not in t.roles and fw not in _FUNCTION and fw not in t.coordinators and \
            t.cue.fullmatch(w) is None

    def _apposition_gap(self, gap: str, t: _Tables) -> bool:
        """Whether ``gap`` is a role phrase and a comma that a name follows in apposition:
        ``the ferry's captain, `` (``said the ferry's captain, Jonas Hegg``)."""
        phrase = gap.rstrip(" \t\u00a0")
        if not phrase.endswith(","):
            return False
        phrase = phrase[:-1]
        if not _NAME_GAP_STOPS.isdisjoint(phrase):
            return False
        words = _WORDS_FOR[phrase.isascii()].findall(phrase)
        if not 1 <= len(words) <= 6 or not words[-1].islower():
            return False
        first = words[0].casefold()
        return first in t.determiners or first in t.roles or first.endswith(("'s", "’s"))

    def _role_after(self, source: str, me: int, hi: int, t: _Tables, modifiers: bool = False) -> int | None:
        """The end of a role noun right after a name (``Trump confidant``, ``Clinton aides``);
        with ``modifiers``, also after lower-case words (``U.S. law enforcement official``)."""
        end = None
        last = me
        for j, wm in enumerate(_WORDS_FOR[source.isascii()].finditer(source, me, min(hi, me + 40))):
            if j > 2 or source[last:wm.start()].strip(" \t\u00a0'’s"):
                break
            word = wm.group().rstrip(".")
            fw = word.casefold()
            if fw in t.roles and word.islower():
                end = wm.start() + len(word)
            elif end is not None or not modifiers or not word.islower() or fw in _FUNCTION or \
                    fw in t.gap_words or fw in t.determiners or len(word) < 3 or word != wm.group() or \
                    fw.endswith(("s", "ed")) or t.cue.fullmatch(word) is not None:
                break  # lower-case words before the role only, and no verb form
            last = wm.end()
        return end

    def _nominal_phrase(self, source: str, start: int, end: int, index: _Index,
                        t: _Tables) -> _Speaker | None:
        head_m = _LAST_WORD_FOR[source.isascii()].search(source, start, end)
        head = head_m.group().casefold() if head_m else ""
        first = _WORDS_FOR[source.isascii()].match(source, start, end)
        # "a senior adviser" is someone not named; "the adviser" may be one named before.
        indefinite = first is not None and first.group().casefold() in t.indefinite
        titled = None if indefinite else self._by_title(head, start, index)
        if titled is not None:
            return _Speaker(titled, span_of(start, end), "title")
        if not self.NOMINAL_SPEAKERS:
            return None
        return _Speaker(source[start:end], span_of(start, end), "nominal")

    def _speaker_before(self, source: str, lo: int, cue: int, index: _Index, t: _Tables,
                        sents: _Sentences, chain: bool = True) -> _Speaker | None:
        """The subject of a cue: the entity named just before it (through an apposition or a
        few adverbs), a pronoun, or a role; for ``…, saying`` and ``… and said`` the subject
        of the clause."""
        # The words just before the cue (the speaker's phrase is short; names further back
        # are found through the mentions): those of the 100 characters before it.  Most
        # rules read only the last few, so first only the words after a space some 30
        # characters back are read (no word holds a space: they are the last words of the
        # 100), and the others when a rule reaches back to them (``full``).
        pat = _WORDS_FOR[source.isascii()]
        start = max(lo, cue - 100)
        space = source.rfind(" ", start, cue - 30) if cue - 30 > start else -1
        full = space < 0
        words = list(pat.finditer(source, start if full else space + 1, cue))
        cue_word = source[cue:cue + 20].split(maxsplit=1)[0].rstrip(",.;:!?”’\"'").casefold() \
            if cue < len(source) and not source[cue].isspace() else ""
        j = self._last_content_word(words, t)
        if j < 0 and not full:
            words[:0] = pat.finditer(source, start, space + 1)
            full = True
            j = self._last_content_word(words, t)
        tail = source[words[j].end():cue] if j >= 0 else source[lo:cue]
        # "X …, saying": a participle after a comma, or right after a quote ("“…,” telling").
        participle = cue_word.endswith("ing") and cue_word != "according" and (
            "," in tail or j < 0 or words[j].group().casefold() in t.participle_openers)
        coordinated = j >= 0 and words[j].group().casefold() in t.coordinators
        if coordinated or participle:
            # "…, saying", "… and said": the speaker of the sentence's earlier cue, or the
            # subject of the sentence.  (The word before ", saying" may be that cue: "X
            # said, adding".)
            end = words[j].start() if coordinated else words[j].end() if j >= 0 else cue
            s0 = min(lo, sents.start_at(cue))
            if chain:
                for m in reversed(index.cues_in(s0, end)):
                    if m.text.casefold() in t.according:
                        continue
                    sp = self._speaker_before(source, s0, m.s, index, t, sents, chain=False)
                    if sp is not None:
                        return sp
            return self._nominal_subject(source, s0, end, index, t) or self._clause_subject(
                source, s0, end, index)
        k = _bisect_left(index.starts, cue) - 1
        tries = 0
        # A name closing a clause set off by one comma is the subject only if no name before
        # that clause is ("Grandi, the High Commissioner for Refugees (UNHCR), reacted").
        closing: _Speaker | None = None
        while k >= 0 and tries < 4:
            ms, me, e = index.rows[k]
            k -= 1
            if me > cue:
                continue
            if ms < lo or cue - me > self.MAX_GAP:
                break
            raw = source[me:cue]
            if (")" in raw and "(" not in raw) or (
                    source[ms + 1:ms + 2] == "-" and _PARTY_TAG_FOR[source.isascii()].fullmatch(
                        source, ms, me)):
                continue  # a name inside a parenthesis, a party tag: "Rep. Jane Doe (D-N.Y.) said"
            tries += 1
            gap = _PAREN_FOR[raw.isascii()].sub("", raw) if "(" in raw else raw  # (as in ``_speaker_after``)
            if self._gap_ok(gap, t):
                found: _Speaker | None = None
                if e.kind in (_PERSON, _ORG):
                    found = (self._voice(source, e, ms, me, self._voice_end(source, me, cue, t), t)
                             if gap.strip() else None) or self._quantified(source, lo, ms, me, t) \
                        or _Speaker(e.name, span_of(ms, me), "mention")
                elif self._gap_words_only(gap, t) and "'" not in gap[:2] and "’" not in gap[:2]:
                    # A place or other name as the subject: "the White House said".
                    found = self._quantified(source, lo, ms, me, t) or _Speaker(
                        e.name, span_of(ms, me), "mention")
                if found is not None:
                    if not self._closes_clause(source, lo, ms, gap):
                        return found
                    closing = closing or found
            if "," not in gap:
                break  # only an apposition may hide an earlier name
        if closing is not None:
            return closing
        if "," in tail:
            # "An Israeli official, speaking on condition of anonymity, said": the phrase
            # without a name that opens the clause, set off by the comma.
            sp = self._nominal_subject(source, max(lo, sents.start_at(cue)), cue, index, t)
            if sp is not None and source[sp.span.end:sp.span.end + 3].lstrip().startswith(","):
                return sp
        if j < 0:
            return None
        w = words[j].group().casefold()
        between = source[words[j].end():cue]
        if not _ROLE_GAP_STOPS.isdisjoint(between):
            return None
        kinds = t.pronouns.get(w)
        if kinds is not None:
            ref = self._resolve_pronoun(words[j].start(), kinds, index)
            if ref is not None:
                return _Speaker(ref[0], span_of(words[j].start(), words[j].end()), "pronoun")
            return None
        if not full:  # (the rules below reach back several words)
            before = list(pat.finditer(source, start, space + 1))
            words[:0] = before
            j += len(before)
        if w not in t.roles:
            named = self._unlisted_name(source, words, j, lo, index, t)
            if named is not None:  # "“…,” Cruz said" with no entity found for "Cruz"
                return named
            # "a Democratic staffer in the room wondered": a role and a place after it.
            # "an official who spoke on condition of anonymity said"
            r = j - 1
            while r > 0 and j - r <= 9 and words[r].group().casefold() not in _PLACE_PREPOSITIONS:
                r -= 1
            if not (r > 0 and j - r <= (9 if words[r].group().casefold() in _RELATIVES else 5) and
                    words[r - 1].group().casefold() in t.roles and
                    _ROLE_GAP_STOPS.isdisjoint(source[words[r - 1].start():cue])):
                return None
            j = r - 1
            w = words[j].group().casefold()
        k2 = j
        while k2 > 0 and j - k2 < 5:
            prev = words[k2 - 1]
            fp = prev.group().casefold()
            joining = fp in t.gap_words or fp in _FUNCTION or fp in t.coordinators or \
                fp in _OBJECT_BEFORE or fp in t.fronting or t.cue.fullmatch(prev.group()) is not None
            if source[prev.end():words[k2].start()].strip(" \t\u00a0'’s") or (
                    joining and fp not in t.determiners):
                break  # "while police said": the phrase starts after "while"
            k2 -= 1
            if prev.group().casefold() in t.determiners:
                break
        if w in t.voice and w not in t.bodies:
            # "Trump issued a statement saying": a writing speaks for who issued it.
            s0 = max(lo, sents.start_at(cue))
            sp = self._nominal_subject(source, s0, words[k2].start(), index, t) or self._clause_subject(
                source, s0, words[k2].start(), index)
            if sp is not None:
                return sp
        return self._nominal_phrase(source, words[k2].start(), words[j].end(), index, t)

    @staticmethod
    def _last_content_word(words: list[_Match], t: _Tables) -> int:
        """The index of the last of ``words`` that is no adverb or auxiliary (``-1`` if none):
        a pronoun counts."""
        j = len(words) - 1
        while j >= 0:
            w = words[j].group()
            fw = w.casefold()
            if not (fw in t.gap_words or w.endswith("ly")) or fw in t.pronouns:
                break
            j -= 1
        return j

    @staticmethod
    def _closes_clause(source: str, lo: int, ms: int, gap: str) -> bool:
        """A name that ends a clause set off by one comma (``Clinton, who spoke to the
        Conference of Mayors, did not …``): not the cue's subject, unless the name is itself
        set off by commas (``the deputy minister, Sergei Ryabkov, said``)."""
        if gap.count(",") != 1 or not gap.lstrip().startswith(","):
            return False
        before = source[max(lo, ms - 3):ms].rstrip()
        return ms > lo and not before.endswith((",", "—", "–", "(", ":"))

    def _clause_subject(self, source: str, lo: int, hi: int, index: _Index) -> _Speaker | None:
        """The first person or organisation named in ``[lo, hi)`` after the phrases set off
        at its start (``In June, after Clinton fell ill, Axelrod wrote``), else in all of it."""
        row = self._subject_row(source, lo, hi, index, _SPEAKING)
        if row is None:
            k = _bisect_left(index.starts, lo)
            while k < len(index.rows) and index.rows[k][0] < hi:
                if index.rows[k][2].kind in _SPEAKING:
                    row = index.rows[k]
                    break
                k += 1
        if row is None:
            return None
        ms, me, e = row
        t = index.t
        role = self._role_after(source, me, hi, t)
        if role is not None:
            # "Sanders supporters are crying …": the name qualifies the speaker.
            head = _LAST_WORD_FOR[source.isascii()].search(source, me, role)
            if head is not None and head.group().casefold() in t.voice:
                return self._voice(source, e, ms, me, role, t)
            if self.NOMINAL_SPEAKERS:
                return _Speaker(source[ms:role], span_of(ms, role), "nominal")
        return _Speaker(e.name, span_of(ms, me), "mention")

    def _subject_row(self, source: str, lo: int, hi: int, index: _Index,
                     kinds: tuple[EntityKind, ...]) -> tuple[int, int, Entity] | None:
        """The first mention of an entity of one of ``kinds`` in ``[lo, hi)`` after the phrases set
        off at its start, passing over a name that only qualifies the next (``Cruz spokesman
        Rick Tyler``, ``Cleveland's Plain Dealer``)."""
        k = _bisect_left(index.starts, self._after_fronted(source, lo, hi, index.t))
        rows = index.rows
        while k < len(rows) and rows[k][0] < hi:
            if rows[k][2].kind in kinds:
                if k + 1 < len(rows) and rows[k + 1][0] < hi and self._qualifies(source, rows[k][1],
                                                                                 rows[k + 1][0]):
                    k += 1
                    continue
                return rows[k]
            k += 1
        return None

    def _qualifies(self, source: str, me: int, ns: int) -> bool:
        """Only a possessive or a few role words between two names: the first qualifies the
        second (``Cruz spokesman Rick Tyler``)."""
        gap = source[me:ns]
        if len(gap) > 40 or not _QUALIFIER_STOPS.isdisjoint(gap):
            return False
        rest = gap.strip()
        possessive = False
        for p in ("'s", "’s", "'", "’"):
            if rest.startswith(p):
                rest, possessive = rest[len(p):].lstrip(), True
                break
        if not possessive and not gap[:1].isspace():
            return False
        words = _WORDS_FOR[rest.isascii()].findall(rest)
        if not words:
            return possessive
        roles = self.tables().roles
        return len(words) <= 3 and all(w.casefold() in roles for w in words)

    def _after_fronted(self, source: str, lo: int, hi: int, t: _Tables) -> int:
        """Where the clause's subject may start: after the adverbial phrases (each opened by
        one of :attr:`FRONTING` and closed by a comma) at the start of ``[lo, hi)``."""
        pos = lo
        for _ in range(3):
            m = t.fronted.match(source, pos, hi)
            if m is None:
                break
            comma = source.find(",", m.end(), min(hi, m.end() + 2 * self.MAX_GAP))
            if comma < 0:
                break
            pos = comma + 1
        return pos

    def _gap_ok(self, gap: str, t: _Tables) -> bool:
        """What may stand between a speaker's name and the cue: adverbs and auxiliaries, an
        apposition between commas, a possessive's role (``Peskov's spokesman``)."""
        if len(gap) > self.MAX_GAP or not _GAP_STOPS.isdisjoint(gap):
            return False
        if not gap.strip():
            return True
        commas = gap.count(",")
        rest = gap
        if commas >= 1 and gap.lstrip().startswith(","):
            rest = gap[gap.rindex(",") + 1:]
            inner = gap[gap.index(",") + 1:gap.rindex(",")]
            if "." in inner and "." in _ABBREV_FOR[inner.isascii()].sub("", inner).rstrip("."):
                return False
        elif commas:
            return False
        if ":" in rest or "." in rest:
            return False
        return self._gap_words_only(rest, t) or self._possessive_role(rest, t) or self._voice_only(rest, t)

    def _voice(self, source: str, e: Entity, ms: int, me: int, end: int | None,
               t: _Tables) -> _Speaker | None:
        """The speaker of "<name> <voice noun>" (``me`` to ``end``): the entity itself for a
        writing (``the Kremlin statement``), the phrase as printed for a body or a person
        acting for it (``the Trump campaign``, ``Sanders's spokeswoman``)."""
        if end is None:
            return None
        head = _LAST_WORD_FOR[source.isascii()].search(source, me, end)
        if head is not None and head.group().casefold() in t.bodies:
            return _Speaker(source[ms:end], span_of(ms, end), "affiliation")
        return _Speaker(e.name, span_of(ms, me), "affiliation")

    def _voice_end(self, source: str, me: int, cue: int, t: _Tables) -> int | None:
        """Where the voice nouns after a name end (``Trump campaign``, ``Ryan's office``), when
        only they (and adverbs) stand before the cue."""
        gap = source[me:cue]
        if not (self._possessive_role(gap, t) or self._voice_only(gap, t)):
            return None
        end = None
        for wm in _WORDS_FOR[source.isascii()].finditer(source, me, cue):
            if wm.group().casefold() in t.voice:
                end = wm.end()
        return end

    def _quantified(self, source: str, lo: int, ms: int, me: int, t: _Tables) -> _Speaker | None:
        """A name inside a phrase without a name that a quantity opens (``one senior Democrat``,
        ``a Trump adviser``): the phrase as printed."""
        k = ms - 1
        while k > lo and source[k] == " ":
            k -= 1
        if k <= lo or not source[k].islower():
            return None  # no lower-case word right before the name
        before = list(_WORDS_FOR[source.isascii()].finditer(source, max(lo, ms - 40), ms))[-3:]
        for k, wm in enumerate(before):
            if wm.group().casefold() in t.indefinite and _QUALIFIER_STOPS.isdisjoint(
                    source[wm.end():ms]) and all(
                    w.group().islower() for w in before[k + 1:]):
                return _Speaker(source[wm.start():me], span_of(wm.start(), me), "nominal")
        return None

    def _gap_words_only(self, gap: str, t: _Tables) -> bool:
        words = [w.casefold() for w in _WORDS_FOR[gap.isascii()].findall(gap)]
        return len(words) <= 4 and all(w in t.gap_words or w.endswith("ly") for w in words) and \
            "," not in gap and ":" not in gap

    def _possessive_role(self, gap: str, t: _Tables) -> bool:
        """``’s campaign``, ``’s spokesman``: the entity's voice."""
        g = gap.lstrip()
        if not g.startswith(("'s ", "’s ", "' ", "’ ")):
            return False
        g = g[2:]
        words = [w.casefold() for w in _WORDS_FOR[g.isascii()].findall(g)]
        return 0 < len(words) <= 2 and words[-1] in t.voice

    def _voice_only(self, gap: str, t: _Tables) -> bool:
        """``Trump campaign said``: only voice nouns between the name and the cue."""
        words = [w.casefold() for w in _WORDS_FOR[gap.isascii()].findall(gap)]
        return 0 < len(words) <= 2 and all(w in t.voice for w in words) and gap.strip().islower()

    def _resolve_pronoun(self, pos: int, kinds: tuple[EntityKind, ...],
                         index: _Index) -> tuple[str, int] | None:
        """What a pronoun at ``pos`` stands for: for a person, the subject of its sentence
        named before it, else (the pronoun being the subject) the subject of the sentence
        before; otherwise the last entity of one of ``kinds`` named before ``pos`` (within
        reach)."""
        if kinds[0] is _PERSON:
            s0 = index.sents.start_at(pos)
            sub = self._subject_row(index.source, s0, pos, index, _PERSONS)
            if sub is None and s0 > 0 and _bisect_left(index.starts, s0) == _bisect_left(index.starts, pos):
                k = s0 - 1
                while k > 0 and index.source[k].isspace():
                    k -= 1  # (the sentence before may end a paragraph before)
                ps = index.sents.start_at(k)
                sub = self._subject_row(index.source, ps, s0, index, _PERSONS)
            if sub is not None:
                return sub[2].name, sub[0]
        k = _bisect_left(index.starts, pos) - 1
        floor = pos - self.PRONOUN_REACH
        best: dict[EntityKind, tuple[str, int]] = {}
        while k >= 0 and index.rows[k][0] >= floor:
            ms, _, e = index.rows[k]
            if e.kind in kinds and e.kind not in best:
                best[e.kind] = (e.name, ms)
                if e.kind is kinds[0]:
                    break
            k -= 1
        for kind in kinds:
            if kind in best:
                return best[kind]
        return None

    def _by_title(self, head: str, pos: int, index: _Index) -> str | None:
        """The last entity before ``pos`` whose title ends in ``head`` (``Foreign Minister``)."""
        if not head:
            return None
        k = _bisect_left(index.starts, pos) - 1
        floor = pos - self.PRONOUN_REACH
        while k >= 0 and index.rows[k][0] >= floor:
            e = index.rows[k][2]
            if e.kind is not _PERSON:
                k -= 1
                continue  # (a title is a person's)
            for title in e.titles:
                parts = title.casefold().split()
                if parts and parts[-1] == head:
                    return e.name
            k -= 1
        return None

    def _mention_before(self, source: str, pos: int, lo: int, index: _Index) -> _Speaker | None:
        """The person or organisation named right before ``pos`` (nothing but space between)."""
        k = _bisect_left(index.starts, pos) - 1
        if k >= 0:
            ms, me, e = index.rows[k]
            prev = _LAST_WORD_FOR[source.isascii()].search(source, max(lo, ms - 20), ms)
            if ms >= lo and e.kind in _SPEAKING and not source[me:pos].strip() and (
                    prev is None or (prev.group().casefold() not in _OBJECT_BEFORE and
                    index.cue_at(prev.start(), prev.end()) is None)):
                return _Speaker(e.name, span_of(ms, me), "mention")
        return None

    def _mention_at(self, source: str, lo: int, hi: int, index: _Index) -> _Speaker | None:
        k = _bisect_left(index.starts, lo)
        if k < len(index.rows) and index.rows[k][0] < hi + 40:
            ms, me, e = index.rows[k]
            if e.kind in (_PERSON, _ORG) and _PHRASE_STOPS.isdisjoint(source[lo:ms]):
                # A description before the name ("— former Sen. Jane Doe", "- сказал дядя
                # Вася"), not a clause ("— but he said the time is coming when Sanders").
                t = index.t
                lead = [w.casefold() for w in _WORDS_FOR[source.isascii()].findall(source, lo, ms)
                        if not w[:1].isupper()]
                if len(lead) <= 3 and not any(w in t.pronouns or w in t.coordinators or w in _FUNCTION
                                              or w in _CLAUSE_WORDS for w in lead):
                    return _Speaker(e.name, span_of(ms, me), "mention")
        return None

    # -- wider context

    def _previous_paragraph(self, source: str, found: list[_Found], i: int, paras: Sequence[Span],
                            sents: _Sentences, index: _Index, t: _Tables) -> None:
        """A quote opening its paragraph: the speaker of the paragraph before (its last quote's
        speaker, or the last cue with a speaker there)."""
        q = found[i]
        prev = paras[q.para - 1]
        # The previous paragraph's last quote, if it has one and nothing else follows it.
        for k in range(i - 1, -1, -1):
            pq = found[k]
            if pq.last_para < q.para - 1:
                break
            if pq.last_para == q.para - 1 and pq.speaker is not None:
                tail = source[pq.after:prev.end]
                if len(tail) < 120:
                    q.speaker, q.speaker_span, q.cue_span = pq.speaker, pq.speaker_span, pq.cue_span
                    q.how = "previous-paragraph"
                    return
                break
        # The last cue with a speaker in the paragraph before.
        last_hit: tuple[_Speaker, Span] | None = None
        lo = prev.start
        for k in range(i - 1, -1, -1):
            if found[k].last_para == q.para - 1:
                lo = max(lo, found[k].after)
                break
            if found[k].last_para < q.para - 1:
                break
        for m in index.cues_in(lo, prev.end):
            s0 = sents.start_of(m.s, prev)
            sp = self._speaker_of_cue(source, max(s0, lo), prev.end, m, index, t, sents)
            if sp is not None:
                last_hit = (sp, span_of(m.s, m.e))
        if last_hit is not None:
            self._set(q, last_hit, "previous-paragraph")
            q.how = "previous-paragraph"
            return
        # No cue there: the person the paragraph before is about (its first person named).
        k = _bisect_left(index.starts, lo)
        while k < len(index.rows) and index.rows[k][0] < prev.end:
            ms, me, e = index.rows[k]
            if e.kind is _PERSON:
                q.speaker, q.speaker_span, q.how = e.name, span_of(ms, me), "previous-paragraph-subject"
                return
            k += 1

    def _subject(self, source: str, q: _Found, lo: int, hi: int, index: _Index) -> None:
        """A partial quote without a cue: the first person or organisation its sentence names,
        when nothing but the subject's verb phrase stands between it and the quote."""
        t = self.tables()
        sp = self._nominal_subject(source, lo, hi, index, t) or self._clause_subject(source, lo, hi, index)
        if sp is not None:
            q.speaker, q.speaker_span = sp.name, sp.span
            q.how = sp.how if sp.how in ("nominal", "title") else "sentence-subject"

    def _nominal_subject(self, source: str, lo: int, hi: int, index: _Index, t: _Tables) -> _Speaker | None:
        """A speaker phrase without a name opening the clause ``[lo, hi)`` (after the phrases
        set off at its start): a determiner, a number or a possessive name, a few modifiers and
        a role noun (``An Israeli official``, ``Multiple outlets``, ``Trump's campaign
        manager``)."""
        start = self._after_fronted(source, lo, hi, t)
        words = list(islice(_WORDS_FOR[source.isascii()].finditer(source, start, min(hi, start + 100)), 8))
        if not words or not self._opens_nominal(words[0].group(), t):
            return None
        for h, wm in enumerate(words):
            if h and source[words[h - 1].end():wm.start()].strip(" \t\u00a0"):
                return None
            w = wm.group()
            fw = w.casefold()
            if h and fw in t.roles and w.islower():
                while h + 1 < len(words) and words[h + 1].group().casefold() in t.roles and \
                        words[h + 1].group().islower() and \
                        not source[wm.end():words[h + 1].start()].strip(" \t\u00a0"):
                    h += 1
                    wm = words[h]
                return self._nominal_phrase(source, words[0].start(), wm.end(), index, t)
            if h and w.islower() and (fw in t.gap_words or fw in t.pronouns or fw.endswith("ed") or
                                      t.cue.fullmatch(w) is not None):
                return None  # a verb: the clause's subject was a name, or no noun phrase
        return None

    @staticmethod
    def _opens_nominal(word: str, t: _Tables) -> bool:
        """Can this word open a speaker phrase without a name: a determiner, a quantity, or a
        possessive (``Trump's``)?"""
        fw = word.casefold()
        return fw in t.determiners or fw in t.quantities or fw[:1].isdigit() or (
            word[:1].isupper() and fw.endswith(("'s", "’s")))

