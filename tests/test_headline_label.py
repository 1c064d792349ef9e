"""The topic label before a headline (``headline_label``, :mod:`summarizer.headlines.label`)."""

from __future__ import annotations

import json

import pytest

import summarizer
from evaluation.systems import builtin_system, default_systems
from summarizer import OptionError, headline, summarize, summarize_many
from summarizer.cli import main
from summarizer.headlines.label import SEPARATOR, with_label
from summarizer.language import stems

# The lead names the event past the line's cut; the article says "Australian Open" twice.
OPEN = (
    "Thousands of fans queued all night in the cold and the rain outside the gates of the stadium for "
    "tickets to the final of the Australian Open in Melbourne on Saturday.\n\n"
    "The Australian Open has sold out for the first time. Organisers said demand was the highest they had "
    "seen. Melbourne Park will host the final."
)
# The same event, named only after the lead: a name said later is a side's as often as the topic.
LATER = (
    "Thousands of fans queued all night in the rain outside the stadium for tickets to the final on Saturday."
    "\n\nThe Australian Open has sold out for the first time. Organisers of the Australian Open said demand "
    "was the highest they had seen."
)
# The same, about a person: a person's name before a line reads as "X says", so no label.
PERSON = (
    "Thousands of fans queued all night in the rain outside the stadium for tickets to the final of Roger "
    "Federer on Saturday.\n\n"
    "Federer has sold out the stadium for the first time. Federer said demand was the highest he had "
    "seen. Federer will play the final."
)
# A name given only in a list is one of several: "Spain and France" is no label.
LISTED = (
    "Thousands of fans queued all night in the rain outside the stadium for tickets to the final between "
    "Spain and France on Saturday.\n\nSupporters of Spain and France filled the city. The final starts at noon."
)
# Every keyphrase said once or already in the line: no label.
PLAIN = "The council approved the new bridge on Monday after a long debate about its cost and its design."
FRENCH = (
    "Des milliers de supporters ont attendu toute la nuit pour acheter des billets pour la finale.\n\n"
    "L'Open d'Australie affiche complet pour la première fois. Les organisateurs de l'Open d'Australie "
    "disent que la demande est la plus forte jamais vue."
)


def label_of(line: str) -> str | None:
    return line.split(SEPARATOR, 1)[0] if SEPARATOR in line else None


def test_off_by_default_and_validated():
    assert summarizer.DEFAULTS.headline_label is False
    assert headline(OPEN) == headline(OPEN, headline_label=False)
    for value in ("yes", 1, 0.5):
        with pytest.raises(OptionError) as raised:
            headline(OPEN, headline_label=value)
        assert raised.value.field == "headline_label"


def test_a_label_names_the_topic_the_line_does_not():
    line = headline(OPEN)
    labelled = headline(OPEN, headline_label=True)
    assert labelled == with_label("Australian Open", line) == f"Australian Open: {line}"
    # No word of the label (by stem) is a word of the line.
    assert not set(stems("Australian Open")) & set(stems(line))


@pytest.mark.parametrize(
    "text", [PERSON, PLAIN, FRENCH, LATER, LISTED],
    ids=["a person", "nothing said twice", "french", "said after the lead", "listed"],
)
def test_no_label_when_none_is_good(text):
    assert headline(text, headline_label=True) == headline(text)


QUEUE = ("Thousands of fans queued all night in the cold and the rain outside the gates of the stadium for "
         "tickets to see ")


@pytest.mark.parametrize(
    "text, wrong",
    [
        # A person, by a title or by the surname said alone: "Mr Bates: ..." reads as his claim.
        (QUEUE + "the last match of Mr Bates.\n\nMr Bates said the tournament was a success. Mr Bates will retire.",
         "Mr Bates"),
        (QUEUE + "the last match of John Bates.\n\nJohn Bates said the tournament was a success. Bates will "
         "retire next year. John Bates won it twice.", "John Bates"),
        # One lowercase word is too often generic ("version", "top"): no label.
        (QUEUE + "the new version of the show.\n\nThe version shown was longer. A second version is planned.",
         "Version"),
    ],
)
def test_what_makes_no_label(text, wrong):
    assert wrong.lower() in [k.lower() for k in summarize(text).keyphrases]  # a keyphrase, in the lead
    assert wrong.lower() not in headline(text).lower()  # that the line does not say
    assert label_of(headline(text, headline_label=True)) != wrong


def test_a_label_is_never_a_word_of_the_line():
    # "fans", "night" and "stadium" are keyphrases, but the line says them.
    line = headline(OPEN, headline_label=True)
    label, rest = line.split(SEPARATOR, 1)
    assert not set(stems(label)) & set(stems(rest))


@pytest.mark.parametrize("words", [3, 6, 8, 12])
def test_the_label_counts_toward_the_words(words):
    line = headline(OPEN, headline_label=True, headline_words=words)
    assert len(line.split()) <= words
    plain = headline(OPEN, headline_words=words)
    assert line in (plain, with_label("Australian Open", plain))  # the line is never shortened for it


@pytest.mark.parametrize("characters", [20, 40, 60, 80, 120])
def test_the_label_counts_toward_the_characters(characters):
    line = headline(OPEN, headline_label=True, headline_characters=characters)
    plain = headline(OPEN, headline_characters=characters)
    assert len(line) <= characters and line in (plain, with_label("Australian Open", plain))
    if len(with_label("Australian Open", plain)) <= characters and "Australian" not in plain:
        assert line != plain


def test_a_merged_set_is_labelled_by_what_half_its_reports_say():
    other = ("Ticket touts were selling seats in the street outside the gates of the ground at ten times "
             "their usual price on the eve of the final of the Australian Open.\n\nPolice said they had "
             "arrested two touts. The final is expected to draw a record crowd.")
    unrelated = ("Rain is expected across the south of the country on Saturday as storms move in from the sea.\n\n"
                 "Forecasters said the storms would clear by Sunday. The storms may bring floods.")
    labelled = headline([OPEN, other], headline_label=True)
    assert label_of(labelled) == "Australian Open"
    # One report of three says it: it is not what the set shares.
    assert label_of(headline([OPEN, unrelated, unrelated.replace("south", "north")], headline_label=True)) != (
        "Australian Open")


def test_summarize_and_the_batch_give_the_same_labelled_line():
    brief = summarize(OPEN, headline_label=True)
    assert brief.headline == headline(OPEN, headline_label=True)
    many = list(summarize_many([OPEN, PERSON, PLAIN], headline_label=True))
    assert [b.headline for b in many] == [summarize(t, headline_label=True).headline for t in (OPEN, PERSON, PLAIN)]


def test_the_cli_flag(tmp_path, capsys):
    path = tmp_path / "open.txt"
    path.write_text(OPEN, encoding="utf-8")
    assert main([str(path), "-f", "jsonl", "--headline-label", "--no-progress"]) == 0
    record = json.loads(capsys.readouterr().out.splitlines()[0])
    assert record["headline"] == headline(OPEN, headline_label=True)
    assert main([str(path), "-f", "jsonl", "--no-progress"]) == 0
    assert json.loads(capsys.readouterr().out.splitlines()[0])["headline"] == headline(OPEN)


def test_the_api_field():
    from service import create_app

    client = create_app({"TESTING": True}).test_client()
    answer = client.post("/v1/headline", json={"text": OPEN, "headline_label": True}).get_json()
    assert answer["headline"] == headline(OPEN, headline_label=True)
    brief = client.post("/v1/summarize", json={"text": OPEN, "headline_label": True}).get_json()
    assert brief["headline"] == headline(OPEN, headline_label=True)
    query = client.post("/v1/headline?headline_label=true", data=OPEN, content_type="text/plain").get_json()
    assert query["headline"] == headline(OPEN, headline_label=True)
    wrong = client.post("/v1/headline", json={"text": OPEN, "headline_label": "maybe"})
    assert wrong.status_code in (400, 422)


def test_the_evaluation_shows_default_label_beside_default():
    assert "default-label" in default_systems(headline=True) and "default-label" not in default_systems(headline=False)
    budget = {"headline_words": None, "headline_characters": None}
    assert builtin_system("default-label")(OPEN, budget) == headline(OPEN, headline_label=True)
    assert builtin_system("default")(OPEN, budget) == headline(OPEN)


def test_a_short_name_that_ends_a_sentence_is_no_abbreviation():
    from summarizer.headlines.label import _abbreviated
    assert _abbreviated("Nov", "It opens on Nov. 3 in the city.")  # a full stop inside a sentence
    assert _abbreviated("St", "He was born in St. Lucia. St. Lucia is small.")  # never written without it
    assert not _abbreviated("Iraq", "Troops left Iraq. Iraq held a vote. The move was planned.")


def test_a_word_of_the_line_is_the_labels_only_when_it_is_the_same_word():
    from summarizer.headlines.label import _one_word
    assert _one_word("DVDs", "DVD") and _one_word("Iranian", "Iran") and _one_word("Open", "open")
    assert not _one_word("Newcastle", "new") and not _one_word("Allianz", "all") and not _one_word("Formula", "for")


def test_a_set_shares_a_label_only_as_a_whole_word():
    from summarizer.headlines.label import _shared
    assert not _shared("Iran", ["Talks in Iran ended.", "Iranian officials met.", "Rain fell."])
    assert _shared("Iran", ["Talks in Iran ended.", "Iran's officials met.", "Rain fell."])
