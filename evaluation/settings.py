"""One source of defaults for the evaluation: budgets, baselines and statistics.

The library's own defaults (the headline length) are read from :data:`summarizer.DEFAULTS`, never
repeated here; what lives here is what only the evaluation decides.
"""

from __future__ import annotations

from dataclasses import asdict, dataclass

from summarizer import DEFAULTS

__all__ = ["METRICS", "SETTINGS", "Settings"]

#: rouge-score's names for ROUGE-1, ROUGE-2 and ROUGE-L (Lin 2004), in table order.
METRICS = ("rouge1", "rouge2", "rougeL")


@dataclass(frozen=True)
class Settings:
    """Everything that changes the numbers of an evaluation run, besides the corpus and the systems."""

    #: Budget of a brief of a merged set (``merged`` and ``human`` on sets): DUC's 100-word task.
    set_words: int = 100
    #: Budget of a brief of one article scored against its human summary (BBC: 5 sentences).
    human_sentences: int = 5
    #: Budget of a brief of a news article with its lead in place, scored against the journalists'
    #: highlights (``news``): the three sentences of CNN/DailyMail's Lead-3 and of its published systems.
    news_sentences: int = 3
    #: A text of one paragraph has no lead paragraph: its lead is its first sentences up to this many words.
    lead_min_words: int = 20
    #: The ``prefix`` headline baseline: DUC 2003 task 1 capped very short summaries at 75 bytes and
    #: used the first 75 bytes of the document as its baseline (Over & Yen 2003).
    prefix_chars: int = 75
    #: A headline's words: ``None`` is the library's default (:meth:`summarizer.Options.headline_budget`:
    #: an aim a line may run a little past to close its last phrase); the baselines cut to the aim.
    headline_words: int | None = DEFAULTS.headline_words
    #: DUC 2003 task 1 cut every very short summary to 75 bytes and scored it by ROUGE recall (Over &
    #: Yen 2003): ``headline_bytes=75, measure="recall"`` reproduce that figure; None keeps headlines whole.
    headline_bytes: int | None = None
    #: Characters the systems that make their own line are told to fit it in (the library's
    #: ``headline_characters``); None: the library's default line, cut to ``headline_bytes`` if given (the
    #: figure every earlier DUC table reports). DUC 2003 told its systems the 75 bytes:
    #: ``headline_characters=75`` measures the library's line made to fit them.
    headline_characters: int | None = None
    #: What the tables report of each ROUGE score: ``f1`` or ``recall``.
    measure: str = "f1"
    #: Bootstrap (Efron & Tibshirani 1993): resamples of the items, interval, and the seed shared by
    #: the bootstrap and the ``random`` baseline so that a run can be repeated exactly.
    resamples: int = 1000
    confidence: float = 0.95
    seed: int = 0
    #: Worker processes; the sumy methods are slow on merged sets (sumy-kl ~35 s a DUC set).
    jobs: int = 1

    def to_dict(self) -> dict:
        return asdict(self)


SETTINGS = Settings()
