"""Reporters' threads on the story sets (`<split>/threads/<id>.yaml`), scored as the app answers them.

Each thread is three to five messages typed in a row, every one after the first leaning on the thread so far ("who
is Doe" → "what did she say about the bill" → "and when?"). Every message is answered as the app answers a reply in
a brief's thread — `answer_reply` on a real store, which keeps what the thread asked — and scored by the rule in
tests/storysets.py, apart by its place in the thread.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

import yaml

from bot.answer import build_index
from bot.briefs.loader import load_brief_file
from bot.briefs.model import Brief
from bot.replies import answer_reply
from bot.store import Store
from tests.storysets import STORIES, Ask, Score, brief_path

PLACES = ("first", "second", "third or later")


@dataclass(frozen=True)
class StoryThreads:
    brief: Brief
    threads: tuple[tuple[Ask, ...], ...]


def load_threads(split: str) -> list[StoryThreads]:
    """Every story of a split with threads, and its brief (the split's own, else the seed's in briefs/)."""
    found = []
    for path in sorted((STORIES / split / "threads").glob("*.yaml")):
        data = yaml.safe_load(path.read_text(encoding="utf-8"))
        path_of_brief = brief_path(split, data["story"])
        brief = load_brief_file(path_of_brief, path_of_brief.parent).brief
        if brief is None:
            raise ValueError(f"{path_of_brief}: does not load")
        threads = tuple(
            tuple(Ask(m["ask"], tuple(m.get("expect") or ()), tuple(m.get("open") or ())) for m in thread)
            for thread in data["threads"]
        )
        found.append(StoryThreads(brief, threads))
    return found


def thread_scores(story: StoryThreads, database: Path) -> dict[str, Score]:
    """Each message of the story's threads answered in its thread, in order, on a store at `database`; scored by
    its place in the thread (PLACES)."""
    index = build_index(story.brief)
    scores = {place: Score() for place in PLACES}
    store = Store(database)
    try:
        for number, thread in enumerate(story.threads):
            thread_ts = f"{number + 1}.000100"
            for place, ask in enumerate(thread):
                reply = answer_reply(store, story.brief, ask.ask, "C0THREADS", thread_ts, index)
                scores[PLACES[min(place, len(PLACES) - 1)]].record(ask, [item.id for _, item in reply.answer.cited])
    finally:
        store.close()
    return scores
