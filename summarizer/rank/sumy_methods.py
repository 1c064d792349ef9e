"""sumy's algorithms as further methods, fed with our segmentation, stop words and stemmer.

sumy's own ``Tokenizer("english")`` needs NLTK's punkt data, which cannot be downloaded here, so the
document model is built from our sentences directly and sumy gets a tokenizer object of ours. Scores
are read through sumy's public "count" hook: ``_get_best_sentences`` hands a callable count the list
of ``SentenceInfo(sentence, order, rating)`` for every sentence, which we keep instead of cutting.
"""

from __future__ import annotations

import warnings
from functools import cache

import numpy as np
from threadpoolctl import threadpool_limits

from ..language import stemmer, stop_words, words
from ..vectorize import Features

__all__ = ["RANKERS", "SumyTokenizer"]

# Our name -> the sumy summarizer class, imported lazily (sumy is slow to import and rarely used).
_CLASSES = {
    "sumy-lsa": (
        "sumy.summarizers.lsa", "LsaSummarizer",
        "sumy's LSA (Steinberger & Jezek 2004): sentences that carry the main latent topics",
    ),
    "sumy-luhn": ("sumy.summarizers.luhn", "LuhnSummarizer", "sumy's Luhn (1958): clusters of significant words"),
    "sumy-lexrank": ("sumy.summarizers.lex_rank", "LexRankSummarizer", "sumy's LexRank implementation"),
    "sumy-textrank": ("sumy.summarizers.text_rank", "TextRankSummarizer", "sumy's TextRank implementation"),
    "sumy-sumbasic": (
        "sumy.summarizers.sum_basic", "SumBasicSummarizer",
        "sumy's SumBasic (Nenkova & Vanderwende 2005): frequent words, updated as chosen",
    ),
    "sumy-kl": (
        "sumy.summarizers.kl", "KLSummarizer",
        "sumy's KL-Sum (Haghighi & Vanderwende 2009): the word distribution closest to the text's",
    ),
    "sumy-edmundson": (
        "sumy.summarizers.edmundson", "EdmundsonSummarizer",
        "sumy's Edmundson (1969): cue words, title words and position",
    ),
}


class SumyTokenizer:
    """The tokenizer object sumy expects, backed by our offline segmenter and word pattern."""

    def __init__(self, language: str = "english"):
        self.language = language

    def to_sentences(self, paragraph: str) -> tuple[str, ...]:
        from ..segment import split_sentences

        return tuple(paragraph[s:e] for s, e in split_sentences(paragraph))

    def to_words(self, sentence: str) -> tuple[str, ...]:
        return tuple(words(sentence))


def _rank_with(name: str):
    def rank(features: Features) -> np.ndarray:
        import importlib

        from sumy.models.dom import ObjectDocumentModel, Paragraph, Sentence

        module, cls, _ = _CLASSES[name]
        language = features.options.language
        tokenizer = SumyTokenizer(language)
        doc = features.document
        paragraphs: dict[tuple[int, int], list] = {}
        for article, parsed in enumerate(doc.articles):
            if parsed.title:  # a heading, for Edmundson's title and location methods
                paragraphs[(article, -1)] = [Sentence(parsed.title, tokenizer, is_heading=True)]
        for s in doc.sentences:
            paragraphs.setdefault((s.article, s.paragraph), []).append(Sentence(s.text, tokenizer))
        model = ObjectDocumentModel(tuple(Paragraph(p) for _, p in sorted(paragraphs.items())))

        summarizer_class = getattr(importlib.import_module(module), cls)
        if name == "sumy-edmundson":
            summarizer = _edmundson(summarizer_class, features)
        elif name == "sumy-kl":
            summarizer = _incremental_kl(summarizer_class)(stemmer(language))
            summarizer.stop_words = stop_words(language)
        else:
            summarizer = summarizer_class(stemmer(language))
            summarizer.stop_words = stop_words(language)  # sumy is configured by attributes
        ratings = np.zeros(len(doc.sentences))

        def keep_all(infos):
            for info in infos:
                ratings[info.order] = float(info.rating)
            return infos

        # sumy's LexRank divides by a zero norm on degenerate graphs and its LSA warns on short
        # inputs: a library must not print, the ratings are still defined. One BLAS thread: LSA's
        # SVD of a few hundred sentences gains nothing from more, and on a busy machine OpenBLAS's
        # spinning threads made it take 9 s instead of 0.14 s.
        with np.errstate(all="ignore"), warnings.catch_warnings(), threadpool_limits(1):
            warnings.simplefilter("ignore")
            summarizer(model, keep_all)
        return ratings

    return rank


def _edmundson(summarizer_class, features: Features):
    """Edmundson (1969) with the methods that apply without hand-made cue lists: key, title, location.

    Bonus (key) words are the content words of the titles, or the ten most frequent content words
    when there is no title; null words are the stop words.
    """
    from collections import Counter

    language = features.options.language
    title_words = [w for t in features.document.titles if t for w in words(t.lower())]
    stop = stop_words(language)
    bonus = [w for w in title_words if w not in stop]
    if not bonus:
        counts = Counter(w for s in features.document.sentences for w in words(s.text.lower()) if w not in stop)
        bonus = [w for w, _ in counts.most_common(10)] or ["news"]
    summarizer = summarizer_class(stemmer(language), cue_weight=0.0, key_weight=1.0, title_weight=1.0, location_weight=1.0)
    summarizer.bonus_words = bonus
    summarizer.null_words = stop or {"the"}
    return summarizer


@cache
def _incremental_kl(kl_class):
    """sumy's KL-Sum with the same ratings, computed without its cubic cost.

    sumy's ``KLSummarizer`` orders *every* sentence greedily, and at each of the n steps rebuilds the
    word counts of the whole summary for each of the n candidates: O(n^3) word operations in Python,
    30 to 70 seconds for a DUC set of 300 sentences. This subclass keeps sumy's own word lists
    (``compute_tf``, ``_get_content_words_in_sentence``, the summary's raw ``words``), its divergence
    ``sum(p * log(p / q))`` over the words of the joint distribution that the document has, and its
    first-minimum choice, but holds the counts in arrays and updates the summary's once per step.
    ``tests/test_sumy_kl.py`` checks that the ratings equal sumy's.
    """

    class IncrementalKL(kl_class):
        def _compute_ratings(self, sentences):
            word_freq = self.compute_tf(sentences)
            index = {w: i for i, w in enumerate(word_freq)}
            doc = np.fromiter(word_freq.values(), dtype=np.float64, count=len(word_freq))
            sentences = list(sentences)
            content = [self._get_content_words_in_sentence(s) for s in sentences]
            counts = np.zeros((len(sentences), max(len(index), 1)))
            for i, words_ in enumerate(content):
                for w in words_:
                    if w in index:
                        counts[i, index[w]] += 1.0
            lengths = np.array([len(w) for w in content], dtype=np.float64)
            summary = np.zeros(counts.shape[1])
            summary_length = 0
            remaining = list(range(len(sentences)))
            ratings = {}
            with np.errstate(divide="ignore", invalid="ignore"):
                while remaining:
                    joint = (counts[remaining] + summary) / (lengths[remaining] + summary_length)[:, None]
                    terms = np.where(joint > 0, doc[: joint.shape[1]] * np.log(doc[: joint.shape[1]] / joint), 0.0)
                    best = remaining.pop(int(np.argmin(terms.sum(axis=1))))
                    for w in sentences[best].words:  # sumy adds the summary's words as they are written
                        if w in index:
                            summary[index[w]] += 1.0
                    summary_length += len(sentences[best].words)
                    ratings[sentences[best]] = -1 * len(ratings)
            return ratings

    return IncrementalKL


#: Our name -> (ranker, one-line description).
RANKERS = {name: (_rank_with(name), spec[2]) for name, spec in _CLASSES.items()}
