"""The main clause's "is" and "are" dropped, as headlines drop them: "Dunne is ready to commit" ->
"Dunne ready to commit", "Mars is being sued by ex-girlfriend" -> "Mars sued by ex-girlfriend",
"Elderly woman is in critical condition" -> "Elderly woman in critical condition".

Only after the cut (the cut's verb tests read the copula) and the choice of sentence, in the main
clause (:func:`.subject.main_verb`), after a subject that is no pronoun ("It is", "There are" stay),
and only before what reads as a predicate without it: a progressive passive ("is being urged to" ->
"urged to"; not after a relative clause), a preposition ("in talks", "under pressure", "up for six
awards"), or an adjective that no noun follows ("ready to", "confident he can win"; not "is latest
shareholder", which would read as one name), also after an adverb of degree ("is almost certain to" ->
"almost certain to"). Not before a noun ("Problem is funding" would read
"Problem funding"), a participle that headlinese kept with its "is" (:mod:`.headlinese`: "is used to
controlling games", "is headed home"), an -ing form ("is damaging"), a count ("is one of six"), a
noun's "of" ("is part of"), nor where the predicate goes on with a verb of its own ("is small and is
67% black"). The lead's "was" and "were" go the same way where the sentence does not date them in the
past (:func:`drop_past_copula`: "Thousands of civil servants on strike").
"""

from __future__ import annotations

import re

from .subject import main_verb
from .ends import SAYING
from .headlinese import ensured_before
from .tenses import told_in_the_past
from .wordforms import is_adverb, is_noun, is_tensed, may_be_adjective, may_be_noun, participle_of

__all__ = ["drop_copula", "drop_past_copula"]

_COPULAS = frozenset({"is", "are"})
_AFTER_A_NOUN = frozenset("that which who of for to in on with about from at by".split())
_NO_SUBJECT = frozenset(
    "it he she they we i you there here this that these those what who which whoever whatever".split())
_RELATIVES = frozenset({"who", "which", "that"})  # "Workers who were exposed ... are being flown home"
_COUNTS = frozenset("one two three first second third last next".split())
# Adverbs of degree before an adjective that reads as a predicate without the copula ("almost certain to");
# not "so", which wants its result ("are so well documented | it's no wonder ...").
_DEGREES = frozenset("almost nearly very highly increasingly extremely fairly quite too still now".split())
_PREDICATE_PREPOSITIONS = frozenset("in on at under over up out back off down here among into behind".split())


def drop_copula(text: str, sentence: str = "") -> str:
    """``text`` (one cut headline) without its main clause's "is" or "are" where the rest reads as a
    predicate without it; a word the ``sentence`` gave an article is a noun, whatever else it may be ("is a
    narrative that revolves around ...": "case against Microsoft narrative" would read as one name)."""
    if " is " not in text and " are " not in text:
        return text  # (the quick test: most lines have none)
    tokens = text.split()
    k = next((i for i in range(1, len(tokens) - 1) if tokens[i] in _COPULAS), None)
    if (
        k is None
        or tokens[k - 1].lower() in _NO_SUBJECT
        or tokens[k - 1][-1] in ",;:"
        or main_verb(tokens) != k
    ):
        return text
    rest = tokens[k + 1 :]
    if any(t in _COPULAS and not ensured_before(" ".join(tokens[: k + 1 + j]) + " ", in_subject=False)
           or t == "and" and is_tensed(u) for j, (t, u) in enumerate(zip(rest, rest[1:]))):
        return text  # "Song is straightforward and carries ...": the predicate goes on with its own verb
    following = tokens[k + 1]
    after = tokens[k + 2].lower().strip(",;:.!?") if k + 2 < len(tokens) else ""
    if following == "being" and after and participle_of(after) and _RELATIVES.isdisjoint(tokens[:k]):
        return " ".join(tokens[:k] + tokens[k + 2 :])  # "is being sued" -> "sued"
    # (The noun ends the line or its phrase: "is narrative | that revolves"; not "is latest wake-up call".)
    if _predicate(following.lower().strip(",;:"), after) and not (
            (not after or after in _AFTER_A_NOUN) and _given_an_article(following, sentence)):
        return " ".join(tokens[:k] + tokens[k + 1 :])
    third = tokens[k + 3].lower().strip(",;:") if k + 3 < len(tokens) else ""
    if following.lower() in _DEGREES and after and not participle_of(after) and _predicate(after, third):
        return " ".join(tokens[:k] + tokens[k + 1 :])  # "is almost certain to" -> "almost certain to"
    return text


def _given_an_article(word: str, sentence: str) -> bool:
    """Whether the ``sentence`` writes ``word`` after a copula and an article ("is a narrative")."""
    bare = word.lower().strip(",;:.")
    pattern = rf"\b(?:is|are|was|were) (?:a|an|the) {re.escape(bare)}\b"
    return bool(bare) and re.search(pattern, sentence.lower()) is not None


def drop_past_copula(text: str, sentence: str) -> str:
    """``text`` without its main clause's "was" or "were" where the present's copula would go (as
    headlines tell news in the present: "Thousands of civil servants were on strike across Wales" ->
    "Thousands of civil servants on strike across Wales"), and the ``sentence`` does not date it in
    the past; ``text`` itself otherwise (a past that keeps its verb stays: "was key player")."""
    if " was " not in text and " were " not in text:
        return text  # (the quick test)
    tokens = text.split()
    k = next((i for i in range(1, len(tokens) - 1) if tokens[i] in _PAST_COPULAS), None)
    if k is None or tokens[k + 1] in ("there", "here") or told_in_the_past(text, sentence):
        return text  # ("reign was there": a place the reader cannot see without its verb)
    if any(t[-1] in ",;:" or t[0] in _QUOTES or t.lower() in SAYING for t in tokens[:k]):
        # a subject after an aside, an opening or a quotation mark ("See, this Halloween was", '"We were'),
        # or a reported clause's ("Police say victim was in car")
        return text
    if _runs_on_to_a_noun(tokens[k + 1 :]) or k + 2 == len(tokens) and tokens[k + 1].endswith("est"):
        # an adjective a list goes on from to a noun ("was rare and shocking reminder", "was bossy,
        # interfering government"), or a superlative alone ("were latest")
        return text
    present = " ".join(tokens[:k] + [_PAST_COPULAS[tokens[k]]] + tokens[k + 1 :])
    dropped = drop_copula(present, sentence)
    return dropped if dropped != present else text


def _runs_on_to_a_noun(predicate: list[str]) -> bool:
    """Whether the predicate's first words join an adjective to another that a noun follows ("rare and
    shocking reminder", "bossy, interfering government"; not "too strong and Hill decamped")."""
    join = next((j for j, t in enumerate(predicate[:_JOIN_REACH]) if t in _JOINS or t[-1] == ","), None)
    if join is None:
        return False
    adjective, noun = (predicate[join + 1 : join + 3] + ["", ""])[:2]
    described = may_be_adjective(adjective) or adjective.endswith("ing")
    return adjective.islower() and noun.islower() and described and is_noun(noun.strip(",;:.!?"))


_JOIN_REACH = 3  # words of the predicate searched for the join
_JOINS = frozenset({"and", "or"})
_PAST_COPULAS = {"was": "is", "were": "are"}
_QUOTES = "\"'“‘"


def _predicate(word: str, after: str) -> bool:
    """Whether ``word`` (and ``after`` it) reads as a predicate without the copula."""
    if not word.isalpha() or word.endswith("ing") or word in _COUNTS:
        return False  # "is damaging way", "is one of six things"
    if after == "of" and may_be_noun(word):
        return False  # "is part of programme", "is subject of speculation"
    if word in _PREDICATE_PREPOSITIONS:
        return True
    if participle_of(word):
        return False  # a passive headlinese kept ("is used to controlling games", "is headed home")
    if is_adverb(word):
        return False  # "is urgently asking": an adverb before a progressive
    # An adjective the line does not go on from to a noun phrase ("ready to", "confident he", "over
    # after"; not "is best chance", "is powerful military leader").
    return (
        may_be_adjective(word)
        and not is_noun(word)
        and not (after and after not in _PHRASE_OPENERS and (may_be_noun(after) or may_be_adjective(after)))
    )


# Words that open a phrase or a clause after a predicate's adjective, whatever else the tables say they may be
# ("livid | after side denied two tries").
_PHRASE_OPENERS = frozenset("after before over about since until because while".split())
