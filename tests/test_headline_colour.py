import pytest

from summarizer import headline
from summarizer.headlines.colour import READER_CHARACTERS, READER_WORDS, drop_colour


@pytest.mark.parametrize("line, expected", [
    # (over 12 words: the adjective that only colours its noun goes)
    ("Chechen authorities find remains of four kidnapped foreigners near remote village in breakaway region",
     "Chechen authorities find remains of four kidnapped foreigners near village in breakaway region"),
    ("Separate trials of two prominent democracy advocates for inciting subversion of state opened",
     "Separate trials of two democracy advocates for inciting subversion of state opened"),
    # (over 75 characters, within 12 words)
    ("Allen finds wreck of long-lost World War II Japanese battleship near Philippines",
     "Allen finds wreck of World War II Japanese battleship near Philippines"),
])
def test_a_long_line_gives_up_an_adjective_that_only_colours_its_noun(line, expected):
    assert drop_colour(line) == expected


@pytest.mark.parametrize("line", [
    # a predicate or a degree, not a noun's colour
    "Singer who was once so famous for her hits and her films now lives quietly in small village",
    "Director of one of most famous museums in the whole wide world steps down after twenty years",
    # its complement follows ("famous for"), a quotation keeps it, the line opens on it
    "Town that became famous for its cheese and its wine now fears for its future after fire at dairy",
    "Minister says 'we are a famous old party with a long history' as members gather in Blackpool",
    "Prominent lawyers from across the country gather in capital to protest against new law on courts",
    # a quotation's "an" before it: "such an iconic piece" would read "such an piece"
    "We are excited to add such an iconic piece of movie history to our collection of film props",
])
def test_what_is_no_colour_of_a_noun_in_a_long_line_stays(line):
    assert len(line.split()) > READER_WORDS or len(line) > READER_CHARACTERS
    assert drop_colour(line) == line


def test_a_headline_over_the_readers_length_loses_its_colour_but_not_its_verb():
    text = ("Chechen authorities have found the remains of four kidnapped foreigners near a remote village in "
            "the breakaway region. The four were seized in October. Officials gave no details.")
    assert "remote" not in headline(text)
    # "acclaimed" is a participle, which may be the line's verb: it is no colour ("Jol acclaims players")
    text = ("Tottenham manager Martin Jol acclaimed his players for their patience in their 3-0 FA Cup "
            "fifth-round victory over a determined Nottingham Forest side. Jol said it was a fine win.")
    assert "Jol acclaims players for patience" in headline(text)


def test_a_line_within_the_readers_length_keeps_its_colour():
    assert drop_colour("Nine-year-old boy locked in tiny cage") == "Nine-year-old boy locked in tiny cage"
