"""A frame of telling in the past shifts its clause back ("said it would launch", "warned the country was");
where the headline drops or turns the frame, the clause is told as it stands now ("to launch")."""

import pytest

from summarizer.headlines import compress
from summarizer.headlines.headlinese import write_headlinese


@pytest.mark.parametrize(("sentence", "expected"), [
    # A plan the speaker told of its own doing, its frame gone: the plan's "to", not the frame's "would".
    ("NASA officials announced Wednesday that they would launch a space shuttle to repair the observatory.",
     "NASA officials to launch space shuttle to repair observatory"),
    ("The head of Turkey's pro-Islamic party said Thursday he would not insist on his chance to lead.",
     "Head of Turkey's pro-Islamic party not to insist on chance to lead"),
    ("Facing a court challenge, the Truth and Reconciliation Commission said Wednesday that it would "
     "withhold, at least temporarily, the parts of its final report.",
     "Truth and Reconciliation Commission to withhold parts of final report"),
    ("Schulz, 77, said that he would stop drawing the strip immediately.",
     "Schulz to stop drawing strip immediately"),
    ("The agency said on Thursday that it would consider whether airliners can get too old to fly, which "
     "would be a change if they are inspected.",
     "Agency to consider whether airliners can get too old to fly"),
    # ... the frame's adverb gone with it ("recently announced", "has already said").
    ("The company recently announced that it would cut 500 jobs.", "Company to cut 500 jobs"),
    ("Gervais has already said he would not guest star in the show.", "Gervais not to guest star in show"),
    # ... not a wish, a judgement or a condition, a quotation, a "would" before an adverb (whose "will" would
    # stay, no word of the article's), nor the "would" of a year or of a poll.
    ("Smith said he would like to stay at the club.", "Smith would like to stay at club"),
    ("Smith said he would be happy to stay at the club.", "Smith would be happy to stay at club"),
    ("Smith said he would resign if the vote failed.", "Smith would resign if vote failed"),
    ("The minister said he would 'never resign' over the affair.",
     "Minister would 'never resign' over affair"),
    ("Fleet said Monday that it would temporarily freeze its surcharge.",
     "Fleet would temporarily freeze surcharge"),
    ("Another 7% said they would not vote.", "Another 7% would not vote"),
    ("In 1998 the party said it would not return to Blackpool.",
     "In 1998 party would not return to Blackpool"),
])
def test_a_plan_told_in_the_past_is_written_as_a_plan(sentence, expected):
    assert compress(sentence, 14, overrun=2) == expected


def test_a_would_the_frame_does_not_tell_stays():
    # (no pronoun of the speaker's: another's clause, as often a forecast)
    assert compress("Analysts said the merger would hurt growth.", 14, overrun=2) == (
        "Analysts say merger would hurt growth")
    assert write_headlinese("Ford also said it would cut 500 jobs.") == "Ford would cut 500 jobs"


@pytest.mark.parametrize(("sentence", "expected"), [
    # A state that a past frame told, the frame now in the present: the state's present too.
    ("Rebels seized the airport as the U.N. envoy warned that the country was at the edge of civil war.",
     "Rebels seize airport as U.N. envoy warns that country is at edge of civil war"),
    ("Mayor Frank Jackson told reporters the city was apologizing to the Rice family.",
     "Mayor Frank Jackson tells reporters city is apologizing to Rice family"),
    ("Indonesia's military said Friday that it was ready to act against the rebel group.",
     "Indonesia's military says that it is ready to act against rebel group"),
    ("Officials warned that the country was on the brink of collapse.",
     "Officials warn that country is on brink of collapse"),
    # ... not a person's progressive, a scene then; nor a state the sentence dates; nor a deed's passive.
    ("Police said the gunman was wearing a mask.", "Police say gunman was wearing mask"),
    ("Officials warned that the country was on the brink of collapse in 1998.",
     "Officials warn that country was on brink of collapse"),
    ("Lawyers claimed the man was denied a fair trial.", "Lawyers claim man denied fair trial"),
])
def test_a_state_told_in_the_past_is_told_now(sentence, expected):
    assert compress(sentence, 14, overrun=2) == expected


@pytest.mark.parametrize(("sentence", "expected"), [
    # A clause of the same time goes with the line's present, a hyphened noun in its subject too.
    ("England suffered an eighth defeat as scrum-half Yachvili booted France to victory.",
     "England suffers eighth defeat as scrum-half Yachvili boots France to victory"),
    # ... not a participle and its adverb after "described as".
    ("The bombs were described as powerful pressure-cooker explosives controlled remotely.",
     "Bombs described as powerful pressure-cooker explosives controlled remotely"),
    # An adverb between the subject and its past is no adjective, and the verb agrees with the subject.
    ("Chelsea still collected three points against West Ham.",
     "Chelsea still collects three points against West Ham"),
    ("Investigators also found notebooks with the group's chart.",
     "Investigators also find notebooks with group's chart"),
    ("The still life painted by Monet sold for millions.", "Still life painted by Monet sold for millions"),
    # (a firm's word the sentence writes in lower case is a plural: "Island Records", but "the records")
    ("The records even surpassed the agency's own predictions.",
     "Records even surpass agency's own predictions"),
])
def test_a_past_beside_an_adverb_or_in_a_clause_is_told_now(sentence, expected):
    assert compress(sentence, 14, overrun=2) == expected


def test_the_way_a_thing_is_done_keeps_its_auxiliary():
    # "the way the UK is governed" is a clause; "way UK governed" reads as a headline's own passive
    assert compress("Blair's feud with Brown is damaging the way the UK is governed, Howard claims.", 14,
                    overrun=2) == "Blair's feud with Brown is damaging way UK is governed, Howard claims"
    assert write_headlinese("He criticised the way the contract was awarded.") == (
        "He criticised way contract was awarded")
    # ... not an idiom's way, whose clause is the line's own
    assert write_headlinese("Along the way the team was beaten twice.") == "Along way team beaten twice"
