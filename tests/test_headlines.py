import pytest

from summarizer.headlines import compress
from summarizer.language import stop_words

STOP = stop_words("english")


@pytest.mark.parametrize(
    "sentence, expected",
    [
        ("LONDON (AP) _ Lawmakers backed the plan.", "Lawmakers backed plan"),
        ("WASHINGTON (Reuters) - The Senate passed the bill.", "Senate passed bill"),
        ("The mayor (a former boxer) opened the bridge.", "Mayor opened bridge"),
        ("The mayor, who took office in May, opened the bridge.", "Mayor opened bridge"),
        ("Six missiles were shot down, officials said.", "Six missiles were shot down"),
        ("Prices rose sharply, according to the statistics office.", "Prices rose sharply"),
        ("After two days of talks, the unions agreed to a deal.", "Unions agreed to deal"),
        ("The dollar has hit its highest level against the euro.", "Dollar hit highest level against euro"),
        ("Police said that the suspect had fled the city.", "Suspect fled city"),
    ],
)
def test_compression_rules(sentence, expected):
    assert compress(sentence) == expected


def test_cut_at_a_phrase_boundary_never_inside_a_word_or_on_a_function_word():
    sentence = ("Russia launched a large-scale missile and drone attack on Kyiv early Wednesday, killing at "
                "least one person and wounding several others in the capital.")
    line = compress(sentence, max_words=12)
    assert line == "Russia launched large-scale missile and drone attack on Kyiv early Wednesday"
    for cap in range(3, 15):
        tokens = compress(sentence, max_words=cap).split()
        assert 1 <= len(tokens) <= cap
        assert tokens[-1].lower() not in STOP
        assert all(t.strip(",;:") in sentence for t in tokens)


def test_never_empty_for_a_sentence_with_a_word():
    assert compress("The.") == "The"
    assert compress("of and the to in") == "of and the to in"  # only function words: keep them all
