"""German named entities: the rules that read German's capitalised nouns, its streets, clubs,
press and agencies (fixtures invented for these tests; the noun lexicon is a small one in the
german_nouns layout, so the tests do not depend on the installed package's contents)."""

from __future__ import annotations

from newsparse.entities import EntityParser, _NounLexicon
from newsparse.model import Entity, EntityKind, Span

# lemma, word classes, genus (five columns), then the inflected forms
_ROWS = [
    "lemma,pos,genus,genus 1,genus 2,genus 3,genus 4,nominativ singular,genitiv singular,nominativ plural",
    "Hauptstraße,Substantiv,f,,,,,Hauptstraße,Hauptstraße,Hauptstraßen",
    "Arbeit,Substantiv,f,,,,,Arbeit,Arbeit,Arbeiten",
    "Plan,Substantiv,m,,,,,Plan,Plans,Pläne",
    "Aufsteiger,Substantiv,m,,,,,Aufsteiger,Aufsteigers,Aufsteiger",
    "Stahlkonzern,Substantiv,m,,,,,Stahlkonzern,Stahlkonzerns,Stahlkonzerne",
    "Grad,Substantiv,n,,,,,Grad,Grades,Grade",
    "Art,Substantiv,f,,,,,Art,Art,Arten",
    "Flaggschiff,Substantiv,n,,,,,Flaggschiff,Flaggschiffs,Flaggschiffe",
    'Kaltenbrunn,"Nachname,Substantiv",,,,,,Kaltenbrunn,Kaltenbrunns,',
    'Hamburg,"Substantiv,Toponym",,,,,,Hamburg,Hamburgs,',
    "Besuch,Substantiv,m,,,,,Besuch,Besuchs,Besuche",
]


class _Parser(EntityParser):
    """A parser whose German noun lexicon is the rows above."""

    @classmethod
    def noun_lexicon(cls, language: str | None) -> _NounLexicon | None:
        return _NounLexicon.from_csv(_ROWS) if language == "de" else None


PARSER = _Parser()


def german(text: str) -> tuple[Entity, ...]:
    return PARSER.extract(text, [Span(0, len(text))], "de")


def found(text: str) -> set[tuple[str, EntityKind]]:
    return {(m.text, e.kind) for e in german(text) for m in e.mentions}


def names(text: str) -> set[str]:
    return {m.text for e in german(text) for m in e.mentions}


def test_streets_squares_and_waters() -> None:
    text = ("Die Täter flohen durch die Brixelstraße zum Zwornitzer Platz und dann am Jahnweg "
            "entlang zur Hauptstraße. Dort liegt der Arbeitsweg vieler Pendler.")
    got = found(text)
    assert ("Brixelstraße", EntityKind.LOC) in got  # a street's name, unknown to the lexicon
    assert ("Zwornitzer Platz", EntityKind.LOC) in got  # a place's adjective before ``Platz``
    assert ("Jahnweg", EntityKind.LOC) in got  # ``-weg`` after a part that is no noun
    assert not names(text) & {"Hauptstraße", "Arbeitsweg"}  # common nouns


def test_agencies_in_lower_case_and_bodies_after_an_article() -> None:
    got = found("Zwornitz (dpa) - Die SPD und die Union stritten über die Pläne.")
    assert ("dpa", EntityKind.ORG) in got
    assert ("Union", EntityKind.ORG) in got  # a listed body, though also a town's name


def test_the_press_courts_and_clubs() -> None:
    got = found("Das sagte er dem Zwornitzer Kurier. Der 1. FC Brixel verlor gegen den FC Zwornitz 04, "
                "und der Internationale Gerichtshof tagte.")
    assert ("Zwornitzer Kurier", EntityKind.ORG) in got
    assert ("1. FC Brixel", EntityKind.ORG) in got and ("FC Zwornitz 04", EntityKind.ORG) in got
    assert ("Internationale Gerichtshof", EntityKind.ORG) in got


def test_words_that_only_look_like_names() -> None:
    text = ("Der Genuss von Hochprozentigem war verboten. Für Werbe- und andere Zwecke gab es "
            "eine Art Flaggschiff. Es waren 38,5 Grad.")
    assert not names(text) & {"Hochprozentigem", "Werbe", "Art Flaggschiff", "Flaggschiff", "Grad"}


def test_names_the_lexicon_reads() -> None:
    got = found("Die Opposition lief Sturm gegen Kaltenbrunns Pläne. Brixelmoor: Wir haben "
                "gewonnen. Er arbeitet bei Zwixtron.")
    assert ("Kaltenbrunns", EntityKind.PERSON) in got  # a listed surname's genitive
    assert ("Brixelmoor", EntityKind.PERSON) in got  # who speaks in an interview
    assert ("Zwixtron", EntityKind.ORG) in got  # one works at a company


def test_particles_join_no_noun_to_a_name_and_nouns_before_names() -> None:
    got = found("Das Tor schoss Karl vom Aufsteiger FC Zwornitz. Das Angebot des Stahlkonzerns "
                "Arcelux scheiterte.")
    assert ("FC Zwornitz", EntityKind.ORG) in got
    assert "Karl vom Aufsteiger FC Zwornitz" not in {text for text, _ in got}
    assert ("Arcelux", EntityKind.ORG) in got  # the kind an inflected noun before it gives


def test_parts_of_places_and_places_after_in() -> None:
    text = "Sie wuchs in Hamburg-Brixelnese auf, nach einem Hamburg-Besuch zog sie nach Zwornitz."
    got = found(text)
    assert ("Hamburg-Brixelnese", EntityKind.LOC) in got  # a known place, then a name
    assert "Hamburg-Besuch" not in names(text)  # a known place, then a noun


def test_capitals_inside_a_word_make_a_brand() -> None:
    got = found("Er war Sprecher von BrixLeaks, sagte der Anwalt. Später traf er McZorn.")
    assert ("BrixLeaks", EntityKind.ORG) in got
    assert ("McZorn", EntityKind.PERSON) in got  # a family name's prefix


def test_hyphenated_names_and_compounds() -> None:
    text = "Den Ausgleich erzielte Zwirn-Brixel nach einem Hamburg-Besuch."
    assert ("Zwirn-Brixel", EntityKind.PERSON) in found(text)  # names joined by a hyphen
    assert "Hamburg-Besuch" not in names(text)  # a name and a noun: a compound
