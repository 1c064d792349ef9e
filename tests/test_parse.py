import re

from hypothesis import given
from hypothesis import strategies as st

from summarizer.parse import _CLOSING, _lines, _same_words, _words, closes, ends_closed, parse_article


def _body(parsed):
    return [parsed.text[s:e] for s, e in parsed.paragraphs]


def test_blank_lines_and_single_newlines_both_separate_paragraphs():
    parsed = parse_article("One sentence here.\nAnother line here.\n\nThird one here.")
    assert _body(parsed) == ["One sentence here.", "Another line here.", "Third one here."]


def test_layered_seed_sets_teaser_title_repeat_and_dek_apart(layered_seed):
    parsed = parse_article(layered_seed)
    lines = [line for line in layered_seed.splitlines() if line.strip()]
    assert parsed.title == lines[1] and parsed.title_detected
    skipped = [layered_seed[s:e] for s, e in parsed.skipped]
    assert skipped == lines[:4]  # teaser, title, repeated title, dek
    assert _body(parsed)[0].startswith("In a tragic escalation")


def test_plain_seed_has_no_title_and_keeps_every_paragraph(plain_seed):
    parsed = parse_article(plain_seed)
    assert parsed.title is None and not parsed.title_detected
    assert len(parsed.paragraphs) == plain_seed.count("\n\n") + 1
    assert parsed.skipped == ()


def test_title_line_followed_by_blank_line_keeps_the_lead():
    text = "Dollar gains on Greenspan speech\n\nThe dollar hit a high.\n\nMore text follows here."
    parsed = parse_article(text)
    assert parsed.title == "Dollar gains on Greenspan speech"
    assert _body(parsed) == ["The dollar hit a high.", "More text follows here."]


def test_given_title_wins_and_its_copy_in_the_text_is_skipped():
    text = "Dollar gains. On speech\nThe dollar hit a high. It rose.\nMore text follows here."
    parsed = parse_article(text, title="Dollar gains. On speech")
    assert parsed.title == "Dollar gains. On speech" and not parsed.title_detected
    assert _body(parsed) == ["The dollar hit a high. It rose.", "More text follows here."]


def test_cross_heads_are_kept_out_of_the_body():
    text = "The first paragraph is here.\nBackground\nThe second paragraph is here."
    assert _body(parse_article(text)) == ["The first paragraph is here.", "The second paragraph is here."]


def test_text_without_punctuation_is_all_body():
    parsed = parse_article("no punctuation at all\nnone here either")
    assert _body(parsed) == ["no punctuation at all", "none here either"]
    assert parsed.title is None


def test_offsets_point_into_the_original_text():
    text = "  Title line here\r\n\r\n  The body starts.  \n\tAnd goes on.\n"
    parsed = parse_article(text)
    for s, e in parsed.paragraphs + parsed.skipped:
        assert text[s:e] == text[s:e].strip() and text[s:e]


def test_every_line_break_separates_lines():
    parsed = parse_article("Rates rise again\r\rThe central bank raised rates.\u2028Markets fell.")
    assert parsed.title == "Rates rise again"
    assert _body(parsed) == ["The central bank raised rates.", "Markets fell."]


PAGE = (
    "Alexandra Carter, who is blind, says passport officials turned her down because her eyes were not "
    "focused in the picture she sent with her application\n\n"
    "A blind woman claims she was refused a passport because her eyes were out of focus.\n\n"
    "Scroll down for video\n\n"
    "Miss Carter, of Wigan, said she felt discriminated against.\n\n"
    "Miss Carter, 25, was born with nystagmus - a condition which means she cannot focus her eyes at will\n\n"
    "CLICK HERE for all the latest news from the north west.\n\n"
    "Sorry we are not currently accepting comments on this article.\n\n"
    "The Passport Office said the photograph had been rejected for her expression."
)


def test_captions_and_page_furniture_are_kept_out_of_the_body():
    parsed = parse_article(PAGE)
    assert _body(parsed) == [
        "A blind woman claims she was refused a passport because her eyes were out of focus.",
        "Miss Carter, of Wigan, said she felt discriminated against.",
        "The Passport Office said the photograph had been rejected for her expression.",
    ]
    assert parsed.title is None  # "Scroll down for video" is short and unpunctuated, but not a title


def test_a_text_with_one_punctuated_line_keeps_its_unpunctuated_lines():
    line = " ".join(["word"] * 25)  # too long for a cross-head; a caption only beside two sentences
    assert len(_body(parse_article(f"One sentence.\n\n{line}"))) == 2
    assert len(_body(parse_article(f"One sentence.\n\n{line}\n\nTwo sentences."))) == 2


def test_a_wire_dateline_and_source_tag_are_not_part_of_the_first_sentence():
    assert _body(parse_article("(CNN)Share, and your gift will be multiplied. It did."))[0].startswith("Share,")
    text = "Sanaa, Yemen (CNN) -- Rebels seized the port. It fell.\n\nLondon (CNN) -- A later paragraph."
    body = _body(parse_article(text))
    assert body[0] == "Rebels seized the port. It fell." and body[1] == "London (CNN) -- A later paragraph."


def test_lines_are_stripped_and_split_at_every_line_break_by_hand():
    text = " a b \u2028\x1c c\r\n\r\n d\u3000\n"
    assert _lines(text) == ([(1, 4), (8, 9), (14, 15)], ["a b", "c", "d"])
    assert _lines("") == ([], []) and _lines(" \n\t") == ([], [])


def test_a_line_is_the_title_when_its_case_folded_words_are_by_hand():
    title = _words("The  Big News")
    assert title == ["the", "big", "news"]
    assert _same_words("  the big\tNEWS ", title)
    assert not _same_words("The big news today, and more words after them", title)
    assert not _same_words("The big", title)
    assert _same_words("STRASSE", _words("Straße"))  # case folding, not lower case


def test_a_line_closes_at_a_terminal_then_closers_or_at_a_closing_quote_by_hand():
    assert closes("He left.") and closes('He said "no."') and closes("Why?)") and closes("Note:")
    assert closes("He said “no”") and not closes("A headline") and not closes("Ends with a dash -")
    assert not closes("") and not closes(".x") and closes("x.\n")
    assert not ends_closed("Note:", ".!?…", re.compile(r"[.!?…][\"'”’)\]»]*$|[\"”’»]$"))


@given(st.text(alphabet=list("ab .!?:;…\"'”’)]»“‘\n"), max_size=16))
def test_a_lines_end_is_read_as_the_pattern_reads_it(line):
    assert closes(line) == (_CLOSING.search(line, max(0, len(line) - 12)) is not None)


def test_a_line_is_furniture_only_if_it_opens_with_one_of_the_patterns_letters():
    # Lines that cannot open a match skip the pattern: the openers must be every character that
    # matches (ignoring case) the first letter of one of its alternatives.
    import re

    from summarizer.parse import _FURNITURE, _FURNITURE_OPENERS, _is_furniture

    lines = ["Scroll down for video", "VIDEO Scroll down", "CLICK HERE to read", "Click here to see", "Follow @bbc",
             "Follow us on Twitter", "Like us on Facebook", "Share this article",
             "Sorry we are not currently accepting comments", "PUBLISHED: 12:01", "UPDATED: 13:00",
             "Last updated at 9", "By . Jane Doe", "READ MORE: the story", "Read more: the story",
             "Join the conversation", "ſcroll down for video"]  # fmt: skip
    letters = {line[0].upper() for line in lines if line[0] != "ſ"}
    assert all(_FURNITURE.match(line) and _is_furniture(line) for line in lines)
    either_case = re.compile("[" + "".join(sorted(letters)) + "]", re.IGNORECASE)
    assert _FURNITURE_OPENERS == {chr(c) for c in range(0x110000) if either_case.match(chr(c))}
    for line in ["The dollar rose.", "", "Scrolling news", "By the river"]:
        assert _is_furniture(line) == bool(_FURNITURE.match(line))


def test_same_words_folds_only_the_words_it_compares_and_answers_as_before():
    from summarizer.parse import _same_words, _words

    # casefold keeps whitespace and makes none, character by character: the split is the line's.
    for c in map(chr, range(0x110000)):
        folded = c.casefold()
        assert folded == c if c.isspace() else not any(x.isspace() for x in folded)
    lines = ["Straße  Gesperrt", "STRASSE gesperrt", "ΣΊΣΥΦΟΣ ran", "σίσυφος ran", "İstanbul  votes\t today",
             "istanbul votes today", "", "One", "one two three four", "  one  two  "]  # fmt: skip
    for line in lines:
        for title in lines:
            words = _words(title)
            assert _same_words(line, words) == (line.casefold().split(None, len(words)) == words)
