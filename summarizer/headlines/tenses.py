"""The headline's tenses: "Berlusconi will unveil plans" -> "Berlusconi to unveil plans", "GM is
recalling 200,000 vehicles" -> "GM recalls 200,000 vehicles", "Iran's conservatives won decisive
victory" -> "Iran's conservatives win decisive victory".

A sub-editor writes a main clause's "will" and the base form after it as "to" and that form, and "will
not" as "not to" ("Cosby not to face charges"): the line says the same in the word titles use ("to"),
not one they drop ("will"). A main clause's present progressive becomes the simple present, as the
perfect does (:mod:`.headlinese`): "is recalling" -> "recalls", "are promising" -> "promise"; not with
nothing after it ("The news is shocking, but"; "The problem is funding"), not an -ing form that may be an
adjective unless a name or a number follows ("is missing after ...", "is ailing gyroscopes"), not
"being", "going" or "having" ("dying" and "recovering" only lose their "is": what is not over), nor a
progressive that an "and" continues ("are targeting firms and threatening"). Nor a "will" that another
"will" follows ("will fly to Rome and will meet").

Only in the main clause (:func:`.subject.main_verb`), after a plain subject (no verb with a tense or
of saying, no "to", no relative clause, no comma but a name's apposition's ("show, Rebel Billionaire,
is proving"), not a count alone: "Many are shifting"); never "will
no longer", an adverb between ("will also"), a reported clause ("says it will table"), "will have to"
or "will be facing", nor a question; and never where the rest of the line would then read as the main
verb ("workers to lose jobs under rules | to be introduced").

A lead's simple past, once the line is cut (:func:`past_as_present`), is the present headlines tell news in
(and so is its past progressive: "China was evacuating 330,000 people" -> "China evacuates ...", where the
sentence writes it so, no "of" follows, no time dates it ("at the time", a year), the sentence does not go
on to what happened meanwhile ("was walking home when he was gunned down") and no clause joined after it
stays past),
agreeing with the subject's head ("Typhoon Babs races", "Astronauts on space station complete"): not a passive
("was killed" stays "killed"), a participle's phrase ("Talks aimed at ... ended", "Outbreaks caused by"), an
adjective or a noun ("Poland's prolonged", "burial ground"), a past the sentence dates ("in 1998", "last
year", "ago", "already") or makes last ("spent 22 years"), a past a speaker tells ("says she knowingly took"),
a line that keeps its day (not a day that opens a name: "on Saturday Night Live"), nor a line whose next
clause would stay in the past ("broke and flood reached"). A past that ends the line is the verb only when it
takes no object and no clause opens before it ("Lee Kuan Yew dies"; "Two men arrested" is a headline's
passive, "investigate how pensioner died" a clause's past). A speaker's past is the present though what is
said is dated ("Maduro says Americans arrested a few days ago"), unless a time before what is said dates the
saying ("told his biographer in 2006 that"). A past joined to the verb after its object is the same subject's
and goes with it where the sentence leaves no doubt ("Thousands storm jail and drag out suspect"), and so does
the past of a clause of the same time after it, with a plain subject ("Shares plunge as firms suspend sales",
"after they fight back"), or of a clause an "and" or a "but" joins after the verb's object, with a subject of
its own ("... but Gerrard scores own goal"). A promise or a decision made present tells its future with
"will" ("Republican leaders vow they will not let government shut down"), not a condition's "would".

Not the copula before "likely to", "ready to": "Householders who injure intruders are unlikely to be
prosecuted" would read "... intruders unlikely | to be prosecuted", a subject whose cut could leave
"Householders to be prosecuted".
"""

from __future__ import annotations

import re

from .attribution import KEPT_ATTRIBUTION, closes_on_a_hearing
from .background import DAYS
from .closing import ADVERB_PARTICLES, BE_FORMS, CONTRACTED_VERBS, DASHES, PARTICLES as _PARTICLES
from .closing import TIME_NOUNS as _TIME_NOUNS
from .compress import ROLES
from .cut import CAUSE_OPENERS, PREPOSITIONS
from .ends import SAYING
from .headlinese import INTRANSITIVE, OPENING_NAME, ensured_before, is_capital
from .mainverb import main_auxiliary, no_passive_before_to
from .times import named_day_at
from .subject import AUXILIARIES, COUNT_OPENERS, COUNTS, NOUN_NEXT as _NOUN_NEXT, TAKES_INFINITIVE
from .subject import adjective_after_and
from .subject import main_verb
from .subject import place_before_copula
from .subject import PLURAL_COUNTS as _PLURAL_COUNTS
from .trim import TITLES
from .wordforms import is_adverb, is_base_verb, is_common_word, is_modifier, is_noun, is_plural_noun
from .wordforms import is_superlative
from .wordforms import is_tensed, may_be_adjective, may_be_noun, may_be_verb, participle_of, present_of
from .wordforms import progressive_of, simple_past_of, surely_tensed

__all__ = ["headline_tenses", "past_as_present", "told_in_the_past"]

_NOT_PLAIN = frozenset({"to", "who", "which", "that"})  # in a subject, its own infinitive or clause
_PRESENT = {"is": "VBZ", "are": "VBP"}  # a progressive's auxiliary, and the simple present's tag
_REWRITTEN = frozenset({"will", *_PRESENT})  # the auxiliaries these rules write anew


def headline_tenses(text: str, sentence: str = "") -> str:
    """``text`` (one headlinese line) with its main clause's "will" written "to" and its progressive,
    a perfect one too ("Talks have been making good progress" -> "Talks make good progress"), the
    simple present; not a perfect that lasts through a time of the line or of its ``sentence``; a plan's
    "would" that its gone frame shifted back, "to" too (:func:`_planned`)."""
    if " been " in text and not _DURATION.search(text) and not _DURATION.search(sentence):
        progressive = _PERFECT_PROGRESSIVE.sub(lambda m: _PROGRESSIVE_OF[m[1]], text, count=1)
        if progressive != text:
            written = _headline_tenses(progressive, sentence)
            return text if written == progressive else written
    planned = _planned(text, sentence) if " would " in text else text
    return planned if planned != text else _headline_tenses(text, sentence)


def _planned(text: str, sentence: str) -> str:
    """``text`` with its main clause's "would" written "to", where the sentence's frame that told it is
    gone and told a plan of the speaker's own ("NASA officials announced Wednesday that they would launch a
    space shuttle" -> "NASA officials would launch ..." -> "NASA officials to launch ..."; "said he would not
    insist" -> "not to insist"): the frame's past no longer shifts the plan's "will" back. After "said",
    only a deed's (:data:`_DEEDS`: not "would need", "would win"). Not a wish nor a judgement ("said he
    would like", "would be happy"), a condition, a habit or a choice ("would resign if", "every Sunday",
    "rather than"), a plan the sentence drops (", but ..."), a quotation, a speaker the line does not name
    ("said the bill would") nor one of a time or of a poll ("In 1998, the party said it would", "Another 7%
    said they would"), nor a "will" the line would keep ("would soon release": no word of the article's)."""
    match = _PLAN_TOLD.search(sentence)
    tokens = text.split()
    at = next((j for j in range(1, len(tokens) - 1) if tokens[j] == "would"), None)
    if match is None or at is None or _OF_A_TIME_OR_POLL.search(sentence, 0, match.start()):
        return text
    if _UNDONE.search(sentence, match.end()):
        return text  # "said he would close Guantanamo, but the prison remains open": a plan not kept
    told = sentence[match.end("would") :].split()
    told = told[: next((j for j, w in enumerate(told) if w in _CLAUSE_OF_ITS_OWN), len(told))]
    verb = 1 if told[:1] == ["not"] else 0
    then = told[verb].strip(",;:") if verb < len(told) else ""
    same = [t.strip(",;:") for t in tokens[at + 1 : at + 2 + verb]] == [
        t.strip(",;:") for t in told[: verb + 1]]
    if not same or not (then.isalpha() and is_base_verb(then)) or is_adverb(tokens[at - 1].lower()):
        return text  # (the line's "would" is another's, or an adverb stands by it: "initially | would")
    if then in _CONDITIONAL or then == "be":
        return text  # (a judgement's "be", "would be happy"; or a "will" the line keeps, "will be joined")
    if match["frame"] == "said" and then not in _DEEDS:
        return text  # "said he would need surgery", "would win comfortably": a need, a boast, a guess
    plain = [w.lower().strip(".,;:!?") for w in told]
    quoted = any(w[:1] in "\"“‘'" or w[-1:] in "\"”" for w in told)
    if not _NOT_A_PLAN.isdisjoint(plain) or _HABIT.search(" ".join(plain)) or quoted:
        return text
    future = " ".join([*tokens[:at], "will", *tokens[at + 1 :]])
    written = _headline_tenses(future)
    return text if written == future else written


# A year, a time gone or a share of people polled before the frame: a "would" of its time, or a poll's wish.
_OF_A_TIME_OR_POLL = re.compile(
    r"\b(?:1\d\d\d|20\d\d)\b|%|\bper ?cent\b|\bago\b|\b[Vv]oters\b"
    r"|\b[Ll]ast (?:year|month|season|summer|autumn|winter|spring)\b")
# What tells the plan was dropped or refused after it ("..., but the prison remains open", "then changed her
# mind").
_UNDONE = re.compile(r",\s+(?:but|yet|then|although|though)\b|\bchanged (?:his|her|its|their) mind")
# A habit after a told plan's "would" ("every morning"): no plan.
_HABIT = re.compile(r"\b(?:every|each) (?:day|morning|night|evening|week|weekend|month|year|season|time"
                    r"|monday|tuesday|wednesday|thursday|friday|saturday|sunday)\b")
# Deeds a speaker plans, whose "would" after "said" is the plan's "will" (not a need, a wish, a guess, a
# boast: "would need", "would welcome", "would win").
_DEEDS = frozenset(
    "launch withhold stop consider expand cut close open reopen build sell buy acquire hire sack fire "
    "appoint resign quit retire step stand appeal sue seek ask send join leave introduce raise lower lift "
    "ban scrap review reduce increase freeze cede try return visit meet attend hold release publish "
    "submit pay invest move recall boycott strike protest withdraw delay postpone cancel suspend extend "
    "fight cooperate co-operate press push challenge contest keep remain stay continue restore replace "
    "reform propose announce set create establish offer provide deliver unveil testify investigate "
    "examine study pursue file apply run compete play tour campaign vote veto sign ratify approve reject "
    "block allow end halt scale shut drop abandon insist guest help accept serve discuss pick marry look "
    "sit do give report jail sentence record post miss fly take".split())
# Words that open a clause of its own after the plan, whose condition is not the plan's ("would consider
# whether ..., which would be a change ... if").
_CLAUSE_OF_ITS_OWN = frozenset("which who but while although".split())
# A past frame of telling and its pronoun, the speaker's own, then its "would" (a day or a place between:
# "said on Thursday that it would", "announced in Washington that they would").
_PLAN_TOLD = re.compile(
    r"\b(?P<frame>said|announced|confirmed)\b(?:\s+[\w.]+){0,3}?\s+(?:that\s+)?(?:he|she|it|they)\s+"
    r"(?P<would>would)\b")


# A perfect progressive's auxiliaries ("have been making"), and the present progressive's they stand for.
# (Not after a modal or "to": "will have been thinking".)
_PERFECT_PROGRESSIVE = re.compile(
    r"(?<!\bwill )(?<!\bwould )(?<!\bcould )(?<!\bshould )(?<!\bmight )(?<!\bmust )(?<!\bmay )(?<!\bto )"
    # (not an -ing that is an adjective: "has been a leading advocate", its article gone)
    r"\b(has|have) been (?=[a-z]+ing\b)(?!(?:leading|challenging|draining|running|talking)\b)")
# A time the perfect lasts through ("for some time", "for 18 years", "over the past few years", "lately").
_DURATION = re.compile(
    r"\b(?:since|lately|recently|so far|throughout|all (?:year|season|month|week|day)|from \d{4} to"
    r"|(?:the )?past (?:[\w-]+ ){0,2}(?:years|months|weeks|days)"
    r"|(?:for|in) (?:[\w-]+ ){0,3}(?:time|while|years?|months?|weeks?|days?"
    r"|decades?|hours?|ages|seasons?)|over (?:the )?(?:past|last))\b", re.IGNORECASE)
_PROGRESSIVE_OF = {"has": "is ", "have": "are "}


def _headline_tenses(text: str, sentence: str = "") -> str:
    """:func:`headline_tenses` of a line without a perfect progressive (``sentence``: its source)."""
    if not ("will " in text or " is " in text or " are " in text) or text.rstrip().endswith("?"):
        return text  # (the quick test: most lines have none)
    tokens = text.split()
    # The first "will", "is" or "are" after the subject, rewritten if it may be; then the main verb
    # must be that one (the cheap tests first: most lines keep theirs).
    k = next((i for i in range(1, len(tokens) - 1) if tokens[i] in _REWRITTEN), None)
    if k is None or k == 1 and tokens[0].lower() in COUNTS:
        return text
    opened = _apposition(tokens, k)  # (a name in apposition is no part of the subject to read)
    subject = tokens[:opened] + [tokens[opened][:-1]] if opened < k else tokens[:k]
    # (a plural noun that may be a verb, before a place and the "are": "Mobile phones | in UK are"; or
    # the head just before it: "security forces | are predicting", no verb before an auxiliary)
    if any(_not_plain(t) and not (is_noun(t) and place_before_copula(tokens, j + 1)) and not (
            j == k - 1 and _plural_head(subject, tokens[k])) and not (j == 0 and _describes_next(subject))
           for j, t in enumerate(subject)):
        return text
    written, verb = _future(tokens, k) if tokens[k] == "will" else _present(tokens, k, sentence)
    if written is None or main_verb(subject + tokens[k:]) != len(subject):
        return text
    found = main_auxiliary(written)
    # (a later auxiliary is the main one, but not one in what a verb of ensuring wants: "to check | election
    # | is fairly run")
    kept = found is None or found < verb or written[found] in BE_FORMS and ensured_before(
        " ".join(written[:found]) + " ", in_subject=False)  # (a "will" there is its own: "and drivers will")
    return " ".join(written) if kept else text


def past_as_present(text: str, sentence: str) -> str:
    """The line (cut) with its main verb's simple past made the present, as headlines tell news ("Iran's
    conservatives won decisive victory" -> "... win ..."): only a lexical verb after a plain subject,
    that the line reads as its verb (:func:`_reads_as_verb`) and the ``sentence`` writes active and
    does not date in the past (:func:`_told_as_news`)."""
    if not text or text.rstrip().endswith("?"):
        return text
    if closes_on_a_hearing(text):
        # A past that a court heard or ruled on is its charge or its finding, and stays ("Police acted
        # lawfully, judge rules"; a source's fact takes the present: "radar detects aircraft, NATO says").
        return text
    tokens = text.split()
    # The quick test first: the main verb is the first word of the line in the simple past, if any.
    k = next((i for i in range(1, len(tokens)) if tokens[i].islower() and simple_past_of(tokens[i])), None)
    if k is None:
        return text
    # (A cause after the verb's object is a clause of its own: its words say nothing of the verb's time,
    # "clashed with riot police | amid growing anger over ... measures", "cancelled flights | following
    # strike by cabin crew"; not where a clause is joined after it: "dropped set after play resumed | but
    # quickly rebounded".)
    head = _before_a_cause(tokens, k)
    verb = main_verb(head)
    if verb == k + 1 and _written_as_a_past(tokens[k]) and simple_past_of(tokens[verb]) and not any(
            t.islower() and (t.endswith("ing") or t in _OPENS_A_CLAUSE or is_tensed(t)) for t in tokens[:k]
    ) and not _modifies_next(tokens, verb) or verb == k + 2 and simple_past_of(tokens[verb]) and (
            adjective_after_and(tokens, k)):
        # (a noun written as its past came first: "industrial output | fell"; not the past's own object's
        # adjective: "Government cut | planned spending"; or an adjective of the head after "and": "Saudi
        # and allied warplanes | struck")
        k = verb
        head = _before_a_cause(tokens, k)
    phrase = _past_after_a_phrase(tokens, k) if verb == k else None
    if phrase is not None:
        # (a participle's phrase after the subject came first: "suspect jailed in connection with death of
        # Nemtsov | withdrew confession")
        subject, k = tokens[:k], phrase
        head = _before_a_cause(tokens, k)
    elif main_verb(head) != k:
        return text
    else:
        opened = _apposition(tokens, k)  # (a name in apposition is no part of the subject to read)
        subject = tokens[:opened] + [tokens[opened][:-1]] if opened < k else tokens[:k]
        if len(subject) > 1 and subject[-1] in _BEFORE_THE_VERB:
            subject = subject[:-1]  # (its head agrees: "Records | even | surpass")
    if tokens[k] in _PAST_PROGRESSIVE and k + 1 < len(tokens) and tokens[k + 1].endswith("ing"):
        return _progressive_as_present(text, tokens, k, sentence)
    lemma = simple_past_of(tokens[k])
    plural_head = _past_of_a_plural(tokens, k, sentence)
    if lemma == "have" and _causative(tokens, k) and _plain(tokens[:k], plural_head) and _told_as_news(
            tokens, k, sentence):
        # "Driver had supercar confiscated by police" -> "has": what was done to the subject's own
        tag = "VBP" if plural_head or _plural(tokens[:k], sentence) else "VBZ"
        return _in_the_present(tokens, [(k, tag)]) or text
    if lemma in _NOT_LEXICAL or lemma in _KEPT_PAST or not _plain(subject, plural_head):
        return text
    before = next((t for t in reversed(tokens[:k]) if not is_adverb(t.lower())), "")  # ("I'm truly excited")
    if before.endswith(_CONTRACTED_AUXILIARIES):
        return text  # "They've joined forces": a perfect's participle; "I'm delighted": the copula's
    if _orders(sentence):
        return text  # "Forget the frustrated figure he cut": an order's object, no subject's past
    if not _reads_as_verb(head, k, lemma, sentence):
        return text
    if not _told_as_news(tokens, k, sentence):
        # A headline's passive stays ("Bale berated"), and a clause of the same time after it takes the
        # present ("as he leaves Santiago Bernabeu") where the sentence does not date it.
        passive = _written_after(tokens[k], sentence, _PAST_BE)
        if not passive or told_in_the_past(text, sentence):
            return text
        return _in_the_present(tokens, _same_time_clauses(tokens, k, sentence)) or text
    tag = "VBP" if plural_head or _plural(subject, sentence) else "VBZ"
    pasts = [(at, tag) for at in (k, *(k + 1 + j for j in _joined_verbs(tokens[k + 1 :], sentence)))]
    # A clause of the same time after it goes with it ("plunge as firms suspend sales"), and so does a
    # clause joined with a subject of its own ("Riise volleys Liverpool ahead but Gerrard scores own goal").
    after = tokens[k + 1 :]
    clauses = [(k + 1 + at, tag) for at, tag in
               filter(None, (_joined_clause(after, j, tokens[k], sentence) for j in range(len(after))))]
    same_time = _same_time_clauses(tokens, k, sentence)
    present = _in_the_present(tokens, pasts + same_time + clauses)
    if not present:
        return text
    if lemma in _FORETELLING and "would" in tokens:
        present = _reported_will(present, k, sentence)
    present = _reported_progressive(present, k, lemma, sentence)
    # (and a clause's verb of saying: "as U.N. envoy | warns | that country is at edge of civil war")
    for at in (k, *(at for at, _ in same_time + clauses)):
        present = _reported_state(present, at, simple_past_of(tokens[at]) or "", sentence)
    return present


def _reported_will(line: str, k: int, sentence: str = "") -> str:
    """The line whose verb of telling at ``k`` is now in the present with the "would" of what it told
    written "will", as the teller said it ("Ringling Brothers announces that it | would -> will | be
    ending use of elephants", "Tony Blair promises Gordon Brown he will stand down"): the past's "would"
    beside a present reads as a condition. Not a condition's ("would like", "would have", "if"), nor a
    "would" after a past of its own ("tells reporters he feared flooding would occur")."""
    tokens = line.split()
    at = next((j for j in range(k + 1, min(len(tokens), k + 1 + _WOULD_REACH)) if tokens[j] == "would"), None)
    then = next((t for t in tokens[at + 1 :] if not is_adverb(t)), "") if at is not None else ""
    if not then or then in _CONDITIONAL or "if" in tokens[at:]:
        return line  # (nor "would personally prefer")
    if any(t.islower() and is_tensed(t) and may_be_verb(t) and not may_be_noun(t)
           for t in tokens[k + 1 : at]):
        return line
    if "what" in tokens[k + 1 : at] or tokens[at - 1].lower() in _SOME:
        return line  # "confirms what many | would suspect": a guess, no future told
    if tokens[at - 1].lower() == "it" and then == "be" and "to" in tokens[at + 2 : at + 8] and not (
            at + 2 < len(tokens) and (tokens[at + 2].endswith("ing") or participle_of(tokens[at + 2]))):
        return line  # "decides it would be | unfair to jail him": a judgement, not what will be
    if not _told_will(sentence, tokens[at - 1]):
        return line
    return " ".join([*tokens[:at], "will", *tokens[at + 1 :]])


def _told_will(sentence: str, before: str) -> bool:
    """Whether the ``sentence``'s own "would" after ``before`` (the word before it in the line) tells a
    future: not one in quotation marks, whose words stay as said ('vowed that "we would never abandon"'), nor
    one whose condition or "have" the cut line lost ("would close | unless a buyer was found", "would
    otherwise have gone")."""
    if not sentence:
        return True
    words = sentence.split()
    plain = [w.lower().strip(".,;:!?\"'“”‘’()") for w in words]
    at = next((j for j in range(1, len(words)) if plain[j] == "would" and plain[j - 1] == before.lower()),
              None)
    if at is None:
        at = next((j for j in range(len(words)) if plain[j] == "would"), None)
    if at is None:
        return True
    quotes = sum(w.count('"') + w.count("“") + w.count("”") for w in words[:at])
    if quotes % 2 or words[at][:1] in "\"“‘'":
        return False
    then = next((w for w in plain[at + 1 :] if not is_adverb(w)), "")
    return then not in _CONDITIONAL and _CONDITIONS.isdisjoint(plain[at + 1 :])


# Words that open a condition after a "would", or tell it was one ("would otherwise ...").
_CONDITIONS = frozenset("if unless provided providing otherwise".split())
# ... and, after a told plan's "would", a choice against another ("would resign rather than accept") or a case
# that may come ("in the event of", "as a last resort"): no plan (:func:`_planned`).
_NOT_A_PLAN = _CONDITIONS | frozenset("rather sooner event resort".split())
_SOME = frozenset("many most some few others".split())  # ("what many would suspect": a guess)


# Verbs of a commitment or a decision, whose told clause's "would" is the future the teller told (not "say",
# "warn", "tell", whose "would" is as often a condition: "Cable says raising threshold would prevent ...").
_FORETELLING = frozenset("announce promise pledge vow decide confirm assure guarantee".split())
_WOULD_REACH = 8  # words from the verb to its clause's "would" at most
_CONDITIONAL = frozenset("have like love prefer rather".split())  # "would like": a wish, not a future


def _reported_progressive(line: str, k: int, lemma: str, sentence: str = "") -> str:
    """``line``, its verb of saying at ``k`` now in the present, with the progressive of what it reports
    in the present too: "UK Coal said it was making progress" -> "UK Coal says it is making progress" (the
    "was" agreed with "said"; a company's "it", "they", "we", not a person's past: "adds he was wearing")."""
    tokens = line.split()
    j = k + 1 + (tokens[k + 1 : k + 2] == ["that"])
    if lemma not in SAYING or j + 2 >= len(tokens) or _REPORTED_SUBJECTS.get(tokens[j]) != tokens[j + 1]:
        return line
    n = j + 2 + (tokens[j + 2] == "not")
    # (and a judgement the speaker makes now: "said it was time to draw line" -> "says it is time to ...")
    if n >= len(tokens):
        return line
    judged = tokens[j] == "it" and tokens[n + 1 : n + 2] in _JUDGED and (
        tokens[n] in _JUDGEMENTS or tokens[n] in _DEEDS_JUDGED and tokens[n + 1] != "to")
    if judged or tokens[n].endswith("ing") and tokens[n].islower() and may_be_verb(tokens[n]):
        if _scene_of_the_past(sentence, f"{tokens[j]} {tokens[j + 1]} "):
            return line  # "said it was raining heavily when the landslide hit": the scene stays past
        tokens[j + 1] = _PAST_PROGRESSIVE[tokens[j + 1]]
        return " ".join(tokens)
    return line


def _reported_state(line: str, k: int, lemma: str, sentence: str) -> str:
    """``line``, its verb of saying at ``k`` now in the present, with the state that it reports in the
    present too, as its past "be" agreed with the past frame: "warned that the country was at the edge of
    civil war" -> "warns that country is at edge ...", "said it was ready to act" -> "says it is ready ...",
    "told reporters the city was apologizing" -> "tells reporters city is apologizing". A state is a brink,
    a word of :data:`_STATES_AHEAD`, or, the speaker's own or a body's or a place's, of :data:`_STATES_NOW`;
    a progressive only a body's or a place's (a person's is a scene: "said the gunman was wearing a mask").
    Not another's feeling or state then ("Friends said the victim was happy"), what a witness tells, nor a
    state the sentence dates (:func:`_scene_of_the_past`)."""
    tokens = line.split()
    if lemma not in _TELLING_NOW:
        return line
    j = k + 1 + (tokens[k + 1 : k + 2] == ["that"])
    if lemma == "tell" and tokens[j : j + 1] and tokens[j] in _HEARERS:
        j += 1 + (tokens[j + 1 : j + 2] == ["that"])  # ("tells reporters | city was")
    be = next((i for i in range(j + 1, min(len(tokens), j + 1 + _SUBJECT_REACH)) if tokens[i] in _PAST_BE),
              None)
    if be is None or tokens[be + 1 : be + 2] == ["not"] or be + 1 >= len(tokens):
        return line
    subject = tokens[j:be]
    if not all(w in _SUBJECT_PRONOUNS or w.isalpha() and (
            is_capital(w[:1]) or may_be_noun(w) and not is_tensed(w)) for w in subject):
        return line
    # (the speaker's own state, or a body's or a place's; another's is the scene's: "Friends said the victim
    # was happy", "Police said the window was open"; and no witness tells what holds now)
    body = subject[-1] in _BODIES or subject[-1] in _PLACES_AND_BODIES
    own = body or subject[-1] in _SUBJECT_PRONOUNS
    if not _WITNESSES.isdisjoint(t.lower() for t in tokens[:k]):
        return line
    state, following = tokens[be + 1].strip(",;:"), tokens[be + 2 : be + 3]
    brink = state in ("at", "on") and following and following[0] in _BRINKS
    going = body and state.endswith("ing") and state.islower() and may_be_verb(state) and not is_noun(state)
    if not (state in _STATES_AHEAD or brink or own and (state in _STATES_NOW or going)):
        return line  # (another's state holds now only where it looks ahead: "said the boy was keen to learn")
    told = f"{subject[-1]} {tokens[be]} "
    written = sentence.find(told)
    if _scene_of_the_past(sentence, told) or _DATED_STATE.search(
            sentence[written:] if written >= 0 else " ".join(tokens[be:])):
        return line  # ("was on the brink of collapse in 1998", "was ready to quit at the time")
    tokens[be] = _PAST_PROGRESSIVE[tokens[be]]
    return " ".join(tokens)


# Verbs of telling whose past "be" agrees with their past, not with a past of its own (not "admit", "reveal",
# "deny", whose clause is mostly a deed done: "admits he was wrong").
_TELLING_NOW = frozenset("say warn tell insist claim believe think fear".split())
_SUBJECT_REACH = 4  # words of a reported clause's subject at most, and its "was"
_HEARERS = frozenset("reporters journalists".split())  # a telling's hearers before what it tells
# States a speaker tells as now: anyone's that look ahead ("said the boy was keen to learn"), and the
# speaker's own or a body's ("said it was confident").
_STATES_AHEAD = frozenset("ready prepared willing unwilling able unable keen eager sure certain".split())
_STATES_NOW = _STATES_AHEAD | frozenset(
    "confident optimistic pessimistic cautious determined committed".split())
_WITNESSES = frozenset(
    "witness witnesses survivor survivors onlookers bystanders neighbours neighbors".split())
# A body's or a place's progressive is what it does now ("the city was apologizing"), not a scene.
_PLACES_AND_BODIES = frozenset(
    "city country government nation state police army military firm club team".split())
_BRINKS = frozenset("edge brink verge".split())  # ("was at the edge of civil war")
_DATED_STATE = re.compile(
    r"\b(?:then|at the time|1\d\d\d|20\d\d|ago|before|when|until|during|after the war)\b")


_REPORTED_SUBJECTS = {"it": "was", "they": "were", "we": "were"}  # a reported clause's subject, its past "be"
# What "it was" judges, before "to" or "that": what a speaker says holds now.
_JUDGEMENTS = frozenset(
    "time important vital essential crucial clear unlikely likely unacceptable inevitable".split()
)
# ... and what judges a deed, only before "that" or "whether", whose clause keeps its own time: before
# "to" it is mostly the deed done ("said it was right to invade Iraq", "it was impossible to land in fog").
_DEEDS_JUDGED = frozenset("right wrong necessary possible impossible".split())
_JUDGED = (["to"], ["that"], ["whether"])  # what follows the judgement


def _scene_of_the_past(sentence: str, progressive: str) -> bool:
    """Whether the ``sentence`` dates what its reported ``progressive`` ("it was ") tells ("at the time";
    not a year, which may be ahead), or a "when" clause in the past follows it: a scene then, no news now
    ("said it was snowing at the time of the crash", "said we were learning about the war when the bombs
    started falling")."""
    written = sentence.find(progressive)
    if written < 0:
        return False
    rest = sentence[written:]
    if "at the time" in rest or "At the time" in rest:
        return True  # (not a year: "said it was expecting reduced losses in 2005" looks ahead)
    words = [w.strip(",;:.") for w in rest.split()]
    for j, t in enumerate(words):
        past = t == "when" and next((u for u in words[j + 1 : j + 1 + _CLAUSE_REACH] if u.islower() and (
            simple_past_of(u))), None)
        if past and past not in _OCCASIONS:
            return True  # (not the occasion of the saying: "said it was expanding ... when it announced")
    return False


# A report's own occasion, after "when": "said it was expanding its fleet | when it announced record profits"
_OCCASIONS = frozenset(
    "said told announced revealed confirmed admitted warned claimed insisted explained met spoke reported "
    "published unveiled launched".split())


def _past_after_a_phrase(tokens: list[str], k: int) -> int | None:
    """Where the line's own simple past stands after the participle's phrase at ``k`` that describes its
    subject ("Primary suspect | jailed in connection with shooting death of Nemtsov | withdrew confession"):
    a past right after a name or a noun, before its object, with no clause, comma or other verb between;
    None for any other ("Man jailed for crimes | committed in 1990": a participle of its own)."""
    if not (1 < k < len(tokens) - 3 and tokens[k + 1] in _AFTER_PARTICIPLE and participle_of(tokens[k])
            and may_be_noun(tokens[k - 1]) and not is_tensed(tokens[k - 1])):
        return None
    for j in range(k + 2, len(tokens) - 1):
        word = tokens[j]
        if word[-1] in ",;:" or word.lower() in _OPENS_A_CLAUSE or word in AUXILIARIES:
            return None
        if word.islower() and is_tensed(word) and not word.endswith("ing") and not is_noun(word):
            following = tokens[j + 1]
            # (not before a time: "delivered | that morning", "injured | the night before")
            timed = following.lower() in _TIME_OPENERS or following in _TIME_NOUNS or following == "the" and (
                tokens[j + 2 : j + 3] and tokens[j + 2].strip(",;:.") in _TIME_NOUNS)
            found = not timed and simple_past_of(word) is not None and tokens[j - 1] != "to" and (
                is_capital(tokens[j - 1][:1]) or may_be_noun(tokens[j - 1])) and (
                following in _DETERMINERS or following.islower() and may_be_noun(following))
            return j if found else None
    return None


_TIME_OPENERS = frozenset("that this last next each every overnight".split())


def _causative(tokens: list[str], k: int) -> bool:
    """Whether the "had" at ``k`` has a thing done to its object: a noun of a few words, then a past
    participle that ends the line or opens its phrase ("had supercar confiscated by police", "had licence
    revoked"; not "had talks", "had to", "had been")."""
    for j in range(k + 2, min(k + 2 + _CAUSATIVE_OBJECT, len(tokens))):
        word = tokens[j].rstrip(",;:")
        lemma = participle_of(word)
        if lemma in _DONE_TO or lemma in _TAKEN_FROM:
            rest = tokens[j + 1 : j + 2]
            return not any(is_tensed(t) and not is_noun(t) for t in tokens[k + 1 : j]) and (
                not rest or rest[0] in PREPOSITIONS)
        if not tokens[j].islower():
            return False
    return False


_CAUSATIVE_OBJECT = 3  # words of a causative's object at most ("had | his supercar | confiscated")
# What is done to a thing of one's own, besides :data:`_DONE_TO` ("had his licence revoked").
_TAKEN_FROM = frozenset(
    "confiscate revoke seize steal destroy damage remove amputate break impound freeze reject overturn tow "
    "withdraw".split())


def _written_as_a_past(word: str) -> bool:
    """Whether ``word`` is a noun that is also written as a past ("output", "cost", "cut")."""
    return is_noun(word) and simple_past_of(word) is not None


def _modifies_next(tokens: list[str], k: int) -> bool:
    """Whether the past at ``k`` may be an adjective of a noun after it ("planned | spending")."""
    following = tokens[k + 1] if k + 1 < len(tokens) else ""
    return following.islower() and (may_be_noun(following) or following.endswith("ing")) and (
        following not in PREPOSITIONS) and (
        tokens[k].endswith("ed") or may_be_adjective(tokens[k]))


def _before_a_cause(tokens: list[str], k: int) -> list[str]:
    """The line up to a cause after the object of the verb at ``k``, if no clause is joined after it, and
    before the speaker who closes it (", Federal Aviation Authority says": a verb of its own, no later
    verb of the claim's)."""
    end = next((j for j in range(k + 2, len(tokens)) if tokens[j] in CAUSE_OPENERS), len(tokens))
    head = tokens[:end] if _JOINS.isdisjoint(tokens[end:]) else tokens
    if not any(t.endswith(",") for t in head[k + 1 : -1]):
        return head  # (the quick test: no comma after the verb)
    text = " ".join(head)
    said = KEPT_ATTRIBUTION.search(text)
    return head if said is None else text[: said.start()].split()


def _progressive_as_present(text: str, tokens: list[str], k: int, sentence: str) -> str:
    """The line with its main clause's past progressive at ``k`` made the simple present ("Police were
    searching for gunman" -> "Police search for gunman"), as the present progressive is
    (:func:`headline_tenses`); not one the ``sentence`` dates or goes on from to what happened meanwhile,
    nor a gerund or a feeling after "was", nor where a clause after it stays past."""
    written = sentence.find(f"{tokens[k]} {tokens[k + 1]}")
    if written < 0 and tokens[k] == "was":
        written = sentence.find(f"were {tokens[k + 1]}")  # (a body's "they were", its number agreed)
    if written < 0 or _INTERRUPTED.search(sentence, written) or _SCENE_TIME.search(sentence) or (
            told_in_the_past(text, sentence)):
        # ("Town was the setting for": a noun, its article dropped; "was walking home ... when he was
        # gunned down": the scene of the news that follows; "At the time, Titan was trying", "in 1973")
        return text
    after = tokens[k + 2 :]
    subject = tokens[:k]
    head = subject[subject.index("of") - 1 if "of" in subject[1:] else -1].lower()
    felt = tokens[k + 1] in _FEELINGS and (not after or after[0] in _AFTER_A_FEELING)
    clause = not _CLAUSE_WORDS.isdisjoint(t.lower() for t in subject)
    if after[:1] == ["of"] or clause or head in _WHAT_IT_IS or felt or tokens[k + 1] == "going":
        # "was sending of that letter", "how many of those were attempting", "Main problem was finding
        # doctors" (what the problem is), "Defeat was humiliating for champions" (how it felt), "Boris was
        # going to make public evidence" (a past plan: not "Boris to make")
        return text
    rest = sentence[written:].split()[2:]
    if any((t in _CLAUSE_JOINS or t in _WHEN_CLAUSE) and any(
            u.islower() and simple_past_of(u) for u in rest[j + 1 : j + 1 + _CLAUSE_REACH])
           for j, t in enumerate(rest)):
        return text  # a clause after it that stays in the past ("as the coffin arrived", "and found it")
    present = " ".join([*tokens[:k], _PAST_PROGRESSIVE[tokens[k]], *tokens[k + 1 :]])
    found = _headline_tenses(present)
    return text if found == present else found


# Participles whose "as" names what one is taken for, no clause of the same time.
_TAKEN_AS = frozenset(
    "described seen known regarded billed branded labelled labeled hailed viewed dubbed cast portrayed "
    "treated classed classified identified".split())
# Adverbs between a subject and its verb that are no adjective there ("Chelsea still collected").
_BEFORE_THE_VERB = frozenset("still also even".split())
_PAST_PROGRESSIVE = {"was": "is", "were": "are"}  # a past progressive's auxiliary, and the present's
# -ing forms that tell how something felt when no object follows them ("was humiliating for champions").
_FEELINGS = frozenset(
    "humiliating encouraging disappointing frustrating embarrassing devastating inspiring reassuring "
    "exciting terrifying frightening depressing confusing puzzling interesting thrilling "
    "heartbreaking".split())
_AFTER_A_FEELING = frozenset("for to about with".split())
# A subject's head that a gerund after "was" says what it is ("The main problem was finding doctors").
_WHAT_IT_IS = frozenset(
    "problem part cause aim goal plan idea issue challenge task job priority question news result reason "
    "thing difficulty key hope worry concern fear danger trick secret answer solution point focus purpose "
    "mission dream ambition target option alternative step".split())
# What a past progressive's sentence goes on to tell happened while it went on ("when", "before", "but").
_INTERRUPTED = re.compile(r"\b(?:when|before|until|but)\b")
# Its own time told: "at the time", a year ("was nearing the end of a March 1973 reception").
_SCENE_TIME = re.compile(r"\b(?:[Aa]t the time|1[89]\d\d|20\d\d)\b")
_CLAUSE_WORDS = frozenset("how what why whether if when where".split())  # a subject's clause opens on these


def _in_the_present(tokens: list[str], pasts: list[tuple[int, str]]) -> str | None:
    """The line with each past at its place written in the present of its tag; None when one has none."""
    written = list(tokens)
    for at, tag in pasts:
        form = present_of(simple_past_of(tokens[at].rstrip(",;:")), tag)
        if not form:
            return None
        written[at] = form + tokens[at][len(tokens[at].rstrip(",;:")) :]
    return " ".join(written)


def _same_time_clauses(tokens: list[str], k: int, sentence: str) -> list[tuple[int, str]]:
    """The pasts of the clauses of the same time after the verb at ``k`` (:func:`_clause_past`)."""
    return [clause for clause in (_clause_past(tokens, j, sentence)
                                  for j in range(k + 1, len(tokens)) if tokens[j] in _WHEN_CLAUSE) if clause]


def _clause_past(tokens: list[str], j: int, sentence: str) -> tuple[int, str] | None:
    """Where the clause that the conjunction at ``j`` opens ("as", "when", "after" ...) has its simple
    past, and the tag of that verb's present: a plain subject of a few words (nouns, names, a pronoun,
    a possessive), an adverb in -ly at most between it and the verb ("as team sheepishly | shuffled
    away"), a lexical verb the ``sentence`` writes active, not a participle's phrase ("as part of plan
    agreed by"); None for any other ("such as", "as well as", "as injured players")."""
    if j and (tokens[j - 1].lower() in _COMPARING or tokens[j - 1] in _TAKEN_AS):
        return None  # (nor what one is taken for: "described as | explosives controlled remotely")
    subject: list[str] = []
    for i in range(j + 1, min(len(tokens), j + 2 + _CLAUSE_SUBJECT)):
        word = tokens[i]
        lemma = simple_past_of(word) if subject and word.islower() else None
        if lemma:
            following = tokens[i + 1] if i + 1 < len(tokens) else ""
            passive = following == "by" or following == "to" and lemma in _PASSIVE_BEFORE_TO
            if lemma in _NOT_LEXICAL or lemma in _KEPT_PAST or word in _PRESENTS_TOO or passive or (
                    not _written_active(word, sentence)):
                return None
            plural = subject[-1].lower() in _PLURAL_PRONOUNS or _plural(subject, sentence)
            return i, "VBP" if plural else "VBZ"
        if subject and word.endswith("ly") and is_adverb(word):
            continue
        if word.lower() in _SUBJECT_PRONOUNS:
            if subject:
                return None  # a relative clause's subject: "identifies him as man | he saw"
            subject.append(word)
            continue
        if not (is_capital(word[:1]) or word in _DETERMINERS or word.endswith(("'s", "’s"))
                or word.islower() and (is_noun(word) or is_modifier(word) or _compound_noun(word))
                and not word.endswith("ing")
                and not (is_tensed(word) and not is_noun(word))) or word[-1] in ",;:":
            return None  # (nor an -ing form's object: "quotes her daughter as saying Stone came")
        subject.append(word)
    return None


def _joined_clause(after: list[str], j: int, verb: str, sentence: str) -> tuple[int, str] | None:
    """The past of the clause that an "and" or a "but" at ``after[j]`` joins with a subject of its own
    (:func:`_clause_past`; ``after``, the line past its ``verb``), after the verb's object: not inside a
    reported clause ("said EU and US hoped", "week that US and EU stepped"), nor a subject of names or
    pronouns joined ("Pettit and Parker Rice encouraged", "he and his brother built")."""
    before = after[j - 1] if j else ""
    if after[j] not in _CLAUSE_JOINS or not before.islower() or before in _OBJECT_PRONOUNS:
        return None
    if before in _SUBJECT_PRONOUNS or verb in SAYING or "that" in after[:j]:
        return None
    if is_plural_noun(before) and j + 3 < len(after) and after[j + 1].islower() and (
            is_plural_noun(after[j + 1]) and (after[j + 3] in _AFTER_PARTICIPLE or after[j + 3] == "by")):
        return None  # two plurals joined, one noun phrase: "in dresses and skirts | adorned with roses"
    return _clause_past(after, j, sentence)


def _compound_noun(word: str) -> bool:
    """Whether ``word`` is a hyphened compound whose last part is a noun ("scrum-half", "right-back")."""
    head = word.rpartition("-")[2]
    return bool(head) and head != word and head.isalpha() and may_be_noun(head)


def _written_active(word: str, sentence: str) -> bool:
    """Whether the ``sentence`` writes ``word`` with no auxiliary in the two words before it."""
    return _written_after(word, sentence, _AUXILIARY_BEFORE) is False


def _written_after(word: str, sentence: str, auxiliaries: frozenset[str]) -> bool | None:
    """Whether the ``sentence`` writes ``word`` (first) with one of ``auxiliaries`` two words before it;
    None where it does not write the word."""
    written = sentence.split()
    at = next((i for i, t in enumerate(written) if t == word), None)
    return None if at is None else any(t.lower() in auxiliaries for t in written[max(0, at - 2) : at])


# Conjunctions whose clause tells what happens with the main verb, in its tense ("plunge as firms suspend").
_WHEN_CLAUSE = frozenset("as when while after before because".split())
_COMPARING = frozenset("such well same so as".split())  # before an "as" that opens no clause
_CLAUSE_JOINS = frozenset({"and", "but"})  # what joins a clause with a subject of its own
_CLAUSE_SUBJECT = 4  # words of a clause's subject at most
_SUBJECT_PRONOUNS = frozenset("he she it they we i you".split())
_PERSONS = frozenset("he she they we i".split())  # subject pronouns that are no verb's object
_PLURAL_PRONOUNS = frozenset({"they", "we", "i", "you"})  # (the plural's present: "I let", "you see")
_OBJECT_PRONOUNS = frozenset("me him her us them".split())


def _reads_as_verb(tokens: list[str], k: int, lemma: str, sentence: str) -> bool:
    """Whether the past at ``k`` is the line's verb, not an adjective, a noun or a participle's phrase,
    and no clause joined after it stays in the past."""
    word, before = tokens[k], tokens[k - 1]
    rest = [t.strip(",;:") for t in tokens[k + 1 :]]
    if not rest or rest[0] in DASHES:
        # A past that ends the line (or its clause, at a dash) is a passive's or an adjective's ("Two men
        # arrested", "220,000 people killed -- more than ...") unless its verb has no object: "Lee Kuan
        # Yew died" -> "dies".
        # (not a clause's: "investigate how pensioner died", "It's day music died")
        # (a subject's head noun may be written as a past: "industrial output | fell")
        return (lemma in INTRANSITIVE or lemma in _CHANGES) and word not in _PRESENTS_TOO and not any(
            t.lower() in _OPENS_A_CLAUSE or "'" in t or "’" in t or is_tensed(t) and not (
                j == k - 1 and _written_as_a_past(t))
            for j, t in enumerate(tokens[:k]))
    if rest[0] == "of" or word in _PRESENTS_TOO:
        return False  # "Current slew of sports games offers": a noun; "Mourners lay wreaths": a present
    if any(w.lower() in _ASKS and tokens[j - 1].islower() and may_be_verb(tokens[j - 1])
           and not is_noun(tokens[j - 1]) for j, w in enumerate(tokens[1:k], 1)):
        return False  # what a verb asks or tells: "investigate how pensioner died | after fire at her home"
    if _next_clause_in_past(tokens[k + 1 :], rest, sentence, word):
        return False  # (a past joined to the verb itself is written with it: :func:`_joined_verbs`)
    # An -ing form after a name, a determiner, an adjective or a singular noun is a noun ("UK
    # manufacturing grew", "mortgage lending showed"; not a plural's participle, "workers striking").
    gerund = before.endswith("ing") and before not in _PASSIVE_INGS and k > 1 and (
        is_capital(tokens[k - 2][:1]) or tokens[k - 2] in _DETERMINERS or is_modifier(tokens[k - 2])
        or is_noun(tokens[k - 2]) and not is_plural_noun(tokens[k - 2]))
    if before in _BEFORE_THE_VERB and k > 1:
        before = tokens[k - 2]  # ("Chelsea | still | collected": the adverb's verb, not an adjective's noun)
    if before.endswith(("'s", "’s")) or before.lower() in _DETERMINERS or (
            before.islower() and (may_be_verb(before) and not is_noun(before) and not is_adverb(before)
                                  # (a noun after the line's opening -ing adjective: "Gripping game | ended")
                                  and not (k == 2 and tokens[0].endswith("ing") and may_be_noun(before))
                                  and not gerund or is_modifier(before)
                                  or is_noun(word) and not _singulars_past(tokens, k, lemma, sentence))):
        return False  # "Poland's prolonged cold front", "Chelsea consider renewed bid", "burial ground"
    if k == 1 and tokens[0].lower().endswith("ing"):
        return False  # "Providing enhanced security": a gerund's adjective
    if rest[0].islower() and is_tensed(rest[0]) and participle_of(rest[0]) is None and not (
            is_plural_noun(rest[0]) and (
                rest[1:2] and rest[1] in _JOINS or _clause_after(word, rest[0], sentence))
            or is_noun(rest[0]) and rest[1:2] == ["of"] or _object_of_a_plural(tokens, k, rest[0], sentence)):
        # "New study published suggests", "Report published calls for": the verb with a tense comes next
        # (not a plural object that a join or its "of" follows: "stormed jails and", "found remains of")
        return False
    clause = next((j for j, t in enumerate(rest) if t in _OWN_CLAUSE), len(rest))
    if any((t in AUXILIARIES and word not in SAYING and u != "to")
           or (t.islower() and simple_past_of(t) not in (None, *_NOT_LEXICAL) and participle_of(t) is None
               and u != "to" and not _counted(u) and u not in _DETERMINERS)  # (not "four | kidnapped")
           for u, t in zip(["", *rest], rest[:clause])):
        # "Everything Felix learned about Native Americans came from books", "NASA's tractor-trailer sized
        # Dawn spacecraft will snuggle up": the verb comes later in the clause
        return False
    if lemma in _PASSIVE_BEFORE_TO and rest[0] == "to":
        return False  # "lawyer scheduled to start": a passive's participle; "used to lead": a habit
    if lemma in _REPORTED_BEFORE_TO and rest[0] == "to" and rest[1:2] in (["be"], ["have"]):
        return False  # "fraud said to be nation's fastest-growing": a report's passive, not "says to be"
    if not participle_of(word) or no_passive_before_to(tokens, k):
        return True  # (no participle's phrase: "city of Cleveland responded to lawsuit filed by ...")
    clause = rest[0] == "as" and _clause_past(tokens, k + 1, sentence) is not None  # ("plunged | as firms")
    if rest[0] == "by" or rest[0] == "as" and not clause or k == 1 and is_adverb(tokens[0].lower()):
        return False  # "Outbreaks caused by E. coli", "superyacht described as", "Newly released ISIS video"
    # (An object may open on a preposition: "killed at least 39 people", "killed about 50".)
    counted = rest[0] == "at" and rest[1:2] in (["least"], ["most"]) or rest[1:2] and rest[1][:1].isdigit()
    stated = rest[0] in _STATES and lemma != "plead" and not (rest[1:2] and is_noun(rest[1])) and not (
        rest[1:2] == ["and"] and 2 in _joined_verbs(tokens[k + 1 :], sentence))  # ("shot dead and slit the")
    if stated or rest[0] in _AFTER_PARTICIPLE and lemma in _DONE_TO and not counted and not (
            rest[0] == "with" and _takes_infinitive(tokens, k)):
        return False  # "Man found dead", "Woman killed in crash": a passive, its auxiliary already gone
    if word in _SPEECH_PASTS and is_capital(before[:1]) and not is_common_word(before.lower()):
        return True  # "Jenkins revealed for first time she suspects": a name's saying, then what is said
    # "Talks aimed at averting strikes ended": a participle's phrase before the verb
    # ("proved to be unlikely match-winner to earn": an infinitive is no verb with a tense)
    # (a relative clause's verb right after its pronoun is that clause's: "collapsed after losing vote over
    # scandal | that tainted prime minister"; not "revealed in report show | that bank lost")
    own = next((j for j, t in enumerate(rest[:-1]) if j and t in _RELATIVE_PRONOUNS and rest[j + 1].islower()
                and simple_past_of(rest[j + 1])), len(rest))
    # (nor a clause of the same time's: "piled on agony for Leeds | as luckless Yorkshiremen lost")
    own = next((j for j, t in enumerate(rest[:own]) if j and t in _WHEN_CLAUSE
                and _clause_past(tokens, k + 1 + j, sentence) is not None), own)
    if _takes_infinitive(tokens, k) or lemma in _WITHOUT_PASSIVE:
        # "judge agreed | to review complaints by lawyers for three men arrested"; a verb with no passive
        # opens no participle's phrase: "Car bomb exploded in Jerusalem market crowded with Israelis"
        return True
    # (nor a person's pronoun's own clause: "posed on rug to show off how | he looks"; "it" may be an object:
    # "troops sent to quell it | opened fire")
    return clause or not (rest[0] in _AFTER_PARTICIPLE and any(
        t.islower() and is_tensed(t) and u != "to" and not u[:1].isdigit()  # (not "47.97 seconds")
        and u not in _PERSONS and not (u in _IN_A_PHRASE and _phrase_goes_on(j, v))
        for j, (u, t, v) in enumerate(zip(rest, rest[1:own], [*rest[2:own], ""]))))


def _phrase_goes_on(j: int, following: str) -> bool:
    """Whether a preposition's noun at ``j`` words past the verb (0: in the verb's own phrase) is a noun,
    not a later verb, by the word ``following`` it ("" at the line's end): in the verb's own phrase only
    before an -ing ("ended with | honours finishing"; not "lost in | conflicts", "caught in | floods in
    Pakistan"); past it, at the line's end or before no base verb ("rejection of | candidates"; not
    "involved in | contracts amount to")."""
    if not j:
        return following.endswith("ing")
    return not following or not is_base_verb(following)


_CLAUSE_REACH = 8  # words after a clause's conjunction read for its past


def _singulars_past(tokens: list[str], k: int, lemma: str, sentence: str) -> bool:
    """Whether the word at ``k``, a noun too whose past is its base ("spread", "cut", "hit"), is a singular
    subject's past: the ``sentence`` has no verb with a tense after it up to its first comma, so it is no
    compound's noun ("Massive power outage spread across Turkey on Tuesday, blacking out ..."; not "Tax cut
    for families was announced")."""
    word = tokens[k]
    if word != lemma or _plural(tokens[:k], sentence):
        return False
    if any(t.islower() and simple_past_of(t) for t in tokens[k + 1 :]):
        return False  # (another past after it would stay: "attack hit Tunisia where it hurt")
    written = sentence.split()
    at = next((i for i, t in enumerate(written) if t == word), None)
    if at is None:
        return False
    for t in written[at + 1 :]:
        if t.islower() and surely_tensed(t.strip(",;:.")):
            return False
        if t[-1] in ",;:.":
            break
    return True


def _object_of_a_plural(tokens: list[str], k: int, following: str, sentence: str) -> bool:
    """Whether the word ``following`` the past at ``k``, a plural noun or a verb's "-s" form, is its object:
    a plural subject takes no "-s" verb ("Saudi and allied warplanes struck | rebels in Yemen"; not "Report
    published | calls for")."""
    after = tokens[k + 2] if k + 2 < len(tokens) else ""
    if after.islower() and is_tensed(after) and after not in _AFTER_PARTICIPLE and (
            not after.endswith("ing") and tokens[k] not in SAYING):
        return False  # "Migrants refused | visas | appealed": the plural is a subject of its own
    # (nor after a singular noun that a name describes, its head: "Friends of the Earth report | published")
    before = tokens[k - 1]
    named = before.islower() and is_noun(before) and not is_plural_noun(before) and all(
        is_capital(t[:1]) or t in _INSIDE_A_NAME for t in tokens[: k - 1])
    return following.endswith("s") and is_plural_noun(following) and not named and (
        _plural(tokens[:k], sentence))


_INSIDE_A_NAME = frozenset("of the and".split())  # (lowercase words inside a name: "Friends of the Earth")


def _clause_after(word: str, noun: str, sentence: str) -> bool:
    """Whether the ``sentence`` goes on to a clause of the same time with its own past right after the past
    ``word`` and the plural ``noun`` after it ("made headlines | when his memo surfaced"): the noun is the
    past's object (not "player suspended | appeals as the club considers ...")."""
    written = re.search(
        rf"\b{re.escape(word)} {re.escape(noun)} (\w+)((?:\s+\S+){{0,{_CLAUSE_REACH}}})", sentence)
    return written is not None and written[1] in _WHEN_CLAUSE and any(
        w.islower() and simple_past_of(w) for w in written[2].split())


def _takes_infinitive(tokens: list[str], k: int) -> bool:
    """Whether the past at ``k`` is an active verb before its infinitive ("agreed | to review", "vowed | to
    conduct"), not a passive's participle before one ("scheduled | to start", "forced | to flee")."""
    if simple_past_of(tokens[k]) not in _BEFORE_INFINITIVE:
        return False
    # (after a manner's phrase: "moved | with surprising speed | to arrest")
    manner = k + 1 < len(tokens) and tokens[k + 1] == "with"
    at = next((j for j in range(k + 1, min(len(tokens) - 1, k + 2 + _MANNER_WORDS * manner))
               if tokens[j] == "to"), None)
    return at is not None and is_base_verb(tokens[at + 1]) and all(
        t.isalpha() and t.islower() and not is_tensed(t) for t in tokens[k + 1 : at])


_MANNER_WORDS = 3  # words of a manner's "with" phrase between a verb and its infinitive


# Verbs an infinitive completes, whose past before "to" is the line's verb, not a participle's ("opposed to").
_BEFORE_INFINITIVE = frozenset(
    "agree vow pledge promise refuse decline try attempt seek manage fail want wish hope plan decide "
    "threaten offer vote appear seem continue begin start aim struggle need intend prepare rush move "
    "opt arrange bid dare hesitate neglect resolve swear volunteer".split())


def told_in_the_past(line: str, sentence: str) -> bool:
    """Whether the ``sentence`` dates what it tells in the past ("in 1998", "ago"; a recent "last year"
    only where the ``line`` keeps it: "Mexican labourers send record $16.6bn home"), or the ``line`` by
    its day ("Dam broke on Tuesday": the present would read as a plan)."""
    return _dated(sentence, line) or _dates_by_day(line)


def _dated(text: str, line: str | None = None) -> bool:
    """Whether ``text`` has a time of :data:`_PAST_TIME` that dates its event (given the ``line``, a "last
    year", "last week" ... only where the line keeps it): not a record's span ("first away win for nearly
    four years", "lowest level for 30 years"), which says how long since the last, nor an adverb inside a
    noun's participle phrase ("near a town | recently retaken from Boko Haram")."""
    for match in _PAST_TIME.finditer(text):
        if _dates_a_modifier(text, match):
            continue
        if not _span(text, match):
            if line is not None and match.group(0)[:5].lower() == "last " and match.group(0) not in line:
                continue  # "sent a record $16.6bn home last year": a recent time the line drops, its news
            return True
        before = text[max(0, match.start() - _RECORD_REACH) : match.start()].lower().split()
        record = max((i for i, w in enumerate(before) if w == "first" or w in _RECORDS or _superlative(w)),
                     default=None)
        # (the record's noun phrase before the span, no verb between: not "oldest man ran farm for 50 years")
        if record is None or any(simple_past_of(w) or w in _BE_OR_HAVE for w in before[record + 1 :]):
            return True
    return False


def _span(text: str, match: re.Match) -> bool:
    """Whether the time at ``match`` opens a span ("for four years", "since 2004", "since last year's
    French Open"), which a record before it may measure, not a time that dates the event."""
    found = match.group(0).lower()
    return found.startswith(("for ", "since ")) or text[: match.start()].lower().endswith("since ")


def _dates_a_modifier(text: str, match: re.Match) -> bool:
    """Whether the adverb of :data:`_PAST_TIME` at ``match`` stands between a noun and a participle after
    the text's first verb, so dates the noun's phrase, not the event ("discovered a mass grave near a town
    | recently retaken"); not "Police | recently arrested" (no verb before) nor "man who recently"."""
    if not match.group(0).islower() or not match.group(0).endswith("ly"):
        return False
    before = text[: match.start()].split()
    after = text[match.end() :].split()[:2]
    if len(before) < 3 or not after or participle_of(after[0].strip(",;:")) is None:
        return False
    if after[1:] and after[1].lower() in _DETERMINERS:
        return False  # "its fighters recently seized | a town": a clause's own verb and its object
    noun = before[-1]
    tensed = next((k for k in range(len(before) - 2, -1, -1)
                   if before[k].islower() and surely_tensed(before[k])), None)
    # (no reported clause between: "said in a statement that its fighters | recently seized")
    return (noun.islower() and is_noun(noun) and noun not in _OWN_CLAUSE and tensed is not None
            and not any(w == "that" or w in SAYING for w in before[tensed + 1 : -1]))


def _dates_by_day(line: str) -> bool:
    """Whether the line keeps a day or a date of :data:`_DAY`, not one a word before it names ("Super
    Tuesday", "Black Friday": :func:`.times.named_day_at`) or that opens a name ("Saturday Night Live")."""
    return any(not named_day_at(line, match.start()) and _NAMED_AFTER.match(line, match.end()) is None
               for match in _DAY.finditer(line))


# A word after a day that makes it a name ("Saturday Night Live", "Sunday Times"; not "said Wednesday
# Turkey", "said Sunday Times Square ...", "on Tuesday Night").
_NAMED_AFTER = re.compile(
    r" (?:Night (?:Live|Football)|(?:Times|Telegraph|Mirror|Express|Post|Herald)(?! [A-Z]))\b")
_ASKS = frozenset("how why where when what whether".split())  # (a clause that a verb takes as its object)
# Words that open a clause inside the line: a past after one is that clause's.
_OPENS_A_CLAUSE = frozenset("how why where when what whether if that who which while as after before".split())


def _superlative(word: str) -> bool:
    """Whether ``word`` is an adjective's superlative ("lowest", "biggest", "largest", "happiest"), not a
    noun in -est ("forest", "interest")."""
    stems = (word[:-3], word[:-2], word[:-4], word[:-4] + "y")
    return word.endswith("est") and not may_be_noun(word) and any(
        may_be_adjective(stem) for stem in stems if len(stem) > 1)


_RECORD_REACH = 40  # characters before a span searched for the record it measures
_RECORDS = frozenset("best worst most least".split())


def _told_as_news(tokens: list[str], k: int, sentence: str) -> bool:
    """Whether the ``sentence`` writes the line's past at ``k`` active (not "was killed", whose headline
    passive reads "killed"), as its own verb, and does not date it in the past ("last year", "in 1998",
    "ago"), nor the line by its day ("Dam broke on Tuesday": the present would read as a plan); for a
    speaker's past, only a time before what is said counts."""
    word = tokens[k]
    written = sentence.split()
    # (the word as written, or as the sentence's last before its stop: "Lee Kuan Yew died.")
    at = next((i for i, t in enumerate(written) if t == word), None)
    if at is None and written and written[-1][:-1] == word and written[-1][-1] in ".!":
        at = len(written) - 1
    if at is None or any(t.lower() in _AUXILIARY_BEFORE for t in written[max(0, at - 2) : at]) and not (
            _reported_perfect(written, at)):
        return False  # "was killed", "was quickly arrested": a passive, or a past the sentence does not say
    if word in _SPEECH_PASTS:
        # A speaker's past tells the news now ("Maduro said Saturday Americans were arrested 'a few days
        # ago'" -> "Maduro says ..."): a time up to where what is said opens (its "that" or its own verb)
        # dates the saying itself ("told his biographer in 2006 that"), and so does a day the line keeps
        # ("Cem said Wednesday").
        said = next((i for i in range(at + 1, len(written)) if written[i] == "that" or (
            written[i].islower() and surely_tensed(written[i]))), len(written))
        return not _dated(" ".join(written[:said])) and not _dates_by_day(" ".join(tokens))
    if told_in_the_past(" ".join(tokens), sentence):
        return False
    before = [t.lower() for t in written[max(0, at - _REPORTED_REACH) : at]]
    if any(t in SAYING and t.endswith("s") and u in _REPORTERS for t, u in zip(before, before[1:])):
        # "White says she knowingly took steroids": a past she tells now, not the news's present (not a past
        # frame: "Police said they arrested a man" is the news, "Police arrest man").
        return False
    # The sentence's own verb after it, in its clause ("experts examining heavily burned bodies were
    # able"), or anywhere after a participle's phrase ("man arrested in connection with attack which
    # left fan ill has been released": the line may have been cut before it).
    following = tokens[k + 1].strip(",;:") if k + 1 < len(tokens) else ""
    if no_passive_before_to(tokens, k):
        return True  # no participle's: "city responded to lawsuit ... by saying death was his own fault"
    # (up to a clause joined with a subject of its own: "died in the disaster | and a further three are")
    joined = next((i for i in range(at + 1, len(written) - 1) if written[i] in ("and", "but") and (
        written[i + 1] in _DETERMINERS or written[i + 1] in COUNTS)), len(written))
    own = written[at + 1 : joined]
    # (not an infinitive's "be" or "have": "asked its baristas to have conversations")
    verb = next((t for t, b in zip(own, [written[at], *own]) if t in _BE_OR_HAVE and b != "to"
                 or t in _OWN_CLAUSE or t[-1] in ",;:"), None)
    # (not an active verb's infinitive: "judge agreed | to review complaints", though a "were" comes later)
    reduced = participle_of(word) and following in _AFTER_PARTICIPLE and not _takes_infinitive(tokens, k)
    return verb not in _BE_OR_HAVE and not (reduced and not _BE_OR_HAVE.isdisjoint(own))


# Pasts of a speaker's verb (of :data:`.ends.SAYING`; not those of knowing or finding: "found" a body).
_SPEECH_PASTS = frozenset(
    "said told revealed admitted warned claimed insisted announced confirmed denied explained argued".split())
# A present verb of saying and the speaker's pronoun, within this many words before a past: the past is told.
_REPORTED_REACH = 4
_EXPECTING = frozenset(
    "expected hoped planned wanted intended thought believed feared known anticipated predicted forecast "
    "assumed".split())


def _reported_perfect(written: list[str], at: int) -> bool:
    """Whether the past at ``at`` is a speaker's report of what was done, its "had" right after a pronoun
    that a verb of saying opens ("Cathay Pacific said Wednesday it had pulled out of talks", "Police said
    they had arrested a man"): the news as the speaker tells it, not a past before the story's."""
    if at < 3 or written[at - 1] != "had" or written[at - 2].lower() not in _REPORTERS or (
            written[at] in _EXPECTING):
        return False  # (not what was expected before the news: "Analysts said they had expected a loss")
    return any(t.lower() in SAYING for t in written[max(0, at - 2 - _REPORTED_REACH) : at - 2])
_REPORTERS = frozenset("he she they i we it".split())


def _next_clause_in_past(after: list[str], words: list[str], sentence: str, verb: str = "") -> bool:
    """Whether a clause joined after the verb (``after``, the line's tokens past it; ``words``, the same
    without their commas) has a simple past that would stay: "broke and flood reached valley", "won cup,
    14 villages held parties"; a past within three words of the join, not after a preposition, a
    determiner, an -ing form or a count ("and civilian in disputed territory", "and nine wounded"), nor one
    of the verb's own subject that :func:`_joined_verbs` writes with it ("stormed a jail and dragged out a
    suspect")."""
    joined = None  # (found only when a past is: most lines have none)
    for j, token in enumerate(after):
        if token in _JOINS or token.endswith(","):
            for i in range(j + 1, min(j + 4, len(words))):
                if (simple_past_of(words[i]) and words[i - 1] not in _AFTER_PARTICIPLE | _DETERMINERS
                        and not words[i - 1].endswith("ing")  # (not "removing and retaining classified")
                        and not _counted(words[i - 1])):  # (nor a count's: "dead and nine wounded")
                    joined = set(_joined_verbs(after, sentence)) if joined is None else joined
                    own = (_joined_clause(after, j, verb, sentence) or (None,))[0] == i
                    if i not in joined and not own:  # (a clause of its own subject is written with it)
                        return True
    return False


def _counted(word: str) -> bool:
    """Whether ``word`` is a count that a participle after it describes ("nine | wounded", "12 | injured")."""
    return word in _PLURAL_COUNTS or word.isdigit()


def _joined_verbs(after: list[str], sentence: str) -> list[int]:
    """Where in ``after`` (the line's tokens past its verb) a simple past stands right after "and", "or"
    or "then", a second verb of the same subject, to be put in the present with the first ("Thousands
    stormed a jail and dragged out a suspect" -> "Thousands storm jail and drag out suspect"). Only where
    the form leaves no doubt: after the first verb's object, or right after that verb where an object
    follows the second ("shot and wounded a student"; "shot and wounded" alone is a passive's), in the
    main clause, with no verb of another clause before it ("said Croom shot and killed", "as my wife and I
    smooched and gaped"), written so in the ``sentence`` ("and was airlifted" is a passive's), not after
    an adjective or a participle ("stable and elevated levels", "toppled and crushed"), a name
    ("McGuinness and convicted gun-runner") or a preposition's noun ("import of beef and related
    products"; after a comma it may be), and followed in the sentence by what opens an object or a phrase,
    not a bare noun it may describe ("sold bread and baked goods"; "detonated bombs and sprayed people"
    stays in the past)."""
    found = []
    for i, token in enumerate(after):
        word = token.rstrip(",;:")
        # (not a name's word: "French Open")
        if word.lower() in _OWN_CLAUSE and not _opens_a_phrase(after, i) or (
                i and after[i - 1] not in _VERB_JOINS and (simple_past_of(word) or word in _BE_OR_HAVE or (
                    is_base_verb(word) and word.islower() and not may_be_noun(word)))):
            break  # another clause's verb, or its opener
        if not i or after[i - 1] not in _VERB_JOINS - {"but"} or not word.islower() or word in _PRESENTS_TOO:
            continue
        if simple_past_of(word) in (None, *_NOT_LEXICAL, *_KEPT_PAST):
            continue
        written = re.search(rf"\b{after[i - 1]} {re.escape(word)}\b\s*(\S*)", sentence)
        if i == 1 or i == 2 and after[0] == "dead":
            # Right after the first verb (or its "dead"), only an object after both tells two active pasts
            # ("shot and killed three officers", "shot dead and slit the throats of"; not "shot and killed
            # in Bronx", "arrested and charged this week", a passive's).
            if written and _object_follows(sentence[written.start(1) :].strip(",;:.")):
                found.append(i)
            continue
        before = after[i - 2]
        # (after a name or a preposition's noun, only a past that is no adjective, before a name: "brought
        # rains to Taiwan and lashed Hong Kong"; not "McGuinness and convicted gun-runner")
        clear = written is not None and (is_capital(written[1][:1]) and not may_be_adjective(word)
                                         or _phrasal(sentence[written.start(1) :]))
        if not before.endswith(",") and not clear and (
                before[:1].isupper() or is_modifier(before) and not is_noun(before)
                or participle_of(before.lower()) or any(  # (an infinitive's "to" is no preposition)
                    t in _AFTER_PARTICIPLE and not (t == "to" and is_base_verb(u))
                    for t, u in zip(after[: i - 1], after[1:i]))):
            continue
        if written and (written[1].lower().strip(",;:.") in _OBJECT_OPENERS or not written[1]
                        or written[1][:1].isdigit() or clear):
            found.append(i)
    return found


def _opens_a_phrase(tokens: list[str], i: int) -> bool:
    """Whether the clause opener at ``i`` is a preposition here, before a time or a determiner's noun
    ("first trophy since | last year's French Open", "won after | the break"), not a clause's opener
    ("since | he left")."""
    following = tokens[i + 1].lower() if i + 1 < len(tokens) else ""
    return tokens[i].lower() in _TIME_PREPOSITIONS and (
        following in _DETERMINERS or following in _TIME_DETERMINERS or following[:1].isdigit())


_TIME_PREPOSITIONS = frozenset("after before since until".split())


def _phrasal(following: str) -> bool:
    """Whether the words ``following`` a past open with its particle and then a preposition or a
    determiner, so the past is a phrasal verb's ("closed | in on a record", "pulled | out of the race"),
    not an adjective's ("McGuinness and convicted | gun-runner")."""
    words = following.lower().split()[:2]
    return len(words) == 2 and words[0] in _PARTICLES | ADVERB_PARTICLES and (
        words[1] in PREPOSITIONS or words[1] in _DETERMINERS)


def _object_follows(following: str) -> bool:
    """Whether the words ``following`` a verb open its object: a determiner that opens no time ("this week",
    "the previous day" are times), an object pronoun or a count."""
    words = following.lower().split()[:3]
    if not words or words[0] in _TIME_DETERMINERS or not _TIME_NOUNS.isdisjoint(words[1:]):
        return False
    return words[0] in _DETERMINERS or words[0] in _OBJECT_PRONOUNS or words[0] == "it" or _counted(words[0])


_TIME_DETERMINERS = frozenset("this next last that these".split())


def _plural(subject: list[str], sentence: str = "") -> bool:
    """Whether a headline's subject is plural: two joined ("JK and Joel"), or a plural head noun
    ("conservatives", "men", "police", "warplanes"), or a name the ``sentence`` gives an article to ("the
    Beatles", "the Lakers")."""
    if len(subject) > 3 and (subject[0].lower(), subject[1].lower()) in COUNT_OPENERS:
        # "More than 20 people die": a count over one is many ("At least a dozen people": its noun's); a
        # share is of what follows its "of" ("81% of members take", "90% of water supply runs dry",
        # "half of staff vote")
        count = subject[2].lower()
        share = count.endswith("%") or count in _SHARES or subject[3].lower() in ("per", "percent", "%")
        if share and "of" in subject[3:6]:
            whole = subject[subject.index("of", 3) + 1 :]
            return whole[:1] == ["staff"] or _plural(whole, sentence)  # (a share of staff is people)
        many = count in _PLURAL_COUNTS or (count[:1].isdigit() and count != "1")
        return many or _plural(subject[2:], sentence)
    share = next((j for j in range(min(len(subject) - 1, _SHARE_REACH)) if subject[j + 1] == "of" and (
        subject[j].lower() in ("percent", "%") or subject[j].endswith("%"))), None)
    if share is not None:
        return _plural(subject[share + 2 :], sentence)  # "Some 98.3 percent of respondents hear"
    if len(subject) > 2 and subject[1] == "of":
        # A count's "of" tells the number ("Some of the packages include", "One of the attackers blows").
        count = subject[0].lower()
        if count in _ONE_OF:
            return False
        if count in _PLURAL_COUNTS or count.isdigit() or is_plural_noun(count):
            return True
        if count in _PART_OF:
            return _plural(subject[2:], sentence)  # the number of what it is part of: "Some of oil leaks"
    # The head before the subject's first preposition ("Astronauts on International Space Station").
    while len(subject) > 1 and is_adverb(subject[-1]):
        subject = subject[:-1]  # "clerics fervently"
    # (or its -ing modifier: "jet carrying 224 people"; not "Boeing")
    opened = next((i for i, t in enumerate(subject)
                   if i and (t in _AFTER_PARTICIPLE or (t.islower() and t.endswith("ing")
                             and not subject[i - 1].endswith(("'s", "’s", "s'"))))), len(subject))
    written = subject[opened - 1].strip(",;:")
    head = written.lower()
    if "between" in subject[1:opened]:
        # A "between" phrase's "and" joins no subjects; the head is before it ("Game between Arsenal and
        # Chelsea ends", "Talks between Iran and EU end").
        return _plural(subject[: subject.index("between", 1)], sentence)
    named = subject[:opened]
    joined = "and" in named and not (_office_of_two(named) or _one_body(named) or _one_persons(named))
    if joined or head in _PLURAL_WORDS:
        return True  # "JK and Joel take"; not "Minister of Trade and Industry resigns"
    if written[:1].isupper():
        # A capitalised head is a name's word ("Tiger Woods wins", "Rodgers praises", "United States wins"),
        # but for a people or a party ("Palestinians", "House Republicans"), a band's or a team's name the
        # sentence writes with "the" ("the Beatles sell") and, opening the line, a plural the lexicon knows
        # ("Gunmen detonate"; not "Airstrikes", which it lacks: "Airstrikes starts")
        band = (written.istitle() and head.endswith("s") and not head.endswith("ss")
                and head not in _COUNTRIES and not (head == "states" and "United" in subject[:opened])
                and _named_with_the(subject[:opened], sentence))
        # (opening the line, a word the lexicon lacks that the sentence writes in lower case is a plural by
        # its "s": "the spacewalkers removed"; not a surname, "Holmes marks")
        unknown = (head.endswith("s") and not head.endswith(("ss", "us", "is")) and not is_common_word(head)
                   and re.search(rf"\b{re.escape(head)}\b", sentence) is not None)
        # (not a surname the sentence gives a title: "Mr Balls won" -> "Balls wins")
        # (a firm's word is a plural the sentence writes in lower case: "The records even surpassed")
        firm = head in _FIRMS and re.search(rf"\b{re.escape(head)}\b", sentence) is None
        known = opened == 1 and (is_plural_noun(head) or unknown) and not firm and (
            re.search(rf"\b(?:{_TITLE_WORDS}) {re.escape(written)}\b", sentence) is None)
        # ("Yorkshiremen", "Frenchmen", "Gunmen": a people's plural in -men; not "Yemen", "Carmen")
        men = head.endswith(_MEN)
        return bool(head.endswith(_PEOPLES) or men or band or known)
    # A word the lexicon lacks is a plural by its "s" ("warplanes"), not by "ss", "us", "is".
    unknown = head.endswith("s") and not head.endswith(("ss", "us", "is")) and not is_common_word(head)
    return (is_plural_noun(head) or unknown) and head not in _FIRMS


def _named_with_the(name: list[str], sentence: str) -> bool:
    """Whether the ``sentence`` writes the capitalised ``name`` (the line's subject, its "the" dropped)
    after "the": a band's or a team's ("The Rolling Stones played", "the Lakers beat"); not a title that
    keeps its "The" in the line ("Meet The Fockers")."""
    words = [w for w in name if w[:1].isupper()]
    return "The" not in name and bool(words) and re.search(
        rf"\b[Tt]he {re.escape(' '.join(words))}\b", sentence) is not None


# Countries written with "the" and an "s", each one ("the United States closes", "the Philippines wins").
_COUNTRIES = frozenset("netherlands philippines bahamas seychelles emirates".split())  # and the United States
_TITLE_WORDS = "|".join(re.escape(t) for t in sorted(TITLES))  # "Mr Balls": a surname in -s, one person
_NOT_LEXICAL = frozenset("be have do can will shall may must".split())
# A passive's auxiliary ("He's getting integrated") or a linking verb before its adjective ("Players looking
# tired"): the -ing form's participle is no verb of the line.
_PASSIVE_INGS = frozenset(
    "being getting looking feeling growing becoming seeming sounding appearing turning going remaining "
    "staying proving".split())
_CONTRACTED_AUXILIARIES = (*CONTRACTED_VERBS, "'d", "’d")
_PAST_BE = frozenset("was were".split())  # a passive's auxiliary in the past
_AUXILIARY_BEFORE = frozenset("was were is are be been being has have had get got gets".split())
_PLURAL_WORDS = frozenset("police people".split())
# The last word of a firm's name, which is one ("Cathay Pacific Airways wants").
_FIRMS = frozenset(
    "airways airlines industries holdings motors systems technologies services networks communications "
    "pharmaceuticals laboratories resources studios records games times".split())
# What dates the event in the past, or makes it last: the past stays ("won the title last year", "spent 22
# years").
_PAST_TIME = re.compile(
    r"\b(?:ago|already|recently|earlier|previously|formerly|originally|initially|once(?!-)|"
    r"(?:in|since|until|by|during|of|from|between|\d{1,2},?)\s+"
    r"(?-i:(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.?\s+)?(?:1[89]|20)\d\d|"
    r"last (?:year|season|month|week|summer|winter|spring|autumn|decade|century|january|february|march|"
    r"april|may|june|july|august|september|october|november|december)|"
    r"for (?:\S+ ){1,2}(?:years|months|weeks|decades))\b",
    re.IGNORECASE,
)
# A day or a date the line keeps: "Dam broke on Tuesday", "died Aug. 26" (the present would read as a plan).
_DAY = re.compile(
    rf"\b(?:{DAYS}|yesterday|"
    r"(?:Jan|Feb|March|April|May|June|July|Aug|Sept?|Oct|Nov|Dec)[a-z]*\.? \d{1,2}\b)"
    r"(?!['’]s\b)"  # (not a day's possessive, which names an event: "victory in Tuesday's election")
)
_KEPT_PAST = frozenset({"spend", "bespeak"})  # ("bespoke" is the adjective: "builds bespoke bicycles")
# Verbs of change with no object when they end the line ("US industrial production | increased"); a passive's
# auxiliary the sentence writes keeps them past (:func:`_told_as_news`).
_CHANGES = frozenset({"increase", "decrease"})
# Verbs with no passive, whose past is never a participle's phrase before the verb ("bomb exploded in").
_WITHOUT_PASSIVE = INTRANSITIVE | frozenset("explode erupt collapse vanish disappear appear exist".split())
# Pasts that are also another verb's present ("Mourners lay wreaths", "Engineers bore a tunnel").
_PRESENTS_TOO = frozenset("lay bore wound".split())
# Verbs done to someone, whose participle before a preposition is a headline's passive ("Woman killed in
# crash", "Man jailed for life", "Body found in river"), though an intransitive's is a past ("Argentina
# advanced to quarter-finals", "Protesters amassed in front of police station").
_DONE_TO = frozenset(
    "kill jail imprison find suspend stab shoot arrest charge injure wound hurt sentence ban fine sack fire "
    "rescue hold detain convict accuse free release name appoint elect clear acquit deport expel bury murder "
    "attack rob kidnap abduct hospitalise hospitalize evacuate strand trap crush bar dismiss question quiz "
    "investigate sue criticise criticize blame slam honour honor award nominate cancel postpone delay strip "
    "bench drop axe ax "
    "recall punish discipline reprimand censure sanction oust topple depose unseat impeach indict".split())
# What follows a passive's participle where an active verb would have its object ("found dead").
_STATES = frozenset("dead alive guilty free unhurt safe missing injured".split())
# The endings of a people's or a party's name, plural though capitalised ("Palestinians", "Democrats").
_PEOPLES = ("ians", "cans", "crats", "ives", "ists")
_MEN = ("shmen", "chmen", "remen", "smen", "ymen", "nmen")  # the plurals of "-man" names ("Englishmen")
# Verbs whose participle before "to" is a passive's ("scheduled to start", "expected to win").
_PASSIVE_BEFORE_TO = frozenset(
    "schedule expect set force ask tell order require allow permit invite call elect appoint choose select "
    "name sentence due slate oblige urge encourage use".split())
_REPORTED_BEFORE_TO = frozenset("say think believe report rumour rumor understand know".split())
_JOINS = frozenset({"and", "or", "but"})
_SHARE_REACH = 4  # words of a subject up to its share's "of" ("About 81 percent | of")
_SHARES = frozenset("half third quarter fifth tenth".split())  # (a count's share of what follows its "of")
_VERB_JOINS = _JOINS | {"then"}  # what joins a second verb of the same subject ("start car then crash")
_DETERMINERS = frozenset(
    "the a an its his her their our my your this that these those first last next".split())
# What opens a joined verb's object or phrase: a determiner, a pronoun, a particle or a preposition.
_OBJECT_OPENERS = _DETERMINERS | _PARTICLES | PREPOSITIONS | frozenset(
    "him them it us me himself herself themselves some all into onto to through across against".split())
# A sentence's own verb after the line's past ("bodies were able", "attack has been released"); not named
# _COPULAS, as the copula module's and the cut's are: these take "has" and "had" too.
_BE_OR_HAVE = frozenset("was were is are has have had".split())
# What opens a clause of its own, whose verbs are not the subject's ("showed he was back").
_RELATIVE_PRONOUNS = frozenset({"that", "which", "who"})
_OWN_CLAUSE = frozenset(
    "that he she it they we i you who which whose whom what where when while as after before since until "
    "because if although though so".split())
_AFTER_PARTICIPLE = PREPOSITIONS | {"of", "to", "into", "as"}


def _future(tokens: list[str], k: int) -> tuple[list[str] | None, int]:
    """The line with "will" at ``k`` written "to", and where its verb stands; None when it stays."""
    negated = tokens[k + 1] == "not"
    verb = k + 2 if negated else k + 1
    after = tokens[verb].rstrip(",;:") if verb < len(tokens) else ""
    then = tokens[verb + 1] if verb + 1 < len(tokens) else ""
    if not (after.isalpha() and after.islower() and is_base_verb(after)) or after in _REWRITTEN:
        return None, verb  # ("The singer's will | will be read": the noun, then the verb)
    rest = tokens[verb + 1 :]
    if any(t in ("and", "or") and u == "will" for t, u in zip(rest, rest[1:])) or any(
            t == "and" and _joined_present(u) for t, u in zip(rest[:_JOINED_REACH], rest[1:_JOINED_REACH])):
        # "will fly to Rome and will meet": the second would keep its "will"; "will come at no extra charge
        # and follows": a present joined to it would not read after "to"
        return None, verb
    if after in _BEFORE_TO and then == "to" or after == "be" and then.endswith("ing"):
        return None, verb  # "to have to spend", "to need to put", "to be facing": not a sub-editor's line
    return tokens[:k] + (["not", "to"] if negated else ["to"]) + tokens[verb:], verb


_JOINED_REACH = 8  # words after the future's verb searched for a present joined to it


def _joined_present(word: str) -> bool:
    """Whether ``word`` is a present with an -s, not an auxiliary ("follows", not "is", "has", "news")."""
    return word.endswith("s") and word.isalpha() and word.islower() and word not in _AUXILIARY_PRESENTS and (
        surely_tensed(word))


_AUXILIARY_PRESENTS = frozenset("is has was does".split())
_BEFORE_TO = frozenset({"have", "need"})
# Verbs that may be nouns too but after "is going to" are verbs ("is going to cost", not "to court").
_GOING_TO = frozenset(
    "make take give go win play run cost raise change stay say try keep find leave use".split())


def _present(tokens: list[str], k: int, sentence: str = "") -> tuple[list[str] | None, int]:
    """The line with the progressive at ``k`` ("is recalling") made the simple present ("recalls"), or its
    "is going to" the future's "to", and where its verb stands; None when it stays."""
    word = tokens[k + 1]
    following = tokens[k + 2] if k + 2 < len(tokens) else ""
    if word == "going" and following == "to":
        # "is going to" is a "will" ("Pi Day is going to be extra special" -> "Pi Day to be ..."), not
        # a progressive ("goes to"); a journey stays ("is going to Scotland", "to court", "to the wall":
        # its article is gone), so the verb is one that is no noun, or one that seldom is after it
        verb = tokens[k + 3].lower().rstrip(",;:.") if k + 3 < len(tokens) else ""
        if verb in _GOING_TO or not may_be_noun(verb):
            return _future(tokens[:k] + ["will"] + tokens[k + 3 :], k)
        return None, k
    if not (word.isalpha() and word.islower() and following) or word in _KEPT:
        return None, k  # "News is shocking, but ...", "Biggest problem is funding": no object, no verb
    if word in _ONGOING:
        return tokens[:k] + tokens[k + 1 :], k
    lemma, adjective = progressive_of(word)
    named = following[:1].isdigit() or following[:1].isupper()
    if (adjective or word in _ADJECTIVES) and not named and not _acts(word, following, sentence):
        # "is missing | after going on trip", "are following | in footsteps", "is surprising | one",
        # "is ailing | gyroscopes": an adjective may stand there; before a name or a number it is a verb
        return None, k
    head = tokens[k - 1].lower()
    if (head in _ACTIVITY_HEADS or head in _ACTIVITY_IF_RANKED and k > 1 and (
            tokens[k - 2].lower() in _RANKING or is_superlative(tokens[k - 2].lower()))) and _object_after(
                word, sentence):
        # "The aim is limiting the spread", "Next step is moving the patients": what it is (not "Biggest
        # problem is growing", its deed)
        return None, k
    rest = tokens[k + 2 :]
    if lemma is None or any(t in ("and", "but") and u.endswith("ing") for t, u in zip(rest, rest[1:])):
        return None, k  # "are targeting firms and threatening": the second would stay a progressive
    form = present_of(lemma, _PRESENT[tokens[k]])
    return (tokens[:k] + [form] + tokens[k + 2 :] if form else None), k


# Subjects' heads whose "is" and an -ing with its object name an activity, not a deed of theirs ("The key is
# limiting the damage"; not "Hope is fading", "Mission is nearing its end").
_ACTIVITY_HEADS = frozenset(
    "aim aims goal goals key task priority solution answer trick ambition objective secret purpose".split())
# ... and heads that name one after a rank ("The next step is", "The hardest part is", "The real test is").
_ACTIVITY_IF_RANKED = frozenset("step thing part test idea problem option".split())
_RANKING = frozenset("next first last only main real big hard".split())
# Not a progressive to write anew: "is being sued", "is going to", "is having twins" (not "has twins").
_KEPT = frozenset({"being", "going", "having"})
# A progressive of what is not over, which headlines keep without its "is": "is dying of cancer" -> "dying of
# cancer" (not "dies"), "is recovering from gunshot wound" -> "recovering from ..." (not "recovers": done).
_ONGOING = frozenset({"dying", "recovering"})
# -ing forms that lemminflect does not mark as adjectives, though they are as often ("The problem is ailing
# gyroscopes", "The news is shocking").
_ADJECTIVES = frozenset("ailing shocking worrying surprising alarming astonishing amazing disturbing".split())
# -ing forms lemminflect marks as adjectives too that after "is" are the verb ("is becoming", "are facing").
_SELDOM_ADJECTIVES = frozenset("becoming facing limiting assuming performing".split())
# Words after such an -ing that make it the verb: its particle ("is moving forward"; not "up", "down", "out",
# which also open a place: "is stunning up in the Highlands", "is appalling down the M1"); and, in the
# sentence, the determiner its object opens on ("is limiting its", "are demanding a").
_ACTS_BEFORE = frozenset("forward ahead".split())
_OBJECT_OPENS = frozenset("the a an its his her their our this these those".split())


def _acts(word: str, following: str, sentence: str) -> bool:
    """Whether ``word``, an -ing that may be an adjective after "is" or "are", is the progressive's verb by
    itself (but before a preposition: "is becoming on her"), or by what follows it in the line
    (``following``) or in its ``sentence``."""
    if word in _SELDOM_ADJECTIVES and following not in PREPOSITIONS or following in _ACTS_BEFORE:
        return True
    return _object_after(word, sentence)


def _object_after(word: str, sentence: str) -> bool:
    """Whether, in ``sentence``, a determiner opens an object right after "is" or "are" and ``word``."""
    at = sentence.find(f" {word} ")
    if at < 0 or sentence[:at].split()[-1:] not in (["is"], ["are"]):
        return False
    after = sentence[at + len(word) + 2 :].split(maxsplit=1)
    return bool(after) and after[0] in _OBJECT_OPENS


def _orders(sentence: str) -> bool:
    """Whether the sentence opens on an order to the reader: a verb's base form that is no noun, then
    what it is about ("Forget the ...", "Imagine a ..."; not "Police the ...", "Top seed ...", "Rob
    Kardashian")."""
    found = sentence.split(maxsplit=2)
    if len(found) < 2 or found[1].lower() not in _OBJECT_OPENINGS:
        return False
    low = found[0].lower()
    return found[0][:1].isupper() and is_base_verb(low) and not may_be_noun(low)


_OBJECT_OPENINGS = frozenset("the a an your his her their its this that these those it them".split())


def _plain(subject: list[str], plural_head: bool = False) -> bool:
    """Whether no word of ``subject`` makes it no plain one (:func:`_not_plain`); a word after a
    preposition or a determiner is a noun ("Hundreds of troops", not the verb "troops"), and so is the
    subject's last word before its verb with ``plural_head`` ("stock markets | reached")."""
    # (or a noun the past is written as, after a word of the subject: "industrial output | fell")
    last = len(subject) - 1 if plural_head or (
        len(subject) > 1 and _written_as_a_past(subject[-1])) else -1
    return not any(_not_plain(t) and not _after_a_determiner(subject, j)
                   and not _listed(subject, j) and j != last and not _ings_object(subject, j)
                   and not (j == len(subject) - 2 and adjective_after_and(subject, j))
                   for j, t in enumerate(subject))


def _after_a_determiner(subject: list[str], j: int) -> bool:
    """Whether ``subject[j]`` follows a preposition or a determiner, or capitalised adjectives after one
    ("Hundreds of | troops", "Coalition of | Middle Eastern | forces"): a noun, not a verb."""
    k = j - 1
    if subject[j].isalpha() and subject[j].endswith("s"):  # (a plural's: not "'Lords of the Sith' | to")
        while k > 0 and is_capital(subject[k][:1]) and subject[k].isalpha():
            k -= 1  # (a capitalised word at the subject's start is no determiner: "US | forces")
    return j > 0 and subject[k].lower() in _NOUN_NEXT


def _ings_object(subject: list[str], j: int) -> bool:
    """Whether ``subject[j]`` is a plural noun right after an -ing form, its object ("warplanes fighting
    | rebels"), not a verb."""
    before = subject[j - 1] if j > 1 else ""
    return before.endswith("ing") and before.islower() and is_plural_noun(subject[j])


def _office_of_two(subject: list[str]) -> bool:
    """Whether the subject's "and" joins the two fields of one office before a person's name ("Economy and
    Labour Minister Wolfgang Clement", "Germany's Trade and Industry Secretary"): a field that is a common
    word, opening the subject or after a possessive (not "President Bush and Defence Secretary ...", nor
    "Rice and Defense Secretary ...": only an office's field), then
    capitalised words to an office's word and a name."""
    k = subject.index("and")
    office = next((j for j in range(k + 1, len(subject)) if subject[j].lower() in _OFFICES), None)
    if office is None or office + 1 == len(subject) or k == 0:
        return False
    field = subject[k - 1]
    opens = k == 1 or subject[k - 2].endswith(("'s", "’s"))
    return opens and is_capital(field[:1]) and field.lower() in _FIELDS and all(
        is_capital(t[:1]) for t in subject[k + 1 :])


def _one_persons(subject: list[str]) -> bool:
    """Whether the subject's "and" joins two descriptions of the one person its name ends on: roles or a
    rank before it ("Singer and actor Harry Connick Jr", "World No.7 and Wimbledon runner up Bouchard
    posts"; not "Smith and fellow striker Jones", "Police and firefighters")."""
    k = subject.index("and")
    name = subject[-1]
    return 0 < k < len(subject) - 2 and is_capital(name[:1]) and name.lower() not in ROLES and all(
        word.lower() in ROLES or _RANK.fullmatch(word.lower()) for word in subject[:k])


_RANK = re.compile(r"world|no\.?\d+")  # a player's rank before a role ("World No.7 and ...")


def _one_body(subject: list[str]) -> bool:
    """Whether the subject's "and" is inside the name of one body, capitalised from the word before it to
    the subject's last, a body's word ("Health and Safety Executive", "Food and Drug Administration",
    "Baoshan Iron and Steel Co."; not "Brad Pitt and Hugh Grant", nor "Fiat and General Motors Company": the
    words either side of "and" are common words; nor two bodies: "Development Program and National
    Institute")."""
    k = subject.index("and")
    return 0 < k < len(subject) - 2 and subject[-1].lower().rstrip(".") in _BODIES and _BODIES.isdisjoint(
        t.lower() for t in subject[:k]) and all(
        is_capital(t[:1]) for t in subject[k - 1 :] if t != "and") and all(
        is_common_word(t.lower()) for t in (subject[k - 1], subject[k + 1])) and (
        is_noun(subject[k + 1].lower()))  # (a field's noun after "and": not "Ford and General Motors Corp.")


_BODIES = frozenset(
    "executive commission administration co company corp corporation bank group council authority agency "
    "association institute university party society committee board trust foundation fund federation "
    "league ministry department office service centre center court bureau organisation organization "
    "coalition alliance tribunal inc ltd plc program programme".split())


# The first field of an office of two ("Trade and Industry", "Work and Pensions"; not a surname: "Rice and").
_FIELDS = frozenset(
    "trade economy economic work culture health environment energy education justice transport business "
    "employment finance police science housing communities agriculture food defence defense sales marketing "
    "oil media foreign".split())
_OFFICES = frozenset(
    "minister secretary spokesman spokeswoman chairman president director commissioner".split())


_IN_A_PHRASE = frozenset("of in at on by from with for into among between".split())  # a subject's phrase


def _past_of_a_plural(tokens: list[str], k: int, sentence: str) -> bool:
    """Whether the past at ``k`` follows a plural noun that heads a subject of no phrase ("UK house prices |
    fell 0.7%"; not "body of mail messages | sent out", "company builds | bespoke bicycles"): a word the
    ``sentence`` writes (not "kills" the perfect's rewrite made of "has killed"), no verb nor -ing form
    before it ("see numbers | reduced"), and a clear past, not one that may be an adjective ("experienced",
    "centred") unless a number follows ("fell 5%", "fell almost 3%")."""
    head = tokens[k - 1]
    if k < 2 or not head.islower() or head in SAYING or not is_plural_noun(head):
        return False  # (a name in -s is no plural: "SBC Communications", "Mr Gates")
    if not _IN_A_PHRASE.isdisjoint(tokens[:k]) or f" {head} " not in f" {sentence} " or any(
            t.islower() and (is_tensed(t) or t.endswith("ing")) for t in tokens[: k - 1]):
        return False  # (nor a participle's object: "Panel investigating apartheid-era atrocities | said")
    # (a number may follow a few words on: "fell almost 3%", "closed up 64 pence", "by more than 5%")
    number = next((t for t in tokens[k + 1 : k + 1 + _NUMBER_REACH] if t not in _BEFORE_A_NUMBER), "")
    return not may_be_adjective(tokens[k]) or number[:1].isdigit()


_NUMBER_REACH = 5  # words after a past up to its number ("closed | up by more than | 5%")
_BEFORE_A_NUMBER = frozenset(
    "up down by to almost nearly about around roughly some more less than just over".split())


def _listed(subject: list[str], j: int) -> bool:
    """Whether the comma of ``subject[j]`` parts a list of names ("Indonesian, Indian and Hong Kong stock
    markets"): capitals after it up to an "and" or an "or", within a few words."""
    if subject[j][-1] != "," or not is_capital(subject[j][:1]):
        return False
    for word in subject[j + 1 : j + 1 + _LIST_WORDS]:
        if word in ("and", "or"):
            return True
        if not is_capital(word[:1]) or word[-1] in ";:":
            return False
    return False


_LIST_WORDS = 4  # words of a list's next name before its "and"


_ONE_OF = frozenset("one each either neither".split())
_PART_OF = frozenset("some most all".split())


def _apposition(tokens: list[str], k: int) -> int:
    """Where the word stands whose comma opens a name in apposition that a comma closes right before
    ``tokens[k]`` ("Branson's US TV show, | Rebel Billionaire, | is proving"), or what a name that opens
    the line is ("Lee Kuan Yew, | founding Prime Minister of Singapore, | died"); ``k`` without one."""
    if k < 2 or tokens[k - 1][-1] != ",":
        return k
    opened = next((i for i in range(k - 2, -1, -1) if tokens[i][-1] in ",;:"), None)
    if opened is None or tokens[opened][-1] != "," or len(tokens[opened]) < 2:
        return k  # (not a comma standing alone: "show , Rebel Billionaire,")
    if all(is_capital(t[:1]) for t in tokens[opened + 1 : k]):
        return opened
    # (the name's apposition holds no verb of its own: not "Smith, who led, ...")
    named = opened < OPENING_NAME and all(is_capital(t[:1]) for t in tokens[: opened + 1])
    return opened if named and not any(t.islower() and is_tensed(t) for t in tokens[opened + 1 : k]) else k



def _plural_head(subject: list[str], auxiliary: str) -> bool:
    """Whether the subject's last word, just before its ``auxiliary``, is its plural head though it may be
    a verb ("Cameroon's security forces | are predicting": no verb stands before an auxiliary), in a
    subject that opens no clause ("How long talks | will continue") and whose "to" would not read as the
    head's own ("Humanitarian needs | will be" is no "needs to be")."""
    head = subject[-1]
    return len(subject) > 1 and is_plural_noun(head) and head not in SAYING and not (
        auxiliary == "will" and head in _WANTS_TO) and _OPENS_A_CLAUSE_OF_ITS_OWN.isdisjoint(
        t.lower() for t in subject)  # (nor "Whichever side wins | will face")


# Words that open a clause the head's verb is in ("Whoever party picks", "Whichever side wins").
_FREE_RELATIVES = frozenset("whichever whoever whomever whatever which who whom whose that".split())
_OPENS_A_CLAUSE_OF_ITS_OWN = _CLAUSE_WORDS | _FREE_RELATIVES


# Plurals that are verbs before "to" too ("needs to be", "plans to"): a "will" after them stays.
_WANTS_TO = TAKES_INFINITIVE | frozenset(
    "needs wants aims seeks tries fails intends expects threatens refuses agrees vows pledges".split())


def _describes_next(subject: list[str]) -> bool:
    """Whether the subject's first word is a participle that describes the noun after it, its article gone
    ("[The] proposed European law will not be ..."; not "said", nor a participle before "by" or "that")."""
    first, then = subject[0], subject[1] if len(subject) > 1 else ""
    if not (first.endswith("ed") and first not in SAYING and then.isalpha()):
        return False
    return participle_of(first) is not None and (
        is_capital(then[:1]) or may_be_noun(then) and then not in _NOT_DESCRIBED)


_NOT_DESCRIBED = frozenset("by that to in on at for from with as".split()) | _OBJECT_OPENS


def _not_plain(token: str) -> bool:
    """Whether ``token`` in the subject makes it no plain one: "efforts to stop economy will continue",
    "Organisers say festival will celebrate", "Householders who injure intruders will be", "Share, and
    your gift will be multiplied" (its own "to" or clause would read as the line's)."""
    if token in _NOT_PLAIN or token[-1] in ",;:":
        return True
    return token.islower() and (is_tensed(token) or token in SAYING)
