"""The per-word caches stay bounded however many distinct words a long-running process sees."""

import itertools
import string

from summarizer import summarize
from summarizer.keyphrases import _chunk_table
from summarizer.headlines import wordforms
from summarizer.language import CACHE_WORDS, Lexicon, WordTable, lexicon, stem_table, stemmer, terms


def _distinct_words(n):
    letters = string.ascii_lowercase
    return ["".join(p) for p in itertools.islice(itertools.product(letters, repeat=4), n)]


def test_a_full_table_starts_again_and_still_answers():
    table = WordTable(str.upper, limit=3)
    for word in "abcdefg":
        assert table[word] == word.upper()
        assert len(table) <= 3


def test_lexicon_stemmer_and_keyphrase_caches_hold_at_most_cache_words():
    words = _distinct_words(CACHE_WORDS + 500)
    lex = lexicon("english")
    lex.terms(words)
    lex.stems(words)
    assert len(lex._term) <= CACHE_WORDS and len(lex._pieces) <= CACHE_WORDS
    assert stemmer("english").cache_info().currsize <= CACHE_WORDS
    assert len(stem_table("english")) <= CACHE_WORDS  # the compiled fills' stems
    text = ". ".join(" ".join(words[i : i + 10]) for i in range(0, len(words), 10)) + "."
    assert summarize(text, sentences=1, keyphrases=3).keyphrases
    assert len(_chunk_table("english")) <= CACHE_WORDS + 1
    # Still right after the tables started again.
    assert lex.terms(["Rebels", "the", "2024", "seized"]) == terms("Rebels the 2024 seized")


def test_a_long_chunk_without_spaces_is_not_kept_in_the_keyphrase_table():
    chunk = ",".join(f"word{i}" for i in range(2000))  # one "word" to str.split, 2,000 tokens
    text = f"Zanzibari rebels seized {chunk} today. The army answered."  # a short chunk no other test reads
    assert summarize(text, sentences=1, keyphrases=3, language="english").keyphrases
    table = _chunk_table("english")
    assert chunk not in table and "Zanzibari" in table


def test_a_new_word_fills_both_lexicon_tables_with_what_each_would_compute():
    lex = Lexicon("english")
    assert lex.terms(["U.S", "the", "Rebels"]) == ["u.", "rebel"]  # Snowball drops the final s of "u.s"
    assert {"U.S", "the", "Rebels"} <= lex._pieces.keys()  # filled by the misses of the terms
    assert lex.stems(["U.S", "the", "Rebels"]) == ["u", "s", "the", "rebel"]
    lex = Lexicon("english")
    assert lex.stems(["2024", "seized"]) == ["2024", "seiz"]
    assert lex._term == {"2024": "", "seized": "seiz"}
    lex = Lexicon("english")
    lex._pieces.limit = 1  # a full table is not filled past its limit by the other's misses
    lex.terms(["rebels", "seized"])
    assert list(lex._pieces) == ["rebels"]


def test_lemminflect_read_directly_gives_what_its_functions_give():
    import lemminflect

    for word in ["rose", "risen", "plans", "Plans", "US", "withdrawn", "open", "is", "zanzibari", "reportedly"]:
        assert wordforms._lemmas(word) == lemminflect.getAllLemmas(word)
    for lemma in ["rise", "be", "Plan", "withdraw", "zanzibar"]:
        assert wordforms._verb_forms(lemma) == lemminflect.getAllInflections(lemma, upos="VERB")
    # Nothing of lemminflect's tables was changed by the answers written above.
    assert lemminflect.getAllInflections("rise", upos="VERB")["VBD"] == ("rose",)
    assert lemminflect.getAllLemmas("Plans") == {"NOUN": ("Plan",), "VERB": ("Plan",)}
