"""Extending newsparse by subclassing: a made-up outlet's house style, end to end.

The *Valley Courier* (invented) signs its stories ``Filed by Jane Doe, Courier Desk``,
opens them with ``RIVERTON (VCN) --`` datelines from its own news service, and ends them
with ``Tell us what you think``.  None of that is in the default vocabularies; three small
subclasses teach it, and the default parser is left unchanged.
"""

from __future__ import annotations

from typing import ClassVar

import newsparse
from newsparse import (
    ArticleParser,
    BoilerplateParser,
    BylineParser,
    DatelineParser,
    Processor,
)
from newsparse.pipeline import Draft

STORY = """Riverton council backs new footbridge

Filed by Odalys Brennan-Okoro, Courier Desk

RIVERTON (VCN) -- The town council voted on Tuesday to build a footbridge over the Mill River.

The bridge will open next spring, the mayor said.

Tell us what you think
"""


class CourierBylines(BylineParser):
    PREFIXES = BylineParser.PREFIXES | {"filed by"}
    ROLE_WORDS = BylineParser.ROLE_WORDS | {"desk"}


class CourierDatelines(DatelineParser):
    AGENCIES = DatelineParser.AGENCIES | {"VCN"}


class CourierBoilerplate(BoilerplateParser):
    PHRASES: ClassVar[dict[str, tuple[str, ...]]] = {
        **BoilerplateParser.PHRASES,
        "comments": (*BoilerplateParser.PHRASES["comments"], "Tell us what you think")}


class CourierParser(ArticleParser):
    byline_parser_class = CourierBylines
    dateline_parser_class = CourierDatelines
    boilerplate_parser_class = CourierBoilerplate


def test_house_style_end_to_end() -> None:
    article = newsparse.parse(STORY, parser=CourierParser())
    assert article.headline == "Riverton council backs new footbridge"
    assert article.authors == ("Odalys Brennan-Okoro",)
    assert article.byline is not None and article.byline.authors[0].role == "Courier Desk"
    assert article.dateline is not None
    assert (article.dateline.location, article.dateline.agency) == ("RIVERTON", "VCN")
    assert [(b.kind, b.text) for b in article.boilerplate] == [("comments", "Tell us what you think")]
    assert article.paragraphs[0].text.startswith("The town council voted")
    assert article.paragraphs[-1].text.endswith("the mayor said.")


def test_default_parser_does_not_know_the_house_style() -> None:
    article = newsparse.parse(STORY)
    assert "Tell us what you think" in article.body
    assert article.authors != ("Odalys Brennan-Okoro",)


class CountWords(Processor):
    """A processor of our own, registered after the others: counts body words."""

    def run(self, draft: Draft) -> None:
        draft.extra["words"] = sum(len(draft.text(s).split()) for s in draft.paragraphs)


def test_registering_a_processor() -> None:
    parser = CourierParser()
    seen: dict[str, int] = {}

    class Keep(CountWords):
        def run(self, draft: Draft) -> None:
            super().run(draft)
            seen["words"] = draft.extra["words"]

    parser.processors.register(Keep(parser), "count-words", 5)
    assert parser.processors.names()[-1] == "count-words"
    newsparse.parse(STORY, parser=parser)
    assert seen["words"] == 23
    parser.processors.deregister("count-words")
    assert "count-words" not in parser.processors
