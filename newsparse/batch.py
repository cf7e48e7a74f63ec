"""Many articles at once: :func:`parse_many`, an ordered, streaming generator.

``parse_many`` takes any iterable of texts or records and yields one result per item, in
the input's order, as soon as it is ready: an :class:`~newsparse.Article`, or a
:class:`ParseFailure` in the place of an item that could not be parsed (a record without
text, bytes that are not text, anything else that is not an article).  A bad item never
stops the run.

With ``workers > 1`` the items are parsed in a pool of processes.  The input is read
lazily and only a bounded number of items is ever in flight (``workers * IN_FLIGHT_CHUNKS``
chunks of ``chunk_size``), so memory stays flat however long the stream is, and a consumer
that stops early stops the pool.

The same function parses one partition of a distributed collection::

    import dask.bag as db
    bag = db.read_text("news/*.jsonl").map(json.loads)
    articles = bag.map_partitions(parse_partition)                        # Dask
    rdd.mapPartitions(parse_partition)                                    # Spark

``parse_partition`` returns ``{"id", "article": Article.to_dict()}`` (or
``ParseFailure.to_dict()``) per record, so that the results are plain data that any engine
can ship and store.
"""

from __future__ import annotations

import collections
import concurrent.futures
import datetime as dt
import gc
import itertools
import multiprocessing
from collections.abc import Callable, Generator, Iterable, Iterator, Mapping
from typing import Any, TypeVar, Union, overload

import attrs

from .errors import InputTypeError
from .loading import decode
from .model import Article
from .pipeline import ArticleParser
from .policy import Policy

__all__ = [
    "IN_FLIGHT_CHUNKS",
    "BadRecord",
    "ParseFailure",
    "Result",
    "parse_many",
    "parse_partition",
    "parse_records",
]

#: How many chunks per worker may be in flight at once: enough to keep every worker busy
#: while the oldest chunk's results are handed out, few enough to keep memory flat.
IN_FLIGHT_CHUNKS = 4


@attrs.frozen
class ParseFailure:
    """What :func:`parse_many` yields in the place of an item it could not parse.

    ``index`` is the item's position in the input (from 0), ``id`` the record's id when it
    has one, ``error`` the name of the exception's class and ``message`` what it said.
    """

    index: int
    id: Any
    error: str
    message: str

    def to_dict(self) -> dict[str, Any]:
        """JSON-ready form: ``{"index", "id", "error": {"type", "message"}}``."""
        return {"index": self.index, "id": self.id, "error": {"type": self.error, "message": self.message}}


@attrs.frozen
class BadRecord:
    """An item that stands for a record its reader could not read (a line that is not JSON,
    say): :func:`parse_many` yields a :class:`ParseFailure` with ``error="BadRecord"`` and
    this ``message`` in its place, so that the results stay one per input record."""

    message: str
    id: Any = None


#: One result of :func:`parse_many`.
Result = Union[Article, ParseFailure]  # noqa: UP007 - a runtime alias, kept for Python 3.10

#: What a ``then`` function makes of an article.
T = TypeVar("T")

# An item as it travels to a worker: its index, its id, and its text (a str, bytes to
# decode, or a ParseFailure already decided when the record was read).
_Job = tuple[int, Any, "str | bytes | ParseFailure"]


_Future = concurrent.futures.Future[list[Any]]


def _failure(index: int, ident: Any, error: BaseException) -> ParseFailure:
    return ParseFailure(index, ident, type(error).__name__, str(error))


def _job(index: int, item: Any, text_field: str, id_field: str) -> _Job:
    """What the worker needs of ``item``; a failure when the item holds no text."""
    if isinstance(item, (str, bytes)):
        return index, None, item
    if isinstance(item, BadRecord):
        return index, item.id, ParseFailure(index, item.id, "BadRecord", item.message)
    if isinstance(item, Mapping):
        ident = item.get(id_field)
        text = item.get(text_field)
        if isinstance(text, (str, bytes)):
            return index, ident, text
        what = "no" if text is None else f"a {type(text).__name__} in its"
        return index, ident, ParseFailure(index, ident, InputTypeError.__name__,
                                          f"the record has {what} {text_field!r} field, not text")
    return index, None, ParseFailure(index, None, InputTypeError.__name__,
                                     f"an item must be a str, bytes or a mapping, not {type(item).__name__}")


def _parse_job(parser: ArticleParser, job: _Job, language: str | None,
               reference_date: dt.date | None, policy: Policy,
               then: Callable[[Article], Any] | None = None) -> Any:
    index, ident, text = job
    if isinstance(text, ParseFailure):
        return text
    try:
        if isinstance(text, bytes):
            text = decode(text, name=f"<item {index}>", policy=policy)[0]
        article = parser.parse(text, language=language, reference_date=reference_date)
        return article if then is None else then(article)
    except Exception as e:
        # bytes that are not text, a defect the policy raises (NewsparseError), a ``then``
        # that fails, or a bug: each costs its own item, never the run
        return _failure(index, ident, e)


# ------------------------------------------------------------------ the worker processes

_worker_state: dict[str, Any] = {}

# A short article that makes a parser load everything it loads lazily (the entity parser's
# gazetteers and tables, the language profiles).
_WARM_UP = (
    "Storm closes port in Lisbon\n\nBy Jane Doe\n\nLISBON, March 3 (Reuters) - Portugal's "
    "President Marcelo Rebelo de Sousa said on Monday that the port would reopen. \"We are ready,\" "
    "said Ana Costa, a spokeswoman for the Lisbon port authority.")


def _init_worker(parser: ArticleParser, language: str | None, reference_date: dt.date | None,
                 policy: Policy, then: Callable[[Article], Any] | None) -> None:
    _worker_state.update(parser=parser, language=language, reference_date=reference_date, policy=policy,
                         then=then)


def _parse_chunk(jobs: list[_Job]) -> list[Any]:
    # The results travel back pickled, and the parent unpickles every one on the cores the
    # workers parse on: that is why an Article pickles packed (Article.__reduce_ex__, in
    # model.py), cheap to make and cheaper to unpickle than attrs' way.
    s = _worker_state
    return [_parse_job(s["parser"], job, s["language"], s["reference_date"], s["policy"], s["then"])
            for job in jobs]


# ------------------------------------------------------------------ the public functions


@overload
def parse_many(
    items: Iterable[Any], workers: int | None = None, *, text_field: str = "text", id_field: str = "id",
    language: str | None = None, reference_date: dt.date | None = None, parser: ArticleParser | None = None,
    policy: Policy | None = None, chunk_size: int = 8, then: None = None,
) -> Generator[Result, None, None]: ...


@overload
def parse_many(
    items: Iterable[Any], workers: int | None = None, *, text_field: str = "text", id_field: str = "id",
    language: str | None = None, reference_date: dt.date | None = None, parser: ArticleParser | None = None,
    policy: Policy | None = None, chunk_size: int = 8, then: Callable[[Article], T],
) -> Generator[T | ParseFailure, None, None]: ...


def parse_many(
    items: Iterable[Any],
    workers: int | None = None,
    *,
    text_field: str = "text",
    id_field: str = "id",
    language: str | None = None,
    reference_date: dt.date | None = None,
    parser: ArticleParser | None = None,
    policy: Policy | None = None,
    chunk_size: int = 8,
    then: Callable[[Article], Any] | None = None,
) -> Generator[Any, None, None]:
    """Parse every item of ``items``; yield an :class:`Article` or a :class:`ParseFailure`
    for each, in order, as the results come.

    An item is a ``str`` (the text), ``bytes`` (decoded as :func:`newsparse.load` decodes a
    file, by ``policy``), a mapping with the text under ``text_field`` (str or bytes) and
    its id under ``id_field``, or a :class:`BadRecord`.  ``workers``: ``None`` or 1 parses in
    this process; ``N > 1`` in a pool of N processes (each gets a copy of ``parser``, which must pickle: every
    :class:`ArticleParser` does, subclasses too when their own attributes do).
    ``language`` and ``reference_date`` apply to every item (see :func:`newsparse.parse`).
    ``chunk_size`` items travel to a worker together (fewer, and the messages cost this
    process more than their articles' unpickling; many more, and the last chunks keep one
    worker busy while the others wait).

    ``then``: a function of an article, called where the article is parsed (in the worker,
    with a pool), whose result is yielded in the article's place: what only a part of each
    article is wanted for (``then=lambda a: a.to_dict()``, a row of a table), it spares
    sending every article whole to this process, which is the larger part of this process's
    work.  An exception it raises gives that item's :class:`ParseFailure`.  Where worker
    processes are spawned rather than forked (not on Linux), it must pickle: a function
    defined at a module's top level.

    Raises :class:`~newsparse.InputTypeError` at once for a bad argument (never for a bad
    item).  To keep the records' ids with the results, see :func:`parse_records`.
    """
    return (result for _, result in _records(
        items, workers, text_field, id_field, language, reference_date, parser, policy, chunk_size, then))


@overload
def parse_records(
    items: Iterable[Any], workers: int | None = None, *, text_field: str = "text", id_field: str = "id",
    language: str | None = None, reference_date: dt.date | None = None, parser: ArticleParser | None = None,
    policy: Policy | None = None, chunk_size: int = 8, then: None = None,
) -> Generator[tuple[Any, Result], None, None]: ...


@overload
def parse_records(
    items: Iterable[Any], workers: int | None = None, *, text_field: str = "text", id_field: str = "id",
    language: str | None = None, reference_date: dt.date | None = None, parser: ArticleParser | None = None,
    policy: Policy | None = None, chunk_size: int = 8, then: Callable[[Article], T],
) -> Generator[tuple[Any, T | ParseFailure], None, None]: ...


def parse_records(
    items: Iterable[Any],
    workers: int | None = None,
    *,
    text_field: str = "text",
    id_field: str = "id",
    language: str | None = None,
    reference_date: dt.date | None = None,
    parser: ArticleParser | None = None,
    policy: Policy | None = None,
    chunk_size: int = 8,
    then: Callable[[Article], Any] | None = None,
) -> Generator[tuple[Any, Any], None, None]:
    """:func:`parse_many`, each result paired with its record's id: ``(id, result)``; the id
    is ``None`` for a str or bytes item and for a record without one."""
    return _records(items, workers, text_field, id_field, language, reference_date, parser, policy,
                    chunk_size, then)


def _records(items: Iterable[Any], workers: int | None, text_field: str, id_field: str, language: str | None,
             reference_date: dt.date | None, parser: ArticleParser | None, policy: Policy | None,
             chunk_size: int, then: Callable[[Article], Any] | None
             ) -> Generator[tuple[Any, Any], None, None]:
    """:func:`parse_records` (one body for both of its typed forms and for :func:`parse_many`)."""
    if isinstance(items, (str, bytes, Mapping)):
        raise InputTypeError("parse_many() takes an iterable of items; for one text call parse()")
    if not isinstance(items, Iterable):
        raise InputTypeError(f"parse_many() takes an iterable, not {type(items).__name__}")
    if workers is not None and (not isinstance(workers, int) or isinstance(workers, bool) or workers < 1):
        raise InputTypeError(f"workers must be None or an int of 1 or more, not {workers!r}")
    if not isinstance(chunk_size, int) or isinstance(chunk_size, bool) or chunk_size < 1:
        raise InputTypeError(f"chunk_size must be an int of 1 or more, not {chunk_size!r}")
    if parser is not None and not isinstance(parser, ArticleParser):
        raise InputTypeError(f"parser must be an ArticleParser, not {type(parser).__name__}")
    if policy is not None and not isinstance(policy, Policy):
        raise InputTypeError(f"policy must be a Policy, not {type(policy).__name__}")
    if then is not None and not callable(then):
        raise InputTypeError(f"then must be a function of an Article, not {type(then).__name__}")
    the_parser = parser if parser is not None else ArticleParser()
    the_policy = policy or the_parser.policy
    jobs = (_job(i, item, text_field, id_field) for i, item in enumerate(items))
    if workers is None or workers == 1:
        return ((job[1], _parse_job(the_parser, job, language, reference_date, the_policy, then))
                for job in jobs)
    return _in_pool(jobs, workers, chunk_size, (the_parser, language, reference_date, the_policy, then))


def _in_pool(jobs: Iterator[_Job], workers: int, chunk_size: int,
             initargs: tuple[Any, ...]) -> Generator[tuple[Any, Any], None, None]:
    """The results of ``jobs`` from a pool of ``workers`` processes, in order, with at most
    ``workers * IN_FLIGHT_CHUNKS`` chunks submitted and not yet handed out."""
    # fork where the platform has it, after one parse here: the workers then start with the
    # vocabularies, gazetteers and language profiles loaded, and share their memory pages
    # with this process instead of loading copies of their own
    forking = "fork" in multiprocessing.get_all_start_methods()
    context = multiprocessing.get_context("fork" if forking else None)
    pool = concurrent.futures.ProcessPoolExecutor(workers, mp_context=context, initializer=_init_worker,
                                                  initargs=initargs)
    if forking:
        initargs[0].parse(_WARM_UP)
        # The workers fork on the first submission.  Objects frozen then stay frozen in
        # them: their garbage collector never walks what they inherit, which would write
        # to every object and so copy every shared page.  This process unfreezes at once.
        gc.freeze()
        try:
            pool.submit(_started).result()
        finally:
            gc.unfreeze()
    # each submitted chunk: its records' ids, and the future of its results
    pending: collections.deque[tuple[list[Any], _Future]] = collections.deque()
    limit = workers * IN_FLIGHT_CHUNKS
    try:
        while True:
            chunk = list(itertools.islice(jobs, chunk_size))
            if chunk:
                pending.append(([job[1] for job in chunk], pool.submit(_parse_chunk, chunk)))
            if pending and (len(pending) >= limit or not chunk):
                ids, future = pending.popleft()
                yield from zip(ids, future.result(), strict=True)
            elif not chunk:
                return
    finally:
        for _, future in pending:
            future.cancel()
        pool.shutdown(wait=True, cancel_futures=True)


def _started() -> None:
    """Nothing: submitted once to make the pool fork its workers at a chosen moment."""


def parse_partition(records: Iterable[Any], *, text_field: str = "text", id_field: str = "id",
                    language: str | None = None, reference_date: dt.date | None = None,
                    parser: ArticleParser | None = None) -> list[dict[str, Any]]:
    """Parse one partition of a distributed collection (Dask's ``map_partitions``, Spark's
    ``mapPartitions``), in this process: one plain ``dict`` per record, in order:
    ``{"id": ..., "article": Article.to_dict()}`` or ``ParseFailure.to_dict()``.  A list,
    not a generator, because the engines ship a partition's result between processes."""
    rows: list[dict[str, Any]] = []
    for ident, result in parse_records(records, None, text_field=text_field, id_field=id_field,
                                       language=language, reference_date=reference_date, parser=parser):
        rows.append(result.to_dict() if isinstance(result, ParseFailure)
                    else {"id": ident, "article": result.to_dict()})
    return rows
