import math

from summarizer import summarize
from summarizer.cohesion import THRESHOLD, article_cohesion, set_cohesion, warning
from summarizer.options import make_options
from summarizer.pipeline import read_document
from summarizer.vectorize import Features


def _features(texts):
    return Features(read_document(texts), make_options(language="english"))


def test_two_articles_that_share_one_of_two_words():
    # One sentence each, so an article's vector is its sentence's TF-IDF row. Smooth IDF over the
    # 2 sentences: apple (in both) ln(3/3) + 1 = 1; banana, cherry ln(3/2) + 1 = 1.405.
    # cos = 1 / (1 + 1.405^2) = 0.336
    idf = math.log(1.5) + 1
    expected = 1 / (1 + idf * idf)
    assert math.isclose(set_cohesion(_features(["Apple banana.", "Apple cherry."])), expected, rel_tol=1e-9)


def test_each_article_against_each_other_one():
    # the first two share nothing with the third: each pair is 1 (same text), 0, 0
    texts = ["Storm floods coast.", "Storm floods coast.", "Markets rally."]
    per_article = article_cohesion(_features(texts))
    assert [round(x, 9) for x in per_article] == [0.5, 0.5, 0.0]  # (1 + 0) / 2, (1 + 0) / 2, (0 + 0) / 2


def test_one_article_has_no_cohesion_and_no_warning():
    assert set_cohesion(_features("Storm floods coast. Markets rally.")) is None
    assert warning(None) is None


def test_a_set_that_shares_nothing_is_flagged():
    brief = summarize(["Storm floods the coast.", "Markets rally on earnings."])
    assert brief.cohesion == 0.0 and brief.warning is not None and str(THRESHOLD) in brief.warning
    assert brief.to_dict()["cohesion"] == 0.0 and brief.to_dict()["warning"] == brief.warning


def test_a_set_of_one_event_is_not_flagged(seed_texts):
    brief = summarize(seed_texts)
    assert brief.cohesion >= THRESHOLD and brief.warning is None


def test_the_cli_formats_print_the_warning():
    from summarizer.cli.outputs import render_markdown, render_text

    record = {"id": "x", **summarize(["Storm floods the coast.", "Markets rally on earnings."]).to_dict()}
    assert "warning: the articles share little" in render_text(record)
    assert "> **warning**: the articles share little" in render_markdown(record)
    one = {"id": "y", **summarize("Storm floods the coast. Towns close roads.").to_dict()}
    assert "warning" not in render_text(one) and "warning" not in render_markdown(one)
