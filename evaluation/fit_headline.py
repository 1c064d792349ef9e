"""``python -m evaluation.fit_headline``: fit the weights of the headline's choice of sentence.

The model (:mod:`summarizer.headlines.choice`) scores the first ``first`` sentences of an article; the
headline is the first of them, in the order of their scores, whose line reads as news by its form
(then the later sentences in order, as before). For every development item this script makes the line
of each of the first eight sentences as :func:`summarizer.headlines.make_headline` would
(:func:`summarizer.headlines.candidate`), scores each line against the item's references, and then,
for each ``first`` of ``--first`` and each of two fits:

1. a logistic regression (scikit-learn) of which line scores best among those that read as news,
   over :data:`summarizer.headlines.choice.FEATURES`: pointwise (each line's features), or pairwise
   (the best line's features minus each other's);
2. coordinate ascent from those weights on what is reported: the mean ROUGE-1 of the lines the
   choice makes, averaged over the corpora.

Each design is also cross-validated (``--folds``: each item's line chosen by weights fit without it).
The design whose cross-validated objective is best is written to ``summarizer/headlines/choice.json``
(``--dry-run``: only printed) when it beats the lead's order by ``_MARGIN`` on the mean and loses no
more than that on any corpus; else the lead's order (``first`` 1: today's choice).
What each line is scored by: DUC 2003's four ``headlines`` (sets 1-30, the line cut to 75 bytes,
ROUGE-1 recall), BBC titles (articles 401-1058, ROUGE-1 F1), CNN/DailyMail's highlights (the items
before ``--news-fit``, as :mod:`evaluation.fit`; ROUGE-1 precision: the share of the line's words
that the highlights hold). Held-out items are left out; ``--report`` scores the shipped weights on
them once, beside the lead's order, instead of fitting.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections import Counter
from dataclasses import dataclass
from pathlib import Path

import numpy as np
from sklearn.linear_model import LogisticRegression

from summarizer.headlines import _MAX_TRIES, candidate, compress, reading_order
from summarizer.headlines.choice import CHOICE_FILE, FEATURES, Choice, choice_from_json, design
from summarizer.options import make_options
from summarizer.pipeline import read_document
from summarizer.vectorize import Features

from .corpus import load_corpus
from .protocols import build_items
from .scoring import cut_bytes, score, tokens

__all__ = ["Example", "build_examples", "choose_line", "cross_validated", "fit", "main", "objective"]

_CHOICE = Path(__file__).resolve().parent.parent / "summarizer" / "headlines" / CHOICE_FILE
_STEPS = (-1.0, -0.5, -0.25, 0.25, 0.5, 1.0)  # of a weight's size (at least _MIN_SCALE)
_MIN_SCALE = 0.25
_ROUNDS = 4
_C = 1.0
#: A design replaces the lead's order only when its cross-validated mean beats the lead's by this much
#: (ROUGE points) and no corpus loses more than this.
_MARGIN = 0.1


@dataclass
class Example:
    """One item's candidates: features (rows in the order tried), each line's score and form."""

    corpus: str
    matrix: np.ndarray  # candidates x FEATURES
    scores: np.ndarray  # ROUGE-1 of each candidate's line (0 for a quotation, which has no line)
    names: np.ndarray  # bool: the line names its subject
    news: np.ndarray  # bool: the line reads as news by its form
    made: np.ndarray  # bool: the candidate has a line (a quotation has none)
    fallback: float  # the score of the lead's line, made when no candidate has one
    free: bool  # whether the first sentences may be chosen among


def build_examples(corpus: str, items, byte_limit: int | None, measure: str) -> list[Example]:
    """The candidates of each item (one article each), scored against its references."""
    examples = []
    for item in items:
        features = Features(read_document(item.source), make_options())
        order, free = reading_order(features, lambda: np.zeros(len(features.document.sentences)))
        size = features.options.line_budget()

        def rouge(line: str) -> float:
            text = cut_bytes(line, byte_limit) if byte_limit else line
            if measure == "precision":
                return _precision(text, item.references)
            return float(score(text, item.references, measure)[0])

        head = order[:_MAX_TRIES]
        lines = [candidate(features, i, size) for i in head]
        sentences = features.document.sentences
        lead = sentences[next(i for i in order if sentences[i].position == 0)].text
        examples.append(Example(
            corpus,
            design(features, head),
            np.array([rouge(c[0]) if c else 0.0 for c in lines]),
            np.array([bool(c and c[1]) for c in lines]),
            np.array([bool(c and c[2]) for c in lines]),
            np.array([c is not None for c in lines]),
            rouge(compress(lead, size[0], features.options.language, "", size[1])),
            free,
        ))
    return examples


def _precision(line: str, references) -> float:
    """ROUGE-1 precision (percent): the share of the line's tokens that the references hold."""
    found = Counter(tokens(line))
    held = Counter(t for reference in references for t in tokens(reference))
    return 100.0 * sum((found & held).values()) / max(sum(found.values()), 1)


def choose_line(example: Example, weights: np.ndarray, first: int) -> float:
    """The score of the line :func:`summarizer.headlines.make_headline` makes with these weights."""
    k = min(first, len(example.scores)) if example.free else 1
    order = np.arange(len(example.scores))
    if k > 1:
        order[:k] = np.argsort(-(example.matrix[:k] @ weights), kind="stable")
    # As make_headline: the first line that reads as news, else that names its subject, else any line.
    for flags in (example.news, example.names, example.made):
        hits = order[flags[order]]
        if hits.size:
            return float(example.scores[hits[0]])
    return example.fallback


def objective(examples: list[Example], weights: np.ndarray, first: int) -> dict[str, float]:
    """The mean score of the chosen lines, by corpus."""
    found: dict[str, list[float]] = {}
    for example in examples:
        found.setdefault(example.corpus, []).append(choose_line(example, weights, first))
    return {corpus: float(np.mean(values)) for corpus, values in found.items()}


def _mean(values: dict[str, float]) -> float:
    return float(np.mean(list(values.values())))


def _logistic(examples: list[Example], first: int, pairwise: bool) -> np.ndarray:
    """Weights from a logistic regression of the best line among those that read as news."""
    rows, labels, weights = [], [], []
    counts = {c: sum(e.corpus == c for e in examples) for c in {e.corpus for e in examples}}
    for e in examples:
        k = min(first, len(e.scores))
        news = np.flatnonzero(e.news[:k])
        if not e.free or news.size < 2 or np.ptp(e.scores[news]) == 0:
            continue
        best = news[np.argmax(e.scores[news])]
        share = 1.0 / counts[e.corpus]
        if pairwise:
            for j in news[news != best]:
                rows += [e.matrix[best] - e.matrix[j], e.matrix[j] - e.matrix[best]]
                labels += [1, 0]
                weights += [share, share]
        else:
            rows += [e.matrix[j] for j in news]
            labels += [int(j == best) for j in news]
            weights += [share] * news.size
    if len(set(labels)) < 2:
        return np.zeros(examples[0].matrix.shape[1])
    model = LogisticRegression(C=_C, fit_intercept=not pairwise, max_iter=1000)
    model.fit(np.array(rows), np.array(labels), sample_weight=np.array(weights) * len(weights) / sum(weights))
    return model.coef_.ravel()


def fit(examples: list[Example], first: int, pairwise: bool = False) -> np.ndarray:
    """Weights for ``first``: the logistic regression's, then coordinate ascent on :func:`objective`."""
    weights = _logistic(examples, first, pairwise)
    best = _mean(objective(examples, weights, first))
    for _ in range(_ROUNDS):
        improved = False
        for f in range(len(weights)):
            scale = max(abs(weights[f]), _MIN_SCALE)
            for step in _STEPS:
                trial = weights.copy()
                trial[f] += step * scale
                value = _mean(objective(examples, trial, first))
                if value > best + 1e-9:
                    best, weights, improved = value, trial, True
        if not improved:
            break
    return weights


def _sources(args, held_out: bool) -> dict[str, tuple[str, dict, str, int | None, str]]:
    """corpus -> (path, selection, protocol, byte limit, measure): development items, or held-out ones."""
    sources = {}
    if args.duc:
        selection = {"skip": 30} if held_out else {"limit": 30}
        sources["duc2003"] = (args.duc, selection, "headline-human", 75, "recall")
    if args.bbc:
        sources["bbc"] = (args.bbc, {"limit": 400} if held_out else {"skip": 400}, "headline", None, "f1")
    if args.cnndm:
        for name, limit in zip(("cnn", "dailymail"), args.news_fit, strict=True):
            selection = {"source": name, "skip": limit} if held_out else {"source": name, "limit": limit}
            sources[name] = (args.cnndm, selection, "news", None, "precision")
    return sources


def _examples(args, held_out: bool) -> list[Example]:
    examples = []
    for corpus, (path, selection, protocol, byte_limit, measure) in _sources(args, held_out).items():
        items = build_items(load_corpus(path, **selection), protocol)[: args.limit]
        examples += build_examples(corpus, items, byte_limit, measure)
        print(f"{corpus}: {len(items)} items", file=sys.stderr)
    return examples


def cross_validated(
    examples: list[Example], first: int, pairwise: bool, folds: int, seed: int = 0
) -> dict[str, float]:
    """The objective by corpus, each item's line chosen by weights fit without its fold."""
    fold = np.random.default_rng(seed).permutation(len(examples)) % folds
    found: dict[str, list[float]] = {}
    for k in range(folds):
        weights = fit([e for e, f in zip(examples, fold, strict=True) if f != k], first, pairwise)
        for e in (e for e, f in zip(examples, fold, strict=True) if f == k):
            found.setdefault(e.corpus, []).append(choose_line(e, weights, first))
    return {corpus: float(np.mean(values)) for corpus, values in found.items()}


def _row(name: str, values: dict[str, float]) -> str:
    cells = " | ".join(f"{values[c]:.2f}" for c in sorted(values))
    return f"| {name} | {cells} | {_mean(values):.2f} |"


def _header(values: dict[str, float]) -> str:
    return "| choice | " + " | ".join(sorted(values)) + " | mean |\n" + "|---" * (len(values) + 2) + "|"


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(
        prog="python -m evaluation.fit_headline", description=__doc__.splitlines()[0]
    )
    parser.add_argument("--duc", help="DUC 2003 clusters (JSONL); sets 1-30 fit, 31-60 reported")
    parser.add_argument("--bbc", help="BBC articles (JSONL); 401 on fit, 1-400 reported")
    parser.add_argument("--cnndm", help="CNN/DailyMail validation (JSONL)")
    parser.add_argument("--news-fit", nargs=2, type=int, default=(600, 250), metavar=("CNN", "DAILYMAIL"),
                        help="CNN/DailyMail items fit on, of each source (evaluation.fit's)")
    parser.add_argument("--first", nargs="+", type=int, default=(2, 3), help="sentences chosen among, tried")
    parser.add_argument("--folds", type=int, default=5, help="cross-validation folds")
    parser.add_argument("--limit", type=int, help="at most N items of each corpus (a quick look)")
    parser.add_argument("--report", action="store_true", help="score the shipped weights on held-out items")
    parser.add_argument("--dry-run", action="store_true", help="print the weights, do not write them")
    parser.add_argument("--out", default=str(_CHOICE), help="where the weights go (default: the package's)")
    args = parser.parse_args(argv)
    if not (args.duc or args.bbc or args.cnndm):
        parser.error("give at least one of --duc, --bbc, --cnndm")
    if min(args.first) < 2 or args.folds < 2:
        parser.error("--first and --folds must be at least 2")
    lead = (np.zeros(len(FEATURES)), 1)
    if args.report:
        shipped = choice_from_json(json.loads(Path(args.out).read_text(encoding="utf-8")))
        examples = _examples(args, held_out=True)
        values = objective(examples, *lead)
        print(_header(values) + "\n" + _row("the lead's order", values))
        print(_row("shipped", objective(examples, shipped.weights, shipped.first)))
        return 0
    examples = _examples(args, held_out=False)
    # Each design fit on all the development items, and cross-validated; the lead's order needs no fit.
    values = objective(examples, *lead)
    print(_header(values) + "\n" + _row("the lead's order", values))
    best, best_value, chosen = "the lead's order", _mean(values), lead
    for first in args.first:
        for pairwise in (False, True):
            name = f"first {first}, {'pairwise' if pairwise else 'pointwise'}"
            weights = fit(examples, first, pairwise)
            print(_row(name + " (fit)", objective(examples, weights, first)))
            held = cross_validated(examples, first, pairwise, args.folds)
            print(_row(name + f" ({args.folds}-fold)", held))
            if _mean(held) > best_value + _MARGIN and all(held[c] >= values[c] - _MARGIN for c in values):
                best, best_value, chosen = name, _mean(held), (weights, first)
    provenance = {
        "command": "python -m evaluation.fit_headline",
        "fit on": sorted({e.corpus for e in examples}),
        "items": len(examples),
        "chosen": best,
        "cross-validated": round(best_value, 2),
        "lead's order": round(_mean(values), 2),
    }
    data = Choice(*chosen, provenance).to_json()
    print(json.dumps(data, indent=1))
    if not args.dry_run:
        Path(args.out).write_text(json.dumps(data, indent=1) + "\n", encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
