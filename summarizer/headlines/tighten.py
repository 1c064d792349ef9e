"""A long line without its trailing adjunct (English).

A line the overrun and a point's reach carried past ``LONG`` words reads as a sentence, not a headline
(readers turned down lines of 16 words). It gives up a trailing adjunct instead: a phrase opened by a
preposition of time, place or circumstance after the main clause is whole ("Government of Nigeria hopes to
triple cocoa production over next three years | with launch of ambitious development programme", "Kim Jong Un
expected to attend World War II anniversary celebrations in Moscow | at Russia's invitation"). Only where
the shorter line keeps the whole line's main verb, ends on a noun and not inside a phrase, a quote or
before its point (:func:`.closing.runs_on`, :func:`.closing.point_follows`), leaves no clause after a
comma behind (", Lib Dems say": a speaker stays), nor what tells why ("after | winning title") or what
the line's words span ("for | first time", "most spectacular | in 33 years").
"""

from __future__ import annotations

from .closing import ADVERB_PARTICLES, OBJECTS, PARTICLES, REFLEXIVES, dangling, point_follows, runs_on
from .subject import main_verb
from .wordforms import is_adverb, is_superlative, may_be_adjective, may_be_noun, may_be_verb, participle_of
from .wordforms import surely_tensed, verb_lemmas

__all__ = ["tighten", "LONG"]

LONG = 15  # words a default-length line keeps at most when it can end on a whole clause sooner
_SHORTEST = 11  # words the line keeps at least: fewer, and it loses more than an adjunct
# Prepositions that open an adjunct, not a verb's complement ("as" and "by" often give the cause or the
# means, which is the news: "plunge as firms suspend sales", "breaks record by clearing 4.89 metres").
# Not "over", whose phrase is often a win's or a turn's ("win | over Chelsea", "turning training | over to").
_ADJUNCTS = frozenset(
    "with after following amid during ahead at in on for since before despite under".split())
# Words before a noun that show the last word is one, though it may be a verb ("crucial | win", "the | deal").
_DETERMINERS = frozenset(
    "the a an his her its their our my your this these those no some any every each".split())
# Verbs whose "for" says what for, which is the news ("fined by federation | for comments about Henry").
_FOR_WHAT = frozenset(
    "fine ban suspend jail sentence charge arrest convict sue punish blame criticise criticize praise thank "
    "apologise apologize reward honour honor".split())
# Words a shorter line does not end on: its verb's particle or object ("turns himself | in", "taken off |").
_NOT_LAST = REFLEXIVES | OBJECTS | PARTICLES | ADVERB_PARTICLES
# Words that open a clause of its own in the adjunct, whose verb is not the line's ("after | ferry capsized").
_CLAUSE_OPENERS = frozenset("that who which when where while as after before because if until since".split())


def tighten(line: str) -> str:
    """``line`` without its trailing adjunct when it is over ``LONG`` words and can end on a whole clause
    within them; else ``line``."""
    tokens = line.split()
    if len(tokens) <= LONG or any(word.endswith(",") for word in tokens[_SHORTEST:]):
        return line
    stop = dangling("english")
    verb = main_verb(tokens)
    if verb is None:
        return line
    for end in range(LONG, _SHORTEST - 1, -1):
        if tokens[end].lower() in _ADJUNCTS and _ends_clause(tokens, end, verb, stop):
            return " ".join(tokens[:end])
    return line


def _ends_clause(tokens: list[str], end: int, verb: int, stop: frozenset[str]) -> bool:
    """Whether ``tokens[:end]`` is the whole main clause, ending on a noun, with its point."""
    last = tokens[end - 1]
    bare = last.lower()
    if bare in stop or bare in _NOT_LAST or not last[-1:].isalnum() or participle_of(bare):
        return False  # "turns himself | in", "get them | on to", "taken off | with", "imposed | by"
    if _keeps_its_scope(tokens, end):
        return False
    if may_be_verb(bare) and not _heads_a_noun(tokens[end - 2], stop):
        return False  # a verb cut from its complement ("will look | at ways", "comedy rests | on ...")
    if runs_on(tokens, end, stop) or point_follows(tokens, end) or any(
            _says_why(tokens, k) for k in range(end, len(tokens)) if tokens[k].lower() in _ADJUNCTS):
        return False
    return verb < end - 1 and main_verb(tokens[:end]) == verb and not _verb_after(tokens, end)


def _heads_a_noun(before: str, stop: frozenset[str]) -> bool:
    """Whether the word after ``before`` is a noun by it: a determiner, a possessive, a number or an
    adjective that is nothing else ("the | deal", "2-0 | win", "crucial | win"; not "peace | deal")."""
    word = before.lower()
    return (word in _DETERMINERS or word[:1].isdigit() or word.endswith(("'s", "’s"))
            or word not in stop and may_be_adjective(word) and not (may_be_noun(word) or may_be_verb(word)))


def _keeps_its_scope(tokens: list[str], end: int) -> bool:
    """Whether the phrase at ``end`` belongs to what the line says: a place's or an event's, a name's
    ("Court of Arbitration | for Sport"), a partner's ("relationship | with President Bill Clinton"), a
    count of times ("allow women members | for first time"), a superlative's span ("most spectacular
    fireworks | in 33 years", "England's best outing | in Six Nations"), what a "no" wants ("no place | for
    ..."), what a fine or a ban was for ("fined by federation | for comments"), a question's end."""
    word, after = tokens[end], tokens[end + 1] if end + 1 < len(tokens) else ""
    if word[:1].isupper() or after[:1].isupper() and (
            word == "with" or word == "for" and tokens[end - 1][:1].isupper()):
        return True  # (a capital preposition is a title's: "album Songs | In The Key Of Life")
    if any(_place_at(tokens, k) for k in range(end, len(tokens) - 1)):
        return True  # where it happens ("| at Norwich Union Grand Prix", "| for flood victims in Mozambique")
    if word == "for" and any(_FOR_WHAT.intersection(verb_lemmas(w.lower())) for w in tokens[:end]):
        return True  # what a fine, a ban or thanks were for
    if tokens[end - 2].lower() == "no":
        return True  # what there is none of, or for ("no place | for 'vindictiveness'")
    ahead = [w.lower() for w in tokens[end + 1 : end + 5]]
    if "time" in ahead or "times" in ahead or tokens[-1].endswith("?"):
        return True
    if any(is_superlative(w.lower()) for w in tokens[max(0, end - 3) : end]):
        return True  # "England's best outing | in Six Nations"
    spans = ("years", "decades", "history")
    return not set(spans).isdisjoint(ahead) and any(is_superlative(w.lower()) for w in tokens[:end])


def _place_at(tokens: list[str], k: int) -> bool:
    """Whether ``tokens[k]`` opens a place's or an event's phrase: "in" or "at" and a name within two
    words ("in northern Nigeria", "at Norwich Union Grand Prix"; not "at Russia's invitation")."""
    if tokens[k].lower() not in ("in", "at"):
        return False
    name = next((w for w in tokens[k + 1 : k + 3] if w[:1].isupper()), "")
    return bool(name) and not name.endswith(("'s", "’s"))


def _says_why(tokens: list[str], end: int) -> bool:
    """Whether the adjunct at ``end`` opens on a gerund, which tells the news's cause or means ("after
    | winning World Cup title", "for | insulting Erdogan", "for | allegedly operating schools")."""
    following = tokens[end + 1 : end + 3]
    if following and is_adverb(following[0]) and len(following) > 1:
        following = following[1:]
    return bool(following) and following[0].endswith("ing") and may_be_verb(following[0])


def _verb_after(tokens: list[str], end: int) -> bool:
    """Whether the rest holds a verb with a tense outside a clause of its own: the line's verb is
    there, and the main-verb test took a participle before it ("One of men accused of ... | in Kenya
    and Tanzania met earlier")."""
    for word in tokens[end:]:
        if word.lower() in _CLAUSE_OPENERS:
            return False
        if surely_tensed(word) and not may_be_noun(word):  # (not "during day of | strikes")
            return True
    return False
