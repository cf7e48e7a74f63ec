"""The ``newsparse`` command line.

``newsparse show [FILE]``
    A readable summary of one parse: headline, byline and authors, dateline, photos,
    boilerplate, body paragraphs (shortened), counts and the segment map.  Without a
    file it parses the example article bundled with the package.

``newsparse parse FILE... [--format json|jsonl]``
    ``Article.to_dict()`` as JSON: indented for one file (a list for several), or JSON
    Lines, one compact object per file (the default for several files).

``newsparse schema``
    The JSON Schema (draft 2020-12) of ``Article.to_dict()``: see :func:`newsparse.schema`.

``newsparse --version``
    The version of newsparse.

``newsparse corpus FILE... [--format text|json]``
    Several articles together: a table of the entities named in more than one article
    (or all with ``--all``), with their mentions per article, and the quotations reported
    by several articles, with their speakers; or ``Corpus.to_dict()`` as JSON.

``FILE`` may be ``-`` for standard input.  ``--reference-date YYYY-MM-DD`` gives the
story's own date (a year for a dateline that prints only month and day) and
``--language xx`` overrides language detection; both go to :func:`newsparse.load`.

Errors raised by the library on purpose (:class:`newsparse.NewsparseError`: a missing
or unreadable file, bytes that are not text) print ``newsparse: error: <message>`` on
standard error and exit with status 2, never with a traceback.
"""

from __future__ import annotations

import argparse
import contextlib
import datetime as dt
import json
import os
import sys
import time
from collections import Counter
from collections.abc import Iterable, Iterator, Sequence
from importlib import resources
from typing import Any, TextIO

from . import __version__, load, parse
from .batch import BadRecord, ParseFailure, parse_records
from .corpus import Corpus
from .errors import NewsparseError, SourceNotFound, SourceUnreadable
from .model import Article
from .schema import schema

__all__ = ["EXAMPLE_NAME", "build_parser", "example_text", "format_article", "format_corpus", "main"]

PROG = "newsparse"
#: The file name of the bundled example article, under ``newsparse/data/``.
EXAMPLE_NAME = "example.txt"

#: Exit statuses.
EXIT_OK = 0
EXIT_FAILED = 1  # a batch ran to its end, but some records could not be parsed
EXIT_ERROR = 2
EXIT_INTERRUPTED = 130

_PREVIEW_WIDTH = 100
_SEGMENT_PREVIEW = 48


def example_text() -> str:
    """The text of the example article bundled with the package."""
    return (resources.files("newsparse") / "data" / EXAMPLE_NAME).read_text(encoding="utf-8")


# ------------------------------------------------------------------ argument types


def _reference_date(value: str) -> dt.date:
    try:
        return dt.date.fromisoformat(value)
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a date in the form YYYY-MM-DD: {value!r}") from None


def _language(value: str) -> str:
    code = value.strip().lower()
    if not (2 <= len(code) <= 3 and code.isascii() and code.isalpha()):
        raise argparse.ArgumentTypeError(f"not an ISO 639-1 language code such as 'en': {value!r}")
    return code


def _count(value: str) -> int:
    try:
        n = int(value)
    except ValueError:
        n = -1
    if n < 0:
        raise argparse.ArgumentTypeError(f"not a count (0 or more): {value!r}")
    return n


def _workers(value: str) -> int:
    n = _count(value)
    if n < 1:
        raise argparse.ArgumentTypeError(f"not a number of workers (1 or more): {value!r}")
    return n


def build_parser() -> argparse.ArgumentParser:
    """The argument parser of the ``newsparse`` command."""
    common = argparse.ArgumentParser(add_help=False)
    common.add_argument(
        "--reference-date", type=_reference_date, metavar="YYYY-MM-DD",
        help="the story's own date: gives a year to a dateline that prints only month and day")
    common.add_argument(
        "--language", type=_language, metavar="xx",
        help="the article's language (ISO 639-1), instead of detecting it")

    parser = argparse.ArgumentParser(
        prog=PROG,
        description="Turn the plain text of a news article into typed structure.",
        epilog="Run 'newsparse show' to see the parse of the bundled example article.")
    parser.add_argument("--version", action="version", version=f"{PROG} {__version__}")
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")
    sub.required = True

    show = sub.add_parser(
        "show", parents=[common], help="print a readable summary of a parse",
        description="Print a readable summary of the parse of FILE (default: the bundled example).")
    show.add_argument("file", nargs="?", metavar="FILE",
                      help="the article's text file, or '-' for standard input (default: the example)")
    show.set_defaults(handler=_cmd_show)

    parse_cmd = sub.add_parser(
        "parse", parents=[common], help="print Article.to_dict() as JSON",
        description="Print each article's Article.to_dict() as JSON or JSON Lines.")
    parse_cmd.add_argument("files", nargs="*", metavar="FILE",
                           help="the articles' text files; '-' reads standard input")
    parse_cmd.add_argument(
        "--format", choices=("json", "jsonl"), default=None,
        help="json: indented (a list for several files); jsonl: one compact object per line "
             "(default: json for one file, jsonl for several)")
    batch = parse_cmd.add_argument_group(
        "batch", "Parse a JSON Lines file of records instead of FILEs: one output line per input line, "
                 "in order, {\"id\", \"line\", \"article\"} or {\"id\", \"line\", \"error\"}.")
    batch.add_argument("--jsonl", metavar="IN.jsonl",
                       help="the records, one JSON object per line; '-' reads standard input")
    batch.add_argument("--text-field", default="text", metavar="NAME",
                       help="the field that holds each record's text (default: text)")
    batch.add_argument("--id-field", default="id", metavar="NAME",
                       help="the field that holds each record's id (default: id)")
    batch.add_argument("-o", "--output", metavar="OUT.jsonl",
                       help="write the results there instead of standard output "
                            "(appended to when --skip is given, to resume a run)")
    batch.add_argument("--workers", type=_workers, default=1, metavar="N",
                       help="parse in N processes (default: 1)")
    batch.add_argument("--skip", type=_count, default=0, metavar="N",
                       help="skip the first N input lines: resume a run that wrote N lines")
    batch.add_argument("--quiet", action="store_true",
                       help="no progress line and no summary on standard error")
    parse_cmd.set_defaults(handler=_cmd_parse, subparser=parse_cmd)

    corpus_cmd = sub.add_parser(
        "corpus", parents=[common], help="compare several articles: shared entities and quotes",
        description="Parse the articles together: the entities they share (mentions per article) "
                    "and the quotations several of them report.")
    corpus_cmd.add_argument("files", nargs="+", metavar="FILE",
                            help="the articles' text files; '-' reads standard input")
    corpus_cmd.add_argument("--format", choices=("text", "json"), default="text",
                            help="text: tables (the default); json: Corpus.to_dict()")
    corpus_cmd.add_argument("--all", action="store_true",
                            help="list every entity, not only those named in more than one article")
    corpus_cmd.set_defaults(handler=_cmd_corpus)

    schema_cmd = sub.add_parser(
        "schema", help="print the JSON Schema of Article.to_dict()",
        description="Print the JSON Schema (draft 2020-12) that every Article.to_dict() validates "
                    "against, and that the output of 'newsparse parse' follows.")
    schema_cmd.set_defaults(handler=_cmd_schema)
    return parser


# ------------------------------------------------------------------ reading


def _load(name: str, args: argparse.Namespace) -> Article:
    """Parse the file called ``name`` (``-``: standard input)."""
    kwargs: dict[str, Any] = {"language": args.language, "reference_date": args.reference_date}
    if name == "-":
        stdin: Any = getattr(sys.stdin, "buffer", sys.stdin)
        return load(stdin, **kwargs)
    return load(name, **kwargs)


# ------------------------------------------------------------------ output


def _write(stream: TextIO, text: str) -> None:
    """Write ``text``, escaping what the stream's encoding cannot show."""
    try:
        stream.write(text)
    except UnicodeEncodeError:
        encoding = getattr(stream, "encoding", None) or "ascii"
        stream.write(text.encode(encoding, "backslashreplace").decode(encoding))


def _shorten(text: str | None, width: int = _PREVIEW_WIDTH) -> str:
    """``text`` on one line, cut to ``width`` characters with an ellipsis."""
    if text is None:
        return "-"
    one_line = " ".join(text.split())
    if len(one_line) <= width:
        return one_line
    return one_line[: width - 1].rstrip() + "…"


def _span(span: Any) -> str:
    return "" if span is None else f"[{span.start}:{span.end}]"


def _fields(pairs: Iterable[tuple[str, object]]) -> str:
    """``key=value`` for the pairs whose value is set."""
    return ", ".join(f"{k}={v}" for k, v in pairs if v is not None and v != "" and v != ())


def format_article(article: Article, name: str = "<text>") -> str:
    """A readable, multi-line summary of ``article`` (what ``newsparse show`` prints)."""
    out: list[str] = []
    add = out.append
    add(f"{name}: {len(article.source)} characters")
    add("")
    add(f"headline:    {_shorten(article.headline)} {_span(article.headline_span)}".rstrip())
    if article.standfirst is not None:
        add(f"standfirst:  {_shorten(article.standfirst)}")

    byline = article.byline
    if byline is not None:
        add(f"byline:      {_shorten(byline.text)} {_span(byline.span)}")
        extra = _fields([("outlet", byline.outlet), ("published", byline.published)])
        if extra:
            add(f"             {extra}")
    else:
        add("byline:      -")
    by_name = {} if byline is None else {a.name: a for a in byline.authors}
    if article.authors:
        add("authors:")
        for author_name in article.authors:
            author = by_name.get(author_name)
            details = "" if author is None else _fields([
                ("kind", None if author.kind == "person" else author.kind),
                ("role", author.role), ("outlet", author.outlet), ("location", author.location),
                ("email", author.email), ("handle", author.handle)])
            source = "" if author is not None else " (from the trailing credits)"
            add(f"  - {author_name}{source}" + (f"  ({details})" if details else ""))
    else:
        add("authors:     -")

    d = article.dateline
    if d is not None:
        add(f"dateline:    {_shorten(d.text)} {_span(d.span)}")
        add("             " + (_fields([
            ("location", d.location), ("month", d.month), ("day", d.day), ("year", d.year),
            ("date", d.date), ("date_text", d.date_text), ("agency", d.agency)]) or "(no fields)"))
    else:
        add("dateline:    -")
    add(f"published:   {'-' if article.published is None else article.published.isoformat()}")
    add(f"language:    {article.language or '-'}")

    add("")
    add(f"photos ({len(article.photos)}):")
    for n, photo in enumerate(article.photos, 1):
        add(f"  {n}. caption: {_shorten(photo.caption, 80)} {_span(photo.caption_span)}".rstrip())
        credit = photo.credit
        if credit is not None:
            add(f"     credit:  {_shorten(credit.text, 80)} {_span(credit.span)}")
            add(f"              names: {', '.join(credit.names) or '-'}; agency: {credit.agency or '-'}")

    add(f"boilerplate ({len(article.boilerplate)}):")
    for item in article.boilerplate:
        add(f"  {item.kind:<13} {_shorten(item.text, 80)} {_span(item.span)}")

    add(f"body ({len(article.paragraphs)} paragraphs):")
    for n, para in enumerate(article.paragraphs, 1):
        add(f"  {n:>2}. {_shorten(para.text, 90)}")

    if article.quotes:
        add(f"quotes ({len(article.quotes)}):")
        for q in article.quotes:
            who = _fields([("speaker", q.speaker), ("cue", q.cue), ("kind", q.kind)])
            add(f"  - {_shorten(q.text, 70)}  ({who})")
    if article.entities:
        add(f"entities ({len(article.entities)}):")
        for e in article.entities:
            add(f"  - {e.name} [{e.kind}] x{len(e.mentions)}")
    if article.defects:
        add(f"defects ({len(article.defects)}):")
        for defect in article.defects:
            add(f"  - {defect.kind}: {defect.message}")

    add("")
    words = len(article.body.split())
    add("counts:      " + ", ".join([
        f"{len(article.source)} characters", f"{len(article.paragraphs)} paragraphs",
        f"{words} body words", f"{len(article.photos)} photos",
        f"{len(article.boilerplate)} boilerplate", f"{len(article.quotes)} quotes",
        f"{len(article.entities)} entities", f"{len(article.segments)} segments"]))
    add("segments:")
    for seg in article.segments:
        text = seg.span.slice(article.source)
        shown = text if len(text) <= _SEGMENT_PREVIEW else text[: _SEGMENT_PREVIEW - 1] + "…"
        add(f"  {seg.span.start:>7} {seg.span.end:>7}  {seg.kind:<12} {shown!r}")
    return "\n".join(out) + "\n"


def _dump(article: Article, *, indent: int | None) -> str:
    separators = (",", ": ") if indent is not None else (",", ":")
    return json.dumps(article.to_dict(), ensure_ascii=False, indent=indent, separators=separators)


# ------------------------------------------------------------------ commands


def _error(message: str) -> None:
    _write(sys.stderr, f"{PROG}: error: {message}\n")


def _cmd_show(args: argparse.Namespace) -> int:
    if args.file is None:
        name = f"<bundled example: {EXAMPLE_NAME}>"
        article = parse(example_text(), language=args.language, reference_date=args.reference_date)
    else:
        name = "<stdin>" if args.file == "-" else args.file
        article = _load(args.file, args)
    _write(sys.stdout, format_article(article, name))
    return EXIT_OK


def _cmd_parse(args: argparse.Namespace) -> int:
    files: list[str] = args.files
    if args.jsonl is not None:
        if files:
            raise _UsageError("give either FILEs or --jsonl, not both")
        return _cmd_parse_jsonl(args)
    if not files:
        raise _UsageError("give one or more FILEs, or --jsonl IN.jsonl")
    fmt: str = args.format or ("json" if len(files) == 1 else "jsonl")
    if fmt == "json":
        articles = [_load(name, args) for name in files]
        if len(articles) == 1:
            _write(sys.stdout, _dump(articles[0], indent=2) + "\n")
        else:
            body = ",\n".join(_dump(a, indent=2) for a in articles)
            _write(sys.stdout, f"[\n{body}\n]\n")
        return EXIT_OK
    # JSON Lines: one line per article as it is parsed; a file that fails is reported
    # and skipped, and the exit status says that something failed.
    status = EXIT_OK
    for name in files:
        try:
            article = _load(name, args)
        except NewsparseError as e:
            _error(str(e))
            status = EXIT_ERROR
            continue
        _write(sys.stdout, _dump(article, indent=None) + "\n")
        sys.stdout.flush()
    return status


class _UsageError(Exception):
    """A combination of arguments the command does not take (exit status 2, like argparse)."""


class _Progress:
    """A progress line on standard error, redrawn at most every half second, when standard
    error is a terminal (and not ``--quiet``); then a summary line, unless ``--quiet``."""

    def __init__(self, quiet: bool) -> None:
        self.quiet = quiet
        self.live = not quiet and sys.stderr.isatty()
        self.started = self.shown = time.monotonic()
        self.records = self.errors = self.chars = 0

    def add(self, failed: bool, chars: int) -> None:
        self.records += 1
        self.errors += failed
        self.chars += chars
        if self.live:
            now = time.monotonic()
            if now - self.shown >= 0.5:
                self.shown = now
                _write(sys.stderr, f"\r{self.line(now)}")
                sys.stderr.flush()

    def line(self, now: float) -> str:
        elapsed = max(now - self.started, 1e-9)
        return (f"{self.records:,} records, {self.errors:,} errors, {elapsed:.1f} s, "
                f"{self.records / elapsed:,.0f} records/s, {self.chars / elapsed / 1e6:.2f} M characters/s")

    def finish(self) -> None:
        if self.live:
            _write(sys.stderr, "\r\033[K")
        if not self.quiet:
            _write(sys.stderr, f"{PROG}: {self.line(time.monotonic())}\n")


def _records(lines: Iterable[bytes], skip: int) -> Iterator[Any]:
    """The records of JSON Lines input, from line ``skip + 1`` on; a line that is not JSON
    becomes a failure in its place."""
    for number, raw in enumerate(lines, 1):
        if number <= skip:
            continue
        try:
            record = json.loads(raw)
        except ValueError as e:  # not UTF-8, or not JSON
            yield BadRecord(f"line {number} is not JSON: {e}")
            continue
        yield record


def _cmd_parse_jsonl(args: argparse.Namespace) -> int:
    if args.jsonl == "-":
        source: Any = getattr(sys.stdin, "buffer", sys.stdin)
    else:
        try:
            source = open(args.jsonl, "rb")  # noqa: SIM115 - closed below
        except FileNotFoundError:
            raise SourceNotFound(f"no such file: {args.jsonl}") from None
        except OSError as e:
            raise SourceUnreadable(f"cannot read {args.jsonl}: {e.strerror or e}") from None
    out: TextIO = sys.stdout
    if args.output is not None:
        try:
            out = open(args.output, "a" if args.skip else "w", encoding="utf-8")  # noqa: SIM115
        except OSError as e:
            raise SourceUnreadable(f"cannot write {args.output}: {e.strerror or e}") from None
    progress = _Progress(args.quiet)
    try:
        # each article becomes its JSON where it is parsed (in the worker, with a pool): a
        # string travels back to this process far cheaper than the article
        results = parse_records(_records(source, args.skip), args.workers,
                                text_field=args.text_field, id_field=args.id_field,
                                language=args.language, reference_date=args.reference_date,
                                then=_article_json)
        for index, (ident, result) in enumerate(results):
            row: dict[str, Any] = {"id": ident, "line": args.skip + index + 1}
            if isinstance(result, ParseFailure):
                row["error"] = {"type": result.error, "message": result.message}
                progress.add(True, 0)
                line = json.dumps(row, ensure_ascii=False, separators=(",", ":"))
            else:
                size, article = result
                progress.add(False, size)
                # (the row as json.dumps would write it, with the article's JSON spliced in)
                line = json.dumps(row, ensure_ascii=False, separators=(",", ":"))[:-1] + ',"article":' \
                    + article + "}"
            _write(out, line + "\n")
    finally:
        if source is not getattr(sys.stdin, "buffer", sys.stdin):
            source.close()
        if out is not sys.stdout:
            out.close()
        else:
            out.flush()
        progress.finish()
    return EXIT_FAILED if progress.errors else EXIT_OK


def _article_json(article: Article) -> tuple[int, str]:
    """The article's length and its ``to_dict()`` as compact JSON: what ``parse --jsonl``
    writes of it, made in the worker that parsed it."""
    return len(article.source), json.dumps(article.to_dict(), ensure_ascii=False, separators=(",", ":"))


def format_corpus(corpus: Corpus, names: Sequence[str], *, every_entity: bool = False) -> str:
    """The readable view of ``newsparse corpus``: the articles, a table of entities with
    their mentions per article, and the quote groups."""
    out: list[str] = ["Articles:"]
    for i, (name, article) in enumerate(zip(names, corpus, strict=True)):
        headline = _shorten(article.headline, 70) if article.headline else "(no headline)"
        out.append(f"  [{i}] {name}: {headline}")
    entities = [e for e in corpus.entities if every_entity or len(e.articles) > 1]
    entities.sort(key=lambda e: (-len(e.articles), -len(e.mentions), e.name))
    out.append("")
    out.append("Entities " + ("(all)" if every_entity else "named in more than one article") + ":")
    if entities:
        width = min(40, max(len(e.name) for e in entities))
        header = f"  {'name':<{width}}  {'kind':<6}  " + "  ".join(f"[{i}]" for i in range(len(corpus)))
        out.append(header)
        for e in entities:
            counts = Counter(i for i, _ in e.mentions)
            cells = "  ".join(f"{counts.get(i, 0) or '.':>{len(str(i)) + 2}}" for i in range(len(corpus)))
            other = [n for n in e.names if n != e.name]
            also = f"  (also: {', '.join(other[:4])}{', …' if len(other) > 4 else ''})" if other else ""
            out.append(f"  {_shorten(e.name, width):<{width}}  {e.kind.value:<6}  {cells}{also}")
    else:
        out.append("  (none)")
    out.append("")
    out.append("Quotations reported by more than one article:")
    groups = corpus.quote_groups()
    for g in groups:
        out.append(f"  {g.speaker or '(speaker unknown)'}: “{_shorten(g.text, 90)}”")
        for i, q in g.quotes:
            out.append(f"    [{i}] “{_shorten(q.text, 80)}”" + (f" — {q.speaker}" if q.speaker else ""))
    if not groups:
        out.append("  (none)")
    return "\n".join(out) + "\n"


def _cmd_corpus(args: argparse.Namespace) -> int:
    files: list[str] = args.files
    corpus = Corpus(_load(name, args) for name in files)
    if args.format == "json":
        _write(sys.stdout, json.dumps(corpus.to_dict(), ensure_ascii=False, indent=2) + "\n")
    else:
        names = ["<stdin>" if f == "-" else f for f in files]
        _write(sys.stdout, format_corpus(corpus, names, every_entity=args.all))
    return EXIT_OK


# ------------------------------------------------------------------ entry point


def _cmd_schema(args: argparse.Namespace) -> int:
    _write(sys.stdout, json.dumps(schema(), indent=2, ensure_ascii=False) + "\n")
    return EXIT_OK


def main(argv: Sequence[str] | None = None) -> int:
    """Run the command line with ``argv`` (default: ``sys.argv[1:]``); return the exit status."""
    parser = build_parser()
    try:
        args = parser.parse_args(None if argv is None else list(argv))
    except SystemExit as e:  # --help, --version, or a usage error (already printed)
        code = e.code
        if code is None:
            return EXIT_OK
        return code if isinstance(code, int) else EXIT_ERROR
    try:
        status: int = args.handler(args)
        return status
    except _UsageError as e:
        with contextlib.suppress(SystemExit):
            args.subparser.error(str(e))  # prints the command's usage and the message
        return EXIT_ERROR
    except NewsparseError as e:
        _error(str(e))
        return EXIT_ERROR
    except KeyboardInterrupt:
        return EXIT_INTERRUPTED
    except BrokenPipeError:
        # The reader went away (``newsparse parse *.txt | head``): stop quietly, and keep
        # Python from complaining again when it flushes standard output at exit.
        try:
            devnull = os.open(os.devnull, os.O_WRONLY)
            os.dup2(devnull, sys.stdout.fileno())
        except (OSError, ValueError):
            pass
        return EXIT_ERROR


if __name__ == "__main__":  # pragma: no cover
    sys.exit(main())
