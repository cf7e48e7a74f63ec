#!/usr/bin/env python3
"""How fast does newsparse parse?  Run by hand, never by the tests.

    python bench/bench_parse.py [--corpus PATH.jsonl(.gz)] [--field text] [--repeat N]

Parses every text of the corpus ``N`` times and prints the throughput (MB of UTF-8 per
second; the median over the repeats), the time per article in milliseconds (each
article's median over the repeats; then the median, 95th percentile and maximum over
the articles) and each pipeline step's share of the time; then, where spaCy, textacy and
an English model are installed, the same for spaCy with textacy's quotation extractor on
the first 100 articles, timed in turns with newsparse on the same articles, and the
median of the rounds' ratios (``--spacy 0`` leaves it out).  What the entity parser
remembers of names is forgotten before each round, so every round is a first reading of
the corpus.  The default corpus is the robustness stories of the shared evaluation data
(``../shared/eval/dev/stories.jsonl.gz``) when it is there, else the example article
bundled with the package, repeated.
"""

from __future__ import annotations

import argparse
import gc
import gzip
import json
import platform
import statistics
import sys
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
DEFAULT_CORPUS = ROOT.parent / "shared" / "eval" / "dev" / "stories.jsonl.gz"
EXAMPLE_COPIES = 200


def _import_newsparse() -> Any:
    """The newsparse of this checkout (even when it is not installed)."""
    if (ROOT / "newsparse" / "__init__.py").is_file() and str(ROOT) not in sys.path:
        sys.path.insert(0, str(ROOT))
    import newsparse

    return newsparse


def read_corpus(path: Path, field: str) -> list[tuple[str, str]]:
    """``(id, text)`` for each record of a JSON Lines file (gzip when it ends in ``.gz``)."""
    opener: Any = gzip.open if path.suffix == ".gz" else open
    out: list[tuple[str, str]] = []
    with opener(path, "rt", encoding="utf-8") as fh:
        for n, line in enumerate(fh, 1):
            if not line.strip():
                continue
            record = json.loads(line)
            text = record.get(field)
            if not isinstance(text, str):
                raise SystemExit(f"{path}:{n}: no string field {field!r} (fields: {', '.join(record)})")
            out.append((str(record.get("id", n)), text))
    return out


def percentile(values: list[float], q: float) -> float:
    """The ``q``-quantile (0..1) of ``values``, by the nearest rank."""
    ordered = sorted(values)
    k = max(0, min(len(ordered) - 1, round(q * (len(ordered) - 1))))
    return ordered[k]


def main(argv: list[str] | None = None) -> int:
    """Run the benchmark; return the exit status."""
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--corpus", type=Path, default=None,
                    help=f"a .jsonl or .jsonl.gz file (default: {DEFAULT_CORPUS} if present)")
    ap.add_argument("--field", default="text", help="the field holding each article's text (default: text)")
    ap.add_argument("--repeat", type=int, default=5, help="how many times to parse the corpus (default: 5)")
    ap.add_argument("--limit", type=int, default=None, help="parse only the first N articles")
    ap.add_argument("--without", action="append", default=[], metavar="STEP",
                    help="leave a pipeline step out, e.g. --without entities for the front and back "
                         "matter alone (repeatable; steps: front, tail, photos, language, authors, "
                         "published, entities)")
    ap.add_argument("--spacy", type=int, default=100, metavar="N",
                    help="where spaCy, textacy and an English model are installed, also time spaCy's "
                         "pipeline with textacy's quotation extractor on the first N articles and print "
                         "the ratio (default: 100; 0 leaves it out)")
    ap.add_argument("--spacy-model", default="en_core_web_sm",
                    help="the spaCy model (default: en_core_web_sm)")
    ap.add_argument("--spacy-rounds", type=int, default=3, metavar="K",
                    help="how many rounds of spaCy and newsparse, timed in turns (default: 3)")
    args = ap.parse_args(argv)
    if args.repeat < 1 or args.spacy_rounds < 1:
        ap.error("--repeat and --spacy-rounds must be at least 1")

    newsparse = _import_newsparse()
    corpus_path: Path | None = args.corpus
    if corpus_path is None and DEFAULT_CORPUS.is_file():
        corpus_path = DEFAULT_CORPUS
    if corpus_path is not None:
        if not corpus_path.is_file():
            ap.error(f"no such corpus: {corpus_path}")
        texts = read_corpus(corpus_path, args.field)
        name = str(corpus_path)
    else:
        from newsparse.cli import example_text

        texts = [(f"example-{i}", example_text()) for i in range(EXAMPLE_COPIES)]
        name = f"the bundled example x {EXAMPLE_COPIES}"
    if args.limit is not None:
        texts = texts[: args.limit]
    if not texts:
        ap.error("the corpus is empty")

    total_bytes = sum(len(t.encode("utf-8")) for _, t in texts)
    total_chars = sum(len(t) for _, t in texts)
    parser = newsparse.ArticleParser()
    for step in args.without:
        parser.processors.deregister(step)
    parser.parse(texts[0][1])  # warm up: compile patterns, load language profiles
    step_time = _time_steps(parser)

    per_article: list[list[float]] = [[] for _ in texts]
    rounds: list[float] = []
    machine: list[float] = []  # the reference loop's speed before each round
    clock = time.perf_counter
    for _ in range(args.repeat):
        machine.append(_machine_speed())
        # each round reads the corpus as if for the first time: the names remembered from the
        # previous round would make repeats faster than any real run over new articles
        type(parser.entity_parser).clear_memos()
        started = clock()
        for i, (_, text) in enumerate(texts):
            t0 = clock()
            parser.parse(text)
            per_article[i].append(clock() - t0)
        rounds.append(clock() - started)

    medians_ms = [statistics.median(times) * 1000 for times in per_article]
    round_s = statistics.median(rounds)
    slowest = max(range(len(texts)), key=lambda i: medians_ms[i])
    print(f"newsparse {newsparse.__version__} ({_build_name(newsparse)}, {Path(newsparse.__file__).parent}) "
          f"on Python {platform.python_version()} ({platform.machine()})")
    print(f"corpus:     {name}")
    print(f"articles:   {len(texts)}  ({total_chars:,} characters, {total_bytes / 1e6:.2f} MB UTF-8)")
    print(f"steps:      {', '.join(parser.processors.names())}")
    print(f"repeats:    {args.repeat}  (median round {round_s:.3f} s)")
    print(f"throughput: {total_bytes / 1e6 / round_s:.2f} MB/s  ({len(texts) / round_s:.1f} articles/s; "
          f"the fastest round {total_bytes / 1e6 / min(rounds):.2f} MB/s, the slowest "
          f"{total_bytes / 1e6 / max(rounds):.2f} MB/s)")
    print(f"machine:    a reference Python loop ran {statistics.median(machine):.1f} M steps/s before "
          f"the rounds (median; {min(machine):.1f}-{max(machine):.1f}): compare runs by it too")
    print(f"per article: median {statistics.median(medians_ms):.2f} ms, "
          f"p95 {percentile(medians_ms, 0.95):.2f} ms, max {medians_ms[slowest]:.2f} ms "
          f"({texts[slowest][0]}, {len(texts[slowest][1]):,} characters)")
    total = sum(step_time.values())
    if total > 0:
        shares = ", ".join(f"{name} {100 * step_time[name] / total:.0f}%"
                           for name in parser.processors.names())
        print(f"steps' share of the time in parse: {shares}")
    if args.spacy > 0:
        _compare_spacy(parser, [t for _, t in texts[: args.spacy]], args.spacy_model, args.spacy_rounds)
    return 0


def _compare_spacy(parser: Any, texts: list[str], model: str, rounds: int) -> None:
    """Time spaCy's ``model`` with textacy's direct-quotation extractor (a pipeline that
    finds quotes and entities, as newsparse does) on ``texts``, and newsparse on the same
    texts in the same run; print both throughputs and their ratio.

    The two are timed in turns (newsparse, spaCy, newsparse, spaCy, ...) for ``rounds``
    rounds, and each round's ratio compares two runs made a few seconds apart: on a shared
    machine whose speed drifts, a ratio of two runs minutes apart measures the drift too.
    The median of the rounds' ratios is the figure; every round is printed so that the
    spread can be judged."""
    try:
        import spacy
        from textacy.extract.triples import direct_quotations
    except ImportError as e:
        print(f"spaCy comparison: skipped ({e.name} is not installed)")
        return
    try:
        nlp = spacy.load(model)
    except OSError:
        print(f"spaCy comparison: skipped (the model {model!r} is not installed)")
        return
    size = sum(len(t.encode("utf-8")) for t in texts) / 1e6
    nlp(texts[0])  # warm up
    print(f"spaCy {spacy.__version__} {model} + textacy quotations, against newsparse, on the first "
          f"{len(texts)} articles ({size:.2f} MB), {rounds} rounds in turns:")
    ratios: list[float] = []
    ours_times: list[float] = []
    spacy_times: list[float] = []
    ours: list[Any] = []
    for r in range(1, rounds + 1):
        type(parser.entity_parser).clear_memos()
        ours = []
        _settle()
        started = time.perf_counter()
        ours = [parser.parse(t) for t in texts]
        ours_s = time.perf_counter() - started
        _settle()
        started = time.perf_counter()
        quotes = entities = failed = 0
        for doc in nlp.pipe(texts):
            try:
                quotes += sum(1 for _ in direct_quotations(doc))
            except ValueError:  # textacy gives up on a text with an unclosed quotation mark
                failed += 1
            entities += len(doc.ents)
        spacy_s = time.perf_counter() - started
        ratios.append(spacy_s / ours_s)
        ours_times.append(ours_s)
        spacy_times.append(spacy_s)
        print(f"  round {r}: spaCy {size / spacy_s:.3f} MB/s ({quotes} quotes, {entities} entities; "
              f"textacy gave up on {failed} texts); newsparse {size / ours_s:.2f} MB/s "
              f"({sum(len(a.quotes) for a in ours)} quotes, {sum(len(a.entities) for a in ours)} "
              f"entities); ratio {spacy_s / ours_s:.0f}x")
    gc.unfreeze()
    print(f"spaCy: median {size / statistics.median(spacy_times):.3f} MB/s; newsparse: median "
          f"{size / statistics.median(ours_times):.2f} MB/s; ratio: median {statistics.median(ratios):.0f}x "
          f"(rounds: {', '.join(f'{x:.0f}x' for x in ratios)})")


def _build_name(newsparse: Any) -> str:
    """How the installed parsers run: compiled (mypyc) or plain Python."""
    return "compiled parsers" if getattr(newsparse, "compiled", False) else "pure Python"


def _spin(n: int) -> int:
    """A pure-Python loop of ``n`` steps: CPU work with nothing shared (the reference of
    :func:`_machine_speed`, and of ``bench_batch``'s parallel capacity)."""
    total = 0
    for i in range(n):
        total += i * i % 7
    return total


def _machine_speed(steps: int = 400_000) -> float:
    """How fast this machine runs :func:`_spin` right now, in million steps per second.  A
    shared virtual machine's speed drifts by a fifth within minutes; printed beside the
    throughput, this tells a slower parse from a slower machine."""
    started = time.process_time()
    _spin(steps)
    elapsed = time.process_time() - started
    return steps / 1e6 / elapsed if elapsed > 0 else float("inf")


def _settle() -> None:
    """Before each turn: collect, then freeze what is alive (``gc.freeze``), so that the
    collector, which walks every live object now and then, does not walk one pipeline's
    objects (spaCy's model: millions of them) in the other's turn.  Each pipeline then
    runs as it would in a process of its own; both get the same treatment."""
    gc.collect()
    gc.freeze()


def _time_steps(parser: Any) -> dict[str, float]:
    """Wrap each processor's ``run`` to add up its time (seconds, over all rounds) by name."""
    spent: dict[str, float] = {}
    for name in parser.processors.names():
        processor = parser.processors[name]
        spent[name] = 0.0

        def timed(draft: Any, run: Callable[[Any], None] = processor.run, name: str = name) -> None:
            t0 = time.perf_counter()
            run(draft)
            spent[name] += time.perf_counter() - t0

        processor.run = timed
    return spent


if __name__ == "__main__":
    sys.exit(main())
