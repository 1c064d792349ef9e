"""Where a headline ends: a trailing clause trimmed, then a cut at a phrase boundary.

A long English line first does without what it can spare, and a subject whose verb the budget would
cut loses its post-modifier (:mod:`.compress`); the cut then keeps that subject, its verb and the start
of its predicate. English then loses a trailing clause once its main clause has verb and object
("Brown visits slum as he opened ..." -> "Brown visits slum"), as a sub-editor ends a line when the
news is said; but a cause that a line of the default length holds to its end is the news's why ("Relief
workers report 'unbelievable destruction' after Tropical Cyclone Pam smashes capital of Vanuatu"). Every
language then gets the cut: within the word budget at a phrase boundary (a clause break, else before
a preposition, a spaced dash or another function word; after the main verb and a word of what follows it
where such a boundary is in reach), never inside a word or a name, never right
after a verb that wants its object (nor before its object's determiner: "to keep | his dreams"; nor
after a verb of saying), and never ending on a function word, a contracted "it's" or an adjective cut
from its noun.

A line cut short says less than a shorter whole one: a sentence that the overrun holds whole is not cut
(its end is its point: "... to offer radio via 3G mobiles"), and the cut completes what it would leave open
when the overrun holds it (a point or a verb's object, up to ``POINT_REACH`` words past it): a
complement that is the only boundary in reach ("there are lessons | to learn from England"), two names
that "and" joins ("for England | and Real Madrid striker Owen"), an infinitive whose object went
("urged to think | more about environment"); "more" after a quantifier is its noun's ("any | more
episodes"), a word of saying after a modifier is a noun ("back-tax claim"), and a verb's particle or
an object pronoun that its clause's end closes stays ("moves on,", "make it"). A noun cut from the
phrase that completes it goes on to that phrase's clause end, as a point ("agree to begin talks | on
ending subsidies given to aircraft makers", "last eight | at Buenos Aires Open"), a count to its noun, a
verb such as "cope" to its "with". A claim that keeps its
speaker (:func:`.attribution.strip_attribution`: ", according to critics", ", watchdogs say") is cut
before the speaker, who stays beside a forecast or a charge (:func:`.attribution.is_forecast_or_charge`;
beside a whole one up to ``POINT_REACH`` words past the overrun) when the cut keeps the main verb with
more than its verb group and stops at no point; a named speaker, or one beside a judgement, only beside
a claim that fits whole.
"""

from __future__ import annotations

import re

from .attribution import KEPT_ATTRIBUTION, is_forecast_or_charge
from .closing import ADVERB_PARTICLES, DASHES as _DASHES, DISASTERS, PARTICLES as _PARTICLES, WANTS_INFINITIVE
from .closing import BE_FORMS, MODALS, RESULT_OPENERS, TOLD_SUBJECTS, TOLLS, bare_verb, dangling, open_aside
from .closing import COUNT_NOUNS as _COUNT_NOUNS, condition_follows, point_follows, toll_count
from .closing import OBJECT_CLAUSE_WORDS, SPENDING, TIME_NOUNS, reports_a_result, runs_on, splits_names
from .compress import make_room, spare, shorten
from .ends import SAYING, SUBJECTS, VERB_WORDS, closes, counts, dangles, has_verb, in_name, noun_of_saying
from .ends import surrender_at, verb_ends
from .headlinese import is_capital
from .mainverb import noun_context
from .subject import joins_as_well_as, main_verb, tensed_at
from .trim import ACRONYM, ARTICLES as _ARTICLES, INSTITUTIONS, PEOPLES_ADJECTIVE, YEAR
from .wordforms import is_adverb, is_base_verb, is_modifier, is_noun, is_tensed, is_verb, may_be_noun
from .wordforms import is_common_word, may_be_adjective, may_be_verb, participle_of, simple_past_of
from .wordforms import surely_tensed
from .wordforms import is_plural_noun, is_superlative

__all__ = ["fit", "dangling", "CAUSE_OPENERS", "POINT_REACH", "PREPOSITIONS", "SAYING"]

_MIN_CLAUSE = 4  # a trailing clause goes only after this many words of the main one
_COMPLEMENT_WORDS = frozenset({"of", "to", "than"})
_GROUP_ADVERBS = frozenset("also still not never now only already just even".split())
_MIN_CLAIM = 5  # words a claim keeps at least beside its speaker; with fewer, the speaker goes
# Words that open a time set off after a verb ("reopened, day after ...", "died, hours before ...").
_TIME_ASIDES = frozenset(
    "day days week weeks month months year years hour hours minute minutes moments shortly".split())
_BACK_OFF = 5  # words a line gives up at most to end on a complete phrase (more, and it loses the news)
_DEFINING_REACH = 1  # words past the overrun a defining clause's end may be (a longer line is too long)
POINT_REACH = 3  # words past the overrun a default-length line takes to reach the end of its point


# Where a clause ends: a cut before these keeps the main clause whole.
_CLAUSE_WORDS = frozenset(
    "who whom whose which that where when while because although though as after before since until "
    "unless if but amid despite following".split()
)


# Where a trailing clause opens, once the main clause has its verb and object ("as" only before a
# subject: "as he opened", not "quit as coach"; "that" opens a complement, which is the news).
_TRAIL_WORDS = frozenset(
    "who whom whose which where when while because although though after before since until unless amid "
    "despite following whereas".split()
)
# Verbs after which "before" says in front of whom ("goes before voters", "appeared before the court").
_BEFORE_WHOM = frozenset(
    "go goes went gone going come comes came appear appears appeared appearing bring brings brought put puts "
    "stand stands stood lay lays laid place places placed".split())
_SUBJECT_WORDS = frozenset("he she it they we i you the a an".split())
_PRONOUN_SUBJECTS = _SUBJECT_WORDS - {"the", "a", "an"}  # (a clause "after the storm" is whole)
_COLON_PRONOUNS = frozenset("He She It They We".split())  # a pronoun subject after a colon
_SAID_BEFORE_COLON = SAYING | frozenset(
    "added adds comment comments commented statement message speech address interview reporters wrote writes "
    "posted tweeted asked asks released quoted".split())
# A linking verb says little of its own: the news is in what follows ("Inquiry is under way after ...").
_COPULAS = frozenset("is are was were".split())


# After a verb of saying, these open no clause whose subject the cut could part from its verb.
_NOT_SAID = _SUBJECT_WORDS - {"the", "a", "an"} | frozenset(
    "that to of on about for in with at by from him her them us me not no".split())
_SAID_SUBJECT = 8  # words at most of the subject of what is said, before its verb

#: Prepositions after which a participle has what it needs ("scores wounded | in attack").
PREPOSITIONS = frozenset("in at on by from with for during after before amid over under near".split())
_REPEATED = frozenset({"never", "ever", "not"})
# Verbs whose object's -ing form is what is seen, or what the object was made to do ("has got fans
# guessing", "left fans wondering", "sent tourists scrambling"): a complement, no clause of its own.
_PERCEIVE = frozenset(
    "show shows showed shown showing see sees saw seen watch watched hear heard got get gets left leaves "
    "keep keeps kept send sends sent".split()
)
_VERB_PARTICLES = ADVERB_PARTICLES | _PARTICLES
_DETERMINERS = frozenset("his her their its my our your this these those".split())
_LIKENESS = frozenset({"like"})  # what a verb of the senses wants after it ("smell | like"; not "hope | as")
_OBJECT_PRONOUNS = frozenset("you him them us me".split())  # (not "her", a determiner too; nor "it")
# "any more episodes", "two more years": after a quantifier, "more" opens no phrase, it is the noun's.
_DEGREES = frozenset({"more", "most", "less"})
_MANNER_DEGREES = frozenset("too so very".split())  # before a verb's adverb of manner ("relied too heavily")
_DURATIONS = _TIME_ASIDES | {"decade", "decades"}  # a time, which no verb wants ("played well | for hour")
_BEFORE_SUCH = frozenset("any no one other another all some many few".split())
_QUANTIFIERS = frozenset(
    "any no some many much few far even one two three four five six seven eight nine ten several "
    "times".split()
)  # (and a multiple's "times": "are six times | more likely")




def _agent_clause_at(tokens: list[str], i: int) -> bool:
    """Whether a participle and its agent open a clause of their own at ``i``, after the noun they tell of
    ("new anti-piracy measures | devised by copy protection firm Macrovision"): a line backs off to it."""
    word = tokens[i]
    return (word.islower() and i + 1 < len(tokens) and tokens[i + 1] == "by"
            and participle_of(word) is not None and is_noun(tokens[i - 1].lower()))


def _adjective(word: str) -> bool:
    """Whether ``word`` is an adjective: a lowercase modifier or a people's ("British")."""
    return word.islower() and is_modifier(word) or PEOPLES_ADJECTIVE.fullmatch(word) is not None


def _acronyms_of_one_noun(tokens: list[str], i: int) -> bool:
    """Whether the "and" at ``i`` joins two acronyms that a lowercase noun after them shares ("UK | and US
    film charts", "EU and US talks")."""
    if i + 2 >= len(tokens):
        return False
    before, after, noun = tokens[i - 1], tokens[i + 1], tokens[i + 2]
    return (ACRONYM.fullmatch(before) is not None and ACRONYM.fullmatch(after) is not None
            and noun.islower() and may_be_noun(noun.strip(",;:.")))


def _inside_a_name(tokens: list[str], i: int) -> bool:
    """Whether the "of", "for" or "and" at ``i`` stands inside one institution's name: after its head
    ("Ministry | of Defence", "Association | for the Advancement of Science") or, after one word, before
    the words that end on its head ("Manila's Securities | and Exchange Commission"); not between two
    names ("West Ham | and Champions League tie", "Fletcher | for FA Cup", "University of Oxford | and
    Imperial College", "Ministry of Defence | and the Home Office"), nor before a place's or a cup's
    purpose ("Wembley Stadium | for Sunday's final", "World Cup | for England")."""
    before = tokens[i - 1]
    k = i + 2 if tokens[i + 1 : i + 2] == ["the"] else i + 1
    if k >= len(tokens) or not tokens[k][:1].isupper() or not before[:1].isupper() or not before.isalpha():
        return False
    if tokens[i] == "of":
        return i > 1  # "Bank | of England", "Fifty Shades | of Grey", "Lord | of the Rings"
    if tokens[i] != "and":
        return before in _FOR_HEADS
    first = tokens[i - 2] if i > 1 else ""
    if k > i + 1 or first in _NAME_JOINERS or first[:1].isupper() and not first.endswith(("'s", "’s")):
        return False  # two names ("West Ham | and Champions League tie"), not one of one word and its head
    end = next((j for j in range(k, min(len(tokens), k + _NAME_RUN)) if not tokens[j][:1].isupper()),
               min(len(tokens), k + _NAME_RUN))
    return tokens[end - 1] in INSTITUTIONS


def _name_closes(tokens: list[str], i: int, reach: int, stop: frozenset[str]) -> bool:
    """Whether the name that the "and" at ``i`` goes on with closes within ``reach`` words, where a phrase
    or the line ends ("Securities and Exchange Commission | to"; not "Free and Bad Company | singer Paul
    Rodgers"), its own "of" within it ("Royal Bank of Scotland")."""
    end = i + 1
    while end < len(tokens) and (tokens[end][:1].isupper() or tokens[end] in ("of", "for") and (
            end + 1 < len(tokens) and tokens[end + 1][:1].isupper())):
        end += 1
    return end <= reach and (end == len(tokens) or tokens[end].lower() in stop)


_NAME_JOINERS = frozenset("of for and".split())
_NAME_RUN = 3  # capitalised words after a joiner read for the name's head
# The heads of names that go on with "for" ("Department for Education", "Institute for Fiscal Studies");
# not a place's or a cup's ("Wembley Stadium | for Sunday's final", "Heathrow Airport | for British Airways").
_FOR_HEADS = frozenset(
    "Ministry Department Agency Association Federation Union League Institute Foundation Society Centre "
    "Center Office Trust Board Commission Committee Council Authority Fund Bank Party Academy College School "
    "Hospital".split())


def _joins_adjectives(tokens: list[str], i: int) -> bool:
    """Whether the word at ``i`` joins two adjectives of one noun: "feature capable | but flawed
    Imperial official" (an adjective that is no noun before it, one or a participle after it)."""
    before, after = tokens[i - 1], tokens[i + 1] if i + 1 < len(tokens) else ""
    return (before.islower() and is_modifier(before) and not is_noun(before)
            and (_adjective(after) or after.islower() and participle_of(after) is not None))


def _purpose_at(tokens: list[str], i: int) -> bool:
    """Whether the "to" at ``i`` opens a purpose after a name: a capitalised word before it, a verb's
    base form after it ("Taliban | to try")."""
    return (tokens[i] == "to" and i + 1 < len(tokens) and is_capital(tokens[i - 1][:1])
            and tokens[i + 1].islower() and is_base_verb(tokens[i + 1]))


def _said_clause_verb(tokens: list[str], main: int) -> int | None:
    """Where the verb of what the main verb says stands, when that is a clause without "that" whose
    subject is no pronoun ("insists | main priority for United must be ..."); None otherwise."""
    said = tokens[main].lower()
    if said not in SAYING or noun_of_saying(tokens, main) or main + 2 >= len(tokens):
        return None
    opening = tokens[main + 1].lower()
    if opening in _NOT_SAID or not opening.isalpha():
        return None  # "says that ...", "tells him ...", "warns of ...": no clause opens on its subject
    for k in range(main + 2, min(len(tokens), main + 2 + _SAID_SUBJECT)):
        if tokens[k][-1:] in ",;:" or tokens[k].lower() in _CLAUSE_WORDS:
            return None
        if tokens[k].lower() in VERB_WORDS or tensed_at(tokens, k):
            return k
    return None


def _defining_relative(tokens: list[str], i: int) -> bool:
    """Whether ``tokens[i]`` is a "that" that opens a clause defining the noun before it, its subject
    left out ("team | that beat Italy", "law | that banned ..."); not "said | that". So is a "which" no
    comma sets off ("releases trial tool | which is concerning some net users"), and a "who" after a
    common noun ("apologises to two families | who suffered ...")."""
    if tokens[i].lower() not in ("that", "which", "who") or i + 1 >= len(tokens):
        return False
    before, after = tokens[i - 1], tokens[i + 1]
    # ... or a count that "of" gives ("one of six | that were involved"): that clause says which.
    counted = i > 1 and tokens[i - 2].lower() == "of" and (
        before.isdigit() and len(before) < 4 or before.lower() in _NUMBER_WORDS)  # (not a year's "of 2004")
    noun = (before.isalpha() and before.islower() and is_noun(before) and before not in _CONTENT_NOUNS
            and before not in SAYING)
    if not (noun or counted):
        return False
    k = i + 2 if is_adverb(after) and i + 2 < len(tokens) else i + 1  # "lyrics that allegedly call"
    if tokens[k].islower() and is_tensed(tokens[k]):
        return True
    # ... or with a subject of its own (no pronoun) and its verb: "bill | which critics claim would ...",
    # "proposals | which the Tories say would save ...".
    k += tokens[k].lower() == "the"
    return (k + 1 < len(tokens) and tokens[k].isalpha() and tokens[k].lower() not in _SUBJECT_WORDS
            and tokens[k + 1].islower() and (tokens[k + 1] in SAYING or surely_tensed(tokens[k + 1])))


def _noun_completed(tokens: list[str], cut: int, reach: int) -> int | None:
    """Where the clause ends when the line ``tokens[:cut]`` ends on a common noun cut from the phrase
    that completes it ("agree to begin talks | on ending subsidies given to aircraft makers", "hopes to
    join Japan as co-host | of 2011 Rugby World Cup", "offers Mourinho some advice | on coping under
    pressure"), that phrase holds no verb of its own and the clause ends within ``reach`` words; None
    otherwise. In the phrase an -ing form follows a preposition ("on coping"), a base form "to", and a
    participle qualifies a noun ("subsidies given to"). A place's or a time's "in" or "at" is a side
    detail ("in Peru", "at Riverside"), not what the noun wants; an event's name is not (:func:`_event_at`),
    nor where a superlative is the most ("most powerful people | in TV comedy"). A count's "of" ends
    with its noun ("hundreds of thousands | of unsolicited e-mail messages"), and a word that may be a
    verb or a noun takes its phrase as a noun does ("help children cope | with pressures of ...").
    """
    if cut >= len(tokens) or tokens[cut].lower() not in _OPENS_A_COMPLETION:
        return None  # (the quick test first)
    opener, last = tokens[cut].lower(), tokens[cut - 1]
    event = _event_at(tokens, cut)
    cause = [t.lower() for t in tokens[cut : cut + 2]] in _CAUSES  # "emergency | due to epidemic of HIV"
    superlative = opener == "in" and _superlative_before(tokens, cut)  # "most powerful people | in TV comedy"
    if opener not in _COMPLETING and not event and not cause and not superlative:
        return None
    head = last.rsplit("-", 1)[-1]  # (a compound's: "co-host" -> "host")
    # (a noun that may be an adjective too, "epidemic", or that the word tables lack, "county")
    noun = is_noun(head) or may_be_noun(head) and not is_modifier(head) or not is_common_word(head)
    if not (last.islower() and last.replace("-", "").isalpha() and noun
            or event and (last.lower() in _RANKED or _DISTANCE.fullmatch(last))):
        return None
    if is_tensed(last) and is_capital(tokens[cut - 2][:1]) and not any(
            t.islower() and is_tensed(t) for t in tokens[1 : cut - 1]):
        return None  # a name's verb, though it may be a noun too ("Bishop John Smith dies | on eve of ...")
    # The clause ends at a comma, or before a trailing clause ("lead | into third day of Africa Open |
    # after carding ...").
    end = _clause_end(tokens, cut)
    if last in _COUNT_NOUNS and opener == "of":
        # A count's "of" ends with its noun ("sending hundreds of thousands | of unsolicited e-mail messages
        # | to AOL subscribers"): the count is said once its noun is.
        end = next((k + 1 if tokens[k][-1] in ",;:." else k for k in range(cut + 1, end)
                    if tokens[k][-1] in ",;:." or tokens[k].lower() in _OPENS_A_PHRASE), end)
    if event and end > event and tokens[event].lower() in _EVENT_PLACES:
        # The event's place or day after its name is a side detail ("at Norwich Union Grand Prix | in
        # Birmingham").
        end = event
    if end > reach or event and end != event:
        return None  # (an event's name ends its phrase: not "in FA Cup | quarter-final")
    if tokens[end - 1][-1] == "," and not {"and", "or"}.isdisjoint(tokens[end : end + _LIST_REACH]) and (
            tokens[end].lower() != "including"):
        return None  # a list's comma ("between Google, | Microsoft and Yahoo"): no clause's end; not the
        # comma before an example's list ("pressures of modern digital age, | including cyberbullying, ...")
    closing = tokens[end - 1]
    last_part = closing[:-1].rsplit("-", 1)[-1]  # (a compound's: "outward-looking" -> "looking")
    if closing[-1] == "," and closing.islower() and (
            is_modifier(last_part) or last_part != closing[:-1] and last_part.endswith(("ing", "ed"))):
        return None  # a comma between adjectives ("on Tunisia's outward-looking, | investment-friendly ...")
    for k in range(cut + 2 if cause else cut, end):
        word, low = tokens[k], tokens[k].lower().strip(",;:")
        if low in _CLAUSE_WORDS or low in SUBJECTS or low in VERB_WORDS:
            return None
        if k < end - 1 and _SENTENCE_END.search(word):
            return None  # a sentence ends inside it ("talks with management over pay. Yesterday")
        if not word.islower():
            continue
        before = tokens[k - 1]
        # A present or an -ing form after a name or a plural is a verb with its subject ("with Roberts
        # coming up", "as fans say"), and so is an -ing form after an adverb ("world once again holding").
        subject = is_capital(before[:1]) or before.endswith("s") and is_noun(before)
        ing = low.endswith("ing") and may_be_verb(low)
        verb = ing or is_base_verb(low) and not may_be_noun(low)
        adverb = ing and before.islower() and not (
            before in _OPENS_A_PHRASE or is_noun(before) or may_be_adjective(before) or participle_of(before))
        # A participle qualifies a noun in the phrase ("subsidies given to", "of lost wedding ring"); a past
        # that may be no participle, unless a preposition and a noun hold it, is a verb of its own.
        before_noun = (before.lower() in _OPENS_A_PHRASE and k + 1 < end and tokens[k + 1].islower()
                       and is_noun(tokens[k + 1].strip(",;:.")))
        qualifies = participle_of(low) and (simple_past_of(low) is None or before_noun)
        if subject and verb or adverb or is_tensed(low) and not is_noun(low) and not qualifies:
            return None
    return end


def _list_fits(tokens: list[str], i: int, limit: int, stop: frozenset[str]) -> bool:
    """Whether the comma before ``tokens[i]`` goes on to a list's next items, not a clause, and the list
    ends by the line's ``limit``-th word (:func:`_list_end`). Cut at its first comma, the line would tell
    one item as the whole ("Stone beats Dizzee Rascal")."""
    end = _list_end(tokens, i, stop)
    return end is not None and end <= limit


def _list_end(tokens: list[str], i: int, stop: frozenset[str]) -> int | None:
    """Where the list ends that the comma before ``tokens[i]`` goes on with, if it opens a list's next
    items, not a clause: names or nouns, with commas, up to its "and" or "or" and the name or noun after
    it ("beat Dizzee Rascal, | Jamelia, Lemar and The Streets"). The items before the last are of the
    first's kind, names or lowercase nouns (not an apposition: "sons of Richard Egan, | founder and
    chairman"); the last may open on a modifier ("cattle, medicines and medical equipment")."""
    if i < 1 or tokens[i - 1][-1] != ",":
        return None
    if tokens[i].lower() in ("and", "or"):
        # An Oxford comma ("Titanic, Gladiator, | and the Lord of the Rings"): the list's own, if one opened
        # before it and has no "and" of its own yet ("monitor, keyboard and mouse, | and second version").
        start = _list_opening(tokens, i - 2, i)
        return None if start is None else _list_end(tokens, start + 1, stop)
    name = is_capital(tokens[i - 1][:1])  # the first item's kind
    for k in range(i, min(len(tokens) - 1, i + _LIST_ITEMS)):
        word = tokens[k].rstrip(",")
        if word.lower() in ("and", "or"):
            last = tokens[k + 1].rstrip(",;:.")
            if k == i or not (is_capital(last[:1]) or last.islower() and last not in stop
                              and not (is_tensed(last) and not is_noun(last))):
                return None
            end = k + 2  # the last item's end: a name's capitalised run, or a compound's nouns
            while end < len(tokens) and tokens[end - 1][-1] not in ",;:." and (
                    is_capital(tokens[end][:1]) if is_capital(last[:1]) else _listed_noun(tokens[end], stop)):
                end += 1
            if is_capital(last[:1]):
                end = _name_end(tokens, end)
            return None if _item_goes_on(tokens, k, end) else end
        first = k == i or tokens[k - 1][-1] == "," or tokens[k - 1] in _ARTICLES
        if first and word == tokens[i - 1][:-1]:
            return None  # an apposition that names the item again ("House, | the House Ways and Means")
        kind = is_capital(word[:1]) if name else _listed_noun(word, stop)
        if not (word in _ARTICLES or (kind if first else is_capital(word[:1]) or _listed_noun(word, stop))):
            return None
    return None


def _name_end(tokens: list[str], end: int) -> int:
    """Where a name whose capitalised run ends at ``end`` ends, through a title's "of" or "and" and a
    capital after it ("The Lord | of the Rings", "Brown | and Williamson", "Chamber | of Accounts")."""
    while end + 1 < len(tokens) and tokens[end - 1][-1] not in ",;:." and tokens[end] in ("of", "and"):
        name = end + 2 if tokens[end + 1] in _ARTICLES else end + 1
        if name >= len(tokens) or not is_capital(tokens[name][:1]):
            break
        end = name + 1
        while end < len(tokens) and tokens[end - 1][-1] not in ",;:." and is_capital(tokens[end][:1]):
            end += 1
    return end


def _item_goes_on(tokens: list[str], k: int, end: int) -> bool:
    """Whether the last item of a list, after the "and" or "or" at ``k`` up to ``end``, goes on past it: an
    -ing form's particle ("and cutting | off ears"), a title's abbreviation before its name ("and Sen. |
    Lindsey Graham"), or an idiom's repeated word ("time and time | again")."""
    following = tokens[end] if end < len(tokens) else ""
    last = tokens[end - 1]
    return (last.endswith("ing") and following in _PARTICLES
            or last[-1] == "." and is_capital(following[:1])
            or tokens[k + 1] == tokens[k - 1].rstrip(",") and end == k + 2)


def _place_after(tokens: list[str], end: int) -> int | None:
    """Where the place that "in" opens at ``end`` ends ("in northern Nigeria", "in Rome"): an optional
    compass word, then capitalised words, the last closing the sentence or a phrase (not a possessive nor
    a name that goes on lowercase: "in Premier League match"); None when no place opens there."""
    if end >= len(tokens) or tokens[end] != "in":
        return None
    k = end + 1
    if k < len(tokens) and tokens[k] in _COMPASS:
        k += 1
    start = k
    while k < len(tokens) and tokens[k][:1].isupper() and tokens[k].rstrip(",;:").isalpha():
        k += 1
        if tokens[k - 1][-1] in ",;:":
            break
    if k == start or tokens[k - 1].rstrip(",;:").endswith(("'s", "’s")):
        return None
    following = tokens[k] if k < len(tokens) and tokens[k - 1][-1] not in ",;:" else ""
    return k if not following or not following.islower() or following in _AFTER_PLACE else None


_COMPASS = frozenset(
    "northern southern eastern western central north south east west northeastern northwestern southeastern "
    "southwestern".split())
# Words after a place that open another phrase or clause (not "in Premier League | match").
_AFTER_PLACE = frozenset("on in at after as when while and but with for to from by".split())


def _cause_to_end(tokens: list[str]) -> int | None:
    """Where a cause that runs to the line's end opens ("after", "following", "amid" and two words at least,
    with no comma, clause word or dash after it); not a day's or a year's time ("the following | day"), nor
    the writer's ("after our exclusive interview")."""
    k = next((k for k in range(len(tokens) - 3, _MIN_CLAUSE - 1, -1) if tokens[k].lower() in CAUSE_OPENERS),
             None)
    if k is None or tokens[k + 1].lower() in TIME_NOUNS or not _WRITERS.isdisjoint(tokens[k:]):
        return None
    return k if _clause_end(tokens, k) == len(tokens) else None


#: What opens a cause after a line's verb ("... after Tropical Cyclone Pam smashes capital of Vanuatu").
CAUSE_OPENERS = frozenset(("after", "following", "amid"))
_WRITERS = frozenset("I we We our Our us my My me".split())  # (not "US")


def _clause_end(tokens: list[str], i: int) -> int:
    """Where the clause that opens at ``i`` ends: past a comma, or before a trailing clause's word, a
    spaced dash or an "and" that joins a verb of the subject's ("pressure from Moscow authorities | and
    fears she will be implicated")."""
    return next((k + 1 if tokens[k][-1] in ",;:" else k for k in range(i + 1, len(tokens))
                 if tokens[k][-1] in ",;:" or tokens[k].lower() in _TRAIL_WORDS or tokens[k] in _DASHES
                 or tokens[k] == "and" and _joined_verb(tokens, k + 1)),
                len(tokens))


_GOES = frozenset("go goes going gone went".split())  # "to go | after AQAP": the verb's own "after"


def _whole_clause_fits(tokens: list[str], i: int, reach: int) -> bool:
    """Whether the clause with a verb that opens at ``i`` closes within ``reach`` words, at the sentence's
    end, a comma before a lowercase word (not before another clause, "after week | in which ...", nor a
    name's aside: "after his song, | Like Toy Soldiers, ...") or the next clause's opener ("| while ...")."""
    end = _clause_end(tokens, i)
    if i + 1 >= len(tokens) or end > reach or not (
            end == len(tokens) or tokens[end - 1][-1] in ",;:" and tokens[end][:1].islower()
            or tokens[end].lower() in _CLAUSE_AFTER):
        return False
    last = tokens[end - 1].strip(",;:").lower()
    if end < len(tokens) and tokens[end - 1][-1] in ",;:" and (
            _aside_closes(tokens, end) or last in SAYING or last in _CLAUSE_GOES_ON):
        # (not a comma that opens an aside the clause goes on after, nor one after a verb of saying, whose
        # news is after it: "after he said, | in a radio interview, | that ...", "after it emerged, | ...")
        return False
    # (a clause with a verb, what happened: not a time, "after lunch", "after 36 minutes")
    return tokens[i + 1].endswith("ing") or any(
        t.islower() and surely_tensed(t.strip(",;:")) for t in tokens[i + 2 : end])


def _names_what_is_new(tokens: list[str], i: int, reach: int, context: str) -> bool:
    """Whether the trailing clause at ``i`` runs to the sentence's end within ``reach`` words and names
    someone or something the line before it does not and the article (``context``) says again: the
    news's who ("draw line under controversy | surrounding David Blunkett"; not a side's place said once:
    "ran farm in Japan for 50 years | before retiring to Tokyo")."""
    if len(tokens) > reach or _clause_end(tokens, i) < len(tokens):
        return False
    if tokens[i].lower() in _SECOND_EVENT and i + 1 < len(tokens) and not tokens[i + 1].endswith("ing"):
        return False  # another's deed beside the news ("... | while BP declines to comment"), not how
    if tokens[i].lower() == "before" and i + 1 < len(tokens) and tokens[i + 1].endswith("ing"):
        return False  # the subject's next deed ("opens bridge | before meeting Prince Charles at Windsor")
    before = set(tokens[:i])
    return any(t[:1].isupper() and t != "I" and t not in before and context.count(t.strip(",;:'’\"?!")) > 1
               for t in tokens[i + 1 :])


_SECOND_EVENT = frozenset(("while", "whereas"))


def _aside_closes(tokens: list[str], end: int) -> bool:
    """Whether the comma before ``end`` opens an aside that another comma closes a few words on, before a
    lowercase word: the clause goes on after it (", in a radio interview, | that women ...", ", according
    to reports, | that he ...")."""
    for m in range(end, min(len(tokens) - 1, end + _CLAUSE_ASIDE_REACH)):
        if tokens[m][-1] in ",;:":
            return tokens[m + 1][:1].islower()
    return False


# Words that open a clause of their own after the "after" clause, where the line may end ("after groundsman
# demolished goalposts | while mowing pitch"); not a relative, which may define the clause's noun.
_CLAUSE_AFTER = frozenset(
    "while when as before since until because although though unless amid despite".split())
_CLAUSE_ASIDE_REACH = 6  # words of an aside inside a clause at most
_CLAUSE_GOES_ON = frozenset("emerged emerges learned learnt learns".split())  # verbs whose news is after


def _joined_verb(tokens: list[str], k: int) -> bool:
    """Whether ``tokens[k]``, after an "and", is a verb with a tense: no noun, or one that a clause's
    subject or "that" follows ("and fears she will be implicated")."""
    if k >= len(tokens) or not (tokens[k].islower() and is_tensed(tokens[k])):
        return False
    following = tokens[k + 1].lower() if k + 1 < len(tokens) else ""
    return not is_noun(tokens[k]) or following in TOLD_SUBJECTS or following == "that"


def _in_list(tokens: list[str], i: int, limit: int, stop: frozenset[str]) -> bool:
    """Whether the "and" or "or" at ``i`` joins the last item of a list that fits (:func:`_list_fits`)."""
    start = _list_opening(tokens, i - 1, i)  # (an Oxford comma's too)
    return start is not None and _list_fits(tokens, start + 1, limit, stop)


def _list_opening(tokens: list[str], k: int, i: int) -> int | None:
    """The nearest comma from ``tokens[k]`` back, within a list's reach of ``i``, that a list may open
    on for the "and" or "or" at ``i``: none of them between it and ``i`` (the list's own)."""
    start = next((j for j in range(k, max(-1, i - _LIST_ITEMS - 1), -1) if tokens[j][-1] == ","), None)
    return start if start is not None and {"and", "or"}.isdisjoint(tokens[start + 1 : i]) else None


def _listed_noun(word: str, stop: frozenset[str]) -> bool:
    """Whether ``word`` may be a lowercase noun in a list ("poverty", "crime"; not "where", "were")."""
    word = word.rstrip(",;:.")
    return word.islower() and word not in stop and is_noun(word) and not is_tensed(word)


def _closes_a_comparison(tokens: list[str], i: int) -> bool:
    """Whether the "as" at ``i`` closes a comparison that an "as" opened a few words before ("are as good |
    as it gets", "role as soon | as board asks", "felt as nervous before show | as she did", "scored as many
    goals in first season | as rest of squad"): no clause of its own."""
    return _comparison_opened(tokens, i) is not None


def _comparison_opened(tokens: list[str], i: int) -> int | None:
    """Where the "as" opens that the "as" at ``i`` closes, up to ``_COMPARISON_REACH`` words before it with
    no comma between; the first "as" before a lowercase word that is no participle (not "as expected | as
    they seek"), and not after a noun's "as", which says what it is ("farms as idle | as it continues"),
    but for "soon", "long" or "far". Further than the word after it, the first "as" opens before an
    adjective that is no noun or a quantity ("as nervous before show as", "as many goals in ... as")."""
    if i < 2 or tokens[i - 1][-1] in ",;:" or tokens[i + 1 : i + 2] == ["well"]:
        return None  # (nor an "as well" that ends a clause)
    for j in range(i - 2, max(-1, i - 2 - _COMPARISON_REACH), -1):
        if tokens[j][-1] in ",;:" or tokens[j].lower() == "as" and j < i - 2 and not (
                tokens[j + 1] in _QUANTITY or is_modifier(tokens[j + 1]) and not is_noun(tokens[j + 1])
                and tokens[j + 2].lower() in _AFTER_COMPARED):
            # (further than the next word, a quantity's, or an adjective's with its own phrase after it: "as
            # many goals ... as", "as nervous before show as"; not an adjective before its noun: "as luckless
            # Yorkshiremen lose ... | as well")
            return None
        if tokens[j].lower() != "as":
            continue
        middle = tokens[j + 1]
        if not (middle.isalpha() and middle.islower()) or participle_of(middle) is not None:
            return None
        before = tokens[j - 1].lower().strip(",;:") if j else ""
        if j < i - 2 and (participle_of(before) or simple_past_of(before)) in _AS_A_ROLE:
            # (a role's "as", then a clause's: "described as critical in hospital | as police hunt")
            return None
        # (not a verb that is a noun too: "felt as nervous")
        noun = (is_noun(before) or is_plural_noun(before)) and not (
            surely_tensed(before) or simple_past_of(before))
        return j if middle in _COMPARED or not noun else None
    return None


def _inside_a_comparison(tokens: list[str], i: int) -> bool:
    """Whether ``i`` is between a comparison's two "as" ("as many goals | in first season as ..."): no cut
    there, where the second is near."""
    for k in range(i, min(len(tokens), i + _COMPARISON_REACH)):
        opened = _comparison_opened(tokens, k) if tokens[k].lower() == "as" else None
        if opened is not None and opened < i:
            return True  # (an opening "as" may be the line's first word: "As many goals | in ... as")
    return False


_COMPARED = frozenset("soon long far".split())  # an "as ... as" whatever the word before ("role as soon as")
# "as many goals in ... as": the comparison's noun between its two "as"
_QUANTITY = frozenset("many much few little".split())
_COMPARISON_REACH = 8
# Verbs whose "as" says what one is taken for, no comparison's ("described as critical", "hailed as brave")
_AS_A_ROLE = frozenset(
    "describe hail see regard list name know quote brand label view class classify rate cast portray treat "
    "appoint elect identify report rank consider condemn criticise criticize praise dismiss reject "
    "confirm swear".split())
_AFTER_COMPARED = frozenset("before after in at on about with for to than during".split())


def _between_modifiers(tokens: list[str], i: int, stop: frozenset[str]) -> bool:
    """Whether the comma before ``tokens[i]`` joins two adjectives of the noun after them ("with red, | puffy
    eyes", "most original, | eccentric bands"), the first of which may be a noun too; not an -ing form's
    clause ("offer for UFJ than rival, | valuing company at $35bn"), nor a clause's subject ("to shop
    online, | new research suggests"). The first stands before its noun, not after one ("in strongest
    terms possible, | foreign ministry spokeswoman ..."), and is no verb ("teetered and fell, | heavy
    cab"); the second is no function word ("went public, | after photographs")."""
    if i + 1 >= len(tokens) or tokens[i - 1][-1] != "," or i < 2:
        return False
    first, second, noun = tokens[i - 1][:-1], tokens[i], tokens[i + 1].strip(",;:.")
    before = tokens[i - 2]
    if is_tensed(first) or before.islower() and before not in stop and not before.endswith("ing") and (
            is_noun(before) or before.endswith("s") and is_plural_noun(before)):
        return False
    return (first.islower() and may_be_adjective(first) and second.islower() and second not in stop
            and (may_be_adjective(second) or "-" in second and second.endswith("ed"))
            # (a word after them at the end or before a relative is their noun where the tables know it as an
            # adjective only: "dark, detailed | aesthetic that ..."; not "in middle, then | smooch")
            and noun.islower() and (is_noun(noun) or tokens[i + 2 : i + 3] in ([], ["that"], ["which"])
                                    and may_be_adjective(noun) and not may_be_verb(noun))
            and not (i + 2 < len(tokens) and is_tensed(tokens[i + 2]) and not is_noun(tokens[i + 2])
                     and participle_of(tokens[i + 2]) is None))


def _list_ends(tokens: list[str], aim: int) -> bool:
    """Whether the line's last words are the last item of a list that an "and" or an "or" at the aim or
    after it opens ("VH1 special in US including interviews | and concert footage"): a few words, no verb
    and no comma."""
    join = next((j for j in range(len(tokens) - 2, aim - 2, -1) if tokens[j] in ("and", "or")), None)
    if join is None or len(tokens) - join - 1 > _LAST_ITEM or not tokens[join - 1].isalpha():
        return False
    return not any(t[-1] in ",;:" or t.islower() and surely_tensed(t)
                   for t in tokens[join - 1 :])


_LAST_ITEM = 3  # words of a list's last item that the line's overrun takes


def _one_statement(tokens: list[str]) -> bool:
    """Whether the words make one statement, with no second clause that a cut would spare the line (its
    verb would keep the line's in the past: "Italy led 9-8 | but Stringer's try gave Ireland lead", "Durst
    admitted ... | and chopped up body"), no condition and no speaker after it (", new research suggests")."""
    if not _SECOND_CLAUSE.isdisjoint(tokens[1:]):
        return False
    verb = next((k for k, t in enumerate(tokens) if t.islower() and surely_tensed(t)), len(tokens))
    joined = (k for k in range(verb + 1, len(tokens) - 1) if tokens[k] == "and")
    if any(w.islower() and surely_tensed(w) for k in joined for w in tokens[k + 1 : k + _JOINED_WITHIN + 1]):
        return False  # "... died in tsunami disaster | and further three are missing"
    # (nor a name's words that a colon opens after a verb that may be a noun: "Reds beat Olympiakos
    # 3-1 ... | and Benitez said: ...")
    if any(tokens[k] == "and" and is_capital(tokens[k + 1][:1])
           and any(w.islower() and w.endswith(":") and surely_tensed(w[:-1])
                   for w in tokens[k + 2 : k + _JOINED_WITHIN + 1])
           and any(t.islower() and is_tensed(t) for t in tokens[1:k]) for k in range(2, len(tokens) - 2)):
        return False
    return not (tokens[-1].lower() in SAYING and any(t[-1] == "," for t in tokens[-_SPEAKER_WORDS:-1]))


# Words that open a second clause or a condition.
_SECOND_CLAUSE = frozenset("but although though while whereas if unless".split())
_SPEAKER_WORDS = 5  # words of a speaker after a claim's comma ("..., new research suggests")
_JOINED_WITHIN = 3  # words after an "and" in which a joined clause's verb stands


def _superlative_before(tokens: list[str], cut: int) -> bool:
    """Whether the noun before ``cut`` is a superlative's ("most powerful people", "largest economy"),
    up to three words before it: its "in" then says where it is the most, which it wants ("in TV comedy");
    not "latest", a time's ("latest attack | in Kabul"), nor "at least", a count's."""
    if cut < 2:
        return False
    last, before = tokens[cut - 1], tokens[cut - 2].lower()
    if may_be_verb(last) and is_plural_noun(before):
        return False  # a verb after its subject ("world's most powerful diplomats meet | in Switzerland")
    return any(t.islower() and t != "latest" and is_superlative(t) and tokens[k - 1].lower() != "at"
               for k, t in enumerate(tokens[max(cut - 4, 1) : cut - 1], start=max(cut - 4, 1)))


def _event_at(tokens: list[str], cut: int) -> int | None:
    """Where the name ends of an event that an "at" or an "in" at ``cut`` opens, the name of a result's or
    an award's event ("last eight | at Buenos Aires Open", "main awards | at 2005 Sundance Film Festival"):
    a capitalised run, after a year at most, whose last word names an event; None otherwise."""
    if tokens[cut].lower() not in ("at", "in"):
        return None
    start = cut + 2 if cut + 1 < len(tokens) and YEAR.fullmatch(tokens[cut + 1]) else cut + 1  # ("2005")
    end = start
    while end < min(len(tokens), start + _EVENT_WORDS) and tokens[end][:1].isupper():
        end += 1
        if tokens[end - 1][-1] in ",;:.":
            break  # (the run's own punctuation closes it)
    name = tokens[end - 1].strip(",;:.")
    cross_country = name == "Country" and tokens[end - 2] == "Cross"
    return end if end > start and (name in _EVENTS or cross_country) else None


_EVENTS = frozenset(
    "Open Cup Festival Awards Championship Championships Games Olympics Oscars Baftas Grammys Prix Masters "
    "Classic Series Tournament Trophy Bowl Marathon Invitational".split())
_EVENT_PLACES = frozenset({"in", "on", "at"})  # after an event's name: its place or its day
_DISTANCE = re.compile(r"\d+(?:m|km)")  # a race named by its distance ("compete in 60m | at ... Grand Prix")
_EVENT_WORDS = 5  # words of an event's name read after its "at" or "in"
# A word that ends a sentence: a lowercase word and a full stop, a question or an exclamation mark
# (not an abbreviation: "U.S.", "Brig.", "Oct.").
_SENTENCE_END = re.compile(r"^[a-z][a-z'’-]*[a-z][.!?][\"'”’]*$")
_RANKED = frozenset("eight four sixteen 16 32".split())  # "last eight": a round named by its number


# Prepositions that open what a noun before them wants: its object, topic, source or counterpart.
_COMPLETING = frozenset("of on over about against into from for with between".split())
# A cause and its effect ("resulted in", "led to"): an -ing form after the effect's noun is the effect's verb.
_RESULTING = frozenset([(v, "in") for v in ("result", "results", "resulted", "resulting")]
                       + [(v, "to") for v in ("lead", "leads", "led", "leading")])
_RESULTING_REACH = 7  # words before the -ing form searched for them
_SPENT_REACH = 4  # words before an -ing form searched for a verb of spending ...
_SPENDING_REACH = 7  # ... and after a span of time ("spends $100m over next three years | beefing up")
_ASIDE_CONJUNCTIONS = frozenset({"but,", "and,", "yet,", "or,"})  # a conjunction that an aside follows
_ASIDE_REACH = 4  # words before a comma searched for it
_LIST_ITEMS = 8  # words a list's comma is searched past for its "and"
_LIST_REACH = 4  # words after a comma in which an "and" or an "or" shows a list
_CAUSES = (["due", "to"], ["because", "of"], ["owing", "to"])  # what a cause's phrase opens on
# Every word a completing phrase may open on: a preposition, an event's "at" or "in", a cause's first word.
_OPENS_A_COMPLETION = _COMPLETING | {"at", "in"} | {cause[0] for cause in _CAUSES}
_OPENS_A_PHRASE = _COMPLETING | PREPOSITIONS | {"without", "to"}


_WH_REACH = 6  # words before a progressive searched for its clause's opener


_NUMBER = re.compile(r"\d[\d,.]*|two|three|four|five|six|seven|eight|nine|ten|several|few|many|half")


# Verbs whose object or second object is a stretch of time ("would take | many years", "took investigators |
# two weeks", "gave club | two years", "served | ten years"), and "comes", which the clause completes
# ("comes | three days after ..." says nothing without it).
_LASTING = frozenset(
    "take takes took taken taking give gives gave given giving spend spends spent serve serves served work "
    "works worked play plays played live lives lived lose loses lost miss misses missed need needs needed "
    "wait waits waited last lasts lasted come comes came".split())
_ABOUT = frozenset("some about nearly almost just only around roughly barely than less more".split())


def _time_before(tokens: list[str], tail: int) -> int:
    """Where a trailing "after" or "before" clause opens once the time before it goes with it ("receives
    death threats | days after ...", "Deal sealed | three days after ..."): the time and its count, when what
    comes before them is a noun, a name or a verb, not a verb whose object or measure they are ("served |
    ten years", "took investigators | two weeks") nor a phrase they close ("for | three weeks", "in recent |
    months", "all | week")."""
    start = tail - 1
    if start > 1 and _NUMBER.fullmatch(tokens[start - 1]):
        start -= 1
    while start > 1 and tokens[start - 1].lower() in _ABOUT:
        start -= 1  # "some two months", "less than two weeks"
    before = tokens[start - 1].strip(",;:")
    verb = tokens[start - 2].lower() if start > 1 else ""
    if before.lower() in dangling("english") or before.lower() in _LASTING or verb in _LASTING:
        # "could be | five years", "all | week", "would take | many years", "took investigators | two weeks"
        return tail
    if before[:1].isupper() or is_tensed(before) or is_noun(before):
        return start  # "death threats | days after", "Deal sealed | three days after"
    return tail
_NUMBER_WORDS = frozenset(
    "two three four five six seven eight nine ten eleven twelve dozens hundreds".split())


# Nouns whose "that" opens what they hold, not a clause that defines them ("evidence | that parts of ...").
_CONTENT_NOUNS = frozenset(
    "evidence fact news sign signs proof hope hopes fear fears claim claims belief suggestion suggestions "
    "report reports warning warnings idea concern concerns assurance assurances rumours rumors".split())


def _before_what_is_said(tokens: list[str], after: str) -> list[str]:
    """The line without the phrase of saying it ends in when the cut took what is said (``after``, the word
    after the line, a subject pronoun, opens it): "distances himself from longer stay at Celtic | by telling
    Dutch media | he wants to return"."""
    if after not in TOLD_SUBJECTS:
        return tokens  # (not "that": a relative's too, "after confirming incident | that took place")
    j = next((j for j in range(len(tokens) - 1, max(0, len(tokens) - _SAID_AFTER - 2), -1)
              if tokens[j].lower() in _SAYING_INGS), None)
    if j is None or tokens[j - 1].lower() not in _BEFORE_SAYING or j - 1 < _MIN_CLAUSE:
        return tokens
    return tokens[: j - 1]


_SAYING_INGS = frozenset(
    "saying telling claiming insisting warning admitting revealing announcing arguing suggesting explaining "
    "confirming denying".split())
_BEFORE_SAYING = frozenset("by after while before when in".split())  # what opens a phrase of saying
_SAID_AFTER = 3  # words between a phrase's -ing of saying and what is said ("telling | Dutch media")


def fit(text: str, max_words: int, language: str, overrun: int = 0, fill: bool = False,
        passive: str = "", context: str = "") -> str:
    """Cut to at most ``max_words`` words at a phrase boundary; trim what a line cannot end on.

    ``fill``: the line fills a room measured otherwise (a character budget, :mod:`.characters`): it is
    cut at the last phrase boundary in reach, a clause's or a phrase's, and keeps a trailing clause
    that the room holds. ``passive``: the main verb's participle whose auxiliary headlinese dropped
    (:func:`.compress.passive_verb`), for :func:`.compress.shorten`. ``context``: the article's text,
    where a name the article says again tells a trailing clause that holds the news's who.

    A long English line first does without what it can spare and shortens a subject whose verb would
    be cut (:func:`.compress.spare`, :func:`.compress.shorten`); it then loses a trailing clause once
    the main clause has its verb and object ("Brown visits slum as he opened ..." -> "Brown visits
    slum"): a sub-editor's line says the news and stops.
    """
    stop = dangling(language)
    english = language == "english"
    toll_reach = max_words + overrun + POINT_REACH  # (the words a toll may reach, as a point may)

    def point_at(tokens: list[str], i: int) -> bool:
        # A line that fills a room ends where the room does: not on to a noun's "of" (it would end on "as
        # part"); and a toll the line cannot reach is no point to back off before (", | killing all 229").
        if i < len(tokens) and tokens[i].lower() in TOLLS:
            count = toll_count(tokens, i)
            if count is not None and count + 2 > toll_reach:
                return False
        if i < len(tokens) and (tokens[i] == "if" or tokens[i] == "unless"):
            return not fill and condition_follows(tokens, i, max_words + overrun)
        return point_follows(tokens, i, of_heads=not fill)

    budget = (max_words, language, overrun, fill)
    aimed = overrun > 0 and not fill  # the default length: an aim and an overrun
    aim = max_words  # (as given: a sentence the overrun holds whole raises ``max_words`` below)
    said = KEPT_ATTRIBUTION.search(text) if english and "," in text else None
    if said:
        # A claim that keeps its speaker (", according to critics"): the claim is cut, the speaker stays.
        length = len(said.group(0)[1:].split())
        claim = text[: said.start()]
        size = len(claim.split())
        # Someone's forecast, call or charge keeps its speaker a few words past the overrun, as a point, when
        # the claim is whole ("... should be considered armed and dangerous, according to authorities"); not
        # an unnamed speaker's before its verb (", senior EU politician says") nor a hearing's, whose charge
        # is told in a few words (", court hears").
        whole = (overrun and not fill and size + length <= max_words + overrun + POINT_REACH
                 and "," not in claim.rstrip(",") and SAYING.isdisjoint(claim.lower().split())
                 and not any(map(_SENTENCE_END.search, claim.split()[:-1]))
                 and is_forecast_or_charge(claim, said[0]) and said["unnamed"] is None
                 and said["hearing"] is None)
        if size + length > max_words + overrun and not whole:
            # The claim fits whole only without its speaker, or is no one's forecast or charge, or
            # would lose its verb beside the speaker: no speaker.
            room = max_words - length
            cut = fit(claim, room, language, overrun, fill, context=context) if room >= _MIN_CLAIM else ""
            # ... nor end on its main verb group ("Bush will display, Blair says": its object went), nor
            # keep no main verb the form shows ("Doing what you believed was necessary, guidance says").
            kept_words = cut.split()
            main = main_verb(kept_words) if kept_words else None
            # (an adverb in the group too: "can also be attributed, report says")
            bare = main is not None and all(
                w.lower() in VERB_WORDS or may_be_verb(w) or w.lower() in _GROUP_ADVERBS or is_adverb(w)
                for w in kept_words[main:])
            # ... nor stop before its point ("is likely | to be lifted, Jack Straw says"), nor past its room
            # and overrun (a long subject the cut keeps whole).
            claim_words = claim.split()
            before_point = (kept_words == claim_words[: len(kept_words)]
                            and point_follows(claim_words, len(kept_words)))
            someones = (is_forecast_or_charge(claim, said[0]) and main is not None and not bare
                        and not before_point and len(kept_words) <= room + overrun)
            if size <= max_words + overrun or not someones:
                return fit(claim, max_words, language, overrun, fill, context=context)
            claim = cut
        claim = claim.rstrip(",;")  # (a quotation's own comma before the attribution's: "dangerous,")
        return f"{claim[:1].upper()}{claim[1:]}{said.group(0)}" if claim else claim
    tokens = text.split()
    words_in = len(tokens)  # the sentence's words (``text`` is not changed below)
    shortened = None
    if english and len(tokens) > max_words:
        # A long line first does without what a headline can spare, and a subject whose verb
        # would be cut loses its post-modifier (:mod:`.compress`).
        tokens = spare(text, max_words).split()
        shortened = shorten(tokens, max_words, overrun, passive)
    least = 1  # the cut keeps at least this many words
    # (where a comparison's two "as" may stand: only where an "as" does, tested once; a cut keeps it true)
    compared = english and "as" in tokens
    if shortened:
        # The line keeps its subject, verb and the start of the predicate, within the overrun.
        tokens, least = shortened
        overrun = max(0, max_words + overrun - max(max_words, least))
        max_words = max(max_words, least)
    elif english and max_words < len(tokens) <= max_words + overrun and (
            verb_ends(tokens) or _list_ends(tokens, max_words) or _one_statement(tokens)):
        # A sentence that the overrun holds whole is the line: its end is where its point ends ("... to
        # offer radio via 3G mobiles"), as it is when the verb closes it ("... motel in Baton Rouge dies")
        # or a list's last item that the aim would cut ("... including interviews and concert footage").
        max_words, overrun = len(tokens), 0

    # A cause that the line holds to its end is the news's why, no trailing clause ("Relief workers report
    # 'unbelievable destruction' | after Tropical Cyclone Pam smashes capital of Vanuatu").
    cause_at = _cause_to_end(tokens) if english and aimed and len(tokens) <= max_words else None

    def ends_well(i: int) -> bool:
        # A verb before the cut would lose its object, and so would a gerund after a
        # preposition ("charge of removing"); "up to" is one word.
        before = tokens[i - 1].strip(",;:")
        word, low = tokens[i].lower(), before.lower()  # (each lowercased once)
        # (Not a progressive that a comma closes after a "what" or "how": "what girls were planning, | and
        # said ..."; an opening clause's is the line's start: "As long as it is operating, | Huygens ...".)
        progressive = tokens[i - 1][-1] == "," and tokens[i - 2].lower() in BE_FORMS and not (
            OBJECT_CLAUSE_WORDS.isdisjoint(map(str.lower, tokens[max(0, i - _WH_REACH) : i - 2])))
        gerund = before.endswith("ing") and i > 1 and may_be_verb(before) and not progressive and (
            tokens[i - 2].lower() in stop  # "charge of removing"
            # "after allegedly posting"
            or i > 2 and tokens[i - 3].lower() in stop and is_adverb(tokens[i - 2]))
        # "pledges to introduce": a verb that may take the infinitive keeps it (not a noun: "his
        # negotiating powers | to end"; nor a name: "Dirty War | to avoid").
        takes_to = (word == "to" and before.islower() and may_be_verb(before)
                    and not noun_context(tokens, i - 1))
        # A determiner opens the object of the word before it when that may be a verb ("to keep |
        # his World Cup dreams alive"): a noun is seldom followed by one.
        object_next = word in _DETERMINERS and before.islower() and may_be_verb(before)
        # A participle before a preposition has what it needs ("scores wounded | in attack").
        # (A participle that may be a noun too wants its agent after the main verb: "scheme run | by bank".)
        agent = word == "by" and before.islower() and participle_of(before) and has_verb(tokens[1 : i - 1])
        verb = (is_verb(before) or agent) and not (
            word in PREPOSITIONS and participle_of(before)
            # "is being called | into"; not "to be lifted | in next six months"
            and (i < 2 or tokens[i - 2].lower() not in VERB_WORDS or tokens[i - 2].lower() == "be")
            # "by" names the agent of a headline's passive ("ban ... condemned | by groups"), but a
            # participle after the main verb wants it ("will be harder ... measures devised | by").
            and (word != "by" or not has_verb(tokens[1 : i - 1]))
        )
        # A verb of saying wants what is said ("prompts donor to say | he will ..."); after a noun's
        # modifier the word is the noun ("faces back-tax claim | for ...").
        says = low in SAYING and not noun_of_saying(tokens, i - 1)
        # A plural subject's present before its particle ("JK and Joel take | over BBC Radio 1's chart show").
        particle = (word in _VERB_PARTICLES and i > 1 and tokens[i - 2].istitle() and tokens[i - 2].isalpha()
                    and before.islower()
                    and is_base_verb(low)
                    and not any(t.islower() and is_tensed(t) for t in tokens[1 : i - 1]))
        ends_open = verb or gerund or takes_to or object_next or says or particle or low == "up"
        return not (english and ends_open)

    def reduced_relative(i: int) -> bool:
        """An -ing form after a noun opens a clause of its own ("group combining Saudi ...", "rally
        calling for ..."), unless a noun follows it in a compound ("pub opening times")."""
        word, before = tokens[i], tokens[i - 1]
        if not (word.islower() and word.endswith("ing") and may_be_verb(word) and before.isalpha()):
            return False
        following = tokens[i + 1].lower() if i + 1 < len(tokens) else ""
        if (is_noun(word) and is_noun(before) and before.islower() and word[:-3] not in SAYING
                and (following in PREPOSITIONS or following in ("that", "which"))):
            # A compound's head before its phrase or clause: "got weapons training | at camps",
            # "to overturn court ruling | that threw out its claim".
            return False
        after = tokens[i + 1] if i + 1 < len(tokens) else ""
        two_back = tokens[i - 2].lower() if i > 1 else ""
        if two_back in VERB_WORDS | SUBJECTS or (two_back == "to" and may_be_verb(before)):
            return False  # "to stop treating", "could go hunting", "not take backing": an object
        reach = _SPENDING_REACH if before.lower() in TIME_NOUNS else _SPENT_REACH
        if not SPENDING.isdisjoint(map(str.lower, tokens[max(0, i - reach) : i])):
            # "spent his Friday night working with children", "spends $100m over next three years beefing
            # up ...": what the time or the money was spent on (not "spends time in war zones | ranging")
            return False
        window = [t.lower() for t in tokens[max(0, i - _RESULTING_REACH) : i]]
        if i + 2 <= max_words and not _RESULTING.isdisjoint(zip(window, window[1:])):
            return False  # "resulted in three city employees resigning": what it resulted in, if it fits
        if not _PERCEIVE.isdisjoint(map(str.lower, tokens[max(0, i - 4) : i - 1])):
            return False  # "video shows three schoolgirls preparing to cross", "has got fans guessing"
        noun_before = is_capital(before[:1]) or is_noun(before)
        if after.lower() in VERB_WORDS:
            return False  # the head of a subject before its verb: "suspects in Lockerbie bombing | are"
        return noun_before and (after.lower() in stop or is_capital(after[:1]) or after in _PARTICLES)

    def comma_at(i: int) -> bool:
        """A comma that closes a phrase; not one in "to never, ever, ever attack", nor one that closes an
        aside after a conjunction's comma ("three points but, by Jove, | it was tough")."""
        before = tokens[i - 1][:-1].lower()
        aside = any(t.lower() in _ASIDE_CONJUNCTIONS for t in tokens[max(0, i - _ASIDE_REACH) : i - 1])
        return before not in _REPEATED and tokens[i].lower().strip(",") != before and not aside

    def clause_at(i: int) -> bool:
        # (Not the comma that closes a subject's apposition before its verb: "comedy, Hitch, | tops box
        # office".)
        # (Nor a comma between two modifiers, nor one that a list goes on after.)
        punctuated = tokens[i - 1][-1] in ",;:" and comma_at(i) and not (
            english and i > 1 and tokens[i - 2][-1:] == "," and verb_follows(i)) and not (
            english and (_between_modifiers(tokens, i, stop) or _list_fits(tokens, i, max_words, stop)))
        word = tokens[i].lower()
        if compared and _inside_a_comparison(tokens, i):
            return False  # "felt as nervous | before show as she did"
        opens = (punctuated or word in _CLAUSE_WORDS and not (
                    word == "as" and (joins_as_well_as(tokens, i) or _closes_a_comparison(tokens, i)))
                 or tokens[i] in _DASHES or (english and reduced_relative(i)))
        return opens and ends_well(i) and not (english and word == "but" and _joins_adjectives(tokens, i))

    def verb_follows(i: int) -> bool:
        word = tokens[i]
        return word.islower() and surely_tensed(word)

    def phrase_at(i: int) -> bool:
        word = tokens[i].lower()
        if compared and _inside_a_comparison(tokens, i):
            return False  # "scored as many goals | in first season as rest of squad"
        if word == "as" and (tokens[i - 1].lower() == "well" and joins_as_well_as(tokens, i)
                             or _closes_a_comparison(tokens, i)):
            # "the Middle East as well | as Europe": the cut goes before "as well"; "are as good | as it
            # gets": the comparison's two halves stay together
            return False
        if word in _DEGREES and tokens[i - 1].lower() in _QUANTIFIERS:
            return False  # "will not make any | more episodes": the quantifier's noun follows
        if word == "such" and tokens[i - 1].lower() in _BEFORE_SUCH:
            return False  # "aware of only one other | such cluster", "any | such plan": one noun phrase
        if tokens[i][:1].isupper() and is_capital(tokens[i - 1][:1]):
            return False  # a name's own function word: "Doctors | Without Borders"
        if word in _NAME_JOINERS and i + 1 < len(tokens) and _inside_a_name(tokens, i) and not (
                word == "and" and _name_closes(tokens, i, max_words + overrun, stop)):
            # "Securities | and Exchange Commission", "Department | of Justice": one name (a cut before its
            # "and" goes on to its end where the line holds it: "from Securities and Exchange Commission")
            return False
        if word == "but" and english and _joins_adjectives(tokens, i):
            return False  # "capable | but flawed Imperial official"
        if word in ("and", "or") and _acronyms_of_one_noun(tokens, i):
            return False  # two places' acronyms before one noun: "topping UK | and US film charts"
        if word in ("and", "or") and english and _in_list(tokens, i, max_words, stop):
            return False  # a list's last item, the list whole within the line ("Spain, Italy | and France")
        if word in ("and", "or") and is_modifier(tokens[i - 1]) and not is_noun(tokens[i - 1]) and (
                _adjective(tokens[i + 1] if i + 1 < len(tokens) else "")):
            # Two adjectives of one noun: "to keep foreign | and British terrorist suspects" (not "left eight
            # civilians dead | and nine wounded", "said online | and ...").
            return False
        return word in stop and word not in VERB_WORDS and ends_well(i)

    def trails_at(i: int) -> bool:
        """Whether a trailing clause or aside may go from ``i`` on: "..., saying", "who ...",
        "after ...", "as he ..."; not a complement ("suggestions that ...") nor a name in apposition
        (", Halo 2"), and not where the main clause would end on a function word or a verb."""
        word, before = tokens[i].lower(), tokens[i - 1]
        if before[-1] == ":" and tokens[i] in _COLON_PRONOUNS:
            # "reaches plea deal: | He would admit guilt ...": the colon's clause, whose subject it does not
            # name; not what is said ("tells news conference: | It will be ...", "said in statement: | We")
            return ends_well(i) and _SAID_BEFORE_COLON.isdisjoint(w.lower().strip(",;:") for w in tokens[:i])
        opens = before[-1] in ",;" or word in _TRAIL_WORDS or word in _DASHES or word in ("as", "that")
        if not (opens or word.endswith("ing")):
            return False  # no clause opens here (the quick test first)
        if compared and _inside_a_comparison(tokens, i):
            return False  # "felt as nervous | before show as she did"
        if i <= predicate_goes_on:
            return False  # "... problems facing Britain and has failed": the predicate goes on
        if word[:1].isdigit() and point_at(tokens, i):
            return False  # "in a time of one minute, | 47.97 seconds": the time's own comma
        if word in TOLLS and point_at(tokens, i):
            return False  # ", | killing at least 30 people": the toll is news, no aside, where it fits
        if word in ("who", "where", "when") and point_at(tokens, i):
            return False  # "has no doubts | who he will be shouting for": what is in no doubt
        if word in ("until", "since", "because", "but") and point_at(tokens, i):
            # "will not stop | until he achieves his dream", "may not have won | since 1983": what is negated
            # is the time; "was refused passport | because ...": why is the news.
            return False
        reach = POINT_REACH if word == "which" else _DEFINING_REACH
        if (word == "which" or word == "who") and _defining_relative(tokens, i) and (
                _clause_end(tokens, i) <= max_words + overrun + reach):
            # "releases trial tool | which is concerning some net users": which tool, if it fits (a "who"
            # a word past the overrun at most: "apologises to two families | who suffered ...")
            return False
        if word == "before" and before.lower() in _BEFORE_WHOM and i + 1 < len(tokens) and not (
                tokens[i + 1].endswith("ing") or tokens[i + 1].lower() in _NOT_SAID):
            return False  # "goes | before voters", "laid | before parliament": in front of whom, no time
        if word == "where" and tokens[i + 1 : i + 3] in (["it", "hurt"], ["it", "hurts"]) and (
                tokens[i + 3 : i + 4] in ([], ["by"])):
            return False  # "hit Tunisia | where it hurt by targeting ...": the idiom's end and how
        if cause_at is not None and i >= cause_at:
            return False  # the cause, and nothing in it ("following | screening of BBC documentary")
        if word in RESULT_OPENERS and reports_a_result(tokens, i):
            return False  # "paid tribute to Johansson | after beating Norwich": the result is the news
        # (the line's last word may follow a go-word: "... has gone | missing", "where they could go | after")
        goes_after = word == "after" and before.lower() in _GOES and i + 1 < len(tokens) and not (
            tokens[i + 1].endswith("ing"))
        if word == "after" and (goes_after or not fill and overrun and (
                _whole_clause_fits(tokens, i, max_words + overrun))):
            # Why, where the line holds it whole: "economy set to grow about 8% | after seeing 9% growth",
            # "Henry has got fans guessing | after posting picture ..."; and a verb's own "after" ("to go |
            # after AQAP").
            return False
        participle = participle_of(before.strip(",;:")) is not None  # "resurrected | after being bought"
        if before.lower().strip(",;:") in stop or not (ends_well(i) or participle):
            return False
        if before[-1] == ";":
            # The sentence's next clause ("put finishing touches to coffin; | built of ..."), or a list's next
            # item ("live in Ramallah, West Bank; | Jordan; and Norway"), which a line cuts short anyway.
            return True
        if before[-1] == ",":
            # Not a name in apposition (", Halo 2"), nor between two adjectives ("rare, 475-pound turtle").
            named = all(is_capital(t[:1]) for t in tokens[i:])
            adjective = (is_modifier(before[:-1]) and not is_noun(before[:-1])
                         or _between_modifiers(tokens, i, stop))
            # (Nor a list's next items, where the line may reach its last: "featuring rappers T.I., |
            # Young Jeezy and Yo Gotti".)
            listed = _list_fits(tokens, i, max_words + overrun, stop)
            return comma_at(i) and not named and not adjective and not listed
        if word in _DASHES:
            rest = tokens[i + 1 :]
            # (an aside when the line is long, after a name or a date, or with a verb of its own; not a
            # participle before its noun: "mummified monk")
            aside = len(tokens) > max_words or not before.islower() or any(
                t.islower() and is_tensed(t) and not (k + 1 < len(rest) and is_noun(rest[k + 1]))
                for k, t in enumerate(rest))
            if not aside:
                # "reveals extraordinary secret -- 1,000-year-old mummified monk": what it reveals (not
                # a name's or a date's aside: "on 11 March - Comic Relief day")
                return False
            # Not inside a title ("Kisna - Warrior Poet, marking ..."): capitals up to the next comma.
            stretch = next((k for k in range(i + 1, len(tokens)) if tokens[k][-1] in ",;:"), len(tokens) - 1)
            return not all(is_capital(t[:1]) for t in tokens[i + 1 : stretch + 1])
        if word == "as":  # (not a post's "as": "took to Instagram | as he shared a selfie")
            subject_follows = i + 1 < len(tokens) and tokens[i + 1].lower() in _SUBJECT_WORDS
            return subject_follows and not point_at(tokens, i) and not _closes_a_comparison(tokens, i)
        if not (word in _TRAIL_WORDS or reduced_relative(i)):
            return False
        # Not where the phrase runs on: "began shortly | after she arrived", "when his memo | announcing ..."
        # ... nor before a penalty's offence: "agrees to pay $28.5m | after admitting bribery".
        opens = (word in ("after", "before") or word.endswith("ing")) and runs_on(tokens, i, stop)
        if opens or aimed and context and _names_what_is_new(tokens, i, aim, context):
            return False  # (nor a clause to the line's end that names what the line does not: below)
        # (nor before why, an "after" clause the aim holds whole: "match had to be postponed | after
        # groundsman demolished goalposts | while mowing pitch")
        return not (word == "after" and (point_at(tokens, i) or aimed and _whole_clause_fits(
            tokens, i, aim)))

    verb = None
    if english:
        # Where a coordinated predicate starts ("and has failed"): no trailing clause before it.
        predicate_goes_on = max((k for k in range(1, len(tokens) - 1)
                                 if tokens[k] == "and" and is_tensed(tokens[k + 1])),
                                default=0) if "and" in tokens else 0  # (the quick test first)
        verb = None
        for k in range(1, len(tokens)):  # (a loop, not a generator: each word stripped once)
            if tokens[k].islower():
                bare = tokens[k].strip(",;:")
                if is_verb(bare) or is_tensed(bare) or counts(tokens, k):
                    verb = k
                    break
        # A linking verb's clause goes on to what it links; not a progressive ("is mourning death of ...").
        linking = verb is not None and tokens[verb].lower() in _COPULAS and not (
            verb + 1 < len(tokens) and tokens[verb + 1].endswith("ing") and may_be_verb(tokens[verb + 1]))
        if verb is not None and not linking and not fill:
            # (Right after the verb where a comma closes it before a time: "Runway ... reopened, | a day
            # after ...".)
            timed = (tokens[verb][-1] == "," and tokens[verb + 1 : verb + 2]
                     and tokens[verb + 1] in _TIME_ASIDES)
            first = verb + (1 if timed else 2)
            tail = next((i for i in range(max(first, _MIN_CLAUSE), min(len(tokens) - 1, max_words) + 1)
                         if trails_at(i)), None)
            if tail and tokens[tail].lower() in ("after", "before") and tokens[tail - 1] in _TIME_ASIDES:
                tail = _time_before(tokens, tail)
            tokens = tokens[:tail] if tail else tokens

    def kept(cut: int, inside: bool) -> int:
        """Where the line cut before ``cut`` ends once what it cannot end on is gone."""
        line = tokens[:cut]
        while line and dangles(line, stop, english, inside, next_word(len(line))):
            line.pop()
        return len(line)

    def next_word(end: int) -> str:
        return tokens[end].lower() if end < len(tokens) else ""

    def boundary(i: int) -> bool:
        # (A cause's "thanks to" closes a phrase the cut goes on to: "posts rise in profits | thanks to".)
        cause = tokens[i] == "thanks" and i + 1 < len(tokens) and tokens[i + 1] == "to"
        return clause_at(i) or phrase_at(i) or tokens[i - 1][-1] in "-—–" or cause

    def point_reached(cut: int, point: bool) -> int | None:
        """Where a line cut before its point or its verb's object ends on a complete phrase a few
        words past the overrun (``POINT_REACH``): "stock market closes higher | in response to ...",
        "tells pupils | it is okay to get drunk once", "attempt to overshadow | Howard's announcement".
        Only for the default length (``headline_words`` is a hard limit: overrun 0), and when the line
        has nothing to drop to make room for its point (below)."""
        if not overrun or make_room(text) != text:
            return None
        if not point and cut > 1 and tokens[cut - 2].lower() in BE_FORMS and is_tensed(tokens[cut - 1]):
            return None  # a passive wants no object ("is likely to be lifted | in next six months")
        reach = max_words + overrun
        last = min(len(tokens), reach + POINT_REACH)
        if not point:
            # Not into a clause of its own ("came out | it crystallized"): that is not the object.
            last = next((k for k in range(cut, last) if tokens[k].lower() in TOLD_SUBJECTS
                         and not may_be_verb(tokens[k - 1])), last)
        for later in range(max(cut, reach) + 1, last + 1):
            if later < len(tokens) and not boundary(later):
                continue
            at = kept(later, False)
            if not runs_on(tokens, at, stop) and not point_at(tokens, at):
                return later
        return None

    def close_phrase(cut: int, inside: bool) -> tuple[int, bool]:
        """The cut moved to end the line on a complete phrase (:mod:`.closing`): on to where the
        phrase closes within ``overrun`` more words, else back to where it opened."""
        end = kept(cut, inside)
        # A verb cut from its complement ("would like to participate | in ...", "knighted | in New
        # Year Honours") goes on to where its phrase closes, if it can; it does not back off.
        last = tokens[end - 1] if end else ""
        open_verb = (end < len(tokens) and last.isalpha() and last.islower() and bare_verb(last)
                     and not is_noun(last))
        # An infinitive whose object the cut dropped ("urged to use | all", "to think | more about"), or
        # cut from it ("order to stop | construction of dams"), though the verb may be a noun too.
        following = tokens[end] if end < len(tokens) else ""
        # (an object pronoun too: "to make | you smell like all-beef patties")
        cut_from = following.isalpha() and following.islower() and (
            following not in stop or following in _OBJECT_PRONOUNS)
        open_verb = open_verb or ((end < cut or cut_from) and end > 1 and tokens[end - 2].lower() == "to"
                                  and last.isalpha() and last.islower() and may_be_verb(last))
        # A verb group the line gave up as it dangled ("show is not | for faint-hearted"): the verb is gone.
        open_verb = open_verb or not VERB_WORDS.isdisjoint(map(str.lower, tokens[end:cut]))
        # An infinitive cut from the phrase it wants, though the verb may be a noun too ("to star | in
        # Broadway revival"), or a modal's verb ("IMF said it will look | at ways of using gold reserves").
        open_verb = open_verb or (
            end == cut and end > 1 and (tokens[end - 2].lower() == "to" or tokens[end - 2] in MODALS)
            and last.islower() and may_be_verb(last) and following.lower() in _OPENS_A_PHRASE)
        # A verb and its manner, cut from the phrase it wants ("relied too heavily | on reality TV shows"),
        # not from a time ("played brilliantly | for hour", "increased sharply | by end of year").
        manner = end - 2 - (end > 2 and tokens[end - 2].lower() in _MANNER_DEGREES)
        open_verb = open_verb or (
            end == cut and manner > 0 and is_adverb(last.lower()) and following in PREPOSITIONS
            and bare_verb(tokens[manner])
            and not any(t.lower() in _DURATIONS or YEAR.fullmatch(t) for t in tokens[end + 1 : end + 4]))
        point = point_at(tokens, end)  # "posts rise | in profits", "tells pupils | that ..."
        if not (open_verb or point or runs_on(tokens, end, stop)):
            place = _place_after(tokens, end) if end == cut and english and not fill and (
                tokens[end - 1].lower() in DISASTERS) else None
            if place and place <= max_words + overrun:
                # Where an attack or a disaster happened, when it fits the overrun: "50 people killed in
                # suicide bombings | in northern Nigeria" (elsewhere a place is a side detail).
                return place, False
            listed = _list_end(tokens, cut, stop) if end == cut else None
            if listed and listed <= max_words + overrun and kept(listed, False) == listed:
                # A list cut at a comma goes on to its last item within the overrun ("featuring rappers
                # T.I., | Young Jeezy and Yo Gotti"): cut there, it would tell one item as the whole.
                return listed, False
            if end == cut and splits_names(tokens, end):
                # Two names joined: the line takes the second too when it fits, and keeps the first
                # alone otherwise ("about three Britons | and New Zealander").
                later = complement_closes(cut)
                return (later, False) if later else (cut, inside)
            return cut, inside
        closed = None  # the first later end on a complete phrase, though before a point
        for later in range(cut + 1, min(len(tokens), max_words + overrun) + 1):
            if later < len(tokens) and not boundary(later):
                continue
            at = kept(later, False)
            # (not where what dangled went and left a gerund without its object: "after undergoing | more")
            # (nor on a clause's verb right after its pronoun: "after she fell | from third-floor window")
            # (nor on the base verb after an object pronoun, its own phrase cut: "to make you smell | like")
            bare = (at < later and at > 1 and tokens[at - 1].endswith("ing")
                    and tokens[at - 2].lower() in PREPOSITIONS) or (
                at > 2 and tokens[at - 3].lower() in RESULT_OPENERS
                and tokens[at - 2].lower() in _PRONOUN_SUBJECTS and tokens[at - 1].islower()) or (
                at < len(tokens) and at > 1 and tokens[at - 2] in _OBJECT_PRONOUNS
                and is_base_verb(tokens[at - 1]) and (not is_noun(tokens[at - 1]) or tokens[at] in _LIKENESS))
            # (not a noun, "give them | hope", but before a likeness: "to make you smell | like ...")
            if not runs_on(tokens, at, stop) and not bare:
                if not point_at(tokens, at):
                    return later, False
                closed = closed or later
        if closed or point:
            # Out of reach, the point is no reason to back off: a line cut before it is no better shorter.
            later = point_reached(cut, True)
            return (later, False) if later else (closed, False) if closed else (cut, inside)
        if open_verb and (end == cut or tokens[end - 2].lower() == "to") and not runs_on(tokens, end, stop):
            # A verb the cut itself ends on stays, and an infinitive ("urges mayor to apologise"), with
            # its object if a few more words reach it; one left by a word dropped after it ("announced
            # | he") backs off.
            later = point_reached(cut, False)
            return (later, False) if later else (cut, inside)
        # Back only while the main verb stays, where the form tells it (else the line as it is, or on to
        # the object of a verb it leaves open, if a few more words reach it).
        main = main_verb(tokens)
        if main is not None:
            end = kept(cut, inside)
            low = max(_MIN_CLAUSE, main + 1, end - _BACK_OFF)
            aside = open_aside(tokens, end)
            for earlier in range(cut - 1, low - 1, -1):
                if earlier == aside or boundary(earlier) or _agent_clause_at(tokens, earlier):
                    end = kept(earlier, False)
                    if end >= low and not runs_on(tokens, end, stop) and not bare_verb(tokens[end - 1]) and (
                            tokens[end - 1].lower() not in WANTS_INFINITIVE):  # (nor "more likely | to go")
                        return earlier, False
        later = point_reached(cut, False) if open_verb else None
        if later:
            return later, False
        end = kept(cut, inside)
        if open_verb and cut_from and not fill and main is not None and tokens[end - 2].lower() == "to":
            # An infinitive cut from its object with no end in reach ("order to stop | construction of
            # one of its giant dams") goes, where the main verb keeps an object of its own.
            before_to = kept(end - 2, False)
            if before_to >= main + 2 and tokens[before_to - 1].islower() and is_noun(tokens[before_to - 1]):
                return end - 2, False
        return cut, inside

    def complement_closes(at: int) -> int | None:
        """Where the complement that opens at ``at`` closes within the overrun, if it does."""
        for later in range(at + 2, min(len(tokens), max_words + overrun) + 1):
            if later < len(tokens) and not boundary(later):
                continue
            end = kept(later, False)
            if runs_on(tokens, end, stop):
                continue
            last = tokens[end - 1].lower().strip(",;:")
            # Not on a verb cut from its object ("to focus | on", "would save | more than £4.3bn"), nor in a
            # list ("to gay, | lesbian").
            before_last = tokens[end - 2]  # (a modal as written: not "Theresa May | backed")
            infinitive = before_last.lower() == "to" or before_last in MODALS and may_be_verb(last)
            following = tokens[later] if later < len(tokens) else ""
            listed = (tokens[end - 1][-1] == "," and following.islower() and following not in stop
                      and not (is_noun(last) or is_capital(tokens[end - 1][:1])))
            return None if bare_verb(last) or last in SAYING or infinitive or listed else later
        return None

    inside_phrase, after, lost = False, "", False
    if len(tokens) > max_words:
        reach = range(max(least, max_words // 2), max_words + 1)
        clauses = [i for i in reach if clause_at(i)]
        phrases = [i for i in reach if phrase_at(i)]
        main = main_verb(tokens) if english and least == 1 else None
        if main is not None and any(i > main + 1 for i in clauses + phrases):
            # A main verb in reach stays, with a word of what follows it, where a boundary after it
            # allows ("Delegation of ... investigators | and prosecutors plans to visit Kosovo").
            clauses, phrases = [i for i in clauses if i > main + 1], [i for i in phrases if i > main + 1]
        said = _said_clause_verb(tokens, main) if main is not None else None
        if said is not None and any(i > said + 1 for i in clauses + phrases):
            # Nor is what is said cut between its subject and its verb ("Parkinson says reaching FA Cup
            # semi-final | at Wembley would be bigger achievement | than ..."): its verb stays too.
            clauses, phrases = [i for i in clauses if i > said + 1], [i for i in phrases if i > said + 1]
        # "of" and "to" open the complement of the word before them ("review into reasons of",
        # "pulls out of Yemen due to"): a cut there is the last resort among the boundaries.
        # (The particle of a surrender closes its verb: "turns himself in | to police".)
        strong = [i for i in phrases
                  if tokens[i].lower() not in _COMPLEMENT_WORDS or surrender_at(tokens, i - 1)]
        if strong:
            # A name's "to" before a verb opens a purpose, no complement of the name: after the last strong
            # boundary it is one too ("met privately | with leader of Taliban | to try to persuade ...").
            strong += [i for i in phrases if i > strong[-1] and _purpose_at(tokens, i)]
        cut = (clauses or strong or phrases or [None])[-1]
        if fill and (clauses or phrases):
            cut = max(clauses + phrases)  # the room is the limit: the last boundary of any kind
        if english and cut is not None and _defining_relative(tokens, cut):
            # A "that" after a noun defines it ("two changes from team | that beat Italy"): the line
            # takes the clause whole when it closes within the overrun, or a word past it, as a point
            # ("warning about mobile phone viruses | that can spread much faster than similar bugs").
            whole = _clause_end(tokens, cut) if overrun and not fill else None
            if whole is not None and (
                    whole > max_words + overrun + _DEFINING_REACH or kept(whole, False) != whole):
                whole = None
            cut = complement_closes(cut) or whole or cut
        if english and cut is not None and not (clauses or strong):
            # The only boundary opens a complement ("lessons | to learn from England", "farewell | to
            # Lee Kuan Yew"): the line takes it whole when it closes within the overrun.
            cut = complement_closes(cut) or cut
        if cut is None:
            # No boundary in reach: cut at the budget, but not inside a name ("against former King
            # Juan | Carlos": before "former"); an adjective left at the end lost its noun.
            cut = max_words
            if is_capital(tokens[cut][:1]) and in_name(tokens[cut - 1]):
                while cut > 1 and in_name(tokens[cut - 1]):
                    cut -= 1  # back to the name's first word, and before its modifiers ("former")
                while cut > 1 and (tokens[cut - 1].islower() and tokens[cut - 1] not in stop
                                   or PEOPLES_ADJECTIVE.fullmatch(tokens[cut - 1])):
                    cut -= 1  # (a people's adjective too: "combining Saudi | billionaire investor ...")
            cut, inside_phrase = (cut if cut > 1 else max_words), True
        if english:
            cut, inside_phrase = close_phrase(cut, inside_phrase)
            if overrun and not fill and kept(cut, False) == cut:
                # A noun cut from the phrase that completes it ("begin talks | on ending subsidies ..."):
                # the line takes that phrase to its clause's end, as a point, up to ``POINT_REACH`` words
                # past the overrun.
                closed = _noun_completed(tokens, cut, max_words + overrun + POINT_REACH)
                if closed and kept(closed, False) == closed and not runs_on(tokens, closed, stop):
                    cut, inside_phrase = closed, False
            # Cut before its point still, the line makes room for it by what it can drop first.
            lost = point_at(tokens, kept(cut, inside_phrase)) and (roomier := make_room(text)) != text
        if english and cut < len(tokens) and tokens[cut] in ("after", "before") and (
                tokens[cut - 1] in _TIME_ASIDES):
            # "protesting against terrorism | less than two weeks after ...", after a noun (not "survived |
            # nine days before ...": the verb's measure)
            start = _time_before(tokens, cut)
            cut = start if is_noun(tokens[start - 1]) and not surely_tensed(tokens[start - 1]) else cut
        tokens, after = tokens[:cut], tokens[cut].lower() if cut < len(tokens) else ""
    whole = len(tokens) == words_in  # nothing cut: the sentence's own end closes its last word
    while tokens and dangles(tokens, stop, english, inside_phrase, after):
        if english and closes(tokens, whole):
            break
        after = tokens.pop().lower()  # the word after the line's new last ("carry on | with")
    if english and not whole:
        tokens = _before_what_is_said(tokens, after)
    line = " ".join(tokens).rstrip(",;:-—–")
    if lost:
        # The line with room made, if it then keeps its point (it ends within the roomier text, not
        # before a point again).
        again, room = fit(roomier, *budget, context=context).split(), roomier.split()
        kept_point = [w.lower() for w in room[: len(again)]] == [w.lower() for w in again]
        line = " ".join(again) if kept_point and not point_at(room, len(again)) else line
    elif english and overrun and not fill and len(line.split()) > max_words + overrun and (
            (roomier := make_room(text)) != text):
        # A point reached past the overrun makes room by what the line can drop first ("Tory leader |
        # Michael Howard accuses Tony Blair of performing U-turns ..."), where the line then ends the same
        # and is shorter.
        again = fit(roomier, *budget, context=context)
        if again.split()[-3:] == line.split()[-3:] and len(again.split()) < len(line.split()):
            line = again
    return line[:1].upper() + line[1:] if line else line
