"""The JSON Schema (draft 2020-12) of :meth:`newsparse.Article.to_dict`.

:func:`schema` returns it as a plain dict, ready for ``json.dumps`` or for a validator
such as ``jsonschema`` (not a dependency of newsparse); ``newsparse schema`` prints it.

The schema is strict: every object lists all its keys as required and allows no others,
kinds are enumerated, spans are pairs of non-negative integers and dates are ISO 8601
strings.  What it cannot say (a span's start is not after its end, spans lie inside the
source, the segments partition it) the parser guarantees and the test suite checks.

    >>> import newsparse
    >>> s = newsparse.schema()
    >>> s["$schema"], s["title"]
    ('https://json-schema.org/draft/2020-12/schema', 'newsparse Article')
    >>> sorted(s["required"]) == sorted(newsparse.parse("Hello.").to_dict())
    True
"""

from __future__ import annotations

import copy
from typing import Any

from .model import EntityKind

__all__ = [
    "AUTHOR_KINDS",
    "BOILERPLATE_KINDS",
    "QUOTE_KINDS",
    "SCHEMA_DIALECT",
    "SEGMENT_KINDS",
    "schema",
]

#: The JSON Schema dialect the schema is written in.
SCHEMA_DIALECT = "https://json-schema.org/draft/2020-12/schema"

#: ``Segment.kind`` values: the pieces ``Article.segments`` cuts the source into.
SEGMENT_KINDS: tuple[str, ...] = (
    "headline", "standfirst", "byline", "dateline", "caption", "credit", "body", "boilerplate",
    "front", "blank", "other",
)
#: ``Boilerplate.kind`` values.
BOILERPLATE_KINDS: tuple[str, ...] = (
    "comments", "publication", "author-bio", "author-photo", "credits", "copyright", "signoff",
    "related", "social", "newsletter", "advertisement", "other",
)
#: ``Author.kind`` values: a named person, or a desk an outlet presents as the author.
AUTHOR_KINDS: tuple[str, ...] = ("person", "desk")
#: ``Quote.kind`` values: a full quoted sentence or more, or a quoted fragment.
QUOTE_KINDS: tuple[str, ...] = ("direct", "partial")

# ISO 8601 as ``date.isoformat()`` and ``datetime.isoformat()`` write it.
_ISO_DATE = r"^[0-9]{4}-[0-9]{2}-[0-9]{2}$"
_ISO_DATE_OR_TIME = (
    r"^[0-9]{4}-[0-9]{2}-[0-9]{2}"
    r"(T[0-9]{2}:[0-9]{2}(:[0-9]{2}(\.[0-9]{1,6})?)?"
    r"([+-][0-9]{2}:[0-9]{2}(:[0-9]{2}(\.[0-9]{1,6})?)?|Z)?)?$"
)


def _obj(properties: dict[str, Any], description: str) -> dict[str, Any]:
    return {
        "type": "object",
        "description": description,
        "properties": properties,
        "required": list(properties),
        "additionalProperties": False,
    }


def _ref(name: str) -> dict[str, Any]:
    return {"$ref": f"#/$defs/{name}"}


def _nullable(value: dict[str, Any]) -> dict[str, Any]:
    return {"anyOf": [value, {"type": "null"}]}


def _array(items: dict[str, Any]) -> dict[str, Any]:
    return {"type": "array", "items": items}


def _enum(values: tuple[str, ...] | list[str]) -> dict[str, Any]:
    return {"type": "string", "enum": list(values)}


_STR = {"type": "string"}
_OPT_STR = {"type": ["string", "null"]}
_OPT_INT = {"type": ["integer", "null"]}
_SPAN = _ref("Span")
_OPT_SPAN = _nullable(_ref("Span"))


def _build() -> dict[str, Any]:
    defs: dict[str, Any] = {
        "Span": {
            "type": "array",
            "description": "[start, end): a Python slice of Article.source (start <= end).",
            "prefixItems": [{"type": "integer", "minimum": 0}, {"type": "integer", "minimum": 0}],
            "items": False,
            "minItems": 2,
        },
        "Date": {"type": "string", "format": "date", "pattern": _ISO_DATE},
        "DateOrTime": {
            "type": "string",
            "description": "date.isoformat() or datetime.isoformat().",
            "pattern": _ISO_DATE_OR_TIME,
        },
        "Segment": _obj({"kind": _enum(SEGMENT_KINDS), "span": _SPAN},
                        "One piece of the partition of the source."),
        "Author": _obj({
            "name": _STR,
            "span": _OPT_SPAN,
            "role": _OPT_STR,
            "outlet": _OPT_STR,
            "location": _OPT_STR,
            "email": _OPT_STR,
            "handle": _OPT_STR,
            "kind": _enum(AUTHOR_KINDS),
        }, "One author named by a byline or a trailing credit."),
        "Byline": _obj({
            "text": _STR,
            "span": _SPAN,
            "authors": _array(_ref("Author")),
            "outlet": _OPT_STR,
            "published": _nullable(_ref("DateOrTime")),
        }, "A byline as printed, with the authors it names."),
        "Dateline": _obj({
            "text": _STR,
            "span": _SPAN,
            "location": _OPT_STR,
            "month": {"type": ["integer", "null"], "minimum": 1, "maximum": 12},
            "day": {"type": ["integer", "null"], "minimum": 1, "maximum": 31},
            "date": _nullable(_ref("Date")),
            "date_text": _OPT_STR,
            "agency": _OPT_STR,
            "year": _OPT_INT,
        }, "The place-and-date line that opens a wire story."),
        "Credit": _obj({
            "text": _STR,
            "span": _SPAN,
            "names": _array(_STR),
            "agency": _OPT_STR,
        }, "A photo credit: photographers and agency."),
        "Photo": _obj({
            "span": _SPAN,
            "caption": _OPT_STR,
            "caption_span": _OPT_SPAN,
            "credit": _nullable(_ref("Credit")),
        }, "A photo's caption and credit."),
        "Boilerplate": _obj({"kind": _enum(BOILERPLATE_KINDS), "text": _STR, "span": _SPAN},
                            "Text split off as not being the story."),
        "Paragraph": _obj({"text": _STR, "span": _SPAN}, "One paragraph of the body."),
        "Mention": _obj({"text": _STR, "span": _SPAN}, "One place where an entity is named."),
        "Entity": _obj({
            "name": _STR,
            "kind": _enum([k.value for k in EntityKind]),
            "mentions": _array(_ref("Mention")),
            "titles": _array(_STR),
        }, "A person, organisation, place or other named thing."),
        "Quote": _obj({
            "text": _STR,
            "span": _SPAN,
            "speaker": _OPT_STR,
            "cue": _OPT_STR,
            "kind": _enum(QUOTE_KINDS),
            "speaker_span": _OPT_SPAN,
            "cue_span": _OPT_SPAN,
            "how": _OPT_STR,
        }, "A quotation with its speaker and cue; how names the attributing rule."),
        "Defect": _obj({"kind": _STR, "message": _STR, "span": _OPT_SPAN},
                       "Something odd met while parsing, recorded rather than raised."),
    }
    article = _obj({
        "source": _STR,
        "headline": _OPT_STR,
        "headline_span": _OPT_SPAN,
        "standfirst": _OPT_STR,
        "byline": _nullable(_ref("Byline")),
        "authors": _array(_STR),
        "dateline": _nullable(_ref("Dateline")),
        "published": _nullable(_ref("DateOrTime")),
        "photos": _array(_ref("Photo")),
        "boilerplate": _array(_ref("Boilerplate")),
        "paragraphs": _array(_ref("Paragraph")),
        "quotes": _array(_ref("Quote")),
        "entities": _array(_ref("Entity")),
        "language": {"type": ["string", "null"], "pattern": "^[a-z]{2,3}$",
                     "description": "ISO 639-1 code."},
        "segments": _array(_ref("Segment")),
        "defects": _array(_ref("Defect")),
    }, "A parsed news article: Article.to_dict().")
    return {
        "$schema": SCHEMA_DIALECT,
        "$id": "https://example.org/newsparse/schema/article.json",
        "title": "newsparse Article",
        **article,
        "$defs": defs,
    }


_SCHEMA = _build()


def schema() -> dict[str, Any]:
    """The JSON Schema of :meth:`newsparse.Article.to_dict`, as a new dict (yours to change).

    Validate with any draft 2020-12 validator, e.g.
    ``jsonschema.Draft202012Validator(newsparse.schema()).validate(article.to_dict())``.
    """
    return copy.deepcopy(_SCHEMA)
