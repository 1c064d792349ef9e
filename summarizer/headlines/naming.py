"""A line's subject or object named from its context, as a reader would take it.

"It plans to build a plant" says nothing to a reader who has not read the sentence before; nor does
"The actor has come aboard" or "... may continue to elude him". A pronoun or a description ("The
firm") that opens a sentence is replaced by the name that opens the sentence before, when that name is
its subject; a description also by the name that ends the sentence before ("... with the help of
Joseph Gordon-Levitt. The actor ..."); an object "him" or "her" that points ahead by the name its
sentence goes on to give as a clause's subject ("... may elude him but, as he prepares ..., Gordon
Brown can ..."). A longer description ("The Russian President", "The 31-year-old South African comic",
"The country's") is named by the name the sentence before makes the subject of a verb, wherever it
stands there ("When Vladimir Putin reappears, ..."); an opening "He" or "She" by the name that a clause
after "but" gives ("He may be hurt -- but golf legend Arnold Palmer has vowed ...": that clause is the
line). A sentence whose subject concedes something before "but" gives its line to the clause after it
("Thomas Aiken may not be defending his title, but South African players will look to ..."), with a
"he" or "she" there named by the concession's subject. Every word put in is a word of the article.
"""

from __future__ import annotations

import re
from operator import and_

from .trim import NAME_PARTICLES
from .headlinese import is_capital
from .openings import opening_end
from .subject import AUXILIARIES as _AUXILIARIES, NO_SUBJECT, OPENERS, PERSONAL
from .wordforms import is_common_word, is_noun, is_tensed

__all__ = ["DESCRIPTION_HEADS", "name_pronoun", "name_object", "name_ahead", "name_after_clause", "concede"]

# A subject pronoun that a name before it may stand for; "they" is left alone (it may be anyone's).
_NAMED_PRONOUNS = frozenset({"It", "He", "She"})
# Nouns that, after "The", stand for the one the sentence before named ("Parmalat ... The firm gained").
_DESCRIPTIONS = frozenset(
    "firm company group bank carrier airline retailer maker club team band actor actress singer star "
    "player striker manager coach chairman country".split()
)
_COPULAS = frozenset({"is", "was", "'s", "’s"})  # "It was a shock": that "it" is no one
# A description's head after up to two words ("The Russian President", "The South African comic") or an
# age ("The 85-year-old"), and how many words it may take.
DESCRIPTION_HEADS = _DESCRIPTIONS | frozenset(
    "president comic comedian minister leader rapper author director".split())
_AGE = re.compile(r"\d+-year-old,?$")
_DESCRIPTION_WORDS = 5  # words of a description read before its head
_NAME_WORDS = 6  # a longer run of capitals is a title, not a subject's name
_NO_NAME = NO_SUBJECT | OPENERS | PERSONAL  # words that open no name


def name_pronoun(text: str, previous: str) -> str | None:
    """``text`` with its opening "It", "He", "She" or "The firm" (a described one) replaced by the name
    that opens ``previous``, the sentence just before it, when that name is its subject ("South Korea's
    Hyundai Motor has unveiled a car. It plans to build a plant." -> "South Korea's Hyundai Motor plans
    to ..."), or for a description the name that ends ``previous`` ("... they came from Kenya. The
    country is ..." -> "Kenya is ..."); None when no such name comes before it, or the pronoun stands
    for no one ("It was")."""
    found = text.split(maxsplit=2)
    if len(found) > 2 and found[0] == "The" and found[1] in _DESCRIPTIONS:
        rest = found[2]
    elif len(found) > 1 and found[0] in _NAMED_PRONOUNS:
        rest = text.split(maxsplit=1)[1]
    else:
        return _name_description(text, previous)
    if found[0] != "The" and rest.split(maxsplit=1)[0] in _COPULAS:
        return None  # "It was a shock" ("The firm is ..." is someone's)
    name = _opening_name(previous) or (_closing_name(previous) if found[0] == "The" else None)
    return f"{name} {rest}" if name else None


def _name_description(text: str, previous: str) -> str | None:
    """``text`` with a longer description that opens it ("The Russian President", "The 31-year-old
    South African comic", "The country's") replaced by the name of the one the sentence before made
    the subject of its verb, wherever it stands there ("When Vladimir Putin reappears, ...")."""
    tokens = text.split(maxsplit=_DESCRIPTION_WORDS + 1)
    if len(tokens) < 3 or tokens[0] != "The":
        return None
    k = 2 if _AGE.match(tokens[1]) else 1
    head = next((j for j in range(k, min(len(tokens) - 1, k + 3))
                 if tokens[j].rstrip(",").removesuffix("'s").removesuffix("’s").lower()
                 in DESCRIPTION_HEADS), None)
    if head is None:
        if k == 1 or not tokens[1].endswith(",") and tokens[k] not in _AUXILIARIES:
            return None
        head = k - 1  # "The 85-year-old, speaking ...", "The 39-year-old has ..."
    if any(not t.isalpha() for t in tokens[k:head]):
        return None
    name = _opening_name(previous) or _clause_name(previous)  # not a place that ends it ("in Leeds")
    if name is None:
        return None
    word = tokens[head]
    owner = "'s" if word.rstrip(",").endswith(("'s", "’s")) else ""
    return " ".join([name + owner + ("," if word.endswith(",") else ""), *tokens[head + 1 :]])


def _clause_name(previous: str) -> str | None:
    """The first name in ``previous`` that is the subject of a verb with a tense, after a word in
    lower case or the sentence's first word ("When Vladimir Putin reappears", "comedian Trevor Noah
    actually made", "after Argentina was hit")."""
    tokens = previous.split()
    k = 1
    while k < len(tokens):
        before = tokens[k - 1]
        end = _name_end(tokens, k)
        if end > k and end < len(tokens) and (k == 1 or before.isalpha() and before.islower()) and \
                tokens[k].lower() not in _NO_NAME and (end - k > 1 or not is_common_word(tokens[k])):
            after = tokens[end + 1] if end + 1 < len(tokens) and tokens[end].endswith("ly") else tokens[end]
            after = after.rstrip(",;:.")
            if after in _AUXILIARIES or is_tensed(after) and not is_noun(after):
                return " ".join(tokens[k:end])
        k = max(end, k + 1)
    return None


def _opening_name(previous: str) -> str | None:
    """The name that opens ``previous`` as the subject of its verb ("Hyundai Motor has ...",
    "Parmalat, the dairy firm, ...")."""
    tokens = previous.split(maxsplit=_NAME_WORDS + 1)
    end = next((k for k, t in enumerate(tokens) if not is_capital(t[:1])), len(tokens))
    if not 0 < end <= _NAME_WORDS or end == len(tokens):
        return None
    name, after = tokens[:end], tokens[end].strip(",;:")
    if name[0].lower() in _NO_NAME or len(name) == 1 and is_common_word(name[0]):
        return None  # "The ...", "With ...", "He ...", "Shares fell": no name opens it
    if name[-1][-1:] == ",":
        if after not in ("the", "a", "an"):
            return None  # "Earlier, ...", a list: only a name in apposition ("Parmalat, the dairy firm,")
        name[-1] = name[-1][:-1]
    elif not (after in _AUXILIARIES or is_tensed(after) and not is_noun(after)):
        return None  # the name is not the subject of a verb with a tense ("Hyundai cars ...")
    return " ".join(name)


def _closing_name(previous: str) -> str | None:
    """The name that ends ``previous``, where a description in the next sentence points back to it
    ("... with the help of Joseph Gordon-Levitt. The actor has come aboard"): a run of capitals (two
    words at least, or one that is no common word) after a word in lower case."""
    tokens = previous.rstrip(" .!\"”’'").split()[-_NAME_WORDS - 1 :]
    start = len(tokens)
    while start > 0 and is_capital(tokens[start - 1][:1]) and tokens[start - 1][-1:] not in ",;:":
        start -= 1
    name = tokens[start:]
    if not name or start == 0 or not tokens[start - 1].isalpha() or not tokens[start - 1].islower():
        return None
    if name[0].lower() in _NO_NAME or len(name) == 1 and is_common_word(name[0]):
        return None
    if tokens[start - 1] == "of" and start > 1 and is_capital(tokens[start - 2][:1]):
        return None  # the end of a longer name ("the Bank of England")
    return " ".join(name)


def name_after_clause(text: str) -> str | None:
    """``text`` without its opening clause of time, with the "he" or "she" that opens the main clause after
    it replaced by the name that is the clause's subject and its only person ("Once Elon Musk took over the
    company, he fired ..." -> "Elon Musk fired ..."); None when no such clause opens it, when the clause
    names someone else too ("him", a second name), or when it is a condition, a concession or a contrast
    ("If Gary Neville was watching, he may ...", "While Obama won the popular vote, he lost ..."): without
    it, the main clause would tell as fact what was only supposed or granted."""
    if text.split(maxsplit=1)[0].lower() not in _TIME_CLAUSES:
        return None
    end = opening_end(text)[0]
    rest = text[end:].split(maxsplit=1)
    if not end or len(rest) < 2 or rest[0] not in ("he", "she"):
        return None
    if not _BACK.isdisjoint(rest[1].split(maxsplit=2)[1:2]):
        return None  # "When Vladimir Putin reappears, he does it with style": what he does is the clause's
    clause = text[:end]
    name = _clause_name(clause)
    if name is None or not _ONE_PERSON.isdisjoint(w.strip(",;:").lower() for w in clause.split()):
        return None  # "After Theresa May sacked him, he ...": the "he" is the object's
    # ... nor a clause with a second person's name, whom the "he" may be ("When Manchester United signed Paul
    # Pogba, he"): two capitalised words (a club or a place alone may be the verb's object: "faced Liverpool")
    at = clause.find(name)  # (-1: its words apart by more than a space, read as no name)
    after = [is_capital(w[:1]) for w in clause[at + len(name) :].split()]
    return None if at < 0 or any(map(and_, after, after[1:])) else f"{name} {rest[1]}"


# The words that open a clause of time, which a main clause's "he" or "she" may follow (the article of
# "The last time ...").
_TIME_CLAUSES = frozenset("when after since once before the".split())  # (not "as", "while": a contrast)
_ONE_PERSON = frozenset({"him", "her"})
_BACK = frozenset("it so this that".split())  # a verb's object that points back to the clause ("does it")


# An object pronoun for one person, and what may follow "her" when it is an object, not a possessive.
_OBJECT_PRONOUNS = frozenset({"him", "her"})
_OBJECT = re.compile(r" (?:him|her)\b")
_AFTER_OBJECT = frozenset("to for from in on at as and but or with by into".split())
_CLAUSE_OPENERS = frozenset({"and", "but", "as", "yet", "so"})


def name_object(text: str) -> str | None:
    """``text`` with an object "him" or "her" that points ahead to the name its sentence goes on to
    give as a clause's subject replaced by that name ("The prize may continue to elude him but, as he
    prepares ..., Gordon Brown can ..." -> "... to elude Gordon Brown but ..."); None when the pronoun
    has a name before it, or none follows."""
    if _OBJECT.search(text) is None:
        return None
    tokens = text.split()
    at = next((k for k, t in enumerate(tokens) if k > 0 and t.rstrip(",;:.") in _OBJECT_PRONOUNS
               and (t.rstrip(",;:.") == "him" or t[-1:] in ",;:." or k + 1 == len(tokens)
                    or tokens[k + 1].lower() in _AFTER_OBJECT)), None)
    if at is None:
        return None
    found = _subject_name(tokens)
    if found is None or found[0] < at:
        return None  # the pronoun stands for a name before it, or for no one the sentence names
    start, end = found
    name = " ".join(tokens[start:end])
    return " ".join([*tokens[:at], name + tokens[at][len(tokens[at].rstrip(",;:.")):], *tokens[at + 1 :]])


def _name_end(tokens: list[str], k: int) -> int:
    """Where the run of capitals that starts at ``k`` ends (``k`` when none starts there): at most
    ``_NAME_WORDS`` words, none of them closed by a comma, a semicolon or a colon."""
    end = k
    while end < len(tokens) and end - k < _NAME_WORDS and is_capital(tokens[end][:1]) and \
            tokens[end][-1:] not in ",;:":
        end += 1
    return end


def _subject_name(tokens: list[str]) -> tuple[int, int] | None:
    """Where the first name that is a clause's subject stands: a run of capitals (two words at least,
    or one that is no common word) that opens the sentence or follows a comma or a conjunction, with a
    verb with a tense after it ("..., Gordon Brown can")."""
    k = 0
    while k < len(tokens):
        opens = k == 0 or tokens[k - 1][-1:] in ",;" or tokens[k - 1].lower() in _CLAUSE_OPENERS
        end = _name_end(tokens, k)
        if opens and end > k and end < len(tokens) and tokens[k].lower() not in _NO_NAME:
            after = tokens[end]
            long_enough = end - k > 1 or not is_common_word(tokens[k])
            if long_enough and (after in _AUXILIARIES or is_tensed(after) and not is_noun(after)):
                return k, end
        k = max(end, k + 1)
    return None


# A subject pronoun for one person that a clause after "but" may name ("He may be hurt -- but golf
# legend Arnold Palmer has vowed ..."), and what sets that clause off.
# (and a possessive one: "His girlfriend may not like the city, but ... David de Gea seems ...")
_PERSON_PRONOUNS = frozenset({"He", "She", "He's", "She's", "He’s", "She’s", "His", "Her"})
_BUT = re.compile(r"(?:,|\s--?|;)\s+but\s+")
_DESCRIPTOR_WORDS = 3  # lower-case words of a descriptor before the name ("golf legend Arnold Palmer")


def name_ahead(text: str) -> str | None:
    """The clause after "but" of a sentence that opens on "He" or "She" and names only there who it
    is, with a name as that clause's subject ("He may be suffering from a dislocated shoulder -- but
    golf legend Arnold Palmer has vowed ..." -> "golf legend Arnold Palmer has vowed ..."); None when
    the sentence opens otherwise, or no such clause names anyone."""
    opening = text.split(maxsplit=2)[:2]
    if not opening or opening[0] not in _PERSON_PRONOUNS:
        return None
    possessive = opening[0] in _POSSESSIVES
    if possessive and not (len(opening) > 1 and opening[1].islower()):
        return None  # "Her Majesty's Revenue and Customs", "His Excellency": a title, not whose
    found = _BUT.search(text)
    if found is None:
        return None
    tokens = text[found.end():].split()
    if possessive and not _OBJECTS.isdisjoint(t.lower().strip(".,;:!?\"'”’") for t in tokens):
        return None  # "Her lawyers say ..., but prosecutors have charged her": about someone else
    start = 0
    while start < min(len(tokens), _DESCRIPTOR_WORDS) and tokens[start].isalpha() and tokens[start].islower():
        start += 1
    end = _name_end(tokens, start)
    if end < len(tokens) and not _verb_after_name(tokens[end]):
        # A name's own descriptor between it and the name ("Manchester United goalkeeper David de Gea").
        k = end
        while k < min(len(tokens), end + _DESCRIPTOR_WORDS) and tokens[k].isalpha() and tokens[k].islower():
            k += 1
        if end > start and end < k < len(tokens) and is_capital(tokens[k][:1]):
            end = _name_end(tokens, k)
            while end < len(tokens) - 1 and tokens[end] in NAME_PARTICLES and is_capital(tokens[end + 1][:1]):
                end = _name_end(tokens, end + 1)  # ("David de | Gea")
    if end == start or end == len(tokens) or tokens[start].lower() in _NO_NAME:
        return None
    if end - start == 1 and is_common_word(tokens[start]):
        return None
    return " ".join(tokens) if _verb_after_name(tokens[end]) else None


def _verb_after_name(word: str) -> bool:
    """Whether ``word``, after a name, is its verb (an auxiliary, or a verb with a tense that is no noun)."""
    return word in _AUXILIARIES or is_tensed(word) and not is_noun(word)


_POSSESSIVES = frozenset({"His", "Her"})
_OBJECTS = frozenset({"her", "him", "them"})  # a pronoun the clause after "but" would leave unnamed


# A writer's concession before the news: a name, "may" or "might" before "be" or "have" ("Lindsey Vonn may
# have missed out on gold, but the American skier has set her sights on ..."), then "but" and the news; not
# "may have to" (a likelihood: "Interest rates may have to rise, but ...").
_CONCEDES = re.compile(
    r"(?P<subject>[^,;:\"“”]{1,80}?)\s(?:may|might)\s+(?:not\s+|well\s+|just\s+)?"
    r"(?:be|have(?!\s+to\b))\b")
_CONCEDED_BUT = re.compile(r"(?<!anything)(?<!nothing)(?<!\ball)(?:[,;]|\s+(?:--?|—|–))?\s+but\s+"
                           r"(?!not\b|also\b|then\b|only\b|still\b|[\"“‘'])")
# Words before the modal that show it in a clause other than the main one ("no word on what might have
# caused"), or the reader's or the writer's ("You may not be familiar with Tikrit, but ...").
_NOT_CONCEDING = frozenset(
    "what which who whom whose that if whether when as because although though while where how why "
    "you we i".split()
)
_OWN = frozenset({"he", "she"})  # pronouns a clause's subject may be named from (not "his": no word)
_PHRASE_OPENERS = frozenset("at in on off for after since with by".split())  # "but at home he has ..."
_PHRASE_WORDS = 4  # a short phrase before the pronoun
_UNNAMED = frozenset("he she he's she's his her him it it's its they their them this that these those "
                     "us me".split())
_SUBJECT_OPENERS = frozenset("the a an two three four five six seven eight nine ten".split())
_DESCRIPTOR_REACH = 3  # lower-case words of a descriptor before the clause's name ("defender Gerard Pique")


def concede(text: str) -> str | None:
    """The clause after "but" of a sentence whose subject, a name (or "It"), concedes something before
    it ("Thomas Aiken may not be defending his title, but South African players will look to ..."),
    with an opening "he" or "she" (or one after a short phrase: "but at home he has") named by that
    name ("... but at home Thomas Muller has ..."); None when the sentence concedes nothing, when the
    clause opens on no subject ("but says he is happy", "but supporters say he must go"), or when its
    first words hold a pronoun that stays unnamed ("but it doesn't seem to ...", "but his vocal chords":
    a possessive's name would be no word of the article)."""
    if " may " not in text and " might " not in text:
        return None  # (the quick test: most sentences concede nothing)
    found = _CONCEDES.match(text)
    if found is None or not _NOT_CONCEDING.isdisjoint(found["subject"].lower().split()):
        return None
    first = found["subject"].split(maxsplit=2)
    named = first[0] == "It" or (first[0].lower() not in _SUBJECT_OPENERS and (
        len(first) > 1 and is_capital(first[1][:1]) or not is_common_word(first[0].removesuffix("'s"))))
    if not named:
        return None  # ("Hundreds of people may have died, but officials have yet to confirm": a hedge)
    but = _CONCEDED_BUT.search(text, found.end())
    if but is None:
        return None
    before, tokens = text[: but.start()], text[but.end() :].split()
    words = [t.lower().strip(",;:.") for t in tokens[: _PHRASE_WORDS + 1]]
    at = next((k for k, t in enumerate(words[:_PHRASE_WORDS]) if t in _OWN), None)
    if at is not None:
        name = _opening_name(before) or _clause_name(before)
        phrase = at == 0 or words[0] in _PHRASE_OPENERS and all(
            t.isalpha() and t.islower() and not is_tensed(t) for t in tokens[:at])
        if name is None or not phrase:
            return None
        tokens[at] = name + tokens[at][len(words[at]) :]
        words[at] = ""
    elif not (is_capital(tokens[0][:1]) or words[0] in _SUBJECT_OPENERS or any(
            is_capital(t[:1]) for t in tokens[1:_DESCRIPTOR_REACH])):
        return None  # no subject opens the clause ("but says he is happy")
    if len(tokens) < 2 or not _UNNAMED.isdisjoint(words):
        return None
    clause = " ".join(tokens)
    return clause[:1].upper() + clause[1:]
