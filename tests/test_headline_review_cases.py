"""Sentences a second reader found the fourteenth session's first rules misread, each as it must read."""

import pytest

from summarizer import headline
from summarizer.headlines import compress
from summarizer.headlines.acronyms import _NAME_RUN
from summarizer.headlines.headlinese import write_headlinese
from summarizer.headlines.times import strip_times


@pytest.mark.parametrize(("sentence", "opening"), [
    # A subject in -ing is no participle's opening ("Sterling", "Boeing"), nor is an -ing phrase with a
    # verb of its own ("Spending ... rose").
    ("Sterling fell to its lowest level against the dollar in more than three decades on Monday after "
     "Britain voted to leave the European Union, a decision that stunned global markets.", "Sterling fell"),
    ("Boeing shares rose sharply on Wall Street after the company reported strong demand for its jets "
     "from Asian carriers, a sign that demand is recovering.", "Boeing shares rose"),
    ("Spending on health care rose by more than five percent in the last year across the whole of the "
     "country, a sign that costs are rising.", "Spending on health care rose"),
    # A quantity with a verb of its own before its time word is the subject and its verb.
    ("Nearly 200 people were killed after a ferry capsized in the Bay of Bengal, the worst disaster in "
     "decades.", "Nearly 200 people killed"),
])
def test_an_opening_is_no_subject_and_its_verb(sentence, opening):
    assert write_headlinese(sentence).startswith(opening)


def test_an_openings_object_names_only_whom_it_describes_and_no_relative_clauses_object():
    visit = "Visiting the memorial in Paris, Obama thanked the survivors who had welcomed him."
    assert write_headlinese(visit) == "Obama thanked survivors who welcomed him"
    report = "Citing the report by the inspector general, Republicans called on the secretary to fire her."
    assert write_headlinese(report) == "Republicans called on secretary to fire her"


def test_a_past_frame_is_the_news_and_only_a_present_frame_tells_a_past():
    assert compress("Police said they arrested a 34-year-old man in connection with the stabbing.", 12,
                    overrun=2) == "Police arrest 34-year-old man in connection with stabbing"


@pytest.mark.parametrize(("sentence", "expected"), [
    ("Professor Brown, an expert on the virus since it was discovered, warned that cases would rise.",
     "Professor Brown warned that cases would rise"),
    ("The striker, a player the club had signed for a record fee, scored twice on Saturday.",
     "striker scored twice"),
    ("Smith, a former officer in the army, to the surprise of many, won the seat in the election on "
     "Thursday.", "Smith won seat in election"),
    ("The man whose son died has been awarded compensation by the council.",
     "man whose son died awarded compensation by council"),
])
def test_an_apposition_with_a_clause_of_its_own_is_still_an_aside(sentence, expected):
    assert write_headlinese(sentence) == expected


def test_a_long_lines_adverb_that_says_how_stays():
    line = compress("Two police officers have been fatally shot during a routine traffic stop in the "
                    "southern state of Georgia, officials said.", 12, overrun=2)
    assert "fatally shot" in line


def test_a_finding_before_a_colon_is_no_frame_and_a_name_like_will_opens_no_question():
    study = ("A study of 200 farms in Europe found three main causes of the sharp decline in bee "
             "populations:\n\nPesticides, disease and the loss of wild flowers. Farmers were surprised.")
    assert headline(study).startswith("Study of 200 farms in Europe found three main causes")
    smith = ("Will Smith says he would consider running for president one day, but would he win? The actor "
             "made the comments in an interview with a magazine.")
    assert headline(smith).startswith("Will Smith would consider running for president")


def test_a_weekend_that_describes_a_noun_is_no_time():
    assert " ".join(strip_times("Shoppers flocked to the stalls at the weekend market").split()) == (
        "Shoppers flocked to the stalls at the weekend market")
    assert " ".join(strip_times("Celebrations this weekend will include a programme").split()) == (
        "Celebrations will include a programme")


def test_a_name_run_opens_on_a_words_start():
    # (not "BC Def" inside "xABC": a run tried from every letter of a long word takes quadratic time)
    assert _NAME_RUN.findall("xABC Def") == []
    assert _NAME_RUN.findall("the ANC Def") == ["ANC Def"]


# Sentences a second reader found the fifteenth session's rules misread (each as it must read).


@pytest.mark.parametrize(("text", "line"), [
    # "and" after a predicate's adjective before a count is no pair of adjectives of one noun.
    ("A U.S.-British air raid in southern Iraq left eight civilians dead and nine wounded, officials said. "
     "The raid was near Basra.",
     "U.S.-British air raid in southern Iraq leaves eight civilians dead and nine wounded"),
    # Hall, Court and Lake are surnames too: the name is shortened where the article uses it alone (its
    # descriptor, which tells who he is, stays).
    # (a line within the readers' length: over it, the surname stands alone where that line is within it)
    ("Veteran broadcaster Stuart Hall has been jailed for 15 months for indecent assault. "
     "Hall, 83, admitted the charges.",
     "Veteran broadcaster Hall jailed for 15 months for indecent assault"),
])
def test_the_fifteenth_sessions_rules_leave_ordinary_lines_alone(text, line):
    assert headline(text, headline_characters=1000) == line


@pytest.mark.parametrize(("sentence", "expected"), [
    # "At least" before a span of time or "times" opens a clause; before a count of people, the subject.
    ("At least two hours after the explosion, firefighters were still battling the blaze.",
     "firefighters were still battling blaze"),
    ("At least three times a week, the former president goes fishing.", "former president goes fishing"),
    # A dashed aside inside an opening phrase is only dropped; the phrase ends at its comma.
    ("On the eve of the long-awaited -- and much-delayed -- Scottish Parliament opening, hundreds of "
     "protesters gathered outside Holyrood.", "hundreds of protesters gathered outside Holyrood"),
    ("In his first -- and possibly last -- Commons speech as leader, Iain Duncan Smith attacked the "
     "government over crime.", "Iain Duncan Smith attacked government over crime"),
    # Only a condition's "then" goes; a title's stays.
    ("In 2003, then Secretary of State Colin Powell told the United Nations that Iraq had weapons.",
     "then Secretary of State Colin Powell told United Nations that Iraq had weapons"),
    # A verb of saying that goes on to what is said is no closing attribution.
    ("In an interview with the BBC, Tony Blair said he had no regrets about the war in Iraq.",
     "Tony Blair had no regrets about war in Iraq"),
])
def test_openings_titles_and_sayings_the_fifteenth_session_misread(sentence, expected):
    assert write_headlinese(sentence) == expected


@pytest.mark.parametrize(("sentence", "expected"), [
    # A list after a participle's opening that is the subject, an aside about it after (no opening's list).
    ("Facing mounting protests, police and soldiers, armed with batons and tear gas, moved into the square.",
     "Police and soldiers, armed with batons and tear gas"),
    ("Following the vote, senators and congressmen, meeting in a closed session, agreed to a compromise.",
     "Senators and congressmen, meeting in closed session"),
    # A "with" phrase of exception, or after a clause, stays.
    ("Everyone on board, with the exception of the captain and two crew members, survived the crash off the "
     "coast.", "Everyone on board, with exception of captain and two crew members"),
    ("Stocks rallied on Wall Street, with the Dow up more than 300 points, led by technology and energy "
     "shares.",
     "Stocks rally on Wall Street"),
    # An inverted attribution after a claim with no comma goes.
    ("Talks on the budget deal collapse, reported the state news agency.", "Talks on budget deal collapse"),
    # A month of another clause after the verb of the future goes.
    ("He is expected to plead guilty to charges filed in March over the collapse of the bank.",
     "He is expected to plead guilty to charges filed over collapse of bank"),
    ("The CEO will step down after profits slumped in January, the company said.",
     "CEO to step down after profits slumped"),
    # A time after two joined participles is no object; a prepositional passive's agent; a pronoun object.
    ("Four men arrested and charged this week over the bombing appeared in court on Friday.",
     "Four men arrested and charged over bombing appeared in court"),
    ("The proposals objected to by residents were withdrawn by the council on Tuesday.",
     "Proposals objected to by residents withdrawn by council"),
    ("Troops sent to quell it opened fire on the crowd in the capital.",
     "Troops sent to quell it opened fire on crowd in capital"),
    # A plural before a clause of the same time in the present is no object.
    ("The player suspended appeals as the club considers its options.",
     "Player suspended appeals as club considers options"),
])
def test_the_twenty_seventh_sessions_second_reader_misfires_stay_out(sentence, expected):
    assert compress(sentence, 14, overrun=2) == expected


@pytest.mark.parametrize(("sentence", "expected"), [
    # A modal's or "to"'s perfect keeps its two participles ("should have spotted and avoided").
    ("The pilots should have spotted and avoided the storm, the report concluded.",
     "Pilots should have spotted and avoided storm"),
    ("Floods are reported to have killed 150 people and left thousands homeless.",
     "Floods reported to have killed 150 people and left thousands homeless"),
    # A reported clause's own verb and its object stay dated by its adverb.
    ("The group said in a statement that its fighters recently seized a town in northern Syria.",
     "Fighters recently seized town in northern Syria"),
    # An aside after the verb stays before an attribution and a list's next items ...
    ("Four soldiers were killed, in Helmand, the Ministry of Defence said on Sunday.",
     "Four soldiers killed, in Helmand"),
    ("Cases have been reported, in Guinea, Liberia and Sierra Leone, the WHO said.",
     "Cases reported, in Guinea, Liberia and Sierra Leone, WHO says"),
    # ... and a progressive's "be" takes no comma before its -ing form.
    ("The woman was, according to neighbours, caring for her elderly mother.",
     "Woman was caring for her elderly mother"),
])
def test_the_twenty_eighth_sessions_second_reader_misfires_stay_out(sentence, expected):
    assert compress(sentence, 14, overrun=2) == expected


def test_a_name_particle_ends_only_a_two_word_run():
    # "Banco de | Portugal Governor Carlos Costa": a run longer than a name is cut as before (a short line
    # keeps the given name).
    text = "Banco de Portugal Governor Carlos Costa warned. Costa said banks need money. Costa left."
    assert compress("Banco de Portugal Governor Carlos Costa warned on Monday that banks need money.", 14,
                    overrun=2, context=text).startswith("Carlos Costa warns")
