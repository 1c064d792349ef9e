"""``--cluster``: the items of a feed grouped into stories, one record per story with its merged brief.

The clustering needs every article at once, so it runs in this process: the items are read and
decoded here (cheap next to summarizing), :func:`summarizer.cluster` groups them, and each story then
goes to the workers as one merged item, through the same per-item function and engines as any run
(the local pool with ``--jobs``, or dask with ``--engine dask``). A story of one article is briefed as
that article alone would be.

A record is ``{"id", "members", "size", "cohesion", **Brief.to_dict()}``: ``id`` is the story's
stable id (:func:`summarizer.stories.story_id`), ``members`` the ids of its items in input order.
Records come in the order of each story's first item; an item that cannot be read (or is itself a
merged set) gets its error record at its place, and takes no part in the clustering.
"""

from __future__ import annotations

import contextlib
import os
from collections.abc import Iterator
from typing import BinaryIO, TextIO

from ..errors import InputTypeError, SummarizerError
from ..stories import Story, cluster
from .config import RunConfig, RunSummary
from .errors import UsageError
from .inputs import read_items
from .items import RawItem, item_id, load_item
from .outputs import RecordWriter, default_format, progress_bar, write_outcomes
from .pool import outcomes
from .records import Outcome, error_record, process_batch
from .signals import Stopped, stop_on_signals

__all__ = ["check_stories_config", "run_stories", "story_record"]


def check_stories_config(config: RunConfig) -> None:
    """Raise :class:`UsageError` for options that cannot go with ``--cluster``."""
    if config.merge:
        raise UsageError(
            "--cluster groups the items into stories; --merge makes one set of them all: give one"
        )
    if config.resume:
        raise UsageError("--cluster needs the whole input at once and cannot --resume; run it again")


def run_stories(
    config: RunConfig, stdin: BinaryIO | None, stdout: TextIO, stderr: TextIO, show_progress: bool
) -> RunSummary:
    check_stories_config(config)
    raws = list(read_items(list(config.paths), stdin, config.output))
    entries, articles, placed = _read(raws)
    stories = cluster(articles, language=config.options.language) if articles else ()
    for story in stories:
        first = placed[story.articles[0]]
        entries[first] = story
    jobs = [
        RawItem("merged", story.id, members=tuple(raws[placed[a]] for a in story.articles))
        for story in stories
    ]
    summary = RunSummary()
    dask = config.engine == "dask"
    try:
        with (
            stop_on_signals() as stop,
            _open_output(config, stdout) as stream,
            RecordWriter(
                stream, "jsonl" if dask else config.format or default_format(config.output, stdout)
            ) as writer,
            progress_bar(
                show_progress, stderr, total=len(stories) + sum(1 for e in entries if isinstance(e, dict))
            ) as bar,
        ):
            briefs = (
                _dask_outcomes(jobs, config)
                if dask
                else outcomes(jobs, config.options, config.workers, config.batch_size)
            )
            write_outcomes(_in_input_order(entries, briefs), writer, summary, bar, stop)
    except Stopped as stopped:
        summary.stopped_by = stopped.signum
    return summary


def _in_input_order(entries: list, briefs: Iterator[Outcome]) -> Iterator[Outcome]:
    for entry in entries:
        if isinstance(entry, dict):  # the error record of an item that could not be read
            yield Outcome.of(entry, failed=True)
        elif entry is not None:  # a story, at its first item (its other items are None)
            yield _story_outcome(entry, next(briefs))


def story_record(story: Story, brief: dict) -> dict:
    """The record of a story: its id, members, size and cohesion, then its brief's fields (the story's
    cohesion, from the clustering's vectors, stands for the brief's)."""
    return {**story.to_dict(), **{k: v for k, v in brief.items() if k not in ("id", "cohesion")}}


def _story_outcome(story: Story, outcome: Outcome) -> Outcome:
    if outcome.failed:  # the record names the story, and the error stays the brief's
        return Outcome.of(story_record(story, outcome.record), failed=True, trace=outcome.trace)
    return Outcome.of(story_record(story, outcome.record))


def _read(raws: list[RawItem]) -> tuple[list, list[dict], list[int]]:
    """Per item an error record or None; the readable articles (with their ids); their item positions."""
    entries: list = [None] * len(raws)
    articles, placed = [], []
    for position, raw in enumerate(raws):
        try:
            item = load_item(raw)
            if isinstance(item.source, list):
                raise InputTypeError("--cluster reads one article an item, not a merged set ('articles')")
            fields = _article_fields(item.source)
        except SummarizerError as exc:
            entries[position] = error_record(item_id(raw), exc.code, f"{raw.where}: {exc}")
            continue
        articles.append({"id": item.id, **fields})
        placed.append(position)
    return entries, articles, placed


def _dask_outcomes(jobs: list[RawItem], config: RunConfig) -> Iterator[Outcome]:
    from .dask_engine import _client

    batches = [jobs[i : i + config.batch_size] for i in range(0, len(jobs), config.batch_size)]
    with _client(config.scheduler, config.workers) as client:
        futures = client.map(process_batch, batches, options=config.options, pure=False)
        for future in futures:  # in order: a record waits for the stories before it
            yield from future.result()


def _article_fields(source) -> dict:
    if isinstance(source, str):
        return {"text": source}
    fields = dict(source) if isinstance(source, dict) else {"text": source.text, "title": source.title}
    if not isinstance(fields.get("text"), str) or not isinstance(fields.get("title"), (str, type(None))):
        raise InputTypeError("an article's text must be a string, and its title a string or null")
    return fields


@contextlib.contextmanager
def _open_output(config: RunConfig, stdout: TextIO) -> Iterator[TextIO]:
    """Standard output, ``-o FILE``, or with ``--engine dask`` the file ``FOLDER/part-00000.jsonl``."""
    output = config.output
    if output is None:
        yield stdout
        return
    if config.engine == "dask":
        os.makedirs(output, exist_ok=True)
        output = os.path.join(output, "part-00000.jsonl")
    try:
        f = open(output, "w", encoding="utf-8", newline="\n")
    except OSError as exc:
        raise UsageError(f"cannot write {output}: {exc.strerror}") from None
    with f:
        yield f
