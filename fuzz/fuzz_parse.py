"""A coverage-guided fuzzer for newsparse (atheris).  Run by hand, for as long as you like:

    pip install atheris
    mkdir -p fuzz/work
    python fuzz/fuzz_parse.py -max_total_time=600 -max_len=4096 fuzz/work fuzz/seeds

New inputs that reach new code go to ``fuzz/work`` (ignored by git); ``fuzz/seeds`` holds a
few article shapes to start from.
Each input is turned into text three ways (UTF-8 with errors replaced, Latin-1, and the
fuzzer's own string consumer) and parsed; bytes also go through ``load()``.  The checks are
the library's promises: text never raises, the segments rebuild the source exactly, every
span lies inside it, and a second parse gives the same article.  Bytes may raise only the
library's own :class:`newsparse.NewsparseError`.  A failure stops the run with the input
saved by libFuzzer (``crash-*``); ``python fuzz/fuzz_parse.py crash-…`` replays it.

``check_text`` and ``check_bytes`` are plain functions: the tests run them on a few inputs
so the harness cannot rot.
"""

from __future__ import annotations

import io
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
if (ROOT / "newsparse" / "__init__.py").is_file():
    sys.path.insert(0, str(ROOT))

import newsparse  # noqa: E402 - after the path of this checkout


def check_text(text: str) -> None:
    """Parse ``text`` and check the promises that hold for any text."""
    article = newsparse.parse(text)
    rebuilt = "".join(text[s.span.start:s.span.end] for s in article.segments)
    if rebuilt != text:
        raise AssertionError("the segments do not rebuild the source")
    spans = [s.span for s in article.segments]
    spans += [p.span for p in article.paragraphs] + [q.span for q in article.quotes]
    spans += [m.span for e in article.entities for m in e.mentions]
    for span in spans:
        if not 0 <= span.start <= span.end <= len(text):
            raise AssertionError(f"span {span} outside the source")
    if newsparse.parse(text) != article:
        raise AssertionError("a second parse differs")


def check_bytes(data: bytes) -> None:
    """``load()`` on ``data``: an article, or the library's own error."""
    try:
        article = newsparse.load(io.BytesIO(data))
    except newsparse.NewsparseError:
        return
    check_text(article.source)


def test_one_input(data: bytes) -> None:
    """The fuzzer's entry point."""
    import atheris

    check_text(data.decode("utf-8", "replace"))
    check_text(data.decode("latin-1"))
    check_text(atheris.FuzzedDataProvider(data).ConsumeUnicodeNoSurrogates(len(data)))
    check_bytes(data)


def main() -> None:
    """Run libFuzzer with ``sys.argv``."""
    import atheris

    atheris.instrument_all()  # coverage of newsparse's code guides the fuzzer
    atheris.Setup(sys.argv, test_one_input)
    atheris.Fuzz()


if __name__ == "__main__":
    main()
