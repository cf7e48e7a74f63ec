"""Many articles at once: :func:`parse_many`, an ordered, streaming generator.

``parse_many`` takes any iterable of texts or records and yields one result per item, in
the input's order, as soon as it is ready: an :class:`~newsparse.Article`, or a
:class:`ParseFailure` in the place of an item that could not be parsed (a record without
text, bytes that are not text, anything else that is not an article).  A bad item never
stops the run.

With ``workers > 1`` the items are parsed by ``workers`` processes at once: this one and
``workers - 1`` worker processes, to which chunks of ``chunk_size`` items go by pipes.
This process parses the next few items itself whenever the oldest chunk's results have not
come back yet, rather than wait for them; what it parses needs no pickling, no pipe and no
unpickling, which is the cost that a pool of processes adds to every article it sends.
The input is read lazily and only a bounded number of items is ever in flight (at most
``workers * IN_FLIGHT_CHUNKS`` chunks), so memory stays flat however long the stream is,
and a consumer that stops early stops the workers.  A worker process that dies (killed,
out of memory) costs the items of its chunks in flight, each yielded as a
:class:`ParseFailure` (``error="WorkerExited"``), and another takes its place.

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
import contextlib
import datetime as dt
import gc
import itertools
import multiprocessing
import multiprocessing.connection
import os
import pickle
import queue
import signal
import threading
from collections.abc import Callable, Generator, Iterable, Iterator, Mapping
from multiprocessing.connection import Connection
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

#: How many chunks per worker may be in flight at once (taken from the input and not yet
#: handed out): enough to keep every worker busy while the oldest chunk's results are handed
#: out, few enough to keep memory flat.
IN_FLIGHT_CHUNKS = 4

# Chunks sent to a worker process and not yet back: the one it parses and one waiting, so
# that it never waits for this process (which may be parsing a chunk of its own) to send
# the next.  More only lengthens the wait at the end of the input, when this process has
# nothing left to parse and the workers still have their queues to work through.
_QUEUED_PER_PROCESS = 2


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

# An item to parse: its index, its id, and its text (a str, bytes to decode, or a
# ParseFailure already decided when the record was read).
_Job = tuple[int, Any, "str | bytes | ParseFailure"]


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

# A short article that makes a parser load everything it loads lazily (the entity parser's
# gazetteers and tables, the language profiles).
_WARM_UP = (
    "Storm closes port in Lisbon\n\nBy Jane Doe\n\nLISBON, March 3 (Reuters) - Portugal's "
    "President Marcelo Rebelo de Sousa said on Monday that the port would reopen. \"We are ready,\" "
    "said Ana Costa, a spokeswoman for the Lisbon port authority.")

_STOP = pickle.dumps(None)


def _serve(jobs: Connection, results: Connection, settings: tuple[Any, ...]) -> None:
    """The body of a worker process: parse each chunk that comes on ``jobs`` (a list of
    ``(index, text)``, ``None`` for an item already decided) and send its results, pickled,
    on ``results``, until ``None`` comes or a pipe closes."""
    signal.signal(signal.SIGINT, signal.SIG_IGN)  # Ctrl-C is for the parent, which stops it
    parser, language, reference_date, policy, then = settings
    inbox: queue.SimpleQueue[list[tuple[int, str | bytes | None]] | None] = queue.SimpleQueue()

    # (the parent's end of ``jobs`` is open in this process too, and in the workers forked
    # after it, so its closing does not end the reading when the parent dies: its sentinel does)
    parent = multiprocessing.parent_process()
    watched: list[Any] = [jobs] if parent is None else [jobs, parent.sentinel]

    def take_jobs() -> None:
        # a thread of its own keeps reading chunks while this process parses or sends its
        # results: the parent, which sends chunks and reads results in one thread, then
        # never blocks sending to a process that blocks sending to it
        try:
            while jobs in multiprocessing.connection.wait(watched):
                chunk = pickle.loads(jobs.recv_bytes())
                if chunk is None:
                    break
                inbox.put(chunk)
            else:
                # the parent has died without stopping this process (killed): nobody wants
                # its results, and sending them might block for ever (a worker forked later
                # holds the parent's end of the results' pipe)
                os._exit(0)
        except (EOFError, OSError):
            pass
        inbox.put(None)

    # A chunk's results (~100 KB for eight articles) do not fit in a pipe's buffer, so
    # sending them waits until the parent reads them, which it does between the items it
    # parses itself: a thread of their own sends them while this process parses the next
    # chunk (measured: without it, a worker waited for a seventh of a run).
    outbox: queue.SimpleQueue[bytes | None] = queue.SimpleQueue()
    parent_gone = threading.Event()

    def send_results() -> None:
        try:
            while (data := outbox.get()) is not None:
                results.send_bytes(data)
        except OSError:  # the parent closed the pipe: it has stopped early
            parent_gone.set()

    threading.Thread(target=take_jobs, name="newsparse-jobs", daemon=True).start()
    sender = threading.Thread(target=send_results, name="newsparse-results")
    sender.start()
    try:
        while not parent_gone.is_set() and (chunk := inbox.get()) is not None:
            done = [None if text is None
                    else _parse_job(parser, (index, None, text), language, reference_date, policy, then)
                    for index, text in chunk]
            outbox.put(_pickled(done, chunk))
    finally:
        outbox.put(None)  # what is queued is sent first
        sender.join()


def _pickled(results: list[Any], chunk: list[tuple[int, Any]]) -> bytes:
    """``results`` pickled; a result that does not pickle (what a ``then`` function made,
    say) becomes its item's :class:`ParseFailure`."""
    try:
        return pickle.dumps(results, pickle.HIGHEST_PROTOCOL)
    except Exception:  # anything pickling raises costs its item only
        checked = []
        for (index, _), result in zip(chunk, results, strict=True):
            try:
                pickle.dumps(result, pickle.HIGHEST_PROTOCOL)
            except Exception as e:
                result = ParseFailure(index, None, type(e).__name__,
                                      f"the result could not be sent from the worker process: {e}")
            checked.append(result)
        return pickle.dumps(checked, pickle.HIGHEST_PROTOCOL)


class _Worker:
    """A worker process and its two pipes: chunks go out on one, and their results come
    back on the other in the order the chunks went."""

    def __init__(self, context: Any, settings: tuple[Any, ...], forking: bool) -> None:
        job_reader, self._jobs = context.Pipe(duplex=False)
        self._results, result_writer = context.Pipe(duplex=False)
        self.process = context.Process(target=_serve, args=(job_reader, result_writer, settings),
                                       name="newsparse-worker", daemon=True)
        if forking:
            # Objects frozen when the process forks stay frozen in it: its garbage
            # collector never walks what it inherits, which would write to every object and
            # so copy every shared page.  This process unfreezes at once.
            gc.freeze()
        try:
            self.process.start()
        finally:
            if forking:
                gc.unfreeze()
        job_reader.close()  # the worker's ends: with this process's closed, a worker that
        result_writer.close()  # exits closes the pipe, and reading it ends at once
        self.queued = 0  # chunks sent and not yet back
        self.exited = False

    def send(self, chunk: list[_Job]) -> None:
        """Send a chunk to parse (its items' ids stay here)."""
        self.queued += 1
        if not self.exited:
            try:
                self._jobs.send_bytes(pickle.dumps(
                    [(index, None if isinstance(text, ParseFailure) else text) for index, _, text in chunk],
                    pickle.HIGHEST_PROTOCOL))
            except OSError:  # it has exited: receive() tells the chunk's items so
                self.exited = True

    def ready(self) -> bool:
        """Whether the oldest chunk's results (or the worker's end) can be read at once."""
        return self.exited or self._results.poll()

    def receive(self, chunk: list[_Job]) -> list[Any]:
        """The results of the oldest chunk sent, waiting for them if need be; if the worker
        has exited, a failure for each of the chunk's items."""
        self.queued -= 1
        if not self.exited:
            try:
                data = self._results.recv_bytes()
            except (EOFError, OSError):
                self.exited = True
            else:
                try:
                    return pickle.loads(data)  # type: ignore[no-any-return]
                except Exception as e:  # a result made in the worker that cannot be made here
                    message = f"the chunk's results could not be read from the worker process: {e}"
                    return [ParseFailure(index, None, type(e).__name__, message) for index, _, _ in chunk]
        self.process.join(1)
        code = self.process.exitcode
        message = ("the worker process parsing it exited"
                   + ("" if code is None else f" (exit code {code})" if code >= 0 else f" (signal {-code})"))
        return [ParseFailure(index, None, "WorkerExited", message) for index, _, _ in chunk]

    def stop(self) -> None:
        """Stop the process: ask, then wait a little, then terminate it."""
        with contextlib.suppress(OSError):
            self._jobs.send_bytes(_STOP)
        self._jobs.close()
        self._results.close()  # a worker sending results meets a closed pipe and stops
        self.process.join(5)
        if self.process.is_alive():
            self.process.terminate()
            self.process.join()


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
    this process; ``N > 1`` in N processes at once, this one and ``N - 1`` worker processes,
    each with a copy of ``parser``, which must pickle (every :class:`ArticleParser` does,
    subclasses too when their own attributes do).  A worker process that dies costs the items
    it held: each yields a :class:`ParseFailure` with ``error="WorkerExited"``.
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
             settings: tuple[Any, ...]) -> Generator[tuple[Any, Any], None, None]:
    """The results of ``jobs``, in order, parsed by this process and ``workers - 1`` worker
    processes, with at most ``workers * IN_FLIGHT_CHUNKS`` chunks taken and not yet handed
    out."""
    parser, language, reference_date, policy, then = settings
    # fork where the platform has it, after one parse here: the workers then start with the
    # vocabularies, gazetteers and language profiles loaded, and share their memory pages
    # with this process instead of loading copies of their own
    forking = "fork" in multiprocessing.get_all_start_methods()
    context = multiprocessing.get_context("fork" if forking else None)
    if forking:
        parser.parse(_WARM_UP)
    processes: list[_Worker] = []
    # each chunk taken: its jobs, and the worker parsing it, or its results once parsed here
    pending: collections.deque[tuple[list[_Job], _Worker | None, list[Any] | None]] = collections.deque()
    ahead = 0  # items parsed here and not yet handed out
    # this process parses a few items at a time, so that it soon sees a worker's results
    # come back and sends the worker its next chunk before the worker runs out of work
    few = max(1, chunk_size // 4)
    most_ahead = IN_FLIGHT_CHUNKS * chunk_size
    exhausted = False
    try:
        processes.extend(_Worker(context, settings, forking) for _ in range(workers - 1))
        while True:
            # every worker process gets its queue of chunks first, so it never waits
            for worker in processes:
                while not exhausted and worker.queued < _QUEUED_PER_PROCESS:
                    chunk = list(itertools.islice(jobs, chunk_size))
                    if chunk:
                        worker.send(chunk)
                        pending.append((chunk, worker, None))
                    else:
                        exhausted = True
            if not pending:
                return
            chunk, sent_to, results = pending[0]
            if sent_to is not None and not exhausted and ahead + few <= most_ahead and not sent_to.ready():
                # the oldest chunk is not back yet: parse the next few items here rather than wait
                mine = list(itertools.islice(jobs, few))
                if mine:
                    here = [_parse_job(parser, job, language, reference_date, policy, then) for job in mine]
                    pending.append((mine, None, here))
                    ahead += len(mine)
                else:
                    exhausted = True
                continue
            pending.popleft()
            if sent_to is None:
                ahead -= len(chunk)
                yield from ((job[1], result) for job, result in zip(chunk, results or (), strict=True))
                continue
            results = sent_to.receive(chunk)
            if sent_to.exited and sent_to in processes:  # another takes its place
                processes[processes.index(sent_to)] = _Worker(context, settings, forking)
            for (_, ident, text), result in zip(chunk, results, strict=True):
                if isinstance(text, ParseFailure):  # decided when the record was read
                    result = text
                elif ident is not None and type(result) is ParseFailure:
                    result = attrs.evolve(result, id=ident)  # ids stay here: they need not pickle
                yield ident, result
    finally:
        for worker in processes:
            worker.stop()


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
