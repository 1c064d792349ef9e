"""The main clause's verb after a long subject, found without a parse (English).

The main verb is found without a parse, so only where the form leaves no doubt: an auxiliary or a
modal ("have", "will", "should") after a subject that holds no verb with a tense of its own, only
nouns, names, infinitives ("Talks to reach deal"), -ing forms and participles that open a phrase
("worn by", "based on", "designed to"). A subject holding a clause ("who", "because", a comma, a
pronoun) or a verb that may be its own main verb ("Lopez cancelled appearance was too ill": the
participle takes an object, so it is a verb, and the line is left alone) is not touched. After a subject's
infinitive ("System | to make it easier to create website addresses using alphabets like Cyrillic | could open") the
first auxiliary is the main verb: an infinitive's phrase holds no verb with a tense of its own.
:func:`summarizer.headlines.compress.shorten` cuts a long subject back before the verb
:func:`main_auxiliary` finds; :mod:`.cut` asks :func:`noun_context` whether the words before a word
make it a noun.
"""

from __future__ import annotations

from functools import cache

from .closing import DASHES as _DASHES, dangling
# An auxiliary or a modal after a subject with no verb of its own is the main clause's verb.
from .subject import AUXILIARIES as _AUXILIARIES, TAKES_INFINITIVE
from .wordforms import (
    before_apostrophe, is_modifier, is_noun, is_tensed, is_verb, may_be_verb, participle_of,
)

__all__ = ["function_words", "main_auxiliary", "no_subject", "noun_context", "AFTER_PARTICIPLE",
           "no_passive_before_to", "SHOWN"]

# Prepositions that open a participle's complement or agent ("worn by", "based on", "designed to").
AFTER_PARTICIPLE = frozenset("by on in at to for from with into under over during after as".split())
# A subject holding these holds a clause, an aside or a pronoun: its verb is not known by form.
_CLAUSE_WORDS = frozenset(
    "who whom whose which that when while as because since after before until if although though amid "
    "despite where whether how what why he she it they we i you".split()
)
_OPENERS = frozenset("there here now".split())  # "There's been talk ...": no subject
_POSSESSIVES = ("'s", "’s", "'", "’")
_REACH = 24  # words searched for the main verb: a longer subject is not shortened
# After these a word is a noun ("the plans", "of talks"), never a verb with a tense.
_NOUN_NEXT = frozenset(
    "the a an his her their its my our your of in on at from with for into about by".split()
)
# A headline's passive this near the end, with "by", is the main verb ("announced by lord chancellor").
_AGENT = 5
SHOWN = 3  # the verb and two words of its predicate: fewer, and the line is a subject alone
# Compiled once: ``re.split(pattern, ...)`` looks the pattern up at each call.


def main_auxiliary(tokens: list[str]) -> int | None:
    """Where the main clause's auxiliary or modal stands when everything before it is a subject with
    no verb of its own ("Plans to create US soap based on ... have"); None when the form leaves doubt."""
    found = _main_auxiliary(tokens)
    return found if found is not None else _after_infinitive(tokens)


def _after_infinitive(tokens: list[str]) -> int | None:
    """The first auxiliary after a subject whose head an infinitive follows ("System | to make it easier
    to create website addresses using alphabets like Cyrillic | could open"): an infinitive's phrase
    holds no verb with a tense, so a noun that may be a verb ("addresses", "like") does not leave doubt
    there; a clause, an aside or a second clause ("but", "and will") does, and so does a pronoun other
    than an infinitive's object ("make it")."""
    head = next((k for k in range(1, _HEAD_WORDS + 1) if k < len(tokens) and tokens[k] == "to"), None)
    if head is None or not tokens[head + 1 : head + 2] or not tokens[head + 1].islower():
        return None
    if not may_be_verb(tokens[head + 1]) or any(not is_noun(t.lower()) for t in tokens[:head]):
        return None  # "System to make": nouns, then an infinitive
    for k in range(head + 2, min(len(tokens), _REACH)):
        token = tokens[k]
        word = token.lower()
        if token[-1] in ",;:" or token in _DASHES or word in _BREAKS or word.endswith(("n't", "n’t")):
            return None
        if word in _CLAUSE_WORDS and not (word in _OBJECTS and may_be_verb(tokens[k - 1])):
            return None  # a clause or a pronoun subject; not an object ("make it easier")
        if word in _AUXILIARIES and token.islower():
            return None if tokens[k - 1].lower() in ("to", "and", "or") else k
    return None


_HEAD_WORDS = 3  # words of the subject before its infinitive at most ("Government plan | to")
_BREAKS = frozenset({"but", "yet"})  # a second clause ("fails but fans could")
_OBJECTS = frozenset({"it"})  # a pronoun that is an infinitive's object after its verb


def _main_auxiliary(tokens: list[str]) -> int | None:
    """:func:`main_auxiliary` by the subject's words, each of which must leave no doubt."""
    if not tokens or before_apostrophe(tokens[0].lower()) in no_subject():
        return None  # "At the school ...", "It ...": the subject does not open the line
    reduced = False  # whether a participle's phrase was passed
    of_phrase = False  # ... or one that "of" opens ("accused of"), after which only a sure verb is the main one
    passive = None  # a participle before "by" near the line's end
    functional = function_words()
    lowered = tokens[0].lower()
    for k in range(1, min(len(tokens), _REACH)):
        token = tokens[k]
        before, lowered = lowered, token.lower()  # (the word before was lowercased in the last step)
        word = lowered.strip(",;:")
        if token in _DASHES or word in _CLAUSE_WORDS or word.endswith(("n't", "n’t")):
            return None
        if word in _AUXILIARIES and token.islower():
            # "to have": an infinitive's, not the clause's; "and will": a second predicate.
            return None if before in ("to", "and", "or") or k < 2 else k
        if word in functional and token[-1] not in ",;:":
            continue  # a function word: "of", "the", "and"
        if token[-1] in ",;:" or not token.islower() or not word.isalpha():
            if token[-1] in ",;:":
                if (reduced or of_phrase) and _passive_at_comma(tokens, k):
                    return k  # "man accused of trying to travel to Syria | indicted, charged with ..."
                return None  # a comma: an aside or a list, whose end is not known
            continue  # a name, a number
        if word == "be" and before == "to" and k >= 3 and _before_future(tokens[k - 2]):
            return k - 1  # the headline's future of "is to be": "correspondence between ... | to be made public"
        if before == "to" or word.endswith("ing"):
            continue  # an infinitive ("to reach") or an -ing form ("witnesses giving")
        following = tokens[k + 1].lower() if k + 1 < len(tokens) else ""
        participle = participle_of(word)  # (looked up once)
        if participle is not None and following == "of" and not reduced:
            if all(t[:1].isupper() for t in tokens[:k]):
                return None  # after a name, a headline's passive: "Suarez accused of diving"
            # "man accused of ...": a participle's phrase too, but "of" may be a verb's ("worked | for
            # months | to track down pastor accused of assaults"): only a verb no noun could be follows it.
            of_phrase = True
            continue
        if participle is not None and following in AFTER_PARTICIPLE:
            if no_passive_before_to(tokens, k):
                return None  # a verb of its own, no participle's phrase: "city of Cleveland | responded to"
            if all(t[:1].isupper() for t in tokens[:k]):
                return None  # after a name, a headline's passive: "Suarez added to list"
            if following == "by" and len(tokens) - k <= _AGENT and k >= SHOWN and not reduced:
                passive = k  # "... in England and Wales announced by lord chancellor": at the end
            reduced = True
            continue  # a participle's phrase after a noun: "suits worn by", "soap based on"
        if (reduced or of_phrase and is_verb(word)) and _verb_after_phrase(tokens, k):
            return k  # after a participle's phrase, the next verb with a tense: "suspect held in Bay plans"
        if participle is None and is_verb(word) or _may_be_finite(tokens, k):
            # "Lopez cancelled appearance", "UKIP suspend candidate", "row fears election will ...":
            # a verb of its own, perhaps the main one
            return None
    # No auxiliary: a headline's passive with its agent closing the line is the main verb.
    return passive


def no_passive_before_to(tokens: list[str], k: int) -> bool:
    """Whether ``tokens[k]`` is the past of a verb that takes "to" with no object, before its "to": a past of
    the clause, no participle's ("city of Cleveland | responded to lawsuit"), save where "by" names a
    prepositional passive's agent ("proposals objected to by residents")."""
    return (tokens[k + 1 : k + 2] == ["to"] and tokens[k + 2 : k + 3] != ["by"]
            and participle_of(tokens[k].lower()) in _NO_PASSIVE_TO)


_NO_PASSIVE_TO = frozenset("respond react reply object consent succumb testify listen cling adhere".split())


def _passive_at_comma(tokens: list[str], k: int) -> bool:
    """Whether ``tokens[k]``, a participle before a comma after the subject's participle phrase, is the
    headline's passive that ends the main clause ("man accused of ... | indicted, charged with ...")."""
    word = tokens[k][:-1]
    return (k >= SHOWN and tokens[k][-1] == "," and word.isalpha() and word.islower()
            and participle_of(word) is not None and not noun_context(tokens, k))


def _before_future(token: str) -> bool:
    """Whether ``token``, before "to be", may end a subject whose verb is the headline's future."""
    return token.islower() and is_noun(token) and token not in TAKES_INFINITIVE  # not "quest | to be"


@cache
def function_words() -> frozenset[str]:
    """The words no line ends on that are no verb ("of", "the", "and"; not "be", "do", "like")."""
    return dangling("english") - _AUXILIARIES - frozenset("be been being do like".split())


@cache
def no_subject() -> frozenset[str]:
    """Words that open no subject: function words, clause openers, "There"."""
    return (dangling("english") | _CLAUSE_WORDS | _OPENERS) - _QUANTIFIERS


# Quantifiers that no line ends on but that open a subject ("All four Britons held by US ... will be").
_QUANTIFIERS = frozenset({"all", "most"})


def _verb_after_phrase(tokens: list[str], k: int) -> bool:
    """Whether ``tokens[k]``, after a participle's phrase in the subject, is the main verb: a verb with
    a tense, where no word before makes it a noun, followed by "to", a determiner or a preposition
    ("suspect held in Bay for 33 months plans | to sue"), or surely a verb."""
    word = tokens[k].lower()
    if not is_tensed(word) or participle_of(word) is not None or noun_context(tokens, k):
        return False
    if not tokens[k - 1].isalnum():
        return False
    following = tokens[k + 1].lower() if k + 1 < len(tokens) else ""
    return is_verb(word) or following == "to" or following in _NOUN_NEXT


def noun_context(tokens: list[str], k: int) -> bool:
    """Whether the words before ``tokens[k]`` make it a noun: an infinitive's or an -ing form's object
    ("to tackle skills"), after a determiner, a preposition, an adjective, a possessive, a number or
    a plural and "and" ("victims and witnesses")."""
    before = tokens[k - 1]
    if k > 1 and tokens[k - 2].lower() == "to" or before.lower() in _NOUN_NEXT or is_modifier(before):
        return True
    gerund = _gerund(before)
    if gerund and before not in ("being", "having"):
        return True  # an -ing form's object: "landlords renting homes" (not "being urged")
    if k > 2 and before.islower() and is_noun(before) and _gerund(tokens[k - 2]) and (
            tokens[k - 3].lower() in _NOUN_NEXT):
        # ... and its compound's head after a preposition: "ways of using gold | reserves" (not "six
        # leading lobbies | plan")
        return True
    if before.lower() in ("and", "or") and k > 1 and tokens[k - 2].endswith("s") and is_noun(tokens[k - 2]):
        return True  # "victims and witnesses": a list of nouns
    return before.endswith(_POSSESSIVES) or before[:1].isdigit()


def _gerund(word: str) -> bool:
    return word.islower() and word.endswith("ing") and may_be_verb(word)


def _may_be_finite(tokens: list[str], k: int) -> bool:
    """Whether ``tokens[k]``, which may be a noun or a verb, may be a verb with a tense: a past ("star
    spoke at length"), a form in -s or a base form after a name ("Swann calls on", "Tories say") or in
    -s before its object ("row fears election"), a plural's present ("banks fear prices"); not after
    a word that makes it a noun ("to tackle skills", "new rules", "China's top"), nor before the
    auxiliary or "to", "of", "and" ("commercial banks have", "plans to")."""
    word, before = tokens[k].lower(), tokens[k - 1]
    if not may_be_verb(word) or is_modifier(word):
        return False
    if noun_context(tokens, k):
        return False
    if is_tensed(word) and not word.endswith("s") and participle_of(word) is None:
        return True  # "spoke": a past (a participle before its preposition was read before)
    following = tokens[k + 1].lower().strip(",;:") if k + 1 < len(tokens) else ""
    if before[:1].isupper() and before[1:2].islower():
        # After a name: "Swann calls", "Tories say" (not an acronym's "US soap"); a base form before
        # "by" or "of" is the name's noun ("Facebook post by actor ...").
        if is_tensed(word):
            return True
        # ... and a person after a place, before a participle's phrase, is the name's noun ("California
        # man | accused of ..."); not any noun ("Brazilian police | worked for five months": a verb).
        after = tokens[k + 2].lower() if k + 2 < len(tokens) else ""
        if word in _PERSONS and participle_of(following) and (after in AFTER_PARTICIPLE or after == "of"):
            return False
        return following not in ("by", "of")
    if following in _AUXILIARIES or following in ("to", "of", "and", "or"):
        return False
    plural = before.islower() and before.endswith("s") and not before.endswith(("'s", "’s", "ss"))
    return is_tensed(word) or plural


# People a headline names by their place ("California man", "Ohio mother"), which may be verbs too.
_PERSONS = frozenset("man mother father doctor nurse pilot".split())
