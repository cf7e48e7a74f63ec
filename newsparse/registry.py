"""A named, prioritised registry of processors, after Python-Markdown's ``Registry``.

Extensions add a processor under a name with a priority, replace one by registering the
same name again, or remove one by name; iteration runs from the highest priority down.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Generic, TypeVar

import attrs

__all__ = ["Registry"]

T = TypeVar("T")


@attrs.frozen
class _Entry(Generic[T]):
    name: str
    priority: float
    order: int
    item: T


class Registry(Generic[T]):
    """Items kept by name and run in order of descending priority (ties: first added first)."""

    def __init__(self) -> None:
        self._entries: dict[str, _Entry[T]] = {}
        self._counter = 0

    def register(self, item: T, name: str, priority: float) -> None:
        """Add ``item`` under ``name``; an item already under that name is replaced."""
        self._counter += 1
        self._entries[name] = _Entry(name, priority, self._counter, item)

    def deregister(self, name: str, strict: bool = True) -> None:
        """Remove the item called ``name`` (``KeyError`` if absent and ``strict``)."""
        if name in self._entries:
            del self._entries[name]
        elif strict:
            raise KeyError(name)

    def __contains__(self, name: object) -> bool:
        return name in self._entries

    def __getitem__(self, name: str) -> T:
        return self._entries[name].item

    def __len__(self) -> int:
        return len(self._entries)

    def names(self) -> list[str]:
        """The names in running order."""
        return [e.name for e in self._sorted()]

    def _sorted(self) -> list[_Entry[T]]:
        return sorted(self._entries.values(), key=lambda e: (-e.priority, e.order))

    def __iter__(self) -> Iterator[T]:
        return iter([e.item for e in self._sorted()])

    def copy(self) -> Registry[T]:
        """A shallow copy, so a parser instance can change its registry without touching others."""
        new: Registry[T] = Registry()
        new._entries = dict(self._entries)
        new._counter = self._counter
        return new
