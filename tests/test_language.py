"""Language detection (py3langid, offline) and what a brief says about the language it used."""

from __future__ import annotations

import pytest

import summarizer
from summarizer import UnsupportedLanguageError
from summarizer.language import _classify, _identifier, detect_language

TEXTS = {
    "english": "The council voted on Monday to build a new bridge across the river. Work will start in the "
    "spring and last two years, the city said. People who live nearby fear traffic jams.",
    "french": "Le conseil municipal a voté lundi la construction d'un nouveau pont sur la rivière. Les travaux "
    "commenceront au printemps et dureront deux ans selon la mairie.",
    "german": "Der Stadtrat hat am Montag den Bau einer neuen Brücke über den Fluss beschlossen. Die Arbeiten "
    "beginnen im Frühjahr und dauern nach Angaben der Stadt zwei Jahre.",
    "spanish": "El ayuntamiento aprobó el lunes la construcción de un nuevo puente sobre el río. Las obras "
    "comenzarán en primavera y durarán dos años, según la alcaldía.",
    "portuguese": "A câmara municipal aprovou na segunda-feira a construção de uma nova ponte sobre o rio. "
    "As obras começam na primavera e vão durar dois anos, segundo a autarquia.",
}


@pytest.mark.parametrize("language", list(TEXTS))
def test_the_language_of_a_news_text_is_detected(language):
    assert detect_language(TEXTS[language]) == language
    assert summarizer.summarize(TEXTS[language]).language == language


@pytest.mark.parametrize(
    "text", ["Short.", "", "市议会今天投票决定在河上建造一座新桥。工程将于春季开始，持续两年。市政府表示居民担心交通拥堵。" * 2]
)
def test_what_cannot_be_placed_in_a_supported_language_is_read_as_english(text):
    assert detect_language(text) == "english"


def test_a_merged_set_is_detected_from_its_articles():
    assert detect_language([TEXTS["french"], TEXTS["french"]]) == "french"


def test_the_scoring_is_py3langids_own():
    for text in TEXTS.values():
        code, confidence = _identifier().classify(text.encode())
        ours = _classify(text.encode())
        assert ours[0] == code and ours[1] == pytest.approx(float(confidence), abs=1e-5)


def test_a_given_language_is_used_as_given_and_an_unsupported_one_names_the_supported():
    assert summarizer.summarize(TEXTS["french"], language="english").language == "english"
    with pytest.raises(UnsupportedLanguageError, match="klingon.*english.*french") as caught:
        summarizer.summarize(TEXTS["english"], language="klingon")
    assert caught.value.field == "language"


def test_french_keyphrases_leave_french_stop_words_out():
    phrases = summarizer.summarize(TEXTS["french"]).keyphrases
    assert phrases and not {"Le", "Les", "La"} & set(phrases)
