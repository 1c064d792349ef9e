from summarizer.parse import parse_article


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
