from evaluation.headline_faults import faults

ARTICLE = ("Japan's Sumitomo Mitsui Financial has withdrawn its takeover offer for UFJ. Shares have risen. "
           "It plans to try again. A man was taken to hospital.")


def test_each_fault_is_found():
    assert faults("Sumitomo withdrawn takeover offer", ARTICLE) == ("participle",)
    assert faults("Shares risen", ARTICLE) == ("participle",)
    assert faults("It plans to try again", ARTICLE) == ("pronoun",)
    assert faults("Sumitomo buys UFJ bank", ARTICLE) == ("foreign",)  # "buys", "bank" are not in it


def test_headlinese_that_keeps_its_grammar_is_no_fault():
    assert faults("Sumitomo withdraws takeover offer for UFJ", ARTICLE) == ()  # a verb of the article
    assert faults("Shares have risen", ARTICLE) == ()
    assert faults("Man taken to hospital", ARTICLE) == ()  # a passive without its object
    assert faults("US shares rise", ARTICLE + " US") == ()  # "US" is no "us"
    named = "Us Weekly retracts story. Them Crooked Vultures tour. Us and them split."
    assert faults("Us Weekly retracts story", named) == ()  # a name's word, before a capital
    assert faults("Them Crooked Vultures tour", named) == ()
    assert faults("Us and them split", named) == ("pronoun",)  # (a line that opens on a pronoun still is)
