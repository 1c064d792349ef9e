"""A subject whose main verb the word budget would cut, shortened as a sub-editor does (English).

A line whose subject runs past the budget is a subject alone ("Plans to create US soap based", "Two
senior officials at one of China's top commercial banks"). A sub-editor keeps the subject's head and
the words before its first post-modifier that still leave room for the verb and the start of its
object, and drops the post-modifier: a participle's phrase ("soap | based on BBC's EastEnders"), a
prepositional phrase ("officials | at one of China's banks"), an -ing phrase ("witnesses | giving
evidence"). "Plans to create US soap based on BBC's EastEnders have reportedly been drawn up by Fox TV
network" -> "Plans to create US soap have reportedly been drawn up by Fox TV network".

The main verb is found without a parse, so only where the form leaves no doubt: an auxiliary or a
modal ("have", "will", "should") after a subject that holds no verb with a tense of its own, only
nouns, names, infinitives ("Talks to reach deal"), -ing forms and participles that open a phrase
("worn by", "based on", "designed to"). A subject holding a clause ("who", "because", a comma, a
pronoun) or a verb that may be its own main verb ("Lopez cancelled appearance was too ill": the
participle takes an object, so it is a verb, and the line is left alone) is not touched. After a subject's
infinitive ("System | to make it easier to create website addresses using alphabets like Cyrillic | could open") the
first auxiliary is the main verb: an infinitive's phrase holds no verb with a tense of its own.
:func:`summarizer.headlines.cut.fit` calls :func:`shorten` before it cuts, after :func:`spare`, which
drops what a long line can do without ("next month's" before a name, a "that" before a pronoun, also after
a told object, a descriptor of five words or more before the subject's name), and :func:`make_room`, what
goes first for a line cut before its point. A line whose own verb is one of saying
before "that" gets the same shortening of the reported clause's subject ("Netanyahu claimed that
ongoing talks | about Iran's nuclear program would all but guarantee ...").
"""

from __future__ import annotations

import re
from functools import cache

from .closing import DASHES as _DASHES, PARTICLES as _PARTICLES, dangling, told
# An auxiliary or a modal after a subject with no verb of its own is the main clause's verb; the heads that
# say nothing without their "of".
from .subject import AUXILIARIES as _AUXILIARIES, PARTS as _PARTS
from .wordforms import is_adverb, is_modifier, is_noun, is_tensed, is_verb, may_be_verb, participle_of

__all__ = ["main_auxiliary", "make_room", "noun_context", "shorten", "spare", "NAME_PARTICLES"]

# Prepositions that open a participle's complement or agent ("worn by", "based on", "designed to").
_AFTER_PARTICIPLE = frozenset("by on in at to for from with into under over during after as".split())
# Where a post-modifier opens after the subject's head: a preposition (not "of": "number | of people",
# "headquarters | of party" lose what the head is).
_POST_PREPOSITIONS = frozenset("at in from with for on behind over near under across about".split())
# A subject holding these holds a clause, an aside or a pronoun: its verb is not known by form.
_CLAUSE_WORDS = frozenset(
    "who whom whose which that when while as because since after before until if although though amid "
    "despite where whether how what why he she it they we i you".split()
)
_OPENERS = frozenset("there here now".split())  # "There's been talk ...": no subject
_POSSESSIVES = ("'s", "’s", "'", "’")
_DESCRIPTOR = 6  # words of a descriptor before its name at most ("South Africa biggest retail bank Absa")
# Words of a descriptor at least: a shorter one ("Wales coach", "Former One Direction member") tells who
# the name is, which the line needs more than the end of its predicate.
_DESCRIBES = 5
_DESCRIBES_AT_LEAST = 2  # ... but a line that would lose its point for it does without one of two words
_WITHIN = re.compile(r" within (?:(?:a|an|\d+|two|three|four|six) )?(?:hours?|days?|weeks?|months?|years?)\b")
# Lower-case words inside a person's name ("Ruud van Nistelrooy", "Giedo van der Garde").
NAME_PARTICLES = frozenset("van der den de da di du von le la bin al".split())
_NAME_WORDS = 3
_REACH = 24  # words searched for the main verb: a longer subject is not shortened
# After these a word is a noun ("the plans", "of talks"), never a verb with a tense.
_NOUN_NEXT = frozenset(
    "the a an his her their its my our your of in on at from with for into about by".split()
)
_GROUP_WORDS = frozenset("be been being not never now still already also".split())  # "is now being called"
_ALL_BUT = ["all", "but"]  # an adverb of two words: "would all but guarantee"
_BE = frozenset("be been being is are was were".split())
# A headline's passive this near the end, with "by", is the main verb ("announced by lord chancellor").
_AGENT = 5
_PURPOSE_AFTER = 4  # words a subject keeps before an infinitive that may go (not "Plans | to create")
# Participles whose passive wants its complement: "called recovery mission".
# (Not "named": "will be named | this week" is news whole.)
_NAMING = frozenset("called dubbed labelled labeled branded deemed".split())
_COMPLEMENTS = frozenset("to by as".split())  # ... not before these, which open what the verb wants
_SHOWN = 3  # the verb and two words of its predicate: fewer, and the line is a subject alone


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
    if not tokens or _APOSTROPHE.split(tokens[0].lower(), 1)[0] in _no_subject():
        return None  # "At the school ...", "It ...": the subject does not open the line
    reduced = False  # whether a participle's phrase was passed
    of_phrase = False  # ... or one that "of" opens ("accused of"), after which only a sure verb is the main one
    passive = None  # a participle before "by" near the line's end
    function_words = _function_words()
    for k in range(1, min(len(tokens), _REACH)):
        token = tokens[k]
        word = token.lower().strip(",;:")
        if token in _DASHES or word in _CLAUSE_WORDS or word.endswith(("n't", "n’t")):
            return None
        before = tokens[k - 1].lower()
        if word in _AUXILIARIES and token.islower():
            # "to have": an infinitive's, not the clause's; "and will": a second predicate.
            return None if before in ("to", "and", "or") or k < 2 else k
        if word in function_words and token[-1] not in ",;:":
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
        if participle_of(word) is not None and following == "of" and not reduced:
            if all(t[:1].isupper() for t in tokens[:k]):
                return None  # after a name, a headline's passive: "Suarez accused of diving"
            # "man accused of ...": a participle's phrase too, but "of" may be a verb's ("worked | for
            # months | to track down pastor accused of assaults"): only a verb no noun could be follows it.
            of_phrase = True
            continue
        if participle_of(word) is not None and following in _AFTER_PARTICIPLE:
            if all(t[:1].isupper() for t in tokens[:k]):
                return None  # after a name, a headline's passive: "Suarez added to list"
            if following == "by" and len(tokens) - k <= _AGENT and k >= _SHOWN and not reduced:
                passive = k  # "... in England and Wales announced by lord chancellor": at the end
            reduced = True
            continue  # a participle's phrase after a noun: "suits worn by", "soap based on"
        if (reduced or of_phrase and is_verb(word)) and _verb_after_phrase(tokens, k):
            return k  # after a participle's phrase, the next verb with a tense: "suspect held in Bay plans"
        if participle_of(word) is None and is_verb(word) or _may_be_finite(tokens, k):
            # "Lopez cancelled appearance", "UKIP suspend candidate", "row fears election will ...":
            # a verb of its own, perhaps the main one
            return None
    # No auxiliary: a headline's passive with its agent closing the line is the main verb.
    return passive


def _passive_at_comma(tokens: list[str], k: int) -> bool:
    """Whether ``tokens[k]``, a participle before a comma after the subject's participle phrase, is the
    headline's passive that ends the main clause ("man accused of ... | indicted, charged with ...")."""
    word = tokens[k][:-1]
    return (k >= _SHOWN and tokens[k][-1] == "," and word.isalpha() and word.islower()
            and participle_of(word) is not None and not noun_context(tokens, k))


# Nouns whose infinitive is their own ("quest to be first plane"), not the headline's future of "is to".
_INFINITIVE_NOUNS = frozenset(
    "quest bid attempt attempts effort efforts plan plans way chance right need decision ability desire drive push "
    "campaign promise pledge deal move order time place hope hopes reason pressure opportunity".split())


def _before_future(token: str) -> bool:
    """Whether ``token``, before "to be", may end a subject whose verb is the headline's future."""
    return token.islower() and is_noun(token) and token not in _INFINITIVE_NOUNS


@cache
def _function_words() -> frozenset[str]:
    """The words no line ends on that are no verb ("of", "the", "and"; not "be", "do", "like")."""
    return dangling("english") - _AUXILIARIES - frozenset("be been being do like".split())


@cache
def _no_subject() -> frozenset[str]:
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
    gerund = before.islower() and before.endswith("ing") and may_be_verb(before)
    if gerund and before not in ("being", "having"):
        return True  # an -ing form's object: "landlords renting homes" (not "being urged")
    if before.lower() in ("and", "or") and k > 1 and tokens[k - 2].endswith("s") and is_noun(tokens[k - 2]):
        return True  # "victims and witnesses": a list of nouns
    return before.endswith(_POSSESSIVES) or before[:1].isdigit()


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
        if word in _PERSONS and participle_of(following) and (after in _AFTER_PARTICIPLE or after == "of"):
            return False
        return following not in ("by", "of")
    if following in _AUXILIARIES or following in ("to", "of", "and", "or"):
        return False
    plural = before.islower() and before.endswith("s") and not before.endswith(("'s", "’s", "ss"))
    return is_tensed(word) or plural


# People a headline names by their place ("California man", "Ohio mother"), which may be verbs too.
_PERSONS = frozenset("man mother father doctor nurse pilot".split())


def shorten(tokens: list[str], max_words: int, overrun: int = 0) -> tuple[list[str], int] | None:
    """``tokens`` with the subject's post-modifier dropped so that the main verb and the start of its
    predicate fit in ``max_words`` (``overrun`` more when that keeps a longer subject), and the number
    of words the line keeps at least (subject, verb and the start of its predicate); None when they
    fit already, or when no cut is safe."""
    if len(tokens) <= max_words:
        return None
    verb = main_auxiliary(tokens)
    if verb is None:
        return _shorten_reported(tokens, max_words, overrun)
    if tokens[verb].lower() in _AUXILIARIES:
        group = _verb_group_end(tokens, verb + 1)
        # A passive's participle needs nothing after it ("will be released"); another verb its object.
        last = tokens[group - 1]
        passive = group - verb > 1 and participle_of(last) is not None and not _BE.isdisjoint(tokens[verb : group - 1])
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
    ends = [p for p in range(1, min(verb, max_words + overrun - shown + 1)) if _head_ends(tokens, p, verb)]
    if not ends:
        return None
    return tokens[: ends[-1]] + tokens[verb:], ends[-1] + shown


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
               or tokens[k].lower() in _BELIEVES and tokens[k + 1][:1].isupper()), None)
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


# Compiled once: ``re.split(pattern, ...)`` looks the pattern up at each call.
_APOSTROPHE = re.compile(r"['’]")
_POSSESSIVE_END = re.compile(r"['’]s?$")
# A time before a name's possessive ("next month's World Cross Country Championships"): a headline does
# without it when it stands in the second half of a long line.
_TIME_POSSESSIVE = re.compile(r"\b(?:next|last|this) (?:week|month|year|season|weekend)['’]s (?=[A-Z])")
# "that" between a verb and a clause's subject pronoun ("indicates that she would"): headlinese drops it.
_THAT_CLAUSE = re.compile(r"\b([a-z]+) that (?=(?:he|she|they|it|we) )")
_PRONOUN_SUBJECTS = frozenset("he she it they we".split())  # ... and after a verb of telling's object


# An aside between commas that a participle opens, perhaps after its adverb, before the subject's verb
# ("Exorcist: The Beginning, dropped by producers over claims it was not scary enough, to have world
# premiere"; "Debra Hill, best known for her work on ... Halloween, dies"): the line reads whole without it.
_PARTICIPLE_ASIDE = re.compile(
    r", (?:(?:best|better|also|widely|well|most|long|once|formerly|previously) )?"
    r"([a-z]+) (?:by|in|at|on|for|from|over|with|after|during|as) [^,;:]+, (?=([a-z]+))"
)
# A US state after its city ("motel in Baton Rouge, Louisiana, dies"), before a lower-case word that
# opens no apposition or list ("Sanford, Florida, another community"; "and", "or").
_STATES = (
    "Alabama|Alaska|Arizona|Arkansas|California|Colorado|Connecticut|Delaware|Florida|Georgia|Hawaii|Idaho|"
    "Illinois|Indiana|Iowa|Kansas|Kentucky|Louisiana|Maine|Maryland|Massachusetts|Michigan|Minnesota|"
    "Mississippi|Missouri|Montana|Nebraska|Nevada|New Hampshire|New Jersey|New Mexico|New York|"
    "North Carolina|North Dakota|Ohio|Oklahoma|Oregon|Pennsylvania|Rhode Island|South Carolina|"
    "South Dakota|Tennessee|Texas|Utah|Vermont|Virginia|Washington|West Virginia|Wisconsin|Wyoming"
)
_STATE_ASIDE = re.compile(
    rf"\b([A-Z][a-z]+), (?:{_STATES}), (?!(?:and|or|but|another|a|an|the|one|which|who|where) )(?=[a-z])"
)
# Its quick test: a state between commas (a literal ", " first, which the engine scans for fast).
_STATE_NAMED = re.compile(rf", (?:{_STATES}), ")


def _drop_participle_aside(match: re.Match) -> str:
    after = match[2]
    verb_follows = after == "to" or (is_tensed(after) and after not in ("and", "or", "but", "then"))
    return " " if verb_follows and participle_of(match[1]) is not None else match[0]


def spare(text: str, max_words: int) -> str:
    """``text`` without what a headline can spare when it is over ``max_words`` words: an aside
    between commas opened by a participle (or an adverb and its participle) before the subject's verb,
    a US state after its city, a time's possessive before a name in the line's second half, a "that"
    before a clause's pronoun subject after a verb with a tense."""
    if len(text.split()) <= max_words:
        return text
    # Each pattern only where the words it needs stand in the line (quick tests: most lines have none).
    text = _PARTICIPLE_ASIDE.sub(_drop_participle_aside, text)
    if _STATE_NAMED.search(text):
        text = _STATE_ASIDE.sub(r"\1 ", text)
    half = len(" ".join(text.split()[: max_words // 2]))
    if "'s " in text or "’s " in text:
        text = text[:half] + _TIME_POSSESSIVE.sub("", text[half:])
    if " that " in text:
        text = _THAT_CLAUSE.sub(lambda m: f"{m[1]} " if is_verb(m[1]) and is_tensed(m[1]) else m[0], text)
        text = _drop_told_that(text)
    return _drop_descriptor(text)


def _drop_told_that(text: str) -> str:
    """``text`` without the "that" which opens what a verb of telling told its object, before the
    clause's pronoun subject ("told Mexican television network | that he expects ...", "tells pupils |
    that it is okay ..."): the clause stays, and room is made for it."""
    tokens = text.split()
    kept = [t for k, t in enumerate(tokens) if not (
        t == "that" and k + 1 < len(tokens) and tokens[k + 1] in _PRONOUN_SUBJECTS and told(tokens, k))]
    return " ".join(kept) if len(kept) < len(tokens) else text


def make_room(text: str) -> str:
    """``text`` without what a sub-editor drops first to keep a line's point within reach: a time
    within which ("will find out | within month | whether ..."), and the subject's descriptor even of
    two words ("Anti-racism organization | Kick It Out says ...")."""
    return _drop_descriptor(_WITHIN.sub("", text, count=1), _DESCRIBES_AT_LEAST)


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

