"""Helpers the rule packs share to write their vocabularies legibly."""

from __future__ import annotations


def words(text: str) -> frozenset[str]:
    """Words separated by white space."""
    return frozenset(text.split())


def names(text: str) -> frozenset[str]:
    """Names separated by commas (they may hold spaces)."""
    return frozenset(n.strip() for n in text.split(",") if n.strip())
