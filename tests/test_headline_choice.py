"""Which line a headline comes from: an anecdote's scene gives way to the news, "No one" names a subject."""

import pytest

from summarizer import headline
from summarizer.headlines.background import OPENS_ON_A_SCENE
from summarizer.headlines.headlinese import write_headlinese


@pytest.mark.parametrize("lead", [
    "At first Maria Lopez thought the letter from the council was a joke.",
    "At one minute to noon, Tom Baker walked out of the tunnel at the new stadium.",
    "A year ago, when Dr. Ann Moss was sent to Leeds to study a rash of fevers, she had no idea.",
    "Back in 2010 the town's councillors broke new ground on housing.",
    "At the time it seemed like a harmless prank by the Leeds students.",
    "Every year, farmers travel across Wales to show their sheep at the fairs.",  # a habit
    "In 1984 Margaret Thatcher met Mikhail Gorbachev for the first time.",  # a year or a decade
    "In the 1950s it was cancer that nobody would name.",
])
def test_a_lead_that_opens_on_an_anecdotes_time_gives_way_to_the_news(lead):
    assert headline(f"{lead} Voters in Ohio chose Smith on Tuesday. The count ended.") == (
        "Voters in Ohio choose Smith"
    )


@pytest.mark.parametrize("sentence", [
    "At least 20 people died in the floods in Leeds.",  # a count, not a time
    "At 12, he was already playing for the county.",  # an age
    "Six months ago Omar Diaz received a call from his friend.",  # a past told as the news itself
    "A year after the vote, the council met again.",
    "In 2012, Britain will host the Olympic Games, the committee announced.",  # a year's plan
    "In 2004, the government spent £3bn on consultants, a report said on Tuesday.",  # a report of the day
])
def test_other_openings_are_no_anecdotes_time(sentence):
    assert OPENS_ON_A_SCENE.match(sentence) is None


def test_an_anecdotes_time_before_a_present_clause_is_background_not_a_scene():
    # "Back in 2010 ...; now ...": the clause after ";" is the news, as before.
    text = ("Back in 2010 the club signed players in person; now its scouts watch them online. "
            "The count ended.")
    assert headline(text) == "Scouts watch them online"


def test_no_one_opens_a_line_that_names_its_subject():
    text = ("Thankfully, no one was hurt after a bomb was thrown at a radio station in Leeds on Monday. "
            "But the blast damaged the studio. Hardline groups were angry with the station for a show.")
    assert headline(text) == "No one hurt after bomb thrown at radio station in Leeds"
    # Nor when the line goes on to someone it never names ("No one knew him ...").
    text = "No one knew him by his real name in the town. Voters in Ohio chose Smith on Tuesday."
    assert headline(text) == "Voters in Ohio choose Smith"
    # "No" alone still opens no subject ("No, the mayor said").
    text = "No, that is wrong. Voters in Ohio chose Smith on Tuesday."
    assert headline(text) == "Voters in Ohio choose Smith"


def test_a_long_opening_phrase_of_a_preposition_goes_before_its_subject():
    # More than 80 characters before the comma: still a scene's phrase, and the subject follows it.
    sentence = ("Before a crowd of thousands spread over the muddy hillsides around the old cathedral of the "
                "town, the bishop blessed the new bells.")
    assert write_headlinese(sentence) == "bishop blessed new bells"
    # Not when what follows the comma opens no subject that the form shows (a list may go on).
    sentence = ("In the market towns and the villages and the farms of the valley and across the hills and "
                "moors, hedges grow tall.")
    assert write_headlinese(sentence).startswith("In market towns")


def test_a_possessive_after_an_abbreviation_keeps_its_apostrophe():
    assert write_headlinese("Acme Corp.'s chairman resigned.") == "Acme Corp.'s chairman resigned"


def test_a_line_opening_on_a_phrase_needs_a_subject_and_verb_after_it():
    # The cut leaves the phrase and a subject without its verb: no news line.
    text = ("For the past decade or so the football fans among us will have become used to the yearly "
            "edition of the game. Voters in Ohio chose Smith on Tuesday.")
    assert headline(text) == "Voters in Ohio choose Smith"
    # A short time phrase before a name and its verb is a news line.
    text = ("By the end of 2004 Acme aims to launch its search software. "
            "Voters in Ohio chose Smith on Tuesday.")
    assert headline(text) == "By end of 2004 Acme aims to launch search software"


@pytest.mark.parametrize("lead", [
    "There are superyachts.",
    "There is fresh hope for the farmers of the valley.",
    "Here's how it works.",
])
def test_a_line_that_only_says_something_is_gives_way_to_the_news(lead):
    assert headline(f"{lead} Voters in Ohio chose Smith on Tuesday. The count ended.") == (
        "Voters in Ohio choose Smith"
    )


@pytest.mark.parametrize("lead, line", [
    # Someone named in it: the lead may be the news ("There were three marches, and Parks missed one").
    ("There were three Selma marches, and the mayor missed the first one.",
     "There were three Selma marches, and mayor missed first one"),
    # A lack may be the news itself.
    ("There was not enough fuel in the tanks to reach the coast.",
     "There was not enough fuel in tanks to reach coast"),
])
def test_a_line_that_names_someone_or_tells_a_lack_is_no_teaser(lead, line):
    assert headline(f"{lead} Voters in Ohio chose Smith on Tuesday. The count ended.") == line


def test_what_only_a_reader_is_told_to_do_is_no_news_line():
    text = "Listen to the full interview on the radio from 7pm. Voters in Ohio chose Smith on Tuesday."
    assert headline(text) == "Voters in Ohio choose Smith"
    text = "Brace yourself, Leeds -- the trams are coming. Voters in Ohio chose Smith on Tuesday."
    assert headline(text) == "Voters in Ohio choose Smith"
    # A verb that is no order to a reader stays ("Watch makers ..." opens on a noun).
    text = "Watch makers in Geneva raised their prices on Tuesday. Voters in Ohio chose Smith."
    assert headline(text) == "Watch makers in Geneva raise prices"


def test_a_question_gives_way_to_the_news_though_the_cut_took_its_mark():
    question = ("Have Rick and his fellow survivors finally found a place they can settle in for the long "
                "term after all the months on the road?")
    assert headline(f"{question} Voters in Ohio chose Smith on Tuesday. The count ended.") == (
        "Voters in Ohio choose Smith")
    # A statement that a question closes is still the news.
    statement = ("Tony Blair has told Labour supporters he is back and still hungry for the job - but does "
                 "that sum up the mood at the spring conference?")
    line = headline(f"{statement} Voters in Ohio chose Smith on Tuesday.")
    assert line.startswith("Tony Blair tells Labour supporters")


def test_a_frame_that_introduces_someones_words_gives_way_to_them():
    # (The frame is a paragraph of its own, as the wire prints it.)
    text = ("The New York Times said in an editorial for Wednesday, Oct. 7:\n\nBrazilian President Fernando "
            "Cardoso has little time to savor his re-election victory. He must take unpopular steps.")
    assert headline(text).startswith("Brazilian President Fernando Cardoso has little time")
    # The verb may close the frame itself.
    from summarizer.headlines import _frames_what_follows

    assert _frames_what_follows("The minister of finance said:")
    assert not _frames_what_follows("The minister of finance made three points:")
    # A list's heading names what follows: it stays the line.
    listing = ("Following are excerpts from the final report issued by the Truth Commission:\n\nThe "
               "commission found the state responsible. It named the ministers.")
    assert headline(listing).startswith("Following are excerpts from final report")


def test_a_line_that_gives_an_address_to_write_to_is_no_headline():
    # Of three lines none of which reads as news, the one that names a subject would be taken: not the
    # line that asks for tips.
    text = ("They are very convincing when they call. They say you owe back taxes. Email your story ideas "
            "and tips to newstips@example.com.")
    assert "newstips" not in headline(text)
    # An address that names a site is no e-mail address: the line stays.
    site = "A new site, www.autotrader.example, lists only 2,100 used cars. It opened on Monday."
    assert headline(site).startswith("New site, www.autotrader.example, lists only 2,100 used cars")
