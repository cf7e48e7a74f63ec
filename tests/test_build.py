"""The two builds: parsers compiled with mypyc (``setup.py``) or plain Python.

The suite runs against whichever build is imported (``.ci/run`` runs it both ways); these
tests check that ``newsparse.compiled`` tells the truth and that the compiled classes stay
open to extension.
"""

from __future__ import annotations

import os
from typing import ClassVar

import newsparse
from newsparse import boilerplate, bylines, datelines, entities, language, photos, quotes

PARSER_MODULES = (boilerplate, bylines, datelines, entities, language, photos, quotes)


def _is_extension(module: object) -> bool:
    return not str(getattr(module, "__file__", "")).endswith(".py")


def test_compiled_tells_how_the_parsers_run() -> None:
    assert isinstance(newsparse.compiled, bool)
    assert newsparse.compiled == all(_is_extension(m) for m in PARSER_MODULES)
    # all or none: the compiled modules share one library
    assert len({_is_extension(m) for m in PARSER_MODULES}) == 1


def test_the_pure_python_run_imports_python() -> None:
    if os.environ.get("NEWSPARSE_PURE_PYTHON") == "1":
        assert not newsparse.compiled
    if os.environ.get("NEWSPARSE_EXPECT_COMPILED") == "1":  # set by .ci/run for its first run
        assert newsparse.compiled


class _HouseEntities(newsparse.EntityParser):
    ORG_WORDS: ClassVar[frozenset[str]] = newsparse.EntityParser.ORG_WORDS | {"collective"}

    def place_rank(self, key: str) -> int | None:
        return 2 if key == "zorblax" else super().place_rank(key)


def test_a_subclass_of_a_compiled_parser_takes_effect() -> None:
    """Interpreted subclasses of the (possibly compiled) parsers: new words and overridden
    hooks both reach the parser's own code."""
    house = newsparse.ArticleParser(entity_parser=_HouseEntities())
    text = "The Harbour Collective met on Monday. The team flew to Zorblax."
    plain_kinds = {e.name: e.kind for e in newsparse.parse(text).entities}
    house_kinds = {e.name: e.kind for e in newsparse.parse(text, parser=house).entities}
    assert plain_kinds == {"Harbour Collective": newsparse.EntityKind.PERSON,
                           "Zorblax": newsparse.EntityKind.ORG}
    assert house_kinds == {"Harbour Collective": newsparse.EntityKind.ORG,  # a class attribute
                           "Zorblax": newsparse.EntityKind.LOC}  # an overridden method
