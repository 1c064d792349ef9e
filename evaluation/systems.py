"""Systems: our methods, sumy's, and the baselines, all behind one call shape.

A system is any callable ``(source, budget) -> list[str] | str``: ``source`` is what
:func:`summarizer.summarize` accepts and ``budget`` its keyword arguments for the length
(``{"words": 37}``, ``{"sentences": 5}``) or, for a headline, ``{"headline_words": None,
"headline_characters": None}`` (the library's default; ``headline_characters=N`` when the run tells
the systems N characters, which only the systems that make their own line read; a baseline cuts to
:func:`.budgets.headline_words`). It returns the
chosen sentences, or one line for a headline. A system that declares ``sees_references = True`` is also
given ``references=``; only the oracle does, and it is a ceiling, never a baseline.

The baselines read the input with :func:`summarizer.pipeline.read_document`, so they choose among the
very sentences the methods choose among, and they fill a budget by the library's own rule.
"""

from __future__ import annotations

import zlib
from collections.abc import Callable, Iterable, Mapping

import numpy as np

from summarizer import headline, list_methods, summarize
from summarizer.budget import ELLIPSIS, resolve_budget
from summarizer.options import make_options
from summarizer.pipeline import read_document
from summarizer.rank import get_method
from summarizer.select import cut_to_fit

from .budgets import budget_full, cut_words, fill_budget, headline_words
from .errors import UnknownSystemError
from .oracle import Oracle
from .settings import SETTINGS, Settings

__all__ = [
    "CEILINGS",
    "MethodSystem",
    "System",
    "budget_full",
    "builtin_system",
    "cut_words",
    "default_systems",
    "fill_budget",
    "is_baseline",
    "list_systems",
    "resolve_systems",
]

System = Callable[..., "Sequence[str] | str"]

#: Systems that read the references: shown as the ceiling, never counted as a baseline.
CEILINGS = frozenset({"oracle"})
_BASELINES = ("body-lead", "random")
_HEADLINE_BASELINES = ("prefix",)
#: The library's methods with a headline option on, by name: headline tables show them beside the method
#: (``default-label``: ``default``'s line with its topic label, ``headline_label=True``).
_HEADLINE_VARIANTS = {"default-label": ("default", {"headline_label": True})}


class MethodSystem:
    """One of the library's methods (``summarizer.list_methods()``), with optional fixed options.

    A headline comes from :func:`summarizer.headline`, unless ``top_sentence`` is set: then it is the
    method's best sentence cut to the headline length. That is how the sumy methods make headlines,
    since sumy has no headline of its own (and the library's headline of one article does not depend
    on the ranking method, so ``summarizer.headline(method="sumy-...")`` would only repeat ``default``).
    """

    def __init__(self, method: str, *, top_sentence: bool = False, **options):
        self.method = method
        self.top_sentence = top_sentence
        self.options = options

    def __call__(self, source, budget: Mapping[str, int]):
        if "headline_words" in budget and not self.top_sentence:
            return headline(source, method=self.method, **self.options, **budget)
        if "headline_words" in budget:
            best = summarize(
                source, method=self.method, sentences=1, headline=False, keyphrases=0, **self.options
            )
            return cut_words(best.sentences[0].text, headline_words(budget))
        brief = summarize(source, method=self.method, headline=False, keyphrases=0, **self.options, **budget)
        return [s.text for s in brief.sentences]

    def __repr__(self) -> str:
        return f"MethodSystem({self.method!r}, top_sentence={self.top_sentence}, **{self.options!r})"


def _sentences(source) -> list[str]:
    return [s.text for s in read_document(source).sentences]


def body_lead(source, budget: Mapping[str, int]):
    """The first sentences of the input (Lead-k); for a headline, its first sentence cut to length."""
    document = read_document(source)
    sentences = [s.text for s in document.sentences]
    if "headline_words" in budget:
        return cut_words(sentences[0], headline_words(budget))
    taken = fill_budget(sentences, budget)
    if taken:
        return sentences[:taken]
    # Not even the first sentence fits the cap: it is cut to fit, as the library cuts its best one.
    cap = resolve_budget(make_options(**budget), document)
    return [sentences[0][: cut_to_fit(sentences[0], cap)] + ELLIPSIS]


class RandomSystem:
    """Sentences in a random order until the budget, shown in source order.

    The generator is seeded with the run's seed and the input's own text, so an item gets the same
    sentences whatever the order of the items or the number of worker processes.
    """

    def __init__(self, seed: int):
        self.seed = seed

    def __call__(self, source, budget: Mapping[str, int]):
        sentences = _sentences(source)
        rng = np.random.default_rng([self.seed, zlib.crc32("\n".join(sentences).encode("utf-8"))])
        order = rng.permutation(len(sentences))
        if "headline_words" in budget:
            return cut_words(sentences[order[0]], headline_words(budget))
        taken = order[: fill_budget([sentences[i] for i in order], budget)]
        return [sentences[i] for i in sorted(taken)]


class PrefixSystem:
    """The first ``chars`` characters of the text, cut back to a whole word (DUC 2003's baseline)."""

    def __init__(self, chars: int):
        self.chars = chars

    def __call__(self, source, budget: Mapping[str, int]):
        text = " ".join(" ".join(_sentences(source)).split())
        if len(text) <= self.chars:
            return text
        head = text[: self.chars]
        if text[self.chars].isspace() or " " not in head:
            return head.rstrip()
        return head.rsplit(" ", 1)[0]


def is_baseline(name: str) -> bool:
    """Whether ``name`` is a baseline: sumy's methods and the simple rules, not our methods or the oracle."""
    return (
        name in _BASELINES
        or name in _HEADLINE_BASELINES
        or (name in list_methods() and get_method(name).family == "sumy")
    )


def list_systems() -> tuple[str, ...]:
    """Every built-in system: the library's methods (``default`` first, then sumy's), baselines, oracle."""
    return (*list_methods(), *_HEADLINE_VARIANTS, *_BASELINES, *_HEADLINE_BASELINES, *sorted(CEILINGS))


def default_systems(*, headline: bool) -> tuple[str, ...]:
    """The systems of a table: every method and baseline (``prefix`` and the headline variants such as
    ``default-label`` only for headlines), and the oracle."""
    if headline:
        return (*list_methods(), *_HEADLINE_VARIANTS, *_BASELINES, *_HEADLINE_BASELINES, *sorted(CEILINGS))
    return (*list_methods(), *_BASELINES, *sorted(CEILINGS))


def builtin_system(name: str, settings: Settings = SETTINGS) -> System:
    """The built-in system called ``name``."""
    if name in list_methods():
        return MethodSystem(name, top_sentence=get_method(name).family == "sumy")
    if name in _HEADLINE_VARIANTS:
        method, options = _HEADLINE_VARIANTS[name]
        return MethodSystem(method, **options)
    factories = {
        "body-lead": lambda: body_lead,
        "random": lambda: RandomSystem(settings.seed),
        "prefix": lambda: PrefixSystem(settings.prefix_chars),
        "oracle": Oracle,
    }
    if name not in factories:
        raise UnknownSystemError(f"unknown system {name!r}; choose from: {', '.join(list_systems())}")
    return factories[name]()


def resolve_systems(
    systems: Mapping[str, System | str] | Iterable[str] | None,
    *,
    headline: bool,
    settings: Settings = SETTINGS,
) -> dict[str, System]:
    """Systems by name: the defaults for the table (None), built-in names, or a mapping to callables."""
    if systems is None:
        systems = default_systems(headline=headline)
    if not isinstance(systems, Mapping):
        systems = {name: name for name in systems}
    resolved = {name: builtin_system(s, settings) if isinstance(s, str) else s for name, s in systems.items()}
    if not resolved:
        raise UnknownSystemError(f"no system to run; choose from: {', '.join(list_systems())}")
    return resolved
