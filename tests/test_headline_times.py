import pytest

from summarizer.headlines import compress
from summarizer.headlines.headlinese import write_headlinese
from summarizer.headlines.times import TIME_HINT, TIMES, strip_times


@pytest.mark.parametrize(
    "phrase",
    ["on Monday", "late Friday night", "yesterday", "tonight", "last week", "earlier this month",
     "in early March 2004", "since May", "in 1984", "this weekend", "over the weekend", "at the weekend",
     "early next month"],
)
def test_every_time_the_pattern_drops_passes_the_quick_test(phrase):
    assert TIMES.search(f" {phrase}") is not None
    assert TIME_HINT.search(phrase) is not None


def test_a_line_without_a_time_is_not_searched_and_one_with_a_time_loses_it():
    line = "Ministers met in Paris to agree a deal"
    assert strip_times(line) is line
    assert " ".join(strip_times("Ministers met on Tuesday night in Paris").split()) == "Ministers met in Paris"
    assert " ".join(strip_times("Investigators plan to visit Kosovo early next month").split()) == (
        "Investigators plan to visit Kosovo")
    assert " ".join(strip_times("England will spend a week at their base later this month").split()) == (
        "England will spend a week at their base")
    weekend = strip_times("Searchers recovered bodies over the weekend")
    assert " ".join(weekend.split()) == "Searchers recovered bodies"


def test_a_day_after_a_verb_of_saying_goes_though_a_name_follows_it():
    assert strip_times("Cem said Wednesday Turkey was cautious") == "Cem said Turkey was cautious"
    # Elsewhere a day before a capital may open a name, and so may one after a verb of saying.
    assert strip_times("She hosted Saturday Night Live") == "She hosted Saturday Night Live"
    assert strip_times("He told Sunday Times readers") == "He told Sunday Times readers"
    # A name whose verb does not come next may be the day's own: the day stays.
    for line in ("He told Sunday Tribune reporters that it would go ahead",
                 "The church said Sunday School classes would be suspended",
                 "She told Monday Club members she would stand"):
        assert strip_times(line) == line


def test_a_day_goes_with_its_since_and_leaves_no_since_alone():
    line = "Hunt for climber missing since Sunday is now over"
    assert " ".join(strip_times(line).split()) == "Hunt for climber missing is now over"


def test_the_since_of_a_negation_stays_with_its_date():
    line = "Mowbray had not stood on a touchline since October 19, 2013, when his team lost"
    assert strip_times(line) == line
    assert strip_times("Marseille hadn't won since January 31") == "Marseille hadn't won since January 31"
    assert " ".join(strip_times("Mowbray stood on a touchline since October 19").split()) == (
        "Mowbray stood on a touchline")


def test_the_line_keeps_the_since_of_a_negation():
    sentence = "Mowbray had not stood on a touchline since October 19, 2013, when his team lost."
    assert compress(sentence, 12, "english", "", 2) == "Mowbray had not stood on touchline since October 19"


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("Mubarak flew here to try to defuse tension", "Mubarak flew to try to defuse tension"),
        ("Chernomyrdin arrived here for a three-day visit", "Chernomyrdin arrived for a three-day visit"),
        ("Two vehicles used in the attack on the embassy here",
         "Two vehicles used in the attack on the embassy"),
        # not after "be" or a word of place, nor "here's" or "here comes"
        ("Peer-to-peer networks are here to stay", "Peer-to-peer networks are here to stay"),
        ("Fans travelled from here to Rome", "Fans travelled from here to Rome"),
        ("The question is flawed and here's why", "The question is flawed and here's why"),
        ("Eastern Europe, here comes the cavalry", "Eastern Europe, here comes the cavalry"),
        ("Here is the news", "Here is the news"),
    ],
)
def test_the_datelines_here_goes(line, expected):
    assert " ".join(strip_times(line).split()) == expected


@pytest.mark.parametrize(
    "line",
    ["The dispute is neither here nor there", "Prices here and abroad fell", "I'm here to win",
     "The buck stops here", "He was born here", "The reason, and here is why, is cost"],
)
def test_here_of_a_set_phrase_a_contraction_or_staying_stays(line):
    assert " ".join(strip_times(line).split()) == line


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        # A day before a "to" that opens no range goes ("awarded medals Monday | to Chechen leader") ...
        ("Putin awarded medals Monday to Chechen leader Kadyrov",
         "Putin awarded medals to Chechen leader Kadyrov"),
        # ... a range's days stay whole, and so does the end of a wait.
        ("Shops will open from Monday to Friday in town", "Shops will open from Monday to Friday in town"),
        ("Trial was suspended until Monday", "Trial was suspended until Monday"),
        ("Drills will run through Friday", "Drills will run through Friday"),
    ],
)
def test_a_days_to_and_a_ranges_end(line, expected):
    assert " ".join(strip_times(line).split()) == expected


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        # A range's first day stays with its "through", "until" or "and through", and a day with its night ...
        ("Body will lie in state from Wednesday through Saturday",
         "Body will lie in state from Wednesday through Saturday"),
        ("Rains were forecast for Monday night and through Tuesday",
         "Rains were forecast for Monday night and through Tuesday"),
        # ... and a speaker's "according to" keeps no day.
        ("Vaccine works, according to Tuesday", "Vaccine works, according to"),
    ],
)
def test_a_ranges_first_day_and_a_speakers_to(line, expected):
    assert " ".join(strip_times(line).split()) == expected


def test_a_time_that_goes_leaves_its_clauses_punctuation_on_the_word_before():
    assert strip_times("learned a valuable lesson this week: Don't taunt") == (
        "learned a valuable lesson: Don't taunt")
    assert strip_times("The ministers met on Monday, and then left") == "The ministers met, and then left"
    sentence = ("A suspect from Ohio learned a valuable lesson this week: Don't taunt authorities on social "
                "media.")
    assert compress(sentence, 12, "english", "", 2) == (
        "Suspect from Ohio learns valuable lesson: Don't taunt authorities on social media")


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        # A day that a word before it names is no time: "Super Tuesday", "Good Friday", "Black Friday" ...
        ("Super Tuesday is followed by Foregone Friday", "Super Tuesday is followed by Foregone"),
        ("The Good Friday agreement was signed", "The Good Friday agreement was signed"),
        ("Shoppers crowded stores on Black Friday as prices fell", "Shoppers crowded stores on Black "
                                                                   "Friday as prices fell"),
        # ... only capitalised, and alone: "looked good on Tuesday" is a time.
        ("Obama looked good on Tuesday at the rally", "Obama looked good at the rally"),
        ("The day was super Tuesday for sellers", "The day was super for sellers"),
    ],
)
def test_a_day_named_by_the_word_before_it_stays(line, expected):
    assert " ".join(strip_times(line).split()) == expected


@pytest.mark.parametrize(("sentence", "expected"), [
    # A participle whose time went is no aside left alone between commas: it goes too.
    ("The Commodore 64, launched in 1982, was one of the first affordable home PCs.",
     "Commodore 64 was one of first affordable home PCs"),
    ("Pataki's proposal, announced Monday, would allow all nationally recognized Republican presidential "
     "candidates onto the New York ballot.",
     "Pataki's proposal would allow all nationally recognized Republican presidential candidates onto "
     "New York ballot"),
    # ... not a participle that kept its own words, nor one no time left.
    ("The report, released by ministers on Monday, was welcomed.", "Report, released by ministers"),
    ("The report, released, was welcomed by ministers.", "Report, released, welcomed by ministers"),
])
def test_a_participle_left_alone_by_its_time_goes(sentence, expected):
    assert compress(sentence, 14, "english", "", 2) == expected


@pytest.mark.parametrize(("sentence", "expected"), [
    # When a planned event happens is its news: a month after a verb of the future stays ...
    ("The minimum wage is to rise in October, benefiting more than a million people.",
     "minimum wage to rise in October, benefiting more than a million people"),
    ("A test version of the program will be released in late January.",
     "test version of program will be released in late January"),
    # ... not a month that dates a past, nor a day.
    ("The company said in May that profits fell.", "profits fell"),
    ("The stadium will open on Monday.", "stadium will open"),
])
def test_a_month_of_the_future_stays(sentence, expected):
    assert write_headlinese(sentence) == expected
