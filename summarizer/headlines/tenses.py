"""The headline's tenses: "Berlusconi will unveil plans" -> "Berlusconi to unveil plans", "GM is
recalling 200,000 vehicles" -> "GM recalls 200,000 vehicles".

A sub-editor writes a main clause's "will" and the base form after it as "to" and that form, and "will
not" as "not to" ("Cosby not to face charges"): the line says the same in the word titles use ("to"),
not one they drop ("will"). A main clause's present progressive becomes the simple present, as the
perfect does (:mod:`.headlinese`): "is recalling" -> "recalls", "are promising" -> "promise"; not with
nothing after it ("The news is shocking, but"; "The problem is funding"), not an -ing form that may be an
adjective unless a name or a number follows ("is missing after ...", "is ailing gyroscopes"), not
"being", "going", "having" or "dying", nor a progressive that an "and" continues ("are targeting firms
and threatening"). Nor a "will" that another "will" follows ("will fly to Rome and will meet").

Only in the main clause (:func:`.subject.main_verb`), after a plain subject (no verb with a tense or
of saying, no "to", no relative clause, no comma, not a count alone: "Many are shifting"); never "will
no longer", an adverb between ("will also"), a reported clause ("says it will table"), "will have to"
or "will be facing", nor a question; and never where the rest of the line would then read as the main
verb ("workers to lose jobs under rules | to be introduced").

Not the copula before "likely to", "ready to": "Householders who injure intruders are unlikely to be
prosecuted" would read "... intruders unlikely | to be prosecuted", a subject whose cut could leave
"Householders to be prosecuted".
"""

from __future__ import annotations

from .ends import SAYING
from .mainverb import main_auxiliary
from .subject import COUNTS, main_verb
from .wordforms import is_base_verb, is_tensed, present_of, progressive_of

__all__ = ["headline_tenses"]

_NOT_PLAIN = frozenset({"to", "who", "which", "that"})  # in a subject, its own infinitive or clause
_PRESENT = {"is": "VBZ", "are": "VBP"}  # a progressive's auxiliary, and the simple present's tag
_REWRITTEN = frozenset({"will", *_PRESENT})  # the auxiliaries these rules write anew


def headline_tenses(text: str) -> str:
    """``text`` (one headlinese line) with its main clause's "will" written "to" and its progressive
    the simple present."""
    if not ("will " in text or " is " in text or " are " in text) or text.rstrip().endswith("?"):
        return text  # (the quick test: most lines have none)
    tokens = text.split()
    # The first "will", "is" or "are" after the subject, rewritten if it may be; then the main verb
    # must be that one (the cheap tests first: most lines keep theirs).
    k = next((i for i in range(1, len(tokens) - 1) if tokens[i] in _REWRITTEN), None)
    if k is None or any(_not_plain(t) for t in tokens[:k]) or k == 1 and tokens[0].lower() in COUNTS:
        return text
    written, verb = _future(tokens, k) if tokens[k] == "will" else _present(tokens, k)
    if written is None or main_verb(tokens) != k:
        return text
    found = main_auxiliary(written)
    return " ".join(written) if found is None or found < verb else text


def _future(tokens: list[str], k: int) -> tuple[list[str] | None, int]:
    """The line with "will" at ``k`` written "to", and where its verb stands; None when it stays."""
    negated = tokens[k + 1] == "not"
    verb = k + 2 if negated else k + 1
    after = tokens[verb].rstrip(",;:") if verb < len(tokens) else ""
    then = tokens[verb + 1] if verb + 1 < len(tokens) else ""
    if not (after.isalpha() and after.islower() and is_base_verb(after)) or after in _REWRITTEN:
        return None, verb  # ("The singer's will | will be read": the noun, then the verb)
    rest = tokens[verb + 1 :]
    if any(t in ("and", "or") and u == "will" for t, u in zip(rest, rest[1:])):
        return None, verb  # "will fly to Rome and will meet": the second would keep its "will"
    if after == "have" and then == "to" or after == "be" and then.endswith("ing"):
        return None, verb  # "to have to spend", "to be facing": not a sub-editor's line
    return tokens[:k] + (["not", "to"] if negated else ["to"]) + tokens[verb:], verb


def _present(tokens: list[str], k: int) -> tuple[list[str] | None, int]:
    """The line with the progressive at ``k`` ("is recalling") made the simple present ("recalls"), and
    where its verb stands; None when it stays."""
    word = tokens[k + 1]
    following = tokens[k + 2] if k + 2 < len(tokens) else ""
    if not (word.isalpha() and word.islower() and following) or word in _KEPT:
        return None, k  # "News is shocking, but ...", "Biggest problem is funding": no object, no verb
    lemma, adjective = progressive_of(word)
    if (adjective or word in _ADJECTIVES) and not (following[:1].isdigit() or following[:1].isupper()):
        # "is missing | after going on trip", "are following | in footsteps", "is surprising | one",
        # "is ailing | gyroscopes": an adjective may stand there; before a name or a number it is a verb
        return None, k
    rest = tokens[k + 2 :]
    if lemma is None or any(t == "and" and u.endswith("ing") for t, u in zip(rest, rest[1:])):
        return None, k  # "are targeting firms and threatening": the second would stay a progressive
    form = present_of(lemma, _PRESENT[tokens[k]])
    return (tokens[:k] + [form] + tokens[k + 2 :] if form else None), k


# Not a progressive to write anew: "is being sued", "is going to", "is having twins" (not "has twins"), "is
# dying of cancer" (not "dies").
_KEPT = frozenset({"being", "going", "having", "dying"})
# -ing forms that lemminflect does not mark as adjectives, though they are as often ("The problem is ailing
# gyroscopes", "The news is shocking").
_ADJECTIVES = frozenset("ailing shocking worrying surprising alarming astonishing amazing disturbing".split())


def _not_plain(token: str) -> bool:
    """Whether ``token`` in the subject makes it no plain one: "efforts to stop economy will continue",
    "Organisers say festival will celebrate", "Householders who injure intruders will be", "Share, and
    your gift will be multiplied" (its own "to" or clause would read as the line's)."""
    if token in _NOT_PLAIN or token[-1] in ",;:":
        return True
    return token.islower() and (is_tensed(token) or token in SAYING)
