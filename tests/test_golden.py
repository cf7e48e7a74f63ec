"""Golden-file tests: each ``tests/golden/NAME.txt`` is parsed and compared with the
hand-written expectations in ``NAME.expected.json`` (invented articles in the shapes of
real wire, web and newspaper copy)."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path
from typing import Any

import pytest

import newsparse

GOLDEN = Path(__file__).parent / "golden"
CASES = sorted(p.stem for p in GOLDEN.glob("*.txt"))


def summary(article: newsparse.Article) -> dict[str, Any]:
    d = article.dateline
    return {
        "headline": article.headline,
        "authors": list(article.authors),
        "byline_outlet": None if article.byline is None else article.byline.outlet,
        "dateline": None if d is None else {
            "location": d.location, "month": d.month, "day": d.day,
            "date": None if d.date is None else d.date.isoformat(), "agency": d.agency},
        "published": None if article.published is None else article.published.isoformat(),
        "photos": [{"caption": p.caption,
                    "names": list(p.credit.names) if p.credit else [],
                    "agency": p.credit.agency if p.credit else None} for p in article.photos],
        "boilerplate": [[b.kind, b.text] for b in article.boilerplate],
        "paragraphs": len(article.paragraphs),
    }


@pytest.mark.parametrize("name", CASES)
def test_golden(name: str) -> None:
    source = (GOLDEN / f"{name}.txt").read_text(encoding="utf-8")
    expected = json.loads((GOLDEN / f"{name}.expected.json").read_text(encoding="utf-8"))
    ref = expected.pop("reference_date", None)
    article = newsparse.parse(source, reference_date=dt.date.fromisoformat(ref) if ref else None)
    got = summary(article)
    body_first, body_last = expected.pop("body_first"), expected.pop("body_last")
    assert got == expected
    assert article.paragraphs[0].text.startswith(body_first)
    assert article.paragraphs[-1].text.endswith(body_last)
    assert "".join(s.span.slice(source) for s in article.segments) == source


def test_every_case_has_expectations() -> None:
    assert CASES, "no golden files found"
    for name in CASES:
        assert (GOLDEN / f"{name}.expected.json").exists(), name
