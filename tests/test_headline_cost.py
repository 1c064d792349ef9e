"""The headline's cheaper forms (issue 15): each quick test and rewritten pattern gives what the rule
it stands for gave. Expected lines are worked out by hand; the old patterns are written out here."""

import random
import re

import pytest

from summarizer.headlines import _FIRST_PERSON, _VAGUE, _closes_quote, _first_person, _first_relative, _teases
from summarizer.headlines import headlinese
from summarizer.headlines.attribution import _ATTRIBUTION, _ATTRIBUTION_WORDS, _find_attribution, strip_attribution
from summarizer.headlines.closing import dangling, ends_possessive, open_aside
from summarizer.headlines.compress import _STATE_ASIDE, _STATE_NAMED, spare
from summarizer.headlines.ends import dangles
from summarizer.headlines.headlinese import (
    _QUOTES, _REPORTED, _REPORTING_WORDS, _strip_articles, _strip_quotes, strip_wire, write_headlinese,
)
from summarizer.headlines.headlinese import is_capital
from summarizer.headlines.openings import strip_opening
from summarizer.headlines.times import TIMES
from summarizer.headlines import trim
from summarizer.headlines.trim import _is_capitalised, shorten_names
from summarizer.headlines.wordforms import APOSTROPHE, before_apostrophe

# Fragments joined at random into texts that hold the marks, commas and words the quick tests look for.
_FRAGMENTS = [
    "The", "minister", "said", "says", "told", "reported", "according to", "Reuters", ",", ";", ".", "'",
    "’", "‘", '"', "“", "”", "`", "s", "Douglas'", "it's", "that", "who", "Which", "WHOM", "where",
    "in", "on Tuesday", "last week", "in May 2004", "Baton Rouge", "Louisiana", "-", "—", "–", "(AP)",
    "fears", "believes", "announced", "confirmed", "\t", "\n", "  ", "a", "the", "an", "own", "few",
]


def _texts(n: int = 3000, seed: int = 15) -> list[str]:
    rng = random.Random(seed)
    return [" ".join(rng.choice(_FRAGMENTS) for _ in range(rng.randint(1, 14))) for _ in range(n)]


def test_quotation_marks_pattern_matches_where_the_old_one_did():
    old = re.compile(r"[\"“”`]|(?<![\w.])['‘’]|(?<=\.)['‘’](?!s\b)|['‘’](?!\w)")
    for text in _texts() + ["'Errors' doomed", "Douglas' son", "Acme Corp.'s", "U.S.' plan", "'"]:
        assert [m.span() for m in _QUOTES.finditer(text)] == [m.span() for m in old.finditer(text)], text


def test_quotation_marks_are_dropped_but_not_apostrophes():
    assert _strip_quotes('He said "no" to Britain’s plan') == "He said  no  to Britain’s plan"
    assert _strip_quotes("Douglas' son") == "Douglas' son"
    assert _strip_quotes("no marks here") == "no marks here"


def test_attribution_starts_at_the_last_comma_or_after_it():
    for text in _texts():
        start = max(text.rfind(","), text.rfind(";"), 0)
        whole = _ATTRIBUTION.search(text)
        if whole is not None:
            assert any(w in text[start:] for w in _ATTRIBUTION_WORDS)
            assert whole.span() == _ATTRIBUTION.search(text, start).span(), text


def test_attribution_after_several_commas_goes():
    # ", officials said" closes the sentence: a reported event or a plan loses it; a call is someone's,
    # and its speaker stays in the headline's present.
    assert strip_attribution("The firm, which makes cars, closed, officials said.") == (
        "The firm, which makes cars, closed")
    assert strip_attribution("The firm, which makes cars, will close, officials said.") == (
        "The firm, which makes cars, will close")
    assert strip_attribution("The firm, which makes cars, should close, officials said.") == (
        "The firm, which makes cars, should close, officials say")
    assert strip_attribution("The firm, which makes cars, will close.") == (
        "The firm, which makes cars, will close.")


def test_reported_frame_needs_one_of_its_words():
    for text in _texts():
        if _REPORTED.match(text) is not None:
            assert any(w in text for w in _REPORTING_WORDS), text


def test_state_aside_needs_a_state_between_commas():
    for text in _texts() + ["motel in Baton Rouge, Louisiana, dies", "in Sanford, Florida, another town"]:
        if _STATE_ASIDE.search(text) is not None:
            assert _STATE_NAMED.search(text) is not None, text


def test_spare_drops_a_state_and_keeps_a_line_without_one():
    line = "Singer found dead at a motel in Baton Rouge, Louisiana, dies aged 45 after a long illness"
    assert spare(line, 8) == line.replace(", Louisiana,", "")
    assert spare("a b c d e f g h i j", 8) == "a b c d e f g h i j"


def test_times_opens_on_white_space_as_before():
    old = re.compile(TIMES.pattern.replace(r"\s\s*(?:", r"\s+(?:", 1))
    assert old.pattern != TIMES.pattern
    for text in _texts():
        assert [m.span() for m in TIMES.finditer(text)] == [m.span() for m in old.finditer(text)], text


def test_first_relative_is_the_first_in_any_case():
    assert _first_relative(["Man", "WHO", "fled", "which", "is"]) == 1
    assert _first_relative(["Man", "fled", "home"]) == 3
    assert _first_relative([]) == 0
    for text in _texts(500):
        found = text.split()
        expected = next((k for k, w in enumerate(found) if w.lower() in {"who", "which", "that", "whose", "whom",
                                                                          "where"}), len(found))
        assert _first_relative(found) == expected


def test_closing_quote_is_the_first_double_mark():
    assert _closes_quote('The paper was left over," Wang said.')
    assert _closes_quote("It was left over” Wang said.")
    assert not _closes_quote('He said "no" to it.')
    assert not _closes_quote("No marks at all.")


def test_dateline_and_wire_still_go():
    # The dateline leaves a space where it stood (write_headlinese joins the words after each step).
    assert strip_wire("LONDON (Reuters) - Shares rose on Monday") == " Shares rose on Monday"
    assert strip_wire("Shares rose on Monday") == "Shares rose on Monday"
    assert strip_wire("Well-known firm rose") == "Well-known firm rose"  # a dash but no dateline


def test_an_opening_is_stripped_twice_when_the_first_left_another():
    # Each opening clause goes in turn: "In London," then "after the talks,"; articles go after.
    assert write_headlinese("In London, after the talks, the minister resigned.") == "minister resigned"
    assert strip_opening("The minister resigned") == "The minister resigned"  # no comma: nothing opens


def test_articles_drop_but_the_last_word_and_a_few_stay():
    assert _strip_articles("the man saw a few of the boys") == "man saw a few of boys"
    assert _strip_articles("it was the") == "it was the"


@pytest.mark.parametrize("tokens, end, expected", [
    (["two", "airlines", "-", "US", "Airways", "and", "Delta"], 5, 2),  # opened at the dash
    (["two", "airlines", "and", "Delta"], 3, None),
    (["Kisna", "-", "Warrior", "Poet", "marks"], 4, None),  # a title's dash between capitals
    (["two", "airlines-", "US", "Airways", "and"], 4, 2),  # a glued dash: opened after it
])
def test_open_aside_reads_only_dashes(tokens, end, expected):
    assert open_aside(tokens, end) == expected


def test_a_line_without_two_capitals_side_by_side_keeps_its_words():
    text = "Blair said that Blair would go."
    assert shorten_names("minister  says Blair will go", text) == "minister says Blair will go"
    assert shorten_names("Tony Blair will go", text) == "Blair will go"


# Round 2 (eleventh session): the same answers, read with less work.

_ROUND_TWO = [
    "He", "has", "Has", "HAD", "have", "chas", "shad", "been", "Been", "is", "this", "Is", "was", "were",
    "are", "Ware", "being", "sold", "risen", "won", "and", "warned", "to", "used to", "headed home",
    "I", "I'm", "I’ve", "War I", "my", "me", "myself", "our", "ours", "ourselves", "some", "time",
    "something", "SomeThing", "anything", "ſomething", "anythıng", "of", "right", "said", "says",
    "according to", "critics", ",", ";", ".", "-", "'", "’", '"', "“", "”", "\t", "  ", "x", "9",
]


def _round_two_texts(n: int = 3000, seed: int = 1511) -> list[str]:
    rng = random.Random(seed)
    joins = ["", " ", " ", " ", "  ", "-", "\n"]
    return ["".join(rng.choice(_ROUND_TWO) + rng.choice(joins) for _ in range(rng.randint(1, 16)))
            for _ in range(n)]


_REAL_LOOKING = [
    "Shares have risen and warned of a fall, the firm has said",
    "The man who has been jailed was freed, police said on Tuesday",
    "He had won; the team HAS been sold, according to the UK's leading movie critics.",
    "Banks, which are being sold, were bought by Acme, Jack Straw said.",
    "This is what was used to be; chas shad were.",
    "I think I'm mad, my friends say, but our team is something of a phenomenon",
    "World War I veteran dies; anything could happen",
    "The bill, it was claimed in court, was paid, officials said",
    "He has again denied it; Saint-Andre has re-opened the debate and HAS only been co-opted",
    "NTL and Telewest have both launched services; both have both",
]


@pytest.mark.parametrize("name, old", [
    ("_PERFECT", r"\b(has|have|had)\s+(?:(again|also|both|now|[a-z]+ly)\s+)?(?:(been)\s+(?:([a-z]+ly)\s+)?)?"
                 r"((?:(?:re|co|pre|de|mis|out|over|under)-)?\w+)\b(?![-'’])"),
    ("_PERFECT_AND", r"\b(has|have|had)\s+(\w+)\b((?:\s+[\w'’-]+){0,8}?)\s+and\s+(\w+)\b(?![-'’])"),
    ("_PASSIVE", r"\b(?:is|are|was|were)\s+(being\s+)?(?:([a-z]+ly)\s+)?(\w+)\b(?![-'’])"),
])
def test_auxiliary_patterns_match_where_the_old_ones_did(name, old):
    new = getattr(headlinese, name)
    old = re.compile(old, new.flags)
    for text in _round_two_texts() + _REAL_LOOKING:
        found = [(m.span(), m.groups()) for m in new.finditer(text)]
        assert found == [(m.span(), m.groups()) for m in old.finditer(text)], text


def test_auxiliaries_still_go_from_a_line():
    assert write_headlinese("Shares have risen sharply") == "Shares rise sharply"
    assert write_headlinese("The firm was sold to Acme") == "firm sold to Acme"
    assert write_headlinese("He was sold to Acme") == "He was sold to Acme"  # a pronoun's clause keeps it
    assert write_headlinese("The man who has been jailed was freed") == "man who has been jailed freed"


def test_attribution_is_found_where_the_search_found_it():
    def old(text):
        start = max(text.rfind(","), text.rfind(";"), 0)
        return _ATTRIBUTION.search(text, start) if any(w in text[start:] for w in _ATTRIBUTION_WORDS) else None

    for text in _round_two_texts() + _texts() + _REAL_LOOKING:
        start = max(text.rfind(","), text.rfind(";"), 0)
        found, expected = _find_attribution(text, start), old(text)
        assert (found and found.span()) == (expected and expected.span()), text
    assert strip_attribution("The firm closed, officials said.") == "The firm closed"
    assert strip_attribution("Prices will rise, according to critics") == "Prices will rise, according to critics"


def test_first_person_is_found_where_the_pattern_found_it():
    for text in _round_two_texts() + _REAL_LOOKING:
        assert _first_person(text) == (_FIRST_PERSON.search(text) is not None), text
    assert _first_person("I think I'm mad")
    assert not _first_person("World War I veteran dies")
    assert not _first_person("Some time later")


def test_vague_quick_test_holds_wherever_the_pattern_matches():
    for text in _round_two_texts() + _REAL_LOOKING:
        if _VAGUE.search(text):
            low = text.lower()
            assert "meth" in low or "yth" in low, text
    # No other character matches the five letters in a case-blind pattern (as "ı" does "i").
    every = "".join(map(chr, range(0x110000)))
    for letter in "methy":
        assert {m[0] for m in re.finditer(letter, every, re.IGNORECASE)} == {letter, letter.upper()}
    assert _teases("They are clearly doing something right")
    assert not _teases("It is something of a phenomenon")


def test_capitalised_tokens_as_the_function_reads_them():
    for text in _round_two_texts(500) + _REAL_LOOKING + ["Tony Blair", "US", "A", "O'Neill", "McDonald", "3M"]:
        for t in text.split():
            inline = t[0].isupper() and len(t) > 1 and not t.isupper() and t[1].isalpha()
            assert inline == (t[0].isupper() and _is_capitalised(t)), t


def test_reported_quick_test_answers_as_the_whole_list_did():
    whole = "said|says|say|announced|reported|confirmed|believe|believes|fear|fears".split("|")
    assert len(_REPORTING_WORDS) < len(whole)
    for text in _texts() + _REAL_LOOKING + ["He believes", "It fears", "She says"]:
        assert any(w in text for w in _REPORTING_WORDS) == any(w in text for w in whole), text


def test_apostrophe_quick_tests_answer_as_the_patterns_did():
    words = [w for text in _round_two_texts(500) + _REAL_LOOKING for w in text.split()]
    for word in words + ["That's", "it’s", "players'", "country's", "'", "’s", "rock'n'roll", "x"]:
        assert before_apostrophe(word) == APOSTROPHE.split(word, 1)[0], word
        assert ends_possessive(word) == (re.search(r"\w['’]s?$", word) is not None), word


def test_a_contraction_still_dangles():
    stop = dangling("english")
    assert dangles(["he", "says", "it's"], stop, True, False)
    assert dangles(["he", "says", "they’re"], stop, True, False)
    assert not dangles(["Blair", "wins", "vote"], stop, True, False)


# Round 3 (twelfth session): work done once or skipped where it cannot change the answer.

_NAMES_LINE = [
    "Tony", "Blair", "Blair's", "Blair,", "Lindsay", "Davenport", "Top", "seed", "Prime", "Minister", "Mr",
    "If", "Monday", "London", "Irish", "Aero", "India", "2005", "Changi", "Airport", "al", "Qaeda", "the",
    "State", "Department", "will", "go", "said", "won", "to", "visit", "of", "and", "US", "O'Neill", "Brown’s",
    "former", "world", "number", "tennis", "star", "seed", "seed", "coach", "Wales",
]
_NAMES_TEXT = ("Blair said he would go. Mr Blair met Davenport. Davenport won in London, and Irish fans sang. "
               "The State of Terror; Brown’s plan. O'Neill: 'Qaeda' struck. Neill spoke.")


def _old_shorten_names(line, text):
    """``trim.shorten_names`` as it was, a step for every word."""
    tokens = line.split()
    capitalised = [t[0].isupper() and len(t) > 1 and not t.isupper() and t[1].isalpha() for t in tokens]
    if not any(map(lambda a, b: a and b, capitalised, capitalised[1:])):
        return " ".join(tokens)
    size, out, subject_at, i = len(tokens), [], None, 0
    while i < size:
        if capitalised[i] and tokens[i].lower() in trim._OPENS_A_CLAUSE:
            out.append(tokens[i])
            i += 1
            continue
        j = i
        while j < size and capitalised[j] and tokens[j].lower() not in trim._NOT_NAMES:
            j += 1
            if tokens[j - 1][-1] in ",;:" or tokens[j - 1].endswith(trim._POSSESSIVE_ENDS):
                break
        if j - i >= 2 and not (j - i == 2 and i > 1 and tokens[i - 1] in trim.NAME_PARTICLES
                               and capitalised[i - 2]):
            surname = trim._POSSESSIVE.sub("", tokens[j - 1].rstrip(",;:"))
            given = tokens[j - 2]
            numbered = (j < len(tokens) and trim.YEAR.fullmatch(tokens[j]) is not None
                        and tokens[j - 1] == surname)
            person = not numbered and surname not in trim.PEOPLES and surname not in trim.INSTITUTIONS
            person = person and trim.is_first_name(given) and trim._NAME.fullmatch(surname) is not None
            if person and trim.used_alone(surname, given, text):
                if subject_at is None and trim._descriptor(out) and j < len(tokens) and trim._verb_next(tokens[j]):
                    out.clear()
                    subject_at = 0
                elif out and (out[-2:-1] and out[-1] == "of" and out[-2] in trim._SPLIT_TITLES
                              or trim.ACRONYM.fullmatch(out[-1]) or out[-1].lower() in trim._OF_THE_TITLE):
                    out.extend(tokens[i : j - 2])  # the title's end ("Secretary of State", "US President")
                out.append(tokens[j - 1])
                i = j
                continue
        if j > i:
            out.extend(tokens[i:j])
            i = j
        else:
            out.append(tokens[i])
            i += 1
        if subject_at is None and len(out) > trim._MAX_DESCRIPTOR:
            subject_at = -1
    return " ".join(out)


def test_names_are_shortened_as_the_word_by_word_loop_did():
    rng = random.Random(1512)
    lines = [" ".join(rng.choice(_NAMES_LINE) for _ in range(rng.randint(1, 18))) for _ in range(3000)]
    by_hand = ["Top seed Lindsay Davenport won", "If Tony Blair will go", "Aero India 2005 opens",
               "former world number one tennis star Lindsay Davenport won", "world number one Lindsay Davenport won",
               "former world number one tennis coach star Lindsay Davenport won"]
    for line in lines + by_hand:
        assert shorten_names(line, _NAMES_TEXT) == _old_shorten_names(line, _NAMES_TEXT), line
    assert shorten_names("Top seed Lindsay Davenport won in London", _NAMES_TEXT) == "Davenport won in London"


def test_whole_words_and_possessives_found_as_before():
    rng = random.Random(1513)
    marks = ["Blair", "Blair's", "Blair’s", "Blairs", "-", "'", "’s", " ", "x", "9", "é", "\n", "s"]
    for _ in range(3000):
        word = "".join(rng.choice(marks) for _ in range(rng.randint(1, 4)))
        text = "".join(rng.choice(marks) for _ in range(rng.randint(0, 12)))
        assert trim._without_possessive(word) == trim._POSSESSIVE.sub("", word), word
        for joiners in ("", "-"):
            old = [m.start() for m in re.finditer(re.escape(word), text)]
            # str.find's matches do not overlap: from each whole match on, the next search starts at its end.
            expected, end = [], -1
            for at in old:
                if at < end:
                    continue
                stop = at + len(word)
                if not ((at > 0 and (text[at - 1].isalnum() or text[at - 1] in joiners)) or (
                        stop < len(text) and (text[stop].isalnum() or text[stop] in joiners))):
                    expected.append(at)
                end = stop
            assert list(trim.occurrences(word, text, joiners)) == expected, (word, text)


def test_a_split_at_most_n_times_counts_and_opens_as_the_whole_split():
    # ``spare`` reads a line's length and its first words from ``split(maxsplit=n)``.
    for text in _texts() + _round_two_texts() + ["", " ", "a", " a b  ", "a\tb\nc "]:
        for n in range(0, 9):
            assert (len(text.split(maxsplit=n)) <= n) == (len(text.split()) <= n), (text, n)
            assert text.split(maxsplit=n)[:n] == text.split()[:n], (text, n)


def test_first_relative_quick_test_answers_as_the_lookup_did():
    def old(found):
        lowered = list(map(str.lower, found))
        present = {"who", "which", "that", "whose", "whom", "where"}.intersection(lowered)
        return min(map(lowered.index, present)) if present else len(found)

    rng = random.Random(1514)
    parts = ["who", "WHO", "Whose", "whom", "wHiCh", "That", "THAT'S", "where", "wh", "o", "at", "th", "Σ", "ΣΑ",
             "İ", "K", "\u212a", "ſ", "x", "-", "'"]  # (U+212A, the Kelvin sign, lowercases to "k")
    for _ in range(3000):
        found = ["".join(rng.choice(parts) for _ in range(rng.randint(1, 3))) for _ in range(rng.randint(1, 8))]
        assert _first_relative(found) == old(found), found


def test_leading_clause_quick_test_holds_wherever_the_pattern_matches():
    from summarizer.headlines.openings import _LEADING_CLAUSE, STATES, _may_open_on_a_clause

    old = (r"^(?!as (?:many|much|few|little|long|far|well) as\b|"
           r"at (?:least|most) (?:\d|an? |one |two |three |four |five |six |seven |eight |nine |ten |dozens "
           r"|hundreds |thousands |half )"
           r"(?![^,]{0,40}\b(?:minutes?|hours?|days?|weeks?|months?|years?|decades?|times)\b))"
           r"(?:after|although|amid|as|at|because|before|by|despite|following|for|from|if|in|on|once|since|"
           r"though|to|under|when|while|with|without|during|meanwhile|however|but|and|yet|so|also|speaking|"
           r"according|over|across|ahead of|earlier|later|last|this|every|"
           r"just as|just when|just after|just before|everywhere|elsewhere|"
           r"(?:today|tonight|yesterday)(?=,(?!\s+tomorrow[\s,]))|"
           r"the (?:last|first|next) time(?=\s+(?:(?-i:[A-Z\"“‘'])|(?:the|a|an|he|she|it|they|we|i|you|his|"
           r"her|their|its|our|my|this|that|these|those)\b))|"
           r"[a-z]+ing|[a-z]+ly|"
           r"(?:[\w'-]+\s+){1,3}(?:after|before|later|ago)|"
           r"(?:(?:\d[\d.,]*|a|an|and|half|few|several|mere|just|only|one|two|three|four|five|six|seven|"
           r"eight|nine|"
           r"ten|eleven|twelve|couple|of)\s+){2,4}(?:minutes|hours|days|weeks|months|years|decades)\s+"
           r"(?:after|before)|"
           r"(?:nearly|almost|more than)\s[^,]{0,60}?\b(?:after|before|later|ago))\b[^,]{0,80},"
           r"(?:\s+(?:1[89]|20)\d\d,)?"
           rf"(?:\s+(?:{STATES}),)?"
           r"[\"”’']?\s+")
    assert _LEADING_CLAUSE.pattern == old
    rng = random.Random(1515)
    parts = ["three and a half", "decades",
             "After", "AS", "as many as", "In", "in2", "Inside", "IF", "Since", "this", "Every", "More than",
             "ahead of", "Just as", "juſt", "Elsewhere", "nowhere", "Speaking", "Clearly", "RUNNıNG",
             "İn", "ſo", "Sınce", "ſpeaking", "aſ", "Two", "days",
             "AGO", "later", "Before", "The", "Police", "said", "é", "x", "-", "'", "”", ",", ", ", " ", "  ",
             "spea\u212aing", "\u212a",
             "\t", "2004", "Tony", "Blair", "on", "Monday", "Today", "TONIGHT", "yesterday's",
             "the last time", "THE FIRST TIME", "The next", "laſt", "tıme", "the firſt time"]
    texts = ["".join(rng.choice(parts) + rng.choice(["", " ", " "]) for _ in range(rng.randint(1, 10)))
             for _ in range(5000)]
    matched = 0
    extra = ["After two days of talks, the deal", "Two days later, he", "Clearly, it", "İn May, he",
             "Yesterday, the prime minister met", "Today, he", "Tonight, it", "The last time he played, he",
             "The morning after the vote, he",
             "The First Time Obama met Putin, the two"]
    for text in texts + extra:
        if _LEADING_CLAUSE.match(text):
            matched += 1
            assert _may_open_on_a_clause(text), text
    assert matched > 200  # (the texts do reach the pattern)
    assert not _may_open_on_a_clause("The minister said, in a statement")
    # The letters of "after", "before", "later" and "ago" match no other character in a case-blind pattern.
    every = "".join(map(chr, range(0x110000)))
    for letter in set("afterbeforelaterago"):
        assert {m[0] for m in re.finditer(letter, every, re.IGNORECASE)} == {letter, letter.upper()}


def test_open_aside_without_a_dash_is_none_as_the_loop_found():
    def old(tokens, end):
        opened = dash = None
        for k in range(end):
            token = tokens[k]
            if token[-1:] not in "-—–":
                continue
            glued = len(token) > 1 and token[-1] in "-—–" and token[-2].isalnum()
            in_name = 0 < k < len(tokens) - 1 and is_capital(tokens[k - 1][:1]) and is_capital(tokens[k + 1][:1])
            if (token in ("-", "--", "—", "–") and not in_name) or glued:
                opened, dash = (k + glued, k) if opened is None else (None, None)
        return opened if dash is not None and dash < end - 1 else None

    rng = random.Random(1516)
    parts = ["two", "airlines-", "US", "Airways", "-", "—", "–", "--", "back-tax", "and", "Kisna", "x", "9-"]
    for _ in range(3000):
        tokens = [rng.choice(parts) for _ in range(rng.randint(1, 10))]
        for end in range(1, len(tokens) + 1):
            assert open_aside(tokens, end) == old(tokens, end), (tokens, end)
