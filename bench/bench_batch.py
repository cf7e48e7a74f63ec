"""How does ``newsparse.parse_many`` scale?  Run by hand, never by the tests.

    python bench/bench_batch.py [--corpus PATH.jsonl(.gz)] [--articles N] [--workers 1 2] [--repeat R]
                                [--then json]
    python bench/bench_batch.py --stream 100000 --workers 2

The first form parses the same ``N`` articles (the corpus's stories, repeated as needed)
with each number of workers, ``R`` times (1 worker, 2 workers, 1, 2, ...: wall-clock time
on a shared machine drifts, and taking turns spreads the drift over all), and prints every
run, then each number's median time and MB/s and the median of the runs' speed-ups over
the first number of workers, with their range, so that the noise can be judged, and
beside them what the machine gives to plain parallel work (a pure-Python loop in N
processes side by side against one after the other)
(``--then json``: each article's JSON made in the worker, ``parse_many``'s ``then=``, as
``newsparse parse --jsonl`` does, instead of the articles themselves).  The
second streams ``N`` articles through ``parse_many`` (each story made unique by a
numbered line, the results dropped as they come) and prints, every tenth of the way, the
resident memory (RSS) of this process and of the largest worker, and the proportional
memory (PSS, shared pages counted once) of all of them together, then the peaks: memory
must stay flat however long the stream.

The default corpus is the robustness stories of the shared evaluation data
(``../shared/eval/dev/stories.jsonl.gz``) when it is there, else the bundled example.
"""

from __future__ import annotations

import argparse
import itertools
import json
import multiprocessing
import os
import platform
import resource
import statistics
import sys
import time
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))

from bench_parse import DEFAULT_CORPUS, _build_name, _import_newsparse, _spin, read_corpus


def _proc_mb(pid: str, name: str, field: str) -> float:
    """A memory figure of a process in MB, read from ``/proc/PID/NAME`` (Linux; 0 elsewhere)."""
    try:
        with open(f"/proc/{pid}/{name}", encoding="ascii") as f:
            for line in f:
                if line.startswith(field):
                    return int(line.split()[1]) / 1024
    except OSError:
        pass
    return 0.0


def _rss_mb(pid: str = "self") -> float:
    """Resident memory of a process in MB."""
    return _proc_mb(pid, "status", "VmRSS:")


def _pss_mb(pid: str = "self") -> float:
    """Proportional memory of a process in MB: its own pages, and its share of the pages it
    shares with others (forked workers share the vocabularies with their parent)."""
    return _proc_mb(pid, "smaps_rollup", "Pss:")


def _children() -> list[str]:
    """The pids of this process's child processes (the workers)."""
    me = str(os.getpid())
    pids = []
    for stat in Path("/proc").glob("[0-9]*/stat"):
        try:
            fields = stat.read_text(encoding="ascii", errors="replace").rsplit(")", 1)[1].split()
        except OSError:
            continue
        if fields[1] == me:  # the parent's pid
            pids.append(stat.parent.name)
    return pids


def _texts(args: argparse.Namespace) -> list[str]:
    corpus = args.corpus or (DEFAULT_CORPUS if DEFAULT_CORPUS.is_file() else None)
    if corpus is not None:
        return [text for _, text in read_corpus(corpus, "text")]
    from newsparse.cli import example_text

    return [example_text()]


def _cpu() -> tuple[float, float]:
    """CPU seconds so far of this process, and of its children that have ended (the workers
    of the pools shut down so far)."""
    t = os.times()
    return t.user + t.system, t.children_user + t.children_system


def _article_json(article: Any) -> str:
    """``--then json``: the article's JSON, made where it is parsed (as ``newsparse parse
    --jsonl`` makes it)."""
    return json.dumps(article.to_dict(), ensure_ascii=False, separators=(",", ":"))


def _capacity(workers: int, loops: int = 3_000_000) -> float:
    """How much faster ``workers`` copies of a pure-Python loop run side by side, each in a
    process of its own, than one after the other: what this machine gives to work that needs
    nothing from another process, right now.  On a virtual machine whose cores share one
    physical core, or a host that is busy, it can be 1.0 however many cores it shows."""
    started = time.perf_counter()
    for _ in range(workers):
        _spin(loops)
    alone = time.perf_counter() - started
    forking = "fork" in multiprocessing.get_all_start_methods()
    context = multiprocessing.get_context("fork" if forking else None)
    with context.Pool(workers) as pool:
        pool.map(_spin, [loops // 100] * workers)  # start-up, not timed
        started = time.perf_counter()
        pool.map(_spin, [loops] * workers)
        together = time.perf_counter() - started
    return alone / together


def _speedup(newsparse: object, texts: list[str], articles: int, workers: list[int], repeat: int,
             then: Callable[[Any], Any] | None = None) -> None:
    """Time ``parse_many`` on the same articles with each number of workers, ``repeat`` times,
    the numbers of workers taking turns (1, 2, 1, 2, ...) so that a slow spell of a shared
    machine falls on all of them alike; print every run, then the medians."""
    batch = list(itertools.islice(itertools.cycle(texts), articles))
    size = sum(len(t.encode("utf-8")) for t in batch) / 1e6
    print(f"articles:   {len(batch)} ({size:.2f} MB UTF-8), {repeat} runs of each, taking turns")
    parse_many = newsparse.parse_many  # type: ignore[attr-defined]
    for n in workers:
        list(parse_many(batch[: 4 * n], workers=n, then=then))  # start-up and vocabularies, not timed
    seconds: dict[int, list[float]] = {n: [] for n in workers}
    cpu_seconds: dict[int, list[float]] = {n: [] for n in workers}
    for run in range(1, repeat + 1):
        for n in workers:
            own, kids = _cpu()
            started = time.perf_counter()
            count = sum(1 for _ in parse_many(batch, workers=n, then=then))
            elapsed = time.perf_counter() - started
            own, kids = _cpu()[0] - own, _cpu()[1] - kids
            assert count == len(batch)
            seconds[n].append(elapsed)
            cpu_seconds[n].append(own + kids)
            # CPU time does not count the waits for a core that other programs hold: this
            # process's is the whole parse with one worker and, with more, its own share of
            # the parse plus what sending chunks and unpickling the workers' results cost
            print(f"run {run} workers {n}:  {elapsed:6.2f} s  {size / elapsed:5.2f} MB/s  "
                  f"(CPU: this process {own:5.2f} s, workers {kids:5.2f} s)")
    base = workers[0]
    for n in workers:
        if n > 1:
            print(f"this machine, for comparison: {n} pure-Python loops ran {_capacity(n):.2f}x faster in "
                  f"{n} processes side by side than one after the other")
    print(f"median of {repeat}; speed-up over {base} worker{'s' if base > 1 else ''}: the median of the "
          "runs' pairs, their range, and what CPU time allows on an idle machine")
    cores = os.cpu_count() or 1
    for n in workers:
        pairs = [b / t for b, t in zip(seconds[base], seconds[n], strict=True)]
        # on min(n, cores) idle cores the run could take no less than its CPU time shared out
        bound = statistics.median(cpu_seconds[base]) / min(base, cores) / (
            statistics.median(cpu_seconds[n]) / min(n, cores))
        median, speedup = statistics.median(seconds[n]), statistics.median(pairs)
        print(f"workers {n}:  {median:6.2f} s  {size / median:5.2f} MB/s  speed-up {speedup:.2f}x "
              f"({min(pairs):.2f}-{max(pairs):.2f}), by CPU time {bound:.2f}x")


def _stream(newsparse: object, texts: list[str], articles: int, workers: int) -> None:
    def items() -> Iterator[str]:
        for i, text in enumerate(itertools.islice(itertools.cycle(texts), articles)):
            yield f"{text}\n\n(Item {i}.)"

    parse_many = newsparse.parse_many  # type: ignore[attr-defined]
    step = max(1, articles // 10)
    peak_self = peak_worker = peak_total = 0.0
    started = time.perf_counter()
    print(f"{'articles':>10} {'seconds':>8} {'this RSS':>9} {'worker RSS':>11} {'all PSS':>8}  (MB)")
    for i, _ in enumerate(parse_many(items(), workers=workers), 1):
        if i % step == 0 or i == articles:
            kids = _children()
            own = _rss_mb()
            worker = max((_rss_mb(pid) for pid in kids), default=0.0)
            total = _pss_mb() + sum(_pss_mb(pid) for pid in kids)
            peak_self, peak_worker, peak_total = max(peak_self, own), max(peak_worker, worker), \
                max(peak_total, total)
            print(f"{i:>10} {time.perf_counter() - started:>8.1f} {own:>9.1f} {worker:>11.1f} {total:>8.1f}")
    max_rss = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(f"peak: this process {peak_self:.1f} MB RSS (ru_maxrss {max_rss:.1f} MB), the largest worker "
          f"{peak_worker:.1f} MB RSS, all processes together {peak_total:.1f} MB PSS")


def main(argv: list[str] | None = None) -> int:
    """Run the benchmark; return the exit status."""
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--corpus", type=Path, default=None, help="a .jsonl or .jsonl.gz file with a text field")
    ap.add_argument("--articles", type=int, default=2000, help="articles per timing (default: 2000)")
    ap.add_argument("--workers", type=int, nargs="+", default=[1, 2], help="numbers of workers to time")
    ap.add_argument("--repeat", type=int, default=3, metavar="R",
                    help="timed runs of each number of workers, taking turns (default: 3)")
    ap.add_argument("--then", choices=["none", "json"], default="none",
                    help="json: each article's JSON made in the worker (parse_many's then=), as the "
                         "CLI batch does; none (default): the articles themselves")
    ap.add_argument("--stream", type=int, default=None, metavar="N",
                    help="stream N articles and report memory instead of timing")
    args = ap.parse_args(argv)
    newsparse = _import_newsparse()
    texts = _texts(args)
    print(f"newsparse {newsparse.__version__} ({_build_name(newsparse)}) on Python "
          f"{platform.python_version()} ({platform.machine()})")
    if args.stream is not None:
        _stream(newsparse, texts, args.stream, args.workers[-1])
    else:
        _speedup(newsparse, texts, args.articles, args.workers, args.repeat,
                 _article_json if args.then == "json" else None)
    return 0


if __name__ == "__main__":
    sys.exit(main())
