"""Low-level text structure: lines and blocks (paragraph candidates) with their spans.

Everything here works on offsets into the original string, so that nothing is lost and
every piece can be traced back.  All loops are linear in the length of the text.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Final

import attrs
import regex

from .model import _SETTERS, Span

__all__ = ["Block", "blocks", "is_blank", "lines", "span_of", "strip_span"]

# A line (group 1) and its terminator (CRLF, CR or LF); possessive so nothing backtracks.
_LINE: Final = regex.compile(r"([^\r\n]*+)(?:\r\n|\r|\n)?+")
_LEADING_WS: Final = regex.compile(r"[^\S\r\n]*+")
# White space includes the zero-width and format characters that scraped text carries.
_WS: Final = (" \t\n\r\f\v\u00a0\u1680\u2000\u2001\u2002\u2003\u2004\u2005\u2006"
       "\u2007\u2008\u2009\u200a\u2028\u2029\u202f\u205f\u3000\u200b\u200c"
       "\u200d\u2060\ufeff\x00")
_WS_CHARS: Final = frozenset(_WS)

# A line longer than this is a whole unwrapped paragraph, not a hard-wrapped line.
WRAPPED_LINE_MAX: Final = 120

# The slots of a Span, set directly by ``span_of`` (attrs' frozen classes refuse setattr),
# as the model's pickling sets them.
_SET_START: Final = _SETTERS[Span][0]
_SET_END: Final = _SETTERS[Span][1]


def span_of(start: int, end: int) -> Span:
    """``Span(start, end)``, with its checks, made without going through attrs' ``__init__``:
    the parsers make thousands of spans a megabyte, and compiled (see ``setup.py``) this
    takes about half the time of the call through the class (0.41 against 0.76 µs)."""
    if type(start) is not int or type(end) is not int or not 0 <= start <= end:
        return Span(start, end)  # (which raises the error)
    span: Span = object.__new__(Span)
    _SET_START(span, start)
    _SET_END(span, end)
    return span


def is_blank(text: str) -> bool:
    """True when ``text`` has nothing but white space (including zero-width characters)."""
    return not text.strip(_WS)  # what is left after stripping these characters from both ends


def strip_span(text: str, start: int, end: int) -> Span:
    """The span ``[start, end)`` without the white space at its two ends."""
    while start < end and text[start] in _WS_CHARS:
        start += 1
    while end > start and text[end - 1] in _WS_CHARS:
        end -= 1
    return span_of(start, end)


def _strip_bounds(text: str, start: int, end: int) -> tuple[int, int]:
    """:func:`strip_span` as a pair, for callers that make a span of it only sometimes
    (a span costs more to make than the stripping)."""
    while start < end and text[start] in _WS_CHARS:
        start += 1
    while end > start and text[end - 1] in _WS_CHARS:
        end -= 1
    return start, end


def _line_bounds(text: str, start: int = 0, end: int | None = None) -> list[tuple[int, int]]:
    """``(start, end)`` of each line of ``text[start:end]``, without its terminator: what
    :func:`lines` yields, as pairs (cheaper than spans for callers that keep few)."""
    # Bounds as a slice reads them (negative ones count from the end), as the pattern did.
    start, stop, _ = slice(start, end).indices(len(text))
    if text.find("\r", start, stop) < 0:
        # Most text has line feeds alone: ``str.find`` skips to each far faster than a
        # pattern scans the characters between.
        out: list[tuple[int, int]] = []
        pos = start
        find = text.find
        while pos < stop:
            nl = find("\n", pos, stop)
            if nl < 0:
                out.append((pos, stop))
                break
            out.append((pos, nl))
            pos = nl + 1
        return out
    pairs: list[tuple[int, int]] = []
    for m in _LINE.finditer(text, start, stop):
        if m.start() == m.end():
            break
        pairs.append(m.span(1))
    return pairs


def lines(text: str, start: int = 0, end: int | None = None) -> Iterator[Span]:
    """The spans of the lines of ``text[start:end]``, without their terminators."""
    for s, e in _line_bounds(text, start, end):
        yield span_of(s, e)


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


def _indent(text: str, start: int, end: int) -> int:
    m = _LEADING_WS.match(text, start, end)
    return 0 if m is None else m.end() - m.start()


# A line of a run: its bounds, then its bounds without the white space at either end.
_Line = tuple[int, int, int, int]


def _split_group(text: str, group: list[_Line]) -> list[list[_Line]]:
    """Split one run of non-blank lines into paragraphs.

    A run is split before an indented line when other lines of the run are not indented
    (wire copy marks paragraphs by indentation), and into single lines when its lines
    are too long to be hard-wrapped (one paragraph per line).
    """
    if len(group) == 1:
        return [group]
    indents = [_indent(text, line[0], line[1]) for line in group]
    parts: list[list[_Line]] = []
    if any(indents) and not all(indents):
        current: list[_Line] = []
        for line, ind in zip(group, indents, strict=True):
            if ind and current:
                parts.append(current)
                current = []
            current.append(line)
        parts.append(current)
    else:
        parts = [group]
    out: list[list[_Line]] = []
    for part in parts:
        if len(part) > 1 and any(line[1] - line[0] > WRAPPED_LINE_MAX for line in part):
            out.extend([line] for line in part)
        else:
            out.append(part)
    return out


def _block_lines(text: str, start: int = 0, end: int | None = None) -> list[list[tuple[int, int]]]:
    """The stripped ``(start, end)`` of the lines of each paragraph candidate of
    ``text[start:end]``, in order: :func:`blocks` without the objects, for callers that
    need few of them."""
    ws = _WS_CHARS
    result: list[list[tuple[int, int]]] = []
    group: list[_Line] = []
    for line_start, line_end in _line_bounds(text, start, end):
        s, e = line_start, line_end
        while s < e and text[s] in ws:
            s += 1
        while e > s and text[e - 1] in ws:
            e -= 1
        if s == e:  # a blank line (white space alone) ends the run
            if group:
                result.extend([(ln[2], ln[3]) for ln in part] for part in _split_group(text, group))
                group = []
        else:
            group.append((line_start, line_end, s, e))
    if group:
        result.extend([(ln[2], ln[3]) for ln in part] for part in _split_group(text, group))
    return result


def blocks(text: str, start: int = 0, end: int | None = None) -> list[Block]:
    """The paragraph candidates of ``text[start:end]`` in order."""
    return [Block(span_of(found[0][0], found[-1][1]), tuple(span_of(s, e) for s, e in found))
            for found in _block_lines(text, start, end)]
