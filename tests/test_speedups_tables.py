"""The per-word tables filled in C (csrc/tables.c, csrc/keyphrases_fill.c) hold what their Python
``make`` would put there.

Each test reads the same words through two fresh tables, one filled by the compiled front end (the
table's ``recipe``), one by Python (``WordTable.__missing__``), and compares what the callers get
and every key and value each table holds afterwards, including the other table a miss also fills,
the clearing at a table's limit, words the stemmer refuses and odd Unicode (case mappings that
change a word's length, final sigma, characters outside the BMP, lone surrogates).
"""

from __future__ import annotations

import sys

import pytest
from hypothesis import given
from hypothesis import strategies as st

from summarizer import keyphrases, language, speedups
from summarizer.document import Sentence
from summarizer.language import Lexicon, WordTable

needs_compiled = pytest.mark.skipif(speedups.compiled is None, reason=speedups.describe())

# Words whose lowercase, stem or test is easy to get wrong: case mappings (İ, final sigma, ǅ),
# possessives, "-ed" endings and reporting verbs, calendar words, stop words, digits of other
# scripts, joiners, underscores, characters outside the BMP, words too long to stem quickly.
ODD = [
    "İstanbul", "İİ", "ΟΔΟΣ", "ΣΑΣ.", "Σ", "ǅemal", "ǲ", "ﬁnance", "STRASSE", "straße", "ẞ", "Kelvin\u212a",
    "Bank’s", "bank's", "Smith's", "’s", "'s", "s's", "expressed", "Expressed", "ED", "said", "Said",
    "Monday", "monday", "the", "The", "THE", "2024", "٢٠٢٤", "²³", "½", "Ⅻ", "U.S", "U.S.", "e.g", "a_b", "_",
    "__init__", "x-y", "x--y", "-x", "x-", "1,000", "3.5bn", "don't", "O’Neil", "naïve", "e\u0301", "東京",
    "𝔘nion", "𝒜lpha", "😀", "a😀b", "\U00010400\U00010428", "ab\ud800cd", "\udc00", "w" * 300, "Ab" * 200,
    "", "Zelensky", "Kyiv", "ran", "running", "runners", "Thursday’s", "ÉCOLE", "École",
]  # fmt: skip
odd_words = st.sampled_from(ODD) | st.text(max_size=10) | st.text(
    st.characters(min_codepoint=0, max_codepoint=0x10FFFF, blacklist_categories=()), max_size=6
)


def _read(read, table, found):
    """What ``read(table, found)`` gives, or the type of the error it raises."""
    try:
        return read(table, found)
    except Exception as error:  # noqa: BLE001 - both paths must raise the same
        return type(error)


def _lexicons_equal(compiled: Lexicon, python: Lexicon):
    assert dict(compiled._term) == dict(python._term)
    assert dict(compiled._pieces) == dict(python._pieces)


@needs_compiled
@pytest.mark.parametrize("kind", ["terms", "stems"])
@given(sentences=st.lists(st.lists(odd_words, max_size=12), max_size=5))
def test_lexicon_tables_filled_in_c_hold_what_python_puts_there(kind, sentences):
    compiled, python = Lexicon("english"), Lexicon("english")
    read_compiled = speedups.compiled.terms if kind == "terms" else speedups.compiled.pieces
    read_python = language._terms_python if kind == "terms" else language._pieces_python
    for found in sentences:
        assert _read(read_compiled, compiled.tables[kind], found) == _read(read_python, python.tables[kind], found)
        _lexicons_equal(compiled, python)


@needs_compiled
def test_lexicon_tables_filled_in_c_on_the_seeds_clear_at_their_limits(seed_texts):
    found = [language._words_python(line) for text in seed_texts for line in text.splitlines()]
    for limits in ((7, 11), (11, 7), (1, 50_000), (50_000, 1)):
        compiled, python = Lexicon("english"), Lexicon("english")
        for lex in (compiled, python):
            lex._term.limit, lex._pieces.limit = limits
        for k, words in enumerate(found):
            kind, read_compiled, read_python = (
                ("terms", speedups.compiled.terms, language._terms_python)
                if k % 2
                else ("stems", speedups.compiled.pieces, language._pieces_python)
            )
            assert read_compiled(compiled.tables[kind], words) == read_python(python.tables[kind], words)
            _lexicons_equal(compiled, python)
            assert len(compiled._term) <= limits[0] and len(compiled._pieces) <= limits[1]


@needs_compiled
def test_lexicon_fill_by_hand():
    lex = Lexicon("english")
    assert speedups.compiled.terms(lex._term, ["The", "U.S", "Runners", "2024", "İstanbul"]) == [
        "u.", "runner", "i̇stanbul",
    ]  # fmt: skip
    # Each miss of the terms filled the stems too (room enough), with each alphanumeric run's stem:
    # "İ" lowercases to "i" and a combining dot above, which is not alphanumeric.
    assert lex._pieces == {"The": ("the",), "U.S": ("u", "s"), "Runners": ("runner",), "2024": ("2024",),
                           "İstanbul": ("i", "stanbul")}  # fmt: skip
    assert lex._term["2024"] == "" and lex._term["The"] == ""
    # A word the stemmer refuses (a lone surrogate) raises, and neither table keeps it.
    with pytest.raises(UnicodeEncodeError):
        speedups.compiled.pieces(lex._pieces, ["ab\ud800"])
    assert "ab\ud800" not in lex._pieces and "ab\ud800" not in lex._term


def _chunk_tables():
    return keyphrases._new_chunk_table("english"), keyphrases._new_chunk_table("english")


def _sentences(texts):
    return [Sentence(text, 0, 0, 0, len(text), position) for position, text in enumerate(texts)]


def _chunk_tables_equal(compiled, python):
    assert dict(compiled) == dict(python)
    assert dict(compiled.recipe[1]) == dict(python.recipe[1])  # the token tables


@needs_compiled
@given(
    st.lists(st.lists(odd_words | st.sampled_from([",", ".", "(", ")", "—", "“", "”"]), max_size=14), max_size=4),
    st.sampled_from([" ", "", "-", "'", "’s "]),
    st.integers(0, 12),
)
def test_chunk_and_token_tables_filled_in_c_hold_what_python_puts_there(parts, joint, count):
    compiled, python = _chunk_tables()
    sentences = _sentences([joint.join(words) for words in parts])
    assert _read(lambda t, s: speedups.compiled.keyphrases(s, t, count), compiled, sentences) == _read(
        lambda t, s: keyphrases._keyphrases_python(s, t, count), python, sentences
    )
    _chunk_tables_equal(compiled, python)


@needs_compiled
def test_chunk_tables_filled_in_c_on_the_seeds_clear_at_their_limits(seed_texts):
    texts = [line for text in seed_texts for line in text.splitlines() if line.strip()]
    for limits in ((5, 9), (9, 5), (1, 1), (50_000, 50_000)):
        compiled, python = _chunk_tables()
        for table in (compiled, python):
            table.limit, table.recipe[1].limit = limits
        for text in texts:
            sentences = _sentences([text, text.upper(), text.replace(" ", "-")])
            assert speedups.compiled.keyphrases(sentences, compiled, 8) == keyphrases._keyphrases_python(
                sentences, python, 8
            )
            if limits[0] > len(texts) * 100:  # never cleared: the same contents (cleared, the compiled
                _chunk_tables_equal(compiled, python)  # twin finds chunks read lately without the table)
            assert len(compiled) <= limits[0] and len(compiled.recipe[1]) <= limits[1]


@needs_compiled
def test_chunk_fill_by_hand():
    chunks = keyphrases._new_chunk_table("english")
    long_chunk = "-".join(["Bank"] * 20)  # 99 characters: described, not kept
    sentences = _sentences([f"Bank’s (rates) expressed said {long_chunk} Monday’s"])
    speedups.compiled.keyphrases(sentences, chunks, 3)
    assert chunks == {
        "Bank’s": (("Bank", "bank"),), "(rates)": (None, ("rates", "rate"), None), "expressed": (None,),
        "said": (None,), "Monday’s": (None,),
    }  # fmt: skip
    # One token (joined by hyphens), a content word: kept in the token table, stemmed whole.
    assert chunks.recipe[1][long_chunk] == (long_chunk, long_chunk.lower())
    assert long_chunk not in chunks


@needs_compiled
def test_a_table_without_a_recipe_or_with_a_bad_one():
    lex = Lexicon("english")
    plain = WordTable(lex._term.make)  # no recipe: its make is called, as in Python
    assert speedups.compiled.terms(plain, ["Runners"]) == ["runner"] and plain == {"Runners": "runner"}
    broken = WordTable(lex._term.make)
    broken.recipe = ("terms", {}, frozenset())  # one item short
    with pytest.raises(TypeError, match="recipe"):
        speedups.compiled.terms(broken, ["Runners"])
    assert speedups.compiled.terms(broken, []) == []  # read only at a miss


@needs_compiled
def test_fills_keep_no_reference_they_should_not():
    lex = Lexicon("english")
    chunks = keyphrases._new_chunk_table("english")
    held = [lex._term.recipe, lex._pieces.recipe, chunks.recipe, lex._term, lex._pieces, chunks.recipe[1]]
    before = [sys.getrefcount(obj) for obj in held]
    for round_ in range(3):
        words = [f"Word{round_}x{i}" for i in range(300)]
        speedups.compiled.terms(lex._term, words)
        speedups.compiled.pieces(lex._pieces, words)
        speedups.compiled.keyphrases(_sentences([" ".join(words)]), chunks, 5)
    assert [sys.getrefcount(obj) for obj in held] == before
    word = "".join(["Unshared", "Word"])  # made at run time: only this test holds it
    count = sys.getrefcount(word)
    lex._term.clear()
    speedups.compiled.terms(lex._term, [word])
    assert sys.getrefcount(word) == count + 2  # a key of each table
    lex._term.clear()
    lex._pieces.clear()
    assert sys.getrefcount(word) == count
