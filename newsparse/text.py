"""Low-level text structure: lines and blocks (paragraph candidates) with their spans.

Everything here works on offsets into the original string, so that nothing is lost and
every piece can be traced back.  All loops are linear in the length of the text.
"""

from __future__ import annotations

from collections.abc import Iterator

import attrs
import regex

from .model import Span

__all__ = ["Block", "blocks", "is_blank", "lines", "strip_span"]

# A line (group 1) and its terminator (CRLF, CR or LF); possessive so nothing backtracks.
_LINE = regex.compile(r"([^\r\n]*+)(?:\r\n|\r|\n)?+")
_LEADING_WS = regex.compile(r"[^\S\r\n]*+")
# White space includes the zero-width and format characters that scraped text carries.
_WS = (" \t\n\r\f\v\u00a0\u1680\u2000\u2001\u2002\u2003\u2004\u2005\u2006"
       "\u2007\u2008\u2009\u200a\u2028\u2029\u202f\u205f\u3000\u200b\u200c"
       "\u200d\u2060\ufeff\x00")
_WS_CHARS = frozenset(_WS)

# A line longer than this is a whole unwrapped paragraph, not a hard-wrapped line.
WRAPPED_LINE_MAX = 120


def is_blank(text: str) -> bool:
    """True when ``text`` has nothing but white space (including zero-width characters)."""
    return not text.strip(_WS)  # what is left after stripping these characters from both ends


def strip_span(text: str, start: int, end: int) -> Span:
    """The span ``[start, end)`` without the white space at its two ends."""
    while start < end and text[start] in _WS_CHARS:
        start += 1
    while end > start and text[end - 1] in _WS_CHARS:
        end -= 1
    return Span(start, end)


def lines(text: str, start: int = 0, end: int | None = None) -> Iterator[Span]:
    """The spans of the lines of ``text[start:end]``, without their terminators."""
    # Bounds as a slice reads them (negative ones count from the end), as the pattern did.
    start, stop, _ = slice(start, end).indices(len(text))
    if text.find("\r", start, stop) < 0:
        # Most text has line feeds alone: ``str.find`` skips to each far faster than a
        # pattern scans the characters between.
        pos = start
        while pos < stop:
            nl = text.find("\n", pos, stop)
            if nl < 0:
                yield Span(pos, stop)
                return
            yield Span(pos, nl)
            pos = nl + 1
        return
    for m in _LINE.finditer(text, start, stop):
        if m.start() == m.end():
            break
        s, e = m.span(1)
        yield Span(s, e)


@attrs.frozen
class Block:
    """A paragraph candidate: consecutive non-blank lines, white space stripped at both ends.

    ``lines`` are the stripped spans of its lines, in order.
    """

    span: Span
    lines: tuple[Span, ...]

    def text(self, source: str) -> str:
        """The block's text."""
        return source[self.span.start : self.span.end]


def _indent(text: str, span: Span) -> int:
    m = _LEADING_WS.match(text, span.start, span.end)
    return 0 if m is None else m.end() - m.start()


def _make_block(text: str, group: list[Span]) -> Block:
    stripped = tuple(strip_span(text, s.start, s.end) for s in group)
    stripped = tuple(s for s in stripped if len(s))
    return Block(Span(stripped[0].start, stripped[-1].end), stripped)


def _split_group(text: str, group: list[Span]) -> list[list[Span]]:
    """Split one run of non-blank lines into paragraphs.

    A run is split before an indented line when other lines of the run are not indented
    (wire copy marks paragraphs by indentation), and into single lines when its lines
    are too long to be hard-wrapped (one paragraph per line).
    """
    if len(group) == 1:
        return [group]
    indents = [_indent(text, s) for s in group]
    parts: list[list[Span]] = []
    if any(indents) and not all(indents):
        current: list[Span] = []
        for span, ind in zip(group, indents, strict=True):
            if ind and current:
                parts.append(current)
                current = []
            current.append(span)
        parts.append(current)
    else:
        parts = [group]
    out: list[list[Span]] = []
    for part in parts:
        if len(part) > 1 and any(len(s) > WRAPPED_LINE_MAX for s in part):
            out.extend([s] for s in part)
        else:
            out.append(part)
    return out


def blocks(text: str, start: int = 0, end: int | None = None) -> list[Block]:
    """The paragraph candidates of ``text[start:end]`` in order."""
    result: list[Block] = []
    group: list[Span] = []
    for span in lines(text, start, end):
        if is_blank(text[span.start : span.end]):
            if group:
                result.extend(_make_block(text, g) for g in _split_group(text, group))
                group = []
        else:
            group.append(span)
    if group:
        result.extend(_make_block(text, g) for g in _split_group(text, group))
    return result
