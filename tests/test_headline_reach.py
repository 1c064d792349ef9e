"""Lines that stopped short of their point, each taken on to it: a verb's adverb of manner before the phrase
the verb wants (not before a time), a proposal's "that would" as its infinitive (not what it would cost), and an
opening preposition that keeps its time."""

import pytest

from summarizer.headlines import compress
from summarizer.headlines.headlinese import write_headlinese


@pytest.mark.parametrize(("sentence", "expected"), [
    # A verb and its adverb of manner go on to the phrase the verb wants ("relied too heavily | on").
    ("The head of US TV network Fox has admitted the broadcaster had relied too heavily on reality TV shows "
     "such as the poor-rating Who's Your Daddy.",
     "Head of US TV network Fox admits broadcaster relied too heavily on reality TV shows"),
    ("The coincidence of Schulz's death one day before the final Peanuts appeared in newspapers weighed "
     "heavily on fans of Charlie Brown.",
     "Coincidence of Schulz's death one day before final Peanuts appeared in newspapers weighed heavily on "
     "fans of Charlie Brown"),
    # A proposal's "that would" is its infinitive, which the subject keeps ("Bill passes" said nothing).
    ("A bill that would allow Utah to use firing squads to execute some death-row prisoners passed in the "
     "state Senate on Tuesday.",
     "Bill to allow Utah to use firing squads to execute some death-row prisoners passed in state Senate"),
    ("Corker is working on legislation that would force the Obama Administration to submit any deal "
     "reached with Iran for a vote by Congress.",
     "Corker works on legislation to force Obama Administration to submit any deal reached with Iran"),
])
def test_the_line_reaches_its_point(sentence, expected):
    assert compress(sentence, 14, overrun=2) == expected


def test_what_would_have_been_and_what_would_be_keep_their_would():
    assert write_headlinese("The European Parliament has thrown out a bill that would have allowed software "
                            "to be patented.") == ("European Parliament throws out bill that would have "
                                                   "allowed software to be patented")
    assert write_headlinese("It is a plan that would be costly.") == "It is plan that would be costly"
    # ... nor does a "that would" after what is no proposal ("a move that would kill any chance").
    assert "move that would kill" in write_headlinese("Iran describes the offensive as a dangerous move "
                                                      "that would kill any chance of peace.")


def test_an_opening_preposition_keeps_its_time():
    # "Unlike last year," is no opening word alone with its time ("Unlike, when ..." was left).
    assert write_headlinese("Unlike last year, when city officials were caught completely by surprise, "
                            "Atlanta was prepared this time.").startswith("Unlike last year, when city")


def test_what_a_proposal_would_cost_or_a_bill_that_is_paid_keeps_its_would():
    # (a second reader's rows: "to" would read a cost or a consequence as the proposal's aim)
    assert write_headlinese("Critics said it was a measure that would cost taxpayers $40bn.") == (
        "Critics said it was measure that would cost taxpayers $40bn")
    assert write_headlinese("He faced hospital bills that would bankrupt most families.") == (
        "He faced hospital bills that would bankrupt most families")
    assert write_headlinese("She has a son-in-law that would help her.") == (
        "She has son-in-law that would help her")
    assert write_headlinese("The mayor has unveiled a plan that would turn the railway line into a park."
                            ) == "mayor unveils plan to turn railway line into park"


def test_a_manners_adverb_before_a_time_does_not_go_on():
    # "played brilliantly | for an hour": a time, which the verb does not want (a second reader's row).
    sentence = ("The midfielder who joined the club from the German champions for a record fee in the summer "
                "played brilliantly for an hour before being sent off.")
    assert compress(sentence, 14, "english", sentence, 2) == (
        "Midfielder who joined club from German champions for record fee in summer played brilliantly")
