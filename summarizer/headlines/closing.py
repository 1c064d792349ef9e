"""Whether a headline cut before a word ends on a complete phrase (English).

A line cut at a phrase boundary may still end inside a phrase that runs on past the cut: a noun
whose complement follows ("dies on eve | of his 93rd birthday", "in terms | of"), a compound or a
name cut in two ("European Union's arms | embargo", "group combining Saudi | billionaire"), a clause
opener with nothing after it ("to show off how | he ..."), a verb cut from the clause that is its
object ("show off | how he ..."), a relative clause with nothing but its verb ("virus that poses |
as Tetris game"), a clause whose verb is still to come ("if Meade's love affair | with ..."), a linking
verb's adverbs without what they link ("were never really | in danger"), a comparison's first "as"
("by as much | as 30%"), a time measured from what follows ("shortly | after she arrived"), or an aside
between dashes left open ("two airlines - US Airways | and Delta ..."). A cut before a preposition other
than "of", a conjunction, a clause or a comma leaves a complete phrase.
A line may also be cut before its point (:func:`point_follows`): what a noun of change changed ("posts rise
| in profits"), what a verb of telling told its object ("tells pupils | that ..."), the time a negated verb
waits for ("will not stop | until ..."); the cut goes on to it within the overrun and, out of reach, does not
back off. :func:`summarizer.headlines.cut.fit` reads this to end the line elsewhere; :func:`dangling` lists
the words no line ends on.
"""

from __future__ import annotations

import re
from functools import cache

from .headlinese import is_capital
from .trim import PEOPLES_ADJECTIVE
from ..language import stop_words
from .wordforms import is_adverb, is_base_verb, is_modifier, is_noun, is_tensed, is_verb, may_be_verb
from .wordforms import is_plural_noun, may_be_adjective, may_be_noun, participle_of

__all__ = [
    "runs_on", "point_follows", "told", "splits_names", "open_aside", "bare_verb", "dangling",
    "ends_possessive", "reports_a_result", "DASHES", "PARTICLES", "ADVERB_PARTICLES", "PARTICLE_FOLLOWERS",
    "TOLD_SUBJECTS", "TOLLS", "toll_count", "COUNT_NOUNS", "BE_FORMS", "RESULT_OPENERS", "SPENDING",
    "TIME_NOUNS", "RELATIVES", "REFLEXIVES", "OBJECTS",
    "OBJECT_CLAUSE_WORDS", "CONTRACTED_VERBS", "MODALS",
    "WANTS_INFINITIVE", "DISASTERS",
]


def toll_count(tokens: list[str], at: int) -> int | None:
    """Where the count of the toll that opens at ``tokens[at]`` stands (", killing | at least | 30 people"),
    within a few words; None when no count of people follows ("killing two hours", "killing 3 birds")."""
    for k in range(at + 1, min(len(tokens), at + 1 + _TOLL_REACH)):
        word = tokens[k].lower()
        if word[:1].isdigit() or word in _COUNTS:
            following = tokens[k + 1].lower().strip(",;:.") if k + 1 < len(tokens) else ""
            return None if following in _NOT_PEOPLE else k
    return None


_NOT_PEOPLE = frozenset("hours minutes days weeks months years birds".split())  # counts no toll counts


@cache
def dangling(language: str) -> frozenset[str]:
    """Words a headline must not end on: articles, prepositions, conjunctions, auxiliaries, pronouns.

    English has its own list: a stop-word list also holds adverbs and particles that may end a line
    ("shot down"). Other languages fall back to their stop words.
    """
    if language != "english":
        return stop_words(language)
    return frozenset(
        "a an the and or but nor so yet for of to in on at by with from into onto upon about above across "
        "after against along alongside amid among around as before behind below beneath beside between "
        "beyond despite during except inside like near over past since than through throughout till "
        "toward towards under until unlike via within without is are was were be been being has have had "
        "do does did will would shall should can could may might must that which who whom whose whether "
        "if unless while because although though whereas lest when where my your his her its our their "
        "this these those i we you he she it they very more most such not no also just only all due "
        "according prior ahead what".split()
    )


DASHES = _DASHES = frozenset({"-", "--", "—", "–", "_"})  # a spaced dash opens or closes an aside (AP: "_")
# A clause that opens here is the object or complement of the word before it: cut after the opener,
# it says nothing ("show off how").
OBJECT_CLAUSE_WORDS = _OPENERS = frozenset("how what why whether".split())
# Words that tie what follows to the word before them: "eve of", "more than", "single most".
_TIES = frozenset("of than most least".split())
# A bare noun between two prepositions makes one phrase of the three ("in terms of", "on eve of").
_BINDS = frozenset("in on at by with".split())
_BOUND = frozenset("of with to".split())
RELATIVES = _RELATIVES = frozenset("that which who whom whose".split())
PARTICLES = _PARTICLES = frozenset("out up down off away back".split())  # a phrasal verb's ("set out")
#: Prepositions that also stand alone after a verb, as its particle ("moves on", "passed by").
ADVERB_PARTICLES = frozenset("on in over by through along around about across behind past ahead".split())
#: Prepositions after which such a particle is one, not a phrase's opener ("facing the issue head on |
#: during ...", "kept the pressure on | with a win"); not "leant on | by", "closed in | on".
PARTICLE_FOLLOWERS = frozenset("in at from with for during after before amid over under near".split())
_BEFORE_AN_AMOUNT = frozenset("nearly almost barely roughly".split())  # ("nearly a mile": one phrase)
_PUNCTUATION = ",;:.'\"“”‘’()"
_POSSESSIVE = re.compile(r"\w['’]s?$")


def ends_possessive(word: str) -> bool:
    """Whether ``word`` is a possessive ("country's", "players'"), which wants the noun after it."""
    return ("'" in word or "’" in word) and _POSSESSIVE.search(word) is not None  # (the quick test first)


# Verbs that name their object as something ("brands X as", "dismissed X as"): the "as" is their own.
_LABELLING = frozenset(
    "brand brands branded label labels labelled labeled describe describes described dismiss dismisses "
    "dismissed hail hails hailed condemn condemns condemned denounce denounces denounced declare declares "
    "declared".split()
)


# Prepositions whose phrase a second verb at a line's end was cut from ("and stands | in contrast").
_SECOND_VERBS_PHRASE = frozenset("in on to into with as at".split())


def runs_on(tokens: list[str], end: int, stop: frozenset[str]) -> bool:
    """Whether the line ``tokens[:end]`` ends inside a phrase that goes on in ``tokens[end:]``."""
    if end >= len(tokens) or end < 1:
        return False
    if open_aside(tokens, end) is not None:
        return True
    last, following = tokens[end - 1], tokens[end]
    if last[-1] in ",;:" or following in _DASHES or last[-1] in "-—–":
        return False  # punctuation closes the phrase
    bare = last.strip(_PUNCTUATION).lower()
    word = following.strip(_PUNCTUATION).lower()
    if bare in _OPENERS:
        return True  # "to show off how"
    if (word == "a" or word == "an") and bare in _BEFORE_AN_AMOUNT:
        return True  # "nearly | a mile"
    if word in _SECOND_VERBS_PHRASE and end > 1 and tokens[end - 2].lower() in ("and", "but") and (
            last.islower() and last.endswith("s") and is_tensed(last)):
        return True  # a second verb cut from its phrase: "is testament to ... and stands | in contrast to"
    if _clause_without_verb(tokens, end):
        return True  # "made headlines when his resignation memo | announcing ... surfaced"
    if not _RELATIVES.isdisjoint(map(str.lower, tokens[max(0, end - 3) : end - 1])):
        return True  # a relative clause cut after its verb: "virus that poses | as Tetris game"
    if (word in ADVERB_PARTICLES and end + 1 < len(tokens) and following.isalpha()
            and tokens[end + 1].lower() in PARTICLE_FOLLOWERS):
        return bare.isalpha()  # "head | on during the campaign": the particle is its verb's, no phrase opens
    if word in _OPENERS or word == "that":
        # The clause is the object of a verb or a phrasal verb before it ("show off | how", "warned
        # | that"); after a noun it is a relative clause ("virus | that poses").
        return bare in _PARTICLES or (may_be_verb(bare) and not is_noun(bare) and not is_capital(last[:1]))
    if word == "as" and not _LABELLING.isdisjoint(map(str.lower, tokens[:end])):
        return True  # the label is the news: "brands Chelsea's complaint | as pathetic"
    if word == "as" and _compares(tokens, end):
        return True  # "was as eagerly anticipated in Tehran | as it was in Washington"
    if word in _BOUND and end > 1 and tokens[end - 2].lower() in _BINDS and last.islower() and bare.isalpha():
        return True  # a fixed phrase: "in connection | with", "on behalf | of", "in response | to"
    if ends_possessive(last) and (word in _TIES or word not in stop) and word:
        return True  # "one of country's | most powerful parties", "next month's | World Cup"
    if word in _TIES:
        return bare.isalpha() and bare not in stop and not is_verb(bare)  # "eve | of", not "last 16 | of"
    if following.isalpha() and following.islower() and word not in stop and PEOPLES_ADJECTIVE.fullmatch(last):
        return True  # a people's adjective wants its noun: "group combining Saudi | billionaire investor"
    acronym = 1 < len(last) <= 3 and last.isupper() and last.isalpha()  # "UK | and foreign terror suspects"
    if word in ("and", "or") and end + 1 < len(tokens) and (last.islower() or acronym) and bare.isalpha():
        # Two adjectives of one noun: "in long | and sordid history".
        after_and = tokens[end + 1].strip(_PUNCTUATION).lower()
        if not (is_noun(bare) or is_verb(bare)) and is_modifier(after_and):
            return True
        if is_adverb(bare) and is_adverb(after_and):
            return True  # two adverbs of one word: "completely | and totally unacceptable"
    if last[:1].isupper() and following.islower() and end > 1 and tokens[end - 2].lower() in _FORMER and (
            word == "and" or word not in stop):
        # "on tour with former Free | and Bad Company singer", "former Chelsea | striker": the role the name
        # goes on to (not "in the former Yugoslavia | for ten more years")
        return True
    if word == "per" and bare[:1].isdigit():
        return True  # a rate's number and its unit: "to maintain 100 | per cent record"
    if word in ("after", "before") and bare in _TIMED:
        return True  # "began shortly | after", "died hours | after": the time wants what it is measured from
    if _linked(tokens, end):
        return True  # a linking verb and its adverbs cut from what they link: "were never really | in danger"
    if word == "thanks" and end + 1 < len(tokens) and tokens[end + 1] == "to":
        return False  # a cause's phrase opens: "profits | thanks to clients"
    if word in stop or not word:
        return False  # a function word opens the next phrase
    # A content word after the cut: the noun, name or object goes on; not a participle or an -ing
    # form after a noun, which opens a clause of its own ("regulations | imposed by ...").
    clause = participle_of(word) is not None or (word.endswith("ing") and may_be_verb(word))
    return not (clause or is_adverb(word))


_DOUBTS = frozenset("doubt doubts idea clue".split())  # "no doubt who", "no idea what"
_NONE = frozenset("no little any".split())
_DOUBTED = _OPENERS | {"who", "where", "when"}  # the question a doubt is about


BE_FORMS = frozenset("is are was were be been being".split())
# Nouns of a change, a result or a move: cut from the phrase that says what changed, where to or over
# whom ("posts rise | in fourth quarter profits", "linking him with move | from Arsenal", "claim win |
# over Zimbabwe", "pay tribute | to Carson", "mounted attack | on offices"), they say nothing.
_CHANGES = frozenset(
    "rise fall increase decrease jump drop gain loss growth decline slump surge upsurge boost hike move bid "
    "stake switch transfer profit win victory defeat tribute attack raid clash investigation inquiry "
    "probe".split()
)
_FORMER = frozenset({"former", "ex"})  # before a name that says whose role follows ("former Chelsea striker")
# Nouns that say nothing without what follows them, and the word that opens it.
_WHAT_OF = {"rights": ("to",), "role": ("in",), "investment": ("in",), "investments": ("in",),
            "confidence": ("in",), "interest": ("in",), "spotlight": ("on",),
            "emphasis": ("on",), "ban": ("on",), "crackdown": ("on",), "moratorium": ("on",),
            "embargo": ("on",), "references": ("to",), "reference": ("to",),
            # a quarrel's other side ("in public spat | with Elton John")
            **dict.fromkeys("spat feud rift quarrel standoff stand-off".split(), ("with",))}
SPENDING = frozenset("spend spends spent spending".split())
_LEVELS = frozenset("above below beyond past".split())  # before a figure, the level a move reached
#: Nouns of a span of time ("spent his Friday night | working", "arrested and charged this week").
TIME_NOUNS = frozenset("day days night week weeks month months year years morning evening time".split())
# A penalty or a payment, whose "for" or "after" and an "-ing" tell the offence ("pay $28.5m | after admitting
# bribery", "arrested | for engaging in espionage").
_PENALTIES = frozenset(
    "arrested arrests charged jailed fined banned suspended fired sacked stripped punished sentenced "
    "convicted disciplined expelled pay pays paid charge charges arrest fine fines ban bans suspend suspends "
    "sentence sentences".split())
_PENALTY_REACH = 8  # words before the cut searched for the penalty
_NOT_ONLY_REACH = 6  # words before a "but" searched for the "not only" it completes
# A refusal or a penalty, whose "because" clause tells why ("was refused passport | because ...").
_REFUSALS = frozenset(
    "refuse refuses refused reject rejects rejected deny denies denied bar bars barred ban bans banned "
    "sacked fired suspended expelled arrested charged jailed fined disqualified".split())
# Nouns of an attack or a claim whose "against" says on whom ("offensive | against Boko Haram").
_AGAINST_WHOM = frozenset(
    "offensive offensives sanctions campaign crackdown lawsuit suit charges case action raids strikes "
    "airstrikes protests protest war fight battle".split())
# The dead and hurt of a line, and what an "in" after them names that killed or hurt them ("scores wounded |
# in series of suicide bombings"), within a few words.
_CASUALTIES = frozenset("killed wounded injured hurt dead".split())
_CLAUSE_VERB = 3  # words of a clause's opening in which its verb shows it closes soon
_CONDITIONS = frozenset("condition hospital hospitalised hospitalized critical".split())  # a harm's state
DISASTERS = frozenset(
    "attack attacks bombing bombings blast blasts explosion explosions shooting shootings clash clashes "
    "airstrike airstrikes strike strikes raid raids crash crashes fire fires earthquake storm flood floods "
    "floodings landslide stampede ambush".split())
_DISASTER_REACH = 4
# A disaster's or an attack's toll in a trailing clause (", | killing 60 people"), counted within a few words.
TOLLS = frozenset("killing injuring wounding".split())
_TOLL_REACH = 3  # ("killing at least 30")
#: The nouns of a count ("hundreds of ...", "killing dozens").
COUNT_NOUNS = frozenset("hundreds thousands millions billions dozens scores tens".split())
_COUNTS = frozenset("two three four five six seven eight nine ten eleven twelve".split()) | COUNT_NOUNS
_CHANGED_BY = frozenset("in from to for by into over against on with".split())
_NEGATIONS = frozenset("not never won't can't don't didn't won’t can’t don’t didn’t".split())
_NEGATED_REACH = 3  # words before "until" searched for the negation ("will not stop", "not rest")
# A perfect negated ("has not won", "not have won", "hasn't won", "have never been"), within this many
# words before "since".
_SINCE_REACH = 7
_PERFECT_NEGATIONS = frozenset("hasn't haven't hadn't hasn’t haven’t hadn’t".split())
_NEGATED_PERFECTS = frozenset((n, h) for n in ("not", "never") for h in ("have", "has", "had"))
REFLEXIVES = _REFLEXIVES = frozenset("itself himself herself themselves myself ourselves yourself".split())
_TIME_UNITS = frozenset("minute minutes hour hours".split())  # of a time that goes on in seconds or minutes
_TOOK_TO = frozenset("take takes took taking turn turns turned turning".split())  # "took to Twitter to ..."
# Verbs of telling, asking or finding out: the clause after their object is what is told or asked.
_TELLING = frozenset(
    "tell tells told telling ask asks asked asking warn warns warned warning remind reminds reminded "
    "assure assures assured reassure reassures reassured inform informs informed notify notifies "
    "notified advise advises advised convince convinces convinced persuade persuades persuaded".split()
)
# Verbs whose object an infinitive goes on to tell what it is made or let to do: that is the point.
_CAUSING = _TELLING | frozenset(
    "allow allows allowed allowing let lets force forces forced forcing enable enables enabled enabling "
    "urge urges urged urging order orders ordered ordering require requires required requiring "
    "encourage encourages encouraged encouraging invite invites invited inviting".split()
)
_FINDING = frozenset("find finds found finding".split())  # "find out whether ..."
# A result that an "after" clause reports is the news its main clause only colours ("Vonn lifted her crystal
# globe with pride | after winning World Cup downhill title", "pressure is mounting on Laporte | following defeat
# by Wales", "had to save two match points | before squeezing past Ferrero"); not a time ("after lunch") nor a
# claim ("after claiming ...").
RESULT_OPENERS = frozenset({"after", "following", "before"})
_RESULTS = frozenset(
    "victory win defeat triumph title winning beating defeating clinching securing squeezing edging scored "
    "scoring goal".split())
#: Object pronouns: a closed clause may end on one; a result over one is over a person ("beating him").
OBJECTS = frozenset("it them him her us me".split())
_RESULT_REACH = 5  # words of the clause searched for its result
# Verbs whose object an "as" goes on to give its new role, and verbs whose object a "from" goes on
# to say what it is kept from: that is the point ("confirming Dean Goldfine | as his new coach",
# "to stop frustrated coaches | from haranguing referees").
_APPOINTING = frozenset(
    "name names named naming appoint appoints appointed appointing confirm confirms confirmed confirming "
    "hire hires hired hiring unveil unveils unveiled unveiling install installs installed installing "
    "join joins joined joining".split()
)
# Verbs whose object goes to someone: to whom is the point ("lend support | to two imprisoned bloggers").
_CAUSING_OR_GIVING = _CAUSING | frozenset(
    "give gives gave given giving lend lends lent lending hand hands handed handing donate donates donated "
    "donating".split()
)
_PREVENTING = frozenset(
    "stop stops stopped stopping prevent prevents prevented preventing ban bans banned banning bar bars "
    "barred barring block blocks blocked blocking deter deters deterred deterring prohibit prohibits "
    "prohibited prohibiting discourage discourages discouraged discouraging".split()
)
_POINT_OPENERS = frozenset("that whether how what why".split())  # what is told, asked or found out
TOLD_SUBJECTS = frozenset("he she it they we".split())  # ... or its subject, once "that" has gone
# Verbs whose "that" clause right after them is all they say (a line never ends on "show").
_SHOWING = frozenset(
    "show shows showed shown reveal reveals revealed suggest suggests suggested indicate indicates indicated "
    "prove proves proved confirm confirms confirmed find finds found".split())
_THAT = frozenset({"that"})
_SHOWN_REACH = 6  # words back from the cut searched for the "that" of what is shown
# Nouns whose content a clause says, its "that" gone ("reports | it may be subject to takeover").
_REPORT_NOUNS = frozenset("reports claims speculation rumours rumors fears suggestions allegations".split())
# Prepositions that no object of a verb of telling holds: the clause after them is their noun's.
_NOT_OBJECT = frozenset("about on in at for with from to by over against into after".split())
# Verbs whose object goes somewhere, or becomes something: where to, or what, is their point.
_SENDING = frozenset(
    "send sends sent sending put puts putting push pushes pushed pushing drive drives drove driven driving "
    "plunge plunges plunged plunging throw throws threw thrown throwing turn turns turned turning convert "
    "converts converted converting lure lures lured luring".split()
)
_INTO = frozenset({"into", "onto"})
# Verbs of the senses and of seeming, whose "like" says what a thing is felt as, within a few words.
_SENSES = frozenset(
    "feel feels felt look looks looked sound sounds sounded seem seems seemed smell smells taste "
    "tastes".split())
_SENSED_REACH = 3  # ("feels a lot | like")
_WHO_TOLD = frozenset({"who", "whom"})  # a relative clause of those told, before what they are told
_PLACED = _INTO | frozenset("to at in on within ahead behind".split())  # where a verb puts its pronoun
# Nouns of what is given or sent to someone, whose "from" names the giver ("taking advice | from Christie").
_RECEIVED = frozenset("advice help support backing offer offers approach message letter apology".split())
# Times that are spent on something, with someone or somewhere ("spend time | with friends", "spending
# week | at summer base").
_SPENT = frozenset("time day days night nights week weeks weekend month months year years hours".split())
# Adjectives that say nothing without their "to" ("more likely | to go to university", "one step closer | to
# understanding ...").
WANTS_INFINITIVE = frozenset("likely unlikely able unable willing unwilling eager reluctant closer".split())
# Adjectives that say nothing without their "of" ("aware | of ...", "guilty | of murder").
_WANTS_OF = frozenset(
    "aware unaware afraid capable incapable guilty fond proud ashamed convinced accused".split())
# "no other choice | but to ...": the nouns of a choice, searched this many words back from "but".
_CHOICES = frozenset("choice option alternative action way".split())
_NO_CHOICE_REACH = 6
# Nouns whose "that" clause is what is feared or hoped ("on concerns | that central banks may cut ...").
_CONCERNS = frozenset("concerns concern fears worries worry hopes hope doubts expectations".split())
# Adjectives that say nothing without their "for" ("suitable for young children", "eligible for parole").
_FOR_WHOM = frozenset(
    "suitable unsuitable eligible ineligible responsible liable unfit fit available unavailable".split())
_BETWEEN_REACH = 6  # words back from an "and" searched for the "between" or "both" it closes
_PAIRS = frozenset({"between", "both"})
_TOLD_REACH = 6  # words back from the cut searched for the verb (its object, or a time, between)
_APPOINTED_REACH = 8  # the same for a verb of appointing, whose object is often a role and a name


# Nouns that say nothing without their "of" ("one | of proudest nights", "anniversary | of Crimea's
# annexation", "execution | of two soldiers"): parts and amounts, and what is done to someone or something.
_OF_HEADS = frozenset(
    "one bit example equivalent feat creation execution rejection use scarcity death deaths effects "
    "hundreds thousands millions dozens tens site remains prototype anniversary rest part end number lot "
    "kind sort series".split()
)


def _called_to(tokens: list[str], end: int) -> bool:
    """Whether the line ``tokens[:end]`` stops inside what a "calls for" asks, before its "to" and a verb:
    "calls for all athletes found guilty | on drugs charges to be treated as criminals" (what they should
    be is the point)."""
    call = next((k for k in range(max(0, end - _CALL_REACH), end - 1)
                 if tokens[k].lower() in _CALLING and tokens[k + 1] == "for"), None)
    return call is not None and _infinitive_ahead(tokens, end, call + _CALL_REACH - end)


def _moved_to(tokens: list[str], end: int) -> bool:
    """Whether a verb that moves someone to act, then its object of a few words, stands before the "to"
    at ``end`` and a verb after it ("prompts Labour donor | to say", "forced thousands | to flee"): what
    the object was moved to do is the point (not the verb's own passive, "forced | to flee")."""
    if end + 1 >= len(tokens) or not is_base_verb(tokens[end + 1]) or tokens[end + 1].lower() in _SAY:
        return False  # (not "to say he will ...": what is said runs past any line's reach)
    verb = next((k for k in range(end - 2, max(0, end - _MOVED_REACH) - 1, -1)
                 if tokens[k].lower() in _MOVING), None)
    return verb is not None and all(not (t.islower() and is_tensed(t)) for t in tokens[verb + 1 : end])


def _infinitive_ahead(tokens: list[str], end: int, reach: int) -> bool:
    """Whether a "to" and a verb follow ``tokens[:end]`` after at most ``reach`` words, no punctuation
    between."""
    for k in range(end, min(len(tokens) - 1, end + reach + 1)):
        if tokens[k - 1][-1] in ",;:" or tokens[k].lower() in _CLAUSE_OPENERS or tokens[k] == "as":
            return False  # (not another clause's: "calls for calm | ... as side bid to oust Chelsea")
        if tokens[k] == "to":
            return is_base_verb(tokens[k + 1])
    return False


def _verb_opens(tokens: list[str], start: int) -> bool:
    """Whether the clause at ``tokens[start:]`` has its verb in its first words: an -ing form first ("being
    kicked by horses") or a verb with a tense after a short subject ("she was knocked", "cliff collapsed");
    not after a long one ("shopping center in city of Kazan collapsed")."""
    first = tokens[start] if start < len(tokens) else ""
    if first.endswith("ing") and first.islower() and may_be_verb(first) and not is_noun(first):
        return True
    opening = tokens[start + 1 : start + _CLAUSE_VERB]
    return any(t.islower() and is_tensed(t) and not is_noun(t) for t in opening)


def point_follows(tokens: list[str], end: int, of_heads: bool = True) -> bool:
    """Whether the line ``tokens[:end]`` is cut before its point: what a noun of change or a move
    changed or where to ("posts rise | in fourth quarter profits", "with move from Arsenal | to Real
    Madrid"), what a verb of telling, asking or finding out told ("tells group of pupils | that
    ...", "ask Assange's representatives | whether ..."), the time a negated verb waits for ("will
    not stop | until ..."), what a "first" or an "only" did ("first of 10 nations | to cut ..."), what a
    short comparison is with ("more common | than many parents might realize"), an idiom's end that
    turns it round ("does not take backing | for granted"), or, with ``of_heads``, the "of" of a noun
    that says nothing alone ("is latest example | of ...")."""
    if end < 2 or end >= len(tokens):
        return False
    last, word = tokens[end - 1], tokens[end].lower()
    if (last in OBJECTS or last.lower() == "back") and word in _PLACED and tokens[end - 2].islower() and (
            may_be_verb(tokens[end - 2])):
        # "lifted them | to within two points of ...", "put him | at odds with his attorneys", "insists it
        # stands them | in good stead": a verb and its pronoun say nothing of where it puts them; nor a verb
        # and its "back" ("bodies of four tourists arrived back | in Italy")
        return True
    if word in _WHO_TOLD and told(tokens, end):
        # "Obama tells thousands of people | who gathered ... that 'our march is not yet finished'": what
        # is told comes after the people's clause
        return True
    if word == "like" and not _SENSES.isdisjoint(
            t.lower() for t in tokens[max(0, end - _SENSED_REACH) : end]):
        return True  # "passage of new law feels a lot | like high school": what it feels like is the point
    if word == "to" and last.lower() in _BELIEVED and tokens[end + 1 : end + 2] == ["be"]:
        return True  # "reopen Swansea theatre thought | to be Wales' oldest": what it is thought to be
    if last.lower() in _DOUBTS and word in _DOUBTED and tokens[end - 2].lower() in _NONE:
        return True  # "has no doubts | who he will be shouting for": what is in no doubt
    if word == "of" and last.lower() in _WANTS_OF:
        return True  # "are aware | of only one other such cluster", "found guilty | of murder": of what
    if word == "to" and last.lower() in WANTS_INFINITIVE:
        return True  # "are six times more likely | to go to university": likely to do what
    if _called_to(tokens, end):
        return True  # "calls for all athletes found guilty | on drugs charges to be treated as criminals"
    if word == "to" and _moved_to(tokens, end):
        return True  # "feud between Blair and Brown prompts Labour donor | to say ...": moved to do what
    if word == "to" and "from" in map(str.lower, tokens[max(0, end - 3) : end - 1]):
        return last[-1] not in ",;:"  # a range's "from" wants its "to"
    if word in ("to", "as") and end > 2 and tokens[end - 2] == "to" and tokens[end - 3].lower() in _TOOK_TO:
        # "took to Instagram | to show off ...", "| as he shared a selfie ...": what was posted is the news
        return is_capital(last[:1])
    if last.rstrip(",") in _TIME_UNITS and tokens[end][:1].isdigit() and end + 1 < len(tokens) and (
            tokens[end + 1].startswith(("second", "minute"))):
        return True  # "in a time of one minute, | 47.97 seconds": a time is whole or not at all
    if word in _CHANGED_BY and last in _CHANGES and _after_its_verb(tokens, end - 1):
        return True
    if word in _WHAT_OF.get(last, ()) and _after_its_verb(tokens, end - 1):
        # "wins bidding war for movie rights | to memoir", "played key role | in consigning him", "allowing
        # foreign direct investment | in construction sector"
        return True
    if last in _SPENT and word in ("with", "at", "in", "on") and tokens[end - 2].lower() in SPENDING:
        # "used to play truant to spend time | with friends at snooker hall", "by spending week | at summer
        # base": time doing what, or where
        return True
    # (A charge's "with" after its object: "charge nine food suppliers | with helping ...", not "people
    # charged | with", which a line out of reach would back off from.)
    charged = word == "with" and last.lower() not in _PENALTIES
    offence = tokens[end + 1] if (word in ("for", "after") or charged) and end + 1 < len(tokens) else ""
    if is_adverb(offence) and end + 2 < len(tokens):
        offence = tokens[end + 2]  # "for allegedly conspiring"
    if offence.endswith("ing") and offence.islower() and may_be_verb(offence) and not (
            _PENALTIES.isdisjoint(map(str.lower, tokens[max(0, end - _PENALTY_REACH) : end]))):
        return True  # "stripped of seven Tour de France titles | for using drugs": what for
    if word == "after" and (last in _CASUALTIES or last in _CONDITIONS) and _verb_opens(tokens, end + 1):
        return True  # "is in critical condition in hospital | after she was mugged": what put them there
    if word == "in" and last in _CASUALTIES and not DISASTERS.isdisjoint(
            w.lower().strip(",;:.") for w in tokens[end + 1 : end + 1 + _DISASTER_REACH]):
        return True  # "More than 50 people killed and scores wounded | in series of suicide bombings": how
    if word in _LEVELS and last.isalpha() and tokens[end + 1 : end + 2] and (
            tokens[end + 1].lstrip("$£€")[:1].isdigit()):
        return True  # "pushes US crude oil prices | above $50": the level reached is the news
    if word in TOLLS and last[-1] == "," and toll_count(tokens, end) is not None:
        return True  # "jumps tracks in northern India, | killing at least 30 people": how many died
    if word == "but" and any(tokens[k].lower() == "not" and tokens[k + 1].lower() == "only"
                             for k in range(max(0, end - _NOT_ONLY_REACH), end - 1)):
        return True  # "are not only disturbing peace, | but are driving up price of food": the other half
    if word == "because" and last.lower() in _FOCUS:
        return True  # "should not be reduced automatically simply | because of guilty plea": what it is not
    if word == "because" and not _REFUSALS.isdisjoint(
            map(str.lower, tokens[max(0, end - _PENALTY_REACH) : end])):
        return True  # "claims she was refused passport | because her eyes were out of focus": why
    if word == "against" and last in _AGAINST_WHOM:
        return True  # "launched ground and aerial offensive | against Boko Haram": against whom
    if last == "protest" and word in ("at", "against", "over") and tokens[end - 2].lower() == "in":
        return True  # "on strike in protest | at planned job cuts": what at
    if word == "as" and any(tokens[k] == "as" and _compared(tokens[k + 1])
                            for k in range(max(0, end - _BETWEEN_REACH), end - 2)):
        return True  # "as essential to recent New Year's festivities | as party mood": the other side
    if word == "as" and last.lower() in _REFLEXIVES:
        return True  # "virus disguising itself | as Christmas card", "described himself | as": what as
    if word == "until":
        # "will not stop | until he achieves his dream": a negated verb before it, what is said is the time.
        # (and a headline's "not to be introduced | until")
        return not _NEGATIONS.isdisjoint(map(str.lower, tokens[max(0, end - _NEGATED_REACH) : end])) or (
            tokens[max(0, end - 4) : end - 2] == ["not", "to"])
    if word == "since":
        # "may not have won at Twickenham | since 1983": how long it has not happened is the news.
        before = [t.lower() for t in tokens[max(0, end - _SINCE_REACH) : end]]
        pairs = zip(before, before[1:])
        return not _PERFECT_NEGATIONS.isdisjoint(before) or any(
            not _NEGATED_PERFECTS.isdisjoint(((w, after), (after, w))) for w, after in pairs)
    if word == "to" and not _RANKS.isdisjoint(t.lower() for t in tokens[max(0, end - _RANK_REACH) : end - 1]):
        return True  # "becomes first of 10 nations battered by waves | to cut its forecast": first to do what
    if (end > 2 and tokens[end - 2].lower() in _FIRSTS and word in _RANK_SCOPES
            and _infinitive_ahead(tokens, end, _RANKED_GAP)):
        return True  # "by becoming first Indian | in history to win WTA singles title": the first to do what
    if word == "to":
        # "would have allowed software | to be patented", "to lend support | to two jailed bloggers",
        # "calls on England and Wales Cricket Board | to realise ...", "sent Barcelona | to La Liga summit"
        return (told(tokens, end, _CAUSING_OR_GIVING) or told(tokens, end, _SENDING, past_verbs=False)
                or _called_on(tokens, end))
    if word in ("that", "which") and "of" in tokens[max(0, end - 4) : end - 1] and _one_of(tokens, end):
        return True  # "to launch campaign in one of areas | that has been most devastated": which one
    labelled = word == "as" and not _LABELLING.isdisjoint(
        t.lower() for t in tokens[max(0, end - _APPOINTED_REACH) : end])
    if labelled:
        return True  # "declare Fahrenheit 9/11 and The Passion of the Christ | as milestones": what they are
    if word.isalpha() and is_base_verb(word) and not _CAUSATIVES.isdisjoint(
            t.lower() for t in tokens[max(0, end - _RECEIVER_WORDS - 1) : end - 1]):
        return True  # "decision to let her son | wear costume": what the son is let do
    if _second_object_follows(tokens, end):
        return True  # "delayed to give child actors | less arduous rehearsal schedule": what it gives
    if word == "but" and last.lower() in _CHOICES and end + 1 < len(tokens) and (
            tokens[end + 1] == "to" or is_base_verb(tokens[end + 1])) and (
            "no" in map(str.lower, tokens[max(0, end - _NO_CHOICE_REACH) : end - 1])):
        return True  # "had no other course of action | but to ask bassist to leave": what they had to do
    if word == "that" and last in _CONCERNS and end + 1 < len(tokens) and not (
            tokens[end + 1].islower() and is_tensed(tokens[end + 1])):
        return True  # "on concerns | that central banks may cut ...": what is feared (not "that emerged")
    if word == "that" and last in _SHOWING and _shows(tokens, end - 1):
        return True  # "documents leaked from ministry show | that army is not drawing down forces": what
    shown = next((k for k in range(end - 2, max(0, end - _SHOWN_REACH - 1), -1) if tokens[k] == "that"),
                 0) if "that" in tokens else 0  # (the quick test first: most lines have no "that")
    if shown and tokens[shown - 1] in _SHOWING and _shows(tokens, shown - 1) and (
            _clause_without_verb(tokens, end, _THAT, _SHOWN_REACH)):
        return True  # "wants to show that people with Down syndrome | are ...": the clause's verb
    if last in _REPORT_NOUNS and (word in TOLD_SUBJECTS or word == "that" and end + 1 < len(tokens)
                                  and not tokens[end + 1].islower()):
        # "refuses to comment on reports | it may be subject to takeover", "plays down reports | that
        # Arjen Robben will return": what is reported (not a relative's "reports | that emerged")
        return True
    if word == "of" and of_heads and last.lower() in _OF_HEADS:
        return True  # "is latest example | of how militants exploit ...": the noun says nothing alone
    if word in RESULT_OPENERS and reports_a_result(tokens, end):
        return True  # "lifted her globe with pride | after winning World Cup downhill title"
    if _clause_without_verb(tokens, end, _OBJECT_CLAUSE_OPENERS):
        # "would choose how their own budget | for personal care was spent": what is chosen is the point (a
        # time's or a condition's clause the line drops whole instead, :func:`runs_on`).
        return True
    if word == "as":
        # "confirming US Davis Cup assistant Dean Goldfine | as his new coach": a role and a name between.
        return told(tokens, end, _APPOINTING, _APPOINTED_REACH)
    if (word in ("and", "or") and tokens[end - 2].lower() == "to" and last.islower() and end + 1 < len(tokens)
            and is_base_verb(last) and is_base_verb(tokens[end + 1])):
        return True  # two verbs of one object: "software to spot | and stop net attacks"
    if word == "and" and not _PAIRS.isdisjoint(tokens[max(0, end - _BETWEEN_REACH) : end - 1]):
        return True  # "legal fight between three US online journalists | and Apple", "both ... | and ..."
    if word == "from" and last.lower() in _RECEIVED and _after_its_verb(tokens, end - 1):
        return True  # "by taking advice | from British sprint icon Linford Christie": from whom is the point
    if word == "from":
        return told(tokens, end, _PREVENTING)  # "stop frustrated coaches | from haranguing referees"
    if word == "than" and _comparative(tokens, end):
        # "is more common | than many parents might realize": more than what, when the comparison is short
        # (a longer one the line cannot reach whole: "bigger achievement | than improbable march to ...")
        rest = next((k for k in range(end, len(tokens)) if tokens[k][-1] in ",;:"), len(tokens) - 1) + 1 - end
        return rest <= _COMPARISON_WORDS
    if word == "for" and end + 1 < len(tokens) and tokens[end + 1].lower().strip(",;:.") == "granted":
        return True  # "does not take backing of Kenwright | for granted": the idiom says the opposite cut
    if word == "in" and last.lower() in _STANDING and "way" in tokens[end + 1 : end + 3]:
        return True  # "nothing will stand | in way of third term": the idiom's end is what it says
    if word == "for" and last.lower() in _FOR_WHOM:
        return True  # "may not be suitable | for young children": for whom is the point
    if word in _INTO:
        return told(tokens, end, _SENDING)  # "to send holders Arsenal | into semifinals": where to
    return (word in _POINT_OPENERS or word in TOLD_SUBJECTS) and told(tokens, end)


_GIVING = frozenset(
    "give gives gave giving offer offers offered offering grant grants granted granting".split())
_RECEIVER_WORDS = 3  # words of the receiver between a verb of giving and the cut


def condition_follows(tokens: list[str], end: int, reach: int) -> bool:
    """Whether the line ``tokens[:end]`` is cut before the condition of what it says will or may be, a
    clause that closes within ``reach`` words: "Holders India to confirm top spot in Group B | if they can
    beat Ireland" (only if); a longer one is no point to wait for."""
    if end >= len(tokens) or tokens[end] not in ("if", "unless") or not _forecast_before(tokens, end):
        return False
    # (or before a second verb's "and": "if ministers scrap their pension scheme | and make them work longer")
    close = next((k + 1 if tokens[k][-1] in ",;:" else k for k in range(end, len(tokens))
                  if tokens[k][-1] in ",;:" or tokens[k] == "and" and end + 1 < k < len(tokens) - 2
                  and is_base_verb(tokens[k + 1]) and tokens[k - 1].islower()
                  and tokens[k + 2].lower() in _OBJECT_OPENERS), len(tokens))
    return close <= reach


def _forecast_before(tokens: list[str], end: int) -> bool:
    """Whether the line ``tokens[:end]`` tells what will or may be: a modal, or a headline's "to" before
    its verb's base form ("India to confirm")."""
    for k in range(1, end - 1):
        word = tokens[k].lower()
        if word in MODALS or word == "to" and is_base_verb(tokens[k + 1]) and tokens[k - 1][:1].isupper():
            return True
    return False


MODALS = frozenset("will would could can may might must should".split())
# Words that open a verb's object ("and make | them work longer"; not "and support | staff").
_OBJECT_OPENERS = OBJECTS | frozenset("the a an his its their this these those".split())


def _second_object_follows(tokens: list[str], end: int) -> bool:
    """Whether the line ``tokens[:end]`` ends on the receiver of a verb of giving whose thing given follows
    ("to give child actors | less arduous rehearsal schedule", "offered him | a new contract")."""
    following = tokens[end]
    if not (following.isalpha() and following.islower()) or following in _NOT_GIVEN or (
            is_tensed(following) and not (may_be_noun(following) or may_be_adjective(following))):
        return False  # a preposition, a clause, a verb or a name: not what is given
    at = next((k for k in range(end - 1, max(0, end - _RECEIVER_WORDS - 1) - 1, -1)
               if tokens[k].lower() in _GIVING), None)
    receiver = tokens[at + 1 : end] if at is not None else []
    return bool(receiver) and all(t.isalpha() and (t.islower() or is_capital(t[:1])) for t in receiver) and (
        is_noun(receiver[-1].lower()) or receiver[-1].lower() in OBJECTS or is_capital(receiver[-1][:1]))


# Participles of belief or report before "to be" ("theatre thought to be Wales' oldest").
_STANDING = frozenset("stand stands stood standing get gets got getting".split())  # "... in the way"
_CALL_REACH = 12  # words from "calls" to its object's "to"
_MOVED_REACH = 4  # words from a verb that moves someone to act to its object's "to"
_BELIEVED = frozenset("thought believed said understood known reported alleged rumoured rumored".split())
_CAUSATIVES = frozenset("let lets letting help helps helped helping".split())
# Words after the receiver that open no thing given: a preposition, a conjunction, a clause, a particle.
_NOT_GIVEN = frozenset(
    "and or but nor so to for in on at by with from of as that which who whom whose when where if because "
    "after before while than into onto over about under up out off back away down around through since "
    "until during against without despite amid within across inside outside near beyond between among "
    "towards toward via per i you".split()) | TOLD_SUBJECTS


def _one_of(tokens: list[str], end: int) -> bool:
    """Whether the line ``tokens[:end]`` ends on the noun of "one of ..." ("in one of areas", "one of
    world's poorest countries"), which a defining clause after it completes, its verb first ("that has been
    most devastated"; not "that you just want", whose subject would leave it running on)."""
    at = next(k for k in range(end - 2, max(0, end - 4) - 1, -1) if tokens[k] == "of")
    verb = tokens[end + 1] if end + 1 < len(tokens) else ""  # (the clause's own verb: "that has been")
    last = tokens[end - 1]
    return (at > 0 and tokens[at - 1].lower() == "one" and last.isalpha() and last.islower()
            and verb.islower() and is_tensed(verb) and not is_noun(verb))


# Ranks whose "to" says what was done ("first to", "only one to"), within a few words.
_RANKS = frozenset("first last only".split())
_FIRSTS = _RANKS - {"last"}  # (not "last": "last August | before returning to sport")
_RANKED_GAP = 2  # words at most between a rank's noun and its "to" ("first Indian | in history to win")
_RANK_SCOPES = frozenset("in of at on from ever".split())  # what opens those words: the rank's scope
_FOCUS = frozenset("simply just only solely purely merely partly largely mainly".split())  # "simply because"
_RANK_REACH = 10


def _comparative(tokens: list[str], end: int) -> bool:
    """Whether a comparative stands within a few words before ``end`` ("bigger achievement", "more
    money", "better deal"): the "than" after it is what it is compared with."""
    for word in tokens[max(0, end - _COMPARED_REACH) : end]:
        low = word.lower().strip(",;:")
        if low in _IRREGULAR_COMPARATIVES:
            return True
        if low in _TIME_COMPARATIVES:
            continue  # "six months earlier | than planned": the time says it
        stem = low[:-2]
        # "bigger" (big), "larger" (large), "happier" (happy), "cheaper" (cheap)
        if low.endswith("er") and low.isalpha() and any(
                is_modifier(s) for s in (stem, stem[:-1], stem + "e", stem[:-1] + "y") if len(s) > 2):
            return True
    return False


_IRREGULAR_COMPARATIVES = frozenset("more less fewer better worse further farther".split())
_COMPARISON_WORDS = 9  # words of a "than" phrase a line may reach whole
_TIME_COMPARATIVES = frozenset("earlier later sooner".split())
_COMPARED_REACH = 3  # words back from a "than" searched for its comparative


def _compared(word: str) -> bool:
    """Whether ``word`` after "as" is what a comparison measures ("as essential", "as quickly", "as
    well-represented": a compound's last part)."""
    if not word.islower():
        return False
    if "-" in word and word[:1].isalpha():
        last = word.rsplit("-", 1)[1]
        return is_modifier(last) or participle_of(last) is not None
    return is_modifier(word) or is_adverb(word)


def reports_a_result(tokens: list[str], at: int) -> bool:
    """Whether the clause that opens at ``tokens[at]`` ("after ...", "following ...") names a result in its
    first words; a "before" only the subject's own, its -ing form next ("before squeezing past Ferrero";
    not "before Manchester United's 2-0 victory"), over a side, not a person ("before beating him | to
    death")."""
    if tokens[at].lower() == "before":
        following, whom = (t.lower().strip(",;:") for t in (tokens[at + 1 : at + 3] + ["", ""])[:2])
        return following in _RESULTS and following.endswith("ing") and whom not in OBJECTS
    return any(t.lower().strip(",;:") in _RESULTS for t in tokens[at + 1 : at + 1 + _RESULT_REACH])


def told(tokens: list[str], end: int, verbs: frozenset[str] = _TELLING, reach: int = _TOLD_REACH,
         past_verbs: bool = True) -> bool:
    """Whether ``tokens[:end]`` ends after a verb of telling or asking and its object, or of finding
    out ("tells group of high school pupils", "will find out within month"), so the clause that opens
    at ``end`` is what is told, asked or found out; ``verbs``, the verbs of telling or others. Without
    ``past_verbs`` the verb is not looked for past another verb's auxiliary ("hard drives drops and is
    continuing | to ...": "drives" sends nothing; a verb of telling may: "tells jurors it is ridiculous | to
    think ...")."""
    for k in range(end - 1, max(0, end - reach - 1), -1):
        token = tokens[k]
        word = token.lower()
        if word in verbs:
            return k < end - 1 and token.islower()  # the verb has its object before the cut
        if word == "out" and k > 0 and tokens[k - 1].lower() in _FINDING:
            return True
        if token[-1] in ",;:" or word in _RELATIVES or word in _CLAUSE_OPENERS or word in _NOT_OBJECT:
            return False  # not "warning about viruses | that ...": the clause is the viruses'
        if not past_verbs and (word in BE_FORMS or word in _HAVE_FORMS):
            return False  # another verb's clause
    return False


_HAVE_FORMS = frozenset("has have had".split())


_CALLING = frozenset("call calls called calling".split())
_SAY = frozenset("say tell declare announce admit claim insist warn".split())
# Verbs that move their object to act, whose "to" after the object says to do what.
_MOVING = frozenset(
    "prompt prompts prompted urge urges urged force forces forced persuade persuades persuaded encourage "
    "encourages encouraged convince convinces convinced spur spurs spurred drive drives drove inspire "
    "inspires inspired push pushes pushed".split())


def _called_on(tokens: list[str], end: int) -> bool:
    """Whether ``tokens[:end]`` ends after "called on" and its object, whose "to" is what was asked."""
    for k in range(end - 2, max(0, end - _TOLD_REACH - 1), -1):
        if tokens[k] == "on" and tokens[k - 1].lower() in _CALLING:
            return True
        if tokens[k][-1] in ",;:" or tokens[k].lower() in _RELATIVES or tokens[k].lower() in _CLAUSE_OPENERS:
            return False
    return False


def _shows(tokens: list[str], k: int) -> bool:
    """Whether the verb of showing at ``k`` is one, its "that" after it a clause: after its subject (a name, a
    plural, a comma's aside), an infinitive's "to", a modal or an adverb; not a noun after its modifier ("hit
    science fiction show | that made ..."), nor before a time's "that" ("found that week")."""
    before = tokens[k - 1].lower() if k else ""
    following = tokens[k + 2].lower().strip(",;:") if k + 2 < len(tokens) else ""
    if following in _THAT_TIMES:
        return False
    return k > 0 and (before == "to" or before in _MODALS_AND_DO or tokens[k - 1][-1] == "," or (
        is_capital(tokens[k - 1][:1]) or is_plural_noun(before) or is_adverb(before)))


_THAT_TIMES = frozenset("day week month year morning afternoon evening night time".split())
_MODALS_AND_DO = MODALS | frozenset("shall do does did".split())


def _after_its_verb(tokens: list[str], k: int) -> bool:
    """Whether a verb with a tense or a headline's future ("to remove") stands before ``tokens[k]``, which
    is then a noun ("Ericsson posts rise"), not the verb of its own subject ("Shares rise")."""
    return any(t.islower() and is_tensed(t) and may_be_verb(t) for t in tokens[1:k]) or any(
        tokens[j] == "to" and is_base_verb(tokens[j + 1]) for j in range(1, k - 1))  # a headline's future


# Times measured from what "after" or "before" goes on to name.
_TIMED = frozenset("shortly soon immediately moments minutes hours long just right".split())
# Adverbs that stand between a linking verb and its complement ("were never really in danger").
_BETWEEN = frozenset("never not still always already also now really so too quite".split())


def _linked(tokens: list[str], end: int) -> bool:
    """Whether the line ``tokens[:end]`` ends on adverbs after a linking verb, which say nothing
    without the complement the cut dropped ("Newcastle were never really | in danger")."""
    k = end - 1
    while k > 0 and (tokens[k].lower() in _BETWEEN or is_adverb(tokens[k])):
        k -= 1
    return k < end - 1 and tokens[k].lower() in BE_FORMS


_COMPARED = 6  # words back from the cut searched for the first "as" of a comparison


def _compares(tokens: list[str], end: int) -> bool:
    """Whether ``tokens[:end]`` opens a comparison ("as eagerly anticipated", "as big") that the "as" at
    ``end`` closes."""
    for k in range(max(0, end - _COMPARED), end - 1):
        if tokens[k].lower() == "as":
            following = tokens[k + 1].lower()
            return following in ("much", "many") or _compared(following)
    return False


# Words that open a clause, never a phrase: what follows them needs its verb.
_CLAUSE_OPENERS = frozenset("when if because although though while whether how why unless whereas".split())
_CLAUSE_REACH = 4  # words back from the cut searched for a clause's opener
# (and "what" after a verb or "idea", for what the line wants after the cut): a clause that is an object
_OBJECT_CLAUSE_OPENERS = _OPENERS - {"what"}
# Contracted auxiliaries, a verb of the clause they close ("what I'm talking about").
CONTRACTED_VERBS = _CONTRACTED_VERBS = ("'m", "’m", "'re", "’re", "'ve", "’ve")
# Words after which a word is a noun, not the clause's verb ("how their own budget", "what the girls").
_NOUN_BEFORE = frozenset("the a an his her their its our my your own".split())


def _clause_without_verb(tokens: list[str], end: int, openers: frozenset[str] = _CLAUSE_OPENERS,
                         reach: int = _CLAUSE_REACH) -> bool:
    """Whether ``tokens[:end]`` ends inside a clause whose opener stands a few words back (``reach``) and
    whose verb the cut left out ("when his resignation memo", "how £2bn", "how their own budget"; "what
    girls" after a verb or "idea": what they "were planning")."""
    for k in range(end - 2, max(0, end - reach - 1), -1):
        opener = tokens[k].lower()
        if opener in openers or openers is _OBJECT_CLAUSE_OPENERS and opener == "what" and k and (
                tokens[k - 1].lower() == "idea" or tokens[k - 1].islower() and is_verb(tokens[k - 1])):
            clause = tokens[k : end]
            return not any(t == "to" or t.endswith(_CONTRACTED_VERBS) or t.islower() and (
                is_tensed(t) or is_verb(t) or t.endswith("ing") and before in BE_FORMS)
                and before not in _NOUN_BEFORE for before, t in zip(map(str.lower, clause), clause[1:]))
    return False


def splits_names(tokens: list[str], end: int) -> bool:
    """Whether the line ``tokens[:end]`` ends between two names that "and" or "or" join: "move for
    England | and Real Madrid striker Owen", "tension between Syria | and Turkey"."""
    return (0 < end < len(tokens) - 1 and tokens[end] in ("and", "or") and is_capital(tokens[end - 1][:1])
            and tokens[end - 1][-1] not in ",;:" and is_capital(tokens[end + 1][:1]))


def open_aside(tokens: list[str], end: int) -> int | None:
    """Where an aside opened by a dash in ``tokens[:end]`` starts, when its closing dash (or the end
    of the text) lies past the cut: "two airlines - US Airways | and Delta Air Lines' Comair -"; or an
    absolute clause's ", with" cut before its participle (:func:`_open_absolute`)."""
    if "with" in tokens:
        absolute = _open_absolute(tokens, end)
        if absolute is not None:
            return absolute
    joined = "".join(tokens[:end])
    if not ("-" in joined or "—" in joined or "–" in joined):
        return None  # no dash in the words: no aside (a test without a Python step per word)
    opened = dash = None
    for k in range(end):
        token = tokens[k]
        if token[-1:] not in "-—–":
            continue  # no dash: no aside opens or closes here (the quick test first)
        glued = len(token) > 1 and token[-1] in "-—–" and token[-2].isalnum()  # "airlines-"
        in_name = 0 < k < len(tokens) - 1 and is_capital(tokens[k - 1][:1]) and is_capital(tokens[k + 1][:1])
        if (token in _DASHES and not in_name) or glued:  # not a title's "Kisna - Warrior Poet"
            opened, dash = (k + glued, k) if opened is None else (None, None)
    # An aside with none of its words kept is no aside of the line.
    return opened if dash is not None and dash < end - 1 else None


_ABSOLUTE_REACH = 6  # nouns, commas and "and" between an absolute's "with" and its participle
_ABSOLUTE_STOPS = frozenset("of in on at for to from by into over under about".split())


def _open_absolute(tokens: list[str], end: int) -> int | None:
    """Where a ", with ..." phrase of nouns alone opens, when the participle that makes it an absolute
    clause comes after it and the cut falls inside that clause ("..., with players, officials and fans
    | fearing the worst": its nouns say nothing without it; "with Egypt handing back | Israeli ..."):
    the index of its "with"."""
    for j in range(end - 1, max(0, end - _ABSOLUTE_REACH - 1), -1):
        if tokens[j] == "with" and j and tokens[j - 1].endswith(","):
            break
    else:
        return None
    for k in range(j + 1, min(len(tokens), j + _ABSOLUTE_REACH + 2)):
        word = tokens[k].strip(_PUNCTUATION).lower()
        if word in _ABSOLUTE_STOPS:
            return None  # a phrase of its own ("with extra funding for", "with two goals in the opening")
        # the participle after a noun or a name, itself no noun ("with record spending" is a noun phrase)
        if (word.endswith("ing") and k > j + 1 and may_be_verb(word) and not may_be_noun(word)
                and _after_a_noun(tokens[k - 1].strip(_PUNCTUATION))):
            # open up to the clause's end, its comma or the text's
            close = next((c + 1 for c in range(k, len(tokens)) if tokens[c][-1] in ",;:"), len(tokens))
            return j if end < close else None
        if not word.isalpha() or is_verb(word) or word in _RELATIVES:
            return None
    return None


def _after_a_noun(before: str) -> bool:
    return is_capital(before[:1]) or is_plural_noun(before.lower()) or not may_be_adjective(before.lower())


def bare_verb(last: str) -> bool:
    """Whether a line backed off to end on ``last`` ends on a verb that wants what followed it: a
    particle ("set out"), a participle or -ing form ("drafted", "asking"), a base form ("breeze");
    a present or past that may stand alone ("dies", "rises") may end it."""
    word = last.strip(_PUNCTUATION).lower()
    if word in _PARTICLES:
        return True
    if not may_be_verb(word) or (is_noun(word) and not word.endswith("ing")):
        return False
    return participle_of(word) is not None or not is_tensed(word)
