"""The one cache the parsers share: tables and patterns built once per parser class.

Vocabularies are class attributes that a subclass extends, so what is built from them
(compiled patterns, folded look-up tables) belongs to the class, not to the base class:
a subclass gets tables of its own the first time it asks.
"""

from __future__ import annotations

from collections.abc import Callable, Hashable
from typing import TypeVar

__all__ = ["per_class"]

K = TypeVar("K", bound=Hashable)
T = TypeVar("T")


def per_class(store: dict[K, T], cls: K, build: Callable[[], T]) -> T:
    """``store[cls]``, built with ``build()`` the first time ``cls`` asks.

    ``cls`` is a parser class, or a key made of one (``(cls, language)``).
    """
    value = store.get(cls)
    if value is None:
        value = build()
        store[cls] = value
    return value
