"""Story clustering at feed scale: ``--cluster`` on 10,000 articles, beside a plain run of the same feed.

    .venv/bin/python benchmarks/stories.py ../shared/data/duc2003_clusters_dev.jsonl \\
        ../shared/data/tac_clusters_dev.jsonl ../shared/data/multiling2011_en_clusters.jsonl

The development sets are too small for a day of a feed, so they are replicated: the articles of the
merged-set corpora (read once, as ``python -m evaluation.stories`` reads them) are copied until the feed
holds ``--articles`` items, and each copy keeps a random ``--keep`` of its sentences (its title and
first sentence always), so copies are near duplicates, as wire stories run by several outlets are, and
the stories grow to several times their size. The feed is shuffled and written to a temporary file.

Printed: :func:`summarizer.cluster` alone at a quarter, half and all of the feed (how the cost grows),
with its ARI and B-cubed F1 against the true sets; then ``python -m summarizer FEED --cluster`` end to
end (reading, clustering, a merged brief per story, writing) beside ``python -m summarizer FEED`` (a
brief per article), both with ``--jobs`` 1 and 2, in this process as ``cli_throughput.py`` runs them.
"""

from __future__ import annotations

import argparse
import json
import os
import random
import re
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from summarizer import cluster  # noqa: E402
from summarizer.cli import main as cli_main  # noqa: E402

from evaluation.stories import load_feed, score  # noqa: E402

from cli_throughput import _timed  # noqa: E402  (this folder is on the path of a script run from it)

_SENTENCE_END = re.compile(r"(?<=[.!?])\s+")


def replicate(
    articles: list[dict], truth: list[str], total: int, keep: float, seed: int
) -> tuple[list[dict], list[str]]:
    """``total`` articles: the originals, then copies that keep a random ``keep`` of their sentences."""
    rng = random.Random(seed)
    feed, labels = list(articles), list(truth)
    copy = 0
    while len(feed) < total:
        copy += 1
        for article, label in zip(articles, truth):
            if len(feed) == total:
                break
            sentences = _SENTENCE_END.split(article["text"])
            kept = [s for i, s in enumerate(sentences) if i == 0 or rng.random() < keep]
            feed.append({"id": f"{article['id']}~{copy}", "title": article["title"], "text": " ".join(kept)})
            labels.append(label)
    order = list(range(len(feed)))
    rng.shuffle(order)
    return [feed[i] for i in order], [labels[i] for i in order]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("corpora", nargs="+", help="merged-set JSONL corpora")
    parser.add_argument("--articles", type=int, default=10_000, help="articles in the feed (default: 10000)")
    parser.add_argument(
        "--keep", type=float, default=0.7, help="share of sentences a copy keeps (default: 0.7)"
    )
    parser.add_argument("--jobs", type=int, nargs="+", default=[1, 2])
    parser.add_argument("--seed", type=int, default=0)
    args = parser.parse_args()

    source = load_feed(args.corpora, args.seed)
    articles, truth = replicate(source.articles, source.truth, args.articles, args.keep, args.seed)
    print(
        f"feed: {len(articles)} articles from {len(source.articles)} originals, {len(set(truth))} true stories"
    )
    for n in sorted({len(articles) // 4, len(articles) // 2, len(articles)}):
        started, cpu = time.perf_counter(), time.process_time()
        stories = cluster(articles[:n])
        seconds, cpu = time.perf_counter() - started, time.process_time() - cpu
        labels = [0] * n
        for number, story in enumerate(stories):
            for position in story.articles:
                labels[position] = number
        scores = score(labels, truth[:n])
        print(
            f"cluster() on {n} articles: {seconds:.1f} s ({cpu:.1f} s of CPU), {len(stories)} stories, "
            f"ARI {scores['ari']:.3f}, B-cubed F1 {scores['b_cubed_f1']:.3f}"
        )
    with tempfile.TemporaryDirectory() as tmp:
        path = os.path.join(tmp, "feed.jsonl")
        with open(path, "w", encoding="utf-8") as f:
            f.writelines(json.dumps(a, ensure_ascii=False) + "\n" for a in articles)
        output = os.path.join(tmp, "out.jsonl")
        for jobs in args.jobs:
            for label, extra in (("--cluster", ["--cluster"]), ("plain", [])):
                argv = [path, "-o", output, "--no-progress", "--jobs", str(jobs), *extra]
                wall, cpu, own = _timed(cli_main, argv)
                children = cpu - own
                with open(output, encoding="utf-8") as f:
                    records = sum(1 for _ in f)
                # On an idle machine the workers share the cores and the parent's serial part adds up.
                idle = own + children / max(1, min(jobs, os.cpu_count() or 1))
                print(
                    f"--jobs {jobs} {label}: {wall:.1f} s for {len(articles)} articles, {records} records; "
                    f"CPU {own:.1f} s in this process + {children:.1f} s in workers "
                    f"(about {idle:.0f} s of wall time on {jobs} idle cores)"
                )
    print(f"load average over the last minute: {os.getloadavg()[0]:.2f} on {os.cpu_count()} cores")


if __name__ == "__main__":
    main()
