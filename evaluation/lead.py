"""The lead split: an article's lead (the reference) set apart from the rest of its body (the input).

The split reads the article with :func:`summarizer.pipeline.read_document`, so the reference, the
input and every baseline see the same title detection, paragraphs and sentences as the systems.
"""

from __future__ import annotations

from dataclasses import dataclass

from summarizer import Article
from summarizer.language import words
from summarizer.pipeline import read_document

__all__ = ["LeadSplit", "count_words", "split_lead"]


def count_words(text: str) -> int:
    """Words as the library counts them for its ``words=N`` budget, so budgets mean the same on both sides."""
    return len(words(text))


@dataclass(frozen=True)
class LeadSplit:
    """One article cut in two at the end of its lead."""

    #: The title given with the article, else the one the parser detected in the text, else None.
    title: str | None
    #: The first body paragraph, or in a one-paragraph text its first sentences up to ``min_words``.
    lead: str
    #: The body after the lead, paragraphs separated by a blank line ("" when nothing is left).
    rest: str
    #: The whole body, lead included, without the title lines (title, teaser, dek, cross-heads).
    body: str

    def without_lead(self) -> Article | None:
        """The input of the held-out-lead protocols: the title and the rest, or None if no word is left."""
        return Article(self.rest, self.title) if count_words(self.rest) else None


def split_lead(article: Article, min_words: int) -> LeadSplit:
    """Split ``article`` at the end of its lead; raises :class:`summarizer.EmptyInputError` for no text."""
    document = read_document(article)
    parsed = document.articles[0]
    text = parsed.text
    # The lead paragraph is the one holding the first sentence: a paragraph of punctuation only
    # (a stray "." line) has no sentence and cannot be a reference.
    first = document.sentences[0].paragraph
    paragraphs = [text[s:e] for s, e in parsed.paragraphs]
    if len(document.sentences) > 1 and all(s.paragraph == first for s in document.sentences):
        # One paragraph (wire copy, Lee): the lead is the first sentences until min_words is reached.
        taken, total = [], 0
        for sentence in document.sentences[:-1]:  # at least one sentence is left for the input
            taken.append(sentence)
            total += count_words(sentence.text)
            if total >= min_words:
                break
        lead = text[taken[0].start : taken[-1].end]
        _, paragraph_end = parsed.paragraphs[first]
        rest = [text[taken[-1].end : paragraph_end].strip(), *paragraphs[first + 1 :]]
    else:
        lead = paragraphs[first]
        rest = paragraphs[first + 1 :]
    return LeadSplit(
        title=parsed.title,
        lead=lead,
        rest="\n\n".join(p for p in rest if p),
        body="\n\n".join(paragraphs[first:]),
    )
