from summarizer import summarize

TEXT = (
    "The European Central Bank raised interest rates on Thursday. "
    "The European Central Bank said inflation was too high. "
    "Interest rates have not been this high since 2008. "
    "Markets fell after the European Central Bank decision, and interest rates on mortgages rose."
)


def test_repeated_phrases_come_first_and_names_keep_their_capitals():
    phrases = summarize(TEXT, keyphrases=3).keyphrases
    assert phrases[:2] == ("European Central Bank", "interest rates")


def test_no_phrase_contains_another_and_the_count_holds():
    phrases = summarize(TEXT, keyphrases=5).keyphrases
    assert len(phrases) <= 5
    lowered = [p.lower() for p in phrases]
    assert not any(a != b and a in b for a in lowered for b in lowered)
    assert summarize(TEXT, keyphrases=0).keyphrases == ()


def test_reporting_verbs_and_weekdays_do_not_make_phrases():
    phrases = summarize(TEXT, keyphrases=8).keyphrases
    assert not any("thursday" in p.lower() or "said" in p.lower() for p in phrases)


def test_equal_scores_go_in_the_order_of_their_stems():
    # One sentence, two two-word runs split by a comma: each word weighs 2 (first sentence), so both
    # phrases score 1 x 2 x 1.5 = 3, and the tie goes to the smaller key, ("alpha", "bravo").
    assert summarize("Zulu Xray, Alpha Bravo.", keyphrases=2).keyphrases == ("Alpha Bravo", "Zulu Xray")
    assert summarize("Alpha Bravo, Zulu Xray.", keyphrases=2).keyphrases == ("Alpha Bravo", "Zulu Xray")
