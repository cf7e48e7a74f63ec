"""Trailing boilerplate: what follows the story at the end of an article's text.

Sign-offs (``Reuter``, ``-30-``), contributor lines (``CNN's Jane Doe contributed to this
report.``), publication notes, author bios, copyright lines, comment prompts, related
links, share and newsletter prompts.  :class:`BoilerplateParser` works back from the end
of the body, paragraph by paragraph, then line by line and sentence by sentence inside
the last paragraph it reaches, and stops at the first piece of story text.

As in dateutil's ``parserinfo``, every vocabulary is a class attribute: subclass and
extend it, and the patterns are rebuilt once for the subclass::

    class MyBoilerplate(BoilerplateParser):
        PHRASES = {**BoilerplateParser.PHRASES,
                   "comments": BoilerplateParser.PHRASES["comments"] + ("Have your say",)}
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterable, Iterator, Mapping, Sequence
from typing import ClassVar, Final

import attrs
import regex

from ._cache import per_class
from ._compat import mypyc_attr
from .dates import DateInfo
from .model import Boilerplate, Span
from .text import _line_bounds, _strip_bounds, is_blank, span_of, strip_span

__all__ = ["BoilerplateParser"]

# Characters that only decorate a line: bullets, dashes, arrows, brackets, stars.
_DECOR: Final = r"[\s\p{P}\p{S}]*+"
# Sentence ends: a run of terminators, closing quotes or brackets, white space, then
# anything but a lower-case letter (lower case after a full stop is an abbreviation).
_BOUNDARY: Final = regex.compile(
    r"[.!?…]++[\"'”’»)\]]{0,3}+\s++(?=[^\p{Ll}\s])|[。！？]++\s*+", regex.V1)
# Where a sentence end may begin: ``_BOUNDARY`` is tried only at these characters.
_STOP_CHARS: Final = re.compile("[.!?…。！？]")


def _boundaries(source: str, lo: int, end: int) -> Iterator[regex.Match[str]]:
    """What ``_BOUNDARY.finditer(source, lo, end)`` finds.  Every match begins at one of
    ``_STOP_CHARS``: the standard library's engine skips to each far faster than the
    pattern scans the characters between."""
    search = _STOP_CHARS.search
    pos = lo
    while True:
        stop = search(source, pos, end)
        if stop is None:
            return
        m = _BOUNDARY.match(source, stop.start(), end)
        if m is None:
            pos = stop.start() + 1
        else:
            yield m
            pos = m.end()


# The word just before a full stop, read backwards from the stop (at most 12 characters).
_WORD_BEFORE_STOP: Final = regex.compile(r"[\p{L}.]{1,12}+\Z", regex.V1)
_INITIALS: Final = regex.compile(r"(?:\p{L}\.){1,4}+\p{L}?+\.?+", regex.V1)
_CLOCK: Final = regex.compile(r"(?<!\d)[012]?\d[:.h][0-5]\d(?!\d)")
# The words a contact line opens with when no name "can be reached" (see ``contact``).
_CONTACT_WORDS: Final = ("contact", "reach", "e-mail", "email", "twitter")
# The punctuation after which a mixed-case sign-off word at the end of a line is a sign-off.
_SENTENCE_END_CHARS: Final = ".!?\"'”’)]…"


def _last_word_start(source: str, floor: int, end: int) -> int | None:
    """Where the word that ends ``source[floor:end]`` begins: after the last white space,
    which must lie in that range; ``None`` when there is none, or when the range ends in
    white space.  (``str.rsplit`` finds it in C, faster than a loop over characters.)"""
    if floor >= end or source[end - 1].isspace():
        return None
    token = source[floor:end].rsplit(None, 1)[-1]
    if len(token) == end - floor:
        return None
    return end - len(token)


def _phrase(phrase: str) -> str:
    """A phrase as a pattern: words joined by any white space, either apostrophe."""
    words = []
    for word in phrase.split():
        words.append("".join("['’]" if c in "'’" else regex.escape(c) for c in word))
    return r"\s++".join(words)


def _alternation(words: Sequence[str]) -> str:
    """Longest first, so that the alternation takes the longest phrase that fits."""
    unique = sorted(set(words), key=lambda w: (-len(w), w))
    return "|".join(_phrase(w) for w in unique)


@attrs.frozen
class _Heads:
    """A cheap first look for a pattern that is anchored at the start of a text and reads
    a run of decoration, then one phrase of a vocabulary (case ignored): can it match?

    Exact on text whose first ``width`` characters after the decoration are ASCII: there
    a phrase can begin only where the text begins with the ASCII part of its first word
    (in either case).  Elsewhere it answers yes and leaves the decision to the pattern.
    """

    #: The ASCII characters that the decoration takes.
    decor: str
    #: The ASCII beginnings of the phrases' first words (case ignored), or ``None`` when
    #: one of them begins with nothing certain.
    head: re.Pattern[str] | None
    #: How far the first words reach.
    width: int

    def may_match(self, text: str) -> bool:
        """False only when the pattern cannot match at the start of ``text``."""
        if self.head is None:
            return True
        probe = text.lstrip(self.decor)[: self.width]
        return not probe.isascii() or self.head.match(probe) is not None


def _ascii_prefix(word: str, flags: int) -> str | None:
    """What ASCII text must begin with (in lower case) where ``word`` matches, case
    ignored: its characters up to the first one that is not ASCII; ``None`` when that one
    matches no ASCII text at all (then neither does the word)."""
    prefix = []
    for c in word:
        if c in "'’":  # _phrase's ['’]: on ASCII text, the straight one
            prefix.append("'")
        elif c.isascii():
            prefix.append(c.lower())
        elif c.casefold().isascii() or any(
                regex.fullmatch("(?i:" + regex.escape(c) + ")", a, flags) for a in map(chr, range(128))):
            break  # it may match ASCII text in ways not worth spelling out: stop here
        else:
            return None
    return "".join(prefix)


def _heads(decor_class: str, phrases: Iterable[str], flags: int) -> _Heads:
    """The :class:`_Heads` of ``decor_class + "*+(?i:" + phrases + ")"`` (phrases written
    by :func:`_phrase`), compiled with ``flags``."""
    decor_re = regex.compile(decor_class, flags)
    decor = "".join(c for c in map(chr, range(128)) if decor_re.fullmatch(c))
    # (the ASCII beginning, whether it is the whole first word)
    prefixes: set[tuple[str, bool]] = set()
    width = 0
    for phrase in phrases:
        words = phrase.split()
        if not words:
            return _Heads("", None, 0)  # an empty phrase matches anywhere
        first = words[0]
        # one more than the word: the character after it is looked at too
        width = max(width, len(first) + 1)
        prefix = _ascii_prefix(first, flags)
        if prefix == "":
            return _Heads("", None, 0)  # a phrase that may begin anywhere
        if prefix is not None:
            prefixes.add((prefix, len(prefix) == len(first) and first[-1].isalnum()))
    head = "|".join(_head_alternative(p, whole)
                    for p, whole in sorted(prefixes, key=lambda e: (-len(e[0]), e))) or "(?!)"
    return _Heads(decor, re.compile(head, re.IGNORECASE), width)


def _head_alternative(prefix: str, whole: bool) -> str:
    """One alternative of a :class:`_Heads` pattern.  A ``whole`` first word (ASCII, ending
    in a letter or digit) is followed by white space (more words) or by no word character
    (one word): "The" may open "The opinions expressed", "These" cannot."""
    return re.escape(prefix) + ("(?![A-Za-z0-9_])" if whole else "")


@attrs.frozen
class _Patterns:
    """Everything compiled from one class's vocabularies."""

    phrases: regex.Pattern[str]
    leads: regex.Pattern[str]
    dated: regex.Pattern[str]
    group_kinds: Mapping[str, str]
    signoff: regex.Pattern[str]
    contributor: regex.Pattern[str]
    #: The words one of which every contributor line holds (``contributed``, a verb):
    #: cheap to search for, so that the long ``contributor`` pattern runs only on lines
    #: that may match.
    contributor_hint: regex.Pattern[str]
    bio: regex.Pattern[str]
    follow: regex.Pattern[str]
    social_site: regex.Pattern[str]
    contact: regex.Pattern[str]
    copyright: regex.Pattern[str]
    rights: regex.Pattern[str]
    byline: regex.Pattern[str]
    outlet: regex.Pattern[str]
    newsletter: regex.Pattern[str]
    comment_count: regex.Pattern[str]
    ranks: tuple[regex.Pattern[str], ...]
    #: Cheap first looks for ``phrases``, ``leads`` and ``dated`` (see :class:`_Heads`).
    phrase_heads: _Heads
    lead_heads: _Heads
    dated_heads: _Heads
    #: A cheap first look for ``contact`` where its name does not say "can" (see
    #: :meth:`may_be_contact`).
    contact_heads: _Heads
    #: The words of ``contributor_hint`` when it is a plain alternation of them (found
    #: with ``in`` faster than by the pattern), else ``None``.
    contributor_words: tuple[str, ...] | None

    def may_be_contact(self, text: str) -> bool:
        """False only when ``contact`` cannot match at the start of ``text``: a name that
        "can be reached" prints "can"; otherwise the line opens with a contact word."""
        return "can" in text or self.contact_heads.may_match(text)

    def has_contributor_hint(self, text: str) -> bool:
        """Does ``contributor_hint`` occur in ``text``?"""
        if self.contributor_words is not None:
            return any(map(text.__contains__, self.contributor_words))
        return self.contributor_hint.search(text) is not None


@attrs.frozen
class _Sentence:
    """A sentence span and the places inside it where it might also begin (after an
    abbreviation or an initial, where a real sentence end cannot be told apart)."""

    span: Span
    soft: tuple[int, ...] = ()


@mypyc_attr(allow_interpreted_subclasses=True)
class BoilerplateParser:
    """Splits the non-story tail off an article's body and labels each piece.

    Vocabularies are class attributes; the hook methods (:meth:`classify`,
    :meth:`is_link_line`, :meth:`is_related_heading`, :meth:`sentences`) can be
    overridden one by one.
    """

    #: Phrases that make up a whole line, sentence or paragraph, per kind.  Case is
    #: ignored; bullets, counts and punctuation around them are allowed
    #: (``12 Comments``, ``Read more »``, ``Related:``).
    PHRASES: ClassVar[dict[str, tuple[str, ...]]] = {
        "comments": (
            "Comments", "Comment", "Leave a Reply", "Leave a Reply Cancel reply", "Leave a comment",
            "Leave a Response", "Post a comment", "Add a comment", "Add comment", "View comments",
            "Show comments", "Load comments", "Hide comments", "View all comments", "Comments are closed",
            "Comments closed", "Comments are closed for this article", "Join the conversation",
            "Join the discussion", "Reader comments", "Discuss this article", "Have your say",
            "Deja una respuesta", "Deja un comentario", "Dejar un comentario", "Comentarios",
            "Añadir comentario", "Cancelar respuesta", "Laisser un commentaire", "Laisser une réponse",
            "Ajouter un commentaire", "Commentaires", "Réagir", "Annuler la réponse",
            "Schreibe einen Kommentar", "Hinterlasse einen Kommentar", "Kommentar schreiben",
            "Kommentare", "Antworten abbrechen", "Deixe um comentário", "Deixe uma resposta",
            "Deixe seu comentário", "Comentários", "Cancelar resposta", "Lascia un commento",
            "Lascia una risposta", "Scrivi un commento", "Commenti", "Annulla risposta",
            "Оставить комментарий", "Оставьте комментарий", "Добавить комментарий",
            "Написать комментарий", "Комментарии",
        ),
        "related": (
            "Read more", "Related", "Related stories", "Related articles", "Related news",
            "Related content", "Related links", "Related topics", "Related coverage", "See also",
            "More on this story", "More stories", "More news", "Recommended", "Recommended for you",
            "You may also like", "You might also like", "Most read", "Most popular", "Also read",
            "Read next", "Don't miss", "Leer más", "Lee también", "Noticias relacionadas",
            "Te puede interesar", "Lire aussi", "À lire aussi", "Sur le même sujet", "Voir aussi",
            "Mehr zum Thema", "Lesen Sie auch", "Das könnte Sie auch interessieren", "Leia mais",
            "Leia também", "Veja também", "Notícias relacionadas", "Leggi anche", "Articoli correlati",
            "Potrebbe interessarti", "Читайте также", "Читать далее", "Похожие новости", "По теме",
            "Новости по теме", "Click here", "Click here for more",
        ),
        "social": (
            "Share", "Share this", "Share this article", "Share this story", "Share this page",
            "Share on Facebook", "Share on Twitter", "Share on X", "Share on LinkedIn",
            "Share on WhatsApp", "Share via Email", "Share via e-mail", "Tweet", "Email this",
            "Print", "Print this article", "Compartir", "Compártelo", "Compartir en Facebook",
            "Partager", "Partager sur Facebook", "Teilen", "Artikel teilen", "Compartilhe",
            "Compartilhar", "Condividi", "Поделиться",
        ),
        "newsletter": (
            "Newsletter", "Sign up", "Subscribe", "Subscribe now", "Get the newsletter",
            "Suscríbete", "Abonnez-vous", "Newsletter abonnieren", "Jetzt abonnieren", "Assine",
            "Inscreva-se", "Iscriviti", "Abbonati", "Подписаться", "Подпишитесь",
        ),
        "advertisement": (
            "Advertisement", "Advertisements", "Sponsored", "Sponsored content", "Ad Feedback",
            "Story continues below advertisement", "Article continues below advertisement",
            "Continue reading below", "Paid content", "Paid post", "Promoted", "Partner content",
            "Publicidad", "Publicité", "Anzeige", "Werbung", "Publicidade", "Pubblicità", "Реклама",
        ),
        "author-photo": ("Author photo", "Author image", "Author picture", "Profile photo"),
    }

    #: Phrases that open a boilerplate unit whatever follows them, per kind.
    LEADS: ClassVar[dict[str, tuple[str, ...]]] = {
        "publication": (
            "This story was originally published", "This article was originally published",
            "This story was first published", "This article was first published",
            "This story originally appeared", "This article originally appeared",
            "This story first appeared", "This article first appeared", "This post originally appeared",
            "This story was originally posted", "This piece was originally published",
            "This story has been updated", "This article has been updated", "Originally published",
            "First published", "Originally appeared", "A version of this story appeared",
            "A version of this article appeared", "A version of this story first appeared",
            "A version of this article first appeared", "A version of this article was published",
            "Este artículo fue publicado originalmente", "Publicado originalmente",
            "Cet article a été publié", "Cet article a initialement été publié", "Publié initialement",
            "Dieser Artikel erschien zuerst", "Dieser Beitrag erschien zuerst", "Zuerst erschienen",
            "Este artigo foi publicado originalmente", "Publicado originalmente em",
            "Questo articolo è stato pubblicato", "Pubblicato originariamente",
            "Материал впервые опубликован",
        ),
        "author-photo": (
            "Profile photo of", "Profile image of", "Profile picture of", "Headshot of",
            "Photo of the author", "Portrait of the author",
        ),
        "credits": (
            "Reporting by", "Reported by", "Additional reporting by", "Additional reporting:",
            "With additional reporting", "With reporting by", "With reporting from", "Writing by",
            "Written by", "Editing by", "Edited by", "Compiled by", "Research by",
            "Contributing:", "Contributors:", "Contributing reporters:", "Contributing writers:",
            "Contributing reporting", "Reporting was contributed by", "Con información de",
            "Con reportes de", "Con información de agencias", "Avec AFP", "Avec l'AFP", "Avec Reuters",
            "Mit Material von", "Mit Agenturmaterial", "Com informações de", "Com agências",
            "Con informazioni di", "Hanno collaborato", "При участии",
        ),
        "related": (
            "Read more:", "Read more about", "Read more from", "Read more on", "Related:",
            "Read this:", "Read:", "READ:", "Also read:", "Read next:", "See also:", "More from",
            "Opinion:", "Watch:", "WATCH:", "Listen:", "Leer más:", "Lee también:", "Lire aussi :",
            "Lire aussi:", "Lesen Sie auch:", "Mehr zum Thema:", "Leia mais:", "Leia também:",
            "Leggi anche:", "Читайте также:",
        ),
        "social": (
            "Follow us on", "Follow us at", "Like us on Facebook", "Join us on", "Share this on",
            "Share on", "Síguenos en", "Suivez-nous sur", "Folgen Sie uns auf", "Folgen Sie uns",
            "Siga-nos no", "Siga-nos em", "Seguici su", "Подписывайтесь на нас",
        ),
        "newsletter": (
            "Sign up for", "Sign up to", "Sign up here", "Subscribe to", "Subscribe for",
            "Subscribe here", "To subscribe", "Suscríbete a", "Suscríbase a", "Recibe nuestro boletín",
            "Inscrivez-vous à", "Abonnez-vous à", "Recevez notre newsletter", "Abonnieren Sie",
            "Melden Sie sich für", "Inscreva-se na", "Inscreva-se no", "Receba nossa newsletter",
            "Iscriviti alla", "Iscriviti al", "Подпишитесь на", "Подписывайтесь на",
            "Подписывайся на",
        ),
        "other": (
            "The opinions expressed in this", "The views expressed in this", "The opinions expressed",
            "The views expressed", "Views expressed", "Editor's note:", "Editor's Note:",
            "Editors' note:", "Disclaimer:", "Disclosure:", "Correction:", "Corrections:",
            "Clarification:", "This article was amended", "This article has been amended",
            "This article was corrected", "This article has been corrected", "This story has been corrected",
            "This story was corrected", "An earlier version of this", "Las opiniones expresadas",
            "Les opinions exprimées", "Die Meinungen", "As opiniões expressas", "Le opinioni espresse",
            "Мнение редакции может не совпадать",
        ),
    }

    #: Phrases that open a boilerplate unit only when a date or a time follows
    #: (``Updated 3:45 PM``, ``Published 21/06/2013``).
    DATED_LEADS: ClassVar[dict[str, tuple[str, ...]]] = {
        "publication": (
            "Published", "Published on", "Updated", "Updated on", "Last updated", "Last modified",
            "Posted", "Posted on", "First published on", "Publicado", "Actualizado", "Publié le",
            "Publié", "Mis à jour", "Mis à jour le", "Veröffentlicht", "Veröffentlicht am",
            "Aktualisiert", "Aktualisiert am", "Stand:", "Atualizado", "Atualizado em",
            "Publicado em", "Pubblicato", "Pubblicato il", "Aggiornato", "Aggiornato il",
            "Опубликовано", "Обновлено",
        ),
    }

    #: Longest text (characters) a lead phrase may open, per kind: longer is story text.
    LEAD_MAX: ClassVar[dict[str, int]] = {
        "comments": 120, "publication": 300, "author-bio": 500, "author-photo": 120,
        "credits": 400, "copyright": 300, "signoff": 60, "related": 200, "social": 160,
        "newsletter": 300, "advertisement": 120, "other": 900,
    }

    #: Wire sign-offs, alone on a line or at the very end of the last line.
    SIGNOFFS: ClassVar[tuple[str, ...]] = (
        "Reuter", "Reuters", "REUTE", "AP", "AFP", "UPI", "dpa", "EFE", "ANSA", "Xinhua", "TASS",
        "Interfax", "RIA Novosti", "PTI", "IANS", "Kyodo", "Yonhap", "Bernama", "AAP", "APA",
        "ends", "end", "fin", "ende", "fim",
    )
    #: Sign-off marks written with symbols.
    SIGNOFF_MARKS: ClassVar[tuple[str, ...]] = ("-30-", "- 30 -", "—30—", "-0-", "###", "# # #")
    #: Continuation markers at the end of a wire take.
    CONTINUATIONS: ClassVar[tuple[str, ...]] = (
        "more", "more to follow", "continued", "to be continued", "mas", "más", "suite", "weiter",
    )

    #: Words that cannot be a name at the start of a credit or bio sentence.
    NOT_NAMES: ClassVar[tuple[str, ...]] = (
        "He", "She", "It", "They", "We", "I", "You", "This", "That", "These", "Those", "There",
        "Here", "Who", "What", "Which", "His", "Her", "Their", "Its", "Our", "My", "Your", "Everyone",
        "Nobody", "Someone", "Somebody", "Anyone", "One", "Each", "All", "Both", "Many", "Some",
    )
    #: Lower-case particles inside names (``Mustafa al-Arab``, ``Derek van Dam``).
    NAME_PARTICLES: ClassVar[tuple[str, ...]] = (
        "al", "el", "de", "da", "di", "du", "do", "dos", "das", "del", "della", "van", "von", "der",
        "den", "ter", "la", "le", "bin", "ibn", "y", "e",
    )
    #: Role nouns that may stand before a contributor's name (``journalist Jane Doe``).
    CONTRIBUTOR_ROLES: ClassVar[tuple[str, ...]] = (
        "journalist", "journalists", "reporter", "reporters", "writer", "writers", "correspondent",
        "correspondents", "producer", "producers", "meteorologist", "meteorologists", "photographer",
        "photographers", "photojournalist", "researcher", "researchers", "editor", "editors",
        "intern", "interns", "stringer", "contributor", "contributors", "staff", "staff writer",
        "staff writers", "freelance journalist", "freelance writer", "freelance reporter",
        "senior correspondent", "senior international correspondent", "international correspondent",
        "national correspondent", "political correspondent", "political reporter", "senior producer",
        "senior writer", "chief correspondent", "special correspondent", "investigative reporter",
    )
    #: Words that join the names of a list (``Jane Doe, John Roe as well as Ann Poe``).
    LIST_JOINERS: ClassVar[tuple[str, ...]] = ("and", "&", "as well as", "plus")
    #: Verbs of a contributor sentence (``… reported from Moscow``); ``contributed`` has its
    #: own rule.
    CONTRIBUTOR_VERBS: ClassVar[tuple[str, ...]] = ("reported", "wrote", "filed", "reporting", "writing")
    #: What a contributor contributed to (``… contributed to this report``).
    CONTRIBUTED_TO: ClassVar[tuple[str, ...]] = (
        "report", "story", "article", "coverage", "reporting", "piece", "post",
    )
    #: Words that link a name to a role in an author bio (``Jane Doe is a …``).
    BIO_COPULAS: ClassVar[tuple[str, ...]] = ("is", "es", "est", "ist", "é", "è", "—", "–", "-")
    #: Verbs that make a bio sentence by themselves (``Jane Doe covers politics for …``).
    BIO_VERBS: ClassVar[tuple[str, ...]] = (
        "covers", "writes about", "writes for", "writes on", "writes a", "reports on", "reports for",
        "is a freelance", "cubre", "écrit pour", "schreibt für",
    )
    #: Role nouns of an author bio.
    BIO_ROLES: ClassVar[tuple[str, ...]] = (
        "reporter", "correspondent", "columnist", "writer", "editor", "journalist", "contributor",
        "author", "photographer", "photojournalist", "critic", "commentator", "blogger",
        "bureau chief",
        "periodista", "corresponsal", "redactor", "redactora", "columnista", "reportero", "reportera",
        "journaliste", "correspondant", "correspondante", "chroniqueur", "chroniqueuse", "rédacteur",
        "rédactrice", "éditorialiste", "Redakteur", "Redakteurin", "Korrespondent", "Korrespondentin",
        "Journalistin", "Kolumnist", "Kolumnistin", "Autor", "Autorin", "Reporterin", "jornalista",
        "repórter", "correspondente", "colunista", "redator", "redatora", "giornalista",
        "corrispondente", "editorialista", "redattore", "redattrice", "inviato", "inviata",
        "корреспондент", "журналист", "обозреватель", "редактор", "колумнист", "автор",
    )
    #: Social networks named in a ``Follow … on`` line.
    SOCIAL_SITES: ClassVar[tuple[str, ...]] = (
        "Twitter", "X", "Instagram", "Facebook", "Threads", "Bluesky", "Mastodon", "LinkedIn",
        "TikTok", "YouTube", "Telegram", "WhatsApp", "Viber", "VK", "ВКонтакте",
    )
    #: Copyright notices found anywhere in a short unit.
    RIGHTS: ClassVar[tuple[str, ...]] = (
        "All rights reserved", "Todos los derechos reservados", "Tous droits réservés",
        "Alle Rechte vorbehalten", "Todos os direitos reservados", "Tutti i diritti riservati",
        "Все права защищены",
    )
    #: Words after which a full stop does not end a sentence.
    ABBREVIATIONS: ClassVar[frozenset[str]] = frozenset({
        "mr", "mrs", "ms", "dr", "prof", "st", "sen", "rep", "gov", "gen", "lt", "col", "capt",
        "sgt", "cpl", "adm", "maj", "jr", "sr", "inc", "corp", "co", "ltd", "no", "vs", "mt", "ft",
        "rev", "hon", "pres", "supt", "det", "insp", "cmdr", "jan", "feb", "mar", "apr", "jun", "jul",
        "aug", "sep", "sept", "oct", "nov", "dec", "a.m", "p.m", "u.s", "u.k", "u.n", "e.g", "i.e",
        "etc", "approx", "dept", "est", "fig", "vol", "ave", "blvd", "rd",
    })
    #: The ranks of publication notes for :meth:`published`: the first pattern found in an
    #: item's text gives its rank (lower is preferred); no pattern found ranks last.
    PUBLISHED_RANKS: ClassVar[tuple[tuple[str, ...], ...]] = (
        ("originally published", "first published", "originally appeared", "first appeared",
         "originally posted", "publicado originalmente", "publié initialement", "erschien zuerst"),
        ("published", "publicado", "publié", "veröffentlicht", "pubblicato", "опубликовано"),
        ("posted",),
    )

    #: Only this many characters at the end of a line are split into sentences, so that
    #: a huge single-line text costs no more than a short one.
    WINDOW: ClassVar[int] = 1000
    #: The short window tried first (see :meth:`_inner`).
    FIRST_WINDOW: ClassVar[int] = 300
    #: A unit longer than this is never boilerplate as a whole.
    MAX_UNIT: ClassVar[int] = 1000
    #: At most this many link lines follow a ``Read more``/``Related`` heading.
    MAX_LINKS: ClassVar[int] = 6
    #: A link line is at most this long, in characters and in words.
    LINK_MAX_CHARS: ClassVar[int] = 150
    LINK_MAX_WORDS: ClassVar[int] = 20

    _cache: ClassVar[dict[type, _Patterns]] = {}

    # ------------------------------------------------------------------ patterns

    @classmethod
    def patterns(cls) -> _Patterns:
        """The patterns built from this class's vocabularies, compiled once per class."""
        found = cls._cache.get(cls)  # built already: no call (asked for every unit)
        return found if found is not None else per_class(cls._cache, cls, cls._compile)

    @classmethod
    def _grouped(cls, table: Mapping[str, Sequence[str]], prefix: str,
                 kinds: dict[str, str]) -> str:
        """One alternative per phrase, longest first, each in a named group that says its kind."""
        entries = sorted({(p, k) for k, ps in table.items() for p in ps},
                         key=lambda e: (-len(e[0]), e[0], e[1]))
        parts = []
        for i, (phrase, kind) in enumerate(entries):
            name = f"{prefix}{i}"
            kinds[name] = kind
            tail = r"(?!\w)" if phrase[-1:].isalnum() else ""
            parts.append(f"(?P<{name}>{_phrase(phrase)}){tail}")
        return "|".join(parts) if parts else r"(?!)"

    @classmethod
    def _compile(cls) -> _Patterns:
        flags = regex.V1
        kinds: dict[str, str] = {}
        phrases = regex.compile(
            r"[\W\d_]*+(?i:" + cls._grouped(cls.PHRASES, "p", kinds) + r")[\W\d_]*+", flags)
        leads = regex.compile(_DECOR + r"(?i:" + cls._grouped(cls.LEADS, "l", kinds) + r")", flags)
        dated = regex.compile(_DECOR + r"(?i:" + cls._grouped(cls.DATED_LEADS, "d", kinds) + r")", flags)

        words = _alternation(cls.SIGNOFFS)
        marks = _alternation(cls.SIGNOFF_MARKS)
        more = _alternation(cls.CONTINUATIONS)
        # Marks first: their own dashes must not be eaten by the decoration before a word.
        signoff = regex.compile(
            r"\s*+(?:(?:" + marks + r")|[\s\p{Pd}(\[*]*+(?:(?i:" + words + r")"
            r"(?:\s*+\d{1,2}:\d{2}(?:/\w{1,4})?+)?+|(?i:" + more + r")))[\s\p{Pd})\]*.…]*+(?:\^M)?+\s*+",
            flags)

        not_names = "|".join(regex.escape(w) for w in sorted(set(cls.NOT_NAMES)))
        particles = "|".join(regex.escape(w)
                             for w in sorted(set(cls.NAME_PARTICLES), key=lambda w: (-len(w), w)))
        word = r"\p{Lu}[\p{L}\p{M}\p{N}'’.\-]*+"
        name = (r"(?!(?:" + not_names + r")(?![\p{L}'’]))" + word
                + r"(?:\s++(?:(?:" + particles + r")(?:\s++|-)(?=\p{Lu}))*+" + word + r")*+")
        name2 = word + r"(?:\s++(?:(?:" + particles + r")(?:\s++|-)(?=\p{Lu}))*+" + word + r")++"
        roles = _alternation(cls.CONTRIBUTOR_ROLES)
        place_end = r"(?=\s{0,5}+(?:[.;!]|,?\s{0,5}+and\s|\Z))"
        place = r"(?:the\s++)?+" + name + r"(?:\s*+,\s*+" + name + place_end + r")?+"
        person = (r"(?:(?:" + roles + r")\s++)?+" + name + r"(?:\s++(?:" + roles + r")\s++" + name + r")?+"
                  r"(?:\s++(?:in|from)\s++(?:the\s++)?+" + name
                  + r"(?=\s{0,5}+,?+\s{0,5}+(?:and\s|contributed)))?+")
        joiners = _alternation(cls.LIST_JOINERS)
        sep = r"(?:\s*+,\s*+(?:(?:" + joiners + r")\s++)?+|\s++(?:" + joiners + r")\s++)"
        people = person + r"(?:" + sep + person + r")*+"
        verbs = _alternation(cls.CONTRIBUTOR_VERBS)
        objects = _alternation(cls.CONTRIBUTED_TO)
        contributed = (r"(?:also\s++)?+contributed(?:\s++(?:reporting|to\s++(?:this|the|today's)\s++(?:"
                       + objects + r")))?+(?:\s++(?:from|in)\s++" + place + r")?+")
        reported = (r"(?:" + verbs + r")(?:\s++and\s++(?:" + verbs + r"))?+"
                    r"(?:\s++(?:this|the)\s++(?:story|report|article))?+\s++(?:from|in)\s++" + place)
        clause = people + r"\s*+,?+\s*+(?:" + contributed + r"|" + reported + r")"
        # After a first clause the verb may be left out ("…, and CNN's Y from Tehran"), or
        # taken up by "as did" ("…, as did CNN's Y from Hong Kong").
        elliptic = people + r"\s++(?:from|in)\s++" + place
        as_did = r"\s*+,?+\s*+as\s++did\s++" + people + r"(?:\s++(?:from|in)\s++" + place + r")?+"
        contributor = regex.compile(
            _DECOR + clause + r"(?:(?:\s*+[,;]\s*+(?:and\s++)?+|\s++and\s++)(?:" + clause + r"|" + elliptic
            + r")|" + as_did + r")*+\s*+[.!]?+[\"”)]?+\s*+", flags)
        contributor_hint = regex.compile(r"contributed|" + verbs, flags)

        copulas = _alternation(cls.BIO_COPULAS)
        bio_verbs = _alternation(cls.BIO_VERBS)
        bio_roles = _alternation(cls.BIO_ROLES)
        bio = regex.compile(
            _DECOR + r"(?!(?:" + not_names + r")(?![\p{L}'’]))" + name2 + r"\s*+,?+\s*+(?:(?:" + copulas
            + r")\s++(?s:.){0,200}?(?<!\w)(?i:" + bio_roles + r")(?!\w)|(?:" + bio_verbs + r")(?!\w))", flags)
        follow = regex.compile(
            _DECOR + r"(?i:(?:you\s++can\s++)?+follow)\s++(?:(?P<us>(?i:us))(?!\w)|(?i:him|her|them|me)(?!\w)"
            r"|@|" + name + r")", flags)
        social_site = regex.compile(r"(?<!\w)(?:" + _alternation(cls.SOCIAL_SITES) + r")(?!\w)|@\w", flags)
        # The words after "(?i:" below are _CONTACT_WORDS (the first look of contact_heads).
        contact = regex.compile(
            _DECOR + r"(?:" + name + r"\s++can\s++be\s++(?:reached|contacted)|(?i:contact|reach|e-?mail)\s++"
            r"(?:him|her|them|" + name + r")\s++(?:at|on|via)\s|(?i:e-?mail|twitter|contact)\s*+:\s*+\S)",
            flags)
        copyright_ = regex.compile(
            r"[\s\p{P}]*+(?:©|\((?i:c)\)|(?i:copyright|copr\.))\s*+(?:©\s*+|\((?i:c)\)\s*+)?+"
            r"(?:(?P<year>\d{4})|\p{Lu}|\p{N})", flags)
        rights = regex.compile(_DECOR + r"(?i:" + _alternation(cls.RIGHTS) + r")", flags)
        byline = regex.compile(
            r"(?:By|BY|Von|Por|Par|Di)\s++" + name2 + r"(?:" + sep + name2 + r")*+\s*+", flags)
        outlet = regex.compile(r"[\-–—]\s*+" + name + r"\s*+", flags)
        newsletter = regex.compile(
            _DECOR + r"(?i:get|receive)\s++(?i:our|the)(?!\w)[^\n]{0,80}?(?i:newsletter)", flags)
        comment_count = regex.compile(
            _DECOR + r"(?i:(?:view|show|see|read|load|hide)\s++(?:all\s++)?+)?+\d[\d,.]*+\s++"
            r"(?i:comments?|reader\s++comments|responses|replies)[\W]*+", flags)
        ranks = tuple(regex.compile(r"(?i:" + _alternation(tier) + r")", flags)
                      for tier in cls.PUBLISHED_RANKS)
        hint_words = ("contributed", *cls.CONTRIBUTOR_VERBS)
        plain = all(w and regex.escape(w) == w and w.isalpha() for w in hint_words)
        return _Patterns(
            phrase_heads=_heads(r"[\W\d_]", (p for ps in cls.PHRASES.values() for p in ps), flags),
            lead_heads=_heads(_DECOR[:-2], (p for ps in cls.LEADS.values() for p in ps), flags),
            dated_heads=_heads(_DECOR[:-2], (p for ps in cls.DATED_LEADS.values() for p in ps), flags),
            contact_heads=_heads(_DECOR[:-2], _CONTACT_WORDS, flags),
            contributor_words=tuple(hint_words) if plain else None,
            phrases=phrases, leads=leads, dated=dated, group_kinds=kinds, signoff=signoff,
            contributor=contributor, contributor_hint=contributor_hint, bio=bio, follow=follow,
            social_site=social_site, contact=contact,
            copyright=copyright_, rights=rights, byline=byline, outlet=outlet, newsletter=newsletter,
            comment_count=comment_count, ranks=ranks,
        )

    # ------------------------------------------------------------------ classify

    def classify(self, text: str) -> str | None:
        """The boilerplate kind of one line, sentence or paragraph, or ``None`` for story text."""
        text = text.strip()
        if not text or len(text) > self.MAX_UNIT:
            return None
        pats = self.patterns()
        if pats.signoff.fullmatch(text):
            return "signoff"
        m = pats.phrases.fullmatch(text) if pats.phrase_heads.may_match(text) else None
        if m is not None and m.lastgroup is not None:
            return pats.group_kinds[m.lastgroup]
        kind = self.shape_kind(text)
        if kind is not None:
            return kind
        m = pats.leads.match(text) if pats.lead_heads.may_match(text) else None
        if m is not None and m.lastgroup is not None:
            kind = pats.group_kinds[m.lastgroup]
            if len(text) <= self.LEAD_MAX.get(kind, 300):
                return kind
        m = pats.dated.match(text) if pats.dated_heads.may_match(text) else None
        if m is not None and m.lastgroup is not None:
            kind = pats.group_kinds[m.lastgroup]
            if len(text) <= 150 and self.has_date(text, m.end()):
                return kind
        return None

    def shape_kind(self, text: str) -> str | None:
        """The kind of a unit recognised by its shape rather than a fixed phrase
        (contributor lines, bios, copyright, trailing bylines…), or ``None``."""
        pats = self.patterns()
        limit = self.LEAD_MAX
        if (len(text) <= limit["credits"] and pats.has_contributor_hint(text)
                and pats.contributor.fullmatch(text)):
            return "credits"
        m = pats.copyright.match(text)
        # Without a year the mark must stand on a short line: "©Bild: …" opens a caption.
        if m is not None and len(text) <= (limit["copyright"] if m.group("year") else 100):
            return "copyright"
        if len(text) <= 200 and pats.rights.match(text):
            return "copyright"
        if len(text) <= limit["comments"] and pats.comment_count.fullmatch(text):
            return "comments"
        if len(text) <= limit["author-bio"]:
            m = pats.follow.match(text)
            if m is not None and pats.social_site.search(text):
                return "social" if m.group("us") else "author-bio"
            if pats.bio.match(text) or (pats.may_be_contact(text) and pats.contact.match(text)):
                return "author-bio"
        if len(text) <= limit["newsletter"] and pats.newsletter.match(text):
            return "newsletter"
        if len(text) <= 80 and pats.byline.fullmatch(text):
            return "credits"
        if len(text) <= 60 and len(text.split()) <= 6 and pats.outlet.fullmatch(text):
            return "signoff"
        return None

    def has_date(self, text: str, start: int = 0) -> bool:
        """Does ``text[start:]`` print a date or a clock time?"""
        return DateInfo.search(text, start) is not None or _CLOCK.search(text, start) is not None

    def is_related_heading(self, text: str) -> bool:
        """Is this line a heading over a list of links (``Read more``, ``Related stories``)?"""
        text = text.strip()
        if len(text) > 80:
            return False
        pats = self.patterns()
        m = pats.phrases.fullmatch(text) if pats.phrase_heads.may_match(text) else None
        return m is not None and m.lastgroup is not None and pats.group_kinds[m.lastgroup] == "related"

    def is_link_line(self, text: str) -> bool:
        """Could this line be the title of a linked story (short, no sentence end)?"""
        text = text.strip()
        if not text or len(text) > self.LINK_MAX_CHARS or "\n" in text or "\r" in text:
            return False
        if len(text.split()) > self.LINK_MAX_WORDS:
            return False
        if text[-1] in ".,;:" and not text.endswith(" ."):
            return False
        first = text[0]
        if not (first.isupper() or first.isdigit() or first in "\"'“‘«¿¡(["):
            return False
        return self.classify(text) is None

    # ------------------------------------------------------------------ sentences

    def sentences(self, source: str, start: int, end: int, window: int | None = None) -> list[_Sentence]:
        """The sentences of ``source[start:end]`` (stripped), at most ``window`` (default
        :attr:`WINDOW`) characters back from the end; the first one may then begin before
        the window."""
        start, end = _strip_bounds(source, start, end)
        if start >= end:
            return []
        lo = max(start, end - (self.WINDOW if window is None else window))
        cuts: list[tuple[int, bool]] = []  # (where a sentence begins, only maybe)
        for m in _boundaries(source, lo, end):
            if m.end() >= end:
                continue
            cuts.append((m.end(), self._soft_stop(source, m.start(), lo)))
        signoff = self._trailing_signoff(source, lo, end)
        if signoff is not None and (not cuts or cuts[-1][0] < signoff):
            cuts.append((signoff, False))
        result: list[_Sentence] = []
        begin = start
        soft: list[int] = []
        for pos, maybe in cuts:
            if maybe:
                soft.append(pos)
                continue
            b, e = _strip_bounds(source, begin, pos)
            if b < e:
                result.append(_Sentence(span_of(b, e), tuple(soft)))
            begin, soft = pos, []
        b, e = _strip_bounds(source, begin, end)
        if b < e:
            result.append(_Sentence(span_of(b, e), tuple(soft)))
        return result

    def _soft_stop(self, source: str, stop: int, lo: int) -> bool:
        """Is the full stop at ``stop`` perhaps not a sentence end (after ``Mr.``, ``U.S.``, ``E.``)?"""
        if source[stop] != ".":
            return False
        m = _WORD_BEFORE_STOP.search(source, max(lo, stop - 12), stop)
        if m is None:
            return False
        token = m.group().lstrip(".")
        if not token:
            return False
        if len(token) == 1 and token.isupper():
            return True
        if token.casefold() in self.ABBREVIATIONS:
            return True
        return "." in token and _INITIALS.fullmatch(token + ".") is not None

    def _trailing_signoff(self, source: str, lo: int, end: int) -> int | None:
        """Where a sign-off word that closes the text begins (``… sentence. REUTER``), or ``None``."""
        i = _last_word_start(source, max(lo, end - 40), end)
        if i is None:
            return None
        token = source[i:end]
        if not self.patterns().signoff.fullmatch(token) or not any(c.isalpha() for c in token):
            return None
        j = i
        while j > lo and source[j - 1].isspace():
            j -= 1
        if j <= lo:
            return None
        before = source[j - 1]
        gap = source[j:i]
        letters = [c for c in token if c.isalpha()]
        if before in _SENTENCE_END_CHARS or len(gap) >= 2 or "\n" in gap:
            return i
        if all(c.isupper() for c in letters) and len(letters) > 2 and not before.isalpha():
            return i
        return None

    # ------------------------------------------------------------------ the tail

    def split_tail(self, source: str, paragraphs: Sequence[Span]) -> tuple[list[Span], list[Boilerplate]]:
        """Split trailing boilerplate off the body.

        ``paragraphs`` are the body's paragraph spans in order.  Returns the kept spans
        (the last one maybe shortened) and the boilerplate items in source order.  The
        first paragraph is always kept.
        """
        n = len(source)
        paras: list[Span] = []
        last_end = 0
        for p in paragraphs:
            start, end = min(max(p.start, 0), n), min(max(p.end, 0), n)
            b, e = _strip_bounds(source, max(start, last_end), max(end, last_end))
            if b < e:
                # the paragraphs come stripped: keep the span when it is unchanged
                paras.append(p if b == p.start and e == p.end else span_of(b, e))
                last_end = e
        if not paras:
            return [p for p in paragraphs if p.end <= n], []
        cut, found = self._walk(source, [(p, ()) for p in paras], 0, True)
        kept: list[Span] = []
        for p in paras:
            if p.end <= cut:
                kept.append(p)
            elif p.start < cut:
                sp = strip_span(source, p.start, cut)
                kept.append(sp if len(sp) else p)
        if not kept:
            kept = [paras[0]]
            found = [(k, s) for k, s in found if s.start >= paras[0].end]
        items = [Boilerplate(kind, source[s.start:s.end], s) for kind, s in found]
        return kept, items

    def _walk(self, source: str, units: Sequence[tuple[Span, tuple[int, ...]]], level: int,
              protect: bool) -> tuple[int, list[tuple[str, Span]]]:
        """Consume boilerplate units from the end of ``units`` (level 0 paragraphs, 1 lines,
        2 sentences).  Returns the offset where the kept text ends and the items found, in
        source order.  With ``protect`` the first unit is never consumed whole."""
        rev: list[tuple[str, Span]] = []
        floor = 1 if protect else 0
        i = len(units)
        cut = units[-1][0].end if units else 0
        while i > 0:
            span, soft = units[i - 1]
            # A line that carries on the sentence of the line before is never a unit of its
            # own ("…rose 5 cts a\nshare."), however it reads.
            guarded = (protect and i == 1) or (
                level == 1 and i > 1 and self._continues(source, units[i - 2][0], span))
            inner_cut, inner = self._inner(source, span, soft, level, guarded)
            if inner and inner_cut <= span.start:
                rev.extend(reversed(inner))
                i -= 1
                continue
            if not guarded and len(span) <= self.MAX_UNIT:
                kind = self.classify(source[span.start:span.end])
                # The unit as a whole wins over a partial split only when they agree (a bio
                # paragraph that ends with a "Follow her" line).
                if kind is not None and (not inner or inner[0][0] == kind):
                    rev.append((kind, span))
                    i -= 1
                    continue
                if level < 2:
                    heading = self._related_heading(source, units, i - 1, floor)
                    if heading is not None:
                        rev.append(("related", span_of(units[heading][0].start, span.end)))
                        i = heading
                        continue
            if inner:
                rev.extend(reversed(inner))
                cut = inner_cut
            else:
                cut = span.end
            break
        if i == 0 and units:
            cut = units[0][0].start
        items = list(reversed(rev))
        if level > 0:
            items = self._merge(items)
        return cut, items

    def _inner(self, source: str, span: Span, soft: tuple[int, ...], level: int,
               protect: bool) -> tuple[int, list[tuple[str, Span]]]:
        """Split inside one unit: lines of a paragraph, sentences of a line, or a sentence at
        a place where it may also begin."""
        if level == 0:
            line_bounds = [b for b in (_strip_bounds(source, s, e)
                                       for s, e in _line_bounds(source, span.start, span.end)) if b[0] < b[1]]
            if len(line_bounds) > 1:
                cut, items = self._walk(source, [(span_of(s, e), ()) for s, e in line_bounds], 1, protect)
                if items:
                    return cut, items
            level = 1
        if level == 1:
            # Most tails are a sentence or two: split a short window first, and the whole
            # window only when everything in the short one was boilerplate.
            for window in (self.FIRST_WINDOW, self.WINDOW):
                sents = self.sentences(source, span.start, span.end, window)
                if not (len(sents) > 1 or (sents and sents[0].soft)):
                    return span.end, []
                units = [(s.span, s.soft) for s in sents]
                beyond = sents[0].span.start < max(span.start, span.end - window)
                cut, items = self._walk(source, units, 2, protect or beyond)
                second = sents[min(1, len(sents) - 1)].span.start
                if window >= self.WINDOW or not beyond or not items or cut > second:
                    return cut, items
            return span.end, []
        # A sentence that is not boilerplate as a whole may end with one that is, after a
        # full stop that was taken for an abbreviation (``… in the U.S. CNN's X contributed``).
        for pos in soft:
            kind = self.classify(source[pos:span.end])
            if kind is not None:
                sp = strip_span(source, pos, span.end)
                if sp.start != pos or sp.end != span.end:  # else the same text, just read
                    kind = self.classify(source[sp.start:sp.end])
                if kind is not None and len(sp) < len(span):
                    return pos, [(kind, sp)]
        return span.end, []

    @staticmethod
    def _continues(source: str, before: Span, span: Span) -> bool:
        """Does the line ``span`` carry on the unfinished sentence of the line ``before``?"""
        if not len(span) or not len(before):
            return False
        first = source[span.start]
        return first.islower() and source[before.end - 1] not in _SENTENCE_END_CHARS + ":"

    def _related_heading(self, source: str, units: Sequence[tuple[Span, tuple[int, ...]]], last: int,
                         floor: int) -> int | None:
        """The index of a ``Read more``/``Related`` heading that the link lines ending at
        ``units[last]`` follow, or ``None``."""
        h = last
        count = 0
        while h >= floor and count < self.MAX_LINKS:
            sp = units[h][0]
            if len(sp) > self.LINK_MAX_CHARS or not self.is_link_line(source[sp.start:sp.end]):
                break
            h -= 1
            count += 1
        if count == 0 or h < floor:
            return None
        sp = units[h][0]
        if len(sp) <= 80 and self.is_related_heading(source[sp.start:sp.end]):
            return h
        return None

    @staticmethod
    def _merge(items: list[tuple[str, Span]]) -> list[tuple[str, Span]]:
        """Join neighbouring items of the same kind (several contributor sentences make one)."""
        out: list[tuple[str, Span]] = []
        for kind, span in items:
            if out and out[-1][0] == kind:
                out[-1] = (kind, span_of(out[-1][1].start, span.end))
            else:
                out.append((kind, span))
        return out

    # ------------------------------------------------------------------ dates

    def published(self, items: Sequence[Boilerplate]) -> dt.datetime | dt.date | None:
        """When the publication notes among ``items`` say the story was published.

        ``This story was originally published on January 24, 2022 2:26 p.m.`` gives
        ``datetime(2022, 1, 24, 14, 26)``; an original publication date is preferred to a
        plain ``Published …``, and that to ``Updated …``.
        """
        pats = self.patterns()
        best: tuple[int, int] | None = None
        value: dt.datetime | dt.date | None = None
        for order, item in enumerate(items):
            if item.kind != "publication" or is_blank(item.text):
                continue
            text = item.text[: self.MAX_UNIT]
            rank = next((r for r, p in enumerate(pats.ranks) if p.search(text)), len(pats.ranks))
            if best is not None and (rank, order) >= best:
                continue
            for parts in DateInfo.finditer(text):
                found = parts.value()
                if found is not None:
                    best, value = (rank, order), found
                    break
        return value
