"""A few words the sentence quotes keep their marks in the headline: whose word it is."""

import pytest

from summarizer.headlines import compress
from summarizer.headlines.quotes import requote


@pytest.mark.parametrize(("sentence", "expected"), [
    # Someone's verdict, not the paper's.
    ('Deaths in custody have reached "shocking" levels, a committee of MPs and peers has warned.',
     "Deaths in custody reach 'shocking' levels"),
    ("Blair urged London mayor Ken Livingstone to apologise for his “Nazi” comment to a Jewish reporter.",
     "Blair urges London mayor Ken Livingstone to apologise for 'Nazi' comment to Jewish reporter"),
    # A title or a nickname, a comma inside the closing mark.
    ("Dwayne 'The Rock' Johnson has been named the highest paid actor.",
     "Dwayne 'The Rock' Johnson named highest paid actor"),
    ('The coach called the referee\'s decision "disgraceful," and said the club would appeal.',
     "Coach calls referee's decision 'disgraceful'"),
    # A quotation of more than a few words is someone's sentence: no marks.
    ('The players\' union said the deal was "a disgrace to the whole game" and it would fight it.',
     "Players' union said deal was disgrace to whole game and it would fight it"),
    # The words also said without marks: the line may hold those.
    ('Jones said he was "sorry" and that he was sorry again for the mess.',
     "Jones sorry and that he was sorry again for mess"),
    # An apostrophe is no quotation mark.
    ("Rock 'n' roll legend Elvis Presley is set to top the charts again.",
     "Rock 'n' roll legend Elvis Presley set to top charts again"),
])
def test_quoted_words_keep_their_marks(sentence, expected):
    assert compress(sentence, 14, overrun=2) == expected


def test_a_stretch_cut_by_the_line_stays_bare():
    # The line holds only the first of the quoted words: no mark opens without its close.
    assert requote("Minister rejects plan", 'The minister rejected the "plan for growth" on Monday.') == (
        "Minister rejects plan")
    assert requote("Minister rejects plan for growth", 'The minister rejected the "plan for growth".') == (
        "Minister rejects 'plan for growth'")


def test_a_line_that_is_only_the_quoted_words_stays_bare():
    assert requote("Shocking", 'It was "Shocking".') == "Shocking"


def test_the_marks_count_in_a_character_budget():
    sentence = 'Deaths in custody have reached "shocking" levels, a committee of MPs has warned.'
    assert compress(sentence, 14, characters=41) == "Deaths in custody reach 'shocking' levels"
    # Two characters short for the marks: the line without them.
    assert compress(sentence, 14, characters=40) == "Deaths in custody reach shocking levels"


@pytest.mark.parametrize(("sentence", "expected"), [
    # Single marks that elide a letter or close a plural's possessive are no quotation (an odd count of
    # them at a word's edge), nor is a decade's.
    ("A stage version of 'Singin' in the Rain' has opened in London to rave reviews.",
     "Stage version of Singin in Rain opens in London to rave reviews"),
    ("The 'players' union' has rejected the offer from the league.",
     "Players union rejects offer from league"),
    ("Fans of the '90s boy bands' reunion tour queued overnight for tickets.",
     "Fans of the 90s boy bands reunion tour queued overnight for tickets"),
    # Two quoted words and a plural's possessive elsewhere: an even count.
    ("The boys' and girls' teams called the decision 'unfair'.",
     "Boys' and girls' teams call decision 'unfair'"),
])
def test_the_second_readers_apostrophes_are_no_quotation(sentence, expected):
    assert compress(sentence, 14, overrun=2) == expected


@pytest.mark.parametrize(("sentence", "expected"), [
    # a short quotation's own comma is no place to cut, and comes back with its marks
    ("Tory leader Michael Howard has dismissed Gordon Brown's Budget as \"vote now, pay later\" spending "
     "plans.",
     "Michael Howard dismisses Gordon Brown's Budget as 'vote now, pay later' spending plans"),
    ("The \"bold, brave\" plan was backed by MPs.", "'Bold, brave' plan backed by MPs"),
    # a comma that closes the quotation is the sentence's
    ("He called it \"shocking,\" and left.", "He called it 'shocking', and left"),
])
def test_a_short_quotations_own_comma_holds_it_together(sentence, expected):
    assert compress(sentence, 14, "english", sentence, 2) == expected
