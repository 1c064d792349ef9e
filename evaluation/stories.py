"""``python -m evaluation.stories CORPUS.jsonl...``: story clustering scored against the true sets.

The protocol (issue 16): the articles of the merged-set corpora are shuffled into one stream, as a
feed would bring them, :func:`summarizer.cluster` groups the stream into stories, and the stories are
scored against the sets the articles came from with the adjusted Rand index (Hubert & Arabie 1985,
scikit-learn) and B-cubed F1 (Bagga & Baldwin 1998; Amigó et al. 2009), beside a naive baseline in the
same table: TF-IDF of the whole text (scikit-learn, English stop words, sublinear) and average linkage
over the full cosine matrix (scipy), cut at ``BASELINE_THRESHOLD``.

An article found in two sets (DUC 2003 has two pairs of sets that share articles) is read once, and
sets that share an article are one true story: they report one event.

``--fit`` prints how the constants of :mod:`summarizer.stories` and ``BASELINE_THRESHOLD`` were
chosen: each corpus is held out in turn, the threshold that scores best (ARI) on a stream of the other
two is applied to it, and then the best on all three gives the shipped value.
"""

from __future__ import annotations

import argparse
import random
import shlex
import sys
import time
from collections import Counter
from dataclasses import dataclass
from pathlib import Path

import numpy as np

from summarizer import cluster
from summarizer.stories import NEIGHBOURS, THRESHOLD, article_vectors, profile_graph
from summarizer.stories.linkage import cut, merges

from .corpus import load_corpus

__all__ = ["Feed", "load_feed", "b_cubed_f1", "baseline_labels", "score", "BASELINE_THRESHOLD"]

#: Cosine similarity at which the baseline's average linkage stops; fit like the library's threshold
#: (``--fit``), so that the baseline is the best a fixed threshold on the direct cosine does.
BASELINE_THRESHOLD = 0.15
_GRID = np.round(np.arange(0.05, 0.6001, 0.025), 3)
_NEIGHBOUR_GRID = (5, 7, 10, 14)


@dataclass(frozen=True)
class Feed:
    """A shuffled stream of articles, each with its true story and the corpus it came from."""

    articles: list[dict]
    truth: list[str]
    corpus: list[str]

    def subset(self, keep: list[int]) -> Feed:
        return Feed(
            [self.articles[i] for i in keep], [self.truth[i] for i in keep], [self.corpus[i] for i in keep]
        )


def load_feed(paths: list[str], seed: int = 0) -> Feed:
    """The articles of the merged sets of ``paths``, each once, shuffled with ``seed``."""
    articles: dict[str, dict] = {}
    home: dict[str, str] = {}  # article id -> its first set
    parent: dict[str, str] = {}  # union-find over sets that share an article

    def root(name: str) -> str:
        while parent[name] != name:
            name = parent[name]
        return name

    for path in paths:
        corpus = Path(path).stem
        for record in load_corpus(path):
            parent.setdefault(record.id, record.id)
            for entry in record.entries:
                if entry.id in articles:
                    parent[root(record.id)] = root(home[entry.id])
                    continue
                home[entry.id] = record.id
                articles[entry.id] = {
                    "id": entry.id,
                    "title": entry.article.title,
                    "text": entry.article.text,
                    "corpus": corpus,
                }
    order = sorted(articles)
    random.Random(seed).shuffle(order)
    return Feed(
        [{k: articles[i][k] for k in ("id", "title", "text")} for i in order],
        [root(home[i]) for i in order],
        [articles[i]["corpus"] for i in order],
    )


def b_cubed_f1(predicted, truth) -> float:
    """B-cubed F1: per article, the precision and recall of its predicted story against its true one."""
    pairs = Counter(zip(predicted, truth))
    sizes_p, sizes_t = Counter(predicted), Counter(truth)
    precision = sum(n * n / sizes_p[p] for (p, _), n in pairs.items()) / len(truth)
    recall = sum(n * n / sizes_t[t] for (_, t), n in pairs.items()) / len(truth)
    return 2 * precision * recall / (precision + recall)


def score(predicted, truth) -> dict:
    from sklearn.metrics import adjusted_rand_score

    return {
        "ari": float(adjusted_rand_score(truth, predicted)),
        "b_cubed_f1": b_cubed_f1(list(predicted), truth),
        "stories": len(set(predicted)),
    }


def baseline_tree(articles: list[dict]):
    """The average-linkage tree of the baseline (scipy), over 1 - cosine of plain TF-IDF vectors."""
    from sklearn.feature_extraction.text import TfidfVectorizer

    texts = [f"{a.get('title') or ''}\n{a['text']}" for a in articles]
    return _cosine_tree(TfidfVectorizer(stop_words="english", sublinear_tf=True).fit_transform(texts))


def _cosine_tree(vectors):
    from scipy.cluster.hierarchy import linkage
    from scipy.spatial.distance import squareform

    product = vectors @ vectors.T
    distance = np.clip(1.0 - (product.toarray() if hasattr(product, "toarray") else product), 0.0, None)
    np.fill_diagonal(distance, 0.0)
    return linkage(squareform(distance, checks=False), "average")


def baseline_labels(articles: list[dict], threshold: float = BASELINE_THRESHOLD, tree=None) -> np.ndarray:
    from scipy.cluster.hierarchy import fcluster

    tree = baseline_tree(articles) if tree is None else tree
    return fcluster(tree, 1.0 - threshold, "distance")


def stories_labels(articles: list[dict], **options) -> np.ndarray:
    labels = np.empty(len(articles), dtype=np.int64)
    for number, story in enumerate(cluster(articles, **options)):
        labels[list(story.articles)] = number
    return labels


def evaluate(feed: Feed) -> list[tuple[str, dict, float]]:
    """``(system, scores, seconds)`` for the library and the baseline on ``feed``."""
    rows = []
    for name, run in (
        (f"summarizer.cluster (profile, k={NEIGHBOURS}, threshold {THRESHOLD})", stories_labels),
        (f"baseline: TF-IDF + average linkage at cosine {BASELINE_THRESHOLD}", baseline_labels),
    ):
        start = time.perf_counter()
        labels = run(feed.articles)
        rows.append((name, score(labels, feed.truth), time.perf_counter() - start))
    return rows


def fit(feed: Feed) -> None:
    """Print the corpus cross-validation of the threshold (and neighbours) of both systems."""
    corpora = sorted(set(feed.corpus))
    splits = [
        (
            f"held out {c}",
            [i for i, k in enumerate(feed.corpus) if k != c],
            [i for i, k in enumerate(feed.corpus) if k == c],
        )
        for c in corpora
    ]
    splits.append(("all corpora", list(range(len(feed.truth))), None))
    for system, curves in (
        ("summarizer.cluster", _library_curves),
        ("ablation: the library's vectors, average linkage over their direct cosine", _direct_curves),
        ("baseline", _baseline_curves),
    ):
        print(f"\n### {system}\n")
        print("| split | neighbours | threshold | ARI fit | ARI held out | B-cubed F1 held out |")
        print("|---|---:|---:|---:|---:|---:|")
        for name, train, test in splits:
            fitted = curves(feed.subset(train))
            (k, threshold), fit_scores = max(fitted.items(), key=lambda kv: (kv[1]["ari"], -kv[0][1]))
            held = curves(feed.subset(test), only=(k, threshold))[(k, threshold)] if test else None
            print(
                f"| {name} | {k or '-'} | {threshold} | {fit_scores['ari']:.3f} | "
                + (f"{held['ari']:.3f} | {held['b_cubed_f1']:.3f} |" if held else "- | - |")
            )


def _library_curves(feed: Feed, only=None) -> dict:
    _, vectors = article_vectors(feed.articles)
    out = {}
    for k in (only[0],) if only else _NEIGHBOUR_GRID:
        similarity, weights, node = profile_graph(vectors, k)
        merged = merges(similarity, weights, float(min(_GRID)))
        for threshold in (only[1],) if only else _GRID:
            out[k, float(threshold)] = score(cut(len(weights), merged, threshold)[node], feed.truth)
    return out


def _direct_curves(feed: Feed, only=None) -> dict:
    from scipy.cluster.hierarchy import fcluster

    tree = _cosine_tree(article_vectors(feed.articles)[1])
    grid = (only[1],) if only else _GRID
    return {(0, float(t)): score(fcluster(tree, 1.0 - t, "distance"), feed.truth) for t in grid}


def _baseline_curves(feed: Feed, only=None) -> dict:
    tree = baseline_tree(feed.articles)
    grid = (only[1],) if only else _GRID
    return {(0, float(t)): score(baseline_labels(feed.articles, t, tree), feed.truth) for t in grid}


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m evaluation.stories", description=__doc__.splitlines()[0])
    parser.add_argument("corpora", nargs="+", metavar="CORPUS.jsonl", help="merged-set corpora")
    parser.add_argument("--seed", type=int, default=0, help="seed of the shuffle (default: 0)")
    parser.add_argument("--fit", action="store_true", help="print the cross-validation of the thresholds")
    args = parser.parse_args(argv)
    feed = load_feed(args.corpora, args.seed)
    command = shlex.join(["python", "-m", "evaluation.stories", *(sys.argv[1:] if argv is None else argv)])
    print(f"`{command}`: {len(feed.articles)} articles, {len(set(feed.truth))} true stories\n")
    if args.fit:
        fit(feed)
        return 0
    print("| system | ARI | B-cubed F1 | stories | seconds |")
    print("|---|---:|---:|---:|---:|")
    for name, scores, seconds in evaluate(feed):
        print(
            f"| {name} | {scores['ari']:.3f} | {scores['b_cubed_f1']:.3f} | {scores['stories']} | {seconds:.1f} |"
        )
    corpora = sorted(set(feed.corpus))
    print("\nPer corpus (its articles only, scored within the same run):\n")
    print("| corpus | articles | ARI | B-cubed F1 |")
    print("|---|---:|---:|---:|")
    labels = stories_labels(feed.articles)
    for name in corpora:
        keep = [i for i, c in enumerate(feed.corpus) if c == name]
        s = score(labels[keep], [feed.truth[i] for i in keep])
        print(f"| {name} | {len(keep)} | {s['ari']:.3f} | {s['b_cubed_f1']:.3f} |")
    return 0


if __name__ == "__main__":
    sys.exit(main())
