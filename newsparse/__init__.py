"""newsparse: the plain text of a news article, turned into typed, traceable structure.

>>> import newsparse
>>> article = newsparse.parse("Storm hits coast\\n\\nBy Jane Doe\\n\\nLONDON (Reuters) - Rain fell.")
>>> article.headline, article.authors, article.dateline.location
('Storm hits coast', ('Jane Doe',), 'LONDON')
"""

from __future__ import annotations

import datetime as dt
import threading
from typing import Any

from . import entities as _entities_module
from . import quotes as _quotes_module
from .batch import BadRecord, ParseFailure, parse_many, parse_partition, parse_records
from .boilerplate import BoilerplateParser
from .bylines import BylineParser
from .corpus import Corpus, CorpusEntity, QuoteGroup
from .datelines import DatelineParser
from .dates import DateInfo
from .entities import EntityParser
from .errors import (
    DecodeError,
    DefectError,
    InputTypeError,
    NewsparseError,
    SourceNotFound,
    SourceUnreadable,
)
from .language import LanguageDetector
from .loading import decode, read_source
from .model import (
    Article,
    Author,
    Boilerplate,
    Byline,
    Credit,
    Dateline,
    Defect,
    Entity,
    EntityKind,
    Mention,
    Paragraph,
    Photo,
    Quote,
    Segment,
    Span,
)
from .photos import CreditParser, PhotoParser
from .pipeline import ArticleParser, Draft, Processor
from .policy import DEFAULT, STRICT, Policy
from .quotes import QuoteParser
from .records import to_records
from .registry import Registry
from .schema import schema

__version__ = "0.1.0"

#: Whether the parsers run compiled (C extensions built with mypyc when newsparse was
#: installed; see ``setup.py``) or as plain Python.  Both parse every text the same way.
compiled: bool = all(not (module.__file__ or ".py").endswith(".py") for module in (
    _entities_module, _quotes_module))

__all__ = [
    "DEFAULT",
    "STRICT",
    "Article",
    "ArticleParser",
    "Author",
    "BadRecord",
    "Boilerplate",
    "BoilerplateParser",
    "Byline",
    "BylineParser",
    "Corpus",
    "CorpusEntity",
    "Credit",
    "CreditParser",
    "DateInfo",
    "Dateline",
    "DatelineParser",
    "DecodeError",
    "Defect",
    "DefectError",
    "Draft",
    "Entity",
    "EntityKind",
    "EntityParser",
    "InputTypeError",
    "LanguageDetector",
    "Mention",
    "NewsparseError",
    "Paragraph",
    "ParseFailure",
    "Photo",
    "PhotoParser",
    "Policy",
    "Processor",
    "Quote",
    "QuoteGroup",
    "QuoteParser",
    "Registry",
    "Segment",
    "SourceNotFound",
    "SourceUnreadable",
    "Span",
    "__version__",
    "compiled",
    "decode",
    "load",
    "parse",
    "parse_byline",
    "parse_caption",
    "parse_credit",
    "parse_dateline",
    "parse_many",
    "parse_partition",
    "parse_records",
    "schema",
    "to_records",
]

# One default parser per thread: parsers keep no state between parses, but building one
# compiles vocabularies, so it is made once and reused.
_local = threading.local()


def _default_parser() -> ArticleParser:
    parser: ArticleParser | None = getattr(_local, "parser", None)
    if parser is None:
        parser = ArticleParser()
        _local.parser = parser
    return parser


def _check_str(text: Any, what: str) -> None:
    if not isinstance(text, str):
        raise InputTypeError(f"{what}() takes a str, not {type(text).__name__}")


def parse(text: str, language: str | None = None, reference_date: dt.date | None = None, *,
          parser: ArticleParser | None = None) -> Article:
    """Parse an article's text.  Any ``str`` is valid input and parses without an exception.

    ``language`` (ISO 639-1) overrides detection; ``reference_date`` (the story's own date,
    e.g. from a feed) gives a year to a dateline that prints only month and day; ``parser``
    is an :class:`ArticleParser` (or subclass) to use instead of the default.
    """
    return (parser or _default_parser()).parse(text, language=language, reference_date=reference_date)


def load(path_or_file: Any, language: str | None = None, reference_date: dt.date | None = None, *,
         parser: ArticleParser | None = None, policy: Policy | None = None) -> Article:
    """Read and parse an article from a path or an open (text or binary) file.

    Bytes are decoded as UTF-8 (BOM or not), UTF-16 with a BOM, or else cp1252 (the
    policy's ``fallback_encoding``).  Raises :class:`SourceNotFound`,
    :class:`SourceUnreadable`, :class:`DecodeError` or :class:`InputTypeError`.
    """
    p = parser or _default_parser()
    text = read_source(path_or_file, policy=policy or p.policy)
    return p.parse(text, language=language, reference_date=reference_date)


def parse_byline(text: str) -> Byline | None:
    """A byline string (``By Jane Doe and John Roe, Associated Press``) -> :class:`Byline`."""
    _check_str(text, "parse_byline")
    return _default_parser().byline_parser.parse(text)


def parse_dateline(text: str, reference_date: dt.date | None = None) -> Dateline | None:
    """A dateline at the start of ``text`` (``MOSCOW, Jan 24 (Reuters) -``) -> :class:`Dateline`."""
    _check_str(text, "parse_dateline")
    return _default_parser().dateline_parser.parse(text, reference_date=reference_date)


def parse_credit(text: str) -> Credit | None:
    """A photo credit (``AP Photo/Evan Vucci``) -> :class:`Credit`."""
    _check_str(text, "parse_credit")
    return _default_parser().photo_parser.credit_parser.parse(text)


def parse_caption(text: str) -> Photo | None:
    """A caption block as printed, caption then credit -> :class:`Photo`."""
    _check_str(text, "parse_caption")
    return _default_parser().photo_parser.parse_caption(text)
