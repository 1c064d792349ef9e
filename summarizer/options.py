"""One source of defaults: every tunable of the pipeline lives in :class:`Options`.

The CLI, the service and the evaluation read their defaults from here and never repeat them.
"""

from __future__ import annotations

import dataclasses
import math
from dataclasses import dataclass

from .avoid import AVOIDABLE
from .errors import BudgetError, OptionError
from .language import check_language

__all__ = [
    "Options", "DEFAULTS", "ORDERS", "BUDGETS", "LIMITS", "PUBLIC_OPTIONS", "make_options", "check_public",
]

ORDERS = ("event", "source", "rank")
SET_SELECTIONS = ("concepts", "mmr")
#: The length budgets: give at most one.
BUDGETS = ("sentences", "words", "characters", "ratio")
#: Fields that bound the work a request may ask for: :func:`make_options` (the door of the CLI's
#: per-item options) refuses to override them; a program may still build its own :class:`Options`.
LIMITS = frozenset(
    {"max_sentences", "max_words", "max_characters", "max_keyphrases", "min_headline_words", "max_headline_words",
     "min_headline_characters", "max_headline_characters", "max_graph_sentences", "max_sumy_sentences",
     "graph_neighbours", "max_iterations"}
)


@dataclass(frozen=True)
class Options:
    """Everything that changes what :func:`summarizer.summarize` returns.

    The length budget is one of ``sentences``, ``words``, ``characters`` or ``ratio`` (see
    :mod:`summarizer.budget`: words and characters are caps); when none is given the brief has
    ``default_sentences`` sentences for one article and ``default_set_sentences`` for a merged set.
    """

    sentences: int | None = None
    words: int | None = None
    ratio: float | None = None
    characters: int | None = None
    method: str = "default"
    #: ``event``: the order of the event (a set's reports by date when every one gives it, else each
    #: sentence by its position in its article; one article's order for one article); ``source``:
    #: article order, then position; ``rank``: the order the selection valued them, best first
    #: (:mod:`summarizer.order`).
    order: str = "event"
    headline: bool = True
    keyphrases: int = 8
    #: A Snowball stemmer's name (``english``, ``french``, ...); ``None``: detected from the text
    #: (:func:`summarizer.language.detect_language`). The brief says which was used.
    language: str | None = None
    #: Kinds of sentence left out of the brief when others remain: ``quotations``, ``questions``,
    #: ``exclamations`` (SMMRY's "avoid" options; see :mod:`summarizer.avoid`).
    avoid: tuple[str, ...] = ()

    default_sentences: int = 3
    default_set_sentences: int = 5
    #: Upper bound of any sentence budget, so a request cannot ask for unbounded work.
    max_sentences: int = 1000
    max_words: int = 100_000
    max_characters: int = 1_000_000
    max_keyphrases: int = 100

    #: MMR (Carbonell & Goldstein 1998): a candidate whose cosine similarity to a chosen sentence
    #: exceeds ``redundancy`` is skipped; ``mmr_lambda`` trades salience against novelty.
    redundancy: float = 0.5
    mmr_lambda: float = 0.7
    #: Merged sets (the ``default`` method): ``concepts`` chooses the brief that covers the most of
    #: the set's shared bigrams (:mod:`summarizer.cover`), ``mmr`` the MMR selection of one article.
    #: The constants below were chosen on DUC 2003 sets 1-30 and TAC sets 1-67 (evaluation/RESULTS.md).
    set_selection: str = "concepts"
    #: Weight of the ranking's scores against concept coverage in a set's brief.
    set_salience: float = 3.0
    #: A set's brief leaves out a sentence whose cosine to a chosen one exceeds the lower of this and
    #: ``redundancy``: reports of one event repeat each other in different words.
    set_redundancy: float = 0.3
    #: Candidates the exact (integer program) solve of a set's brief under a cap weighs; 0 (the
    #: default): the greedy alone, which did as well on the development sets at a fifth of the cost.
    exact_set_sentences: int = 0
    #: The set's greedy ranks a sentence by its gain per word to this power (Lin & Bilmes 2010).
    set_cost_exponent: float = 1.0
    #: A bigram is a concept when at least this many of the set's articles state it.
    concept_articles: int = 3
    #: Content words are concepts too, each at this share of a bigram's weight.
    concept_unigrams: float = 0.5
    #: An article that states a concept in its first ``concept_lead`` sentences counts twice for it.
    concept_lead: int = 3

    #: PageRank (Mihalcea & Tarau 2004): damping, and for graphs too large to solve exactly (see
    #: :func:`summarizer.graph.pagerank`) the power iteration's tolerance and iteration cap.
    damping: float = 0.85
    tolerance: float = 1e-6
    max_iterations: int = 100
    #: LexRank (Erkan & Radev 2004): edges below this cosine are dropped; ``None`` is continuous LexRank.
    lexrank_threshold: float | None = 0.1
    #: Sentence graphs keep at most this many neighbours per sentence, so cost stays linear in the
    #: number of sentences on very large inputs (see README, "Limits").
    graph_neighbours: int = 50
    #: Past this many sentences, graph and sumy methods rank only the most salient ``max_graph_sentences``
    #: (by a linear-time centroid and position prefilter), so no input costs quadratic time.
    max_graph_sentences: int = 2000
    #: The same cap for sumy's methods, whose pure-Python sentence graphs cost far more per pair.
    max_sumy_sentences: int = 300

    #: Words in the headline. ``None`` (the default): about ``default_headline_words``, the line running
    #: up to ``headline_overrun`` words past them when that ends it on a complete phrase ("dies on eve
    #: of his 93rd birthday", not "dies on eve"; English: other languages keep the aim), and a few more
    #: (:data:`summarizer.headlines.cut.POINT_REACH`) when only they reach its point or its verb's object
    #: ("tells pupils | it is okay to get drunk once"); in English, a line over 12 words or 75 characters
    #: then ends sooner where a shorter line of its first words ends well
    #: (:mod:`summarizer.headlines.length`); a number given is a hard "at most N".
    headline_words: int | None = None
    default_headline_words: int = 14  # (12 cut the point more often: a blind read preferred 14, RESULTS)
    headline_overrun: int = 2
    min_headline_words: int = 3
    max_headline_words: int = 50
    #: Characters in the headline (a CMS field, a search result's ~60-70, a social card): the default
    #: line where it fits them; else the same sentence's line at the largest word aim that fits
    #: (``headline_words``, if also given, stays a hard word limit), cut at a phrase boundary, else after
    #: the last whole word that fits; never past them. ``None`` (the default): ``default_headline_characters``
    #: unless ``headline_words`` is given (then the words alone measure the line); ``max_headline_characters``
    #: for the rules' line at any length.
    headline_characters: int | None = None
    #: A sub-editor's line: readers turned down most lines over 75-80 characters, and kept more of the same
    #: articles' lines made to fit 80 (evaluation/RESULTS.md); ``None``, no cap.
    default_headline_characters: int | None = 80
    #: A topic label and ": " before the headline (a kicker: "Australian Open: Top seed ..."), from the
    #: document's keyphrases, when one makes a good label (a name or a noun phrase the line does not
    #: say, no person's name) and it fits the headline's budget (:mod:`summarizer.headlines.label`);
    #: English only. Off by default: labels help ROUGE on DUC 2003's keyword-like references, but one in
    #: six is wrong and a reader kept 24 of 40 labelled lines (evaluation/RESULTS.md).
    headline_label: bool = False
    min_headline_characters: int = 10
    max_headline_characters: int = 1000

    def __post_init__(self) -> None:
        # Bounds first: the other checks compare against them.
        for name in ("max_sentences", "max_words", "max_characters", "max_keyphrases", "max_headline_words",
                     "max_headline_characters"):
            _check_int(getattr(self, name), name, 1, 10_000_000)
        _check_int(self.min_headline_words, "min_headline_words", 1, self.max_headline_words)
        _check_int(self.min_headline_characters, "min_headline_characters", 1, self.max_headline_characters)
        _check_int(self.default_sentences, "default_sentences", 1, self.max_sentences)
        _check_int(self.default_set_sentences, "default_set_sentences", 1, self.max_sentences)
        _check_budget(self)
        if self.order not in ORDERS:
            raise OptionError(f"order must be one of {', '.join(ORDERS)}, not {_show(self.order)}", field="order")
        _check_int(self.keyphrases, "keyphrases", 0, self.max_keyphrases)
        if self.headline_words is not None:
            _check_int(self.headline_words, "headline_words", self.min_headline_words, self.max_headline_words)
        for name in ("headline_characters", "default_headline_characters"):
            if getattr(self, name) is not None:
                _check_int(getattr(self, name), name, self.min_headline_characters,
                           self.max_headline_characters)
        _check_int(self.default_headline_words, "default_headline_words", self.min_headline_words,
                   self.max_headline_words)
        _check_int(self.headline_overrun, "headline_overrun", 0, self.max_headline_words - self.default_headline_words)
        _check_fraction(self.redundancy, "redundancy", low_open=True)
        _check_fraction(self.mmr_lambda, "mmr_lambda")
        if self.set_selection not in SET_SELECTIONS:
            choices = ", ".join(SET_SELECTIONS)
            raise OptionError(f"set_selection must be one of {choices}", field="set_selection")
        _check_fraction(self.set_redundancy, "set_redundancy", low_open=True)
        _check_int(self.exact_set_sentences, "exact_set_sentences", 0, 10_000)
        _check_int(self.concept_articles, "concept_articles", 1, 10_000)
        _check_int(self.concept_lead, "concept_lead", 0, 10_000)
        for name in ("set_salience", "set_cost_exponent", "concept_unigrams"):
            value = getattr(self, name)
            if not _is_number(value) or not 0 <= value <= 1000:
                raise OptionError(f"{name} must be a number in [0, 1000], not {_show(value)}", field=name)
        _check_fraction(self.damping, "damping", low_open=True, high_open=True)
        _check_fraction(self.tolerance, "tolerance")
        _check_int(self.max_iterations, "max_iterations", 1, 10_000)
        _check_int(self.graph_neighbours, "graph_neighbours", 1, 100_000)
        _check_int(self.max_graph_sentences, "max_graph_sentences", 2, 100_000)
        _check_int(self.max_sumy_sentences, "max_sumy_sentences", 2, 100_000)
        if self.lexrank_threshold is not None:
            _check_fraction(self.lexrank_threshold, "lexrank_threshold", high_open=True)
        if not isinstance(self.headline, bool):
            raise OptionError("headline must be true or false", field="headline")
        if not isinstance(self.headline_label, bool):
            raise OptionError("headline_label must be true or false", field="headline_label")
        if not isinstance(self.method, str):
            raise OptionError("method must be a string; see list_methods()", field="method")
        if self.language is not None:
            if not isinstance(self.language, str):
                raise OptionError(
                    "language must be a string such as 'english', or null to detect it", field="language"
                )
            check_language(self.language)
        _check_avoid(self)

    def with_language(self, language: str) -> Options:
        """These options with ``language`` set, made once per options object and language and kept on
        it: each article whose language is detected asks for them, and a :func:`dataclasses.replace`
        validates every field again (hashing the options for a shared cache cost as much again)."""
        made = self.__dict__.setdefault("_languages", {})
        found = made.get(language)
        if found is None:
            found = made[language] = dataclasses.replace(self, language=language)
        return found

    def __getstate__(self) -> dict:
        # Without the options :meth:`with_language` keeps: a copy or another process makes its own.
        return {k: v for k, v in self.__dict__.items() if k != "_languages"}

    def headline_budget(self) -> tuple[int, int, int | None]:
        """``(words, overrun, characters)``: the headline's aim in words, how many more it may run to
        close its last phrase (none when ``headline_words`` is given: then it is a hard limit), and its
        most characters (``None``: no limit). Without ``headline_words``, the aim is the most words the
        characters could hold (a word and its space take two at least) and the characters are the limit
        (``default_headline_characters`` when none are given; :meth:`line_budget` is the line they cap)."""
        characters = self.headline_characters
        if self.headline_words is not None:
            return self.headline_words, 0, characters
        characters = self.default_headline_characters if characters is None else characters
        if characters is not None:
            return min(self.max_headline_words, (characters + 1) // 2), 0, characters
        return self.line_budget()

    def line_budget(self) -> tuple[int, int, None]:
        """The default length's ``(words, overrun, characters)``: about ``default_headline_words``, no
        character limit; the rules' own line, which a character budget keeps where it fits."""
        return self.default_headline_words, self.headline_overrun, None

    def budget_for(self, n_articles: int) -> tuple[str, float]:
        """The budget as ``(kind, value)``: ``("sentences", 3)``, ``("words", 100)``, ``("characters", 280)``
        or ``("ratio", 0.2)``; :func:`summarizer.budget.resolve_budget` turns it into the steps' budget."""
        for kind in BUDGETS:
            value = getattr(self, kind)
            if value is not None:
                return kind, value
        return "sentences", self.default_set_sentences if n_articles > 1 else self.default_sentences


#: The options every door accepts: the CLI's flags, a JSONL item's ``options``, the HTTP API's fields
#: and the property tests are all built from this list (name, one line of help), with the types and
#: defaults of :class:`Options`. A new public option is one more line here.
PUBLIC_OPTIONS: tuple[tuple[str, str], ...] = (
    ("sentences", f"sentences in the brief (default {Options.default_sentences} for an article, "
     f"{Options.default_set_sentences} for a merged set)"),
    ("words", "at most N words: whole sentences that fit, else the best one cut with an ellipsis"),
    ("characters", "at most N characters (sentences joined by one space), for a card or a notification"),
    ("ratio", "a share of the input's sentences, in (0, 1] (the command line also takes 20%)"),
    ("method", "ranking method: --list-methods and GET /v1/methods describe them"),
    ("order", "brief sentences in event order (a set's reports by date, else by position), source order "
     "or rank order (best first)"),
    ("headline", "make a headline"),
    ("keyphrases", "keyphrases to return, 0 for none"),
    ("language", "language of the text, such as english or french (default: detected from the text)"),
    ("avoid", "kinds of sentence to leave out of the brief: quotations, questions, exclamations"),
    ("headline_words", f"most words in the headline (default: about {Options.default_headline_words}, up to "
     f"{Options.default_headline_words + Options.headline_overrun} to end on a complete phrase, a few more to "
     "reach its point)"),
    ("headline_characters", "most characters in the headline (a CMS field, a search result, a social card): "
     "the default line where it fits, else the longest that does, cut at a phrase boundary or a whole word "
     f"(default: {Options.default_headline_characters}, where the line then still ends a phrase and keeps "
     f"its news; {Options.max_headline_characters} for the rules' line at any length)"),
    ("headline_label", "a topic label before the headline ('Australian Open: ...'): a keyphrase the line does "
     "not name, when one makes a good label and fits the headline's budget (English)"),
    ("redundancy", "a sentence this similar (cosine) to a chosen one is left out"),
    ("mmr_lambda", "MMR's trade of salience (1) against novelty (0)"),
    ("damping", "PageRank damping of the graph methods"),
    ("lexrank_threshold", "LexRank drops edges below this cosine"),
)


def check_public(names) -> None:
    """Raise :class:`OptionError` for a name that is not in :data:`PUBLIC_OPTIONS` (the doors' check)."""
    public = {name for name, _ in PUBLIC_OPTIONS}
    unknown = sorted(set(names) - public)
    if unknown:
        names = ", ".join(name for name, _ in PUBLIC_OPTIONS)
        raise OptionError(f"unknown option(s): {', '.join(unknown)}; the options are {names}", field=unknown[0])


def make_options(options: Options | None = None, /, **overrides) -> Options:
    """``options`` (or the defaults) with ``overrides`` applied; ``None`` overrides are ignored.

    Unknown names raise :class:`OptionError` naming them, so a typo never goes unnoticed. ``options``
    is positional only, so an override named "options" (from a JSON item, say) is an unknown option.
    """
    if options is not None and not isinstance(options, Options):
        raise OptionError(
            f"options must be an Options object, not {type(options).__name__}; give options as keywords "
            "(sentences=2) or build one with make_options",
            field="options",
        )
    base = options or DEFAULTS
    limits = sorted(set(overrides) & LIMITS)
    if limits:
        raise OptionError(
            f"{limits[0]} is a limit of the library, not an option; build Options(...) to change it",
            field=limits[0],
        )
    unknown = sorted(set(overrides) - _FIELDS)
    if unknown:
        raise OptionError(f"unknown option(s): {', '.join(unknown)}", field=unknown[0])
    given = {k: v for k, v in overrides.items() if v is not None}
    if any(k in given for k in BUDGETS):
        # A budget given here replaces the one in ``options`` rather than clashing with it.
        given = {**dict.fromkeys(BUDGETS), **given}
    if not given:
        return base
    if options is not None:
        return dataclasses.replace(base, **given)
    # From the defaults: the options made before for the same overrides, if any.
    key = tuple(sorted((k, _key(v)) for k, v in given.items()))
    made = _MADE.get(key)
    if made is None:
        made = dataclasses.replace(base, **given)
        if all(part is not None for _, part in key):
            if len(_MADE) >= _MADE_MOST:
                _MADE.clear()
            _MADE[key] = made
    return made


def _key(value) -> tuple | None:
    """``value`` as a key that tells apart what compares equal (``1``, ``1.0``, ``True``; ``0.0`` and
    ``-0.0``); ``None`` for a value of another kind (never kept)."""
    kind = type(value)
    if value is None:
        return (kind,)
    if kind is float:
        return kind, value.hex()
    if kind in (int, bool, str):
        return kind, value
    if kind in (list, tuple) and all(type(part) is str for part in value):
        return kind, tuple(value)
    return None


#: The options :func:`make_options` made from the defaults, by their overrides. Callers (the service,
#: the CLI's items) send the same few sets of options again and again, and each
#: :func:`dataclasses.replace` validates every field (about 200,000 instructions); the options made
#: also keep the options of each language they were read in (:meth:`Options.with_language`, as much
#: again). Options are immutable, so one object serves every call with those overrides.
_MADE: dict[tuple, Options] = {}
_MADE_MOST = 1024


def _is_int(value) -> bool:
    return isinstance(value, int) and not isinstance(value, bool)


def _check_int(value, name: str, low: int, high: int) -> None:
    if not _is_int(value) or not low <= value <= high:
        raise OptionError(f"{name} must be a whole number from {low} to {high}, not {_show(value)}", field=name)


def _is_number(value) -> bool:
    """A finite int or float; never converts an int to float (10**400 would overflow)."""
    if isinstance(value, bool) or not isinstance(value, (int, float)):
        return False
    return isinstance(value, int) or math.isfinite(value)


def _check_fraction(value, name: str, *, low_open: bool = False, high_open: bool = False) -> None:
    ok = _is_number(value)
    ok = ok and (value > 0 if low_open else value >= 0) and (value < 1 if high_open else value <= 1)
    if not ok:
        low, high = "(0" if low_open else "[0", "1)" if high_open else "1]"
        raise OptionError(f"{name} must be a number in {low}, {high}, not {_show(value)}", field=name)


def _show(value) -> str:
    """``repr`` for a message, without Python's 4,300-digit limit on printing an int."""
    if _is_int(value) and value.bit_length() > 64:
        return f"a number of about {int(value.bit_length() * 0.30103)} digits"
    text = repr(value)
    return text if len(text) <= 80 else text[:77] + "..."


def _check_avoid(options: Options) -> None:
    avoid = options.avoid
    if isinstance(avoid, str):  # "questions,quotations", as a command line or a query string gives it
        avoid = tuple(part.strip() for part in avoid.split(",") if part.strip())
    if not isinstance(avoid, (list, tuple)) or not all(isinstance(kind, str) for kind in avoid):
        raise OptionError(f"avoid must be a list of: {', '.join(AVOIDABLE)}", field="avoid")
    unknown = [kind for kind in avoid if kind not in AVOIDABLE]
    if unknown:
        raise OptionError(
            f"avoid takes {', '.join(AVOIDABLE)}, not {_show(unknown[0])}", field="avoid"
        )
    object.__setattr__(options, "avoid", tuple(dict.fromkeys(avoid)))  # frozen: normalized once, here


def _check_budget(options: Options) -> None:
    given = [k for k in BUDGETS if getattr(options, k) is not None]
    if len(given) > 1:
        raise BudgetError(
            f"give one budget, not {' and '.join(given)}: sentences=N, words=N, characters=N or ratio=R",
            field=given[1],
        )
    if options.sentences is not None and (
        not _is_int(options.sentences) or not 1 <= options.sentences <= options.max_sentences
    ):
        raise BudgetError(
            f"sentences must be a whole number from 1 to {options.max_sentences}, not {_show(options.sentences)}",
            field="sentences",
        )
    if options.words is not None and (not _is_int(options.words) or not 1 <= options.words <= options.max_words):
        raise BudgetError(
            f"words must be a whole number from 1 to {options.max_words}, not {_show(options.words)}", field="words"
        )
    if options.characters is not None and (
        not _is_int(options.characters) or not 1 <= options.characters <= options.max_characters
    ):
        raise BudgetError(
            f"characters must be a whole number from 1 to {options.max_characters}, "
            f"not {_show(options.characters)}",
            field="characters",
        )
    if options.ratio is not None:
        r = options.ratio
        if not _is_number(r) or not 0 < r <= 1:
            raise BudgetError(f"ratio must be a number above 0 and at most 1, not {_show(r)}", field="ratio")


DEFAULTS = Options()
_FIELDS = frozenset(f.name for f in dataclasses.fields(Options))
