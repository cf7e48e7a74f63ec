"""Does parsing time grow linearly on hostile input?  Run by hand, never by the tests.

    python bench/bench_hostile.py [--size 20000] [--factor 10] [--only NAME]

Each case builds a text of about ``--size`` characters and one ``--factor`` times longer,
parses both (best CPU time of three), and prints a table: the case, the MB/s on the large
text, and the growth ratio — how many times longer the large text took, divided by how many
times longer it is (1.0 is linear; the issue allows up to 15).  Every parse is also checked
for exceptions and for segments that rebuild the source exactly.
"""

from __future__ import annotations

import argparse
import sys
import time
from collections.abc import Callable
from pathlib import Path

from bench_parse import _import_newsparse

# the cases live with the tests that check them
sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "tests"))
from hostile import CASES


def best_time(parse: Callable[[str], object], text: str) -> float:
    times = []
    for _ in range(3):
        t0 = time.process_time()
        parse(text)
        times.append(time.process_time() - t0)
    return min(times)


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--size", type=int, default=20000, help="characters of the small text (default 20000)")
    ap.add_argument("--factor", type=int, default=10, help="how many times longer the large text is")
    ap.add_argument("--only", help="run only the cases whose name contains this")
    args = ap.parse_args(argv)
    newsparse = _import_newsparse()
    newsparse.parse("Warm up. The parser compiles its patterns once.")
    print(f"{'case':<22} {'MB/s':>7} {'growth':>7}  checks")
    worst = 0.0
    for name, make in CASES.items():
        if args.only and args.only not in name:
            continue
        small, large = make(args.size), make(args.size * args.factor)
        checks = "ok"
        for text in (small, large):
            try:
                article = newsparse.parse(text)
            except Exception as e:  # a benchmark reports a failure, it does not stop
                checks = f"raised {type(e).__name__}"
                break
            if "".join(text[s.span.start:s.span.end] for s in article.segments) != text:
                checks = "lossy"
        t_small = best_time(newsparse.parse, small)
        t_large = best_time(newsparse.parse, large)
        growth = (t_large / max(t_small, 1e-6)) / (len(large) / len(small))
        worst = max(worst, growth)
        mbs = len(large.encode("utf-8")) / 1e6 / max(t_large, 1e-6)
        print(f"{name:<22} {mbs:7.2f} {growth:7.2f}  {checks}")
    print(f"worst growth ratio: {worst:.2f} (1.0 is linear)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
