"""Tests for newsparse.boilerplate: trailing boilerplate split off the body.

All fixtures are invented for these tests.
"""

from __future__ import annotations

import datetime as dt
import itertools
from collections.abc import Callable
from typing import ClassVar

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from newsparse.boilerplate import BoilerplateParser
from newsparse.model import Boilerplate, Span
from newsparse.text import blocks

BP = BoilerplateParser()


def split(text: str, parser: BoilerplateParser = BP) -> tuple[list[str], list[tuple[str, str]]]:
    """Split ``text`` the way the pipeline does and return texts, checking the invariants."""
    paras = [b.span for b in blocks(text)]
    kept, items = parser.split_tail(text, paras)
    check_invariants(text, paras, kept, items)
    return [text[s.start:s.end] for s in kept], [(b.kind, b.text) for b in items]


def check_invariants(text: str, paras: list[Span], kept: list[Span], items: list[Boilerplate]) -> None:
    for b in items:
        assert text[b.span.start:b.span.end] == b.text
        assert b.text == b.text.strip()
        assert b.text
    spans = sorted([*kept, *(item.span for item in items)])
    for left, right in itertools.pairwise(spans):
        assert left.end <= right.start, "spans overlap"
    if any(len(p) for p in paras):
        assert kept, "the whole body was split off"
        assert kept[0].start == paras[0].start
    # Boilerplate only comes after the kept text.
    if kept and items:
        assert items[0].span.start >= kept[-1].end
    for s in kept:
        assert any(p.start <= s.start and s.end <= p.end for p in paras)
    assert [b.span.start for b in items] == sorted(b.span.start for b in items)


STORY = ("The council met on Tuesday to discuss the new budget for the coming year.\n\n"
         "Residents said the plan would raise local taxes by a small amount.")


# ---------------------------------------------------------------- contributor lines

def test_single_line_contributor_sentence_split_at_sentence_level() -> None:
    text = ("The storm hit the coast overnight. Crews worked to restore power to thousands of homes. "
            "Officials expect the work to last days. CNN's Mara Velt contributed to this report.")
    kept, items = split(text)
    assert kept == [text[: text.index(" CNN's")]]
    assert items == [("credits", "CNN's Mara Velt contributed to this report.")]


def test_several_contributor_sentences_make_one_item() -> None:
    tail = ("CNN's Ilya Brandt reported from Moscow, and CNN's Tess Oduya wrote from Atlanta. "
            "CNN's Pavel Lind and Rosa Quint contributed to this report.")
    text = "The talks ended without a deal. " + tail
    kept, items = split(text)
    assert kept == ["The talks ended without a deal."]
    assert items == [("credits", tail)]


@pytest.mark.parametrize("line", [
    "Journalist Ode Marrow contributed to this report.",
    "CNN's Lena Fisk and Tom Arder contributed to this report from London.",
    "CNN's Abe Kord, Nia Welt and Otto van Dam contributed to this story.",
    "Dara Ine reported from Lagos and Sam Holt wrote from London.",
    "CNN's Kit Moro wrote and reported from Atlanta.",
    "Uma Pell contributed from Lagos.",
    "CNN meteorologists Ray Orn and Lia Stamp contributed to this report.",
    "CNN's Ada Lune and journalist Rui Marz in Lisbon contributed to this report.",
    "CNN's Ed Fane contributed to this report from Geneva, and CNN's Iva Kors from Tehran, Iran.",
    "CNN's Ola Brink in Seoul contributed to this report, as did CNN's Ken Dow from Hong Kong.",
    "CNN's Ana Rill, Bo Kent, as well as journalists Cy Lamb and Di Ross, contributed to this report.",
    "Hal Wynn reported from Kano, Nigeria. CNN's Jo Pratt wrote the story in Atlanta.",
    "Reporting by Ann Vole; Editing by Ben Crake",
    "(Additional reporting by Cole Yarrow in Paris; Writing by Dee Marsh)",
])
def test_contributor_lines(line: str) -> None:
    text = "The vote was delayed until next week. " + line
    kept, items = split(text)
    assert kept == ["The vote was delayed until next week."]
    assert items == [("credits", line)]


@pytest.mark.parametrize("sentence", [
    "He said he contributed to the report.",
    "The senator reported from the floor that the bill had failed.",
    "Smith contributed to the report that the agency later withdrew.",
    "She wrote from prison to her family every week.",
    "CNN's Ana Rill in Atlanta talked with CNN's Bo Kent who lives and reports in Brazil.",
])
def test_story_sentences_that_look_like_credits_are_kept(sentence: str) -> None:
    text = "The vote was delayed until next week. " + sentence
    kept, items = split(text)
    assert items == []
    assert kept == [text]


def test_contributor_after_an_abbreviation() -> None:
    text = "The plan was approved by the U.S. CNN's Jan Holm contributed to this report."
    kept, items = split(text)
    assert kept == ["The plan was approved by the U.S."]
    assert items == [("credits", "CNN's Jan Holm contributed to this report.")]


def test_initials_do_not_break_a_contributor_sentence() -> None:
    text = "It rained. CNN's Ada B. Crane and Eli J. Moss contributed to this report."
    assert split(text)[1] == [("credits", "CNN's Ada B. Crane and Eli J. Moss contributed to this report.")]


def test_related_link_sentences_before_credits() -> None:
    text = ("The match ended in a draw. Opinion: Why the league needs reform? "
            "CNN's Lee Varn contributed to this report.")
    kept, items = split(text)
    assert kept == ["The match ended in a draw."]
    assert items == [("related", "Opinion: Why the league needs reform?"),
                     ("credits", "CNN's Lee Varn contributed to this report.")]


# ---------------------------------------------------------------- wire sign-offs

@pytest.mark.parametrize("signoff", ["Reuter", "REUTER", "reuter", "REUTERS", "Reuter...", "REUTER...^M",
                                     "REUTE", "(AP)", "-30-", "###", "-- ends --", "More", "MORE"])
def test_signoff_on_its_own_line(signoff: str) -> None:
    text = ("GRAIN TALKS\n    CHICAGO, March 3 - Traders said prices\nrose on Monday.\n"
            "    Volume was light.\n " + signoff + "\n")
    kept, items = split(text)
    assert items == [("signoff", signoff)]
    assert kept[-1].endswith("Volume was light.")


def test_signoff_as_last_line_of_the_last_paragraph() -> None:
    text = "Prices rose on Monday.\n\nVolume was light and dealers\nwere cautious.\nREUTER...^M\n"
    kept, items = split(text)
    assert items == [("signoff", "REUTER...^M")]
    assert kept[-1] == "Volume was light and dealers\nwere cautious."


@pytest.mark.parametrize("ending", [".  REUTER", ". REUTER", ". Reuter", ".        REUTER"])
def test_signoff_at_the_end_of_the_last_line(ending: str) -> None:
    text = "Prices rose.\n\nSoybean oil total 55.8 (33.7)" + ending
    kept, items = split(text)
    assert items == [("signoff", ending.lstrip(". "))]
    assert kept[-1] == "Soybean oil total 55.8 (33.7)."


def test_reuters_in_a_sentence_is_story() -> None:
    text = "Prices rose.\n\nThe figures were confirmed, an official told Reuters"
    assert split(text)[1] == []


def test_continuation_line_is_not_a_unit() -> None:
    # "share." ends a hard-wrapped sentence: it is no social prompt.
    text = "Profits rose.\n\nThe company said earnings rose to 12 cts a\nshare.\n"
    kept, items = split(text)
    assert items == []
    assert kept[-1] == "The company said earnings rose to 12 cts a\nshare."


# ---------------------------------------------------------------- web tails

HERALD_TAIL = ("This story was originally published on January 24, 2022 2:26 p.m.\n\n"
               "Profile photo of Marta Ríos Vela\n\n"
               "Marta Ríos Vela is the Andean affairs reporter for the Coastal Courier and el Diario.\n")


def test_publication_photo_bio_tail() -> None:
    kept, items = split(STORY + "\n\n" + HERALD_TAIL)
    assert kept == STORY.split("\n\n")
    assert items == [
        ("publication", "This story was originally published on January 24, 2022 2:26 p.m."),
        ("author-photo", "Profile photo of Marta Ríos Vela"),
        ("author-bio",
         "Marta Ríos Vela is the Andean affairs reporter for the Coastal Courier and el Diario."),
    ]


def test_published_from_the_publication_note() -> None:
    text = STORY + "\n\n" + HERALD_TAIL
    _, items = BP.split_tail(text, [b.span for b in blocks(text)])
    assert BP.published(items) == dt.datetime(2022, 1, 24, 14, 26)


def test_published_prefers_the_original_date() -> None:
    items = [Boilerplate("publication", "Updated March 3, 2021 9:15 a.m.", Span(0, 31)),
             Boilerplate("publication", "First published on March 1, 2021", Span(32, 64)),
             Boilerplate("credits", "Reporting by A Bee, June 2, 2020", Span(65, 97))]
    assert BP.published(items) == dt.date(2021, 3, 1)
    assert BP.published(items[:1]) == dt.datetime(2021, 3, 3, 9, 15)
    assert BP.published(items[2:]) is None
    assert BP.published([]) is None


@pytest.mark.parametrize("line", ["Leave a Reply", "Leave a comment", "Comments", "Join the conversation",
                                  "12 Comments", "Deja una respuesta", "Laisser un commentaire",
                                  "Schreibe einen Kommentar", "Deixe um comentário", "Lascia un commento",
                                  "Оставить комментарий"])
def test_comment_prompts(line: str) -> None:
    kept, items = split(STORY + "\n\n" + line)
    assert kept == STORY.split("\n\n")
    assert items == [("comments", line)]


def test_read_more_heading_with_links() -> None:
    tail = "Read more\n\nCity opens new bridge to traffic\n\nWhy the harbour is silting up\n\nShare this"
    kept, items = split(STORY + "\n\n" + tail)
    assert kept == STORY.split("\n\n")
    links = "Read more\n\nCity opens new bridge to traffic\n\nWhy the harbour is silting up"
    assert items == [("related", links), ("social", "Share this")]


def test_links_without_a_heading_are_story() -> None:
    text = STORY + "\n\nCity opens new bridge to traffic"
    assert split(text)[1] == []


@pytest.mark.parametrize(("line", "kind"), [
    ("© 2024 Harbour Media Group", "copyright"),
    ("Copyright 2019 The Valley Gazette. All rights reserved.", "copyright"),
    ("Sign up for our morning newsletter", "newsletter"),
    ("Get our free weekly newsletter here", "newsletter"),
    ("Follow us on Instagram", "social"),
    ("Follow her on Twitter @jdoe", "author-bio"),
    ("• Colm Barre is a Tribune columnist", "author-bio"),
    ("Rina Solberg is a freelance writer based in Oslo.", "author-bio"),
    ("ADVERTISEMENT", "advertisement"),
    ("The opinions expressed in this commentary are solely those of the author.", "other"),
    ("A version of this story appeared in print on page A12.", "publication"),
])
def test_kinds_of_last_paragraphs(line: str, kind: str) -> None:
    kept, items = split(STORY + "\n\n" + line)
    assert kept == STORY.split("\n\n")
    assert items == [(kind, line)]


@pytest.mark.parametrize("text", [
    "Copyright law was changed in 2019 after a long campaign.",
    "Comments from the minister were not available.",
    "Updated figures are expected next month.",
    "Sumitomo Chemical is Japan's only large producer of the alloy.",
    "Advertisements for the event ran for weeks.",
])
def test_classify_story_text(text: str) -> None:
    assert BP.classify(text) is None


def test_never_splits_off_the_whole_body() -> None:
    kept, items = split("Leave a Reply")
    assert kept == ["Leave a Reply"] and items == []
    kept, items = split("Comments\n\nLeave a Reply")
    assert kept == ["Comments"] and items == [("comments", "Leave a Reply")]


def test_empty_and_odd_inputs() -> None:
    assert BP.split_tail("", []) == ([], [])
    assert BP.split_tail("abc", [Span(0, 0)]) == ([Span(0, 0)], [])
    kept, items = BP.split_tail("abc", [Span(0, 99)])
    assert kept == [Span(0, 3)] and items == []


# ---------------------------------------------------------------- subclassing

class MyBoilerplate(BoilerplateParser):
    PHRASES: ClassVar[dict[str, tuple[str, ...]]] = {
        **BoilerplateParser.PHRASES,
        "comments": BoilerplateParser.PHRASES["comments"] + ("Tell us what you think",),
    }
    SIGNOFFS: ClassVar[tuple[str, ...]] = (*BoilerplateParser.SIGNOFFS, "NTB")


def test_subclass_vocabulary_takes_effect() -> None:
    assert BP.classify("Tell us what you think") is None
    assert MyBoilerplate().classify("Tell us what you think") == "comments"
    assert MyBoilerplate().classify("NTB") == "signoff"
    assert BP.classify("NTB") is None
    assert MyBoilerplate.patterns() is not BoilerplateParser.patterns()
    assert MyBoilerplate.patterns() is MyBoilerplate.patterns()


def test_huge_single_line_is_handled() -> None:
    body = "The river rose again overnight. " * 40_000
    text = body + "CNN's Ida Vance contributed to this report."
    kept, items = BP.split_tail(text, [Span(0, len(text))])
    assert items[0].text == "CNN's Ida Vance contributed to this report."
    assert kept == [Span(0, len(body) - 1)]


# ---------------------------------------------------------------- properties

WORDS = ("river", "council", "budget", "water", "school", "road", "market", "price", "farmers", "rain",
         "plan", "week", "city", "village", "bridge", "harbour", "train", "workers", "month", "crowd")
VERBS = ("rose", "fell", "opened", "closed", "met", "grew", "waited", "changed", "moved", "stayed")
STARTS = ("The", "Officials", "Residents", "Many", "Local", "Several", "Traders", "Farmers")

sentence_st = st.builds(
    lambda s, a, v, b: f"{s} {' '.join(a)} {v} {' '.join(b)}.",
    st.sampled_from(STARTS), st.lists(st.sampled_from(WORDS), min_size=1, max_size=6),
    st.sampled_from(VERBS), st.lists(st.sampled_from(WORDS), min_size=1, max_size=8))
paragraph_st = st.lists(sentence_st, min_size=1, max_size=4).map(" ".join)

# Capitalised words that are sign-offs or prompts on their own, never generated as names.
BAD_NAMES = frozenset(BoilerplateParser.NOT_NAMES) | {
    "More", "Read", "Related", "Share", "Ends", "End", "Fin", "Ende", "Fim", "Mas", "Suite", "Weiter",
    "Continued"}
name_word_st = st.from_regex(r"[A-Z][a-z]{2,8}", fullmatch=True).filter(lambda w: w not in BAD_NAMES)
name_st = st.builds(lambda a, b: f"{a} {b}", name_word_st, name_word_st)
names_st = st.lists(name_st, min_size=1, max_size=4).map(
    lambda ns: ns[0] if len(ns) == 1 else ", ".join(ns[:-1]) + " and " + ns[-1])
place_st = st.one_of(name_word_st, st.builds(lambda a, b: f"{a} {b}", name_word_st, name_word_st))

contributor_st = st.one_of(
    st.builds(lambda o, n: f"{o}{n} contributed to this report.",
              st.sampled_from(["", "CNN's ", "Journalist "]), names_st),
    st.builds(lambda n, p: f"{n} contributed to this report from {p}.", names_st, place_st),
    st.builds(lambda a, p, b, q: f"{a} reported from {p}, and {b} wrote from {q}.",
              names_st, place_st, names_st, place_st),
)
MONTHS = ("January", "February", "March", "April", "May", "June", "July", "August", "September",
          "October", "November", "December")


@st.composite
def publication_st(draw: st.DrawFn) -> tuple[str, dt.datetime]:
    when = draw(st.datetimes(min_value=dt.datetime(1990, 1, 1), max_value=dt.datetime(2035, 12, 31)))
    hour12 = when.hour % 12 or 12
    ampm = "a.m." if when.hour < 12 else "p.m."
    lead = draw(st.sampled_from(["This story was originally published on", "This article was first published",
                                 "Originally published"]))
    text = f"{lead} {MONTHS[when.month - 1]} {when.day}, {when.year} {hour12}:{when.minute:02d} {ampm}"
    return text, when.replace(second=0, microsecond=0)


bio_st = st.builds(lambda n, r, o: f"{n} is a {r} for the {o}.", name_st,
                   st.sampled_from(["reporter", "columnist", "staff writer", "correspondent"]), name_st)
signoff_st = st.sampled_from(["Reuter", "REUTER", "REUTERS", "Reuter...", "REUTER...^M", "-30-", "###"])
comments_st = st.sampled_from(["Leave a Reply", "Leave a comment", "Comments", "Join the conversation"])


@st.composite
def tail_st(draw: st.DrawFn) -> list[tuple[str, str]]:
    kinds = draw(st.lists(st.sampled_from(["credits", "publication", "author-bio", "signoff", "comments"]),
                          max_size=4))
    out: list[tuple[str, str]] = []
    for kind in kinds:
        if kind == "credits":
            out.append((kind, draw(contributor_st)))
        elif kind == "publication":
            out.append((kind, draw(publication_st())[0]))
        elif kind == "author-bio":
            out.append((kind, draw(bio_st)))
        elif kind == "signoff":
            out.append((kind, draw(signoff_st)))
        else:
            out.append((kind, draw(comments_st)))
    return out


@settings(max_examples=200, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(paragraph_st, min_size=1, max_size=4), tail_st(),
       st.sampled_from(["\n\n", "\n\n\n", "\r\n\r\n"]))
def test_generated_tails_are_split_off_exactly(
        story: list[str], tail: list[tuple[str, str]], sep: str) -> None:
    text = sep.join(story + [t for _, t in tail])
    kept, items = split(text)
    assert kept == story
    assert items == tail


@settings(max_examples=200)
@given(st.lists(paragraph_st, min_size=1, max_size=3), contributor_st)
def test_generated_inline_contributor_lines(story: list[str], line: str) -> None:
    text = "\n\n".join(story) + " " + line
    kept, items = split(text)
    assert kept == story
    assert items == [("credits", line)]


@settings(max_examples=100)
@given(st.lists(paragraph_st, min_size=1, max_size=3), publication_st())
def test_generated_publication_dates(story: list[str], pub: tuple[str, dt.datetime]) -> None:
    text = "\n\n".join([*story, pub[0]])
    _, items = BP.split_tail(text, [b.span for b in blocks(text)])
    assert [b.kind for b in items] == ["publication"]
    assert BP.published(items) == pub[1]


@settings(max_examples=200)
@given(st.lists(paragraph_st, min_size=1, max_size=5))
def test_story_only_is_kept(story: list[str]) -> None:
    text = "\n\n".join(story)
    kept, items = split(text)
    assert items == []
    assert kept == story
    assert all(BP.classify(s) is None for s in story)


any_text_st = st.text(alphabet=st.characters(codec="utf-8"), max_size=400) | st.lists(
    st.sampled_from(["Reuter", "REUTER...^M", "\n", "\n\n", " ", ". ", "CNN's ", "Jane Doe", " contributed",
                     " to this report", "Read more", "Comments", "©", "\r", "\x00", "\u200b", "E.", "U.S.",
                     " reported from ", "Moscow", ",", " and ", "is a reporter", "•", "(AP)", "More"]),
    max_size=60).map("".join)


@settings(max_examples=400)
@given(any_text_st)
def test_any_text_never_raises_and_spans_are_true(text: str) -> None:
    paras = [b.span for b in blocks(text)]
    kept, items = BP.split_tail(text, paras)
    check_invariants(text, paras, kept, items)
    BP.classify(text)
    BP.published(items)


@settings(max_examples=200)
@given(any_text_st, st.lists(st.tuples(st.integers(-5, 500), st.integers(0, 500)), max_size=6))
def test_arbitrary_spans_never_raise(text: str, raw: list[tuple[int, int]]) -> None:
    spans = [Span(max(a, 0), max(a, 0) + b) for a, b in raw]
    kept, items = BP.split_tail(text, spans)
    for b in items:
        assert text[b.span.start:b.span.end] == b.text
    for s in kept:
        assert s.end <= max(len(text), max((p.end for p in spans), default=0))


def test_tail_longer_than_the_first_window_is_split_whole() -> None:
    """A one-line story whose credit sentences run past the short first window."""
    story = "The bridge reopened on Monday after a year of repairs, the city said. " * 5
    credits = ("Journalist Ilse Vandermeer reported from Ghent, and Tomasz Wiśniewski wrote from Warsaw. "
               "Greta Lindqvist-Åberg and Hamid Rezaei-Tabrizi reported from Stockholm. "
               "Amara Okonkwo-Hale, Beatriz Salgado Ferreira, Chiara Montefiori, Dmitri Volkonsky, "
               "Eleanor Whitcombe-Hayes and Farid al-Masri contributed to this report.")
    assert len(credits) > BoilerplateParser.FIRST_WINDOW
    text = story + credits
    kept, items = BoilerplateParser().split_tail(text, [Span(0, len(text))])
    assert [b.kind for b in items] == ["credits"]
    assert items[0].text == credits
    assert text[kept[0].start : kept[0].end] == story.strip()


@given(st.text(alphabet=".!?…。！？\"'”’»)] \naA", max_size=30))
def test_sentence_ends_are_found_as_the_pattern_finds_them(text: str) -> None:
    from newsparse.boilerplate import _BOUNDARY, _boundaries

    assert [m.span() for m in _boundaries(text, 0, len(text))] == [m.span() for m in _BOUNDARY.finditer(text)]


def _assert_heads_admit(text: str) -> None:
    """Where a boilerplate pattern matches ``text``, its first-look heads do not rule it out."""
    pats = BoilerplateParser.patterns()
    if pats.phrases.fullmatch(text):
        assert pats.phrase_heads.may_match(text)
    if pats.leads.match(text):
        assert pats.lead_heads.may_match(text)
    if pats.dated.match(text):
        assert pats.dated_heads.may_match(text)


@given(st.sampled_from([p for ps in BoilerplateParser.PHRASES.values() for p in ps]
                       + [p for ps in BoilerplateParser.LEADS.values() for p in ps]),
       st.sampled_from(["", "» ", "12 ", "“", "-- "]), st.sampled_from(["", ".", " 3:45 PM", " more words"]),
       st.sampled_from([str, str.upper, str.lower]))
def test_the_first_look_never_rules_out_a_phrase(phrase: str, before: str, after: str,
                                                 case: Callable[[str], str]) -> None:
    text = before + case(phrase) + after
    _assert_heads_admit(text)


_HEAD_PIECES = sorted({w for ps in (*BoilerplateParser.PHRASES.values(), *BoilerplateParser.LEADS.values(),
                                    *BoilerplateParser.DATED_LEADS.values())
                       for p in ps for w in p.split()[:2]})


@given(st.lists(st.sampled_from([*_HEAD_PIECES, " ", "  ", "\n", "s", "S", "_", "1", ":", "-", "é", "» ",
                                 "12 ", "“", "ſ", "K", "3:45 PM"]), max_size=8).map("".join))
def test_the_first_look_never_rules_out_what_the_patterns_find(text: str) -> None:
    """The whole-word heads ("The" then no word character) against the patterns, on text
    made of the phrases' first words glued to word characters and separators."""
    _assert_heads_admit(text)


_CONTACT_PIECES = [
    "Contact", "contact", "CONTACT", "reach", "Reach", "e-mail", "E-mail", "Email", "emails", "Twitter",
    "twitterati", "him", "Jane Doe", " can be reached at", " can", "Can", " ", "  ", ":", " at ", "» ", "• ",
    "x", "é", "_", "1", "ſ",
]


@given(st.lists(st.sampled_from(_CONTACT_PIECES), max_size=8).map("".join))
def test_the_contact_first_look_never_rules_out_a_contact_line(text: str) -> None:
    pats = BoilerplateParser.patterns()
    if pats.contact.match(text):
        assert pats.may_be_contact(text)


@given(st.lists(st.sampled_from(["REUTER", "ends", "said.", "x", " ", "  ", "\n", "\u2009", "\x1c", "\u200b",
                                 "a" * 30]), max_size=8).map("".join),
       st.integers(0, 80), st.integers(0, 80))
def test_the_last_word_is_found_as_a_loop_over_characters_finds_it(text: str, floor: int, end: int) -> None:
    from newsparse.boilerplate import _last_word_start

    end = min(end, len(text))
    i = end
    while i > floor and not text[i - 1].isspace():
        i -= 1
    expected = None if i <= floor or i == end else i
    assert _last_word_start(text, floor, end) == expected
