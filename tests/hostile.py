"""Hostile inputs: each builds a text of about ``n`` characters of one kind of trouble.

Shared by ``tests/test_reliability.py`` (each parses without exception and losslessly, and
ten times the text takes about ten times as long) and ``bench/bench_hostile.py`` (the
table of MB/s and growth ratios).
"""

from __future__ import annotations

from collections.abc import Callable


def _repeat(unit: str) -> Callable[[int], str]:
    return lambda n: (unit * (n // len(unit) + 1))[:n]


CASES: dict[str, Callable[[int], str]] = {
    "quotation marks": _repeat('"“”‘’«»„'),
    "unclosed quotes": _repeat('He said "yes and '),
    "capitals": _repeat("ABC DEF GHI JKL "),
    "capitalised words": _repeat("Alpha Beta Gamma Delta "),
    "initials": _repeat("J. K. L. M. "),
    "By lines": _repeat("By John Smith and Jane Roe\n"),
    "agency parentheses": _repeat("LONDON (Reuters) (AP) (AFP) - "),
    "dashes": _repeat("- — – -- "),
    "credits": _repeat("Photo: Jane Doe/AP Photograph: X/Getty Images\n"),
    "commas": _repeat(", , ,, "),
    "one long line": _repeat("The council met on Monday and said the plan would go ahead. "),
    "only newlines": _repeat("\n"),
    "CRLF": _repeat("\r\n"),
    "spaces": _repeat(" "),
    "NUL and controls": _repeat("\x00\x01\x02\x1b\x7f"),
    "zero-width and bidi": _repeat("a\u200b\u200e\u202eb\u2066c "),
    "combining marks": _repeat("e\u0301\u0302\u0303 "),
    "emoji": _repeat("😀🎉👍🏽 "),
    "CJK": _repeat("東京で会議が開かれた。"),
    "right-to-left": _repeat("قال الرئيس إن الخطة ستمضي قدما. "),
    "deep brackets": lambda n: "(" * (n // 2) + ")" * (n - n // 2),
    "tiny paragraphs": _repeat("A.\n\n"),
    "said sentences": _repeat('"We will go," said Anna Berg. '),
    "names and titles": _repeat("President John Smith, Minister Jane Roe and Dr. Ali Khan. "),
    "caption lines": _repeat("A crowd in the square.\nJane Doe\nReuters\n"),
}
