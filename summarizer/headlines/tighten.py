"""A long line without its trailing adjunct, or its subject's descriptor (English).

A line the overrun and a point's reach carried past ``LONG`` words reads as a sentence, not a headline
(readers turned down lines over 14 words). It gives up a trailing adjunct instead: a phrase opened by a
preposition of time, place or circumstance after the main clause is whole ("Government of Nigeria hopes to
triple cocoa production over next three years | with launch of ambitious development programme", "Kim Jong Un
expected to attend World War II anniversary celebrations in Moscow | at Russia's invitation"). Only where
the shorter line keeps the whole line's main verb, ends on a noun and not inside a phrase, a quote or
before its point (:func:`.closing.runs_on`, :func:`.closing.point_follows`), leaves no clause after a
comma behind (", Lib Dems say": a speaker stays), nor what tells why ("after | winning title") or what
the line's words span ("for | first time", "most spectacular | in 33 years"). Where it happens stays, but
for a second place after one the line names ("... to victory | at Twickenham"). A line the adjunct alone
leaves over ``LONG`` words gives up its subject's descriptor first, where the two bring it within them.
"""

from __future__ import annotations

from .closing import ADVERB_PARTICLES, BE_FORMS, DISASTERS, OBJECTS, PARTICLES, REFLEXIVES
from .closing import dangling, point_follows, runs_on
from .compress import drop_descriptor
from .subject import main_verb
from .wordforms import is_adverb, is_superlative, may_be_adjective, may_be_noun, may_be_verb, participle_of
from .wordforms import surely_tensed, verb_lemmas

__all__ = [
    "tighten", "LONG", "FAR_CHARACTERS", "FOR_WHAT", "KEPT", "SPANS", "is_linking", "keeps_its_point",
    "verb_after", "wants_its_phrase",
]

LONG = 14  # words a default-length line keeps at most when it can end on a whole clause sooner (readers
# turned down every line over 14 words: evaluation/results/headline_readthrough.md)
FAR_CHARACTERS = 90  # and characters (no reader kept a line over 90)
_SHORTEST = 9  # words the line keeps at least: fewer, and it loses more than an adjunct
# Prepositions that open an adjunct, not a verb's complement ("as" and "by" often give the cause or the
# means, which is the news: "plunge as firms suspend sales", "breaks record by clearing 4.89 metres").
# Not "over", whose phrase is often a win's or a turn's ("win | over Chelsea", "turning training | over to"),
# nor those of ``KEPT`` below, which a line keeps.
_ADJUNCTS = frozenset("with during at in on for before".split())
# Words before a noun that show the last word is one, though it may be a verb ("crucial | win", "the | deal").
_DETERMINERS = frozenset(
    "the a an his her its their our my your this these those no some any every each".split())
# Verbs whose "for" says what for, which is the news ("fined by federation | for comments about Henry").
FOR_WHAT = frozenset(
    "fine ban suspend jail sentence charge arrest convict sue punish blame criticise criticize praise thank "
    "apologise apologize reward honour honor".split())
# Nouns that want the phrase after them: what a relation is with, an effect on, a chance of ...
_WANTS_A_PHRASE = frozenset(
    "agreement agreements relationship relations ties links contact impact effect effects influence chance "
    "chances way information explanation negotiations talks role access focus emphasis pressure dispute "
    "payment payments shareholders stake stakes investment rules".split())
_DEGREES = frozenset("much many more less enough".split())
_OBJECT_PRONOUNS = frozenset("you".split())  # (with "it them him her us me": a partner's "with")
_RANKS = frozenset("worst first last final".split())  # (ranks ``is_superlative`` does not know)
# A preposition and the word after it that end an idiom or a move ("take proposal | on to formal bid").
_IDIOMS = frozenset(
    {("on", "to"), ("in", "to"), ("on", "loan"), ("in", "mind"), ("at", "top"), ("on", "top")})
# Words a shorter line does not end on: its verb's particle or object ("turns himself | in", "taken off |").
_NOT_LAST = REFLEXIVES | OBJECTS | PARTICLES | ADVERB_PARTICLES
# Openers of what tells why, when against what, or whom and what age a rule is for: a line does not give
# them up ("after | software error", "amid | currency crisis", "ahead of | protests", "to people | under 16").
KEPT = frozenset("after following amid ahead despite since under".split())
# Idioms that open a cause the same way ("| on back of soaring prices", "| in wake of scandal").
_CAUSE_IDIOMS = frozenset({("on", "back"), ("in", "wake"), ("in", "response"), ("in", "protest")})
# A "during" keeps its phrase but for an occasion: a telling, a visit, a match ("| during visit to Kyiv"; not
# "attended party | during lockdown", a time's state).
_OCCASIONS = frozenset(
    "visit visits trip tour speech address interview debate appearance meeting conference rally briefing "
    "hearing summit match game derby final race".split())
# Words (or verbs' lemmas) whose preposition says what they are for, on, in, with or at, which is the news
# ("funding | for mental health services", "spend £3m | on cycle lanes", "stake worth $2bn | in club",
# "merge grocery business | with rival", "blames loss | on fuel prices"), where it does not open on a date.
_COMPLEMENTS = {
    "for": frozenset("fund funding funds money fee fees raise".split()),
    "on": frozenset("spend blame guidance advice tax levy tariff tariffs sanction sanctions loss losses cap "
                    "limit limits".split()),
    "in": frozenset("stake stakes invest investment medal medals gold silver bronze".split()),
    "with": frozenset("merge merger provide supply present replace equip charge".split()),
    "at": frozenset("price value".split()),
}
# Roles a "for" names in full, just before it ("special envoy | for Syria", "new minister | for women").
_ROLES = frozenset("envoy envoys minister ministers commissioner ambassador tsar czar spokesman spokeswoman "
                   "candidate".split())
# People a "with" describes ("children | with special educational needs").
_PEOPLE = frozenset("people children adults patients pupils students families women men babies teenagers "
                    "workers those".split())
# What a "for" or an "in" says that turns the line's meaning: how long, for nothing, or how ("freeze pay | for
# two years", "| for free", "sentenced | in absentia").
SPANS = frozenset(
    "year years month months week weeks day days hours decade decades summer winter season free".split())
_MANNERS = frozenset("absentia person full secret public private cash vain writing".split())
_FIRES = frozenset("blaze blazes inferno".split())  # (besides :data:`.closing.DISASTERS`)
_CALENDAR = frozenset("monday tuesday wednesday thursday friday saturday sunday january february march april "
                      "may june july august september october november december".split())
# Words that open a clause of its own in the adjunct, whose verb is not the line's ("after | ferry capsized").
_CLAUSE_OPENERS = frozenset("that who which when where while as after before because if until since".split())


def tighten(line: str) -> str:
    """``line`` without its trailing adjunct when it is over ``LONG`` words or ``FAR_CHARACTERS`` and can
    end on a whole clause within them; else, where that brings it within them, without its subject's
    descriptor (:func:`.compress.drop_descriptor`: "UK condom maker | SSL International refuses ...") and
    then its trailing adjunct; else ``line``. (Not its subject's post-modifier nor a cause's clause: a second
    reader found them the news as often as not, "People | living in Stockport |", "after | voters rejected
    scheme"; evaluation/RESULTS.md.)"""
    if _within(line):
        return line
    shorter = _without_adjunct(line)
    if len(line.split()) <= LONG or len(shorter.split()) <= LONG:
        return shorter  # (a line over the characters alone keeps its descriptor: "FIFA president Blatter")
    roomy = _without_adjunct(drop_descriptor(line))
    return roomy if len(roomy.split()) <= LONG else line


def _within(line: str) -> bool:
    return len(line.split()) <= LONG and len(line) <= FAR_CHARACTERS


def _without_adjunct(line: str) -> str:
    """``line`` without its trailing adjunct where it is over ``LONG`` words or ``FAR_CHARACTERS`` and ends
    on a whole clause within them (:func:`tighten`); else ``line``."""
    tokens = line.split()
    if _within(line) or any(word.endswith(",") for word in tokens[_SHORTEST:]):
        return line
    stop = dangling("english")
    verb = main_verb(tokens)
    if verb is None or is_linking(tokens, verb):
        return line  # (what a line says something is follows its "is": "are in Switzerland | for ...")
    for end in range(min(LONG, len(tokens) - 1), _SHORTEST - 1, -1):
        # (a line over the characters alone gives up an adjunct that brings it within them)
        if tokens[end].lower() in _ADJUNCTS and (len(tokens) > LONG or _within(" ".join(tokens[:end]))) and (
                _ends_clause(tokens, end, verb, stop)):
            return " ".join(tokens[:end])
    return line


def is_linking(tokens: list[str], verb: int) -> bool:
    """Whether the main verb at ``verb`` is a linking "is" ("are currently in Switzerland"), not an
    auxiliary ("are targeting betting firms", "was fined")."""
    if tokens[verb].lower() not in BE_FORMS:
        return False
    following = next((w.lower() for w in tokens[verb + 1 :] if not is_adverb(w.lower())), "")
    return not (following.endswith("ing") and may_be_verb(following) or participle_of(following))


def _ends_clause(tokens: list[str], end: int, verb: int, stop: frozenset[str]) -> bool:
    """Whether ``tokens[:end]`` is the whole main clause, ending on a noun, with its point."""
    last = tokens[end - 1]
    bare = last.lower()
    if bare in stop or bare in _NOT_LAST or not last[-1:].isalnum() or participle_of(bare):
        return False  # "turns himself | in", "get them | on to", "taken off | with", "imposed | by"
    if _keeps_its_scope(tokens, end, verb) or keeps_its_point(tokens, end):
        return False
    if may_be_verb(bare) and not _heads_a_noun(tokens[end - 2], stop):
        return False  # a verb cut from its complement ("will look | at ways", "comedy rests | on ...")
    if runs_on(tokens, end, stop) or point_follows(tokens, end) or any(
            _says_why(tokens, k) for k in range(end, len(tokens)) if tokens[k].lower() in _ADJUNCTS):
        return False
    return verb < end - 1 and main_verb(tokens[:end]) == verb and not verb_after(tokens, end)


def _heads_a_noun(before: str, stop: frozenset[str]) -> bool:
    """Whether the word after ``before`` is a noun by it: a determiner, a possessive, a number or an
    adjective that is nothing else ("the | deal", "2-0 | win", "crucial | win"; not "peace | deal")."""
    word = before.lower()
    return (word in _DETERMINERS or word[:1].isdigit() or word.endswith(("'s", "’s"))
            or word not in stop and may_be_adjective(word) and not (may_be_noun(word) or may_be_verb(word)))


def _keeps_its_scope(tokens: list[str], end: int, verb: int) -> bool:
    """Whether the phrase at ``end`` belongs to what the line says: what its last words want (below), a
    place's or an event's, a name's ("Court of Arbitration | for Sport"), a partner's ("relationship |
    with President Bill Clinton", "| with him"), a target's ("inflict misery | on Louis van Gaal"), an
    idiom's end ("| in mind", "| at top", "| on loan", "| on to formal bid"), a count of times ("allow women
    members | for first time"), what a superlative tells ("| in last ever match"), what a fine or a ban was
    for ("fined by federation | for comments"), a question's end."""
    word, after = tokens[end], tokens[end + 1] if end + 1 < len(tokens) else ""
    if wants_its_phrase(tokens, end) or tokens[-1].endswith("?"):
        return True
    if word[:1].isupper() or after[:1].isupper() and (
            word in ("with", "on") or word == "for" and tokens[end - 1][:1].isupper()):
        return True  # (a capital preposition is a title's: "album Songs | In The Key Of Life")
    if word == "with" and after.lower() in OBJECTS | _OBJECT_PRONOUNS:
        return True
    placed = any(_place_at(tokens, k) for k in range(end, len(tokens) - 1))
    if placed and not _named_after_verb(tokens, end, verb):
        return True  # where it happens ("| at Norwich Union Grand Prix", "| for flood victims in Mozambique")
    if word == "for" and any(FOR_WHAT.intersection(verb_lemmas(w.lower())) for w in tokens[:end]):
        return True  # what a fine, a ban or thanks were for
    idiom = len(tokens) - end == 2 and after.islower() or (word, after.lower()) in _IDIOMS
    ahead = [w.lower() for w in tokens[end + 1 :]]
    return idiom or "time" in ahead[:4] or "times" in ahead[:4] or any(map(_superlative, ahead))


def wants_its_phrase(tokens: list[str], end: int) -> bool:
    """Whether the line's last words want the phrase at ``end``: a noun of relation or effect ("reached
    agreement | with charity", "kill any chance | of ..."), a degree ("drifted to too much | on ..."), a
    "no" ("no place | for ..."), a "one of" ("one of three clubs | with male-only policy"), a superlative's
    span ("most spectacular fireworks | in 33 years", "England's best outing | in Six Nations")."""
    last = tokens[end - 1].lower()
    if last in _WANTS_A_PHRASE or last in _DEGREES or tokens[end - 2].lower() == "no":
        return True
    kept = [w.lower() for w in tokens[:end]]
    if any(a == "one" and b == "of" for a, b in zip(kept, kept[1:])):
        return True
    if any(map(_superlative, kept[-3:])):
        return True
    spans = {"years", "decades", "history"}
    return not spans.isdisjoint(w.lower() for w in tokens[end + 1 : end + 5]) and any(map(_superlative, kept))


def _superlative(word: str) -> bool:
    """Whether ``word`` (lower case) ranks: a superlative or an ordinal's end ("worst", "last ever")."""
    return word in _RANKS or is_superlative(word)


def keeps_its_point(tokens: list[str], end: int) -> bool:
    """Whether a phrase from ``end`` on is what the line is about: why, when, against what or for whom
    (:data:`KEPT`, "on back of", a "during" but an occasion's), a word's complement
    (:data:`_COMPLEMENTS`), the people a "with" describes, a span or a manner that turns the meaning, or
    where a fire or an attack was."""
    rest = [w.lower() for w in tokens[end:]]
    if not KEPT.isdisjoint(rest) or not _CAUSE_IDIOMS.isdisjoint(zip(rest, rest[1:])):
        return True
    if any(w == "during" and rest[k + 1 : k + 2] and rest[k + 1] not in _OCCASIONS
           for k, w in enumerate(rest)):
        return True
    return any(_wants(tokens, k) for k in range(end, len(tokens)) if tokens[k].lower() in _ADJUNCTS)


def _wants(tokens: list[str], k: int) -> bool:
    """Whether the phrase at ``k`` is one the words before it want (:func:`_keeps_its_point`)."""
    word, before = tokens[k].lower(), [w.lower() for w in tokens[:k]]
    ahead = [w.lower() for w in tokens[k + 1 : k + 5]]
    wanted = _COMPLEMENTS.get(word, frozenset()) if ahead[:1] and ahead[0] not in _CALENDAR else frozenset()
    for j in range(len(before) - 1, -1, -1):
        if before[j] == word and not (word == "with" and j and before[j - 1] in _PEOPLE):
            break  # (its complement is given: "limits on number ... | on visas"; not "patients with ...")
        if before[j] in wanted or not wanted.isdisjoint(verb_lemmas(before[j])):
            return True
    if before[-1:] and (word == "with" and before[-1] in _PEOPLE or word == "for" and before[-1] in _ROLES):
        return True
    if word == "for" and not SPANS.isdisjoint(ahead) or word == "in" and ahead[:1] and ahead[0] in _MANNERS:
        return True
    return word in ("at", "in") and not (DISASTERS | _FIRES).isdisjoint(before[-8:])  # ("blaze | at plant")


def _place_at(tokens: list[str], k: int) -> bool:
    """Whether ``tokens[k]`` opens a place's or an event's phrase: "in", "at" or "on" and a name within two
    words ("in northern Nigeria", "at Norwich Union Grand Prix", "at shipyard | on Clyde"; not "at Russia's
    invitation", "on Monday")."""
    if tokens[k].lower() not in ("in", "at", "on"):
        return False
    name = next((w for w in tokens[k + 1 : k + 3] if w[:1].isupper()), "")
    return bool(name) and not name.endswith(("'s", "’s")) and name.lower() not in _CALENDAR


def _named_after_verb(tokens: list[str], end: int, verb: int) -> bool:
    """Whether the line names a place, an event or a party after its main verb and before ``end``, so a
    place after that is a second one ("defeat to Dent in quarter-finals of Australian Hardcourt
    Championships | in Adelaide", "captain Wales for record 34th time | in RBS 6 Nations showdown"; not
    "announces it is ceasing operations | in Kosovo"), where no colon opens a title before it ("hits nerve:
    West Closes Eyes to Tragedy | in Mozambique"); ``verb``: the line's main verb, as the caller found it."""
    if any(word.endswith(":") for word in tokens[:end]):
        return False
    # (a partner after "with" is no place: "agrees deal with Renault to build car at its plant | in
    # Sunderland")
    return any(tokens[k][:1].isupper() and tokens[k - 1].lower() != "with" for k in range(verb + 1, end))


def _says_why(tokens: list[str], end: int) -> bool:
    """Whether the adjunct at ``end`` opens on a gerund, which tells the news's cause or means ("after
    | winning World Cup title", "for | insulting Erdogan", "for | allegedly operating schools")."""
    following = tokens[end + 1 : end + 3]
    if following and is_adverb(following[0]) and len(following) > 1:
        following = following[1:]
    return bool(following) and following[0].endswith("ing") and may_be_verb(following[0])


def verb_after(tokens: list[str], end: int) -> bool:
    """Whether the rest holds a verb with a tense outside a clause of its own: the line's verb is
    there, and the main-verb test took a participle before it ("One of men accused of ... | in Kenya
    and Tanzania met earlier")."""
    for word in tokens[end:]:
        if word.lower() in _CLAUSE_OPENERS:
            return False
        if surely_tensed(word) and not may_be_noun(word):  # (not "during day of | strikes")
            return True
    return False
