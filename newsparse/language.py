"""Language identification: cheap evidence first, then a private, seeded ``langdetect``.

langdetect's module-level ``detect()`` shares one global factory whose random seed is
unset, so it answers differently from run to run.  We load the profiles into a factory of
our own, seed every detector, and never touch the global one, so a user's own langdetect
calls are left as they were.

langdetect costs milliseconds per call whatever the text's length, more than the rest of a
parse, so cheap evidence answers first when it is decisive:

* the script: Hangul is Korean, kana Japanese, Greek letters Greek, and so on; among the
  languages written in Cyrillic, the letters only one of them uses (ы э Russian, ї є ґ
  Ukrainian…), and the alphabets: a text with й, щ, ю or я is no Serbian or Macedonian,
  one with ы, э or ё no Bulgarian or Ukrainian.  The languages an alphabet leaves are the
  only ones the later rules, langdetect included, may name;
* function words (stop words), counted in lower case only — a capitalised one is as often
  part of a name ("Los Angeles", "De Beers") or an abbreviation ("Pa.").  A word listed
  for one language alone ("the" / "los" / "und" / "что") is that language's *own*
  evidence, and so is a letter only one language writes (ř Czech, ľ Slovak, ł Polish,
  ő Hungarian, ß German…); a word several languages share ("de", "la", "in", "и", "na")
  says the text is one of them, not which.  In a text of some length, the language with
  the most function words decides when its own evidence outweighs every other's by a
  wide margin;
* in a short text, the one language with any own evidence, if it also has the most
  function words: "что" is Russian, not Bulgarian.  langdetect reads letter n-grams, and a
  few words of them do not tell neighbours apart (Russian from Bulgarian or Macedonian,
  Czech from Slovak or Slovenian).

Everything else — mixed evidence, texts without function words — goes to langdetect on a
bounded sample, lower-cased when it is written in capitals (langdetect skips words in
capitals as acronyms).
"""

from __future__ import annotations

import itertools
import json
import os
import re
import threading
import unicodedata
from collections import Counter
from collections.abc import Callable, Iterable, Mapping
from typing import Any, ClassVar, Final, NamedTuple, cast

import regex
from langdetect.detector_factory import DetectorFactory, LangDetectException
from langdetect.lang_detect_exception import ErrorCode

from ._compat import mypyc_attr

__all__ = ["LanguageDetector"]

_FACTORY_LOCK: Final = threading.Lock()
# Words, with their digits ("4th", "W112" are no function words) and hyphens ("pre-tax" is
# no Slovak "pre").  The standard library's \w (letters, digits, "_") finds them faster
# than a \p{L} class of the regex module.
_WORDS: Final = re.compile(r"\w+(?:-\w+)*")
# The same for ASCII text, most English news.
_ASCII_WORDS: Final = re.compile(r"[A-Za-z0-9]+(?:-[A-Za-z0-9]+)*")
# Every ASCII character but letters, digits and the hyphen, as a space (see _ascii_words).
_ASCII_SEPARATORS: Final = str.maketrans(
    {chr(i): " " for i in range(128) if not (chr(i).isalnum() or chr(i) == "-")})


def _ascii_words(text: str) -> list[str]:
    """``_ASCII_WORDS.findall(text)`` for an ASCII ``text``.

    Translating the separators to spaces and splitting (both in C, on ASCII text) is
    several times faster than the pattern.  A hyphen belongs to a word only between two
    letters or digits: the others (``--``, `` -``, ``- ``, at either end) become spaces."""
    spaced = text.translate(_ASCII_SEPARATORS)
    if "-" in spaced:
        # After "--" is gone, every hyphen left is alone; then one beside a space (the
        # padding stands for the ends) joins nothing.
        spaced = (" " + spaced + " ").replace("--", "  ").replace(" -", "  ").replace("- ", "  ")
    return spaced.split()
_LETTER: Final = regex.compile(r"\p{L}")
# Letters outside the Latin script (and outside the Common/Inherited ones).
_NON_LATIN_LETTER: Final = regex.compile(r"[\p{L}--\p{Latin}]", regex.V1)
# What a text needs for ``_NON_LATIN_LETTER`` to find anything: a character past the Latin
# blocks (U+0250 on), or one of the few letters before them that are not Latin (µ).  The
# standard library's engine tells a text of Latin letters from it faster than a scan
# for the letters themselves.
_BEYOND_LATIN: Final = re.compile(
    "[^\x00-\u024f]" + "".join("|" + re.escape(c) for c in map(chr, range(0x250))
                                  if _NON_LATIN_LETTER.match(c)))


class _WordProbabilities:
    """langdetect's ``word_lang_prob_map`` (an n-gram -> its probability in each language),
    each n-gram's list made the first time a detector asks for it.

    ``DetectorFactory.load_profile`` makes the lists of all the n-grams of all the
    profiles (some hundred thousand) up front: a second of work, for the few texts that
    reach langdetect at all, which read a few thousand n-grams.  The lists made here come
    from the same profiles by the same arithmetic, so a detector reads the same numbers;
    those made are kept (at most one per n-gram of the profiles).

    Which n-grams the profiles hold is also found out n-gram by n-gram: the union of all
    the profiles' n-grams (some ninety thousand) cost more to build than a detector's
    questions about the few thousand of one text.
    """

    def __init__(self, profiles: list[tuple[int, dict[str, int], list[int]]], size: int) -> None:
        #: (index in the language list, n-gram counts, n-grams counted by length)
        self._profiles = profiles
        self._size = size
        self._freqs: tuple[dict[str, int], ...] = tuple(freq for _, freq, _ in profiles)
        #: the n-grams found in a profile so far (at most those of the profiles); an
        #: n-gram of none is looked for again each time (few are, and they are unbounded)
        self._known: set[str] = set()
        self._made: dict[str, list[float]] = {}

    def __contains__(self, word: object) -> bool:
        if word in self._known:
            return True
        # dict.__contains__ over the profiles, in C, stopping at the first that holds it
        if any(map(dict.__contains__, self._freqs, itertools.repeat(word))):
            self._known.add(cast(str, word))
            return True
        return False

    def __getitem__(self, word: str) -> list[float]:
        probs = self._made.get(word)
        if probs is None:
            if word not in self:
                raise KeyError(word)
            probs = [0.0] * self._size
            length = len(word)
            if 1 <= length <= 3:  # as DetectorFactory.add_profile
                for index, freq, n_words in self._profiles:
                    count = freq.get(word)
                    if count is not None:
                        probs[index] = 1.0 * count / n_words[length - 1]
            self._made[word] = probs
        return probs


def _load_profiles(factory: Any, directory: str) -> None:
    """What ``factory.load_profile(directory)`` does, with the n-gram lists made on demand
    (see :class:`_WordProbabilities`): the same languages, in the same order."""
    names = os.listdir(directory)
    if not names:
        raise LangDetectException(ErrorCode.NeedLoadProfileError, "Not found profile: " + directory)
    langlist: list[str] = []
    profiles: list[tuple[int, dict[str, int], list[int]]] = []
    for name in names:
        if name.startswith("."):
            continue
        path = os.path.join(directory, name)
        if not os.path.isfile(path):
            continue
        # Read as bytes: json decodes the UTF-8 itself, without the newline translation of
        # a file opened as text (JSON needs none).
        with open(path, "rb") as f:
            data = json.loads(f.read())
        lang = data["name"]
        if lang in langlist:
            raise LangDetectException(ErrorCode.DuplicateLangError, "Duplicate the same language profile.")
        profiles.append((len(langlist), data["freq"], data["n_words"]))
        langlist.append(lang)
    factory.langlist = langlist
    # langdetect sizes each list by the number of files, loaded or not
    factory.word_lang_prob_map = _WordProbabilities(profiles, len(names))


class Evidence(NamedTuple):
    """What the cheap rules count in a sample, language by language."""

    #: function words of each language, shared ones counted for every language that has
    #: them, and letters only it writes
    words: Counter[str]
    #: function words no other language lists, plus letters no other language writes
    own: Counter[str]
    #: how many words were read
    length: int


def _languages_by_word(words_of: Mapping[str, Iterable[str]],
                       form: Callable[[str], str]) -> dict[str, list[str]]:
    """Each word (in ``form``) -> the languages that list it, in the order of their codes."""
    owners: dict[str, list[str]] = {}
    for lang in sorted(words_of):
        for word in words_of[lang]:
            owners.setdefault(form(word), []).append(lang)
    return owners


@mypyc_attr(allow_interpreted_subclasses=True)
class LanguageDetector:
    """Guess the ISO 639-1 language of a text.

    Class attributes a subclass may change: ``SAMPLE_CHARS`` bounds the text looked at;
    ``SEED`` makes langdetect repeatable; ``MIN_LETTERS`` is the fewest letters worth a
    guess; ``STOP_WORDS`` maps a language to its commonest function words;
    ``SCRIPT_LANGUAGES`` maps a Unicode script name to the one language written in it;
    ``CYRILLIC_LETTERS`` and ``OWN_LETTERS`` map a language to the letters only it writes,
    ``ALPHABETS`` a Cyrillic-script language to its alphabet; ``STOP_MIN_HITS``,
    ``STOP_MIN_OWN`` and ``STOP_MARGIN`` say when stop words decide alone, and
    ``SHORT_MAX_WORDS`` / ``SHORT_MIN_OWN`` when one language's own evidence decides a
    short text.
    """

    SAMPLE_CHARS: ClassVar[int] = 1000
    SEED: ClassVar[int] = 0
    MIN_LETTERS: ClassVar[int] = 3
    #: langdetect's number of random trials (its default is 7); fewer is faster and, on
    #: the texts that reach it, no less accurate in our measurements.
    TRIALS: ClassVar[int] = 3
    #: Function words decide for the language with the most of them, at least this many
    #: (shared ones included) ...
    STOP_MIN_HITS: ClassVar[int] = 6
    #: ... when its own evidence (own words and letters) is at least this much ...
    STOP_MIN_OWN: ClassVar[int] = 2
    #: ... and this many times any other language's.
    STOP_MARGIN: ClassVar[float] = 3.0
    #: Stop words are counted in this many first characters of the sample.
    STOP_SAMPLE_CHARS: ClassVar[int] = 1000
    #: A text of at most this many words (numbers included) is short: there the one
    #: language with own evidence, at least ``SHORT_MIN_OWN`` pieces of it, decides if it
    #: also has more function words than any other language.
    SHORT_MAX_WORDS: ClassVar[int] = 40
    SHORT_MIN_OWN: ClassVar[int] = 1
    #: A text of any length whose function words are all one language's own decides for it
    #: with at least this many.
    SOLE_MIN_OWN: ClassVar[int] = 3
    #: Places as only their own language spells them (English and most others write
    #: ``Prague``, ``Warsaw``, ``Munich``): in a text of at most ``PLACE_MAX_WORDS`` words
    #: with no function word, such as a dateline left alone (``Praha -``), the language.
    PLACE_NAMES: ClassVar[dict[str, frozenset[str]]] = {
        # only spellings English does not share (it writes Brno and Ostrava too)
        "cs": frozenset({"Praha", "Praze", "Prahy", "Brně", "Ostravě", "Plzeň", "Plzni"}),
        "pl": frozenset({"Warszawa", "Warszawie", "Warszawy", "Krakowie", "Wrocławiu", "Poznaniu",
                         "Gdańsku", "Łodzi"}),
        "de": frozenset({"München", "Köln", "Wien", "Nürnberg"}),
        "it": frozenset({"Milano", "Napoli", "Torino", "Firenze", "Venezia", "Genova"}),
        "hu": frozenset({"Bécs"}),
        "nl": frozenset({"Brussel"}),
    }
    PLACE_MAX_WORDS: ClassVar[int] = 3

    #: The commonest function words of each language, lower case.  A word several
    #: languages use is listed under each of them, so that it counts as nobody's own.
    STOP_WORDS: ClassVar[dict[str, frozenset[str]]] = {
        # Latin script: Germanic languages.
        "en": frozenset("a about after against all also an and any are as at be because been before "
                        "being between both but by can could did do does during each for from had has "
                        "have he her him his how i if in into is it its just may might more most must "
                        "my no not now of on only or other our out over per said she should since so "
                        "some such than that the their them then there these they this those through to "
                        "under until up was we were what when where which while who will with would you "
                        "your "
                        # the abbreviations of English business wires, which make up tables with
                        # few other words ("Shr 80 cts vs 72 cts", "Revs 290.9 mln")
                        "shr shrs cts dlrs dlr revs qtr qtrs mths pct".split()),
        "de": frozenset("aber als am an auch auf aus bei beim bis da damit dann das dass dem den denn "
                        "der des die dies diese dieser dieses doch durch ein eine einem einen einer "
                        "eines er es für gegen hat hatte hatten ich ihr ihre ihren ihrer im in ist "
                        "jetzt kann man mehr mit muss nach nicht noch nur ob oder ohne schon sehr sein "
                        "seine seiner seit sich sie sind so soll sollen um und unter vom von vor war "
                        "was weil wenn werden wie will wir wird wurde "
                        "wurden zu zum zur zwischen über".split()),
        "nl": frozenset("aan al alle als bij dan dat de deze die dit door een en er geen haar heeft het "
                        "hij hoe ik in is je kan maar meer met naar niet nog nu of om ook op over te "
                        "tegen toen tot uit van veel voor was wat we werd wie wij worden zal ze zei "
                        "zich zijn zo zou".split()),
        "da": frozenset("af alle at blev de den denne der det dette din du efter eller en end er et for "
                        "fra han har hende hun hvad hvis hvor i ikke ind jeg kan kun man med men mig "
                        "mod nu når og om op os over på sig sin skal som til ud under var vi vil være "
                        "været".split()),
        "no": frozenset("alle at av ble de den denne der det dette du eller en enn er et etter for fra "
                        "han har henne hun hva hvis hvor i ikke inn jeg kan kun man med meg men mot nå "
                        "når og om opp oss over på seg sin skal som til "
                        "under ut var vi vil være vært".split()),
        "sv": frozenset("alla att av blev de dem den denna det detta du efter eller en ett från för han "
                        "har henne hon hur i inte jag kan man med men mig mot när och också om på sig "
                        "sin ska skulle som så till under upp ut vad var "
                        "vara vi vid vill än är".split()),
        # Latin script: Romance languages.
        "es": frozenset("a al algo ante como con contra cual cuando de del desde dijo donde dos durante "
                        "e el ella ellos en entre era es esa ese esta este esto está están fue fueron "
                        "ha había han hasta hay hoy la las le les lo los mientras muy más ni no nos o "
                        "otra otro para pero por porque que se según ser si sido sin sobre son su sus "
                        "sí también tiene todo todos tras un una uno unos y ya".split()),
        "pt": frozenset("a algo ante ao aos as com como contra da das de desde disse do dos durante e "
                        "ela ele eles em entre era essa esse esta este está estão foi foram há isso "
                        "isto já lhe mais mas muito na nas nem no nos não o os ou para pela pelas pelo "
                        "pelos por porque quando que se sem ser seu seus sido sobre sua suas são também "
                        "tem todo todos um uma à".split()),
        "fr": frozenset("a après au aussi aux avait avant avec ce ces cette comme dans de des du elle "
                        "en entre est et il ils je la le les leur lui mais même ne nous on ont ou où "
                        "par pas plus pour qu que qui sa sans se selon ses son sont sur un une vous y à "
                        "était été".split()),
        "it": frozenset("a ad al alla alle anche che chi ci come con contro cui da dal dalla degli dei "
                        "del della delle di dopo durante e ed era fra gli ha hanno i il in io la le lo "
                        "loro ma molto ne nei nel nella non o per perché più poi quale quando questa "
                        "questo se si sia sono stata stato su sua sue sui sul sulla suo tra tutti tutto "
                        "un una uno è".split()),
        "ca": frozenset("a al als amb aquest aquesta com de del dels durant el els en entre era es fins "
                        "ha hi ho i la les li molt més no o per però que se seu seva si sobre també un "
                        "una va van és".split()),
        # Latin script: Slavic languages.
        "cs": frozenset("a aby ale ani až bez bude budou by byl byla byli bylo být co do i jak jako je "
                        "jeho jej jejich její jen ještě již jsem jsme jsou jste k kde když ke kterou "
                        "která které kterého kterém který kteří mají mezi mu my má na nad nebo než o od "
                        "po pod podle pro proti protože před při s se si tak také tam ten tento to toho "
                        "tom tím u už v ve však z za ze či že".split()),
        "sk": frozenset("a aby aj ako ale alebo ani až bez bol bola boli bolo bude budú by byť do ešte "
                        "i iba ich je jeho jej k kde keď ktorej ktorom ktorá ktoré ktorého ktorí ktorú "
                        "ktorý ku len majú medzi mu my má na nad než nie o od po pod podľa pre pred pri "
                        "proti s sa si sme so som ste sú tak tam ten tento tiež to toho tom už v vo "
                        "však z za zo či čo že".split()),
        "pl": frozenset("a aby albo ale ani by byli być był była było były będzie będą co czy dla do "
                        "gdy gdzie i ich jak jako jednak jego jej jest jeszcze już która które którego "
                        "której który których którym którzy ku lub między mu my na nad nie o od oraz po "
                        "pod przed przez przy również się są tak także tam tego tej ten też to tylko "
                        "tym u w we według z za ze że żeby".split()),
        "hr": frozenset("a ako ali bez bi bila bili bilo bio da do i ih iz je jer još kad kada kako kao "
                        "koja koje koji li mu na nakon ne nije o od po pod prema pri s sa se su to u uz "
                        "već za zbog što".split()),
        "sl": frozenset("a ali bi bil bila bili bilo da do in iz je kar ker ki ko kot mu na ne o od pa "
                        "po pod pri s saj se so tudi v z za še že".split()),
        # Cyrillic script.
        "ru": frozenset("а без бы был была были было в во вот все всё где да для до его ее еще ещё её "
                        "же за и из или им их к как когда которая которого которой котором которые "
                        "который которым которых ли между мы на над не нет но о об он она они от по под "
                        "после при про с со так также те тем то той только том тот у уже чем что чтобы "
                        "эти это этого этой этот я".split()),
        "uk": frozenset("а або але без би був була були було в вже вона вони від він де для до же з за "
                        "зі й його коли на над не ні по при про під та так також те то у це цей ця ці "
                        "чи ще що щоб я як яка який якщо які і із їх її".split()),
        "be": frozenset("а або ад але без бы была было былі быў гэта да дзе для з за каб калі на над не "
                        "ні па пад пра пры так таксама тое у ужо што яго яе як якая які якія яна яны ён "
                        "і іх ў".split()),
        "bg": frozenset("а аз ако без беше би бил била били било бяха в вече все във го да до е за и из "
                        "или им как като което които кой който която към ли между му на не но от още по "
                        "под после през при с са само се си след със също тази така те тези то това "
                        "този той тя че ще я".split()),
        "sr": frozenset("а али би била били било био где да до за и из или им их када како као која "
                        "које који ли му на не није о од он она они по под после према при са само се "
                        "су та то у уз што је јер још".split()),
        "mk": frozenset("а би бил била биле било во го да дека до е за и или им како кога кое кои кој "
                        "која ли му на не но од по под при само се со таа "
                        "тие тоа тој уште што ќе".split()),
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
    #: (ј љ њ џ are both Serbian and Macedonian, so they tell neither; ы and э are
    #: Belarusian too, which ``by_cyrillic_letters`` checks against the alphabets.)
    CYRILLIC_LETTERS: ClassVar[dict[str, str]] = {
        "ru": "ыэЫЭ", "uk": "їєґЇЄҐ", "be": "ўЎ", "sr": "ђћЂЋ", "mk": "ѓќѕЃЌЅ",
    }
    CYRILLIC_MIN: ClassVar[int] = 2
    #: The alphabets of the languages written in Cyrillic, lower case.  A text whose
    #: Cyrillic letters one alphabet alone holds is in that language; otherwise the
    #: languages whose alphabets hold them all are the only ones the later rules and
    #: langdetect may name: a text with й, щ, ь, ю or я is not Serbian or Macedonian, one
    #: with ы, э or ё not Bulgarian or Ukrainian, one with и not Belarusian.
    ALPHABETS: ClassVar[dict[str, str]] = {
        "ru": "абвгдеёжзийклмнопрстуфхцчшщъыьэюя",
        "uk": "абвгґдеєжзиіїйклмнопрстуфхцчшщьюя",
        "be": "абвгдеёжзійклмнопрстуўфхцчшыьэюя",
        "bg": "абвгдежзийклмнопрстуфхцчшщъьюяѐѝ",
        "sr": "абвгдђежзијклљмнњопрстћуфхцчџш",
        "mk": "абвгдѓежзѕијклљмнњопрстќуфхцчџшѝѐ",
    }
    #: Letters that, among the languages langdetect knows, one alone writes, lower case:
    #: each occurrence is own evidence of its language, like an own function word.  (Shared
    #: letters are left out: ą ę are Polish and Lithuanian, ñ Spanish and Tagalog, ş
    #: Turkish and Romanian, ã õ Portuguese, Vietnamese and Estonian, ä ö ü several, ы э ё
    #: Russian and Belarusian.)
    OWN_LETTERS: ClassVar[dict[str, str]] = {
        "cs": "ěřů", "sk": "ľĺŕ", "pl": "łńśźż", "hu": "őű", "de": "ß", "ro": "șțţ",
        "tr": "ğı", "lv": "ģķļņ", "lt": "ėįų", "vi": "ơư",
        "uk": "їєґ", "be": "ў", "sr": "ђћ", "mk": "ѓќѕ",
    }

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
                    _load_profiles(factory, PROFILES_DIRECTORY)
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
        others = ([] if sample.isascii() or _BEYOND_LATIN.search(sample) is None
                  else _NON_LATIN_LETTER.findall(sample))
        languages = None
        if others:
            letters = len(_LETTER.findall(sample))
            by_script = self.by_script(others, letters)
            if by_script is not None:
                return by_script
            # The languages whose alphabet the text fits; the rules below name no other.
            languages = self.by_alphabet(others, letters)
            if languages is not None and len(languages) == 1:
                return next(iter(languages))
        evidence = self.evidence(sample, languages)
        by_stop_words = self.by_stop_words(evidence)
        if by_stop_words is not None:
            return by_stop_words
        by_own = self.by_own_evidence(evidence)
        if by_own is not None:
            return by_own
        if evidence.length <= self.PLACE_MAX_WORDS and not evidence.own:
            by_place = self.by_place_name(sample)
            if by_place is not None:
                return by_place
        return self.by_langdetect(sample, languages)

    def by_place_name(self, sample: str) -> str | None:
        """In a text of a few words and no function word (``Praha -``, a dateline left
        alone), the language whose own spelling of a place it holds (``PLACE_NAMES``), if
        one only."""
        found = {lang for word in _WORDS.findall(sample)
                 for lang in self._place_owners().get(word.casefold(), ())}
        return next(iter(found)) if len(found) == 1 else None

    _place_indexes: ClassVar[dict[type, dict[str, tuple[str, ...]]]] = {}

    @classmethod
    def _place_owners(cls) -> dict[str, tuple[str, ...]]:
        index = cls._place_indexes.get(cls)
        if index is None:
            owners = _languages_by_word(cls.PLACE_NAMES, str.casefold)
            index = cls._place_indexes[cls] = {k: tuple(v) for k, v in owners.items()}
        return index

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
        # Each letter's name once, however often it occurs (counted in the order the
        # letters first occur, as a tally letter by letter would).
        for c, n in Counter(others).items():
            counts[unicodedata.name(c, "").split(" ", 1)[0]] += n
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
        """The Cyrillic-script language whose own letters alone occur, if any, unless the
        text fits another language's alphabet as well (ы and э are Belarusian letters too:
        without an и, щ or ъ they do not rule Belarusian out)."""
        text = "".join(letters)
        found = [lang for lang, own in self.CYRILLIC_LETTERS.items()
                 if sum(text.count(c) for c in own) >= self.CYRILLIC_MIN]
        if len(found) != 1:
            return None
        others = "".join(own for lang, own in self.CYRILLIC_LETTERS.items() if lang != found[0])
        if not set(others).isdisjoint(text):
            return None
        # A stray letter of another language (a quoted name) fits no alphabet: no objection.
        fitting = self.by_alphabet(letters, len(letters))
        return found[0] if fitting is None or fitting == {found[0]} else None

    _alphabet_sets: ClassVar[dict[type, dict[str, frozenset[str]]]] = {}

    def by_alphabet(self, others: list[str], letters: int) -> frozenset[str] | None:
        """When over half the ``letters`` letters are ``others`` (outside the Latin
        script), the languages of ``ALPHABETS`` whose alphabet holds every one of them; None
        when no alphabet does (another script, or a mixture), as any language may then be."""
        if len(others) * 2 <= letters:
            return None
        alphabets = self._alphabet_sets.get(type(self))
        if alphabets is None:
            alphabets = {lang: frozenset(a.lower()) for lang, a in self.ALPHABETS.items()}
            self._alphabet_sets[type(self)] = alphabets
        seen = frozenset("".join(others).lower())
        fitting = frozenset(lang for lang, alphabet in alphabets.items() if seen <= alphabet)
        return fitting or None

    #: How a function word is written: in lower case, capitalised, in capitals.
    _LOWER: ClassVar[int] = 0
    _CAPITALISED: ClassVar[int] = 1
    _CAPITALS: ClassVar[int] = 2
    _stop_indexes: ClassVar[dict[type, tuple[dict[str, int], list[tuple[tuple[str, ...], int]]]]] = {}

    @classmethod
    def _stop_index(cls) -> tuple[dict[str, int], list[tuple[tuple[str, ...], int]]]:
        """Each function word as written in lower case, capitalised and in capitals -> a
        number (never 0), and number -> (the languages that list the word, how it is
        written); built once per class.  Words of the same languages written the same way
        share a number, so a text's words are tallied by a handful of numbers, and looking
        them up as they are written saves case-folding the text."""
        built = cls._stop_indexes.get(cls)
        if built is None:
            owners = _languages_by_word(cls.STOP_WORDS, str.lower)
            kinds: list[tuple[tuple[str, ...], int]] = [((), cls._LOWER)]
            numbers: dict[tuple[tuple[str, ...], int], int] = {}
            index: dict[str, int] = {}
            for word, langs in sorted(owners.items()):
                # A one-letter word's capitalised form is its capital ("A", "I", "В"): it
                # counts, like other words in capitals, only in a text written in capitals.
                for form, how in ((word[:1].upper() + word[1:], cls._CAPITALISED),
                                  (word.upper(), cls._CAPITALS),
                                  (word, cls._LOWER)):
                    kind = (tuple(langs), how)
                    if kind not in numbers:
                        numbers[kind] = len(kinds)
                        kinds.append(kind)
                    index[form] = numbers[kind]
            built = (index, kinds)
            cls._stop_indexes[cls] = built
        return built

    _letter_patterns: ClassVar[dict[type, tuple[re.Pattern[str] | None, dict[str, str]]]] = {}

    @classmethod
    def _own_letters(cls) -> tuple[re.Pattern[str] | None, dict[str, str]]:
        """A pattern finding any letter of ``OWN_LETTERS`` in either case, and letter ->
        its language, built once per class.  A letter listed for two languages is nobody's
        own and is dropped; a capital that is no single letter (ß's "SS") or lower-cases to
        another letter (ı's "I") is left out."""
        built = cls._letter_patterns.get(cls)
        if built is None:
            owners: dict[str, list[str]] = {}
            for lang in sorted(cls.OWN_LETTERS):
                for c in set(cls.OWN_LETTERS[lang].lower()):
                    owners.setdefault(c, []).append(lang)
            own: dict[str, str] = {}
            for c, langs in owners.items():
                if len(langs) == 1:
                    own[c] = langs[0]
                    capital = c.upper()
                    if len(capital) == 1 and capital.lower() == c:
                        own[capital] = langs[0]
            pattern = re.compile("[" + re.escape("".join(sorted(own))) + "]") if own else None
            built = (pattern, own)
            cls._letter_patterns[cls] = built
        return built

    def evidence(self, sample: str, languages: frozenset[str] | None = None) -> Evidence:
        """Function words and own letters of each language (of ``languages`` only, when
        given) in the first ``STOP_SAMPLE_CHARS`` characters of ``sample``.

        Only function words in lower case count (in capitals too when the whole text is
        in capitals): a capitalised one is as often part of a name ("El Salvador", "Los
        Angeles", "De Beers"), an initial ("U. S.") or an abbreviation ("Pa.")."""
        index, kinds = self._stop_index()
        # Plain dicts while counting (a Counter's missing keys cost a method call each),
        # turned into Counters, in the same order, at the end.
        words: dict[str, int] = {}
        own: dict[str, int] = {}
        head = sample[: self.STOP_SAMPLE_CHARS]
        ascii_only = head.isascii()
        tokens = _ascii_words(head) if ascii_only else _WORDS.findall(head)
        # Most words are no language's function word (index.get gives None, dropped).
        tally = Counter(filter(None, map(index.get, tokens)))
        shouting: bool | None = None
        lower = self._LOWER
        for number, n in tally.items():
            langs, how = kinds[number]
            if how != lower:
                if how == self._CAPITALISED:
                    continue
                if shouting is None:
                    shouting = self.shouting(tokens)
                if not shouting:
                    continue
            if languages is not None:
                langs = tuple(lang for lang in langs if lang in languages)
            for lang in langs:
                words[lang] = words.get(lang, 0) + n
            if len(langs) == 1:
                own[langs[0]] = own.get(langs[0], 0) + n
        if not ascii_only:
            pattern, owner = self._own_letters()
            if pattern is not None:
                for c in pattern.findall(head):
                    lang = owner[c]
                    if languages is None or lang in languages:
                        own[lang] = own.get(lang, 0) + 1
                        words[lang] = words.get(lang, 0) + 1
        return Evidence(Counter(words), Counter(own), len(tokens))

    @staticmethod
    def shouting(tokens: list[str]) -> bool:
        """Whether the words are written in capitals: some are, and none is in lower case
        (a headline in capitals, a table of them).  There a word in capitals is no name or
        acronym, and case says nothing."""
        return not any(map(str.islower, tokens)) and any(len(t) > 1 and t.isupper() for t in tokens)

    def by_stop_words(self, evidence: Evidence) -> str | None:
        """The language whose function words dominate, if any: it has the most function
        words, at least ``STOP_MIN_HITS``, and the most own evidence, at least
        ``STOP_MIN_OWN`` and ``STOP_MARGIN`` times any other language's."""
        if not evidence.own:
            return None
        # A full sort of a handful of languages is cheaper than most_common's heap.
        ranked = evidence.own.most_common()
        best, mine = ranked[0]
        second = ranked[1][1] if len(ranked) > 1 else 0
        if mine < self.STOP_MIN_OWN or mine < self.STOP_MARGIN * second:
            return None
        words = evidence.words
        n = words[best]
        if n < self.STOP_MIN_HITS or any(m > n for m in words.values()):
            return None
        return best

    def by_own_evidence(self, evidence: Evidence) -> str | None:
        """In a text of at most ``SHORT_MAX_WORDS`` words, the one language with own
        evidence, if it has at least ``SHORT_MIN_OWN`` pieces of it and more function words
        (and own letters) than any other language; in a longer one, the one language with
        any function words at all, if at least ``SOLE_MIN_OWN`` are its own."""
        own = evidence.own
        if len(own) != 1:
            return None
        ((lang, mine),) = own.items()
        if mine < self.SHORT_MIN_OWN:
            return None
        if evidence.length > self.SHORT_MAX_WORDS:
            # a longer text, if its function words are all this language's and there are
            # ``SOLE_MIN_OWN`` of them: a table with a few words among the numbers
            # ("Shr 22 cts vs 49 cts")
            return lang if len(evidence.words) == 1 and mine >= self.SOLE_MIN_OWN else None
        words = evidence.words
        n = words[lang]
        return lang if all(m < n for other, m in words.items() if other != lang) else None

    def langdetect_text(self, sample: str) -> str:
        """The text langdetect reads: ``sample``, lower-cased when it is written in capitals.
        langdetect skips every word written in capitals (it takes them for acronyms), so a
        headline or a table in capitals would leave it nothing but stray letters to read."""
        if self.shouting(_WORDS.findall(sample)):
            return sample.lower()
        return sample

    def by_langdetect(self, sample: str, languages: frozenset[str] | None = None) -> str | None:
        """langdetect's answer, from a detector of our own with a fixed seed; among
        ``languages`` only, when given and langdetect knows any of them."""
        factory = self._get_factory()
        detector = factory.create()
        # Each detector re-seeds its own random.Random from .seed before every run.
        detector.seed = self.SEED
        detector.n_trial = self.TRIALS
        if languages is not None:
            # A language whose prior is zero keeps probability zero whatever it reads.
            known = {lang: 1.0 for lang in factory.get_lang_list() if lang.split("-")[0] in languages}
            if known:
                detector.set_prior_map(known)
        try:
            detector.append(self.langdetect_text(sample))
            lang: str = detector.detect()
        except LangDetectException:
            return None
        if lang in ("unknown", ""):
            return None
        # langdetect answers "zh-cn"/"zh-tw": keep the ISO 639-1 part.
        return lang.split("-")[0]
