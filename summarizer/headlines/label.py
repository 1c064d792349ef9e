"""A topic label before the headline (a kicker: "Super-casinos: decision due in Scotland").

TOPIARY (Zajic, Dorr & Schwartz, DUC 2004) put the document's topic terms before a trimmed lead and beat
the plain trimmed lead; newsrooms put a topic label before a headline (BBC News online, wire slugs). Here
the label is the document's best keyphrase (:func:`summarizer.keyphrases.extract_keyphrases`, in its
order, the first :data:`_CANDIDATES`) that a sub-editor could keep as a label:

* it names what the line does not: no word of it (by stem, or a word's start: "DVDs" and "DVD") is in
  the line, nor is it the acronym of the line's name ("WRU" for "Welsh Rugby Union");
* it is said in an article's lead (:data:`_EARLY_SENTENCES`): the line is cut from the lead, so the label
  is what the cut left out ("Australian Open: Thousands of fans queued all night ..."); a name said only
  later is as often a side's ("Intel" in a story of Sony's chip) as the topic;
* it is said at least twice (a lowercase phrase three times), short (at most :data:`_MOST_WORDS` words),
  holds no number ("9m") and is no abbreviation whose full stop the keyphrases dropped ("Nov", "St");
* it is a name (a place, an organisation, an event: "Law lords", "Dundee United") or a noun phrase of
  two words or more ("sunset clause"), not a lowercase word before a name ("comedy Diary": the
  chunker's run), nor a verb form ("film career playing", "offer hope"); one lowercase word is too often
  generic ("version", "top", "film", "win") and is only taken when hyphenated ("super-casinos"); one
  capitalised word is not a verb's ("Meet", of "Meet the Fockers");
* it is no person's name: a person before a line reads as "X says" ("Mr Blair: National Insurance will
  be raised", a rival's claim, misled in the first session's trial). A run is a person's by a title
  ("Mr", "Lord"), :mod:`.trim`'s evidence (a given name that is no common word, and the surname said
  alone) or two words that are no English words ("Josh Lewsey"); one word is a person's or part of a
  longer name when the article writes it after a given name, a title or an initial ("Johnny Depp",
  "Charles M. Schulz"), before another capitalised word ("Walter Smith", "Texas Instruments"), after
  "of" ("Duchy of Cornwall"), in quotation marks (a nickname), or has it say something ("Liu said");
* it is not only one of a list ("wins against Scotland and England"): one of several, not the topic;
* in a merged set, at least half the articles state it: the label is what the set shares.

None passes: no label, and the line is as without the option (about one line in six of BBC
development articles gets one). The label is the keyphrase with its first letter capitalised. Only
English gets one: the person, noun and verb tests read English word lists (lemminflect's lexicon), and a
label that misleads costs more than one missed.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from ..keyphrases import extract_keyphrases
from ..language import stems
from ..vectorize import Features
from .trim import INSTITUTIONS, PEOPLES, TITLES, is_first_name, occurrences, used_alone
from .wordforms import is_common_word, is_noun, may_be_verb

__all__ = ["label_line", "topic_label", "with_label", "SEPARATOR"]

SEPARATOR = ": "
#: Keyphrases read, best first, for a label: past the first ten they are rarely the topic.
_CANDIDATES = 10
_MOST_WORDS = 3
_INITIAL = re.compile(r"[A-Z]\.")
_QUOTES = "'\"‘“"
_LEAST_SHARE = 0.5  # of a merged set's articles that state the label
#: The label is said in the first sentences of an article, this many: 1, the lead (news sets its topic
#: there; a name said only later is as often a side's). ``None``: anywhere. Chosen on development data
#: (BBC 401-1058, DUC sets 1-30; evaluation/RESULTS.md): 3 sentences labelled twice as many lines and
#: raised DUC more, but a reader judged 24 of 40 of its labels right against 31 of 40 for the lead's.
_EARLY_SENTENCES: int | None = 1
_LEAST_OCCURRENCES = 2  # in the document: a topic is said more than once
_LEAST_LOWER_OCCURRENCES = 3  # a lowercase noun phrase's: "national team", "future products" are said twice
# A lowercase phrase that opens on a word that may be a verb ("offer hope", "win titles") is an order or a
# clause unless the document says it this often ("market share", "stem cell" research).
_VERB_FIRST_OCCURRENCES = 3
# Titles before a person's name: :mod:`.trim`'s, and those that stand before a full name.
_TITLES = TITLES | frozenset("Lord Lady Baroness Baron President Senator Sen. Rep. Gov. Judge".split())


def label_line(features: Features, line: str) -> str:
    """``line`` with its topic label before it when one is found and the labelled line keeps within the
    budget given (``headline_words``, ``headline_characters``: the label counts toward them); else the
    line as it is. The line is never shortened to make room for a label: on DUC 2003 (sets 1-30, 75
    characters, an earlier design of the label) a label only where it fits scored 24.68 against 24.36 for
    a line cut shorter to hold one.
    Without a budget given the label comes on top of the line's usual length."""
    label = topic_label(features, line)
    if label is None:
        return line
    labelled = with_label(label, line)
    options = features.options
    if options.headline_words is not None and len(labelled.split()) > options.headline_words:
        return line
    if options.headline_characters is not None and len(labelled) > options.headline_characters:
        return line
    return labelled


def topic_label(features: Features, line: str) -> str | None:
    """The label for ``line``, the headline of ``features.document``, or None when no keyphrase makes a
    good one (or the language is not English)."""
    language = features.options.language
    if language != "english" or not line:
        return None
    held = set(stems(line, language))
    texts = [a.text for a in features.document.articles]
    text = "\n".join(texts)
    opening = _opening(features)
    for phrase in extract_keyphrases(features, _CANDIDATES):
        if _is_label(phrase, held, text, language, line.split()) and _shared(phrase, texts) and _said_early(phrase, opening):
            return phrase[:1].upper() + phrase[1:]
    return None


def with_label(label: str | None, line: str) -> str:
    """``line`` with ``label`` and :data:`SEPARATOR` before it (the line alone without one)."""
    return f"{label}{SEPARATOR}{line}" if label else line


def _opening(features: Features) -> str:
    """The first :data:`_EARLY_SENTENCES` sentences of each article, lowercased."""
    if _EARLY_SENTENCES is None:
        return ""
    return "\n".join(s.text for s in features.document.sentences if s.position < _EARLY_SENTENCES).lower()


def _said_early(phrase: str, opening: str) -> bool:
    """Whether the opening sentences say the phrase: the topic is set early; a name said only later is
    a side's ("Intel" in a story of Sony's chip)."""
    return _EARLY_SENTENCES is None or any(True for _ in _where(phrase.lower(), opening))


def _is_label(phrase: str, held: set[str], text: str, language: str, line_words: list[str] = ()) -> bool:
    tokens = phrase.split()
    if not tokens or len(tokens) > _MOST_WORDS or any(c.isdigit() for c in phrase):
        return False
    if held.intersection(stems(phrase, language)) or _repeats(tokens, line_words):
        return False  # the line names it already
    least = _LEAST_OCCURRENCES if phrase[:1].isupper() else _LEAST_LOWER_OCCURRENCES
    if _count(phrase, text, phrase.islower()) < least:
        return False  # said once: a detail, not the topic
    if len(tokens) == 1 and _abbreviated(phrase, text):
        return False  # "Nov", "Sept", "St": the keyphrases drop the full stop
    capitals = [t[:1].isupper() for t in tokens]
    if any(capitals):
        # A name, or a name and the noun it qualifies ("Bollywood films"): no lowercase word before a
        # capital, no person.
        if any(not a and b for a, b in zip(capitals, capitals[1:])):
            return False
        name = [t for t, c in zip(tokens, capitals) if c]
        if len(tokens) == 1 and not phrase.isupper() and may_be_verb(phrase.lower()):
            return False  # "Meet" (of "Meet the Fockers"), "Win": a word of a title or a sentence
        if not all(capitals) and not _ends_on_a_noun(tokens):
            return False
        return not _names_a_person(name, text) and not _only_listed(phrase, text)
    if len(tokens) == 1:
        return "-" in phrase and _ends_on_a_noun(tokens)
    if may_be_verb(tokens[0]) and _count(phrase, text, True) < _VERB_FIRST_OCCURRENCES:
        return False  # "make money", "offer hope": an order or a clause, not a topic
    return _ends_on_a_noun(tokens)


def _repeats(tokens: list[str], line_words: list[str]) -> bool:
    """Whether the label repeats the line in another form: its acronym ("WRU" for "Welsh Rugby Union")
    or a word that another of the line's words begins ("DVDs", "DVD")."""
    if any(_one_word(token, word) for token in tokens for word in line_words):
        return True
    if len(tokens) == 1 and tokens[0].isupper() and len(tokens[0]) >= 2:
        initials = "".join(w[:1] for w in line_words if w[:1].isupper())
        return tokens[0] in initials
    return False


def _one_word(a: str, b: str) -> bool:
    """Whether two words are one in another form: the same, or one begins the other and is four letters
    or more ("Iran", "Iranian") or an acronym ("DVD", "DVDs"); not "new" and "Newcastle"."""
    short, long = sorted((a, b), key=len)
    if not long.lower().startswith(short.lower()):
        return False
    return len(short) == len(long) or len(short) >= 4 or len(short) >= 2 and short.isupper()


def _ends_on_a_noun(tokens: list[str]) -> bool:
    """Whether a lowercase phrase ends on a noun and holds no verb form ("film career playing", "Brad
    Bird won" do not)."""
    last = tokens[-1].rsplit("-", 1)[-1]
    lowered = [t for t in tokens if t.islower()]
    if any(t.endswith(("ing", "ed")) and may_be_verb(t) for t in lowered):
        return False
    return is_noun(last.lower()) or not is_common_word(last.lower())


def _names_a_person(name: list[str], text: str) -> bool:
    """Whether the capitalised words ``name`` are a person's name, by the article's evidence."""
    if not name:
        return False
    if name[0] in _TITLES:
        return True  # "Mr Holiff", "Lord Goldsmith"
    surname = name[-1]
    if surname in PEOPLES or surname in INSTITUTIONS:
        return False
    if len(name) >= 2:
        # A given name and a surname, by :mod:`.trim`'s evidence (the surname said alone), or two words
        # that are no English words ("Josh Lewsey"; also a few places, "Hong Kong": no label either).
        given = name[-2]
        return is_first_name(given) and (used_alone(surname, given, text) or not is_common_word(surname.lower()))
    return _after_a_given_name(surname, text) or _part_of_a_name(surname, text) or _speaks(surname, text)


def _after_a_given_name(word: str, text: str) -> bool:
    """Whether ``text`` writes ``word`` after a title or a given name ("Mr Palmer", "Johnny Depp"): a
    one-word name that is a person's surname."""
    for at in _where(word, text):
        before = text[max(0, at - 30) : at]
        found = before.split()
        if found and before.endswith(" "):
            prior = found[-1]
            if prior in _TITLES or (prior[:1].isupper() and prior.isalpha() and not prior.isupper()
                                    and is_first_name(prior)):
                return True  # a given name is no common word, even where it opens a sentence
            if _INITIAL.fullmatch(prior) or len(found) > 1 and found[-2] in _TITLES and _is_name_word(prior):
                return True  # "Charles M. Schulz", "President Bill Clinton"
    return False


def _only_listed(phrase: str, text: str) -> bool:
    """Whether the text names ``phrase`` only as one of a list ("wins against Scotland and England",
    "along with Morrissey, Supergrass and Idlewild"): one of several, not the topic."""
    found = False
    for at in _where(phrase, text):
        before, after = text[max(0, at - 5) : at], text[at + len(phrase) : at + len(phrase) + 5]
        if not (before.endswith((", ", " and ", " or ")) or after.startswith((", ", " and ", " or "))):
            return False
        found = True
    return found


def _speaks(word: str, text: str) -> bool:
    """Whether ``text`` has ``word`` say something ("Liu said"): a person named by one name (an
    organisation that speaks, "Microsoft said", is left out with it; an acronym, "IMF said", is not)."""
    if word.isupper():
        return False
    return any(text[at + len(word) : at + len(word) + 7].split()[:1] in (["said"], ["says"], ["told"])
               for at in _where(word, text))


def _abbreviated(word: str, text: str) -> bool:
    """Whether ``text`` writes ``word`` with a full stop that ends no sentence ("Nov. 3", "St.
    Lucia"): an abbreviation, no label."""
    dotted = plain = 0
    for at in _where(word, text):
        after = text[at + len(word) : at + len(word) + 3]
        if after[:2] == ". " and not after[2:3].isupper():
            return True  # a full stop inside a sentence: "Nov. 3"
        if after[:2] == ". " and not word.isupper() and len(word) <= 4:
            dotted += 1  # "St. Lucia", or a short name that ends a sentence ("left Iraq. The ...")
        else:
            plain += 1
    return dotted > 0 and plain == 0  # a short word never written without its full stop


def _part_of_a_name(word: str, text: str) -> bool:
    """Whether ``text`` writes ``word`` mostly beside another capitalised word: a given name ("Andy
    Roddick") or a fragment of a longer name ("Leicester Tigers", "European Council"), no label alone;
    once is enough before another capitalised word ("Walter Smith", "Texas Instruments") or after a name and
    "of" ("Duchy of Cornwall"), or in quotation marks (a nickname)."""
    beside = alone = 0
    end = len(word)
    for at in _where(word, text):
        after = text[at + end : at + end + 30].split()[:1]
        if after and text[at + end : at + end + 1] == " " and _is_name_word(after[0]):
            return True  # "Andy Roddick", "Texas Instruments": a given name, or part of a name, once at least
        before = text[max(0, at - 30) : at]
        found = before.split() if before.endswith(" ") else []
        if len(found) >= 2 and found[-1] == "of" and _is_name_word(found[-2]):
            return True  # "Duchy of Cornwall", "Isle of Wight"
        if before and before[-1] in _QUOTES:
            return True  # a nickname or a title in quotation marks ("Ahmed 'Mido' Hossam")
        if found and _is_name_word(found[-1]) and not _opens_a_sentence(before):
            beside += 1
        else:
            alone += 1
    return beside > 0 and beside >= alone


def _is_name_word(token: str) -> bool:
    return token[:1].isupper() and token.rstrip(".,;:'’s").isalpha()


def _where(word: str, text: str) -> Iterator[int]:
    """Where ``word`` stands in ``text`` as a whole word, not a part of a hyphenated one ("time buyers"
    in "first-time buyers")."""
    return occurrences(word, text, "-")


def _count(phrase: str, text: str, any_case: bool) -> int:
    """How often the phrase stands in the text as whole words (in any case for a lowercase phrase)."""
    if any_case:
        phrase, text = phrase.lower(), text.lower()
    return sum(1 for _ in _where(phrase, text))


def _opens_a_sentence(before: str) -> bool:
    """Whether the word before a name opens its sentence (its own capital then says nothing)."""
    found = before.split()
    return len(found) < 2 or found[-2][-1:] in ".!?\"”" and found[-2] not in _TITLES


def _shared(phrase: str, texts: list[str]) -> bool:
    """Whether at least half the articles (a merged set's; one article always) state the phrase."""
    if len(texts) < 2:
        return True
    lowered = phrase.lower()
    return sum(any(True for _ in _where(lowered, t.lower())) for t in texts) >= _LEAST_SHARE * len(texts)
