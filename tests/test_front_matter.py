"""Front matter in whole articles: what is and is not a headline or a byline."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

import newsparse


def test_capitals_headline_is_not_a_byline() -> None:
    text = ("LUMBER MILLS REPORT FIRMER ORDERS\n"
            "    PORTLAND, Ore., March 4 - Mills said orders rose.\n Reuter\n")
    a = newsparse.parse(text)
    assert a.headline == "LUMBER MILLS REPORT FIRMER ORDERS"
    assert a.byline is None and a.authors == ()
    assert a.dateline is not None and a.dateline.location == "PORTLAND, Ore."


@pytest.mark.parametrize("first", ["FULL TEXT.", "PRESS DIGEST - Malta - Aug 22.",
                                   "Aber das Schöne ist: Man ist immer draußen."])
def test_a_line_that_ends_like_a_sentence_is_no_byline(first: str) -> None:
    a = newsparse.parse(first + "\n\nThe council met on Monday and agreed the budget for next year.")
    assert a.byline is None


def test_an_outlet_alone_names_no_author() -> None:
    a = newsparse.parse("Rain returns to the valley\n\nBy Associated Press\n\nRain fell on Monday.")
    assert a.authors == ()


def test_no_byline_search_past_the_first_paragraph_without_a_headline() -> None:
    text = ("The river rose overnight and the town woke to flooded streets.\n\n"
            "Officials opened two shelters.\n\nMarta Quintela Ruiz")
    a = newsparse.parse(text)
    assert a.byline is None
    assert a.paragraphs[0].text.startswith("The river rose")


def test_standfirst_and_byline_under_a_headline() -> None:
    text = ("Why the ferry timetable changed\n\n"
            "Islanders will wait longer for the first boat of the day\n\n"
            "Ewa Nowak-Lindqvist Transport correspondent\n\n"
            "The first ferry now leaves at seven, an hour later than before, the operator said on Monday.")
    a = newsparse.parse(text)
    assert a.headline == "Why the ferry timetable changed"
    assert a.standfirst == "Islanders will wait longer for the first boat of the day"
    assert a.authors == ("Ewa Nowak-Lindqvist",)
    assert a.byline is not None and a.byline.authors[0].role == "Transport correspondent"
    assert [s.kind for s in a.segments if s.kind != "blank"] == ["headline", "standfirst", "byline", "body"]


def test_photographer_under_caption_is_a_credit_not_a_byline() -> None:
    text = ("Harbour reopens after storm\n\n"
            "Fishing boats return to the harbour at dawn, March 2, 2025.\n\n"
            "Joana Pires Amaral\n\nAFP\n\n"
            "The harbour reopened on Tuesday after a week of storms, port officials said.")
    a = newsparse.parse(text)
    assert a.byline is None
    assert len(a.photos) == 1
    photo = a.photos[0]
    assert photo.caption == "Fishing boats return to the harbour at dawn, March 2, 2025."
    assert photo.credit is not None
    assert photo.credit.names == ("Joana Pires Amaral",) and photo.credit.agency == "AFP"
    assert a.paragraphs[0].text.startswith("The harbour reopened")


def test_byline_in_capitals_over_the_body() -> None:
    a = newsparse.parse("PIETRO ALVES\n\nThe squid that washed ashore was measured on Monday.")
    assert a.headline is None
    assert a.authors == ("PIETRO ALVES",)


def test_prefix_and_names_on_lines_of_their_own() -> None:
    text = ("Why the town voted\n\nBy\n\nJon Fairweather\n\n"
            "The vote was close, and the count went on past midnight.")
    a = newsparse.parse(text)
    assert a.authors == ("Jon Fairweather",)
    assert a.byline is not None and a.byline.text == "By\n\nJon Fairweather"
    assert a.paragraphs[0].text.startswith("The vote was close")


def test_publication_line_sets_published() -> None:
    text = ("Updated: 12 May 2024 09:30 BST\n\nFerry fares rise\n\nBy Jane Doe\n\n"
            "Fares rose on Monday for the second time this year, the operator said.")
    a = newsparse.parse(text)
    assert a.headline == "Ferry fares rise"
    assert a.authors == ("Jane Doe",)
    assert a.published is not None and a.published.isoformat() == "2024-05-12T09:30:00"


def test_dateline_under_a_short_promotion_line() -> None:
    text = ("Caught in the storm? Send us your pictures.\n\n"
            "(CNN) -- The storm that closed the coast road passed overnight, officials said.\n\n"
            "Crews began clearing debris at dawn.")
    a = newsparse.parse(text)
    assert a.dateline is not None and a.dateline.agency == "CNN"
    assert a.paragraphs[0].text.startswith("The storm that closed")
    assert "Send us your pictures" not in a.body


def test_no_dateline_hunt_past_a_long_paragraph() -> None:
    text = ("The council met for six hours on Monday and agreed, after a long and often bitter debate "
            "that ran well past midnight, to close the old library on the square next spring and to "
            "move its books to the school across the river.\n\n"
            "LONDON (Reuters) - A second story pasted below.")
    a = newsparse.parse(text)
    assert a.dateline is None


@given(st.lists(st.sampled_from(["word", "Wörter", "слово", "4", "_", " ", "  ", "\n", ",", "—", "'", "é"]),
                max_size=40).map("".join), st.integers(-1, 12))
def test_more_words_than_counts_as_the_words_are_found(text: str, limit: int) -> None:
    """The one-match test against counting the words one by one."""
    import itertools

    from newsparse.pipeline import _ASCII_WORD, _WORD, _more_words_than

    end = min(len(text), 4000)
    words = _ASCII_WORD.finditer(text, 0, end) if text.isascii() else _WORD.finditer(text, 0, end)
    assert _more_words_than(text, limit) == (sum(1 for _ in itertools.islice(words, limit + 1)) > limit)
