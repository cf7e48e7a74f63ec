"""Several articles together: who appears where, under which names, and which quotation
was reported by whom.

A :class:`Corpus` holds parsed :class:`~newsparse.model.Article` objects (in the order
they were added; an article's *index* is its place in that order) and derives two views:

* :attr:`Corpus.entities`: the articles' entities merged across articles into
  :class:`CorpusEntity` objects.  Merging across articles is stricter than within one:
  organisations, places and other names merge on a shared name of the same kind; people
  merge on a shared full name, or when one full name extends another with the same given
  name (``Miguel Díaz-Canel`` / ``Miguel Diaz-Canel Bermudez``), and a person an article
  names by surname alone joins a full name only when the corpus has exactly one person of
  that surname.  Two people who share a surname are never merged on it.
* :meth:`Corpus.quote_groups`: the same quotation reported by several articles, as a
  :class:`QuoteGroup`: the same words, a partial quote inside a fuller one (``‘bluster’``
  inside ``“I’m not going to respond to bluster in public comments,”``), or small wording
  changes; curly and straight marks, case and accents do not matter.  A partial quote
  joins the fuller ones it is part of only if they are one quotation (a word a speaker
  uses in many of their quotations does not make them one), and one of a few words only
  with its own speaker's.

Both are computed on first use after the corpus changes, with indexes of names and of
quotation shingles, so that the cost grows with the number of articles, not with its
square.  The result depends on the set of articles only, not on the order they were added
in, except for the article indexes themselves.  Thresholds are class attributes and the
matching rules small methods, for a subclass to change.
"""

from __future__ import annotations

import contextlib
import difflib
import gc
import itertools
import operator
import re
import threading
from collections import Counter, defaultdict
from collections.abc import Collection, Iterable, Iterator
from typing import Any, ClassVar

import attrs

from .entities import fold_name
from .errors import InputTypeError
from .model import Article, Entity, EntityKind, Mention, Quote, _build

__all__ = ["Corpus", "CorpusEntity", "QuoteGroup"]


@attrs.frozen
class CorpusEntity:
    """One person, organisation, place or other name across the articles of a corpus.

    ``name`` is the name of two words or more that most of its articles use, the fullest
    (most words, then longest) of those most used; ``names`` every surface form seen, in
    order of first appearance; ``mentions`` each mention with the index of its article.
    """

    name: str
    kind: EntityKind
    names: tuple[str, ...]
    mentions: tuple[tuple[int, Mention], ...]
    titles: tuple[str, ...] = ()

    @property
    def articles(self) -> tuple[int, ...]:
        """The indexes of the articles that name this entity, in order."""
        return tuple(sorted({i for i, _ in self.mentions}))

    def to_dict(self) -> dict[str, Any]:
        """JSON-ready form."""
        return {
            "name": self.name,
            "kind": self.kind.value,
            "names": list(self.names),
            "titles": list(self.titles),
            "mentions": [{"article": i, **m.to_dict()} for i, m in self.mentions],
        }


@attrs.frozen
class QuoteGroup:
    """The same quotation as reported by several articles: each quote with the index of its
    article, in order, and the speaker they agree on (a corpus entity's name when the
    speaker is one)."""

    quotes: tuple[tuple[int, Quote], ...]
    speaker: str | None = None

    @property
    def text(self) -> str:
        """The fullest wording reported (the longest quote's text)."""
        return max((q.text for _, q in self.quotes), key=lambda t: (len(t), t))

    @property
    def articles(self) -> tuple[int, ...]:
        """The indexes of the articles that report it, in order."""
        return tuple(sorted({i for i, _ in self.quotes}))

    def to_dict(self) -> dict[str, Any]:
        """JSON-ready form."""
        return {
            "speaker": self.speaker,
            "text": self.text,
            "quotes": [{"article": i, **q.to_dict()} for i, q in self.quotes],
        }


_given = operator.itemgetter(0)  # of a name's words
_second = operator.itemgetter(1)
_entities_of = operator.attrgetter("entities")
_text_of = operator.attrgetter("text")

def _made_entities(rows: list[tuple[Any, ...]]) -> tuple[CorpusEntity, ...]:
    """A :class:`CorpusEntity` for each row of its fields' values, in order, made together
    as model.py rebuilds unpickled articles (a corpus makes one per entity, and attrs'
    frozen ``__init__`` sets each field by a Python call of ``object.__setattr__``)."""
    return tuple(_build(CorpusEntity, *zip(*rows, strict=True))) if rows else ()


def _fold(name: str) -> str:
    """A name folded (see :func:`~newsparse.entities.fold_name`), its spaces made single."""
    return fold_name(name if "  " not in name and "\n" not in name else " ".join(name.split()))


class _Sets:
    """Union-find over ``0..n-1``; the root of a set is its smallest member, so the result
    does not depend on the order of the unions."""

    def __init__(self, n: int) -> None:
        self.parent = list(range(n))

    def find(self, i: int) -> int:
        parent = self.parent
        root = i
        while parent[root] != root:
            root = parent[root]
        while parent[i] != root:  # path compression
            parent[i], i = root, parent[i]
        return root

    def union(self, a: int, b: int) -> None:
        ra, rb = self.find(a), self.find(b)
        if ra != rb:
            if rb < ra:
                ra, rb = rb, ra
            self.parent[rb] = ra

    def roots(self) -> list[int]:
        """Each member's root, for all members at once: a member's parent is made its
        parent's parent (a pass in C) until nothing changes; the sets are left as they are."""
        root = self.parent
        while True:
            up = list(map(root.__getitem__, root))
            if up == root:
                return up
            root = up

    def groups(self) -> dict[int, list[int]]:
        """The sets, by root, each in increasing order."""
        # every member's parent is smaller than it (roots are the smallest members, and path
        # compression points at roots), so one pass in increasing order finds every root
        root = self.parent[:]
        out: dict[int, list[int]] = {}
        for i, p in enumerate(self.parent):
            r = root[i] = root[p]
            members = out.get(r)
            if members is None:
                out[r] = [i]
            else:
                members.append(i)
        return out


class _Units:
    """Every article's entities as the corpus compares them, one *unit* each, numbered in
    order: columns, one entry per unit (appending to a few lists costs a corpus less than
    an object per unit), made by ``Corpus._merge_entities``."""

    __slots__ = ("article", "entity", "forms", "key", "node", "primary", "texts")

    def __init__(self) -> None:
        self.article: list[int] = []
        self.entity: list[Entity] = []
        self.key: list[str] = []  # the folded canonical name
        # the mentions' texts, once each in order (None: one mention, the name itself)
        self.texts: list[dict[str, None] | None] = []
        self.node: list[int] = []  # the unit's own node (see _merge_entities)
        self.forms: dict[int, set[str]] = {}  # every folded form of the units named otherwise
        self.primary = 0  # how many nodes are units' own (the first ones)

    def forms_of(self, i: int) -> Collection[str]:
        """Every folded form of unit ``i``: the name and each mention's text."""
        forms = self.forms.get(i)
        if forms is not None:
            return forms
        key = self.key[i]
        return (key,) if key else ()


class _QuoteUnit:
    """One reported quotation, as the corpus compares it.  (``_group_quotes`` sets the slots
    on ``object.__new__(_QuoteUnit)`` itself, as ``__init__`` does: keep the two alike.)"""

    __slots__ = ("_distinct", "article", "joined", "quote", "speaker", "words")

    def __init__(self, article: int, quote: Quote, words: tuple[str, ...], speaker: str | None) -> None:
        self.article = article
        self.quote = quote
        self.words = words
        self.joined = f" {' '.join(words)} "  # for containment tests
        self.speaker = speaker  # folded: a corpus entity's name when it is one
        self._distinct: frozenset[str] | None = None

    @property
    def distinct(self) -> frozenset[str]:
        """The distinct words; made when first asked for, as most quotes are never compared
        word by word."""
        distinct = self._distinct
        if distinct is None:
            distinct = self._distinct = frozenset(self.words)
        return distinct


# Words of a quotation once folded: letters, digits (and the rare "_"), with apostrophes
# inside words.
# (The standard library's engine is twice as fast here; the pattern stays linear, as each
# repetition opens with an apostrophe that a word never holds.)
_QUOTE_WORD = re.compile(r"\w+(?:'\w+)*")
_APOSTROPHES = ("’", "‘", "ʼ", "´")  # and the ASCII "`": apostrophes, as "'"
# Marks that are neither word characters nor apostrophes: a space in their place changes no
# word, and a text whose only non-ASCII characters they are takes the ASCII way.
_NON_WORD_MARKS = ("“", "”", "—", "–", "―", "…", "\xa0", "«", "»", "„")
# The ASCII way, with bytes.translate and str.split (C loops, three times cheaper than the
# regex; str.translate looks each character up in a mapping, bytes.translate in a table):
# a letter lower-cased, a digit, "_" and the apostrophe kept ("`" is one), any other
# character a space.
_ASCII_WORD_CHARS = bytes(
    ord("'") if c == "`" else ord(c.lower()) if c.isascii() and (c.isalnum() or c in "_'") else ord(" ")
    for c in map(chr, range(256)))


def _ascii_words(text: str) -> tuple[str, ...]:
    """The words of an ASCII text as ``_QUOTE_WORD`` finds them in it lower-cased."""
    # only word characters, apostrophes and spaces (encoding and decoding ASCII are copies)
    text = text.encode().translate(_ASCII_WORD_CHARS).decode()
    if "'" in text:
        # an apostrophe belongs to a word only between two word characters: take off those
        # next to another apostrophe (two at a time: the odd one left is next to a space),
        # then those next to a space (the ends padded with one)
        text = f" {text} ".replace("''", "  ").replace(" '", "  ").replace("' ", "  ")
    return tuple(text.split())


class Corpus:
    """Parsed articles together: shared entities and the same quotation in several outlets.

    ``Corpus(articles)`` or ``Corpus()`` then :meth:`add`; ``len(corpus)`` articles,
    iterated in order.  A corpus is not safe to :meth:`add` to from several threads at
    once; reading it from several threads is.
    """

    #: A quote contained in a fuller one, or equal to one, groups with it on its words alone
    #: from this many words on; a shorter one (``‘bluster’``) needs the same speaker too, and
    #: one that nobody is said to have said groups with none.
    MIN_QUOTE_WORDS: ClassVar[int] = 4
    #: Words per shingle: quotes that share one are compared.
    SHINGLE_WORDS: ClassVar[int] = 3
    #: The share of words two wordings must have in the same order (``difflib``'s ratio) to
    #: count as one quotation with small changes (``every school that`` / ``every single school``).
    NEAR_DUPLICATE: ClassVar[float] = 0.8
    #: Pause the cyclic garbage collector while the views are built (see ``_collector_paused``).
    PAUSE_COLLECTOR: ClassVar[bool] = True
    #: How many of a quote's rarest shingles (among those another quote shares) find the
    #: quotes it is compared with: ``one of the`` is never among them, so the cost stays
    #: near-linear, while a quotation reported by many outlets is still found by all.
    RARE_SHINGLES: ClassVar[int] = 3
    #: A shingle that more distinct wordings than this share (``make america great``) is a
    #: phrase, not one quotation: it finds no candidates.  (The same words reported by any
    #: number of outlets count once here.)
    COMMON_SHINGLE: ClassVar[int] = 20

    def __init__(self, articles: Iterable[Article] = ()) -> None:
        if isinstance(articles, (str, bytes, Article)):
            raise InputTypeError("Corpus() takes an iterable of Article objects, "
                                 f"not {type(articles).__name__}")
        self._articles: list[Article] = []
        self._lock = threading.Lock()
        self._entities: tuple[CorpusEntity, ...] | None = None
        self._owner: list[list[int]] = []  # [article][entity index] -> corpus entity
        self._by_name: dict[str, int] = {}
        self._named: list[dict[str, int]] = []  # per article: entity name -> index
        self._groups: tuple[QuoteGroup, ...] | None = None
        for article in articles:
            self.add(article)

    # ------------------------------------------------------------ the articles

    def add(self, article: Article) -> int:
        """Add a parsed article; returns its index in the corpus."""
        if not isinstance(article, Article):
            raise InputTypeError(f"Corpus.add() takes an Article, not {type(article).__name__}")
        with self._lock:
            self._articles.append(article)
            self._entities = None
            self._groups = None
            return len(self._articles) - 1

    def __len__(self) -> int:
        return len(self._articles)

    def __iter__(self) -> Iterator[Article]:
        return iter(tuple(self._articles))

    def __getitem__(self, index: int) -> Article:
        return self._articles[index]

    @property
    def articles(self) -> tuple[Article, ...]:
        """The articles, in the order they were added."""
        return tuple(self._articles)

    # ------------------------------------------------------------ entities

    @property
    def entities(self) -> tuple[CorpusEntity, ...]:
        """The entities of all articles, merged across articles, in order of first mention."""
        with self._lock:
            if self._entities is None:
                with self._collector_paused():
                    self._entities, self._owner, self._by_name = self._merge_entities()
            return self._entities

    def entity(self, name: str) -> CorpusEntity | None:
        """The entity known by ``name`` (any of its names, case- and accent-insensitive), or
        by a surname alone when one person of the corpus has it."""
        if not isinstance(name, str):
            raise InputTypeError(f"Corpus.entity() takes a name (str), not {type(name).__name__}")
        entities = self.entities
        found = self._by_name.get(fold_name(name.strip()))
        return None if found is None else entities[found]

    def _merge_entities(self) -> tuple[tuple[CorpusEntity, ...], list[list[int]], dict[str, int]]:
        # Units (every article's entities, numbered in order) are merged through *nodes*: the
        # names they share.  A unit's own node is its kind's name and its folded name (a
        # person's, the full name alone); a unit with no name to share (a person named by one
        # word, an empty name) has a node of its own.  Nodes are numbered as they come, so the
        # units of a node are in order, and the sets of nodes are made with _Sets.
        units = _Units()
        folded: dict[str, str] = {}  # names recur across articles: fold each once
        lookup = folded.__getitem__
        node_of: dict[object, int] = {}
        node_units: list[list[int]] = []  # per node, its units in order
        full: dict[str, int] = {}  # a person's full name -> its node
        in_full: list[int] = []  # the units of people named in full
        alone: list[int] = []  # and of people named by one word
        # the units named otherwise than by their name once, with their mentions' texts
        others: list[tuple[int, dict[str, None]]] = []
        article_of, entity_of, key_of, texts_of, node_at = (
            units.article, units.entity, units.key, units.texts, units.node)
        person = EntityKind.PERSON
        self._named = []
        u = 0
        for a, article in enumerate(self._articles):
            named: dict[str, int] = {}  # an entity's name in the article -> its index there
            self._named.append(named)
            for e, entity in enumerate(article.entities):
                name = entity.name
                named.setdefault(name, e)
                key = folded.get(name)
                if key is None:
                    key = folded[name] = _fold(name)
                kind = entity.kind
                node: object
                if kind is person:
                    if " " in key:
                        node = key
                        in_full.append(u)
                    else:
                        node = u
                        alone.append(u)
                elif key:
                    node = (kind._value_, key)
                else:
                    node = u
                k = node_of.get(node)
                if k is None:
                    k = node_of[node] = len(node_units)
                    node_units.append([u])
                    if node is key:  # a person named in full: the node is the name
                        full[key] = k
                else:
                    node_units[k].append(u)
                ms = entity.mentions
                if len(ms) == 1 and ms[0].text == name:  # named once, as itself: the common case
                    texts_of.append(None)
                else:
                    # in order: the merged entity lists its names in order of first mention
                    texts = dict.fromkeys(map(_text_of, ms))
                    texts_of.append(texts)
                    others.append((u, texts))
                article_of.append(a)
                entity_of.append(entity)
                key_of.append(key)
                node_at.append(k)
                u += 1
        units.primary = len(node_units)
        # 1. the other forms of the units named otherwise: the nodes of each are one set (a
        # person's, its forms with a space only)
        full_forms = dict(full)  # every person's form with a space -> its node
        alone_forms: set[str] = set()  # the full forms of people named by one word
        joins: list[tuple[int, int]] = []
        forms_of = units.forms
        for u, texts in others:
            for text in texts:
                if text not in folded:
                    folded[text] = _fold(text)
            forms = set(map(lookup, texts))
            key = key_of[u]
            forms.add(key)
            forms.discard("")
            forms_of[u] = forms
            kind = entity_of[u].kind
            own = node_at[u]
            for form in forms:
                if form == key:
                    continue
                if kind is person:
                    if " " not in form:
                        continue
                    if " " not in key:  # (rare: a full form of a person named by one word)
                        alone_forms.add(form)
                    k = full_forms.get(form)
                    if k is None:
                        k = full_forms[form] = len(node_units)
                        node_units.append([])
                else:
                    k = node_of.setdefault((kind._value_, form), len(node_units))
                    if k == len(node_units):
                        node_units.append([])
                joins.append((own, k))
        sets = _Sets(len(node_units))
        for own, k in joins:
            sets.union(own, k)
        # 2. people: a full name that another extends, with the same given name
        self._extend_people(full, sets)
        # 3. people named by surname alone: the one person of that surname, if only one
        self._attach_surnames(units, alone, in_full, full_forms, alone_forms, sets)
        return self._build_entities(units, node_units, sets)

    def same_person(self, shorter: tuple[str, ...], longer: tuple[str, ...]) -> bool:
        """Whether two folded full names (two words or more each) name one person: the same
        given name, and every word of the shorter in the longer (``miguel diaz-canel`` /
        ``miguel diaz-canel bermudez``)."""
        return shorter[0] == longer[0] and set(shorter) <= set(longer)

    def _extend_people(self, full: dict[str, int], sets: _Sets) -> None:
        """Rule 2 over the distinct full names (``full``: name -> a unit of it; the units of
        one name are one set already, as rule 1 merged them on the name)."""
        people = {tuple(key.split()): i for key, i in full.items()}
        # only a name whose given name another has can join one: most names have their own
        given = Counter(map(_given, people))
        shared = [words for words in people if given[words[0]] > 1]
        # index each of them by its given name, then by each other word (a dict per given
        # name, not keys made of two words: a tuple made per word)
        by_given: dict[str, dict[str, list[tuple[str, ...]]]] = {}
        for words in shared:
            index = by_given.get(words[0])
            if index is None:
                index = by_given[words[0]] = {}
            for w in set(words[1:]):
                also = index.get(w)
                if also is None:
                    index[w] = [words]
                else:
                    also.append(words)
        # (in any order: whether a name joins the longer ones depends on the names alone, and
        # the sets that result do not depend on the order of the unions)
        for words in shared:
            pair = by_given[words[0]].get(words[-1])
            if pair is None or len(pair) < 2:
                continue  # only itself
            longer = [other for other in pair if len(other) > len(words) and self.same_person(words, other)]
            if not longer:
                continue
            # ``George Bush`` with both ``George W Bush`` and ``George H W Bush``: which one
            # is meant cannot be told, so it joins neither
            fullest = max(longer, key=lambda w: (len(w), w))
            if all(self.same_person(other, fullest) for other in longer):
                for other in longer:
                    sets.union(people[words], people[other])

    def _attach_surnames(self, units: _Units, alone: list[int], in_full: list[int],
                         full_forms: dict[str, int], alone_forms: set[str], sets: _Sets) -> None:
        """Rule 3: a person named by one word joins the one person of the corpus whose full
        name (any form of it) ends with that word, if there is one only.  (``alone``: the
        units of people named by one word; ``in_full``: of people named by more, in order;
        ``full_forms``: every person's form with a space -> its node, of which
        ``alone_forms`` are those of people named by one word.)"""
        keys = units.key
        wanted = {keys[i] for i in alone}  # the surnames named alone somewhere
        if not wanted:
            return
        # the distinct forms, not every unit's: rule 1 made the units of a form one set
        hits = [(surname, form) for form in full_forms if (surname := form.rpartition(" ")[2]) in wanted]
        if alone_forms.intersection(form for _, form in hits):
            # (rare) a form some person named by one word has counts only if one named in
            # full has it too
            held = {form for i in in_full for form in units.forms_of(i)}
            hits = [(surname, form) for surname, form in hits if form not in alone_forms or form in held]
        by_surname: dict[str, set[int]] = defaultdict(set)  # surname -> roots of full names
        find = sets.find
        for surname, form in hits:
            by_surname[surname].add(find(full_forms[form]))
        for i in alone:
            candidates = by_surname.get(keys[i])
            if candidates is not None and len(candidates) == 1:
                sets.union(units.node[i], next(iter(candidates)))

    def _build_entities(self, units: _Units, node_units: list[list[int]], sets: _Sets
                        ) -> tuple[tuple[CorpusEntity, ...], list[list[int]], dict[str, int]]:
        # each entity's fields (made into CorpusEntity objects together at the end), with the
        # key it sorts by, its units and its folded name
        built: list[tuple[tuple[int, int, str], tuple[Any, ...], list[int], str]] = []
        article_of, entity_of, key_of, texts_of = units.article, units.entity, units.key, units.texts
        root = sets.roots()
        primary = units.primary
        several = Counter(root[:primary])  # the nodes with units of each set
        gathered: dict[int, list[int]] = {}  # the units of the sets of several such nodes
        for k in range(primary):
            members = node_units[k]
            if several[root[k]] > 1:
                units_of = gathered.get(root[k])
                if units_of is None:
                    gathered[root[k]] = list(members)
                else:
                    units_of.extend(members)
            elif len(members) == 1:  # most entities are named in one article: the short way
                i = members[0]
                entity = entity_of[i]
                ms = entity.mentions
                texts1 = texts_of[i]
                if texts1 is None:  # one mention, the name itself: the commonest, made directly
                    names1: tuple[str, ...] = (entity.name,)
                    mentions1: tuple[tuple[int, Mention], ...] = ((article_of[i], ms[0]),)
                else:
                    names1 = tuple(texts1) if entity.name in texts1 else (*texts1, entity.name)
                    mentions1 = tuple(zip(itertools.repeat(article_of[i]), ms))
                order1 = (article_of[i], ms[0].span.start if ms else 0, entity.name)
                fields1 = (entity.name, entity.kind, names1, mentions1, entity.titles)
                built.append((order1, fields1, members, key_of[i]))
            else:
                built.append(self._merged_entity(units, members))
        for members in gathered.values():
            members.sort()  # in article order, as the units were made
            built.append(self._merged_entity(units, members))
        built.sort(key=operator.itemgetter(0))
        # per article, the corpus entity of each of its entities
        owner_of = [0] * len(key_of)
        by_name: dict[str, int] = {}
        contested: dict[str, list[int]] = {}  # names several entities answer to
        surnames: dict[str, set[int]] = defaultdict(set)
        person = EntityKind.PERSON  # (an enum member looked up once, not per entity)
        # (units.forms_of spelt out: a call per unit costs the merge 5% more)
        forms_of = units.forms
        for n, (_, merged, group, key) in enumerate(built):
            forms: Collection[str]
            if len(group) == 1:
                i = group[0]
                owner_of[i] = n
                forms = forms_of.get(i) or ((key,) if key else ())
            else:
                forms = set()
                for i in group:
                    owner_of[i] = n
                    more = forms_of.get(i)
                    if more is not None:
                        forms |= more
                    elif key_of[i]:
                        forms.add(key_of[i])
            for form in forms:
                first_claim = by_name.setdefault(form, n)
                if first_claim != n:
                    contested.setdefault(form, [first_claim]).append(n)
            if merged[1] is person and " " in key:
                surnames[key.rsplit(" ", 1)[1]].add(n)
        for form, ns in contested.items():
            # the one whose own name it is, else the most mentioned
            by_name[form] = max(ns, key=lambda k: (built[k][3] == form, len(built[k][1][3]), built[k][1][0]))
        # a surname alone finds the one person of that surname (``Sullivan``), if only one
        for surname, ns_ in surnames.items():
            if len(ns_) == 1 and surname not in by_name:
                by_name[surname] = next(iter(ns_))
        ends = list(itertools.accumulate(map(len, map(_entities_of, self._articles))))
        owner = list(map(owner_of.__getitem__, map(slice, [0, *ends], ends)))
        return _made_entities([b[1] for b in built]), owner, by_name

    def _merged_entity(self, units: _Units, group: list[int]
                       ) -> tuple[tuple[int, int, str], tuple[Any, ...], list[int], str]:
        """The fields of the entity of several units (in order), the key it sorts by, its
        units and its folded name."""
        article_of, entity_of, texts_of = units.article, units.entity, units.texts
        mentions: list[tuple[int, Mention]] = []
        titles: dict[str, None] = {}  # in order, once each
        canonical: list[str] = []
        seen: dict[str, None] = {}  # the mentions' texts in order, once each
        for i in group:
            entity = entity_of[i]
            texts = texts_of[i]
            if texts is None:  # one mention, the name itself (a zip costs more)
                mentions.append((article_of[i], entity.mentions[0]))
                seen[entity.name] = None
            else:
                # (zip without ``strict=``: its keyword costs zip a dict each call, and
                # ``itertools.repeat`` never ends)
                mentions.extend(zip(itertools.repeat(article_of[i]), entity.mentions))
                seen.update(texts)
            if entity.titles:
                titles.update(dict.fromkeys(entity.titles))
            canonical.append(entity.name)
        arts = [article_of[i] for i in group]
        if len(set(arts)) < len(group):  # two entities of one article
            mentions.sort(key=lambda am: (am[0], am[1].span.start, am[1].span.end))
            seen = dict.fromkeys(map(_text_of, map(_second, mentions)))  # in the new order
        if canonical.count(canonical[0]) == len(canonical):  # one name in every article
            name, key = canonical[0], units.key[group[0]]
        else:
            # a name of two words or more (not a surname alone) that most of its articles
            # use (one article's misreading, ``Vermonter Bernie Sanders``, does not name it
            # everywhere), then the fullest: most words, then longest
            counts = Counter(n for _, n in dict.fromkeys(zip(arts, canonical, strict=True)))
            name = max(counts, key=lambda n: (" " in n, counts[n], len(n.split()), len(n), n))
            key = units.key[group[canonical.index(name)]]
        # (the units' texts, each made once, not every mention's again)
        names = tuple(dict.fromkeys(itertools.chain(seen, sorted(canonical))))
        first = mentions[0] if mentions else (article_of[group[0]], None)
        order = (first[0], first[1].span.start if first[1] is not None else 0, name)
        return order, (name, entity_of[group[0]].kind, names, tuple(mentions), tuple(titles)), group, key

    # ------------------------------------------------------------ quotations

    def quote_groups(self) -> tuple[QuoteGroup, ...]:
        """Quotations reported by more than one article, in order of first appearance."""
        entities = self.entities
        with self._lock:
            if self._groups is None:
                with self._collector_paused():
                    self._groups = self._group_quotes(entities)
            return self._groups

    @contextlib.contextmanager
    def _collector_paused(self) -> Iterator[None]:
        """Building the views allocates hundreds of thousands of small objects and no
        reference cycles; with the articles alive, the cyclic garbage collector would walk
        them all again and again meanwhile (measured: 40% of the build).  It is paused for
        the build (``PAUSE_COLLECTOR``) and resumed as it was."""
        if not self.PAUSE_COLLECTOR or not gc.isenabled():
            yield
            return
        gc.disable()
        try:
            yield
        finally:
            gc.enable()

    def quote_words(self, text: str) -> tuple[str, ...]:
        """A quotation's words, folded: case, accents and the shapes of apostrophes and
        quotation marks do not count."""
        if not text.isascii():
            for mark in _APOSTROPHES:  # str.replace is much faster than str.translate
                if mark in text:
                    text = text.replace(mark, "'")
            for mark in _NON_WORD_MARKS:
                if mark in text:
                    text = text.replace(mark, " ")
            if not text.isascii():  # accents and the like: the regex, and names folded
                if "`" in text:
                    text = text.replace("`", "'")
                words = _QUOTE_WORD.findall(text.casefold())
                if all(map(str.isascii, words)):  # only marks and the like were not ASCII
                    return tuple(words)
                return tuple(w if w.isascii() else fold_name(w) for w in words)
        return _ascii_words(text)

    def _speaker_name(self, article: int, quote: Quote, entities: tuple[CorpusEntity, ...]) -> str | None:
        """The speaker as the corpus knows it: a corpus entity's name when it is one."""
        if not quote.speaker:
            return None
        index = self._named[article].get(quote.speaker)
        owner = self._owner[article][index] if index is not None \
            else self._by_name.get(fold_name(quote.speaker))
        return entities[owner].name if owner is not None else quote.speaker

    def same_quote(self, a: _QuoteUnit, b: _QuoteUnit) -> bool:
        """Whether two reported quotations are one: the same words, or one inside the other
        (a short one only from the same speaker), or nearly the same wording."""
        short, long_ = (a, b) if len(a.words) <= len(b.words) else (b, a)
        if not short.words:
            return False
        if short.joined in long_.joined:
            return len(short.words) >= self.MIN_QUOTE_WORDS or (
                short.speaker is not None and short.speaker == long_.speaker)
        if len(short.words) < self.MIN_QUOTE_WORDS:
            return False
        # cheap bounds first: the words in common, in any order, bound the words in order
        total = len(a.words) + len(b.words)
        if 2 * len(short.words) < self.NEAR_DUPLICATE * total:
            return False
        # words in common, counting a repeated word as often as the shorter repeats it at most
        repeats = min(len(a.words) - len(a.distinct), len(b.words) - len(b.distinct))
        if 2 * (len(a.distinct & b.distinct) + repeats) < self.NEAR_DUPLICATE * total:
            return False
        # the share of words the two wordings have in the same order (difflib's ratio), with
        # the two in a fixed order, as the ratio is not always symmetric
        first, second = sorted((a.words, b.words))
        return difflib.SequenceMatcher(None, first, second, autojunk=False).ratio() >= self.NEAR_DUPLICATE

    def _shingles(self, words: tuple[str, ...]) -> set[str]:
        # strings, not tuples: the garbage collector does not track them, and a corpus keeps
        # hundreds of thousands
        k = self.SHINGLE_WORDS
        if len(words) <= k:
            return {" ".join(words)}
        if k == 3:  # the default, spelled out: the general form costs a quote 5,000 instructions more
            return set(map(" ".join, zip(words, words[1:], words[2:])))  # noqa: B905 (the shortest ends it)
        return set(map(" ".join, zip(*(words[i:] for i in range(k)), strict=False)))

    def _group_quotes(self, entities: tuple[CorpusEntity, ...]) -> tuple[QuoteGroup, ...]:
        units: list[_QuoteUnit] = []
        speakers: list[str | None] = []
        quote_words = self.quote_words
        folded: dict[str, str] = {}  # speakers recur: fold each once
        new_unit, join = object.__new__, " ".join
        short = self.MIN_QUOTE_WORDS
        for a, article in enumerate(self._articles):
            for q in article.quotes:
                words = quote_words(q.text)
                if words:
                    speaker = self._speaker_name(a, q, entities) if q.speaker else None
                    if speaker is None and len(words) < short:
                        continue  # a few words and no one who said them (a show's title): none
                    speakers.append(speaker)
                    key: str | None = None
                    if speaker is not None:
                        key = folded.get(speaker)
                        if key is None:
                            key = folded[speaker] = fold_name(speaker)
                    # (the slots set here, as in _units: a call through the class costs a
                    # quote ~600 instructions more; what __init__ sets, alike)
                    u = new_unit(_QuoteUnit)
                    u.article = a
                    u.quote = q
                    u.words = words
                    u.joined = f" {join(words)} "
                    u.speaker = key
                    u._distinct = None
                    units.append(u)
        sets = _Sets(len(units))
        # one pass: the same words by the same speaker are one quotation at once, and only the
        # first of them, a *rep*, is compared with the rest (the same words by another speaker
        # too, unless short; a rep per speaker, as a short quote groups only with its own
        # speaker's words).  The reps' shingles, made once per wording, and those that more
        # than one wording has (set operations alone: most shingles are one quote's); the
        # words of short quotes by speaker; and the reps whose words, by their speaker, more
        # than one article reports (compared with quotes of any article, theirs included)
        first: dict[tuple[str, str | None], int] = {}
        wording: dict[str, int] = {}  # the words -> the first rep of them
        reps: list[int] = []
        spread: set[int] = set()
        make_shingles = self._shingles
        # the default shingles made here, not by a call per quote (the calls cost a tenth of
        # the work), unless a subclass makes them its own way
        three = self.SHINGLE_WORDS == 3 and type(self)._shingles is Corpus._shingles
        join = " ".join
        shingles: dict[int, set[str]] = {}
        seen: set[str] = set()
        repeated: set[str] = set()
        heard: dict[str, set[str]] = defaultdict(set)
        for i, u in enumerate(units):
            is_short = len(u.words) < short
            j = first.setdefault((u.joined, u.speaker), i)
            if j != i:  # the same words by the same speaker
                if units[j].article != u.article:
                    spread.add(j)
                sets.union(i, j)
                continue
            reps.append(i)
            if is_short and u.speaker is not None:
                heard[u.speaker].update(u.words)
            same_words = wording.setdefault(u.joined, i)
            if same_words != i:  # the same words by another speaker
                shingles[i] = shingles[same_words]
                if not is_short:
                    sets.union(i, same_words)
                continue
            words = u.words
            if not three:
                sh_set = make_shingles(words)
            elif len(words) > 3:
                sh_set = set(map(join, zip(words, words[1:], words[2:])))  # noqa: B905 (as in _shingles)
            else:
                sh_set = {join(words)}
            shingles[i] = sh_set
            repeated |= sh_set & seen
            seen |= sh_set
        # (each distinct wording once: ``wording`` holds the first rep of each)
        counts = Counter(itertools.chain.from_iterable(shingles[i] & repeated for i in wording.values()))
        limit, keep = self.COMMON_SHINGLE, self.RARE_SHINGLES
        useful = {sh for sh, n in counts.items() if n <= limit}  # shared, but not a phrase
        # each rep's rarest shared shingles, and the reps that have each shared shingle
        rarest: dict[int, list[str]] = {}
        postings: dict[str, set[int]] = defaultdict(set)
        for i in reps:
            shared = shingles[i] & useful
            if shared:
                for sh in shared:
                    postings[sh].add(i)
                # by count, then by the shingle itself: two sorts, both keyed in C
                rarest[i] = sorted(sorted(shared), key=counts.__getitem__)[:keep] \
                    if len(shared) > keep else list(shared)
        # speaker -> word of one of their short quotes -> the reps by them with that word
        # (a dict per speaker, not keys made of speaker and word: a string made per match)
        spoken: dict[str, dict[str, list[int]]] = {}
        if heard:
            for i in reps:
                u = units[i]
                speaker = u.speaker
                if speaker is None:
                    continue
                said = heard.get(speaker)
                if said:
                    lists = spoken.get(speaker)
                    if lists is None:
                        lists = spoken[speaker] = {}
                    # (the words as they come: making the distinct ones costs more)
                    for w in said.intersection(u.words):
                        ids = lists.get(w)
                        if ids is None:
                            lists[w] = [i]
                        else:
                            ids.append(i)
        same_quote, find, union = self.same_quote, sets.find, sets.union
        inside: dict[int, set[int]] = {}  # a quote -> the fuller ones it is a part of
        for i in reps:
            u = units[i]
            rare = rarest.get(i)
            if rare is None and (u.speaker is None or len(u.words) >= short):
                continue  # nothing it shares: no candidate
            candidates: set[int] = set()
            if rare is not None:
                if len(rare) == 1:
                    candidates.update(postings[rare[0]])
                elif len(rare) == 2:
                    # the quotations that share two of them: a phrase in common shares one
                    candidates = postings[rare[0]] & postings[rare[1]]
                elif len(rare) == 3:
                    # (the pairs spelled out for the default three: a comprehension and
                    # itertools.combinations cost more than the set operations themselves)
                    x, y, z = postings[rare[0]], postings[rare[1]], postings[rare[2]]
                    candidates = (x & y) | (x & z) | (y & z)
                else:
                    for x, y in itertools.combinations([postings[sh] for sh in rare], 2):
                        candidates |= x & y
            if len(u.words) < short and u.speaker is not None:
                lists = spoken[u.speaker]  # its own words are there, with itself
                fewest: list[int] = min(map(lists.__getitem__, u.words), key=lambda ids: (len(ids), ids))
                if len(fewest) <= limit:
                    # (a few words each of which more than that many of a speaker's wordings
                    # have, ``people``, are a phrase of theirs, most likely part of quotations
                    # that are not one, and so joining none; comparing them with every one
                    # would make the cost grow with the square of the speaker's quotes)
                    candidates.update(fewest)
            candidates.discard(i)
            # (in any order: the sets that result do not depend on it)
            here = u.article
            everywhere = i in spread
            size = len(u.words)
            for j in candidates:
                other = units[j]
                # (two quotes of one article are compared only when one of them, its words
                # by its speaker, is in another article too: the pair is that article's as
                # well, whichever of the two articles came first)
                if other.article == here and not everywhere and j not in spread:
                    continue
                if len(other.words) != size:
                    part, whole = (i, j) if size < len(other.words) else (j, i)
                    if units[part].joined in units[whole].joined:  # a part of the other
                        if same_quote(u, other):
                            wholes = inside.get(part)
                            if wholes is None:
                                inside[part] = {whole}
                            else:
                                wholes.add(whole)
                        continue
                if find(i) != find(j) and same_quote(u, other):
                    union(i, j)
        # a part of other quotations joins them if they are one quotation: the longest parts
        # first, as a part of a part joins once its whole has joined; parts of one length
        # together, each against the sets as they stood before (a part of quotations that
        # are not one, ``people`` in many of a speaker's, would make them one: it joins none)
        by_size: dict[int, list[int]] = defaultdict(list)
        for part in inside:
            by_size[len(units[part].words)].append(part)
        for size in sorted(by_size, reverse=True):
            joining = []
            for part in by_size[size]:
                roots = set(map(find, inside[part]))
                if len(roots) == 1:
                    joining.append((part, roots.pop()))
            for part, root in joining:
                union(part, root)
        groups: list[QuoteGroup] = []
        for members in sets.groups().values():
            if len(members) < 2 or len({units[i].article for i in members}) < 2:
                continue
            ordered = sorted(members, key=lambda i: (units[i].article, units[i].quote.span.start))
            votes = Counter(speakers[i] for i in members if speakers[i] is not None)
            # the speaker most quotes name; a tie goes to the name that sorts first
            speaker = min(votes.items(), key=lambda kv: (-kv[1], kv[0]))[0] if votes else None
            groups.append(QuoteGroup(tuple((units[i].article, units[i].quote) for i in ordered), speaker))
        groups.sort(key=lambda g: (g.quotes[0][0], g.quotes[0][1].span.start))
        return tuple(groups)

    # ------------------------------------------------------------ output

    def to_dict(self) -> dict[str, Any]:
        """JSON-ready form: the articles (index, headline, language), the entities and the
        quote groups, each pointing to its articles by index."""
        entities = self.entities
        return {
            "articles": [{"index": i, "headline": a.headline, "language": a.language}
                         for i, a in enumerate(self._articles)],
            "entities": [e.to_dict() for e in entities],
            "quote_groups": [g.to_dict() for g in self.quote_groups()],
        }
