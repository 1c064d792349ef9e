"""Three faults of form a reader spots at once in a headline, counted automatically.

    python -m evaluation.headline_faults --corpus CORPUS.jsonl [--limit N] [--show]

For each article of the corpus (its body, without the title, as the ``headline`` protocol gives it)
the library writes a headline, and this counts the headlines with at least one of:

* ``foreign``: a word that is not in the article (case aside). The simple present of a verb the
  article has ("rises" where the article says "has risen") counts as in the article: headlinese asks
  for that form, and it adds nothing the article does not say.
* ``pronoun``: the headline opens with a personal pronoun or a possessive ("It plans to ...", "His
  ..."), so the reader does not know who it is about.
* ``participle``: a past participle without its auxiliary where it must have one: a participle that
  differs from the simple past and the base form ("risen", "withdrawn") of a verb that cannot be passive ("Market
  risen"), or of any verb when it is the headline's first possible verb and an object follows it
  ("Sumitomo withdrawn takeover offer"). Passive headlinese ("Man jailed for fraud") is not a fault.

Words are found with the library's :func:`summarizer.language.words`; verb forms come from
lemminflect's tables, the same the library uses, but the checks are written independently of the
headline code.
"""

from __future__ import annotations

import argparse
import random
import sys
from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from functools import cache

from summarizer import Article, EmptyInputError, headline
from summarizer.language import words

from .corpus import load_corpus
from .lead import split_lead
from .settings import SETTINGS

__all__ = ["FAULTS", "faults", "headline_inputs", "main"]

FAULTS = ("foreign", "pronoun", "participle")

_PRONOUNS = frozenset("he she it they we i you him her them us his its their our my your".split())
_OBJECT_PRONOUNS = frozenset("him them us me".split())  # (never a sentence's subject)
# Verbs that take no object, so their participle is never passive: without "has" it is simply wrong.
_INTRANSITIVE = frozenset(
    "rise arise fall go sink shrink swell fly spring swim lie wake slide grow begin die disappear "
    "happen occur emerge arrive".split()
)
_AUXILIARIES = frozenset(
    "has have had having 's 've is are was were be been being get gets got getting will would".split()
)
# Passives of verbs with two objects keep one ("Gomis given clean bill of health"): not a fault.
_TWO_OBJECTS = frozenset("give show tell send lend teach deny grant offer award promise hand pay sell owe".split())
# After these a participle is an adjective ("girlfriend of slain opposition leader").
_BEFORE_ADJECTIVE = frozenset("a an the of in on at for with by from to and or this that these those".split())
# A participle followed by these has no object ("Man taken to hospital", "Deal signed by both").
_NO_OBJECT = frozenset(
    "by to in on at for from with after over into as during since under against about amid and or but "
    "than before after".split()
)


@dataclass(frozen=True)
class Checked:
    id: str
    headline: str
    faults: tuple[str, ...]


def faults(line: str, article: str) -> tuple[str, ...]:
    """The faults of ``line`` as the headline of ``article`` (names from :data:`FAULTS`)."""
    found = []
    tokens = words(line)
    known = {w.lower() for w in words(article)}
    if any(t.lower() not in known and not _inflects(t.lower(), known) for t in tokens):
        found.append("foreign")
    # (not "US", nor an object's pronoun that a capital follows: the word of a name, "Us Weekly retracts")
    if tokens and tokens[0].lower() in _PRONOUNS and (tokens[0] == "I" or not tokens[0].isupper()) and not (
            tokens[0].lower() in _OBJECT_PRONOUNS and len(tokens) > 1 and tokens[1][:1].isupper()):
        found.append("pronoun")
    if _bare_participle(tokens):
        found.append("participle")
    return tuple(found)


def _bare_participle(tokens: Sequence[str]) -> bool:
    seen_verb = False
    for i, token in enumerate(tokens):
        word = token.lower()
        lemma = _participle(word)
        has_aux = any(t.lower() in _AUXILIARIES or t.lower().endswith(("'s", "’s", "'ve", "’ve"))
                      for t in tokens[max(0, i - 3) : i])
        if lemma and i > 0 and not has_aux and tokens[i - 1].lower() not in _BEFORE_ADJECTIVE:
            if lemma in _INTRANSITIVE:
                return True
            after = tokens[i + 1].lower() if i + 1 < len(tokens) else None
            if not seen_verb and after is not None and after not in _NO_OBJECT and lemma not in _TWO_OBJECTS:
                return True
        seen_verb = seen_verb or (i > 0 and _can_be_verb(word))
    return False


@cache
def _lemminflect():
    import lemminflect

    return lemminflect


@cache
def _participle(word: str) -> str | None:
    """The lemma of ``word`` when it is a past participle and not also the simple past."""
    lm = _lemminflect()
    for lemma in lm.getAllLemmas(word).get("VERB", ()):
        forms = lm.getAllInflections(lemma, upos="VERB")
        others = (*forms.get("VBD", ()), *forms.get("VB", ()), *forms.get("VBP", ()))
        if word in forms.get("VBN", ()) and word not in others:  # not "cut" nor "come"
            return lemma
    return None


@cache
def _can_be_verb(word: str) -> bool:
    return "VERB" in _lemminflect().getAllLemmas(word)


def _inflects(word: str, known: set[str]) -> bool:
    """Whether ``word`` is another form of a verb the article has ("rises" for "risen")."""
    lm = _lemminflect()
    for lemma in lm.getAllLemmas(word).get("VERB", ()):
        forms = lm.getAllInflections(lemma, upos="VERB")
        if any(f in known for tag in forms.values() for f in tag):
            return True
    return False


def headline_inputs(path: str, *, limit: int | None = None, skip: int = 0) -> Iterable[tuple[str, str]]:
    """``(id, body)`` of each article of the corpus: the text without its title, as the ``headline``
    protocol gives it."""
    records = load_corpus(path, limit=limit)[skip:]
    for record in records:
        for entry in record.entries:
            try:
                body = split_lead(entry.article, SETTINGS.lead_min_words).body
            except EmptyInputError:
                continue
            if words(body):
                yield entry.id, body


def check(inputs: Iterable[tuple[str, str]], **options) -> list[Checked]:
    return [Checked(i, (line := headline(Article(body), **options)), faults(line, body)) for i, body in inputs]


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m evaluation.headline_faults", description=__doc__.splitlines()[0])
    parser.add_argument("--corpus", required=True, help="JSONL corpus")
    parser.add_argument("--limit", type=int, help="only the first N records")
    parser.add_argument("--skip", type=int, default=0, help="leave out the first N records (of the limit)")
    parser.add_argument("--method", default=None, help="ranking method (default: the library's)")
    parser.add_argument("--show", action="store_true", help="print each faulty headline")
    parser.add_argument(
        "--sample", type=int, metavar="N",
        help="instead: N headlines drawn at random (--seed), each with the opening of its article, to read",
    )
    parser.add_argument("--seed", type=int, default=0, help="seed of --sample")
    args = parser.parse_args(argv)
    inputs = list(headline_inputs(args.corpus, limit=args.limit, skip=args.skip))
    if args.sample:
        rng = random.Random(args.seed)
        for i, body in rng.sample(inputs, min(args.sample, len(inputs))):
            print(f"{i}\t{headline(Article(body), method=args.method)}\t{' '.join(body.split()[:45])}")
        return 0
    checked = check(inputs, method=args.method)
    if not checked:
        print("error: no article with a body in this corpus", file=sys.stderr)
        return 2
    counts = Counter(f for c in checked for f in c.faults)
    bad = [c for c in checked if c.faults]
    if args.show:
        for c in bad:
            print(f"{c.id}\t{','.join(c.faults)}\t{c.headline}")
    share = 100.0 * len(bad) / len(checked)
    detail = ", ".join(f"{name} {counts[name]}" for name in FAULTS)
    print(f"{len(bad)} of {len(checked)} headlines ({share:.2f}%) have a fault ({detail})")
    return 0


if __name__ == "__main__":
    sys.exit(main())
