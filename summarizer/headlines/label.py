"""A topic label before the headline (a kicker: "Super-casinos: decision due in Scotland").

TOPIARY (Zajic, Dorr & Schwartz, DUC 2004) put the document's topic terms before a trimmed lead and beat
the plain trimmed lead; newsrooms put a topic label before a headline (BBC News online, wire slugs). Here
the label is the document's best keyphrase (:func:`summarizer.keyphrases.extract_keyphrases`, in its
order) that a sub-editor could keep as a label:

* it names what the line does not: no word of it (by stem) is in the line;
* it is short (at most :data:`_MOST_WORDS` words) and holds no number ("9m", "2005");
* it is a name (a place, an organisation, an event, a title: "Isle of Wight", "Baftas") or a noun phrase
  of two words or more ("foreign language film"); one lowercase word is too often generic ("version",
  "top", "film", "win") and is only taken when hyphenated ("super-casinos");
* it is no person's name: a person before a line reads as "X says" ("Mr Blair: National Insurance will
  be raised", a rival's claim, misled in the first session's trial). A run is a person's name by
  :mod:`.trim`'s evidence (a given name that is no common word, and the surname used alone in the
  article), a title before it ("Mr", "Dr"), or a one-word name that the article writes after a given
  name or a title ("Depp" after "Johnny");
* it does not mix a lowercase word before a name ("comedy Diary", "shelving Schrader version": the
  keyphrase chunker's runs, no phrase of the language) and ends on a noun, not a verb form ("film
  career playing");
* in a merged set, at least half the articles state it: the label is what the set shares.

None passes: no label (most lines get none; the line is then as without the option). The label is the
keyphrase with its first letter capitalised. Only English gets one: the person, noun and verb tests read
English word lists (lemminflect's lexicon), and a label that misleads costs more than one missed.
"""

from __future__ import annotations

from ..keyphrases import extract_keyphrases
from ..language import stems
from ..vectorize import Features
from .trim import INSTITUTIONS, PEOPLES, TITLES, is_first_name, used_alone
from .wordforms import is_common_word, is_noun, may_be_verb

__all__ = ["label_line", "topic_label", "with_label", "SEPARATOR"]

SEPARATOR = ": "
#: Keyphrases read, best first, for a label: past the first ten they are rarely the topic.
_CANDIDATES = 10
_MOST_WORDS = 3
_LEAST_SHARE = 0.5  # of a merged set's articles that state the label
_LEAST_OCCURRENCES = 2  # in the document: a topic is said more than once


def label_line(features: Features, line: str) -> str:
    """``line`` with its topic label before it when one is found and the labelled line keeps within the
    budget given (``headline_words``, ``headline_characters``: the label counts toward them); else the
    line as it is. The line is never shortened to make room for a label: on DUC 2003 (sets 1-30, 75
    characters) a label only where it fits scored 24.68 against 24.36 for a line cut shorter to hold one.
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
    for phrase in extract_keyphrases(features, _CANDIDATES):
        if _is_label(phrase, held, text, language) and _shared(phrase, texts):
            return phrase[:1].upper() + phrase[1:]
    return None


def with_label(label: str | None, line: str) -> str:
    """``line`` with ``label`` and :data:`SEPARATOR` before it (the line alone without one)."""
    return f"{label}{SEPARATOR}{line}" if label else line


def _is_label(phrase: str, held: set[str], text: str, language: str) -> bool:
    tokens = phrase.split()
    if not tokens or len(tokens) > _MOST_WORDS or any(c.isdigit() for c in phrase):
        return False
    if held.intersection(stems(phrase, language)):
        return False  # the line names it already
    if _occurrences(phrase, text, phrase.islower()) < _LEAST_OCCURRENCES:
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
        if not all(capitals) and not _ends_on_a_noun(tokens):
            return False
        return not _names_a_person(name, text)
    if len(tokens) == 1:
        return "-" in phrase and _ends_on_a_noun(tokens)
    first = tokens[0]
    if may_be_verb(first) and not is_noun(first):
        return False  # "make money", "play songs": an order, not a topic
    return _ends_on_a_noun(tokens)


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
    if name[0] in TITLES:
        return True  # "Mr Holiff", "Dr Kosslick"
    surname = name[-1]
    if surname in PEOPLES or surname in INSTITUTIONS:
        return False
    if len(name) >= 2:
        return is_first_name(name[-2]) and used_alone(surname, name[-2], text)
    return _after_a_given_name(surname, text) or _part_of_a_name(surname, text) or _speaks(surname, text)


def _after_a_given_name(word: str, text: str) -> bool:
    """Whether ``text`` writes ``word`` after a title or a given name ("Mr Palmer", "Johnny Depp"): a
    one-word name that is a person's surname."""
    for at in _where(word, text):
        before = text[max(0, at - 30) : at]
        found = before.split()
        if found and before.endswith(" "):
            prior = found[-1]
            if prior in TITLES or (prior[:1].isupper() and prior.isalpha() and not prior.isupper()
                                   and is_first_name(prior) and not _opens_a_sentence(before)):
                return True
    return False


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
    for at in _where(word, text):
        after = text[at + len(word) : at + len(word) + 3]
        if after[:1] == "." and after[1:2] == " " and not after[2:3].isupper() or after[:2] == ". " and (
                after[2:3].isupper() and not word.isupper() and len(word) <= 4):
            return True
    return False


def _part_of_a_name(word: str, text: str) -> bool:
    """Whether ``text`` writes ``word`` mostly beside another capitalised word: a given name ("Andy
    Roddick") or a fragment of a longer name ("Leicester Tigers", "European Council"), no label alone."""
    beside = alone = 0
    for at in _where(word, text):
        after = text[at + len(word) : at + len(word) + 30].split()[:1]
        before = text[max(0, at - 30) : at]
        next_name = bool(after) and text[at + len(word) : at + len(word) + 1] == " " and _is_name_word(after[0])
        prior = before.split()[-1:] if before.endswith(" ") else []
        prior_name = bool(prior) and _is_name_word(prior[0]) and not _opens_a_sentence(before)
        if next_name or prior_name:
            beside += 1
        else:
            alone += 1
    return beside >= alone > -1 and beside > 0


def _is_name_word(token: str) -> bool:
    return token[:1].isupper() and token.rstrip(".,;:'’s").isalpha()


def _where(word: str, text: str):
    """Where ``word`` stands in ``text`` as a whole word."""
    at = text.find(word)
    while at >= 0:
        end = at + len(word)
        if (at == 0 or not text[at - 1].isalnum()) and (end == len(text) or not text[end].isalnum()):
            yield at
        at = text.find(word, end)


def _occurrences(phrase: str, text: str, any_case: bool) -> int:
    """How often the phrase stands in the text as whole words (in any case for a lowercase phrase)."""
    if any_case:
        phrase, text = phrase.lower(), text.lower()
    return sum(1 for _ in _where(phrase, text))


def _opens_a_sentence(before: str) -> bool:
    """Whether the word before a name opens its sentence (its own capital then says nothing)."""
    found = before.split()
    return len(found) < 2 or found[-2][-1:] in ".!?\"”" and found[-2] not in TITLES


def _shared(phrase: str, texts: list[str]) -> bool:
    """Whether at least half the articles (a merged set's; one article always) state the phrase."""
    if len(texts) < 2:
        return True
    lowered = phrase.lower()
    return sum(lowered in t.lower() for t in texts) >= _LEAST_SHARE * len(texts)
