"""A line over ``tighten.LONG`` words gives up its trailing adjunct, or its subject's descriptor and then its
trailing adjunct, and only those (headlines/tighten.py)."""

import pytest

from summarizer.headlines import compress
from summarizer.headlines.tighten import LONG, tighten


@pytest.mark.parametrize("line, expected", [
    # the adjunct after the whole main clause goes ("| with launch of ...", "| at Russia's invitation")
    ("Government of Peru hopes to double coffee exports over next five years with launch of ambitious new "
     "farming programme", "Government of Peru hopes to double coffee exports over next five years"),
    ("Tennis star Jones reaches final of Australian hardcourt event in Perth with straight-sets win over "
     "Argentine Luis Perez", "Tennis star Jones reaches final of Australian hardcourt event in Perth"),
    ("Kim Jong Un expected to attend anniversary celebrations of end of war in Moscow at Russia's invitation "
     "next month", "Kim Jong Un expected to attend anniversary celebrations of end of war in Moscow"),
    ("Rescue teams recover bodies of four missing climbers from remote mountain area in heavy snow and thick "
     "fog", "Rescue teams recover bodies of four missing climbers from remote mountain area"),
    ("Rescue teams recover bodies of missing climbers from remote mountain area in snow and fog",
     "Rescue teams recover bodies of missing climbers from remote mountain area"),  # (15 words)
    # a second place after one the line names after its verb goes ("| in Adelaide")
    ("Tennis star Smith suffers shock defeat to Jones in quarter-finals of Australian Hardcourt Championships "
     "in Adelaide",
     "Tennis star Smith suffers shock defeat to Jones in quarter-finals of Australian Hardcourt Championships"),
    # the subject's descriptor goes where that brings the line within ``LONG`` words ...
    ("UK toy maker Hornby Models refuses to comment on reports it may be subject to takeover bid",
     "Hornby Models refuses to comment on reports it may be subject to takeover bid"),
    # ... and not where the line stays over them
    ("Hollywood star Smith holds dinner party in New York to promote Belfast's Lyric Theatre and its school",
     None),
    ("Japanese carmaker agrees long-term deal with Renault to build its new small car at its plant in "
     "Sunderland", None),  # (a partner after "with" is no first place: a second reader's)
    # not its subject's post-modifier, nor a cause's clause: the news as often as not (a second reader's)
    ("People living in Stockport are more likely to recycle rubbish than anyone else in England and Wales",
     None),
    ("Workers in Northern Ireland to receive pay rise of 3% under deal announced by Stormont executive", None),
    ("Edinburgh council abandons plans for congestion charge after voters rejected scheme in referendum held "
     "across city", None),
    # a line of ``LONG`` words or fewer stays as it is
    ("Government of Peru hopes to double coffee exports with launch of farming programme",
     "Government of Peru hopes to double coffee exports with launch of farming programme"),
    # no line ends on a verb's particle or object, or on a verb cut from its complement
    ("Security minister says suspect in killing of two guards at busy railway station turned himself in at "
     "police station", None),
    ("Regional airline confirms it will look at ways of cutting costs after its profits fell in last quarter",
     None),
    ("Star athlete Green has surgery to repair knee ligaments and will be out for at least six weeks this "
     "season", None),
    # what tells why stays ("after | collapsing", "for | insulting")
    ("Veteran winger Smith returns to Spain for some rest after collapsing on pitch during cup match against "
     "Leeds", None),
    ("Court in Egypt sentences three journalists to two years and six months in prison for insulting "
     "president", None),
    # a name's phrase, a count of times, a superlative's span, what a "no" wants, what a fine was for
    ("Germany coach Weber furious after being fined by national football association for his comments about "
     "referees", None),
    ("Sprinter Baker lodges appeal against her four-year doping ban with Swiss Court of Arbitration for "
     "Sport in Lausanne", None),
    # where it happens: a place or an event after "in" or "at", anywhere in what would go
    ("World indoor 60m champion Ann Collins to compete in 60m at Norwich Union Grand Prix in Birmingham",
     None),
    ("Kenya's parliament sets up special committee to raise funds and other materials for flood victims in "
     "Mozambique", None),
    ("Historic golf club Royal Links votes to allow women members to join club for first time in its history",
     None),
    # (the only place, after no name the line gives after its verb; a title's words after a colon)
    ("Belgian branch of aid group Doctors Without Borders announces it is ceasing all its operations in Kosovo",
     None),
    ("Sunday's headline in local daily paper Noticias hits nerve: West Closes Eyes to Tragedy in Mozambique",
     None),
    ("Skywatchers in Europe seek high ground and clear skies to watch most spectacular meteor shower in 40 "
     "years", None),
    ("Minister tells Sunday programme there was no place for such personal attacks in modern politics and "
     "public life", None),
    # what the last words want (an agreement's partner, a way's what for), an idiom's end, an "is"
    ("Museum owners can now show rare paintings from private collection after heirs reached agreement with "
     "city council", None),
    ("Some one million people must be moved out of valley area to make way for new dam on river", None),
    ("Club would allow bidder limited access to its accounts to give him opportunity to take proposal on to "
     "formal bid", None),
    ("Former City player and his team-mates are currently in Switzerland for training camp ahead of new "
     "season", None),
    # a cause, what an earlier word wants, a role's "for", a span that turns the meaning (a second reader's)
    ("Two high street banks freeze thousands of customer accounts for several days after major software "
     "error", None),
    ("City council plans to spend more than three million pounds over next two years on new cycle lanes",
     None),
    ("Foreign ministers of seven nations meet in secret to discuss appointment of new special envoy for "
     "Syria", None),
    ("Regional health authority tells its nurses and doctors it will freeze their salaries for two years",
     None),
    # the line's verb after the adjunct (the main-verb test read a participle), a speaker after a comma
    ("One of men accused of plotting to bomb embassies in Kenya and Tanzania was arrested in London "
     "yesterday", None),
    ("Cheap flights to sunny Spain, Italy and Greece are booming, as families look for bargains, survey says",
     None),
])
def test_a_long_line_gives_up_only_its_trailing_adjunct(line, expected):
    tightened = tighten(line)
    assert tightened == (line if expected is None else expected)
    assert len(tightened.split()) <= LONG or tightened == line


def test_a_default_length_headline_is_tightened():
    sentence = ("The government of Peru is hoping to double coffee exports over the next five years with the "
                "launch of an ambitious new farming programme.")
    assert compress(sentence, 14, "english", sentence, 2) == (
        "Government of Peru hopes to double coffee exports over next five years")
