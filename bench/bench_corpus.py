"""How long does a corpus take to build, next to parsing its articles?  Run by hand, never by the tests.

    python bench/bench_corpus.py [--articles 1000] [--repeat 5] [--corpus PATH.jsonl(.gz) ...]

Parses ``--articles`` texts ``--repeat`` times (timing each round), then builds a
:class:`newsparse.Corpus` of them ``--repeat`` times from scratch, each time with its
entities and quote groups, and prints the median build time as a share of the median parse
time, both as CPU time of the process (one core).  The default texts are the PolNeAR
political news of the shared evaluation data (many outlets on the same 2016 campaign
stories, so many shared people and quotations), then the robustness stories.
``--scale`` builds corpora of growing size to show how the cost grows.
"""

from __future__ import annotations

import argparse
import statistics
import time
from pathlib import Path

from bench_parse import ROOT, _build_name, _import_newsparse, read_corpus

DEFAULT_CORPORA = [ROOT.parent / "shared" / "eval" / "dev" / name
                   for name in ("quotes.jsonl.gz", "stories.jsonl.gz")]


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--corpus", type=Path, action="append",
                    help="a .jsonl or .jsonl.gz file with a 'text' field (repeatable)")
    ap.add_argument("--articles", type=int, default=1000, help="how many articles (default: 1000)")
    ap.add_argument("--repeat", type=int, default=5, help="how many builds to time (default: 5)")
    ap.add_argument("--scale", action="store_true", help="also time corpora of 1/8, 1/4, 1/2 the size")
    args = ap.parse_args(argv)
    newsparse = _import_newsparse()

    paths = args.corpus or [p for p in DEFAULT_CORPORA if p.is_file()]
    texts: list[str] = []
    for path in paths:
        texts.extend(text for _, text in read_corpus(path, "text"))
    if not texts:
        from newsparse.cli import example_text

        texts = [example_text()]
    while len(texts) < args.articles:  # a small corpus is repeated: the same story in several "outlets"
        texts.extend(texts[: args.articles - len(texts)])
    texts = texts[: args.articles]

    # CPU time of this process: what one core spends, whatever else the machine is doing
    clock = time.process_time
    newsparse.parse(texts[0])  # warm up
    # the parse is timed as often as the build, and the medians compared: one round of
    # either varies by a fifth on a shared machine
    parse_times = []
    articles: list[object] = []
    for _ in range(args.repeat):
        articles = []  # the articles of the previous round are dropped first, as a user would
        # each round reads the texts as if for the first time, as bench_parse.py's rounds do:
        # the names the entity parser remembers from the previous round would make a repeat
        # faster than any real parse of these articles
        newsparse.ArticleParser.entity_parser_class.clear_memos()
        started = clock()
        articles = [newsparse.parse(t) for t in texts]
        parse_times.append(clock() - started)
    parse_time = statistics.median(parse_times)

    def build(items: list[object]) -> tuple[float, object, float]:
        """The time to build a corpus of ``items`` with both views, the corpus, and the
        time its entities took of it."""
        t0 = clock()
        corpus = newsparse.Corpus(items)
        _ = corpus.entities
        t1 = clock()
        _ = corpus.quote_groups()
        return clock() - t0, corpus, t1 - t0

    times = []
    entity_times = []
    corpus = None
    for _ in range(args.repeat):
        elapsed, corpus, entity_time = build(list(articles))
        times.append(elapsed)
        entity_times.append(entity_time)
    median = statistics.median(times)
    assert corpus is not None
    entities = corpus.entities  # type: ignore[attr-defined]
    groups = corpus.quote_groups()  # type: ignore[attr-defined]
    shared = sum(1 for e in entities if len(e.articles) > 1)
    sources = ", ".join(map(str, paths)) or "the bundled example"
    print(f"newsparse {newsparse.__version__} ({_build_name(newsparse)}); texts from: {sources}")
    print(f"articles:     {len(articles)}  ({sum(len(t) for t in texts):,} characters)")
    print(f"parse:        median {parse_time:.2f} s over {args.repeat} rounds")
    print(f"corpus build: median {median:.3f} s over {args.repeat} builds (entities and quote groups) "
          f"= {100 * median / parse_time:.1f}% of the parse time")
    quote_times = [t - e for t, e in zip(times, entity_times, strict=True)]
    print(f"              of which entities median {statistics.median(entity_times):.3f} s, "
          f"quote groups median {statistics.median(quote_times):.3f} s")
    print(f"found:        {len(entities)} entities ({shared} in more than one article), "
          f"{len(groups)} quote groups")
    if args.scale:
        for part in (8, 4, 2, 1):
            n = len(articles) // part
            t = statistics.median(build(list(articles[:n]))[0] for _ in range(args.repeat))
            print(f"  {n:6d} articles: {t:.3f} s  ({1000 * t / max(n, 1):.3f} ms per article)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
