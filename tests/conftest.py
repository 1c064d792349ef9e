"""Shared fixtures: the seed articles shipped in seeds/ (tests never need ../shared)."""

from pathlib import Path

import pytest

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
