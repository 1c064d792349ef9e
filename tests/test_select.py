import sys

import numpy as np
from hypothesis import given
from hypothesis import strategies as st

from summarizer.budget import ELLIPSIS, resolve_budget
from summarizer.options import make_options
from summarizer.pipeline import read_document
from summarizer.select import cut_to_fit, select_sentences, text_key
from summarizer.vectorize import Features

TEXT = (
    "Rebels seized the northern port on Monday. "
    "Rebels seized the northern port on Monday, witnesses said. "
    "Fuel prices rose across the region. "
    "The government promised an inquiry."
)


def _select(scores, text=TEXT, leans_on=None, **options):
    opts = make_options(**options)
    features = Features(read_document(text), opts)
    budget = resolve_budget(opts, features.document)
    picks = select_sentences(
        np.asarray(scores, dtype=float), features, budget,
        redundancy=opts.redundancy, mmr_lambda=opts.mmr_lambda,
        leans_on=None if leans_on is None else (lambda i: int(leans_on[i])),
    )
    return picks


def _indices(picks):
    return [p.index for p in picks]


def test_the_near_duplicate_is_skipped_and_order_is_by_score():
    assert _indices(_select([4.0, 3.0, 2.0, 1.0], sentences=3, redundancy=0.5)) == [0, 2, 3]


def test_a_loose_threshold_keeps_the_near_duplicate():
    assert _indices(_select([4.0, 3.0, 2.0, 1.0], sentences=2, redundancy=0.99, mmr_lambda=1.0)) == [0, 1]


def test_mmr_prefers_a_novel_sentence_over_a_slightly_better_similar_one():
    # Salience scaled to [0, 1]: 1.0, 0.9, 0.8, 0. After sentence 0, sentence 1 (cosine ~0.9 with it,
    # under the 0.95 threshold) gains 0.5 * 0.9 - 0.5 * 0.9 = 0; sentence 2 (cosine 0) gains 0.4.
    picks = _select([10.0, 9.0, 8.0, 0.0], sentences=2, redundancy=0.95, mmr_lambda=0.5)
    assert _indices(picks) == [0, 2]


def test_a_word_cap_is_never_exceeded_and_shorter_sentences_fill_it():
    # 7 words (best), then 8 (does not fit in 12), then 6 (fits: 7 + 6 = 13 > 12, no), then 5.
    picks = _select([4.0, 3.0, 2.0, 1.0], words=12, redundancy=0.99, mmr_lambda=1.0)
    assert _indices(picks) == [0, 3]  # 7 + 5 = 12 words


def test_a_character_cap_counts_one_space_between_sentences():
    first, third = "Rebels seized the northern port on Monday.", "Fuel prices rose across the region."
    exact = len(first) + 1 + len(third)  # the second (59 characters) does not fit after the first
    assert _indices(_select([4.0, 3.0, 2.0, 1.0], characters=exact, redundancy=0.99)) == [0, 2]
    # One character less: neither the third nor the fourth (35 characters each) fits any more.
    assert _indices(_select([4.0, 3.0, 2.0, 1.0], characters=exact - 1, redundancy=0.99)) == [0]


def test_when_no_sentence_fits_the_best_is_cut_at_a_word_and_marked():
    picks = _select([1.0, 4.0, 2.0, 3.0], words=3)
    assert len(picks) == 1 and picks[0].index == 1 and picks[0].truncated
    sentence = read_document(TEXT).sentences[1].text
    assert sentence[: picks[0].kept] == "Rebels seized the"


def test_cut_to_fit_keeps_whole_words_within_characters_and_never_nothing():
    budget = resolve_budget(make_options(characters=12), read_document(TEXT))
    kept = cut_to_fit("Rebels seized the northern port.", budget)
    assert kept == len("Rebels") and kept + len(ELLIPSIS) <= 12  # "Rebels seized" + "…" is 14
    tiny = resolve_budget(make_options(characters=3), read_document(TEXT))
    assert cut_to_fit("Government", tiny) == 2  # a word longer than the cap is cut inside


def test_equal_scores_go_to_the_earlier_sentence():
    assert _indices(_select(np.zeros(4), sentences=1)) == [0]


LEANING = (
    "The mayor opened the new bridge on Monday. "
    "He said it would cut journeys by half. "
    "Traffic on the old road fell at once. "
    "Shops near the river reported more customers."
)


def test_a_leaning_sentence_comes_with_the_one_it_leans_on_or_not_at_all():
    leans = np.array([-1, 0, -1, -1])
    # "He said..." is best; with room for two, the sentence it leans on comes first.
    assert _indices(_select([1.0, 4.0, 2.0, 0.5], LEANING, leans, sentences=2)) == [0, 1]
    # With room for one, it is passed over for the best sentence that stands alone.
    assert _indices(_select([1.0, 4.0, 2.0, 0.5], LEANING, leans, sentences=1)) == [2]


def test_a_budget_as_large_as_the_input_takes_every_novel_sentence():
    picks = _select([4.0, 3.0, 2.0, 1.0], words=100_000)
    assert sorted(_indices(picks)) == [0, 2, 3]


# Spacing of every kind (ASCII and Unicode whitespace, runs of it, at either end), case, and
# characters that are not printable but are no whitespace either (a soft hyphen, a zero-width space).
SPACING = [
    " ", "  ", "\t", "\n", "\r\n", "\u00a0", "\u2003", "\u2028", "\x1c", "\u00ad", "\u200b", "ß", "İ", "Straße", "A", "b.",
]


@given(st.lists(st.sampled_from(SPACING) | st.text(max_size=4), max_size=20).map("".join))
def test_text_key_is_the_casefolded_words_joined_by_one_space(text):
    assert text_key(text) == " ".join(text.casefold().split())


def test_text_key_by_hand():
    assert text_key("  He  SAID\tso.\n") == "he said so." == text_key("he said so.")
    assert text_key("Die Straße") == "die strasse" and text_key("") == ""


def test_every_whitespace_character_but_the_space_is_unprintable():
    # What text_key's shortcut rests on: a printable casefolded text has no whitespace but " ".
    assert [c for c in map(chr, range(sys.maxunicode + 1)) if c.isspace() and c.isprintable()] == [" "]


def test_standardize_is_the_z_scores_with_constant_rows_zero_to_the_bit():
    # The division everywhere when no row is constant (the least spread positive), else the masked one.
    from summarizer.select import standardize

    def masked(x):  # the definition: the division only where the spread is positive
        x = np.asarray(x, dtype=np.float64)
        centred = x - np.add.reduce(x, axis=-1, keepdims=True) / x.shape[-1]
        spread = np.sqrt(np.einsum("...i,...i->...", centred, centred) / x.shape[-1])[..., None]
        return np.divide(centred, spread, out=np.zeros_like(centred), where=spread > 0)

    rng = np.random.default_rng(2)
    cases = [rng.random((7, n)) for n in (1, 2, 25, 70)] + [rng.random(9), [1, 2, 3], np.zeros((0, 4))]
    constant = rng.random((7, 25))
    constant[4] = 0.0  # an article without a title: its title signal constant
    cases.append(constant)
    for x in cases:
        assert np.array_equal(standardize(x), masked(x))
    assert not standardize(constant)[4].any()
