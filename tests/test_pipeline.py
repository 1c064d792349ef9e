"""The public surface: invariants of every brief, on the seeds and on small texts written here."""

import numpy as np
import pytest

from summarizer import (
    Article,
    EmptyInputError,
    InputTypeError,
    UnknownMethodError,
    headline,
    list_methods,
    summarize,
)
from summarizer.language import words
from summarizer.vectorize import Features
from summarizer.options import Options, make_options
from summarizer.pipeline import read_document

SHORT = "The council approved the budget on Monday. Critics said the plan cuts libraries. The vote was 7 to 2."


def _check_offsets(brief, texts):
    for s in brief.sentences:
        assert texts[s.article][s.start : s.end] == s.text


def test_every_method_runs_offline_on_the_seeds_and_offsets_hold(seed_texts):
    for method in list_methods():
        brief = summarize(seed_texts, method=method, keyphrases=3)
        assert brief.method == method and 1 <= len(brief.sentences) <= 5
        _check_offsets(brief, seed_texts)


def test_list_methods_names_ours_and_sumys():
    methods = list_methods()
    assert methods[0] == "default"
    assert {"textrank", "lexrank", "tfidf", "sumy-lsa", "sumy-luhn", "sumy-lexrank", "sumy-textrank",
            "sumy-sumbasic", "sumy-kl", "sumy-edmundson"} <= set(methods)


def test_source_forms_are_equivalent(plain_seed):
    as_string = summarize(plain_seed)
    assert summarize(Article(plain_seed)) == as_string
    assert summarize({"text": plain_seed}) == as_string
    assert summarize([plain_seed]) == as_string


@pytest.mark.parametrize("budget", [dict(sentences=1), dict(sentences=4), dict(ratio=0.25), dict(words=60)])
def test_budget_holds(seed_texts, budget):
    brief = summarize(seed_texts, **budget, redundancy=0.99, order="rank")
    n_in = len(read_document(seed_texts).sentences)
    count = len(brief.sentences)
    if "sentences" in budget:
        assert count == budget["sentences"]
    elif "ratio" in budget:
        assert count == int(np.ceil(0.25 * n_in))
    else:  # a cap: at most 60 words, filled with whole sentences (the seeds' are 10 to 40 words long)
        used = sum(len(words(s.text)) for s in brief.sentences)
        assert 40 <= used <= 60 and not any(s.truncated for s in brief.sentences)


def test_budget_never_exceeds_the_input():
    assert len(summarize(SHORT, sentences=10).sentences) == 3
    assert len(summarize(SHORT, words=1000).sentences) == 3


def test_no_chosen_pair_is_above_the_redundancy_threshold(seed_texts):
    options = make_options(sentences=8, redundancy=0.3)
    brief = summarize(seed_texts, options=options)
    features = Features(read_document(seed_texts), options)
    index = {(s.article, s.start): i for i, s in enumerate(features.document.sentences)}
    chosen = [index[(s.article, s.start)] for s in brief.sentences]
    sim = np.array([features.similarities_to(i)[chosen] for i in chosen])
    np.fill_diagonal(sim, 0)
    assert len(chosen) > 1 and sim.max() <= 0.3


def test_duplicated_articles_do_not_repeat_a_sentence(plain_seed):
    brief = summarize([plain_seed, plain_seed], sentences=5)
    texts = [s.text for s in brief.sentences]
    assert len(texts) == len(set(texts))


def test_source_order_and_rank_order(seed_texts):
    by_source = summarize(seed_texts, order="source")
    by_rank = summarize(seed_texts, order="rank")
    assert sorted(by_rank.sentences, key=lambda s: (s.article, s.start)) == list(by_source.sentences)
    keys = [(s.article, s.start) for s in by_source.sentences]
    assert keys == sorted(keys)
    assert [s.score for s in by_rank.sentences][0] == max(s.score for s in by_rank.sentences)


def test_output_is_deterministic(seed_texts):
    assert summarize(seed_texts, method="default") == summarize(seed_texts, method="default")
    assert summarize(seed_texts, method="sumy-lsa") == summarize(seed_texts, method="sumy-lsa")


def test_headline_respects_its_word_cap_and_comes_from_the_text(seed_texts):
    for cap in (3, 6, 12):
        line = summarize(seed_texts, headline_words=cap).headline
        assert 1 <= len(line.split()) <= cap
    assert headline(seed_texts[1]) == summarize(seed_texts[1]).headline


def test_detected_and_given_titles_are_offered(seed_texts):
    brief = summarize(seed_texts)
    assert brief.titles[0].startswith("Tragic Missile Attack") and brief.titles[1] is None
    assert summarize(Article(SHORT, title="Budget passes")).titles == ("Budget passes",)


@pytest.mark.parametrize("text", ["", "   \n\t ", "...", "?!"])
def test_empty_input_raises_a_named_error(text):
    with pytest.raises(EmptyInputError, match="no sentence"):
        summarize(text)


@pytest.mark.parametrize("source", [None, 42, b"bytes", [1, 2], {"title": "no text"}, Article(text=3)])
def test_wrong_types_raise_input_type_error(source):
    with pytest.raises(InputTypeError):
        summarize(source)


def test_empty_list_and_unknown_method():
    with pytest.raises(EmptyInputError):
        summarize([])
    with pytest.raises(UnknownMethodError, match="textrank"):
        summarize(SHORT, method="nope")


@pytest.mark.parametrize(
    "text",
    ["Hello.", "word", "the of and to a in is it", "no punctuation at all just words running on and on",
     "Same line. Same line. Same line. Same line."],
)
def test_edge_cases_give_a_non_empty_brief_and_headline(text):
    brief = summarize(text)
    assert brief.sentences and brief.headline
    _check_offsets(brief, [text])


def test_one_word_sentences_and_all_stop_words_rank_without_error():
    text = " ".join(["Yes."] * 50)
    assert len(summarize(text, sentences=3).sentences) == 1  # the same sentence is said once
    assert summarize("It was. It is. It will be.", method="textrank").sentences


def test_a_long_text_is_summarized(seed_texts):
    long_text = "\n\n".join(seed_texts * 40)
    brief = summarize(long_text, sentences=5)
    assert len(brief.sentences) == 5
    _check_offsets(brief, [long_text])


def test_stats_count_what_was_read():
    brief = summarize(SHORT)
    assert brief.stats() == {"articles": 1, "sentences_in": 3, "words_in": len(words(SHORT))}
    assert set(brief.to_dict()) == {
        "headline", "brief", "keyphrases", "method", "titles", "language", "metadata", "cohesion", "warning"
    }


def test_an_empty_article_does_not_make_a_set():
    text = "The council approved the budget. Critics said the plan cuts libraries. The vote was 7 to 2. It passed."
    assert summarize([text, ""]).sentences == summarize(text).sentences


def test_past_the_graph_cap_the_kept_sentences_keep_their_salience_range(seed_texts):
    from summarizer.budget import resolve_budget
    from summarizer.rank import rank_sentences

    features = Features(read_document(seed_texts), Options(max_graph_sentences=20))
    scores = rank_sentences(features, "textrank", resolve_budget(features.options, features.document))
    kept = np.sort(scores)[-20:]
    assert len(scores) > 20 and np.all(np.sort(scores)[:-20] < kept.min())
    # The rest sit a sliver below the kept, so scaling to [0, 1] leaves the kept nearly all the range.
    assert (kept.max() - kept.min()) / (scores.max() - scores.min()) > 0.99
