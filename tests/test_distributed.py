"""The recipe for a cluster: ``parse_partition`` over a Dask bag of JSON Lines files, run
here on Dask's local schedulers (the same function serves Spark's ``mapPartitions``)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

import newsparse
from newsparse import Article, parse_partition

db = pytest.importorskip("dask.bag", reason="the dask extra is not installed: pip install newsparse[dask]")

TEXTS = [
    f"Story {i}\n\nBy Jane Doe\n\nLONDON, May {i + 1} (Reuters) - Rain fell on {i} towns, officials said."
    for i in range(9)
]


def _files(tmp_path: Path) -> str:
    for part in range(3):
        with (tmp_path / f"part-{part}.jsonl").open("w", encoding="utf-8") as f:
            for i in range(part * 3, part * 3 + 3):
                f.write(json.dumps({"id": i, "text": TEXTS[i]}) + "\n")
        (tmp_path / "bad.jsonl").write_text(json.dumps({"id": "x", "body": "no text field"}) + "\n")
    return str(tmp_path / "*.jsonl")


@pytest.mark.parametrize("scheduler", ["synchronous", "threads", "processes"])
def test_dask_bag_recipe(tmp_path: Path, scheduler: str) -> None:
    bag = db.read_text(_files(tmp_path)).map(json.loads)
    rows = bag.map_partitions(parse_partition).compute(scheduler=scheduler)
    by_id = {row["id"]: row for row in rows}
    assert sorted(by_id, key=str) == [*range(9), "x"]
    for i, text in enumerate(TEXTS):
        assert Article.from_dict(by_id[i]["article"]) == newsparse.parse(text)
    assert by_id["x"]["error"]["type"] == "InputTypeError"


def test_spark_style_map_partitions() -> None:
    """Spark hands ``mapPartitions`` an iterator per partition and wants an iterable back."""
    partitions = [iter([{"id": i, "text": t} for i, t in enumerate(TEXTS[:4])]), iter([])]
    out = [parse_partition(p) for p in partitions]
    assert [row["id"] for row in out[0]] == [0, 1, 2, 3] and out[1] == []
