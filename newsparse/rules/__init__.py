"""Rule packs: the words of one language that the parsers need, as plain data.

One module per language (``es``, ``de``, …), named by its ISO 639-1 code.  Each holds
vocabularies keyed by the name of the parser class attribute they extend, for example
``ENTITIES["FUNCTION_WORDS"]`` adds to :attr:`newsparse.entities.EntityParser.FUNCTION_WORDS`
when the text is in that language.  A new language is one new module and one entry in the
parser's ``LANGUAGE_VOCABULARIES``; a subclass can add or replace packs the same way.
"""

from __future__ import annotations

from collections.abc import Mapping

from .de import ENTITIES as _DE_ENTITIES
from .es import ENTITIES as _ES_ENTITIES

__all__ = ["ENTITY_PACKS"]

#: Entity vocabularies by language code (what :class:`~newsparse.entities.EntityParser` reads).
ENTITY_PACKS: Mapping[str, Mapping[str, frozenset[str]]] = {
    "es": _ES_ENTITIES,
    "de": _DE_ENTITIES,
}
