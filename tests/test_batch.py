"""``newsparse.parse_many`` and friends: ordered, streaming, one result per item."""

from __future__ import annotations

import datetime as dt
import functools
import itertools
import multiprocessing
import os
import pickle
import subprocess
import sys
import threading
import time
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import newsparse
from newsparse import Article, BadRecord, ParseFailure, parse_many, parse_partition, parse_records
from newsparse.batch import IN_FLIGHT_CHUNKS
from newsparse.cli import example_text

STORY = "Harbour reopens\n\nBy Ana Ruiz\n\nVALPARAISO, March 3 (Reuters) - The port reopened on Monday."


def _story(i: int) -> str:
    return f"Story number {i}\n\nBy Jane Doe\n\nLONDON (Reuters) - Rain fell on {i} towns, officials said."


def test_results_are_the_parses_in_order() -> None:
    texts = [_story(i) for i in range(6)]
    assert list(parse_many(texts)) == [newsparse.parse(t) for t in texts]


def test_two_workers_give_what_one_gives() -> None:
    texts = [_story(i) for i in range(30)] + [example_text(), STORY]
    assert list(parse_many(texts, workers=2, chunk_size=3)) == list(parse_many(texts))


def test_articles_from_the_workers_are_the_parses() -> None:
    """Articles come back from the workers pickled in their packed form (model.py): equal,
    of the same classes, with the same JSON form."""
    golden = Path(__file__).parent / "golden"
    texts = [p.read_text(encoding="utf-8") for p in sorted(golden.glob("*.txt"))] + [example_text(), STORY]
    expected = [newsparse.parse(t) for t in texts]
    got = list(parse_many(texts, workers=2, chunk_size=2))
    assert got == expected
    assert all(type(a) is Article for a in got)
    assert any(a.entities and a.quotes for a in got)
    assert [a.to_dict() for a in got] == [a.to_dict() for a in expected]


def _quotes_and_headline(article: Article) -> tuple[str | None, int]:
    # at module level: a ``then`` for a pool must pickle where workers are spawned
    if article.headline == "Explode":
        raise ValueError("no such headline")
    return article.headline, len(article.quotes)


@pytest.mark.parametrize("workers", [None, 2])
def test_then_is_applied_to_each_article_where_it_is_parsed(workers: int | None) -> None:
    texts = [_story(i) for i in range(12)] + ["Explode\n\nBy Jane Doe\n\nIt did.", b"\xff\xfe\x00", STORY]
    got = list(parse_many(texts, workers=workers, chunk_size=3, then=_quotes_and_headline))
    assert got[:12] == [_quotes_and_headline(newsparse.parse(t)) for t in texts[:12]]
    assert isinstance(got[12], ParseFailure) and got[12].error == "ValueError" and got[12].index == 12
    assert isinstance(got[13], ParseFailure)  # bytes that are not text: as without ``then``
    assert got[14] == ("Harbour reopens", 0)
    ids = [ident for ident, _ in parse_records(({"id": f"r{i}", "text": t} for i, t in enumerate(texts[:3])),
                                               workers, then=_quotes_and_headline)]
    assert ids == ["r0", "r1", "r2"]


def test_records_bytes_and_bad_items_each_get_one_result() -> None:
    items: list[Any] = [
        {"id": "a", "text": STORY},
        {"id": "b", "text": STORY.encode("utf-16")},  # bytes with a BOM: decoded as load() does
        {"id": "c"},  # no text
        {"id": "d", "text": 42},  # not text
        None,  # not a record
        b"\x81\x8d\x90",  # not text in UTF-8 nor cp1252
        BadRecord("line 7 is not JSON", id="g"),
        STORY,
    ]
    for workers in (None, 2):
        results = list(parse_records(items, workers))
        assert [ident for ident, _ in results] == ["a", "b", "c", "d", None, None, "g", None]
        kinds = [type(r).__name__ for _, r in results]
        assert kinds == ["Article", "Article", "ParseFailure", "ParseFailure", "ParseFailure", "ParseFailure",
                         "ParseFailure", "Article"]
        assert results[0][1] == results[1][1] == results[7][1] == newsparse.parse(STORY)
        failures = [r for _, r in results if isinstance(r, ParseFailure)]
        assert [f.index for f in failures] == [2, 3, 4, 5, 6]
        assert [f.error for f in failures] == ["InputTypeError", "InputTypeError", "InputTypeError",
                                              "DecodeError", "BadRecord"]
        assert failures[0].id == "c" and "'text'" in failures[0].message
        assert failures[4].message == "line 7 is not JSON"


def test_options_reach_every_item() -> None:
    text = "PARIS, March 3 (Reuters) - Rain fell."
    expected = newsparse.parse(text, language="fr", reference_date=dt.date(2020, 1, 1))
    got = list(parse_many([text, {"text": text}], language="fr", reference_date=dt.date(2020, 1, 1)))
    assert got == [expected, expected]
    assert expected.language == "fr"
    assert expected.dateline is not None and expected.dateline.date == dt.date(2020, 3, 3)


def test_other_text_and_id_fields() -> None:
    [(ident, article)] = parse_records([{"key": 9, "body": STORY}], text_field="body", id_field="key")
    assert ident == 9 and isinstance(article, Article) and article.source == STORY


class _Counting:
    """An endless stream of stories that counts how many were taken."""

    def __init__(self) -> None:
        self.taken = 0

    def __iter__(self) -> Iterator[str]:
        for i in itertools.count():
            self.taken += 1
            yield _story(i)


@pytest.mark.parametrize("workers", [None, 2])
def test_the_input_is_read_lazily_and_boundedly(workers: int | None) -> None:
    stream = _Counting()
    chunk = 2
    results = parse_many(stream, workers, chunk_size=chunk)
    assert stream.taken == 0  # nothing is read before the first result is asked for
    first = list(itertools.islice(results, 5))
    assert [a.headline for a in first if isinstance(a, Article)] == [f"Story number {i}" for i in range(5)]
    in_flight = 0 if workers is None else workers * IN_FLIGHT_CHUNKS * chunk + chunk
    assert stream.taken <= 5 + in_flight
    results.close()  # stops the pool; an endless input is no problem


@pytest.mark.parametrize("bad", [
    {"workers": 0}, {"workers": -1}, {"workers": 1.5}, {"workers": True}, {"chunk_size": 0},
    {"parser": "not a parser"}, {"policy": "strict"}, {"then": "to_dict"},
])
def test_bad_arguments_raise_at_once(bad: dict[str, Any]) -> None:
    with pytest.raises(newsparse.InputTypeError):
        parse_many([STORY], **bad)


@pytest.mark.parametrize("items", ["one text", b"bytes", {"text": "a record"}, 42])
def test_a_single_text_or_a_non_iterable_is_refused(items: Any) -> None:
    with pytest.raises(newsparse.InputTypeError):
        parse_many(items)


class NoTail(newsparse.ArticleParser):
    """A house style without trailing boilerplate detection (at module level: it pickles)."""


def test_a_subclassed_parser_travels_to_the_workers() -> None:
    parser = NoTail()
    parser.processors.deregister("tail")
    text = STORY + "\n\nReporting by Ana Ruiz; Editing by Tom Brown"
    expected = parser.parse(text)
    assert expected.boilerplate == ()
    assert list(parse_many([text, text], workers=2, parser=parser)) == [expected, expected]


def test_partition_gives_plain_data_for_any_engine() -> None:
    rows = parse_partition([{"id": 1, "text": STORY}, {"id": 2}])
    assert rows[0] == {"id": 1, "article": newsparse.parse(STORY).to_dict()}
    assert rows[1]["id"] == 2 and rows[1]["error"]["type"] == "InputTypeError"
    assert Article.from_dict(rows[0]["article"]) == newsparse.parse(STORY)


def test_results_pickle() -> None:
    failure = ParseFailure(3, "x", "DecodeError", "bad bytes")
    assert pickle.loads(pickle.dumps(failure)) == failure
    article = newsparse.parse(example_text())
    assert pickle.loads(pickle.dumps(article)) == article


@settings(max_examples=40, deadline=None)
@given(st.lists(st.one_of(st.text(max_size=200), st.binary(max_size=60)), max_size=6))
def test_any_items_give_one_result_each_and_never_raise(items: list[str | bytes]) -> None:
    results = list(parse_many(items))
    assert len(results) == len(items)
    for item, result in zip(items, results, strict=True):
        if isinstance(item, str):
            assert result == newsparse.parse(item)
        else:
            assert isinstance(result, (Article, ParseFailure))


def test_a_pool_leaves_this_process_unfrozen() -> None:
    """The objects frozen while the workers fork (so that they share pages) are unfrozen
    here at once: the caller's garbage collection is left as it was."""
    import gc

    before = gc.get_freeze_count()
    texts = [f"Story {i}. The council met on Monday, officials said." for i in range(6)]
    results = list(parse_many(texts, workers=2, chunk_size=2))
    assert [r.source for r in results] == texts
    assert gc.get_freeze_count() == before


_TEST_PROCESS = os.getpid()


def _exit_in_a_worker(article: Article) -> str | None:
    """A ``then`` that ends the worker process parsing a story headed "Crash" (and nothing
    of the kind in this process, which parses some of the items itself)."""
    if article.headline == "Crash" and os.getpid() != _TEST_PROCESS:
        os._exit(3)
    return article.headline


def test_a_worker_that_dies_costs_only_the_items_it_held() -> None:
    records = [{"id": f"r{i}", "text": "Crash\n\nIt fell over." if i == 1 else _story(i)} for i in range(40)]
    results = list(parse_records(records, workers=2, chunk_size=4, then=_exit_in_a_worker))
    assert [ident for ident, _ in results] == [r["id"] for r in records]  # one each, in order
    failed = [ident for ident, r in results if isinstance(r, ParseFailure)]
    # the first chunks go to the worker process before this one parses any: the chunk with
    # the crash, and the one queued behind it, fail with the process; nothing else does
    assert failed[:4] == ["r0", "r1", "r2", "r3"]
    assert failed == [f"r{i}" for i in range(len(failed))] and len(failed) <= 8
    for ident, r in results[: len(failed)]:
        assert isinstance(r, ParseFailure) and r.error == "WorkerExited" and "exit code 3" in r.message
        assert r.id == ident
    # another worker process took its place, and the run went on
    assert [r for _, r in results[len(failed):]] == [f"Story number {i}" for i in range(len(failed), 40)]


def _lock(article: Article) -> Any:
    """A ``then`` whose result does not pickle."""
    return threading.Lock()


def _refuse() -> None:
    raise ValueError("not here")


class _OneWay:
    """A result that pickles but cannot be unpickled."""

    def __reduce__(self) -> tuple[Any, ...]:
        return _refuse, ()


def _one_way(article: Article) -> _OneWay:
    return _OneWay()


@pytest.mark.parametrize(("then", "made", "error", "said"), [
    (_lock, type(threading.Lock()), "TypeError", "could not be sent"),  # not pickled in the worker
    (_one_way, _OneWay, "ValueError", "not here"),  # not unpickled here
])
def test_a_result_that_cannot_travel_back_is_that_items_failure(
        then: Callable[[Article], Any], made: type, error: str, said: str) -> None:
    texts = [_story(i) for i in range(12)]
    results = list(parse_many(texts, workers=2, chunk_size=2, then=then))
    assert len(results) == len(texts)
    failed = [(i, r) for i, r in enumerate(results) if isinstance(r, ParseFailure)]
    assert failed  # the first chunks are the worker process's
    for i, r in failed:
        assert r.index == i and r.error == error and said in r.message
    # what this process parsed itself never travelled
    assert all(isinstance(r, made) for r in results if not isinstance(r, ParseFailure))


def _noted(path: str, article: Article) -> str:
    """A ``then`` that notes each headline it sees in a file and makes a result too big
    for a pipe's buffer."""
    with open(path, "a", encoding="utf-8") as f:
        f.write(article.headline + "\n")
    return article.headline * 100_000


@pytest.mark.skipif("fork" not in multiprocessing.get_all_start_methods(), reason="forks")
def test_a_worker_parses_on_while_its_results_wait_to_be_read(tmp_path: Path) -> None:
    """A worker process goes on to its next chunk while the results of the one before wait
    in the pipe for this process to read them (which it does between items it parses)."""
    from newsparse.batch import _serve

    context = multiprocessing.get_context("fork")
    job_reader, jobs = context.Pipe(duplex=False)
    results, result_writer = context.Pipe(duplex=False)
    noted = tmp_path / "parsed"
    then = functools.partial(_noted, str(noted))
    settings = (newsparse.ArticleParser(), None, None, newsparse.Policy(), then)
    worker = context.Process(target=_serve, args=(job_reader, result_writer, settings), daemon=True)
    worker.start()
    try:
        for n in (1, 2):
            jobs.send_bytes(pickle.dumps([(n, f"Chunk {n}\n\nIt rained.")]))
        deadline = time.monotonic() + 30
        while "Chunk 2" not in (noted.read_text() if noted.exists() else "") and time.monotonic() < deadline:
            time.sleep(0.05)
        # both chunks parsed, and nothing read yet
        assert noted.read_text().split("\n") == ["Chunk 1", "Chunk 2", ""]
        assert [pickle.loads(results.recv_bytes()) for _ in (1, 2)] == [["Chunk 1" * 100_000],
                                                                        ["Chunk 2" * 100_000]]
    finally:
        jobs.send_bytes(pickle.dumps(None))
        worker.join(30)
        if worker.is_alive():
            worker.terminate()
    assert worker.exitcode == 0


_KILLED_PARENT = """
import itertools, os, signal, newsparse
stories = (f"Story {i}\\n\\nLONDON (Reuters) - Rain fell on {i} towns." for i in itertools.count())
results = newsparse.parse_many(stories, workers=2)
for _ in itertools.islice(results, 40):
    pass
me = str(os.getpid())
kids = [p for p in os.listdir("/proc")
        if p.isdigit() and open(f"/proc/{p}/stat").read().rsplit(")", 1)[1].split()[1] == me]
print(" ".join(kids), flush=True)
os.kill(os.getpid(), signal.SIGKILL)
"""


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="reads /proc")
def test_workers_end_when_their_parent_is_killed() -> None:
    """A parent killed mid-run (no chance to stop its workers) leaves no worker behind."""
    # (the output read up to its first line only: a worker left behind would hold the pipe open)
    command = [sys.executable, "-c", _KILLED_PARENT]
    with subprocess.Popen(command, stdout=subprocess.PIPE, text=True) as parent:
        assert parent.stdout is not None
        kids = parent.stdout.readline().split()
        parent.wait(60)
    assert kids

    def running(pid: str) -> bool:  # (an exited process no one has reaped yet is a zombie, "Z")
        try:
            return Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()[0] != "Z"
        except OSError:
            return False

    deadline = time.monotonic() + 30
    while any(map(running, kids)) and time.monotonic() < deadline:
        time.sleep(0.05)
    assert not any(map(running, kids))
