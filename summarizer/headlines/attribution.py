"""A closing attribution (", officials said", ", according to ..."): dropped, or cut to its speaker.

A headline tells a fact without its source, but a forecast, a call, a charge or a judgement is
someone's, and says whose (:func:`is_someones_claim`): "The Aviator will win best film, according to
the UK's leading movie critics" -> "..., according to critics"; "Schools must improve ..., says the
education watchdog" -> "..., says education watchdog"; "..., the TUC has said" -> "..., TUC says";
"The government is being naive ..., a senior EU politician says" -> "..., senior EU politician says"
(without it the paper would call the government naive). A finding is its study's, fact or judgement:
"..., a new study has found" -> "..., study finds" (not figures: "..., new figures show" goes). What a
court hears is a charge, and says where it was heard: "..., a trial in Norway has heard" -> "..., trial
hears", "..., the court was told" -> "..., court told" (the sentence's own verb: "..., it was claimed in
court" keeps "it was claimed", every word of a headline being the article's). A ruling is a judgement,
and says who ruled: "..., the Law Lords have ruled" -> "..., Law Lords rule".
:data:`KEPT_ATTRIBUTION` is such a speaker closing a line, which :mod:`.cut` keeps whole.
"""

from __future__ import annotations

import re

from .background import DAYS
from .openings import closes_opening, strip_opening, tensed_in
from .times import MONTHS
from .trim import PEOPLES_ADJECTIVE
from .wordforms import is_base_verb, is_noun, is_plural_noun, simple_past_of

__all__ = ["strip_attribution", "is_someones_claim", "is_forecast_or_charge", "closes_on_a_hearing",
           "KEPT_ATTRIBUTION", "NAME_LINKS"]

#: Small words inside a title or a name: "Lord of the Rings", "Gone with the Wind".
NAME_LINKS = frozenset("of and with in on for to from at over under".split())

_WEEKDAYS = "Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday"
_DAYS = f"{_WEEKDAYS}|today|yesterday"
_SAYING = "said|says|say|told|reported|announced|added|stated|confirmed|claimed|warned|posted|tweeted|wrote"
# (Not a verb of saying that goes on to what is said: ", Tony Blair said he had no regrets ..." is the news.)
_ATTRIBUTION = re.compile(
    rf"(?:[,;]?\s+according to\b[^,;]*|[,;]\s*[^,;]{{0,60}}?\b(?:{_SAYING})\b"
    rf"(?!\s+(?:that|he|she|they|it|we|i|there)\s+\w)[^,;]{{0,40}})\s*[.!?\"'”’]*\s*$"
)
# A claim that is someone's charge or forecast keeps its speaker: an attribution that claims or alleges,
# or a claim with a modal ("will win best film", "can still scale new heights").
# (a hearing's and a ruling's source too: ", court hears", ", Law Lords rule")
_HEARERS = "court|trial|jury|inquest|hearing|tribunal"
_RULERS = "[Cc]ourt|[Jj]udges?|[Ll]ords|[Tt]ribunal|panel"
_CLAIMED = re.compile(rf"\b(?:claimed|alleged|(?:{_HEARERS}) (?:hears|told)|(?:{_RULERS}) rules?)\b")
_FORECAST = re.compile(r"\b(?:will|would|could|can|might|may|should|must)\b")
# What is set, likely or poised to be, before a verb (not "set to music").
_SET_TO = re.compile(r"\b(?:set|likely|poised) to ([a-z]+)")
# Words that name no one after "says": a pronoun, a question ("says he is innocent", "says who").
_NO_SPEAKER = "(?:he|she|it|they|we|i|you|who|what|this|that)"
_MIN_CLAIM = 4  # words of a claim that may be someone's judgement
_SPEAKER_WORDS = 3  # a longer speaker ("the UK's leading movie critics") is cut to its noun, or dropped
# A word that describes a speaker before the name ("Tory leader Michael Howard"), not a word that
# would make the name a place or a part ("police in London said").
_DESCRIPTOR = r"(?!(?:of|in|at|for|from|with|to|on|by|near|the|a|an)\s)[^\W\d_][\w'’-]*"
# ", Netanyahu said", ", it was claimed": the speaker and the verb, without what follows them.
_NAMED_PATTERN = (rf"((?:it was (?:claimed|alleged))"
                  rf"|(?:[A-Z][\w'’.-]*\s+){{1,{_SPEAKER_WORDS}}}"
                  rf"(?:ha(?:s|ve)\s+)?(?:said|says|say|claimed))\b")
_NAMED = re.compile(rf"[,;]\s*(?:the\s+)?{_NAMED_PATTERN}")
# The same after the speaker's description (", Tory leader Michael Howard has claimed").
_SPEAKER = re.compile(rf"[,;]\s*(?:the\s+)?(?:{_DESCRIPTOR}\s+){{0,{_SPEAKER_WORDS}}}?{_NAMED_PATTERN}")
# Titles whose first word a speaker's description may hold ("Defence | Secretary Geoff Hoon").
_TITLE_WORDS = frozenset(
    "Secretary Minister President Chancellor Leader Chairman Chief Director Governor".split())
_SPOKESMEN = frozenset("spokesman spokeswoman spokesperson aide official source".split())
# ", says the education watchdog", ", said the TUC": the verb before its speaker, who closes the text.
_SPEAKER_AFTER = re.compile(
    rf"[,;]\s*(?:says|said)\s+(?:the\s+)?(?!{_NO_SPEAKER}\b)"
    rf"((?:[^\W\d_][\w'’.-]*\s?)(?:[\w'’.-]+\s?){{0,{_SPEAKER_WORDS - 1}}}?)\s*[.!?\"'”’]*\s*$"
)
# A finding's source (", a new study shows", ", research has suggested"): a study's finding is the study's,
# fact or judgement, and a headline says so (", study shows"; not figures, which tell a fact).
_RESEARCH_NOUNS = "study|survey|poll|report|research|analysis"
# Its verb in the headline's present.
_FINDING = {"shows": "shows", "showed": "shows", "shown": "shows", "suggests": "suggests",
            "suggested": "suggests", "finds": "finds", "found": "finds", "reveals": "reveals",
            "revealed": "reveals"}
# (its describing words go, a name stays: "a major Treasury analysis" -> "Treasury analysis"; no clause's
# word: "..., which the report revealed" is no source's)
_RESEARCH = re.compile(
    rf"[,;]\s+(?:(?:a|an|the)\s+)?(?:(?!(?:which|that|who|whom|what|as|when|where|while|and|but|or)\s)"
    rf"[a-z][\w'’-]*\s+){{0,2}}?(?P<name>(?:[A-Z][\w'’.-]*\s+){{0,2}})(?P<noun>{_RESEARCH_NOUNS})\s+"
    rf"(?:ha[sd]\s+)?"
    rf"(?P<verb>{'|'.join(_FINDING)})(?:\s+(?:on\s+)?(?:{_DAYS}))?\s*[.!?\"'”’]*\s*$")
# A hearing's source (", a trial in Norway has heard", ", the court was told"): what a court hears is a
# charge, told in the past, and a headline says where it was heard (", trial hears", ", court told").
_HEARING = re.compile(
    rf"[,;]\s+(?:(?:a|an|the)\s+)?(?:[A-Z][\w'’.-]*\s+){{0,2}}(?P<noun>(?i:{_HEARERS}))"
    rf"(?:\s+(?:in|at)\s+(?:the\s+)?[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*){{0,2}})?"
    rf"\s+(?:(?:has|have|had)\s+(?P<heard>heard)|(?P<hears>heard|hears)|(?:was|were|is)\s+(?P<told>told))"
    rf"(?:\s+(?:on\s+)?(?:{_DAYS}))?\s*[.!?\"'”’]*\s*$")
# What a speaker told a court (", his closest associate has told a US court", ", his lawyer told a U.N.
# tribunal Monday"): what the court was told, as a hearing's (", court told").
_TOLD_TO = re.compile(
    rf"[,;]\s+(?:[\w'’.-]+\s+){{1,{_SPEAKER_WORDS}}}(?:has\s+|have\s+)?told\s+(?:(?:a|an|the)\s+)?"
    rf"(?:[A-Z][\w'’.-]*\s+){{0,2}}(?P<noun>{_HEARERS})"
    rf"(?:\s+(?:on\s+)?(?:{_DAYS}))?\s*[.!?\"'”’]*\s*$")
# A ruling's source (", the UK's highest court has ruled", ", the Law Lords have ruled"): a judgement, told
# with who ruled, in the present (", UK's highest court rules", ", Law Lords rule").
_RULING = re.compile(
    rf"[,;]\s+(?:(?:a|an|the)\s+)?(?!(?:and|but|or|as|so|while|when|after|because)\s)"
    rf"(?P<who>(?:[\w'’-]+\s+){{0,2}}?(?:{_RULERS}))\s+(?:has\s+|have\s+)?ruled"
    rf"(?:\s+(?:on\s+)?(?:{_DAYS}))?\s*[.!?\"'”’]*\s*$")
#: A kept attribution closing a line: :mod:`.cut` keeps it whole and cuts the claim before it.
KEPT_ATTRIBUTION = re.compile(
    # one space between the speaker's words: a pattern that could split a word would backtrack without end
    rf",\s+(?:according to (?:[a-z]+|[A-Z][\w'’.-]*(?:\s[A-Z][\w'’.-]*){{0,{_SPEAKER_WORDS - 1}}}"
    rf"(?:\s[a-z]+)?\s?)"  # (a name's one noun: "according to TUC report")
    rf"|it was (?:claimed|alleged)"
    rf"|(?:{_RESEARCH_NOUNS}) (?:{'|'.join(_FINDING)})"  # (a finding's: ", study shows")
    # (a hearing's or a ruling's: ", trial hears", ", Law Lords rule")
    rf"|(?P<hearing>(?:{_HEARERS}) (?:hears|told)|(?:[\w'’-]+\s){{0,2}}(?:{_RULERS}) rules?)"
    rf"|says (?!{_NO_SPEAKER}\b)[^\W\d_][\w'’.-]*(?:\s[\w'’.-]+){{0,{_SPEAKER_WORDS - 1}}}"
    rf"|(?:[A-Z][\w'’.-]*\s+){{1,{_SPEAKER_WORDS}}}"
    rf"(?:ha(?:s|ve)\s+)?(?:said|says|say|claimed|claims|claim)"
    # an unnamed speaker as :func:`strip_attribution` writes it (", senior EU politician says")
    rf"|(?P<unnamed>(?:(?:her|his|their|its)\s)?(?:[\w'’-]+\s){{0,{_SPEAKER_WORDS - 1}}}"
    rf"(?:[a-z][\w'’-]*|(?<=\bof\s)[A-Z]+s)\s"
    rf"(?:says|say|warns|warn)))$"
)
# A quick test before the slow pattern: most sentences have no attribution at all. Substrings, not
# a pattern: the engine would try a pattern that opens on a word boundary at every character.
_SAYING_WORDS = tuple(_SAYING.split("|"))
_RESEARCH_NOUN_WORDS = tuple(_RESEARCH_NOUNS.split("|"))
_ATTRIBUTION_WORDS = ("according", *_SAYING_WORDS)
_HEARER_WORDS = ("heard", "hears", "told")


def closes_on_a_hearing(line: str) -> bool:
    """Whether ``line`` closes on what a court heard or ruled (", trial hears", ", Law Lords rule"), as
    :func:`strip_attribution` writes it."""
    if "," not in line or not any(map(line.__contains__, (" hears", " told", " rule"))):
        return False  # (the quick test: most lines have none)
    found = KEPT_ATTRIBUTION.search(line)
    return found is not None and found["hearing"] is not None


def strip_attribution(text: str) -> str:
    """The closing attribution dropped, or cut to its speaker when it names one ("..., Jack Straw
    said") or the claim is someone's forecast or charge (:func:`is_someones_claim`): "The Aviator
    will win best film, according to the UK's leading movie critics" -> "..., according to critics";
    a finding's source to its noun, in the present ("..., a new study has found" -> "..., study finds");
    "... overstated earnings, it was claimed in court" -> "..., it was claimed". :mod:`.cut` keeps a
    named speaker only when the claim fits whole beside it (:data:`KEPT_ATTRIBUTION`)."""
    # An attribution holds no comma nor semicolon but its first character: it starts at the text's last
    # one or after it, and only that tail is read.
    start = max(text.rfind(","), text.rfind(";"), 0)
    if any(map(text[start:].__contains__, _RESEARCH_NOUN_WORDS)):
        found = _RESEARCH.match(text, start)
        if found and not closes_opening(text, start):
            name = found["name"]  # (no day's nor month's: "a Sunday Times poll" -> "poll")
            name = "" if any(_NOT_A_NAME.fullmatch(w) for w in name.split()) else name
            source = f"{name}{found['noun']} {_FINDING[found['verb']]}"
            kept = f"{text[: found.start()]}, {source}"
            # (a claim that its comma would leave as an opening clause, the source alone after it, keeps none)
            return text[: found.start()] if strip_opening(kept).lower() == source.lower() else kept
    if any(map(text[start:].__contains__, _HEARER_WORDS)):
        found = _HEARING.match(text, start)
        if found and not closes_opening(text, start):
            return f"{text[: found.start()]}, {found['noun'].lower()} {'told' if found['told'] else 'hears'}"
        found = _TOLD_TO.match(text, start) if "told" in text[start:] else None
        if found and not closes_opening(text, start):
            return f"{text[: found.start()]}, {found['noun']} told"
    if "ruled" in text[start:]:
        found = _RULING.match(text, start)
        if found and not closes_opening(text, start):
            who = found["who"]
            plural = who.endswith("s") and " of " not in who  # ("Law Lords rule", "House of Lords rules")
            kept = f"{text[: found.start()]}, {who} {'rule' if plural else 'rules'}"
            # (not where its comma would read as an opening clause's: "Detaining suspects ..., | court rules",
            # "After a two-week delay, | the court ruled")
            return kept if strip_opening(kept) == kept else text
    match = _find_attribution(text, start)
    if match is None or closes_opening(text, start):
        return text  # (the comma of "Speaking to reporters on Monday, the president said ...": none)
    claim, said = text[: match.start()], match.group(0)
    if _no_speaker(said, claim):
        return text  # "Tesco, Britain's biggest retailer, has reported record profits": the main verb
    kept = _speaker(claim, said, named_only=not is_someones_claim(claim, said),
                    common_nouns=_PLAN.search(claim) is None)
    # Its comma must not read as the close of an opening clause ("Writing a Word document can be a
    # dangerous business, according to ..." would lose its subject).
    return kept if strip_opening(kept) == kept else claim


def _no_speaker(said: str, claim: str) -> bool:
    """Whether only auxiliaries stand before the verb of saying that ``said`` holds (", has reported
    record profits"), or nothing where the ``claim`` before it is a subject and its aside with no verb of
    their own ("The minister, with the backing of ..., | announced the plan"): it is the sentence's main
    verb, no one's attribution (not ", warned the governor" after "Prices rise")."""
    found = said.lstrip(",; ").split()
    if found and found[0] in _SAYING_WORDS and "," in claim and not tensed_in(claim):
        return True
    return bool(found) and found[0] in _AUXILIARIES and next(
        (w in _SAYING_WORDS for w in found if w not in _AUXILIARIES), False)


_AUXILIARIES = frozenset("has have had also".split())  # (and an adverb between: "has also said")


def _find_attribution(text: str, start: int) -> re.Match | None:
    """``_ATTRIBUTION.search(text, start)``, where ``start`` is the text's last comma or semicolon (0
    without one), read only where it can match. Without "according" only the pattern's second branch
    can, and it opens on a comma or a semicolon: ``start`` is the only place left to try, and a match
    there is the search's (the engine tried every character from ``start`` on, 58 thousand
    instructions a sentence)."""
    tail = text[start:]
    if "according" in tail:
        return _ATTRIBUTION.search(text, start)
    if tail[:1] in (",", ";") and any(map(tail.__contains__, _SAYING_WORDS)):  # (no generator)
        return _ATTRIBUTION.match(text, start)
    return None


def is_someones_claim(claim: str, said: str) -> bool:
    """Whether ``claim`` is someone's forecast, call, charge or judgement, which a headline tells with its
    speaker ``said``: a claim with a modal ("will win best film", "must improve"), an attribution that
    claims, alleges or warns, or a claim told in the present with no past of its own ("The government is
    being naive by refusing ...", "... proves the need for ..."); not a reported event ("Three people
    died in the fire", "... has been arrested")."""
    # (A claim of a few words is no one's judgement: "That is, according to ...".)
    return is_forecast_or_charge(claim, said) or (
        ("warn" in said or len(claim.split()) >= _MIN_CLAIM) and not _tells_a_past(claim))


def is_forecast_or_charge(claim: str, said: str) -> bool:
    """Whether ``claim`` has a modal ("will win best film", "must improve") or ``said`` claims or
    alleges: the claims of :func:`is_someones_claim` a headline may run a few words longer to keep
    whole beside their speaker."""
    return _CLAIMED.search(said) is not None or _FORECAST.search(claim) is not None or any(
        is_base_verb(found[1]) for found in _SET_TO.finditer(claim))


def _tells_a_past(claim: str) -> bool:
    """Whether ``claim`` has a past or a perfect ("was", "has", "died"; not the participle after "is" of
    "is set to"), anywhere: a clause of the past ("the fire that killed 60") makes it a report."""
    words = _WORDS.findall(claim.lower())
    return any(w in _PAST_AUXILIARIES
               or simple_past_of(w) and (k == 0 or words[k - 1] not in _BEFORE_PARTICIPLE)
               for k, w in enumerate(words))


_WORDS = re.compile(r"[^\W\d_][\w'’-]*")
# Capitalised words that name no source: a day, a month, a feast, a people's or a faith's adjective ("a Sunday
# paper", "a March report", "an English teacher", "a Catholic priest").
_NOT_A_NAME = re.compile(
    rf"{DAYS}|{MONTHS}|Christmas|Easter|Catholic|Muslim|Jewish|Christian|Protestant"
    rf"|{PEOPLES_ADJECTIVE.pattern}")
_PAST_AUXILIARIES = frozenset("was were had has have wasn't weren't hadn't hasn't haven't".split())
# (not "being": "are being questioned" is a report's passive)
_BEFORE_PARTICIPLE = frozenset("is are be been am get gets getting to".split())


def _speaker(claim: str, said: str, named_only: bool, common_nouns: bool) -> str:
    """``claim`` with the speaker of ``said`` (its attribution) after it, cut short, or alone; with
    ``named_only``, only a speaker named ("Jack Straw said", "according to Gartner") is kept; with
    ``common_nouns``, also one of common nouns before the verb (", a senior EU politician says")."""
    source = re.match(r"[,;]?\s+according to (?:the\s+)?(?P<source>[^,;]*?)\s*[.!?\"'”’]*\s*$", said)
    if source:
        found = source.group("source").split()
        names = next((k for k, w in enumerate(reversed(found)) if not w[:1].isupper()), len(found))
        if 0 < names <= _SPEAKER_WORDS:
            linked = [w.lower() for w in found[max(0, len(found) - names - 2) : len(found) - names]]
            if names < len(found) and (linked[-1] in NAME_LINKS or linked == ["of", "the"]):
                # The end of a longer name: "Centers for Disease Control and | Prevention", "Office of the |
                # Deputy Prime Minister"
                return claim
            return f"{claim}, according to {' '.join(found[-names:])}"  # "according to Sean Cronin"
        last = found[-1] if found else ""
        plural = (last.islower() and last.endswith("s") and last.isalpha() and not last.endswith("ss")
                  and not last.endswith("is"))  # (not "analysis")
        if named_only or names:
            return claim
        if plural:
            return f"{claim}, according to {last}"  # "according to critics"
        # "..., according to a TUC report" -> "according to TUC report": a name's one noun
        named = found[1:] if found[:1] in (["a"], ["an"]) else found
        if 1 < len(named) <= _SPEAKER_WORDS and last.isalpha() and last.islower() and is_noun(last) and all(
                w[:1].isupper() and w.isalpha() and _NOT_A_NAME.fullmatch(w) is None for w in named[:-1]):
            return f"{claim}, according to {' '.join(named)}"
        return claim
    # (A fact's speaker named after a descriptor is its spokesman: "Mondale released ..., spokeswoman
    # Kelley Luckstein said" goes; the one whose claim it is stays.)
    speaker = (_NAMED if named_only else _SPEAKER).match(said)
    if speaker and named_only and speaker.group(1).startswith("it "):
        return claim
    described = said[: speaker.start(1)].split()[1:] if speaker else []  # the words before the name
    if not _SPOKESMEN.isdisjoint(w.lower() for w in described):
        return claim  # someone who speaks for another ("Rumsfeld spokesman Lawrence Di Rita"): no speaker
    if speaker:
        name = speaker.group(1)
        if name.split(maxsplit=1)[0] in _TITLE_WORDS:
            name = name.split(maxsplit=1)[1]  # a title's last word: "(Defence) Secretary | Geoff Hoon"
        return f"{claim}, {_in_the_present(name)}"
    after = _SPEAKER_AFTER.match(said)
    # "..., says education watchdog": a speaker named, or any for someone's claim
    if after and (not named_only or after.group(1)[:1].isupper()):
        return f"{claim}, says {after.group(1).strip()}"
    unnamed = _UNNAMED.match(said) if common_nouns and not named_only else None
    if unnamed and not _SPOKESMEN.intersection(unnamed["speaker"].lower().split()):
        # "..., a senior EU politician says" -> "..., senior EU politician says"; "..., watchdogs have
        # said" -> "..., watchdogs say"; "..., her mother told CNN" -> "..., her mother says"
        words = unnamed["speaker"].split()
        # (the head before an "of": "panel of experts says", "committee of MPs says"; not a quantity's, "lot
        # of doctors say", nor a word the tables do not know as a noun, "majority of economists say")
        head = words[words.index("of") - 1] if "of" in words[1:] else words[-1]
        if head.lower() in _QUANTITY_HEADS or not (is_noun(head) or is_plural_noun(head.lower())):
            head = words[-1]
        if is_noun(head) or is_plural_noun(head.lower()):
            plural = (unnamed["have"] is not None or unnamed["verb"] in ("say", "warn")
                      or is_plural_noun(head.lower()) or head.lower() in _PLURAL_GROUPS)
            verb = _PRESENT[unnamed["verb"].split()[0]][plural]
            return f"{claim}, {' '.join(filter(None, (unnamed['own'], *words)))} {verb}"
    return claim


def _in_the_present(name: str) -> str:
    """A named speaker's verb of saying in the headline's present: "Jack Straw said", "Jack Straw has
    said" -> "Jack Straw says"; "Tories have said", "Tories said" -> "Tories say"."""
    speaker, _, verb = name.rpartition(" ")
    if verb != "said":
        return name
    if speaker.endswith((" has", " have")):
        speaker, _, auxiliary = speaker.rpartition(" ")
        return f"{speaker} {'says' if auxiliary == 'has' else 'say'}"
    last = speaker.rpartition(" ")[2]
    # (an acronym's plural is "MPs"; an acronym itself is one body: "IDS says")
    plural = (len(last) > 2 and last.endswith("s") and last[:-1].isupper()
              or not last.isupper() and is_plural_noun(last.lower()))
    return f"{speaker} {'say' if plural else 'says'}"


# Words that name no one before "said": a quantity or a pronoun ("others said", "nobody said").
_NO_ONE = ("others|other|another|some|many|most|all|both|each|everyone|everybody|nobody|none|no one|rest"
           "|someone|somebody|anyone|anybody|one")
# ", a senior EU politician says", ", watchdogs have said", ", her mother told CNN on Friday": a speaker
# of common nouns, with what may follow the verb (whom it was told to, when, how) and no more.
_UNNAMED = re.compile(
    rf"[,;][\"'”’]?\s*(?!(?:(?:the|a|an)\s+)?(?:{_NO_SPEAKER}|{_NO_ONE})\b)"
    rf"(?:(?:the|a|an)\s+|(?P<own>her|his|their|its)\s+)?"
    rf"(?P<speaker>(?:(?!ha(?:s|ve)\s)[^\W\d_][\w'’-]*\s+){{0,{_SPEAKER_WORDS - 1}}}"
    rf"(?!ha(?:s|ve)\s)(?:[a-z][\w'’-]*|(?<=\bof\s)[A-Z]+s))\s+"  # (or "of" an acronym's plural: "of MPs")
    rf"(?:(?P<have>have)\s+|has\s+)?(?P<verb>said|says|say|warned|warns|warn|told\s+[A-Z][\w'’.-]*)"
    rf"(?:\s+(?:on\s+)?(?:{_DAYS}))?(?:\s+in\s+a\s+statement)?\s*[.!?\"'”’]*\s*$"
)
# A plan the one who makes it announces ("The CEO will step down, the company said"): told without
# an unnamed speaker.
_PLAN = re.compile(rf"\b(?:will|would|is to|are to|plans?|planning|(?:set|due|about|expected) to"
                   rf"|{_WEEKDAYS}|tomorrow|next (?:week|month|year))\b")
_PLURAL_GROUPS = frozenset("police people staff".split())  # ("police say", not "police says")
# Heads of a quantity, whose verb agrees with the noun after their "of" ("a lot of doctors say").
_QUANTITY_HEADS = frozenset(
    "lot lots handful couple pair majority minority number host dozen dozens bunch".split())
# The verb of saying in the headline's present, singular and plural.
_PRESENT = {"said": ("says", "say"), "says": ("says", "say"), "say": ("says", "say"),
            "told": ("says", "say"), "warned": ("warns", "warn"), "warns": ("warns", "warn"),
            "warn": ("warns", "warn")}
