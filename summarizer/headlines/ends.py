"""Whether a line cut by :func:`.cut.fit` may end on its last word (English, mostly).

Not on a function word, a contracted "it's", a part cut from its whole ("one | of"), a possessive
without its noun, an adverb between an auxiliary and its verb, an adjective cut from its noun or a
participle from its agent (:func:`dangles`); but on an object pronoun or a verb's particle that closes
its clause ("make it", "moves on,": :func:`closes`), and a cut line takes back the object pronoun it left
after its last verb (:func:`object_left`). The other tests read a line's verbs: a tensed verb
among the words (:func:`has_verb`), a line that ends on its subject's verb (:func:`verb_ends`), a
plural's present before its figure (:func:`counts`), a word of saying that is a noun
(:func:`noun_of_saying`), a word of a name (:func:`in_name`).
"""

from __future__ import annotations


from ..language import words
from .closing import ADVERB_PARTICLES, OBJECTS as _OBJECTS, PARTICLE_FOLLOWERS, REFLEXIVES as _REFLEXIVES
from .closing import RELATIVES, dangling, ends_possessive
from .trim import NAME_PARTICLES as _NAME_PARTICLES, PEOPLES
from .headlinese import is_capital
from .subject import AUXILIARIES, tensed_at
from .wordforms import (
    before_apostrophe, is_adverb, is_modifier, is_noun, is_plural_noun, is_tensed, is_verb, may_be_verb,
    participle_of, verb_lemmas,
)

__all__ = ["closes", "object_left", "noun_of_saying", "verb_ends", "counts", "has_verb", "in_name", "dangles",
           "SAYING",
           "SUBJECTS", "VERB_WORDS", "surrender_at"]

# Words that name a part of what follows them ("one of", "series of"): cut from it, they say nothing.
_PARTITIVES = frozenset("one some many most each part kind number series couple lot range handful".split())
_PART_OF = frozenset("of in at on for with from among".split())  # not "by two to one"
_LINKING = frozenset("become becomes became seem seems seemed".split())  # (verbs that want a complement)
_LINKED_BEFORE = frozenset("what whatever than as so".split())  # its complement came first
_CONTRACTED = frozenset("it he she they we i you there that what who".split())
#: Words before a verb of saying that make it a verb, not a noun ("officials claim").
SUBJECTS = frozenset("not never he she it they we i you".split())
#: Auxiliaries and modals: a cut before them would part a subject from its verb.
VERB_WORDS = AUXILIARIES | {"be", "been", "being", "do"}


def closes(tokens: list[str], whole: bool, after: str = "") -> bool:
    """Whether the line's last word, which no cut line ends on, closes its clause here (the sentence's
    end when ``whole``, or a comma): an object pronoun ("knew his son wasn't going to make it"; at the
    sentence's end a verb's "that" too, "never said that") or a verb's particle ("Fury of Cyclone Pam
    moves on, | but ..."), or at the sentence's end the preposition of a clause a question word opens
    ("what fuss is about"; before another clause too: "who he will be shouting for | if ..."; not before
    "when", which may be its object: "final say on | when ..."); not "told him | that ...". A particle
    that another preposition follows (``after``, the next word) closes its phrase too ("facing the issue
    head on | during ...", "kept the pressure on | with"), and so does a surrender's anywhere ("turns himself
    in | to police")."""
    last = tokens[-1]
    before = tokens[-2] if len(tokens) > 1 else ""
    if surrender_at(tokens, len(tokens) - 1):
        return True  # "turns himself in | to police"
    if _contact_relative(tokens, after):
        return True  # "first dogs everyone thinks of | when ...": a relative clause's preposition
    if after in PARTICLE_FOLLOWERS and last in ADVERB_PARTICLES and before.isalpha() and not (
            last == "along" and after == "with"):  # (a preposition of two words: "in Peshawar along with")
        return True
    if (after in _NEXT_CLAUSE and after != "when" and last in _STRANDED and before.isalpha()
            and before.islower()
            and not _WH.isdisjoint(t.lower() for t in tokens[-_WH_REACH:-1])):
        return True  # "no doubts who he will be shouting for | if ...": the same, before another clause
    if not (whole or last[-1] in ",;:") or not before.isalpha() or not before.islower():
        return False
    word = last.strip(",;:").lower()
    if whole and word in _STRANDED and not _WH.isdisjoint(t.lower() for t in tokens[-_WH_REACH:-1]):
        return True  # "does not understand what fuss is about": a question word's preposition, at the end
    # (a base form after a modal or "to" too: "Plan would go ahead", "Plan to go ahead")
    base = len(tokens) > 2 and tokens[-3].lower() in _BEFORE_A_BASE
    verb = may_be_verb(before) and (is_tensed(before) or before.endswith("ing") or base) and (
        before not in VERB_WORDS)
    # (not "home from work | on")
    pointer = whole and word in _POINTERS and not is_plural_noun(before)  # (not "the powers that | be")
    if whole and word in _TURNED and len(tokens) > 2 and is_noun(before) and "turn" in verb_lemmas(
            tokens[-3].lower()):
        return True  # ... and a turn's after its object, at the sentence's end ("turning career around")
    return word in _OBJECTS or (word in ADVERB_PARTICLES or pointer) and verb


_POINTERS = frozenset({"that", "this"})  # pronouns a verb may end its sentence on
_TURNED = frozenset({"around", "round"})  # a turn's particle ("turns season around")


def object_left(line: str, text: str) -> str:
    """The ``line`` with the object pronoun its last verb's cut left in the ``text`` ("only way to save |
    it as it had run out of cash" -> "only way to save it"), where what follows the pronoun opens a
    phrase or a clause of its own or nothing does; else the line as it is (not "to help | it battle",
    "to make | it easier": the pronoun's own verb or complement follows, the point; nor a particle of the
    verb's own: "to take it over", "to hand it in")."""
    tokens = line.split()
    if len(tokens) < 3 or tokens[-2] != "to" or not may_be_verb(tokens[-1]):
        return line
    written = text.split()
    rest = written[len(tokens) :]
    if not rest or written[len(tokens) - 1] != tokens[-1]:
        return line  # (the text reworded before the cut: the line is not its prefix)
    word = rest[0].rstrip(",;:.!")
    after = rest[1].lower() if len(rest) > 1 and word == rest[0] else ""
    if word not in _OBJECTS or after in ADVERB_PARTICLES and after not in _OBJECT_CLOSERS or after and not (
            after in PARTICLE_FOLLOWERS or after in _NEXT_CLAUSE or after in _OBJECT_CLOSERS):
        return line
    return f"{line} {word}"


_OBJECT_CLOSERS = frozenset("by as somewhere".split())  # (after an infinitive's object: "to rent it | by")


def _contact_relative(tokens: list[str], after: str) -> bool:
    """Whether the line ends on the preposition of a relative clause with no pronoun of its own, before
    another clause opens (``after``): a noun, the clause's subject (a pronoun or a name), its verb with a
    tense, the preposition ("may not be first dogs everyone thinks of | when it comes to ...")."""
    if len(tokens) < 4 or after not in _NEXT_CLAUSE:
        return False
    head, subject, verb, last = tokens[-4:]
    return (last in _STRANDED and verb.islower() and is_tensed(verb) and head.islower() and head not in _WH
            and is_noun(head) and (subject.lower() in _RELATIVE_SUBJECTS or is_capital(subject[:1])))


# What a base form follows ("would go | ahead", "to step | in").
_BEFORE_A_BASE = frozenset("to will would could should can may might must".split())
_NEXT_CLAUSE = frozenset("when if because while before after until".split())  # (not "as": "refers to | as")
_RELATIVE_SUBJECTS = frozenset("everyone anyone someone nobody people he she they we you i".split())


def surrender_at(tokens: list[str], k: int) -> bool:
    """Whether ``tokens[k]`` is the particle that a surrender's reflexive object wants ("turned himself
    in", "gave themselves up")."""
    return k > 1 and tokens[k - 1].lower() in _REFLEXIVES and any(
        _SURRENDERS.get(v) == tokens[k].lower().rstrip(",;:.") for v in verb_lemmas(tokens[k - 2].lower()))


_SURRENDERS = {"turn": "in", "hand": "in", "give": "up"}  # a verb, the particle its reflexive object wants

# Prepositions a clause that a question word opens may end on ("what the fuss is about", "where he came
# from"), within a few words of that word.
_STRANDED = frozenset("about for from with of to on in at into".split())
_WH = frozenset("what where who whom which".split())
_WH_REACH = 6

_SAY = frozenset("say says said".split())
# Words that open the speaker after an inverted "say" ("..., say those behind the talks").
_SPEAKER_OPENINGS = frozenset("the those a an its his her their".split())

#: Verbs of saying, telling and knowing: what follows them is what is said.
SAYING = frozenset(
    "say says said tell tells told reveal reveals revealed admit admits admitted warn warns warned claim "
    "claims claimed insist insists insisted suggest suggests suggested believe believes believed think "
    "thinks thought know knows knew announce announces announced confirm confirms confirmed deny denies "
    "denied explain explains explained argue argues argued mean means meant find finds found".split()
)


def noun_of_saying(tokens: list[str], k: int) -> bool:
    """Whether ``tokens[k]``, a word of saying that may be a noun ("claim", "thought"), is one: after a
    lower-case modifier that is no subject, auxiliary or adverb ("back-tax claim"; not "officials claim")."""
    if k < 1 or not is_noun(tokens[k]):
        return False
    before = tokens[k - 1]
    return (before.islower() and before[-1:] != "s" and before.lower() not in SUBJECTS
            and before.lower() not in dangling("english") and not is_adverb(before))


def _reduced_participle(tokens: list[str], stop: frozenset[str]) -> bool:
    """Whether the line ends on a participle after a noun, where a verb with a tense came before:
    "measures devised", not the headline's own passive ("ban ... condemned", "will not be punished")."""
    last, before = tokens[-1], tokens[-2] if len(tokens) > 1 else ""
    if not (is_verb(last) and participle_of(last)) or before.lower() in stop or not before.isalpha():
        return False
    return has_verb(tokens[1:-1])


def verb_ends(tokens: list[str]) -> bool:
    """Whether the line ends on its subject's verb: a word with a tense right after a name or a noun
    ("... at motel in Baton Rouge dies"), which a cut within the budget would leave a subject alone."""
    last, before = tokens[-1], tokens[-2]
    if any(t[-1] in ",;:" for t in tokens[-4:-1]):
        return False  # "..., research suggests": an attribution after the news, not its verb
    after_subject = before[-1:].isalpha() and (is_capital(before[:1]) or is_noun(before))
    return last.islower() and is_tensed(last) and after_subject


def counts(tokens: list[str], k: int) -> bool:
    """Whether ``tokens[k]`` is a plural's present before the figure it moves by ("Shares in Google
    fall | 6.7%"): headlinese makes it of a perfect, and a base form after a noun is seldom a verb."""
    return k + 1 < len(tokens) and tokens[k + 1][:1].isdigit() and tensed_at(tokens, k)


def has_verb(tokens: list[str]) -> bool:
    """Whether a verb with a tense stands among ``tokens`` ("dismisses", "will"; not "exports")."""
    return any(t.islower() and is_verb(t) and is_tensed(t) for t in tokens)


def in_name(token: str) -> bool:
    """A word of a name: capitalised, or a particle inside one ("Giedo van der Garde")."""
    return is_capital(token[:1]) or token in _NAME_PARTICLES


def _apposed(tokens: list[str]) -> bool:
    """Whether the line's last word is a noun in apposition after a comma: a noun with no tense after a
    name or a noun ("with Wales, match"), not a list's or two adjectives' ("difficult, yet compassionate,
    conversations") nor a date's ("April 15, 2013, bombings"), nor a verb ("..., calls that")."""
    bare, before = tokens[-1], tokens[-2].rstrip(",")
    return (bare.islower() and is_noun(bare) and not is_tensed(bare) and before.isalpha()
            and before not in PEOPLES  # ("annoyed Scottish, and in particular Welsh, cousins")
            and (is_capital(before[:1]) or is_noun(before.lower()) and not is_modifier(before.lower())))


def dangles(
    tokens: list[str], stop: frozenset[str], english: bool, cut_from_noun: bool, after: str = ""
) -> bool:
    """Whether a line cannot end on its last token: a function word, an adverb between an auxiliary
    and its verb ("have reportedly"), or an adjective cut from its noun ("Dollar hits highest"; cut at
    a boundary, as in "may not be suitable", it is a predicate); ``after`` is the word after the line."""
    bare = tokens[-1].strip(",;:.-—–")
    if len(bare) > 1 and bare.isupper():
        return False  # an acronym is a name: "US", "IT"
    if bare == "May" and len(tokens) > 1 and english:
        return False  # inside a sentence, the month or a name ("since last May", "Theresa May"), no modal
    low = bare.lower()  # (lowercased once for the tests below)
    if not words(bare) or low in stop and not (english and closes(tokens, False, after)):
        return True
    if ("'" in bare or "’" in bare) and before_apostrophe(low) in _CONTRACTED:
        return True  # "it's", "they're": a subject and its verb, cut from what they say
    if english and low in _PARTITIVES and len(tokens) > 1 and tokens[-2].lower() in _PART_OF:
        return True  # "return to scene of one | of their failures": a part of what was cut
    if not english:
        return False
    if ends_possessive(bare) and len(tokens) > 1:
        return True  # a possessive wants its noun: "headquarters of one of country's"
    if bare == "even" and len(tokens) > 1 and is_noun(tokens[-2].strip(",;:")):
        return True  # "will not quit as coach even | if ...": the adverb of a clause cut away
    if len(tokens) > 1 and tokens[-2][-1] == "," and bare.endswith("ing"):
        return True  # "..., saying": the clause it opens is gone
    if after in RELATIVES and len(tokens) > 1 and tokens[-2][-1] == "," and _apposed(tokens):
        return True  # "clash with Wales, match | that Gatland ...": an apposition's noun without its clause
    if low in _SAY and after in _SPEAKER_OPENINGS and len(tokens) > 1 and tokens[-2][-1:].isalpha():
        return True  # "... making good progress say | those behind the talks": the speaker was cut
    if low in _LINKING and after[:1].isalnum() and _LINKED_BEFORE.isdisjoint(
            t.lower() for t in tokens[-5:-1]) and not (len(tokens) > 1 and tokens[-2].lower() in _CONTRACTED):
        return True  # "Senate race ... becomes | one of most tensely watched campaigns": its complement went
    after_auxiliary = len(tokens) > 1 and tokens[-2].lower() in VERB_WORDS
    # Cut inside a phrase, a participle lost its agent or complement ("measures devised | by").
    stranded = cut_from_noun and (is_modifier(bare) or _reduced_participle(tokens, stop))
    return (after_auxiliary and is_adverb(bare)) or stranded
