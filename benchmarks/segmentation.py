"""Sentence segmentation: accuracy and speed of ours against pysbd and an untrained NLTK Punkt.

Usage::

    python benchmarks/segmentation.py ../shared/data/segmentation_gold_bbc100.jsonl [--repeat 5]

The gold file holds JSON lines ``{"id", "text", "sentences"}``. Each paragraph of ``text`` (paragraphs
are separated by blank lines) is segmented on its own, and the sentences of an article are compared
with the gold ``sentences`` as multisets of exact strings; precision, recall and F1 are micro-averaged
over articles. Speed is words (whitespace-separated tokens) per second over all paragraphs, the best
of ``--repeat`` passes, in this process. Prints a markdown table.
"""

import argparse
import collections
import json
import re
import sys
import time
from pathlib import Path

_PARAGRAPH_BREAK = re.compile(r"\n\s*\n")


def _ours():
    try:
        from summarizer.segment import split_sentences
    except ImportError:  # run from a checkout without installing the package
        sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
        from summarizer.segment import split_sentences

    return lambda paragraph: [paragraph[s:e] for s, e in split_sentences(paragraph)]


def _pysbd():
    import pysbd

    segmenter = pysbd.Segmenter(language="en", clean=False)
    return lambda paragraph: [s.strip() for s in segmenter.segment(paragraph) if s.strip()]


def _punkt():
    from nltk.tokenize.punkt import PunktSentenceTokenizer

    # No training text: Punkt's default parameters, so that no data has to be downloaded.
    return PunktSentenceTokenizer().tokenize


SEGMENTERS = {"ours": _ours, "pysbd": _pysbd, "punkt (untrained)": _punkt}


def load(path):
    """Articles as (paragraphs, gold sentences) pairs."""
    articles = []
    with open(path, encoding="utf-8") as f:
        for line in f:
            if line.strip():
                item = json.loads(line)
                paragraphs = [p for p in _PARAGRAPH_BREAK.split(item["text"]) if p.strip()]
                articles.append((paragraphs, item["sentences"]))
    return articles


def score(segment, articles):
    """Micro-averaged precision, recall and F1 of exact sentences."""
    true_pos = n_pred = n_gold = 0
    for paragraphs, gold in articles:
        predicted = collections.Counter(s for p in paragraphs for s in segment(p))
        expected = collections.Counter(gold)
        true_pos += sum((predicted & expected).values())
        n_pred += sum(predicted.values())
        n_gold += len(gold)
    precision = true_pos / n_pred if n_pred else 0.0
    recall = true_pos / n_gold if n_gold else 0.0
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    return precision, recall, f1


def words_per_second(segment, paragraphs, repeat):
    """Best-of-``repeat`` throughput over all paragraphs."""
    n_words = sum(len(p.split()) for p in paragraphs)
    best = float("inf")
    for _ in range(repeat):
        tic = time.perf_counter()
        for p in paragraphs:
            segment(p)
        best = min(best, time.perf_counter() - tic)
    return n_words / best


def main(argv=None):
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("gold", help="JSON lines with id, text and sentences")
    parser.add_argument("--repeat", type=int, default=5, help="timed passes; the best is kept")
    args = parser.parse_args(argv)

    articles = load(args.gold)
    paragraphs = [p for ps, _ in articles for p in ps]
    rows = []
    for name, factory in SEGMENTERS.items():
        segment = factory()
        rows.append((name, *score(segment, articles), words_per_second(segment, paragraphs, args.repeat)))

    ours_speed = rows[0][-1]
    n_sentences = sum(len(gold) for _, gold in articles)
    print(
        f"{len(articles)} articles, {len(paragraphs)} paragraphs, {n_sentences} gold sentences, "
        f"best of {args.repeat} passes\n"
    )
    print("| segmenter | precision | recall | F1 | words/s | ours is x faster |")
    print("|---|---:|---:|---:|---:|---:|")
    for name, precision, recall, f1, speed in rows:
        ratio = "-" if name == "ours" else f"{ours_speed / speed:.1f}"
        print(f"| {name} | {precision:.4f} | {recall:.4f} | {f1:.4f} | {speed:,.0f} | {ratio} |")


if __name__ == "__main__":
    main()
