import pytest

from summarizer.headlines.headlinese import _ARTICLE_FORMS, _strip_articles, write_headlinese
from summarizer.headlines import compress
from summarizer.headlines.closing import dangling, runs_on


def test_article_forms_are_the_articles_in_any_case_and_nothing_else():
    tokens = ["The", "THE", "tHe", "A", "an", "AN", "Its", "THEIR", "then", "Theirs", "a.", "à", "it", "ITS'"]
    assert {t for t in tokens if t in _ARTICLE_FORMS} == {"The", "THE", "tHe", "A", "an", "AN", "Its", "THEIR"}


def test_articles_in_capitals_go_and_a_line_without_one_before_its_end_is_left_as_it_is():
    assert _strip_articles("THE minister met An envoy") == "minister met envoy"
    line = "Police found a"
    assert _strip_articles(line) is line


def test_a_noun_after_an_infinitive_is_no_report_frame():
    # "fears that" after "to calm" is the infinitive's object, not "X fears that ...": nothing goes.
    assert write_headlinese("Insurers have sought to calm fears that they face huge losses.") == (
        "Insurers seek to calm fears that they face huge losses")
    assert write_headlinese("Police fear that they face huge losses.") == "Police face huge losses"  # a frame
    # nor is an infinitive of saying: its words stay ("right to say he would have ...", not "right to would")
    sentence = "Scholes has insisted that Wenger was right to say he would have loved to play."
    assert write_headlinese(sentence) == (
        "Scholes insists that Wenger was right to say he would have loved to play")


def test_a_counts_of_goes_with_its_article_but_not_before_a_singular_or_a_possessive():
    assert _strip_articles("University expelled two of the boys for their speech") == (
        "University expelled two boys for speech")
    assert _strip_articles("Police freed three of the men") == "Police freed three men"
    assert _strip_articles("He is one of the men") == "He is one of men"  # "one" wants a singular
    assert _strip_articles("two of the world's banks") == "two of world's banks"


def test_a_report_frame_with_a_place_or_time_before_its_that_goes_too():
    sentence = "The wife of the star said at a hearing Friday that she was asked to hide a box."
    assert write_headlinese(sentence) == "wife of star asked to hide box"
    # Not a relative "that" after the reported clause's own subject: "said clinics ... that perform".
    sentence = "Advocates said clinics in the area that perform abortions have been promised security."
    assert write_headlinese(sentence).startswith("Advocates said clinics in area")


def test_an_apposition_closed_by_a_quotation_that_opens_on_its_verb_goes():
    sentence = 'Gration noted that Mills, the chief of staff "obviously knew Clinton was using email."'
    assert write_headlinese(sentence) == "Gration noted that Mills obviously knew Clinton was using email"
    # A quotation that opens on no adverb and verb does not close it: the aside stays.
    sentence = 'Gration noted that Mills, the chief of staff "at the time" knew it.'
    assert write_headlinese(sentence) == "Gration noted that Mills, chief of staff at time knew it"


def test_their_own_at_the_end_of_a_sentence_keeps_its_their():
    assert _strip_articles("Democrats feel the heat of their own.") == "Democrats feel heat of their own."


def test_a_clause_that_how_or_whether_opens_keeps_its_auxiliary():
    assert write_headlinese("A debate about how the death penalty is administered begins.") == (
        "debate about how death penalty is administered begins")
    assert write_headlinese("The death penalty is administered by the state.") == (
        "death penalty administered by state")


def test_a_how_clause_keeps_its_auxiliary_after_a_long_subject_but_not_a_titles_why_or_an_infinitive():
    assert write_headlinese("Its report examined how the doping culture during Armstrong's era was allowed "
                            "to fester.") == (
        "report examined how doping culture during Armstrong's era was allowed to fester")
    assert write_headlinese("Both Why We Fight and The Liberace of Baghdad were made for the BBC.") == (
        "Both Why We Fight and The Liberace of Baghdad made for BBC")
    assert write_headlinese("A decision on whether to allow Westminster to legislate is set to be made.") == (
        "decision on whether to allow Westminster to legislate set to be made")
    # ... nor past a comma or a join, where the clause has ended
    assert write_headlinese("He explained how the plan worked, and the budget was cut by half.") == (
        "He explained how plan worked, and budget cut by half")


def test_a_quantity_keeps_its_article_where_the_sense_or_the_grammar_needs_it():
    # "few" says the opposite of "a few"; "lot of" is no English; "the" still goes.
    assert _strip_articles("Richardson crashed a few miles from the airport") == (
        "Richardson crashed a few miles from airport")
    assert _strip_articles("Fey's show is getting a lot of attention") == "Fey's show is getting a lot of attention"
    assert _strip_articles("Board makes a number of changes") == "Board makes number of changes"


@pytest.mark.parametrize(("text", "expected"), [
    # An amount's "a" after the word that measures it stays ("more than year" reads garbled) ...
    ("McIlroy storms to a victory in less than a week", "McIlroy storms to victory in less than a week"),
    ("Nearly a third of the delegates voted", "Nearly a third of delegates voted"),
    ("Fell by over a third", "Fell by over a third"),
    ("The strikes hit about a dozen targets", "strikes hit about a dozen targets"),
    # ... not before a noun that measures nothing, nor after a word that measures nothing.
    ("He wrote about a man in the news", "He wrote about man in news"),
    ("Profits rose in a year of losses", "Profits rose in year of losses"),
    ("Arsenal scored in the second half a week later", "Arsenal scored in second half week later"),
])
def test_an_amounts_article_stays_after_the_word_that_measures_it(text, expected):
    assert _strip_articles(text) == expected


def test_a_line_does_not_end_between_nearly_and_its_amount():
    tokens = "Volume of sales between October and December dropped by nearly a quarter from last year".split()
    stop = dangling("english")
    assert runs_on(tokens, tokens.index("nearly") + 1, stop)  # "nearly | a quarter": one phrase
    assert not runs_on("Arsenal scored in second half a week later".split(), 5, stop)  # "half" the noun


def test_a_participle_after_an_aside_is_not_the_verb_of_a_clause_that_has_one():
    # ", released Thursday" belongs to the source the aside named, not to "passengers", who already "went".
    sentence = ("More than 96 million passengers went through Hartsfield-Jackson Atlanta International Airport in "
                "2014, an increase of 1.9% over 2013, according to Airports Council International's preliminary "
                "passenger traffic data, released Thursday.")
    assert not write_headlinese(sentence).endswith("Airport released")
    assert "went through Hartsfield-Jackson Atlanta International Airport" in write_headlinese(sentence)


def test_a_quantity_opens_a_clause_only_as_a_time():
    # "More than 100 people" is the subject, up to the comma after its time; "More than a year after ...,"
    # and "Nearly two weeks later," open a clause before the subject.
    lead = ("KUALA LUMPUR, Malaysia (AP) _ More than 100 people held a candlelight vigil outside the "
            "Indonesian Embassy Thursday, demanding that President B.J. Habibie put an end to violence.")
    assert write_headlinese(lead).startswith("More than 100 people held candlelight vigil")
    subject = "More than two decades as a judge, prosecutor and defense lawyer could not prepare Criss."
    assert write_headlinese(subject).startswith("More than two decades as judge, prosecutor")
    assert write_headlinese("More than a year after the crash, investigators blamed the pilot.") == (
        "investigators blamed pilot")
    assert write_headlinese("Nearly two weeks later, the ship reached port.") == "ship reached port"
    # A longer count of a time ("Three and a half decades after ...,") opens one too; a clause's own words
    # before "hours after" do not ("He was disqualified hours after the race, ...").
    opening = "Three and a half decades after calling for calm, Bob Jones III has apologized."
    assert write_headlinese(opening) == (
        "Bob Jones III apologizes")
    # ("later" with no comma after it may open the subject: not read as a longer count's clause.)
    assert write_headlinese("Two and a half hours later the team, exhausted, returned.").startswith("Two")
    assert write_headlinese("He was disqualified hours after the race, officials said.").startswith(
        "He was disqualified hours after race")
    # "At least" before a count opens the subject ("At least a dozen tourists ..., Tunis, are among ..."),
    # not before a time ("At least for now, ...").
    lead = "At least a dozen tourists on two cruises that visited the capital, Tunis, are among the dead."
    assert write_headlinese(lead).startswith("At least a dozen tourists")
    opening = "At least for now, the authorities are trying hard."
    assert write_headlinese(opening) == "authorities are trying hard"


def test_a_long_participle_opening_goes_and_names_the_object_it_was_about():
    lead = ("Hailing the World War II archbishop of Zagreb as a martyr to ``the atrocities of the communist "
            "system,'' Pope John Paul II beatified him on Saturday.")
    assert write_headlinese(lead) == "Pope John Paul II beatified World War II archbishop of Zagreb"
    lead = ("Sifting through thousands of pages of documents provided four years ago to a congressional "
            "panel, a House Democrat has turned up evidence that the department did notify Congress.")
    assert write_headlinese(lead).startswith("House Democrat turns up evidence")
    # Two object pronouns, or none: the line is left as it is.
    two = ("Hailing the World War II archbishop of Zagreb as a martyr to the atrocities of the communist "
           "system, the pope greeted him and her.")
    assert write_headlinese(two) == "pope greeted him and her"


def test_an_apposition_to_the_object_goes_before_the_rest_of_its_complement():
    lead = ("President Joseph Estrada donated 600,000 pesos, the equivalent of his salary for one year, to a "
            "fund for victims of the typhoons.")
    assert write_headlinese(lead) == (
        "President Joseph Estrada donated 600,000 pesos to fund for victims of typhoons")
    # Not before "to" and a verb: a list's next item or a clause goes on there.
    sentence = "He thanked the coach, the team, to win again."
    assert write_headlinese(sentence) == "He thanked coach, team, to win again"


def test_what_an_article_opens_after_a_comma_is_a_clause_when_it_has_its_own_auxiliary():
    lead = ("Protesting the lack of a defense lawyer, the father of a prominent dissident is to seek a delay "
            "in his son's trial, scheduled to start on Thursday.")
    assert write_headlinese(lead).startswith("father of prominent dissident to seek delay")
    # An apposition's own relative clause does not make it one.
    lead = "Duritskaya, the model who was with Nemtsov, is now the focus of intense interest."
    assert write_headlinese(lead) == "Duritskaya is now focus of intense interest"


def test_the_comma_that_closes_an_opening_phrase_opens_the_subject_not_an_aside():
    # The subject after a preposition's phrase, with an aside of its own, is no aside of the phrase.
    lead = ("With its snow-capped mountains and picturesque deserted hamlets, the Bleone Valley, where a "
            "Germanwings jet crashed Tuesday, is a stunningly beautiful but sparsely populated spot.")
    assert write_headlinese(lead) == "Bleone Valley is stunningly beautiful but sparsely populated spot"
    lead = "At 9:40 a.m., the Fiat, chugging along like a car about to quit, began emitting smoke."
    assert write_headlinese(lead) == "Fiat, chugging along like car about to quit, began emitting smoke"
    # Nor is its verb of saying an attribution that closes the sentence.
    lead = "At slums in Narobi on Wednesday, he said education needs had to be tackled."
    assert write_headlinese(lead) == "he said education needs had to be tackled"
    # A relative clause after the comma is an aside, and a conjunction's opening may hold the subject.
    lead = ("However the YouGov poll, which questioned 1,943 British adults online, found 25% did not know "
            "how they would vote.")
    assert write_headlinese(lead).startswith("However the YouGov poll found 25% did not know")
    # A gerund with a verb of its own is a subject: its comma closes a clause, and the attribution goes.
    lead = "Writing a Word document can be a dangerous business, according to a security firm."
    assert write_headlinese(lead) == "Writing Word document can be dangerous business"
    lead = ("Flooding on the Yangtze and Songhua rivers evolved to new historic disaster levels today, "
            "according to the State Headquarters for Flood Control and Drought Relief.")
    assert write_headlinese(lead).startswith("Flooding on Yangtze and Songhua rivers evolved")


def test_a_names_possessive_description_between_commas_goes():
    lead = ("Industrial and Commercial Bank (ICBC), China's biggest lender, has seen an 18% jump in profits "
            "during 2004.")
    assert write_headlinese(lead) == "Industrial and Commercial Bank sees 18% jump in profits during 2004"
    # A verb of saying after it is the main verb, no attribution.
    assert write_headlinese("Tesco, Britain's biggest retailer, has reported record profits.") == (
        "Tesco reports record profits")
    # A place's comma stays inside it; any other comma that no verb follows keeps the possessive.
    lead = ("Yusuf Bari-Bari, Somalia's representative to the United Nations in Geneva, Switzerland, was "
            "among those killed.")
    assert write_headlinese(lead) == "Yusuf Bari-Bari was among those killed"
    # A possessive of a name in two words too.
    lead = ("Vera Drake, Mike Leigh's tale about a 1950s backstreet abortionist, is nominated in 11 "
            "categories.")
    assert write_headlinese(lead) == "Vera Drake nominated in 11 categories"
    lead = "He had no ties with the Mossad, Israel's spy agency, and had, in fact, been recruited by ISIS."
    assert write_headlinese(lead).startswith("He had no ties with Mossad, Israel's spy agency, and")
    # Not a contraction ("It's Now Or Never"), nor the subject after an opening phrase's comma.
    lead = "But his next single, It's Now Or Never, will face a challenge."
    assert "It's Now Or Never" in write_headlinese(lead)
    # A short name after a common noun names it: it stays.
    lead = "The first new console, Microsoft's Xbox 2, is not expected to reach the shops until 2005."
    assert write_headlinese(lead).startswith("first new console, Microsoft's Xbox 2, is not expected")
    lead = "In London on Thursday, India's finance minister, lashed out at the G7 nations."
    assert write_headlinese(lead) == "India's finance minister, lashed out at G7 nations"


def test_a_this_or_last_that_a_verb_follows_opens_the_subject_not_an_opening():
    lead = "This sequel gives the franchise a grim, gritty new look and ramps up the action and violence."
    assert write_headlinese(lead).startswith("This sequel gives franchise grim, gritty new look")
    assert write_headlinese("Last year saw the emergence, at last, of portable media players.").startswith(
        "Last year saw emergence")
    # A time alone, or "every time" and its clause, still opens the sentence.
    assert write_headlinese("This year, the firm made a loss.") == "firm made loss"
    lead = "Every time a snowstorm bears down on Danbury, students turn to Twitter."
    assert write_headlinese(lead) == "students turn to Twitter"


def test_a_relative_clause_after_an_openings_comma_goes_with_the_opening():
    lead = ("Although below last year's peak of $55.67 a barrel, which was reached in October, prices are "
            "now well above 2004's average of $41.48.")
    assert write_headlinese(lead) == "prices are now well above 2004's average of $41.48"
    # After a conjunction's opening the noun is the subject: only the conjunction goes.
    lead = "But Brando, who died last July at the age of 80, eventually took the role of Don Corleone."
    assert write_headlinese(lead).startswith("Brando, who died last July")
    # "This" and its verb are the subject's: "This is due largely to ..., which shrank ...".
    lead = "This is due largely to the faltering German economy, which shrank 0.2% in the last quarter."
    assert write_headlinese(lead).startswith("This is due largely to faltering German economy")


def test_an_adjective_or_a_name_in_ly_and_a_this_that_is_no_time_open_the_subject():
    lead = "Deadly incidents at factories and other buildings, sadly, are nothing new in Bangladesh."
    assert write_headlinese(lead) == (
        "Deadly incidents at factories and other buildings are nothing new in Bangladesh")
    lead = "Italy, who lost both their opening games, travel to Edinburgh with high hopes."
    assert write_headlinese(lead).startswith("Italy")
    lead = "This light, called Cherenkov radiation, can be detected by sensitive light sensors."
    assert write_headlinese(lead).startswith("This light, called Cherenkov radiation, can be detected")
    # An adverb in -ly, and "this" with a time, still open the sentence.
    assert write_headlinese("Unsurprisingly, the plan has failed.") == "plan fails"
    assert write_headlinese("This past season, the club won the league.") == "club won league"


def test_a_relative_after_an_openings_comma_closes_at_its_own_comma_or_the_opening_is_none():
    # Not at a number's comma, nor where a verb follows the clause (the opening was the subject).
    lead = ("In the region, where tribal warfare has killed more than 150,000 people since 1993, aid is "
            "scarce.")
    assert write_headlinese(lead) == "aid is scarce"
    lead = "Reopening the Waverley Line, which could cost up to £100m, would be a huge boost for Borders."
    assert write_headlinese(lead).startswith("Reopening the Waverley Line would be")
    # A question's "which" asks; an inversion's opening holds its verb.
    lead = "With security a key issue, which candidate will voters trust to keep them safe?"
    assert write_headlinese(lead).startswith("With security")
    lead = "On one side is D'Amato, who, as Schumer said again Sunday, voted to cut Medicare."
    assert write_headlinese(lead).startswith("On one side is D'Amato")


def test_a_subject_and_its_verb_after_a_times_comma_are_no_aside():
    lead = ("Last year, the US terminated an agreement with the EU, reached in 1992, which limits the "
            "subsidies.")
    assert write_headlinese(lead).startswith("US terminated agreement with EU")
    # After a conjunction's opening, which holds the subject, a participle in the aside is no verb.
    lead = ("But the arrest of the suspect, a 21-year-old man named Joshua Rudiger, who was said to be a "
            "vampire, is unlikely to cool the debate.")
    assert write_headlinese(lead).startswith("But arrest of suspect is unlikely to cool debate")


def test_the_auxiliary_of_a_clause_that_what_opens_stays():
    lead = "The ruling is the first step in what is expected to be a long courtroom fight."
    assert "what is expected to be" in write_headlinese(lead)


def test_a_writers_aside_of_hedge_or_link_words_goes():
    lead = "The commission would withhold, at least temporarily, parts of its final report."
    assert write_headlinese(lead) == "commission would withhold parts of final report"
    # After the opening clause that its comma may close ("This year, however, ...").
    lead = "This year, however, the jet stream remains stuck in winter mode."
    assert write_headlinese(lead) == "jet stream remains stuck in winter mode"
    # A list's item in -ly is no adverb.
    assert write_headlinese("He thanked his wife, family, friends and fans.") == (
        "He thanked his wife, family, friends and fans")


def test_a_whose_clause_keeps_its_passive_auxiliary():
    lead = "A British phone company whose four employees were kidnapped in Chechnya said it was in contact."
    assert "whose four employees were kidnapped in Chechnya" in write_headlinese(lead)


@pytest.mark.parametrize(
    "lead, expected",
    [
        # A condition's "then" goes with it.
        ("If the 20th century was the century of the skyscraper, then the 21st century is shaping up as "
         "another.", "21st century is shaping up as another"),
        # A dashed aside that closes an opening phrase leaves it to go; inside a clause it is only dropped.
        ("In an exclusive interview ahead of his U.S. tour -- and ahead of his wedding anniversary -- Prince "
         "Charles paid tribute to his wife.", "Prince Charles paid tribute to wife"),
        ("In Washington the prince -- on his U.S. tour -- paid tribute to his wife.",
         "In Washington prince paid tribute to wife"),
        # A time before a dash is no dateline (not "Missouri -- two police officers shot"); a place is.
        ("Early Thursday -- during the protests that shake Ferguson, Missouri -- two police officers were "
         "shot.", "two police officers shot"),
        ("WASHINGTON (AP) -- The president spoke.", "president spoke"),
        # An agency's bracket the wire forgot to close.
        ("DHAKA, July 17 (Xinhua -- Bangladesh and India Monday kicked off border talks.",
         "Bangladesh and India kicked off border talks"),
        # An opening that ends on a city and its state ends after the state.
        ("With tensions running high after the shooting of two officers in Ferguson, Missouri, state and "
         "county police took over protest security.", "state and county police took over protest security"),
        # A triple dash closes an aside.
        ("The report -- released one year after the disappearance of the plane --- provides a detailed "
         "picture.", "report provides detailed picture"),
    ],
)
def test_openings_asides_and_datelines_go_as_a_sub_editor_drops_them(lead, expected):
    assert write_headlinese(lead) == expected


def test_a_perfect_after_a_pronoun_inside_the_line_keeps_its_auxiliary():
    # the reported clause's perfect is no headline present ("denies reports that she pulls out")
    assert write_headlinese("Kim Clijsters has denied reports that she has pulled out of the race.") == (
        "Kim Clijsters denies reports that she has pulled out of race")
    # the line's own clause takes the present, and a pluperfect inside the line its past
    assert write_headlinese("He has pulled out of the race.") == "He pulls out of race"
    assert write_headlinese("The State Department lifted a ban it had imposed on fliers.") == (
        "State Department lifted ban it imposed on fliers")


def test_a_perfect_whose_verb_has_a_hyphened_prefix_takes_the_present_too():
    assert write_headlinese("Saint-Andre has re-opened the debate.") == "Saint-Andre re-opens debate"
    assert write_headlinese("Fans have well-known songs.") == "Fans have well-known songs"  # no verb's prefix


def test_an_adverb_between_a_perfects_auxiliary_and_its_verb_stays_before_the_present():
    assert write_headlinese("The attorney general has again denied the claims.") == (
        "attorney general again denies claims")
    assert write_headlinese("Howard has finally revealed his tax cuts.") == "Howard finally reveals tax cuts"
    assert write_headlinese("Clarke and Parkinson have both criticised the decision.") == (
        "Clarke and Parkinson both criticise decision")
    # not a noun in -ly, nor a passive's adverb of time or manner, nor a negation (a reporting one stays
    # before the headline's passive, the test below)
    assert write_headlinese("He has family ties.") == "He has family ties"
    assert write_headlinese("Blair has recently been told to go.") == "Blair has recently been told to go"
    assert write_headlinese("The firm has not agreed.") == "firm has not agreed"


def test_a_possessive_after_a_noun_opens_a_phrase_of_its_own_and_stays():
    assert _strip_articles("praises the way his side have played") == "praises way his side have played"
    assert _strip_articles("urged to use all his powers") == "urged to use all his powers"
    # after a verb or a preposition it goes as before, and after "what"
    assert _strip_articles("Brown meets his golden rule") == "Brown meets golden rule"
    assert _strip_articles("to change what their schools teach") == "to change what schools teach"


def test_a_perfect_with_an_adverb_that_dates_or_joins_it_is_not_made_present():
    # an adverb that dates the perfect gives its past, as "before" after it does
    assert write_headlinese("The club has recently signed a new goalkeeper.") == "club recently signed new goalkeeper"
    # a pluperfect or a perfect joined to another participle keeps its auxiliary
    assert write_headlinese("Hawkins had recently split with his girlfriend and been fired.") == (
        "Hawkins had recently split with girlfriend and been fired")
    assert write_headlinese("He has recently misappropriated and disseminated data.") == (
        "He has recently misappropriated and disseminated data")
    # a plural's present that may be a noun would leave the verb in doubt ("problems ... also prompt")
    assert write_headlinese("Problems at Yukos have also prompted the IEA to revise its estimates.") == (
        "Problems at Yukos have also prompted IEA to revise estimates")
    # ... though not after an adverb of manner, which only a verb takes ("drastically step up")
    assert write_headlinese("Civil servants have drastically stepped up the shredding of documents.") == (
        "Civil servants drastically step up shredding of documents")


def test_a_pronoun_after_an_opener_or_a_join_is_a_main_clauses_subject():
    assert write_headlinese("But he has made a mistake.") == "But he makes mistake"


def test_a_purposes_to_say_that_still_frames_what_is_said():
    assert write_headlinese("One passenger sent a text message before the crash to say that the pilots were "
                            "unconscious.") == "pilots were unconscious"


def test_a_free_relative_that_only_bills_what_follows_goes_but_a_hedge_stays():
    lead = "Rock outfit Rooster are playing what has been billed as the first ever concert broadcast by phone"
    assert write_headlinese(lead) == "Rock outfit Rooster are playing first ever concert broadcast by phone"
    lead = "The divers found what is believed to be the wreck of the battleship Musashi."
    assert "what is believed to be" in write_headlinese(lead)


def test_a_counts_of_before_a_possessive_goes_with_it_before_the_plural_noun():
    lead = "IBM says 500 of its software patents will be released."
    assert write_headlinese(lead) == "IBM says 500 software patents will be released"
    assert write_headlinese("Eight of their colleagues have been flown back.").startswith("Eight colleagues")
    # Not before another count or a superlative: "of" stays, the possessive goes.
    assert write_headlinese("They won 10 of their last 11 fixtures.") == "They won 10 of last 11 fixtures"
    lead = "Two of the largest airlines in the US blame fuel prices."
    assert write_headlinese(lead).startswith("Two of largest airlines")


def test_a_longer_names_end_is_no_source():
    lead = ("UK house prices fell 0.7% in the fourth quarter, according to the Office of the Deputy Prime "
            "Minister.")
    assert write_headlinese(lead) == "UK house prices fell 0.7% in fourth quarter"


@pytest.mark.parametrize(("sentence", "expected"), [
    # An adverb in -ly before an adjective and a name opens the subject, not a clause, and an adverb's
    # apposition after it goes as an aside.
    ("Singularly successful eBay, already a legend on Wall Street, is raising some $1.11 billion.",
     "Singularly successful eBay is raising some $1.11 billion"),
    ("The company, once a giant of the industry, filed for bankruptcy.", "company filed for bankruptcy"),
    # An adverb's clause stays an opening: "Clearly upset by the ruling,", "Shortly after the incident
    # Friday,".
    ("Clearly upset by the ruling in London, the minister walked out.", "minister walked out"),
    ("Shortly after the incident Friday, China sent fighter jets to patrol the border.",
     "China sent fighter jets to patrol border"),
    # "Everywhere", "Elsewhere" open a phrase before the subject.
    ("Everywhere in this restored 17th-century village, old wayside shrines remind visitors of the belief.",
     "old wayside shrines remind visitors of belief"),
    ("Elsewhere, police arrested three men in Leeds.", "police arrested three men in Leeds"),
    # ", let alone ..." inside an aside does not end it as a verb would.
    ("Mayor John Coyne, 82, who is in his 52nd year in office, and who can recall when people survived "
     "without telephones, let alone doing both at once, said the ban was working.",
     "Mayor John Coyne said ban was working"),
])
def test_openings_and_asides_the_twenty_sixth_session_misread(sentence, expected):
    assert write_headlinese(sentence) == expected


@pytest.mark.parametrize(("sentence", "expected"), [
    # A passive's auxiliary goes with an adverb in -ly before its participle too ...
    ("The plane was deliberately brought down by the co-pilot.", "plane deliberately brought down by "
                                                                 "co-pilot"),
    ("A young woman from Kabul was falsely accused of burning pages of the Quran.",
     "young woman from Kabul falsely accused of burning pages of Quran"),
    # ... not after a relative clause with its own past, whose verb would run into it, nor before a word
    # in -ly that is no adverb.
    ("The aircraft that crashed was deliberately brought down by the co-pilot.",
     "aircraft that crashed was deliberately brought down by co-pilot"),
    ("The team was likely to win the title.", "team was likely to win title"),
])
def test_a_passive_with_an_adverb_loses_its_auxiliary(sentence, expected):
    assert write_headlinese(sentence) == expected


@pytest.mark.parametrize(("sentence", "expected"), [
    # A comma between two adjectives of one noun is no end of the opening ...
    ("Under harsh lights in a private, rented room in Berlin, women face each other in violent battles.",
     "women face each other in violent battles"),
    ("With the discovery of a gray, fossilized jawbone in a remote corner of Ethiopia, a student at Arizona "
     "State University may have changed our understanding of our earliest ancestors.",
     "student at Arizona State University may have changed our understanding of our earliest ancestors"),
    # ... but a noun's comma is, before the subject's article ("In the past, | the company").
    ("In the past, the company, like its rivals, has struggled to sell its phones.",
     "company, like rivals, struggles to sell phones"),
])
def test_an_openings_comma_between_adjectives(sentence, expected):
    assert write_headlinese(sentence) == expected


@pytest.mark.parametrize(("sentence", "expected"), [
    # A participle's object that goes on into a list after the opening's comma belongs to the opening ...
    ("Pleading innocence, immunity and ignorance, the city responded to the lawsuit.",
     "city responded to lawsuit"),
    ("Citing delays, rising costs, safety and noise, the council dropped the plan.", "council dropped plan"),
    # ... not after a preposition's phrase, where the list is the subject.
    ("After the storm, fishing and farming, the region's mainstays, suffered losses.",
     "fishing and farming suffered losses"),
])
def test_an_openings_list_goes_with_it(sentence, expected):
    assert write_headlinese(sentence) == expected


@pytest.mark.parametrize(("sentence", "expected"), [
    # After a participle's opening, the subject and its apposition between commas are no aside.
    ("Pleading guilty, the mayor, Tom Smith, resigned.", "mayor, Tom Smith, resigned"),
    ("Citing delays, the mayor and his deputy, Tom Smith, dropped the plan.",
     "mayor and his deputy, Tom Smith, dropped plan"),
])
def test_a_subject_after_a_participles_opening_is_no_aside(sentence, expected):
    assert write_headlinese(sentence) == expected


@pytest.mark.parametrize(("sentence", "expected"), [
    # A verb of saying right after the comma that closes an aside is the subject's verb, where nothing
    # before it has a verb of its own ...
    ("The minister, with the backing of the prime minister, announced the plan.",
     "minister, with backing of prime minister, announced plan"),
    # ... not an attribution's verb before its speaker.
    ("Prices will rise, warned the governor.", "Prices will rise"),
    ("The musical will open in November, said Richards.", "musical will open in November, says Richards"),
])
def test_a_verb_of_saying_after_an_aside_is_no_attribution(sentence, expected):
    assert write_headlinese(sentence) == expected


@pytest.mark.parametrize(("sentence", "expected"), [
    # A phrase between commas right after the verb goes: the clause goes on past it ...
    ("On the surface, the co-pilot seemed, in the words of those who had known him, normal and capable.",
     "Co-pilot seemed normal and capable"),
    ("The striker was, by all accounts, the best player on the pitch.", "Striker was best player on pitch"),
    ("The company will, according to analysts, cut 500 jobs next year.", "Company to cut 500 jobs"),
    # ... its comma kept before a participle's clause ...
    ("Mayer eventually triumphed, after his 11th match point, winning the fifth set 15-13.",
     "Mayer eventually triumphed, winning fifth set 15-13"),
    # ... not a clause's comma ("When he arrived,"), one with a verb of its own, nor a list's item.
    ("Of the injured, at least 57 were in intensive care, according to a spokesman.",
     "Of injured, at least 57 were in intensive care"),
    ("Six cases have been confirmed, with two in Cuyahoga County and one each in Medina, Lorain and Lake.",
     "Six cases confirmed, with two in Cuyahoga County and one each in Medina, Lorain and Lake"),
])
def test_a_phrase_between_commas_after_the_verb_goes(sentence, expected):
    assert compress(sentence, 14, overrun=2) == expected


@pytest.mark.parametrize(("sentence", "expected"), [
    # A manner's adverb after "been" stays before the headline's participle.
    ("The town has been deeply shaken by the murder of a local teacher.",
     "town deeply shaken by murder of local teacher"),
    ("The plan has been widely criticised by unions.", "plan widely criticised by unions"),
    ("The singer has been really happy with the show.", "singer has been really happy with show"),
    # A long word written twice in a row is the source's slip, and so is a doubled article or conjunction;
    # "had had", "boda boda" and "voted on on Tuesday" are English.
    ("The world of Mexican wrestling wrestling mourns its star.", "world of Mexican wrestling mourns star"),
    ("He hopes to end his career and and retire on a high.", "He hopes to end his career and retire on high"),
    ("The proposal they voted on on Tuesday failed.", "proposal they voted on failed"),
    ("She had had enough of the boda boda riders.", "She had enough of boda boda riders"),
    # "in the case" keeps its "the": "in case" says another thing.
    ("The family will file a lawsuit in the case very shortly.",
     "family will file lawsuit in the case very shortly"),
])
def test_the_twenty_ninth_sessions_headlinese(sentence, expected):
    assert write_headlinese(sentence) == expected


def test_a_relatives_speaker_keeps_its_auxiliary():
    # "men who the group said | were suspected spies": dropped, "were" would leave "said suspected spies".
    assert write_headlinese("Video shows two men who the group said were suspected spies.") == (
        "Video shows two men who group said were suspected spies")
    assert write_headlinese("The men were killed in the raid.") == "men killed in raid"


def test_a_re_participle_is_a_headline_passive():
    # "re-united" is "united" done again: its passive drops the auxiliary as "united" would.
    assert write_headlinese("Rory McIlroy was re-united with the golf club.") == (
        "Rory McIlroy re-united with golf club")
    assert write_headlinese("The bottle is re-usable.") == "bottle is re-usable"  # (no participle)


@pytest.mark.parametrize(("sentence", "expected"), [
    # A name or an article after "But" opens the subject, whose aside the comma opens: no opening to drop.
    ("But Martin Dolan, Chief Commissioner of the Australian Transport Safety Bureau, says that teams are "
     "hopeful.", "But Martin Dolan, Chief Commissioner of"),
    ("But the minister, speaking in Leeds, said jobs would go.", "But minister said"),
    # A clause with a verb of its own after "and", and a phrase after "But", still open the sentence.
    ("As the team headed for Washington, and President Cardoso flew off to Portugal, officials put the "
     "finishing touches on a package.", "officials put finishing touches on package"),
    ("But in 2004, Smith said the plant would close.", "Smith said plant would close"),
])
def test_a_conjunctions_opening_is_dropped_only_when_it_holds_no_subject(sentence, expected):
    assert write_headlinese(sentence).startswith(expected)


def test_a_time_after_a_conjunction_and_an_article_still_opens_the_sentence():
    line = write_headlinese("But a week later, police arrested two men.")
    assert line.startswith("police arrested two men")
    assert write_headlinese("But Noren later retracted the remark.").startswith("But Noren later retracted")


@pytest.mark.parametrize("sentence, line", [
    ("Two American women have reportedly been arrested for carving their initials into a wall.",
     "Two American women reportedly arrested for carving initials into wall"),
    ("Millwall have also been charged over alleged racist behaviour by supporters.",
     "Millwall also charged over alleged racist behaviour by supporters"),
])
def test_a_perfect_passive_keeps_its_reporting_or_adding_adverb_before_the_participle(sentence, line):
    assert write_headlinese(sentence) == line


def test_a_perfect_passive_with_an_adverb_of_time_or_manner_keeps_its_auxiliaries():
    sentence = "He said he was glad the secretary has finally been shamed into acting."
    assert "has finally been shamed" in write_headlinese(sentence)


@pytest.mark.parametrize("sentence, expected", [
    # a speaker who tells a hearer what he or she does is the line's subject, as after "said"
    ("England forward Michael Owen has told the BBC he is happy in Spain and has no plans to quit.",
     "England forward Michael Owen happy in Spain"),
    ("Pope Francis told a Mexican television network Friday that he expects his pontificate will be brief.",
     "Pope Francis expects pontificate will be brief"),
    ("Officials told the BBC they expect the bridge to reopen next month.",
     "Officials expect bridge to reopen"),
])
def test_a_speaker_who_tells_what_he_does_is_the_subject(sentence, expected):
    assert compress(sentence) == expected


@pytest.mark.parametrize("sentence", [
    "Blair told Brown he would quit before the next election.",  # "he" may be the hearer
    "Musallam's family told CNN he had no ties with Mossad.",  # the "he" is Musallam
    "One woman at the park told KJRH she was cooking when the storm hit.",  # no name for "she"
    "Andreas Lubitz told the airline he worked for that he had a bout with depression.",  # a clause's noun
    "Blair told him he would quit before the next election.",  # a pronoun hearer
    "The prime minister told reporters that he will resign next week.",  # a "he" with no name
    # a past that was told stays told (the blind comparison's: "Simao feared" reads as the line's own)
    "Foreign Minister Leonardo Simao told reporters he feared more flooding would occur.",
    "Ruth Gavron told the BBC she believed the mayor would say sorry.",
])
def test_a_told_frame_stays_where_its_pronoun_may_be_another(sentence):
    assert " tells " in f" {compress(sentence)} "


@pytest.mark.parametrize("text, expected", [
    # a verb's way keeps its possessive ("makes way" says another thing) ...
    ("The case makes its way back to New York", "case makes its way back to New York"),
    ("Fans made their way to the seats", "Fans made their way to seats"),
    # ... not a preposition's, nor a noun's
    ("Snow is on its way to the north", "Snow is on way to north"),
])
def test_a_verbs_way_keeps_its_possessive(text, expected):
    assert _strip_articles(text) == expected


def test_an_aside_closes_before_the_as_its_verb_wants():
    sentence = ("Venezuelan authorities have identified more than 500 farms, including 56 large estates, "
                "as idle as it continues with its controversial land reform policy.")
    line = compress(sentence, 14, "english", sentence, 2)
    assert line == "Venezuelan authorities identify more than 500 farms as idle"
    # not an article after a second aside: "as" was the verb's already
    named = "One has been identified as Sonia Essomba, daughter of Rene Essomba, an IOC member from Cameroon."
    assert "IOC member" not in compress(named, 14, "english", named, 2)


@pytest.mark.parametrize("sentence", [
    # (the second reader's) a hearer "they" may stand for, a court's "he", a subject whose name is no head,
    # a person's acronym, what the hearer is told to do
    "Police officers told residents they must leave their homes before the storm arrives on Friday.",
    "Prosecutor David Smith told the jury that he had stabbed the victim twice in the chest.",
    "A spokesman for Trump told CNN he would not attend the debate.",
    "Sources close to Neymar told ESPN he wants to leave the club.",
    "Keir Starmer told the PM he should resign.",
    "Wales manager Chris Coleman told reporters he would be out for six weeks.",
])
def test_a_told_frame_stays_where_the_pronoun_is_likely_anothers(sentence):
    assert {"tell", "tells", "told"} & set(compress(sentence, 14, "english", sentence, 2).split())


@pytest.mark.parametrize("sentence, kept", [
    # (the second reader's) a clause's "as" or a set phrase's is no complement of the verb
    ("Police identified the suspect, a 25-year-old man, as officers searched his home.", "as officers"),
    ("Police identified the man, a 30-year-old from Leeds, as part of the investigation.", "as part"),
    ("Police identified the victim, a 30-year-old man, as the investigation continued.", "as investigation"),
])
def test_an_as_that_opens_a_clause_is_no_complement(sentence, kept):
    assert kept not in compress(sentence, 14, "english", sentence, 2)


@pytest.mark.parametrize(("sentence", "expected"), [
    # a participle's phrase between the subject and its verb goes, and the verb is the line's
    ("An officer, responding to reports of a suspicious person, shot and killed an unarmed man.",
     "Officer shoots and kills unarmed man"),
    ("Chinese swimmers, missing some of their stars, are eyeing Japan as the team to beat.",
     "Chinese swimmers eye Japan as team to beat"),
    ("The EFF, representing the reporters, asked the court to stop Apple pursuing sources.",
     "EFF asks court to stop Apple pursuing sources"),
])
def test_a_participles_aside_before_the_verb_goes(sentence, expected):
    assert compress(sentence, 14, "english", sentence, 2) == expected


@pytest.mark.parametrize(("sentence", "kept"), [
    # whose word it is stays; a verb of the aside's own keeps it a clause
    ("The problem, according to Mr Lane, is not the war.", "according to Lane"),
    ("Smith, hoping that rivals were weak, bid for the firm.", "hoping"),
])
def test_an_aside_that_is_no_participles_phrase_stays(sentence, kept):
    assert kept in compress(sentence, 14, "english", sentence, 2)


@pytest.mark.parametrize(("sentence", "kept"), [
    # (the second reader's) an aside that is the news, an opening phrase before the subject, another
    # aside's participle after it
    ("A plane, carrying 162 people, crashed into the sea off Indonesia.", "carrying 162 people"),
    ("A man, posing as a police officer, stole £5,000 from a pensioner.", "posing as police officer"),
    ("The suspect, wearing a dark hoodie, described as about 6ft tall, fled on foot.", "wearing dark hoodie"),
])
def test_a_participles_aside_that_tells_the_news_or_is_no_aside_stays(sentence, kept):
    assert kept in compress(sentence, 14, "english", sentence, 2)


def test_a_quotation_with_an_article_keeps_its_comma_for_the_cut():
    sentence = "The mayor described the fire as \"a tragedy, a disaster for the city\"."
    assert compress(sentence, 14, "english", sentence, 2) == "Mayor describes fire as tragedy"


@pytest.mark.parametrize(("sentence", "expected"), [
    # "Today," opens a clause before its subject; a third opening goes too
    ("Today, 20 years after it came into force, with more than 26 states now participating, Schengen has "
     "completely altered the experience of traversing Europe.",
     "Schengen completely alters experience of traversing Europe"),
    ("Today, the American higher education system is in crisis.",
     "American higher education system in crisis"),
    # (not a "Today's" that opens the subject)
    ("Today's decision by the court means the strike will go on.",
     "Today's decision by court means strike will go on"),
])
def test_today_and_a_third_opening_go_before_the_subject(sentence, expected):
    assert compress(sentence, 14, "english", sentence, 2) == expected


@pytest.mark.parametrize("sentence", [
    # a third opening stays where it would leave no subject, or no verb
    "With $2.2 billion in debt, plunging revenues, and losses of close to $1 million a day, Asia's oldest "
    "airline, known as PAL, is in desperate shape.",
    "Despite these reports, on-line auction houses continue to be the current Internet rage, creating a "
    "thriving home business meant for people like Lela McKenna, 36, a mother of two in Castro Valley, Calif.",
])
def test_a_third_opening_leaves_a_subject_and_a_verb(sentence):
    line = write_headlinese(sentence).split()
    assert line[0] != "is" and not line[0][:1].isdigit()


@pytest.mark.parametrize(("sentence", "expected"), [
    # a third opening that is the news's occasion or place stays
    ("Last year, in Manchester, during the heatwave, hundreds of people were treated in hospital.",
     "During heatwave, hundreds of people treated in hospital"),
    ("In 2001, after the attacks, in New York, firefighters became heroes.",
     "In New York, firefighters became heroes"),
    # "Yesterday," goes as "Today," does; not a "Today," in a list of times
    ("Yesterday, the prime minister met the leaders of the opposition to discuss the crisis.",
     "Prime minister meets leaders of opposition to discuss crisis"),
    ("Today, Tomorrow and Forever is the title of the band's new album.",
     "Today, Tomorrow and Forever is title of band's new album"),
])
def test_a_third_opening_of_place_or_occasion_and_yesterday(sentence, expected):
    assert compress(sentence, 14, "english", sentence, 2) == expected


def test_an_opening_names_apposition_stays_when_asked():
    sentence = "A.J. Pero, a longtime drummer for the metal band Twisted Sister, has died."
    assert write_headlinese(sentence) == "A.J. Pero dies"
    assert write_headlinese(sentence, apposed=True) == (
        "A.J. Pero, longtime drummer for metal band Twisted Sister, dies")
    # (not a relative clause, nor an aside after a longer opening)
    sentence = "John Smith, who led the party, has died."
    assert write_headlinese(sentence, apposed=True) == "John Smith dies"
    sentence = "Police in the city of Leeds, a former mill town, have closed the road."
    assert write_headlinese(sentence, apposed=True) == write_headlinese(sentence)
    # (nor an article before a capital, which would stay, nor a phrase pointing back to what the line does
    # not name)
    sentence = "Boko Haram, the Nigeria-based Islamist terror group, has pledged allegiance to ISIS."
    assert write_headlinese(sentence, apposed=True) == "Boko Haram pledges allegiance to ISIS"
    sentence = "T-Mobile USA, the company's American mobile business, made a strong contribution to profits."
    assert write_headlinese(sentence, apposed=True) == "T-Mobile USA made strong contribution to profits"


def test_a_but_clause_before_a_participles_phrase_is_the_main_clause_not_an_opening():
    lead = ("But this latest measure went a step further, seeing Republicans in Congress stepping on the "
            "toes of the executive branch.")
    assert write_headlinese(lead).startswith("this latest measure went step further, seeing Republicans")
    lead = "And the company went further, cutting its profit forecast for the year by a third."
    assert write_headlinese(lead) == "company went further, cutting profit forecast for year by third"
    # A clause that opens with its subject's conjunction, before a subject, still goes.
    assert write_headlinese("But when the storm came, the town was ready.") == "town was ready"
    lead = "But when the results came in, showing a clear swing to Labour, the Conservatives conceded defeat."
    assert write_headlinese(lead) == "Conservatives conceded defeat"
    # A "But" or "And" with no verb of its own before the participle opens the sentence, as before.
    lead = "And now, facing an international uproar, Israeli officials have started backing away."
    assert write_headlinese(lead).startswith("Israeli officials")


@pytest.mark.parametrize(
    "sentence, expected",
    [
        # a name's place between commas goes, its own commas with it, to the comma before a lower-case word
        ("The Federal Trade Commission charged Craig Hare, of Lake Worth, Fla., with fraud.",
         "Federal Trade Commission charges Craig Hare with fraud"),
        ("John Smith, of Leeds, won the lottery jackpot on Saturday.", "John Smith wins lottery jackpot"),
        # not after a word in lower case
        ("The price of oil, of Brent crude, rose sharply on Monday.",
         "Price of oil, of Brent crude, rose sharply"),
        # nor with no word before it
        (", of London, won the prize on Monday.", "Of London, won prize"),
    ],
)
def test_a_names_place_between_commas_goes(sentence, expected):
    assert compress(sentence) == expected
