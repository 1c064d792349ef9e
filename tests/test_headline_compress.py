"""A subject whose main verb the word budget would cut is shortened; what a long line can spare."""

import pytest

from summarizer.headlines.closing import dangling, runs_on
from summarizer.headlines.compress import make_room, passive_verb, shorten, spare
from summarizer.headlines.mainverb import main_auxiliary
from summarizer import Article, headline
from summarizer.headlines import compress
from summarizer.headlines.cut import fit
from summarizer.headlines.subject import main_verb


def test_the_auxiliary_after_a_subject_with_no_verb_of_its_own_is_the_main_verb():
    tokens = "Plans to build new bridge based on design by architects have been approved by council".split()
    assert main_auxiliary(tokens) == 10  # "based on" opens a participle's phrase, "to build" an infinitive


def test_after_a_participles_phrase_the_next_verb_with_a_tense_is_the_main_one():
    tokens = "Aid worker held in desert camp for nine months plans to write book about ordeal".split()
    assert main_auxiliary(tokens) == 9  # "plans to", after "held in ...": not a noun of the subject


@pytest.mark.parametrize(
    "line",
    [
        # a verb of its own that takes an object: perhaps the main verb, so no subject is known
        "Singer postponed tour of Japan and Korea in March was suffering from flu",
        "Minister in schools row fears election will be lost by party",  # a form in -s before its object
        "Officials from banks fear prices will rise again this year",  # a plural's present
        "Fans who queued outside stadium for tickets have been turned away",  # a relative clause
        "There's been much talk about how dangerous roads can be",  # no subject opens the line
        # after a name, a participle is the headline's own passive, whatever comes later
        "Jones named in list of best players of decade chosen by club supporters",
    ],
)
def test_no_main_verb_is_claimed_where_the_form_leaves_doubt(line):
    assert main_auxiliary(line.split()) is None


def test_the_subjects_post_modifier_goes_so_the_verb_fits():
    line = "Three senior managers at one of Germany's largest car makers have been arrested over fraud"
    tokens = line.split()
    shortened, kept = shorten(tokens, 12)
    assert " ".join(shortened) == "Three senior managers have been arrested over fraud"
    assert kept == 6  # subject and the passive's verb group, which wants no object


def test_the_overrun_keeps_a_longer_subject():
    line = "Thirty small towns receiving extra funds to fight rural crime in Wales will be named this week"
    shortened, _ = shorten(line.split(), 12)
    # a purpose clause after the fifth word goes ("funds | to fight"), the -ing phrase stays
    assert " ".join(shortened) == "Thirty small towns receiving extra funds will be named this week"
    shortened, kept = shorten(line.split(), 12, overrun=2)
    expected = "Thirty small towns receiving extra funds to fight rural crime will be named this week"
    assert " ".join(shortened) == expected
    assert kept == 13


def test_no_subject_is_cut_inside_a_compound():
    line = "Plans to extend shop opening hours across whole country this winter should be dropped"
    shortened, _ = shorten(line.split(), 12)  # not "shop | opening hours": an -ing that is a noun
    assert " ".join(shortened) == "Plans to extend shop opening hours should be dropped"


def test_a_line_whose_verb_fits_is_left_alone():
    assert shorten("Council leaders at town hall will meet to discuss budget cuts".split(), 12) is None


def test_fit_keeps_the_shortened_subject_with_its_verb():
    line = "Three senior managers at one of Germany's largest car makers have been arrested over fraud claims"
    assert fit(line, 12, "english") == "Three senior managers have been arrested over fraud claims"


def test_a_verb_cut_from_its_complement_goes_on_within_the_overrun():
    line = "Former minister at centre of housing row knighted in New Year honours list"
    assert fit(line, 12, "english", 2) == line
    assert fit(line, 12, "english") == "Former minister at centre of housing row knighted"  # no overrun


def test_a_possessive_at_the_end_runs_on():
    tokens = "Runner hopes to race in next month's world championships".split()
    assert runs_on(tokens, 7, dangling("english"))


def test_a_long_line_spares_a_times_possessive_and_a_that_before_its_pronoun():
    line = "Coach says he hopes to take his young squad to next season's European Cup in Madrid"
    assert spare(line, 12) == "Coach says he hopes to take his young squad to European Cup in Madrid"
    line = "Minister admits that she could have handled closure of two rural schools much better"
    assert spare(line, 12) == line.replace("admits that she", "admits she")
    assert spare("Club confirms that he will stay", 12) == "Club confirms that he will stay"  # short
    line = "This year's festival was said to be the best in years by almost all the critics"
    assert spare(line, 12) == line  # in the line's first half, the time stays


def test_a_headlines_passive_with_its_agent_at_the_end_is_the_main_verb():
    line = "New rules to protect tenants and landlords renting homes in towns and cities approved by council"
    assert main_auxiliary(line.split()) == 13  # "tenants and landlords": a list of nouns, no verb
    shortened, kept = shorten(line.split(), 12, overrun=2)
    # the longest subject that leaves the passive and its agent room: "homes | in towns and cities"
    assert " ".join(shortened) == line.replace(" in towns and cities", "")
    assert kept == 12


def test_a_line_does_not_end_on_a_possessive():
    line = "Rebels seized offices of one of region's most powerful tribal political rival factions in raid"
    assert fit(line, 12, "english") == "Rebels seized offices"


def test_a_purpose_clause_late_in_the_subject_may_go_but_not_a_nouns_own_infinitive():
    line = "Club's bold plan to raise $5 million to build new stand is talk of whole town"
    shortened, _ = shorten(line.split(), 12)
    assert " ".join(shortened) == "Club's bold plan to raise $5 million is talk of whole town"
    line = "Plans to build Tay bridge will be put to public vote next spring"
    assert shorten(line.split(), 6) is None  # "Plans | to build" would leave "Plans will be put"


def test_two_adjectives_of_one_noun_are_one_phrase():
    tokens = "Feud is latest chapter in long and bitter history of club".split()
    assert runs_on(tokens, 6, dangling("english"))  # "in long | and bitter history"
    tokens = "Six people are dead and two missing".split()
    assert not runs_on(tokens, 4, dangling("english"))


def test_a_long_line_spares_an_aside_a_participle_opens_before_the_subjects_verb():
    line = "First cut of new film, rejected by studio over fears it was too long, to open festival in Cannes"
    assert spare(line, 12) == "First cut of new film to open festival in Cannes"
    line = "Old bridge, closed by council after floods in north, reopens to traffic on Monday morning"
    assert spare(line, 12) == "Old bridge reopens to traffic on Monday morning"
    # no verb after the aside: a coordinated predicate or an adverb follows, so it is no aside
    line = "Envoy to Kenya, Jane Smith, attacked in Nairobi by gunmen, and is now in stable condition"
    assert spare(line, 12) == line
    line = "One suspect died from wounds, shot in gun battle with police, then run over by his brother"
    assert spare(line, 12) == line
    # an adverb before the participle: the aside still goes ("best known for ...", "known as ...")
    line = "Film director Ann Lee, best known for her work on early horror films, dies in Paris aged 71"
    assert spare(line, 12) == "Film director Ann Lee dies in Paris aged 71"
    line = "Boxer Tom Reid, known as the Hammer of Leeds, retires after defeat in title fight"
    assert spare(line, 12) == "Boxer Tom Reid retires after defeat in title fight"


def test_a_long_line_spares_a_us_state_after_its_city_but_no_apposition_or_list():
    line = "Teacher at school in Dayton, Ohio, wins national award for work with deaf pupils"
    assert spare(line, 12) == "Teacher at school in Dayton wins national award for work with deaf pupils"
    line = "Mayor of Austin, Texas, another city hit by floods, asks state for more help now"
    assert spare(line, 12) == line  # an apposition follows the state
    line = "Voters in Portland, Oregon, and Seattle back new tax on sugary drinks at polls"
    assert spare(line, 12) == line  # a list
    line = "Filmmaker from London, Jane Smith, tells reporters she is shocked by ban on her film"
    assert spare(line, 12) == line  # a person, not a state


def test_a_reported_clause_whose_subject_runs_past_the_budget_is_shortened():
    tokens = ("Minister claimed that ongoing talks about Iran's nuclear program would all but guarantee that "
              "Iran gets weapons")
    shortened, kept = shorten(tokens.split(), 12, overrun=2)
    # "talks | about ...": the clause's subject keeps its head, "would all but guarantee" its verb group
    assert " ".join(shortened) == (
        "Minister claimed that ongoing talks would all but guarantee that Iran gets weapons"
    )
    assert kept == 11  # "Minister claimed that", the clause's subject (2), its verb group (4) and two words
    assert fit(tokens, 12, "english", 2) == " ".join(shortened)


def test_a_long_descriptor_before_the_subjects_name_goes_from_a_long_line():
    line = "South Africa's biggest retail bank Absa says it is still in talks with UK bank Barclays over sale"
    assert spare(line, 12) == "Absa says it is still in talks with UK bank Barclays over sale"
    line = "South Africa's biggest retail bank Absa Group Limited says it is in talks with UK bank Barclays"
    assert spare(line, 12) == "Absa Group Limited says it is in talks with UK bank Barclays"  # a three-word name
    line = "Former One Direction member Malik spoke for first time since leaving group last year in interview"
    assert spare(line, 12) == line  # four words tell who Malik is


def test_a_quantified_subject_keeps_its_verb_and_a_passive_the_place_it_goes_to():
    line = "All four men held by US in Cuba will be returned to UK within weeks"
    assert main_auxiliary(line.split()) == 8  # "All" opens the subject
    assert fit(line, 12, "english", 2) == "All four men held by US in Cuba will be returned to UK"
    assert fit(line, 12, "english", 0) == "All four men held by US will be returned to UK"


def test_a_base_form_after_a_name_and_before_by_or_of_is_the_names_noun():
    tokens = "Facebook post by actor Kutcher lamenting lack of changing tables in men's rooms has us talking"
    assert main_auxiliary(tokens.split()) == 13  # "post by": a noun, so "has" is the main verb
    assert main_auxiliary("Tories vote on plans to cut tax will pass".split()) is None  # "Tories vote"


def test_a_clause_that_follows_a_verb_of_belief_without_that_has_its_subject_shortened():
    tokens = "Terry believes Chelsea's cup final win over Spurs in London could be start of era".split()
    shortened, least = shorten(tokens, 12, 2)
    assert " ".join(shortened) == "Terry believes Chelsea's cup final win over Spurs could be start of era"


def test_a_participle_whose_agent_a_subjects_verb_follows_is_no_main_verb():
    tokens = "Two Australians held by Indonesian authorities for nearly decade appear to be days away".split()
    assert main_verb(tokens) == 9  # "appear", not "held": the participle's phrase modifies the subject
    tokens = "Outbreaks caused by fierce strain of bacteria like one in Japan".split()
    assert main_verb(tokens) == 1  # "like" is no verb here: "caused" stays the line's
    assert main_verb("Two men held by police were released".split()) == 5
    assert main_verb("Two men held by police in dawn raid".split()) == 2  # a headline's passive
    text = ("Two Australians held by Indonesian authorities for nearly a decade appear to be days away from "
            "execution")
    assert compress(text).startswith("Two Australians held by Indonesian authorities appear to be")
    # Not a passive's own participle, a verb past a join or a "to", nor a plural noun.
    tokens = "Wreckage has been confirmed by Brazilian government to be from Flight 447".split()
    assert main_verb(tokens) == 1
    assert main_verb("Committee was started by US blogger Hopkins and counts members".split()) == 1
    assert main_verb("Approach used by larger brands to fill big orders".split()) == 1  # not "fill"
    assert main_verb("House of Lords ruled by majority in favour of appeals".split()) == 3
    # A participle keeps its agent when the subject is shortened: not "Tour bus used will also be ..."
    line = compress("A tour bus used by Charles and his entourage over the years will also be on display.")
    assert "used will" not in line


def test_a_participles_aside_between_commas_does_not_hide_the_main_verb():
    tokens = "Two extremists who attacked a museum, killing 23 people, got weapons training".split()
    assert main_verb(tokens) == 9  # "got", past the aside ", killing 23 people,"
    # An aside not closed before a verb with a tense leaves the main verb in doubt, as any comma does.
    assert main_verb("Two extremists who attacked a museum, killing 23 people, and others".split()) is None


def test_a_compounds_ing_head_opens_no_trailing_clause_and_the_subjects_relative_clause_is_cut_to_its_deed():
    # The relative clause keeps its verb and object, who the subject is ("who attacked landmark museum"), and
    # loses its phrase and aside ("in Tunisia, killing 23 people,"); the main verb after it stays past (a
    # relative clause's subject is no plain one).
    text = ("Two extremists who attacked a landmark museum in Tunisia, killing 23 people, got weapons training "
            "at camps in Libya, an official said Friday. The suspects were activated from sleeper cells, he said.")
    assert headline(Article(text=text)) == (
        "Two extremists who attacked landmark museum got weapons training at camps")  # (the readers' length)


def test_room_is_made_for_a_point_by_a_time_within_which_and_a_short_descriptor():
    found_out = make_room("Coach will find out within month whether he stays")
    assert found_out == "Coach will find out whether he stays"
    assert make_room("Charity group Kick It Out says rise is steep") == "Kick It Out says rise is steep"
    assert make_room("Coach Smith will stay") == "Coach Smith will stay"  # one word describes: it stays


def test_a_verb_group_with_now_and_a_naming_passive_keeps_its_name_and_the_subject_loses_its_ing_phrase():
    # "is now being called" is one verb group; "called" wants its complement, so the subject's -ing
    # phrase after a singular head ("climber | missing on ...") goes to leave room for it.
    tokens = "Hunt for lone climber missing on north face of mountain is now being called rescue attempt".split()
    line, least = shorten(tokens, 12, 2)
    assert line == "Hunt for lone climber is now being called rescue attempt".split()
    assert least == 10
    # A passive whose group holds an adverb needs nothing after its participle ("is now completed").
    tokens = "New bridge over river in central town of Bridgeford is now completed after two years of work".split()
    assert shorten(tokens, 12, 2) is None


def test_an_ing_form_after_a_singular_noun_opens_a_phrase_only_before_its_preposition():
    tokens = "New diaper changing tables in every station are to be fitted by rail operator this year".split()
    assert main_auxiliary(tokens) == 7
    line, _ = shorten(tokens, 8, 0)
    assert line[:5] == "New diaper changing tables are".split()  # a compound's -ing is no post-modifier


def test_a_headline_passive_before_a_comma_after_a_participle_phrase_with_of_is_the_main_verb():
    tokens = "Ohio man accused of trying to smuggle guns to Mexico for gang indicted, charged with fraud".split()
    assert main_auxiliary(tokens) == 12  # "Ohio man": a person after a place, not "man" as a verb
    line, least = shorten(tokens, 12, 2)
    assert least == 13  # the subject and its passive, whole within the overrun
    assert fit(" ".join(tokens), 12, "english", 2) == "Ohio man accused of trying to smuggle guns to Mexico for gang indicted"


@pytest.mark.parametrize(
    "line, verb",
    [
        # after "accused of", only a verb that is no noun is the main one ("came"; not "assaults")
        ("man accused of directing attack on embassy in Kenya came of age on islands", 9),
        ("teacher accused of dozens of assaults in schools will face trial in June", 8),
        # "police worked for": a verb of its own, not a person's participle phrase
        ("Brazilian police worked for five months to track down pastor accused of assaults", None),
    ],
)
def test_after_a_participle_phrase_with_of_only_a_sure_verb_is_the_main_one(line, verb):
    assert main_auxiliary(line.split()) == verb


def test_a_verb_before_its_preposition_after_a_long_subject_may_end_the_line():
    tokens = "Search for rookie police officer suspected of homicide in Los Angeles expands into manhunt".split()
    assert main_auxiliary(tokens) == 11
    assert shorten(tokens, 12, 2) is None  # "expands" fits: the line is cut after it, not past "into"


@pytest.mark.parametrize(
    "line, verb",
    [
        # an infinitive's phrase holds no verb with a tense: "addresses", "like" are no main verbs there
        ("scheme to make it easier to register web addresses using scripts like Arabic could help fraudsters", 13),
        ("plan to close village school serving farms like ours will be dropped", 9),
        # a second clause or a pronoun subject leaves doubt
        ("bid to save club fails but fans could still buy it", None),
        ("plan to close school angers parents as they will lose it", None),
        ("System to make it easier, cheaper and faster could open door", None),  # a comma: a list or an aside
    ],
)
def test_after_a_subjects_infinitive_the_first_auxiliary_is_the_main_verb(line, verb):
    assert main_auxiliary(line.split()) == verb


def test_a_subject_with_an_infinitive_loses_its_ing_phrase_for_the_verb():
    tokens = "scheme to make it easier to register web addresses using scripts like Arabic could help fraudsters".split()
    line, _ = shorten(tokens, 12, 2)
    assert " ".join(line) == "scheme to make it easier to register web addresses could help fraudsters"


def test_a_relative_clause_listing_its_verbs_is_read_past_to_the_main_verb():
    tokens = ("murder of Farkhunda at hands of mob that beat her to death, burned her body and tossed her "
              "into river shocked Afghanistan").split()
    assert main_verb(tokens) == tokens.index("shocked")
    # a subject shortened to fit keeps a preposition of three words whole ("at hands of"), or drops it
    sentence = ("The murder earlier this month of 27-year-old Farkhunda at the hands of a mob that beat "
                "her to death, burned her body and tossed her into a river shocked Afghanistan, a country in "
                "which unspeakable things often hit the headlines.")
    assert compress(sentence) == "Murder of 27-year-old Farkhunda shocked Afghanistan"  # not "at hands"
    # a comma that lists no verb of the relative leaves the main verb in doubt, as before
    assert main_verb("Man who beat her, aged 40, fled".split()) is None


def test_a_names_description_between_commas_goes_when_the_verb_would_be_cut():
    sentence = ("Daniel von Bargen, the talented character actor perhaps best known for playing George "
                "Costanza's imbecilic boss Mr. Kruger during the last season of \"Seinfeld,\" has died.")
    assert compress(sentence) == "Daniel von Bargen dies"
    sentence = ("The desert nation of Mozambique, still recovering from recent devastating and deadly rains, "
                "is bracing for another watery onslaught.")
    assert compress(sentence) == "Desert nation of Mozambique is bracing for another watery onslaught"
    # a phrase that opens on a preposition describes no name: the main verb stays in doubt
    assert main_verb("President Bill Clinton, in speech to dozens, included Lewinsky".split()) is None


def test_a_speakers_description_leaves_the_report_to_the_frame():
    # "said" after a described speaker frames the news: its verb is no main verb to shorten the subject to
    tokens = "Patrick Gannon, police chief of Los Angeles airport, said employees undergo checks".split()
    assert main_verb(tokens) is None


def test_a_word_after_an_adjective_of_place_is_a_noun_not_the_main_verb():
    tokens = "Gigantic project in middle reaches of Yangtze River receives loans".split()
    assert main_verb(tokens) == 8  # "receives", not "reaches"
    tokens = "Flooding in upper reaches of river forces evacuation".split()
    assert main_verb(tokens) == 6
    # Nor after a preposition: "across parts", "through channels".
    tokens = "Cold weather across parts of United States and Europe pushes oil prices above $50".split()
    assert main_verb(tokens) == 9


def test_a_passive_main_verb_whose_auxiliary_headlinese_drops_keeps_the_subject_short():
    sentence = ("An 18-year-old man arrested in connection with a street attack which left a football fan "
                "critically ill has been released on police bail.")
    assert passive_verb(sentence) == "released"
    assert compress(sentence, 12, "english", "", 2) == "18-year-old man released on police bail"
    # Not a perfect's active, nor a passive after the sentence's own verb or in a second clause.
    assert passive_verb("The Chinese government has released the detained reporters from jail.") == ""
    assert passive_verb("Tory MP Michael Mates joined calls for a probe into claims it was drawn.") == ""
    assert passive_verb("One-third of the town was flooded, and much of Wutu was evacuated.") == "flooded"
    # ... nor one after a clause that a quotation mark hides ("When ...")
    assert passive_verb('"When the new scheme for homes was approved by ministers prices fell.') == ""
    # a participle the sentence writes with a comma
    sentence = ("An 18-year-old man arrested in connection with a street attack which left a football fan "
                "critically ill has been released, but two others remain in custody.")
    assert compress(sentence, 12, "english", "", 2) == (
        "18-year-old man released, but two others remain in custody")
    assert passive_verb("Earlier, the tall man in the blue coat was arrested by police.") == ""


def test_a_passive_found_before_the_budgets_end_keeps_its_agent_whole_without_the_agents_description():
    sentence = ("A video purporting to show the executions of two alleged spies has been released by "
                "Nigerian Islamist group Boko Haram.")
    assert passive_verb(sentence) == "released"
    assert compress(sentence, 12, "english", "", 2) == (
        "Video purporting to show executions of two alleged spies released by Boko Haram")
    # the agent's description goes only where the line is long
    line = "Video released by Islamist group Boko Haram"
    assert spare(line, 12) == line
    long = "Video purporting to show executions of two spies in north released by Islamist group Boko Haram"
    assert spare(long, 12).endswith("released by Boko Haram")
    # ... not without a word of description, nor before a day
    long = "Town in north of country that was seized last year by army was held by rebels Sunday in Aleppo"
    assert spare(long, 12) == long



def test_an_opening_adjective_is_no_name_before_a_verb_in_reach():
    # "Cold weather" is no "Police arrest": the verb is "pushes", past the budget, and the subject is cut to
    # let it in; a plural after the adjective ("Legal attacks") still leaves the line as it was.
    sentence = ("Cold weather across parts of the United States and much of Europe has pushed US crude oil "
                "prices above $50 a barrel for the first time in almost three months.")
    line = compress(sentence, 12, "english", "", 2)
    assert line.startswith("Cold weather across parts pushes US crude oil prices")


def test_a_plurals_present_after_both_is_its_verb():
    # "both" between a plural subject and its present: the verb is in reach, no subject is cut short.
    sentence = "Saudi Arabia and Egypt have both spoken about the possibility of putting boots on the ground."
    assert compress(sentence, 12, "english", "", 2) == (
        "Saudi Arabia and Egypt both speak about possibility of putting boots on ground")


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # An aside between a verb of naming's object and what it names it goes, the complement stays ...
        ("Young book fans have voted Fergus Crane, a story about a boy who is taken on an adventure by a "
         "flying horse, the winner of two Smarties Book Prizes.",
         "Young book fans vote Fergus Crane winner of two Smarties Book Prizes"),
        ("The board named John Smith, a former banker, as its new chairman.",
         "Board names John Smith as new chairman"),
        # ... not a list's "as well as", nor an aside after another verb.
        ("In their world was a race of small, industrious creatures named Doozers, who lived in the caves, "
         "as well as the Gorgs, furry giants who looked at Fraggles as nuisances.",
         "Industrious creatures name Doozers"),
    ],
)
def test_a_verb_of_namings_complement_after_an_aside(sentence, expected):
    assert compress(sentence, 12, "english", "", 2) == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # After a verb of naming's object, a speaker, a comment, a clause's "as" or a list is no complement.
        ("The baby was named Mary, a family name, the hospital said in a statement on Monday.",
         "Baby named Mary, family name"),
        ("Voters elected Jones, a farmer, the mayor said on Monday after the count was completed.",
         "Voters elect Jones, farmer"),
        ("The board appointed Brown, a former banker, a move that surprised many in the City.",
         "Board appoints Brown, former banker"),
        ("Police named the man, 25, as he was being questioned at a police station in Leeds.",
         "Police name man, 25"),
        ("The media office of Turin City Hall named them as: Orazio Conte, 54, a Turin city "
         "administration employee; Antonella Sesino, also 54.",
         "Media office of Turin City Hall names them as: Orazio Conte"),
    ],
)
def test_no_complement_after_a_naming_verbs_aside(sentence, expected):
    assert compress(sentence, 12, "english", "", 2) == expected


@pytest.mark.parametrize(("sentence", "expected"), [
    # A cut that kept a long subject and lost its verb tries again with the subject cut back to its head.
    ("In what colleagues hailed as a historic landmark, 120 physicists from 23 research institutions in "
     "Japan and the United States announced on Friday that they had found the existence of mass in a "
     "notoriously elusive subatomic particle called the neutrino.",
     "120 physicists from 23 research institutions announce they found existence of mass in notoriously "
     "elusive subatomic particle called neutrino"),
    ("In a video the jihadist group released in January, a boy with long hair wearing a black sweater and "
     "military fatigue pants appears to shoot two men in the back of the head.",
     "Boy appears to shoot two men in back of head"),
    # ... and so does one whose relative clause kept its own verb ("that went down"), its main verb past
    # the time that closes the clause ("three days ago | had aborted").
    ("A Black Hawk helicopter that went down in waters off the Florida Panhandle three days ago -- killing "
     "11 service members -- had aborted a training mission due to bad weather before it crashed, a "
     "military official said Friday.", "Black Hawk helicopter aborted training mission due to bad weather"),
    # ... not a line whose own verb stands before its "that" ("lend support to idea | that ...").
    ("The findings, some mental health experts say, lend support to the idea that doctors will eventually "
     "be able to offer preventive treatment to people who are judged to be at high risk for schizophrenia "
     "but have not yet fallen ill.",
     "Findings lend support to idea that doctors will eventually be able to offer preventive treatment"),
    # ... not inside a title's name ("Duchy | of Cornwall").
    ("Aides from the Duchy of Lancaster and Duchy of Cornwall will appear before the Commons Public Accounts "
     "Committee.", "Aides to appear before Commons Public Accounts Committee"),
])
def test_a_line_that_lost_its_verb_cuts_its_subject_back(sentence, expected):
    assert compress(sentence, 14, "english", "", 2) == expected


@pytest.mark.parametrize(("sentence", "expected"), [
    # A subject of two names joined by "and", and a word after a preposition ("at last year's"), leave the
    # passive's participle found: the subject is cut back before it.
    ("Personal details including the passport numbers of U.S. President Barack Obama and 19 other world "
     "leaders at last year's G20 summit were inadvertently released by Australia's immigration department, "
     "British newspaper the Guardian reported Monday.",
     "Personal details released by Australia's immigration department"),
    # A long opening before a quantifier's subject, and an adjective's phrase like a participle's, go.
    ("Heading into Prime Minister Benjamin Netanyahu's address on Tuesday to a joint session of "
     "Congress, both "
     "sides should immediately agree to a cease fire.", "Both sides should immediately agree to cease fire"),
    ("Fresh from his win in Dubai, Federer arrived in Doha on Sunday.", "Federer arrives in Doha"),
])
def test_subjects_and_openings_the_twenty_sixth_session_misread(sentence, expected):
    assert compress(sentence, 14, "english", "", 2) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # A long line does without a "with" phrase between its subject's commas, before the subject's verb ...
    ("Republicans, with nothing in arsenal to use against Hillary Clinton, selectively leak to reporters "
     "scandalous tidbit about her emails",
     "Republicans selectively leak to reporters scandalous tidbit about her emails"),
    ("McCain, with appeal to Democrats and independents, is trying to assemble coalition that taps into "
     "movement", "McCain is trying to assemble coalition that taps into movement"),
    # ... or a phrase of "in", "at", "after", "amid", "despite" or "under" there.
    ("daughter of late singer Whitney Houston, in medically induced coma after being found unresponsive, "
     "moved to rehabilitation facility",
     "daughter of late singer Whitney Houston moved to rehabilitation facility"),
    ("Annan, at press conference, urged governments and aid agencies to give generously to Mozambique",
     "Annan urged governments and aid agencies to give generously to Mozambique"),
    # ... not one before another name of a list, nor before a noun.
    ("Smith, with two goals, and Jones, with one, led the team to a comfortable victory over their rivals "
     "at the weekend", None),
    ("Smith, with two goals and three assists in the match, leak of the team sheet was the talk of the "
     "weekend", None),
    ("Prices, in London and in Paris, and rents in the rest of the country rose faster than wages last year",
     None),
    # ... nor, but for "with", an aside of a figure, an age or a hedge: the line would say more than the text.
    ("Death toll, at 150 on Sunday evening, is expected to rise as rescuers reach remote villages", None),
    ("Children, under age of five, should not be given honey because of risk of botulism", None),
    ("Drivers, in some cases, may be allowed to use mobile phones at wheel under new rules", None),
])
def test_a_long_line_spares_a_subjects_with_phrase(text, expected):
    assert spare(text, 12) == (expected or text)


@pytest.mark.parametrize("sentence, context, expected", [
    # a short line names its people in full, with what the sentence says they are
    ("Actress Liza Minnelli has entered a rehab facility for her addictions.", "Minnelli said so.",
     "Actress Liza Minnelli enters rehab facility for her addictions"),
    ("Washington star Kerry Washington is headed for HBO.", "Washington smiled.",
     "Washington star Kerry Washington is headed for HBO"),
    ("Tony Blair has promised Gordon Brown he would stand down.", "Blair and Brown met.",
     "Tony Blair promises Gordon Brown he would stand down"),
    # (every given name; a title goes where a name stands in it)
    ("Brazilian President Fernando Henrique Cardoso has won re-election.", "Cardoso smiled.",
     "Fernando Henrique Cardoso wins re-election"),
    # and the apposition that says what the name opening it is
    ("Jef Raskin, head of the team behind the first Macintosh computer, has died.", "Raskin was 61.",
     "Jef Raskin, head of team behind first Macintosh computer, dies"),
    ("Lee Kuan Yew, the founding Prime Minister of Singapore, died on Monday.", "Lee was 91.",
     "Lee Kuan Yew, founding Prime Minister of Singapore, dies"),
    # (not a relative clause, nor an age)
    ("John Smith, who led the party for a decade, has died.", "Smith was 61.", "John Smith dies"),
    ("John Smith, 45, has died.", "Smith was 45.", "John Smith dies"),
    # not where the line would run past twelve words for them, nor end elsewhere
    ("Former Vice President Walter Mondale has been released from the Mayo Clinic after being admitted with "
     "influenza.", "Mondale smiled.",
     "Mondale released from Mayo Clinic after being admitted with influenza"),
    ("Dick DeGuerin, Durst's attorney, confirmed that investigators were searching the home.",
     "DeGuerin said so.", "Investigators search home"),
    # a longer line keeps the surname alone
    ("Brazilian President Fernando Henrique Cardoso has little time to savor his apparent first-round "
     "re-election victory.", "Cardoso smiled.",
     "Cardoso has little time to savor apparent first-round re-election victory"),
    ("Former England spinner Graeme Swann has called on the England and Wales Cricket Board to realise its "
     "approach is out of date.", "Swann said so.",
     "Swann calls on England and Wales Cricket Board to realise approach is out of date"),
    # (the second reader's cases) a first given name that is a common word stays: not "David Chapman"
    ("Mark David Chapman has been denied parole again.", "Chapman shot Lennon.",
     "Mark David Chapman denied parole again"),
    ("Martin Luther King was shot in Memphis.", "King was 39.", "Martin Luther King shot in Memphis"),
    # (nor a title of the past read as one)
    ("Then-President George Bush has visited Iraq.", "Bush met troops.", "George Bush visits Iraq"),
    # a club's name in full does not turn its plural verb singular
    ("Glasgow Rangers beat Celtic on Sunday.", "Rangers were dominant.", "Rangers beat Celtic"),
    # no apposition whose possessor the line does not name, nor an adverb's, a nickname, "an old man", one
    # that opens on an article before a capital, or one after a name that its title already describes
    ("John Smith, the company's chief executive, has resigned.", "Smith will leave.", "John Smith resigns"),
    ("John Smith, once a champion, has died.", "Smith was 70.", "John Smith dies"),
    ("New York, the Big Apple, has been hit by a blackout.", "York was dark.", "New York hit by blackout"),
    ("Jack Smith, an old man, has died.", "Smith was 99.", "Jack Smith dies"),
    ("Tony Blair, the Prime Minister, has called an election.", "Blair wants a third term.",
     "Tony Blair calls election"),
    ("President George Bush, the leader of the free world, has fallen off his bike.", "Bush was unhurt.",
     "President George Bush falls off bike"),
    # (but a possessor the reader knows stays)
    ("Usain Bolt, the world's fastest man, has lost a race.", "Bolt was beaten.",
     "Usain Bolt, world's fastest man, loses race"),
    # (nor one that takes the line past the readers' 75 characters)
    ("Conrad Hilton, the younger brother of celebrity heiress Paris Hilton, has reached a plea deal.",
     "Hilton was charged.", "Conrad Hilton reaches plea deal"),
])
def test_a_short_line_names_its_people_in_full(sentence, context, expected):
    assert compress(sentence, 14, "english", f"{sentence} {context}", 2) == expected

