"""Properties every parse must have, whatever the text: no exception, segments that
partition the source, spans that point at the objects' own text, determinism, and a
lossless ``to_dict()`` / ``from_dict()`` round trip.

Two kinds of input: any text at all (``st.text()`` and a news-flavoured alphabet of
fragments), and realistic articles built from parts (headline, byline, dateline,
paragraphs, trailing credits) with ``\\n``, ``\\r\\n`` or ``\\r`` line ends.
"""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Iterator

import pytest
from hypothesis import example, given
from hypothesis import strategies as st

import newsparse
from newsparse import Article, Span

# ------------------------------------------------------------------ strategies

FIRST = ["Jane", "Tomás", "Aiko", "Olu", "Marta", "Søren", "Priya", "Jean-Luc", "Li", "María José"]
LAST = ["Doe", "Okafor", "Quintela", "van der Berg", "O'Neill", "Nakamura", "Álvarez", "Smith-Jones",
        "Brandão", "Li"]
CITIES = ["LONDON", "LISBON", "BAHIA BLANCA, Argentina", "NEW YORK", "São Paulo", "WASHINGTON",
          "KYIV", "Geneva"]
MONTHS = ["Jan", "Feb.", "March", "April", "May", "June", "Jul", "Aug.", "Sept", "Oct", "Nov.", "December"]
AGENCIES = ["Reuters", "AP", "AFP", "dpa", "EFE"]
WORDS = ["the", "council", "said", "on", "Tuesday", "it", "would", "rise", "prices", "storm", "minister",
         "told", "reporters", "in", "a", "statement", "after", "talks", "with", "officials", "percent",
         "year", "city", "government", "plan", "new", "vote", "police", "bank", "2026", "Mr", "Ms"]
DASHES = [" - ", " -- ", " – ", " — ", " -"]
EOLS = ["\n", "\r\n", "\r"]

# Fragments that look like the things the parsers look for, to be glued together at random.
FRAGMENTS = [
    "By ", "by ", "BY ", "and ", ", ", "Reuters", "(Reuters)", "(AP)", "AP Photo/", "Photograph: ",
    "Photo: ", "Getty Images", "/AFP", "©", "Copyright ", "All rights reserved.", "Reporting by ",
    "; Editing by ", "Additional reporting by ", "Reuter", "Published ", "Updated ", "Jan 24", "2026",
    "March 3, 2026", "LONDON, ", "MOSCOW ", "NEW YORK, ", "Jane Doe", "Tomás Álvarez", " - ", " — ", "–",
    "\"", "“", "”", "‘", "’", "«", "»", "'", "said", " told ", ".", "!", "?", "…", ":", ";", "|",
    "\n", "\n\n", "\r\n", "\r", "\r\n\r\n", " ", "\t", "\u00a0", "\u200b", "\ufeff", "\u2028", "\x00",
    "   ", "@", "@janedoe", "jane@example.org", "http://example.org/x", "Follow us", "Sign up",
    "Advertisement", "Related:", "Comments", "Staff Writer", "Correspondent", "Editorial", "CAPTION",
    "A", "Z", "é", "ß", "İ", "ﬁ", "Ω", "中文", "日本語", "русский", "العربية", "😀", "1", "12", "(", ")",
]


@st.composite
def names(draw: st.DrawFn) -> str:
    return f"{draw(st.sampled_from(FIRST))} {draw(st.sampled_from(LAST))}"


@st.composite
def sentences(draw: st.DrawFn) -> str:
    words = draw(st.lists(st.sampled_from(WORDS), min_size=3, max_size=18))
    text = " ".join(words)
    text = text[0].upper() + text[1:]
    if draw(st.booleans()):
        quote = " ".join(draw(st.lists(st.sampled_from(WORDS), min_size=2, max_size=8)))
        left, right = draw(st.sampled_from([('"', '"'), ("“", "”"), ("‘", "’"), ("«", "»")]))
        text = f"{left}{quote[0].upper()}{quote[1:]},{right} {draw(names())} said. {text}"
    return text + draw(st.sampled_from([".", ".", ".", "?", "!"]))


@st.composite
def paragraphs(draw: st.DrawFn) -> str:
    return " ".join(draw(st.lists(sentences(), min_size=1, max_size=5)))


@st.composite
def datelines(draw: st.DrawFn) -> str:
    city = draw(st.sampled_from(CITIES))
    parts = [city]
    if draw(st.booleans()):
        parts.append(f", {draw(st.sampled_from(MONTHS))} {draw(st.integers(1, 31))}")
    if draw(st.booleans()):
        parts.append(f" ({draw(st.sampled_from(AGENCIES))})")
    return "".join(parts) + draw(st.sampled_from(DASHES))


@st.composite
def articles(draw: st.DrawFn) -> str:
    """A realistic article assembled from optional parts."""
    eol = draw(st.sampled_from(EOLS))
    blank = eol + eol
    parts: list[str] = []
    if draw(st.booleans()):
        words = draw(st.lists(st.sampled_from(WORDS), min_size=2, max_size=12))
        parts.append(" ".join(w.capitalize() for w in words))
    if draw(st.booleans()):
        authors = draw(st.lists(names(), min_size=1, max_size=3))
        line = "By " + (" and ".join(authors) if len(authors) < 3
                        else ", ".join(authors[:-1]) + " and " + authors[-1])
        if draw(st.booleans()):
            line += ", " + draw(st.sampled_from(AGENCIES))
        parts.append(line)
    body = draw(st.lists(paragraphs(), min_size=1, max_size=6))
    if draw(st.booleans()):
        body[0] = draw(datelines()) + body[0]
    if draw(st.booleans()):
        # Hard-wrapped paragraphs: break the lines of one paragraph at spaces.
        k = draw(st.integers(0, len(body) - 1))
        words = body[k].split(" ")
        width = draw(st.integers(3, 12))
        body[k] = eol.join(" ".join(words[i : i + width]) for i in range(0, len(words), width))
    parts.extend(body)
    if draw(st.booleans()):
        credit = f"Reporting by {draw(names())}"
        if draw(st.booleans()):
            credit += f"; Editing by {draw(names())}"
        parts.append(credit)
    if draw(st.booleans()):
        parts.append(draw(st.sampled_from(["Reuter", "© 2026 Example News. All rights reserved.",
                                           "Copyright 2026 Example Wire"])))
    text = blank.join(parts)
    if draw(st.booleans()):
        text += eol
    if draw(st.booleans()):
        text = draw(st.sampled_from([" ", eol, "\t", "\ufeff"])) + text
    return text


fragment_soup = st.lists(st.sampled_from(FRAGMENTS), max_size=60).map("".join)
any_text = st.one_of(st.text(), fragment_soup, articles())
reference_dates = st.none() | st.dates(min_value=dt.date(1900, 1, 1), max_value=dt.date(2100, 12, 31))

# ------------------------------------------------------------------ checks


def spans_and_texts(article: Article) -> Iterator[tuple[str, Span, str]]:
    """Every (what, span, text) pair whose text must equal ``source[span]``."""
    if article.headline is not None and article.headline_span is not None:
        yield "headline", article.headline_span, article.headline
    if article.byline is not None:
        yield "byline", article.byline.span, article.byline.text
    if article.dateline is not None:
        yield "dateline", article.dateline.span, article.dateline.text
    for photo in article.photos:
        if photo.caption is not None and photo.caption_span is not None:
            yield "caption", photo.caption_span, photo.caption
        if photo.credit is not None:
            yield "credit", photo.credit.span, photo.credit.text
    for item in article.boilerplate:
        yield f"boilerplate/{item.kind}", item.span, item.text
    for para in article.paragraphs:
        yield "paragraph", para.span, para.text
    for entity in article.entities:
        for mention in entity.mentions:
            yield "mention", mention.span, mention.text


def all_spans(article: Article) -> Iterator[tuple[str, Span]]:
    """Every span the article holds (they must all lie inside the source)."""
    for what, span, _ in spans_and_texts(article):
        yield what, span
    for seg in article.segments:
        yield f"segment/{seg.kind}", seg.span
    if article.byline is not None:
        for author in article.byline.authors:
            if author.span is not None:
                yield "author", author.span
    for photo in article.photos:
        yield "photo", photo.span
    for quote in article.quotes:
        yield "quote", quote.span
        for what, span in (("speaker", quote.speaker_span), ("cue", quote.cue_span)):
            if span is not None:
                yield what, span
    for defect in article.defects:
        if defect.span is not None:
            yield "defect", defect.span


def check_segments(article: Article) -> None:
    src = article.source
    pos = 0
    for seg in article.segments:
        assert seg.span.start == pos, f"gap or overlap before {seg}"
        assert len(seg.span) > 0, f"empty segment {seg}"
        pos = seg.span.end
    assert pos == len(src)
    assert "".join(seg.span.slice(src) for seg in article.segments) == src
    for seg in article.segments:
        if seg.kind == "blank":
            assert not seg.span.slice(src).strip(), f"blank segment with text: {seg}"


def check_spans(article: Article) -> None:
    src = article.source
    for what, span in all_spans(article):
        assert 0 <= span.start <= span.end <= len(src), f"{what} span {span} outside the source"
    for what, span, text in spans_and_texts(article):
        assert span.slice(src) == text, f"{what}: {span.slice(src)!r} != {text!r}"
    if article.byline is not None:
        b = article.byline.span
        for author in article.byline.authors:
            if author.span is not None:
                assert b.start <= author.span.start <= author.span.end <= b.end, author
    for photo in article.photos:
        for inner in (photo.caption_span, None if photo.credit is None else photo.credit.span):
            if inner is not None:
                assert photo.span.start <= inner.start <= inner.end <= photo.span.end, photo
    for quote in article.quotes:
        assert quote.text in quote.span.slice(src), quote


def check_round_trip(article: Article) -> None:
    d = article.to_dict()
    assert Article.from_dict(d) == article
    assert Article.from_dict(json.loads(json.dumps(d))) == article
    assert Article.from_dict(json.loads(json.dumps(d, ensure_ascii=False))) == article


# ------------------------------------------------------------------ properties


@given(st.text())
def test_any_text_parses(text: str) -> None:
    article = newsparse.parse(text)
    assert article.source == text


@given(any_text)
@example("")
@example("\n\r\n\r")
@example("\ufeff")
@example("By\n\nBy")
def test_segments_partition_the_source(text: str) -> None:
    check_segments(newsparse.parse(text))


@given(any_text)
def test_spans_slice_to_their_text(text: str) -> None:
    check_spans(newsparse.parse(text))


@given(any_text)
def test_body_segments_are_the_paragraphs(text: str) -> None:
    article = newsparse.parse(text)
    body = [seg.span for seg in article.segments if seg.kind == "body"]
    assert body == [p.span for p in article.paragraphs]
    assert article.body == "\n\n".join(p.text for p in article.paragraphs)


@given(any_text, reference_dates)
def test_parse_is_deterministic(text: str, reference_date: dt.date | None) -> None:
    first = newsparse.parse(text, reference_date=reference_date)
    second = newsparse.parse(text, reference_date=reference_date)
    assert first == second
    assert first.to_dict() == second.to_dict()
    # A fresh parser gives the same answer as the shared default one.
    assert newsparse.parse(text, reference_date=reference_date, parser=newsparse.ArticleParser()) == first


@given(any_text, reference_dates)
def test_round_trip_through_dict_and_json(text: str, reference_date: dt.date | None) -> None:
    check_round_trip(newsparse.parse(text, reference_date=reference_date))


@given(articles(), reference_dates)
def test_realistic_articles(text: str, reference_date: dt.date | None) -> None:
    article = newsparse.parse(text, reference_date=reference_date)
    assert article.source == text
    check_segments(article)
    check_spans(article)
    check_round_trip(article)
    if article.dateline is not None and article.dateline.date is not None:
        assert article.dateline.date.month == article.dateline.month
        assert article.dateline.date.day == article.dateline.day


@given(articles())
def test_line_ends_do_not_change_the_structure(text: str) -> None:
    """The same article with LF, CRLF or CR line ends gives the same pieces (modulo offsets)."""
    lf = text.replace("\r\n", "\n").replace("\r", "\n")
    shapes = []
    for eol in EOLS:
        a = newsparse.parse(lf.replace("\n", eol))
        shapes.append((
            a.headline,
            None if a.byline is None else a.byline.names,
            a.authors,
            None if a.dateline is None else (a.dateline.location, a.dateline.month, a.dateline.day),
            [b.kind for b in a.boilerplate],
            len(a.paragraphs),
            [s.kind for s in a.segments],
        ))
    assert shapes[0] == shapes[1] == shapes[2]


@given(any_text, st.sampled_from(["en", "es", "de", "xx"]))
def test_language_override_is_kept(text: str, language: str) -> None:
    assert newsparse.parse(text, language=language).language == language


def test_bundled_example_has_its_parts() -> None:
    """The example article shipped with the package parses into its parts."""
    from newsparse.cli import example_text

    article = newsparse.parse(example_text())
    check_segments(article)
    check_spans(article)
    check_round_trip(article)
    assert article.headline == "Lisbon weighs hydrogen trams as hill routes strain ageing fleet"
    assert article.language == "en"
    assert article.authors == ("Marta Quintela", "Daniel Oakhurst")
    assert article.dateline is not None
    assert (article.dateline.location, article.dateline.month, article.dateline.day) == ("LISBON", 3, 3)
    assert article.dateline.agency == "Reuters"
    assert [p.credit.names for p in article.photos if p.credit is not None] == [("Rui Valadares",)]
    assert {b.kind for b in article.boilerplate} >= {"credits", "copyright"}
    assert len(article.paragraphs) == 6
    assert not article.paragraphs[0].text.startswith("LISBON")


@pytest.mark.parametrize("text", ["", " ", "\n", "\r\n\r\n", "x", "By", "©", "\ufeff\ufeff"])
def test_tiny_inputs(text: str) -> None:
    article = newsparse.parse(text)
    check_segments(article)
    check_spans(article)
    check_round_trip(article)
