"""A line's subject or object named from its context (summarizer.headlines.naming)."""

import pytest

from summarizer import headline
from summarizer.headlines.naming import concede, name_after_clause, name_ahead, name_object, name_pronoun
from summarizer.headlines.openings import opening_end


def test_an_object_pronoun_is_named_by_the_subject_its_sentence_goes_on_to_name():
    text = ("The top job at the bank may continue to elude him but, as he prepares to give his tenth "
            "speech, Peter Hall can at least say that he is its longest serving deputy.")
    assert headline(text) == "Top job at bank may continue to elude Peter Hall"
    assert name_object("The prize may elude her, but Jane Hill can wait.") == (
        "The prize may elude Jane Hill, but Jane Hill can wait.")


def test_an_object_pronoun_with_a_name_before_it_or_none_after_it_stays():
    assert name_object("Peter Hall says the bank sacked him, and Jane Hill agreed.") is None  # Hall is "him"
    assert name_object("The crowd cheered him as he left the stadium.") is None  # no name follows
    assert name_object("The band sold her songs, but Jane Hill can wait.") is None  # "her" is a possessive
    # A place is no clause's subject.
    assert name_object("The crowd cheered him in the rain of Leeds.") is None


def test_a_description_is_named_by_the_name_that_ends_the_sentence_before():
    previous = "If you bought roses this week, they probably came from Kenya."
    assert name_pronoun("The country is the largest exporter of roses.", previous) == (
        "Kenya is the largest exporter of roses.")
    previous = "The film is getting a boost with the help of Joseph Gordon-Levitt."
    assert name_pronoun("The actor has signed on to star.", previous) == (
        "Joseph Gordon-Levitt has signed on to star.")
    # A pronoun is named only by a name that opens the sentence before; "It was" stands for no one.
    assert name_pronoun("It plans a sale.", "Shares fell in trading with Kenya.") is None
    assert name_pronoun("It is a shock.", "Dairymax went bust.") is None
    # The sentence before ends on no name, or on a name after a capital ("Bank of England").
    assert name_pronoun("The firm gained protection.", "Shares fell sharply in trading.") is None
    assert name_pronoun("The firm is new.", "Shares fell, said the Bank of England.") is None


def test_a_pronoun_that_a_clause_after_but_names_gives_that_clause_as_the_line():
    text = ("He may be nursing a sore shoulder -- but golf legend Peter Hall has vowed to play in the "
            "Masters next month. The 85-year-old spoke to reporters in Leeds.")
    assert headline(text) == "Golf legend Peter Hall vows to play in Masters"
    assert name_ahead("She's a newcomer to the town, but Jane Hill won the vote on Monday.") == (
        "Jane Hill won the vote on Monday.")
    # ... and a possessive one, the name after its own descriptor ("United goalkeeper David de Gea").
    assert name_ahead("His girlfriend may not like the city, but Manchester United goalkeeper David de Gea "
                      "seems to be having a good time.") == (
        "Manchester United goalkeeper David de Gea seems to be having a good time.")


def test_a_he_after_a_clause_of_time_is_named_by_the_clauses_subject():
    # "The last time ..." opens a clause as "When" does: the line is the main clause, its "he" named,
    # not "Gestede faced Liverpool, he missed penalty ..." (a comma splice).
    text = ("The last time Rudy Gestede faced Liverpool, he missed a penalty in the biggest game of his "
            "career. It took three years for Gestede to get another chance.")
    assert headline(text) == "Rudy Gestede misses penalty in biggest game of career"
    assert name_after_clause("When Jane Hill won the seat, she thanked the voters of Leeds.") == (
        "Jane Hill thanked the voters of Leeds.")
    # (a club or a place alone may be the clause's object)
    assert name_after_clause("Once Elon Musk took over Twitter, he fired roughly half of its staff.") == (
        "Elon Musk fired roughly half of its staff.")


@pytest.mark.parametrize("sentence", [
    "If Gary Neville was watching, he may well have given a knowing nod.",  # a condition: no fact
    "Although Jane Hill lost the seat, she thanked the voters of Leeds.",  # a concession
    "When Vladimir Putin reappears, he does it with style.",  # what he does is the clause's
    "When the results came in, he thanked the voters of Leeds.",  # no name in the clause
    # (a second reader's) the "he" may be another's: the object's, a second person's, or a contrast's
    "After Theresa May sacked him as chancellor, he returned to the backbenches.",
    "When Manchester United signed Paul Pogba in 2016, he became the most expensive player in the world.",
    "While Barack Obama won the popular vote comfortably, he lost several key swing counties.",
    "As Hillary Clinton took the stage, he shouted from the back of the hall.",
    "When Rudy\nGestede faced Liverpool, he missed a penalty.",  # (a name's words apart: read as none)
    "The last time Rudy Gestede faced Liverpool, Cardiff lost the final.",  # no pronoun after it
])
def test_no_clause_of_time_or_no_he_after_it_names_no_one(sentence):
    assert name_after_clause(sentence) is None


def test_an_opening_on_the_with_its_own_two_verbs_is_the_subject_not_a_time():
    # "The last time ... was during ...", "The initial hours after ... were ...": the subject and its verb.
    for sentence in ("The last time the Yangtze was this high was during floods that forced officials to "
                     "divert water, officials said.",
                     "The initial hours after the disappearance of flight MH370 were characterized by "
                     "confusion and chaos, as air traffic controllers struggled to comprehend it."):
        assert opening_end(sentence) == (0, False)
    assert opening_end("The last time Rudy Gestede faced Liverpool, he missed a penalty.") == (44, True)
    # ... and "The next time limit", "The first time buyers' scheme" are nouns, no clause of time
    for sentence in ("The next time limit for asylum claims, set by the Home Office, expires in May.",
                     "The first time buyers' scheme, launched by the government in 2013, will close."):
        assert opening_end(sentence) == (0, False)


def test_a_lead_on_the_last_or_first_time_is_the_past_the_news_is_set_against():
    # The main clause after "The first time ...," is history: a later line that reads as news is the headline.
    text = ("The first time Simone Biles competed in Tokyo, she withdrew from the team final citing mental "
            "health. On Sunday the American won gold on the beam in Paris. It was her 11th Olympic medal.")
    assert headline(text) == "American wins gold on beam in Paris"
    # (not a noun's "first time": "The first time buyers' scheme, launched ..., will close")
    from summarizer.headlines.background import OPENS_ON_A_SCENE
    assert OPENS_ON_A_SCENE.match("The first time Simone Biles competed in Tokyo, she withdrew")
    assert not OPENS_ON_A_SCENE.match("The first time buyers' scheme, launched by the government, will close")


def test_a_clause_after_but_that_names_no_subject_names_no_pronoun():
    assert name_ahead("He lost the vote, but the town council will meet again.") is None  # no name
    assert name_ahead("He lost the vote, but Leeds residents were angry.") is None  # a noun after the name
    assert name_ahead("The mayor lost, but Jane Hill won the vote.") is None  # no pronoun opens it
    assert name_ahead("He lost, but In Leeds it rained.") is None  # no name before a verb
    assert name_ahead("His side lost, but Leeds fans were angry.") is None  # a descriptor, then no name
    # A name's verb after "but" is no descriptor; a title is no possessive; nor is a clause about another.
    assert name_ahead("She was ill, but Chelsea beat Arsenal 2-1.") == "Chelsea beat Arsenal 2-1."
    assert name_ahead("Her Majesty's Revenue said it was legal, but tax expert John Smith disagreed.") is None
    assert name_ahead("Her lawyers say she is innocent, but prosecutors in New York charged her.") is None


def test_a_longer_description_is_named_by_the_subject_the_sentence_before_gave_its_verb():
    previous = "When Peter Hall reappears, he does it with style."
    assert name_pronoun("The Welsh President attended a concert in Leeds.", previous) == (
        "Peter Hall attended a concert in Leeds.")
    previous = "You may not know it, but comedian Jane Hill actually made history last year."
    assert name_pronoun("The 31-year-old Welsh comic has made few appearances.", previous) == (
        "Jane Hill has made few appearances.")
    previous = "Three years after Ruritania was hit by a crisis, there is hope."
    assert name_pronoun("The country's economy is set to grow.", previous) == (
        "Ruritania's economy is set to grow.")
    previous = "Golf legend Peter Hall arrived in Leeds on Monday."
    assert name_pronoun("The 85-year-old, speaking to reporters, said he would play.", previous) == (
        "Peter Hall, speaking to reporters, said he would play.")


def test_a_longer_description_with_no_subject_named_before_it_stays():
    # No name is the subject of a verb there ("in Leeds" is a place).
    assert name_pronoun("The Welsh President attended a concert.", "Crowds gathered in Leeds.") is None
    # No description's head within three words ("The White House said").
    previous = "When Peter Hall reappears, he smiles."
    assert name_pronoun("The White House said it would wait.", previous) is None


def test_a_count_alone_as_the_subject_names_no_one():
    text = ("Two were part of a panel about the new stadium in Leeds. "
            "Councillors in Leeds approved the stadium on Monday.")
    assert headline(text) == "Councillors in Leeds approve stadium"
    # A count before its noun names its subject ("Two councillors resigned").
    text = "Two councillors resigned over the stadium in Leeds. The vote was held on Monday."
    assert headline(text) == "Two councillors resign over stadium in Leeds"


def test_a_he_opening_takes_the_name_after_its_descriptor_too():
    assert name_ahead("He was injured, but Manchester United goalkeeper David de Gea will play.") == (
        "Manchester United goalkeeper David de Gea will play.")


def test_a_concession_gives_its_line_to_the_news_after_but():
    text = ("Thomas Aiken may not be defending his title, but South African players will look to maintain "
            "their stranglehold on the Africa Open in East London this week. Aiken won it last year.")
    assert headline(text) == (
        "South African players to look to maintain stranglehold on Africa Open")
    assert concede("It may be home to rats and grime but a creative photographer has turned New York's "
                   "subway system into his own fashion studio.") == (
        "A creative photographer has turned New York's subway system into his own fashion studio.")


def test_a_concessions_pronoun_is_named_by_the_name_that_opens_it():
    assert concede("Robert Downey Jr. may be Iron Man in the films, but he recently dealt in bionics.") == (
        "Robert Downey Jr. recently dealt in bionics.")
    assert concede("Thomas Muller might be a World Cup winner but at home he has a different title.") == (
        "At home Thomas Muller has a different title.")


@pytest.mark.parametrize("sentence", [
    "Real Madrid might be feeling the heat, but it doesn't seem to be placing pressure on Neymar.",
    "Researchers say Carson may be a brain surgeon, but science shows he's dead wrong.",  # not the opening's
    "Officials offer no word on what might have caused the fire, but police are looking into it.",
    "You may not be familiar with the city of Tikrit, but what's happening there now matters.",
    "In the show, Yunkai might be a fictional city, but the scenes had to be filmed in the real world.",
    "The Lions may be anything but favourites this year.",
    "The firm may be small but not weak.",
    "Labour may have abolished hunting - but that didn't stop Gordon Brown.",
    "Police may have found the missing dress.",  # no news after it: the line it is
    # A possessive's name ("Shane Long's") would be no word of the article.
    "Shane Long may have had to recover from his ribs lately but his vocal chords seem as good as ever.",
    # (from a second reader) a "he" that another subject's verb reports, or a clause with no subject
    "Manchester United may have lost at home, but the manager insists he will not quit.",
    "Chelsea may be champions, but supporters say he must go.",
    "Rory McIlroy may have missed the cut but says he is happy with his game.",
    "Taylor Swift may be a global star, but fans still adore her.",
    # a hedge or a likelihood, not a concession: the news is the line itself
    "Hundreds of people may have died in floods, but officials have yet to confirm the toll.",
    "Interest rates may have to rise, but the Bank of England is unlikely to act.",
    "The deal may be approved, but only if shareholders back the merger.",
    "The cheer for a winner this week might be loud but the decibel level could be matched.",
])
def test_no_concession_or_an_unnamed_clause_keeps_the_sentence(sentence):
    assert concede(sentence) is None
