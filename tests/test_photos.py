"""Tests for newsparse.photos: credits, captions, trailing credits, credit lines.

All fixtures are invented.  Property tests build captions and credits from parts and check
that the parser recovers the parts exactly; others feed arbitrary text and check that
nothing raises and that every span slices the text to the object's own text.
"""

from __future__ import annotations

import unicodedata
from typing import ClassVar

import pytest
from hypothesis import assume, given
from hypothesis import strategies as st

from newsparse.model import Credit, Photo
from newsparse.photos import CreditParser, PhotoParser, parse_caption, parse_credit
from newsparse.text import is_blank, strip_span

PP = PhotoParser()
CP = CreditParser()


# ---------------------------------------------------------------- helpers


def credit_spans_true(text: str, credit: Credit | None, offset: int = 0) -> None:
    """A credit's span slices the text to its text."""
    if credit is None:
        return
    assert text[credit.span.start - offset : credit.span.end - offset] == credit.text
    assert len(strip_span(credit.text, 0, len(credit.text))) == len(credit.text) > 0


def photo_spans_true(text: str, photo: Photo | None, offset: int = 0) -> None:
    """A photo's spans slice the text to its caption and credit, inside its own span."""
    if photo is None:
        return
    inner = text[photo.span.start - offset : photo.span.end - offset]
    assert len(strip_span(inner, 0, len(inner))) == len(inner) > 0
    credit_spans_true(text, photo.credit, offset)
    if photo.caption is None:
        assert photo.caption_span is None
        assert photo.credit is not None
    else:
        assert photo.caption_span is not None
        cs = photo.caption_span
        assert text[cs.start - offset : cs.end - offset] == photo.caption
        assert photo.span.start <= cs.start <= cs.end <= photo.span.end
    if photo.credit is not None:
        assert photo.span.start <= photo.credit.span.start <= photo.credit.span.end <= photo.span.end
        if photo.caption_span is not None:  # caption and credit do not overlap
            assert (photo.caption_span.end <= photo.credit.span.start
                    or photo.credit.span.end <= photo.caption_span.start)


# ---------------------------------------------------------------- CreditParser.parse


@pytest.mark.parametrize(
    ("text", "names", "agency"),
    [
        ("AP Photo/Dana Whitlock", ("Dana Whitlock",), "AP"),
        ("(AP Photo/Dana Whitlock)", ("Dana Whitlock",), "AP"),
        ("Photograph: Orla Finnegan/AP", ("Orla Finnegan",), "AP"),
        ("Photograph: Orla Finnegan/Getty Images", ("Orla Finnegan",), "Getty Images"),
        ("Photograph: Mirela Ďuricová/AFP/Getty Images", ("Mirela Ďuricová",), "AFP/Getty Images"),
        ("Photo by Tomasz Wierzba for The Daily Courier", ("Tomasz Wierzba",), "The Daily Courier"),
        ("Credit: Reuters", (), "Reuters"),
        ("Credit...Hollis Brandt/Associated Press", ("Hollis Brandt",), "Associated Press"),
        ("Illustration: Wren Okafor", ("Wren Okafor",), None),
        ("Composite: Wren Okafor and zirkelbaum/Getty Images", ("Wren Okafor", "zirkelbaum"), "Getty Images"),
        ("Quinn Harlow/The Evening Ledger via AP", ("Quinn Harlow",), "The Evening Ledger via AP"),
        ("© Benedikt Auer", ("Benedikt Auer",), None),
        ("Foto: Lene Marquardt/dpa", ("Lene Marquardt",), "dpa"),
        ("Bild: Keystone", (), "Keystone"),
        ("Quelle: Imago", (), "Imago"),
        ("Photo iStock", (), "iStock"),
        ("Image copyright Reuters", (), "Reuters"),
        ("(Image credit: Xinhua)", (), "Xinhua"),
        ("Getty Images", (), "Getty Images"),
        ("Pia L. Torvik / The Morning Star / Getty Images", ("Pia L. Torvik",),
         "The Morning Star / Getty Images"),
        ("picture alliance | Jorund Vallet", ("Jorund Vallet",), "picture alliance"),
        ("Anouk & Teodor Vasquez/Getty Images", ("Anouk", "Teodor Vasquez"), "Getty Images"),
        ("Crédit photo : Aurèle Besnard/AFP", ("Aurèle Besnard",), "AFP"),
        ("AFP via Getty Images", (), "AFP via Getty Images"),
        ("Fotografía: EFE", (), "EFE"),
        ("Photograph: kestrelvane/Shutterstock", ("kestrelvane",), "Shutterstock"),
        ("(Foto: Ilse von Hammerstein (bearbeitet))", ("Ilse von Hammerstein",), None),
    ],
)
def test_parse_credit_examples(text: str, names: tuple[str, ...], agency: str | None) -> None:
    credit = CP.parse(text)
    assert credit is not None
    assert credit.text == text
    assert credit.names == names
    assert credit.agency == agency


def test_parse_name_and_agency_on_separate_lines() -> None:
    text = "Oskar Lindqvist\n\nAP"
    credit = CP.parse(text)
    assert credit is not None
    assert credit.text == text
    assert credit.names == ("Oskar Lindqvist",)
    assert credit.agency == "AP"


def test_parse_strips_and_offsets() -> None:
    text = "  \n Photograph: Orla Finnegan/AP \n"
    credit = CP.parse(text, offset=100)
    assert credit is not None
    assert credit.text == "Photograph: Orla Finnegan/AP"
    assert credit.span.start == 104
    credit_spans_true(text, credit, 100)


@pytest.mark.parametrize(
    "text",
    ["", "   ", "The cat sat on the mat.", "He said the storm would pass by Monday.",
     "Photo:", "©", "© 2024 Example Media. All rights reserved.", "hello world", "x" * 5000],
)
def test_parse_non_credits(text: str) -> None:
    assert CP.parse(text) is None


def test_module_parse_credit() -> None:
    credit = parse_credit("Foto: Lene Marquardt/dpa")
    assert credit is not None and credit.agency == "dpa"
    assert parse_credit("Nothing to see here, said the officer.") is None


# ---------------------------------------------------------------- parse_caption


@pytest.mark.parametrize(
    ("raw", "caption", "credit"),
    [
        # marked, after the caption
        ("Firefighters cross the bridge at dawn. Photograph: Orla Finnegan/AP",
         "Firefighters cross the bridge at dawn.", "Photograph: Orla Finnegan/AP"),
        ("The mayor opens the market, Monday, May 4, 2020, in Salem, Oregon. (AP Photo/Dana Whitlock)",
         "The mayor opens the market, Monday, May 4, 2020, in Salem, Oregon.", "(AP Photo/Dana Whitlock)"),
        ("Die neue Brücke über den Fluss Foto: Lene Marquardt/dpa",
         "Die neue Brücke über den Fluss", "Foto: Lene Marquardt/dpa"),
        ("Ein Windrad im Abendlicht © Benedikt Auer", "Ein Windrad im Abendlicht", "© Benedikt Auer"),
        ("Die Fassade wird gedämmt.© Dachwerk", "Die Fassade wird gedämmt.", "© Dachwerk"),
        ("A crowd gathers near the port.Credit...Hollis Brandt/Associated Press",
         "A crowd gathers near the port.", "Credit...Hollis Brandt/Associated Press"),
        ("O ministro chega ao palácio| Foto: Ruy Amaral/Agência Brasil",
         "O ministro chega ao palácio", "| Foto: Ruy Amaral/Agência Brasil"),
        # unmarked, after the last sentence
        ("Das Restaurant liegt direkt am See. Konrad Weidinger",
         "Das Restaurant liegt direkt am See.", "Konrad Weidinger"),
        ("Die Suiten blicken auf die Berge. Hotel Alpenrose", "Die Suiten blicken auf die Berge.",
         "Hotel Alpenrose"),
        ("The square on market day. Pia L. Torvik / The Morning Star / Getty Images",
         "The square on market day.", "Pia L. Torvik / The Morning Star / Getty Images"),
        ("Ein Feld im Frühling. | Imago/Bildwerk", "Ein Feld im Frühling. |", "Imago/Bildwerk"),
        ("The lighthouse at dusk. Getty Images", "The lighthouse at dusk.", "Getty Images"),
        # glued on
        ("Una sala de la biblioteca municipal.Cedida", "Una sala de la biblioteca municipal.", "Cedida"),
        ("La directora del museo nacionalRoberta Quiñones", "La directora del museo nacional",
         "Roberta Quiñones"),
        # no sentence end: a run with evidence
        ("The ferry has limited room for cars Quinn Harlow/Reuters",
         "The ferry has limited room for cars", "Quinn Harlow/Reuters"),
        # credit first
        ("Ines Halvorsen/visitnorway.example.no Die Altstadt lohnt einen Besuch.",
         "Die Altstadt lohnt einen Besuch.", "Ines Halvorsen/visitnorway.example.no"),
        ("© bergfink / stock.adobe.com (Ausschnitt) Tabletten auf einem Tisch",
         "Tabletten auf einem Tisch", "© bergfink / stock.adobe.com (Ausschnitt)"),
        ("Image copyright Reuters Image caption Volunteers pack food parcels in a hall",
         "Image caption Volunteers pack food parcels in a hall", "Image copyright Reuters"),
        ("Bild: Nordlicht Media Der Hafen am frühen Morgen mit Booten.",
         "Der Hafen am frühen Morgen mit Booten.", "Bild: Nordlicht Media"),
        ("Senator Ruto at a rally in Eldoret. PHOTO | AFP", "Senator Ruto at a rally in Eldoret.",
         "PHOTO | AFP"),
        ("PR Der neue Laufschuh kommt im Sommer", "Der neue Laufschuh kommt im Sommer", "PR"),
        ("Das Formular im Archiv. Screenshot aus dem Landesarchiv", "Das Formular im Archiv.",
         "Screenshot aus dem Landesarchiv"),
        # credit alone
        ("Photograph: Courtesy of Lantern Books", None, "Photograph: Courtesy of Lantern Books"),
        ("Konrad Weidinger", None, "Konrad Weidinger"),
        ("© Lumara", None, "© Lumara"),
    ],
)
def test_parse_caption_examples(raw: str, caption: str | None, credit: str) -> None:
    photo = PP.parse_caption(raw)
    assert photo is not None
    assert photo.credit is not None
    assert photo.credit.text == credit
    assert photo.caption == caption
    photo_spans_true(raw, photo)


@pytest.mark.parametrize(
    "raw",
    [
        "Ein Pilotprojekt in der Lausitz",
        "Protesters gather outside the court in the rain.",
        "Die nächste Messe findet im Mai 2022 statt.",
        "Der Bahnhof von Frankfurt/Oder",
        "EPA Administrator Dana Whitlock speaks in Washington.",
        "Highlights of the year IN PICTURES",
        "Screenshot of the form, saved as upload.JPG",
        "The form, saved as upload.JPG",
        "Results of the speed tests from www.speedcheck.example",
        "The ceremony was opened by President Okonjo.",
    ],
)
def test_parse_caption_without_credit(raw: str) -> None:
    photo = PP.parse_caption(raw)
    assert photo is not None
    assert photo.credit is None
    assert photo.caption == raw


def test_parse_caption_blank_is_none() -> None:
    assert PP.parse_caption("") is None
    assert PP.parse_caption(" \n\t ") is None
    assert parse_caption("") is None


def test_parse_caption_offset() -> None:
    raw = "\nBoats in the harbour. Photo: Orla Finnegan/AP\n"
    photo = PP.parse_caption(raw, offset=50)
    assert photo is not None and photo.credit is not None
    assert photo.span.start == 51
    assert photo.credit.span.start == 51 + raw.strip().index("Photo:")
    photo_spans_true(raw, photo, 50)


def test_parse_caption_names_and_agency() -> None:
    photo = parse_caption("Storks nest on a pylon. Photograph: Mirela Ďuricová/AFP/Getty Images")
    assert photo is not None and photo.credit is not None
    assert photo.credit.names == ("Mirela Ďuricová",)
    assert photo.credit.agency == "AFP/Getty Images"


# ---------------------------------------------------------------- find_trailing_credit


@pytest.mark.parametrize(
    ("para", "credit"),
    [
        ("Boats wait in the harbour. Photograph: Orla Finnegan/AP", "Photograph: Orla Finnegan/AP"),
        ("Boats wait in the harbour. (AP Photo/Dana Whitlock)", "(AP Photo/Dana Whitlock)"),
        ("Der Hafen am Morgen. Foto: Lene Marquardt/dpa", "Foto: Lene Marquardt/dpa"),
        ("Der Hafen am Morgen. Bild: Keystone", "Bild: Keystone"),
        ("The old mill. © Benedikt Auer", "© Benedikt Auer"),
        ("The old mill. Credit: Reuters", "Credit: Reuters"),
        ("The old mill. Illustration: Wren Okafor", "Illustration: Wren Okafor"),
        ("The old mill. Composite: Wren Okafor/Getty Images", "Composite: Wren Okafor/Getty Images"),
        ("The old mill. Image: Xinhua", "Image: Xinhua"),
        ("The old mill. Photo by Tomasz Wierzba", "Photo by Tomasz Wierzba"),
    ],
)
def test_find_trailing_credit_examples(para: str, credit: str) -> None:
    found = PP.find_trailing_credit(para, offset=7)
    assert found is not None
    assert found.text == credit
    credit_spans_true(para, found, 7)


@pytest.mark.parametrize(
    "para",
    [
        "The minister said the plan would be published next week. Critics were not convinced.",
        "The council met on Tuesday. Jane Doe",  # no marker: no guessing names
        "The agency said: Photo: the team will publish the images later today after the review",
        "Source: Federal Statistics Office",
        "Quelle: Statistisches Bundesamt",
        "© 2024 Example Media. All rights reserved.",
        "Sales rose 4% in the quarter, Reuters reported.",
        "He was photographed by a neighbour.",
    ],
)
def test_find_trailing_credit_none(para: str) -> None:
    assert PP.find_trailing_credit(para) is None


def test_find_trailing_credit_looks_only_at_the_end() -> None:
    para = "Photo: Orla Finnegan/AP " + "and the story goes on " * 30 + "until the end."
    assert PP.find_trailing_credit(para) is None


# ---------------------------------------------------------------- credit_line


def test_credit_line_levels() -> None:
    assert PP.credit_line("Oskar Lindqvist") is None
    c = PP.credit_line("Oskar Lindqvist", 40, after_caption=True)
    assert c is not None and c.names == ("Oskar Lindqvist",) and c.span.start == 40
    for agency in ("AP", "Getty Images", "Reuters", "AFP via Getty Images"):
        c = PP.credit_line(agency)
        assert c is not None and c.agency == agency and c.names == ()
    c = PP.credit_line("Photograph: Orla Finnegan/AP")
    assert c is not None and c.names == ("Orla Finnegan",)
    c = PP.credit_line("Orla Finnegan/Reuters")
    assert c is not None and c.agency == "Reuters"


@pytest.mark.parametrize(
    "line",
    ["Storm hits coast", "Putin and Biden discuss trade in call", "By Jane Doe", "Related Stories",
     "Paris, France", "The minister resigned.", "Buckingham Palace", "google.jpg", ""],
)
def test_credit_line_rejects(line: str) -> None:
    assert PP.credit_line(line) is None
    assert PP.credit_line(line, after_caption=True) is None


def test_credit_line_after_caption_no_final_period() -> None:
    assert PP.credit_line("Oskar Lindqvist.", after_caption=True) is None
    assert PP.credit_line("Oskar Lindqvist said", after_caption=True) is None


# ---------------------------------------------------------------- subclassing


class HillsideCredits(CreditParser):
    AGENCIES = CreditParser.AGENCIES | {"Hillside"}
    LABELS = CreditParser.LABELS | {"snapshot"}


class HillsidePhotos(PhotoParser):
    credit_parser: ClassVar[CreditParser] = HillsideCredits()


def test_subclass_vocabulary_takes_effect() -> None:
    base = PhotoParser()
    sub = HillsidePhotos()
    assert base.credit_line("Hillside") is None
    c = sub.credit_line("Hillside")
    assert c is not None and c.agency == "Hillside"
    assert base.credit_parser.parse("Snapshot: Orla Finnegan") is None
    c2 = sub.credit_parser.parse("Snapshot: Orla Finnegan")
    assert c2 is not None and c2.names == ("Orla Finnegan",)
    # the base class keeps its own compiled patterns
    assert base.credit_line("Hillside") is None
    assert HillsideCredits.patterns() is not CreditParser.patterns()


# ---------------------------------------------------------------- property tests

def fold(word: str) -> str:
    """Lower case without accents, as the parser compares vocabulary."""
    decomposed = unicodedata.normalize("NFKD", word)
    return "".join(c for c in decomposed if not unicodedata.combining(c)).casefold()


LOWER = "abcdefghijklmnoprstuvwzäöüéèñçå"
UPPER = "ABCDEFGHJKLMNOPRSTVWZÄÖÉÅ"

_pats = CP.patterns()
_RESERVED = (_pats.agencies | _pats.credit_words | _pats.org_words | _pats.media_words | _pats.particles
             | _pats.stopwords | _pats.non_name_words | {"the", "via", "and", "for", "with"})
_LABEL_WORDS = {fold(w) for label in CreditParser.LABELS for w in label.split()}

_ABBREVIATIONS = {a.rstrip(".").casefold() for a in _pats.abbreviations}
lower_words = st.text(LOWER, min_size=2, max_size=9)
name_tokens = st.builds(lambda a, b: a + b, st.sampled_from(UPPER), st.text(LOWER, min_size=2, max_size=8))


@st.composite
def person_names(draw: st.DrawFn) -> str:
    tokens = draw(st.lists(name_tokens, min_size=2, max_size=3))
    for t in tokens:
        assume(fold(t) not in _RESERVED and fold(t) not in _LABEL_WORDS)
    return " ".join(tokens)


@st.composite
def sentences(draw: st.DrawFn) -> str:
    first = draw(name_tokens)
    assume(fold(first) not in _LABEL_WORDS)
    rest = draw(st.lists(lower_words, min_size=2, max_size=8))
    # A sentence that ends in an abbreviation ("vs.") does not end there: not a caption's end.
    assume(rest[-1].casefold() not in _ABBREVIATIONS)
    return " ".join([first, *rest]) + "."


captions = st.lists(sentences(), min_size=1, max_size=3).map(" ".join)

AGENCY_SAMPLES = ["AP", "Reuters", "AFP", "Getty Images", "EPA", "Shutterstock", "Alamy", "dpa",
                  "picture alliance", "Keystone", "Imago", "Xinhua", "AAP", "Anadolu", "ZUMA Wire",
                  "Adobe Stock", "AFP/Getty Images", "AFP via Getty Images"]
LABEL_SAMPLES = ["Photograph", "Photo", "Foto", "Bild", "Credit", "Image", "Illustration", "Composite",
                 "Fotografía", "Crédit photo", "Quelle", "Picture"]
SEPARATORS = ["/", " / ", " | "]


GenCredit = tuple[str, tuple[str, ...], str | None, bool]


@st.composite
def credits(draw: st.DrawFn) -> GenCredit:
    """A credit as printed, its names, its agency, and whether it carries a marker."""
    form = draw(st.integers(0, 6))
    name = draw(person_names())
    agency = draw(st.sampled_from(AGENCY_SAMPLES))
    label = draw(st.sampled_from(LABEL_SAMPLES))
    sep = draw(st.sampled_from(SEPARATORS))
    if form == 0:
        return f"{label}: {name}{sep}{agency}", (name,), agency, True
    if form == 1:
        short = draw(st.sampled_from(["AP", "Reuters", "AFP"]))
        return f"({short} Photo/{name})", (name,), short, True
    if form == 2:
        return f"© {name}", (name,), None, True
    if form == 3:
        return f"{label}: {name}", (name,), None, True
    if form == 4:
        return f"{label}: {agency}", (), agency, True
    if form == 5:
        other = draw(person_names())
        assume(other != name)
        return f"{label}: {name} and {other}{sep}{agency}", (name, other), agency, True
    return f"{name}{sep}{agency}", (name,), agency, False


@given(captions, credits(), st.sampled_from([" ", "\n", "  "]), st.integers(0, 1000))
def test_generated_caption_and_credit_recovered(caption: str, credit: GenCredit, sep: str,
                                                offset: int) -> None:
    text, names, agency, _ = credit
    raw = caption + sep + text
    photo = PP.parse_caption(raw, offset)
    assert photo is not None and photo.credit is not None
    assert photo.credit.text == text
    assert photo.caption == caption
    assert photo.credit.names == names
    assert photo.credit.agency == agency
    photo_spans_true(raw, photo, offset)


@given(credits())
def test_generated_credit_parses_alone(credit: GenCredit) -> None:
    text, names, agency, _ = credit
    found = CP.parse(text)
    assert found is not None
    assert (found.text, found.names, found.agency) == (text, names, agency)


@given(captions, person_names())
def test_generated_bare_name_after_caption(caption: str, name: str) -> None:
    photo = PP.parse_caption(caption + " " + name)
    assert photo is not None and photo.credit is not None
    assert photo.credit.text == name
    assert photo.credit.names == (name,)
    assert photo.caption == caption


@given(captions, credits())
def test_generated_marked_credit_found_at_paragraph_end(caption: str, credit: GenCredit) -> None:
    text, names, _, marked = credit
    assume(marked and not text.startswith(("Quelle", "Picture")))  # not strict labels
    para = caption + " " + text
    found = PP.find_trailing_credit(para, 3)
    assert found is not None
    assert found.text == text and found.names == names
    credit_spans_true(para, found, 3)


@st.composite
def body_sentences(draw: st.DrawFn) -> str:
    """A plain sentence of story text: names and lower-case words, commas, a final stop."""
    words = [draw(name_tokens)]
    for _ in range(draw(st.integers(3, 14))):
        kind = draw(st.integers(0, 5))
        if kind == 0:
            words.append(draw(person_names()))
        elif kind == 1:
            words.append(draw(lower_words) + ",")
        else:
            words.append(draw(lower_words))
    return " ".join(words) + draw(st.sampled_from([".", "!", "?", ".”", "…"]))


@given(st.lists(body_sentences(), min_size=1, max_size=5).map(" ".join))
def test_plain_body_paragraph_has_no_trailing_credit(para: str) -> None:
    assert PP.find_trailing_credit(para) is None
    assert PP.credit_line(para) is None


FRAGMENTS = ["Photo:", "Photograph: ", "©", "(", ")", "/", " | ", "AP", "Getty Images", "Jane", " Doe",
             ".", ". ", " ", "\n", "\n\n", "Foto", " by ", "Cedida", "abcdEfgh", "Image caption ",
             "Credit...", "›", "(AP Photo/", "Reuters", "dpa", "é", "\u200b", "\x00", "All rights reserved",
             "stock.adobe.com", "x@y.com", "1", "2024", "L.", "Jr.", ",", "and", "&", "–", "«", "“"]
junk = st.one_of(
    st.text(),
    st.lists(st.sampled_from(FRAGMENTS), max_size=40).map("".join),
    st.text(alphabet=st.characters(codec="utf-8"), max_size=400),
)


@given(junk, st.integers(0, 10_000))
def test_any_text_never_raises_and_spans_are_true(text: str, offset: int) -> None:
    photo = PP.parse_caption(text, offset)
    photo_spans_true(text, photo, offset)
    assert (photo is None) == is_blank(text)
    credit_spans_true(text, PP.find_trailing_credit(text, offset), offset)
    credit_spans_true(text, PP.credit_line(text, offset), offset)
    credit_spans_true(text, PP.credit_line(text, offset, after_caption=True), offset)
    credit_spans_true(text, CP.parse(text, offset), offset)


@given(junk)
def test_results_are_deterministic(text: str) -> None:
    assert PP.parse_caption(text) == PP.parse_caption(text)
    assert CP.parse(text) == CreditParser().parse(text)


def test_huge_inputs_are_accepted() -> None:
    for text in ("A" * 200_000, "Photo: " * 30_000, "a/" * 100_000, " " * 200_000 + "AP",
                 "Jane Doe. " * 20_000 + "Photograph: Orla Finnegan/AP"):
        photo = PP.parse_caption(text)
        photo_spans_true(text, photo)
        credit_spans_true(text, PP.find_trailing_credit(text))
        credit_spans_true(text, PP.credit_line(text))
    tail = PP.find_trailing_credit("Jane Doe. " * 20_000 + "Photograph: Orla Finnegan/AP")
    assert tail is not None and tail.text == "Photograph: Orla Finnegan/AP"


marker_text = st.lists(st.sampled_from([
    "Photo", "photo", "PHOTO", "Foto", "(c)", "©", "AP", "Ap", "AP Photo/", "Getty Images", "by", ":",
    "/", "…", "Montag", "Monday", "Crédit", "Фото", "Image copyright", "ſ", "ẞ", "K", "İmage", "CREDİT", "İ",
    " ", " ", "the", "Jane", "Doe", "(", ")", ".", "é", "Reuters", "Courtesy of", "pa", "PA", "tt",
]), max_size=25).map("".join)


@given(marker_text, st.integers(0, 5), st.integers(0, 400))
def test_marker_search_finds_what_trying_every_start_finds(text: str, start: int, size: int) -> None:
    from newsparse.photos import _CAPITAL_MARKER_START, _LOWER_MARKER_HINT, _MARKER_START, _may_open_marker

    end = min(len(text), start + size)
    start = min(start, end)
    pats = CP.patterns()
    prefixes, short = pats.marker_heads(text, start, end)
    starts = _MARKER_START if _LOWER_MARKER_HINT.search(text, start, end) else _CAPITAL_MARKER_START
    expected = []
    pos = start
    for cm in starts.finditer(text, start, end):
        i = cm.start()
        if i < pos or not _may_open_marker(text[i : min(i + 3, end)], prefixes, short):
            continue
        m = pats.marker.match(text, i, end)
        if m is not None:
            expected.append(m.span())
            pos = m.end()
    assert [m.span() for m in PP._iter_markers(text, start, end)] == expected


@given(st.text(alphabet="©/:：|….(cCɔ)xX \n", max_size=20) | marker_text, st.integers(0, 5),
       st.integers(0, 40))
def test_strict_marks_are_found_as_the_pattern_finds_them(text: str, start: int, size: int) -> None:
    import regex

    from newsparse.photos import _STRICT_MARK_STRINGS, _STRICT_MARKS

    end = min(len(text), start + size)
    start = min(start, end)
    window = text[start:end]
    expected = regex.compile(_STRICT_MARKS).search(text, start, end) is not None
    assert any(s in window for s in _STRICT_MARK_STRINGS) == expected
    pats = CP.patterns()
    assert pats.has_strict_hint(text, start, end) == (pats.strict_hint.search(text, start, end) is not None)


strict_marker_text = st.lists(st.sampled_from([
    "Photo", "photo", "PHOTO", "Foto", "(c)", "(C)", "©", "AP Photo/", "Getty Images", "by", ":", "/", "…",
    "Crédit", "CRÉDIT", "Credit", "CREDİT", "Crédits photo", "Image", "İmage", "Bild", "Source",
    "Courtesy of", " ", " ", "Jane", "Doe", "(", ")", ".", "é", "\u0301", "Reuters", "ſ", "K", "said",
    "10:30", "Picture by",
]), max_size=25).map("".join)


@given(strict_marker_text, st.integers(0, 5), st.integers(0, 400))
def test_no_strict_marker_where_the_first_look_finds_none(text: str, start: int, size: int) -> None:
    end = min(len(text), start + size)
    start = min(start, end)
    if any(CP.is_strict_marker(m) for m in PP._iter_markers(text, start, end)):
        assert CP.patterns().may_hold_strict_marker(text, start, end)


@given(strict_marker_text, strict_marker_text)
def test_trailing_credit_as_without_the_first_look(before: str, after: str) -> None:
    from newsparse.text import _strip_bounds

    text = before + " " + after
    start, end = _strip_bounds(text, max(0, len(text) - PP.TRAILING_WINDOW - 1), len(text))
    found = None
    if CP.patterns().has_strict_hint(text, start, end) and start != end:
        found = PP.trailing_marked(text, start, end, strict=True)
    expected = None if found is None else CP.make(text, found, 7)
    assert PP.find_trailing_credit(text, 7) == expected


@pytest.mark.parametrize("text", ["The bridge reopened. CREDİT: Jane Doe", "Doe. CREDİT: Jane Doe",
                                  "The bridge reopened. PİCTURE: Jane Doe",
                                  "The bridge. PHOTOGRAPHİE: Jane Doe"])
def test_the_first_look_reads_a_dotted_capital_i_as_the_patterns_do(text: str) -> None:
    """The marker patterns' ``i`` matches ``İ``, which case-folds to two characters."""
    markers = list(PP._iter_markers(text, 0, len(text)))
    if any(CP.is_strict_marker(m) for m in markers):
        assert CP.patterns().may_hold_strict_marker(text, 0, len(text))
        assert PP.find_trailing_credit(text) is not None


def test_a_credit_label_with_a_dotted_capital_i_is_found() -> None:
    credit = PP.find_trailing_credit("The bridge reopened. CREDİT: Jane Doe")
    assert credit is not None and credit.names == ("Jane Doe",)
