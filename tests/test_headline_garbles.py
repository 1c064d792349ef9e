"""Lines the rules garbled, each written as a sub-editor would keep it: a time's opening word left alone
before its comma, a name taken for a verb that closes an aside, a doubled preposition, a verb's closing
"that" cut away, and a name whose first word is an object's pronoun."""

import pytest

from summarizer import headline
from summarizer.headlines import compress
from summarizer.headlines.headlinese import write_headlinese


@pytest.mark.parametrize(("sentence", "expected"), [
    # A time at the opening goes with the word that opens its phrase ("Back in 1994," not "Back,").
    ("Back in 1983, Sen. Edward Kennedy tried to set up a personal diplomatic channel with the Soviet Union.",
     "Sen. Edward Kennedy tried to set up personal diplomatic channel with Soviet Union"),
    ("Late last year, they backed a law which would give parliament a veto over foreign investment.",
     "they backed law which would give parliament veto over foreign investment"),
    ("Even today, 'gandula' is the term used in Brazil for ballboy.",
     "gandula is term used in Brazil for ballboy"),
    ("But Monday evening, Cellucci assailed the speaker for holding the vote.",
     "Cellucci assailed speaker for holding vote"),
    ("Launched this week, the World Community Grid will use idle computer time to test solutions.",
     "World Community Grid will use idle computer time to test solutions"),
    # ... not a verb's particle "back" before its time.
    ("He came back in 1994, then left the club.", "He came back, then left club"),
    # A name that is also a verb's form ("Google") closes no aside: the clause after "launched," stays.
    ("Yahoo had only just launched, most websites were text-based and Amazon, Google and eBay had yet to "
     "appear.", "Yahoo had only just launched, most websites were text-based and Amazon, Google and eBay had "
     "yet to appear"),
    # ... but one that its own verb follows is the subject after an aside (a second reader's rows).
    ("In Leeds, the city of his birth, Will Evans opened a new gallery.",
     "In Leeds Will Evans opened new gallery"),
    ("Last night, the eve of the summit, May told MPs she would not back down.",
     "Last night May told MPs she would not back down"),
    # The source's doubled preposition is written once.
    ("Legendary jockey AP McCoy is hoping to end his career on a high with with victory in the Gold Cup.",
     "Legendary jockey AP McCoy is hoping to end career on high with victory in Gold Cup"),
    ("It is the biggest of of all the races.", "It is biggest of all races"),
])
def test_the_fiftieth_sessions_headlinese(sentence, expected):
    assert write_headlinese(sentence) == expected


def test_a_verbs_closing_that_stays_at_the_sentences_end():
    assert compress("But Kendall Jenner said she never said that.", 14, overrun=2) == (
        "But Kendall Jenner never said that")
    assert compress("The minister denied that.", 14, overrun=2) == "Minister denies that"
    # Cut from what it opens, "that" still goes.
    cut = compress("The minister said that the plan, which was drawn up by officials over many months of "
                   "talks with unions and employers, would fail.", 10, overrun=0)
    assert cut.split()[-1] != "that"


def test_a_name_that_opens_on_an_objects_pronoun_names_its_subject():
    article = ("Us Weekly magazine has retracted a story about model and reality star Kendall Jenner and her "
               "father, former Olympian Bruce Jenner. \"We would like to retract the story entirely.\" "
               "Kendall Jenner has denied the report.")
    # (its lead, not passed over for a later line as if it opened on "us")
    assert headline(article).startswith("Us Weekly magazine retracts story about")


def test_a_plural_nouns_that_is_no_verbs_object():
    # "the powers that be", its "be" gone: "powers" is no verb that "that" closes.
    line = compress("That's with Richard and the powers that be.", 14, overrun=2)
    assert line == "That's with Richard and powers"


def test_a_number_that_opens_a_name_is_no_given_name():
    # The article's "RBS 6 Nations" is no "Nations" named alone: "Six" is no first name to drop.
    sentence = "The England players were put through their paces ahead of their penultimate Six Nations game."
    context = f"{sentence} Wales face Ireland in the RBS 6 Nations title race. Three Serbs were wounded."
    assert "Six Nations game" in compress(sentence, 14, "english", context, 2)
    wounded = compress("Three Serbs were wounded after their cars were raked by gunfire.", 14, "english",
                       context, 2)
    assert wounded.startswith("Three Serbs wounded")


def test_a_quantity_that_opens_a_clause_after_a_comma_is_no_aside():
    # ("some former security leaders ... have come out": the main clause, not an apposition to the
    # opening's "United States"; it was cut away, and the line was "Netanyahu heads to United States set")
    sentence = ("As Israeli Prime Minister Benjamin Netanyahu heads to the United States, some former "
                "security leaders from Israel have come out against his speech to Congress, set for Tuesday.")
    assert write_headlinese(sentence).startswith("some former security leaders from Israel come out")
    assert compress(sentence, 14, "english", "", 2) == (
        "Some former security leaders from Israel come out against speech to Congress")
    # (an apposition of a quantity stays an aside)
    beatles = "The Beatles, some of the best songwriters of all time, have split up."
    assert write_headlinese(beatles) == "Beatles split up"


def test_a_post_on_social_media_is_an_attribution():
    text = ("A.J. Pero, a longtime drummer for the metal band Twisted Sister, has died, the band posted "
            "on its Facebook page. The members of Twisted Sister are profoundly saddened.")
    assert headline(text) == "A.J. Pero, longtime drummer for metal band Twisted Sister, dies"


def test_a_speakers_second_verb_keeps_the_speaker():
    # (without the frame, "but admits" had no subject: "Dance music is not dead, but admits it is ...")
    sentence = ("DJ Norman Cook - aka Fatboy Slim - has said that dance music is not dead, but has admitted "
                "it is currently going through a \"fallow patch\".")
    assert compress(sentence, 14, "english", "", 2) == "DJ Norman Cook says that dance music is not dead"
    # (a "but" of what was said stays without the frame)
    police = "Police said that the suspect fled, but the car was found."
    assert compress(police, 14, "english", "", 2) == "Suspect fled, but car found"


def test_an_aside_closes_on_a_comma_inside_its_quotations_closing_mark():
    # (the aside ran on past its close, and the line was the name and the aside alone, without a verb)
    sentence = ("Mohammed Emwazi, the British-Kuwaiti ISIS fighter the world knows as \"Jihadi John,\" was "
                "fuming with righteous indignation when he met with a representative of Cage Prisoners.")
    assert compress(sentence, 14, "english", "", 2) == "Mohammed Emwazi was fuming with righteous indignation"
    text = ("Actor Jon Hamm, who plays hard-drinking Don Draper on the hit AMC show \"Mad Men,\" has "
            "recently completed a 30-day stint in rehab for alcohol abuse, TMZ reports. The celebrity-news "
            "site says Hamm checked himself into the high-end Silver Hill Hospital in New Canaan, "
            "Connecticut.")
    assert headline(text) == "Hamm recently completed 30-day stint in rehab for alcohol abuse"


def test_a_second_verb_is_not_cut_from_its_phrase():
    sentence = ("The story of the Jews in the United States is a testament to \"American exceptionalism\" "
                "and stands in contrast to a long history of discrimination and pariah status in Europe and "
                "Muslim lands.")
    assert compress(sentence, 14, "english", "", 2) == (
        "Story of Jews in United States is testament to 'American exceptionalism'")
    # (a second verb whose phrase is within the line stays)
    striker = "The striker scored twice and stands on the brink of a record."
    assert compress(striker, 14, "english", "", 2) == (
        "Striker scores twice and stands on brink of record")
