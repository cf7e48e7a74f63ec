"""Several articles together: entities merged across articles and quotations grouped
(fixtures invented for these tests: two outlets' reports of one made-up event)."""

from __future__ import annotations

import json

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import newsparse
from newsparse import Corpus, CorpusEntity, InputTypeError, QuoteGroup
from newsparse.cli import main
from newsparse.model import Article, EntityKind

WIRE = """\
Dock strike shuts Port Valmora as talks stall

By Lena Okoro

PORT VALMORA, March 3 (Reuters) - Dockworkers shut Port Valmora on Tuesday after talks with the \
shipping firms broke down, union leader Ana Beltrán Ruiz said.

"We will not go back to work until the contracts are signed and the safety rules are enforced," \
Beltrán Ruiz told reporters outside the harbour office.

Transport Minister Tomas Okafor called the strike "reckless" and said the government would ask a \
court to end it. Okafor said the port handles a third of the country's grain exports.

Talks are due to resume on Friday in Lisbon.
"""

LOCAL = """\
Port workers walk out, minister calls strike reckless

By Daniel Mensah

Ana Beltran, the head of the dockworkers' union, said on Tuesday that her members "will not go back \
to work until the contracts are signed and the safety rules are enforced."

Minister Tomas Okafor said the walkout was "reckless" and would hurt farmers. Okafor has asked the \
courts to intervene.

A separate strike by teachers, led by Grace Okafor, is planned for next week in the capital.
"""

THIRD = """\
Grain prices climb as Valmora port stays shut

Grain prices rose on Wednesday as the strike at Port Valmora entered its second day, traders said.

"Nobody can ship anything while the cranes are idle," said Pedro Alves, a grain trader in Lisbon.

"No deal was reached tonight," said Okafor after meeting union officials late on Tuesday.
"""


@pytest.fixture(scope="module")
def articles() -> list[Article]:
    return [newsparse.parse(text) for text in (WIRE, LOCAL, THIRD)]


@pytest.fixture(scope="module")
def corpus(articles: list[Article]) -> Corpus:
    return Corpus(articles[:2])


def names_of(entity: CorpusEntity | None) -> set[str]:
    assert entity is not None
    return set(entity.names)


# ---------------------------------------------------------------- entities


def test_name_variants_across_articles_are_one_person(corpus: Corpus) -> None:
    leader = corpus.entity("Ana Beltrán Ruiz")
    assert leader is not None and leader.kind is newsparse.EntityKind.PERSON
    assert leader.name == "Ana Beltrán Ruiz"  # the fullest form
    assert {"Ana Beltrán Ruiz", "Ana Beltran"} <= set(leader.names)
    assert leader.articles == (0, 1)
    # looked up by any of its names, whatever the accents and case
    assert corpus.entity("ana beltran") == leader
    assert corpus.entity("BELTRÁN RUIZ") == leader


def test_two_people_sharing_a_surname_stay_apart(corpus: Corpus) -> None:
    minister = corpus.entity("Tomas Okafor")
    teacher = corpus.entity("Grace Okafor")
    assert minister is not None and teacher is not None and minister != teacher
    assert minister.articles == (0, 1) and teacher.articles == (1,)
    # ``Okafor`` as printed is one of the minister's names (each article said it of him), so
    # it finds him; the teacher is never named by her surname alone
    assert corpus.entity("Okafor") == minister
    assert "Okafor" not in teacher.names


def test_a_surname_alone_joins_the_one_person_of_that_surname(articles: list[Article]) -> None:
    corpus = Corpus([articles[0], articles[2]])  # only the minister is an Okafor here
    minister = corpus.entity("Tomas Okafor")
    assert minister is not None and minister.articles == (0, 1)
    both = Corpus(articles)  # a teacher called Okafor too: the third article's Okafor is ambiguous
    minister = both.entity("Tomas Okafor")
    assert minister is not None and 2 not in minister.articles


def test_a_surname_finds_a_person_only_when_one_person_has_it() -> None:
    one = newsparse.parse("Ruth Calder said the budget was fair.")
    other = newsparse.parse("Omar Calder said the budget was unfair.")
    alone = Corpus([one])
    ruth = alone.entity("Ruth Calder")
    assert ruth is not None and alone.entity("calder") == ruth
    both = Corpus([one, other])
    assert both.entity("Ruth Calder") != both.entity("Omar Calder")
    assert both.entity("Calder") is None


def test_places_and_organisations_merge_on_a_shared_name(corpus: Corpus) -> None:
    port = corpus.entity("Port Valmora")
    assert port is not None and port.kind is newsparse.EntityKind.LOC
    every_mention = [m.text for _, m in port.mentions]
    assert every_mention.count("Port Valmora") >= 2


def test_mentions_point_into_their_articles(corpus: Corpus) -> None:
    for entity in corpus.entities:
        assert entity.mentions == tuple(sorted(entity.mentions, key=lambda am: (am[0], am[1].span.start,
                                                                                 am[1].span.end)))
        for index, mention in entity.mentions:
            source = corpus[index].source
            assert source[mention.span.start:mention.span.end] == mention.text


# ---------------------------------------------------------------- quotations


def test_a_partial_quote_groups_with_the_fuller_one(corpus: Corpus) -> None:
    groups = corpus.quote_groups()
    reckless = [g for g in groups if any(q.text.strip(".,") == "reckless" for _, q in g.quotes)]
    assert len(reckless) == 1
    assert reckless[0].speaker == "Tomas Okafor"
    assert reckless[0].articles == (0, 1)


def test_the_same_words_with_other_marks_and_endings_group(corpus: Corpus) -> None:
    groups = [g for g in corpus.quote_groups() if "safety rules" in g.text]
    assert len(groups) == 1
    group = groups[0]
    assert group.articles == (0, 1)
    assert group.speaker == "Ana Beltrán Ruiz"
    assert group.text.startswith("We will not go back to work")


def test_a_quote_in_one_article_alone_is_no_group(articles: list[Article]) -> None:
    corpus = Corpus(articles)
    assert not any("cranes" in g.text for g in corpus.quote_groups())


def test_small_wording_changes_still_group() -> None:
    a = newsparse.parse('Mayor said: "We will rebuild every school that the flood destroyed this year."')
    b = newsparse.parse('Mayor said: "We will rebuild every single school the flood destroyed this year."')
    c = newsparse.parse('The mayor said: "Taxes will not rise next year, whatever the council decides."')
    groups = Corpus([a, b, c]).quote_groups()
    assert len(groups) == 1 and groups[0].articles == (0, 1)


@pytest.mark.parametrize(("words", "rare"), [(3, 1), (3, 2), (3, 3), (4, 5), (2, 4)])
def test_other_shingle_sizes_and_counts_still_group(words: int, rare: int) -> None:
    # the default sizes have ways of their own (three words, three rarest shingles): the
    # general ones must find the same quotation
    class Tuned(Corpus):
        SHINGLE_WORDS = words
        RARE_SHINGLES = rare

    a = newsparse.parse('Mayor said: "We will rebuild every school that the flood destroyed this year."')
    b = newsparse.parse('Mayor said: "We will rebuild every single school the flood destroyed this year."')
    c = newsparse.parse('The mayor said: "Taxes will not rise next year, whatever the council decides."')
    groups = Tuned([a, b, c]).quote_groups()
    assert len(groups) == 1 and groups[0].articles == (0, 1)


def test_short_quotes_need_the_same_speaker() -> None:
    a = newsparse.parse('Minister Ruth Calder called the plan "a disgrace" on Monday.')
    b = newsparse.parse('Opposition leader Omar Haddad said the plan was "a disgrace" and must go.')
    assert Corpus([a, b]).quote_groups() == ()


# ---------------------------------------------------------------- the corpus itself


def test_add_returns_the_index_and_refreshes_the_views(articles: list[Article]) -> None:
    corpus = Corpus()
    assert len(corpus) == 0 and corpus.entities == () and corpus.quote_groups() == ()
    assert corpus.add(articles[0]) == 0
    assert not corpus.quote_groups()
    assert corpus.add(articles[1]) == 1
    assert len(corpus) == 2 and list(corpus) == articles[:2]
    assert corpus.quote_groups()


def test_to_dict_is_json_ready(corpus: Corpus) -> None:
    d = corpus.to_dict()
    text = json.dumps(d, ensure_ascii=False)
    assert json.loads(text) == d
    assert [a["index"] for a in d["articles"]] == [0, 1]
    assert any(e["name"] == "Ana Beltrán Ruiz" for e in d["entities"])
    assert all({"speaker", "text", "quotes"} <= set(g) for g in d["quote_groups"])


def test_wrong_types_raise_the_librarys_error(articles: list[Article]) -> None:
    with pytest.raises(InputTypeError):
        Corpus(articles[0])  # type: ignore[arg-type]
    with pytest.raises(InputTypeError):
        Corpus(["not an article"])  # type: ignore[list-item]
    with pytest.raises(InputTypeError):
        Corpus().add("text")  # type: ignore[arg-type]
    with pytest.raises(InputTypeError):
        Corpus().entity(3)  # type: ignore[arg-type]


def test_the_command_line_view(tmp_path: object, capsys: pytest.CaptureFixture[str]) -> None:
    import pathlib

    assert isinstance(tmp_path, pathlib.Path)
    one, two = tmp_path / "wire.txt", tmp_path / "local.txt"
    one.write_text(WIRE, encoding="utf-8")
    two.write_text(LOCAL, encoding="utf-8")
    assert main(["corpus", str(one), str(two)]) == 0
    out = capsys.readouterr().out
    assert "Ana Beltrán Ruiz" in out and "PERSON" in out
    assert "Quotations reported by more than one article:" in out and "reckless" in out
    assert main(["corpus", "--format", "json", str(one), str(two)]) == 0
    data = json.loads(capsys.readouterr().out)
    assert len(data["articles"]) == 2 and data["quote_groups"]


# ---------------------------------------------------------------- properties


def _entity_sets(corpus: Corpus) -> set[frozenset[tuple[str, int, int]]]:
    return {frozenset((corpus[i].source, m.span.start, m.span.end) for i, m in e.mentions)
            for e in corpus.entities}


def _group_sets(corpus: Corpus) -> set[frozenset[tuple[str, int, int]]]:
    return {frozenset((corpus[i].source, q.span.start, q.span.end) for i, q in g.quotes)
            for g in corpus.quote_groups()}


def _names(corpus: Corpus) -> set[tuple[str, str]]:
    return {(e.name, e.kind.value) for e in corpus.entities}


@settings(max_examples=25, deadline=None)
@given(order=st.permutations(range(3)))
def test_any_order_of_the_articles_gives_the_same_result(articles: list[Article], order: list[int]) -> None:
    base = Corpus(articles)
    shuffled = Corpus(articles[i] for i in order)
    assert _entity_sets(shuffled) == _entity_sets(base)
    assert _group_sets(shuffled) == _group_sets(base)
    assert _names(shuffled) == _names(base)
    assert {g.speaker for g in shuffled.quote_groups()} == {g.speaker for g in base.quote_groups()}


@settings(max_examples=15, deadline=None)
@given(cut=st.integers(min_value=0, max_value=3))
def test_adding_the_rest_later_equals_building_at_once(articles: list[Article], cut: int) -> None:
    at_once = Corpus(articles)
    later = Corpus(articles[:cut])
    _ = later.entities, later.quote_groups()  # computed, then made stale by the adds
    for article in articles[cut:]:
        later.add(article)
    assert later.entities == at_once.entities
    assert later.quote_groups() == at_once.quote_groups()


GIVEN = ["Marta", "Jonas", "Ilse", "Kofi", "Priya", "Tomasz"]
FAMILY = ["Varga", "Lindqvist", "Osei", "Ramanathan", "Kowalski", "Duarte"]


@settings(max_examples=30, deadline=None)
@given(people=st.lists(st.tuples(st.sampled_from(GIVEN), st.sampled_from(FAMILY)), min_size=2, max_size=4,
                       unique=True))
def test_generated_people_merge_only_with_their_own_full_name(people: list[tuple[str, str]]) -> None:
    texts = [f"The committee met on Monday. {g} {f} said the vote was close." for g, f in people]
    corpus = Corpus(newsparse.parse(t) for t in texts + texts[:1])
    for g, f in people:
        entity = corpus.entity(f"{g} {f}")
        assert entity is not None and entity.name == f"{g} {f}"
        assert all(fold.endswith(f.casefold()) for fold in (n.casefold() for n in entity.names))
    assert len({e.name for e in corpus.entities if e.kind is newsparse.EntityKind.PERSON}) == len(people)


def test_quote_group_type() -> None:
    a = newsparse.parse('"The bridge will open in May," said engineer Sofia Brandt.')
    b = newsparse.parse('Sofia Brandt said: "The bridge will open in May."')
    (group,) = Corpus([a, b]).quote_groups()
    assert isinstance(group, QuoteGroup) and group.speaker == "Sofia Brandt"


def _reference_quote_words(text: str) -> tuple[str, ...]:
    """``Corpus.quote_words`` as first written: one regex over the folded text."""
    import re

    from newsparse.entities import fold_name

    for mark in ("`", "’", "‘", "ʼ", "´"):
        text = text.replace(mark, "'")
    words = re.findall(r"\w+(?:'\w+)*", text.casefold())
    return tuple(w if w.isascii() else fold_name(w) for w in words)


# ASCII letters, digits and marks, apostrophes of every shape, and the non-ASCII marks and
# letters of news text: the cases of the ASCII way, the marks taken off, and the regex
QUOTE_CHARS = st.sampled_from([*"aZ09_ '`.,;-!?\"(\n\t", "’", "‘", "ʼ", "´", "“", "”", "—", "–", "―",
                               "…", "\xa0", "«", "»", "„", "é", "Ä", "ß", "ﬁ", "\u0301", "½", "€"])


@settings(max_examples=500, deadline=None)
@given(text=st.text(QUOTE_CHARS, max_size=40) | st.text(max_size=20))
def test_quote_words_equal_the_regex_over_the_folded_text(text: str) -> None:
    assert Corpus().quote_words(text) == _reference_quote_words(text)


@settings(max_examples=200, deadline=None)
@given(pairs=st.lists(st.tuples(st.integers(0, 30), st.integers(0, 30)), max_size=60))
def test_the_roots_of_all_members_at_once_are_those_find_gives(pairs: list[tuple[int, int]]) -> None:
    from newsparse.corpus import _Sets

    sets = _Sets(31)
    for a, b in pairs:
        sets.union(a, b)
    parent = list(sets.parent)
    roots = sets.roots()
    assert sets.parent == parent  # the sets are left as they are
    assert roots == [sets.find(i) for i in range(31)]
    assert all(r <= i for i, r in enumerate(roots))  # a set's root is its smallest member


def _named(*entities: tuple[str, str, list[str]]) -> Article:
    """An article of the given people: (name, kind, the mentions' texts)."""
    from newsparse.model import Entity, EntityKind, Mention, Span

    return Article(source="", segments=(), entities=tuple(
        Entity(name, EntityKind(kind), tuple(Mention(t, Span(i, i + len(t))) for i, t in enumerate(texts)))
        for name, kind, texts in entities))


def test_a_full_form_of_a_person_named_by_one_word_is_no_full_name() -> None:
    # rule 3 counts the full names of people named in full: ``Grace Okafor``, a form of a person
    # named ``Okafor`` only, is not one, so ``Tomas Okafor`` is the one Okafor
    corpus = Corpus([_named(("Okafor", "PERSON", ["Okafor", "Grace Okafor"])),
                     _named(("Tomas Okafor", "PERSON", ["Tomas Okafor"])),
                     _named(("Okafor", "PERSON", ["Okafor"]))])
    (okafor,) = corpus.entities
    assert okafor.name == "Tomas Okafor" and okafor.articles == (0, 1, 2)


def test_a_form_that_is_nobody_s_name_joins_the_entities_that_have_it() -> None:
    # ``Acme``, a mention of two organisations named otherwise in two articles, is the name
    # of neither: the two are one organisation all the same, and a third article's ``Acme``
    # joins them
    corpus = Corpus([_named(("Acme Corp", "ORG", ["Acme Corp", "Acme"])),
                     _named(("Acme Holdings", "ORG", ["Acme Holdings", "Acme"])),
                     _named(("Acme", "ORG", ["Acme"]), ("Acme", "PERSON", ["Acme"]))])
    org = corpus.entity("Acme Holdings")
    assert org is not None and org.articles == (0, 1, 2)
    assert org.names == ("Acme Corp", "Acme", "Acme Holdings")
    assert corpus.entity("acme corp") is org
    (person,) = [e for e in corpus.entities if e.kind is EntityKind.PERSON]
    assert person.articles == (2,)  # another kind: not merged


def test_quote_units_are_made_as_their_init_makes_them(articles: list[Article]) -> None:
    # Corpus._group_quotes sets a quote unit's slots itself, not through __init__: the two
    # must make the same units
    from newsparse.corpus import _QuoteUnit

    made: list[_QuoteUnit] = []

    class Recording(Corpus):
        def same_quote(self, a: _QuoteUnit, b: _QuoteUnit) -> bool:
            made.extend((a, b))
            return super().same_quote(a, b)

    Recording(articles).quote_groups()
    assert made
    for u in made:
        twin = _QuoteUnit(u.article, u.quote, u.words, u.speaker)
        # (``_distinct`` is made when first asked for: compared as ``distinct``)
        slots = [slot for slot in _QuoteUnit.__slots__ if slot != "_distinct"]
        assert all(getattr(u, slot) == getattr(twin, slot) for slot in slots)
        assert u.distinct == twin.distinct


def _quoting(*quotes: tuple[str, str | None]) -> Article:
    """An article of the given quotations: (text, speaker), one after another."""
    from newsparse.model import Quote, Span

    made, at = [], 0
    for text, speaker in quotes:
        made.append(Quote(text, Span(at, at + len(text)), speaker=speaker))
        at += len(text) + 1
    return Article(source=" ".join(text for text, _ in quotes), segments=(), quotes=tuple(made))


def test_a_quote_groups_with_its_words_reported_elsewhere_in_either_order() -> None:
    # one article quotes the fuller words and a part of them; another, the part alone: the
    # fuller quote is the same quotation the other article reports, whichever comes first
    fuller = "we will build the bridge by spring and pay for every span of it"
    part = "we will build the bridge by spring"
    one = _quoting((fuller, "Alma Quist"), (part, "Alma Quist"))
    other = _quoting((part, "Alma Quist"))
    for order in ([one, other], [other, one]):
        (group,) = Corpus(order).quote_groups()
        assert sorted(q.text for _, q in group.quotes) == sorted([fuller, part, part])
        assert group.speaker == "Alma Quist"


QUOTE_WORDS = ["we", "will", "build", "the", "bridge", "by", "spring", "and", "pay"]


@settings(max_examples=200, deadline=None)
@given(quotes=st.lists(st.tuples(st.integers(0, 3),
                                 st.lists(st.sampled_from(QUOTE_WORDS), min_size=1, max_size=9),
                                 st.sampled_from([None, "Alma Quist", "Tomas Okafor"])), max_size=14),
       order=st.permutations(range(4)))
def test_generated_quotes_group_alike_in_any_order_of_the_articles(
        quotes: list[tuple[int, list[str], str | None]], order: list[int]) -> None:
    # quotations of a few words each, drawn from a handful, in four articles: the same words,
    # a part of others, by one speaker or another; the groups must not depend on the order
    articles = [_quoting(*[(" ".join(words), speaker) for a, words, speaker in quotes if a == k])
                for k in range(4)]

    def groups(indexes: list[int]) -> set[frozenset[tuple[int, int]]]:
        corpus = Corpus([articles[k] for k in indexes])
        return {frozenset((indexes[i], q.span.start) for i, q in g.quotes) for g in corpus.quote_groups()}

    assert groups(order) == groups([0, 1, 2, 3])


def test_a_part_of_two_different_quotations_joins_neither() -> None:
    # ``people``, one word of a speaker's, is in two quotations of theirs that are not one:
    # it would make them one group; in one quotation only, it joins that one
    first = "we will bring the factories back for the people of this state"
    second = "the people deserve better schools than the ones we have now"
    corpus = Corpus([_quoting((first, "Alma Quist")), _quoting((second, "Alma Quist")),
                     _quoting(("people", "Alma Quist"))])
    assert corpus.quote_groups() == ()
    corpus = Corpus([_quoting((first, "Alma Quist")), _quoting(("factories back", "Alma Quist"))])
    (group,) = corpus.quote_groups()
    assert group.articles == (0, 1)


def test_a_part_of_a_part_joins_once_its_whole_has() -> None:
    # a part inside a part inside the whole, each in another article: one quotation
    whole = "we will build the bridge by spring and pay for every span of it"
    middle = "build the bridge by spring"
    corpus = Corpus([_quoting((whole, "Alma Quist")), _quoting((middle, "Alma Quist")),
                     _quoting(("bridge", "Alma Quist")), _quoting(("by spring", "Alma Quist"))])
    (group,) = corpus.quote_groups()
    assert group.articles == (0, 1, 2, 3)


def test_a_few_words_no_one_said_do_not_group() -> None:
    # a show's title in quotation marks in two articles, nobody's words: no quotation
    corpus = Corpus([_quoting(("Meet the Press", None)), _quoting(("Meet the Press", None))])
    assert corpus.quote_groups() == ()
    said = "we will meet the press today"
    corpus = Corpus([_quoting((said, None)), _quoting((said, None))])
    assert len(corpus.quote_groups()) == 1  # (enough words to be one quotation without a speaker)


def test_a_person_is_named_as_most_articles_name_them() -> None:
    # one article's misreading, a word too many, does not name the person everywhere
    corpus = Corpus([_named(("Bernie Sanders", "PERSON", ["Bernie Sanders"])),
                     _named(("Vermonter Bernie Sanders", "PERSON",
                             ["Vermonter Bernie Sanders", "Bernie Sanders"])),
                     _named(("Bernie Sanders", "PERSON", ["Bernie Sanders", "Sanders"]))])
    (person,) = corpus.entities
    assert person.name == "Bernie Sanders" and person.articles == (0, 1, 2)
    assert corpus.entity("Vermonter Bernie Sanders") is person


def test_a_word_many_of_a_speakers_quotes_have_is_compared_with_none() -> None:
    # ``people`` in more of a speaker's wordings than COMMON_SHINGLE: a phrase of theirs,
    # not compared with each of them (the cost would grow with the square of their quotes)
    from newsparse.corpus import _QuoteUnit

    compared: set[str] = set()

    class Counting(Corpus):
        def same_quote(self, a: _QuoteUnit, b: _QuoteUnit) -> bool:
            compared.update((a.joined, b.joined))
            return super().same_quote(a, b)

    many = Corpus.COMMON_SHINGLE + 5
    articles = [_quoting((f"the people of ward {n} deserve a new school number {n}", "Alma Quist"))
                for n in range(many)]
    corpus = Counting([*articles, _quoting(("people", "Alma Quist"))])
    assert corpus.quote_groups() == ()
    assert " people " not in compared
