"""What opens an English sentence before its subject, for headlinese to drop.

A sub-editor's line starts at the subject. Before it a lead may open on a subordinate, prepositional or
participle clause closed by a comma: "After two days of talks,", "Eight years after his regime
ended,", "Closed for a decade,", "Due to reopen March 26,"; not "As many as 13 leaders", a subject. A
preposition's phrase may run longer ("In a recent move that indicated he has no intention of backing
away from his company's aggressive business tactics, Microsoft Corp.'s chairman ...") when what
follows its comma opens as a subject does (a capital or an article); so may a participle's ("Hailing the World
War II archbishop of Zagreb as a martyr to ...,"), whose object then names the main clause's one "him" or
"her", which would otherwise point at nothing the line says ("Pope John Paul II beatified him" -> "...
beatified the World War II archbishop of Zagreb").
"""

from __future__ import annotations

import re

from .trim import ARTICLES as _ARTICLES
from .wordforms import is_adverb, is_noun, is_tensed, may_be_adjective, may_be_noun, may_be_verb
from .wordforms import participle_of
from .wordforms import progressive_of, simple_past_of, surely_tensed

__all__ = ["strip_opening", "opening_end", "closes_opening", "tensed_in", "STATES"]

#: The US states, as a pattern's alternatives (a city's state after its comma: "Ferguson, Missouri,").
STATES = (
    "Alabama|Alaska|Arizona|Arkansas|California|Colorado|Connecticut|Delaware|Florida|Georgia|Hawaii|Idaho|"
    "Illinois|Indiana|Iowa|Kansas|Kentucky|Louisiana|Maine|Maryland|Massachusetts|Michigan|Minnesota|"
    "Mississippi|Missouri|Montana|Nebraska|Nevada|New Hampshire|New Jersey|New Mexico|New York|"
    "North Carolina|North Dakota|Ohio|Oklahoma|Oregon|Pennsylvania|Rhode Island|South Carolina|"
    "South Dakota|Tennessee|Texas|Utah|Vermont|Virginia|Washington|West Virginia|Wisconsin|Wyoming"
)
# The words that open a leading clause (the pattern's first alternatives).
_OPENERS = (
    "after|although|amid|as|at|because|before|by|despite|following|for|from|if|in|on|once|since|"
    "though|to|under|when|while|with|without|during|meanwhile|however|but|and|yet|so|also|speaking|"
    "according|over|across|ahead of|earlier|later|last|this|every|"
    "just as|just when|just after|just before|everywhere|elsewhere"
)
# A day's word opens a clause only before its comma ("Today, ..."; "Today's decision" is a subject, "Today,
# Tomorrow and Forever" a title).
_DAY_OPENERS = ("today", "tonight", "yesterday")
_LEADING_CLAUSE = re.compile(
    # "As many as 13 leaders", "At least a dozen tourists on two cruises that visited Tunis," are subjects.
    r"^(?!as (?:many|much|few|little|long|far|well) as\b|"
    r"at (?:least|most) (?:\d|an? |one |two |three |four |five |six |seven |eight |nine |ten |dozens "
    r"|hundreds |thousands |half )"
    r"(?![^,]{0,40}\b(?:minutes?|hours?|days?|weeks?|months?|years?|decades?|times)\b))"
    # (not "At least for now,", "At least two hours after the explosion,", "At least three times a week,")
    r"(?:" + _OPENERS + "|(?:" + "|".join(_DAY_OPENERS) + r")(?=,(?!\s+tomorrow[\s,]))|"  # (not a title's list)
    # a clause of a time, as "when" ("The last time Gestede faced Liverpool,"), its subject after it (not "The
    # next time limit", "The first time buyers' scheme")
    r"the (?:last|first|next) time(?=\s+(?:(?-i:[A-Z\"“‘'])|(?:the|a|an|he|she|it|they|we|i|you|his|her|"
    r"their|its|our|my|this|that|these|those)\b))|"
    r"[a-z]+ing|[a-z]+ly|"
    r"(?:[\w'-]+\s+){1,3}(?:after|before|later|ago)|"
    # (a longer count of a time: "Three and a half decades after calling for ...,")
    r"(?:(?:\d[\d.,]*|a|an|and|half|few|several|mere|just|only|one|two|three|four|five|six|seven|eight|nine|"
    r"ten|eleven|twelve|couple|of)\s+){2,4}(?:minutes|hours|days|weeks|months|years|decades)\s+"
    r"(?:after|before)|"
    # A quantity opens a clause only as a time ("More than a year after the crash,", "Nearly two weeks
    # later,"); else it opens the subject ("More than two decades as a judge, prosecutor and ...").
    r"(?:nearly|almost|more than)\s[^,]{0,60}?\b(?:after|before|later|ago))\b[^,]{0,80},"
    r"(?:\s+(?:1[89]|20)\d\d,)?"  # a date's year after its day ("On October 24, 1944,")
    rf"(?:\s+(?:{STATES}),)?"  # a city's state ("... two officers in Ferguson, Missouri,")
    r"[\"”’']?\s+",
    re.IGNORECASE,
)
# A longer opening phrase of a preposition that sets a scene, closed by a comma before the subject ("In a
# recent move that indicated he has no intention of backing away from ..., Microsoft's chairman ..."), or
# a subordinate clause ("As the U.S. and ... NATO countries conduct ..., Russian President ...").
_LONG_OPENING = re.compile(
    r"^(?!(?i:as (?:many|much|few|little|long|far|well) as)\b)"  # (a subject: "As many as 13 leaders")
    r"(?:(?i:in|before|after|during|despite|amid|following|since|under|without|as|while|when|although|though"
    r"|whereas)|([A-Z][a-z]+ing))"
    r"\s[^,;\"“]{80,160},"
    rf"(?:\s+(?:{STATES}|[A-Z][a-z]{{1,4}}\.),)?"  # a city's state ("National Harbor, Maryland,", "Colo.,")
    # (a quotation may close before the comma's space; a subject opens on an article, a quantifier or a name:
    # "..., both sides should")
    r"[\"”’']{0,2}\s+(?=(?:the|a|an|both|all|many|most|some|several)\s|[A-Z])"
)
_PARTICIPLE_CLAUSE = re.compile(
    r"^([A-Z][a-z]+)\s+(?:about|as|at|by|for|from|in|into|on|to|under|with|within)\b[^,;]{0,80},[\"”’']?\s+"
)


def strip_opening(text: str) -> str:
    """``text`` without the clause or phrase that opens it before its subject."""
    end, clause = opening_end(text)
    if not end:
        return text
    rest = text[end:]
    if not clause:
        return rest
    if text.split(maxsplit=1)[0].lower() in ("if", "unless"):
        # A condition's "then" goes with it ("If the 20th century was ..., then the 21st century is
        # ..."); not a title's ("In 2003, then Secretary of State Colin Powell told ...").
        rest = _THEN.sub("", rest, count=1)
    return _named_object(text[:end], rest)


def opening_end(text: str) -> tuple[int, bool]:
    """Where the clause or phrase that opens ``text`` before its subject ends (past its comma and the
    space after it; 0: none), and whether it is a clause whose participle's object may name the rest's
    "him" (:func:`_named_object`), not a participle's short phrase ("Educated at Eton,")."""
    if "," not in text:
        return 0, False  # each pattern below ends its opening at a comma
    # The patterns are anchored: a match at the start is all that a sub(count=1) would replace.
    match = _LEADING_CLAUSE.match(text) if _may_open_on_a_clause(text) else None
    if match and text[:4] in ("The ", "the ") and _time_as_subject(text[: match.end()]):
        match = None  # "The last time the Yangtze was this high was during floods, ...": the subject
    if match and _subject_after_conjunction(text[: match.end()]):
        match = None  # "But Martin Dolan, Chief Commissioner of ..., says": the subject and its aside
    if match and _CLOSING_SPEAKER.match(text, match.end()):
        return 0, False  # "Detaining suspects ... breaks rights laws, the court has ruled.": a claim
    if match and _main_clause_before_participle(text, match.end()):
        return 4, False  # "But | this latest measure went a step further, seeing ...": only its "But" goes
    if match and not (text[:1] in "NAMnam" and _QUANTITY.match(text) and tensed_in(text[: match.end()])
                      or text[:1] in "TtEeLl" and _subject_and_verb(text[: match.end()])
                      or _adjective_in_ly(text) or _describes_a_name(text[: match.end()])):
        # (A quantity's stretch with a verb of its own is a clause's subject and verb: "Nearly 200 people
        # were killed after a ferry capsized, ...", and so is a "this" that a verb follows: "This sequel
        # gives the franchise a grim, gritty new look".)
        return _past_its_relative(text, _past_its_list(text, _past_adjectives_comma(text, match.end()))), True
    if len(text) > 80:
        match = _LONG_OPENING.match(text)
        # (A long clause before a subject with an article is a feature's scene: "As Dave King joined hands
        # ..., a great roar emerged"; before a name, the news: "As the U.S. ..., Russian President Vladimir
        # Putin has ordered ..."; not a title's capital: "When he refused ... manifesto, In Place of Strife".)
        scene = bool(match) and text.split(maxsplit=1)[0].lower() in _SUBORDINATORS and (
            not text[match.end()].isupper()
            or text[match.end() :].split(maxsplit=1)[0].lower() in _PREPOSITIONS)
        if match and not scene and (match[1] is None or _participle_phrase(match[1], text[: match.end()])):
            return match.end(), True
    # "Closed for over a decade, a trail ...", "Educated at Eton, he ...", "Due to reopen in March, ...":
    # a participle or "due" and its preposition open a clause about the subject that follows.
    match = _PARTICIPLE_CLAUSE.match(text)
    if match and (match.group(1).lower() in _OPENING_ADJECTIVES or participle_of(match.group(1))):
        return match.end(), False
    return 0, False


def _main_clause_before_participle(text: str, end: int) -> bool:
    """Whether ``text`` opens with "But" or "And" and a clause with its own verb, and a participle's phrase
    follows its comma at ``end`` ("But this latest measure went a step further, | seeing Republicans in
    Congress stepping on ..."): that clause is the main one, not an opening before the subject (not "And
    now, | facing uproar, Israeli officials ...", nor "But when the results came in, | showing ...")."""
    if text[:4] not in ("But ", "And ") or text[4:].split(maxsplit=1)[0].lower() in _CLAUSE_OPENINGS:
        return False
    first = text[end : end + 30].split(None, 1)[:1]
    participle = bool(first) and first[0].islower() and first[0].endswith("ing") and may_be_verb(first[0])
    return participle and _subject_and_verb_at(text, 4)


def _past_adjectives_comma(text: str, end: int) -> int:
    """The end of an opening whose comma stands between two adjectives of one noun ("Under harsh lights in a
    private, | rented room in Berlin, | women face ..."): past the next comma, where it comes soon."""
    before = text[:end].rstrip(" ,").rsplit(None, 2)[-2:]
    after = text[end : end + 30].split(None, 1)[:1]
    adjective = len(before) == 2 and may_be_adjective(before[1].lower()) and not is_noun(before[1].lower())
    following = bool(after) and after[0].islower() and (
        may_be_adjective(after[0]) or participle_of(after[0]) is not None)
    if not adjective or before[0].lower() not in _ARTICLES or not following:
        return end  # (not "In the past, | the company ...": a noun phrase, then the subject)
    following = text.find(", ", end, end + _ADJECTIVES_REACH)
    return following + 2 if following > 0 else end


_ADJECTIVES_REACH = 60  # characters after an adjective's comma searched for the opening's own


def _past_its_list(text: str, end: int) -> int:
    """The end of a participle's opening whose object goes on into a list ("Pleading innocence, | immunity
    and ignorance, | the city responded ..."): past the comma after the list's last item, its "and" or "or",
    where each item is a few lowercase words with no verb and no article (else the subject: "Citing delays,
    | the mayor and council, who ..."), and the subject and its verb follow, not a participle's or an
    adjective's aside about a list that was the subject ("Facing protests, | police and soldiers, | armed
    with batons, moved ...")."""
    first = text.split(maxsplit=1)[0].lower()
    if not first.endswith("ing") or first in _ING_PREPOSITIONS or not may_be_verb(first):
        return end
    start = end
    for _ in range(_LIST_ITEMS):
        comma = text.find(", ", start, start + _LIST_REACH)
        item = text[start:comma].split() if comma > 0 else []
        if (not item or len(item) > 4 or not all(w.islower() for w in item) or item[0] in _ARTICLES
                or any(surely_tensed(w) for w in item)):
            return end
        if "and" in item[1:-1] or "or" in item[1:-1]:
            return comma + 2 if _subject_and_verb_at(text, comma + 2) else end
        start = comma + 2
    return end


def _subject_and_verb_at(text: str, at: int) -> bool:
    """Whether a subject opens at ``at`` (not a participle, an -ing form or an adjective) and a verb with a
    tense follows it before the next comma."""
    clause = text[at:].split(",", 1)[0].split()
    head = clause[0].lower() if clause else ""
    if not head or head.endswith("ing") or participle_of(head) is not None or (
            may_be_adjective(head) and not is_noun(head) and head not in _ARTICLES):
        return False
    return any(w in _FINITE or w.islower() and surely_tensed(w) for w in clause[1:])


_LIST_ITEMS = 3  # items after an opening's comma read for a list's "and"
_LIST_REACH = 60  # characters of an item searched for its comma
# Prepositions in -ing, whose phrase is no participle's ("During the night, | rebels and soldiers, ...").
_ING_PREPOSITIONS = frozenset(
    "during following according including regarding concerning barring pending".split())


def _past_its_relative(text: str, end: int) -> int:
    """The end of an opening whose last noun a relative clause describes ("Although below last year's
    peak, | which was reached in October, | prices are ..."): past the clause's comma; a conjunction's
    alone when it opened on one ("But | Brando, who died last July, eventually took ..."); 0 when no
    comma closes the clause, in a question ("With security a key issue, which candidate will voters
    trust?"), when the opening holds a verb (an inversion, "On one side is D'Amato, who ...") or a verb
    follows the clause (a subject: "reopening the Waverley Line, which could cost £100m, would be ...")."""
    if _RELATIVE_NEXT.match(text, end) is None:
        return end
    first = text.split(maxsplit=1)[0]
    if first.lower() in _CONJUNCTIONS:
        return len(first) + 1
    if text.rstrip().endswith("?") or first.lower() in _PREPOSITIONS and tensed_in(text[:end]):
        return 0
    # The clause's comma: not one inside a number ("100,000") nor a place's ("Newport, Rhode Island,").
    comma = _CLAUSE_COMMA.search(text, end)
    if comma is None:
        return 0
    following = text[comma.end():].split(maxsplit=1)[:1]
    if following and (following[0] in _FINITE or surely_tensed(following[0])):
        return 0  # a verb after it: the opening and its clause were the subject ("reopening the line, ...")
    return comma.end()


_SUBORDINATORS = frozenset("as while when although though whereas".split())
_RELATIVE_NEXT = re.compile(r"(?:which|who|whom|whose|where)\b")
_CONJUNCTIONS = frozenset("but and yet so however meanwhile also".split())
_CLAUSE_COMMA = re.compile(r",\s+(?![A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*)?,)")


def closes_opening(text: str, comma: int, any_opening: bool = False) -> bool:
    """Whether the comma at ``comma``, the text's first, closes the phrase that opens it before its
    subject (:func:`opening_end`): what follows is the subject and its verb, not an aside ("After a long
    day in court, the former minister, who ..., was released") nor an attribution ("Speaking to
    reporters on Monday, the president said the talks had failed"). A preposition's phrase or a time, or with
    ``any_opening`` any opening: a gerund may be a subject, and "But ...," or "However ...," may hold one,
    which what follows the comma may describe ("However the poll, which ...,")."""
    found = text[:comma].split(maxsplit=2)
    first = found[1] if len(found) > 1 and found[0].lower() in _CONJUNCTIONS else found[0] if found else ""
    if "," in text[:comma] or not any_opening and first.lower() not in _PHRASE_OPENERS:
        return False  # (a phrase after a conjunction too: "But in 2004, Smith said")
    end = opening_end(text)[0]
    # (A verb with a tense after a gerund makes its comma a clause's, "Writing a Word document can be a
    # dangerous business, according to ...", which the pattern of an -ing opening also takes.)
    return comma < end <= comma + 3 and not (text[:comma].split(maxsplit=1)[0].endswith("ing")
                                             and tensed_in(text[:comma]))


# The prepositions whose phrase a comma closes before the subject ("With its mountains, the valley, ..."),
# and the words that open a time ("Last year, the US ...").
_PREPOSITIONS = frozenset(
    "after amid at before by despite during following for from in on over across under with without".split()
)
_PHRASE_OPENERS = _PREPOSITIONS | frozenset("last this every earlier later".split())
# Words after a "But" or an "And" that open a clause or a phrase before the subject, not the subject.
_CLAUSE_OPENINGS = _SUBORDINATORS | _PREPOSITIONS | frozenset(
    "if because since once now then so still yet also meanwhile however".split())
_THEN = re.compile(r"^then,?\s+(?=\S)")
# What is left after an opening when the sentence was a claim and this its speaker: "the UK's highest court
# has ruled.", "police said on Monday."
_CLOSING_SPEAKER = re.compile(
    r"[^,;]{1,60}?\s(?:has\s+|have\s+)?(?:ruled|said|says|found|concluded|decided|warned|claimed|announced"
    r"|finds|shows|suggests|reveals)"  # (a finding's source as the headline writes it: ", study finds")
    r"(?:\s+on\s+\w+)?\s*[.!?\"'”’]*\s*$"
)
_QUANTITY = re.compile(r"(?i:nearly|almost|more than)\s")


def _subject_and_verb(opening: str) -> bool:
    """Whether an opening of "this", "every", "last", "earlier" or "later" holds a verb with a tense, or a
    "this" no time: the sentence's subject and verb ("This sequel gives the franchise a grim, ...", "Last
    year saw ...", "Last week it welcomed ...", "This light, called ...,"), not a time ("This year,",
    "Last week,") nor a clause of "every time"."""
    found = opening.lower().split()
    if found[0] == "this" and len(found) > 1 and found[1].strip(",;:") not in _TIMES:
        return True  # "This light, called Cherenkov radiation, can be ...": no time, the subject
    return (found[0] in _DETERMINERS and len(found) > 2 and found[1] != "time"
            and any(w.strip(",;:") in _FINITE or is_tensed(w.strip(",;:")) for w in found[1:]))


# What "this" opens as a time ("This year,", "This week,"), not as a subject ("This light,").
_TIMES = frozenset(
    "time times year week month season morning afternoon evening night weekend summer winter spring autumn "
    "fall decade century term round stage past coming".split())


_DETERMINERS = frozenset("this every last earlier later".split())


def _adjective_in_ly(text: str) -> bool:
    """Whether the text opens on a word in -ly that is no opening's adverb: an adjective or a noun
    ("Deadly incidents at factories, sadly, are ...", "Family knew him ..."), or a name, whose stem is no
    adjective ("Italy, who lost ..., travel ..."); not "Clearly,", "Unsurprisingly,", "Early on Monday,",
    "Only last week,"."""
    first = text.split(maxsplit=1)[0].lower().rstrip(",;:")
    if not first.endswith("ly") or first in _LY_OPENINGS or is_adverb(first):
        return False
    if may_be_adjective(first) or may_be_noun(first):
        return True
    stem = first[:-2]  # "unsurprising|ly", "happi|ly", "terrib|ly", "ironical|ly"
    return not any(map(may_be_adjective, (stem, stem[:-1] + "y", stem + "e", stem[:-2], stem + "le")))


def _describes_a_name(opening: str) -> bool:
    """Whether an opening in -ly is an adverb of the adjective of a name, the subject before its
    apposition ("Singularly successful eBay, already a legend on Wall Street, is raising ..."), not an
    adverb's clause ("Clearly upset by the ruling,"): an adjective after the adverb, a capital last."""
    found = opening.rstrip(" ,").split()
    if not 3 <= len(found) <= 5 or not found[0].lower().endswith("ly") or not found[-1].isalpha() or (
            found[0].lower() in _LY_OPENINGS or _TIME_NAME.fullmatch(found[-1])):
        return False  # ("Early next Monday,": a time)
    second = found[1].lower()
    return may_be_adjective(second) and not may_be_verb(second) and not found[-1].islower() and (
        _PREPOSITIONS.isdisjoint(w.lower() for w in found[1:]) and "the" not in found)


# Adjectives whose phrase opens a clause about the subject like a participle's ("Due to reopen in March,",
# "Native to a remote region of China,", "Fresh from his win,").
_OPENING_ADJECTIVES = frozenset("due native fresh eager keen anxious famous".split())
_TIME_NAME = re.compile(
    r"(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|January|February|March|April|May|June|July|"
    r"August|September|October|November|December)")
_LY_OPENINGS = frozenset("early only likely unlikely".split())  # adjectives that also open as adverbs


def tensed_in(opening: str) -> bool:
    """Whether a word of ``opening`` after its first is an auxiliary or a simple past that is no
    participle ("were killed", "rose"; not "documents provided four years ago", nor "pages" and
    "documents", which a present could be)."""
    return any(w in _FINITE or (w.islower() and simple_past_of(w) and participle_of(w) is None)
               for w in opening.split()[1:])


def _time_as_subject(opening: str) -> bool:
    """Whether an opening on "The" is the sentence's subject and its verb before the comma ("The last time
    the Yangtze was this high | was during floods,", "The initial hours after the disappearance | were
    characterized by chaos,"): two verbs with a tense, not one ("The last time Gestede faced Liverpool,")."""
    return sum(w in _FINITE or w.islower() and simple_past_of(w) is not None
               for w in opening.rstrip(",").split()[3:]) > 1


# (subject.AUXILIARIES but "does" and "did"; subject imports headlinese, which imports this module)
_FINITE = frozenset("is are was were has have had will would can could may might must shall should".split())


def _participle_phrase(word: str, opening: str) -> bool:
    """Whether ``word`` (-ing, capitalised) opens a participle's phrase: a verb's present participle
    ("Hailing", not "Sterling", "Boeing", "King", "Everything"), and no verb with a tense in the phrase
    ("Spending on health care rose ..., a sign": a subject and its verb)."""
    lemma, _ = progressive_of(word.lower())
    return lemma is not None and not tensed_in(opening)


def _named_object(opening: str, rest: str) -> str:
    """``rest`` with its one object "him" or "her" named by what the opening participle's clause was
    about ("Hailing the World War II archbishop of Zagreb as a martyr ..., Pope John Paul II beatified
    him" -> "... beatified the World War II archbishop of Zagreb"): the clause goes, and the line
    would not say who."""
    found = _PARTICIPLE_OBJECT.match(opening)
    if found is None or not may_be_verb(found[1].lower()):
        return rest
    if len(_ANY_PRONOUN.findall(rest)) != 1:
        return rest  # two people, or none: whom it stands for is not the opening's to say
    pronoun = _OBJECT_PRONOUN.search(rest)
    if pronoun is None or not _RELATIVES.isdisjoint(rest[: pronoun.start()].lower().split()):
        return rest  # "the survivors who had welcomed him": a relative clause's object, someone else's
    return rest[: pronoun.start()] + found[2] + rest[pronoun.end():]


# An -ing participle and its object, up to the "as" that tells what the object is ("Hailing | the World War
# II archbishop of Zagreb | as a martyr"): someone so described is whom the main clause's "him" means (not
# "Visiting the memorial in Paris, ...", "Citing the report by ...": a thing, no person).
_PARTICIPLE_OBJECT = re.compile(
    r"^([A-Z][a-z]+ing)\s+((?:the|a|an|[A-Z][\w'’-]*)(?:\s+(?!as\b)[\w'’-]+){0,8}?)\s+as\s"
)
_RELATIVES = frozenset("who whom which that".split())
_ANY_PRONOUN = re.compile(r"\b(?:him|her|them|his|he|she)\b")
# "him" or "her" as a verb's object: after a lowercase word, before the end or a preposition (not "her
# own", "her son").
_OBJECT_PRONOUN = re.compile(
    r"(?<=[a-z] )(?:him|her)(?=[\s,.;:]*$|\s+(?:on|in|at|as|to|for|with|after|before|last|this|yesterday|"
    r"today|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b)"
)


# The first word of each opener, which opens the text's first word (lowercased) where the pattern matches.
_TIMES_OF_A_CLAUSE = ("last time", "first time", "next time")  # after "The" (the pattern's words)
_OPENING_WORDS = tuple(sorted({words.split()[0] for words in _OPENERS.split("|")} | set(_DAY_OPENERS)))


def _subject_after_conjunction(opening: str) -> bool:
    """Whether an ``opening`` that a conjunction starts ("But ...,") holds the subject, not a phrase or a
    clause: the word after the conjunction opens none (a name, an article: "But the minister, speaking in
    Leeds, said"; not "But in 2004,", "But speaking in Leeds,", "But crucially,")."""
    found = opening.split(maxsplit=2)
    if len(found) < 3 or found[0].lower() not in _SUBJECT_CONJUNCTIONS or found[1].endswith(","):
        return False
    second = found[1].lower()
    # (a name or an article opens it, no verb with a tense follows: not "and President Cardoso flew off to
    # Portugal," a clause of its own)
    return ((found[1][:1].isupper() or second in _NOUN_OPENERS) and not second.startswith(_OPENING_WORDS)
            and not tensed_in(opening) and _TIME_WORDS.isdisjoint(opening.lower().rstrip(", ").split()))


_SUBJECT_CONJUNCTIONS = frozenset("but and yet so".split())  # (of _CONJUNCTIONS: not "however", "also")
_NOUN_OPENERS = _ARTICLES | frozenset("his her its their".split())
# Words of a time that an article may open ("But a week later,", "But the next day,", "But a decade on,").
_TIME_WORDS = frozenset("next same following day week month year hour moment decade".split())


def _may_open_on_a_clause(text: str) -> bool:
    """A quick test that holds wherever :data:`_LEADING_CLAUSE` matches (the case-blind pattern, tried at the
    text's start, costs about 11 thousand instructions; the test, a few searches): the first word
    opens on an opener or holds "ing" or "ly" ("Speaking", "Clearly"), or "after", "before", "later" or
    "ago" stands in the text ("Two days later"). A first word beyond ASCII goes to the pattern: its
    case-blind letters match "ı", "İ", "ſ" and the Kelvin sign, which str.lower does not make "i", "s", "k";
    the letters of the four words match no other character than their own two cases."""
    first = text.split(maxsplit=1)[:1]
    if not first or not first[0].isascii():
        return True
    word = first[0].lower()
    if word.startswith(_OPENING_WORDS) or "ing" in word or "ly" in word:
        return True
    if word == "the" and (not text[:16].isascii() or text[4:14].lower().startswith(_TIMES_OF_A_CLAUSE)):
        return True  # "The last time ...," (letters beyond ASCII go to the pattern)
    low = text.lower()
    return "after" in low or "before" in low or "later" in low or "ago" in low
