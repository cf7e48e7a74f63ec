"""``newsparse.to_records``: flat rows for data frames, one kind of row at a time."""

from __future__ import annotations

import json
from typing import Any

import attrs
import pytest
from hypothesis import given
from test_pipeline_properties import any_text

import newsparse
from newsparse import Article
from newsparse.cli import example_text
from newsparse.records import COLUMNS, KINDS

STORY = (
    "Harbour ferry resumes after storm\n\n"
    "By Lena Torvik and Ade Okafor, Reuters\n\n"
    "BERGEN, Jan 12 (Reuters) - The harbour ferry ran again on Monday after a storm closed\n"
    "the route for two days.\n\n"
    "\"We are glad to be back,\" said the ferry's captain, Jonas Hegg.\n\n"
    "Reporting by Lena Torvik; Editing by Mark Dale\n"
)


@pytest.fixture(scope="module")
def story() -> Article:
    return newsparse.parse(STORY)


@pytest.fixture(scope="module")
def example() -> Article:
    return newsparse.parse(example_text())


def flat(value: Any) -> bool:
    return value is None or isinstance(value, (str, int))


@pytest.mark.parametrize("kind", KINDS)
def test_rows_are_flat_with_the_documented_columns(kind: str, story: Article, example: Article) -> None:
    rows = newsparse.to_records([story, example], kind)  # type: ignore[arg-type]
    assert rows, kind
    for row in rows:
        assert tuple(row) == COLUMNS[kind]
        assert all(flat(v) for v in row.values()), row
        assert row["article"] in (0, 1) and row["article_id"] is None
    json.dumps(rows)  # JSON-ready as well


def test_quote_rows(story: Article) -> None:
    [row] = newsparse.to_records([story], "quotes")
    quote = story.quotes[0]
    assert row["text"] == quote.text == "We are glad to be back,"
    assert STORY[row["start"]:row["end"]] == quote.span.slice(STORY)
    assert row["speaker"] == "Jonas Hegg" and row["cue"] == "said" and row["kind"] == "direct"
    assert STORY[row["cue_start"]:row["cue_end"]] == "said"
    assert row["paragraph"] == 1
    assert story.paragraphs[1].span.start <= row["start"] < story.paragraphs[1].span.end


def test_entity_and_mention_rows(story: Article) -> None:
    entities = newsparse.to_records([story], "entities")
    mentions = newsparse.to_records([story], "mentions")
    assert [r["name"] for r in entities] == [e.name for e in story.entities]
    assert sum(r["mentions"] for r in entities) == len(mentions)
    for row in mentions:
        assert STORY[row["start"]:row["end"]] == row["text"]
        assert entities[row["entity"]]["name"] == row["name"]
    hegg = next(r for r in entities if r["name"] == "Jonas Hegg")
    assert hegg["kind"] == "PERSON"
    assert STORY[hegg["first_start"]:hegg["first_end"]] == "Jonas Hegg"


def test_article_and_author_rows(story: Article) -> None:
    [row] = newsparse.to_records([story], "articles")
    assert row["headline"] == "Harbour ferry resumes after storm"
    assert row["authors"] == "Lena Torvik; Ade Okafor"
    assert row["dateline_location"] == "BERGEN" and row["agency"] == "Reuters"
    assert row["language"] == "en" and row["chars"] == len(STORY)
    assert row["quotes"] == len(story.quotes) and row["paragraphs"] == len(story.paragraphs)
    authors = newsparse.to_records([story], "authors")
    assert [a["name"] for a in authors] == ["Lena Torvik", "Ade Okafor"]
    assert all(a["outlet"] == "Reuters" for a in authors)


def test_authors_from_credits_when_there_is_no_byline() -> None:
    parsed = newsparse.parse("Talks end\n\nThe talks ended on Friday.\n")
    article = attrs.evolve(parsed, authors=("Jane Doe", "John Roe"))
    rows = newsparse.to_records([article], "authors")
    assert [r["name"] for r in rows] == ["Jane Doe", "John Roe"]
    assert all(r["start"] is None for r in rows)


def test_mapping_gives_article_ids(story: Article, example: Article) -> None:
    rows = newsparse.to_records({"ferry": story, "trams": example}, "articles")
    assert [(r["article"], r["article_id"]) for r in rows] == [(0, "ferry"), (1, "trams")]


def test_generator_input_and_no_articles(story: Article) -> None:
    assert newsparse.to_records((a for a in [story]), "segments")
    assert newsparse.to_records([], "quotes") == []


def test_bad_arguments(story: Article) -> None:
    with pytest.raises(ValueError, match="unknown kind"):
        newsparse.to_records([story], "sentences")  # type: ignore[arg-type]
    with pytest.raises(TypeError):
        newsparse.to_records(["not an article"])  # type: ignore[list-item]


def test_pandas_data_frame(story: Article, example: Article) -> None:
    pandas = pytest.importorskip("pandas")
    frame = pandas.DataFrame(newsparse.to_records([story, example], "quotes"))
    assert list(frame.columns) == list(COLUMNS["quotes"])
    assert len(frame) == len(story.quotes) + len(example.quotes)


@given(any_text)
def test_any_parse_flattens(text: str) -> None:
    article = newsparse.parse(text)
    for kind in KINDS:
        for row in newsparse.to_records([article], kind):  # type: ignore[arg-type]
            assert tuple(row) == COLUMNS[kind]
            if row.get("start") is not None and kind != "authors":
                assert 0 <= row["start"] <= row["end"] <= len(text)
