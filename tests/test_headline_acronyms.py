"""An organisation's name cut to the acronym its article defines and uses, where the line needs room."""

from summarizer.headlines import compress
from summarizer.headlines.acronyms import shorten_acronyms

ARTICLE = ("The World Trade Organisation (WTO) will hold talks. The WTO said so on Monday. "
           "Critics of the WTO disagree.")


def test_a_defined_and_used_acronym_replaces_its_name():
    line = "World Trade Organisation to hold membership talks with Iraq"
    assert shorten_acronyms(line, ARTICLE) == "WTO to hold membership talks with Iraq"
    # inside the line too, and only the whole name
    line = "Russia's bid to join World Trade Organisation"
    assert shorten_acronyms(line, ARTICLE) == "Russia's bid to join WTO"
    assert shorten_acronyms("World Trade Organisations meet", ARTICLE) == "World Trade Organisations meet"


def test_an_acronym_the_article_does_not_use_or_that_spells_other_initials_is_not_taken():
    once = "The Muslim Association of Britain (MAB) held the event. It was busy."
    assert shorten_acronyms("Event held by Muslim Association of Britain", once) == (
        "Event held by Muslim Association of Britain")
    wrong = "The Financial Services Authority (FT) spoke. FT said. FT again. FT once more."
    line = "Financial Services Authority warns"
    assert shorten_acronyms(line, wrong) == line
    assert shorten_acronyms("Financial Services Authority warns", "No brackets here.") == (
        "Financial Services Authority warns")


def test_the_acronym_is_taken_only_where_the_line_needs_room():
    text = f"The World Trade Organisation (WTO) will hold talks with Iraq. {ARTICLE}"
    assert compress("The World Trade Organisation will hold talks with Iraq.", 12, "english", text) == (
        "World Trade Organisation to hold talks with Iraq")
    long = ("The World Trade Organisation will hold membership talks with both Iraq and Afghanistan "
            "in Geneva next spring, officials said.")
    assert compress(long, 12, "english", text).startswith("WTO to hold membership talks with both Iraq")


def test_a_name_before_its_possessive_stays():
    # "WTO's" is no word of the article: every word of a headline is one
    line = "World Trade Organisation's report"
    assert shorten_acronyms(line, ARTICLE) == line


def test_a_name_inside_a_longer_name_stays_and_an_ampersand_is_part_of_one():
    text = "The National Trust (NT) said. NT did. NT again. Marks & Spencer (M&S) rose. M&S fell. M&S again."
    assert shorten_acronyms("National Trust for Scotland to sell castle", text) == (
        "National Trust for Scotland to sell castle")
    assert shorten_acronyms("National Trust to sell castle", text) == "NT to sell castle"
    assert shorten_acronyms("Marks & Spencer profits rise", text) == "M&S profits rise"


def test_an_article_of_many_definitions_is_read_in_one_pass():
    # each acronym once, its uses counted together (a 100 KB text of the same definition)
    from summarizer.headlines.acronyms import _definitions

    assert _definitions("Alpha Beta (AB) " * 6250) == (("Alpha Beta", "AB"),)


def test_a_name_the_article_never_defines_takes_the_acronym_it_uses_often():
    text = ("The African National Congress shares blame. The ANC said so. The ANC denied it. Critics of the "
            "ANC disagree.")
    line = "Panel accuses African National Congress of abuses"
    assert shorten_acronyms(line, text) == "Panel accuses ANC of abuses"
    shop = "Marks & Spencer cut prices. M&S said so. M&S shares rose. Analysts like M&S."
    assert shorten_acronyms("Marks & Spencer cuts prices", shop) == "M&S cuts prices"
    # Used twice only, or only inside another word ("CD:UK"), it is not taught; nor is a run of acronyms
    # or a name's end.
    twice = "The African National Congress shares blame. The ANC said so. The ANC denied it."
    assert shorten_acronyms("African National Congress wins", twice) == "African National Congress wins"
    show = "Cat Deeley hosts CD:UK. CD:UK is a show. She left CD:UK. CD:UK goes on."
    assert shorten_acronyms("Cat Deeley resigns as host", show) == "Cat Deeley resigns as host"
    runs = "The EU and US agree. The EU said. The EU met. The EU left. Veterans Affairs said. VA. VA. VA."
    assert shorten_acronyms("EU and US agree", runs) == "EU and US agree"
    assert shorten_acronyms("failures at Department of Veterans Affairs", runs) == (
        "failures at Department of Veterans Affairs")
