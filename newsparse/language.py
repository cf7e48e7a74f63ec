"""Language identification with a private, seeded ``langdetect`` detector.

langdetect's module-level ``detect()`` shares one global factory whose random seed is
unset, so it answers differently from run to run.  We load the profiles into a factory of
our own, seed it, and never touch the global one, so a user's own langdetect calls are
left as they were.  Detection runs on a bounded sample of the text so its cost does not
grow with the article.
"""

from __future__ import annotations

import threading
from typing import ClassVar

from langdetect.detector_factory import DetectorFactory, LangDetectException

__all__ = ["LanguageDetector"]

_FACTORY_LOCK = threading.Lock()


class LanguageDetector:
    """Guess the ISO 639-1 language of a text.

    ``SAMPLE_CHARS`` bounds the text looked at; ``SEED`` makes the guess repeatable;
    ``MIN_LETTERS`` is the fewest letters worth a guess.
    """

    SAMPLE_CHARS: ClassVar[int] = 2000
    SEED: ClassVar[int] = 0
    MIN_LETTERS: ClassVar[int] = 3

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
        if sum(1 for c in sample if c.isalpha()) < self.MIN_LETTERS:
            return None
        detector = self._get_factory().create()
        # Each detector re-seeds its own random.Random from .seed before every run.
        detector.seed = self.SEED
        try:
            detector.append(sample)
            lang: str = detector.detect()
        except LangDetectException:
            return None
        if lang in ("unknown", ""):
            return None
        # langdetect answers "zh-cn"/"zh-tw": keep the ISO 639-1 part.
        return lang.split("-")[0]
