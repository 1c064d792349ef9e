"""Shared fixtures: the seed articles shipped in seeds/ (tests never need ../shared).

The property tests (hypothesis, schemathesis) run the same examples on every run, so that a red CI is
a change's fault and can be reproduced; ``HYPOTHESIS_PROFILE=explore`` draws new examples on each run,
to look for failures nobody has seen yet.
"""

import os
from pathlib import Path

import pytest
from hypothesis import settings

settings.register_profile("repeatable", derandomize=True)
settings.register_profile("explore", derandomize=False)
settings.load_profile(os.environ.get("HYPOTHESIS_PROFILE", "repeatable"))

SEEDS = Path(__file__).resolve().parent.parent / "seeds"


@pytest.fixture(scope="session")
def seed_texts() -> list[str]:
    return [p.read_text(encoding="utf-8") for p in sorted(SEEDS.glob("*.txt"))]


@pytest.fixture(scope="session")
def layered_seed(seed_texts) -> str:
    """The seed with a teaser, a repeated title and a dek above single-newline paragraphs."""
    return seed_texts[0]


@pytest.fixture(scope="session")
def plain_seed(seed_texts) -> str:
    """The seed with paragraphs separated by blank lines and no title."""
    return seed_texts[1]


#: A small feed written for the story tests: three events (a flood, a rate rise, a chess retirement)
#: in shuffled order, each article with an id, a title and a text.
FEED = (
    {"id": "flood-1", "title": "Flood hits Riverton",
     "text": "Heavy rain flooded the town of Riverton on Monday. The Riverton mayor Jane Holt ordered an "
             "evacuation of the valley.\n\nRescue teams used boats to reach families in Riverton."},
    {"id": "rates-1", "title": "Central bank raises rates",
     "text": "The Central Bank of Norland raised its interest rate to four percent on Tuesday. Governor Piet "
             "Vos said inflation remained too high.\n\nMarkets in Norland fell after the bank's decision."},
    {"id": "flood-2", "title": "Riverton evacuated as flood waters rise",
     "text": "Flood waters kept rising in Riverton on Tuesday. Mayor Jane Holt said the evacuation of the "
             "Riverton valley would continue.\n\nBoats carried families from the flooded streets of Riverton."},
    {"id": "chess-1", "title": "Chess champion retires",
     "text": "The chess champion Lena Park announced her retirement on Sunday after twenty years at the board. "
             "Park won the world title four times."},
    {"id": "rates-2", "title": "Norland rate rise hits markets",
     "text": "Norland's central bank rate rise to four percent sent markets lower. Governor Piet Vos defended "
             "the interest rate decision as needed to fight inflation."},
    {"id": "flood-3", "title": "Riverton flood recedes",
     "text": "The flood in Riverton began to recede on Wednesday. Mayor Jane Holt thanked the rescue teams and "
             "the boats that reached families in the valley."},
)


@pytest.fixture
def feed() -> list[dict]:
    return [dict(article) for article in FEED]


@pytest.fixture(scope="session")
def site():
    """A small web site on 127.0.0.1 (tests/webpages.py), for the tests that fetch URLs."""
    from webpages import Site

    with Site() as running:
        yield running


#: Test modules that start subprocesses or real servers, or run the generated-input reliability suites:
#: marked ``slow``, so ``pytest -m "not slow"`` is a quick local run (about half the time). CI
#: runs everything.
SLOW_MODULES = {
    "test_browser",
    "test_cli_dask",
    "test_cli_signals",
    "test_packaging",
    "test_reliability_catalogue",
    "test_reliability_cli_kill",
    "test_reliability_properties",
    "test_reliability_service",
    "test_service_gunicorn",
}


def pytest_collection_modifyitems(config, items):
    for item in items:
        if item.module.__name__.rpartition(".")[2] in SLOW_MODULES:
            item.add_marker(pytest.mark.slow)
