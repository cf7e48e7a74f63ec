#!/usr/bin/env python3
"""Where do the quote scorer's false positives come from?  Run by hand, never by the tests.

    python tools/quote_detection_breakdown.py [--gold ../shared/eval/dev/quotes.jsonl.gz]

``../shared/eval/score.py quotes`` counts as a false positive every attributed quote of
ours that matches no gold quotation.  This tool parses the same articles, matches them
with the scorer's own functions, and sorts those false positives into:

* ``piece``: it lies inside a gold quotation that another quote of ours matched: PolNeAR
  annotates ``"A," he said. "B."`` as one quotation of two pieces, while newsparse (and
  the seeds' expected parse) gives one quote per pair of marks;
* ``labelled indirect``: it overlaps a gold item that is not a quotation by its
  ``quote_type`` label (``indirect``), which the scorer leaves out of the gold set; the
  tool reports how many of those items begin with a quotation mark, and from which
  publisher;
* ``elsewhere``: everything else (no gold item there, or a partial overlap).

Then it prints detection precision, recall and F1 as scored and with each kind left out,
overall and per publisher.  It needs the shared evaluation data beside the project.
"""

from __future__ import annotations

import argparse
import gzip
import json
import re
import sys
from collections import Counter
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
EVAL = ROOT.parent / "shared" / "eval"
_OPENING_MARK = re.compile(r"^\s*(?:''|``|[\"“‘'«„])")


def _f1(tp: int, predicted: int, gold: int) -> tuple[float, float, float]:
    p = tp / predicted if predicted else 0.0
    r = tp / gold if gold else 0.0
    return p, r, (2 * p * r / (p + r) if p + r else 0.0)


def main(argv: list[str] | None = None) -> int:
    """Print the breakdown; return the exit status."""
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--gold", type=Path, default=EVAL / "dev" / "quotes.jsonl.gz")
    args = ap.parse_args(argv)
    sys.path.insert(0, str(ROOT))
    sys.path.insert(0, str(EVAL))
    from score import _quote_match, is_quotation, speaker_of  # the scorer's own rules

    import newsparse

    counts: Counter[tuple[str, str]] = Counter()
    marked_indirect: Counter[str] = Counter()
    opener = gzip.open if args.gold.suffix == ".gz" else open
    with opener(args.gold, "rt", encoding="utf-8") as f:
        for line in f:
            record: dict[str, Any] = json.loads(line)
            group = str(record.get("publisher") or "?")
            article = newsparse.parse(record["text"])
            golds = [g for g in record["quotes"] if is_quotation(g)]
            others = [g for g in record["quotes"] if not is_quotation(g)]
            marked_indirect[group] += sum(1 for g in others if _OPENING_MARK.match(g.get("text") or ""))
            preds = list(article.quotes)
            used: set[int] = set()
            for g in golds:
                j = next((j for j, q in enumerate(preds)
                          if j not in used and _quote_match(g, q, record["text"])), None)
                if j is not None:
                    used.add(j)
            counts[group, "gold"] += len(golds)
            for j, q in enumerate(preds):
                if not speaker_of(q):
                    continue  # the scorer counts attributed quotes only
                counts[group, "predicted"] += 1
                if j in used:
                    counts[group, "found"] += 1
                elif any(g["start"] <= q.span.start and q.span.end <= g["end"] for g in golds):
                    counts[group, "piece"] += 1
                elif any(min(g["end"], q.span.end) > max(g["start"], q.span.start) for g in others) \
                        and not any(min(g["end"], q.span.end) > max(g["start"], q.span.start) for g in golds):
                    counts[group, "labelled indirect"] += 1
                else:
                    counts[group, "elsewhere"] += 1

    groups = sorted({g for g, _ in counts}, key=lambda g: -counts[g, "predicted"])
    print(f"{'publisher':<14} {'gold':>5} {'ours':>5} {'found':>5} {'piece':>5} {'indir.':>6} {'else':>5} "
          f"{'marked gold indirect':>20}  F1 as scored / without pieces / without both")
    for name in [*groups, "all"]:
        def get(key: str, name: str = name) -> int:
            return sum(counts[g, key] for g in groups) if name == "all" else counts[name, key]
        gold, predicted, found = get("gold"), get("predicted"), get("found")
        piece, indirect = get("piece"), get("labelled indirect")
        marked = sum(marked_indirect.values()) if name == "all" else marked_indirect[name]
        scored = _f1(found, predicted, gold)[2]
        no_pieces = _f1(found, predicted - piece, gold)[2]
        neither = _f1(found, predicted - piece - indirect, gold)[2]
        elsewhere = get("elsewhere")
        print(f"{name:<14} {gold:>5} {predicted:>5} {found:>5} {piece:>5} {indirect:>6} {elsewhere:>5} "
              f"{marked:>20}  {scored:.3f} / {no_pieces:.3f} / {neither:.3f}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
