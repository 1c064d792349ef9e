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
* an aside between dashes;
* a non-restrictive relative clause or an appositive (``, who ...,``, ``, some who ...,``), only where
  a verb follows it, so a list ("hits by the Byrds, Ry Cooder and the Beach Boys") is never cut in two
  (a verb that may be a noun closes it unless a list's "and" or a verb follows: ``, hopes to``);
* a closing attribution (``, officials said``), an opening report frame (``Police said that``) and an
  opening subordinate, prepositional or participle clause (:mod:`.openings`: ``After two days of talks,``,
  ``Eight years after his regime ended,``, ``Closed for a decade,``; not ``As many as``), the opening
  clause once more after the frame, so a frame behind a clause goes too (``In an audio message, the
  group announced that``);
* times a headline does not need (``on Tuesday``, ``last Monday``, ``this week``; not a day spent or
  owned: ``spent his Friday night``), quotation marks
  (apostrophes stay: "Britain's", "Acme Corp.'s");
* articles and possessive determiners, but not inside a name ("Lord of the Rings", "Buffy the
  Vampire Slayer") nor in "their own"; a count's "of" goes with its article ("two of the boys" -> "two
  boys");
* the perfect (``has risen`` -> ``rises``, ``had won`` -> ``won``, ``has ruled before`` -> ``ruled
  before``; a participle coordinated with it agrees: ``has redrawn ... and warned`` -> ``redraws
  ... and warns``), passive auxiliaries before a participle (``has been jailed`` -> ``jailed``) and
  ``is to`` (``is to retire`` -> ``to retire``); not in a pronoun's, a relative's or a "how", "why" or
  "whether" clause (``how the penalty is administered``).
"""

from __future__ import annotations

import re
from itertools import chain, product

from .openings import strip_opening
from .background import DAYS as _DAYS, strip_background as _strip_background, strip_label as _strip_label
from .wordforms import is_adverb, is_plural_noun, is_tensed, is_verb, participle_of, past_of, present_of

__all__ = [
    "write_headlinese", "strip_wire", "is_capital", "is_someones_claim", "PRONOUNS", "KEPT_ATTRIBUTION"
]

#: Words that cannot open a headline: the reader does not know who they stand for.
PRONOUNS = frozenset("he she it they we i you him her them us his its their our my your".split())

_SPACE = re.compile(r"\s+")
_ANY_WORD = re.compile(r"\w")
_DATELINE = re.compile(
    r"^\s*(?:[A-Z][A-Za-z.'-]*(?:[ ,]+[A-Z][A-Za-z.'-]*)*(?:,\s*\w+\.?\s*\d{1,2})?\s*)?"
    r"(?:\((?:AP|AFP|Reuters|UPI|Xinhua|CNN|[A-Z]{2,6})\)\s*)?(?:_|--|—|–)\s+"
    r"|^\s*[A-Z][A-Z .,'-]{2,}\s*(?:\([^)]*\))?\s*[-_—–:]+\s+"
)
_AGENCY = r"\((?:CNN|AP|AFP|Reuters|UPI|Xinhua)\)"
_DATELINE_MARK = re.compile(r"[-_—–:]")
_WIRE = re.compile(
    rf"^\s*(?:[A-Z][\w.'’-]*(?:,?\s+[A-Z][\w.'’-]*){{0,3}}\s*)?{_AGENCY}\s*(?:--|—|–|-|_)?|{_AGENCY}\s*(?:--|—|–|-|_)?"
)
_PAREN = re.compile(r"\s*[(\[][^)\]]*[)\]]")
# An aside between two dashes: "Beauty of Afghanistan -- a country blemished by wars -- has ...".
_DASHED = re.compile(r"\s(?:--?|[—–])\s(?:(?!\s--?\s|[—–]).){1,150}?\s(?:--?|[—–])\s")
# ", who ..." up to a comma that a verb follows (checked in code): a relative clause or an appositive.
_ASIDE = re.compile(
    r",\s+(?:who|whom|whose|which|where|aged|including|the|a|an|himself|herself|itself|\d[\d.]*|"
    r"one|two|three|four|five|six|seven|eight|nine|ten|both|some|many|most|several)\b"
)
# Where such an aside may close: a comma and the next words, or an opening quotation mark before two words.
_ASIDE_END = re.compile(r",\s+([\w'’-]+)(?=(,?\s+[\w'’-]+)?)|\s(?=[\"“]([\w'’-]+)\s+([\w'’-]+))")
_SAYING = "said|says|say|told|reported|announced|added|stated|confirmed|claimed|warned"
_ATTRIBUTION = re.compile(
    rf"(?:[,;]?\s+according to\b[^,;]*|[,;]\s*[^,;]{{0,60}}?\b(?:{_SAYING})\b[^,;]{{0,40}})\s*[.!?\"'”’]*\s*$"
)
# A claim that is someone's charge or forecast keeps its speaker: an attribution that claims or alleges,
# or a claim with a modal ("will win best film", "can still scale new heights").
_CLAIMED = re.compile(r"\b(?:claimed|alleged)\b")
_FORECAST = re.compile(r"\b(?:will|would|could|can|might|may)\b")
_SPEAKER_WORDS = 3  # a longer speaker ("the UK's leading movie critics") is cut to its noun, or dropped
# ", Netanyahu said", ", it was claimed": the speaker and the verb, without what follows them.
_SPEAKER = re.compile(
    rf"[,;]\s*((?:it was (?:claimed|alleged))"
    rf"|(?:[A-Z][\w'’.-]*\s+){{1,{_SPEAKER_WORDS}}}(?:has\s+)?(?:said|says|claimed))\b"
)
#: A kept attribution closing a line: :mod:`.cut` keeps it whole and cuts the claim before it.
KEPT_ATTRIBUTION = re.compile(
    # one space between the speaker's words: a pattern that could split a word would backtrack without end
    rf",\s+(?:according to (?:[a-z]+|[A-Z][\w'’.-]*(?:\s[A-Z][\w'’.-]*){{0,{_SPEAKER_WORDS - 1}}}\s?)"
    rf"|it was (?:claimed|alleged)"
    rf"|(?:[A-Z][\w'’.-]*\s+){{1,{_SPEAKER_WORDS}}}(?:has\s+)?(?:said|says|claimed))$"
)
# A quick test before the slow pattern: most sentences have no attribution at all.
_ATTRIBUTION_WORD = re.compile(rf"\b(?:according|{_SAYING})\b")
_REPORTED = re.compile(
    r"^(?P<subject>[^,;\"“]{0,80}?)\s+(?:said|says|say|announced|reported|confirmed|believe|believes|fear|fears)"
    r"(?:(?:\s+\w+){0,3}?\s+that\s+|\s+(?:at|in|on|during|to)(?:\s+\w+){3}\s+that\s+"
    r"|\s+(?=(?:he|she|it|they)\s))"
)
_SUBJECT_PRONOUNS = frozenset({"he", "she", "it", "they"})
_AUXILIARIES = frozenset({"has", "have", "had", "is", "was", "will", "would"})
_OWNS_TIME = frozenset("his her their its our my your the spent spend spends only just".split())
_MONTHS = r"(?:January|February|March|April|May|June|July|August|September|October|November|December)"
_TIMES = re.compile(
    rf"\s+(?:(?:(?:early|late|last|next|this)\s+)?(?:on\s+)?{_DAYS}(?:\s+(?:night|morning|afternoon|evening))?(?!\s+[A-Z])"
    rf"|(?:on\s+)?(?:yesterday|today|tonight)"
    rf"|(?:last|this|next)\s+(?:week|weekend|month|year)|earlier\s+this\s+(?:week|month|year)"
    rf"|(?:in|on|by|since|from)\s+(?:(?:early|late|mid-?)\s*)?(?:\d{{1,2}}\s+)?{_MONTHS}(?:\s+\d{{1,2}})?(?:,?\s+\d{{4}})?"
    rf"|in\s+(?:19|20)\d\d)\b(?=[\s,.;:]|$)(?!\s+(?:or|and|to)\s+[A-Z\d])"  # not "in June | or July"
)
# A quick test before the slow pattern: each of its times has one of these ("Monday", "today",
# "tonight", "this week", "in May", "in 2004"); most lines have none.
_TIME_HINT = re.compile(rf"day|tonight|week|month|year|19|20|{_MONTHS[3:-1]}")
# Quotation marks, but not an apostrophe inside a word ("Britain’s", "don't") nor after the s of a
# possessive ("Douglas' son"), unless a single quote was opened before it ("'Errors' doomed").
_QUOTES = re.compile(r"[\"“”`]|(?<![\w.])['‘’]|(?<=\.)['‘’](?!s\b)|['‘’](?!\w)")
_QUOTE_CHAR = re.compile(r"[\"“”`'‘’]")
_ARTICLES = frozenset({"the", "a", "an", "its", "their"})
# The same words in every mix of cases ("The", "THE", "tHe"): a token is one when its lowercase is an
# article, found without lowercasing each token (no other character lowercases to their letters).
_ARTICLE_FORMS = frozenset(map("".join, chain.from_iterable(product(*zip(w, w.upper())) for w in _ARTICLES)))
# "has risen", "have been sold", "had won": an auxiliary, optional adverbs, then the word to check.
_PERFECT = re.compile(r"\b(has|have|had)\s+(?:(been)\s+)?(\w+)\b(?![-'’])", re.IGNORECASE)
# "has redrawn the battle lines and warned": the second verb of a coordinated perfect.
_PERFECT_AND = re.compile(
    r"\b(has|have|had)\s+(\w+)\b((?:\s+[\w'’-]+){1,8}?)\s+and\s+(\w+)\b(?![-'’])", re.IGNORECASE
)
# Adverbs after which the perfect tells of the past, not the news: its simple past fits.
_EARLIER = frozenset("before already previously once".split())
_MODALS = frozenset("will would could should might may must can to not".split())
# After these an auxiliary opens a clause that is not the headline's own: it stays ("man who is shown").
_KEEPS_AUXILIARY = PRONOUNS | {"who", "which", "that"}
_IS_TO = re.compile(r"\b(?:is|are)\s+(to\s+[a-z]+)\b")
# Participles that are adjectives before these words: "is used to", "is headed home", "is bound for".
_NO_PASSIVE = re.compile(
    r"(?:used\s+to|(?:headed|bound)\s+(?:home|to|for|back|toward|towards|into))\b", re.IGNORECASE
)
_PASSIVE = re.compile(r"\b(?:is|are|was|were)\s+(being\s+)?(\w+)\b(?![-'’])")
# Verbs without an object have no passive: "chief is gone" must keep its "is".
_INTRANSITIVE = frozenset("go come become rise arise fall die arrive happen occur emerge remain".split())


def write_headlinese(text: str) -> str:
    """``text`` (one English sentence) rewritten by the rules above; never empty for a text with a word."""
    text = " ".join(text.split()[:_SOURCE_WORDS])
    for step in _STEPS:
        shorter = step(text)
        if shorter == text:
            continue
        shorter = _SPACE.sub(" ", shorter).replace(" ,", ",").strip()
        if _ANY_WORD.search(shorter):  # a step that would leave nothing is skipped
            text = shorter
    return text.strip(" ,;:-—–.")


def strip_wire(text: str) -> str:
    """``text`` without its dateline, wire tag and parentheticals (every language)."""
    # Quick tests first: the patterns cost more than the rare sentence that needs them.
    if _DATELINE_MARK.search(text[:120]):
        text = _DATELINE.sub(" ", text, count=1)
    if "(" in text or "[" in text:
        text = _SPACE.sub(" ", _PAREN.sub(" ", _WIRE.sub(" ", text))).strip()
    return text


# Only the first words of a sentence can make its headline; longer input would only make the
# patterns below slower (a 5 MB "sentence" without punctuation took seconds).
_SOURCE_WORDS = 80


def _strip_asides(text: str) -> str:
    out, at = [], 0
    for match in _ASIDE.finditer(text):
        if match.start() < at:
            continue
        # The aside ends at the first comma after which a verb comes ("..., has died"), or at a quotation
        # that opens on an adverb and a verb ('..., the chief of staff "obviously knew ...'); none: keep it.
        for comma in _ASIDE_END.finditer(text, match.end()):
            if comma.group(3):
                if not (is_adverb(comma.group(3)) and is_verb(comma.group(4))):
                    continue
            elif not (is_verb(comma.group(1)) or _tensed_after_aside(comma.group(1), comma.group(2) or "")):
                continue
            out.append(text[at : match.start()])
            at = comma.start() + (0 if comma.group(3) else 1)
            out.append(" ")
            break
    out.append(text[at:])
    return "".join(out)


def _tensed_after_aside(word: str, after: str) -> bool:
    """Whether ``word``, after the comma that may close an aside, is its sentence's verb though it may
    be a noun ("Parmalat, the dairy firm, hopes to ..."): a verb with a tense, not a list's next item
    ("cheers, tears and ...") nor a clause's subject before its verb ("couples are ...")."""
    following = after.split()[:1]
    return word.islower() and is_tensed(word) and not after.startswith(",") and not (
        following and (following[0].lower() in ("and", "or") or is_tensed(following[0])))


def _strip_dashed(text: str) -> str:
    return _DASHED.sub(" ", text) if " -" in text or "—" in text or "–" in text else text


def _strip_attribution(text: str) -> str:
    """The closing attribution dropped, or cut to its speaker when it names one ("..., Jack Straw
    said") or the claim is someone's forecast or charge (:func:`is_someones_claim`): "The Aviator
    will win best film, according to the UK's leading movie critics" -> "..., according to critics";
    "... overstated earnings, it was claimed in court" -> "..., it was claimed". :mod:`.cut` keeps a
    named speaker only when the claim fits whole beside it (:data:`KEPT_ATTRIBUTION`)."""
    match = _ATTRIBUTION.search(text) if _ATTRIBUTION_WORD.search(text) else None
    if match is None:
        return text
    claim, said = text[: match.start()], match.group(0)
    kept = _speaker(claim, said, named_only=not is_someones_claim(claim, said))
    # Its comma must not read as the close of an opening clause ("Writing a Word document can be a
    # dangerous business, according to ..." would lose its subject).
    return kept if strip_opening(kept) == kept else claim


def is_someones_claim(claim: str, said: str) -> bool:
    """Whether ``claim`` is someone's forecast or charge, which a headline tells with its speaker
    ``said``: a claim with a modal ("will win best film") or an attribution that claims or alleges."""
    return _CLAIMED.search(said) is not None or _FORECAST.search(claim) is not None


def _speaker(claim: str, said: str, named_only: bool) -> str:
    """``claim`` with the speaker of ``said`` (its attribution) after it, cut short, or alone; with
    ``named_only``, only a speaker named ("Jack Straw said", "according to Gartner") is kept."""
    source = re.match(r"[,;]?\s+according to (?:the\s+)?(?P<source>[^,;]*?)\s*[.!?\"'”’]*\s*$", said)
    if source:
        found = source.group("source").split()
        names = next((k for k, w in enumerate(reversed(found)) if not w[:1].isupper()), len(found))
        if 0 < names <= _SPEAKER_WORDS:
            if names < len(found) and found[-names - 1].lower() in _NAME_LINKS:
                return claim  # the end of a longer name: "Centers for Disease Control and | Prevention"
            return f"{claim}, according to {' '.join(found[-names:])}"  # "according to Sean Cronin"
        last = found[-1] if found else ""
        plural = last.islower() and last.endswith("s") and last.isalpha() and not last.endswith("ss")
        plural = plural and not (names or named_only)
        return f"{claim}, according to {last}" if plural else claim  # "according to critics"
    speaker = _SPEAKER.match(said)
    if speaker and named_only and speaker.group(1).startswith("it "):
        return claim
    return f"{claim}, {speaker.group(1).replace(' has said', ' says')}" if speaker else claim


def _strip_reported(text: str) -> str:
    """"Police said that the suspect fled" -> "the suspect fled"; "NASCAR announced that it has
    lifted" -> "NASCAR has lifted": a pronoun is named by the frame's subject, if that is a name."""
    match = _REPORTED.match(text)
    if match is None or match.group("subject").split()[-1:] in (["that"], ["the"], ["this"], ["a"]):
        return text  # "it was that fear that led": "fear" is a noun there
    if match.group("subject").split()[-2:-1] == ["to"]:
        return text  # "Insurers have sought to calm fears that they face": the object of an infinitive
    rest = text[match.end():]
    first = rest.split(maxsplit=1)
    if first and first[0].lower() in _SUBJECT_PRONOUNS:
        if first[0].lower() == "it" and re.match(r"(?:is|was)\s", first[1] if len(first) > 1 else ""):
            return text  # "Blair said it was time to ...": that "it" stands for nobody
        # "Rio Ferdinand says he is unsure" -> "Rio Ferdinand is unsure"
        subject = _TIMES.sub("", match.group("subject")).split()
        while subject and subject[-1].lower() in _AUXILIARIES:
            subject.pop()  # "Rio Ferdinand has said he is" -> "Rio Ferdinand is"
        if not subject or len(subject) > 10 or subject[0].lower() in PRONOUNS or len(first) < 2:
            return text
        return f"{' '.join(subject)} {first[1]}"
    return rest


def _strip_times(text: str) -> str:
    def time(match: re.Match) -> str:
        # Not a day a possessive owns, one that is spent ("spent his Friday night working") or that
        # "only" stresses ("only last month started"), nor one that a dash goes on to name ("on 11
        # March - Comic Relief day").
        before = text[max(0, match.start() - 8) : match.start()].rsplit(" ", 1)[-1].lower()
        named = text[match.end() : match.end() + 3] in (" - ", " – ", " — ")
        return match.group(0) if before in _OWNS_TIME or named else " "

    return _TIMES.sub(time, text) if _TIME_HINT.search(text) else text


def _strip_quotes(text: str) -> str:
    if not _QUOTE_CHAR.search(text):
        return text
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
        if token in _ARTICLE_FORMS and i < last and tokens[i + 1].lower().rstrip(".,;:!?") != "own":
            after = tokens[i + 1][:1]  # "their own statement" keeps its "their"
            in_name = token[0] in "tT" and kept and is_capital(after) and (
                is_capital(kept[-1][:1])
                or (kept[-1] in _NAME_LINKS and len(kept) > 1 and is_capital(kept[-2][:1]))
            )
            if not in_name:
                if _counted(kept, tokens[i + 1]):
                    kept.pop()  # "two of the boys" -> "two boys", not "two of boys"
                continue
        kept.append(token)
    return " ".join(kept)


# Numbers that count a part of a group ("two of the boys"); "one of the men" wants a singular.
_COUNTS = frozenset("two three four five six seven eight nine ten both".split())


def _counted(kept: list[str], following: str) -> bool:
    """Whether the article dropped before ``following`` closes a count's "of" ("two of the boys"),
    which then goes too: a number of a plural noun reads without it, "two of boys" does not."""
    return (len(kept) > 1 and kept[-1] == "of" and (kept[-2].lower() in _COUNTS or kept[-2].isdigit())
            and following.isalpha() and following.islower() and is_plural_noun(following))


# Small words inside a title or a name: "Lord of the Rings", "Gone with the Wind".
_NAME_LINKS = frozenset("of and with in on for to from at over under".split())


def is_capital(char: str) -> bool:
    return char.isupper() or char.isdigit()


def _coordinated(match: re.Match) -> str:
    """"has redrawn the lines and warned" -> "... and warns": a participle coordinated with a perfect
    takes the tense the perfect is given, so the two verbs agree."""
    aux, first, between, second = match.group(1, 2, 3, 4)
    lemma, other = participle_of(first), participle_of(second)
    if lemma is None or other is None or participle_of(between.split()[-1]) or aux.lower() == "had":
        return match.group(0)  # "had": the past is the form both already have
    present = present_of(other, "VBZ" if aux.lower() == "has" else "VBP")
    return f"{aux} {first}{between} and {present}" if present else match.group(0)


def _kept_auxiliary(text: str, start: int) -> bool:
    """Whether the auxiliary at ``start`` follows a pronoun or a relative, whose clause is not the
    headline's own: there headlinese keeps it."""
    before = text[max(0, start - 12) : start].split()[-1:]
    acronym = bool(before) and len(before[0]) > 1 and before[0].isupper()  # "US" is no "us"
    if bool(before) and before[0].lower() in _KEEPS_AUXILIARY and not acronym:
        return True
    # A clause that a wh-word opens a few words before: "debate about how the death penalty is administered".
    opened = text[max(0, start - 40) : start].split()[-_WH_REACH:]
    return any(w.lower() in _WH_WORDS for w in opened[:-1])


_WH_WORDS = frozenset("how why whether".split())
_WH_REACH = 4  # words before the auxiliary searched for the clause's opener


def _strip_auxiliaries(text: str) -> str:
    def perfect(match: re.Match) -> str:
        aux, been, word = match.group(1), match.group(2), match.group(3)
        before = text[max(0, match.start() - 20) : match.start()].split()[-1:]
        if before and (before[0].lower() in _MODALS or before[0].lower().endswith("n't")):
            return match.group(0)  # "could have eased": the modal needs its infinitive
        if been:
            # "has been jailed" -> "jailed" (headline passive); "has been a success" stays, and so does a
            # relative clause's or a pronoun's ("man who has been jailed").
            passive_ = participle_of(word)
            if _kept_auxiliary(text, match.start()):
                return match.group(0)
            return f" {word}" if passive_ and passive_ not in _INTRANSITIVE else match.group(0)
        lemma = participle_of(word)
        if lemma is None:
            return match.group(0)  # "has record profits": "has" is the verb
        after = text[match.end() : match.end() + 60].split()[:6]
        if aux.lower() == "had" or _EARLIER.intersection(w.lower().strip(",;:.") for w in after):
            return f" {past_of(lemma) or word}"  # "has ruled Nigeria before" -> "ruled Nigeria before"
        tag = "VBZ" if aux.lower() == "has" else "VBP"
        return f" {present_of(lemma, tag) or match.group(0)}"

    low = f" {text.lower()} "
    if " has " in low or " have " in low or " had " in low:
        if " and " in low:
            text = _PERFECT_AND.sub(_coordinated, text)
        text = _PERFECT.sub(perfect, text)
    if not (" is " in low or " are " in low or " was " in low or " were " in low):
        return text
    # "is to stand" -> "to stand"; not in a clause whose subject is a pronoun or a relative ("whether
    # he is to be offered", "man who is to stand").
    text = _IS_TO.sub(lambda m: m[0] if _kept_auxiliary(text, m.start()) else m[1], text)
    def passive(match: re.Match) -> str:
        lemma = participle_of(match.group(2))
        if lemma is None or lemma in _INTRANSITIVE or match.group(1):
            return match.group(0)
        if _NO_PASSIVE.match(text, match.start(2)):
            return match.group(0)  # "is used to controlling games", "is headed home": an adjective, no passive
        # After a pronoun the line is not the headline's own clause, and "he was spat at" would
        # read "he spat at"; after a relative, "man who is shown" would read "man who shown": the
        # passive keeps its auxiliary there.
        return match.group(0) if _kept_auxiliary(text, match.start()) else f" {match.group(2)}"

    return _PASSIVE.sub(passive, text)


_STEPS = (
    strip_wire, _strip_label, _strip_background, _strip_dashed, _strip_asides, _strip_attribution, strip_opening,
    _strip_reported,
    strip_opening,
    _strip_times, _strip_quotes, _strip_auxiliaries, _strip_articles,
)
