"""Language identification (texts invented for these tests)."""

from __future__ import annotations

import langdetect.detector_factory as global_factory
from hypothesis import given, settings
from hypothesis import strategies as st

import newsparse
from newsparse.language import LanguageDetector

DETECT = LanguageDetector()


def test_scripts_of_one_language() -> None:
    assert DETECT.detect("Η κυβέρνηση ανακοίνωσε νέα μέτρα για την οικονομία.") == "el"
    assert DETECT.detect("הממשלה הודיעה על צעדים חדשים בכלכלה") == "he"
    assert DETECT.detect("政府は新しい経済対策を発表した。") == "ja"


def test_a_caption_in_burmese_keeps_its_english_credit_words() -> None:
    caption = "ဓာတ်ပုံ မူပိုင် Aung Ko (Photo Desk) Image caption ရန်ကုန် မြို့ မှာ မိုး ရွာ နေ သည်"
    assert DETECT.detect(caption) == "my"


def test_an_english_story_quoting_a_name_in_kanji_stays_english() -> None:
    text = ("The company, known in Japan as 東芝, said on Tuesday that its profits had fallen for the "
            "third quarter in a row and that it would cut jobs at two of its factories.")
    assert DETECT.detect(text) == "en"


def test_cyrillic_letters_tell_languages_apart() -> None:
    assert DETECT.detect("Уряд України оголосив про нові заходи щодо підтримки їхньої економіки.") == "uk"
    assert DETECT.detect("Вы были в Москве, когда это случилось? Этот вопрос задают многие.") == "ru"


def test_function_words_decide_clear_cases() -> None:
    assert DETECT.detect("El Gobierno dijo que la economía de la región crece más de lo que se esperaba "
                         "y que los precios de la vivienda se mantienen.") == "es"
    assert DETECT.detect("Die Regierung hat am Montag mitgeteilt, dass die Wirtschaft in diesem Jahr "
                         "stärker wachsen wird als von den Experten erwartet.") == "de"


def test_too_little_text_is_no_language() -> None:
    assert DETECT.detect("") is None
    assert DETECT.detect("12 34 -- !!") is None


def test_the_global_langdetect_factory_is_left_alone() -> None:
    before = global_factory._factory
    DETECT.detect("Un texte assez long pour que le détecteur de langue soit appelé, sans mots outils.")
    assert global_factory._factory is before


def test_the_caller_can_name_the_language() -> None:
    text = "Harbour ferry resumes\n\nThe ferry ran again on Monday after the storm.\n"
    assert newsparse.parse(text).language == "en"
    assert newsparse.parse(text, language="es").language == "es"


@settings(max_examples=150, deadline=None)
@given(st.text(max_size=300))
def test_any_text_gives_a_code_or_none_and_the_same_twice(text: str) -> None:
    first = DETECT.detect(text)
    assert first is None or (isinstance(first, str) and 2 <= len(first) <= 5)
    assert DETECT.detect(text) == first
