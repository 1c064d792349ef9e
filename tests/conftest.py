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
