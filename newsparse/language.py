"""Language identification: cheap evidence first, then a private, seeded ``langdetect``.

langdetect's module-level ``detect()`` shares one global factory whose random seed is
unset, so it answers differently from run to run.  We load the profiles into a factory of
our own, seed every detector, and never touch the global one, so a user's own langdetect
calls are left as they were.

langdetect costs milliseconds per call whatever the text's length, more than the rest of a
parse, so two kinds of cheap evidence answer first when they are decisive:

* the script: Hangul is Korean, kana Japanese, Greek letters Greek, and so on;
* stop words: in a text of some length, the language whose function words dominate
  ("the", "of", "and" / "de", "la", "que" / "der", "die", "und" …) by a wide margin.

Everything else — short texts, mixed evidence, scripts shared by several languages — goes
to langdetect on a bounded sample.
"""

from __future__ import annotations

import re
import threading
import unicodedata
from collections import Counter
from typing import ClassVar

import regex
from langdetect.detector_factory import DetectorFactory, LangDetectException

__all__ = ["LanguageDetector"]

_FACTORY_LOCK = threading.Lock()
_WORDS = regex.compile(r"\p{L}++")
# The same for case-folded ASCII text, whose letters are a-z: most English news is ASCII,
# and the standard library finds these runs several times faster than a \p{L} lookup.
_ASCII_WORDS = re.compile(r"[a-z]+")
_LETTER = regex.compile(r"\p{L}")
# Letters outside the Latin script (and outside the Common/Inherited ones).
_NON_LATIN_LETTER = regex.compile(r"[\p{L}--\p{Latin}]", regex.V1)


class LanguageDetector:
    """Guess the ISO 639-1 language of a text.

    Class attributes a subclass may change: ``SAMPLE_CHARS`` bounds the text looked at;
    ``SEED`` makes langdetect repeatable; ``MIN_LETTERS`` is the fewest letters worth a
    guess; ``STOP_WORDS`` maps a language to its commonest function words;
    ``SCRIPT_LANGUAGES`` maps a Unicode script name to the one language written in it;
    ``STOP_MIN_HITS`` and ``STOP_MARGIN`` say when stop words decide alone.
    """

    SAMPLE_CHARS: ClassVar[int] = 1000
    SEED: ClassVar[int] = 0
    MIN_LETTERS: ClassVar[int] = 3
    #: langdetect's number of random trials (its default is 7); fewer is faster and, on
    #: the texts that reach it, no less accurate in our measurements.
    TRIALS: ClassVar[int] = 3
    STOP_MIN_HITS: ClassVar[int] = 6
    #: Stop words are counted in this many first characters of the sample.
    STOP_SAMPLE_CHARS: ClassVar[int] = 1000
    STOP_MARGIN: ClassVar[float] = 3.0

    STOP_WORDS: ClassVar[dict[str, frozenset[str]]] = {
        "en": frozenset("the of and to in is that for on with was as by at from it his her he she "
                        "said has have are were be been which this will would their they who not but "
                        "an or its after had about than more also".split()),
        "es": frozenset("el la de que y en los las del se por con para una un su al lo como más pero "
                        "sus le ha este esta fue son entre también sobre ya hoy dijo según desde "
                        "están había".split()),
        "pt": frozenset("o a de que e do da em um uma os as dos das para com não por se mais ao na no "
                        "foi pelo pela ser seu sua são também está disse muito nos".split()),
        "fr": frozenset("le la les de des du et en un une est que qui dans pour pas par sur au aux "
                        "il elle ce ne se plus avec sont été mais ont son sa ses leur cette selon "
                        "a".split()),
        "it": frozenset("il la di che e in un una per non del della dei delle con sono si gli le al "
                        "alla da ha è anche come più nel nella ma questo stato".split()),
        "de": frozenset("der die das und in den von zu mit sich des auf für ist im dem nicht ein eine "
                        "als auch es an werden aus er hat dass sie nach wird bei einer um am sind noch "
                        "wie einem über so zum war haben".split()),
        "nl": frozenset("de het een en van in is dat op te zijn voor met die niet aan er ook als bij "
                        "door om tot maar heeft worden werd naar uit".split()),
    }

    SCRIPT_LANGUAGES: ClassVar[dict[str, str]] = {
        "HANGUL": "ko", "HIRAGANA": "ja", "KATAKANA": "ja", "GREEK": "el", "HEBREW": "he",
        "THAI": "th", "GEORGIAN": "ka", "ARMENIAN": "hy", "MYANMAR": "my", "KHMER": "km",
        "LAO": "lo", "SINHALA": "si", "TAMIL": "ta", "TELUGU": "te", "KANNADA": "kn",
        "MALAYALAM": "ml", "GUJARATI": "gu", "GURMUKHI": "pa", "BENGALI": "bn", "ETHIOPIC": "am",
        "TIBETAN": "bo", "CJK": "zh",
    }
    #: Letters that tell apart the languages written in Cyrillic: a language is chosen when
    #: its own letters occur at least ``CYRILLIC_MIN`` times and no other's letters do.
    CYRILLIC_LETTERS: ClassVar[dict[str, str]] = {
        "ru": "ыэЫЭ", "uk": "їєґЇЄҐ", "be": "ўЎ", "sr": "ђћџЂЋЏ", "mk": "ѓќѕЃЌЅ",
    }
    CYRILLIC_MIN: ClassVar[int] = 2

    _factory: ClassVar[DetectorFactory | None] = None

    @classmethod
    def _get_factory(cls) -> DetectorFactory:
        factory = LanguageDetector._factory
        if factory is None:
            with _FACTORY_LOCK:
                factory = LanguageDetector._factory
                if factory is None:
                    from langdetect.detector_factory import PROFILES_DIRECTORY

                    factory = DetectorFactory()
                    factory.load_profile(PROFILES_DIRECTORY)
                    LanguageDetector._factory = factory
        return factory

    def sample(self, text: str) -> str:
        """The part of ``text`` the detector reads."""
        return text[: self.SAMPLE_CHARS]

    def detect(self, text: str) -> str | None:
        """The language code (``en``, ``es``, ``zh``…), or ``None`` when there is too little text."""
        sample = self.sample(text)
        if self._min_letters().search(sample) is None:
            return None
        # ASCII letters are all Latin: no need to look at each character.
        others = [] if sample.isascii() else _NON_LATIN_LETTER.findall(sample)
        if others:
            by_script = self.by_script(others, len(_LETTER.findall(sample)))
            if by_script is not None:
                return by_script
        by_stop_words = self.by_stop_words(sample)
        if by_stop_words is not None:
            return by_stop_words
        return self.by_langdetect(sample)

    _min_letters_patterns: ClassVar[dict[int, regex.Pattern[str]]] = {}

    @classmethod
    def _min_letters(cls) -> regex.Pattern[str]:
        """A pattern that finds ``MIN_LETTERS`` letters (cheaper than counting them all)."""
        n = cls.MIN_LETTERS
        pat = cls._min_letters_patterns.get(n)
        if pat is None:
            pat = regex.compile(r"\p{L}(?:\P{L}*+\p{L}){" + str(max(0, n - 1)) + "}")
            cls._min_letters_patterns[n] = pat
        return pat

    def by_script(self, others: list[str], letters: int) -> str | None:
        """The language when over a third of the ``letters`` letters are ``others`` (letters
        outside the Latin script) in a script that one language alone uses."""
        counts: Counter[str] = Counter()
        for c in others:
            counts[unicodedata.name(c, "").split(" ", 1)[0]] += 1
        if counts["HIRAGANA"] + counts["KATAKANA"] >= max(3, letters // 20):
            return "ja"
        script, n = counts.most_common(1)[0]
        # A script of one language decides when it holds a third of the letters: a caption
        # in Burmese keeps its English credit words, but an English story quoting a name in
        # kanji does not turn Chinese.
        if n * 3 <= letters:
            return None
        if script == "CYRILLIC":
            return self.by_cyrillic_letters(others)
        return self.SCRIPT_LANGUAGES.get(script)

    def by_cyrillic_letters(self, letters: list[str]) -> str | None:
        """The Cyrillic-script language whose own letters alone occur, if any."""
        text = "".join(letters)
        found = [lang for lang, own in self.CYRILLIC_LETTERS.items()
                 if sum(text.count(c) for c in own) >= self.CYRILLIC_MIN]
        if len(found) != 1:
            return None
        others = "".join(own for lang, own in self.CYRILLIC_LETTERS.items() if lang != found[0])
        return found[0] if not any(c in others for c in text) else None

    _stop_indexes: ClassVar[dict[type, dict[str, tuple[str, ...]]]] = {}

    @classmethod
    def _stop_index(cls) -> dict[str, tuple[str, ...]]:
        """Word -> the languages that list it, built once per class."""
        index = cls._stop_indexes.get(cls)
        if index is None:
            built: dict[str, list[str]] = {}
            for lang in sorted(cls.STOP_WORDS):
                for word in cls.STOP_WORDS[lang]:
                    built.setdefault(word, []).append(lang)
            index = {w: tuple(langs) for w, langs in built.items()}
            cls._stop_indexes[cls] = index
        return index

    def by_stop_words(self, sample: str) -> str | None:
        """The language whose function words clearly dominate, if any."""
        index = self._stop_index()
        hits: Counter[str] = Counter()
        folded = sample[: self.STOP_SAMPLE_CHARS].casefold()
        words = _ASCII_WORDS.findall(folded) if folded.isascii() else _WORDS.findall(folded)
        # Most words are no language's stop word: drop them before counting.
        for word, n in Counter(filter(index.__contains__, words)).items():
            for lang in index[word]:
                hits[lang] += n
        if not hits:
            return None
        # A full sort of a handful of languages is cheaper than most_common(2)'s heap, and
        # ranks them the same way (by count, ties in the order first counted).
        ranked = hits.most_common()[:2]
        best, n = ranked[0]
        second = ranked[1][1] if len(ranked) > 1 else 0
        if n >= self.STOP_MIN_HITS and n >= self.STOP_MARGIN * second:
            return best
        return None

    def by_langdetect(self, sample: str) -> str | None:
        """langdetect's answer, from a detector of our own with a fixed seed."""
        detector = self._get_factory().create()
        # Each detector re-seeds its own random.Random from .seed before every run.
        detector.seed = self.SEED
        detector.n_trial = self.TRIALS
        try:
            detector.append(sample)
            lang: str = detector.detect()
        except LangDetectException:
            return None
        if lang in ("unknown", ""):
            return None
        # langdetect answers "zh-cn"/"zh-tw": keep the ISO 639-1 part.
        return lang.split("-")[0]
