"""Quotations: marks, kinds, running and split quotes, speakers (fixtures invented for these tests)."""

from __future__ import annotations

import bisect

from hypothesis import example, given, settings
from hypothesis import strategies as st

import newsparse
from newsparse import quotes as quotes_module
from newsparse.entities import EntityParser
from newsparse.model import Quote, Span
from newsparse.quotes import QuoteParser

ENTITIES = EntityParser()
QUOTES = QuoteParser()


def paragraphs_of(text: str) -> list[Span]:
    """Blank-line separated blocks, as the pipeline gives body paragraphs."""
    out = []
    pos = 0
    for block in text.split("\n\n"):
        start = pos + (len(block) - len(block.lstrip()))
        end = pos + len(block.rstrip())
        if end > start:
            out.append(Span(start, end))
        pos += len(block) + 2
    return out


def run(text: str) -> tuple[Quote, ...]:
    paras = paragraphs_of(text)
    return QUOTES.parse(text, paras, ENTITIES.extract(text, paras), "en")


def check_spans(text: str, quotes: tuple[Quote, ...]) -> None:
    for q in quotes:
        assert text[q.span.start:q.span.end] == q.text
        if q.speaker_span is not None:
            assert 0 <= q.speaker_span.start <= q.speaker_span.end <= len(text)
        if q.cue_span is not None:
            assert text[q.cue_span.start:q.cue_span.end] == q.cue


def find(quotes: tuple[Quote, ...], text: str) -> Quote:
    for q in quotes:
        if q.text == text:
            return q
    raise AssertionError(f"{text!r} not among {[q.text for q in quotes]}")


# ---------------------------------------------------------------- examples

ARTICLE = (
    "Harbour Minister Oskar Lindqvist met Elena Brandt in Tallinn on Monday.\n\n"
    "“We will not sign this week,” Lindqvist told reporters. “The fishing quotas need more work.”\n\n"
    "Brandt called the proposal a sort of ‘bargain’ and said the talks had been “frank and useful.”\n\n"
    "According to the Fisheries Council, the ministers agreed on “a common reading of the rules.”\n\n"
    "Council spokesman Pieter Okafor spoke to journalists on Tuesday.\n\n"
    "“Nobody expects a quick deal.”\n\n"
    "The ship, nicknamed the “Grey Lady,” is 6' 2\" taller than the old one, a ’90s design that don't "
    "float well.\n"
)


def test_split_quote_both_parts_to_the_speaker() -> None:
    quotes = run(ARTICLE)
    check_spans(ARTICLE, quotes)
    first = find(quotes, "We will not sign this week,")
    second = find(quotes, "The fishing quotas need more work.")
    assert first.speaker == second.speaker == "Oskar Lindqvist"
    assert first.kind == second.kind == "direct"
    assert first.cue == "told"


def test_partial_quotes_and_single_marks() -> None:
    quotes = run(ARTICLE)
    bargain = find(quotes, "bargain")
    assert bargain.kind == "partial" and bargain.speaker == "Elena Brandt"
    frank = find(quotes, "frank and useful.")
    assert frank.speaker == "Elena Brandt"


def test_according_to_an_organisation() -> None:
    q = find(run(ARTICLE), "a common reading of the rules.")
    assert q.speaker == "Fisheries Council"
    assert q.cue is not None and q.cue.casefold() == "according to"


def test_standalone_paragraph_after_the_speaker() -> None:
    q = find(run(ARTICLE), "Nobody expects a quick deal.")
    assert q.speaker == "Pieter Okafor"
    assert q.how is not None and q.how.startswith("previous-paragraph")


def test_inches_apostrophes_and_names_are_no_speech() -> None:
    quotes = run(ARTICLE)
    texts = [q.text for q in quotes]
    assert not any("2" in t and "taller" in t for t in texts)
    assert not any("90s" in t or "t float" in t for t in texts)
    grey = find(quotes, "Grey Lady,")
    assert grey.speaker is None  # a name, not a quotation


def test_pronoun_and_inverted_orders() -> None:
    text = ("Senator Maria Okonkwo visited the port.\n\n"
            "“It is a disgrace,” she said.\n\n"
            "“The ships are old,” said Jonas Verhoek, the harbour master.\n\n"
            "Verhoek added: “We need new ones.”\n")
    quotes = run(text)
    check_spans(text, quotes)
    assert find(quotes, "It is a disgrace,").speaker == "Maria Okonkwo"
    assert find(quotes, "It is a disgrace,").how == "pronoun"
    assert find(quotes, "The ships are old,").speaker == "Jonas Verhoek"
    assert find(quotes, "We need new ones.").speaker == "Jonas Verhoek"


def test_apposition_and_title() -> None:
    text = "Zorvia's deputy foreign minister, Tomas Verhoek, said the plan was “dead on arrival.”\n"
    q = find(run(text), "dead on arrival.")
    assert q.speaker == "Tomas Verhoek" and q.kind == "partial"


def test_role_then_name_in_apposition_after_the_cue() -> None:
    text = ("“The crossing was rough,” said the ferry’s captain, Ilse Marren.\n\n"
            "“We waited,” said deckhand Piet Oranje.\n\n"
            "“It is late,” said the report, which Ilse Marren signed.\n")
    quotes = run(text)
    assert find(quotes, "The crossing was rough,").speaker == "Ilse Marren"
    assert find(quotes, "The crossing was rough,").how == "apposition"
    assert find(quotes, "It is late,").speaker != "Ilse Marren"


def test_running_quote_is_one_quote_over_paragraphs() -> None:
    text = ("Jonas Verhoek said: “The first part runs on.\n\n"
            "“The second part goes on.\n\n"
            "“And the last part closes.”\n\n"
            "Nothing else was said.\n")
    quotes = run(text)
    check_spans(text, quotes)
    assert len(quotes) == 1
    q = quotes[0]
    assert q.text.startswith("The first part") and q.text.endswith("closes.")
    assert q.speaker == "Jonas Verhoek"


def test_stray_mark_does_not_cross_paragraphs() -> None:
    text = ("Jonas Verhoek said “the first thing and then stopped.\n\n"
            "The second paragraph has no marks at all.\n\n"
            "The third one has a closing mark” here.\n")
    quotes = run(text)
    assert quotes == ()


def test_other_languages_marks() -> None:
    text = ("Elena Brandt sagte: „Wir kommen morgen.“\n\n"
            "« Nous partons demain », a déclaré Pieter Okafor.\n")
    quotes = run(text)
    check_spans(text, quotes)
    assert find(quotes, "Wir kommen morgen.").speaker == "Elena Brandt"
    assert find(quotes, " Nous partons demain ").speaker == "Pieter Okafor"


def test_two_apostrophes_as_double_marks() -> None:
    text = "''We are ready,'' Jonas Verhoek said.\n"
    q = find(run(text), "We are ready,")
    assert q.speaker == "Jonas Verhoek"


def test_end_to_end_through_parse() -> None:
    a = newsparse.parse("Port talks stall\n\n" + ARTICLE)
    assert any(q.speaker == "Oskar Lindqvist" for q in a.quotes)
    for q in a.quotes:
        assert a.source[q.span.start:q.span.end] == q.text


def test_subclass_extends_cues() -> None:
    class Mine(QuoteParser):
        CUE_VERBS = QuoteParser.CUE_VERBS | {"opined"}

    assert Mine.tables() is not QuoteParser.tables()
    text = "“Fish are friends,” opined Jonas Verhoek.\n"
    paras = paragraphs_of(text)
    quotes = Mine().parse(text, paras, ENTITIES.extract(text, paras))
    assert quotes[0].speaker == "Jonas Verhoek"


# ---------------------------------------------------------------- properties

FIRST = ["Maria", "Jonas", "Elena", "Tomas", "Anna", "Peter", "Sofia", "Daniel"]
LAST = ["Verhoek", "Lindqvist", "Okafor", "Brandt", "Kowalczyk", "Haraldsen"]
TITLES = ["", "Senator ", "Foreign Minister ", "Mayor "]
WORDS = ["ships", "harbour", "quotas", "rules", "we", "never", "will", "sign", "talks", "water", "cold",
         "are", "the", "deal", "ready", "tomorrow", "nets", "prices"]
CUES = ["said", "told reporters", "added", "insisted", "warned"]
MARKS = [("“", "”"), ('"', '"'), ("«", "»")]

sentence = st.lists(st.sampled_from(WORDS), min_size=3, max_size=8).map(
    lambda ws: " ".join(ws)[:1].upper() + " ".join(ws)[1:])


@st.composite
def quotation(draw: st.DrawFn) -> tuple[str, str, str]:
    """(paragraph text, quote text, speaker full name) in one of the orders."""
    name = draw(st.sampled_from(FIRST)) + " " + draw(st.sampled_from(LAST))
    title = draw(st.sampled_from(TITLES))
    cue = draw(st.sampled_from(CUES))
    o, c = draw(st.sampled_from(MARKS))
    body = draw(sentence)
    order = draw(st.integers(0, 2))
    if order == 0:
        inner = body + ","
        para = f"{o}{inner}{c} {title}{name} {cue}."
    elif order == 1:
        inner = body + "."
        para = f"{title}{name} {cue}: {o}{inner}{c}"
    else:
        inner = body + ","
        verb = cue.split()[0]
        para = f"{o}{inner}{c} {verb} {title}{name}."
    return para, inner, name


@settings(max_examples=60, deadline=None)
@given(st.lists(quotation(), min_size=1, max_size=4))
def test_generated_quotations_come_back(items: list[tuple[str, str, str]]) -> None:
    text = "\n\n".join(p for p, _, _ in items) + "\n"
    quotes = run(text)
    check_spans(text, quotes)
    assert [q.text for q in quotes] == [inner for _, inner, _ in items]
    for q, (_, _, name) in zip(quotes, items, strict=True):
        assert q.speaker == name


@settings(max_examples=40, deadline=None)
@given(st.sampled_from(FIRST), st.sampled_from(LAST), sentence, sentence, st.sampled_from(MARKS))
def test_generated_split_quotes(first: str, last: str, a: str, b: str, marks: tuple[str, str]) -> None:
    o, c = marks
    name = f"{first} {last}"
    text = f"{o}{a},{c} {name} said. {o}{b}.{c}\n"
    quotes = run(text)
    check_spans(text, quotes)
    assert [q.text for q in quotes] == [a + ",", b + "."]
    assert all(q.speaker == name for q in quotes)


@settings(max_examples=40, deadline=None)
@given(st.sampled_from(FIRST), st.sampled_from(LAST), st.lists(sentence, min_size=2, max_size=4))
def test_generated_running_quotes(first: str, last: str, parts: list[str]) -> None:
    name = f"{first} {last}"
    paras = [f"{name} said: “{parts[0]}."] + [f"“{p}." for p in parts[1:]]
    paras[-1] += "”"
    text = "\n\n".join(paras) + "\n"
    quotes = run(text)
    check_spans(text, quotes)
    assert len(quotes) == 1 and quotes[0].speaker == name
    assert quotes[0].text.startswith(parts[0]) and quotes[0].text.endswith(parts[-1] + ".")


@settings(max_examples=40, deadline=None)
@given(st.sampled_from(FIRST), st.sampled_from(LAST), st.sampled_from(TITLES),
       st.lists(st.lists(st.sampled_from(WORDS), min_size=1, max_size=4).map(" ".join),
                min_size=1, max_size=3),
       st.sampled_from(MARKS))
def test_generated_partial_quotes_before_a_closing_attribution(
        first: str, last: str, title: str, parts: list[str], marks: tuple[str, str]) -> None:
    """Every partial quote of a sentence that ends in ``, Name said.`` is the name's."""
    o, c = marks
    name = f"{first} {last}"
    middle = " and the harbour needs ".join(f"{o}{p}{c}" for p in parts)
    text = f"The quotas carry {middle} for the boats, {title}{name} said.\n"
    quotes = run(text)
    check_spans(text, quotes)
    assert [q.text for q in quotes] == parts
    assert all(q.speaker == name for q in quotes)


marky = st.lists(st.sampled_from([*"ab 1.,\n'\"“”‘’«»„‹›:—", "\n\n", "''", "Jo Verhoek said"]),
                 max_size=60).map("".join)


@settings(max_examples=150, deadline=None)
@given(marky)
@example("\"a\n\n'' ")  # the mark opening a paragraph a quote runs on into never closes it
def test_unbalanced_marks_never_raise_nor_cross_paragraphs(text: str) -> None:
    paras = paragraphs_of(text)
    quotes = QUOTES.parse(text, paras, ENTITIES.extract(text, paras))
    check_spans(text, quotes)
    for q in quotes:
        inside = [p for p in paras if p.start <= q.span.start and q.span.end <= p.end]
        if not inside:
            # Only a running quote crosses a break: the next paragraph opens with a mark.
            nxt = [p for p in paras if q.span.start < p.start < q.span.end]
            assert nxt and all(text[p.start] in "“\"«„'" for p in nxt)


@settings(max_examples=100, deadline=None)
@given(st.text(max_size=300))
def test_any_text_parses(text: str) -> None:
    paras = paragraphs_of(text)
    quotes = QUOTES.parse(text, paras, ENTITIES.extract(text, paras))
    check_spans(text, quotes)
    assert quotes == QUOTES.parse(text, paras, ENTITIES.extract(text, paras))  # deterministic


# ---------------------------------------------------------------- lazy look-ups

# Pieces that put cues (one-word, phrases, inside words), sentence ends, abbreviations and
# marks next to each other.
pieces = st.lists(st.sampled_from([
    "said", "Said", "says", "saying", "unsaid", "according to", "according\nto", "as quoted by", "told",
    "Mr.", "U.S.", "A.", "vs.", " ", "  ", ", ", ". ", "! ", "? ", ".” ", "…", "\n\n", "“", "”", '"', "'",
    "’", "‘", "''", "«", "»", "—", "(", ")", "x", "The", "he", "Jo", "4", "-", "\xa0", "\u3000", "\x1c", "É",
]), max_size=80).map("".join)


def reference_bounds(text: str, paras: list[Span], quotes: list[tuple[int, int]]) -> list[int]:
    """Sentence bounds as one pass over each whole paragraph finds them."""
    bounds: list[int] = []
    for p in paras:
        bounds.append(p.start)
        for m in quotes_module._SENT_END.finditer(text, p.start, p.end):
            if text[m.start()] == "." and quotes_module._NO_END_BEFORE.search(
                    text, max(p.start, m.start() - 6), m.start()):
                continue
            if not any(s < m.end() <= e for s, e in quotes):
                bounds.append(m.end())
        bounds.append(p.end)
    return sorted(bounds)


def sentence_around(bounds: list[int], pos: int, para: Span) -> tuple[int, int]:
    """The sentence around ``pos`` from all the bounds sorted at once: from the last bound at
    or before ``pos`` to the first after it, within ``para`` (the reference for the lazy
    per-paragraph look-ups)."""
    i = bisect.bisect_right(bounds, pos) - 1
    start = max(bounds[i] if i >= 0 else para.start, para.start)
    j = bisect.bisect_left(bounds, pos + 1)
    end = min(bounds[j] if j < len(bounds) else para.end, para.end)
    return start, end


@settings(max_examples=300, deadline=None)
@given(pieces, st.integers(1, 40))
@example("Go…\x1cThe end.\x85Then? \u3000Now.” He said.\u2003É", 5)  # white space per engine
@example("The said Jo Said x, he says", 3)  # cue words used as nouns or in names
def test_lazy_cues_and_sentences_match_whole_paragraph_scans(text: str, width: int) -> None:
    """Cues and sentence bounds found block by block, in any order of look-ups, are those
    of one pass over each paragraph."""
    paras = paragraphs_of(text)
    t = QUOTES.tables()
    found = QUOTES.find_marks(text, paras, t)
    spans = quotes_module._Spans(found)
    sents = quotes_module._Sentences(text, spans, paras)
    index = quotes_module._Index(text, [], spans, sents, t)
    inside = [(q.start, q.end) for q in found]
    # (A cue word used as a noun, "the said", is no cue, whichever way it is scanned.)
    cues = [(m.start(), m.end()) for p in paras for m in t.cue.finditer(text, p.start, p.end)
            if not any(s <= m.start() < e for s, e in inside) and not index._noun_use(m.start())]
    # Look-ups from the end backwards, in windows of ``width``, so that blocks are scanned
    # out of order.
    for lo in range(len(text), -1, -1):
        hi = lo + width
        got = [(c.start(), c.end()) for c in index.cues_in(lo, hi)]
        assert got == [c for c in cues if lo <= c[0] and c[1] <= hi]
        at = index.cue_at(lo, hi)
        want = next((c for c in cues if c[0] == lo and c[1] <= hi), None)
        assert ((at.start(), at.end()) if at else None) == want
        first = index.first_cue(lo, hi)
        want = next((c for c in cues if c[0] >= lo), None)
        assert ((first.start(), first.end()) if first else None) == (want if want and want[1] <= hi else None)
    bounds = reference_bounds(text, paras, inside)
    for p in paras:
        for pos in range(p.start, p.end + 1):
            s, e = sentence_around(bounds, pos, p)
            assert sents.start_of(pos, p) == s
            assert sents.end_of(pos + 1, p) == e


ascii_pieces = st.lists(st.sampled_from([
    "said", "Said", "says", "saying", "unsaid", "according to", "according\nto", "as quoted by", "told",
    "went on to say", "a dit", "Mr.", "Mrs.", "Calif.", "U.S.", "A.", "vs.", "No.", " ", "  ", ", ", ". ",
    "! ", "? ", '." ', ".) ", "...", "\n\n", '"', "'", "''", "-", "--", "(", ")", "[", "x", "The", "he", "Jo",
    "4", "6'", "the students' ", "'90s", "don't", "\t", "\x1c", "(R-Pa.)", "by", "was coined by", "said:",
]), max_size=80).map("".join)


@settings(max_examples=300, deadline=None)
@given(ascii_pieces, st.integers(0, 80), st.integers(0, 80))
def test_ascii_twins_find_what_their_patterns_find(text: str, lo: int, hi: int) -> None:
    """In ASCII text each pattern of the standard engine picked for it finds what its twin of
    the ``regex`` engine (or the Unicode cue pattern) finds."""
    twins = [v for k, v in vars(quotes_module).items() if k.endswith("_FOR") and isinstance(v, tuple)]
    t = QUOTES.tables()
    twins += [t.cue_for, t.cue_after_for]
    lo, hi = sorted((min(lo, len(text)), min(hi, len(text))))  # (as they are called: pos <= endpos)
    for general, ascii_twin in twins:
        assert [m.span() for m in general.finditer(text, lo, hi)] == \
            [m.span() for m in ascii_twin.finditer(text, lo, hi)]
        for method in ("match", "search", "fullmatch"):
            a = getattr(general, method)(text, lo, hi)
            b = getattr(ascii_twin, method)(text, lo, hi)
            assert (a and a.span()) == (b and b.span())
        assert general.sub("", text) == ascii_twin.sub("", text)


@settings(max_examples=300, deadline=None)
@given(ascii_pieces, st.integers(1, 40))
def test_sentence_bounds_in_ascii_text(text: str, width: int) -> None:
    """The sentence ends the engine finds in ASCII text (past a paragraph's first characters)
    are those of one pass of ``_SENT_END`` over each paragraph."""
    paras = paragraphs_of(text)
    found = QUOTES.find_marks(text, paras, QUOTES.tables())
    sents = quotes_module._Sentences(text, quotes_module._Spans(found), paras)
    bounds = reference_bounds(text, paras, [(q.start, q.end) for q in found])
    for p in paras:
        for pos in range(p.start, p.end + 1, width):
            s, e = sentence_around(bounds, pos, p)
            assert sents.start_of(pos, p) == s
            assert sents.end_of(pos + 1, p) == e


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from([",", " ", "\t", "\n", "\x1c", "\xa0", "\u3000", "—", "–", "-", "x", "X"]),
                max_size=12).map("".join), st.integers(0, 12), st.integers(0, 12))
def test_the_lead_after_a_quote_read_as_its_pattern(text: str, lo: int, hi: int) -> None:
    """``_trail_lead_end`` ends where ``_TRAIL_LEAD`` matched there ends."""
    lo, hi = sorted((min(lo, len(text)), min(hi, len(text))))
    m = quotes_module._TRAIL_LEAD.match(text, lo, hi)
    assert quotes_module._trail_lead_end(text, lo, hi) == (m.end() if m else lo)


class _EveryMarkRead(QuoteParser):
    """Pairs every paragraph's marks on the stack (no quick path for simple paragraphs)."""

    @staticmethod
    def _simple_marks(source: str, signs: list[int], lo: int, hi: int,
                      singles: frozenset[str]) -> tuple[list[int], bool] | None:
        return None


@settings(max_examples=300, deadline=None)
@given(st.one_of(pieces, ascii_pieces))
def test_simple_paragraphs_pair_as_every_paragraph_does(text: str) -> None:
    """Paragraphs of straight or of curly double quotes only pair their marks as the stack of
    the other paragraphs does."""
    paras = paragraphs_of(text)
    general = _EveryMarkRead()
    got = [(q.open, q.start, q.end, q.after, q.para, q.last_para)
           for q in QUOTES.find_marks(text, paras, QUOTES.tables())]
    want = [(q.open, q.start, q.end, q.after, q.para, q.last_para)
            for q in general.find_marks(text, paras, general.tables())]
    assert got == want


# ---------------------------------------------------------------- attribution rules (speakers)


def speaker_of(text: str, quote: str) -> str | None:
    quotes = run(text)
    check_spans(text, quotes)
    return find(quotes, quote).speaker


def test_participle_after_a_comma_is_the_subjects() -> None:
    text = ("Before the vote, Mayor Jonas Verhoek lobbied to close the harbour, saying, “The fewer "
            "ships, the better.”\n\n"
            "The quotas stay, Elena Brandt said, adding, “We will not move.”\n")
    assert speaker_of(text, "The fewer ships, the better.") == "Jonas Verhoek"
    assert speaker_of(text, "We will not move.") == "Elena Brandt"


def test_participle_right_after_a_quote_is_not_told_to_its_object() -> None:
    text = ("The Harbour Foundation would not address “that person,” telling Radio Nord that it "
            "focuses on “ending the water dispute.”\n")
    assert speaker_of(text, "ending the water dispute.") == "Harbour Foundation"


def test_name_closing_a_clause_set_off_by_one_comma_is_not_the_subject() -> None:
    text = ("Elena Brandt, who was speaking to the Harbour Council, did not name the minister, but told "
            "delegates the port should be run by those “who put the town first.”\n")
    assert speaker_of(text, "who put the town first.") == "Elena Brandt"


def test_phrases_set_off_at_the_start_hold_no_subject() -> None:
    text = ("In June, after Lindqvist fell ill, Pieter Okafor wrote to her, addressing her as “Anna” and "
            "telling her, “You are needed here for the long run!”\n")
    assert speaker_of(text, "You are needed here for the long run!") == "Pieter Okafor"


def test_the_name_a_possessive_owns_speaks() -> None:
    text = "“Boat owners should stay home,” opined Tallinn’s Harbour Gazette.\n"
    assert speaker_of(text, "Boat owners should stay home,") == "Harbour Gazette"


def test_a_source_ending_the_sentence_is_the_outermost_attribution() -> None:
    text = ("“I ask you not to protest,” Jonas Verhoek said, according to Radio Nord. “Tell them.”\n\n"
            "Elena Brandt said the deal was “done,” the Harbour Gazette reported.\n")
    assert speaker_of(text, "I ask you not to protest,") == "Radio Nord"
    assert speaker_of(text, "done,") == "Harbour Gazette"


def test_the_first_cue_of_the_clause_is_the_outermost() -> None:
    text = ("Councillor Tomas Verhoek said Elena Brandt called on members to be “closely coordinated.”\n\n"
            "According to the Fisheries Council, the ministers agreed on “a common reading.”\n")
    assert speaker_of(text, "closely coordinated.") == "Tomas Verhoek"
    assert speaker_of(text, "a common reading.") == "Fisheries Council"


def test_a_clause_of_its_own_has_its_own_cue() -> None:
    text = ("Elena Brandt warned about the nets, while Pieter Okafor said the quotas were "
            "“too low for anyone.”\n")
    assert speaker_of(text, "too low for anyone.") == "Pieter Okafor"


def test_pronoun_stands_for_the_subject() -> None:
    text = ("Elena Brandt said on Monday that she called Jonas Verhoek after the vote to praise what "
            "she called “an extraordinary campaign.”\n\n"
            "Pieter Okafor attacked Anna Lindqvist on Tuesday.\n\n"
            "“She is not ready,” he said.\n")
    assert speaker_of(text, "an extraordinary campaign.") == "Elena Brandt"
    assert speaker_of(text, "She is not ready,") == "Pieter Okafor"


def test_name_before_a_colon_after_a_heading() -> None:
    text = ("PORT TALKS STALL AGAIN - Pieter Okafor: “Nobody expects a quick deal.”\n\n"
            "Elena Brandt sent a blunt message to Jonas Verhoek: “Stop attacking the fishermen.”\n")
    assert speaker_of(text, "Nobody expects a quick deal.") == "Pieter Okafor"
    assert speaker_of(text, "Stop attacking the fishermen.") == "Elena Brandt"


def test_more_cue_verbs() -> None:
    text = ("“They are all here for him,” Jonas Verhoek shot back.\n\n"
            "“We made mistakes,” Elena Brandt admitted.\n\n"
            "“This is fantastic!” beamed Pieter Okafor.\n")
    assert speaker_of(text, "They are all here for him,") == "Jonas Verhoek"
    assert speaker_of(text, "We made mistakes,") == "Elena Brandt"
    assert speaker_of(text, "This is fantastic!") == "Pieter Okafor"


def test_names_in_parentheses_and_party_tags_are_no_speakers() -> None:
    text = ("Rep. Tomas Verhoek (D-N.Y.) said Elena Brandt reassured them that “the port stays open.”\n\n"
            "Anna Lindqvist, the High Commissioner for Fisheries (UNHCF), reacted sharply, “I am concerned "
            "about any such deal.”\n")
    assert speaker_of(text, "the port stays open.") == "Tomas Verhoek"
    assert speaker_of(text, "I am concerned about any such deal.") == "Anna Lindqvist"


def test_inverted_cue_after_the_quotes_clause() -> None:
    text = "“He can assert it, but it seems unlikely” that the deal holds, said Pieter Okafor.\n"
    assert speaker_of(text, "He can assert it, but it seems unlikely") == "Pieter Okafor"


def test_a_phrase_without_a_name_as_the_subject() -> None:
    text = ("An Estonian official, speaking on condition of anonymity, said Jonas Verhoek “will meet any "
            "candidate who asks.”\n\n"
            "Multiple outlets reported the council had “more than one conversation” with the minister.\n")
    assert speaker_of(text, "will meet any candidate who asks.") == "An Estonian official"
    assert speaker_of(text, "more than one conversation") == "Multiple outlets"


def test_a_quote_signed_in_the_next_paragraph() -> None:
    text = "“Great speech. She is ready. She never quits.”\n\n-Mayor Elena Brandt, after the vote.\n"
    assert speaker_of(text, "Great speech. She is ready. She never quits.") == "Elena Brandt"


def test_a_body_speaking_for_a_name_is_given_as_printed() -> None:
    text = ("The Verhoek campaign said the report was “a fabrication by the press.”\n\n"
            "“Debate recap,” tweeted Lindqvist spokesman Pieter Okafor.\n")
    q = find(run(text), "a fabrication by the press.")
    assert q.speaker == "Verhoek campaign" and q.how == "affiliation"
    assert speaker_of(text, "Debate recap,") == "Pieter Okafor"


def test_someone_not_named_is_not_resolved_to_a_title() -> None:
    text = ("Senior adviser Jonas Verhoek left in May.\n\n"
            "“That can go a long way,” said a senior Brandt adviser.\n\n"
            "“The talks were really reluctant,” one senior Democrat said.\n")
    assert speaker_of(text, "That can go a long way,") == "a senior Brandt adviser"
    assert speaker_of(text, "The talks were really reluctant,") == "one senior Democrat"


def test_a_cue_word_used_as_a_noun_is_no_cue() -> None:
    text = ("Pieter Okafor was unimpressed by Elena Brandt’s comments Tuesday, telling reporters, "
            "“Many people said the mayor should resign.”\n\n"
            "Addressing members of the New York State Fishing Club, Jonas Verhoek described a town of "
            "“honesty and straight talk.”\n")
    assert speaker_of(text, "Many people said the mayor should resign.") == "Pieter Okafor"
    assert speaker_of(text, "honesty and straight talk.") == "Jonas Verhoek"


def test_a_writing_speaks_for_who_issued_it() -> None:
    text = "The Harbour Council issued a statement saying it took the action “because of unsafe ice.”\n"
    assert speaker_of(text, "because of unsafe ice.") == "Harbour Council"


def test_mixed_marks_pair() -> None:
    text = "“We are going to win so much,\" Jonas Verhoek said. \"You will be happy.”\n"
    quotes = run(text)
    check_spans(text, quotes)
    assert [q.text for q in quotes] == ["We are going to win so much,", "You will be happy."]
    assert all(q.speaker == "Jonas Verhoek" for q in quotes)


def test_the_agent_after_a_quote() -> None:
    text = "This feature of the port has been called “strategic ambiguity” by Anna Lindqvist, a historian.\n"
    assert speaker_of(text, "strategic ambiguity") == "Anna Lindqvist"


def test_joined_quotes_share_the_speaker() -> None:
    text = "Nets are “the ultimate crisis” and “stunt the fish,” Tomas Verhoek proclaimed to the crowd.\n"
    quotes = run(text)
    assert find(quotes, "the ultimate crisis").speaker == "Tomas Verhoek"
    assert find(quotes, "stunt the fish,").speaker == "Tomas Verhoek"


def test_a_role_with_a_place_or_a_relative_clause() -> None:
    text = ("“Will he be the next mayor?” a council staffer in the room wondered.\n\n"
            "A harbour official who spoke anonymously to discuss the talks said Wednesday, “Certainly "
            "there are discussions.”\n")
    assert speaker_of(text, "Will he be the next mayor?") == "a council staffer"
    assert speaker_of(text, "Certainly there are discussions.") == "A harbour official"


def test_a_poll_speaks_for_the_share_of_its_respondents() -> None:
    text = ("In a Harbour Gazette poll released Sunday, 31 percent of Republicans said they were "
            "“extremely worried” about the quotas.\n")
    assert speaker_of(text, "extremely worried") == "a Harbour Gazette poll"


def test_a_name_qualifying_a_role_as_the_subject() -> None:
    text = ("Anna Lindqvist lost the vote in Tallinn.\n\n"
            "Lindqvist supporters are threatening to stay home, saying the vote was “rigged from the "
            "start.”\n")
    assert speaker_of(text, "rigged from the start.") == "Lindqvist supporters"


def test_titles_and_tags_between_the_quote_and_the_cue() -> None:
    text = ("“Perpetual motion!” Rep. Tomas Verhoek, R-Pa., said of the week.\n\n"
            "“The first line of defense is the town,” said former secretary of state Anna Lindqvist.\n")
    assert speaker_of(text, "Perpetual motion!") == "Tomas Verhoek"
    assert speaker_of(text, "The first line of defense is the town,") == "Anna Lindqvist"


def test_a_plural_possessive_makes_the_cue_word_a_noun() -> None:
    text = ("Anna Lindqvist was unmoved by the Brandt brothers’ remarks Monday, telling the council, "
            "“Nobody here asked for a new harbour.”\n\n"
            "‘We pay our dues’ said Jonas Verhoek.\n")
    assert speaker_of(text, "Nobody here asked for a new harbour.") == "Anna Lindqvist"
    assert speaker_of(text, "We pay our dues") == "Jonas Verhoek"


def test_a_title_in_what_a_cue_reports_has_its_speaker() -> None:
    text = ("Pieter Okafor said he would fight “Harbour Tax” rules in court.\n\n"
            "Elena Brandt posted a message on Facebook reading “Thank You Tallinn” after the vote.\n\n"
            "Anna Lindqvist said the novel reminded her of the 1962 film titled “The Long Winter,” "
            "without naming it.\n")
    assert speaker_of(text, "Harbour Tax") == "Pieter Okafor"
    assert speaker_of(text, "Thank You Tallinn") == "Elena Brandt"
    assert speaker_of(text, "The Long Winter,") == "Anna Lindqvist"


def test_a_title_naming_where_the_words_were_said_has_no_speaker() -> None:
    text = ("“We will win,” Elena Brandt said on Radio Nord’s “Morning Harbour.” “They know it.”\n\n"
            "Jonas Verhoek told “Good Evening Tallinn” that the vote was close.\n\n"
            "“It is bleak,” said Pieter Okafor, the author of “Nets and Tides,” on Monday.\n\n"
            "Anna Lindqvist said on Monday “Harbour Radio” that the vote was close.\n\n"
            "Maria Okafor notes in her book “The Long Winter” that the harbour froze.\n\n"
            "Tomas Brandt said he was the creator of the “Harbour Nights” series.\n")
    assert speaker_of(text, "Morning Harbour.") is None
    assert speaker_of(text, "Harbour Radio") is None
    assert speaker_of(text, "The Long Winter") is None
    assert speaker_of(text, "Harbour Nights") is None
    assert speaker_of(text, "Good Evening Tallinn") is None
    assert speaker_of(text, "Nets and Tides,") is None
    assert speaker_of(text, "We will win,") == "Elena Brandt"


def test_a_name_after_the_cue_ends_an_inverted_attribution() -> None:
    text = ("“It seems unlikely” that Elena Brandt can catch Okafor, said Jonas Verhoek.\n\n"
            "Verhoek said he would “sink the nets,” for instance, and Anna Lindqvist vowed to “fight on.”\n")
    assert speaker_of(text, "It seems unlikely") == "Jonas Verhoek"
    assert speaker_of(text, "sink the nets,") == "Jonas Verhoek"
    assert speaker_of(text, "fight on.") == "Anna Lindqvist"


def test_an_attribution_ending_the_sentence_covers_its_partial_quotes() -> None:
    text = ("Jonas Verhoek met the council on Monday.\n\n"
            "Given the vote, the quotas will carry “a great deal of weight” and bring the boats the "
            "“steady catch” they need, harbour spokesman Pieter Okafor said.\n\n"
            "Elena Brandt “bristled” and said, “No comment,” the Harbour Gazette reported.\n")
    assert speaker_of(text, "a great deal of weight") == "Pieter Okafor"
    assert speaker_of(text, "steady catch") == "Pieter Okafor"
    assert speaker_of(text, "bristled") == "Harbour Gazette"


def test_a_name_the_entities_missed_beside_a_cue() -> None:
    assert speaker_of("“We are tired of waiting for the council!” Okafor said.\n",
                      "We are tired of waiting for the council!") == "Okafor"
    text = "Anna Lindqvist, the writer, arrived.\n\n“Nobody listens,” columnist Ai Jun wrote.\n"
    assert speaker_of(text, "Nobody listens,") == "Ai Jun"
    # A day, a month, a word of the language, a possessive or a plural opening its sentence
    # is no name.
    assert speaker_of("“We will fight the quotas,” the company Monday said.\n",
                      "We will fight the quotas,") is None
    assert speaker_of("The ferry sank in May.\n\nDubbed Estonia's “Titanic,” it lies off Tallinn.\n",
                      "Titanic,") is None
    assert speaker_of("Harbour towns are growing.\n\nAcademics call it the “ferry effect” after the boats.\n",
                      "ferry effect") is None


def test_a_surname_resolves_to_the_person_of_the_article() -> None:
    text = ("Pieter Cuban, who owns the ferry, spoke after Mayor Elena Brandt.\n\n"
            "“It is too early to tell,” said Cuban, who runs the harbour.\n")
    assert speaker_of(text, "It is too early to tell,") == "Pieter Cuban"


def test_a_description_before_the_name_after_the_cue() -> None:
    text = ("The ferry left on time.\n\n"
            "“I do not know where he stands,” said undecided Republican voter Maria Haraldsen, "
            "before the vote.\n")
    assert speaker_of(text, "I do not know where he stands,") == "Maria Haraldsen"


def test_a_clause_joined_after_a_quote_is_not_its_attribution() -> None:
    text = ("Mayor Elena Brandt spoke in Tallinn on Monday.\n\n"
            "Jonas Verhoek said the council “must act now,” and Okafor said he agreed.\n\n"
            "Anna Lindqvist praised the plan, calling it “a fine piece of work” - but the time is "
            "coming when Pieter Okafor must decide.\n\n"
            "\"Наше соперничество в прошлом\", - говорил Анатолий Карпов.\n")
    assert speaker_of(text, "must act now,") == "Jonas Verhoek"
    assert speaker_of(text, "a fine piece of work") == "Anna Lindqvist"
    # A verb of saying and a description may stand between the dash and the name.
    assert speaker_of(text, "Наше соперничество в прошлом") == "Анатолий Карпов"


def test_a_quote_signed_in_the_next_paragraph_by_a_name_the_entities_missed() -> None:
    text = ("The vote closed at noon.\n\n"
            "“The whole idea of a closed harbour is something we hear about all the time.”\n\n"
            "-Michelle Marks, Philadelphia.\n")
    assert speaker_of(text, "The whole idea of a closed harbour is something we hear about all the time.") \
        == "Michelle Marks"


def test_a_cue_word_inside_the_source_after_according_to_is_a_noun() -> None:
    text = ("Mayor Elena Brandt toured the harbour on Monday.\n\n"
            "“They do not care about politics,” Brandt said of the fishermen, according to a harbour "
            "pool report.\n")
    assert speaker_of(text, "They do not care about politics,") == "a harbour pool report"


def test_a_source_ending_the_sentence_after_a_question() -> None:
    text = ("Jonas Verhoek spoke at the harbour forum on Sunday.\n\n"
            "“Is this a priority for them, or is it an election year?” Verhoek said at a press "
            "conference, according to the Tallinn Evening Star.\n")
    assert speaker_of(text, "Is this a priority for them, or is it an election year?") == \
        "Tallinn Evening Star"


def test_a_role_resolves_to_a_person_holding_that_title_only() -> None:
    text = ("Foreign Minister Anna Lindqvist met voters in Tartu.\n\n"
            "“The quotas are the worst deal I have seen,” the minister said.\n")
    assert speaker_of(text, "The quotas are the worst deal I have seen,") == "Anna Lindqvist"


def test_a_sentence_of_its_own_after_a_quote_keeps_its_source() -> None:
    text = ("“We have to build the harbour again,” Anna Lindqvist said. “Nobody else will do it.” "
            "About 1,500 boats were lost between 2004 and 2013, according to the Fisheries Council.\n\n"
            "Maria Haraldsen wrote about the race in her diary.\n\n"
            "“It was easier to stay away.” Maria speaks about nerves before the first race.\n")
    assert speaker_of(text, "Nobody else will do it.") == "Anna Lindqvist"
    assert speaker_of(text, "It was easier to stay away.") == "Maria Haraldsen"
