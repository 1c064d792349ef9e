"""What lemminflect's tables (Jascoll 2019; shipped in the package, nothing is downloaded) say of an
English word: whether it is a verb, a participle, an adjective, a noun, and its simple present and past.

Each fact is looked up once per word and kept (:class:`summarizer.language.WordTable`); the tables
load lazily, once a process.
"""

from __future__ import annotations

import re
from functools import cache

from ..language import WordTable

__all__ = [
    "is_verb", "is_modifier", "is_adverb", "is_noun", "is_tensed", "is_common_word", "may_be_verb",
    "participle_of", "present_of", "past_of", "simple_past_of", "is_plural_noun", "may_be_adjective",
    "may_be_noun", "surely_tensed", "is_base_verb", "progressive_of", "is_superlative", "verb_lemmas",
    "APOSTROPHE", "before_apostrophe",
]

#: Either apostrophe, to split a word at it ("That's" -> "That"); compiled once, not looked up per call.
APOSTROPHE = re.compile(r"['’]")


def before_apostrophe(word: str) -> str:
    """What stands before the word's first apostrophe ("That's" -> "That"), the whole word without one:
    ``APOSTROPHE.split(word, 1)[0]``, with no pattern run for the many words that have none."""
    return APOSTROPHE.split(word, 1)[0] if "'" in word or "’" in word else word


@cache
def _tables():
    """lemminflect, with both of its tables loaded (about a second, once a process)."""
    import lemminflect

    lemminflect.getAllLemmas("is")
    lemminflect.getAllInflections("be")
    return lemminflect


@cache
def _lookups():
    """lemminflect's four tables (lemmas and inflections, each with its overrides) and the helpers
    that write its answers, for :func:`_lemmas` and :func:`_verb_forms`."""
    from lemminflect.core.LexicalUtils import applyCapsStyleToDict, getCapsStyle, uposToTags

    lemmatizer, inflections = _tables().Lemmatizer(), _tables().Inflections()
    lemma_tables = (lemmatizer._getLemmaDict(), lemmatizer._getOverridesDict())
    verb_tables = (inflections._getInflDict(), inflections._getOverridesDict())
    return lemma_tables, verb_tables, frozenset(uposToTags("VERB")), getCapsStyle, applyCapsStyleToDict


def _lemmas(word: str) -> dict:
    """``lemminflect.getAllLemmas(word)``: the same dict, read from its tables without the deep copy
    of each entry that lemminflect makes (most of the cost of a new word). Its own helper writes the
    result and replaces every value as it does, so the tables are never changed."""
    (table, overrides), _, _, caps_style, write = _lookups()
    lower = word.lower()
    lemmas = dict(table.get(lower, {}))
    lemmas.update(overrides.get(lower, {}))
    return write(lemmas, caps_style(word))


def _verb_forms(lemma: str) -> dict:
    """``lemminflect.getAllInflections(lemma, upos="VERB")``, read the same way as :func:`_lemmas`."""
    _, (table, overrides), verb_tags, caps_style, write = _lookups()
    lower = lemma.lower()
    forms = dict(table.get(lower, {}))
    forms.update(overrides.get(lower, {}))
    return write({tag: f for tag, f in forms.items() if tag in verb_tags}, caps_style(lemma))


_FORMS = WordTable(_verb_forms)


def _word_facts(word: str) -> tuple[bool, bool, str | None, bool, bool, bool, bool, bool]:
    """``(is_verb, is_modifier, lemma_if_participle, is_ly_adverb, may_be_verb, is_known, is_tensed,
    is_noun)`` of a lowercase word (a noun that is no adjective)."""
    lemmas = _lemmas(word)
    if not lemmas and word.startswith(_AGAIN) and len(word) > len(_AGAIN):
        # "re-united": "united" done again; the lemma keeps its hyphen ("re-unite", whose forms no table has)
        facts = _FACTS[word[len(_AGAIN) :]]
        return facts[:2] + (facts[2] and _AGAIN + facts[2],) + facts[3:]
    verb = "VERB" in lemmas or "AUX" in lemmas
    # An auxiliary, or a verb that is no noun ("died", "prove"; not "plans", "requests"); an
    # adjective only if inflected as a verb ("withdrawn", not "open").
    is_verb_ = "AUX" in lemmas or (
        "VERB" in lemmas and "NOUN" not in lemmas
        and ("ADJ" not in lemmas or word not in lemmas.get("VERB", (word,)))
    )
    modifier = "ADJ" in lemmas and "NOUN" not in lemmas and "VERB" not in lemmas
    adverb = set(lemmas) == {"ADV"} and word.endswith("ly")
    participle, tensed = None, "AUX" in lemmas
    for lemma in lemmas.get("VERB", ()):
        forms = _FORMS[lemma]  # one lookup per lemma
        tensed = tensed or word in forms.get("VBZ", ()) or word in forms.get("VBD", ())
        if word in forms.get("VBN", forms.get("VBD", ())):  # the table omits a VBN that is the VBD
            participle = participle or lemma
    noun = "NOUN" in lemmas and "ADJ" not in lemmas
    return is_verb_, modifier, participle, adverb, verb, bool(lemmas), tensed or participle is not None, noun


_AGAIN = "re-"  # a verb's prefix: done again ("re-united")
_FACTS = WordTable(_word_facts)
# The same facts by the word as written ("Plans", "plans"): a lookup, without a lowercased copy of the
# word to make and hash at each question (the headline's rules ask about the same words many times).
_WRITTEN = WordTable(lambda word: _FACTS[word.lower()])


def is_verb(word: str) -> bool:
    """Whether ``word`` is surely a verb form: inflected ("died"), an auxiliary, or only ever a verb;
    not an -ing form, which is as often a noun ("head of coaching")."""
    return _WRITTEN[word][0] and not word.endswith("ing")


def is_modifier(word: str) -> bool:
    """Whether ``word`` is only ever an adjective ("highest"): a headline does not end on it."""
    return _WRITTEN[word][1]


def may_be_verb(word: str) -> bool:
    """Whether ``word`` can be a verb form at all ("records", "rises", "set")."""
    return _WRITTEN[word][4]


def is_adverb(word: str) -> bool:
    """Whether ``word`` is only ever an adverb in -ly ("reportedly"): a headline does not end on it."""
    return _WRITTEN[word][3]


def is_common_word(word: str) -> bool:
    """Whether ``word`` is in lemminflect's English lexicon ("black", "air"; not "Tony", "Lindsay")."""
    return _WRITTEN[word][5]


def is_tensed(word: str) -> bool:
    """Whether ``word`` may be a verb with a tense or a headline's participle: an auxiliary, a form
    in -s ("plans"), a past or a past participle ("won", "knighted"); not a base form or -ing."""
    return _WRITTEN[word][6]


def is_noun(word: str) -> bool:
    """Whether ``word`` may be a noun and is never an adjective ("group", "report"; not "personal")."""
    return _WRITTEN[word][7]


def participle_of(word: str) -> str | None:
    """The lemma when ``word`` is a past participle ("risen" -> "rise"), else None."""
    return _WRITTEN[word][2]


def present_of(lemma: str, tag: str) -> str | None:
    """The simple present of ``lemma`` (``tag`` VBZ: "rises", VBP: "rise")."""
    return _spelled(lemma, _FORMS[lemma].get(tag))


def past_of(lemma: str) -> str | None:
    """The simple past of ``lemma`` ("rose")."""
    return _spelled(lemma, _FORMS[lemma].get("VBD"))


def _spelled(lemma: str, forms: tuple[str, ...] | None) -> str | None:
    """The first of ``forms`` written as ``lemma`` is, in one word unless it has a space or a hyphen:
    lemminflect lists "over shoots" and "over-shoots" before "overshoots"."""
    if not forms:
        return None
    return next((f for f in forms if (" " in f) == (" " in lemma) and ("-" in f) == ("-" in lemma)), forms[0])



def _simple_past(word: str) -> str | None:
    return next((v for v in _lemmas(word).get("VERB", ()) if word in _FORMS[v].get("VBD", ())), None)


_PASTS = WordTable(_simple_past)


def simple_past_of(word: str) -> str | None:
    """The lemma of ``word`` (lower case) when it is a verb's simple past ("won" -> "win"), else None."""
    return _PASTS[word]


_ADJECTIVES = WordTable(lambda word: "ADJ" in _lemmas(word))


def may_be_adjective(word: str) -> bool:
    """Whether ``word`` (lower case) may be an adjective ("ready", "confident", "over")."""
    return _ADJECTIVES[word]


_NOUNS = WordTable(lambda word: "NOUN" in _lemmas(word))


def may_be_noun(word: str) -> bool:
    """Whether ``word`` (lower case) may be a noun ("part", "subject", "chance")."""
    return _NOUNS[word]


def surely_tensed(word: str) -> bool:
    """Whether ``word`` (lower case) is a verb with a tense that no noun could be ("responded"; not "plans",
    "leak")."""
    return is_tensed(word) and not may_be_noun(word)


_SUPERLATIVES = WordTable(lambda word: word in ("most", "least") or word.endswith("est") and any(
    a != word for a in _lemmas(word).get("ADJ", ())))


def is_superlative(word: str) -> bool:
    """Whether ``word`` (lower case) is a superlative ("largest", "best", "most"; not "interest")."""
    return _SUPERLATIVES[word]


_VERB_LEMMAS = WordTable(lambda word: _lemmas(word).get("VERB", ()))


def verb_lemmas(word: str) -> tuple[str, ...]:
    """The lemmas of ``word`` (lower case) as a verb ("copes" -> ("cope",)); empty for no verb."""
    return _VERB_LEMMAS[word]


def _plural_noun(word: str) -> bool:
    nouns = _lemmas(word).get("NOUN", ())
    if word in nouns:
        # A plural the tables also list as a lemma of its own beside its singular ("troops": "troop",
        # "troops"); not a field's name in "-ics" ("politics", "economics").
        return not word.endswith("ics") and any(n != word and word.startswith(n) for n in nouns)
    return bool(nouns)


_PLURALS = WordTable(_plural_noun)


def is_plural_noun(word: str) -> bool:
    """Whether ``word`` (lower case) may be a noun's plural ("boys", "men"; not "boy", "news")."""
    return _PLURALS[word]


def _base_verb(word: str) -> bool:
    lemmas = _lemmas(word)
    return word in lemmas.get("VERB", ()) or word in lemmas.get("AUX", ())


_BASE_VERBS = WordTable(_base_verb)


def is_base_verb(word: str) -> bool:
    """Whether ``word`` (lowercase) is a verb's base form ("unveil", "be"), as after "will"."""
    return _BASE_VERBS[word]


def _progressive(word: str) -> tuple[str | None, bool]:
    lemmas = _lemmas(word)
    verbs = lemmas.get("VERB", ()) if word.endswith("ing") else ()
    # lemminflect's first lemma whose -ing form the word is and whose stem it opens on ("gelling": "gel",
    # not "jell"; "developing": "develop", not "develope")
    opens = (v for v in verbs if word in _FORMS[v].get("VBG", ()) and word.startswith(v.removesuffix("e")))
    lemma = next(opens, None)
    return lemma, "ADJ" in lemmas


_PROGRESSIVES = WordTable(_progressive)


def progressive_of(word: str) -> tuple[str | None, bool]:
    """The lemma of ``word`` (lowercase) when it is a verb's -ing form ("recalling" -> "recall",
    "putting" -> "put", not "putt"), else None ("spring"); and whether it may be an adjective too
    ("missing", "becoming")."""
    return _PROGRESSIVES[word]
