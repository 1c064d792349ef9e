"""A subject whose main verb the word budget would cut, shortened as a sub-editor does (English).

A line whose subject runs past the budget is a subject alone ("Plans to create US soap based", "Two
senior officials at one of China's top commercial banks"). A sub-editor keeps the subject's head and
the words before its first post-modifier that still leave room for the verb and the start of its
object, and drops the post-modifier: a participle's phrase ("soap | based on BBC's EastEnders"), a
prepositional phrase ("officials | at one of China's banks"), an -ing phrase ("witnesses | giving
evidence"). "Plans to create US soap based on BBC's EastEnders have reportedly been drawn up by Fox TV
network" -> "Plans to create US soap have reportedly been drawn up by Fox TV network".

The main verb is found without a parse, only where the form leaves no doubt (:mod:`.mainverb`).
:func:`summarizer.headlines.cut.fit` calls :func:`shorten` before it cuts, after :func:`spare`, which
drops what a long line can do without ("next month's" before a name, a "that" before a pronoun, also after
a told object, a descriptor of five words or more before the subject's name), and :func:`make_room`, what
goes first for a line cut before its point. A main passive whose auxiliary headlinese dropped ("... has
been | released on police bail") is found in the sentence by :func:`passive_verb`, for :func:`shorten`. A
line whose own verb is one of saying before "that" gets the same shortening of the reported clause's
subject ("Netanyahu claimed that ongoing talks | about Iran's nuclear program would all but guarantee
...").
"""

from __future__ import annotations

import re

from .closing import BE_FORMS, PARTICLES as _PARTICLES, TOLD_SUBJECTS as _TOLD_SUBJECTS, dangling, told
from .naming import DESCRIPTION_HEADS
from .mainverb import (AFTER_PARTICIPLE as _AFTER_PARTICIPLE, SHOWN as _SHOWN, function_words as _function_words,
                       main_auxiliary, no_subject as _no_subject)
# The auxiliaries and modals that open a verb group; the heads that say nothing without their "of".
from .openings import STATES as _STATES
from .subject import AUXILIARIES as _AUXILIARIES, PARTS as _PARTS, PLURAL_COUNTS
from .trim import NAME_PARTICLES
from .wordforms import before_apostrophe, is_adverb, is_modifier, is_noun, is_tensed, is_verb, may_be_noun
from .wordforms import may_be_verb
from .wordforms import participle_of, surely_tensed

__all__ = ["drop_descriptor", "drop_descriptors", "make_room", "passive_verb", "shorten", "spare"]

# Where a post-modifier opens after the subject's head: a preposition (not "of": "number | of people",
# "headquarters | of party" lose what the head is).
_POST_PREPOSITIONS = frozenset("at in from with for on behind over near under across about".split())
_DESCRIPTOR = 6  # words of a descriptor before its name at most ("South Africa biggest retail bank Absa")
# Words of a descriptor at least: a shorter one ("Wales coach", "Former One Direction member") tells who
# the name is, which the line needs more than the end of its predicate.
_DESCRIBES = 5
_DESCRIBES_AT_LEAST = 2  # ... but a line that would lose its point for it does without one of two words
_WITHIN = re.compile(r" within (?:(?:a|an|\d+|two|three|four|six) )?(?:hours?|days?|weeks?|months?|years?)\b")
# Lower-case words inside a person's name ("Ruud van Nistelrooy", "Giedo van der Garde").
_NAME_WORDS = 3
_GROUP_WORDS = frozenset("be been being not never now still already also".split())  # "is now being called"
_ALL_BUT = ["all", "but"]  # an adverb of two words: "would all but guarantee"
_PURPOSE_AFTER = 4  # words a subject keeps before an infinitive that may go (not "Plans | to create")
# Participles whose passive wants its complement: "called recovery mission".
# (Not "named": "will be named | this week" is news whole.)
_NAMING = frozenset("called dubbed labelled labeled branded deemed".split())
_COMPLEMENTS = frozenset("to by as".split())  # ... not before these, which open what the verb wants


def shorten(tokens: list[str], max_words: int, overrun: int = 0,
            passive: str = "") -> tuple[list[str], int] | None:
    """``tokens`` with the subject's post-modifier dropped so that the main verb and the start of its
    predicate fit in ``max_words`` (``overrun`` more when that keeps a longer subject), and the number
    of words the line keeps at least (subject, verb and the start of its predicate); None when they
    fit already, or when no cut is safe. ``passive``: the main verb's participle, where the sentence had
    it after an auxiliary that headlinese dropped (:func:`passive_verb`)."""
    if len(tokens) <= max_words:
        return None
    verb = main_auxiliary(tokens)
    hinted = verb is None and bool(passive)
    if hinted:
        verb = next((k for k in range(2, len(tokens)) if tokens[k].rstrip(",;:") == passive), None)
    # (A passive found in the sentence before the budget's end only keeps its line whole, below: the cut
    # keeps the line's own words better than a subject shortened for it.)
    early = hinted and verb is not None and verb < max_words
    if verb is None:
        return _shorten_reported(tokens, max_words, overrun)
    if tokens[verb].lower() in _AUXILIARIES:
        group = _verb_group_end(tokens, verb + 1)
        # A passive's participle needs nothing after it ("will be released"); another verb its object.
        last = tokens[group - 1]
        passive = (group - verb > 1 and participle_of(last) is not None
                   and not BE_FORMS.isdisjoint(tokens[verb : group - 1]))
        # ... but for the place it goes to ("will be returned | to UK").
        passive = passive and tokens[group : group + 1] != ["to"]
        # ... and a naming verb's passive for its name ("is now being called | recovery mission").
        passive = passive and last not in _NAMING
        shown = group - verb + (0 if passive else min(len(tokens) - group, _SHOWN - 1))
    elif verb + 1 < len(tokens) and tokens[verb + 1].lower() == "by":
        shown = len(tokens) - verb  # a headline's passive and its agent, whole
    elif tokens[verb][-1] == ",":
        shown = 1  # a headline's passive that a comma closes ("indicted, charged with ...")
    elif tokens[verb + 1 : verb + 2] and tokens[verb + 1] in _AFTER_PARTICIPLE - _COMPLEMENTS:
        shown = 1  # a verb before its preposition may end the line ("search ... expands | into manhunt")
    else:
        shown = min(len(tokens) - verb, _SHOWN)  # "plans to sue"
    if verb + shown <= max_words:
        return None  # the verb and the start of its object fit as they are
    if verb + shown <= max_words + overrun and _closes(tokens[verb + shown - 1]):
        return tokens, verb + shown  # the whole subject fits with the overrun
    if early:
        return None
    ends = [p for p in range(1, min(verb, max_words + overrun - shown + 1)) if _head_ends(tokens, p, verb)]
    if not ends:
        return None
    end = ends[-1]
    if hinted:
        # A subject's own participle before the passive's would read as its verb ("man arrested in
        # connection | released on bail"): the subject ends before it.
        end = next((p for p in ends if participle_of(tokens[p].lower()) is not None), end)
    return tokens[:end] + tokens[verb:], end + shown


def passive_verb(sentence: str) -> str:
    """The participle of the sentence's main passive ("An 18-year-old man arrested in connection with a
    street attack ... has been | released on police bail"), found where its auxiliary leaves no doubt;
    headlinese drops the auxiliary, and the line then reads the subject's own participle ("arrested") as
    its verb. Empty without one."""
    tokens = sentence.split(maxsplit=_PASSIVE_REACH)[:_PASSIVE_REACH]
    first = before_apostrophe(tokens[0].lstrip(_OPENING_MARKS).lower()) if tokens else ""
    if not first or first in _no_subject() and first not in ("a", "an", "the"):
        return ""  # "After the man was arrested, ...": the subject does not open the sentence
    at = next((k for k in range(len(tokens)) if k >= _PASSIVE_FROM and tokens[k] in _PASSIVE_AUXILIARIES
               or tokens[k][-1] in ",;:"), None)
    if at is None or tokens[at] not in _PASSIVE_AUXILIARIES:
        return ""  # none, or a comma first: an aside or a clause leaves it in doubt
    # Only the subject before it: no clause of its own ("and", "after he", a verb with a tense that is no
    # participle), and no relative clause still without its verb ("which left a fan ill | has been
    # released" has one).
    relative = None
    for k in range(1, at):
        word = tokens[k].lower()
        if word in _RELATIVE_WORDS:
            relative = k
        elif word in _BREAKS and not (word == "and" and _joins_nouns(tokens, k)) or (
                relative is None and _verb_of_its_own(tokens, k)):
            return ""
    if relative is not None and not any(is_tensed(t) for t in tokens[relative + 1 : at]):
        return ""
    k = at + 1
    while k < len(tokens) and (tokens[k] in ("been", "being") or is_adverb(tokens[k])):
        k += 1
    word = tokens[k].rstrip(",;:.") if k < len(tokens) else ""
    perfect = tokens[at].startswith("ha") and "been" not in tokens[at + 1 : k]  # "has released": active
    return word if not perfect and word.islower() and participle_of(word) is not None else ""


def _joins_nouns(tokens: list[str], k: int) -> bool:
    """Whether the "and" at ``k`` joins two nouns of the subject ("Barack Obama | and 19 other world
    leaders"): a name or a noun before it, a count, a capital or an article after it."""
    following = tokens[k + 1] if k + 1 < len(tokens) else ""
    return tokens[k - 1][-1:].isalpha() and (following[:1].isdigit() or following[:1].isupper() and (
        following not in ("He", "She", "They", "It", "I", "We", "You")) or following.lower() in _DETERMINERS)


def _verb_of_its_own(tokens: list[str], k: int) -> bool:
    """Whether ``tokens[k]``, before the auxiliary, is the sentence's own verb: a verb with a tense
    ("Tories say ministers must ...") or a past after a noun or a name that no preposition follows ("MP
    Michael Mates joined calls"); not a reduced relative ("man arrested in connection with"), an
    adjective ("mummified monk"), an infinitive ("campaign to bump up") or an -ing form ("video purporting
    to show")."""
    word, before = tokens[k].lower(), tokens[k - 1]
    if not word.isalpha() or before == "to" or is_noun(word) or word.endswith("ing"):
        return False
    if before.lower() in _DETERMINERS or before.lower() in _PREPOSITIONS_BEFORE:
        return False  # after a determiner, a noun ("A video"); after a preposition, its object's ("at last")
    if participle_of(word) is None:
        return is_tensed(word) or may_be_verb(word)
    following = tokens[k + 1].lower() if k + 1 < len(tokens) else ""
    return following not in _AFTER_PARTICIPLE and (before[:1].isupper() or is_noun(before.lower()))


_PASSIVE_AUXILIARIES = frozenset("has have had was were".split())  # ... before "been": "has been released"
_OPENING_MARKS = "\"'“‘("  # before a sentence's first word
_PASSIVE_FROM, _PASSIVE_REACH = 3, 30  # words of the sentence where its main auxiliary is looked for
_RELATIVE_WORDS = frozenset({"who", "which", "that", "whose"})
_PREPOSITIONS_BEFORE = _POST_PREPOSITIONS | frozenset("of by after before during".split())
_DETERMINERS = frozenset("a an the his her their its".split())
_BREAKS = frozenset(
    "and but or nor after before when while because as if than since until where how why what whether so "
    "he she they it i we you there".split())


def _closes(word: str) -> bool:
    """Whether the line may end on ``word``, its predicate's last word kept: not a function word, an
    adjective or a degree cut from what it measures ("will prove far too | costly")."""
    word = word.lower()
    return word not in dangling("english") and word not in _DEGREES and not is_modifier(word)


_DEGREES = frozenset("too so very far more less much".split())


def _shorten_reported(tokens: list[str], max_words: int, overrun: int) -> tuple[list[str], int] | None:
    """A reported clause whose own subject runs past the budget, shortened as :func:`shorten` does the
    line's: "Netanyahu claimed that ongoing talks | about Iran's nuclear program would all but
    guarantee ..." -> "Netanyahu claimed that ongoing talks would all but guarantee ..."."""
    at = next((k for k in range(1, min(len(tokens), max_words) - 1) if tokens[k] == "that"
               or tokens[k + 1][:1].isupper() and tokens[k].lower() in _BELIEVES), None)  # (the cheap test first)
    if at is None or tokens[at] == "that" and not (is_tensed(tokens[at - 1]) and is_verb(tokens[at - 1])):
        return None  # no "that" after a verb with a tense ("noted that", "claimed that")
    rest = shorten(tokens[at + 1 :], max_words - at - 1, overrun)
    if rest is None or main_auxiliary(tokens[at + 1 :]) is None:
        return None
    return tokens[: at + 1] + rest[0], at + 1 + rest[1]


# Verbs of saying or belief whose clause may follow without "that" ("Terry believes Chelsea's win ... could
# be").
_BELIEVES = frozenset(
    "believes believed thinks thought feels felt says said insists insisted claims claimed".split())


def _verb_group_end(tokens: list[str], k: int) -> int:
    """Where the verb group that the auxiliary opens ends: adverbs, "be", "been", then the verb
    itself ("have | reportedly been drawn | up")."""
    while k < len(tokens) and (is_adverb(tokens[k]) or tokens[k] in _GROUP_WORDS
                               or tokens[k : k + 2] == _ALL_BUT):
        k += 2 if tokens[k] == "all" else 1
    verb = tokens[k] if k < len(tokens) else ""
    if verb.islower() and may_be_verb(verb) and verb not in dangling("english"):
        k += 1
        if k < len(tokens) and tokens[k] in _PARTICLES:
            k += 1  # a phrasal verb's particle: "drawn | up"
    return k


def _head_ends(tokens: list[str], p: int, verb: int) -> bool:
    """Whether the subject may end before ``tokens[p]``: a noun or a name ends it ("soap", not "one",
    "top" nor "to"), and a post-modifier opens there: a preposition, a participle's phrase or an -ing
    phrase ("witnesses | giving evidence")."""
    last, word = tokens[p - 1], tokens[p].lower()
    bare = last.lower().rstrip(",")
    if not bare.replace("-", "").replace("'", "").replace("’", "").isalpha():
        return False
    if bare in _PARTS or bare in dangling("english") or is_modifier(bare) or _POSSESSIVE_END.search(bare):
        return False  # "one | of", "top", "China's": no head
    if not (last[:1].isupper() or is_noun(bare)):
        return False  # a lower-case head is a noun ("soap"; not "footballing")
    if tokens[p - 2].lower() == "to" if p > 1 else False:
        if is_verb(bare) or not is_noun(bare):
            return False  # "to reduce | ...": an infinitive cut from its object
    if word in _POST_PREPOSITIONS:
        return True
    following = tokens[p + 1].lower() if p + 1 < verb else ""
    if word == "to" and p >= _PURPOSE_AFTER and following.isalpha() and may_be_verb(following):
        return True  # a purpose clause late in the subject: "scheme to raise $60 million | to purchase jet"
    participle = participle_of(word) is not None and following in _AFTER_PARTICIPLE
    # An -ing phrase after a plural or a name ("witnesses | giving evidence"); not a compound's
    # ("pub opening times", "diaper changing tables").
    gerund = word.endswith("ing") and may_be_verb(word) and not is_noun(word) and tokens[p].islower()
    # ... or before its preposition after any noun ("artist | missing in", "man | living in").
    opens = bare.endswith("s") or last[:1].isupper() or following in _AFTER_PARTICIPLE
    return participle or gerund and opens


_POSSESSIVE_END = re.compile(r"['’]s?$")
# A time before a name's possessive ("next month's World Cross Country Championships"): a headline does
# without it when it stands in the second half of a long line.
_TIME_POSSESSIVE = re.compile(r"\b(?:next|last|this) (?:week|month|year|season|weekend)['’]s (?=[A-Z])")
# "that" between a verb and a clause's subject pronoun ("indicates that she would"): headlinese drops it.
_THAT_CLAUSE = re.compile(r"\b([a-z]+) that (?=(?:he|she|they|it|we) )")


# An aside between commas that a participle opens, perhaps after its adverb, before the subject's verb
# ("Exorcist: The Beginning, dropped by producers over claims it was not scary enough, to have world
# premiere"; "Debra Hill, best known for her work on ... Halloween, dies"): the line reads whole without it.
_PARTICIPLE_ASIDE = re.compile(
    r", (?:(?:best|better|also|widely|well|most|long|once|formerly|previously) )?"
    # (its preposition, or a word or two of its object before "by": ", considered a terrorist by Turkey,")
    r"([a-z]+) (?:(?:by|in|at|on|for|from|over|with|after|during|as|since) |(?:[a-z-]+ ){1,2}(?=by ))"
    r"[^,;:]+, (?=([a-z]+))"
)
# A US state after its city ("motel in Baton Rouge, Louisiana, dies"), before a lower-case word that
# opens no apposition or list ("Sanford, Florida, another community"; "and", "or").
_STATE_ASIDE = re.compile(
    rf"\b([A-Z][a-z]+), (?:{_STATES}), (?!(?:and|or|but|another|a|an|the|one|which|who|where) )(?=[a-z])"
)
# Its quick test: a state between commas (a literal ", " first, which the engine scans for fast).
_STATE_NAMED = re.compile(rf", (?:{_STATES}), ")


def _drop_participle_aside(match: re.Match) -> str:
    after = match[2]
    verb_follows = after == "to" or (is_tensed(after) and after not in _JOINING)
    return " " if verb_follows and participle_of(match[1]) is not None else match[0]


_JOINING = frozenset("and or but then".split())  # after an aside's comma: a list's join, no verb
# A "with" phrase between the subject's commas ("Republicans, with nothing in arsenal to use against
# Clinton, | selectively leak ..."), or one of a few other prepositions' ("daughter of late singer Whitney
# Houston, in medically induced coma after being found unresponsive, | moved to rehabilitation facility"),
# and the word or two after it; not a phrase of exception ("Everyone on board, with the exception of the
# captain, survived": without it the line says the opposite).
_WITH_ASIDE = re.compile(
    r"^(?P<subject>[^,;:]{1,40}), (?P<aside>(?P<preposition>with|in|at|after|amid|despite|under) "
    r"(?!(?:the )?exceptions?\b)[^,;:]+), (?=(?P<after>[a-z]+) (?P<then>[a-z]+))")
# ... but for "with", not an aside of a figure ("Death toll, at 150, expected to rise", "Smith, at 92 oldest
# person ever to climb ..."), an age ("Children, under age of five, should not"), nor a hedge ("Drivers, in
# some cases, may be allowed"): without it the line says more, or less, than the sentence.
_KEPT_ASIDE = re.compile(r"\d|\b(?:age|cases|circumstances|instances|part|theory|principle)\b|\b(?:"
                         + "|".join(PLURAL_COUNTS) + r"|one|eleven|twelve|dozens?|hundreds?|thousands?)\b")
# A subject of a quantity, whose "with" phrase may be its exception ("All 50 states, with Texas aside, ...").
_QUANTIFIERS = frozenset("all every everyone everybody everything no none nobody most each both".split())


def _drop_with_aside(match: re.Match) -> str:
    """The subject alone, where a verb with a tense follows its "with" phrase (an adverb in -ly may stand
    before it); the subject is no clause ("Stocks rallied on Wall Street, with ..., | led by ...") and no
    quantity."""
    subject, after, then = match["subject"], match["after"], match["then"]
    words = subject.split()
    if words[0].lower() in _QUANTIFIERS or any(
            w.islower() and surely_tensed(w) for w in words):
        return match[0]
    if match["preposition"] != "with" and _KEPT_ASIDE.search(match["aside"]):
        return match[0]
    if after.endswith("ly") and is_adverb(after):
        verb_follows = may_be_verb(then)  # "selectively leak": after an adverb, a verb
    else:
        verb_follows = surely_tensed(after) and after not in _JOINING and not (
            participle_of(after) is not None and then == "by")  # (not "..., led by technology shares")
    return f"{subject} " if verb_follows else match[0]


def spare(text: str, max_words: int) -> str:
    """``text`` without what a headline can spare when it is over ``max_words`` words: an aside
    between commas opened by a participle (or an adverb and its participle) before the subject's verb, a
    "with" phrase (or "in", "at", "after", ...) between the subject's commas before its verb,
    a US state after its city, a time's possessive before a name in the line's second half, a "that"
    before a clause's pronoun subject after a verb with a tense, a hedge between "been" and its
    participle ("been at least temporarily defused" -> "been defused"; not "been fatally shot"), a
    passive's agent's description before its name ("by Nigerian Islamist group Boko Haram" -> "by Boko
    Haram")."""
    # (Split at most ``max_words`` times: a text of more words gives ``max_words + 1`` parts, the last its
    # rest, so the test answers as a count of every word does, without a string for each.)
    if len(text.split(maxsplit=max_words)) <= max_words:
        return text
    # Each pattern only where the words it needs stand in the line (quick tests: most lines have none).
    text = _PARTICIPLE_ASIDE.sub(_drop_participle_aside, text)
    if ", " in text:
        text = _WITH_ASIDE.sub(_drop_with_aside, text, count=1)
    if _STATE_NAMED.search(text):
        text = _STATE_ASIDE.sub(r"\1 ", text)
    half = len(" ".join(text.split(maxsplit=max_words // 2)[: max_words // 2]))  # (the first words only)
    if "'s " in text or "’s " in text:
        text = text[:half] + _TIME_POSSESSIVE.sub("", text[half:])
    if " that " in text:
        text = _THAT_CLAUSE.sub(lambda m: f"{m[1]} " if is_verb(m[1]) and is_tensed(m[1]) else m[0], text)
        text = _drop_told_that(text)
    if "been " in text:
        text = _HEDGED.sub(_drop_hedge, text)
    if "by " in text:
        text = _AGENT_DESCRIBED.sub("by ", text)
    return _drop_descriptor(text)


# A passive's agent described before its name ("released by Nigerian Islamist group | Boko Haram"): the name
# alone tells who, in a line that needs the room.
_AGENT_DESCRIBED = re.compile(
    r"\bby (?:[A-Z][a-z]+ ){1,2}(?:group|firm|company|giant|militants|rebels|organisation|organization"
    r"|network|watchdog|regulator|body|agency|carrier|airline|bank|retailer|maker|club|side|band) "
    r"(?=[A-Z][\w'’-]*\b)(?!(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b)")
# Hedge adverbs between "been" and its participle ("appears to have been | at least temporarily | defused").
_HEDGED = re.compile(r"\bbeen ((?:at least |at most )?(?:[a-z]+ly ){1,2})(?=([a-z]+) )")


def _drop_hedge(match: re.Match) -> str:
    hedged = match[1].startswith(("at least ", "at most "))
    adverbs = match[1].replace("at least ", "").replace("at most ", "").split()
    # Only a hedge ("at least temporarily", "reportedly"), not what says how ("fatally shot", "falsely
    # accused").
    hedge = hedged or all(a in _HEDGES for a in adverbs)
    keep = not (hedge and all(is_adverb(a) for a in adverbs) and participle_of(match[2]) is not None)
    return match[0] if keep else "been "


_HEDGES = frozenset(
    "temporarily reportedly allegedly apparently initially formally officially largely partly".split()
)


def _drop_told_that(text: str) -> str:
    """``text`` without the "that" which opens what a verb of telling told its object, before the
    clause's pronoun subject ("told Mexican television network | that he expects ...", "tells pupils |
    that it is okay ..."): the clause stays, and room is made for it."""
    tokens = text.split()
    kept = [t for k, t in enumerate(tokens) if not (
        t == "that" and k + 1 < len(tokens) and tokens[k + 1] in _TOLD_SUBJECTS and told(tokens, k))]
    return " ".join(kept) if len(kept) < len(tokens) else text


def make_room(text: str) -> str:
    """``text`` without what a sub-editor drops first to keep a line's point within reach: a time
    within which ("will find out | within month | whether ..."), and the subject's descriptor even of
    two words ("Anti-racism organization | Kick It Out says ...")."""
    return drop_descriptor(_WITHIN.sub("", text, count=1))


def drop_descriptor(text: str) -> str:
    """``text`` without its subject's descriptor of two words or more (:func:`_drop_descriptor`), as a line
    over the readers' length does without it ("UK condom maker | SSL International refuses ...")."""
    return _drop_descriptor(text, _DESCRIBES_AT_LEAST)


def _drop_descriptor(text: str, least: int = _DESCRIBES) -> str:
    """``text`` without the descriptor before the name that is its subject ("South Africa biggest retail
    bank | Absa says it is still in talks with UK bank Barclays"): words with no function word nor
    verb, the last a noun, before a name of at most three words and its verb with a tense."""
    tokens = text.split(maxsplit=_DESCRIPTOR + _NAME_WORDS + 1)
    head = next((k for k in range(least, min(len(tokens), _DESCRIPTOR + 1)) if tokens[k][:1].isupper()
                 and tokens[k - 1].islower()), None)
    noun = tokens[head - 1] if head else ""
    if head is None or not is_noun(noun) or is_tensed(noun) or noun in NAME_PARTICLES:
        return text  # "retail bank | Absa"; not "Keane urges | United fans", "Ruud van | Nistelrooy"
    reach = range(head, min(len(tokens) - 1, head + _NAME_WORDS + 1))  # the verb after at most three
    end = next((k for k in reach if not tokens[k][:1].isupper()), None)
    if end is None or end == head or not (tokens[end].islower() and is_tensed(tokens[end])):
        return text
    if any(t.lower() in _function_words() or t[-1] in ",;:" or (t.islower() and is_verb(t))
           for t in tokens[:head]):
        return text
    return " ".join(tokens[head:])


# The nouns of a role or a kind that end a descriptor before a name ("US mortgage giant | Fannie Mae",
# "Chelsea chief executive | Peter Kenyon", "Kurdish rebel leader | Ocalan").
ROLES = DESCRIPTION_HEADS | frozenset(
    "giant firm operator supplier producer manufacturer conglomerate insurer lender broadcaster publisher "
    "developer distributor boss executive midfielder defender goalkeeper winger forward pundit musician "
    "champion secretary spokesman spokeswoman founder owner mogul tycoon investor".split())
# Words before which a descriptor opens: what ends a phrase or a verb ("helping | Dutch retailer Ahold").
_DESCRIPTOR_OPENS = frozenset("to will would could can may might must should".split())


def drop_descriptors(text: str) -> str:
    """``text`` without every descriptor that a role's noun (:data:`ROLES`) ends before a name, wherever it
    stands ("US prosecutors charge nine food suppliers with helping | Dutch retailer | Ahold inflate
    earnings", "to buy | medical technology firm | Guidant"): words after a function word, a verb with a
    tense, an -ing or a base verb after "to" or a modal, or at the line's opening, with no possessive ("new
    education secretary Kelly's" stays whole: the name is its own phrase's) nor a word that may be a verb
    inside (not "Schalke sign | City defender Nastasic"). Not inside a name ("Board of Trade president
    Lang"), nor a coordination's second part ("train and plane-making giant Bombardier"), nor before a name
    of one word that is also a noun ("network | Orange")."""
    tokens = text.split()
    kept = [True] * len(tokens)
    for j in range(1, len(tokens) - 1):
        name = tokens[j + 1]
        if tokens[j] not in ROLES or not name[:1].isupper():
            continue
        first = _descriptor_start(tokens, j)
        if first is None or j + 2 < len(tokens) and tokens[j + 2].islower() and may_be_noun(name.lower()):
            continue
        kept[first : j + 1] = [False] * (j + 1 - first)
    return " ".join(t for t, keep in zip(tokens, kept) if keep) if not all(kept) else text


def _descriptor_start(tokens: list[str], role: int) -> int | None:
    """Where the descriptor that ``tokens[role]`` ends opens (:func:`drop_descriptors`); None where no
    word before the role's noun is its own, or where the words before it leave in doubt what it is."""
    first = role
    while first:
        word = tokens[first - 1]
        low = word.lower()
        if low in _function_words() or word.endswith((",", ";", ":")) or word.islower() and (
                is_tensed(word) or word.endswith("ing") and may_be_verb(word)):
            break
        if word.islower() and may_be_verb(word):
            if first >= 2 and tokens[first - 2].lower() in _DESCRIPTOR_OPENS:
                break  # the verb of an infinitive or a modal's: "to buy | medical technology firm"
            return None  # a verb or a noun: "Schalke sign | City defender", "video game giant"
        if "'s" in word or "’s" in word or word.endswith(("'", "’")):
            return None  # (a possessive's name: "EastEnders' actress | Scarlett Johnson")
        first -= 1
    if first == role:
        return None
    before = tokens[first - 1].lower() if first else ""
    inside_a_name = before == "of" and first >= 2 and (
        tokens[first][:1].isupper() and tokens[first - 2][:1].isupper())
    return None if before in ("and", "or", "&") or before in NAME_PARTICLES or inside_a_name else first
