"""A long subject shortened so that its verb fits the line.

When the main verb of a headline falls past its word budget ("Senior officials at two bodies
generating private income for Queen and Prince of Wales to be questioned by MPs"), the cut would leave
a subject without its verb. A sub-editor keeps the subject's head and drops what follows it: a
prepositional complement, a relative clause, a name in apposition ("Senior officials to be questioned
by MPs"; "Eight protesters charged with disorderly conduct"). The main verb is found by form, without a
parse: the first verb with a tense that is not the verb of a relative clause ("who stormed").
"""

from __future__ import annotations

from functools import lru_cache

from .closing import DASHES as _DASHES, dangling
from .headlinese import PERSONAL, is_capital
from .trim import INSTITUTIONS, PEOPLES_ADJECTIVE as _PEOPLES_ADJECTIVE
from .wordforms import is_adverb, is_base_verb, is_common_word, is_modifier, is_noun, is_plural_noun
from .wordforms import is_tensed, may_be_adjective, may_be_noun, may_be_verb, participle_of

__all__ = [
    "shorten_subject", "tensed_at", "main_verb", "adjective_after_and", "joins_as_well_as", "AUXILIARIES",
    "COUNTS", "NO_SUBJECT",
    "OPENERS", "PARTS", "COUNT_OPENERS",
    "PERSONAL", "TAKES_INFINITIVE", "NOUN_NEXT", "PLURAL_COUNTS",
]

# Nouns whose "to" opens their complement, not a headline's future ("decision to ban").
TAKES_INFINITIVE = frozenset(
    "decision decisions plan plans attempt attempts bid bids move moves effort efforts right call calls "
    "refusal failure ability chance way time need desire offer threat pledge promise agreement deal order "
    "order orders permission approval proposal proposals campaign push drive determination quest hope hopes "
    "reason pressure opportunity place".split()
)
# A relative pronoun, or one with its verb ("trail that's been described as ...").
_RELATIVES = frozenset({"who", "which", "that", "whose", "whom", "that's", "that’s"})
# Where the subject's head may end: before a prepositional complement, an agent ("expulsions of two
# students | by University of Oklahoma") or a relative clause.
_AFTER_HEAD = frozenset(
    "of at in from with for on behind over beneath below near under inside outside by".split()) | _RELATIVES
# Heads that say nothing without their "of" ("one of", "number of", "some of").
PARTS = _PARTS = frozenset(
    "one two three four five six seven eight nine ten some many most each part kind number series couple "
    "lot range handful all any none several few both half".split()
)
_PREDICATE_SHOWN = 5  # words of the predicate a shortened subject leaves room for
_PREDICATE_ROOM = 2  # words after a verb that must fit for it to count as in reach
_RANGE_REACH = 4  # words before a "to" searched for the "from" of a range ("from e-mail, to net ...")
_COORDINATORS = frozenset({"and", "or"})
# After these a word is a noun ("on one bit of silicon", "the bid"), not a verb.
# Adjectives of place before a noun ("middle reaches", "lower house"); a verb follows one only as its
# object ("Banks lower rates").
_PLACE_ADJECTIVES = frozenset("upper lower middle inner outer".split())
# -ing forms that are a title's adjective before their noun ("Defending champions India").
_TITLE_ADJECTIVES = frozenset("defending reigning outgoing incoming".split())
# Prepositions after which a word is a noun's, not a verb with a tense ("across parts of US").
_PREPOSITIONS = frozenset(
    "of in on at by from with for into about between across through against among around behind beyond "
    "despite during toward towards within without via per near".split())
_NOT_BEFORE_VERB = (_PARTS | _PLACE_ADJECTIVES | _TITLE_ADJECTIVES | _PREPOSITIONS
                    | frozenset("the a an".split()))
# Words that open a line but are no subject a verb could follow: determiners and function words.
NO_SUBJECT = _NO_SUBJECT = dangling("english") | _PARTS | frozenset("another every no either neither".split())
# After these a word is a noun ("her breasts", "the plans", "middle reaches"), never a verb with a tense.
NOUN_NEXT = _NOUN_NEXT = (_PLACE_ADJECTIVES | _TITLE_ADJECTIVES | (_PREPOSITIONS - {"by", "between"})
                          | frozenset("the a an his her their its my our your".split()))
AUXILIARIES = _AUXILIARIES = frozenset(
    "is are was were has have had will would can could may might must shall should does did".split())
# A writer's stress, not a report's manner ("North Koreans really love baguettes"): no verb is read past it.
_INTENSIFIERS = frozenset("really actually truly simply totally absolutely literally clearly surely".split())
#: Counts and quantifiers that may stand alone as a subject ("Two were part of a panel", "Many shift").
COUNTS = frozenset("one two three four five six seven eight nine ten both each others many most all some "
                   "several none neither first second third latter former".split())
_NUMBERS = frozenset("two three four five six seven eight nine ten".split())
PLURAL_COUNTS = _PLURAL_COUNTS = _NUMBERS | frozenset("several many few both".split())
OPENERS = _OPENERS = frozenset("now still well here there there's especially even".split())
_PERSONAL = PERSONAL
_NO_OPENING = dangling("english") | _OPENERS  # a line that opens on these does not open on its subject
_CLAUSES = frozenset("when while as because since after before until if although though amid despite".split())
#: Words before a count that open the subject with it ("At least three people", "More than 20 people").
COUNT_OPENERS = frozenset(
    {("at", "least"), ("more", "than"), ("less", "than"), ("fewer", "than"), ("up", "to")})
_COUNT_FIRST = frozenset(first for first, _ in COUNT_OPENERS)  # (the quick test: most lines open otherwise)
_COUNT_WORDS = PLURAL_COUNTS | frozenset("a dozen dozens hundreds thousands millions half".split())


def joins_as_well_as(tokens: list[str], k: int) -> bool:
    """Whether ``tokens[k]`` is a word of an "as well as" that joins two phrases as "and" would
    ("North Africa, the Middle East as well as Europe woke up"); not a comparison's clause ("as well as
    he did")."""
    word = tokens[k].lower()
    if word == "well":
        start = k - 1
    elif word == "as":
        start = k - 2 if k > 1 and tokens[k - 1].lower() == "well" else k
    else:
        return False
    run = [t.lower() for t in tokens[max(0, start) : start + 4]]
    return start >= 0 and len(run) == 4 and run[:3] == ["as", "well", "as"] and run[3] not in _PERSONAL


def tensed_at(found: list[str], k: int) -> bool:
    """Whether ``found[k]`` is a verb with a tense ("wins", "won", "will", a headline's "knighted"), a
    headline's future ("to perform") or a plural's present ("Police arrest"); not "population live"
    nor "weeks leading"."""
    word, before = found[k].strip(",;:"), found[k - 1]
    if not word.islower():
        return False
    low = before.lower()  # (lowercased once for the tests below)
    if low in _NOUN_NEXT and word not in _AUXILIARIES:
        return False  # "her breasts", "the plans", "of records": a noun
    if is_tensed(word):
        # After the opening number of a plural a word in -s is its noun ("Nine seconds of video"), and after
        # a preposition's ("tourists on two cruises that visited ..."): a verb in -s has a singular subject.
        # (a number's: "both" may float after a verb's subject, "from both sides of aisle act")
        counted = k == 1 and low in _PLURAL_COUNTS or (
            low in _NUMBERS and found[k - 2].lower() in _PREPOSITIONS)
        return not (counted and word.endswith("s"))
    if before == "to" and may_be_verb(word):
        # "Government to hand ...", but not "decision to ban ...": that "to" opens a noun's complement.
        # Nor "Due to reopen", "whether to allow": an adjective or a function word is no subject.
        head = found[k - 2].lower().strip(",;:") if k > 1 else ""
        if "from" in map(str.lower, found[max(0, k - _RANGE_REACH) : k - 1]):
            return False  # a range's "to" after its "from": "Technologies, from e-mail, to net chatrooms"
        if head == "not" and k > 2:
            head = found[k - 3].lower().strip(",;:")  # its negation: "Cosby not to face charges"
        return k < 2 or head not in TAKES_INFINITIVE and head not in _NO_SUBJECT and not is_modifier(head)
    # A capital is a name's ("Police arrest", "Microsoft buy"), not a function word's that opens the
    # line ("With even some", "Another front"); after a comma a base form opens an apposition
    # ("Gannon, police chief of ..."), not a predicate.
    if before.endswith(","):
        return False
    if k > 1 and before[:1].isdigit() and found[k - 2].lower() in _PREPOSITIONS:
        return False  # a preposition's count and its noun: "from 23 research institutions"
    if k > 1 and (before.endswith("ly") and is_adverb(low) and low not in _INTENSIFIERS or low in _FLOATING):
        # "negotiations reportedly make", "who publicly acknowledge", "Egypt both speak"
        before = found[k - 2]
        low = before.lower()
    # A people's adjective is no subject: "American aid workers", "Israeli army" (not "Americans aid").
    name = is_capital(before[:1]) and low not in _NO_SUBJECT and not _PEOPLES_ADJECTIVE.fullmatch(before)
    plural = (before[-1:] == "s" and before[-2:] not in ("'s", "’s") or name or is_plural_noun(low)
              or low == "who" or low in _PLURAL_NOUNS)  # "doctors who acknowledge", "Chinese police detain"
    if not may_be_verb(word) or word.endswith("ing"):
        return False
    return plural or _after_a_plurals_participle(found, k)


def _after_a_plurals_participle(found: list[str], k: int) -> bool:
    """Whether the base form at ``k`` follows a plural's -ing phrase ("Workers digging underneath Paris
    supermarket | make ..."): a plural that opens the line, its -ing form and the phrase's few words, no
    comma nor verb between, and more after it that is not a verb ("moving into living room | are": a noun)."""
    after = found[k + 1].strip(",;:") if k + 1 < len(found) else ""
    if not after or after.islower() and is_tensed(after):
        return False
    for j in range(k - 2, max(0, k - _PARTICIPLE_WORDS) - 1, -1):
        token = found[j]
        if token[-1] in ",;:" or token.lower() in _RELATIVES:
            return False
        if token.endswith("ing") and token.islower() and j > 0:
            head = found[j - 1].lower()
            if any(w.lower() in _NOT_IN_SUBJECT for w in found[: j - 1]):
                return False  # "Another one for tourists behaving badly | file": the plural is no subject
            return is_plural_noun(head) and not head.endswith(("'s", "’s")) or head in _PLURAL_NOUNS
        if token.islower() and is_tensed(token):
            return False
    return False


_PARTICIPLE_WORDS = 6  # words of a plural's -ing phrase before its verb
_NOT_IN_SUBJECT = _PREPOSITIONS | {"one", "and", "or", "but"}


_FLOATING = frozenset({"both"})  # between a plural subject and its present ("Egypt both speak")
_PLURAL_NOUNS = frozenset("police people personnel staff cattle".split())  # plural without an "s"
# Prepositions that open one of three words with a noun and "of" ("at the hands of", "in front of").
_PHRASE_PREPOSITIONS = frozenset("at in on under".split())
_ASIDE_WORDS = 6  # a participle's aside closed within this many words ("killing 23 people,")
_RECENT_LINES = 16  # main_verb's answers kept: a headline's own repeats, not other articles' lines
_SAYS = frozenset("said says told added claimed insisted warned".split())
_DESCRIBED_WORDS = 24  # a name's description between commas closed within this many words


def main_verb(tokens: list[str]) -> int | None:
    """Where the main clause's verb phrase starts (see :func:`_main_verb`); a headline asks it of the same
    words several times (the cut, the tenses, the news tests), and the last few answers are kept."""
    return _main_verb(tuple(tokens))


@lru_cache(maxsize=_RECENT_LINES)
def _main_verb(tokens: tuple[str, ...]) -> int | None:
    """Where the main clause's verb phrase starts: the first verb with a tense ("charged", "may",
    "to be") that is not a relative clause's ("who stormed", "who injure or even kill"). None when the
    form leaves it in doubt: a sentence that opens with a clause, a comma that does not set off a name
    in apposition, a verb after "and" with none before it."""
    lowered = tokens[0].lower()
    if lowered in _COUNT_FIRST and len(tokens) > 3 and (lowered, tokens[1].lower()) in COUNT_OPENERS and (
            tokens[2][:1].isdigit() or tokens[2].lower() in _COUNT_WORDS):
        # "At least three people ... died": the count's words open the subject, not a phrase before it
        found = _main_verb(tokens[2:])
        return None if found is None else found + 2
    if lowered in _NO_OPENING:
        return None  # "At the school ...", "Now that ...": the subject does not come first
    relative = seen = False
    skip = 0  # inside a relative clause, before its verb; its verb group's end
    aside = 0  # the end of a participle's aside between commas
    agent = None  # the subject's verb after a participle's agent
    listed = 0  # a relative clause's next verb after a comma ("mob that beat her, | burned ...")
    for k in range(1, len(tokens)):
        before, lowered = lowered, tokens[k].lower()  # (the word before was lowercased in the last step)
        if k < aside:
            continue  # ", killing 23 people,": the aside's words
        if k == agent:
            return k  # the verb after a participle's agent ("held by Indonesian authorities | appear")
        if agent is None and k + 1 < len(tokens) and tokens[k + 1] == "by" and not relative:
            agent = _agent_verb(tokens, k)
        word = lowered.strip(",;:")
        coordinated = before in _COORDINATORS or (
            k > 1 and tokens[k - 2].lower() in _COORDINATORS and is_adverb(before)) or (
            before == "as" and joins_as_well_as(tokens, k - 1)) or k == listed
        if k < skip:
            pass  # "that ... was deliberately crashed": the rest of the relative's verb group
        elif word in ("as", "well") and joins_as_well_as(tokens, k):
            pass  # "the Middle East as well as Europe woke up": the words of an "and"
        elif word in _CLAUSES or tokens[k] in _DASHES:
            return None  # "whose life ended when police shot ...", an aside: its end is not known
        elif word in _RELATIVES:
            relative = seen = True
        elif word in _PERSONAL:
            return None  # "a man it claimed was ...": a clause without its relative pronoun
        elif relative and tokens[k].islower() and (
                is_tensed(word) or before in _RELATIVES and may_be_verb(word)):
            relative, skip = False, _verb_group_end(tokens, k + 1)  # "who love", "that was crashed"
        elif tokens[k].islower() and not coordinated and _verb_at(tokens, k) and not (seen and before == "to"):
            # (after a relative clause, "to" opens its verb's complement: "allow Utah to use")
            return k - 1 if before == "to" else k
        elif coordinated and tokens[k].islower() and may_be_verb(word) and (
                not adjective_after_and(tokens, k)):
            if not seen:
                return None  # "Douglas to co-produce and star": its first verb was missed
            # "who injure or even kill": a second verb of the relative clause
        if tokens[k][-1:] == "," and not relative:
            named = is_capital(tokens[k][:1])
            aside = _participle_aside(tokens, k + 1) or (named and _described(tokens, k + 1))
            if aside:
                # "Two extremists who attacked a museum, killing 23 people, got ...", "Daniel von Bargen,
                # talented character actor perhaps best known for ..., dies"
                continue
        if tokens[k][-1:] == "," and not relative and tokens[k].islower() and _apposition(tokens, k + 1):
            # "show, | Rebel Billionaire, | proves": a noun's name, its words and its closing comma (not a
            # list's names: "Neymar, Adriano, Dani Alves and Douglas")
            closing = next(j for j in range(k + 1, len(tokens)) if tokens[j].endswith(","))
            if closing + 1 < len(tokens) and tokens[closing + 1].islower():
                aside = closing + 1
                continue
        if tokens[k][-1:] in ",;:" and (relative or not _apposition(tokens, k + 1)):
            if seen and not relative and tokens[k][-1] == "," and _lists_a_verb(tokens, k + 1):
                listed = k + 1  # "a mob that beat her to death, | burned her body and tossed ... shocked"
                continue
            return None
    return None


def adjective_after_and(tokens: list[str], k: int) -> bool:
    """Whether the participle at ``k``, after an "and" or an "or" that follows a name, is an adjective of the
    noun after it ("Saudi and | allied | warplanes"; a noun the lexicon lacks counts), not a second verb
    ("Douglas to co-produce and star")."""
    following = tokens[k + 1].lower() if k + 1 < len(tokens) else ""
    return (k > 1 and tokens[k - 1] in ("and", "or") and is_capital(tokens[k - 2][:1])
            and participle_of(tokens[k]) is not None
            and following.isalpha() and (is_noun(following) or not is_common_word(following)))


def _lists_a_verb(tokens: list[str], k: int) -> bool:
    """Whether a relative clause's predicate goes on at ``k``, after its comma, with another verb of a
    list closed by "and" ("that beat her to death, | burned her body and tossed her into river")."""
    if k >= len(tokens) or not (tokens[k].islower() and is_tensed(tokens[k])):
        return False
    return any(tokens[j] == "and" and tokens[j + 1].islower() and is_tensed(tokens[j + 1])
               for j in range(k + 1, min(len(tokens) - 1, k + _ASIDE_WORDS + 2)))


def _described(tokens: list[str], start: int) -> int:
    """Where a name's description between commas that opens at ``start`` in lower case ends after its
    closing comma, when a verb with a tense follows that comma and nothing in it opens a clause
    (", talented character actor perhaps best known for playing ... boss, dies"); else 0."""
    if start >= len(tokens) or not tokens[start].islower():
        return 0
    first = tokens[start]
    if first in dangling("english") or is_adverb(first) or first.endswith("ing"):
        return 0  # ", in a speech to ...,", ", still recovering from ...,": no description of a name
    for k in range(start, min(len(tokens) - 1, start + _DESCRIBED_WORDS)):
        word = tokens[k].lower().strip(",")
        if tokens[k][-1:] in ";:" or tokens[k] in _DASHES or word in _RELATIVES or word in _CLAUSES:
            return 0
        if tokens[k][-1:] == ",":
            following = tokens[k + 1]
            verb = following.islower() and (following in AUXILIARIES or is_tensed(following))
            # (not a speaker's verb: "Gannon, police chief of ..., said | the 54,000 employees ...": the
            # news is in what is said, which a cut would part from its verb)
            return k + 1 if verb and following not in _SAYS else 0
    return 0


def _participle_aside(tokens: list[str], start: int) -> int:
    """Where an aside that a participle opens at ``start`` ends after its closing comma, if a verb with
    a tense follows that comma (", killing 23 people, got ..."); else 0."""
    if start >= len(tokens) or not (tokens[start].islower() and tokens[start].endswith("ing")
                                    and may_be_verb(tokens[start])):
        return 0
    for k in range(start, min(len(tokens) - 1, start + _ASIDE_WORDS)):
        if tokens[k][-1:] in ";:" or tokens[k] in _DASHES:
            return 0
        if tokens[k][-1:] == ",":
            return k + 1 if tokens[k + 1].islower() and is_tensed(tokens[k + 1]) else 0
    return 0


_AGENT_REACH = 8  # words after a participle's "by" searched for the sentence's own verb


def _agents_participle(tokens: list[str], k: int) -> bool:
    """Whether ``tokens[k]`` is a participle whose phrase modifies the subject (:func:`_agent_verb`)."""
    return _agent_verb(tokens, k) is not None


def _agent_verb(tokens: list[str], k: int) -> int | None:
    """Where the subject's verb stands when ``tokens[k]`` is a participle whose agent ("by ...") such a
    verb follows in its clause (an auxiliary, a past or a present that is no participle, a base form
    that is no noun): "Two Australians held by Indonesian authorities for a decade | appear ...". Not a
    passive's own participle ("was started by ... and counts"), nor past a join or a "to" ("used by larger
    brands to fill"), nor a plural noun ("ruled by ... majority in favour of appeals")."""
    if (not 0 < k < len(tokens) - 1 or tokens[k + 1] != "by" or participle_of(tokens[k]) is None
            or tokens[k - 1].lower() in _PASSIVE_BEFORE):
        return None
    for j in range(k + 2, min(len(tokens), k + 2 + _AGENT_REACH)):
        token = tokens[j]
        word = token.strip(",;:")
        if word.islower() and not may_be_noun(word) and (
                word in _AUXILIARIES or is_tensed(word) and participle_of(word) is None
                or is_base_verb(word) and word not in _NO_OPENING):
            return j  # (not "like", a preposition too)
        if (token[-1:] in ",;:" or word in _CLAUSES or word in _RELATIVES or token in _DASHES
                or word in _COORDINATORS or word == "to"):
            return None
    return None


_PASSIVE_BEFORE = _AUXILIARIES | {"be", "been", "being"}  # "has been confirmed by": the passive's own verb


def _verb_group_end(tokens: list[str], k: int) -> int:
    """Where a verb group that goes on at ``k`` ends: adverbs and verbs ("was | deliberately crashed",
    "has | been | arrested", "whom group claimed | was")."""
    while k < len(tokens) and tokens[k].islower() and (
            is_adverb(tokens[k]) or is_tensed(tokens[k]) or tokens[k] in ("be", "been", "being")):
        k += 1
    return k


def _verb_at(tokens: list[str], k: int) -> bool:
    """A verb with a tense, or a headline's future ("to be questioned"), and not a noun that the
    next word shows to be one ("seats proves") nor one after an adjective or a number."""
    word, before = tokens[k].strip(",;:"), tokens[k - 1].lower()
    if word in _AUXILIARIES or word.endswith(("n't", "n’t")):
        return True  # "two could make", "couldn't"
    if before == "to":
        # A headline's future ("officials to be questioned"); not "from temple to market" nor "too
        # good to go".
        head = tokens[k - 2].lower() if k > 1 else ""
        return (word == "be" or may_be_verb(word) and not is_noun(word)) and not (
            head in TAKES_INFINITIVE or is_modifier(head) or is_adverb(head))
    if before[:1].isdigit() and not _numbered_name(tokens, k - 1):
        return False  # "20 wounded": a number's participle; not "Flight 9525 crashed", "season 20 kicked off"
    # ("ago" closes a time, the subject's relative clause's: "that went down ... three days ago | aborted
    # training mission")
    if not is_tensed(word) or before in _NOT_BEFORE_VERB:
        return False
    if is_modifier(before) and before != "ago" and not _after_a_names_adjective(tokens, k):
        return False
    after = tokens[k + 1].strip(",;:") if k + 1 < len(tokens) else ""
    if after.islower() and is_noun(word) and (is_tensed(after) or place_before_copula(tokens, k + 1)):
        return False  # "seats proves", "phones | in UK are celebrating"
    if _agents_participle(tokens, k):
        return False  # "Two Australians held by Indonesian authorities for a decade appear ..."
    if after in _RELATIVES and is_noun(word) and k > 1 and tokens[k - 2].lower() in _PREPOSITIONS and (
            before.isalpha() and is_noun(before) and not is_plural_noun(before)):
        return False  # "makers of computer | programs that spy ...": a preposition's compound, its relative
    # After a relative clause's verb, an -ed before a noun is its adjective ("that help people swap
    # pirated films").
    relative = not _RELATIVES.isdisjoint(map(str.lower, tokens[:k]))
    agent = "by" in map(str.lower, tokens[max(0, k - 3) : k - 1])
    if relative and agent and participle_of(word) is not None:
        return False  # the agent's own participle: "news that plane was crashed by pilot deemed fit to fly"
    return not (relative and word.endswith("ed") and after.islower() and is_noun(after) and before != "ago")


def _after_a_names_adjective(tokens: list[str], k: int) -> bool:
    """Whether the word at ``k`` follows a name whose last word is an adjective ("Cathay Pacific | pulled",
    "General Electric | reported"), in a subject of no phrase (not "Workers at General Electric | laid off
    last year sued"), and is no noun."""
    return (k > 1 and is_capital(tokens[k - 1][:1]) and is_capital(tokens[k - 2][:1])
            and not is_noun(tokens[k].strip(",;:")) and _PREPOSITIONS.isdisjoint(tokens[:k]))


def place_before_copula(tokens: list[str], k: int) -> bool:
    """Whether a preposition at ``k`` opens a short phrase of names that "is" or "are" closes ("phones | in
    UK are"), so the plural before it is the subject's noun, not a verb ("Man phones in bomb hoax")."""
    if tokens[k] not in _PREPOSITIONS:
        return False
    end = next((j for j in range(k + 1, min(len(tokens), k + _PLACE_WORDS + 2))
                if tokens[j] in ("is", "are")), None)
    return end is not None and end > k + 1 and all(is_capital(t[:1]) for t in tokens[k + 1 : end])


_PLACE_WORDS = 3  # the words of a place between a noun and its "are"


def _numbered_name(tokens: list[str], at: int) -> bool:
    """Whether the number at ``at`` ends a name or a numbered thing ("Flight 9525", "Apollo 13", "season
    20"), not a count."""
    before = tokens[at - 1] if at else ""
    # (not a date's number: "March 1965")
    named = before[:1].isupper() and before.isalpha() and before not in _MONTHS
    return tokens[at].isdigit() and (named or before.lower() in _NUMBERED)


_NUMBERED = frozenset("season series episode chapter flight stage round game page room".split())
_MONTHS = frozenset("January February March April May June July August September October November "
                    "December".split())


def shorten_subject(text: str, max_words: int, reached: bool = False) -> str:
    """``text`` with its subject cut back to its head when the main verb would fall past
    ``max_words`` words; ``text`` itself when it fits, or when no cut leaves a subject that reads.
    ``reached``: the verb and its predicate's start must fit even where a verb seems within reach (a
    cut that kept it left a line without its verb)."""
    tokens = text.split()
    if len(tokens) <= max_words or not reached and _verb_in_reach(tokens, max_words):
        return text
    verb = main_verb(tokens)
    shown = min(len(tokens) - verb, _PREDICATE_SHOWN) if verb is not None else 0
    if verb is None or verb < 2 or verb + shown <= max_words:
        return text  # the verb and a few words of its predicate fit as they are
    room = max_words - shown
    # Not inside a relative clause: "who stormed House | of Commons" would leave it half said.
    relative = next((k for k in range(verb) if tokens[k].lower() in _RELATIVES), verb)
    # Nor inside a name's description ("Bargen, talented actor best known | for ..., dies").
    described = {p for k in range(1, verb) if tokens[k][-1] == "," and is_capital(tokens[k][:1])
                 for p in range(k + 2, _described(tokens, k + 1) + 1)}
    cuts = [p for p in range(1, min(relative + 1, room + 1)) if p not in described and _head_ends(tokens, p)]
    # A relative clause's verb and its object, before the clause's phrase, stay where they fit: who the
    # subject is, by what was done ("soccer player who killed referee | with single punch to face").
    done = _deed_end(tokens, relative, verb)
    if done is not None and done <= room and cuts:
        cuts.append(done)
    if not cuts:
        return text
    head = tokens[: cuts[-1]]
    head[-1] = head[-1].rstrip(",")
    return " ".join(head + tokens[verb:])


def _deed_end(tokens: list[str], relative: int, verb: int) -> int | None:
    """Where a "who" clause's past and its object of a noun or two end, before a preposition that opens
    the rest of the clause ("who killed referee | with single punch"); None for another clause."""
    if relative + 3 >= verb or tokens[relative].lower() != "who":
        return None
    deed = tokens[relative + 1]
    if not (deed.islower() and is_tensed(deed) and participle_of(deed) is not None) or deed in _LIGHT_PASTS:
        return None  # (a light verb's object says little without its phrase: "who had sex | with ...")
    end = next((p for p in range(relative + 3, min(verb, relative + 5)) if tokens[p] in _PREPOSITIONS), None)
    if end is None or not all(t.islower() and t.isalpha() and is_noun(t) for t in tokens[relative + 2 : end]):
        return None
    return end


# Pasts whose object says little, or misleads, without the phrase after it ("who made videos | of himself
# abusing prisoners", "who put noose | on ...", "who left dog | in hot car").
_LIGHT_PASTS = frozenset("had made put left sent got took gave kept brought did found held set".split())


def _verb_in_reach(tokens: list[str], max_words: int) -> bool:
    """Whether the line as cut has a verb with a tense before any relative pronoun, with room for
    a few words of its predicate ("... Google is | about to be opened" has none)."""
    aside = 0  # the end of a name's description between commas ("Bargen, ... best known ..., dies")
    for k in range(1, max_words - _PREDICATE_ROOM):
        if k < aside:
            continue
        if tokens[k][-1:] == "," and is_capital(tokens[k][:1]):
            aside = _described(tokens, k + 1)
        if tokens[k].lower() in _RELATIVES:
            return False
        if tokens[k].lower().endswith(("n't", "n’t")):
            return True
        if tensed_at(tokens, k) and not _agents_participle(tokens, k) and not (
                k == 1 and _opening_adjective(tokens[0]) and not tokens[1].endswith("s")):
            return True  # (not a singular noun after an opening adjective: "Cold weather")
    return False


def _opening_adjective(word: str) -> bool:
    """Whether the line's first word is an adjective its start capitalised ("Cold weather across parts of US
    pushes ..."), not a name before its plural's verb ("United consider", "Police arrest")."""
    low = word.lower()
    adjective = may_be_adjective(low) and not low.endswith("ed")
    return word[:1].isupper() and word[1:].islower() and adjective and (
        not may_be_noun(low) or is_modifier(low) or low in _WEATHER)


_WEATHER = frozenset("cold hot wet dry warm".split())  # adjectives the tables also list as nouns


def _apposition(tokens: list[str], start: int) -> bool:
    """Whether a name set off by commas opens at ``start`` (", Argonaut Games, put up ...")."""
    for k in range(start, min(len(tokens), start + 5)):
        if not is_capital(tokens[k][:1]):
            return False
        if tokens[k].endswith(","):
            return True
    return False


# Titles and domains that "of" and a capital name ("Duchy of Cornwall", "Duke of Edinburgh").
_TITLES_OF = frozenset(
    "Duchy Duke Duchess Prince Princess Earl Countess Archbishop Bishop Mayor Governor Secretary Chancellor "
    "Lord Republic Kingdom House".split())


def _head_ends(tokens: list[str], p: int) -> bool:
    """Whether the subject may end before ``tokens[p]``: its head is a noun or a name ("officials |
    at", "comedy, | Hitch,"), not a part that wants its whole ("one | of"), a number, an adjective
    or a function word."""
    last = tokens[p - 1]
    if last.endswith(","):
        if not (_apposition(tokens, p) or is_capital(last[:1]) and _described(tokens, p)):
            return False  # (a name before its apposition or its description: "Bargen, | talented ...")
    elif tokens[p].lower() not in _AFTER_HEAD:
        return False
    elif tokens[p][:1].isupper():
        return False  # a name's own function word: "Medal | Of Honor"
    elif tokens[p] == "of" and (last in INSTITUTIONS or last in _TITLES_OF) and p + 1 < len(tokens) and (
            is_capital(tokens[p + 1][:1])):
        return False  # inside a name: "University | of Oklahoma", "Bank | of England", "Duchy | of Cornwall"
    elif tokens[p] == "by" and participle_of(last) is not None:
        return False  # a participle wants its agent: not "Tour bus used | by Charles"
    elif tokens[p] == "of" and p > 1 and tokens[p - 2].lower() in _PHRASE_PREPOSITIONS:
        return False  # a preposition of three words: "at hands | of mob", "in wake | of", "on behalf | of"
    bare = last.rstrip(",").lower()
    return (bare.replace("-", "").isalpha() and bare not in _PARTS and bare not in dangling("english")
            and not is_modifier(bare))
