"""Tests of the evaluation: lead split, budget rule, references, bootstrap, systems, and the CLI on the seeds.

Expected values are worked out by hand on tiny texts written here; nothing reads ``shared/data``.
"""

import json

import numpy as np
import pytest
from rouge_score import tokenizers

from evaluation import (
    SEEDS,
    CorpusError,
    Item,
    Settings,
    UnknownProtocolError,
    build_items,
    count_words,
    default_systems,
    fill_budget,
    load_corpus,
    mean_scores,
    run_protocol,
    split_lead,
)
from evaluation.__main__ import main
from evaluation.corpus import Entry, Record
from evaluation.oracle import Oracle
from evaluation.scoring import cut_bytes, score, tokens
from evaluation.stats import confidence_interval, paired_p_value, resample_indices
from evaluation.systems import MethodSystem, PrefixSystem, RandomSystem, body_lead
from summarizer import Article, summarize

LEAD = "The council approved the new bridge on Monday after a long debate."
REST = (
    "Work starts in May. The bridge will cost ten million pounds.\n\n"
    "Critics say the money is needed elsewhere."
)
ARTICLE = f"{LEAD}\n\n{REST}"


def record(text, title=None, **kwargs):
    return Record("r", (Entry("r", Article(text, title)),), is_set=False, **kwargs)


def merged_set(*texts):
    return Record("set", tuple(Entry(f"a{i}", Article(t)) for i, t in enumerate(texts)), is_set=True)


# --- the lead split ---------------------------------------------------------------------------------


def test_lead_is_the_first_body_paragraph_and_the_rest_keeps_the_others():
    split = split_lead(Article(ARTICLE, "Bridge approved"), min_words=20)
    assert split.lead == LEAD
    assert split.rest == REST
    assert split.title == "Bridge approved"
    assert split.without_lead() == Article(REST, "Bridge approved")


def test_a_title_line_in_the_text_is_detected_and_kept_out_of_lead_and_rest():
    split = split_lead(Article(f"Council Backs Bridge\n\n{ARTICLE}"), min_words=20)
    assert split.title == "Council Backs Bridge"
    assert split.lead == LEAD
    assert "Council Backs Bridge" not in split.rest + split.body


def test_one_paragraph_lead_is_first_sentences_until_min_words():
    s1 = "One two three four five six seven eight nine ten eleven twelve."  # 12 words
    s2 = "A b c d e f g h i j."  # 10 words: 22 >= 20, the lead stops here
    s3 = "Last words of the story here."
    split = split_lead(Article(f"{s1} {s2} {s3}"), min_words=20)
    assert split.lead == f"{s1} {s2}"
    assert split.rest == s3


def test_one_paragraph_lead_leaves_at_least_one_sentence_for_the_input():
    split = split_lead(Article("Short one. Short two."), min_words=20)
    assert split.lead == "Short one."
    assert split.rest == "Short two."


def test_a_paragraph_without_words_is_not_the_lead():
    split = split_lead(Article(f".\n\n{ARTICLE}"), min_words=20)
    assert split.lead == LEAD


# --- protocols: the reference stays out of the input ----------------------------------------------------


def source_text(item):
    sources = item.source if isinstance(item.source, tuple) else (item.source,)
    return "\n".join(s.text for s in sources)


def test_lead_item_holds_the_lead_out_and_budgets_its_word_count():
    (item,) = build_items([record(ARTICLE, "Bridge approved")], "lead")
    assert item.references == (LEAD,)
    assert LEAD not in source_text(item)
    assert item.source.title == "Bridge approved"
    assert item.budget == {"words": count_words(LEAD)} == {"words": 12}


def test_in_place_keeps_the_lead_in_the_input():
    (item,) = build_items([record(ARTICLE)], "in-place")
    assert LEAD in source_text(item) and item.references == (LEAD,)


def test_merged_item_has_every_lead_as_a_reference_and_none_in_the_input():
    other_lead = "Residents held a protest against the bridge plan in the town square."
    other = f"{other_lead}\n\nAbout two hundred people came. Police said it was calm."
    (item,) = build_items([merged_set(ARTICLE, other)], "merged", Settings(set_words=50))
    assert item.references == (LEAD, other_lead)
    assert LEAD not in source_text(item) and other_lead not in source_text(item)
    assert item.budget == {"words": 50}


def test_headline_reference_is_the_title_and_the_input_has_no_title():
    (item,) = build_items([record(ARTICLE, "Bridge approved")], "headline")
    assert item.references == ("Bridge approved",)
    assert item.source.title is None and "Bridge approved" not in item.source.text
    assert item.is_headline


def test_told_characters_reach_the_systems_that_make_their_own_line_and_a_byte_cut_alone_does_not():
    # DUC 2003 told its systems the 75 bytes: told, the library's line is made to fit them; the baselines
    # are cut to words as before, and every line is cut to the bytes after (run.py). A byte cut alone
    # scores the default line, as every earlier DUC table does.
    long_lead = ("The city council of the northern town approved the construction of a new bridge over the river "
                 "on Monday after a long and bitter debate about its cost.")
    entry = Entry("r", Article(f"{long_lead}\n\n{REST}"), headlines=("Council approves bridge",))
    duc = Record("r", (entry,), is_set=False)
    (told,) = build_items([duc], "headline-human", Settings(headline_bytes=40, headline_characters=40))
    (plain,) = build_items([duc], "headline-human", Settings(headline_bytes=40))
    assert told.budget == {"headline_words": None, "headline_characters": 40} and told.is_headline
    assert plain.budget == {"headline_words": None, "headline_characters": None}
    line = MethodSystem("default")(told.source, told.budget)
    assert 0 < len(line) <= 40 and line == summarize(told.source, headline_characters=40).headline
    assert MethodSystem("default")(plain.source, plain.budget) == summarize(plain.source).headline
    assert body_lead(told.source, told.budget) == body_lead(plain.source, plain.budget)  # 12 words either way


def test_human_protocol_reads_the_whole_article_with_its_lead():
    (item,) = build_items([record(ARTICLE, summaries=("A bridge.",))], "human", Settings(human_sentences=2))
    assert LEAD in source_text(item) and item.budget == {"sentences": 2}


def test_protocols_that_do_not_apply_yield_nothing_and_unknown_ones_raise():
    assert build_items([record(ARTICLE)], "merged") == []
    assert build_items([record(ARTICLE)], "human") == []
    with pytest.raises(UnknownProtocolError, match="choose from"):
        build_items([record(ARTICLE)], "leed")


# --- the budget rule ------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("budget", "taken"),
    [
        ({"words": 2}, 0),
        ({"words": 3}, 1),
        ({"words": 4}, 1),
        ({"words": 5}, 2),
        ({"words": 8}, 2),
        ({"words": 9}, 3),
        ({"words": 99}, 3),
        ({"characters": 9}, 2),  # "a b c" is 5 characters, "a b c d e" 9
        ({"characters": 8}, 1),
        ({"sentences": 2}, 2),
    ],
)
def test_fill_budget_takes_whole_sentences_while_they_fit_the_cap(budget, taken):
    # 3, then 3 + 2 = 5, then 5 + 4 = 9 words.
    assert fill_budget(["a b c", "d e", "f g h i"], budget) == taken


def test_body_lead_and_the_library_fill_a_word_cap_the_same_way():
    text = "Alpha beta gamma delta. Epsilon zeta eta. Theta iota kappa lambda mu. Nu xi omicron pi."
    assert body_lead(text, {"words": 7}) == ["Alpha beta gamma delta.", "Epsilon zeta eta."]
    assert body_lead(text, {"words": 2}) == ["Alpha beta\u2026"]  # nothing fits whole: the first, cut
    brief = summarize(text, words=7, order="rank", headline=False, keyphrases=0)
    ranked = [s.text for s in brief.sentences]
    assert fill_budget(ranked, {"words": 7}) == len(ranked)


# --- scoring and multi-reference averaging ---------------------------------------------------------------


def test_scores_are_averaged_over_references():
    # ROUGE-1 F1 of "the cat sat": against "the cat" P=2/3 R=1 F=0.8; against "a dog sat" P=R=F=1/3.
    r1, r2, rl = score("the cat sat", ["the cat", "a dog sat"])
    assert r1 == pytest.approx(100 * (0.8 + 1 / 3) / 2)
    # ROUGE-2: "the cat" matches the one bigram of ref 1 (P=1/2, R=1, F=2/3); none of ref 2.
    assert r2 == pytest.approx(100 * (2 / 3) / 2)
    assert rl == pytest.approx(r1)  # the common subsequences are the shared words, in order


def test_tokens_match_rouge_score_and_split_run_together_sentences():
    text = "The dollar fell.China's currency remains pegged, analysts said."
    assert list(tokens(text)) == tokenizers.DefaultTokenizer(use_stemmer=True).tokenize(text)
    assert tokens("stabilise.China's") == tokens("stabilise. China's")


# --- bootstrap ---------------------------------------------------------------------------------------------

# Every resample of two items: means of a = [1, 0] are 1, 1/2, 1/2, 0.
ALL_RESAMPLES_OF_TWO = np.array([[0, 0], [0, 1], [1, 0], [1, 1]])


def test_paired_p_value_on_every_resample_of_two_items():
    # a beats b = [0, 0] on three resamples and ties on [1, 1]: p = 1/4.
    assert paired_p_value(np.array([1.0, 0.0]), np.zeros(2), ALL_RESAMPLES_OF_TWO) == 0.25
    assert paired_p_value(np.array([1.0, 0.0]), np.array([1.0, 0.0]), ALL_RESAMPLES_OF_TWO) == 1.0


def test_confidence_interval_is_the_percentile_interval_of_resample_means():
    # Means of [0, 10] over the four resamples: 0, 5, 5, 10. A 50% interval takes the 25th and 75th
    # percentiles; numpy interpolates at positions 0.75 and 2.25: 0 + 0.75 * 5 and 5 + 0.25 * 5.
    low, high = confidence_interval(np.array([0.0, 10.0]), ALL_RESAMPLES_OF_TWO, confidence=0.5)
    assert (low, high) == pytest.approx((3.75, 6.25))


def test_seeded_resamples_repeat_and_approach_the_exact_p():
    first, again = resample_indices(2, 4000, seed=7), resample_indices(2, 4000, seed=7)
    assert first.shape == (4000, 2) and np.array_equal(first, again)
    assert paired_p_value(np.array([1.0, 0.0]), np.zeros(2), first) == pytest.approx(0.25, abs=0.03)


# --- systems -------------------------------------------------------------------------------------------


def test_prefix_cuts_at_a_word():
    assert PrefixSystem(10)("Hello wonderful world.", {"headline_words": 12}) == "Hello"
    assert PrefixSystem(5)("Hello world.", {"headline_words": 12}) == "Hello"
    assert PrefixSystem(75)("Short text.", {"headline_words": 12}) == "Short text."


def test_random_is_seeded_in_source_order_and_within_budget():
    text = " ".join(f"Sentence number {w} is here." for w in ["one", "two", "three", "four", "five", "six"])
    pick = RandomSystem(seed=3)
    chosen = pick(text, {"sentences": 3})
    assert chosen == pick(text, {"sentences": 3}) and len(chosen) == 3
    assert chosen == sorted(chosen, key=text.index)


def test_oracle_finds_the_sentence_that_is_the_reference():
    text = "Rain fell all day. The mayor opened the new library on Friday. Shops closed early."
    assert Oracle()(text, {"sentences": 1}, references=["The mayor opened the new library on Friday."]) == [
        "The mayor opened the new library on Friday."
    ]
    # Stemmed, "mayor opened" shares "mayor open" with the reference: R-1 F 0.8, R-2 F 2/3. Growing it
    # to "mayor opened the new" adds words the reference lacks (R-1 F 4/7), so the shorter span wins.
    assert Oracle()(text, {"headline_words": 4}, references=["Mayor opens library"]) == "mayor opened"


def test_run_protocol_takes_any_callable_as_a_system():
    items = [Item("x", Article(REST), (LEAD,), {"words": 12})]
    result = run_protocol("lead", items, {"body-lead": "body-lead", "copy": lambda source, budget: [LEAD]})
    means = mean_scores(result)
    assert means["copy"] == {"rouge1": 100.0, "rouge2": 100.0, "rougeL": 100.0}
    assert set(means) == {"body-lead", "copy"}


def test_duc_scoring_cuts_headlines_to_bytes_and_reports_recall():
    # "the cat sat" against "the cat": recall 2/2 = 100, F1 0.8; against "a dog sat" recall 1/3.
    recall = score("the cat sat", ["the cat", "a dog sat"], "recall")
    assert recall[0] == pytest.approx(100 * (1 + 1 / 3) / 2)
    assert cut_bytes("Britain’s economy", 8) == "Britain"  # the 3-byte ’ is not split
    items = [Item("x", Article("Cats sat on mats all day long."), ("cats sat",), {"headline_words": 12})]
    copy = {"copy": lambda source, budget: "cats sat on mats"}
    cut = run_protocol("headline", items, copy, settings=Settings(headline_bytes=8, measure="recall"))
    whole = run_protocol("headline", items, copy, settings=Settings(headline_bytes=None, measure="recall"))
    assert mean_scores(cut)["copy"]["rouge1"] == pytest.approx(100.0)  # "cats sat" is 8 bytes
    assert mean_scores(whole)["copy"]["rouge1"] == pytest.approx(100.0)  # recall: the extra words cost nothing
    assert mean_scores(run_protocol("headline", items, copy))["copy"]["rouge1"] == pytest.approx(100 * 2 / 3)


# --- corpora -------------------------------------------------------------------------------------------


def test_jsonl_corpus_reads_articles_sets_and_references(tmp_path):
    path = tmp_path / "corpus.jsonl"
    lines = [
        {"id": "a", "title": "None", "text": ARTICLE, "summary": "A bridge."},
        {
            "id": "s",
            "articles": [
                {
                    "id": "x",
                    "title": "T",
                    "text": f"tail DATELINE: PARIS, May 1\n\n{ARTICLE}",
                    "headlines": ["Bridge gets go-ahead"],
                }
            ],
            "summaries": ["S1", "S2"],
        },
    ]
    path.write_text("\n".join(json.dumps(line) for line in lines) + "\n", encoding="utf-8")
    single, merged = load_corpus(path)
    assert single.entries[0].article.title is None and single.summaries == ("A bridge.",)
    assert merged.is_set and merged.summaries == ("S1", "S2")
    assert merged.entries[0].article.text == ARTICLE  # the conversion's dateline line is dropped
    assert merged.entries[0].headlines == ("Bridge gets go-ahead",)
    assert len(load_corpus(path, limit=1)) == 1


def test_a_bad_corpus_line_is_a_corpus_error_naming_the_line(tmp_path):
    path = tmp_path / "bad.jsonl"
    path.write_text('{"id": "a", "text": "Fine."}\n{"id": "b"}\n', encoding="utf-8")
    with pytest.raises(CorpusError, match="line 2"):
        load_corpus(path)
    with pytest.raises(CorpusError, match="no corpus"):
        load_corpus(tmp_path / "missing.jsonl")


# --- end to end on the seeds ---------------------------------------------------------------------------


def test_cli_on_the_seeds_prints_every_system_in_every_table(tmp_path, capsys):
    out_json, out_png = tmp_path / "r.json", tmp_path / "r.png"
    assert main(["--resamples", "200", "--no-progress", "--json", str(out_json), "--plot", str(out_png)]) == 0
    printed = capsys.readouterr().out
    results = json.loads(out_json.read_text())
    protocols = {p["protocol"]: p for p in results["protocols"]}
    assert set(protocols) == {"lead", "merged", "headline", "in-place"}  # the seeds have no human summary
    for name, table in protocols.items():
        expected = default_systems(headline=name == "headline")
        assert [r["system"] for r in table["rows"]] == list(expected)
        assert all(f"| {system} |" in printed for system in expected)
    # in-place keeps the lead in the input, so copying the first sentences is a perfect score.
    in_place = {r["system"]: r for r in protocols["in-place"]["rows"]}
    assert in_place["body-lead"]["mean"]["rouge1"] == pytest.approx(100.0)
    assert len(protocols["lead"]["items"]) == len(load_corpus(SEEDS)[0].entries)
    assert out_png.stat().st_size > 0


def test_cli_tells_the_library_its_headline_characters_and_says_so_in_the_table(tmp_path, capsys):
    out_json = tmp_path / "r.json"
    argv = ["--protocol", "headline", "--systems", "default", "prefix", "--resamples", "50", "--no-progress",
            "--headline-bytes", "30", "--headline-characters", "30", "--json", str(out_json)]
    assert main(argv) == 0
    assert "made to fit 30 characters" in capsys.readouterr().out
    settings = json.loads(out_json.read_text())["settings"]
    assert settings["headline_characters"] == 30 and settings["headline_bytes"] == 30


def test_cli_refuses_headline_characters_out_of_the_librarys_bounds_before_it_runs(capsys):
    with pytest.raises(SystemExit) as stopped:
        main(["--headline-characters", "5", "--no-progress"])
    assert stopped.value.code == 2 and "from 10 to 1000" in capsys.readouterr().err


def test_cli_turns_errors_into_a_message_and_status_2(capsys):
    assert main(["--corpus", "/nonexistent.jsonl", "--no-progress"]) == 2
    assert main(["--systems", "nonsense", "--no-progress"]) == 2
    assert "unknown system" in capsys.readouterr().err


def test_cohesion_sets_are_drawn_across_or_within_categories():
    from evaluation.cohesion import drawn_sets

    def record(id_):
        return Record(id_, (Entry(id_, Article(f"Text of {id_}.")),), is_set=False)

    records = [record(f"bbc-{c}-{i:03d}") for c in ("sport", "tech") for i in range(3)]
    across = drawn_sets(records, size=4, count=5, seed=0, same_category=False)
    within = drawn_sets(records, size=2, count=5, seed=0, same_category=True)
    # across: categories in turn (sorted: sport, tech), so two of each in a set of four
    assert all([a.text.split("-")[1] for a in s] == ["sport", "tech"] * 2 for s in across)
    assert all(len({a.text.split("-")[1] for a in s}) == 1 and len(set(s)) == 2 for s in within)
