"""Where a headline ends: the word budget's cut ends the line on a complete phrase."""

import pytest

from summarizer.headlines import compress
from summarizer.headlines.closing import bare_verb, open_aside, point_follows, runs_on, splits_names
from summarizer.headlines.cut import POINT_REACH, _defining_relative, dangling, fit
from summarizer.headlines.ends import surrender_at
from summarizer.headlines.subject import joins_as_well_as, main_verb

STOP = dangling("english")


@pytest.mark.parametrize(
    ("line", "end", "expected"),
    [
        ("Bishop dies on eve of his birthday", 4, True),  # a noun cut from its complement
        ("Bishop dies on eve of his birthday", 2, False),  # before a preposition: complete
        ("Bishop dies in last 16 of contest", 5, False),  # a number before "of" is no noun's head
        ("Minister defends plans to end arms embargo on China", 6, True),  # a compound cut in two
        ("Minister defends rules imposed by court", 3, False),  # a participle opens its own clause
        ("Striker took to Instagram to show off how he trained", 8, True),  # the opener alone
        ("Striker took to Instagram to show off how he trained", 7, True),  # the verb without its object
        ("Warning about virus that poses as game", 5, True),  # a relative clause with only its verb
        ("Warning about virus that poses as game", 3, False),  # before the relative clause
        ("Suspect held in connection with death", 4, True),  # a fixed phrase
        ("Suspect held in Leeds with others", 4, False),
        ("Regulator to quiz two banks - Trust and Bank - over fees", 7, True),  # an aside left open
        ("Regulator to quiz two banks - Trust and Bank - over fees", 10, False),  # closed
        ("Director makes debut in Kisna - Warrior Poet, her first film", 8, False),  # a title's dash
        ("Bishop dies on eve of his birthday", 7, False),  # the end of the text
    ],
)
def test_whether_the_phrase_runs_on_past_the_cut(line, end, expected):
    assert runs_on(line.split(), end, STOP) is expected


def test_an_aside_opened_by_a_dash_glued_to_its_word_starts_after_that_word():
    tokens = "to quiz two banks- Trust and Bank - over fees".split()
    assert open_aside(tokens, 6) == 4  # the line may end on "banks-", whose dash is then dropped
    assert open_aside(tokens, 9) is None  # closed by the second dash
    assert open_aside(tokens, 4) is None  # none of the aside kept


@pytest.mark.parametrize(
    ("text", "words", "expected"),
    [
        # The last phrase runs on past the budget: the line ends before it opened.
        ("Retired bishop John Smith dies on eve of his 90th birthday in Leeds", 10,
         "Retired bishop John Smith dies"),
        ("Shoppers are being warned about fake website that poses as well-known bank online", 10,
         "Shoppers are being warned about fake website"),
        ("Striker took to Instagram to show off how he spent his holiday in Spain", 10,
         "Striker took to Instagram"),
        ("Regulator will question two banks- Northern Trust and Western Bank - over failed payments", 8,
         "Regulator will question two banks"),
        # A later boundary within the budget closes the phrase: the line goes on to it.
        ("Band keeps its status as one of biggest acts in world after tour", 11,
         "Band keeps its status as one of biggest acts in world"),
    ],
)
def test_the_cut_ends_the_line_on_a_complete_phrase(text, words, expected):
    assert fit(text, words, "english") == expected


def test_a_line_that_would_lose_its_main_verb_or_too_much_is_left_as_it_was():
    # Backing off past "to help" would leave "Mayor calls on rich towns": more than five words go.
    text = "Mayor calls on rich towns to help fund big new city flood defence pump scheme now"
    assert fit(text, 12, "english") == "Mayor calls on rich towns to help fund big new city flood"
    # A noun's "to" opens its complement, a boundary: "new plan | to fight city floods" (a verb's is none).
    text = "Mayor calls on rich towns to fund new plan to fight city floods with pumps"
    assert fit(text, 12, "english") == "Mayor calls on rich towns to fund new plan"
    # No boundary before the cut keeps the main verb: the line stays as the budget cut it.
    assert fit("Minister defends plans to end European Union's arms embargo on China", 8, "english") == (
        "Minister defends plans to end European Union's arms"
    )


@pytest.mark.parametrize(
    ("word", "expected"),
    [("dies", False), ("rises", False), ("nations", False), ("asking", True), ("drafted", True), ("out", True)],
)
def test_a_line_backed_off_may_end_on_a_verb_only_in_a_tense_that_stands_alone(word, expected):
    assert bare_verb(word) is expected


def test_an_overrun_lets_the_line_run_on_to_close_its_phrase_and_no_further():
    text = "Retired bishop John Smith dies on eve of his 90th birthday in Leeds after illness"
    # Two words past the aim of 9 close "on eve of his 90th birthday".
    assert fit(text, 9, "english", overrun=2) == "Retired bishop John Smith dies on eve of his 90th birthday"
    # One word is not enough: the line backs off as it does without an overrun.
    assert fit(text, 9, "english", overrun=1) == fit(text, 9, "english") == "Retired bishop John Smith dies"
    # A line whose phrase closes within the aim does not run on.
    assert fit("Bishop opens new church hall in Leeds with choir of children", 8, "english", overrun=2) == (
        "Bishop opens new church hall in Leeds"
    )


def test_the_default_headline_may_close_its_phrase_past_the_aim_a_given_length_may_not():
    from summarizer import Article, headline

    text = ("Former Anglican bishop of Leeds John Smith dies on the eve of his 95th birthday. "
            "He served the city for forty years.")
    assert headline(Article(text)) == (
        "Former Anglican bishop of Leeds John Smith dies on eve of 95th birthday"  # 13 words
    )
    assert headline(Article(text), headline_words=12) == "Former Anglican bishop of Leeds John Smith dies"


def test_a_line_the_overrun_completes_with_its_subjects_verb_is_kept_whole():
    text = "Man suspected of killing guard at bank in Baton Rouge dies"
    assert fit(text, 9, "english", overrun=2) == text  # a cut within 9 words would leave the subject alone
    assert fit(text, 9, "english") != text  # no overrun, no room
    # an attribution after the news is no verb of its subject: the line is cut as before
    text = "More people use fast web access to shop online, new research suggests"
    assert fit(text, 9, "english", overrun=3) == fit(text, 9, "english", overrun=0)


# The line cut short (eighth session): a complement, a name, a particle or a speaker that the cut dropped.

def test_a_complement_that_is_the_only_boundary_is_taken_whole_within_the_overrun():
    text = ("Newly appointed health minister for Wales says there are lessons to learn from Scotland in "
            "cutting lists")
    assert fit(text, 12, "english", 2) == (
        "Newly appointed health minister for Wales says there are lessons to learn from Scotland"
    )
    assert fit(text, 12, "english") == "Newly appointed health minister for Wales says there are lessons"


def test_two_names_joined_by_and_are_not_cut_in_two_when_the_overrun_holds_both():
    text = "Newcastle are lining up summer move for England and Real Madrid striker Owen"
    assert fit(text, 12, "english", 2) == text
    assert fit(text, 12, "english") == "Newcastle are lining up summer move for England"  # no room: the first
    assert splits_names("move for England and Real Madrid striker Owen".split(), 3)
    assert not splits_names("Police arrested man and woman".split(), 3)


def test_a_verbs_particle_closed_by_a_comma_ends_the_line():
    text = "Fury of Cyclone Pam moves on, but misery it left behind on islands of Vanuatu is only now clear"
    assert fit(text, 12, "english") == "Fury of Cyclone Pam moves on"


def test_an_object_pronoun_that_ends_the_sentence_stays():
    assert fit("Father knew his son was not going to make it", 12, "english") == (
        "Father knew his son was not going to make it"
    )


def test_more_after_a_quantifier_belongs_to_its_noun():
    text = "Singer says her family will not make any more episodes of hit reality show The Family"
    assert fit(text, 12, "english") == "Singer says her family will not make any more episodes"


def test_a_word_of_saying_after_a_nouns_modifier_is_the_noun():
    text = ("Power unit of state energy giant Rosgas is reportedly facing 2bn rouble back-tax claim for "
            "the last three years")
    assert fit(text, 12, "english", 2) == (
        "Power unit of state energy giant Rosgas is reportedly facing 2bn rouble back-tax claim"
    )


def test_an_infinitive_whose_object_the_cut_dropped_runs_on_to_where_it_closes():
    text = "Technology firms and gadget fans are being urged to think more about waste when buying new phones"
    assert fit(text, 12, "english", 2) == (
        "Technology firms and gadget fans are being urged to think more about waste"
    )


def test_a_forecast_keeps_its_speaker_and_its_claim_is_cut_before_it():
    text = "Scorsese's Aviator will win best film at Oscars, according to critics"
    assert fit(text, 12, "english", 2) == text
    text = ("Veteran lock O'Connell can still scale new heights ahead of his 100th cap in Saturday's "
            "showdown in Wales, according to Cronin")
    assert fit(text, 12, "english", 2) == (
        "Veteran lock O'Connell can still scale new heights, according to Cronin"
    )
    # A claim's speaker in the headline's present stays as its past does.
    text = "National Insurance to be raised if Labour wins next election, Michael Howard claims"
    assert fit(text, 12, "english", 2) == text
    # A claim told by a named speaker, which fits whole only without it: the speaker goes.
    text = ("Britain's rebate is not up for renegotiation at summit of European leaders in Brussels, "
            "Jack Straw said")
    assert fit(text, 12, "english", 2) == (
        "Britain's rebate is not up for renegotiation at summit of European leaders in Brussels"
    )


def test_a_progressive_is_no_linking_verb_and_its_trailing_clause_goes():
    line = "Music world is mourning death of Porcaro, who died after long battle with illness"
    assert fit(line, 12, "english", 2) == "Music world is mourning death of Porcaro"
    line = "Inquiry is under way after boat sank off coast of Wales in storm on Friday"
    # a linking verb's clause stays
    assert fit(line, 12, "english", 2).startswith("Inquiry is under way after")


def test_a_comma_between_adjectives_or_a_dash_inside_a_title_opens_no_trailing_clause():
    line = ("Aquarium staff are treating rare, 475-pound leatherback sea turtle found injured on beach "
            "near harbour")
    # not cut at "rare,"; the participle's phrase closes within the overrun
    assert fit(line, 12, "english", 2) == line.removesuffix(" near harbour")
    line = "Actress is making her debut in Kisna - Warrior Poet, marking trend for foreign stars"
    assert fit(line, 12, "english", 2) == "Actress is making her debut in Kisna - Warrior Poet"


def test_a_verb_that_labels_its_object_keeps_the_label_that_the_overrun_holds():
    line = "Club boss John Smith brands rival's planned complaint to league officials as pathetic on Friday night"
    assert fit(line, 12, "english", 2) == line.removesuffix(" on Friday night")
    # after a verb that labels nothing, "as" opens no label
    assert fit(line.replace("brands", "sends"), 12, "english", 2).endswith("league officials")


def test_a_passive_infinitive_has_what_it_needs_before_a_preposition():
    line = "Ban on sales of old diesel cars is likely to be lifted in next six months despite protests"
    assert fit(line, 12, "english", 2) == "Ban on sales of old diesel cars is likely to be lifted"


def test_a_linking_verb_and_its_adverbs_run_on_to_their_complement():
    line = "Coach felt team were never really in danger of losing match".split()
    assert runs_on(line, 6, STOP)  # "were never really | in danger"
    assert not runs_on("Coach felt team were in danger".split(), 3, STOP)  # before the verb
    assert fit("Coach felt team were never really in danger at any point of match", 6, "english", 3) == (
        "Coach felt team were never really in danger")


def test_a_short_acronym_before_and_an_adjective_is_one_of_two_modifiers():
    line = "Tories doubt plans for keeping UK and foreign suspects at home".split()
    assert runs_on(line, 6, STOP)  # "UK | and foreign suspects"
    assert not runs_on("Most adults have PTSD and societal cost is high".split(), 4, STOP)  # no place's name


def test_a_comparison_that_as_opens_runs_on_to_its_second_as():
    assert runs_on("Government may raise fuel prices by as much as 30%".split(), 8, STOP)  # "as much | as"
    assert not runs_on("Leeds lost as fans watched as team sank".split(), 4, STOP)  # no comparison


def test_a_time_measured_from_a_clause_keeps_it():
    line = "Meteorite split in two shortly before smashing into Earth in ancient times"
    assert runs_on(line.split(), 5, STOP)  # "shortly | before"
    assert fit(line, 9, "english", 0) == "Meteorite split in two shortly before smashing into Earth"
    # with days or months, "after" opens a clause of its own
    assert not runs_on("Dollar at highest in three months after Fed spoke".split(), 6, STOP)


def test_a_line_does_not_end_on_even_after_a_noun_but_may_after_a_verb():
    line = "Morgan will not entertain thoughts of World Cup exit even if England lose"
    assert fit(line, 10, "english", 0) == "Morgan will not entertain thoughts of World Cup exit"
    line = "Gripping game between Arsenal and Chelsea ended with honours finishing even"
    assert fit(line, 12, "english", 0) == line


def test_a_clause_cut_before_its_verb_runs_on():
    line = "Few would be surprised if Meade's love affair with Cheltenham Festival turned sour"
    assert runs_on(line.split(), 8, STOP)  # "if Meade's love affair | with ...": no verb yet
    assert not runs_on("Six were shown how to approach fitness in new ways".split(), 7, STOP)
    line = ("Pichette made headlines when his resignation memo announcing his retirement surfaced in media "
            "last week")
    assert fit(line, 12, "english", 2) == (
        "Pichette made headlines when his resignation memo announcing his retirement surfaced")


@pytest.mark.parametrize(
    ("line", "words", "overrun", "expected"),
    [
        # A verb group the line would drop as it dangles ("show is not | for"): it runs on to close it.
        ("Conti's job of musical director of Oscars show is not for faint-hearted since it is hard", 11, 2,
         "Conti's job of musical director of Oscars show is not for faint-hearted"),
        # The main verb in reach stays where a boundary after it allows (not "... to Washington comes").
        ("First official visit of Ghani to Washington comes as excitement mounts over plans for talks", 12, 2,
         "First official visit of Ghani to Washington comes as excitement mounts"),
        # An -ing noun before its clause's verb opens no trailing clause ("Lockerbie | bombing are").
        ("Gadhafi said suspects in Lockerbie bombing are happy to be tried in Netherlands", 12, 2,
         "Gadhafi said suspects in Lockerbie bombing are happy to be tried in Netherlands"),
        # What a video shows someone doing is no trailing clause; after another verb it is one.
        ("Video shows three schoolgirls preparing to cross Turkish border into Syria last month", 10, 0,
         "Video shows three schoolgirls preparing to cross Turkish border"),
        ("Police arrested three schoolgirls preparing to cross Turkish border into Syria last month", 10, 0,
         "Police arrested three schoolgirls"),
        # A name before "to" takes no infinitive, so the line may end on it.
        ("Network is editing BBC film Dirty War to avoid showing scene of nude woman being scrubbed", 10, 2,
         "Network is editing BBC film Dirty War"),
        # A plural's present before its figure is the main verb, so the trailing clause goes.
        ("Shares in Acme fall 6.7% after staff and early investors took first chance to sell", 12, 2,
         "Shares in Acme fall 6.7%"),
        # "finds" wants what is found.
        ("Investigation by Police Department finds no substantive basis to support the claims made", 7, 2,
         "Investigation by Police Department finds no substantive basis"),
    ],
)
def test_the_cut_closes_what_the_line_would_leave_open(line, words, overrun, expected):
    assert fit(line, words, "english", overrun) == expected


def test_a_particle_before_another_preposition_stays_with_its_verb():
    # "head on | during ...": "on" is the particle, the phrase opens at "during"; not "leant on | by".
    line = "Blair will be facing issue of trust and his own integrity head on during election campaign"
    assert fit(line, 12, "english", 2) == "Blair will be facing issue of trust and his own integrity head on"
    line = "Wenger admitted top of table is heating up as Arsenal kept pressure on with nervy win"
    assert fit(line, 12, "english", 2) == "Wenger admitted top of table is heating up as Arsenal kept pressure on"
    # "along with" is one preposition: the line ends before it, not on its first word.
    line = "Dollar's record-breaking decline spooks markets and along with high oil prices raises concerns"
    assert fit(line, 8, "english", 0) == "Dollar's record-breaking decline spooks markets"


def test_two_adjectives_that_but_joins_are_not_parted():
    line = "Upcoming novel Lords of Sith to feature capable but flawed Imperial official named Moff Mors"
    assert fit(line, 12, "english", 0) == (
        "Upcoming novel Lords of Sith to feature capable but flawed Imperial official")
    assert fit(line, 9, "english", 0) == "Upcoming novel Lords of Sith"


@pytest.mark.parametrize(
    ("line", "end", "expected"),
    [
        ("Firm posts rise in quarterly profits", 3, True),  # a noun of change without what changed
        ("Profits rise in first quarter", 2, False),  # the subject's own verb, no noun of change
        ("Striker adds to talk linking him with move from Leeds to Hull", 10, True),  # "from" wants "to"
        ("Mayor tells group of pupils that exams will go", 5, True),  # what is told
        ("Firms warn about viruses that spread fast", 4, False),  # a relative clause: the viruses'
        ("Coach will find out within month whether he stays", 6, True),  # what is found out
        ("Bill would have allowed software to be patented", 5, True),  # what is let be done
        ("Striker took to Instagram to show off his car", 4, True),  # what was posted
        ("Team clung on to claim win over Wales", 6, True),  # a win over whom
        ("Militants mounted bloody attack on offices", 4, True),  # an attack on what
        ("Prop fit for vital clash with Ireland", 5, True),  # a clash with whom
        ("Striker vows he will not stop until he wins", 6, True),  # the time a negated verb waits for
        ("Striker signs deal to stay until May", 5, False),
        ("Firms warn about virus disguising itself as Christmas card", 6, True),  # what it passes as
        ("Firms warn about virus that spreads as cards are sent", 6, False),
        # A new role ("as") after a verb of appointing, reached past a role and a name.
        ("Star is close to confirming US Davis Cup assistant Dean Smith as his new coach", 11, True),
        ("Star is close to signing US Davis Cup assistant Dean Smith as his new coach", 11, False),
        # What the object is kept from ("from") after a verb of preventing.
        ("Board moves to stop angry coaches from haranguing referees", 6, True),
        ("Board hears angry coaches from Wales", 4, False),
        # A result that an "after" clause reports ("after his victory"), not a time ("after lunch").
        ("Star was in good form after his straight sets victory over Smith", 5, True),
        ("Star was in good form after lunch with his coach on Sunday", 5, False),
        # What put someone in hospital or in a state, where the clause's verb comes first.
        ("Woman in critical condition in hospital after she was mugged", 6, True),
        ("Jockey airlifted to hospital after being kicked by horses", 4, True),
        ("Five presumed dead after shopping center in city collapsed", 3, False),  # its verb far off
        ("Woman in critical condition after lunch", 4, False),  # no verb
        # Against whom an attack or a claim is, and what a protest is at.
        ("Troops launched ground and aerial offensive against Boko Haram", 6, True),
        ("Troops launched offensive in north against rebels", 3, False),
        ("Thousands were on strike in protest at job cuts", 6, True),
        ("Thousands marched against job cuts", 2, False),
        # What rights are to, what a role is in, and with whom or where time is spent.
        ("Warner Bros. wins bidding war for movie rights to memoir", 8, True),
        ("Film rights to memoir sell", 2, False),  # no verb before the noun: the subject's own
        ("Officer played key role in consigning him to camp", 4, True),
        ("Howard used to play truant to spend time with friends", 8, True),
        ("Howard had no time with friends", 4, False),
        # What a penalty or a payment is for ("for" or "after" and an "-ing").
        ("Sprinters will not be punished for missing drugs tests", 5, True),
        ("Firm agrees to pay $28.5m after admitting bribery", 5, True),
        ("Sprinters will meet after training", 3, False),
        ("Sprinters were banned for life", 3, False),
        ("Man jailed after morning raid", 2, False),  # a noun in -ing
        ("Man jailed for kidnapping girl", 2, True),
        ("Brown expected to be available for showdown with Scotland", 5, True),  # available for what
        ("England to prepare by spending week at summer base", 6, True),  # where the week is spent
        # What a verb that moves someone to act moved its object to do, not its own passive's "to", nor
        # what is said after "to say", which runs past any line.
        ("Blast prompted Israel to suspend peace accord", 3, True),
        ("Floods forced thousands of residents to leave homes", 5, True),
        ("Residents forced to leave homes", 2, False),
        ("Feud prompts Labour donor to say he will refuse funds", 4, False),
        # Where a verb puts its object pronoun, and what a thing feels, looks or sounds like.
        ("Liverpool's win over Manchester City lifted them to within two points", 7, True),
        ("Suspect's desire to talk to media put him at odds with attorneys", 8, True),
        ("Pochettino insists trip stands them in good stead", 5, True),
        ("Police fatally shot him, witnesses say", 3, False),  # a comma closes the clause
        ("Rally for him in Boston", 3, False),  # no verb before the pronoun
        ("Passage of law feels a lot like high school", 6, True),
        ("Crowd looks like sea of red", 2, True),
        ("Fans like new stadium", 1, False),  # a verb of liking, no sense before it
        # Back where, what is told past the relative clause of those told, a rate's unit.
        ("Bodies of tourists arrived back in Italy", 5, True),
        ("Bodies of tourists arrived in Italy", 4, False),
        ("Obama tells thousands of people who gathered here that march is not finished", 5, True),
        ("Obama greets thousands of people who gathered here", 5, False),
    ],
)
def test_whether_the_cut_falls_before_the_lines_point(line, end, expected):
    assert point_follows(line.split(), end) is expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # The point is reached within the overrun: the line goes on to it.
        ("Telecoms equipment supplier Nokia posts rise in fourth quarter profits thanks to clients like "
         "Vodafone",
         "Telecoms equipment supplier Nokia posts rise in fourth quarter profits"),
        ("Tadic adds to speculation linking him with move from Ajax to Real Madrid after falling victim to "
         "prank",
         "Tadic adds to speculation linking him with move from Ajax to Real Madrid"),
        ("Dutch prosecutors ask Smith's legal representatives whether the founder would consent to be "
         "interviewed in Paris",
         "Dutch prosecutors ask Smith's legal representatives whether founder would consent to be "
         "interviewed"),
        # (a hearer the "he" may stand for: the frame stays)
        ("Pope Francis told his friend Valentina Alazraki that he expects his pontificate will be brief",
         "Pope Francis tells friend Valentina Alazraki he expects his pontificate will be brief"),
        ("Alvarez has vowed he will not stop until he achieves his dream of winning trophies with "
         "Manchester United",
         "Alvarez vows he will not stop until he achieves his dream of winning trophies with Manchester "
         "United"),
        # A few words past the overrun (``POINT_REACH``): the line goes on to its point still.
        ("Ten writers shortlisted for the Dawson and Reed book award are hoping for a boost in sales "
         "following it",
         "Ten writers shortlisted for Dawson and Reed book award are hoping for boost in sales"),
        ("Scotland's first minister tells a group of high school pupils it is okay to get drunk once in a "
         "while",
         "Scotland's first minister tells group of high school pupils it is okay to get drunk once"),
        # Out of reach even then: the line keeps what it had, it does not back off further.
        ("Ten writers shortlisted for the Dawson and Reed book award are hoping for a boost in Christmas "
         "hardback paperback audiobook sales",
         "Ten writers shortlisted for Dawson and Reed book award are hoping for boost"),
        # A noun cut from the phrase that completes it: the line goes on to the clause's end.
        ("The EU and US have agreed to begin talks on ending subsidies given to aircraft makers, EU Trade "
         "Commissioner Peter Mandelson has announced.",
         "EU and US agree to begin talks on ending subsidies given to aircraft makers"),
        ("Hong Kong is hoping to join Japan as co-host of the 2011 Rugby World Cup.",
         "Hong Kong hopes to join Japan as co-host of 2011 Rugby World Cup"),
        ("Sir Bobby Robson has offered Chelsea boss Jose Mourinho some advice on coping under pressure.",
         # (without the descriptor that took it past the readers' length: :mod:`summarizer.headlines.length`)
         "Sir Bobby Robson offers Jose Mourinho some advice on coping under pressure"),
        # A few words past the overrun (``POINT_REACH``) when only they complete it.
        ("The BBC has said there are no plans in the pipeline for a new series of hit comedy Blackadder, "
         "which ended in 1989.",
         "BBC says there are no plans in pipeline for new series of hit comedy Blackadder"),
        # A participle that a preposition and a noun hold qualifies the noun ("of lost wedding ring").
        ("Victoria police have revealed their romantic side in a search for the owner of a lost wedding "
         "ring.",
         "Victoria police reveal romantic side in search for owner of lost wedding ring"),
        # A noun that may be an adjective too ("economy") ...
        ("The IMF is to cut its 2005 growth forecast for the German economy from 1.8% to 0.8%, the "
         "Financial Times Deutschland reported.",
         "IMF to cut 2005 growth forecast for German economy from 1.8% to 0.8%"),
        # A cause ("due to", "because of") completes what it explains, after a noun the word tables lack too.
        ("Indiana is declaring a public health emergency in one county due to an epidemic of HIV.",
         "Indiana declares public health emergency in one county due to epidemic of HIV"),
        # What the object was sent to do is its verb's complement ("sent tourists | scrambling").
        ("Gunmen killed 19 people and sent tourists scrambling for cover in a siege at a museum in Tunisia's "
         "capital.",
         "Gunmen killed 19 people and sent tourists scrambling for cover in siege"),
        # Two acronyms that one noun shares are not parted ("UK | and US film charts").
        ("Robert De Niro has completed a transatlantic box office double by topping the UK and US film "
         "charts.",
         "Robert De Niro completes transatlantic box office double by topping UK and US film charts"),
        # An abbreviation's full stop ends no sentence inside it.
        ("Yarkoni conveyed the message in a letter to the chairman of the Palestinian Civil Aviation "
         "Authority Brig. Gen. Fayez Zeidan.",
         "Yarkoni conveys message in letter to chairman of Palestinian Civil Aviation Authority Brig. Gen. "
         "Fayez Zeidan"),
        # An "at" or an "in" that names the event of a result or an award completes it.
        ("Unseeded Nicolas Almagro became the fifth Spaniard to reach the last eight at the Buenos Aires "
         "Open, ousting eighth seed Mariano Zabaleta.",
         "Unseeded Nicolas Almagro becomes fifth Spaniard to reach last eight at Buenos Aires Open"),
        # ... or to where a trailing clause opens.
        ("England's Matt Ford will take a narrow lead into the third day of the Africa Open after carding a "
         "second-round 66 at East London Golf Club.",
         "England's Matt Ford to take narrow lead into third day of Africa Open"),
    ],
)
def test_the_line_goes_on_to_its_point_when_the_overrun_holds_it(text, expected):
    assert compress(text, 12, "english", "", 2) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # A verb cut from its object goes on to it a few words past the overrun.
        ("A highway crash involving three buses and a freezer truck in northern Peru killed at least 37 "
         "people on Monday, police said.",
         "Highway crash involving three buses and freezer truck in northern Peru killed at least 37 people"),
        ("Rebel defector Robert Jackson and his new party bosses have attempted to overshadow Michael "
         "Howard's latest announcement on taxation and spending.",
         "Rebel defector Robert Jackson and his new party bosses attempt to overshadow Michael Howard's "
         "latest announcement"),
        # Not into a clause of its own ("came out | it crystallized"), nor past a passive, nor where the line
        # can back off to a complete phrase with its main verb.
        ("When Walter Isaacson's biography of Steve Jobs came out in October 2011 -- less than three weeks "
         "after Jobs' death -- it crystallized many popularly held perceptions of the Apple co-founder.",
         "When Walter Isaacson's biography of Steve Jobs came out"),
        ("A ban on sales of old diesel cars is likely to be lifted in the next six months despite the "
         "protests",
         "Ban on sales of old diesel cars likely to be lifted"),
        ("The US dollar has hit a new record low against the euro and analysts predict that more declines "
         "are likely in 2005.",
         "US dollar hits new record low against euro"),
    ],
)
def test_a_verb_cut_from_its_object_reaches_it_a_few_words_on(text, expected):
    assert compress(text, 12, "english", "", 2) == expected


def test_a_trailing_clause_that_reports_a_result_stays_as_the_news():
    # (within every reader's 90 characters: a longer line gives the clause up, test_headline_length.py)
    text = ("Manager Alan Curbishley paid tribute to striker Jonatan Johansson after beating Norwich on "
            "Saturday.")
    assert compress(text, 12, "english", "", 2) == (
        "Manager Alan Curbishley pays tribute to striker Jonatan Johansson after beating Norwich")
    text = "Manager Alan Curbishley paid tribute to striker Jonatan Johansson after lunch on Saturday."
    assert compress(text, 12, "english", "", 2) == (
        "Manager Alan Curbishley pays tribute to striker Jonatan Johansson")


def test_a_hard_word_limit_does_not_reach_past_itself_for_the_point():
    text = "Ten writers shortlisted for the Dawson and Reed book award are hoping for a boost in sales"
    line = compress(text, 12, "english", "", 0)
    assert len(line.split()) <= 12
    assert line == "Ten writers shortlisted for Dawson and Reed book award are hoping"


def test_a_line_cut_before_its_point_makes_room_for_it_by_dropping_a_time_within_which():
    text = "Midfielder Paul Bosvelt will find out within a month whether he is to be offered a new contract"
    # Without the overrun, the point does not fit even with room made: the line is as it was.
    cut = "Midfielder Paul Bosvelt will find out within month whether he is to be offered new contract"
    assert fit(cut, 12, "english") == "Midfielder Paul Bosvelt will find out within month"
    assert compress(text, 12, "english", "", 2) == (
        "Midfielder Paul Bosvelt to find out whether he is to be offered new contract")


def test_a_line_that_fills_a_room_keeps_the_trailing_clause_the_room_holds():
    # A word budget ends the line when its news is said; a character budget's room (fill) holds the clause.
    text = "Kurdish rebel leader Abdullah Ocalan detained in Rome after stepping off plane from Moscow"
    assert fit(text, 14, "english") == "Kurdish rebel leader Abdullah Ocalan detained in Rome"
    assert fit(text, 14, "english", fill=True) == text
    # ... and within fewer words it still ends on a complete phrase.
    assert fit(text, 10, "english", fill=True) == "Kurdish rebel leader Abdullah Ocalan detained in Rome"


def test_a_line_that_fills_a_room_ends_at_the_last_boundary_of_any_kind():
    # The word budget prefers "| over" to "| to" (a complement's opening, its last resort); the room takes
    # the later one.
    text = "Council approves new bridge over river to ease traffic in town centre"
    assert fit(text, 7, "english") == "Council approves new bridge"
    assert fit(text, 7, "english", fill=True) == "Council approves new bridge over river"


def test_an_infinitive_the_cut_ends_on_goes_on_to_its_object_when_it_closes_in_reach():
    # "to use | visual approaches": the object follows the cut at once, and the phrase closes in reach
    text = "Pilots with regional airline Regional Express are no longer allowed to use visual approaches to airports"
    assert fit(text, 12, "english", 2) == text


def test_what_is_said_is_not_cut_between_its_subject_and_its_verb():
    line = ("Parkinson says reaching FA Cup semi-final at Wembley would be bigger achievement than "
            "improbable march to Capital One Cup final two years ago")
    assert fit(line, 12, "english", 2) == (
        "Parkinson says reaching FA Cup semi-final at Wembley would be bigger achievement")


def test_a_question_words_preposition_ends_the_sentence_and_the_line():
    assert fit("Horsley does not understand what fuss is about", 12, "english", 2) == (
        "Horsley does not understand what fuss is about")
    # Without a question word, the preposition still goes (and the clause it ended).
    assert fit("Police found the car he was in", 12, "english") == "Police found the car"


def test_a_relative_clauses_preposition_ends_the_line_before_another_clause():
    # "everyone thinks of": a relative clause with no pronoun of its own ends on its preposition; the
    # "when" clause after it goes.
    assert compress("Pit bulls may not be the first dogs everyone thinks of when it comes to cute, cuddly "
                    "canines.", 14, "english", "", 2) == "Pit bulls may not be first dogs everyone thinks of"
    # Not a question word's clause that runs on with "as" ("what he referred to | as war on Iraq").
    line = compress("Dr Tamimi said the main issues Muslims should consider were what he referred to as the "
                    "war on Iraq.", 14, "english", "", 2)
    assert not line.endswith(" to")


def test_a_names_purpose_is_a_strong_boundary_after_the_last_one():
    line = ("Saudi Arabia's top intelligence official met privately with leader of Taliban to try to "
            "persuade Afghanistan to deport bin Laden")
    expected = "Saudi Arabia's top intelligence official met privately with leader of Taliban"
    assert fit(line, 12, "english", 2) == expected


def test_a_long_lines_adverbs_between_been_and_its_participle_go():
    line = ("Three-week-old crisis between Turkey and Syria appears to have been at least temporarily "
            "defused by signing of agreement in which Syria agreed to stop supporting rebels")
    assert fit(line, 12, "english", 2).endswith("appears to have been defused by signing of agreement")
    # A short line keeps them.
    assert fit("Crisis has been quietly defused", 12, "english") == "Crisis has been quietly defused"


def test_a_long_lines_participle_aside_before_the_verb_goes_though_an_object_or_since_opens_it():
    line = ("leader of 14-year-old Kurdish insurgency, considered terrorist by Turkey and most-wanted "
            "criminal, arrested in Rome, setting up major battle with Italy over extradition")
    assert fit(line, 12, "english", 2).startswith("Leader of 14-year-old Kurdish insurgency arrested in Rome")
    line = ("government of Yilmaz, plagued since inception 17 months ago by competing pressures from "
            "Islamic groups, lost vote of confidence in Parliament and fell")
    assert fit(line, 12, "english", 2).startswith("Government of Yilmaz lost vote of confidence")


def test_a_names_own_function_word_is_no_phrase_boundary():
    text = ("Belgian branch of humanitarian group Doctors Without Borders announced it was ceasing "
            "operations in Kosovo")
    line = fit(text, 12, "english", 3)
    assert "Doctors Without Borders" in line  # not cut at "Doctors | Without", as before a preposition


def test_where_a_sent_object_goes_is_the_point():
    tokens = "Welbeck returns to haunt old side to send holders Arsenal into semifinals of FA Cup".split()
    assert point_follows(tokens, tokens.index("into"))  # "to send holders Arsenal | into semifinals"
    tokens = "Millionaire to put £30million of personal fortune into Formula One team".split()
    assert point_follows(tokens, tokens.index("into"))
    tokens = "Police say gunman ran into crowd".split()
    assert not point_follows(tokens, tokens.index("into"))  # no verb that sends its object
    tokens = "Crushing 6-1 win against Rayo Vallecano may have sent Barcelona to La Liga summit".split()
    assert point_follows(tokens, tokens.index("to"))  # "to" as well as "into"
    tokens = "Gunman ran to crowd".split()
    assert not point_follows(tokens, tokens.index("to"))


def test_two_verbs_of_one_object_are_not_cut_apart():
    tokens = "Eighty net service firms switch on software to spot and stop net attacks automatically".split()
    assert point_follows(tokens, tokens.index("and"))  # not "... software to spot"
    tokens = "Firms switch on software to France and Germany".split()
    assert not point_follows(tokens, tokens.index("and"))


def test_a_verb_of_sending_before_another_verbs_clause_sends_nothing():
    # "drives" may be a verb of sending, but "is" opens another verb's clause before the "to"
    tokens = "Cost of making hard drives drops and is continuing to do so".split()
    assert not point_follows(tokens, tokens.index("to"))
    # ... but what a verb of telling told reaches past the told clause's own verb
    tokens = "Blake's lawyer tells jurors it is ridiculous to think actor would have killed wife".split()
    assert point_follows(tokens, tokens.index("to"))


def test_from_whom_advice_or_help_comes_is_the_point():
    tokens = "Lewis-Francis steps up preparations by taking advice from sprint icon Linford Christie".split()
    assert point_follows(tokens, tokens.index("from"))  # not "... by taking advice"
    tokens = "Advice from sprint icon Linford Christie helps".split()
    assert not point_follows(tokens, tokens.index("from"))  # no verb before the noun: the subject's own


def test_what_someone_is_called_on_to_do_is_the_point():
    tokens = "Swann calls on England and Wales Cricket Board to realise approach is out of date".split()
    assert point_follows(tokens, tokens.index("to"))  # not "Swann calls on England and Wales Cricket Board"
    tokens = "Swann calls on Board members, who want to act".split()
    assert not point_follows(tokens, tokens.index("to"))  # a relative clause's own "to"
    tokens = "Swann relies on Board to act".split()
    assert not point_follows(tokens, tokens.index("to"))


def test_a_compounds_ing_head_before_its_relative_clause_stays():
    text = "US Justice Department to try to overturn court ruling that threw out claim for $280bn in damages"
    # not "... overturn court"
    assert fit(text, 12, "english", 3) == "US Justice Department to try to overturn court ruling"


def test_between_wants_its_other_side():
    tokens = ("Civil liberties group EFF joins legal fight between three US online journalists and "
              "Apple").split()
    assert point_follows(tokens, tokens.index("and"))
    line = fit(" ".join(tokens), 12, "english", 3)
    assert line.endswith("between three US online journalists and Apple")
    tokens = "Lib Dems set for best results in both general election and local council polls".split()
    assert point_follows(tokens, tokens.index("and"))  # "both" wants its "and" as "between" does
    tokens = "Police arrest two men and charge third".split()
    assert not point_follows(tokens, tokens.index("and"))


def test_an_objects_ing_complement_stays_after_a_verb_that_makes_it():
    text = ("Former Arsenal captain Thierry Henry has got fans guessing after posting picture of himself "
            "alongside Robbie Williams")
    assert fit(text, 12, "english", 3).endswith("has got fans guessing")  # not "has got fans"


def test_a_semicolon_ends_the_lines_sentence():
    text = ("Ibsen has just put finishing touches to coffin; built of highly-polished, honey-colored English "
            "oak, it is final resting place for King Richard III")
    assert fit(text, 12, "english", 3) == "Ibsen has just put finishing touches to coffin"


def test_a_time_set_off_after_a_closing_verb_goes_whole():
    text = "Runway at New York's LaGuardia Airport reopened, day after Delta Air Lines plane skidded off it"
    # not "reopened, day"
    assert fit(text, 12, "english", 3) == "Runway at New York's LaGuardia Airport reopened"
    # Another aside after the verb stays ("seemed, in words of those who knew him, ..." is not cut to
    # "seemed").
    text = "Germanwings co-pilot Lubitz seemed, in words of those who knew him, to be normal young man"
    assert fit(text, 12, "english", 3) != "Germanwings co-pilot Lubitz seemed"


def test_whom_a_given_object_goes_to_and_the_role_a_joiner_takes_are_the_point():
    tokens = ("Global web blog community called into action to lend support to two imprisoned Iranian "
              "bloggers").split()
    assert point_follows(tokens, tokens.index("to", 8))  # "to lend support | to two imprisoned ..."
    tokens = "Hong Kong hopes to join Japan as co-host of 2011 Rugby World Cup".split()
    assert point_follows(tokens, tokens.index("as"))
    tokens = "Hong Kong plays Japan as usual on Sunday".split()
    assert not point_follows(tokens, tokens.index("as"))


def test_a_comparisons_second_as_is_the_point():
    tokens = ("Netanyahu's speech to Congress was as eagerly anticipated in Tehran as it was in "
              "Washington").split()
    assert point_follows(tokens, tokens.index("as", 6))  # "as eagerly anticipated in Tehran | as ..."
    tokens = "Police arrested man as he left".split()
    assert not point_follows(tokens, tokens.index("as"))
    # a compound's last part tells what is measured: "as well-represented | as ..."
    tokens = "People of color were not as well-represented as American atheists".split()
    assert runs_on(tokens, tokens.index("as", 6), dangling("english"))
    tokens = "Firm hires as long-time chief Smith as coach".split()
    assert not runs_on(tokens, tokens.index("as", 4), dangling("english"))  # "Smith": no measure


def test_for_whom_an_adjective_holds_is_the_point():
    tokens = "Sixth and final Star Wars movie may not be suitable for young children, says director".split()
    assert point_follows(tokens, tokens.index("for"))
    assert "may not be suitable for young children" in fit(" ".join(tokens), 11, "english", 3)


def test_two_adjectives_of_one_noun_are_not_cut_apart():
    text = ("Lord Chancellor defends government plans to introduce control orders to keep foreign and "
            "British terrorist suspects under house arrest")
    assert not fit(text, 12, "english", 3).endswith("foreign")


def test_as_well_as_joins_two_phrases_like_and():
    tokens = "Winds were predicted to hit Sydney's far west as well as Hunter, Illawarra regions".split()
    assert [joins_as_well_as(tokens, k) for k in range(7, 12)] == [False, True, True, True, False]
    # cut before it as before "and", not inside the list that follows ("as well as Hunter, | Illawarra")
    assert fit(" ".join(tokens), 10, "english", 2) == "Winds were predicted to hit Sydney's far west"
    tokens = "Smith played as well as he did last year".split()
    assert not any(joins_as_well_as(tokens, k) for k in range(len(tokens)))  # a comparison's clause
    # the "as" of "as well as" opens no clause before the subject's verb
    assert main_verb("Millions in Africa as well as Europe woke up with chance".split()) == 7


def test_a_that_clause_defining_its_noun_is_taken_whole_when_it_closes_in_reach():
    text = "Wales coach Mike Ruddock makes two changes from team that beat Italy 38-8 for Saturday's trip"
    assert fit(text, 12, "english", 2) == (
        "Wales coach Mike Ruddock makes two changes from team that beat Italy 38-8")
    # a noun whose "that" opens what it holds is cut before it as before
    text = "Attack on famed Bardo Museum is just latest evidence that parts of North Africa slide into chaos"
    assert fit(text, 12, "english", 2) == "Attack on famed Bardo Museum is just latest evidence"
    # ... and a count that "of" gives ("one of six | that were involved")
    text = "Aniah Ferguson is one of six that were involved in attacking other girl, who received no help"
    assert fit(text, 12, "english", 2) == (
        "Aniah Ferguson is one of six that were involved in attacking other girl")


def test_a_short_phrase_after_a_dash_that_the_line_holds_is_what_it_reveals():
    text = "Statue of sitting Buddha reveals extraordinary secret -- 1,000-year-old mummified monk"
    assert fit(text, 12, "english", 2) == text
    # a clause after the dash still goes
    text = "Statue of sitting Buddha reveals secret -- experts were stunned by it"
    assert fit(text, 12, "english", 2) == "Statue of sitting Buddha reveals secret"


def test_a_peoples_adjective_is_no_end_before_its_noun():
    line = ("London's famous Savoy hotel sold to group combining Saudi billionaire investor Prince Alwaleed "
            "bin Talal and unit of HBOS bank")
    assert not fit(line, 12, "english", 2).endswith("Saudi")
    assert not fit(line, 12, "english", 0).endswith("Saudi")


def test_a_first_or_an_only_wants_its_to():
    line = "Thailand becomes first of 10 southern Asian nations battered by giant waves to cut its forecast"
    assert fit(line, 12, "english", 2) == line


def test_an_idiom_that_says_the_opposite_when_cut_is_kept_whole():
    line = "Martinez insists he does not take backing of Everton chairman Bill Kenwright for granted"
    assert fit(line, 12, "english", 2) == line


def test_a_comparative_wants_its_than():
    line = "Studies suggest that sexting is more common than many parents might realize or want to admit"
    assert fit(line, 12, "english", 2) == line
    # Not a time's: "earlier than planned" says little more than "earlier".
    line = ("Mechanical problems may prompt repair mission six months earlier than planned to $1.7 billion "
            "spacecraft")
    assert fit(line, 12, "english", 2) == "Mechanical problems may prompt repair mission six months earlier"


def test_a_former_name_is_no_lines_end_before_the_role_it_describes():
    text = "Remaining members of rock band Queen to go on tour with former Free and Bad Company singer Paul"
    assert fit(text, 12, "english", 2) == "Remaining members of rock band Queen to go on tour"
    # ... but a former place is a whole name before a preposition
    text = "Nato troops are to stay in the former Yugoslavia for ten more years under new plans"
    assert fit(text, 10, "english") == "Nato troops are to stay in the former Yugoslavia"


@pytest.mark.parametrize(
    ("text", "unexpected"),
    [
        # Not a list's first item ...
        ("It said the Olympic Council of Asia had been in close contact with Tajikistan, Mongolia and the "
         "Palestinians.", "with Tajikistan"),
        # ... nor a verb with a subject of its own ...
        ("Wales are very direct but also they run decoy lines with Roberts coming up, only to throw it out.",
         "with Roberts"),
        # ... nor one that a sentence's end, an adjective's comma or a clause word breaks ...
        ("The union's leaders say they are ready to hold fresh talks with management over pay. Yesterday, "
         "the company refused.", "Yesterday"),
        ("Jihadist firebrands representing thousands of active militants at home and abroad have been "
         "threatening retribution on Tunisia's outward-looking, investment-friendly majority.", "outward"),
        ("Campaigners representing thousands of small shops across the region have been seeking advice on "
         "pay if possible.", " if "),
        # ... nor an event's name that does not end it, nor a place or a count before an event's name ...
        ("Louis van Gaal, under pressure after this dramatic 2-1 defeat in the FA Cup quarter-final, will "
         "stay.", "quarter-final"),
        ("Bafetimbi Gomis is now feeling well after collapsing during Swansea's 3-2 loss at Tottenham in the "
         "Premier League.", "Tottenham"),
        # ... nor a past with its own object ...
        ("And the Israeli prime minister's recent address to a joint meeting of Congress exposed the rawness "
         "of the relationship.", "exposed"),
        # ... nor an -ing form after an adverb.
        ("The 77th annual Academy Awards are taking place with the stars of the movie-making world once "
         "again holding their breath to discover who has won.", "holding"),
        # ... "at least" is a count's, not a superlative ...
        ("ISIS is allegedly also responsible for stoning at least three women in Syria accused of adultery.",
         "Syria"),
        # ... a verb after its plural subject is no superlative's noun ...
        ("Difficult issues remain on the table as the world's most powerful diplomats meet in Switzerland "
         "with Iranian nuclear negotiators, Kerry told CNN on Monday.", "Switzerland"),
        # ... "latest" is a time ...
        ("Taliban militants fighting the government have claimed responsibility for the latest attack in the "
         "Afghan capital Kabul, which killed five.", "Kabul"),
        # ... a dash ends the phrase ...
        ('Meet Parisa Tabriz, the 31-year-old with perhaps the most enchanted job title in engineering -- '
         '"Google Security Princess."', "Princess"),
        # ... a clause after a place's comma is no list's next item ...
        ("Airstrikes started Wednesday in Tikrit, where Iraqi and coalition forces are battling to wrest "
         "control from ISIS.", "where"),
        # ... "since" after a verb not negated is a time of its own ...
        ("He has lived in the city since 1990, when he arrived from Poland with his family and two dogs.",
         "1990"),
        # ... nor a "which" clause that runs past the reach (it goes as a trailing one) ...
        ("Sun Microsystems has launched a pay-as-you-go service which will allow customers requiring huge "
         "computing power to rent it by the hour.", "which"),
        # ... nor an apposition read as a list's next item ...
        # ... nor a clause after a list's own "and" (an Oxford comma's "and" opens it) ...
        ("The Mac mini comes without a monitor, keyboard and mouse, and a second version with a larger hard "
         "drive will also be sold for $599.", "second version"),
        # ... nor a comma after a postpositive adjective, a past, or before a function word ...
        ('"France condemns today\'s attack in the strongest terms possible," foreign ministry spokeswoman '
         'Pascale Andreani told reporters during a regular press briefing.', "foreign"),
        ("Unmoored and unbalanced, the spindly structure teetered and fell, the heavy cab and counterweights "
         "at the top pulling it down onto the buildings to the south.", "heavy"),
        ("Frank died in the Bergen-Belsen concentration camp in 1945, just weeks before it was liberated.",
         "just"),
        # ... nor someone else's victory after "before", nor a "before" with no result of its own.
        ("Burgess, meanwhile, was chuffed to see his band's  song 'Come Home Baby', taken from The "
         "Charlatans' latest album Modern Nature, included on the Old Trafford playlist before Manchester "
         "United's 2-0 victory over Sunderland last week.", "before"),
        ("Thousands of people stormed a jail and dragged out a rape suspect before beating him to death, "
         "police said on Friday.", "before"),
        ("Players who have played for Wales Students before going on to win full senior representative "
         "honours include Robert Jones, Rob Howley and Ceri Sweeney.", "before going"),
    ],
)
def test_a_line_does_not_go_on_where_what_follows_is_no_part_of_it(text, unexpected):
    assert unexpected not in compress(text, 12, "english", "", 2)


@pytest.mark.parametrize(("sentence", "expected"), [
    # A sentence that the overrun holds is the line whole: its end is its point ...
    ("UK broadcaster Virgin Radio says it will become the first station in the world to offer radio via 3G "
     "mobiles.",
     "UK broadcaster Virgin Radio to become first station in world to offer radio via 3G mobiles"),
    ("It takes very little time in the racing world for word to get around.",
     "It takes very little time in racing world for word to get around"),
    ("The Black Cats have managed only 23 goals in their 28 Barclays Premier League fixtures to date.",
     "Black Cats manage only 23 goals in 28 Barclays Premier League fixtures to date"),
    ("They are sons of Richard Egan, founder and chairman emeritus of EMC Corp.",
     "They are sons of Richard Egan, founder and chairman emeritus of EMC Corp"),
    # ... not a second clause, whose verb would keep the line's in the past, nor a speaker after the claim.
    ("Italy led 9-8 early in the second half but Stringer's try gave Ireland a lead they never lost.",
     "Italy leads 9-8 early in second half"),
    ("At least three people from Scotland died in the tsunami disaster and a further three are missing.",
     "At least three people from Scotland die in tsunami disaster"),
    ("Durst admitted at trial that he killed his neighbor Morris Black in Galveston and chopped up the body.",
     "Durst admits at trial that he killed his neighbor Morris Black"),
])
def test_a_sentence_the_overrun_holds_is_not_cut(sentence, expected):
    assert compress(sentence, 14, overrun=2) == expected


@pytest.mark.parametrize(("sentence", "expected"), [
    # A cause that the line holds to its end is the news's why, and nothing in it is cut ...
    ('Relief workers reported "unbelievable destruction" after Tropical Cyclone Pam smashed the capital of '
     "Vanuatu, the Australian Red Cross said Saturday.",
     "Relief workers report 'unbelievable destruction' after Tropical Cyclone Pam smashes capital of "
     "Vanuatu"),
    ("The leader of the British National Party has been arrested as part of a police inquiry following the "
     "screening of a BBC documentary.",
     "Leader of British National Party arrested as part of police inquiry following screening of BBC "
     "documentary"),
    # ... not the writer's own part, nor a cause the line cannot hold.
    ("BBC Sport reflects on the future for Liverpool after our exclusive interview with chief executive "
     "Rick Parry.", "BBC Sport reflects on future for Liverpool"),
    ("Laura Robson looks set to make her return to action after a 14-month absence with a wrist injury "
     "after being given a wildcard.", "Laura Robson looks set to make her return to action"),
])
def test_a_cause_the_line_holds_is_kept_whole(sentence, expected):
    assert compress(sentence, 14, overrun=2) == expected


@pytest.mark.parametrize(("sentence", "expected"), [
    # A cause's words say nothing of the main verb's time ...
    ("Protesters clashed with police in the capital amid growing anger over the new austerity measures.",
     "Protesters clash with police in capital amid growing anger over new austerity measures"),
    ("The airline cancelled hundreds of flights following a strike by cabin crew over pay.",
     "Airline cancels hundreds of flights following strike by cabin crew over pay"),
    # ... where no clause is joined after it.
    ("Delbonis dropped the second set after play resumed but quickly rebounded to regain control.",
     "Delbonis dropped second set after play resumed but quickly rebounded to regain control"),
])
def test_the_second_readers_misfires_of_whole_lines_stay_out(sentence, expected):
    assert compress(sentence, 14, overrun=2) == expected


def test_a_noun_goes_on_to_its_phrase_only_within_the_overrun():
    text = "Hong Kong is hoping to join Japan as co-host of the 2011 Rugby World Cup."
    assert compress(text, 12, "english", "", 0) == "Hong Kong hopes to join Japan as co-host"
    # A place's "in" is a side detail, not what the noun wants.
    assert compress("Oil firm Burren Energy was awarded two lucrative exploration contracts in Egypt's "
                    "Western Desert region.", 9, "english", "", 2).endswith("contracts")


def test_a_whole_claim_keeps_its_speaker_a_few_words_past_the_overrun():
    text = ('A Los Angeles police officer wanted on murder charges "should be considered armed and '
            'dangerous," according to authorities.')
    assert compress(text, 12, "english", "", 2) == (
        "Los Angeles police officer wanted on murder charges should be considered armed and dangerous, "
        "according to authorities")
    # Not with a hard word limit, nor a claim of two clauses, nor one that reports a saying of its own.
    assert compress(text, 12, "english", "", 0).count("according") == 0
    for text, speaker in (
            ("Government guidance said e-mails should only be deleted if they served no current purpose, "
             "Mr Thomas said.", "Thomas"),
            ("US growth would reach 4.4% in 2004, but fall to 3.3% next year from a previous estimate of "
             "3.7%, the OECD said.", "OECD"),
            # (nor a claim that a sentence's end splits)
            ("I was angry (when it happened) but I could control myself.' Asked whether spitting deserved a "
             "six-game ban, Wenger said: 'I applied the sentence myself.", "Wenger")):
        assert speaker not in compress(text, 12, "english", "", 2)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # A superlative's noun goes on to where it is the most ...
        ("Little Britain stars Matt Lucas and David Walliams have been named the most powerful people in TV "
         "comedy, in a poll by listings magazine Radio Times.", "named most powerful people in TV comedy"),
        # ... a count to its noun, not to the clause's end ...
        ("A brother and sister in the US have been convicted of sending hundreds of thousands of unsolicited "
         "e-mail messages to AOL subscribers.",
         "sending hundreds of thousands of unsolicited e-mail messages"),
        # ... a verb cut from its preposition to the phrase's end (an example's list is no list of its
        # own) ...
        ("Teachers are to be issued new guidance this week to help children cope with the ‘unimaginable’ "
         "pressures of the modern digital age, including cyberbullying, sexting and ‘revenge porn’.",
         "help children cope"),  # (within the readers' length: headlines/length.py)
        # ... a surrender to its particle ...
        ('A man suspected of killing two people during a "street race" has turned himself in to Los Angeles '
         'Police.', "during 'street race' turns himself in"),
        # ... what is reported, its "that" gone (a time's "early" goes with its year) ...
        ("UK condom maker SSL International has refused to comment on reports it may be subject to a "
         "takeover early in 2005.", "refuses to comment on reports it may be subject to takeover"),
        # ... a result after "before", and what a cause resulted in ...
        ("Top seed Roger Federer had to save two match points before squeezing past Juan Carlos Ferrero at "
         "the Dubai Open.", "two match points before squeezing past Juan Carlos Ferrero"),
        ("Racist emails -- like one that depicted President Obama as a chimpanzee -- resulted in three "
         "Ferguson, Missouri, city employees resigning or being fired, the city spokesman said Friday.",
         "resulted in three Ferguson city employees resigning or being fired"),
        # ... why a refusal or a penalty came, and the goal that makes the news ...
        ("A blind woman claims she was refused a passport because her eyes were out of focus in her picture.",
         "refused passport because her eyes were out of focus"),
        ("Real Madrid youngster Fran Perez may soon be dubbed the new David Beckham after the midfielder "
         "scored a sensational goal from inside his own half.", "after midfielder scored sensational goal"),
        # ... a noun's phrase up to an "and" that joins the subject's next verb ...
        ("The Ukrainian girlfriend of slain Russian opposition leader Boris Nemtsov faces constant "
         "psychological pressure from Moscow authorities and fears she will be implicated in his death, her "
         "mother told CNN.",
         "faces constant psychological pressure from Moscow authorities"),
        # ... a "not only" to its "but" ...
        ("Local residents say the traders are not only disturbing the peace, but are driving up the price of "
         "food, rent, and gutting local neighborhoods of their character.",
         "not only disturbing peace, but are driving up price of food"),
        # ... a list that fits whole, not its first item alone ...
        ("Joss Stone, a 17-year-old soul singer from Devon, beat Dizzee Rascal, Jamelia, Lemar and The "
         "Streets to win best British urban act at the Brit Awards.",
         "beats Dizzee Rascal, Jamelia, Lemar and The Streets"),
        # ... a defining "which" that fits, an event's name before its place (a race's, a cross country) ...
        ("Search engine firm Google has released a trial tool which is concerning some net users because "
         "it directs people to pre-selected commercial websites.",
         "trial tool which is concerning some net users"),
        ("World and Commonwealth 100m champion Kim Collins will compete in the 60m at the Norwich Union "
         "Grand Prix in Birmingham on 18 February.", "compete in 60m at Norwich Union Grand Prix"),
        ("Susan Chepkemei has decided she is fit enough to run in next month's Great Edinburgh "
         "International Cross Country.", "run in Great Edinburgh International Cross Country"),
        # ... a cause's -ing form that does not fit leaves the line as it was, not on its verb ...
        ("CNN affiliate WCHS reported a mudslide in Mingo County resulted in one woman going to the "
         "hospital.", "resulted in one woman"),
        # ... and a negated perfect to its "since".
        ("Scotland may not have won at Twickenham since 1983 — but captain Greig Laidlaw insists there is "
         "no reason why Vern Cotter’s men should head south with an inferiority complex this weekend.",
         "Scotland may not have won at Twickenham since 1983"),
    ],
)
def test_a_line_goes_on_to_what_its_last_word_wants(text, expected):
    line = compress(text, 12, "english", "", 2)
    assert line.endswith(expected) and len(line.split()) <= 12 + 2 + POINT_REACH


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Two people were shot Saturday at a nightclub party in Charlotte, North Carolina, featuring rappers "
         "T.I., Young Jeezy and Yo Gotti.", "featuring rappers T.I., Young Jeezy and Yo Gotti"),
        ("Midfielder Cheikhou Kouyate uploaded a picture to Instagram  with team-mates Diafra Sakho, Enner "
         "Valencia and Adrian with the caption 'ready to (go to) Dubai with my guys'.",
         "with team-mates Diafra Sakho, Enner Valencia and Adrian"),
    ],
)
def test_a_list_the_overrun_reaches_runs_to_its_last_item(text, expected):
    # Cut at its first comma, the line would tell one name as the whole ("featuring rappers T.I.").
    assert compress(text, 14, "english", "", 2).endswith(expected)


@pytest.mark.parametrize(
    ("text", "unfinished"),
    [
        # Not to a last item that goes on past the reach: a title's "of" or "and", an -ing form's
        # particle, an idiom's repeated word, a title's abbreviation before its name.
        ("The new season at the Theatre Royal in Bath opens with revivals of Grease, Chicago and The Lord of "
         "the Rings.", "The Lord"),
        ("The new season at the Royal Court Theatre opens with revivals of Grease, Chicago and The Rise and "
         "Fall of Little Voice.", "The Rise"),
        ("The civilian population of the region has been subjected to a systematic policy of terror that "
         "includes massacres, decapitations and cutting off ears, according to a report published Tuesday.",
         "cutting"),
        ("Any opponents on the left who might argue otherwise are sticking their head in the sand, time and "
         "time again.", "time"),
        ("Republican power players like former Texas Gov. Rick Perry, Ohio Gov. John Kasich and Sen. Mike "
         "Lee, R-Utah, will address the gathering by video.", "Sen."),
        # Nor an apposition that names the item again.
        ("Having given up on the Senate, a five-year Republican tax cut plan passed last month by the House, "
         "the House Ways and Means Committee on Friday hurriedly drafted a smaller one.", "Committee"),
    ],
)
def test_a_list_is_not_cut_inside_its_last_item(text, unfinished):
    line = compress(text, 14, "english", "", 2)
    assert line and not line.endswith(unfinished)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # What is called for: the object's "to" and its verb ...
        ("Paula Radcliffe has called for all athletes found guilty on drugs charges to be treated as "
         "criminals.", "calls for all athletes found guilty on drugs charges to be treated as criminals"),
        # ... and no further than the clause: a line never ends on "unless" ...
        ("A report by the Commons work and pensions committee called for the agency to be wound up unless it "
         "improved its service within weeks.", "called for agency to be wound up"),
        # ... what a noun of report's "that" says ...
        ("Chelsea chief executive Peter Kenyon has played down reports that Arjen Robben will return for the "
         "Carling Cup final.", "plays down reports that Arjen Robben will return for Carling Cup final"),
        # ... what the first did, past its scope ("in history"), and the reason "simply" negates ...
        ("Mirza completed a superb week at the Hyderabad Open by becoming the first Indian in history to win "
         "a WTA singles title.", "becoming first Indian in history to win WTA singles title"),
        ("Murder sentences should not be reduced automatically simply because of a guilty plea, says a new "
         "MPs' report.", "simply because of guilty plea"),
        # ... what "stand in the way" blocks ...
        ("Tony Blair has sought to reassure Labour backbenchers that nothing will stand in the way of the "
         "party's bid for a third term in power.", "nothing will stand in way of party's bid for third term"),
        # ... and the phrase an infinitive wants, though its verb may be a noun ("to star").
        ("Singer and actor Harry Connick Jr is to star in a Broadway revival of 1950s hit musical The Pajama "
         "Game.", "Connick Jr to star in Broadway revival of 1950s hit musical Pajama Game"),
        # ... or a modal's verb, to a gerund's object whose compound's head may be a verb ("gold reserves").
        ("The price of gold has fallen after the International Monetary Fund (IMF) said it will look at ways "
         "of using its gold reserves to provide debt relief.",
         "said it will look at ways of using gold reserves"),
        # ... or what put someone in hospital, to where the clause closes ...
        ("An elderly woman is in a critical condition in hospital after she was knocked to the ground and "
         "mugged by two youngsters as she left a supermarket.",
         "Elderly woman in critical condition in hospital after she was knocked to ground"),
        # ... not to a clause's bare verb ("after she fell | from ...") ...
        ("A woman is in a critical condition in hospital after she fell from a third-floor window at a block "
         "of flats in Sheffield.",
         "Woman in critical condition in hospital after she fell from third-floor window"),
        # ... nor to a gerund whose object dangled away ("after undergoing | more").
        ("The U.S. ambassador to South Korea, Mark Lippert, was in stable condition after undergoing more "
         "than two hours of surgery, in which he got 80 stitches to his face.",
         "was in stable condition after undergoing more than two hours of surgery"),
    ],
)
def test_a_line_at_the_14_word_aim_goes_on_to_its_point(text, expected):
    assert compress(text, 14, "english", "", 2).endswith(expected)


def test_a_point_opens_on_a_clause_not_on_a_relative_nor_a_verb():
    # A noun of report's "that" before a name opens what is reported; before a verb, a relative clause.
    assert point_follows("Kenyon plays down reports that Robben will return".split(), 4) is True
    assert point_follows("Club plays down reports that emerged in Italian press".split(), 4) is False
    # "stand in the way" is the idiom, not any "in the" after "stood".
    assert point_follows("Fans stood in the rain".split(), 2) is False
    # Not a verb after a rank's noun: "his first task | was to get" opens no scope of the rank.
    assert point_follows("Yoran took up post and his first task was to get it running".split(), 8) is False


def test_a_point_reached_past_the_overrun_makes_room_by_the_subjects_descriptor():
    # 17 words with "Tory leader": the descriptor goes, the line ends the same, in 15.
    line = compress("Tory leader Michael Howard has accused Tony Blair of performing U-turns over rules on "
                    "using force against burglars.", 14, "english", "", 2)
    assert line == ("Michael Howard accuses Tony Blair of performing U-turns over rules on using force "
                    "against burglars")


def test_the_dead_go_on_to_what_killed_them():
    text = ("More than 50 people were killed and scores wounded in a series of suicide bombings in northern "
            "Nigeria on Saturday, witnesses and authorities told CNN.")
    assert compress(text, 12, "english", "", 2).endswith("scores wounded in series of suicide bombings")
    # (not a place after them: "killed in Kabul" is a side detail, not what killed them)
    assert point_follows("Five soldiers killed in Kabul on Monday".split(), 3) is False


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # A comma between two adjectives of one noun is no boundary ...
        ("Authorities say the suspect behind the knife attack had a long, troubled history and often blamed "
         "the U.S. for his problems.", "had long, troubled history"),
        ("For the last year, the three-person team has been working a circular, palm-sized device dubbed "
         "Runcible.", "working circular, palm-sized device dubbed Runcible"),
        # ... but one before an -ing form's clause is.
        ("Sumitomo Mitsui has tabled a higher offer for UFJ than its rival, valuing the company at $35bn, "
         "the bank said.", "than rival"),
    ],
)
def test_a_comma_between_two_adjectives_is_no_boundary(text, expected):
    assert compress(text, 12, "english", "", 2).endswith(expected)


def test_a_comma_that_closes_an_aside_after_a_conjunction_is_no_clauses_end():
    text = ("The Italians were driving at the heart of the Irish defence and, for the first quarter, the "
            "Irish pack struggled to secure any ball for their talented backs.")
    assert compress(text, 12, "english", "", 2) == "Italians were driving at heart of Irish defence"


def test_a_list_that_fits_is_not_cut_at_its_own_and():
    text = ("Stocks off the coasts of Spain, Italy and France have already been commercially depleted, "
            "experts say.")
    assert "Spain, Italy and France" in compress(text, 12, "english", "", 2)
    # ... nor at the first item when the list opens the line, nor at an Oxford comma's "and".
    text = "Spain, Italy and France have been depleted of their stocks by years of fishing"
    assert fit(text, 4, "english") == "Spain, Italy and France"
    text = "Critics said Titanic, Gladiator, and Troy won the prizes"
    assert "Titanic, Gladiator, and Troy" in fit(text, 6, "english")


@pytest.mark.parametrize(
    ("line", "end", "expected"),
    [
        # A result after "before" is the subject's own -ing form, whatever its case or comma ...
        ("Federer saved two match points before Winning, in the end, the final", 5, True),
        # ... not a result's noun ("before defeat by Wales") ...
        ("England led at half-time before defeat by Wales ended their hopes", 3, False),
        # ... a negated perfect at the window's end wants its "since" ...
        ("Scotland hasn't since 1983 won at Twickenham", 2, True),
        # ... and a payment's "because" is no refusal's ("paid tribute | because ...").
        ("Thousands of fans paid tribute in London because he died suddenly", 7, False),
        ("Blind woman was refused passport because her eyes were out of focus", 5, True),
    ],
)
def test_what_a_result_a_negation_or_a_refusal_wants_after_the_cut(line, end, expected):
    assert point_follows(line.split(), end) is expected


def test_a_surrenders_particle_closes_the_line_before_its_comma():
    assert surrender_at("Suspect turned himself in,".split(), 3)
    assert not surrender_at("Suspect turned himself into".split(), 3)


@pytest.mark.parametrize(
    ("line", "end", "expected"),
    [
        # A "how", "why" or "whether" clause that is a verb's object wants its verb ("their own budget" is
        # its subject: a possessive's noun is no verb) ...
        ("people would choose how their own budget for personal care was spent", 7, True),
        # ... and so does "what" after a verb or "idea" ...
        ("families had no idea what girls were planning", 6, True),
        # ... not once the clause has its verb, nor a time's clause, which the line drops whole ...
        ("people would choose how their own budget was spent and organised", 9, False),
        ("Officer called him to stop while stepping backward", 5, False),
        # ... nor a "what" that opens the subject's own clause.
        ("Rivals wonder what changes", 3, False),
        # An investment, a confidence or an interest wants what it is in (after its verb).
        ("India clears proposal allowing foreign direct investment in construction sector", 7, True),
        ("Simeone shows interest in signing Cavani", 3, True),
        ("Investment in roads rises", 1, False),
        ("Case of Georgia woman is shining national spotlight on death penalty", 8, True),
        # A penalty's "for" wants its offence, an adverb before it or not.
        ("Duo had been suspended by IAAF for allegedly missing three drugs tests", 6, True),
        ("Duo had been suspended by IAAF for allegedly three months", 6, False),
        ("US prosecutors charge nine food suppliers with helping Ahold inflate earnings", 6, True),
        ("Fight threatens livelihood of people charged with protecting parks", 6, False),
        # A verb of giving's receiver wants the thing given; not a preposition's phrase after it.
        ("Musical delayed to give child actors less arduous rehearsal schedule", 6, True),
        ("Assembly would give local people more of say", 5, True),
        ("Firm allowed to offer insurance products within Saudi Arabia", 6, False),
        ("Firm gave Smith said", 3, False),
        ("Ruling gives states power they never had", 4, False),
        # What a thing is thought or said to be.
        ("Fox backs plans to reopen Swansea theatre thought to be Wales' oldest", 8, True),
        ("Fox backs plans that were thought to work", 5, False),
        # A label's "as" and what "let" or "help" lets do.
        ("Cronin hails O'Connell's intensity and physicality as crux of Ireland's pursuit", 6, True),
        ("Scholes responded to claim after Ozil helped Arsenal beat Manchester United", 8, True),
        ("Talks have been making good progress say those behind negotiations", 6, False),
        # "one of" a noun wants the clause that says which one.
        ("Health authorities launch campaign in one of areas that has been most devastated", 8, True),
        ("Health authorities launch campaign in one of areas, that has been devastated", 8, False),
        ("Campaign opens in areas that have been devastated", 3, False),
    ],
)
def test_a_clause_that_is_an_object_wants_its_verb_and_an_investment_its_in(line, end, expected):
    assert point_follows(line.split(), end) is expected


def test_a_line_goes_on_to_the_verb_of_its_objects_clause():
    sentence = ("Elderly and disabled people would choose how their own budget for personal care was spent "
                "and organised under government plans.")
    assert compress(sentence, 12, "english", "", 2).endswith(
        "how their own budget for personal care was spent"
                                                             " and organised")
    # A progressive that a comma closes ends a clause: the line takes it, not "what girls".
    sentence = ("The girls' families told British lawmakers Tuesday they had no idea what the girls were "
                "planning, "
                "and said they were baffled by the teenagers' decision.")
    assert compress(sentence, 12, "english", "", 2).endswith("had no idea what girls were planning")


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # "one of" wants no clause whose own subject opens it (it would run on) ...
        ("It was one of those days that you just want to forget as quickly as possible, the manager said.",
         "It was one of those days"),
        # ... a progressive's comma ends no opening clause ...
        ("As long as the reactor is operating, the town will be at risk of a leak, campaigners warned.",
         "As long as reactor is operating, town will be at risk of leak"),
        ("The two sides were talking, but little progress was made on the key issue of pensions.",
         "Two sides were talking, but little progress made on key issue of pensions"),
        # ... "what" opens no clause the line runs on in, and "I'm talking" is its verb ...
        ("If I say hip hop here a lot of people have no idea what I'm talking about.",
         "If I say hip hop a lot of people have no idea what I'm talking"),
        ("Curious by-passers swapped tips as the youngest members wondered what the fuss was all about.",
         "Curious by-passers swap tips as youngest members wonder what fuss was all about"),
        # ... and a linking verb's -ing keeps its adjective; a report's "said to be" is its passive.
        ("Players looking tired trudged off.", "Players looking tired trudged off"),
        ("The fraud said to be the nation's fastest-growing type is identity theft.",
         "Fraud said to be nation's fastest-growing type is identity theft"),
    ],
)
def test_the_new_points_leave_other_lines_as_they_were(sentence, expected):
    assert compress(sentence, 12, "english", "", 2) == expected


def test_a_penaltys_after_and_two_adverbs_of_one_word():
    # A penalty's "after" and its offence are no trailing clause to drop ...
    sentence = "A US defence company has agreed to pay $28.5m after admitting bribery in the state of Benin."
    assert "agrees to pay $28.5m after admitting bribery" in compress(sentence, 12, "english", "", 2)
    # ... and a line does not end between two adverbs of one word ("completely | and totally unacceptable").
    assert runs_on("after sending completely and totally unacceptable email".split(), 3, dangling("english"))


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # A trailing clause that counts the dead or hurt is the news, not an aside ...
        ("A passenger train overshot a stop and jumped its tracks in northern India on Friday, killing at "
         "least 30 people and injuring more than 50 others, a railway spokesman said.",
         "Passenger train overshoots stop and jumps tracks in northern India, killing at least 30 people"),
        ("A fire turned a dance hall jammed with teen-age Halloween revelers into a deathtrap, killing 60 "
         "people and injuring 162 others in Sweden's second-largest city.",
         "Fire turns dance hall jammed with teen-age Halloween revelers into deathtrap, killing 60 people"),
        # ... a rise's noun wants what rose ...
        ("Channel Tunnel operator Eurotunnel has seen sales fall in the face of the upsurge in European "
         "low-cost airlines.",
         "Eurotunnel sees sales fall in face of upsurge in European low-cost airlines"),
        # ... and a time before a trailing "after" goes with it, with its count.
        ("The BBC's director-general, Tony Hall, has allegedly received death threats days after \"Top "
         "Gear\" host Jeremy Clarkson was dropped.",
         "BBC's director-general, Tony Hall, allegedly receives death threats"),
        ("The club sacked its manager three weeks before the end of the season.", "Club sacks manager"),
    ],
)
def test_a_toll_a_rises_object_and_the_time_of_a_trailing_clause(sentence, expected):
    assert compress(sentence, 12, "english", "", 2) == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # A count that is no toll stays an aside, and a time that closes a phrase or a verb's object stays.
        ("The storm swept across the region overnight on its way to the coast, leaving thousands of homes "
         "without power.", "Storm sweeps across region overnight on way to coast"),
        ("Arsenal will be without Gabriel for three weeks after he injured his ankle in training.",
         "Arsenal to be without Gabriel for three weeks"),
        ("The dollar has hit its highest level against the euro in almost three months after the Federal "
         "Reserve head spoke.", "Dollar hits highest level against euro in almost three months"),
        ("The new stadium would take many years before it could open, he said.",
         "New stadium would take many years"),
    ],
)
def test_other_trailing_clauses_and_times_stay_as_they_were(sentence, expected):
    assert compress(sentence, 12, "english", "", 2) == expected


@pytest.mark.parametrize(
    ("sentence", "max_words", "expected"),
    [
        # A toll the line cannot reach is no point to back off before; a count of time or birds is no toll ...
        ("The MD-11 airliner flying from New York to Geneva crashed Sept. 2 off the coast of Canada, "
         "killing all 229 people aboard.", 12,
         "MD-11 airliner flying from New York to Geneva crashed Sept. 2 off coast of Canada"),
        ("The plane bound from New York to Geneva crashed Sept. 2 off the coast of Nova Scotia, killing "
         "all 229 people on board.", 10,
         "Plane bound from New York to Geneva crashed Sept. 2 off coast of Nova Scotia"),
        ("The tired travellers sat in the departure lounge at Heathrow airport all morning, killing two "
         "hours before their flight.", 12,
         "Tired travellers sit in departure lounge at Heathrow airport all morning"),
        # ... and a time that a verb takes stays with it.
        ("He served ten years after his conviction for fraud was upheld.", 12,
         "He served ten years after his conviction for fraud upheld"),
        ("He gave the club two years after the takeover to turn its finances round.", 12,
         "He gave club two years after takeover to turn finances round"),
        ("Asked why it took investigators more than two weeks after Holloway's disappearance to search the "
         "van der Sloot home, Janssen said Thursday, \"You have to build up an investigation.\"", 12,
         "Asked why it took investigators more than two weeks"),
        ("Every day 30 died on the roads of the country, according to the report.", 12,
         "Every day 30 died on roads of country"),
    ],
)
def test_what_the_second_reader_found_stays_as_it_was(sentence, max_words, expected):
    assert compress(sentence, max_words, "english", "", 2) == expected


def test_before_after_a_verb_of_going_says_in_front_of_whom():
    # "goes before voters" is no time clause to cut: the line goes on to the voters.
    sentence = ("A proposal to ban those $1 or $2 ATM surcharges goes before voters for the first time "
                "next month "
                "in San Francisco, setting the stage for a court battle.")
    assert compress(sentence, 14, "english", "", 2) == (
        "Proposal to ban those $1 or $2 ATM surcharges goes before voters for first time in San Francisco")
    # A time's "before" after the same verbs is still one: before an -ing form or a subject.
    assert compress("SAPHIR DU RHEU has a good way to go before being mentioned in the same breath as Kauto "
                    "Star and Denman, who won it between them.", 14, "english", "", 2) == (
        "SAPHIR DU RHEU has good way to go")
    line = compress("The minister resigned before the vote on Tuesday.", 14, "english")
    assert line == "Minister resigns before vote"


@pytest.mark.parametrize(("sentence", "expected"), [
    # A verb of showing never ends the line before its "that" clause, nor the line that clause's subject.
    ("Opponents of Indonesia's control over East Timor said Thursday that documents leaked from the "
     "Indonesian "
     "Ministry of Defense show that the army is not drawing down its forces in the territory as the "
     "government has reported.",
     "Documents leaked from Indonesian Ministry of Defense show that army is not drawing down forces"),
    ("Icelandic photographer Sigga Ella wanted to show that people with Down syndrome are more than a "
     "chromosomal abnormality.",
     "Sigga Ella wants to show that people with Down syndrome are more than chromosomal abnormality"),
])
def test_what_a_verb_of_showing_shows_is_the_point(sentence, expected):
    assert compress(sentence, 14, "english", "", 2) == expected


@pytest.mark.parametrize(("sentence", "expected"), [
    # "likely", "able" ... want their infinitive; a multiple's "times" its comparative.
    ("Teenagers from well-off backgrounds are six times more likely to go to university than those from the "
     "most deprived areas, a report says.",
     "Teenagers from well-off backgrounds are six times more likely to go to university"),
    ("People in England, Scotland and Wales must have registered by 1700 GMT on Monday to be able to vote in "
     "the general election.",
     "People in England, Scotland and Wales must have registered by 1700 GMT to be able to vote"),
    # "no other choice | but to ..." says what they had to do.
    ("It was midnight, and he had no choice but to wade out into the gale force wind and darkness.",
     "It was midnight, and he had no choice but to wade out into gale force wind and darkness"),
    # "concerns | that ..." is what is feared (a clause with its own subject, not a relative's verb).
    ("The US dollar has dropped against major currencies on concerns that central banks may cut the amount "
     "of dollars they hold in their foreign reserves.",
     "US dollar drops against major currencies on concerns that central banks may cut amount of dollars"),
])
def test_what_likely_no_choice_and_concerns_want_is_the_point(sentence, expected):
    assert compress(sentence, 14, "english", "", 2) == expected


def test_a_relatives_that_after_concerns_is_no_point():
    assert point_follows("drops on concerns that emerged last week".split(), 3) is False
    assert point_follows("drops on concerns that central banks may cut reserves".split(), 3) is True


@pytest.mark.parametrize(("sentence", "expected"), [
    # "aware", "guilty" ... want their "of"; "one other | such cluster" is one noun phrase.
    ("Disease detectives at the Centers for Disease Control and Prevention are aware of only one other such "
     "cluster, which was also in Georgia.",
     "Disease detectives at Centers for Disease Control and Prevention aware of only one other such cluster"),
    ("Xbox frontman J. Allard said the console looked set to be capable of one trillion calculations "
     "per second.",
     "Xbox frontman J. Allard says console looked set to be capable of one trillion calculations per second"),
])
def test_what_aware_and_capable_want_is_the_point(sentence, expected):
    assert compress(sentence, 14, "english", "", 2) == expected


@pytest.mark.parametrize(("sentence", "expected"), [
    # Where an attack or a disaster happened goes with the line when it fits the overrun ...
    ("More than 50 people were killed and scores wounded in a series of suicide bombings in northern Nigeria "
     "on Saturday, witnesses and authorities told CNN.",
     "More than 50 people killed and scores wounded in series of suicide bombings in northern Nigeria"),
    # ... not past it, nor a name that goes on ("in Premier League | match"), nor after what is no disaster.
    ("More than 50 people were killed and scores wounded in a long series of deadly suicide bombings in "
     "northern Nigeria on Saturday.",
     "More than 50 people killed and scores wounded in long series of deadly suicide bombings"),
    # "where it hurt" is an idiom's end, no trailing clause.
    ("Wednesday's terrorist attack, which killed 23 people, hit Tunisia where it hurt by targeting its "
     "flourishing tourism industry.",
     "Wednesday's terrorist attack hit Tunisia where it hurt by targeting flourishing tourism industry"),
])
def test_a_disasters_place_and_an_idioms_end_go_with_the_line(sentence, expected):
    assert compress(sentence, 14, "english", "", 2) == expected


def test_a_place_is_capitals_that_close_a_phrase():
    from summarizer.headlines.cut import _place_after

    tokens = "killed in bombings in northern Nigeria".split()
    assert _place_after(tokens, 3) == 6
    assert _place_after("attack in Rome, police said".split(), 1) == 3
    assert _place_after("attack in Rome on Sunday".split(), 1) == 3
    # Not a name that goes on lowercase, a possessive, a lowercase word, nor another preposition.
    assert _place_after("attack in Premier League match".split(), 1) is None
    assert _place_after("attack in Nigeria's north".split(), 1) is None
    assert _place_after("attack in the north".split(), 1) is None
    assert _place_after("attack at Rome".split(), 1) is None


def test_a_time_a_post_and_references_keep_their_point():
    from summarizer import Article, headline

    # A time is whole or not at all: "in a time of one minute, | 47.97 seconds" (and "seconds" after a
    # count is
    # no verb that would keep the line's past).
    text = ("James McIlroy motored to the AAA's Indoor 800m title in Sheffied on Sunday in a time of "
            "one minute, "
            "47.97 seconds. McIlroy dominated the race from start to finish.")
    assert headline(Article(text), headline_characters=1000) == (
        "McIlroy motors to AAA's Indoor 800m title in Sheffied in time of one minute, 47.97 seconds")
    # What a post on Instagram said, after "as" too.
    assert compress("Fabio Borini took to Instagram on Monday as he shared a selfie of himself with the "
                    "Script's "
                    "lead singer Danny O'Donoghue.", 14, "english", "", 2) == (
        "Fabio Borini takes to Instagram as he shares selfie of himself with Script's lead singer Danny "
        "O'Donoghue")
    # What references are to, after a headline's future too.
    line = ("Director and screenwriter of film adaptation of Pullman's Dark Materials to remove "
            "references to God "
            "and church in movie")
    assert fit(line, 14, "english", 2) == (
        "Director and screenwriter of film adaptation of Pullman's Dark Materials to remove references "
        "to God")


@pytest.mark.parametrize(("sentence", "words", "expected"), [
    # A second reader's misfires of the session's rules, each kept out by a guard.
    # An opening adverb in -ly ("Early") and a time's last word are no name's description.
    ("Early next Monday, the company will begin laying off 2,000 workers at its plant in Ohio.", 14,
     "Company to begin laying off 2,000 workers at plant in Ohio"),
    # "Nowhere has ..." is an inversion, no opening.
    ("Nowhere has the pandemic hit harder than in Lombardy, the Italian region where the virus first took "
     "hold.", 14, "Nowhere has pandemic hit harder than in Lombardy"),
    # A list's participle is no lone participle whose time went.
    ("The suspect was arrested, charged, and remanded in custody on Friday, police said.", 14,
     "Suspect arrested, charged, and remanded in custody"),
    # A count after "hours," is no time of its own.
    ("Firefighters battled the blaze at the warehouse for several hours, 200 homes were evacuated as a "
     "precaution.", 14, "Firefighters battle blaze at warehouse for several hours"),
    # "no action ... but" joins a clause: no choice's "but to".
    ("Police took no action against the driver of the car but the family of the victim is considering a "
     "private prosecution.", 14, "Police take no action against driver of car"),
    # "show" after its modifier is a noun; "that week" is a time.
    ("Netflix has cancelled the hit science fiction show that made its young stars household names around "
     "the world.", 8, "Netflix cancels hit science fiction show"),
    ("The minister said the tests were done with a sample found that week at a farm in Devon.", 7,
     "Minister said tests done with sample found that week at farm"),
    # A superlative of the subject, a verb between, dates the span's event.
    ("The world's oldest man ran a farm in Japan for 50 years before retiring to Tokyo.", 14,
     "World's oldest man ran farm in Japan for 50 years"),
    # A verb the subject's noun could be ("banks", "works") is no verb to cut the subject back to.
    ("Residents of more than 50 villages along the banks of the river Severn in Gloucestershire have been "
     "told to leave.", 10, "Residents of more than 50 villages"),
    ("Dozens of families from more than 30 streets near the old chemical works in Runcorn have been "
     "evacuated overnight.", 11, "Dozens of families from more than 30 streets"),
    # "where it hurt most, cutting ..." is a trailing clause; a frequency is no apposition; a named day
    # dates nothing.
    ("The sanctions hit the Russian economy where it hurt most, cutting off access to western banks and "
     "sending the rouble to record lows.", 14, "Sanctions hit Russian economy"),
    ("The festival, once a year, draws thousands of visitors to the town.", 14,
     "Festival, once a year, draws thousands of visitors to town"),
    ("The retailer reported record Black Friday sales as shoppers flocked to its stores.", 14,
     "Retailer reports record Black Friday sales as shoppers flock to stores"),
])
def test_the_second_readers_misfires_stay_out(sentence, words, expected):
    assert compress(sentence, words, "english", "", 2) == expected


@pytest.mark.parametrize(("sentence", "expected"), [
    # Two adjectives joined by a comma before a noun the tables know only as an adjective, at the end or
    # before a relative, are one phrase ...
    ("The charismatic cel imagery has been scrapped in favour of a dark, detailed aesthetic.",
     "Charismatic cel imagery scrapped in favour of dark, detailed aesthetic"),
    # ... not an adverb's clause after a comma.
    ("Chomp and chomp and chomp until your lips meet in the middle, then smooch.",
     "Chomp and chomp and chomp until your lips meet in middle"),
])
def test_two_adjectives_before_an_unlisted_noun_are_one_phrase(sentence, expected):
    assert compress(sentence, 14, overrun=2) == expected


@pytest.mark.parametrize(("sentence", "aim", "expected"), [
    # A list's last item that the aim would cut is taken within the overrun (an aim of 12 here: with 14,
    # a line over 14 words gives up its trailing adjunct, :mod:`summarizer.headlines.tighten`) ...
    ("Chart stars Duran Duran are to appear in a VH1 special including interviews and concert footage.", 12,
     "Chart stars Duran Duran to appear in VH1 special including interviews and concert footage"),
    ("Brown has called on rich nations to fund a £5.5bn plan to fight the Aids epidemic and find a vaccine.",
     14, "Brown calls on rich nations to fund £5.5bn plan to fight Aids epidemic and find vaccine"),
    # ... not a clause an "and" opens with its own verb.
    ("Chart stars Duran Duran are to appear in a VH1 special in the US and the band will play two songs.", 14,
     "Chart stars Duran Duran to appear in VH1 special in US"),
])
def test_a_lists_last_item_is_taken_within_the_overrun(sentence, aim, expected):
    assert compress(sentence, aim, overrun=2) == expected


@pytest.mark.parametrize(("sentence", "expected"), [
    # A base form's particle after a modal or "to" closes the line, as a tensed verb's does ("moves on").
    ("The plan would go ahead.", "Plan would go ahead"),
    ("The plan will go ahead.", "Plan to go ahead"),
    ("Some traffic began to inch along.", "Some traffic begins to inch along"),
])
def test_a_base_forms_particle_after_a_modal_or_to_ends_the_line(sentence, expected):
    assert compress(sentence, 14, overrun=2) == expected


@pytest.mark.parametrize(("sentence", "expected"), [
    # Money spent over a span of time, then what it is spent on: the -ing clause is the point ...
    ("IBM is spending $100m over the next three years beefing up its commitment to Linux software.",
     "IBM spends $100m over next three years beefing up commitment to Linux software"),
    # ... not a participle that describes a noun further on ("war zones | ranging from ...").
    ("Addario is a war photographer who spends time in war zones ranging from Afghanistan to Libya and Iraq.",
     "Addario is war photographer who spends time in war zones"),
])
def test_what_money_spent_over_a_span_of_time_goes_on_stays(sentence, expected):
    assert compress(sentence, 14, overrun=2) == expected


def test_the_level_a_move_reached_is_a_point():
    # "pushes prices | above $50": the level is the news, as a change's "to" is.
    tokens = "Cold weather pushes US crude oil prices above $50 a barrel".split()
    assert point_follows(tokens, 7)
    assert not point_follows("Prices rose above the average".split(), 2)


@pytest.mark.parametrize(("sentence", "expected"), [
    # An apposition's noun whose relative clause the cut leaves out goes with its comma ...
    ("Johnny Sexton is on course to start Saturday's Six Nations clash with Wales, a match that "
     "Warren Gatland is delighted to see Wayne Barnes officiate.",
     "Johnny Sexton on course to start Saturday's Six Nations clash with Wales"),
    # ... not two adjectives' noun ("difficult, yet compassionate, conversations").
    ("The pastor begins visiting her and initiates a series of difficult, yet compassionate, "
     "conversations that change them both in the months before her execution.",
     "Pastor begins visiting her and initiates series of difficult, yet compassionate, conversations"),
])
def test_an_appositions_noun_without_its_relative_clause_goes(sentence, expected):
    assert compress(sentence, 14, overrun=2) == expected


@pytest.mark.parametrize(("sentence", "expected"), [
    # A quarrel's other side is its point ("in public spat | with ...").
    ("The celebrated and much admired Italian fashion house founders are in a bitter public spat with the "
     "pop singer Lorde over remarks about parenting.",
     "Celebrated and much admired Italian fashion house founders in bitter public spat with pop singer "
     "Lorde"),
    # A colon's clause whose subject is a pronoun goes ...
    ("The former minister has reached a plea deal: He would admit guilt to a lesser charge of fraud in "
     "exchange for a lighter sentence.", "Former minister reaches plea deal"),
    # ... not what a verb of saying before the colon frames.
    ("The minister said in a statement on Monday: It will be a long road to recovery.",
     "Minister said in statement: It will be long road to recovery"),
    ("The striker's agent confirmed the news to the BBC: He has signed a five-year contract with Real "
     "Madrid.",
     "Striker's agent confirms news to BBC: He has signed five-year contract with Real Madrid"),
    # A span of time before an "after" goes with the clause it dates ("less than two weeks | after").
    ("Hundreds of students marched through the city centre on Sunday, protesting against fees less than "
     "three weeks after the government announced its plans and cut grants.",
     "Hundreds of students march through city centre, protesting against fees"),
    # A particle that a preposition follows stays once the words after it go ("carry on | with").
    ("Organisers of the annual Rotterdam street music festival have been determined to carry on with this "
     "year's event despite the floods.",
     "Organisers of annual Rotterdam street music festival determined to carry on"),
])
def test_the_twenty_ninth_sessions_cuts(sentence, expected):
    assert compress(sentence, 14, overrun=2) == expected


def test_an_accusations_of_and_a_closer_to_are_points():
    # "pastor accused | of ...": of what; "one step closer | to ...": to what.
    assert point_follows("police track down pastor accused of dozens of assaults".split(), 5)
    assert point_follows("Scientists are one step closer to understanding Mars".split(), 5)
    assert not point_follows("Scientists are one step closer now".split(), 5)


@pytest.mark.parametrize(("sentence", "expected"), [
    # What will or may be keeps its condition when the clause closes within the overrun ...
    ("Holders India will confirm top spot in Group B if they can beat surprise packages Ireland.",
     "Holders India to confirm top spot in Group B if they can beat surprise packages Ireland"),
    # ... not a longer one (the line stops before it), nor a fact's "if" (what is reported is whole).
    ("Former Boyzone singer Ronan Keating may also take part if a studio can be found close to his home "
     "in Dublin.", "Former Boyzone singer Ronan Keating may also take part"),
    ("The company posted record profits in the third quarter of the year if the analysts are right about it.",
     "Company posts record profits in third quarter of year"),
    # A condition of two verbs closes before its second's "and" when the first fits.
    ("Millions of public service workers could strike if ministers scrap their final salary pension scheme "
     "and make them work longer, warn union leaders.",
     "Millions of public service workers could strike if ministers scrap final salary pension scheme"),
])
def test_a_forecasts_condition_is_its_point_where_it_fits(sentence, expected):
    assert compress(sentence, 14, overrun=2) == expected


@pytest.mark.parametrize(("sentence", "expected"), [
    # A defining "who" after a common noun says which, when the clause fits: the line keeps it ...
    ("Tony Blair has apologised to two families who suffered one of the UK's biggest miscarriages of "
     "justice.",
     "Tony Blair apologises to two families who suffered one of UK's biggest miscarriages of justice"),
    ("An Indiana jury has sentenced a woman who had a miscarriage to 20 years in prison.",
     "Indiana jury sentences woman who had miscarriage to 20 years in prison"),
    # ... and so does a "which" with a subject of its own ...
    ("MPs are preparing to debate a bill which critics claim would legalise euthanasia.",
     "MPs prepare to debate bill which critics claim would legalise euthanasia"),
    # ... which ends on no participle cut from its agent ("scheme run | by bank") ...
    ("The regulator has promised to compensate thousands of elderly savers who put money in a scheme run "
     "by a bank.",
     "Regulator promises to compensate thousands of elderly savers who put money in scheme run by bank"),
    # ... not a "who" whose clause ends further than a word past the overrun ...
    ("Julianne gives a harrowing performance as a brilliant 50-year-old college professor who loses her "
     "brain and herself to early-onset Alzheimer's disease.",
     "Julianne gives harrowing performance as brilliant 50-year-old college professor"),
    # ... but not one cut after its modal's verb ("would save | more than £4.3bn").
    ("Six government units would also be scrapped under proposals which the Tories say would save more "
     "than £4.3bn a year by 2010.", "Six government units would also be scrapped under proposals"),
])
def test_a_defining_relative_says_which(sentence, expected):
    assert compress(sentence, 14, overrun=2) == expected


def test_a_names_who_defines_nothing():
    assert _defining_relative("Blair apologises to families who suffered".split(), 4)
    assert not _defining_relative("Police arrest Ryan Giggs who played for Wales".split(), 4)
    assert not _defining_relative("Police arrest men who".split(), 3)  # (nothing follows)


def test_a_relatives_perfect_stays():
    # A relative clause's perfect after the line's verb is no headline's present: "man who spends 10 years"
    # would mislead; nor is a perfect coordinated in it ("who has shot and kills").
    assert compress("Police arrested a man who has spent 10 years in prison.", 14, overrun=2) == (
        "Police arrest man who has spent 10 years in prison")
    hunted = "Police are hunting a gunman who has shot and killed three people in a shopping centre."
    assert compress(hunted, 14, overrun=2) == (
        "Police hunt gunman who has shot and killed three people in shopping centre")
    # A relative in the subject takes the present as the line does (its "has" would cost the subject).
    assert compress("A father who has campaigned for years for a change in the law on knife crime has been "
                    "awarded an OBE.", 14, overrun=2) == (
        "Father who campaigns for years for change in law on knife crime awarded OBE")


@pytest.mark.parametrize(("sentence", "expected"), [
    # A defining "that" whose clause ends a word past the overrun is the point: the line takes it ...
    ("Security firms are warning about several mobile phone viruses that can spread much faster than "
     "similar bugs.",
     "Security firms warn about several mobile phone viruses that can spread much faster than "
     "similar bugs"),
    # ... not a longer one: the line would be too long.
    ("A union representing 5,200 flight attendants at bankrupt US Airways have agreed to a new contract "
     "that cuts pay by nearly 10%.",
     "Union representing 5,200 flight attendants at bankrupt US Airways agree to new contract"),
])
def test_a_defining_clause_a_word_past_the_overrun(sentence, expected):
    assert compress(sentence, 14, overrun=2) == expected


def test_a_line_does_not_end_on_what():
    sentence = ("Archaeologists searching for a lost city in the jungles of Honduras have discovered the urban "
                "remains of what they believe is a vanished ancient civilization.")
    assert compress(sentence, 14, overrun=2) == (
        "Archaeologists searching for lost city in jungles of Honduras discover urban remains")


def test_a_conditions_and_before_a_noun_is_no_second_verb():
    sentence = ("Tens of thousands of pupils could miss their final exams if teachers and support staff "
                "across the country strike for three days next month over pay.")
    assert compress(sentence, 14, overrun=2) == "Tens of thousands of pupils could miss final exams"


@pytest.mark.parametrize(("sentence", "expected"), [
    # the object pronoun the cut left after the line's last verb, where a phrase of its own follows it
    ("Administrators told BBC News Online that selling Argonaut was the only way to save it as it had run "
     "out of cash.", "Administrators tell BBC News Online that selling Argonaut was only way to save it"),
    ("Chances are that state technicians won't be able to isolate it until they can grow enough of it.",
     "Chances are that state technicians won't be able to isolate it"),
    # not where the pronoun's own verb or complement follows: that is the point, and still cut
    ("One of the main focuses of the initiative will be to make it easier to use Linux-based desktop "
     "computers.", "One of main focuses of initiative will be to make"),
])
def test_an_infinitives_object_pronoun_comes_back(sentence, expected):
    assert compress(sentence, 14, "english", sentence, 2) == expected


def test_an_object_pronoun_comes_back_only_within_the_words_given():
    sentence = ("Administrators told BBC News Online that selling Argonaut was the only way to save it as it "
                "had run out of cash.")
    assert compress(sentence, 13, "english", sentence, 0).split()[-2:] == ["to", "save"]


def test_a_pronoun_before_its_verbs_particle_does_not_come_back():
    # (the second reader's) "to take it" would say another thing than "to take it over"
    sentence = ("Administrators told BBC News Online that selling Argonaut was the only way to take it over "
                "without its debts.")
    assert compress(sentence, 14, "english", sentence, 2).split()[-1] == "take"


def test_two_names_joined_as_a_subject_are_one_statement_kept_whole():
    sentence = ("Smith and Jones of the ruling party said the new tax on petrol would be scrapped within "
                "weeks.")
    assert compress(sentence, 14, "english", sentence, 2).endswith("would be scrapped within weeks")


@pytest.mark.parametrize(("sentence", "expected"), [
    # a clause of a name's after a verb that may be a noun ("beat") is a second statement the cut spares
    ('The Reds beat Olympiakos 3-1 with a late Gerrard strike and Benitez said: "It was a really great '
     'night.',
     "Reds beat Olympiakos 3-1 with late Gerrard strike"),
    ("John Guidetti has seemingly distanced himself from a longer stay at Celtic by telling Dutch media he "
     "wants to return to Feyenoord as soon as possible.",
     "John Guidetti seemingly distances himself from longer stay at Celtic"),
    # what is said kept in the line keeps its phrase of saying
    ("Smith angered his party by saying that taxes would rise.",
     "Smith angers party by saying that taxes would rise"),
    # an infinitive cut from its object pronoun goes on to where its phrase closes
    ("On a near-identical note, Medal of Honor: Pacific Assault does all it can to make you feel part of a "
     "tight-knit team and plum in the middle of all-out action.",
     "Medal of Honor: Pacific Assault does all it can to make you feel part of tight-knit team"),
    # a line does not end on a base verb after a pronoun, its own phrase cut
    ('"Christmas is a special time of the year and you get out of it what you put into it," added the '
     "two-time Academy Award winner.", "Christmas is special time of year"),
    # (the second reader's and the blind comparison's) a clause of a name's with no colon, or of a pronoun's,
    # leaves the sentence whole where the overrun holds it
    ("Liverpool beat Olympiakos 3-1 at a rain-soaked Anfield and Benitez said his side deserved to go "
     "through.",
     "Liverpool beat Olympiakos 3-1 at rain-soaked Anfield and Benitez said side deserved to go through"),
    ("It actually looks much more scary than physically dangerous and I am feeling well now.",
     "It actually looks much more scary than physically dangerous and I am feeling well now"),
    # a noun after an object pronoun is the verb's object, an end the line may take ("give them hope")
    ("The charity said money raised by last week's big annual benefit concert would help give them hope as "
     "they rebuild their lives.",
     "Charity says money raised by last week's big annual benefit concert would help give them hope"),
    # a relative clause's "that" opens nothing said: the phrase of saying stays
    ("The club fined the striker two weeks' wages on Monday after confirming the incident that took place at "
     "a nightclub in the city centre.",
     "Club fines striker two weeks' wages after confirming incident"),
])
def test_a_second_statement_a_phrase_of_saying_and_a_pronoun_objects_phrase(sentence, expected):
    assert compress(sentence, 14, "english", sentence, 2) == expected


@pytest.mark.parametrize(("sentence", "expected"), [
    # a comparison's second "as" is no clause: the line keeps both halves, or neither
    ("Manager Roberto Martinez has claimed Stones and Barkley are as good as it gets for their respective "
     "positions.",
     "Manager Roberto Martinez claims Stones and Barkley are as good as it gets for respective positions"),
    ("The lake's water level measured at Chenglingji stood as high as 35.87 meters on Saturday morning, "
     "officials said.",
     "Lake's water level measured at Chenglingji stood as high as 35.87 meters"),
    ("He rushed to his daughter's side in the hospital as soon as he heard the news.",
     "He rushed to his daughter's side in hospital as soon as he heard news"),
    # (a noun's "as" says what it is, and the next "as" may open a clause)
    ("Venezuelan authorities have identified more than 500 large farms as idle as it continues with its "
     "controversial land reform policy.",
     "Venezuelan authorities identify more than 500 large farms as idle"),
    # a preposition's compound before its relative pronoun is a noun, not the main verb
    ("The makers of computer programs that secretly spy on what people do with their home PCs could face "
     "hefty fines in California.",
     "Makers of computer programs could face hefty fines in California"),
    # half an hour before ...: the time goes with its clause
    ("Ministers have been asked to explain how Budget details were printed in a London newspaper half an "
     "hour before Gordon Brown made his speech.",
     "Ministers asked to explain how Budget details were printed in London newspaper"),
    # (the second reader's) a linking verb whose complement came first, or that ends the sentence, ends a line
    ("Things are not what they seem.", "Things are not what they seem"),
    ("The plan is not as simple as it seems.", "Plan is not as simple as it seems"),
    ("The recovery is weaker than it seems, the Bank of England warned.", "Recovery weaker than it seems"),
    ("Fans are dismayed by what the club has become.", "Fans dismayed by what club becomes"),
])
def test_a_comparisons_as_a_prepositions_compound_half_an_hour_and_a_linking_verb(sentence, expected):
    assert compress(sentence, 14, "english", sentence, 2) == expected


def test_a_line_does_not_end_on_a_linking_verb_cut_from_its_complement():
    sentence = ("The U.S. Senate race between the incumbent Democrat, Carol Moseley-Braun, and state Sen. "
                "Peter Fitzgerald, a conservative Republican, has become one of the most tensely watched "
                "campaigns in the country.")
    assert compress(sentence, 14, "english", sentence, 2).split()[-1] not in ("become", "becomes")


@pytest.mark.parametrize(("sentence", "expected"), [
    # no cut between a comparison's two "as", where the second is near
    ("The singer said she felt as nervous before the show as she did on her first night at the Palladium in "
     "1964 when she was only a girl.",
     "Singer felt as nervous before show as she did on her first night"),
    ("He scored as many goals in his first season at the club as the rest of the squad put together, which "
     "led to a new contract and a move.",
     "He scored as many goals in his first season at club as rest of squad put together"),
    # (an adjective before its noun opens no comparison, and "as well" closes none)
    ("Warrington piled on the agony for Leeds as the luckless Yorkshiremen lost their star full-back as well "
     "as the match in a game of two halves.",
     # (the readers' length then ends it before the "as" clause of what happened meanwhile: length.py)
     "Warrington piles on agony for Leeds"),
    # an "after" clause that the line holds whole stays: it says why
    ("Argentina's economy is set to grow by about 8% this year after seeing 9% growth in 2003.",
     "Argentina's economy set to grow by about 8% after seeing 9% growth"),
    ("Thierry Henry has got fans guessing after posting a picture of himself alongside singer-songwriter "
     "Williams.",
     "Thierry Henry has got fans guessing after posting picture of himself alongside singer-songwriter "
     "Williams"),
    # (not one that runs past the line, nor a time: see the test of a result's clause; and a verb's own
    # "after" is no clause)
    ("Vladimir Putin appeared in a series of photos released by the Kremlin on Friday after a week in which "
     "canceled engagements led to speculation over his health.",
     "Vladimir Putin appears in series of photos released by Kremlin"),
    ("The U.S. military works closely with Yemen's government to go after AQAP.",
     "U.S. military works closely with Yemen's government to go after AQAP"),
    # (an opening "as" may be the line's first word)
    ("As many people turned out in the rain on Saturday as had come for the final last year, officials said.",
     "As many people turned out in rain as came for final"),
    # (the second reader's) no "after" clause or comparison that leaves the line dangling
    # a go-word before the line's last word is no "go after" (it raised IndexError)
    ("Police are urging people to come forward with information about the man who went missing.",
     "Police urge people to come forward with information about man who went missing"),
    ("Fans of the club, which has been in financial trouble for years, were told where they could go after.",
     "Fans of club told where they could go"),
    # an "after" clause does not end at an aside's comma, nor at a verb of saying's
    ("The minister was forced to resign from the cabinet late on Tuesday after he said, in a radio "
     "interview, that women should stay at home.", "Minister forced to resign from cabinet"),
    ("The chief executive of the bank stepped down with immediate effect on Monday after it emerged, "
     "according to reports, that he had lied.", "Chief executive of bank steps down with immediate effect"),
    # (a pluperfect's participle that is a simple past too stays: "had lied" -> "lied", not "lay")
    ("The minister resigned from the government late on Tuesday night after it emerged he had lied, in a "
     "blow to the prime minister.", "Minister resigned from government after it emerged he lied"),
    # a role's "as" ("described as critical") opens no comparison with a clause's "as" after it
    ("A 23-year-old man from Bradford was described as critical in hospital last night as police hunted the "
     "driver of the stolen car that hit him.",
     "23-year-old man from Bradford described as critical in hospital last night as police hunted driver of "
     "stolen car"),
])
def test_a_comparisons_two_as_and_an_after_clause_the_line_holds_whole(sentence, expected):
    assert compress(sentence, 14, "english", sentence, 2) == expected


_BLAIR = ("Prime Minister Tony Blair said it was time to draw a line under the controversy surrounding David "
          "Blunkett.")
_HANKS = "The Da Vinci Code is to be made into a film starring Tom Hanks."


@pytest.mark.parametrize("sentence, context, expected", [
    # an "after" clause the aim holds whole ends where the next clause opens
    ("A non-league football match had to be postponed after a groundsman demolished the goalposts while "
     "mowing and rolling the pitch.", "",
     "Non-league football match had to be postponed after groundsman demolished goalposts"),
    # (and a clause that ends at a clause's opener has no aside's comma to wait for; a dashed aside's
    # apposition to the clause opens after a comma)
    ("Williams' withdrawal comes 14 years after her sister Venus pulled out minutes before the semifinal in "
     "2001 -- also with a knee injury -- a move which led to a tournament boycott, amid claims of racism, "
     "that only ended this year.", "",
     "Williams' withdrawal comes 14 years after her sister Venus pulled out minutes before semifinal"),
    # a trailing clause to the sentence's end that names whom the article says again stays, where the aim
    # holds it
    (_BLAIR, _BLAIR + " Mr Blair said Mr Blunkett had been a fine minister.",
     "Blair says it is time to draw line under controversy surrounding Blunkett"),
    (_HANKS, _HANKS + " Hanks will play the lead.", "Da Vinci Code to be made into film starring Tom Hanks"),
    # (not a name the article says once, nor another's deed beside the news)
    (_HANKS, "", "Da Vinci Code to be made into film"),
    ("Shares in Highland Gold rose 5% on Monday while BP declined to comment.",
     "Shares in Highland Gold rose 5% on Monday while BP declined to comment. BP owns a stake.",
     "Shares in Highland Gold rise 5%"),
    # a judgement "it was" reports after "said" holds now
    ("Police said it was not clear whether anyone was hurt.", "",
     "Police say it is not clear whether anyone was hurt"),
    # "May" inside a sentence is the month, which a line may end on
    ("Suharto ruled Indonesia with an iron fist from 1966 to last May.", "",
     "Suharto ruled Indonesia with iron fist from 1966 to last May"),
    # a year goes with its "back"
    ("The Formula One team was set up by the carmaker Jaguar back in 1999.", "",
     "Formula One team set up by carmaker Jaguar"),
    # (the second reader's) not the subject's next deed, though the article says its name again
    ("The Queen opened the new bridge on Tuesday before meeting Prince Charles at Windsor.",
     "Charles spent the day at Windsor. Prince Charles had opened the first bridge.",
     "Queen opens new bridge"),
    # a deed's judgement before "to" is of the deed done: its past stays
    ("Blair said it was right to invade Iraq in 2003.", "", "Blair says it was right to invade Iraq"),
    ("The pilot said it was impossible to land in the fog.", "",
     "Pilot says it was impossible to land in fog"),
    # a verb's own "back" stays where the year goes
    ("The death penalty was brought back in 1976.", "", "Death penalty brought back"),
    ("The loan was paid back in 2010.", "", "Loan paid back"),
    # the noun after a dashed aside that follows a verb is its object, no apposition
    ("The prime minister delivered -- somewhat reluctantly -- a speech that angered his backbenchers.", "",
     "Prime minister delivers speech that angered backbenchers"),
    ("The club sacked its manager -- the fourth this season -- a decision which fans welcomed.", "",
     "Club sacks manager, decision which fans welcomed"),
])
def test_a_trailing_clause_that_holds_the_news_stays(sentence, context, expected):
    assert compress(sentence, 14, "english", context or sentence, 2) == expected


@pytest.mark.parametrize("sentence, expected", [
    # a cut does not fall inside an institution's name: not before its "and" after one word ...
    ("Manolo Aquino, PAL's executive vice president, said the airline has prepared a rehabilitation plan it "
     "will submit next Monday to Manila's Securities and Exchange Commission.",
     "Manolo Aquino says airline prepares rehabilitation plan it will submit to Manila's Securities and "
     "Exchange Commission"),
    ("The remaining members of rock band Queen are to go on tour next year with former Free and Bad Company "
     "singer Paul Rodgers taking Freddie Mercury's place.",
     "Remaining members of rock band Queen to go on tour"),
    # ... nor before an "of" between capitalised words
    ("Reuniting Lawes with Dave Attwood in the second row means George Kruis of Saracens is out of the "
     "match-day 23, for the time being.",
     "Reuniting Lawes with Dave Attwood in second row means George Kruis of Saracens is out of match-day 23"),
    # (two names joined by "and" may be cut between)
    ("He will miss Monday's FA Cup clash against Manchester United, the league game against West Ham and "
     "Champions League tie versus Monaco.",
     "He will miss Monday's FA Cup clash against Manchester United, league game against West Ham"),
    # (a cut before the "and" goes on to the name's end where the line holds it, not back before them both)
    ("The prime minister met a team of senior officials in central London on Monday from Hammersmith and "
     "Fulham Council to discuss the fire.",
     "Prime minister meets team of senior officials in central London from Hammersmith and Fulham Council"),
    ("The minister said the new scheme would be run jointly by the Department of Health and the Department "
     "for Education from next April.",
     "Minister says new scheme would be run jointly by Department of Health and Department for Education"),
    ("The prime minister met a team of senior officials in central London on Monday from Ryanair and British "
     "Airways to discuss the strike.",
     "Prime minister meets team of senior officials in central London from Ryanair and British Airways"),
    # (a place's "for" is no name's: "Wembley Stadium | for Sunday's final")
    ("Thousands of fans from the north of England will gather on Saturday at Wembley Stadium for Sunday's "
     "final against Watford.", "Thousands of fans from north of England will gather at Wembley Stadium"),
    ("Under the deal the firm will build and operate a new terminal at Heathrow Airport for British Airways, "
     "which will move all of its flights there.",
     "Under deal firm will build and operate new terminal at Heathrow Airport"),
])
def test_a_cut_keeps_an_institutions_name_whole(sentence, expected):
    assert compress(sentence, 14, "english", sentence, 2) == expected


def test_a_line_backs_off_to_a_participle_and_its_agent_not_into_a_compound():
    text = ("DVDs will be harder to copy thanks to new anti-piracy measures devised by copy protection firm "
            "Macrovision")
    # (the agent, "by copy protection firm Macrovision", runs past the overrun: the line ends on the noun
    # the participle tells of, not inside the agent's compound, "devised by copy")
    assert fit(text, 14, "english", 2) == "DVDs will be harder to copy thanks to new anti-piracy measures"
    # Where the agent fits, it stays.
    assert fit("New measures devised by copy protection firm Macrovision", 14, "english", 2) == (
        "New measures devised by copy protection firm Macrovision")


def test_a_rates_number_runs_on_to_its_unit():
    stop = dangling("english")
    tokens = "St Helens need second half show to maintain 100 per cent record".split()
    assert runs_on(tokens, tokens.index("per"), stop)  # not "to maintain 100 | per cent record"
    tokens = "Prices rose by 10 per cent".split()
    assert runs_on(tokens, tokens.index("per"), stop)
