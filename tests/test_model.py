"""The model's pickling and copying: an ``Article`` crosses a process boundary (and
``copy.deepcopy``) as one packed tuple; every object comes back equal and of its class."""

from __future__ import annotations

import copy
import datetime as dt
import pickle
from pathlib import Path
from typing import Any

import attrs
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import newsparse
from newsparse import model
from newsparse.cli import example_text
from newsparse.model import (
    Article,
    Author,
    Boilerplate,
    Byline,
    Credit,
    Dateline,
    Defect,
    Entity,
    EntityKind,
    Mention,
    Paragraph,
    Photo,
    Quote,
    Segment,
    Span,
)

PROTOCOLS = range(pickle.HIGHEST_PROTOCOL + 1)
GOLDEN = Path(__file__).parent / "golden"

# ------------------------------------------------------------------ arbitrary articles
# Every field of every class, optional ones present or not: the packing must carry all.

text = st.text(max_size=12)
opt_text = st.none() | text
spans = st.builds(lambda a, b: Span(min(a, b), max(a, b)), st.integers(0, 10**6), st.integers(0, 10**6))
opt_spans = st.none() | spans
dates = st.none() | st.dates() | st.datetimes()
short = {"max_size": 4}

authors = st.builds(Author, text, opt_spans, opt_text, opt_text, opt_text, opt_text, opt_text, text)
bylines = st.builds(Byline, text, spans, st.lists(authors, **short).map(tuple), opt_text, dates)
datelines = st.builds(Dateline, text, spans, opt_text, st.none() | st.integers(1, 12),
                      st.none() | st.integers(1, 31), st.none() | st.dates(), opt_text, opt_text,
                      st.none() | st.integers(1, 3000))
credits = st.builds(Credit, text, spans, st.lists(text, **short).map(tuple), opt_text)
photos = st.builds(Photo, spans, opt_text, opt_spans, st.none() | credits)
mentions = st.builds(Mention, text, spans)
# a kind is an EntityKind; a plain string (not checked on creation) must come back a string
entity_kinds = st.sampled_from(EntityKind) | st.sampled_from(["PERSON", "OTHER"])
entities = st.builds(Entity, text, entity_kinds, st.lists(mentions, max_size=5).map(tuple),
                     st.lists(text, **short).map(tuple))
quotes = st.builds(Quote, text, spans, opt_text, opt_text, text, opt_spans, opt_spans, opt_text)
articles = st.builds(
    Article,
    source=st.text(max_size=60),
    segments=st.lists(st.builds(Segment, text, spans), max_size=6).map(tuple),
    headline=opt_text,
    headline_span=opt_spans,
    standfirst=opt_text,
    byline=st.none() | bylines,
    authors=st.lists(text, **short).map(tuple),
    dateline=st.none() | datelines,
    published=dates,
    photos=st.lists(photos, **short).map(tuple),
    boilerplate=st.lists(st.builds(Boilerplate, text, text, spans), **short).map(tuple),
    paragraphs=st.lists(st.builds(Paragraph, text, spans), max_size=6).map(tuple),
    quotes=st.lists(quotes, **short).map(tuple),
    entities=st.lists(entities, max_size=5).map(tuple),
    language=opt_text,
    defects=st.lists(st.builds(Defect, text, text, opt_spans), **short).map(tuple),
)


def assert_same(a: Any, b: Any) -> None:
    """``a == b``, and the same classes all the way down (equality alone would let an
    ``EntityKind`` pass for a ``str``, or a subclass for its base)."""
    assert a == b
    assert type(a) is type(b), (a, b)
    if attrs.has(type(a)):
        for field in attrs.fields(type(a)):
            assert_same(getattr(a, field.name), getattr(b, field.name))
    elif isinstance(a, tuple):
        for x, y in zip(a, b, strict=True):
            assert_same(x, y)


def parsed() -> list[Article]:
    texts = [example_text()] + [p.read_text(encoding="utf-8") for p in sorted(GOLDEN.glob("*.txt"))]
    return [newsparse.parse(t) for t in texts]


# ------------------------------------------------------------------ the tests


@settings(max_examples=150, deadline=None)
@given(articles, st.sampled_from(PROTOCOLS))
def test_any_article_pickles_to_an_equal_one_of_the_same_classes(article: Article, protocol: int) -> None:
    assert_same(pickle.loads(pickle.dumps(article, protocol)), article)


@pytest.mark.parametrize("protocol", PROTOCOLS)
def test_parsed_articles_pickle(protocol: int) -> None:
    originals = parsed()
    assert any(a.entities and a.quotes and a.segments for a in originals)
    for article in originals:
        back = pickle.loads(pickle.dumps(article, protocol))
        assert_same(back, article)
        assert hash(back) == hash(article)
        assert back.to_dict() == article.to_dict()


@settings(max_examples=50, deadline=None)
@given(articles)
def test_copies_are_equal_and_evolve_works_on_them(article: Article) -> None:
    shallow, deep = copy.copy(article), copy.deepcopy(article)
    assert_same(shallow, article)
    assert_same(deep, article)
    assert shallow is not article and deep is not article
    assert attrs.evolve(deep, headline="Changed").headline == "Changed"
    assert deep.headline == article.headline


@settings(max_examples=50, deadline=None)
@given(st.one_of(spans, authors, bylines, datelines, credits, photos, mentions, entities, quotes),
       st.sampled_from(PROTOCOLS))
def test_every_class_pickles_on_its_own(obj: Any, protocol: int) -> None:
    assert_same(pickle.loads(pickle.dumps(obj, protocol)), obj)
    assert_same(copy.copy(obj), obj)
    assert_same(copy.deepcopy(obj), obj)


def test_rebuilt_objects_stay_frozen() -> None:
    article = pickle.loads(pickle.dumps(parsed()[0]))
    with pytest.raises(attrs.exceptions.FrozenInstanceError):
        article.headline = "x"  # type: ignore[misc]
    with pytest.raises(attrs.exceptions.FrozenInstanceError):
        article.segments[0].span.start = 1  # type: ignore[misc]


@attrs.frozen
class Tagged(Article):
    """A subclass with a field of its own: it pickles attrs' way, field and class kept."""

    tag: str = "x"


@attrs.frozen
class Wide(Span):
    """A Span subclass, likewise."""

    width: int = 0


def test_subclasses_pickle_their_own_way() -> None:
    article = Tagged(source="Hi", segments=(Segment("body", Span(0, 2)),), tag="mine")
    for protocol in PROTOCOLS:
        assert_same(pickle.loads(pickle.dumps(article, protocol)), article)
        assert_same(pickle.loads(pickle.dumps(Wide(1, 2, 5), protocol)), Wide(1, 2, 5))
    assert_same(copy.deepcopy(article), article)


def test_a_pickle_of_another_form_is_refused() -> None:
    packed = model._pack_article(parsed()[0])
    with pytest.raises(ValueError, match="another version of newsparse"):
        model._rebuild_article((packed[0] + 1, *packed[1:]))


def test_the_rebuild_functions_are_module_level_names() -> None:
    """A pickle names them: they must stay importable where they are."""
    reduced = parsed()[0].__reduce_ex__(pickle.DEFAULT_PROTOCOL)
    assert reduced[0] is model._rebuild_article
    assert Span(1, 2).__reduce_ex__(2)[0] is model._rebuild
    assert b"newsparse.model" in pickle.dumps(Article("", ()))


def test_dates_and_times_survive() -> None:
    when = dt.datetime(2026, 3, 3, 12, 30, tzinfo=dt.timezone.utc)
    byline = Byline("By A", Span(0, 1), published=dt.date(2026, 3, 3))
    article = Article("x", (), published=when, byline=byline)
    assert_same(pickle.loads(pickle.dumps(article)), article)
