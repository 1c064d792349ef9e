"""``python -m evaluation.fit``: fit the weights of the ``default`` model on development data.

The model (:mod:`summarizer.rank.default`) is two linear experts over the features of
:func:`summarizer.rank.default.design` and a gate (:class:`summarizer.rank.default.model.Model`).
The ``lead`` expert is fit on the short briefs of single articles (CNN/DailyMail ``news`` and
``news-flat``, BBC ``lead``), the ``central`` expert on the long briefs and the sets (BBC ``human``,
DUC 2003, TAC). Each expert is fit in two steps:

1. a logistic regression of the greedy-oracle labels (the sentences that most raise ROUGE-1 and
   ROUGE-2 against the references, :class:`evaluation.oracle.Oracle`; Nallapati et al. 2017), each
   corpus weighing the same;
2. coordinate ascent from those weights on what is reported: the mean ROUGE-1 and ROUGE-2 F1 of the
   briefs that the library's own selection makes from the scores, averaged over the corpora (the
   ``news`` corpora count twice). ROUGE
   here is computed from n-gram counts of the sentences (rouge-score's tokens; bigrams across a
   sentence boundary are left out), fast enough to score every brief at every step.

Then the gate, the length of a single article's brief (in sentences) from which the ``central``
expert ranks it, is chosen among ``_GATES`` on the same objective over every corpus.

The training items are those of the evaluation's protocols on the corpora given, each shape once:
``news`` and ``news-flat`` (CNN/DailyMail, lead in place, 3 sentences), BBC ``human`` (5 sentences)
and ``lead`` (lead removed, a word cap), DUC 2003 ``human`` and TAC ``merged`` (sets, 100 words).
Reported items are left out: CNN/DailyMail items past ``--news-fit`` of each source, BBC's first 400,
DUC 2003 and TAC sets past the first half are for the tables only. ``--folds K`` first prints
K-fold cross-validated scores (each item scored by weights fit without it) beside Lead-k.
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from collections import defaultdict
from dataclasses import dataclass
from pathlib import Path

import numpy as np
from sklearn.linear_model import LogisticRegression
from threadpoolctl import threadpool_limits

from summarizer.budget import Budget, resolve_budget
from summarizer.options import make_options
from summarizer.pipeline import read_document
from summarizer.rank import get_method
from summarizer.rank.default import FEATURES, design, leans_on
from summarizer.rank.default.model import EXPERTS, WEIGHTS_FILE, Model
from summarizer.vectorize import Features

from .corpus import load_corpus
from .oracle import Oracle
from .protocols import build_items
from .scoring import ngrams, tokens

__all__ = ["Example", "build_examples", "fit", "main"]

_WEIGHTS = Path(__file__).resolve().parent.parent / "summarizer" / "rank" / "default" / WEIGHTS_FILE
#: Steps of the coordinate ascent, in units of a weight's size (at least ``_MIN_SCALE``).
_STEPS = (-0.5, -0.25, 0.25, 0.5)
_MIN_SCALE = 0.2
#: The regularization of the logistic regression (scikit-learn's C).
_C = 1.0
#: How much each corpus counts in the ascent's objective: the ``news`` shape (articles with their lead,
#: what users give) counts twice, as its target is the hardest (Lead-3 + 0.5 ROUGE-1).
_PRIORITY = {"cnn": 2.0, "dailymail": 2.0, "dailymail-flat": 2.0}
#: The corpora each expert is fit on (the others go to ``central``).
_LEAD_CORPORA = frozenset({"cnn", "dailymail", "dailymail-flat", "bbc-lead"})
#: The gates tried: a single article's brief of at least this many sentences goes to ``central``.
_GATES = (2.0, 3.0, 4.0, 5.0, 6.0, 8.0, 1e9)


@dataclass
class Example:
    """One training item: its features, what selection needs, and its references as n-gram counts."""

    corpus: str
    features: Features
    budget: Budget
    matrix: np.ndarray  # sentences x FEATURES
    oracle: np.ndarray  # 1.0 for the oracle's sentences
    leans: np.ndarray  # summarizer.rank.default.leans_on, computed once
    mean_words: float  # mean words a sentence, for the gate
    grams: list[tuple[np.ndarray, np.ndarray, np.ndarray]]  # per order: sentence counts, lengths, refs

    def rouge(self, chosen: list[int]) -> float:
        """Mean of ROUGE-1 and ROUGE-2 F1 (percent) of the brief of ``chosen``, over references."""
        values = []
        for counts, lengths, refs in self.grams:
            brief, length = counts[chosen].sum(axis=0), lengths[chosen].sum()
            overlap = np.minimum(brief, refs).sum(axis=1)
            ref_lengths = refs.sum(axis=1)
            f1 = np.where(overlap > 0, 2 * overlap / np.maximum(length + ref_lengths, 1), 0.0)
            values.append(f1.mean())
        return 100.0 * float(np.mean(values))


def build_examples(sources: dict[str, tuple[str, dict, str]]) -> list[Example]:
    """Examples of each corpus: ``label -> (path, load_corpus keywords, protocol)``."""
    examples = []
    for label, (path, selection, protocol) in sources.items():
        for item in build_items(load_corpus(path, **selection), protocol):
            options = make_options(**item.budget)
            features = Features(read_document(item.source), options)
            budget = resolve_budget(options, features.document)
            texts = [s.text for s in features.document.sentences]
            oracle = np.zeros(len(texts))
            oracle[Oracle.choose(texts, item.budget, item.references)] = 1.0
            matrix = design(features, budget)
            grams = _grams(texts, item.references)
            mean = float(features.document.table[:, 2].mean())
            examples.append(Example(label, features, budget, matrix, oracle, leans_on(features), mean, grams))
    return examples


def _grams(texts: list[str], references: tuple[str, ...]):
    sentence_tokens = [tokens(t) for t in texts]
    reference_tokens = [tokens(r) for r in references]
    out = []
    for n in (1, 2):
        refs = [ngrams(t, n) for t in reference_tokens]
        vocabulary: dict = {}
        for counts in refs:
            for gram in counts:
                vocabulary.setdefault(gram, len(vocabulary))
        ref_matrix = np.zeros((len(refs), len(vocabulary)))
        for r, counts in enumerate(refs):
            for gram, c in counts.items():
                ref_matrix[r, vocabulary[gram]] = c
        matrix = np.zeros((len(texts), len(vocabulary)))
        lengths = np.zeros(len(texts))
        for i, toks in enumerate(sentence_tokens):
            counts = ngrams(toks, n)
            lengths[i] = sum(counts.values())
            for gram, c in counts.items():
                j = vocabulary.get(gram)
                if j is not None:
                    matrix[i, j] = c
        out.append((matrix, lengths, ref_matrix))
    return out


def _overall(per_corpus: dict[str, float]) -> float:
    weights = {c: _PRIORITY.get(c, 1.0) for c in per_corpus}
    return sum(v * weights[c] for c, v in per_corpus.items()) / sum(weights.values())


def objective(examples: list[Example], weights: np.ndarray) -> dict[str, float]:
    """Mean ROUGE-1/2 F1 of the library's briefs from one expert's ``weights``, per corpus."""
    return objective_of(examples, lambda e: e.matrix @ weights)


def model_objective(examples: list[Example], model: Model) -> dict[str, float]:
    """The same for the whole model: each example ranked by the expert its gate picks."""
    return objective_of(examples, lambda e: model.score(e.matrix, model.expert(e.budget, e.mean_words)))


def lead_scores(examples: list[Example]) -> dict[str, float]:
    """The same measure for Lead-k: the first sentences of each article, by the library's selection."""
    return objective_of(examples, lambda e: -e.features.document.table[:, 1].astype(np.float64))


def objective_of(examples: list[Example], scorer) -> dict[str, float]:
    """Mean ROUGE-1/2 F1 of the library's briefs from the scores ``scorer(example)``, per corpus."""
    method = get_method("default")
    scores = defaultdict(list)
    for e in examples:
        picks = method.select(scorer(e), e.features, e.budget, leans=e.leans)
        scores[e.corpus].append(e.rouge([p.index for p in picks]))
    return {corpus: float(np.mean(v)) for corpus, v in scores.items()}


def fit(examples: list[Example], *, log=None) -> Model:
    """The model: each expert fit on its corpora (:func:`fit_expert`), then the gate."""
    weights = {}
    for expert in EXPERTS:
        part = [e for e in examples if (e.corpus in _LEAD_CORPORA) == (expert == "lead")]
        if log:
            log(f"expert {expert}: {len(part)} examples")
        weights[expert] = fit_expert(part, log=log)
    models = [Model(weights, gate, {}) for gate in _GATES]
    values = [_overall(model_objective(examples, model)) for model in models]
    if log:
        log("gate: " + ", ".join(f"{gate:g}: {v:.3f}" for gate, v in zip(_GATES, values, strict=True)))
    return models[int(np.argmax(values))]


def fit_expert(examples: list[Example], *, log=None) -> np.ndarray:
    """Weights for :data:`FEATURES`: logistic regression on the oracle labels, then coordinate ascent."""
    corpora = sorted({e.corpus for e in examples})
    counts = {c: sum(len(e.oracle) for e in examples if e.corpus == c) for c in corpora}
    x = np.vstack([e.matrix for e in examples])
    y = np.concatenate([e.oracle for e in examples])
    weight = np.concatenate([np.full(len(e.oracle), 1.0 / counts[e.corpus]) for e in examples])
    model = LogisticRegression(C=_C, max_iter=5000)
    model.fit(x, y, sample_weight=weight * len(y) / len(corpora))
    weights = model.coef_.ravel().copy()
    best = _overall(objective(examples, weights))
    if log:
        log(f"  logistic: {best:.3f}")
    for j in range(len(weights)):
        scale = max(abs(weights[j]), _MIN_SCALE)
        for step in _STEPS:
            trial = weights.copy()
            trial[j] += step * scale
            value = _overall(objective(examples, trial))
            if value > best + 1e-4:
                best, weights = value, trial
        if log:
            log(f"  {FEATURES[j]}: {weights[j]:+.3f} -> {best:.3f}")
    return weights


def cross_validate(examples: list[Example], folds: int, seed: int, log) -> dict[str, float]:
    """Scores of each item by weights fit on the other folds (folds drawn per corpus)."""
    rng = np.random.default_rng(seed)
    fold = np.empty(len(examples), dtype=int)
    for corpus in {e.corpus for e in examples}:
        index = [i for i, e in enumerate(examples) if e.corpus == corpus]
        fold[index] = rng.permutation(len(index)) % folds
    scores = defaultdict(list)
    for k in range(folds):
        log(f"fold {k + 1} of {folds}")
        train = [e for e, f in zip(examples, fold, strict=True) if f != k]
        test = [e for e, f in zip(examples, fold, strict=True) if f == k]
        model = fit(train)
        for corpus, value in model_objective(test, model).items():
            scores[corpus].append((value, sum(e.corpus == corpus for e in test)))
    return {c: sum(v * n for v, n in pairs) / sum(n for _, n in pairs) for c, pairs in scores.items()}


def _sources(args) -> dict[str, tuple[str, dict, str]]:
    sources = {}
    if args.cnndm:
        sources["cnn"] = (args.cnndm, {"source": "cnn", "limit": args.news_fit[0]}, "news")
        sources["dailymail"] = (args.cnndm, {"source": "dailymail", "limit": args.news_fit[1]}, "news")
        sources["dailymail-flat"] = (args.cnndm, {"source": "dailymail", "limit": args.news_fit[1]}, "news-flat")
    if args.bbc:
        sources["bbc-human"] = (args.bbc, {"skip": 400}, "human")
        sources["bbc-lead"] = (args.bbc, {"skip": 400}, "lead")
    if args.duc:
        sources["duc2003"] = (args.duc, {"limit": 30}, "human")
    if args.tac:
        sources["tac"] = (args.tac, {"limit": 67}, "merged")
    return sources


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m evaluation.fit", description=__doc__.split("\n\n")[0])
    parser.add_argument("--cnndm", metavar="FILE", help="cnndm_val.jsonl")
    parser.add_argument("--bbc", metavar="FILE", help="bbc_articles_dev.jsonl (items 401-1058 are used)")
    parser.add_argument("--duc", metavar="FILE", help="duc2003_clusters_dev.jsonl (the first 30 sets)")
    parser.add_argument("--tac", metavar="FILE", help="tac_clusters_dev.jsonl (the first 67 sets)")
    parser.add_argument(
        "--news-fit", nargs=2, type=int, default=(600, 250), metavar=("CNN", "DAILYMAIL"),
        help="how many CNN and DailyMail items to fit on (the rest are reported): 600 250",
    )
    parser.add_argument("--folds", type=int, default=0, help="first print K-fold cross-validated scores")
    parser.add_argument("--seed", type=int, default=0, help="seed of the folds")
    parser.add_argument("--out", default=str(_WEIGHTS), help="where to write the weights (the shipped file)")
    args = parser.parse_args(argv)
    sources = _sources(args)
    if not sources:
        parser.error("give at least one corpus")

    def log(message: str) -> None:
        print(message, file=sys.stderr, flush=True)

    start = time.perf_counter()
    with threadpool_limits(1):
        examples = build_examples(sources)
        log(f"{len(examples)} examples in {time.perf_counter() - start:.0f} s")
        print("| corpus | items | Lead-k | " + ("cross-validated | " if args.folds else "") + "fit |")
        print("|---|---:|---:|" + ("---:|" if args.folds else "") + "---:|")
        validated = cross_validate(examples, args.folds, args.seed, log) if args.folds else {}
        model = fit(examples, log=log)
        fitted = model_objective(examples, model)
        lead = lead_scores(examples)
    for corpus in sources:
        n = sum(e.corpus == corpus for e in examples)
        cv = f"{validated[corpus]:.2f} | " if args.folds else ""
        print(f"| {corpus} | {n} | {lead[corpus]:.2f} | {cv}{fitted[corpus]:.2f} |")
    provenance = {
        "fit": "per expert, logistic regression on greedy-oracle labels, then coordinate ascent on "
        "ROUGE-1/2 F1 of the selected briefs; the gate by the same objective (python -m evaluation.fit)",
        "data": {
            label: {"corpus": Path(path).name, "protocol": protocol, **selection}
            for label, (path, selection, protocol) in sources.items()
        },
    }
    model = Model(model.weights, model.sentences, provenance)
    Path(args.out).write_text(json.dumps(model.to_json(), indent=1) + "\n", encoding="utf-8")
    log(f"wrote {args.out} in {time.perf_counter() - start:.0f} s")
    return 0


if __name__ == "__main__":
    sys.exit(main())
