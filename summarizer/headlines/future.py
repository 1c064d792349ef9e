"""The headline's future: "Berlusconi will unveil plans" -> "Berlusconi to unveil plans".

A sub-editor writes a main clause's "will" and the base form after it as "to" and that form, and "will
not" as "not to" ("Cosby not to face charges"): the line says the same in the word titles use ("to"),
not one they drop ("will"). Only in the main clause (:func:`.subject.main_verb`), after a plain subject
(no verb with a tense or of saying, no "to", no relative clause, no comma), directly before the base
form; never "will no longer", an adverb between ("will also"), a reported clause ("says it will
table"), "will have to" or "will be facing", nor a question; and never where the rest of the line
would then read as the main verb ("workers to lose jobs under rules | to be introduced").

Not the copula before "likely to", "ready to": "Householders who injure intruders are unlikely to be
prosecuted" would read "... intruders unlikely | to be prosecuted", a subject whose cut could leave
"Householders to be prosecuted".
"""

from __future__ import annotations

from .cut import SAYING
from .mainverb import main_auxiliary
from .subject import main_verb
from .wordforms import is_base_verb, is_tensed

__all__ = ["headline_future"]

_NOT_PLAIN = frozenset({"to", "who", "which", "that"})  # in a subject, its own infinitive or clause


def headline_future(text: str) -> str:
    """``text`` (one headlinese line) with its main clause's "will" written "to"."""
    if "will " not in text:
        return text  # (the quick test: most lines have none)
    tokens = text.split()
    k = main_verb(tokens) if tokens else None
    if k is None or tokens[k] != "will" or k + 1 >= len(tokens) or text.rstrip().endswith("?"):
        return text
    negated = tokens[k + 1] == "not"
    verb = k + 2 if negated else k + 1
    after = tokens[verb].rstrip(",;:") if verb < len(tokens) else ""
    then = tokens[verb + 1] if verb + 1 < len(tokens) else ""
    if not (after.isalpha() and after.islower() and is_base_verb(after)):
        return text
    if after == "have" and then == "to" or after == "be" and then.endswith("ing"):
        return text  # "to have to spend", "to be facing": not a sub-editor's line
    if any(_not_plain(t) for t in tokens[:k]):
        return text
    written = tokens[:k] + (["not", "to"] if negated else ["to"]) + tokens[verb:]
    found = main_auxiliary(written)
    return " ".join(written) if found is None or found < verb else text


def _not_plain(token: str) -> bool:
    """Whether ``token`` in the subject makes it no plain one: "efforts to stop economy will continue",
    "Organisers say festival will celebrate", "Householders who injure intruders will be", "Share, and
    your gift will be multiplied" (its own "to" or clause would read as the line's)."""
    if token in _NOT_PLAIN or token[-1] in ",;:":
        return True
    return token.islower() and (is_tensed(token) or token in SAYING)
