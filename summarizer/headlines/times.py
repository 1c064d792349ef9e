"""Times a headline does not need: "on Tuesday", "last Monday", "this week", "over the weekend", "in May
2004"; and the dateline's "here".

Not a day spent or owned ("spent his Friday night"), one that "only" stresses ("only last month"), nor
one a dash goes on to name ("on 11 March - Comic Relief day"). A wire story's "here" ("Mubarak flew
here to try to defuse ...", "arrived here for talks") is the place of a dateline the line no longer
has; not after a form of "be" or a word of place or staying ("are here to stay", "from here", "born
here"), nor "here's", "here comes", "here and abroad" or "neither here nor there".
"""

from __future__ import annotations

import re

from .background import DAYS as _DAYS
from .wordforms import is_noun, participle_of, simple_past_of, verb_lemmas

__all__ = ["strip_times", "named_day_at", "TIMES", "TIME_HINT", "MONTHS"]

# Words before a time that keep it: a possessive, a day spent, "only", a range's or a wait's end ("from Monday
# to Friday", "suspended until Monday").
_OWNS_TIME = frozenset("his her their its our my your the spent spend spends only just to until till "
                       "through".split())
# Words that make a day a name of its own ("Super Tuesday", "Good Friday", "Black Monday"), never a time.
_NAMES_A_DAY = frozenset("super good black cyber bloody ash easter palm holy maundy shrove giving".split())
#: A month's name (also :mod:`.attribution`: "a March report" names no source).
MONTHS = _MONTHS = (
    r"(?:January|February|March|April|May|June|July|August|September|October|November|December)")
# (It opens on "\s\s*", the same as "\s+": the engine scans for a pattern's opening character class
# quickly, but tries one that opens on a repeat at every character.)
#: The times a headline does not need, each after a space (a day, "this week", "in May", "in 2004").
TIMES = re.compile(
    rf"\s\s*(?:(?:(?:early|late|last|next|this)\s+)?(?:on\s+|since\s+)?{_DAYS}(?:\s+(?:night|morning|afternoon|evening))?(?!\s+[A-Z])"
    rf"|(?:on\s+)?(?:yesterday|today|tonight)"
    rf"|(?:(?:early|late)\s+)?(?:last|this|next)\s+(?:week|weekend|month|year)"
    rf"|(?:earlier|later)\s+this\s+(?:week|month|year)"
    rf"|(?:over|at|during)\s+the\s+weekend"
    rf"|(?:in|on|by|since|from)\s+(?:(?:early|late|mid-?)\s*)?(?:\d{{1,2}}\s+)?{_MONTHS}(?:\s+\d{{1,2}})?(?:,?\s+\d{{4}})?"
    rf"|back\s+in\s+(?:19|20)\d\d(?=[,.;:]|$)"  # (with its "back" at a clause's end: "set up back in 1998.")
    rf"|(?:(?:early|late)\s+)?in\s+(?:19|20)\d\d)\b(?=[\s,.;:]|$)"
    # not "in June | or July", "Monday | to Friday", "Monday night | and through Tuesday" (but "Monday | to
    # Chechen leader")
    rf"(?!\s+(?:or|and)\s+[A-Z\d]|\s+(?:and\s+)?(?:to|through|till|until)\s+(?:(?:next|this|last)\s+)?"
    rf"(?:{_DAYS}|{_MONTHS}|\d)|\s+(?:night|morning|afternoon|evening)\b)"  # (nor a day without its night)
)
# A day after a verb of saying, before the name that opens what was said ("Cem said Wednesday | Turkey was
# ..."): a time, though a capital follows, where that name's verb comes next (elsewhere a day before a capital
# may open a name: "Saturday Night Live", "told Sunday Tribune reporters", "said Sunday School classes
# would"); not a Sunday paper's name ("said Sunday Times Square would": which, unknown).
_NAMES_VERBS = "was|were|is|are|had|has|have|would|will|could|can|should|must"  # (what follows the name)
_PAPERS = "Times|Telegraph|Mirror|Express|Post|Herald|Mail|People|Independent|Sport|Star|Night"
_SAID_DAY = re.compile(
    rf"\b(said|says|announced|told)\s+{_DAYS}(?!\s+(?:{_PAPERS})\b)"
    rf"(?=(?:\s+[A-Z][\w'’.-]*){{1,3}}\s+(?:{_NAMES_VERBS})\b)")
# A time that opens the line, its day capitalised with it ("Early Thursday", "Late Sunday night", "On Sunday"
# before the subject with no comma: the patterns below read a time after a space).
_OPENING_TIME = re.compile(
    rf"^(?:Early|Late|On)\s+{_DAYS}(?:\s+(?:night|morning|afternoon|evening))?,?\s+(?=\S)")
# A quick test before the slow pattern: each of its times has one of these ("Monday", "today",
# "tonight", "this week", "in May", "in 2004"); most lines have none.
TIME_HINT = re.compile(rf"day|tonight|week|month|year|19|20|{_MONTHS[3:-1]}")


def strip_times(text: str) -> str:
    def time(match: re.Match) -> str:
        # Not a day a possessive owns, one that is spent ("spent his Friday night working") or that
        # "only" stresses ("only last month started"), nor one that a dash goes on to name ("on 11
        # March - Comic Relief day").
        before = text[max(0, match.start() - 8) : match.start()].rsplit(" ", 1)[-1].lower()
        named = text[match.end() : match.end() + 3] in (" - ", " – ", " — ")
        # Nor the "since" of a negation ("had not stood on a touchline since October 19, 2013"): how long
        # it has not happened is the news.
        negated = match.group(0).lstrip().startswith("since") and _NEGATION.search(
            text, max(0, match.start() - _NEGATION_REACH), match.start()) is not None
        # (A speaker's "according to" that the attribution's cut left before a day is no range's "to".)
        said = before == "to" and text[max(0, match.start() - 12) : match.start()].lower() == "according to"
        kept = before in _OWNS_TIME and not said or _named_day(match, before)
        if kept or named or negated or _describes(match) or _plans_when(text, match):
            return match.group(0)
        following = text[match.end() : match.end() + 1]  # ("" at the end of the text: nothing to keep apart)
        if match.group(0).lstrip().startswith("back") and _takes_back(text, match.start()):
            return " back"  # the verb's particle, and the year alone goes: "was brought back | in 1976"
        if following == "," and _PARTICIPLE_BEFORE.search(text, max(0, match.start() - 30), match.start()):
            return _LONE  # "proposal, announced Monday, would": the participle goes with its time (below)
        if following == "," and _opens_on_its_word(text[: match.start()]):
            return _OPENED  # "Back in 1994, Yahoo had": the opening's word goes with its time (below)
        if following == "," and _is_its_object(text[: match.start()]):
            return match.group(0)  # "Unlike last year, when ...": the opening's preposition keeps its object
        return "" if not following or following in _CLOSING else " "  # ("lesson this week: Don't")

    if text[:1] in "ELO":
        text = _OPENING_TIME.sub("", text, count=1)  # "Early Thursday two police officers were shot"
    if TIME_HINT.search(text):
        text = TIMES.sub(time, text)
        text = _SAID_DAY.sub(r"\1", text)
        if _LONE in text:
            # A participle whose time went, alone between commas ("proposal, announced Monday, would"): the
            # aside goes whole; a list's participle keeps its place ("arrested, charged, and remanded").
            text = _LONE_PARTICIPLE.sub(_lone, text).replace(_LONE, "")
        if _OPENED in text:
            text = text[text.index(_OPENED) + 2 :].lstrip()  # (the word, its time and their comma)
    return _HERE.sub(_here, text) if " here" in text else text


def _takes_back(text: str, at: int) -> bool:
    """Whether the word before ``at`` is a verb whose particle a "back" after it is ("brought back", "paid
    back", "moved back", "fought back"), not a time's "back" after a clause ("set up | back in 1998") nor
    after a noun ("came into force | back in 2005")."""
    before = text[max(0, at - 30) : at].split()[-2:]
    if not before or not before[-1].islower() or _BACK_VERBS.isdisjoint(verb_lemmas(before[-1])):
        return False
    return len(before) < 2 or before[0].lower() not in _NOUN_BEFORE


# Verbs that take "back" as their particle (bring back a law, pay back a loan, hand back a territory).
_BACK_VERBS = frozenset(
    "bring come go get pay give hand send take win buy sell cut scale fight hit strike move step fall turn "
    "put hold call write look think pull push roll bounce claw fly drive walk sail force welcome".split())
_NOUN_BEFORE = frozenset("a an the into in of for on at his her its their our".split())  # (a noun's words)


def _plans_when(text: str, match: re.Match) -> bool:
    """Whether the time is a month of the clause of a verb of the future ("will most likely be unveiled | in
    May"): when what is planned happens is the news. Not a month of another clause between them ("to plead
    guilty to charges filed | in March", "repay the loans it took | in December", "after profits slumped")."""
    if _MONTH_TIME.fullmatch(match.group(0).strip(" ,")) is None:
        return False
    future = None
    for future in _FUTURE_BEFORE.finditer(text, max(0, match.start() - _FUTURE_REACH), match.start()):
        pass  # (the last: the time's own clause's)
    if future is None:
        return False
    between = text[future.end() : match.start()].lower().split()
    while between and (between[0] in _BEFORE_THE_VERB or between[0].endswith("ly")):
        between.pop(0)  # ("will most likely be | unveiled")
    return not any(w in _OTHER_CLAUSE or simple_past_of(w) or participle_of(w) for w in between[1:])


_MONTH_TIME = re.compile(rf"(?:in|by) (?:early |mid-|late )?{_MONTHS}(?: \d{{4}})?")
# A verb of the future: "will", "is to", a plan's or a hope's "to be" ("hopes to be back"), a schedule's "to".
_FUTURE_BEFORE = re.compile(
    r"\b(?:will|(?:is|are) to|(?:hopes?|expects?|plans?|is|are|due|set|expected|scheduled) to(?: be)?)\s")
_FUTURE_REACH = 50  # characters before the time searched for its verb of the future
_BEFORE_THE_VERB = frozenset("be most also not still soon now".split())  # between the future and its verb
# Words that open another clause before the time (its own subject or verb).
_OTHER_CLAUSE = frozenset(
    "after before when while as that which who it he she they we i because since".split())

_LONE = "\x00"  # where a participle's time went, before its closing comma
_PARTICIPLE_BEFORE = re.compile(r",\s+[a-z]+ed$")
_LONE_PARTICIPLE = re.compile(r",\s+([a-z]+ed)\x00,(?=\s)")


def _opens_on_its_word(before: str) -> bool:
    """Whether ``before``, what stands before a time that a comma closes, is the sentence's first word alone,
    which opens the phrase with it ("Back in 1994,", "Even today,", "Late last year,", "But Monday evening,",
    "Launched this week,"): an adverb, a conjunction or a participle, not a preposition whose object the
    time is ("Unlike last year, when ...")."""
    word = before.strip()
    if not word.istitle() or not word.isalpha():
        return False
    low = word.lower()
    return low in _OPENING_WORDS or low.endswith("ed") and participle_of(low) is not None


def _is_its_object(before: str) -> bool:
    """Whether ``before``, what stands before a time that a comma closes, is the sentence's first word alone
    and a preposition whose object the time is ("Unlike last year,", "Like last season,")."""
    return before.strip().lower() in _OPENING_PREPOSITIONS


_OPENING_PREPOSITIONS = frozenset("unlike like than".split())
_OPENED = "\x01"  # where an opening's time went, before its comma
# Words that open a sentence's time phrase with it and go with it ("Back in 1994,", "Even today,").
_OPENING_WORDS = frozenset("back even late early but and so yet then also".split())


def _lone(match: re.Match) -> str:
    return "" if participle_of(match.group(1)) is not None else match.group(0).replace(_LONE, "")


_CLOSING = ",.;:"  # after a time that goes, what its clause's punctuation closes stays on the word before
_NEGATION = re.compile(r"\b(?:not|never)\b|n['’]t\b")
_NEGATION_REACH = 50  # characters before a "since" searched for its negation


def _named_day(match: re.Match, before: str) -> bool:
    """Whether the day the pattern found is part of a name ("Super Tuesday", "Good Friday"): the word
    before it makes a name of it, capitalised, and the day stands alone (not "on Tuesday")."""
    return before in _NAMES_A_DAY and match.group(0).lstrip()[:1].isupper() and named_day_at(
        match.string, match.start())


def named_day_at(text: str, at: int) -> bool:
    """Whether the word that ends before ``at`` (white space between) makes the day after it a name:
    "Super Tuesday", "Black Friday", capitalised."""
    before = text[max(0, at - _NAMING_REACH) : at].rsplit(None, 1)[-1:]
    return bool(before) and before[0][:1].isupper() and before[0].lower() in _NAMES_A_DAY


_NAMING_REACH = 10  # characters before a day searched for the word that names it


def _describes(match: re.Match) -> bool:
    """Whether a "weekend" the pattern found describes the noun after it ("at the weekend market", "over
    the weekend break"): a lowercase word that opens no phrase follows it."""
    if not match.group(0).endswith("the weekend"):
        return False  # ("this weekend will include": a time, then the verb)
    following = match.string[match.end() : match.end() + 20].split()[:1]
    return bool(following) and following[0].isalpha() and following[0].islower() and (
        following[0] not in _AFTER_TIME and is_noun(following[0]))


# Words after a time that open a phrase or a clause of their own ("over the weekend | from ...").
_AFTER_TIME = frozenset(
    "from in at on to for with and or but as after before when while by of into near amid despite will would "
    "could may might can must should".split()
)


# "here" after a word, not before an apostrophe, "comes", "is", "are", nor in "here and there", "neither
# here nor there".
_HERE = re.compile(r"(?<=[\w,])\s+here\b(?![’'])(?!\s+(?:comes?|is|are|and|or|nor)\b)")
# Words after which "here" is no dateline's: forms of "be", words of place or degree, and of staying ("born
# here", "lives here", "the buck stops here").
_KEEPS_HERE = frozenset(
    "is are was were be been being from to near over in out up down around back right just until till "
    "born live lives lived living stay stays stayed remain remains remained stop stops stopped".split()
)


def _here(match: re.Match) -> str:
    text = match.string
    before = text[text.rfind(" ", 0, match.start()) + 1 : match.start()].lower().strip(",")
    # nor after a contracted "be": "I'm here to win", "They're here to stay", "Spring's here"
    kept = before in _KEEPS_HERE or before.endswith(("'m", "'re", "'s", "’m", "’re", "’s"))
    return match.group(0) if kept else ""
