"""Headlinese: the rules a sub-editor applies to an English lead sentence, each a deletion.

Every rule removes words (replacing them with a space, so the words either side never run together)
and none adds one, except that a perfect verb becomes the simple present ("has risen" -> "rises"):
headlinese drops the auxiliary, and a bare participle ("market risen") is not English. The verb
forms come from lemminflect's lookup tables (:mod:`.wordforms`).

The rules, in order:

* a dateline or a wire tag (``LONDON (AP) _``, ``(CNN)``), parentheticals, a label before a colon
  (``The bet:``, ``Featured:``);
* the background set against the news: a clause before ``;`` or ``, but`` when the one after opens on
  the present's time (``...; now ISIS engages``), and an opening ``Now`` (``Now 26, Emwazi has``);
* an aside between dashes, and (after the openings) one of hedge or link words between commas (``, at
  least temporarily,``, ``, however,``);
* a non-restrictive relative clause or an appositive (``, who ...,``, ``, some who ...,``, a name's
  possessive ``, China's biggest lender,``), only where a verb follows it, so a list ("hits by the
  Byrds, Ry Cooder and the Beach Boys") is never cut in two (a verb that may be a noun closes it unless
  a list's "and" or a verb follows: ``, hopes to``), or before the rest of the object's complement
  (``600,000 pesos, the equivalent of his salary, | to a fund``); not one that has an auxiliary of its
  own, a clause (``, the father of a dissident is to seek``), nor the subject after the comma that
  closes an opening phrase (``With its mountains, the Bleone Valley, where ..., is``), nor a short name
  of the common noun before it (``The first new console, Microsoft's Xbox 2,``);
* a closing attribution (``, officials said``), an opening report frame (``Police said that``) and an
  opening subordinate, prepositional or participle clause (:mod:`.openings`: ``After two days of talks,``,
  ``Eight years after his regime ended,``, ``Closed for a decade,``; not ``As many as``), the opening
  clause once more after the frame, so a frame behind a clause goes too (``In an audio message, the
  group announced that``);
* times a headline does not need (``on Tuesday``, ``last Monday``, ``this week``; not a day spent or
  owned: ``spent his Friday night``) and the dateline's ``here`` (:mod:`.times`), then the report frame
  once more (``Castro said Sunday he disagreed`` -> ``Castro disagreed``), and a frame that tells a
  hearer what the speaker does (``Owen has told the BBC he is happy`` -> ``Owen is happy``; not where
  the pronoun may be the hearer's or another's); quotation marks
  (apostrophes stay: "Britain's", "Acme Corp.'s");
* articles and possessive determiners ("its", "their", "his"), but not inside a name ("Lord of the
  Rings", "Buffy the Vampire Slayer") nor in "their own", nor "his" in a clause of his own ("he
  expects his ...") or after "and", nor before a verb's "way" ("makes its way"); a count's "of" goes
  with its article or possessive before its plural noun ("two of the boys" -> "two boys", "500 of its
  software patents" -> "500 software patents"); a free relative that only bills what follows (``what
  has been billed as``);
* the perfect (``has risen`` -> ``rises``, ``had won`` -> ``won``, ``has ruled before`` -> ``ruled
  before``; a participle coordinated with it agrees: ``has redrawn ... and warned`` -> ``redraws
  ... and warns``), passive auxiliaries before a participle (``has been jailed`` -> ``jailed``; ``have
  reportedly been arrested`` -> ``reportedly arrested``, ``again``, ``also``; not after another adverb:
  ``has finally been shamed``) and
  ``is to`` (``is to retire`` -> ``to retire``); not in a pronoun's, a relative's or a "how", "why" or
  "whether" clause (``how the penalty is administered``).
"""

from __future__ import annotations

import re
from functools import partial
from itertools import chain, product

from .attribution import NAME_LINKS as _NAME_LINKS, strip_attribution as _strip_attribution
from .openings import closes_opening, strip_opening
from .background import DAYS as _DAYS, strip_background as _strip_background, strip_label as _strip_label
from .times import TIMES as _TIMES, strip_times as _strip_times
from .trim import WHEN, tells_who
from .quotes import QUOTED_WORDS
from .wordforms import is_adverb, is_modifier, is_noun, is_plural_noun, is_tensed, is_verb, may_be_noun
from .wordforms import is_common_word, may_be_adjective, may_be_verb
from .wordforms import participle_of, surely_tensed
from .wordforms import past_of, present_of, simple_past_of

__all__ = [
    "write_headlinese", "strip_wire", "is_capital", "ensured_before", "INTRANSITIVE", "OPENING_NAME",
    "PERSONAL", "PRONOUNS",
]

#: Words that cannot open a headline: the reader does not know who they stand for.
PRONOUNS = frozenset("he she it they we i you him her them us his its their our my your".split())
#: The pronouns that are a clause's subject.
PERSONAL = frozenset("he she it they we i you".split())

_ANY_WORD = re.compile(r"\w")
_DATELINE = re.compile(
    r"^\s*(?:[A-Z][A-Za-z.'-]*(?:[ ,]+[A-Z][A-Za-z.'-]*)*(?:,\s*\w+\.?\s*\d{1,2})?\s*)?"
    r"(?:\((?:AP|AFP|Reuters|UPI|Xinhua|CNN|[A-Z]{2,6})\)?\s*)?(?:_|--|—|–)\s+"  # (a ")" a wire forgot)
    r"|^\s*[A-Z][A-Z .,'-]{2,}\s*(?:\([^)]*\))?\s*[-_—–:]+\s+"
)
_TIME_NOT_PLACE = re.compile(rf"\b(?:Early|Late|Today|Yesterday|Tonight|{_DAYS})\b")
_AGENCY = r"\((?:CNN|AP|AFP|Reuters|UPI|Xinhua)\)"
_WIRE = re.compile(
    rf"^\s*(?:[A-Z][\w.'’-]*(?:,?\s+[A-Z][\w.'’-]*){{0,3}}\s*)?{_AGENCY}\s*(?:--|—|–|-|_)?|{_AGENCY}\s*(?:--|—|–|-|_)?"
)
_PAREN = re.compile(r"\s*[(\[][^)\]]*[)\]]")
# The prepositions that open a phrase a dashed aside may close before the subject (:func:`_dash_closes`).
_OPENING_PHRASES = frozenset("In At After Before During Ahead Amid Despite Following With Without On".split())
# An aside between two dashes: "Beauty of Afghanistan -- a country blemished by wars -- has ..." (or an
# AP wire's "_").
_DASHED = re.compile(r"\s(?:-{1,3}|[—–_])\s(?:(?!\s-{1,3}\s|[—–_]).){1,150}?\s(?:-{1,3}|[—–_])\s")
# ", who ..." up to a comma that a verb follows (checked in code): a relative clause or an appositive.
_ASIDE = re.compile(
    r",\s+(?:who|whom|whose|which|where|aged|including|the|a|an|himself|herself|itself|\d[\d.]*|"
    r"(?P<place>of)(?=\s+[A-Z])|"  # a name's place (checked in code): ", of Lake Worth, Fla.,"
    r"one|two|three|four|five|six|seven|eight|nine|ten|both|some|many|most|several|"
    r"(?:already|once|formerly)\s+(?:a|an|the)(?!\s+(?:year|week|month|day|decade|time)\b))\b"
    # (an adverb's apposition: ", already a legend ...,"; not a frequency: ", once a year,")
    # or a name's possessive, not a contraction: ", China's biggest lender,"
    r"|,\s+(?P<possessive>(?!(?:It|He|She|That|There|Here|What|Who|Let)['’])(?:[A-Z][\w.&-]*\s){0,2}"
    r"[A-Z][\w.&-]*['’]s\s)"
    # or a noun in apposition without its article: ", star of hit film Amelie,", ", home to ..."
    r"|,\s+(?P<noun>(?!(?:according|due|thanks|next|close|prior|ahead|up|back|down|out|in|on|equal|similar"
    r"|instead)\b)[a-z]+)"
    r"(?=\s+(?:of|to)\s)"
)
# Where such an aside may close: a comma (inside a quotation's closing mark too: '... as "Jihadi John," was')
# and the next words, or an opening quotation mark before two words.
_ASIDE_END = re.compile(r",[\"”]?\s+([\w'’-]+)(?=(,?\s+[\w'’-]+)?)|\s(?=[\"“]([\w'’-]+)\s+([\w'’-]+))")
_REPORTING = "said|says|say|announced|reported|confirmed|believe|believes|fear|fears"
_REPORTED = re.compile(
    rf"^(?P<subject>[^,;\"“]{{0,80}}?)\s+(?:{_REPORTING})"
    r"(?:(?:\s+\w+){0,3}?\s+that\s+|\s+(?:at|in|on|during|to)(?:\s+\w+){3}\s+that\s+"
    r"|\s+(?=(?:he|she|it|they)\s))"
)
# Its quick test: one of them stands in the text. A word that holds another ("says", "believes", "fears")
# is left out: the shorter one stands wherever it does (each search reads the whole text).
_REPORTING_WORDS = tuple(
    w for w in _REPORTING.split("|") if not any(v != w and v in w for v in _REPORTING.split("|"))
)
_SUBJECT_PRONOUNS = frozenset({"he", "she", "it", "they"})
_AUXILIARIES = frozenset({"has", "have", "had", "is", "was", "will", "would"})
# Quotation marks, but not an apostrophe inside a word ("Britain’s", "don't") nor after the s of a
# possessive ("Douglas' son"), unless a single quote was opened before it ("'Errors' doomed").
# The pattern opens on the class of every mark, which the engine scans for quickly (a pattern that
# opens on a lookbehind is tried at every character); each test then reads the mark it has passed:
# a double mark; a single one not after a word nor a full stop, or after a full stop and not before
# a possessive's s, or before no word.
_QUOTES = re.compile(r"[\"“”`'‘’](?:(?<=[\"“”`])|(?<![\w.].)|(?<=\..)(?!s\b)|(?!\w))")
# A double-quoted stretch of a few words with a comma inside (not only the one before its closing mark), and
# no stop nor question mark ("should I, shouldn't I?") nor article, which headlinese would drop (the words
# would not come back in their marks: "a tragedy, a disaster").
_COMMA_STRETCH = (r"(?=[^\"“”]{0,60}?\w, \w)(?!(?:[^\"“”]* )?(?:[Tt]he|[Aa]n?) )"
                  r"(?:[^\"“”\s.!?;:]+ ){1,%d}[^\"“”\s.!?;:]+" % (QUOTED_WORDS - 1))
_QUOTED_COMMAS = re.compile(rf"(?<![\w])(?:\"{_COMMA_STRETCH}\"|“{_COMMA_STRETCH}”)")
_ARTICLES = frozenset({"the", "a", "an", "its", "their", "his"})
# ... and the words of a quantity, which open a clause's subject after a comma as often as an apposition
# ("As Netanyahu heads to the United States, | some former security leaders have come out ...").
_OPENS_A_SUBJECT = _ARTICLES | frozenset("some many most several both".split())
# The word that joins a name's parts around its "the" ("Lord of the Rings", "Bank of the West"); not "and"
# nor a place's preposition, whose "the" opens a phrase of its own ("Vikings and the Islamic world", "Vinci at
# the Qatar Open": "Vikings and Islamic world", "at Qatar Open"), unless the name goes on to "of" after it
# (:func:`_runs_on_to_of`: "Institute for the Study of War").
_NAMES_THE_LINKS = frozenset({"of"})
# The same words in every mix of cases ("The", "THE", "tHe"): a token is one when its lowercase is an
# article, found without lowercasing each token (no other character lowercases to their letters).
_ARTICLE_FORMS = frozenset(map("".join, chain.from_iterable(product(*zip(w, w.upper())) for w in _ARTICLES)))
# "has risen", "have been sold", "had won": an auxiliary, optional adverbs, then the word to check.
# (This pattern, _PERFECT_AND and _PASSIVE open on the auxiliary's letters, then look behind them
# for the word's start: the same matches as "\b(has|have|had)" and "\b(?:is|are|was|were)", since a word
# character before its first letter is what "\b" excludes; but the engine scans fast for a pattern that opens
# on letters, and tries one that opens on "\b" at every character: a third to a half more instructions.)
_PERFECT = re.compile(
    r"(h(?<!\wh)(?:as|ave|ad))\s+(?:(again|also|both|now|[a-z]+ly)\s+)?(?:(been)\s+(?:([a-z]+ly)\s+)?)?"
    r"((?:(?:re|co|pre|de|mis|out|over|under)-)?\w+)\b(?![-'’])",
    re.IGNORECASE,
)  # (an adverb after the auxiliary: "has again denied"; a manner's after "been": "has been deeply shaken"; a
# verb's prefix before a hyphen: "has re-opened")
# "has redrawn the battle lines and warned", "have shot and killed": the second verb of a coordinated perfect.
_PERFECT_AND = re.compile(
    r"(h(?<!\wh)(?:as|ave|ad))\s+(\w+)\b((?:\s+[\w'’-]+){0,8}?)\s+and\s+(\w+)\b(?![-'’])", re.IGNORECASE
)
# Adverbs after which the perfect tells of the past, not the news: its simple past fits.
_EARLIER = frozenset("before already previously once".split())
# Adverbs that stand between a perfect's auxiliary and its verb and stay before the headline's present,
# besides those in -ly ("has again denied" -> "again denies").
_PERFECT_ADVERBS = frozenset("again also both".split())  # ("both": "NTL and Telewest have both ...")
# Adverbs a passive keeps before its participle ("have reportedly been arrested" -> "reportedly arrested");
# not one of manner or time, which may sit inside a clause the line goes on with ("has finally been shamed").
_PASSIVE_ADVERBS = _PERFECT_ADVERBS | frozenset({"reportedly", "allegedly"})
_DATING = frozenset("recently previously formerly lately originally initially".split())
_JOIN_REACH = 60  # characters after a perfect with an adverb in which an "and" may join a second verb
_MODALS = frozenset("will would could should might may must can to not".split())
# After these an auxiliary opens a clause that is not the headline's own: it stays ("man who is shown").
_KEEPS_AUXILIARY = PRONOUNS | frozenset({"who", "which", "that", "what"})  # ("playing what is billed as ...")
_IS_TO = re.compile(r"\b(?:is|are)\s+(to\s+[a-z]+)\b")
# Participles that are adjectives before these words: "is used to", "is headed home", "is bound for".
_NO_PASSIVE = re.compile(
    r"(?:used\s+to|(?:headed|bound)\s+(?:home|to|for|back|toward|towards|into))\b", re.IGNORECASE
)
# (an adverb in -ly may stand between: "was deliberately brought down" -> "deliberately brought down")
_PASSIVE = re.compile(
    r"(?:is(?<!\wis)|are(?<!\ware)|was(?<!\wwas)|were(?<!\wwere))\s+(being\s+)?(?:([a-z]+ly)\s+)?"
    r"((?:re-)?\w+)\b(?![-'’])")  # ("was re-elected")
# Verbs without an object have no passive: "chief is gone" must keep its "is".
#: (also :mod:`.tenses`: a line that ends on one's past reads it as the verb, "Lee Kuan Yew died")
INTRANSITIVE = frozenset("go come become rise arise fall die arrive happen occur emerge remain".split())


def write_headlinese(text: str, apposed: bool = False) -> str:
    """``text`` (one English sentence) rewritten by the rules above; never empty for a text with a word.
    With ``apposed``, the apposition that tells what a name opening the sentence is stays ("Jef Raskin,
    head of the team behind the first Macintosh computer, has died")."""
    tokens = text.split()[:_SOURCE_WORDS]
    if any(map(str.__eq__, tokens, tokens[1:])):  # (the quick test: a word written twice is rare)
        # The source's own slip ("The world of Mexican wrestling wrestling", "and and") written once
        tokens = [t for k, t in enumerate(tokens)
                  if not k or t != tokens[k - 1] or not t.isalpha() or not t.islower()
                  or len(t) < _DOUBLED_LENGTH and t not in _SLIPS]
    text = " ".join(tokens)
    left = {}  # each step's last text that it left as it was: the same text again gives the same
    for step in _APPOSED_STEPS if apposed else _STEPS:
        if left.get(step) == text:
            continue  # (strip_opening runs twice; a text it did not shorten the first time, it does not now)
        shorter = step(text)
        if shorter == text:
            left[step] = text
            continue
        # Runs of white space as one space (split and join: str.split's white space is the regular
        # expression's \s, and no pattern is run), no space before a comma.
        shorter = " ".join(shorter.split()).replace(" ,", ",")
        if _ANY_WORD.search(shorter):  # a step that would leave nothing is skipped
            text = shorter
    return text.strip(" ,;:-—–.")


def strip_wire(text: str) -> str:
    """``text`` without its dateline, wire tag and parentheticals (every language)."""
    # Quick tests first: the patterns cost more than the rare sentence that needs them. (A search for
    # each mark alone: the engine reads a class of five marks slower than str finds each one.)
    head = text[:120]
    if "-" in head or ":" in head or "_" in head or "—" in head or "–" in head:
        dateline = _DATELINE.match(text)  # anchored: what a sub(count=1) would replace
        if dateline and not _TIME_NOT_PLACE.search(dateline[0]):  # "Early Thursday -- during ...": a time
            text = " " + text[dateline.end():]
    if "(" in text or "[" in text:
        text = " ".join(_PAREN.sub(" ", _WIRE.sub(" ", text)).split())
    return text


# Only the first words of a sentence can make its headline; longer input would only make the
# patterns below slower (a 5 MB "sentence" without punctuation took seconds).
_SOURCE_WORDS = 80
# A word at least this long written twice in a row is a slip ("wrestling wrestling"; not "boda boda"), and
# so are these short ones ("and and", "with with"; not "had had", "that that", "will will", nor a preposition
# that often ends one phrase and opens the next: "voted on on Tuesday"; "with" and "of" seldom do: "deal with
# with shrinking budgets" is rarer than the slip).
_DOUBLED_LENGTH = 6
_SLIPS = frozenset("the a an and or but with of".split())


def _strip_asides(text: str, opening: bool = True) -> str:
    """``text`` without its relative clauses and appositions (``_ASIDE``), but for the apposition to a name
    that opens it unless ``opening``."""
    out, at = [], 0
    for match in _ASIDE.finditer(text):
        if match.start() < at or match["noun"] and is_tensed(match["noun"]) or match["place"] and not (
                is_capital((text[: match.start()].rsplit(maxsplit=1) or [""])[-1][:1])):
            continue  # inside the last aside; ", stormed to the top" is a verb's phrase; a place, no name's
        if not opening and not at and _opening_apposition(text, match):
            continue
        # The aside ends at the first comma after which a verb comes ("..., has died"), or at a quotation
        # that opens on an adverb and a verb ('..., the chief of staff "obviously knew ...'); none: keep it.
        for comma in _ASIDE_END.finditer(text, match.end()):
            if match["place"]:
                if comma.group(3) or is_capital(comma.group(1)[:1]):
                    continue  # the place's own comma ("of Lake Worth, | Fla., | with fraud")
            elif comma.group(3):
                if not (is_adverb(comma.group(3)) and is_verb(comma.group(4))):
                    continue
            elif comma.group(1) == "let" and (comma.group(2) or "").strip(" ,") == "alone":
                continue  # ", let alone doing both at once,": an aside's own end, not a verb
            # (a verb in lower case: not "and Amazon, | Google and eBay had", a name that is a verb too; but
            # one that its own verb follows is the subject after the aside: "In Leeds, the city of his
            # birth, | Will Evans opened", "the eve of the summit, | May told")
            elif not (is_verb(comma.group(1)) and (
                    comma.group(1).islower() or _name_then_its_verb(text[comma.start(1) :]))
                      or _tensed_after_aside(comma.group(1), comma.group(2) or "")
                      or _object_goes_on(match[0], comma.group(1), comma.group(2) or "")
                      and any(w.islower() and is_tensed(w) for w in text[: match.start()].split()[1:])
                      or _complement_follows(text[: match.start()], comma.group(1), text[comma.end() :])):
                if match["possessive"] and not is_capital(comma.group(1)[:1]):
                    break  # a name's possessive describes in one phrase (a place's comma aside: "Geneva,
                    # Switzerland,"), which its next comma closes or none does
                continue
            elif participle_of(comma.group(1).lower()) and _has_its_verb(text[at : match.start()]):
                break  # "passengers went through the airport, an increase ..., released Thursday": no aside
            opener = match[0].split()[-1].lower()
            if opener in _OPENS_A_SUBJECT and _has_a_verb(text[match.end() : comma.start()]):
                break  # "Protesting the lack of a lawyer, the father ... is to seek a delay, ...": a clause
            aside = text[match.end() : comma.start()]
            if match["possessive"] and _names_its_head(text[: match.start()], aside):
                break  # "The first new console, Microsoft's Xbox 2, is ...": the phrase names its head
            if not at and (
                match["possessive"] and closes_opening(text, match.start(), any_opening=True)
                or match[0].split()[-1].lower() not in _RELATIVE_ASIDES and "," in aside
                and closes_opening(text, match.start(), any_opening=text.split(maxsplit=1)[0].endswith("ing"))
                or _tensed_before_a_relative(aside) and closes_opening(text, match.start())):
                # "With its mountains, the Bleone Valley, where ..., is ...": the subject and its aside
                # (after a participle's opening too: "Pleading guilty, the mayor, Tom Smith, resigned");
                # "In London, India's finance minister, lashed out": the subject; "Last year, the US
                # terminated an agreement, reached in 1992, ...": the subject and its verb
                break
            out.append(text[at : match.start()])
            at = comma.start() + (0 if comma.group(3) else 1)
            out.append(" ")
            break
    out.append(text[at:])
    return "".join(out)


def _opening_apposition(text: str, match: re.Match) -> bool:
    """Whether the aside ``match`` opens says what the name that opens ``text`` is: a noun's phrase (", the
    founding Prime Minister of Singapore,", ", India's third-biggest software firm,"; not ", who ...",
    ", 45,", ", once a champion,") after a name of at most four words. Not an article before a capital,
    which headlinese would keep (", the Nigeria-based Islamist terror group,"), a phrase that points back
    to what the line does not name (", the company's American mobile business,"), another name (", the Big
    Apple,"), someone and no more (", an old man,"), nor one after a title that says who the person is."""
    name = text[: match.start()].split()
    if not 0 < len(name) <= OPENING_NAME or not all(is_capital(w[:1]) for w in name):
        return False
    opener = match[0][1:].split()[0].lower()
    if not (match["possessive"] or match["noun"] or opener in _APPOSED_ARTICLES):
        return False  # (", who ...", ", 45,")
    if len(name) > 2 and tells_who(name[:-2]):
        return False  # (a title that says who already: "President George Bush, leader of free world,")
    closed = text.find(",", match.end())
    aside = text[match.end() : closed if closed > 0 else len(text)].split()
    if any(w.islower() and w.endswith(("'s", "’s")) and w[:-2] not in _KNOWN_POSSESSORS for w in aside):
        return False
    said = [w.strip(_QUOTE_MARKS) for w in aside] if opener in _APPOSED_ARTICLES else [
        w.strip(_QUOTE_MARKS) for w in match[0][1:].split() + aside]
    said = [w for w in said if w]
    if not said or opener in _APPOSED_ARTICLES and not said[0].islower():
        return False
    last = said[-1].lower()
    # (not another name, "New York, the Big Apple,"; nor someone and no more, "Jack Smith, an old man,")
    return not (all(is_capital(w[:1]) for w in said) and is_common_word(last) and not tells_who(said[-1:])
                or len(said) <= 2 and last in _SOMEONE and not any(c.isdigit() for c in said[0]))


_APPOSED_ARTICLES = frozenset({"the", "a", "an"})
_SOMEONE = frozenset("man woman person boy girl child".split())
# A lowercase possessor the reader knows ("world's fastest man").
_KNOWN_POSSESSORS = WHEN | {"world", "nation"}
_QUOTE_MARKS = "\"“”'‘’"
OPENING_NAME = 4  # the most words of a name that opens a sentence before its apposition


def _names_its_head(before: str, aside: str) -> bool:
    """Whether a possessive's phrase after a comma names the common noun before it ("winner, Alice Sebold's
    The Lovely Bones,", "book, Brown's Britain,"): a capital in a short phrase after a lowercase head (a
    longer one describes it: "book, Brown's Britain by Sunday Telegraph journalist Robert Peston,")."""
    head, found = before.split()[-1:], aside.split()
    return (bool(head) and head[0].islower() and len(found) <= _NAME_WORDS
            and any(is_capital(w[:1]) for w in found))


_NAME_WORDS = 4  # the words of a name after its possessive ("Alice Sebold's | The Lovely Bones")


def _tensed_before_a_relative(aside: str) -> bool:
    """Whether a lowercase verb with a tense stands in ``aside`` before any relative pronoun ("the US
    terminated an agreement with the EU"; not "the model who was with him")."""
    for word in aside.split()[1:]:
        if word in _RELATIVE_ASIDES or word == "that":
            return False
        if word.islower() and is_tensed(word.rstrip(",;:")):
            return True
    return False


# The words that open an aside as a relative clause, never as a subject ("However the poll, which ...,").
_RELATIVE_ASIDES = frozenset("who whom whose which where".split())


def _object_goes_on(opening: str, word: str, after: str) -> bool:
    """Whether an aside that an article opens ("..., the equivalent of his salary for one year,") closes
    before the rest of the verb's complement (its caller checks that a verb came before it): "to" or
    "for" and an article or a number ("donated 600,000 pesos, the equivalent of ..., | to a fund for
    victims"): an apposition to the object."""
    following = after.split()[:1]
    return (opening.split()[-1].lower() in ("the", "a", "an") and word in ("to", "for") and bool(following)
            and (following[0] in _OBJECT_OPENINGS or following[0][:1].isdigit()))


_OBJECT_OPENINGS = frozenset("a an the his her its their".split())


def _complement_follows(before: str, word: str, after: str) -> bool:
    """Whether an aside closes before what a verb of naming names its object ("voted Fergus Crane, a story
    about ..., | the winner of two Smarties Book Prizes", "named John Smith, a former banker, | as its
    chairman", "identified more than 500 farms, including ..., | as idle"): an article or "as" after the
    comma, and the verb a few words before the aside; not a list's colon after the verb ("named them as:
    ..."), nor a speaker ("..., | the hospital said"), a comment ("..., | a move that ..."), a clause's
    "as" ("..., | as he was") or "as well as"."""
    low = word.lower()
    following = [w.lower().strip(",.;:") for w in after.split()[:_SPEAKER_WORDS]]  # (after ``word``)
    if not following or not (low in _ARTICLES or low == "as" and following[0] not in _NOT_LABELS):
        return False
    named = before.split()[-_NAMED_WORDS - 1 :]
    if (_NAMING_AS if low == "as" else _NAMING).isdisjoint(named) or any(w.endswith(":") for w in named):
        return False
    if low == "as" and _NAMING.isdisjoint(named) and (
            not _AS_PHRASES.isdisjoint(following[:2])
            or any(w.isalpha() and is_tensed(w) and not is_noun(w) for w in following[:3])):
        return False  # a clause's "as" ("as officers searched"), a set phrase's ("as part of", "as a result")
    return _SAYS.isdisjoint(following) and following[0] not in _COMMENTS


# Verbs that name their object something ("voted X the winner", "named X the best"), and the words of the
# object between them and the aside.
_NAMING = frozenset("voted named elected crowned declared appointed dubbed".split())
# ... and those whose object's complement only "as" opens ("identified more than 500 farms, including 56
# large estates, | as idle"; not "identified as Sonia Essomba, daughter of ..., | an IOC member").
_NAMING_AS = _NAMING | frozenset("identified classified designated branded labelled labeled".split())
_AS_PHRASES = frozenset("part result well soon usual such whole".split())  # "as part of", "as a result"
_NAMED_WORDS = 4
_SPEAKER_WORDS = 6  # words after the comma in which a verb of saying shows a speaker, not a complement
_SAYS = frozenset("said says told added announced confirmed".split())
_NOT_LABELS = frozenset("well he she it they we i you".split())  # after "as": no label
_COMMENTS = frozenset("move decision step sign blow boost".split())  # "..., a move that surprised many"


def _has_a_verb(aside: str) -> bool:
    """Whether what an article opened after a comma has an auxiliary of its own right after its noun
    phrase: a clause ("the father of a dissident is to seek a delay"), no apposition ("the model who
    was with him", "an expert on the virus since it was discovered", "a player the club had signed")."""
    found = aside.split()
    for k, word in enumerate(found):
        low = word.lower()
        if low in _AUXILIARIES:
            return True
        if low in _CLAUSE_OPENERS or (low in _ARTICLES and k and found[k - 1].lower() not in _LINKS):
            return False  # a clause of its own opens first: a relative, a time's, a contact clause
    return False


# What opens a clause of its own inside an apposition: a relative, a conjunction, a subject pronoun.
_CLAUSE_OPENERS = frozenset(
    "who whom which that whose since when while after before because as if until although though where "
    "he she it they we i you".split()
)
# Words after which an article opens a phrase inside the noun phrase ("the father of a dissident").
_LINKS = frozenset("of in on at for from with by to about over under into between among and or".split())


def _has_its_verb(before: str) -> bool:
    """Whether the words before an aside already hold their clause's verb ("went"), so a participle after
    it is no verb of that clause's subject ("..., released Thursday")."""
    return any(w.islower() and is_verb(w) and participle_of(w) is None for w in before.split())


def _name_then_its_verb(text: str) -> bool:
    """Whether ``text`` opens on a name of a few capitalised words and then its verb with a tense ("Will
    Evans opened", "May told"), not a list's next item ("Google and eBay had"), a name a comma closes, nor
    a speaker's aside that a later comma before a verb closes ("..., | May told MPs, was the best")."""
    found = text.split(None, _SUBJECT_WORDS + 1)[: _SUBJECT_WORDS + 1]
    name = 0
    while name < len(found) and found[name].isalpha() and found[name].istitle() and name < _SUBJECT_WORDS:
        name += 1
    return 0 < name < len(found) and found[name].isalpha() and found[name].islower() and is_tensed(
        found[name]) and not any(map(is_tensed, _AFTER_COMMA.findall(text)))


_SUBJECT_WORDS = 3  # words of a name before its verb ("Sue Gray told")
_AFTER_COMMA = re.compile(r",\s+([a-z]+)\b")  # the word after each comma


def _tensed_after_aside(word: str, after: str) -> bool:
    """Whether ``word``, after the comma that may close an aside, is its sentence's verb though it may
    be a noun ("Parmalat, the dairy firm, hopes to ..."): a verb with a tense, not a list's next item
    ("cheers, tears and ...") nor a clause's subject before its verb ("couples are ...")."""
    following = after.split()[:1]
    return word.islower() and is_tensed(word) and not after.startswith(",") and not (
        following and (following[0].lower() in ("and", "or") or is_tensed(following[0])))


def _strip_dashed(text: str) -> str:
    if not (" -" in text or "—" in text or "–" in text or " _ " in text):  # (an AP wire's dash: " _ ")
        return text
    first = text.split(maxsplit=1)[:1]
    comma = text.find(",")  # (where the opening phrase would have ended: found once, not per aside)
    phrase_end = len(text) if comma < 0 else comma
    opening = bool(first) and first[0] in _OPENING_PHRASES
    return _DASHED.sub(lambda match: _dash_closes(match, text, opening and match.start() < phrase_end), text)


_APPOSED = re.compile(r"an? [a-z]+ (?:which|that)\b")  # a noun in apposition to the clause, and its relative


def _wants_its_object(before: str) -> bool:
    """Whether the aside follows a verb that has no object yet ("delivered -- somewhat reluctantly -- | a
    speech that angered ...": the noun after it is that object, no apposition); not an intransitive's
    ("resigned -- the third to go this month -- | a blow that ..."), a passive's ("was sacked -- ...") nor a
    noun's ("sold the park -- ...")."""
    last = before.rsplit(maxsplit=2)[-2:]
    word = last[-1] if last else ""
    passive = len(last) == 2 and last[0].lower() in _BE_BEFORE
    return word.isalpha() and word.islower() and is_tensed(word) and not is_noun(word) and not passive and (
        participle_of(word) or simple_past_of(word) or word) not in _NO_OBJECT


# Verbs with no object, after which a dashed aside's "a move that ..." is in apposition to the clause.
_NO_OBJECT = INTRANSITIVE | frozenset("resign retire quit collapse surrender".split())
_BE_BEFORE = frozenset("is are was were be been being".split())  # a passive's auxiliary ("was sacked")


def _dash_closes(match: re.Match, text: str, in_opening: bool) -> str:
    """What stands for a dashed aside: a comma where it closes an opening phrase before the subject ("In
    an exclusive interview ahead of his U.S. tour -- and ahead of his anniversary -- Prince Charles paid
    ..."), after the phrase's noun or name and before a capital, so that the opening still goes; else a space
    (not inside the phrase: "On the eve of the long-awaited -- and much-delayed -- Scottish Parliament
    opening,"); and a comma before a noun in apposition to the clause, which the dashes kept apart
    ("pulled out before semifinal -- also with knee injury -- | a move which led to boycott")."""
    if _APPOSED.match(text, match.end()) and not _wants_its_object(text[: match.start()]):
        return ", "
    if not (in_opening and text[match.end() : match.end() + 1].isupper()):
        return " "
    last = text[max(0, match.start() - 30) : match.start()].rsplit(maxsplit=1)[-1:]
    if not last:
        return " "
    word = last[0]
    return ", " if word.istitle() or word.islower() and is_noun(word) and not is_modifier(word) else " "


def _agrees(pronoun: str, last: list[str]) -> bool:
    """Whether ``pronoun`` stands for a subject that ends on ``last`` (its last word): "he" or "she" for
    a singular ("Castro", "U.N. envoy"), "they" for a plural ("police", "officials"), "it" for a name
    that ends on a plural ("Cathay Pacific Airways"; not "Blair", whose "it" may stand for nobody)."""
    if not last:
        return False
    plural = last[0].lower() == "police" or is_plural_noun(last[0].lower())  # (a plural without an -s)
    if pronoun == "it":
        return plural and last[0][:1].isupper()
    return plural if pronoun == "they" else not plural


_SINGULAR_OF = {"were": "was", "are": "is", "have": "has", "do": "does"}  # a plural's auxiliary, a singular's
# A sentence's first word, capitalised but no name, that stands for many: its "they" stays plural ("Many said
# they were planning", "Staff said they were expecting").
_NO_NAMES = frozenset("all both many most several some few none people staff crew personnel".split())

# After "it", what says that it stands for nobody ("it was time", "it could take a year").
_IMPERSONAL = re.compile(
    r"(?:is|was|seems|appears|takes|took)\s|(?:could|would|might|may|will)\s+(?:be|take|cost)\s"
)


def _strip_reported_again(text: str) -> str:
    """The frame once more after the times have gone ("Castro said Sunday he disagreed" -> "Castro
    disagreed"), a pronoun named only where it agrees with the subject (:func:`_agrees`): not
    "Prosecutors said on Friday he could face life", nor "Blair said on Monday it will cost billions"."""
    return _strip_reported(text, agreeing=True)


def _strip_reported(text: str, agreeing: bool = False) -> str:
    """"Police said that the suspect fled" -> "the suspect fled"; "NASCAR announced that it has
    lifted" -> "NASCAR has lifted": a pronoun is named by the frame's subject, if that is a name.
    ``agreeing``: a pronoun is named only where it agrees (:func:`_strip_reported_again`)."""
    match = _REPORTED.match(text) if any(map(text.__contains__, _REPORTING_WORDS)) else None  # (no generator)
    if match is None or match.group("subject").split()[-1:] in (["that"], ["the"], ["this"], ["a"]):
        return text  # "it was that fear that led": "fear" is a noun there
    subject = match.group("subject").split()
    if subject[-2:-1] == ["to"] or subject[-1:] == ["to"] and not match.group(0).rstrip().endswith("that"):
        # "Insurers have sought to calm fears that they face": the object of an infinitive; "was right
        # to say he would have ...": the infinitive itself (but "sent a text message to say that the pilots
        # were ..." frames what was said)
        return text
    rest = text[match.end():]
    first = rest.split(maxsplit=1)
    pronoun = first[0].lower() if first and first[0].lower() in _SUBJECT_PRONOUNS else None
    if agreeing and pronoun and not _agrees(pronoun, match.group("subject").split()[-1:]):
        return text
    if pronoun in _SINGULAR_PRONOUNS and _plural_head(match.group("subject"), pronoun == "it"):
        return text  # "many researchers believe it could spark ...", "Police believe he": someone else
    if pronoun and not _SUBORDINATE.isdisjoint(subject[1:]):
        # A clause's own speaker inside the sentence, named by the pronoun, would tell the claim as a fact
        # ("could lose her medals after Conte said he gave her drugs"; "on what aides believe he views")
        return text
    if pronoun:
        if pronoun == "it" and _IMPERSONAL.match(first[1] if len(first) > 1 else ""):
            return text  # "Blair said it was time to ...", "it could take": that "it" stands for nobody
        # "Rio Ferdinand says he is unsure" -> "Rio Ferdinand is unsure"
        subject = _TIMES.sub("", match.group("subject")).split()
        while subject and (subject[-1].lower() in _AUXILIARIES or subject[-1] in _FRAMES_ADVERBS):
            subject.pop()  # "Rio Ferdinand has said he is" -> "Rio Ferdinand is"; "has already said"
        if not subject or len(subject) > 10 or subject[0].lower() in PRONOUNS or len(first) < 2:
            return text
        told = first[1]
        if pronoun == "they" and all(w[:1].isupper() for w in subject) and subject[-1] != "I" and not (
                subject[-1].endswith("s") or _agrees(pronoun, subject[-1:])
                or subject[-1].lower() in _NO_NAMES):
            # A body's "they" takes the name's number: "GM said they were expecting" -> "GM was expecting"
            # (a name's: not "Police in Japan", "Scientists trying to ...").
            verb, _, after = told.partition(" ")
            told = f"{_SINGULAR_OF.get(verb, verb)} {after}".rstrip()
        return f"{' '.join(subject)} {told}"
    if ", but " in rest and _SPEAKERS_BUT.search(rest):
        return text  # the speaker's own second verb: "Cook has said that dance music is not dead, but has
        # admitted it is ..." (without the frame, "but admits" has no subject)
    return rest


# A second verb of the frame's subject after what was said: ", but has admitted", ", but admits".
_SPEAKERS_BUT = re.compile(
    r", but (?:has |have |had )?(?:admit|accept|conced|insist|warn|add|stress|deni)\w*\b")


# The frame's own adverbs, which go with it ("Gervais has already said he"); not a hedge, nor a word that the
# stance has since changed ("allegedly", "initially"), which stay.
_FRAMES_ADVERBS = frozenset(
    "already also recently immediately repeatedly publicly formally officially".split())

_SINGULAR_PRONOUNS = _SUBJECT_PRONOUNS - {"they"}  # ("he", "she", "it")
_SUBORDINATE = frozenset("after before when while because since until unless what".split())
_AGENTS = ("ers", "ors", "ists", "ians", "ants", "ents", "ics", "als", "ities")  # plurals of people's roles


def _plural_head(subject: str, unnamed: bool) -> bool:
    """Whether a subject's head is a plural common noun ("many researchers", "police"; "Analysts" alone, at
    the sentence's start; the head before "of": not "Board of directors"); ``unnamed``: and no name stands
    in it, whom an "it" may be (not "Opec members said it saw ...")."""
    found = subject.split()
    head = found[: found.index("of")] if "of" in found[1:] else found
    word = head[-1].lower() if head and (head[-1].islower() or len(head) == 1 and (
        head[0].endswith(_AGENTS) or head[0] == "Police")) else ""  # (a group of people: not "Wells")
    if unnamed and any(w[:1].isupper() and not is_common_word(w.lower()) for w in found):
        return False
    return word == "police" or bool(word) and is_plural_noun(word)


# A verb of telling, its hearer, and the pronoun that opens what was told ("Owen has told the BBC he is
# happy", "told a Mexican television network that he expects").
_TOLD = re.compile(
    r"^(?P<subject>[^,;\"“]{0,80}?)\s+(?:told|tells)\s+(?P<hearer>(?:[\w.&'’-]+\s+){1,5}?)"
    r"(?P<that>that\s+)?(?=(?:he|she|they)\s)"
)
_TOLD_WORDS = (" told ", " tells ")
# A hearer whom the pronoun may not stand for holds one of these ("a Mexican television network"); not a
# court's or a jury's, whose "he" is mostly the accused's.
_BODIES = frozenset(
    "network newspaper paper radio television channel station magazine agency website programme program show "
    "committee parliament congress senate conference".split()
)
# Plural hearers that "they" does not stand for (else "Police told residents they must leave").
_PRESS = frozenset("reporters journalists media".split())
# Acronyms that name a person, no body ("told the PM he should resign").
_PERSONS_ACRONYMS = frozenset("PM CEO MP MEP MSP CFO COO GP DJ QC".split())
# Words of a subject whose last name is not its head ("A spokesman for Trump", "Sources close to Neymar",
# "Smith and Jones"), and a subject's title that speaks for someone else ("Prosecutor David Smith told the
# jury he ...", "Manager ... told reporters he would be out").
_NOT_A_HEAD = frozenset("for of to and with from at by close".split())
_SPEAKS_FOR = frozenset(
    "manager boss coach lawyer attorney barrister solicitor prosecutor spokesman spokeswoman spokesperson "
    "agent doctor police officer officers detective detectives chief teacher father mother".split())
# After the pronoun: what the speaker tells the hearer to do ("they must leave"), no news of his own.
_OBLIGES = frozenset("must should ought need needs".split())
# A hearer holds no pronoun and no clause's word ("told him he", "told the man who ... he").
_NOT_HEARER = frozenset(
    "him her them me us you it his their its who which what when where that this those".split())
_ENDS_POSSESSIVE = re.compile(r"['’]s?$")
_TOLD_PAST = frozenset({"was", "were"})


def _strip_told(text: str) -> str:
    """"Owen has told the BBC he is happy" -> "Owen is happy": a speaker who tells a hearer what he, she
    or they (who agree with the speaker, :func:`_agrees`) do is the line's subject, as after "said"
    (:func:`_strip_reported`). The hearer is none the pronoun may stand for: a plural ("reporters"), an
    acronym ("the BBC") or a body (:data:`_BODIES`: "a Mexican television network Televisa"), not "told
    Brown he would quit", not "the PM"; "they" only a body or the press ("told residents they" may be
    the residents); without "that", a name or one word: a noun that a clause without its "that"
    may qualify is no hearer ("told the airline | he worked for that ..."). A "he" or "she" stands for a
    name, with no possessive before it ("Musallam's family tells CNN he ..." is about Musallam). A past
    that was told stays told ("tells reporters he feared ...": "Simao feared" would be the line's own), and
    so does what the hearer is told to do ("they must leave"); a subject whose name is no head ("A
    spokesman for Trump") or who speaks for another (a manager, a lawyer, a prosecutor) keeps its frame."""
    match = _TOLD.match(text) if any(map(text.__contains__, _TOLD_WORDS)) else None
    if match is None:
        return text
    hearer = match.group("hearer").split()
    if any(w.lower() in _NOT_HEARER for w in hearer):
        return text
    pronoun = text[match.end():].split(maxsplit=1)[0]
    plural = is_plural_noun(hearer[-1].lower()) and (pronoun != "they" or hearer[-1].lower() in _PRESS)
    acronym = hearer[-1].isupper() and len(hearer[-1]) > 1 and hearer[-1] not in _PERSONS_ACRONYMS
    if not (plural or acronym or any(w.lower() in _BODIES for w in hearer)):
        return text  # "told Brown he would quit", "told residents they must leave": the hearer's
    hearer_named = all(is_capital(w[:1]) for w in hearer[hearer[0].lower() == "the" :])
    if not match.group("that") and not hearer_named and len(hearer) > 1:
        return text  # not "told the airline | he worked for that ..."
    subject = match.group("subject").split()
    while subject and subject[-1].lower() in _AUXILIARIES:
        subject.pop()  # "Owen has told" -> "Owen is"
    rest = text[match.end():].split(maxsplit=1)[1:]
    if not rest or not subject or len(subject) > 10 or subject[0].lower() in PRONOUNS or not _agrees(
            pronoun, subject[-1:]):
        return text
    lowered = {w.lower() for w in subject}
    if not (_NOT_A_HEAD.isdisjoint(lowered) and _SPEAKS_FOR.isdisjoint(lowered)):
        return text  # "A spokesman for Trump told CNN he", "Prosecutor David Smith told the jury that he"
    named = is_capital(subject[-1][:1]) and not any(map(_ENDS_POSSESSIVE.search, subject))
    if pronoun != "they" and not named:
        return text  # not "Musallam's family tells CNN he", "woman at park tells KJRH she"
    verb = next((w for w in rest[0].split() if not is_adverb(w)), "")
    if verb in _TOLD_PAST or verb in _OBLIGES or simple_past_of(verb):
        return text  # a past told stays told: "tells reporters he feared ...", not "Simao feared ..."
    return f"{' '.join(subject)} {rest[0]}"


def _strip_quotes(text: str) -> str:
    if not ('"' in text or "“" in text or "”" in text or "`" in text
            or "'" in text or "‘" in text or "’" in text):
        return text  # no mark (a str search for each: faster than the engine reads their class)
    if "," in text:
        # A short quotation's own comma is no clause's for the cut ("as 'vote now, pay later' spending plans")
        text = _QUOTED_COMMAS.sub(lambda m: m[0][:-1].replace(", ", " ") + m[0][-1], text)
    opened = False

    def mark(match: re.Match) -> str:
        nonlocal opened
        char, at = match.group(0), match.start()
        if char in "'’" and at > 0 and text[at - 1] in "sS" and not opened:
            return char  # a possessive: "Douglas' son"
        if char in "'‘’":
            opened = at == 0 or not text[at - 1].isalnum()
        return " "

    return _QUOTES.sub(mark, text)


def _strip_articles(text: str) -> str:
    """Drop articles, except inside a name: between a capitalised word (or "X of") and a capitalised one."""
    tokens = text.split(" ")
    last = len(tokens) - 1
    if _ARTICLE_FORMS.isdisjoint(tokens[:last]):
        return text  # no article before the last word: nothing to drop (most lines once cut)
    kept = []
    for i, token in enumerate(tokens):
        if token not in _ARTICLE_FORMS or i == last:
            kept.append(token)  # not an article, or the last word: kept (the quick test first)
            continue
        following = tokens[i + 1].lower().rstrip(".,;:!?")
        # "their own statement" keeps its "their", "a few" its "a" ("few MPs" says the opposite), a
        # rate its "a" ("$47 a barrel"), "in the case" its "the" ("in case" says another thing)
        if following != "own" and not (token.lower() in ("a", "an") and (
                following in _QUANTITIES or following in _UNITS and kept and _AMOUNT.search(kept[-1])
                or following in _MEASURES and kept and kept[-1].lower() in _APPROXIMATING
                or kept and kept[-1].lower() in _DEGREE_ARTICLES)) and (
                following != "case" or kept[-1:] != ["in"]) and not (
                following in _KINDS and tokens[i + 2 : i + 3] == ["of"] and kept):  # (not the line's first)
            after = tokens[i + 1][:1]
            in_name = token.lower() == "the" and kept and is_capital(after) and (
                tokens[i + 1].rstrip(".,;:!?") in _NAMED_WITH_THE  # "in The Hague"
                and not _names_a_body(tokens, i + 1)  # (not "the States of Jersey", "the States Assembly")
                or is_capital(kept[-1][:1])
                or (kept[-1] in _NAMES_THE_LINKS and len(kept) > 1 and is_capital(kept[-2][:1]))
                or (kept[-1] in _NAME_LINKS and len(kept) > 1 and is_capital(kept[-2][:1])
                    # "Institute for the Study of War"; a title's own capital: "New York and The Fog"
                    and (token == "The" or _runs_on_to_of(tokens, i + 1)))
            ) or _titles_a(token, kept, after)
            # "his" goes as "its" does ("Brown to meet golden rule"), but not in a clause of his own
            # ("he expects his pontificate will be brief"), after "and" ("Jackson and his new bosses"),
            # before _HIS_KEPT ("his or her", "died in his sleep") nor a decade ("in his 40s")
            own = token.lower() == "his" and (
                kept[-1:] == ["and"] or following in _HIS_KEPT or not _PERSONS.isdisjoint(kept))
            # ... and a possessive before a decade ("in their 60s")
            own = own or token.lower() in _POSSESSIVES and _DECADE.match(following) is not None
            # "one of its giant dams", "none of her friends": a part's "of" keeps its possessive ("one of
            # giant dams" is no English)
            own = own or (token.lower() in _POSSESSIVES and len(kept) > 1 and kept[-1] == "of"
                          and kept[-2].lower() in _PARTS)
            # A noun before a possessive ends its phrase: the possessive opens a clause's subject ("the
            # brilliant way his wife has taken on ...", not "way wife") or a second object.
            own = own or (token.lower() in _POSSESSIVES and len(kept) > 1 and kept[-1].isalpha()
                          and kept[-1].islower() and kept[-1] not in _WH_PRONOUNS
                          and is_noun(kept[-1]) and not may_be_verb(kept[-1]))
            # "made its way", "find their way": a verb's way keeps its possessive ("makes way" says another
            # thing); not a preposition's ("on its way" -> "on way")
            own = own or (following == "way" and token.lower() in _POSSESSIVES and kept[-1:] != []
                          and kept[-1].islower() and may_be_verb(kept[-1]) and kept[-1] not in _BEFORE_WAY)
            if not in_name and not own:
                if _counted(kept, tokens[i + 1 : i + 1 + _HEAD_REACH]):
                    kept.pop()  # "two of the boys" -> "two boys", not "two of boys"
                continue
        kept.append(token)
    return " ".join(kept)


def _names_a_body(tokens: list[str], at: int) -> bool:
    """Whether "States" at ``at`` opens a name of its own ("the States of Jersey", "the States Assembly"),
    whose "the" goes as the other names' does: only "the States" alone is the country."""
    if tokens[at].rstrip(".,;:!?") != "States" or tokens[at] != tokens[at].rstrip(".,;:!?"):
        return False
    after = tokens[at + 1] if at + 1 < len(tokens) else ""
    return after == "of" or after[:1].isupper()


_BEFORE_WAY = frozenset("on in by under out of".split())  # (words that may be verbs: "under", "out")
# Places whose "The" is part of the name ("in The Hague", "over the States").
_NAMED_WITH_THE = frozenset({"Hague", "Gambia", "States"})


def _titles_a(token: str, kept: list[str], after: str) -> bool:
    """Whether a capital "A" or "An" after the line's first word, between two capitalised words, is a
    title's own ("I'm A Celebrity ... Get Me Out Of Here"): a sentence writes no such article in capitals
    but a title's; not in a line written in capitals ("KILLED IN A BLAST"), nor before a number ("Selection
    Sunday A 10-member panel": the sentence's own)."""
    return token in ("A", "An") and bool(kept) and is_capital(kept[-1][:1]) and after.isupper() and not (
        kept[-1].isalpha() and kept[-1].isupper())


def _runs_on_to_of(tokens: list[str], k: int) -> bool:
    """Whether the capitalised words from ``tokens[k]`` (one or two) go on to "of": the middle of a name
    ("the Study of War", "the Prisoner of Azkaban", "the Ethical Treatment of Animals")."""
    for j in (k + 1, k + 2):
        if j < len(tokens) and tokens[j] == "of":
            return True
        if j >= len(tokens) or not is_capital(tokens[j][:1]):
            return False
    return False


# Before "his", a clause of his own, or another person ("She married his brother").
_PERSONS = frozenset("he He she She her Her".split())
# After "his": "or", "and", "to" and "alone" ("his or her", "his and her", "his to lose", "his alone"), a
# superlative ("at his best"), and the nouns of idioms that want it ("in his sleep", "at his word").
_HIS_KEPT = frozenset(
    "or and to alone best worst peak depth own life sleep word plate heart chest sights feet way mind head "
    "hands hand eyes name".split()
)
_DECADE = re.compile(r"\d+s$|(?:twen|thir|for|fif|six|seven|eigh|nine)ties$")  # "a man in his 40s"
# Quantities that keep their "a": without it "a few" and "a little" say the opposite, "a lot" is no English.
_QUANTITIES = frozenset("few little lot bit".split())
# Words of degree whose "a" stays ("never did such a thing", "quite a surprise": "such thing" is no English).
_DEGREE_ARTICLES = frozenset("such quite rather".split())
# Nouns whose article stays before their "of" ("avoid the kind of mistakes": "kind of" alone reads "kinda").
_KINDS = frozenset("kind sort type".split())
# Units of a rate that keep their "a" after an amount: "$47 a barrel", "twice a day", "£5 an hour".
_UNITS = frozenset("barrel share day week month year hour minute second head gallon litre liter tonne ton pound "
                   "kilo mile night person game season".split())
_AMOUNT = re.compile(r"\d|^(?:once|twice|times)$")
# An amount's "a" after a word that measures it ("after only a year", "less than a week", "nearly a third",
# "about a dozen", "at least a dozen"): without it the line reads garbled ("more than year"). (Not after
# "half", often a noun: "in second half | a week after ...".)
_APPROXIMATING = frozenset("than only just nearly almost about around roughly barely some over least".split())
_MEASURES = frozenset("year month week day hour minute decade century fortnight dozen score third quarter "
                      "fifth tenth half handful fraction million billion thousand hundred mile".split())
# Numbers that count a part of a group ("two of the boys"); "one of the men" wants a singular.
_COUNTS = frozenset("two three four five six seven eight nine ten both".split())
_WH_PRONOUNS = frozenset({"what", "that", "which", "whatever"})  # no noun a possessive could follow
_POSSESSIVES = frozenset({"its", "their", "his"})  # the possessive determiners among _ARTICLES
# Words of a part that keep the possessive after their "of" (a count's "of" goes instead: "two boys").
_PARTS = frozenset("one some many most all each any none several".split())


def _counted(kept: list[str], following: list[str]) -> bool:
    """Whether the article or possessive dropped before the words ``following`` closes a count's "of"
    ("two of the boys", "500 of its software patents"), which then goes too: a number of a plural noun
    reads without it, "two of boys" does not; not before another count ("10 of their last 11")."""
    if not (len(kept) > 1 and kept[-1] == "of" and (kept[-2].lower() in _COUNTS or kept[-2].isdigit())):
        return False
    first, second = (following + ["", ""])[:2]
    if not (first.isalpha() and first.islower()):
        return False
    # Its plural noun, or a noun that modifies it ("software patents"; not "largest", "six", "many")
    return is_plural_noun(first) or (
        is_noun(first) and not is_modifier(first) and first not in _COUNTS and first not in _QUANTIFIERS
        and second.isalpha() and second.islower() and is_plural_noun(second))


_HEAD_REACH = 2  # words after a count's "of" read for its plural noun ("500 of its software patents")
_QUANTIFIERS = frozenset("many much few several most more less other".split())




def is_capital(char: str) -> bool:
    return char.isupper() or char.isdigit()


def _coordinated(match: re.Match) -> str:
    """"has redrawn the lines and warned" -> "... and warns": a participle coordinated with a perfect
    takes the tense the perfect is given, so the two verbs agree."""
    aux, first, between, second = match.group(1, 2, 3, 4)
    before = match.string[max(0, match.start() - 20) : match.start()].split()[-1:]
    if before and before[0].lower() in _MODALS:
        return match.group(0)  # "should have spotted and avoided": a modal's perfect is no news's present
    if _relatives_own_perfect(match.string, match.start()):
        return match.group(0)  # "gunman who has shot and killed": the relative's perfect stays whole
    lemma, other = participle_of(first), participle_of(second)
    last = between.split()[-1:]  # (none: "have shot and killed")
    if lemma is None or other is None or last and participle_of(last[0]) or aux.lower() == "had" or (
            not last and "been" in (first.lower(), second.lower())):
        return match.group(0)  # "had": the past is the form both already have; "has been and gone"
    present = present_of(other, "VBZ" if aux.lower() == "has" else "VBP")
    return f"{aux} {first}{between} and {present}" if present else match.group(0)


def _relatives_own_perfect(text: str, start: int) -> bool:
    """Whether the perfect at ``start`` is a relative clause's after the line's own verb ("police arrest man
    who | has spent 10 years in prison"): no headline's present, which would tell it as happening now. A
    relative in the subject, before the line's verb, takes the present as the line does ("Father who
    campaigns for years ... awarded OBE")."""
    before = text[:start].split()
    return bool(before) and before[-1].lower() in _RELATIVES and any(
        w.islower() and is_tensed(w) for w in before[1:-1])


def _after_a_relatives_verb(text: str, start: int) -> bool:
    """Whether the auxiliary at ``start`` follows a relative clause with its own verb in the past ("aircraft
    that crashed | was ..."): without the auxiliary the two pasts would run together."""
    before = [w.lower() for w in text[max(0, start - 60) : start].split()]
    at = max((i for i, w in enumerate(before) if w in ("that", "who", "which")), default=None)
    return at is not None and any(simple_past_of(w) for w in before[at + 1 :])


def _kept_auxiliary(text: str, start: int) -> bool:
    """Whether the auxiliary at ``start`` follows a pronoun or a relative, whose clause is not the
    headline's own: there headlinese keeps it."""
    before = text[max(0, start - 12) : start].split()[-1:]
    acronym = bool(before) and len(before[0]) > 1 and before[0].isupper()  # "US" is no "us"
    if bool(before) and before[0].lower() in _KEEPS_AUXILIARY and not acronym:
        return True
    # A clause that a wh-word opens a few words before: "debate about how the death penalty is administered",
    # "company whose four employees were kidnapped" (not "man whose son died | has been awarded": the
    # "whose" clause had its verb).
    opened = [w.lower() for w in text[max(0, start - 40) : start].split()[-_WH_REACH:]]
    if "whose" in opened[:-1]:
        last = max(i for i, w in enumerate(opened) if w == "whose")
        if not any(is_tensed(w) for w in opened[last + 1 :]):
            return True
    if not _WH_WORDS.isdisjoint(opened[:-1]):
        return True
    if _RELATIVE_SAID.search(text, max(0, start - 40), start):
        return True  # "two men who the group said | were suspected spies": the relative's own verb
    if ensured_before(text[:start]):
        return True  # "to check | the election is fairly run": the state a verb of ensuring wants
    # ... or further back, with no verb between ("scrutinise how £2bn in licence fee money is spent").
    window = text[max(0, start - 80) : start]
    if not ("how" in window or "why" in window or "whether" in window):
        return False  # (the quick test: most auxiliaries have none before them)
    opened = window.split()[-_WH_FAR:]  # (a title's "Why We Fight" is no clause)
    last = max((i for i, w in enumerate(opened) if w in _WH_WORDS), default=None)
    if last is None or opened[last + 1 : last + 2] == ["to"]:
        return False  # none, or an infinitive ("whether to allow")
    # No verb, clause mark or join between ("how the plan worked, and the budget | was cut")
    return not any(w[-1] in ",;:" or w in ("and", "but") or is_tensed(w) and may_be_verb(w)
                   for w in opened[last + 1 :])


def ensured_before(before: str, in_subject: bool = True) -> bool:
    """Whether the words ``before`` a verb (with the space after them) end on a verb of ensuring and the
    subject of the clause it wants, with no verb or clause mark between ("to ensure | future EU budgets |
    are limited", "check | election | is fairly run"): the clause keeps its auxiliary, whose passive
    would read as a headline's own ("ensure budgets limited to 1%"), and is no main clause.

    Not a noun "check" ("security check on building | was completed", "checks and a man | was arrested"),
    nor words with a verb of their own between ("made sure nobody saw him and money | was hidden"), nor,
    unless ``in_subject`` is False (the line's verb known to come before), an infinitive inside the
    subject, whose later auxiliary is the line's own ("Measures to ensure passenger safety | were
    announced")."""
    tail = before[-_ENSURED_REACH:]
    shift = len(before) - len(tail)
    # (each verb of ensuring, the last first: "new checks will ensure | food", "ensure checks on food | are")
    for verb in reversed(list(_ENSURING.finditer(tail))):
        if _ENSURED_WORDS.fullmatch(tail, verb.end()) and _ensures(
                before[: shift + verb.start()].split(), verb[0], tail[verb.end() :].split(), in_subject):
            return True
    return False


def _ensures(opened: list[str], verb: str, words: list[str], in_subject: bool) -> bool:
    """Whether the verb of ensuring ``verb`` after the words ``opened``, with ``words`` after it up to the
    auxiliary, wants the clause the auxiliary is in (:func:`ensured_before`)."""
    if verb in ("check", "checks") and not (
            words[:1] == ["that"] or opened and opened[-1].lower() in _BEFORE_CHECKING):
        return False
    if verb.lower() == "the way" and (opened and opened[-1].lower() in _WAYS_OWN_PHRASE or words[:1] and (
            words[0].lower() in _WAYS_OWN_PHRASE or words[0].lower() in _WAYS_ONWARD)
            or not _ENSURING_CLAUSE_OPENERS.isdisjoint(words)):
        # an idiom's way ("Along the way | the team | was beaten", "led the way as"), or a way that is the
        # subject itself ("The way | forward | was agreed", "The way into the city was blocked")
        return False
    if any(w in _ENSURED_VERBS or w.islower() and surely_tensed(w) or w == "but" for w in words):
        return False
    return not (in_subject and opened and opened[-1].lower() == "to" and _opens_the_line(opened[:-1]))


def _opens_the_line(words: list[str]) -> bool:
    """Whether ``words`` before an infinitive ("Measures | to ensure", "A plan | to make sure") are a
    noun phrase that opens the line's clause, with no verb: the infinitive is then inside its subject."""
    start = max((i + 1 for i, w in enumerate(words)
                 if w[-1:] in ",;:" or w.lower() in _ENSURING_CLAUSE_OPENERS), default=0)
    words = words[start:]
    if not words or any(w.lower() in _ENSURED_VERBS or w.lower() == "to" or w.islower() and surely_tensed(w)
                        for w in words):
        return False
    last = words[-1].lower()
    if len(words) == 1 or not may_be_verb(last):
        return True  # "Measures | to", "The decision | to"
    before = words[-2]  # ("new plans", "government's plans"; not "watchdog wants", a verb after its noun)
    return before.lower() in _OPENING_DETERMINERS or before.endswith(("'s", "’s")) or (
        before.islower() and may_be_adjective(before) and not is_noun(before))


_WH_WORDS = frozenset("how why whether".split())
# A verb of ensuring and up to six words of its clause's subject (:func:`ensured_before`); "the way" wants its
# clause the same ("damaging the way | the UK | is governed", not "way UK governed").
_ENSURING = re.compile(
    r"\b(?:ensur(?:e|es|ed|ing)|(?:make|makes|made|making) sure|check|checks|checking|[Tt]he way)\b")
_WAYS_OWN_PHRASE = _NAME_LINKS | frozenset(
    "along by out all into through lead leads led leading pave paved paving show showed shows".split())
_WAYS_ONWARD = frozenset("forward forwards ahead back home up down across".split())  # ("the way forward")
_ENSURED_WORDS = re.compile(r"(?: (?:that )?[\w'’-]+){1,6} $")
_ENSURED_REACH = 120  # characters before the auxiliary searched for the verb of ensuring
# Words before "check" that make it a verb ("to check", "will check"), not a noun ("spot checks").
_BEFORE_CHECKING = frozenset(
    "to will would could should might may must can shall not never also do does did i we you they he she "
    "it".split())
# Verbs, auxiliaries and modals: one before the verb of ensuring, or between it and the auxiliary, is a verb.
_ENSURED_VERBS = frozenset("is are was were be been has have had will would can could shall should may might "
                           "must do does did".split())
_ENSURING_CLAUSE_OPENERS = frozenset("that and but as after before while when because if although".split())
_OPENING_DETERMINERS = frozenset("a an the this that these those its their his her our my your new".split())
# A relative with a speaker of its own before the auxiliary ("men who the group said | were ...").
_RELATIVE_SAID = re.compile(
    r"\b(?:who|which|that) (?:the )?[\w'’-]+ "
    r"(?:said|says|say|believe|believes|believed|claim|claims|claimed) $")
# Words before a pronoun that leave it the subject of a main clause ("but he has made ...").
_MAIN_CLAUSE_OPENERS = frozenset("now but and so then yet still today".split())
_WH_REACH = 4  # words before the auxiliary searched for the clause's opener
_WH_FAR = 9  # ... and the words searched for one with no verb between


def _joins_a_participle(text: str) -> bool:
    """Whether an "and" in ``text`` joins a participle or a perfect's auxiliary to the verb before it
    ("misappropriated and disseminated", "split with his girlfriend and been fired")."""
    at = text.find(" and ")
    following = text[at + 5 :].split(maxsplit=1)[:1] if at >= 0 else []
    return bool(following) and (following[0] in ("been", "has", "have", "had")
                                or participle_of(following[0]) is not None)


def _strip_would(text: str) -> str:
    """A proposal's "that would" as its infinitive, as a headline writes it: "a bill that would allow Utah
    to use firing squads" -> "a bill to allow ..."; only before a verb of what a proposal is for (not what it
    "would cost" or "would mean", which "to" would read as its aim), and not a bill that is paid."""
    if " that would " not in text:
        return text

    def purpose(match: re.Match) -> str:
        before = text[: match.start()].split()[-1:]  # ("hospital bills that would bankrupt families")
        paid = match[1].startswith("bill") and bool(before) and before[0].lower() in _PAID
        return match[0] if paid or match[2] not in _AIMS else f"{match[1]} to {match[2]}"

    return _PROPOSAL_WOULD.sub(purpose, text)


# Nouns of what is put forward to be done: what one "would" do is its purpose (not a "son-in-law").
_PROPOSALS = "bills?|laws?|legislation|measures?|plans?|proposals?|amendments?|rules?"
_PROPOSAL_WOULD = re.compile(rf"(?<![\w-])({_PROPOSALS}) that would ([a-z]+)\b")
# What a proposal is for: the verbs a "to" states as its aim ("bill to allow", "legislation to force").
_AIMS = frozenset(
    "allow permit let make force require oblige ban bar block prevent stop end outlaw prohibit "
    "restrict limit cap curb cut raise reduce increase extend expand give grant create set establish "
    "introduce impose abolish scrap repeal overturn replace change reform protect legalise legalize "
    "criminalise criminalize roll open close fund pay provide strengthen tighten ease lift remove "
    "define merge split help turn govern build bring move sell shut rename redraw return".split())
_PAID = frozenset("energy fuel gas electricity water phone heating hospital medical household".split())


def _strip_auxiliaries(text: str) -> str:
    def perfect(match: re.Match) -> str:
        aux, adverb, been, manner, word = match.groups()
        before = text[max(0, match.start() - 20) : match.start()].split()[-1:]
        if before and (before[0].lower() in _MODALS or before[0].lower().endswith("n't")):
            return match.group(0)  # "could have eased": the modal needs its infinitive
        if adverb and not (adverb in _PERFECT_ADVERBS or adverb.islower() and is_adverb(adverb)) or (
                been and adverb and adverb not in _PASSIVE_ADVERBS):
            return match.group(0)  # "has family ties"; "has finally been shamed" (its passive is kept)
        if adverb and (aux.lower() == "had"
                       or _joins_a_participle(text[match.end() : match.end() + _JOIN_REACH])):
            return match.group(0)  # "had recently split ... and been fired", "misappropriated and"
        # "has again denied" -> "again denies": the adverb stays before the verb in its headline form; one
        # that dates it gives the past ("has recently signed" -> "recently signed")
        dated = adverb is not None and adverb.lower() in _DATING
        adverb = f" {adverb}" if adverb else ""
        if been:
            # "has been jailed" -> "jailed" (headline passive); "has been a success" stays, and so does a
            # relative clause's or a pronoun's ("man who has been jailed").
            passive_ = participle_of(word)
            if _kept_auxiliary(text, match.start()) or manner and not is_adverb(manner):
                return match.group(0)
            manner = f" {manner}" if manner else ""  # "has been deeply shaken" -> "deeply shaken"
            written = f"{adverb}{manner} {word}"  # "have reportedly been arrested" -> "reportedly arrested"
            return written if passive_ and passive_ not in INTRANSITIVE else match.group(0)
        lemma = participle_of(word)
        if lemma is None:
            return match.group(0)  # "has record profits": "has" is the verb
        opener = text[: match.start()].split()[-2:-1]  # the word before the pronoun
        inside = (before and before[0].lower() in PERSONAL and bool(opener)
                  and opener[0].lower().strip(",") not in _MAIN_CLAUSE_OPENERS)  # not "Now it has become"
        if aux.lower() != "had" and _relatives_own_perfect(text, match.start()):
            return match.group(0)  # "arrest man who has spent 10 years in prison": the relative's own perfect
        if inside and aux.lower() != "had":
            # "denies reports that she has pulled out": a clause inside the line, whose perfect is
            # no headline's present ("that she pulls out"); its pluperfect is its past, below
            return match.group(0)
        after = text[match.end() : match.end() + 60].split()[:6]
        if dated or aux.lower() == "had" or _EARLIER.intersection(w.lower().strip(",;:.") for w in after):
            # (the participle itself where it is a simple past too: "had lied" -> "lied", not "lay")
            past = word if simple_past_of(word.lower()) == lemma else past_of(lemma) or word
            return f"{adverb} {past}"  # "has ruled Nigeria before": "ruled ... before"
        tag = "VBZ" if aux.lower() == "has" else "VBP"
        present = present_of(lemma, tag)
        manner = adverb.endswith("ly") and not may_be_adjective(present or "")  # ("drastically step up")
        if adverb and present and tag == "VBP" and may_be_noun(present) and not manner:
            return match.group(0)  # "have also prompted": not "also prompt", a verb the form leaves in doubt
        return f"{adverb} {present}" if present else match.group(0)

    low = f" {text.lower()} "
    if " has " in low or " have " in low or " had " in low:
        if " and " in low:
            text = _PERFECT_AND.sub(_coordinated, text)
        text = _PERFECT.sub(perfect, text)
    if not (" is " in low or " are " in low or " was " in low or " were " in low):
        return text
    # "is to stand" -> "to stand"; not in a clause whose subject is a pronoun or a relative ("whether
    # he is to be offered", "man who is to stand").
    if "is to " in low or "are to " in low:  # (single spaces: write_headlinese's text)
        text = _IS_TO.sub(lambda m: m[0] if _kept_auxiliary(text, m.start()) else m[1], text)
    def passive(match: re.Match) -> str:
        lemma = participle_of(match.group(3))
        adverb = match.group(2)
        if lemma is None or lemma in INTRANSITIVE or match.group(1) or adverb and not is_adverb(adverb):
            return match.group(0)
        if _NO_PASSIVE.match(text, match.start(3)):
            return match.group(0)  # "is used to controlling games", "is headed home": an adjective, no passive
        # After a pronoun the line is not the headline's own clause, and "he was spat at" would
        # read "he spat at"; after a relative, "man who is shown" would read "man who shown": the
        # passive keeps its auxiliary there.
        if adverb and _after_a_relatives_verb(text, match.start()):
            return match.group(0)  # "aircraft that crashed was deliberately brought down": two verbs apart
        kept = _kept_auxiliary(text, match.start())
        return match.group(0) if kept else f" {adverb} {match.group(3)}" if adverb else f" {match.group(3)}"

    return _PASSIVE.sub(passive, text)


# A writer's aside of hedge or link words between commas: ", at least temporarily,", ", however,", ", of
# course,".
_ADVERB_ASIDE = re.compile(
    r",\s+(?:(?:at\s+least|at\s+most|for\s+now|in\s+turn|of\s+course)(?:\s+[a-z]+ly)?|[a-z]+ly|however|"
    r"meanwhile|though|too|also|instead|therefore|nonetheless|nevertheless),\s+(?=[a-z])"
)


def _strip_verbs_aside(text: str) -> str:
    """``text`` without a phrase between commas right after its verb ("Lubitz seemed, in the words of
    those who knew him, normal" -> "Lubitz seemed normal"; "The company will, according to analysts, cut
    jobs"): the clause goes on past it, and a cut at its first comma would leave the verb without what it
    says. Not in a clause a conjunction opens ("When he arrived, in the evening, police ...")."""
    if ", " not in text:
        return text
    return _VERBS_ASIDE.sub(_verbs_aside, text)


def _verbs_aside(match: re.Match) -> str:
    before, aside = match.string[: match.start()].split(), match["aside"].split()
    verb = before.pop() if before else ""
    if not (verb.isalpha() and verb.islower()):
        return match[0]
    before = [w.lower() for w in before]
    if not before or not (verb in _LINKING_VERBS or surely_tensed(verb)) or any(
            w in _OPENS_A_CLAUSE for w in before) or "and" in aside:
        return match[0]  # (nor a list's item: "confirmed, with two in Cuyahoga and one in Medina, Lorain")
    # Nor a list's first item ("reported, in Guinea, | Liberia and Sierra Leone"), nor an attribution's
    # comma ("killed, in Helmand, | the Ministry of Defence said").
    rest = match.string[match.end() :].split(",", 1)[0].split()
    listed = not _JOINS.isdisjoint(rest) and all(w in _JOINS or is_capital(w[:1]) for w in rest)
    if listed or not _SAYS.isdisjoint(rest[:_SAID_REACH]) or rest[:1] == ["according"]:
        return match[0]
    # A verb of its own makes it a clause ("Of the injured, at least 57 were in care,"), unless a relative's.
    relative = next((i for i, w in enumerate(aside) if w in _RELATIVES), len(aside))
    if any(surely_tensed(w) for w in aside[1:relative]):
        return match[0]
    following = match.string[match.end() :].split(maxsplit=1)[:1]
    # (a participle's clause after it keeps its comma: "triumphed, after his 11th match point, winning ...")
    participle = following and following[0].endswith("ing") and verb not in _BE  # ("was | caring for")
    return ", " if participle else " "


# A phrase that a preposition opens between commas (after a verb, :func:`_verbs_aside`; the pattern opens on
# the comma, which the engine finds fast).
_VERBS_ASIDE = re.compile(
    r",\s+(?P<aside>(?:according\s+to|in|by|at|on|for|under|despite|after|among)"
    r"\s[^,;:\"“”()]{2,60}?),\s+(?=[\w\"“])")
# Verbs whose complement an aside may hold off: the auxiliaries, the copulas and their kind, saying.
_LINKING_VERBS = frozenset(
    "is are was were will would could should can may might must has have had seemed seems appeared appears "
    "became becomes remained remains said says told".split())
# Words that open a clause whose comma an aside after its verb may be ("When he arrived, in the evening,").
_OPENS_A_CLAUSE = frozenset(
    "when if as after before because while although though since until unless once whether where who which "
    "that".split())
_RELATIVES = frozenset({"who", "which", "that", "whom", "whose"})
_JOINS = frozenset({"and", "or"})
_SAID_REACH = 5  # words after the aside searched for an attribution's verb
_BE = frozenset("is are was were".split())


def _strip_billing(text: str) -> str:
    """``text`` without a free relative that only bills what follows ("playing what has been billed as
    the first ever concert broadcast by phone" -> "playing the first ever concert ..."): the line keeps
    its room for the point. Not a hedge ("what is believed to be"), which the line must keep."""
    return _BILLING.sub("", text) if "what " in text else text


_BILLING = re.compile(
    r"\bwhat\s+(?:is|are|was|were|has\s+been|have\s+been|had\s+been)\s+"
    r"(?:billed|described|dubbed|hailed|touted)\s+as\s+")


def _strip_participles_aside(text: str) -> str:
    """``text`` without a participle's phrase between its subject and its verb ("An officer, responding to
    reports of a suspicious person, shot and killed an unarmed man" -> "An officer shot and killed ..."):
    a subject of a few words with no verb, an -ing phrase with no verb of its own, then a past or a verb
    with a tense that no noun could be."""
    if "ing " not in text:
        return text
    match = _PARTICIPLES_ASIDE.match(text)
    if match is None or match["participle"] in _PREPOSITIONS_IN_ING or not may_be_verb(match["participle"]):
        return text
    if match["participle"] in _WHAT_IT_CARRIES:
        return text  # the aside is the news: "A plane, carrying 162 people, crashed", "Man, posing as ..."
    verb, following = match["verb"], text[match.end() :].split(maxsplit=1)[:1]
    if not (surely_tensed(verb) or simple_past_of(verb)) or following[:1] in (["by"], ["as"]):
        return text  # (nor another aside's participle: "..., described as about 6ft tall, fled")
    subject = match["subject"].split()
    if subject[0].lower() in _NO_SUBJECT or any(w.islower() and is_tensed(w) for w in subject) or any(
            surely_tensed(w) or w in _RELATIVES for w in match["aside"].split()):
        # an opening phrase, not the subject ("Last month, housing starts, boosted by ..."), a clause before
        # it, or one of its own ("responding to reports that were ...")
        return text
    return f"{match['subject']} {text[match.start('verb'):]}"


# Not a preposition's phrase: "according to court documents" is whose word it is.
_PREPOSITIONS_IN_ING = frozenset(
    "according including excluding regarding concerning notwithstanding barring pending".split())
# A participle whose phrase tells what the subject carries or passes for, the news of the verb ("A bus,
# carrying 40 pilgrims, crashed"; "A man, posing as a police officer, stole ...").
_WHAT_IT_CARRIES = frozenset(
    "carrying containing transporting housing posing fleeing banning working bearing".split())
# What opens a phrase before the subject, not the subject itself ("Last month, ...", "In March, ...").
_NO_SUBJECT = frozenset("in on at last this next after before during across since for by from with".split())
# A subject, a comma, an -ing phrase, a comma, a lower-case word (the verb, checked in code).
_PARTICIPLES_ASIDE = re.compile(
    r"(?P<subject>[A-Z][^,;:\"“”()]{0,50}?),\s+(?P<aside>(?P<participle>[a-z]+ing)\s[^,;:\"“”()]{2,90}?),\s+"
    r"(?P<verb>[a-z]+)\b")


def _strip_adverb_aside(text: str) -> str:
    return _ADVERB_ASIDE.sub(_adverb_aside, text) if "," in text else text


def _adverb_aside(match: re.Match) -> str:
    """The aside gone, where its word in -ly is an adverb (", temporarily,"; not the list's ", family,")."""
    last = match[0].rstrip().rstrip(",").split()[-1]
    return " " if not last.endswith("ly") or is_adverb(last) else match[0]


def _strip_third_opening(text: str) -> str:
    """A third opening stripped ("Today, | 20 years after it came into force, | with 26 states taking part,
    Schengen has altered ..."), where what is left opens on its subject and has a verb of its own (not
    "is in desperate shape", "36, mother of two in Castro Valley", "and open up our first shop")."""
    stripped = strip_opening(text)
    if stripped == text:
        return text
    opening = text[: len(text) - len(stripped)].split()
    if opening and (opening[0].lower() == "during" or opening[0].lower() == "in" and len(opening) > 1 and all(
            w[:1].isupper() for w in opening[1:])):
        return text  # the news's own occasion or place stays: "During heatwave, ...", "In Baghdad, ..."
    found = stripped.split()
    first = found[0].lower().strip(",")
    if first in _CONJUNCTIONS or first[:1].isdigit() or first.islower() and is_tensed(first):
        return text
    return stripped if any(w.islower() and surely_tensed(w) for w in found[1:]) else text


_CONJUNCTIONS = frozenset("and or but nor".split())


_STEPS = (
    strip_wire, _strip_label, _strip_background, _strip_dashed, _strip_asides, _strip_verbs_aside,
    _strip_participles_aside, _strip_attribution, strip_opening,
    _strip_reported,
    strip_opening,
    _strip_third_opening,
    _strip_adverb_aside,  # (after the openings, whose comma it would take: "This year, however, ...")
    _strip_times, _strip_reported_again, _strip_told, _strip_quotes, _strip_billing, _strip_would,
    _strip_auxiliaries,
    _strip_articles,
)
# The same, keeping a name's apposition at the opening (:func:`write_headlinese`'s ``apposed``).
_APPOSED_STEPS = tuple(partial(_strip_asides, opening=False) if step is _strip_asides else step
                       for step in _STEPS)
