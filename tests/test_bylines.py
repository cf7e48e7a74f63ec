"""Tests of newsparse.bylines: example bylines (invented) and properties over generated ones."""

from __future__ import annotations

import datetime as dt

import pytest
from hypothesis import HealthCheck, assume, given, settings
from hypothesis import strategies as st

from newsparse.bylines import BylineParser, parse_byline
from newsparse.dates import DateInfo, fold_word
from newsparse.model import Byline

P = BylineParser()


def names(b: Byline | None) -> list[str]:
    return [] if b is None else [a.name for a in b.authors]


def assert_spans_true(text: str, b: Byline | None, offset: int = 0) -> None:
    """The byline's span slices its text; each author's span slices its name."""
    if b is None:
        return
    padded = " " * offset + text
    assert padded[b.span.start:b.span.end] == b.text
    for a in b.authors:
        assert a.span is not None
        printed = padded[a.span.start:a.span.end]
        # The name is the printed text, or the printed words with stray symbols removed.
        assert printed == a.name or a.name.split() == [w for w in a.name.split() if w in printed]


# ---------------------------------------------------------------- parse: examples

@pytest.mark.parametrize(("raw", "expected"), [
    ("Marta Quillon", ["Marta Quillon"]),
    ("By Marta Quillon", ["Marta Quillon"]),
    ("BY TOMAS VELLBURG", ["TOMAS VELLBURG"]),
    ("by: Ilse Brandauer", ["Ilse Brandauer"]),
    ("Words by Ossian Pell", ["Ossian Pell"]),
    ("Article written by Ravi Tennant Delhi correspondent", ["Ravi Tennant"]),
    ("Von Jördis Kallweit", ["Jördis Kallweit"]),
    ("Veröffentlicht von Hauke Brems", ["Hauke Brems"]),
    ("Text: Wiebke Sandmann", ["Wiebke Sandmann"]),
    ("Autorin: Gesa Wöhler", ["Gesa Wöhler"]),
    ("Por Nerea Ibarrola y Tomás Urquiza", ["Nerea Ibarrola", "Tomás Urquiza"]),
    ("Par Aurèle Vantroyen et Solène Marquet", ["Aurèle Vantroyen", "Solène Marquet"]),
    ("Auteur : Gaëlle Rousselin", ["Gaëlle Rousselin"]),
    ("Di Ottavio Brancati e Lucia Ferrandi", ["Ottavio Brancati", "Lucia Ferrandi"]),
    ("About the Author - Irina Vascan", ["Irina Vascan"]),
    ("Delia Mork, Fenn Ashby and Corin Hale", ["Delia Mork", "Fenn Ashby", "Corin Hale"]),
    ("Delia Mork & Fenn Ashby; Corin Hale", ["Delia Mork", "Fenn Ashby", "Corin Hale"]),
    ("Alma Ferreira de la Cruz", ["Alma Ferreira de la Cruz"]),
    ("Konrad von Aschberg und Ida van der Leest", ["Konrad von Aschberg", "Ida van der Leest"]),
    ("Seánna Ó Floinn-Ruairc and Niamh O’Dwyer", ["Seánna Ó Floinn-Ruairc", "Niamh O’Dwyer"]),
    ("By T.J. Morrow", ["T.J. Morrow"]),
    ("By Odile St. Clair", ["Odile St. Clair"]),
    ("By Pell K -", ["Pell K"]),
    ("Hedda Voss 😊 Lind", ["Hedda Voss Lind"]),
    ("Hedda Lind456", ["Hedda Lind"]),
    ("*Hedda Lind*", ["Hedda Lind"]),
    ("Hedda Lind — Hedda Lind", ["Hedda Lind"]),
    ("Brann Oakes — Nightjar Blog", ["Brann Oakes"]),
    ("Brann Oakes, The Valley Courier", ["Brann Oakes"]),
    ("By Brann Oakes, Associated Press", ["Brann Oakes"]),
    ("Brann Oakes | Reuters", ["Brann Oakes"]),
    ("Brann Oakes for Example.co.uk", ["Brann Oakes"]),
    ("Brann Oakes in Tromsø and Lia Moen in Bergen", ["Brann Oakes", "Lia Moen"]),
    ("Brann Oakes at the Harbour Arena", ["Brann Oakes"]),
    ("Brann Oakes Arctic affairs correspondent", ["Brann Oakes"]),
    ("Brann Oakes, Senior Political Editor", ["Brann Oakes"]),
    ("Political editor Brann Oakes", ["Brann Oakes"]),
    ("Wirtschaftsredakteur Lutz Gerber", ["Lutz Gerber"]),
    ("By Brann Oakes @brannoakes Email Brann", ["Brann Oakes"]),
    ("Brann Oakes brann.oakes@example.org", ["Brann Oakes"]),
    ("Brann Oakes Twitter Facebook", ["Brann Oakes"]),
    ("By Brann Oakes March 3, 2021 10:15 Reviewed by Quill Dorsey", ["Brann Oakes"]),
    ("By Brann Oakes Published 21/06/2013", ["Brann Oakes"]),
    ("Brann Oakes, Lia Moen Last updated at 09:12AM, May 2 2019", ["Brann Oakes", "Lia Moen"]),
    ("By Brann Oakes on Tue, 4 Feb 2020 Sport: Region", ["Brann Oakes"]),
    ("von Lutz Gerber am 3. Juni 2018, 12:01 Uhr", ["Lutz Gerber"]),
    ("von Lutz Gerber Lesezeit: 3 Min.", ["Lutz Gerber"]),
    ("Von Lutz Gerber Kategorien: Reisen", ["Lutz Gerber"]),
    ("Lutz Gerber A retired ferry captain. View all posts by Lutz Gerber", ["Lutz Gerber"]),
    ("Lutz Gerber MORE FROM Lutz Gerber", ["Lutz Gerber"]),
    ("Zeige alle Beiträge von Lutz Gerber", []),
    ("March 3, 2021 by: Brann Oakes in Oslo", ["Brann Oakes"]),
    ("Nerea Ibarrola | 4 Feb 2020 | 6 min read", ["Nerea Ibarrola"]),
    ("By: Brann Oakes, Lia Moen and Desk 99", ["Brann Oakes", "Lia Moen"]),
    ("Quiet Owl on the Hill", ["Quiet Owl on the Hill"]),
])
def test_parse_examples(raw: str, expected: list[str]) -> None:
    b = P.parse(raw)
    assert names(b) == expected
    assert_spans_true(raw, b)


def test_role_only_names_nobody() -> None:
    for raw in ("Sports Reporter", "Staff", "Staff Writer", "By Staff Writer", ""):
        assert P.parse(raw) is None
        assert P.match_line(raw) is None


def test_parse_fields() -> None:
    raw = "  By Brann Oakes in Oslo and Lia Moen, Foreign Editor, The Northern Ledger Times  "
    b = P.parse(raw, offset=100)
    assert b is not None
    assert b.text == raw.strip()
    assert b.span.start == 100 + 2
    first, second = b.authors
    assert first.name == "Brann Oakes" and first.location == "Oslo"
    assert second.name == "Lia Moen" and second.role == "Foreign Editor"
    assert b.outlet == "The Northern Ledger Times"
    assert first.outlet == second.outlet == "The Northern Ledger Times"
    assert_spans_true(raw, b, 100)


def test_parse_contacts_and_date() -> None:
    b = P.parse("By Brann Oakes @brannoakes brann@example.org March 3, 2021 10:15")
    assert b is not None
    (a,) = b.authors
    assert (a.handle, a.email) == ("@brannoakes", "brann@example.org")
    assert b.published == dt.datetime(2021, 3, 3, 10, 15)


def test_outlet_prep_and_roles() -> None:
    b = P.parse("Brann Oakes, Special to The Fjord Star")
    assert b is not None and b.authors[0].outlet == "The Fjord Star"
    b = P.parse("Brann Oakes for Example.co.uk")
    assert b is not None and b.authors[0].outlet == "Example.co.uk"
    b = P.parse("FOCUS-Online-Experte Lutz Gerber")
    assert b is not None and b.authors[0].role == "FOCUS-Online-Experte"
    b = P.parse("Ravi Tennant Delhi correspondent")
    assert b is not None and b.authors[0].role == "Delhi correspondent"
    b = P.parse("Brann Oakes, Head of Weather")
    assert b is not None and b.authors[0].role == "Head of Weather"


@pytest.mark.parametrize("raw", [
    "Editorial", "The Editorial Board", "Editorial Board", "Harbour staff and agencies",
    "Staff and agencies", "Agencies", "Redacción", "Redaktion",
])
def test_desks(raw: str) -> None:
    for b in (P.parse(raw), P.match_line(raw)):
        assert b is not None
        (a,) = b.authors
        assert a.kind == "desk" and a.name == raw


def test_desk_with_people_is_not_an_author() -> None:
    assert names(P.parse("By Brann Oakes and agencies")) == ["Brann Oakes"]


def test_parse_byline_module_function() -> None:
    assert names(parse_byline("By Brann Oakes and Lia Moen, Associated Press")) == ["Brann Oakes", "Lia Moen"]


# ---------------------------------------------------------------- match_line: examples

@pytest.mark.parametrize(("line", "expected"), [
    ("By Brann Oakes", ["Brann Oakes"]),
    ("Brann Oakes and Lia Moen", ["Brann Oakes", "Lia Moen"]),
    ("Ravi Tennant Ireland correspondent", ["Ravi Tennant"]),
    ("Brann Oakes | Reuters", ["Brann Oakes"]),
    ("Brann Oakes, Political Editor", ["Brann Oakes"]),
    ("Brann Oakes in Oslo", ["Brann Oakes"]),
    ("Von Lutz Gerber", ["Lutz Gerber"]),
    ("Por Alma Ferreira de la Cruz", ["Alma Ferreira de la Cruz"]),
    ("Political editor Brann Oakes", ["Brann Oakes"]),
    ("By Brann Oakes. Updated 3 May 2020", ["Brann Oakes"]),
])
def test_match_line_accepts(line: str, expected: list[str]) -> None:
    b = P.match_line(line)
    assert names(b) == expected
    assert_spans_true(line, b)


@pytest.mark.parametrize("line", [
    "Alberta, Canada",
    "Gaza",
    "Tatihou island",
    "Chris Rock on Jeff Bezos and Marriage Story",
    "Warning: this gallery contains images that some readers may find upsetting",
    "Ferry strike leaves islanders stranded for a week",
    "Storm batters coast as ferries halted",
    "The harbour was quiet by the time the boats came in.",
    "By the time we arrived, the river had risen.",
    "By Monday, the storm had passed.",
    "Von Hamburg nach Bremen",
    "Von Lutz Gerber bis Ida Leest",
    "Brann Oakes speaks to fishermen at the quay in Oslo.",
    "President Ola Nordvik",
    "Middle East",
    "World News",
    "Climate Change",
    "The Canadian Press",
    "Reuters",
    "Photograph: Brann Oakes/Reuters",
    "Brann Oakes and",
    "Brann Oakes: a life in pictures",
    "Markets Rally As Fed Holds Rates",
    "Leave a Reply",
    "Share this article",
])
def test_match_line_rejects(line: str) -> None:
    assert P.match_line(line) is None


def test_match_line_rejects_long_lines() -> None:
    assert P.match_line("Brann Oakes, " * 200) is None


# ---------------------------------------------------------------- credits and bios

@pytest.mark.parametrize(("text", "expected"), [
    ("Reporting by Brann Oakes; Editing by Lia Moen", ["Brann Oakes"]),
    ("(Reporting by Brann Oakes in Oslo and Ida Leest in Bergen; Additional reporting by Corin Hale;"
     " Writing by Fenn Ashby; Editing by Lia Moen)",
     ["Brann Oakes", "Ida Leest", "Corin Hale", "Fenn Ashby"]),
    ("Additional reporting by Corin Hale. Editing by Lia Moen", ["Corin Hale"]),
    ("Profile photo of Brann Oakes", []),
    ("Brann Oakes is the Nordic energy reporter for the Fjord Ledger and the Coast Herald.", ["Brann Oakes"]),
    ("Brann Oakes is the mayor of the town.", []),
    ("", []),
])
def test_authors_from_credits(text: str, expected: list[str]) -> None:
    got = P.authors_from_credits(text, offset=5)
    assert [a.name for a in got] == expected
    padded = " " * 5 + text
    for a in got:
        assert a.span is not None and padded[a.span.start:a.span.end] == a.name


def test_bio_fields() -> None:
    text = "Story ends here.\n\nBrann Oakes is the Nordic energy reporter for the Fjord Ledger."
    (a,) = P.authors_from_credits(text)
    assert a.role == "Nordic energy reporter"
    assert a.outlet == "the Fjord Ledger"


# ---------------------------------------------------------------- subclassing

class ChroniclerParser(BylineParser):
    ROLE_WORDS = BylineParser.ROLE_WORDS | {"chronicler"}
    PREFIXES = BylineParser.PREFIXES | {"kirjoittanut"}


def test_subclass_vocabulary_takes_effect_and_base_is_unchanged() -> None:
    sub = ChroniclerParser()
    b = sub.match_line("Brann Oakes, Harbour Chronicler")
    assert b is not None and b.authors[0].role == "Harbour Chronicler"
    base = P.parse("Brann Oakes, Harbour Chronicler")
    assert base is not None and base.authors[0].role is None
    assert names(sub.parse("Kirjoittanut Aino Lehto")) == ["Aino Lehto"]
    assert names(P.parse("Kirjoittanut Aino Lehto")) != ["Aino Lehto"]


# ---------------------------------------------------------------- properties

def _reserved() -> frozenset[str]:
    """Every folded word of the parser's vocabularies: generated names must avoid them."""
    words: set[str] = set()
    for name in dir(BylineParser):
        value = getattr(BylineParser, name)
        if name.isupper() and isinstance(value, frozenset):
            for phrase in value:
                words.update(fold_word(w) for w in phrase.replace(":", " ").split())
    words.update(fold_word(m) for m in DateInfo.MONTHS)
    words.update(DateInfo.WEEKDAYS)
    return frozenset(words)


RESERVED = _reserved()
SLOW_OK = [HealthCheck.too_slow, HealthCheck.filter_too_much]
UPPER = "ABCDEFGHIJKLMNOPRSTUVWZÁÉÖÜÇŁ"
LOWER = "abcdefghijklmnoprstuvwyzáéíóúñüöäçøßł"


@st.composite
def word(draw: st.DrawFn) -> str:
    w = draw(st.sampled_from(UPPER)) + draw(st.text(alphabet=LOWER, min_size=2, max_size=8))
    key = fold_word(w)
    assume(key not in RESERVED and not any(key.endswith(s) for s in BylineParser.ROLE_SUFFIXES))
    return w


@st.composite
def family(draw: st.DrawFn) -> str:
    base = draw(word())
    shape = draw(st.sampled_from(["plain", "hyphen", "apostrophe", "particle"]))
    if shape == "hyphen":
        return base + "-" + draw(word())
    if shape == "apostrophe":
        return draw(st.sampled_from(["O'", "O’", "D'"])) + base
    if shape == "particle":
        return draw(st.sampled_from(["von ", "de la ", "van der ", "de ", "da "])) + base
    return base


@st.composite
def person(draw: st.DrawFn) -> str:
    given = draw(st.lists(word(), min_size=1, max_size=2))
    return " ".join([*given, draw(family())])


@st.composite
def byline(draw: st.DrawFn) -> tuple[str, list[str], list[str | None]]:
    people = draw(st.lists(person(), min_size=1, max_size=4, unique_by=lambda n: n.casefold()))
    prefix = draw(st.sampled_from(["", "By ", "BY ", "By: ", "Von ", "Por ", "Par ", "Text: ", "Words by "]))
    parts: list[str] = []
    places: list[str | None] = []
    for k, name in enumerate(people):
        if k:
            parts.append(draw(st.sampled_from([", ", " and ", " & ", "; "])))
        piece = name
        place = None
        extra = draw(st.sampled_from(["", "", "place", "role"]))
        if extra == "place":
            place = draw(word())
            piece += " in " + place
        elif extra == "role":
            piece += draw(st.sampled_from([", Political Editor", " | Staff Writer", ", Chief Correspondent"]))
        parts.append(piece)
        places.append(place)
    tail = draw(st.sampled_from(["", ", Associated Press", " | Reuters", " — AFP", ", The Daily Ledger"]))
    return prefix + "".join(parts) + tail, people, places


@settings(max_examples=300, deadline=None, suppress_health_check=SLOW_OK)
@given(byline(), st.integers(min_value=0, max_value=50))
def test_parse_recovers_generated_names(case: tuple[str, list[str], list[str | None]], offset: int) -> None:
    raw, people, places = case
    b = P.parse(raw, offset)
    assert names(b) == people
    assert b is not None
    assert [a.location for a in b.authors] == places
    padded = " " * offset + raw
    for a in b.authors:
        assert a.span is not None and padded[a.span.start:a.span.end] == a.name


@settings(max_examples=200, deadline=None, suppress_health_check=SLOW_OK)
@given(byline())
def test_match_line_accepts_generated_bylines(case: tuple[str, list[str], list[str | None]]) -> None:
    raw, people, _ = case
    assert names(P.match_line(raw)) == people


@settings(max_examples=200, deadline=None, suppress_health_check=SLOW_OK)
@given(st.lists(st.text(alphabet=LOWER, min_size=1, max_size=9), min_size=1, max_size=15),
       st.sampled_from(["", ".", "!", "?"]), st.booleans())
def test_match_line_rejects_sentences(ws: list[str], end: str, capital: bool) -> None:
    sentence = " ".join(ws) + end
    if capital:
        sentence = sentence[:1].upper() + sentence[1:]
    assert P.match_line(sentence) is None


@settings(max_examples=400, deadline=None)
@given(st.text(max_size=300), st.integers(min_value=0, max_value=10))
def test_any_text_never_raises_and_spans_are_true(text: str, offset: int) -> None:
    for b in (P.parse(text, offset), P.match_line(text, offset)):
        assert_spans_true(text, b, offset)
    padded = " " * offset + text
    for a in P.authors_from_credits(text, offset):
        assert a.span is not None and padded[a.span.start:a.span.end] == a.name


@settings(max_examples=200, deadline=None)
@given(st.lists(st.sampled_from([
    "By ", "Brann ", "Oakes", ", ", " and ", "@x ", "x@y.org ", "12:30 ", "May 3, 2020 ", "von ", "de ",
    "\n", "😊", ".", "R.", " in ", "Times ", "editor ", "Agencies ", "Reporting by ", " is the ",
    "reporter ", " for ", " - ", "www.example.com/x ", "\x00", "\u200b", ":", "|",
]), max_size=40), st.integers(min_value=0, max_value=10))
def test_byline_shaped_noise_never_raises(pieces: list[str], offset: int) -> None:
    text = "".join(pieces)
    for b in (P.parse(text, offset), P.match_line(text, offset)):
        assert_spans_true(text, b, offset)
    P.authors_from_credits(text, offset)


def test_huge_input_is_handled() -> None:
    for unit in ("Brann Oakes, ", "a+", "A.", "\n", "x@", "By "):
        text = unit * (200_000 // len(unit))
        P.parse(text)
        assert P.match_line(text) is None
        P.authors_from_credits(text)


def test_deterministic() -> None:
    raw = "By Brann Oakes, Lia Moen and Ida Leest in Bergen, The Daily Ledger"
    assert P.parse(raw) == P.parse(raw) == BylineParser().parse(raw)


@pytest.mark.parametrize("raw", ["By The Associated Press", "By Reuters", "AFP"])
def test_an_outlet_alone_is_no_author(raw: str) -> None:
    assert parse_byline(raw) is None
