"""Trim a headline's clause, the way a sub-editor does, so its subject, verb and object fit whole.

Hedge Trimmer (Dorr, Zajic & Schwartz 2003) shortens a lead sentence by deleting the parts a
headline does without, rather than cutting its end. Here the deletions that need no parser:

* **A person is named by surname** ("Lindsay Davenport" -> "Davenport", "Prime Minister Tony Blair"
  -> "Blair"), but only when the article itself calls the person by the surname alone: the evidence
  that the run of capitalised words is a person's name and not "Manchester United" or "New York"
  (not after an article, "the State of Terror", nor before another capital, "State Department", nor
  after the name's own first word in lower case, "al Qaeda"; nor a run that a year follows, "Aero India
  2005", or that a people's name ends or stands before its last word, "London Irish", "Irish Lions").
* **The subject's descriptor goes with it** ("Top seed Guillermo Coria went out" -> "Coria went
  out"): the words before a name so shortened at the head of the line, when a verb follows the name;
  or, asked to describe, a few words that tell who the person is stay before the surname ("Oasis singer
  Gallagher fined"), as a sub-editor writes a name the reader may not know (the headline keeps them
  where the line still ends where it would without them).

Every rule deletes words; none adds one.
"""

from __future__ import annotations

import re
from operator import and_

from ..language import stop_words
from .wordforms import is_common_word, is_modifier, is_noun, is_verb, may_be_verb

__all__ = [
    "shorten_names", "described_names", "is_first_name", "used_alone", "occurrences", "TITLES", "PEOPLES",
    "PEOPLES_ADJECTIVE", "INSTITUTIONS", "ACRONYM", "YEAR", "ARTICLES", "NAME_PARTICLES", "describes",
    "tells_who", "WHEN", "POSSESSIVE_ENDS",
]

_POSSESSIVE = re.compile(r"(['’]s?)$")
#: What a possessive ends on in a token (no line break), found without a pattern.
POSSESSIVE_ENDS = _POSSESSIVE_ENDS = ("'", "’", "'s", "’s")
# Capitalised words that are no part of a person's name: a run is not cut before them.
_NOT_NAMES = frozenset(
    "january february march april may june july august september october november december monday "
    "tuesday wednesday thursday friday saturday sunday".split()
)
# What may stand in a descriptor before a name ("Former Labour prime minister", "Top seed",
# "Harry Potter director"): no verb and none of these, which open a phrase of their own.
_NOT_DESCRIPTOR = frozenset(
    "of to in on at by for with from and or but as than that who which whom whose where after "
    "before into against about over under between among through during without within across toward "
    "towards behind beyond upon".split()  # (not "Investigation into doping claims against | Marion Jones")
)
_MAX_DESCRIPTOR = 6
# Who a person is to someone named before them: the possessor is what the reader knows ("Adriano's agent").
_KIN = frozenset(
    "wife husband son daughter brother sister girlfriend boyfriend fiancee fiancée fiance widow "
    "widower".split())
_RELATIONS = _KIN | frozenset(
    "agent lawyer lawyers attorney solicitor mother father spokesman spokeswoman spokesperson aide".split())
# Words that open a condition, capitalised at a line's start: no part of the name after them, and what
# follows them did not happen ("If Eoin Morgan wanted to ..."; "When Poyet lost his temper" did).
_OPENS_A_CLAUSE = frozenset({"if", "unless", "whether"})
# Words of a title's time or rank, which stand before the title only ("former | Sen. John Danforth").
_OF_THE_TITLE = frozenset("former late then acting outgoing incoming deputy ex".split())
# Titles that stand before a surname alone ("Mr Blair"): the article does use the surname alone.
TITLES = frozenset("Mr Mrs Ms Dr Mr. Mrs. Ms. Dr. Sir".split())
ARTICLES = _ARTICLES = frozenset({"the", "a", "an"})
# Titles that "of" splits ("Secretary of State John Kerry"): the name keeps the title's end ("Secretary
# of State Kerry", not "Secretary of Kerry").
_SPLIT_TITLES = frozenset(
    "Secretary Minister Chancellor Governor Director Duke Duchess Earl Chief Head".split())
# A people's name ends a club's or a firm's name ("London Irish", "London Welsh"), not a person's, and
# is no given name ("Australian Open", "Irish Lions").
PEOPLES = frozenset(
    "Irish Welsh Scottish British English French Dutch Spanish Polish Turkish Danish Swedish Finnish Swiss "
    "Chinese Japanese Portuguese American Australian Canadian Italian German Russian Indian Brazilian "
    "Mexican Egyptian African European Asian Korean Iranian Iraqi Israeli Pakistani Afghan Syrian Belgian "
    "Norwegian Austrian Argentine Kenyan Nigerian".split()
)
#: A people's adjective, also beyond the names above ("Saudi", "Iraqi", "Swiss").
PEOPLES_ADJECTIVE = re.compile(
    r"[A-Z][a-z]+(?:ian|ean|can|ese|ish|eli|aqi|ani|udi)|French|Dutch|Greek|Swiss|Thai")
# Words that end an institution's or a place's name ("Singapore Changi Airport", "Kingston University"),
# never a person's: a run ending on one is no given name and surname.
INSTITUTIONS = frozenset(
    "Airport Airlines Airways University College School Hospital Museum Gallery Stadium Council Party Bank "
    "Group Company Corporation Club Ministry Department Agency Association Federation Union League Cup Awards "
    "Festival Station Square Prison Institute Foundation Society Centre Center Office Trust Board Commission "
    "Committee Authority Police Academy Zoo Cathedral Palace Theatre Theater Exchange Fund Network Aquarium "
    "Hotel Library Mall Prize Service Times Journal Herald Army Navy Guard County Island Islands River "
    "Valley Gardens Arena Motors Studios Records Pictures".split()  # (not Hall, Court, Lake: surnames too)
)
#: The particles inside a name ("Rafael van der Vaart", "Hijo del Perro Aguayo").
NAME_PARTICLES = frozenset("van der den de del da di du dos das von le la bin ibn al".split())
_PLACE_ABBREVIATIONS = frozenset({"St", "Ste", "Mt", "Ft", "Pt"})  # a place's, never a given name
_PLACE_WORDS = frozenset("in at from to near across".split())
_JOINERS = frozenset("-'’")
_QUOTES = "\"“”'‘’"
_CLOSING, _ENDS_A_SENTENCE, _OPENING = ".,;:" + _QUOTES, ".!?:" + _QUOTES, _QUOTES + "("  # (joined once)
#: An acronym: "US", "U.S.", "FBI".
ACRONYM = re.compile(r"(?:[A-Z]\.?){2,}")
#: A year ("2005"), written as a word.
YEAR = re.compile(r"(?:19|20)\d\d")
_NAME = re.compile(r"[^\W\d_]+(?:[-'’][^\W\d_]+)*")


def _is_capitalised(token: str) -> bool:
    return len(token) > 1 and token[0].isupper() and not token.isupper() and token[1:2].isalpha()


def shorten_names(line: str, text: str) -> str:
    """``line`` with each person's full name cut to the surname the article ``text`` uses alone, and
    the descriptor of a subject so named dropped (words are only deleted)."""
    named, described = described_names(line, text)
    return " ".join(named.split()[described:]) if described else named


def _quoted(name: str, text: str) -> bool:
    """Whether ``text`` quotes ``name`` alone, between quotation marks ('"Jihadi John,"'; not a possessive's
    apostrophe: "'Tina Fey's"). (String searches: a pattern made for each name would be compiled anew.)"""
    at = text.find(name)
    while at >= 0:
        after = at + len(name)
        if at and text[at - 1] in _MARKS:
            close = after + (text[after : after + 1] in (",", "."))
            if close < len(text) and text[close] in _MARKS and not text[close + 1 : close + 2].isalnum():
                return True
        at = text.find(name, after)
    return False


_MARKS = "\"“”‘’'"  # (opening and closing marks: a straight mark is either)


def described_names(line: str, text: str, given: bool = False) -> tuple[str, int]:
    """:func:`shorten_names`'s line, but with the few words that tell who a subject so named is kept
    before the surname ("Oasis singer Gallagher", :func:`tells_who`), and how many words they are (0:
    none kept; :func:`shorten_names`'s line is the rest). With ``given``, each person keeps the given
    names and what the line says they are ("Actress Liza Minnelli"), and loses only a title the article
    puts before the surname alone ("Mr Straw") or a function word read as a given name ("But Budi's")."""
    tokens = line.split()
    size = len(tokens)
    # Which tokens are capitalised, found once (the loop reads most twice): :func:`_is_capitalised`
    # written out, without a call for each word; the first letter's case is read for every word without
    # a Python step (``map``), the rest only for the words that open on a capital.
    capitalised = [t[0].isupper() and len(t) > 1 and not t.isupper() and t[1].isalpha() for t in tokens]
    if not any(map(and_, capitalised, capitalised[1:])):
        return " ".join(tokens), 0  # no two capitalised words side by side: no full name to cut
    capitalised.append(True)  # (where the search for the next capitalised word stops: the line's end)
    stop = stop_words("english") if given else frozenset()
    out: list[str] = []
    described = 0  # the words kept before the subject's surname that tell who the person is
    subject_at = None  # where the shortened name at the head of the line stands in ``out``
    i = 0
    while i < size:
        if not capitalised[i]:
            # Words up to the next capitalised one, copied at once: no name among them, and ``out``
            # only grows, so one test of the descriptor's length after them answers as one after each.
            following = capitalised.index(True, i)
            out.extend(tokens[i:following])
            i = following
            if subject_at is None and len(out) > _MAX_DESCRIPTOR:
                subject_at = -1  # past the head of the line: no descriptor to drop any more
            continue
        if tokens[i].lower() in _OPENS_A_CLAUSE or i == 0 and _gerund(tokens[i]):
            # "If Eoin Morgan wanted ...", "Writing Microsoft Word document can be ...": the "If" and the
            # gerund are no part of the name
            out.append(tokens[i])
            i += 1
            continue
        j = i
        # A run of capitalised words, closed by a possessive or punctuation ("Arsenal's", "Kyiv,").
        while j < size and capitalised[j] and tokens[j].lower() not in _NOT_NAMES:
            j += 1
            if tokens[j - 1][-1] in ",;:" or tokens[j - 1].endswith(_POSSESSIVE_ENDS):
                break
        # (not the end of a longer name after its particle: "Hijo del | Perro Aguayo")
        ends_a_name = j - i == 2 and i > 1 and tokens[i - 1] in NAME_PARTICLES and capitalised[i - 2]
        if j - i >= 2 and not ends_a_name:
            surname = _without_possessive(tokens[j - 1].rstrip(",;:"))
            first = tokens[j - 2]
            # A number after the run ("Aero India 2005"), a people's name at its end ("London Irish") or
            # an institution's word ("Changi Airport") makes it an event's, a club's or a place's name.
            numbered = j < len(tokens) and YEAR.fullmatch(tokens[j]) is not None and tokens[j - 1] == surname
            person = not numbered and surname not in PEOPLES and surname not in INSTITUTIONS
            person = person and is_first_name(first) and _NAME.fullmatch(surname) is not None
            person = person and first.rstrip(".") not in _PLACE_ABBREVIATIONS  # "St. Louis", "Mt. Everest"
            # Two given names that share the surname ("Andy and Jamie Murray", "Patrick and Sue Ellen
            # Kilgallon", and "Andy Murray" in the text): two people, not "Andy and Murray".
            person = person and not (len(out) > 1 and out[-1] == "and" and f"{out[-2]} {surname}" in text)
            # A name the article quotes is a nickname or a title, whole or not at all ('the world knows as
            # "Jihadi John"', not "knows as John").
            person = person and not _quoted(f"{first} {surname}", text)
            if person and used_alone(surname, first, text):
                if given and first not in TITLES and first.lower() not in stop:
                    subject = (subject_at is None and _descriptor(out) and j < len(tokens)
                               and _verb_next(tokens[j]))
                    out[:], kept = _named_in_full(out, tokens[i:j], subject)
                    if subject:
                        described, subject_at = kept, 0
                    i = j
                    continue
                if subject_at is None and _descriptor(out) and j < len(tokens) and _verb_next(tokens[j]):
                    # (with the title the name opens on after them: "U.S. | District Judge | Terrence Berg";
                    # not "Sir", nor a given name: "Marion 'Suge' Knight"; a title alone goes: "President
                    # Putin" is "Putin")
                    title = _title(tokens[i : j - 2]) if out else None
                    who = [*out, *title] if title is not None else []
                    out[:] = who if tells_who(who) else []
                    described = len(out)
                    subject_at = 0
                elif out and (out[-2:-1] and out[-1] == "of" and out[-2] in _SPLIT_TITLES
                              or ACRONYM.fullmatch(out[-1]) or out[-1].lower() in _OF_THE_TITLE):
                    # The title's end ("Secretary of State | John | Kerry"), the title that an acronym's
                    # body gives ("US President | George | Bush": not "US Bush"), or a title's time or
                    # rank ("former Sen. | John | Danforth": not "former Danforth").
                    out.extend(tokens[i : j - 2])
                out.append(tokens[j - 1])
                i = j
                continue
        if j > i:
            out.extend(tokens[i:j])
            i = j
        else:
            out.append(tokens[i])
            i += 1
        if subject_at is None and len(out) > _MAX_DESCRIPTOR:
            subject_at = -1  # past the head of the line: no descriptor to drop any more
    return " ".join(out), described


def _named_in_full(before: list[str], run: list[str], subject: bool) -> tuple[list[str], int]:
    """The words up to a person's name (``before``) and the name's ``run`` of capitalised words, with the
    name in full (:func:`described_names`'s ``given``), and how many words before it say who the person
    is. The title the run opens on stays where it tells who ("Home Secretary | David Blunkett"), and for
    a ``subject``, with the words before it that do ("Actress | Liza Minnelli", "Pop star | Christina
    Aguilera"; not "Irrepressible | Mario Balotelli", "Banco de Portugal Governor | Carlos Costa", whose
    run holds a name before the title); the given names do, not a function word the run opens on ("Either |
    Benjamin Netanyahu")."""
    stop = stop_words("english")
    start = len(run) - 2  # (where the given names before the first open: "Brazilian President | Fernando")
    # (nor a title of the past, which no given name is: "Then-President | George")
    while start and not (run[start - 1] in TITLES or run[start - 1].lower() in stop
                         or ACRONYM.fullmatch(run[start - 1]) or is_common_word(run[start - 1].lower())
                         or run[start - 1].lower().startswith("then-")):
        start -= 1
    title, given = _title(run[:start]) or [], run[start:-2]
    # (a lone word that opens the run and would go may be the first of the given names, a common word
    # too: "Martin | Luther King", "Mark | David Chapman"; not an adjective nor a participle:
    # "Irrepressible", "Disgraced")
    lone = start == 1 and _may_be_given(run[0])
    if subject:
        who = [*before, *title]
        before = who if tells_who(who) else []
        if lone and not before:
            given = [run[0], *given]
    elif title and tells_who(title):
        before = [*before, *title]
    elif lone:
        given = [run[0], *given]
    return [*before, *given, *run[-2:]], len(before)


def _may_be_given(word: str) -> bool:
    """Whether the capitalised common ``word`` that opens a name's run may be a given name ("Martin",
    "Frank", "Rose"): no title ("Mr", "Dame"), function word, adjective ("Irrepressible") nor participle
    ("Disgraced", "Grieving")."""
    low = word.lower()
    return (is_common_word(low) and word not in TITLES and word not in _HONOURS
            and low not in stop_words("english") and not is_modifier(low) and not low.endswith(("ed", "ing"))
            and _NAME.fullmatch(word) is not None)


# Honours and ranks a run may open on before the given names ("Dame | Judi Dench", "Lord | Peter
# Mandelson"), which go as a title does.
_HONOURS = frozenset("Dame Lord Lady Baroness Baron Prince Princess King Queen Pope Saint Father".split())


def _gerund(word: str) -> bool:
    """Whether the capitalised ``word`` that opens a line is an -ing form of a common verb ("Writing"),
    not a name ("Fleming")."""
    low = word.lower()
    return low.endswith("ing") and may_be_verb(low) and is_common_word(low)


def is_first_name(word: str) -> bool:
    """Whether the word before a surname may be a given name: no common English word ("Black Hawk",
    "Air Yeezy", "Manchester United" and "Lord Chancellor" are no person's names) nor a people's name
    ("British and Irish Lions", "Welsh Rugby")."""
    return not is_common_word(word) and word not in PEOPLES


def _without_possessive(word: str) -> str:
    """``_POSSESSIVE.sub("", word)``, the pattern run only for a word with an apostrophe (most have none)."""
    return _POSSESSIVE.sub("", word) if "'" in word or "’" in word else word


def _descriptor(before: list[str]) -> bool:
    """Whether the words before a name at the head of the line describe it ("Top seed"); not whose
    relation the name is, which says who the person is ("Adriano's agent | Gilmar Rinaldi")."""
    return len(before) <= _MAX_DESCRIPTOR and not any(
        w.lower().strip(",;:") in _NOT_DESCRIPTOR or w.lower() in _OPENS_A_CLAUSE or w[-1] in ",;:"
        or (w.islower() and is_verb(w))
        for w in before
    ) and not any(w.endswith(_POSSESSIVE_ENDS) and u.lower() in _RELATIONS
                  for w, u in zip(before, before[1:]))


def _title(run: list[str]) -> list[str] | None:
    """The title that a run of capitalised words opens on before the given name ("District Judge |
    Terrence"): common words and acronyms, not "Sir" nor a given name ("Marion 'Suge'") at its end;
    None where a name stands inside it ("Portugal | Governor", after "Banco de")."""
    titled = [w not in TITLES and (ACRONYM.fullmatch(w) is not None or is_common_word(w.lower()))
              for w in run]
    end = len(run)
    while end and not titled[end - 1]:
        end -= 1
    return run[:end] if all(titled[:end]) else None


def tells_who(before: list[str]) -> bool:
    """Whether the words before a subject's name say who the person is, so that they stay before the
    surname ("Oasis singer | Gallagher", "Former WorldCom chief | Ebbers", "Britain's | Hamilton"): a few
    words that end on a noun, a name or a possessive; not an opening that is no description ("That's how",
    "Irrepressible")."""
    if not before or len(before) > _TELLS_WHO or any(
            w.lower() in _NOT_WHO or w.lower().startswith("then-") or _GLUED.match(w) for w in before):
        # (nor "Then-former", nor two words a lost space glued: "LondonApple CEO")
        return False
    if any(w[:1].islower() and w.endswith(_POSSESSIVE_ENDS) and _without_possessive(w) not in WHEN
           for w in before):
        # whose the line does not say: "club's manager | Pulis" (from "The club's manager"; not "Last year's
        # winner")
        return False
    last = before[-1]
    if last.endswith(_POSSESSIVE_ENDS) or last in _ROLE_ACRONYMS:
        return True  # "Britain's | Hamilton", "Tory MP | Sayeed"
    # a noun that names a person's role ("singer", "boss", "District Judge"; not "The memory | Brown", nor
    # a place's or a body's acronym: "U.N. | Annan"), not someone's relation, whose the line does not say
    # ("wife | Smith", "Former girlfriend | Smith", "spokesman | Mann" or "winner | Ainslie" alone; not
    # "Pregnant mother | Jones", "Wimbledon winner | Bartoli")
    low = last.lower()
    alone = len(before) == 1 and (low in _RELATIONS or low in _OF_WHAT)
    if alone or low in _NOT_ROLES or low in _SOMEONES_KIN:
        return False
    return is_noun(low) and (low.endswith(_ROLE_ENDINGS) or low in _ROLES)


def describes(sentence: str) -> bool:
    """Whether the words that open ``sentence`` may tell who its subject is: not a possessive pronoun nor
    an adverb that headlinese drops before them ("His wife | Jane Smith", "Now manager | Steve Bruce")."""
    first = sentence.split(maxsplit=1)[:1]
    return not first or first[0].lower().strip(_QUOTES) not in _NOT_WHO


_TELLS_WHO = 4  # words of a descriptor at most that stay before a surname (a longer one goes)
_GLUED = re.compile(r"[A-Z][a-z]{3,}[A-Z][a-z]")  # (not "McDonald's", "MacDonald")
# What a noun that names a person's role ends on ("singer", "actor", "guitarist", "comedian", "actress",
# "chairman", "president"), and roles that end otherwise.
_ROLE_ENDINGS = ("er", "or", "ist", "ian", "ess", "man", "woman", "ant", "ent")
_ROLES = frozenset(
    "star boss chief legend tycoon mogul host head coach captain pundit veteran hopeful icon champion envoy "
    "judge secretary official king queen prince princess aide chef heir rival hero idol poet model ace "
    "forward back prop skipper jockey athlete rookie teen girl boy pupil doctor nurse suspect victim "
    "refugee migrant candidate nominee billionaire "
    "millionaire heiress socialite celebrity comic mayor general admiral marshal lord bishop pope cardinal "
    "priest imam rabbi expert executive great attorney".split()
)
_ROLE_ACRONYMS = frozenset("MP MEP MSP AM DJ CEO CFO PM QC".split())
_NOT_WHO = frozenset(
    "that's it's here's there's what's how why when where this that these those so other another "
    # (a pronoun's possessive or "fellow", whose the line does not say: "His wife", "Our reporter"; an
    # opening adverbial: "Every summer", "Despite the danger", "Unlike his brother", "Yesterday"; not "even",
    # whose "Not even manager" keeps its "not", nor "last": "Last year's winner")
    "his her its their our my your fellow every each since despite throughout unlike like alongside inside "
    "outside amid amidst besides beside also only just still now meanwhile yesterday today tonight "
    "once".split())
# Nouns that end as a role does and name none ("Big business", "Last summer"); a person's kin, who is
# someone else's ("His wife", "Former girlfriend"; a parent may be a status: "Pregnant mother"); and roles
# that say nothing alone, without of what ("The winner | Ben Ainslie").
_NOT_ROLES = frozenset(
    "business summer winter danger cancer chamber weather water paper letter order border murder corner "
    "matter power moment government parliament tower quarter".split())
_SOMEONES_KIN = _KIN | {f"ex-{kin}" for kin in _KIN} | {"partner"}
_OF_WHAT = frozenset("mother father winner member".split())
WHEN = frozenset("year week month season night weekend today yesterday tonight".split())  # ("year's")


def _verb_next(token: str) -> bool:
    verb = is_verb(token) or (may_be_verb(token) and token.endswith("s"))
    return token.islower() and (verb or token == "to")


_NUMBERS = frozenset(
    "one two three four five six seven eight nine ten eleven twelve twenty fifty hundred".split())


def used_alone(surname: str, given: str, text: str) -> bool:
    """Whether ``text`` names ``surname`` without the word that comes before it in the line (the first
    name, or a title): a capitalised word before it would make it part of another name."""
    given = _without_possessive(given)
    if given.lower() in _NUMBERS:
        return False  # "Six Nations", "Three Lions": a number opens a name, never a person's
    # A place ("in London", beside "London Irish") is no given name.
    spaced = f" {surname}"
    for at in occurrences(given, text):
        rest = text[at + len(given) : at + len(given) + len(surname) + 1]
        if rest[:1] in _JOINERS or rest == spaced:
            continue  # "London's", "London-based", the full name itself
        if _word_before(text, at).lower() in _PLACE_WORDS:
            return False
    # An adjective opens sentences too ("Sumitomo Mitsui Financial", "Financial newspaper Nihon ...").
    common = is_modifier(surname)
    for at in occurrences(surname, text):
        if _is_capitalised(_word_after(text, at + len(surname))):
            continue  # "the State Department": the start of another name, not the surname alone
        word = _word_before(text, at)
        if not word or word.rstrip(_CLOSING) == "" or word[-1] in _ENDS_A_SENTENCE:
            if common:
                continue
            return True  # at the start of a sentence or a quotation
        word = word.strip(_OPENING)
        if word.lower() in _ARTICLES:
            continue  # "the State of Terror": a person is not named with an article
        if word in TITLES or word.lower() != given.lower() and not _is_capitalised(word):
            return True  # "Mr Blair", "said Blair"; not "with al Qaeda" (the name's own particle)
    return False


def occurrences(word: str, text: str, joiners: str = ""):
    """Where ``word`` stands in ``text`` as a whole word (str.find: no pattern compiled per name): no
    letter, digit or one of ``joiners`` on either side ("-": not a part of "first-time buyers")."""
    at, size, last = text.find(word), len(word), len(text)
    while at >= 0:
        end = at + size
        # (Each side read in line, not by a call for each: a letter, a digit or a joiner joins.)
        before = at == 0 or not (text[at - 1].isalnum() or text[at - 1] in joiners)
        if before and (end == last or not (text[end].isalnum() or text[end] in joiners)):
            yield at
        at = text.find(word, end)


def _word_after(text: str, at: int) -> str:
    """The word that follows ``at`` in the same clause ("" after punctuation)."""
    rest = text[at : at + 30]
    found = rest.split(maxsplit=1)  # (the first word and the rest: no string for each word)
    return found[0] if found and rest[:1] == " " else ""


def _word_before(text: str, at: int) -> str:
    found = text[max(0, at - 30) : at].rsplit(maxsplit=1)  # (the last word and what is before it)
    return found[-1] if found else ""
