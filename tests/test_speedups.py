"""The compiled front end (summarizer._speedups) gives exactly what its pure-Python twins give.

Each compiled function is run beside its Python twin on the seeds and on generated text (unicode
letters and digits, curly quotes, abbreviations, numbers, URLs, empty strings); the whole pipeline is
run in two processes, one forced onto the pure path by ``SUMMARIZER_PURE_PYTHON=1``; and the library
falls back to pure Python when the extension cannot be imported. The identity tests are skipped where
the extension is not built (``.ci/run`` checks that it is).
"""

from __future__ import annotations

import importlib.util
import inspect
import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

import summarizer
from hypothesis import given
from hypothesis import strategies as st

from summarizer import keyphrases, language, segment, speedups, vectorize
from summarizer.document import Sentence
from summarizer.errors import EmptyInputError
from summarizer.language import Lexicon, WordTable
from summarizer.parse import parse_article
from summarizer.pipeline import read_document

ROOT = Path(__file__).resolve().parents[1]

needs_compiled = pytest.mark.skipif(speedups.compiled is None, reason=speedups.describe())
#: Whether the extension is built here, whether or not this process was told to use it.
BUILT = importlib.util.find_spec("summarizer._speedups") is not None

# Text that exercises the word pattern and the segmenter: letters of several scripts, digits of
# others, the joiners (- ' ’ . ,), curly and straight quotes, abbreviations, numbers, URLs.
PIECES = [
    "U.S.", "Mr.", "e.g.", "don't", "O’Neil", "’s", "2.5", "1,000", "$1.13bn", "3.", "-", "—", "…", "...",
    "“Yes,” he said.", "‘no’", '"', "'", "http://example.org/a-b_c?x=1,2&y=3.4", "www.bbc.co.uk/news",
    "Zelensky", "Kyiv", "naïve", "e\u0301", "Ǆemal", "İstanbul", "straße", "١٢٣", "٣.٤", "²", "½", "Ⅻ",
    "東京", "_", "__init__", "a_b", "x--y", "a'", "'a", "a.b.c.", "\n", "\t", " ", "  ", "\u00a0", "\u2028",
    "The", "said", "President", "Monday", "visited", "attack", "on", "and", "BBC", "NHS", "in", "of",
]
# What the segmenter's rules look at: terminal punctuation, closing quotes and brackets (attached, or
# detached as in tokenized newswire), abbreviations, initials, sentence openers, glued captions.
SEGMENTING = [
    ".", "?", "!", "?!", "…", "...", " . ", "”", "’", "'", "''", " ''", ")", " )", "]", "»", " »", "“", "‘", "``",
    "(", "Mr.", "Inc.", "Jan.", "No.", "No. 5", "p.", "U.S.", "J.R.R.", "W.", "Gen.", "e.g.", "etc.", "Calif.",
    "Yahoo! Inc.", "The", "He", "However,", "But", "iPod", "eBay", "Smith asked.", "Hailey later recalled.", "he said",
    "A blind", "Horror: After", "the man", "I", "x" * 45, "\n", "\r\n", "\u2028", "\t", "\u00a0", "\x1f", "~",
]
segmenting = st.lists(st.sampled_from(SEGMENTING + PIECES) | st.text(max_size=6), max_size=80).map(" ".join)
texts = st.lists(st.sampled_from(PIECES) | st.text(max_size=12), max_size=60).map(
    lambda parts: " ".join(parts) if len(parts) % 2 else "".join(parts)
)


@pytest.fixture(scope="module")
def seed_words(seed_texts) -> list[list[str]]:
    return [language._words_python(line) for text in seed_texts for line in text.splitlines()]


def test_words_reads_joined_words_whole_by_hand():
    text = "Mr. O’Neil paid $1.13bn, don't-stop. a_b __ x--y é."
    expected = ["Mr", "O’Neil", "paid", "1.13bn", "don't-stop", "a_b", "__", "x", "y", "é"]
    assert language._words_python(text) == expected
    assert language.words(text) == expected  # whichever path runs
    assert language.words("") == [] and language.words(" ’ .,") == []


@needs_compiled
def test_words_are_those_of_the_pattern_on_the_seeds(seed_texts):
    for text in seed_texts:
        assert speedups.compiled.words(text) == language._words_python(text)


@needs_compiled
@given(texts)
def test_words_are_those_of_the_pattern_on_generated_text(text):
    assert speedups.compiled.words(text) == language._words_python(text)


@needs_compiled
@given(st.text())
def test_words_are_those_of_the_pattern_on_any_unicode(text):
    assert speedups.compiled.words(text) == language._words_python(text)


@needs_compiled
def test_words_seen_before_are_handed_out_again_and_the_cache_refills():
    # One-byte text: a word met again is the same str object (its hash kept); words past the
    # cache's limit (16,384) clear it and it fills again, and every word stays the pattern's.
    first, again = speedups.compiled.words("Storm hits storm-hit coast"), speedups.compiled.words("coast Storm")
    assert first == ["Storm", "hits", "storm-hit", "coast"] and again == ["coast", "Storm"]
    assert again[0] is first[3] and again[1] is first[0]
    many = " ".join(f"w{i}x" for i in range(40_000)) + " caf\xe9 " + "a" * 60
    assert speedups.compiled.words(many) == language._words_python(many)
    assert speedups.compiled.words(many) == language._words_python(many)  # found in the refilled cache


@needs_compiled
@given(st.lists(st.lists(st.sampled_from(PIECES) | st.text(max_size=8), max_size=20), max_size=5))
def test_terms_and_stems_are_the_lexicons_on_generated_words(sentences):
    lex = Lexicon("english")  # a fresh one: every first lookup goes through WordTable.__missing__
    for found in sentences:
        assert speedups.compiled.terms(lex._term, found) == language._terms_python(lex._term, found)
        assert speedups.compiled.pieces(lex._pieces, found) == language._pieces_python(lex._pieces, found)


@needs_compiled
def test_terms_and_stems_are_the_lexicons_on_the_seeds_through_a_table_that_refills(seed_words):
    lex = Lexicon("english")
    small = WordTable(lex._term.make, limit=7)  # cleared again and again while a sentence is read
    for found in seed_words:
        assert speedups.compiled.terms(small, found) == language._terms_python(lex._term, found)
        assert speedups.compiled.pieces(lex._pieces, tuple(found)) == language._pieces_python(lex._pieces, found)


@needs_compiled
def test_sentence_spans_are_the_segmenters_on_the_seeds(seed_texts):
    for text in seed_texts:
        for variant in (text, text.upper(), text.lower(), text.replace(". ", ".”  ")):
            assert segment._spans_compiled(variant, 0, len(variant)) == segment._spans_python(variant, 0, len(variant))


@needs_compiled
@given(segmenting, st.integers(0, 40), st.integers(-40, 400))
def test_sentence_spans_are_the_segmenters_on_generated_text(text, start, end):
    start, end, _ = slice(start, end).indices(len(text))
    assert segment._spans_compiled(text, start, end) == segment._spans_python(text, start, end)


@needs_compiled
@given(texts)
def test_sentence_spans_are_the_segmenters_on_generated_words(text):
    assert segment._spans_compiled(text, 0, len(text)) == segment._spans_python(text, 0, len(text))


def _paragraphs(text: str) -> list[tuple[int, int]]:
    """The lines of ``text`` as paragraph spans, and one span over all of it."""
    spans, start = [], 0
    for line in text.splitlines(keepends=True):
        spans.append((start, start + len(line)))
        start += len(line)
    return [*spans, (0, len(text))]


def _sentence_fields(twin, text: str, paragraphs) -> list[list[tuple]]:
    """The fields of each Sentence one twin of segment.sentence_objects makes, in the order set."""
    return [list(vars(s).items()) for s in twin(text, paragraphs, 0)]


@needs_compiled
def test_sentences_are_the_segmenters_and_words_on_the_seeds(seed_texts):
    for text in seed_texts:
        for variant in (text, text.upper(), text.replace(". ", ".”  ")):
            paragraphs = _paragraphs(variant)
            assert _sentence_fields(segment._sentence_objects_compiled, variant, paragraphs) == _sentence_fields(
                segment._sentence_objects_python, variant, paragraphs
            )


@needs_compiled
@given(segmenting, st.lists(st.tuples(st.integers(0, 400), st.integers(0, 400)), max_size=4))
def test_sentences_are_the_segmenters_and_words_on_generated_text(text, spans):
    paragraphs = [(min(a, len(text)), min(max(a, b), len(text))) for a, b in spans] + _paragraphs(text)
    python = _sentence_fields(segment._sentence_objects_python, text, paragraphs)
    assert _sentence_fields(segment._sentence_objects_compiled, text, paragraphs) == python


@needs_compiled
def test_sentences_refuse_offsets_outside_the_text():
    with pytest.raises(ValueError, match="resolved offsets"):
        segment._sentence_objects_compiled("One. Two.", [(0, 40)], 0)


def test_terms_drop_stop_words_and_numbers_and_stems_split_at_points_by_hand():
    lex = Lexicon("english")
    found = ["The", "U.S", "runners", "ran", "2025", "miles"]
    assert lex.terms(found) == ["u.", "runner", "ran", "mile"]
    assert lex.stems(found) == ["the", "u", "s", "runner", "ran", "2025", "mile"]


@needs_compiled
def test_codes_are_the_pythons(seed_words):
    vocabulary = vectorize._first_seen(seed_words)
    assert vectorize._codes_compiled(seed_words, vocabulary).tolist() == vectorize._codes_python(seed_words, vocabulary).tolist()
    assert vectorize._codes_compiled([], {}).tolist() == []
    with pytest.raises(KeyError, match="absent"):
        vectorize._codes_compiled([["a"], ["absent"]], {"a": 0})


def test_vocabulary_and_codes_by_hand():
    documents = [["b", "a", "b"], [], ["c", "a"]]
    vocabulary = vectorize._first_seen(documents)
    assert list(vocabulary.items()) == [("b", 0), ("a", 1), ("c", 2)]
    assert vectorize._codes(documents, vocabulary).tolist() == [0, 1, 0, 2, 1]


def _chunk_codes_both(tables, articles, concatenate, titles=None):
    """Each path's ``(vocabularies, columns, lengths, title columns)`` as lists."""
    titles = [None] * len(articles) if titles is None else titles
    python = vectorize._chunk_codes_python(tables, articles, concatenate, titles)
    compiled = vectorize._chunk_codes_compiled(tables, articles, concatenate, titles)
    return [
        (vocabularies, columns.tolist(), lengths.tolist(), titled.tolist())
        for vocabularies, columns, lengths, titled in (python, compiled)
    ]


@needs_compiled
def test_chunk_codes_are_the_pythons_on_the_seeds(seed_words):
    lex = Lexicon("english")
    articles = [seed_words[k : k + 7] for k in range(0, len(seed_words), 7)]  # 7 sentences an article
    titles = [article[0] if k % 3 else None for k, article in enumerate(articles)]  # a lead as the title
    for kind, concatenate in (("terms", False), ("stems", True)):
        python, compiled = _chunk_codes_both([lex.tables[kind]] * len(articles), articles, concatenate, titles)
        assert python == compiled
    terms, _ = _chunk_codes_both([lex.tables["terms"]] * len(articles), articles, False)
    small = WordTable(lex._term.make, limit=7)  # cleared again and again while an article is read
    python, compiled = _chunk_codes_both([small] * len(articles), articles, False)
    assert python == compiled == terms
    assert _chunk_codes_both([], [], True) == [([], [], [], [])] * 2
    with pytest.raises(ValueError, match="one table and one title per article"):
        vectorize._chunk_codes_compiled([], [[["a"]]], False, [None])


@needs_compiled
@given(
    st.lists(st.lists(st.lists(st.sampled_from(PIECES) | st.text(max_size=8), max_size=12), max_size=4), max_size=4),
    st.lists(st.none() | st.lists(st.sampled_from(PIECES) | st.text(max_size=8), max_size=6), min_size=4, max_size=4),
)
def test_chunk_codes_are_the_pythons_on_generated_words(articles, titles):
    lex = Lexicon("english")
    titles = titles[: len(articles)]
    for kind, concatenate in (("terms", False), ("stems", True)):
        python, compiled = _chunk_codes_both([lex.tables[kind]] * len(articles), articles, concatenate, titles)
        assert python == compiled


def test_chunk_codes_by_hand():
    lex = Lexicon("english")
    articles = [[("The", "runners", "ran"), ("U.S", "runners")], [("miles",), ()]]
    keys, columns, lengths, titled = vectorize.code_chunk([lex, lex], articles, "terms", [None, None])
    assert keys == [["runner", "ran", "u."], ["mile"]] and titled.tolist() == []
    assert columns.tolist() == [0, 1, 2, 0, 3] and lengths.tolist() == [2, 2, 1, 0]
    keys, columns, lengths, titled = vectorize.code_chunk([lex, lex], articles, "stems", [None, None])
    assert keys == [["the", "runner", "ran", "u", "s"], ["mile"]] and titled.tolist() == []
    assert columns.tolist() == [0, 1, 2, 3, 4, 1, 5] and lengths.tolist() == [3, 3, 1, 0]


def test_chunk_title_codes_by_hand():
    # A title's tokens in its own article's columns; "new" (not in the sentences) and the stop word
    # "the" (no term) are dropped; the second article has no title.
    lex = Lexicon("english")
    articles = [[("The", "runners", "ran"), ("U.S", "runners")], [("miles",)]]
    titles = [("The", "new", "runner", "ran"), None]
    keys, columns, lengths, titled = vectorize.code_chunk([lex, lex], articles, "terms", titles)
    assert keys == [["runner", "ran", "u."], ["mile"]] and titled.tolist() == [0, 1]
    keys, columns, lengths, titled = vectorize.code_chunk([lex, lex], articles, "stems", titles)
    assert keys == [["the", "runner", "ran", "u", "s"], ["mile"]] and titled.tolist() == [0, 1, 2]


@needs_compiled
def test_sentence_objects_are_the_pythons_on_the_seeds(seed_texts):
    fields = list(inspect.signature(Sentence.__init__).parameters)[1:]
    assert list(segment._SENTENCE_FIELDS) == fields  # the compiled twin sets these, in this order
    for index, text in enumerate(seed_texts):
        parsed = parse_article(text)
        python = segment._sentence_objects_python(parsed.text, parsed.paragraphs, index)
        compiled = segment._sentence_objects_compiled(parsed.text, parsed.paragraphs, index)
        assert python == compiled and [type(s) for s in compiled] == [Sentence] * len(python)
        assert [list(vars(s).items()) for s in python] == [list(vars(s).items()) for s in compiled]
        assert [s.position for s in compiled] == list(range(len(compiled)))


@needs_compiled
@given(segmenting)
def test_sentence_objects_are_the_pythons_on_generated_text(text):
    paragraphs = [(0, len(text) // 2), (len(text) // 2, len(text))]
    python = segment._sentence_objects_python(text, paragraphs, 1)
    compiled = segment._sentence_objects_compiled(text, paragraphs, 1)
    assert [list(vars(s).items()) for s in python] == [list(vars(s).items()) for s in compiled]


@needs_compiled
def test_sentence_objects_refuse_a_class_without_a_constructor():
    cls = type(iter([]))  # a list iterator: its type has no tp_new to make one with
    with pytest.raises(TypeError, match="cannot create"):
        speedups.compiled.sentence_objects("One. Two.", [(0, 9)], segment._compiled_rules(), 0, cls,
                                           segment._SENTENCE_FIELDS)


def _text_flags_both(texts, tail=12, quotes=None, linkers=None):
    """Each path's quote, linker and unpunctuated signals, as lists (the signals' own arguments unless
    given)."""
    signals = importlib.import_module("summarizer.rank.default.signals")
    quotes = signals._LINKER_QUOTES if quotes is None else quotes
    given = (tail, signals._closes, quotes, signals._LINKER_SET if linkers is None else linkers)
    return [
        [flags.tolist() for flags in twin(texts, *given)]
        for twin in (signals._text_flags_python, signals._text_flags_compiled)
    ]


@needs_compiled
def test_text_flags_are_the_pythons_on_the_seeds(seed_texts):
    sentences = [s.text for text in seed_texts for s in read_document(text).sentences]
    python, compiled = _text_flags_both(sentences)
    assert python == compiled and all(0 < sum(flags) < len(sentences) for flags in python[:2])  # quotes, linkers


@needs_compiled
def test_text_flags_refuse_linkers_they_cannot_read():
    signals = importlib.import_module("summarizer.rank.default.signals")
    with pytest.raises(ValueError, match="capital letter"):
        signals._text_flags_compiled(["but then"], 12, signals._closes, "'", frozenset({"but"}))


@needs_compiled
def test_text_flags_survive_a_callback_that_empties_the_list():
    signals = importlib.import_module("summarizer.rank.default.signals")
    texts = ["".join(["Ends here.", "\n"]), "".join(["But on", "\n"])]  # made at run time: the list holds the only reference

    def closes(text):
        texts.clear()
        return text.startswith("Ends")

    quote, linker, unpunctuated = signals._text_flags_compiled(texts, 12, closes, "'", frozenset({"But"}))
    assert (quote.tolist(), linker.tolist(), unpunctuated.tolist()) == ([0.0, 0.0], [0.0, 1.0], [0.0, 1.0])


# Sentence ends and quotation marks: terminals, closers, closing quotes, TeX quotes, a final newline;
# and openings: linkers whole, run on and cut short, after a quote or not.
ENDINGS = [
    "But", "Its", "It", "I", "Ither", "He_", "He2", "Nevertheless", "Neverthelesss", "‘", "“", "_", "é", ",",
    ".", "!", "?", "…", ":", '"', "'", "''", "``", "`", "“", "”", "’", "‘", ")", "]", "»", "\n", " ", "a", "é",
]


@needs_compiled
@given(st.lists(st.lists(st.sampled_from(ENDINGS) | st.text(max_size=3), max_size=16).map("".join), max_size=8))
def test_text_flags_are_the_pythons_on_generated_text(texts):
    python, compiled = _text_flags_both(texts)
    assert python == compiled


@needs_compiled
@given(
    st.lists(st.lists(st.sampled_from(ENDINGS), max_size=12).map("".join), max_size=8),
    st.integers(0, 14),
    st.sampled_from(["", "'", "“‘"]),
    st.sampled_from([frozenset(), frozenset({"It", "Its"}), frozenset({"He_", "I"})]),
)
def test_text_flags_are_the_pythons_with_other_arguments(texts, tail, quotes, linkers):
    python, compiled = _text_flags_both(texts, tail, quotes, linkers)
    assert python == compiled


# Words that make keyphrases: names and their case variants, possessives, repeated stems, ties.
PHRASING = [
    "Bank", "bank", "BANK", "banks", "Bank’s", "Central", "central", "European", "Union", "rates", "Rates",
    "interest", "Interest", "Prime", "Minister", "John", "Smith", "Smith's", "met", ",", ".", "(", ")", "Alpha",
    "Bravo", "Zulu", "\x85", "\u3000", "\u2029", "-".join(["Bank"] * 16),
]
phrasing = st.lists(st.sampled_from(PHRASING + PIECES) | st.text(max_size=8), max_size=80).map(" ".join)


def _keyphrases_both(sentences, count: int):
    """The keyphrases of ``sentences`` by each path."""
    table = keyphrases._chunk_table("english")
    compiled = speedups.compiled.keyphrases(sentences, table, count)
    return compiled, keyphrases._keyphrases_python(sentences, table, count)


def _sentences(text: str):
    try:
        return keyphrases._sample(read_document(text).sentences)
    except EmptyInputError:
        return ()


@needs_compiled
def test_keyphrases_are_the_pythons_on_the_seeds(seed_texts):
    for text in [*seed_texts, "\n\n".join(seed_texts)]:
        # Cased and uncased, fewer stop words, and chunks too long to be kept (whole sentences).
        fewer = text.replace(",", "").replace(" the ", " ")
        variants = (text, text.upper(), text.lower(), fewer, text.replace(" ", "-"))
        for variant in variants:
            for count in (0, 1, 8, 100):
                compiled, python = _keyphrases_both(_sentences(variant), count)
                assert compiled == python  # the same phrases, in the same order


@needs_compiled
@given(texts, st.integers(0, 20))
def test_keyphrases_are_the_pythons_on_generated_text(text, count):
    compiled, python = _keyphrases_both(_sentences(text), count)
    assert compiled == python


@needs_compiled
@given(phrasing, st.integers(0, 20))
def test_keyphrases_are_the_pythons_on_generated_phrases(text, count):
    compiled, python = _keyphrases_both(_sentences(text), count)
    assert compiled == python


@needs_compiled
def test_keyphrases_read_each_chunk_from_its_own_table():
    # The compiled twin remembers the pieces of the chunks it read, by table: the same chunks read
    # through another table give that table's pieces.
    [sentence] = read_document("Alpha Bravo, Alpha Bravo.").sentences
    bravo = (("Bravo", "bravo"), None)
    names = {"Alpha": (("Alpha", "alpha"),), "Bravo,": bravo, "Bravo.": bravo}
    plain = {"Alpha": (("alpha", "alpha"),), "Bravo,": (None, None), "Bravo.": (None, None)}
    for _ in range(2):
        assert speedups.compiled.keyphrases([sentence], names, 3) == ["Alpha Bravo"]
        assert speedups.compiled.keyphrases([sentence], plain, 3) == ["alpha"]


@needs_compiled
def test_keyphrases_refuse_what_the_chunk_table_should_not_give():
    [sentence] = read_document("Alpha Bravo.").sentences
    for table in ({"Alpha": ("Alpha", "alpha"), "Bravo.": ()}, {"Alpha": (("Alpha", 1),), "Bravo.": ()}):
        with pytest.raises(TypeError, match="content piece"):
            speedups.compiled.keyphrases([sentence], table, 3)
    with pytest.raises(KeyError):
        speedups.compiled.keyphrases([sentence], {}, 3)


def test_keyphrase_candidates_by_hand():
    [document] = [read_document("Acting Prime Minister John Smith met the European Union Council. Smith said.")]
    table = keyphrases._chunk_table("english")
    occurrences, weights = keyphrases._occurrences_python(document.sentences, table)
    # A run of seven capitalized words keeps its last three; "met" and "the" end runs.
    assert list(occurrences) == [("minist", "john", "smith"), ("european", "union", "council"), ("smith",)]
    assert occurrences[("smith",)] == ["Smith"]
    early = [1.0 + 1.0 / 1.0, 1.0 + 1.0 / 2.0]  # sentence positions 0 and 1
    assert weights["smith"] == early[0] + early[1] and weights["council"] == early[0]
    scores = keyphrases._scores_python(occurrences, weights)
    assert scores[("smith",)] == 1 * weights["smith"]
    assert scores[("european", "union", "council")] == 1 * early[0] * (1.0 + 0.5 * 2)
    # "minist john smith" scores (2 + 2 + 3.5) / 3 x 2 = 5, "european union council" 2 x 2 = 4, "smith"
    # 3.5 but it is part of the first.
    for pick in (keyphrases._keyphrases_python, keyphrases._keyphrases):
        assert pick(document.sentences, table, 3) == [
            "Minister John Smith", "European Union Council"
        ]  # fmt: skip


def test_the_loader_falls_back_when_the_extension_cannot_be_imported_or_is_refused(monkeypatch):
    monkeypatch.delenv(speedups.ENV_PURE, raising=False)
    monkeypatch.delattr(summarizer, "_speedups", raising=False)
    monkeypatch.setitem(sys.modules, "summarizer._speedups", None)  # its import raises ImportError
    assert speedups._load() is None
    monkeypatch.undo()
    monkeypatch.setenv(speedups.ENV_PURE, "1")
    assert speedups._load() is None
    monkeypatch.setenv(speedups.ENV_PURE, "0")  # "0" does not force the pure path
    assert (speedups._load() is not None) == BUILT


_PROGRAM = """
import json, sys
sys.path.insert(0, sys.argv[1])
import summarizer, summarizer.language as language, summarizer.speedups as speedups
texts = json.loads(sys.stdin.read())
briefs = [summarizer.summarize(t, keyphrases=12).to_dict() if t.strip() else None for t in texts]
print(json.dumps({"compiled": speedups.compiled is not None, "pure_words": language.words is language._words_python,
                  "describe": speedups.describe(), "briefs": briefs}))
"""


def _run(texts: list[str], **env) -> dict:
    environment = {k: v for k, v in os.environ.items() if k != speedups.ENV_PURE} | env
    done = subprocess.run(
        [sys.executable, "-c", _PROGRAM, str(ROOT)], input=json.dumps(texts), env=environment,
        capture_output=True, text=True, timeout=120, check=True,
    )  # fmt: skip
    return json.loads(done.stdout)


@pytest.mark.slow
def test_whole_briefs_are_the_same_on_the_pure_path(seed_texts):
    texts = [
        *seed_texts,
        "\n\n".join(seed_texts),
        "“Is it?” asked Mr. O’Neil. The U.S. paid $1.13bn on Jan. 5, 2025. See https://example.org/a-b?x=1,2 now. "
        "İstanbul’s mayor met straße officials ١٢٣ times. Naïve Ǆemal left at 3 p.m. e.g. yesterday.",
    ]
    pure = _run(texts, SUMMARIZER_PURE_PYTHON="1")
    assert not pure["compiled"] and pure["pure_words"] and "SUMMARIZER_PURE_PYTHON" in pure["describe"]
    default = _run(texts)
    assert default["compiled"] == BUILT and default["pure_words"] != default["compiled"]
    assert default["briefs"] == pure["briefs"]
