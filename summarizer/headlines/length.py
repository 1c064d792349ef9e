"""A default line brought within the readers' length (English): at most 12 words and 75 characters.

Every reader of the fresh read-throughs set a length of its own, 12 words and 75 or 80 characters, and
turned down every line over it, whatever else the line had (evaluation/results/headline_readthrough.md).
A default line over them gives way to the line the character fit makes of the same text within them
(:func:`.characters.fit_characters`: the cut's own rules, at the largest aim that fits), where that line
is the long line's first words and ends well:

- it keeps the long line's main verb (also a plural subject's present or a headline's future, whose base
  form :func:`.subject.main_verb` leaves in doubt: "Police arrest more than 500 parents"), no linking "is"
  ("is intent | on releasing ..."), and no verb of the long line's follows its end
  (:func:`.tighten.verb_after`);
- it does not end inside a phrase or before its point (:func:`.closing.runs_on`,
  :func:`.closing.point_follows`, :func:`.tighten.wants_its_phrase`, :func:`.tighten.keeps_its_point`:
  "blames crash | on pilot error"), nor before what a ban was for ("banned | for doping");
- it does not end on a number, a particle, a participle, a word that is only a verb or only an
  adjective, nor after a modal, a "to" or an "and";
- what it leaves out opens no clause, infinitive, condition, coordination, means or cause ("tells all
  news channels | not to air ...", "law | that gave ...", "home | and business customers", "could strike
  | if ...", "ends weeks of speculation | by announcing ...", "| following screening of BBC documentary"),
  but for what happened meanwhile ("Rebels seize international airport in Yemen | as U.N. envoy warns
  ...");
- a verb of saying in it keeps a verb of what is said ("Parkinson says reaching FA Cup semi-final |");
- it holds no negation, whose claim what follows may bound ("has no plans to raise taxes | on ...").

Else, where that alone brings it within them, the long line gives up its descriptors and keeps its
predicate whole: its subject's ("Chinese online game operator | Shanda Interactive Entertainment buys 20%
stake in Sina"), then every one a role's noun ends before a name ("agrees to buy | medical technology firm
| Guidant"; :func:`_without_descriptor`). Else the long line stays.
"""

from __future__ import annotations

import re
from itertools import accumulate

from .closing import ADVERB_PARTICLES, BE_FORMS, MODALS, PARTICLES, REFLEXIVES, dangling, point_follows
from .closing import RELATIVES, TOLLS, runs_on
from .ends import SAYING
from .headlinese import PRONOUNS
from .characters import whole_words
from .compress import drop_descriptor, drop_descriptors
from .times import TIME_HINT
from .cut import fit
from .subject import AUXILIARIES, TAKES_INFINITIVE, main_verb, shorten_subject
from .trim import tells_who
from .tighten import FAR_CHARACTERS, FOR_WHAT, KEPT, LONG, SPANS, is_linking, keeps_its_point, verb_after
from .tighten import wants_its_phrase
from .wordforms import is_adverb, is_modifier, is_tensed, may_be_adjective, may_be_noun, may_be_verb
from .wordforms import is_base_verb, is_plural_noun, is_superlative, participle_of, verb_lemmas

__all__ = ["within_length", "WORDS", "CHARACTERS"]

WORDS = 12
CHARACTERS = 75
_SHORTEST = 6  # words the shorter line keeps at least
_SHORTEST_TAIL = 4  # and a line without its tail ("Sun Microsystems launches pay-as-you-go service")
_NUMBERS = frozenset(
    "one two three four five six seven eight nine ten eleven twelve twenty thirty forty fifty hundred "
    "hundreds thousand thousands million millions billion billions".split())
# What opens a clause, an infinitive, a condition or a coordination that the shorter line would leave out
# (its point, as often as not: "orders probate judges | to stop issuing licenses").
_GOES_ON = frozenset(
    "that who which whose whom where when while as to not if unless and or of into from over".split())
# Before an -ing: how, why or what ("| by announcing he will ride", "some advice | on coping under pressure").
_MEANS = frozenset("by for in after on about with without at".split())
_QUOTES = ",;:'\"‘’“”"
_MODALS_AND_TO = MODALS | frozenset("shall to".split())
# Words whose claim what follows may bound ("no intention of cutting tax | during this parliament").
_NEGATIONS = frozenset("no not never without".split())
_SPAN_REACH = 6  # words of what is left out looked at for a span of time
# Words a shorter line does not end on: a number, a particle, a reflexive ("checked himself | into
# ..."), a pronoun of each ("one each | in Medina, Lorain and Lake").
_NOT_LAST = _NUMBERS | ADVERB_PARTICLES | PARTICLES | REFLEXIVES | frozenset("each both all".split())
_NO_SUBJECT = PRONOUNS | frozenset({"to"})
_AUXILIARIES = AUXILIARIES | frozenset({"be", "do"})  # (main_verb finds these itself)
# Words after an "as" that open no subject ("as long as", "as if", "as soon as", "as fast as"), verbs that
# take one as what they take someone as ("treats workers as ...", "dismisses Budget as ..."), relatives.
_NOT_A_SUBJECT = frozenset("long soon if though far well much many good quickly fast".split())
_TAKES_AS = frozenset(
    "treat regard see view describe brand dismiss hail label name appoint portray count class define "
    "identify elect install confirm present".split())
_RELATIVES = RELATIVES | frozenset({"where"})
_SUBJECT_WORDS = 6  # words of a subject at most, before a verb :func:`.subject.main_verb` leaves in doubt
_REACH = 3  # words of what is left out looked at for a modal or a "to"
# Words before a last word that make it a verb or a coordination's second half ("IMF said it will look |
# at ways", "get music online and benefit | from ...").
_BEFORE_A_VERB = _MODALS_AND_TO | frozenset("and or".split())
# What opens a tail a line over every reader's length may do without: a clause or a phrase of time or
# circumstance, a "which" clause (:func:`_opens_a_tail`).
_TAILS = frozenset("after following amid despite while whereas which".split())
# Words of time before an "after" that make it part of the line ("days | after", "shortly | after").
_TIMED = frozenset(
    "day days week weeks month months year years hour hours minutes moments shortly soon just immediately "
    "long only even right seconds decades centuries moment night morning evening afternoon midnight noon "
    "dark dawn dusk".split())
_TOLL_WORDS = TOLLS | frozenset(
    "killed dead died injured wounded toll deaths homeless missing displaced stranded".split())
_RECORDS = frozenset(
    "first ever since record second third fourth fifth sixth seventh eighth ninth tenth".split())
_ORDINAL = re.compile(r"\d+(?:st|nd|rd|th)")
_CLOCK = re.compile(r"\d+(?::\d\d)?(?:am|pm)?")  # a time or a year after an "after" ("after | 11pm")
_DEGREES = frozenset("least most".split())
_PLACES = frozenset("for to in on at from".split())  # (what an "and other" may share with the noun before)
_ELSE = frozenset("other others".split())  # what else an "and" adds ("| and other dairy formula")
_SPEAKER_WORDS = 4  # a speaker's words after its comma at most (", senior government figure warns")
_SPEAKER_REACH = 6  # words after the last comma looked at for a verb of saying
# A speaker's verb at the end of a line (:func:`_speaker_follows`).
_SPEAKERS = SAYING | frozenset(
    "add adds added rule rules ruled report reports reported predict predicts hear hears heard allege "
    "alleges alleged accuse accuses accused".split())


def fits(line: str) -> bool:
    """Whether ``line`` is within the readers' length."""
    return len(line) <= CHARACTERS and len(line.split()) <= WORDS


def within_length(line: str, text: str) -> str:
    """``line`` (the default cut of ``text``, English), or the character fit's shorter line of the same
    text where ``line`` is over the readers' length and the shorter line ends well (the module's rules)."""
    if fits(line):
        return line
    tokens = line.split()
    most = len(whole_words(line, CHARACTERS, WORDS).split())  # (the most first words within the length)
    if most >= len(tokens):
        return line  # (over the length by its white space only: its words are within it)
    verb = _verb(tokens)
    if verb is None:
        return line
    # (what rules out every shorter line is looked at before the fit, which costs far more)
    if verb < most - 1 and not is_linking(tokens, verb):
        first = next((end for end in range(_SHORTEST, most + 1) if _end_reads_well(tokens, end)), None)
        if first is not None and _may_keep_clause(tokens, verb, first):
            shorter = _fitted(text, tokens, most)
            if shorter is not None:
                end = len(shorter.split())
                if _end_reads_well(tokens, end) and _clause_ends_well(tokens, end, verb):
                    return shorter
    return _without_descriptor(line) or _without_tail(tokens, verb) or line


def _without_descriptor(line: str) -> str | None:
    """The long line without its descriptors, where that alone brings it within the readers' length: its
    predicate stays whole, which a shorter line of its first words would cut. First its subject's
    (:func:`.compress.drop_descriptor`: "Chinese online game operator | Shanda Interactive Entertainment buys
    20% stake in Sina"), then every one a role's noun ends before a name (:func:`.compress.drop_descriptors`:
    "Pharmaceutical giant | Johnson & Johnson agrees to buy | medical technology firm | Guidant for
    $25.4bn"). None where they do not."""
    spared = _without_subjects_descriptor(line)
    if spared is not None and fits(spared):
        return spared
    spared = drop_descriptors(spared or line)
    return spared if fits(spared) else None


def _without_subjects_descriptor(line: str) -> str | None:
    """The line without its subject's descriptor (:func:`_without_descriptor`), but for a descriptor with a
    verb of saying ("European leaders say | Asian states must ..."), a time ("Last year | MAB urged ...":
    what it says would read as today's) or a possessive, whose name the line would lose ("Adriano's agent |
    Rinaldi insists that he ..."), and for one before a name of one word that is also a noun, which says what
    it names ("Animated movie | Robots opens ..."). None where there is none to drop."""
    spared = drop_descriptor(line)
    if spared == line:
        return None
    dropped = line[: len(line) - len(spared)]
    name = spared.split(maxsplit=2)
    if any(word.lower() in SAYING for word in dropped.split()) or TIME_HINT.search(dropped) or (
            "'s " in dropped or "’s " in dropped) or (may_be_noun(name[0].lower()) and name[1].islower()):
        return None
    return spared


def _may_keep_clause(tokens: list[str], verb: int, first: int) -> bool:
    """Whether some first words of the long line within the readers' characters end well and keep its
    clause whole: the fit's line is taken only where it is such words (:func:`within_length`), so where
    none are, the fit is not run; where the whole line is within the characters (over the words only), it
    is. ``first``: the fewest first words that end well (fewer do not)."""
    reach = sum(size <= CHARACTERS + 1 for size in accumulate(len(token) + 1 for token in tokens))
    return reach >= len(tokens) or any(
        _end_reads_well(tokens, end) and _clause_ends_well(tokens, end, verb)
        for end in range(max(first, verb + 2), reach + 1))  # (the verb and a word after it at least)


def _without_tail(tokens: list[str], verb: int) -> str | None:
    """The long line without what follows its main clause, where the line is over every reader's length
    (:data:`.tighten.FAR_CHARACTERS`, :data:`.tighten.LONG`) and a tail's opener (:func:`_opens_a_tail`)
    leaves a first part within it that ends well: "Sun Microsystems launches pay-as-you-go service | which
    will allow customers requiring huge computing power to rent it". What such a tail says is the news as
    often as not, which is why a line within the readers' length keeps it (:data:`.tighten.KEPT`); a line
    over every reader's length was turned down whatever it held. None where no first part will do."""
    if len(" ".join(tokens)) <= FAR_CHARACTERS and len(tokens) <= LONG:
        return None
    stop = dangling("english")
    for end in range(min(len(tokens) - 1, LONG), max(verb + 2, _SHORTEST_TAIL) - 1, -1):
        line = " ".join(tokens[:end]).rstrip(",;")
        if len(line) > FAR_CHARACTERS or not _opens_a_tail(tokens, end, verb):
            continue
        if end < _SHORTEST and tokens[end].lower() == "and":
            continue  # (a second verb's "and" after a short clause: "Passenger train overshoots stop | and")
        kept = line.split()
        if (_bad_last(kept[-1]) or kept[-2].lower() in _BEFORE_A_VERB or _says_without_verb(kept)
                or any(token.endswith(":") for token in kept) or _inside_a_noun_phrase(tokens, end)):
            continue
        if (_verb(kept) != verb or kept[-1].lower() in stop or runs_on(tokens, end, stop)
                or wants_its_phrase(tokens, end) or not _NEGATIONS.isdisjoint(w.lower() for w in kept)
                or _open_quote(kept)):
            continue
        return line
    return None


def _speaker_follows(rest: list[str]) -> bool:
    """Whether ``rest`` ends on the line's speaker (", according to Daily Variety", ", leading economists
    warn", ", research suggests", ", trial hears"): a speaker stays, and with it what it said."""
    lowered = [w.lower().strip(_QUOTES + ".") for w in rest]
    if "according" in lowered or lowered[-1] in _SPEAKERS:
        return True
    comma = max((k for k, w in enumerate(rest[:-1]) if w.endswith(",")), default=None)
    if comma is None:
        return False
    after = lowered[comma + 1 :]  # (", rights group alleges today", ", says senior Afghan official")
    return not _SPEAKERS.isdisjoint(after[:_SPEAKER_REACH]) or (
        len(after) <= _SPEAKER_WORDS and may_be_verb(lowered[-1]))


def _opens_a_tail(tokens: list[str], end: int, verb: int) -> bool:
    """Whether ``tokens[end:]`` is a tail a line may do without: a clause or a phrase of time or
    circumstance (:data:`_TAILS`: "| after beating Elene Likhotseva", "| amid slowing demand"), a "which"
    clause, an aside after a comma ("Simpsons, | following invitation", "Gomis, | who has"), or an "and" of a
    second verb; not the line's speaker, nor a time's "after" ("days | after")."""
    word, before = tokens[end].lower(), tokens[end - 1]
    if end + 1 >= len(tokens) or not (word in _TAILS or word == "and" or before.endswith(",")):
        return False  # (the cheap test first: most words open no tail)
    if _speaker_follows(tokens[end:]):
        return False
    rest = [w.lower().strip(_QUOTES) for w in tokens[end:]]
    if not _TOLL_WORDS.isdisjoint(rest) or any(map(_records, rest)) or not _NEGATIONS.isdisjoint(rest[:5]):
        return False  # a toll, a record or a refusal is the news ("after deciding not to retire")
    if participle_of(tokens[verb].lower()) and (word in _RELATIVES or _tensed_in(rest[1:])):
        # A bare participle may be a reduced relative's, the main verb after the clause ("man arrested in
        # connection with street attack | which left football fan critically ill | released on bail", "Man
        # jailed for murder of his wife | amid doubts over forensic evidence wins appeal").
        return False
    if word in _TAILS:
        # (not "death threats days | after ...", "after | 11pm", nor a cause's clause, the news's why: "report
        # 'unbelievable destruction' | after Tropical Cyclone Pam smashes capital of Vanuatu"; a "which" only
        # of what will be: "service | which will allow ...")
        if word in _RELATIVES:
            return rest[1] in MODALS
        return (before.lower() not in _TIMED and not _CLOCK.fullmatch(rest[1]) and rest[1] not in _TIMED
                and not _tells_a_clause(tokens[end:], []))
    if before.endswith(",") and (word in _RELATIVES or word.endswith("ing") and may_be_verb(word)):
        # (not an adjective's phrase: ", | fitting name for girl ...")
        return not (may_be_adjective(word) and rest[1].islower() and may_be_noun(rest[1]))
    # An "and" of a second verb of the subject's ("breaks two metatarsal bones in foot | and will be out",
    # "are targeting betting firms | and threatening ..."), or of what else there is ("infant formula | and
    # other dairy formula"); not of a second noun ("coaches | and players from ...", "film | and television
    # industries"), nor after a verb :func:`.subject.main_verb` leaves in doubt ("Five sniper attacks ... in
    # Canada | and United States occur").
    following = tokens[end + 1]
    if word != "and" or before[-1:] in ",;:" or not following.islower() or main_verb(tokens) is None:
        return False
    if following in _SPEAKERS:
        return False  # what is said is the news ("praises troops ... | and says US will withdraw ...")
    if following in _ELSE:
        return _PLACES.isdisjoint(rest[2:])  # (not "money | and other supplies for flood victims")
    if following in MODALS or following in AUXILIARIES:
        return True
    if following.endswith("ing"):
        # (the main verb's own progressive: "are targeting betting firms | and threatening"; not a gerund,
        # "accused of communicating with al Qaeda | and conspiring to attack ...")
        # (an adverb between: "is permanently grounding")
        return may_be_verb(following) and tokens[verb].lower() in BE_FORMS and any(
            w.endswith("ing") for w in tokens[verb + 1 : verb + 3])
    return is_tensed(following) and not may_be_noun(following)


def _records(word: str) -> bool:
    """Whether ``word`` tells a record or a rank ("first", "record-extending", "65th", "best")."""
    return word in _RECORDS or "record" in word or bool(_ORDINAL.fullmatch(word)) or (
        is_superlative(word) and word not in _DEGREES)  # (not "at least six weeks")


def _tensed_in(words: list[str]) -> bool:
    """Whether a verb with a tense comes in ``words`` before any relative."""
    for word in words:
        if word in _RELATIVES:
            return False
        if is_tensed(word):
            return True
    return False


def _open_quote(kept: list[str]) -> bool:
    """Whether a quotation opens in ``kept`` and does not close there."""
    text = " ".join(kept)
    return text.count('"') % 2 == 1 or len(re.findall(r"(?:^|\s)['‘]", text)) > len(
        re.findall(r"['’](?:[,;:.!?]*)(?:\s|$)", text))


def _fitted(text: str, tokens: list[str], most: int) -> str | None:
    """The character fit's line of ``text`` (:func:`.characters.fit_characters`), looked for only at the
    aims a shorter line of the long line's first words can have: from ``most`` down to :data:`_SHORTEST`;
    None when it is not such a line."""
    for aim in range(most, _SHORTEST - 1, -1):
        line = fit(shorten_subject(text, aim), aim, "english", fill=True)
        if line and len(line) <= CHARACTERS:
            kept = line.split()
            return line if len(kept) >= _SHORTEST and kept == tokens[: len(kept)] else None
    return None


def _verb(tokens: list[str]) -> int | None:
    """Where the line's main verb stands (:func:`.subject.main_verb`), or, where that leaves it in doubt
    because a base form may be a noun, a plural subject's present or a headline's future right after a
    subject of names, nouns and adjectives ("Bangladesh authorities | arrest prime suspect", "TV talent
    show X Factor | to return")."""
    found = main_verb(tokens)
    if found is not None or tokens[0].lower() in _NO_SUBJECT:
        # (a pronoun's verb is no plural noun's: "He | will miss ..., league game"; an infinitive is no
        # subject of names: "To export ... nuts will reduce")
        return found
    for k in range(1, min(len(tokens) - 1, _SUBJECT_WORDS + 1)):
        word, before = tokens[k], tokens[k - 1]
        if word == "to" and is_base_verb(tokens[k + 1]) and not may_be_adjective(before.lower()):
            if before.lower() in TAKES_INFINITIVE:
                return None  # a noun's infinitive, not a future ("Plans | to cut 500 jobs ... face ...")
            named = before[:1].isupper() or is_plural_noun(before.lower()) or may_be_noun(before)
            return k if named else None
        if word.islower() and is_base_verb(word) and word not in _AUXILIARIES and (
                before[:1].isupper() or is_plural_noun(before)) and not _role_before_name(tokens, k):
            return k
        if not (word[:1].isupper() or may_be_noun(word) or may_be_adjective(word)) or word[-1] in ",;:":
            return None
    return None


def _role_before_name(tokens: list[str], k: int) -> bool:
    """Whether the base form at ``k`` is a role's noun between a name and a person's name whose verb
    comes later ("England captain | Wilkinson to make", "Wales centre | Parker ... will miss"; not
    "England name | Bath prop Stevens")."""
    if k + 1 >= len(tokens) or not tokens[k + 1][:1].isupper() or not tokens[k - 1][:1].isupper():
        return False
    if not tells_who(tokens[k - 1 : k + 1]):
        return False
    later = (w.lower() for w in tokens[k + 1 : k + 2 + _SUBJECT_WORDS])
    return any(w in MODALS or w == "to" or is_tensed(w) and not may_be_noun(w) for w in later)


def _end_reads_well(tokens: list[str], end: int) -> bool:
    """Whether ``tokens[:end]`` ends well by its words alone: no colon before it, a last word a line may
    end on, nothing after it that the line cannot do without."""
    kept = tokens[:end]  # (the tests that refuse most come first)
    if _bad_last(kept[-1]) or kept[-2].lower() in _BEFORE_A_VERB or _goes_on(tokens[end:], kept):
        return False
    if _inside_a_noun_phrase(tokens, end):
        return False
    if not BE_FORMS.isdisjoint(w.lower() for w in tokens[end - 3 : end - 1]):
        return False  # a predicate cut ("England's Angry is intent | on releasing ...")
    # (what follows a colon is a statement of its own, cut: "confirms news to BBC: He has signed five-year
    # contract | with Real Madrid")
    return not _says_without_verb(kept) and not any(token.endswith(":") for token in kept)


def _clause_ends_well(tokens: list[str], end: int, verb: int) -> bool:
    """Whether ``tokens[:end]`` keeps the long line's clause whole: its main verb (at ``verb``, not a
    linking one) and what it wants."""
    # (the tests that refuse most come first, the verb of the first words, which costs most, last)
    if verb >= end - 1 or runs_on(tokens, end, dangling("english")) or verb_after(tokens, end):
        return False
    if point_follows(tokens, end) or wants_its_phrase(tokens, end) or keeps_its_point(tokens, end):
        return False  # ("arrive in Baghdad for talks | with Iraqi leaders", "blames crash | on pilot error")
    kept = [w.lower() for w in tokens[:end]]
    if tokens[end].lower() == "for" and any(FOR_WHAT.intersection(verb_lemmas(w)) for w in kept):
        return False  # what a fine, a ban or a charge was for ("banned | for doping")
    return _NEGATIONS.isdisjoint(kept) and _verb(tokens[:end]) == verb  # ("has no plans to raise taxes | on")


def _bad_last(token: str) -> bool:
    """Whether a line does not end on ``token``: a number, a particle, a participle, only a verb or only
    an adjective ("report into murky | past")."""
    word = token.lower().strip(_QUOTES)
    if word[:1].isdigit() or word in _NOT_LAST:
        return True
    if token[:1].isupper():
        return False
    if participle_of(word) or word.endswith("ing") and may_be_verb(word):
        return True
    return may_be_verb(word) and not may_be_noun(word) or is_modifier(word) or is_adverb(word)


def _inside_a_noun_phrase(tokens: list[str], end: int) -> bool:
    """Whether the line would end on a lowercase word that may be an adjective or a noun before a lowercase
    noun ("expand public | spending", "overtakes cash | spending")."""
    last, following = tokens[end - 1].lower(), tokens[end]
    noun = may_be_noun(following) or following.endswith("ing")  # (the tables give "spending" as a verb only)
    lowercase = following.islower() and tokens[end - 1].islower()
    head = may_be_adjective(last) or may_be_noun(last)
    return lowercase and following not in dangling("english") and noun and head


def _goes_on(rest: list[str], kept: list[str]) -> bool:
    """Whether what the shorter line leaves out opens on what it cannot do without (:data:`_GOES_ON`, a
    means's or a cause's -ing), or holds a modal or an infinitive in its first words ("orders probate
    judges | in state to stop issuing licenses", "third place finish is best La Liga champions | can
    hope")."""
    first = rest[0].lower().strip(_QUOTES)
    ahead = [w.lower().strip(_QUOTES) for w in rest[1:_SPAN_REACH]]
    if first == "as" and _tells_a_clause(rest, kept):
        return False  # what happened meanwhile ("seized international airport | as U.N. envoy warned ...")
    if first == "for" and not SPANS.isdisjoint(ahead) or "time" in ahead or "times" in ahead:
        return True  # how long, or how many times ("first away win | for nearly four years")
    if first in _GOES_ON or first in KEPT or not _MODALS_AND_TO.isdisjoint(w.lower() for w in rest[:_REACH]):
        return True
    following = rest[1].lower() if len(rest) > 1 else ""
    return first in _MEANS and following.endswith("ing") and may_be_verb(following)


def _tells_a_clause(rest: list[str], kept: list[str]) -> bool:
    """Whether the "as" that opens ``rest`` opens a clause of its own, a subject and a verb with a tense
    that is no noun ("as | U.N. envoy warned", "as | teenager went out"), not what something is taken as
    ("oust Milburn | as Labour's election supremo", "life | as owner of ... props company", "treats
    workers | as ..."), a condition or a comparison ("as long as", "as if", "twice as fast | as analysts
    expected"), nor a relative clause's verb ("as candidate who will ...")."""
    if len(rest) < 3 or rest[1].lower() in _NOT_A_SUBJECT or "as" in (w.lower() for w in rest[1:3]):
        return False
    if any(_TAKES_AS.intersection(verb_lemmas(w.lower())) for w in kept) or "as" in map(str.lower, kept):
        return False
    for word in (w.lower() for w in rest[2:_SPAN_REACH]):
        if word in _RELATIVES:
            return False
        if is_tensed(word) and not may_be_noun(word):
            return True
    return False


def _says_without_verb(kept: list[str]) -> bool:
    """Whether a verb of saying in the line has no verb of what is said after it."""
    for k, token in enumerate(kept):
        if token.lower() in SAYING:
            rest = kept[k + 1 :]
            return bool(rest) and not any(is_tensed(w.lower()) or w.lower() == "to" for w in rest)
    return False
