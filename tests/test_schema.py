"""The JSON Schema of ``Article.to_dict()``: every parse validates against it.

``jsonschema`` is a test dependency only; the schema itself is a plain dict built by
:mod:`newsparse.schema`.  The check over the scorer's robustness stories runs when
``../shared`` is beside the project and is skipped otherwise.
"""

from __future__ import annotations

import datetime as dt
import gzip
import json
from pathlib import Path
from typing import Any

import pytest
from hypothesis import given
from test_pipeline_properties import any_text, articles, reference_dates

import newsparse
from newsparse import Article, BoilerplateParser, EntityKind
from newsparse.cli import example_text
from newsparse.schema import AUTHOR_KINDS, BOILERPLATE_KINDS, QUOTE_KINDS, SEGMENT_KINDS

jsonschema = pytest.importorskip("jsonschema")

ROBUSTNESS = Path(__file__).resolve().parents[2] / "shared" / "eval" / "dev" / "stories.jsonl.gz"


@pytest.fixture(scope="module")
def validator() -> Any:
    schema = newsparse.schema()
    jsonschema.Draft202012Validator.check_schema(schema)
    return jsonschema.Draft202012Validator(schema, format_checker=jsonschema.FormatChecker())


def errors(validator: Any, article: Article) -> list[str]:
    """The schema's complaints about ``article``, after a trip through JSON text."""
    data = json.loads(json.dumps(article.to_dict()))
    return [f"{list(e.absolute_path)}: {e.message}" for e in validator.iter_errors(data)]


def test_schema_is_a_strict_draft_2020_12_schema() -> None:
    schema = newsparse.schema()
    assert schema["$schema"] == "https://json-schema.org/draft/2020-12/schema"
    assert schema["additionalProperties"] is False
    assert set(schema["required"]) == set(schema["properties"])
    for name, definition in schema["$defs"].items():
        if definition.get("type") == "object":
            assert definition["additionalProperties"] is False, name
            assert set(definition["required"]) == set(definition["properties"]), name
    assert schema["$defs"]["Segment"]["properties"]["kind"]["enum"] == list(SEGMENT_KINDS)
    assert schema["$defs"]["Entity"]["properties"]["kind"]["enum"] == [k.value for k in EntityKind]


def test_schema_returns_a_fresh_copy() -> None:
    mine = newsparse.schema()
    mine["$defs"].clear()
    assert newsparse.schema()["$defs"]


def test_schema_keys_are_the_keys_of_to_dict(validator: Any) -> None:
    article = newsparse.parse(example_text())
    data = article.to_dict()
    assert set(data) == set(newsparse.schema()["properties"])
    assert errors(validator, article) == []


def test_kind_lists_match_the_parsers() -> None:
    # Every boilerplate kind the parser knows has a length limit; the schema lists them all.
    assert set(BoilerplateParser.LEAD_MAX) <= set(BOILERPLATE_KINDS)
    assert "person" in AUTHOR_KINDS and "desk" in AUTHOR_KINDS
    assert set(QUOTE_KINDS) == {"direct", "partial"}


@pytest.mark.parametrize("broken", [
    lambda d: d.update(extra=1),
    lambda d: d.pop("segments"),
    lambda d: d["segments"][0].update(kind="sidebar"),
    lambda d: d["segments"][0].update(span=[0, -1]),
    lambda d: d["segments"][0].update(span=[0, 1.5]),
    lambda d: d["segments"][0].update(span=[0, 1, 2]),
    lambda d: d["entities"][0].update(kind="PER"),
    lambda d: d["quotes"][0].update(kind="indirect"),
    lambda d: d["dateline"].update(month=13),
    lambda d: d["dateline"].update(date="March 3"),
    lambda d: d.update(published="yesterday"),
    lambda d: d["byline"]["authors"][0].pop("role"),
    lambda d: d.update(language="English"),
])
def test_schema_rejects_what_to_dict_never_writes(validator: Any, broken: Any) -> None:
    data = json.loads(json.dumps(newsparse.parse(example_text()).to_dict()))
    assert list(validator.iter_errors(data)) == []
    broken(data)
    assert list(validator.iter_errors(data)) != []


def test_dates_and_times_validate(validator: Any) -> None:
    article = newsparse.parse("Title\n\nLONDON, Jan 5 (Reuters) - Rain.", reference_date=dt.date(2026, 1, 9))
    assert article.dateline is not None and article.dateline.date == dt.date(2026, 1, 5)
    timed = Article.from_dict({**article.to_dict(), "published": "2026-01-05T10:30:00+01:00"})
    assert isinstance(timed.published, dt.datetime)
    assert errors(validator, timed) == []


@given(any_text)
def test_any_parse_validates_and_round_trips(validator: Any, text: str) -> None:
    article = newsparse.parse(text)
    assert errors(validator, article) == []
    assert Article.from_dict(json.loads(json.dumps(article.to_dict()))) == article


@given(articles(), reference_dates)
def test_realistic_articles_validate_and_round_trip(validator: Any, text: str,
                                                   reference_date: dt.date | None) -> None:
    article = newsparse.parse(text, reference_date=reference_date)
    assert errors(validator, article) == []
    data = json.loads(json.dumps(article.to_dict()))
    assert Article.from_dict(data) == article
    assert Article.from_dict(data).to_dict() == data


@pytest.mark.skipif(not ROBUSTNESS.exists(), reason="../shared/eval is not beside the project")
def test_every_robustness_story_validates(validator: Any) -> None:
    failed: list[str] = []
    count = 0
    with gzip.open(ROBUSTNESS, "rt", encoding="utf-8") as lines:
        for line in lines:
            record = json.loads(line)
            count += 1
            problems = errors(validator, newsparse.parse(record["text"]))
            if problems:
                failed.append(f"{record['id']}: {problems[0]}")
    assert count > 0
    assert failed == [], f"{len(failed)} of {count} stories do not validate: {failed[:5]}"
