from summarizer import Article, summarize
from summarizer.order import in_order, parse_date
from summarizer.pipeline import read_document
from summarizer.select import Pick

# sentences: 0 = A0 (article 0, position 0), 1 = A1, 2 = B0 (article 1, position 0), 3 = B1
SET = ["Storm nears coast. Towns flood.", "Storm hits coast. Roads close."]


def _order(indices, order, dates=()):
    return [p.index for p in in_order([Pick(i) for i in indices], read_document(SET), order, dates)]


def test_rank_keeps_the_selection_order_and_source_the_text_order():
    assert _order([3, 0, 2], "rank") == [3, 0, 2]
    assert _order([3, 0, 2], "source") == [0, 2, 3]


def test_event_without_dates_reads_by_position_in_each_article():
    assert _order([3, 1, 2, 0], "event") == [0, 2, 1, 3]  # the two leads, then what each adds


def test_event_with_dates_reads_the_earlier_report_first():
    assert _order([3, 1, 2, 0], "event", ["2025-04-24", "2025-04-23T08:00:00+00:00"]) == [2, 3, 0, 1]


def test_event_falls_back_to_position_when_a_date_is_missing_or_unreadable():
    assert _order([3, 1, 2, 0], "event", ["2025-04-24", None]) == [0, 2, 1, 3]
    assert _order([3, 1, 2, 0], "event", ["2025-04-24", "yesterday"]) == [0, 2, 1, 3]


def test_a_date_without_a_zone_is_read_as_utc():
    assert parse_date("2025-04-23") < parse_date("2025-04-23T01:00:00+00:00")
    assert parse_date("") is None


def test_the_pipeline_orders_a_dated_set_by_date():
    late, early = Article(SET[0], date="2025-04-24"), Article(SET[1], date="2025-04-23")
    brief = summarize([late, early], sentences=4, redundancy=0.99, set_redundancy=0.99)
    assert [s.article for s in brief.sentences] == [1, 1, 0, 0]


def test_event_order_of_one_article_is_its_order(seed_texts):
    text = seed_texts[0]
    assert summarize(text, sentences=4) == summarize(text, sentences=4, order="source")
