"""Tests of the rule-based sentence segmenter (hand-written examples and properties)."""

import importlib.util
import time

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from summarizer import segment
from summarizer.segment import split_sentences


def sentences(text, *args):
    return [text[s:e] for s, e in split_sentences(text, *args)]


def check_invariants(text, spans, start=0, end=None):
    """The documented contract of split_sentences, for any input."""
    start, end, _ = slice(start, end).indices(len(text))
    previous_end = start
    for s, e in spans:
        assert isinstance(s, int) and isinstance(e, int)
        assert previous_end <= s < e <= end, "spans are ordered, non-empty, non-overlapping, in range"
        piece = text[s:e]
        assert piece == piece.strip(), "spans are stripped"
        assert len(piece.splitlines()) == 1, "spans never cross a line break"
        assert text[previous_end:s].strip() == "", "only whitespace is left between spans"
        previous_end = e
    assert text[previous_end:end].strip() == "", "every non-space character is covered"


# --- One example (or more) for each rule -------------------------------------------------------

CASES = {
    "abbreviations": (
        "Mr. Smith met Dr. Jones and Prof. Brown at St. Paul's. Gen. Augusto Pinochet was not there.",
        ["Mr. Smith met Dr. Jones and Prof. Brown at St. Paul's.", "Gen. Augusto Pinochet was not there."],
    ),
    "abbreviation before a number": (
        "He lives at No. 10 and reads p. 5 of Vol. 2 on Jan. 5 every year.",
        ["He lives at No. 10 and reads p. 5 of Vol. 2 on Jan. 5 every year."],
    ),
    "abbreviation ending a sentence": (
        "He works for Acme Inc. The company makes anvils, bolts, etc. It moved to the U.S. Its sales rose.",
        [
            "He works for Acme Inc.",
            "The company makes anvils, bolts, etc.",
            "It moved to the U.S.",
            "Its sales rose.",
        ],
    ),
    "abbreviation inside a name": (
        "Acme Corp. Chairman John Smith spoke to U.S. President Bush in Washington, D.C. on Monday.",
        ["Acme Corp. Chairman John Smith spoke to U.S. President Bush in Washington, D.C. on Monday."],
    ),
    "initials": (
        "George W. Bush read J.R.R. Tolkien at 9 a.m. on Sunday. He liked it.",
        ["George W. Bush read J.R.R. Tolkien at 9 a.m. on Sunday.", "He liked it."],
    ),
    "decimals and money": (
        "Profits jumped 76% to $1.13bn (£600m). Sales rose 2.5% to 11.1bn. Its shares gained 0.5.",
        ["Profits jumped 76% to $1.13bn (£600m).", "Sales rose 2.5% to 11.1bn.", "Its shares gained 0.5."],
    ),
    "quote closed by an attribution": (
        '"I think so," he said. "Is it?" she asked. "Could I fly the airplane?" Hailey later recalled.',
        [
            '"I think so," he said.',
            '"Is it?" she asked.',
            '"Could I fly the airplane?" Hailey later recalled.',
        ],
    ),
    "quote that closes a sentence": (
        'He said "yes." Then he left. "Why?" The pilot was sick.',
        ['He said "yes."', "Then he left.", '"Why?"', "The pilot was sick."],
    ),
    "quote followed by a quote": (
        'In it, he said: "Just spoke to trev." "think tbwa shd give statement."',
        ['In it, he said: "Just spoke to trev."', '"think tbwa shd give statement."'],
    ),
    "curly quotes and brackets": (
        "He said “it is over.” Then he left. (She stayed.) They met again.",
        ["He said “it is over.”", "Then he left.", "(She stayed.)", "They met again."],
    ),
    "ellipses": (
        "It is a recovery... much patchier than expected. We waited... Then it came. Well\u2026 No.",
        [
            "It is a recovery... much patchier than expected.",
            "We waited...",
            "Then it came.",
            "Well\u2026",
            "No.",
        ],
    ),
    "question and exclamation marks": (
        "Is it over? Yes! It is over?! Who is Sylvia? by Edward Albee is a play.",
        ["Is it over?", "Yes!", "It is over?!", "Who is Sylvia? by Edward Albee is a play."],
    ),
    "punctuation that continues a sentence": (
        "He waited . . . Then it came . Shares in Yahoo! Inc. rose. In Calif. , it rained. Why ? ! No.",
        [
            "He waited . . .",
            "Then it came .",
            "Shares in Yahoo! Inc. rose.",
            "In Calif. , it rained.",
            "Why ? !",
            "No.",
        ],
    ),
    "sentences starting with a quote or a digit": (
        "He left. \"We will return,\" he said. 2004 was a good year. 'Maybe,' she said.",
        ["He left.", '"We will return," he said.', "2004 was a good year.", "'Maybe,' she said."],
    ),
    "sentence starting in lower case": (
        "Apple sold more. iPod sales doubled. eBay did not comment.",
        ["Apple sold more.", "iPod sales doubled.", "eBay did not comment."],
    ),
    "lower case after a full stop": (
        "Prices rose, e.g. for oil. He paid approx. two dollars. It costs 5 vs. 6 dollars.",
        ["Prices rose, e.g. for oil.", "He paid approx. two dollars.", "It costs 5 vs. 6 dollars."],
    ),
    "newswire quotes": (
        "``We are done,'' he said. ``It is over.'' Then Ms. Clywd left. ``Why?'' Smith asked.",
        ["``We are done,'' he said.", "``It is over.''", "Then Ms. Clywd left.", "``Why?'' Smith asked."],
    ),
    "pre-tokenized text": (
        (
            "violation of a 14-month ceasefire . The director-generals will talk . `` The Pakistani "
            "side has denied firing . Let 's see . '' Mr. Singh 's visit was calm . What now ? Wait !"
        ),
        [
            "violation of a 14-month ceasefire .",
            "The director-generals will talk .",
            "`` The Pakistani side has denied firing .",
            "Let 's see . ''",
            "Mr. Singh 's visit was calm .",
            "What now ?",
            "Wait !",
        ],
    ),
    "capitals in datelines": (
        "ST. KITTS and NEVIS _ Both islands were hit. GEN. SMITH left.",
        ["ST. KITTS and NEVIS _ Both islands were hit.", "GEN. SMITH left."],
    ),
    "no final punctuation": (
        "A headline without a full stop",
        ["A headline without a full stop"],
    ),
    "a caption glued to the next sentence": (
        "Miss Carter, 25, was born with nystagmus, a condition which means she cannot focus her eyes "
        "at will and has had since birth A blind woman claims she was refused a passport last week.",
        [
            "Miss Carter, 25, was born with nystagmus, a condition which means she cannot focus her eyes "
            "at will and has had since birth",
            "A blind woman claims she was refused a passport last week.",
        ],
    ),
    "a labelled caption glued to the next sentence": (
        "Spy: One of the victims is made to confess his crimes to the camera before the two men are "
        "beheaded Horror: After one of the men has spoken, the pair are beheaded by the fighters.",
        [
            "Spy: One of the victims is made to confess his crimes to the camera before the two men are beheaded",
            "Horror: After one of the men has spoken, the pair are beheaded by the fighters.",
        ],
    ),
    "a long sentence with a name after a verb of saying or a pronoun I stays whole": (
        "The minister, speaking after a long meeting with union leaders and business groups on Monday "
        "evening, told The Times that when I asked him he would not say what the plan would cost.",
        [
            "The minister, speaking after a long meeting with union leaders and business groups on Monday "
            "evening, told The Times that when I asked him he would not say what the plan would cost."
        ],
    ),
}


@pytest.mark.parametrize("text, expected", CASES.values(), ids=CASES.keys())
def test_rules(text, expected):
    spans = split_sentences(text)
    assert [text[s:e] for s, e in spans] == expected
    check_invariants(text, spans)


def test_line_breaks_end_sentences():
    text = "  First line without end\r\nSecond line. Third\n\n\tFourth\u2028fifth  \n"
    assert sentences(text) == ["First line without end", "Second line.", "Third", "Fourth", "fifth"]


@pytest.mark.parametrize("text", ["", " ", "\n\n", " \t\r\n \u00a0\u2003 \n"])
def test_empty_and_blank(text):
    assert split_sentences(text) == []


def test_no_punctuation_is_one_sentence_per_line():
    lines = ["the quick brown fox", "jumps over", "the lazy dog"]
    text = "\n".join(lines) + "\n"
    assert sentences(text) == lines


def test_offsets_are_absolute_and_limited_to_the_region():
    text = "Skip this. Take this one. And this. Not this."
    start = text.index("Take")
    end = text.index("Not")
    spans = split_sentences(text, start, end)
    assert [text[s:e] for s, e in spans] == ["Take this one.", "And this."]
    assert spans[0][0] == start
    assert split_sentences(text, start, end) == split_sentences(text, start - len(text), end - len(text))
    assert split_sentences(text, 5, 5) == split_sentences(text, 9, 3) == []
    assert split_sentences(text, 0, 10**9) == split_sentences(text)


@pytest.mark.parametrize(
    "text",
    [
        "word " * 200_000,  # no punctuation at all
        "x" * 1_000_000,  # a single huge token
        "a. " * 100_000,  # a candidate boundary every three characters
        "Mr. " * 100_000,  # ... all of them abbreviations
        "a.b" * 330_000 + ". Then",  # dots in a huge token
        "." * 500_000 + " " + "'" * 500_000,  # long runs of punctuation and closing quotes
        "?'' " * 100_000,  # closing quotes after question marks, then a lower-case word
        ('"Why?" ' + "Ab " * 3) * 30_000,  # attributions that almost match
    ],
    ids=["words", "token", "dots", "titles", "dotted-token", "punctuation-runs", "quotes", "attribution"],
)
def test_linear_time_on_long_input(text):
    tic = time.perf_counter()
    spans = split_sentences(text)
    elapsed = time.perf_counter() - tic
    assert elapsed < 10.0, f"{elapsed:.1f}s for {len(text):,} characters: not linear?"
    check_invariants(text, spans)


def test_import_does_no_work():
    # The abbreviation tables are built on first use, not at import time: load a fresh copy of the
    # module (inside the package, whose summarizer.speedups it imports).
    import summarizer.segment

    spec = importlib.util.spec_from_file_location("summarizer._fresh_segment", summarizer.segment.__file__)
    fresh = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(fresh)
    assert fresh._tables.cache_info().currsize == 0
    assert fresh.__all__ == ["split_sentences", "sentence_objects"]
    assert fresh.split_sentences("One. Two.") == [(0, 4), (5, 9)]
    assert fresh._tables.cache_info().currsize == 1


def test_sentences_of_paragraphs_by_hand():
    text = "Mr. Smith left.\n* * *\nHe came back. Then he sat."
    found = segment.sentence_objects(text, [(0, 15), (16, 21), (22, 48)], 3)
    assert [(s.text, s.article, s.paragraph, s.start, s.end, s.position, s.words) for s in found] == [
        ("Mr. Smith left.", 3, 0, 0, 15, 0, ("Mr", "Smith", "left")),  # "* * *" has no word: no sentence
        ("He came back.", 3, 2, 22, 35, 1, ("He", "came", "back")),
        ("Then he sat.", 3, 2, 36, 48, 2, ("Then", "he", "sat")),
    ]
    assert segment.sentence_objects(text, [], 0) == []


# --- Properties on arbitrary text --------------------------------------------------------------

# Text built from the characters that matter to the rules, plus anything else Unicode has.
_ALPHABET = st.sampled_from(
    list("aZ. .!?\u2026\"''`()\u201c\u201d\u2019-,:;0\n\r\t \u00a0\u2028\x1c\x85")
    + ["Mr", "Inc", "U.S", "The", "iPod", "said", "``", "''", "...", " . "]
)
_TEXTS = st.one_of(st.text(), st.lists(_ALPHABET, max_size=80).map("".join))


@settings(max_examples=500, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(text=_TEXTS, start=st.integers(-100, 100), end=st.none() | st.integers(-100, 100))
def test_properties(text, start, end):
    spans = split_sentences(text, start, end)
    check_invariants(text, spans, start, end)
    # A region is segmented as if it were the whole text: no peeking outside it.
    lo, hi, _ = slice(start, end).indices(len(text))
    assert spans == [(s + lo, e + lo) for s, e in split_sentences(text[lo:hi])]


@settings(deadline=None)
@given(st.lists(st.text(alphabet=st.characters(categories=["L", "N", "Zs"])), max_size=10))
def test_text_without_punctuation_gives_its_lines(lines):
    text = "\n".join(lines)
    assert sentences(text) == [line.strip() for line in lines if line.strip()]


def test_a_glued_break_after_a_word_longer_than_the_window_is_found_as_in_the_whole_span():
    # Eight words before "The", one of 450 characters: the window of 400 characters holds five of them,
    # too few to decide, so the whole span is read and the break is found (six words are needed).
    text = ("alpha beta gamma " + "x" * 450 + " one two three four The dog ran off into the wild woods and "
            "was never seen again by anyone at all in the town today or since")
    at = text.index(" The ")
    assert segment._unglue(text, 0, len(text)) == [(0, at), (at + 1, len(text))]


def test_a_long_run_of_candidate_breaks_after_a_name_word_stays_one_span():
    # "as He": "as" continues a sentence into a name, so no candidate splits it, however many there are.
    text = "He was as much as " * 2000
    assert segment._unglue(text, 0, len(text)) == [(0, len(text))]
