"""Headline: one short line made from the text itself.

**Choose.** One article's headline comes from its lead; a merged set's from the lead of the article
closest to what the reports share (the centroid of all sentences, weighed by the ranking, so the method
matters there); a lead that the next sentence sets "Now" against ("Now, the bones are to be reburied")
is that sentence's background, so the next is tried first. A sentence whose subject is a pronoun ("It
plans to ...") or a description ("The firm ...") is named by the name that opens the sentence before it,
when that name is its subject (a longer description, "The Russian President", by the subject of any of
its clauses), a description also by the name that ends that sentence ("... with the help of Joseph
Gordon-Levitt. The actor ..."), an object "him" that points ahead by the name its sentence goes on to
give, and an opening "He" that a clause after "but" names ("He may be hurt -- but golf legend Arnold
Palmer has vowed ...": that clause is the line), as a concession's does ("Aiken may not be defending his
title, but South African players will look to ...") (:mod:`.naming`); else it is passed over: the reader
would not know who "it" is, nor who a count alone stands for ("Two were part of a panel"). So is a
quotation (not a quoted title: '"Captain America" actor Chris Evans'), and the last sentence of one
('... portraits," Wang told CNN.'), and a frame that only introduces someone's words ("The New York Times
said in an editorial for Wednesday, Oct. 7:"). A line must also read as news by its form: it does not open
on a scene ("Anyone following ...", not "Anyone planning to move ... will have to", "Even as ...", "With
snow-capped mountains ...", an anecdote's time: "At first Goldstein thought ...", "A year ago, when ...") or a
writer's aside ("Still, ...", "Not surprisingly, ..."), nor on a preposition's phrase that no subject and
verb follow ("For the past decade or so virtual football fans"), nor on a habit or a comparison ("Usually
...", "Unlike last year, ..."), is no feature's beat of five words at most ("Ferguson is crumbling.",
"Winter will end."), does not only say that something is with no one named ("There are superyachts",
"Here's how it works"), gives the reader no order ("Click here ...", "Listen to ...", "Let's start ..."),
is no question and no writer's "I" or "you" (also before its cut; an "I", "my" or "our" anywhere in it,
which reads as the writer's once the quotation marks are gone), is no inversion ("At issue is Rubio"),
no example ("For instance, ..."), no plan that a "but" the cut dropped undoes ("was scheduled to die | but
... it was called off") and no noun cut from the "that" clause it needs ("served as jolting indication |
that ..."), and has a verb with a tense in its main clause that tells no habit ("always looked") nor a
likeness ("looks like"); the first of the first eight sentences that does is taken, else the first that
names its subject. Before the rules, one article's
first sentences may be put in another order by a small learned score (:mod:`.choice`, fit by ``python -m
evaluation.fit_headline``); the shipped weights keep the lead's order, which no design beat on development
data (``choice.json``, ``"first": 1``).

**Compress.** English gets headlinese (:mod:`.headlinese`: no dateline, asides,
attribution, articles or perfect auxiliaries; verbs stay finite), then its people named by surname
(:mod:`.trim`), an organisation by the acronym its article defines and uses when the line needs room
(:mod:`.acronyms`: "WTO to hold talks"), the main clause's "will" written "to" and its progressive the
simple present (:mod:`.tenses`: "Yukos to return to US court", "GM recalls 200,000 vehicles")
and a long subject cut back to its head when its verb would not fit (:mod:`.subject`).
Every language then gets the cut (:mod:`.cut`): a trailing clause
trimmed (English), then a phrase boundary within ``headline_words`` words. Given
``headline_characters`` alone, the line is the default line where it fits them; else, in English, the
same sentence's line at the largest word aim whose cut fits them (the rules' own line, shorter), and
last the longest line the cut gives within them (:mod:`.characters`). Given neither budget, the same
within ``default_headline_characters`` (80), a cap that gives way: the default line stays where no line
of the sentence within them ends a phrase (:func:`_ends_a_phrase`) and keeps its news. An
English line the default length carried past 15 words gives up a trailing adjunct that its main clause,
its point, its place and its cause can do without (:mod:`.tighten`: "Government of Nigeria hopes to
triple cocoa production over next three years | with launch of ambitious development programme"). Last,
an English line's simple past becomes the present headlines tell news in ("Typhoon Babs races toward
southern China"; :func:`.tenses.past_as_present`), after the cut, whose verb tests know the past's forms
best, and only where the line still fits its characters.

**Label** (``headline_label``, off by default). A topic label and ": " before the line when the document
has a keyphrase that makes a good one and it fits the budget ("Australian Open: Top seed Lindsay
Davenport booked her place in last 16"; :mod:`.label`).
"""

from __future__ import annotations

import re
from collections.abc import Callable

import numpy as np

from .acronyms import shorten_acronyms
from .characters import fit_characters, most_words
from .choice import choose
from .compress import passive_verb
from .closing import DASHES
from .cut import dangling, fit
from .ends import SAYING, object_left
from .copula import drop_copula, drop_past_copula
from .tenses import headline_tenses, past_as_present
from .background import OPENS_ON_A_SCENE, OPENS_ON_NOW, strip_background
from .label import label_line
from .headlinese import OPENING_NAME, PRONOUNS, is_capital, strip_wire, write_headlinese
from ..language import words
from .naming import concede, name_after_clause, name_ahead, name_object, name_pronoun
from .quotes import QUOTED_WORDS, requote
from .subject import AUXILIARIES, COUNTS as _COUNTS, main_verb, shorten_subject, tensed_at
from .trim import POSSESSIVE_ENDS, described_names, describes
from .tighten import tighten
from .length import fits, within_length
from ..vectorize import Features
from .wordforms import before_apostrophe, is_adverb, is_noun, is_tensed, may_be_noun, may_be_verb
from .wordforms import is_plural_noun, participle_of, verb_lemmas

__all__ = ["make_headline", "candidate", "reading_order", "compress"]

_VERB_WITHIN = 12  # words from the start within which a news line has its finite verb
_HABITUAL = frozenset("always usually often sometimes typically".split())  # beside a main verb: a habit
# Openings of a scene or a feature, not of a news clause (after headlinese has dropped an opening
# clause closed by a comma, these open one without a comma, or no clause at all).
_SCENE_OPENINGS = (_HABITUAL - {"always"}) | frozenset(
    "anyone anybody everyone everybody someone somebody nobody things imagine however indeed perhaps maybe "
    "well just even what why how among amid through throughout during despite with from like unlike".split()
)
# "Anyone" told of a duty is the subject of a rule that is news ("Anyone planning to move to the UK will
# have to pass a test"), not the reader drawn into a scene ("Anyone following the race could be forgiven").
_ANYONE = frozenset("anyone anybody everyone everybody".split())
_DUTY = re.compile(r"\b(?:will|would|must|shall)\s+(?:have|need|be\s+(?:required|obliged|forced|made|asked))\s+to\b|"
                   r"\bmust\b|\b(?:will|could|would)\s+face\b")
# A writer's aside before the clause ("Still, one does wonder"), set off by a comma.
_ASIDE_WITHIN = 3  # words before the comma that closes a writer's aside
_ASIDE_OPENINGS = frozenset("still even yet also then now so besides instead again apparently".split())
_WHO = frozenset({"who", "which"})  # relative pronouns after their noun (not "that", which may say what)
_GROUP_INSIDE = frozenset({"being", "been"})  # words inside a verb group, never its first
_GROUPED = AUXILIARIES | _GROUP_INSIDE  # words after which a verb group goes on
_EMAIL = re.compile(r"[\w.+-]+@[\w-]+\.\w")  # an e-mail address: a line for the reader, not news
# A writer's own voice or the reader's: a feature's opening, not a report ("I", "you", "we").
_PERSONAL = frozenset("I my me we our us you your".split())
_PERSONAL_WITHIN = 8  # words of the opening clause searched for them
# An "I" anywhere in the line reads as the writer's, a diarist's or a columnist's ("All the sporting people
# on the bid team think I'm mad"), a quotation's marks being gone: not a report; not "I" before a capital,
# which is a title's or a name's ("I'm A Celebrity"), nor a war's numeral ("World War I veteran").
_FIRST_PERSON = re.compile(r"\b(?:(?<!War )I(?:['’](?:m|ve|d|ll))?(?=\s+[a-z])|my|me|myself|our|ours|ourselves)\b")
# After a verb's base form that opens a sentence, these show it an order to the reader ("Click here",
# "Take a couple of ...", "Enjoy the latest pictures"), not a subject ("Record producer ...").
_ORDER_NEXT = frozenset(
    "the a an here out your yourself yourselves this these those our us me them some all".split()
)
# What only a reader is told to do, and the particle after it ("Listen to ...", "Scroll down").
_READERS_VERBS = frozenset("Listen Click Scroll Tune Subscribe Read Watch".split())
# Verbs that open an order to the reader before any lowercase word ("Forget the pyramids", "Imagine being
# ...", "Take combustible issues like ...", "Start thinking about ..."); a name follows them only in a
# name ("Take That").
_ORDERS = frozenset("Forget Imagine Remember Take Start Stop Picture Consider".split())
_READERS_PARTICLES = frozenset("to on in through down up below above more".split())
# Prepositions whose phrase may open a line before its subject ("In 1984 Thatcher met ...").
_PHRASE_OPENINGS = frozenset("in for by on after before since during over under to until within".split())
# "There" or "Here" and a verb of being: a line that says something exists, no actor and no event (not
# a lack, which may be the news: "There was not enough information to determine ...").
_EXISTENTIAL = re.compile(r"(?:There|Here)(?:['’]s|\s+(?:is|are|was|were|will|would|may|might|can|could|"
                          r"should|must|has|have|had|seems?|used|appears?)\b)(?!\s+not\b|n['’]t)")
# (Its quick test: "meth" of "something" or "yth" of "anything" in the lowered line; no other character
# matches these five letters in a case-blind pattern, as "ı" does "i" and "ſ" does "s".)
_VAGUE = re.compile(r"\b(?:something|anything)\b(?!\s+(?:of|to|that|which|who|about|up|from|for)\b)",
                    re.IGNORECASE)
# A plan in the past, then ", but": what the plan came to follows the "but".
_UNDONE_PLAN = re.compile(
    r"\b(?:was|were|had\s+been)\s+(?:scheduled|supposed|expected|due|set|meant|slated)\s+to\b[^,;]*,\s+but\b")
# A verb of seeming before "like": a description, not an event.
_SEEMING = frozenset("looks looked seems seemed sounds sounded feels felt".split())
_NO_ONE = frozenset({"one", "injuries", "casualties"})  # after "No": a subject ("No one wounded after ...")
# Who these stand for, a "No one" line never says ("No one knew him").
_PRONOUNS_AFTER = frozenset({"him", "her", "them", "his", "their"})
# After a count's "of", words that point at what the line does not say ("All of these women").
_POINTING = frozenset("these those them this that".split())
# Verbs that frame someone's words before a colon.
_FRAMING = frozenset("said says say wrote writes".split())
# Words that open a question: an auxiliary before its subject, or a question word.
_QUESTION_OPENERS = frozenset(
    "is are was were do does did have has had can could will would should shall may might must "
    "what what's why how who whom whose where when which".split()
)
_MIN_WORDS = 3  # a shorter line ("He snorted") says too little to be a headline
# A line of at most this many words names its people in full, within this many (:func:`_in_full`).
_SHORT_LINE = 8
_FULL_LINE = 12
# A sentence this short is a feature's opening beat or an aside ("Ferguson is crumbling.", "Winter will
# end.", "Friends called him Tony."), not a report, which says who did what, where or when.
_BEAT_WORDS = 5
_RELATIVES = frozenset({"who", "which", "that", "whose", "whom", "where"})
_MAX_TRIES = 8  # sentences compressed at most, looking for a headline that names its subject
_OPENING_QUOTE = "\"“‘'"
_DOUBLE_QUOTES = "\"“”"
# Openings that hide the subject (a pronoun, "There is a prospect that ...") or the main clause ("But
# when McIlroy pulled his shot", "If there is one thing").
_VAGUE_OPENINGS = PRONOUNS | frozenset(
    "this these that those but and or so yet when if while because although though as no not yes "
    "whether".split()
)


def make_headline(features: Features, rank: Callable[[], np.ndarray]) -> str:
    """The headline of the document (non-empty for a non-empty document); ``rank()`` gives the
    ranking scores of its sentences, asked for only when they choose (in a merged set). With
    ``headline_label``, a topic label goes before it when a good one fits (:mod:`.label`)."""
    line = _make_line(features, rank)
    return label_line(features, line) if features.options.headline_label else line


def _make_line(features: Features, rank: Callable[[], np.ndarray]) -> str:
    """The headline without a label. Given ``headline_characters`` alone, the default line where it fits
    them: the rules' own line, which a line made for the characters would cut shorter or fill to them
    with a trailing phrase ("Terry's goal on stroke of half-time puts Chelsea in front at Wembley" at 80
    characters, not another sentence's "Terry believes Chelsea's 'massive' Capital One Cup final win");
    else the same sentence's line made for them (:func:`_fitted`), else the line the characters choose.
    Given neither budget, the same within ``default_headline_characters``, a cap that gives way: the
    default line stays where no line of the sentence made for them ends a phrase and, if the default
    line reads as news, still does ("Iran nuclear negotiations in Lausanne, Switzerland" has no verb)."""
    options = features.options
    size = options.headline_budget()  # (words, overrun, characters)
    characters = size[2]
    if characters is None or options.headline_words is not None:
        return _chosen(features, rank, size)[0]
    line, i, news = _chosen(features, rank, options.line_budget())
    if len(line) <= characters:
        return line
    capped = options.headline_characters is None
    if capped:  # (a line of the default length's words at most is as long: the aims start below them)
        size = (min(size[0], len(line.split()) - 1), 0, characters)
    found = candidate(features, i, size, any_cut=not capped) if i is not None and size[0] > 0 else None
    if found is not None and found[0] and (found[2] or not news or not capped):
        return found[0]
    return line if capped else _chosen(features, rank, size)[0]


def _chosen(features: Features, rank: Callable[[], np.ndarray],
            size: tuple[int, int, int | None]) -> tuple[str, int | None, bool]:
    """The line within ``size`` (words, overrun, characters), the sentence it was made of (None for
    the lead's plain cut, the last resort) and whether it reads as news (:func:`candidate`)."""
    sentences = features.document.sentences
    order, free = reading_order(features, rank)
    if free:
        order = choose(features, order)  # the first few sentences by the learned choice (:mod:`.choice`)
    fallback = named = addressed = None
    for i in order[:_MAX_TRIES]:
        found = candidate(features, i, size)
        if found is None or not found[0]:
            continue
        line, names, news = found
        if news and features.options.language == "english" and _addresses(line):
            # (a line that speaks to its reader gives way to a later news line, not to one that is no news)
            addressed = addressed or (line, i, True)
            continue
        if news:
            return line, i, True
        if names:
            named = named or (line, i, False)
        fallback = fallback or (line, i, False)
    first = addressed or named or fallback
    if first is not None:
        return first
    lead = next(i for i in order if sentences[i].position == 0)
    line = compress(sentences[lead].text, size[0], features.options.language, "", size[1], size[2])
    return line, None, False


def reading_order(features: Features, rank: Callable[[], np.ndarray]) -> tuple[list[int], bool]:
    """The sentences in the order their lines are tried, and whether the first few are free to be
    chosen among (one article whose lead is not the background of the next sentence)."""
    sentences = features.document.sentences
    leads, later = [], []  # the articles' first sentences, the others (one pass)
    for i, s in enumerate(sentences):
        if s.position == 0:
            leads.append(i)
        elif s.position > 0:
            later.append(i)
    if len(features.document.articles) > 1 and features.document.size > 1:  # the first test is the cheap one
        # What the reports share: each article's lead by its closeness to the centroid of all
        # sentences, weighed by the ranking.
        centroid = np.asarray(features.tfidf.mean(axis=0)).ravel()
        value = (features.tfidf[leads] @ centroid) * (1.0 + _scaled(rank())[leads])
        leads = [leads[k] for k in np.argsort(-value, kind="stable")]
    # Passed over: a lead that opens with a quotation or whose headline would open with a pronoun
    # ("But on Skid Row, he was known as Africa"); then the next sentences in turn, a few at most.
    # A line must also carry news by its form (English): a lead that sets a scene ("Among majestic
    # Roman ruins ...", "Things could have been worse") gives way to the next sentence that has a
    # finite verb and opens with its subject; with none, the first line that names its subject.
    order = [*leads, *later]
    if features.options.language == "english" and len(leads) == 1 and later and OPENS_ON_NOW.match(
        sentences[later[0]].text
    ):
        # "Richard III's remains were found in 2012. Now those bones are to be reburied": the lead
        # was the background of the news that the next sentence sets against it.
        order[:2] = order[1::-1]
        return order, False
    return order, len(leads) == 1


def candidate(features: Features, i: int, size: tuple[int, int, int | None],
              any_cut: bool = True) -> tuple[str, bool, bool] | None:
    """Sentence ``i``'s headline, whether it names its subject, and whether it also reads as news by
    its form (English; any named line in another language); None for a quotation (or its last
    sentence) or an aside in brackets. ``any_cut`` False: within characters, only the rules' own line
    at a smaller aim (:func:`_fitted`), else an empty line."""
    sentences = features.document.sentences
    language = features.options.language
    english = language == "english"
    text = sentences[i].text
    bare = strip_wire(text)
    if _opens_a_quotation(bare) or _closes_quote(text) or _frames_what_follows(bare) or (
            "@" in bare and _EMAIL.search(bare)):
        return None  # (nor a line that gives an address to write to: "Email your tips to CNNtips@cnn.com")
    # "At first Goldstein thought ...", "A year ago, when ...": an anecdote's scene, not the news.
    scene = english and OPENS_ON_A_SCENE.match(bare) is not None and (
        OPENS_ON_A_SCENE.match(strip_background(bare)) is not None)  # not "Back in 2010 ...; now ..."
    if english and i > 0 and sentences[i - 1].article == sentences[i].article:
        text = name_pronoun(text, strip_wire(sentences[i - 1].text)) or text  # "It plans" -> "Hyundai plans"
    if english:
        text = name_ahead(bare) or text  # "He may be hurt -- but golf legend Arnold Palmer has vowed ..."
        text = name_after_clause(bare) or text  # "When Jo Hill won, she thanked" -> "Jo Hill thanked"
        text = name_object(text) or text  # "may elude him but ..., Gordon Brown can" -> "elude Gordon Brown"
        text = concede(text) or text  # "Vonn may have missed out on gold, but the American skier has ..."
    source, line = _compress(text, size[0], language, _article_text(features, i), size[1], size[2], any_cut)
    names = _names_its_subject(line, english)
    news = names and (
        not english or (not scene and _carries_news(line, source) and not _gives_an_order(text)
                        and not (_gives_an_order(line) and not _lost_its_article(line, text))
                        and len(words(bare)) > _BEAT_WORDS and not _speaks_as_i(line)
                        and not _plan_undone(line, text) and not _content_cut(line, source)
                        and not _points_back(line, bare))
    )
    return _finish(line, text, language, size[2]), names, news


def _frames_what_follows(sentence: str) -> bool:
    """Whether the sentence only introduces someone's words that follow it: it ends on a colon after a
    verb that frames words ("The New York Times said in an editorial for Wednesday, Oct. 7:"); not a list's
    heading, which names what follows ("Following are excerpts from the final report ...:"), nor a finding
    ("A study found three main causes of the decline:")."""
    if not sentence.endswith(":"):
        return False
    return not _FRAMING.isdisjoint(w.strip(",;:") for w in sentence.lower().split())  # ("said:" is "said")


def _plan_undone(line: str, sentence: str) -> bool:
    """Whether the sentence tells of a plan that a "but" undoes ("Gissendaner was scheduled to die at 7
    p.m., but ... it was called off", "Gazprom had been expected to win, but ended up not bidding") and
    the line was cut before it: the line would tell the plan as the news."""
    return " but " in sentence and _UNDONE_PLAN.search(sentence) is not None and " but " not in line


def _content_cut(line: str, source: str) -> bool:
    """Whether the line ends on a noun whose "that" clause, cut away, holds the point ("Events in Dublin
    served as jolting indication | that England remain a work in progress")."""
    last = line.split()[-1:]
    return bool(last) and last[0] in _POINT_NOUNS and f" {last[0]} that " in source and (
        f"{last[0]} that" not in line)


# Nouns that say nothing without their "that" clause (not "warning", "message": "officials receive
# detailed warning" tells the news).
_POINT_NOUNS = frozenset("indication sign signal evidence proof reminder suggestion hint".split())


def _speaks_as_i(line: str) -> bool:
    """Whether the line has an "I" ("think I'm mad", "my role"), which reads as the writer's: said
    outside a quotation, or inside one whose marks headlinese dropped ("speaks about 'one of the worst
    experiences of my life'", "one of proudest nights of my career")."""
    return _first_person(line)


def _addresses(line: str) -> bool:
    """Whether the line speaks to its reader anywhere ("might make you feel sick", "4 tips to know your
    value") or of anyone at all ("can blow anyone's budget"): a column's or a feature's, not a report."""
    return ("you" in line or "one" in line) and not _READER.isdisjoint(
        w.strip(",;:'’\"") for w in line.split())


_READER = frozenset("you your you've you're yourself anyone's".split())  # (not "everyone on board")


def _first_person(text: str) -> bool:
    """``_FIRST_PERSON.search(text) is not None``, with a quick test first: each of its words opens on
    "I", "my", "me" or "our" (str finds them at once; the engine, on a pattern that opens on a word
    boundary, tries every character: 19 thousand instructions a line, 2 thousand for the test)."""
    return ("I" in text or "my" in text or "me" in text or "our" in text) and _FIRST_PERSON.search(text) is not None


def _lost_its_article(line: str, sentence: str) -> bool:
    """Whether ``line`` opens on the noun its sentence gave an article ("The start of the season ..."
    -> "Start of season"): a subject, not an order to the reader."""
    first, opening = line.split(maxsplit=1)[:1], sentence.split(maxsplit=2)[:2]
    return bool(first) and len(opening) == 2 and opening[0].lower() in ("the", "a", "an") and (
        opening[1].lower() == first[0].lower())


def _opens_a_quotation(text: str) -> bool:
    """Whether the sentence opens with someone's words or an aside in brackets, not with a quoted
    title or name that its clause goes on after ('"Captain America" actor Chris Evans met ...')."""
    if text[:1] == "(":
        return True
    if text[:1] not in _OPENING_QUOTE:
        return False
    # (a stretch of a few words, the clause going on after it: a title)
    quoted = re.match(r".([^\"“”‘’'.,!?;:]{1,60}?)[\"”’'](?=\s+[\w(])", text)
    return quoted is None or len(quoted.group(1).split()) > QUOTED_WORDS


def _closes_quote(text: str) -> bool:
    """Whether the sentence ends a quotation opened before it: its first double quotation mark is a
    closing one ('The paper was left over," Wang said.')."""
    # The first double mark (str finds each faster than the engine reads the class of three).
    found = [at for at in map(text.find, _DOUBLE_QUOTES) if at >= 0]
    if not found:
        return False
    at = min(found)
    return text[at] == "”" or (at > 0 and not text[at - 1].isspace() and text[at - 1] not in "(["
                                and (at + 1 == len(text) or text[at + 1].isspace()))


def _article_text(features: Features, i: int) -> str:
    return features.document.articles[features.document.sentences[i].article].text


def _scaled(values: np.ndarray) -> np.ndarray:
    spread = float(np.ptp(values)) if values.size else 0.0
    return (values - values.min()) / spread if spread > 0 else np.zeros(values.shape)


def _first_relative(found: list[str]) -> int:
    """Where the first relative pronoun stands among the words (in any case), or their number: the
    same as a loop over the words, with no Python step per word (most lines have none)."""
    # The quick test first: a word that lowercases to one of them leaves "who", "which", "that" or
    # "where" in the line lowercased whole (str.lower maps each character on its own, save a Greek
    # capital sigma, which lowercases to no Latin letter).
    low = " ".join(found).lower()
    if not ("who" in low or "that" in low or "which" in low or "where" in low):
        return len(found)
    lowered = list(map(str.lower, found))
    present = _RELATIVES.intersection(lowered)
    return min(map(lowered.index, present)) if present else len(found)


def _names_its_subject(line: str, english: bool) -> bool:
    """Whether a headline says who it is about: enough words, not opening with "it", "he" or "there"."""
    found = words(line)
    if len(found) < _MIN_WORDS:
        return False
    opening = before_apostrophe(found[0])  # "That's", "There's"
    acronym = len(opening) > 1 and opening.isupper()  # "US" is no "us"
    # (nor is a name's word: "Us Weekly magazine retracts story", an object's pronoun that opens no sentence)
    named = acronym or opening.lower() in _NAMING_PRONOUNS and len(found) > 1 and is_capital(found[1][:1])
    if not english:
        return True
    # A line without a verb states nothing ("March 11, 2015"; "Parmalat, the dairy company which ...":
    # a verb of a relative clause does not count, but an auxiliary right after its one verb opens the main
    # one, and so does a verb after the clause that the form shows: "player who killed referee | sentenced").
    relative = _first_relative(found)
    if not any(w.islower() and may_be_verb(w) for w in found[1:relative]) and not _after_relative(
            found, relative) and not _verb_after_relative(found, relative):
        return False
    # A past verb and then a function word lost its subject ("Led to Tony Blair being read the riot
    # act"); before a noun a participle is an adjective ("Animated movie Robots opens").
    verb_first = participle_of(opening) is not None and found[1].lower() in dangling("english")
    negated = found[0].lower().endswith(("n't", "n’t"))  # "Doesn't make him less wonderful": no subject
    # "No one wounded after bombs hurled at station"; not "No one knew him": who he is, the line never says.
    no_one = opening == "No" and found[1].lower() in _NO_ONE and not _PRONOUNS_AFTER.intersection(found)
    # A count or a quantifier that stands alone as the subject ("Two were part of a panel", "One is a
    # former cornerback", "Others persisted"), or of what the line does not name ("All of these women
    # left a mark", "One of them died"): who they are, the line never says.
    after = found[1]
    counted = opening.lower() in _COUNTS and (after in AUXILIARIES or is_tensed(after) and not is_noun(after)
                                              or after == "of" and found[2].lower() in _POINTING)
    return not ((opening.lower() in _VAGUE_OPENINGS and not named and not no_one) or verb_first or negated
                or counted)


def _points_back(line: str, sentence: str) -> bool:
    """Whether the line's subject is a noun alone that stood for what an earlier sentence told, "the" or
    "this" before it in ``sentence`` and its verb (or its auxiliaries) right after it ("The move comes on
    the heels of ...", "The decision follows a state Supreme Court ruling", "The news revives ...": which
    move, which news, the line never says; not "An attack killed 12", "The decision on super-casinos ...",
    nor a verb that tells its news, "The report found ...", nor a frame before the news it gives after a
    colon, "The news was stunning to hear: a young woman was charged ...")."""
    if not sentence.startswith(("The ", "This ")) or ":" in line:
        return False
    found = words(line)
    if len(found) < 3:
        return False
    opening, after = found[0], found[1]
    if opening.lower() not in _POINTING_BACK or not after.islower():
        return False
    # (its main verb past the auxiliaries that the line keeps until its last form: "Event | is being | held")
    verb = next((w for w in found[1:] if w not in AUXILIARIES and w not in ("being", "been")), "")
    return not _LINKING_BACK.isdisjoint(verb_lemmas(verb.lower()))


_NAMING_PRONOUNS = frozenset("us them him me".split())  # never a subject: before a capital, a name's word
# Verbs that set what such a noun stands for beside something else, not tell news of it ("Move comes on
# heels of ...", "Decision follows ruling"; not "Report finds ...", "Attack kills 30 ...", "Bill passes").
_LINKING_BACK = frozenset("come follow hold provide revive mark signal represent reflect underline".split())
# Nouns that, alone before their verb, stand for what the sentence before told: the line's subject is unsaid.
_POINTING_BACK = frozenset(
    "move decision news announcement ruling incident event development deal agreement verdict result results "
    "comments remarks statement attack plan proposal measure step change changes vote case bill law report "
    "findings".split())


def _after_relative(found: list[str], relative: int) -> bool:
    """Whether an auxiliary right after a relative clause's one verb opens the main verb: "Germanwings
    aircraft that crashed | was brought down by co-pilot" (not "helicopter that went down")."""
    at = relative + 2
    return (0 < relative and at < len(found) and found[at] in AUXILIARIES and found[at - 1].islower()
            and is_tensed(found[at - 1]) and found[at - 1] not in AUXILIARIES)


def _verb_after_relative(found: list[str], relative: int) -> bool:
    """Whether the main verb the form shows follows a relative clause that ends on a noun: "soccer player
    who killed referee | sentenced to ..." (not "scientist who helped dispel once widely | held belief"),
    and the clause tells of a noun or a name, not of anyone ("Partners of those who love hi-tech gear may
    want ...": whom the line is about, it does not say)."""
    if relative == len(found) or relative == 0 or found[relative - 1].lower() in _NAMES_NO_ONE:
        return False
    # (the clause's own verb right after its pronoun, "who injure": not "player who club signed ... for ten
    # million | pounds", "policy which ministers hope | will cut")
    after = found[relative + 1] if relative + 1 < len(found) else ""
    verb_first = after in AUXILIARIES or is_tensed(after) or may_be_verb(after) and not is_noun(after)
    if not (after.islower() and verb_first) or is_plural_noun(after):  # (nor "which ministers | hope")
        return False
    verb = main_verb(found)
    if verb is None or verb <= relative + 2:
        return False
    ends = found[verb - 1]  # a noun or a name ("on school trip to France | jailed")
    return is_capital(ends[:1]) or ends.islower() and is_noun(ends)


# Pronouns a relative clause may tell of, which name no one ("those who", "anyone who").
_NAMES_NO_ONE = _ANYONE | frozenset("those someone somebody no-one nobody one".split())


def _carries_news(line: str, source: str = "") -> bool:
    """Whether a line reads as news by its form: it opens with its subject, not with a preposition
    or an adverb that sets a scene ("Among", "Just", "Anyone") nor with a label ("The bet: ..."), and
    a finite verb follows soon. ``source`` is the line before its cut (its reader addressed counts)."""
    found = line.split()
    first = found[0].lower()
    if first.rstrip(",") in _SCENE_OPENINGS and not (first in _ANYONE and _DUTY.search(line)) or (
            _opens_with_an_aside(found)):
        return False  # "Anyone following ...", "Among majestic Roman ruins ...", "Indeed, ..."
    opening = (source or line).split(maxsplit=_PERSONAL_WITHIN)[:_PERSONAL_WITHIN]
    if line.endswith("?") or _asks(source) or not _PERSONAL.isdisjoint([w.strip(",") for w in opening]):
        return False  # a question, or a writer speaking to the reader ("Sportsmail will be providing you")
    if _teases(line):
        return False  # "There are superyachts", "There is fresh hope": a teaser, no one acts
    if first in _PHRASE_OPENINGS and not _subject_after_phrase(found):
        return False  # "In sport increasingly dominated by statistical analysis", "For now lists only"
    if (first in _PHRASE_OPENINGS or first == "at") and _inverted(found):
        return False  # "At issue is Rubio", "On one side is D'Amato": the subject after its verb
    # A verb of the main clause: not the only one, in a relative clause ("helicopter that went down").
    relative = _first_relative(found)
    verbs = 0
    for k in range(1, min(len(found), _VERB_WITHIN)):
        if k == relative - 1 < len(found) - 1 and found[relative].lower() in _WHO and may_be_noun(found[k]):
            continue  # the noun a relative clause describes: "Israeli Arab man | who is shown"
        if tensed_at(found, k) and not _participle_after_noun(found, k):
            # After a relative clause's verb, the next verb group's first word: not the clause's own
            # participles ("who is | shown being shot"); "who was arrested | has been released" is the line's.
            grouped = found[k].lower() in _GROUP_INSIDE or found[k - 1].lower() in _GROUPED
            if k < relative or verbs and not grouped:
                return not _tells_a_scene(found, k)
            verbs += 1
    # ... or the verb the form shows after a long relative clause ("Teacher who had sex with 15-year-old pupil
    # on school trip to France | jailed for five years")
    return _verb_after_relative(found, relative)


def _participle_after_noun(found: list[str], k: int) -> bool:
    """Whether ``found[k]`` is a participle that describes the noun before the line's first comma, not
    its verb: "Sound of rolling thunder from crowd, | packed 50-deep on The Lawns" (its verb was cut);
    not after an apposition's closing comma ("Smith, 45, | died"), nor an auxiliary or a present."""
    word = found[k]
    return (found[k - 1].endswith(",") and participle_of(word) is not None and word not in AUXILIARIES
            and not any(w.endswith(",") for w in found[: k - 1]))


def _asks(source: str) -> bool:
    """Whether the line's sentence is a question from its first word, though the cut took its mark
    ("Have Rick and his fellow survivors finally found place | they can settle in?"); not a statement
    that a question closes ("Blair tells supporters he's back - but does that sum up the mood?")."""
    if not (source.endswith("?") and source.split(maxsplit=1)[0].lower() in _QUESTION_OPENERS):
        return False
    # The question is the whole sentence, no clause that a "but" or a dash sets after a statement ("Will
    # Smith says he would consider running, but would he win?": "Will" was a name).
    return not (", but " in source or " - " in source or " -- " in source or "; " in source)


def _teases(line: str) -> bool:
    """Whether a line only says that something is, with no one named who acts: "There are
    superyachts", "There is fresh hope" (not "There were three Selma to Montgomery marches"), or
    keeps back what it is about ("are clearly doing something right", "could be start of something";
    not "something of a phenomenon", "use something to hand")."""
    low = line.lower()
    if ("meth" in low or "yth" in low) and _VAGUE.search(line):
        return True
    return _EXISTENTIAL.match(line) is not None and not any(is_capital(w[:1]) for w in line.split()[1:])


def _subject_after_phrase(found: list[str]) -> bool:
    """Whether a line that opens on a preposition's phrase goes on to a subject and its verb: a name
    before a verb with a tense, or a noun before an auxiliary ("By end of 2004 Microsoft aims to
    launch ...", "By early 2005 net could have ...")."""
    for k in range(2, min(len(found), _VERB_WITHIN)):
        if tensed_at(found, k) and (is_capital(found[k - 1][:1]) or found[k] in AUXILIARIES):
            return True
    return False


def _inverted(found: list[str]) -> bool:
    """Whether a line that opens on a preposition's phrase puts its verb before its subject: an
    auxiliary right after a phrase of one lowercase word ("At issue is", "At stake are"), or a form of
    "be" after a lowercase word and before a capital ("On one side is D'Amato")."""
    if len(found) > 2 and found[1].islower() and found[2] in AUXILIARIES:
        return True
    k = next((k for k in range(2, min(len(found) - 1, _INVERSION_WITHIN)) if found[k] in _BE), None)
    return k is not None and found[k - 1].islower() and is_capital(found[k + 1][:1])


_INVERSION_WITHIN = 5  # words of a line in which an inversion's verb stands
_BE = frozenset("is are was were".split())


def _gives_an_order(sentence: str) -> bool:
    """Whether the sentence opens with an order to the reader: "Click here to access ...", "Spin the
    radio dial ...", "Let's start with ...", "Please note ..." (a verb's base form, then its object or a
    particle; not "While the talks ...")."""
    found = sentence.split(maxsplit=2)
    if len(found) < 2:
        return False
    first = found[0]
    if first in ("Let's", "Let’s", "Please"):
        return True
    if first in _READERS_VERBS and found[1] in _READERS_PARTICLES:
        return True  # "Listen to the full interview ...", "Click through ...", "Read on"
    if first in _ORDERS and found[1][:1].islower() or first == "Welcome" and found[1] in ("to", "back"):
        return True  # "Forget about going to a bar ...", "Take combustible issues ...", "Welcome to ..."
    second = found[1].lower().rstrip(",")
    return (second in _ORDER_NEXT and first.isalpha() and first.lower() not in dangling("english")
            and first.lower() not in _VAGUE_OPENINGS and may_be_verb(first) and not is_tensed(first)
            and not first.endswith("ing"))


def _opens_with_an_aside(found: list[str]) -> bool:
    """Whether the line opens with a writer's comment set off by a comma: "Still, ...", "Not
    surprisingly, ...", "Perhaps more importantly, ..." (an adverb before the comma)."""
    comma = next((k for k, w in enumerate(found[:_ASIDE_WITHIN]) if w.endswith(",")), None)
    if comma is None:
        return False
    last = found[comma][:-1].lower()
    return last in _ASIDE_OPENINGS or is_adverb(last)


def _tells_a_scene(found: list[str], k: int) -> bool:
    """Whether the main verb at ``k`` describes a habit or a likeness rather than reports an event
    ("Simmons always looked a little scary", "The checklist looks like something any girl might make")."""
    likeness = found[k].lower() in _SEEMING and k + 1 < len(found) and found[k + 1].lower() == "like"
    return likeness or not _HABITUAL.isdisjoint(map(str.lower, found[max(0, k - 1) : k + 2]))


def compress(sentence: str, max_words: int = 12, language: str = "english", context: str = "", overrun: int = 0,
             characters: int | None = None) -> str:
    """A headline of at most ``max_words`` words from ``sentence`` (never empty for a sentence with a
    word), or up to ``overrun`` more to end on a complete phrase, and at most ``characters`` characters
    when they are given (:mod:`.characters`); ``context``, the article's text, tells which names it
    shortens to a surname."""
    line = _compress(sentence, max_words, language, context, overrun, characters)[1]
    return _finish(line, sentence, language, characters)


def _finish(line: str, sentence: str, language: str, characters: int | None) -> str:
    """The cut line in the headline's last form (English): its simple past the present, its main "is"
    dropped (:func:`.tenses.past_as_present`, :func:`.copula.drop_copula`), a few words the sentence
    quotes back in their marks (:func:`.quotes.requote`), where each still fits its ``characters``.
    Last, after the cut, whose verb tests read the sentence's own forms, and after the choice of
    sentence, whose news tests do (a line without its "is" reads as no clause to them)."""
    if language != "english" or not line:
        return line
    finished = drop_past_copula(drop_copula(past_as_present(line, sentence), sentence), sentence)
    if characters is not None and len(finished) > characters:
        return line
    quoted = requote(finished, sentence)
    return quoted if characters is None or len(quoted) <= characters else finished


def _compress(sentence: str, max_words: int, language: str, context: str = "", overrun: int = 0,
              characters: int | None = None, any_cut: bool = True) -> tuple[str, str]:
    """The sentence rewritten before its cut, and the cut line (:func:`_finish` gives its last form).

    A subject's name cut to its surname keeps the few words before it that tell who the person is
    ("Oasis singer Gallagher fined ..."), where the line then still ends where it would without them
    within its aim, or would run past its overrun without them; else the surname stands alone ("Swann calls
    on England and Wales Cricket Board to realise approach is 'out of date'", not "Former England spinner
    Swann calls on England and Wales Cricket Board"), and where the line with them is over the readers'
    length and the line without them is not (:mod:`.length`)."""
    english = language == "english"
    described = None
    titled = False  # (a title before the surname, which the line keeps: "U.S. District Judge | Berg")
    if english:
        text = written = write_headlinese(sentence)
        if context:
            told, describing = described_names(text, context)
            if describing and characters is None and describes(sentence):
                described = headline_tenses(_named(told, text, context, max_words), sentence)
                last = told.split()[describing - 1]
                titled = last[:1].isupper() and not last.endswith(POSSESSIVE_ENDS)  # (not "Arsenal's")
            plain = " ".join(told.split()[describing:]) if describing else told  # (the surname alone)
            text = _named(plain, text, context, max_words)
        text = headline_tenses(text, sentence)
    else:
        text = strip_wire(sentence)
    if characters is not None:
        fitted = english and _fitted(text, sentence, max_words, context, characters, not any_cut)
        if fitted or not any_cut:
            return fitted or (text, "")
        return fit_characters(text, max_words, language, characters, overrun)
    cut, line = _cut(text, sentence, max_words, language, context, overrun)
    source = text  # (what the line is cut from)
    if described is not None and described != text:
        told = _cut(described, sentence, max_words, language, context, overrun)
        size, reach = len(line.split()), max_words + overrun
        # (within the aim where it ends as the line does, or no longer than a line that runs past the
        # overrun: not "Late US legend Presley likely to score ... in three weeks, according to figures", 18
        # words, nor "Hollywood film star Neeson holds dinner party in New York to promote Belfast's Lyric
        # Theatre", 15: readers turned down lines over 14 words)
        ends_alike = told[1].split()[-3:] == line.split()[-3:]
        # (and not a line over the readers' length where the surname alone is within it: "Souness lines up
        # summer move for England and Real Madrid striker Owen", not "Newcastle boss Souness lines up ...";
        # but for a title the name opens on: "U.S. District Judge Berg")
        longer = overrun and not titled and size > _SHORT_LINE and (
            not fits(_readers(told[1], described)) and fits(_readers(line, text)))
        if (ends_alike and len(told[1].split()) <= max_words or reach < size >= len(told[1].split())) and (
                not longer):
            (cut, line), source = told, described
    if english and context and line and len(line.split()) <= _SHORT_LINE:
        cut, line = _in_full(sentence, written, text, (cut, line), max_words, context, overrun)
    if english and overrun:
        line = tighten(line)  # (a line the overrun and a point carried past ``tighten.LONG`` words)
        line = within_length(line, source)  # (the readers' 12 words and 75 characters, where it ends well)
    return cut, line or " ".join(words(sentence)[:max_words])


def _fitted(text: str, sentence: str, max_words: int, context: str,
            characters: int, phrase_end: bool = False) -> tuple[str, str] | None:
    """The English ``text`` (the headlinese of ``sentence``) and the cut's line at the largest word aim
    whose line fits ``characters`` (at most ``max_words``, no overrun): the default rules' line at a
    smaller aim, whose trailing clause goes and whose last phrase closes ("State postpones first planned
    execution", not the character fit's "Gissendaner scheduled to die at 7 p.m. ET, but for second time
    in less"), and with ``phrase_end`` (the default cap) only a line that ends a phrase
    (:func:`_ends_a_phrase`); None when no aim gives one (:func:`.characters.fit_characters` then cuts
    it, for characters given)."""
    for aim in range(min(max_words, most_words(text.split(), characters)), 0, -1):
        found = _cut(text, sentence, aim, "english", context, 0)
        if found[1] and len(found[1]) <= characters and (not phrase_end or _ends_a_phrase(*found)):
            return found
    return None


def _ends_a_phrase(text: str, line: str) -> bool:
    """Whether the cut ``line`` of ``text`` ends where a phrase of it does: at its end, a comma or a
    dash, or before a function word; not inside a noun phrase, as a hard word limit may cut ("faces
    constant | psychological pressure", "awarded two potentially lucrative oil | exploration contracts"),
    nor on a verb before the phrase it wants ("indicts 19-year-old man accused | of", "flight attendants
    agree | to", "film about diamond robbery set | in": readers turned them down as cut mid-clause)."""
    tokens, last = text.split(), line.split()[-2:]
    size = len(last)
    # (where the line's last words stand in the text: the cut may have spared words before them)
    wanted = [t.lower() for t in last]
    end = next((k for k in range(len(tokens) - size, -1, -1)
                if [t.rstrip(",;:").lower() for t in tokens[k : k + size]] == wanted), None)
    if end is None:
        return True  # (the line was rewritten past the text's words: nothing to tell)
    end += size
    if end == len(tokens) or tokens[end - 1][-1] in ",;:" or tokens[end] in DASHES:
        return True
    after, last = tokens[end].lower(), tokens[end - 1]
    if after == "of" and last.lower() in _PARTS:
        return False  # "becomes first | of 10 nations", "scoops one | of top prizes": a part of what is cut
    return after in dangling("english") and not (after in _WANTED and last.islower() and (
        participle_of(last) is not None or is_tensed(last) and not may_be_noun(last)))


# What a verb's complement opens on: a line that ends on the verb before one is cut mid-clause.
_WANTED = frozenset("to of in on at for with by from into about as".split())
_PARTS = frozenset("one some many most each part first all none few".split())


def _readers(line: str, text: str) -> str:
    """The cut ``line`` of ``text`` as the readers' length leaves it (:func:`.length.within_length`)."""
    return within_length(tighten(line), text)


def _in_full(sentence: str, written: str, text: str, found: tuple[str, str], max_words: int, context: str,
             overrun: int) -> tuple[str, str]:
    """The short line ``found`` (``text`` and its cut) rewritten with its people named in full ("Actress
    Liza Minnelli enters rehab facility for her addictions", not "Minnelli enters ..."), and then with
    what the name that opens it is ("Jef Raskin, head of team behind first Macintosh computer, dies", not
    "Jef Raskin dies"), each where the line still ends as before and keeps within ``_FULL_LINE`` words (the
    apposition: within the readers' length, :func:`.length.fits`).
    A surname alone saves room, which a short line does not need; ``written`` is the sentence's
    headlinese before its names were shortened."""
    line = found[1]
    whole = _rewritten(written, sentence, context, max_words)
    if whole != text:
        told = _cut(whole, sentence, max_words, "english", context, overrun)
        size = len(told[1].split())
        # (its subject whole: not "Henrique Cardoso has little time ...", a long subject cut to its head)
        # (and only words added in its last form: not "Glasgow Rangers beats Celtic" beside "Rangers beat
        # Celtic", a club's name read as one person's)
        if told[0] == whole and len(line.split()) < size <= _FULL_LINE and (
                told[1].split()[-2:] == line.split()[-2:]) and _adds_to(
                *(_finish(cut, sentence, "english", None) for cut in (told[1], line))):
            found, line = told, told[1]
    apposed = write_headlinese(sentence, apposed=True) if ", " in sentence else written
    if apposed != written:
        apposed = _rewritten(apposed, sentence, context, max_words)
        told = _cut(apposed, sentence, max_words, "english", context, overrun)
        # (the same line in its last form too: not "Johansson, boyfriend of ..., received" beside
        # "Johansson receives")
        if told[0] == apposed and fits(told[1]) and _apposed_to(told[1], line) and (
                _apposed_to(*(_finish(cut, sentence, "english", None) for cut in (told[1], line)))):
            found = told
    return found


def _rewritten(written: str, sentence: str, context: str, max_words: int) -> str:
    """The headlinese ``written`` with its people named in full (:func:`.trim.described_names`) and its
    verbs in the headline's tenses."""
    named = described_names(written, context, given=True)[0]
    return headline_tenses(_named(named, written, context, max_words), sentence)


def _adds_to(longer: str, line: str) -> bool:
    """Whether ``longer`` is ``line`` with words added and none changed or dropped (quotation marks
    aside: "'Becoming Steve Jobs'" beside "Becoming Jobs")."""
    kept = iter(longer.translate(_NO_QUOTES).split())
    return all(token in kept for token in line.translate(_NO_QUOTES).split())  # (in order: a subsequence)


_NO_QUOTES = str.maketrans("", "", "\"“”‘’'")


def _apposed_to(apposed: str, line: str) -> bool:
    """Whether ``apposed`` is ``line`` with an apposition after the name that opens it ("Jef Raskin, | head
    of team behind first Macintosh computer, | dies")."""
    tokens = apposed.split()
    opened = next((k for k in range(min(len(tokens), OPENING_NAME)) if tokens[k].endswith(",")), None)
    if opened is None:
        return False
    closed = next((k for k in range(opened + 2, len(tokens)) if tokens[k].endswith(",")), None)
    if closed is None:
        return False
    return " ".join([*tokens[:opened], tokens[opened][:-1], *tokens[closed + 1 :]]) == line


def _named(named: str, text: str, context: str, max_words: int) -> str:
    """The headlinese ``text`` with its people ``named`` as the article ``context`` names them alone
    (:mod:`.trim`), and, where room is short, its names by the article's acronyms."""
    # A surname alone must leave a line ("Sir Anthony Meyer dies", not "Meyer dies").
    named = _without_main_clause(named, text)
    text = named if len(named.split()) >= _MIN_WORDS else text
    if len(text.split()) > max_words:
        text = shorten_acronyms(text, context)  # a name the article shortens, where room is short
    return text


def _cut(text: str, sentence: str, max_words: int, language: str, context: str,
         overrun: int) -> tuple[str, str]:
    """The rewritten ``text`` of ``sentence`` with its subject shortened where the line needs it, and the
    line cut from it (empty when nothing is left)."""
    english = language == "english"
    if english:
        # (a line the overrun holds whole keeps its subject: "Bridge that collapsed ... two years ago reopened
        # to traffic"; the cut, below, cuts it back if it loses its verb)
        if len(text.split(maxsplit=max_words + overrun)) > max_words + overrun:
            text = shorten_subject(text, max_words)
    # (only for a line the cut will shorten, and a sentence with a passive's auxiliary: most have none)
    long = english and len(text.split(maxsplit=max_words)) > max_words
    passive = passive_verb(sentence) if long and ("was" in sentence or "were" in sentence
                                                   or "been" in sentence) else ""
    line = fit(text, max_words, language, overrun, passive=passive, context=context)
    if english and line and _lost_its_verb(line, text):
        # The cut kept the subject and lost its verb ("120 physicists from 23 research institutions in
        # Japan"): the subject is cut back to its head so that the verb and its predicate fit.
        shorter = shorten_subject(text, max_words, reached=True)
        kept = fit(shorter, max_words, language, overrun, passive=passive, context=context) if (
            shorter != text) else ""
        line = kept if kept and not _lost_its_verb(kept, shorter) else line
    if english and line and len(line.split()) < max_words + overrun:  # (a word more within the budget)
        line = object_left(line, text)  # "to rent | it by the hour" -> "to rent it"
    return text, line


def _without_main_clause(named: str, text: str) -> str:
    """``named`` (``text`` with its names shortened) cut before the main clause where the shortening took
    the opener of a clause with no comma after it ("When Arsene Wenger sent Coquelin on loan to Charlton |
    it looked to be final nail" -> "Wenger sent Coquelin on loan to Charlton"): what the clause told
    happened, and the main clause after it, glued on, would read as no sentence."""
    opener = text.split(maxsplit=1)[0].lower() if text else ""
    if opener not in _CLAUSE_OPENERS or named.split(maxsplit=1)[0].lower() == opener:
        return named
    tokens = named.split()
    # (not a pronoun that opens what is said, "told BBC | he would", "warned that | it was", nor a verb's
    # object, "called it | quits")
    glued = next((k for k in range(2, len(tokens) - 1) if tokens[k].lower() in _GLUED_SUBJECTS
                  and not tokens[k - 1].endswith(",") and tokens[k + 1].islower()
                  and is_tensed(tokens[k + 1]) and tokens[k - 1] != "that"
                  and not (tokens[k - 1].islower() and is_tensed(tokens[k - 1]))), None)
    if glued is None or glued < _MIN_WORDS or not SAYING.isdisjoint(map(str.lower, tokens[:glued])):
        return named
    return " ".join(tokens[:glued])


# Openers of a clause that :func:`.trim.shorten_names` may take with the name after them, and the subjects of
# a main clause glued after such a clause with no comma.
_CLAUSE_OPENERS = frozenset("when as after before once while".split())
_GLUED_SUBJECTS = frozenset("it he she they we there this".split())


def _lost_its_verb(line: str, text: str) -> bool:
    """Whether the cut line has no main verb where the text it was cut from has one."""
    if len(line) == len(text):
        return False  # nothing cut (the line is the text, its first letter capitalised): nothing lost
    found = line.split()
    # (the verb with a tense first: most lines have one, and the search for it stops there; in a line
    # with a relative pronoun, the main verb, not the relative clause's: "Black Hawk helicopter that went
    # down | in waters off Florida")
    relative = _first_relative(found)
    if relative == len(found) and any(tensed_at(found, k) for k in range(1, len(found))):
        return False
    # ... where before it a verb no noun could be is the main one ("Findings lend support to idea that ...")
    if any(tensed_at(found, k) and not may_be_noun(found[k]) for k in range(1, relative)):
        return False
    if main_verb(found) is not None:
        return False
    # The text's verb is a sure one: an auxiliary, or a word no noun could be ("banks of river Severn" has
    # none that the subject could be cut back to).
    tokens = text.split()
    verb = main_verb(tokens)
    word = tokens[verb].lower().strip(",;:") if verb is not None else ""
    return bool(word) and (word in AUXILIARIES or not may_be_noun(word))
