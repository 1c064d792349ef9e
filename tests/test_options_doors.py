"""One set of options on every door: PUBLIC_OPTIONS builds the CLI's flags, the API's request fields
and a JSONL item's accepted options, and a new field of Options joins them with one line."""

from __future__ import annotations

import dataclasses
import pytest

from service.models import BatchItem, HeadlineRequest, SummarizeRequest
from summarizer import OptionError
from summarizer.cli.args import build_parser, config_from_args
from summarizer.options import LIMITS, PUBLIC_OPTIONS, Options, check_public

NAMES = [name for name, _ in PUBLIC_OPTIONS]


def test_public_options_are_fields_of_options_with_a_line_of_help():
    fields = {f.name for f in dataclasses.fields(Options)}
    assert set(NAMES) <= fields - LIMITS and len(set(NAMES)) == len(NAMES)
    assert all(help_text and "\n" not in help_text for _, help_text in PUBLIC_OPTIONS)


def test_the_cli_has_a_flag_for_each_and_no_other_summary_option():
    parser = build_parser()
    group = next(g for g in parser._action_groups if g.title.startswith("summary"))
    dests = {a.dest for a in group._group_actions} | {a.dest for m in parser._mutually_exclusive_groups for a in m._group_actions}
    assert dests - {"list_methods", "help"} == set(NAMES)


@pytest.mark.parametrize("model", [SummarizeRequest, HeadlineRequest, BatchItem])
def test_every_request_model_has_a_field_for_each(model):
    options = set(model.model_fields) - {"title", "text", "html", "url", "articles", "id"}
    assert options == set(NAMES)


def test_jsonl_items_accept_exactly_these():
    check_public(NAMES)
    with pytest.raises(OptionError, match="tolerance"):
        check_public(["tolerance"])


def test_a_new_option_joins_every_door_with_one_line(monkeypatch):
    """A new field of Options (a hypothetical `lines`): one line in PUBLIC_OPTIONS is enough."""

    @dataclasses.dataclass(frozen=True)
    class Wider(Options):
        lines: int | None = None

    import summarizer.cli.args as args
    import summarizer.options as options

    monkeypatch.setattr(options, "PUBLIC_OPTIONS", (*PUBLIC_OPTIONS, ("lines", "most lines in the brief")))
    monkeypatch.setattr(args, "PUBLIC_OPTIONS", options.PUBLIC_OPTIONS)
    monkeypatch.setattr(args, "Options", Wider)
    parsed = args.build_parser().parse_args(["--lines", "300", "x.txt"])
    assert parsed.lines == 300

    import service.models as models

    monkeypatch.setattr(models, "PUBLIC_OPTIONS", options.PUBLIC_OPTIONS)
    monkeypatch.setattr(models, "Options", Wider)
    request = models.create_model("Request", __base__=models._Model, **models._option_fields())
    assert request.model_validate({"lines": 300}, strict=True).lines == 300


def test_the_same_value_means_the_same_on_the_cli_and_the_api():
    args = build_parser().parse_args(["--ratio", "20%", "--avoid", "questions,quotations", "--no-headline", "x"])
    from_cli = config_from_args(args).options
    request = SummarizeRequest.model_validate(
        {"text": "x", "ratio": 0.2, "avoid": ["questions", "quotations"], "headline": False}, strict=True
    )
    from summarizer.options import make_options

    assert make_options(**request.options()) == from_cli
