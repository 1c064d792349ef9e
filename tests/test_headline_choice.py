"""Which line a headline comes from: an anecdote's scene gives way to the news, "No one" names a subject."""

import pytest

from summarizer import headline
from summarizer.headlines.background import OPENS_ON_A_SCENE


@pytest.mark.parametrize("lead", [
    "At first Maria Lopez thought the letter from the council was a joke.",
    "At one minute to noon, Tom Baker walked out of the tunnel at the new stadium.",
    "A year ago, when Dr. Ann Moss was sent to Leeds to study a rash of fevers, she had no idea.",
    "Back in 2010 the town's councillors broke new ground on housing.",
    "At the time it seemed like a harmless prank by the Leeds students.",
])
def test_a_lead_that_opens_on_an_anecdotes_time_gives_way_to_the_news(lead):
    assert headline(f"{lead} Voters in Ohio chose Smith on Tuesday. The count ended.") == (
        "Voters in Ohio chose Smith"
    )


@pytest.mark.parametrize("sentence", [
    "At least 20 people died in the floods in Leeds.",  # a count, not a time
    "At 12, he was already playing for the county.",  # an age
    "Six months ago Omar Diaz received a call from his friend.",  # a past told as the news itself
    "A year after the vote, the council met again.",
])
def test_other_openings_are_no_anecdotes_time(sentence):
    assert OPENS_ON_A_SCENE.match(sentence) is None


def test_an_anecdotes_time_before_a_present_clause_is_background_not_a_scene():
    # "Back in 2010 ...; now ...": the clause after ";" is the news, as before.
    text = "Back in 2010 the club signed players in person; now its scouts watch them online. The count ended."
    assert headline(text) == "Scouts watch them online"


def test_no_one_opens_a_line_that_names_its_subject():
    text = ("Thankfully, no one was hurt after a bomb was thrown at a radio station in Leeds on Monday. "
            "But the blast damaged the studio. Hardline groups were angry with the station for a show.")
    assert headline(text) == "No one hurt after bomb thrown at radio station in Leeds"
    # "No" alone still opens no subject ("No, the mayor said").
    assert headline("No, that is wrong. Voters in Ohio chose Smith on Tuesday.") == "Voters in Ohio chose Smith"
