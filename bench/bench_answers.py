"""Answer quality per story, tuning and held-out totals, and answer time against brief size.

    python bench/bench_answers.py [--split tuning|heldout] [--misses] [--sizes] [--bm25] [--leave-out] [--other-asks]
                                  [--typos] [--pasted] [--dates] [--stretches] [--sums] [--time-asks]
                                  [--figure-asks] [--people-asks] [--gist-asks] [--own-asks] [--joins] [--quoted]
                                  [--sourcing] [--about] [--more] [--sections] [--name-checks] [--quote-requests]
                                  [--number-asks] [--times] [--stances] [--groups]
                                  [--said-else] [--pairs] [--responses] [--listing]
                                  [--after-miss] [--after-someone] [--said-when] [--positions]
                                  [--claim-sources] [--story-event] [--sides] [--threads]

Quality follows the rule in tests/storysets.py. `--misses` lists the failures of TUNING stories only: a held-out
story's failures are never printed, so reading them cannot turn it into tuning data by accident. `--sizes`
times answers on synthetic briefs of 20, 200 and 2,000 items (the table in BENCHMARKS.md), and only that unless
`--split` is given too. `--bm25` ranks each story's items for its answerable asks with SQLite FTS5's bm25()
over the same stemmed fields, and prints how often its first item is a right one beside the engine's answered
count (which must also decide coverage). `--leave-out` measures abstaining on asks the tuning briefs no longer answer:
each answerable ask (not a follow-up, not about the brief itself) is put to its brief without every item marked as
answering it, and counts as declined when nothing is cited but the brief's open questions or a section. The marks
are not exhaustive, so some citations it counts against are fair answers; it compares engines, it is no score.
`--other-asks` scores each story whose brief has a second editor's asks (`<split>/other-asks/`) three ways: with
its own asks, with the second editor's in their place, and with none; totals only, per split. `--typos` scores
every ask as written, with one slip a phone makes in its longest word, in a phone's style (lower case, no
apostrophes, chat shorthand), framed as a request ("sorry,", "can you tell me"), with an aside after it ("…, for my
lede") and with a lead-in before it ("Working on the push alert. …"), from the split's own `asides.txt` and
`lead-ins.txt` (bench/slips.py); totals only, per split. `--pasted` asks who said each
quote of five words or more, its first six words pasted in three forms ("who said '…'", "whose line is “…”", "who
said …"), and counts how often that quote is cited first; `--dates` asks what
happened on each day a timeline entry is dated, the day typed six ways ("September 23", "sept 23", "Sept. 23rd",
"9/23", "9/23/16", "2016-09-23"; and day first, "23/9", and alone, "on the 23rd", where that can name only the day,
and by its weekday, "on Tuesday", in the week the story ran), and counts how often the first item cited tells what
happened that day; `--stretches` asks what happened since, after and before each such day (two ways, the day typed two
ways) and counts how often the first item cited is an entry at the near end of that stretch, and "what's next" (seven
ways) of each brief whose timeline goes on past the day the story ran; `--sums` asks what each fact's sum of millions
or billions of dollars is about, the sum typed seven ways ("$622 million", "$622m", "$622M", "$622mn", "622 million
dollars", "622m", "622 mil"), and counts how often the first item cited gives it. `--time-asks`, `--figure-asks`,
`--people-asks` and `--gist-asks` score the follow-ups of one kind reporters wrote for some stories (`<split>/<kind>/`:
on when things happened, asking for figures, on who the people and bodies are and what they said, on what the story
is about in general terms), per story on tuning and as totals on held-out. `--own-asks` types every ask an editor wrote
on a brief's items as written and counts how often the first item cited is one it was written on. `--joins` puts
two asks, each answered right alone, in one message every way the split's `joins.txt` lists and counts how often both
are answered (tests/stories/README.md); totals only, per split. `--quoted` types each follow-up whose previous ask is
answered after a quote of that answer's first item ("> …", as Slack marks a quoted line), with no previous ask, and
counts it right beside the same follow-up in the thread; totals only, per split. `--sourcing` asks, after each ask
answered right, where that comes from, every way the split's `sourcing.txt` lists ("source?", "who says?"), and counts
how often the item the answer cited first is cited first again; totals only, per split. `--threads` answers each
message of reporters' threads in its thread, as the app answers a reply, and scores it by its place in the thread
(tests/stories/README.md); per story on tuning, totals on held-out.
"""

from __future__ import annotations

import argparse
import dataclasses
import itertools
import random
import re
import sqlite3
import statistics
import sys
import tempfile
import time
from datetime import date
from pathlib import Path

import msgspec

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from bench.slips import (  # noqa: E402
    as_phoned,
    asked_indirectly,
    framed,
    joined,
    typed_list,
    with_aside,
    with_lead_in,
    with_slip,
)
from bot.answer import Index, answer_question, build_index  # noqa: E402
from bot.answer.followup import read_with_previous  # noqa: E402
from bot.answer.itemtext import item_fields  # noqa: E402
from bot.answer.words import CLOCK_TIME, stems_of  # noqa: E402
from bot.briefs.model import SECTIONS, Brief, TimelineEntry  # noqa: E402
from tests.storysets import (  # noqa: E402
    SPLITS,
    STORIES,
    Score,
    about_the_article,
    after_a_miss,
    after_someone,
    answered_pairs,
    answered_right,
    asked_for_numbers,
    both_answered,
    checked_names,
    cited_ids,
    going_on,
    group_reactions,
    kind_totals,
    listed_totals,
    load_story_sets,
    named_pairs,
    other_asks,
    party_lists,
    quotes_of,
    requested_quotes,
    responses,
    said_circumstances,
    score,
    scored_right,
    sides_after_a_summary,
    sides_after_the_first_fact,
    sides_taken,
    sourced_claims,
    sourced_first,
    stances,
    stated_positions,
    story_events,
    story_events_after_a_summary,
    typed_under_quote,
    whole_sections,
    with_asks,
    without_asks,
)
from tests.storythreads import PLACES, load_threads, thread_scores  # noqa: E402

SEED = "microsoft-dea-facial-recognition"


def _line(name: str, result: Score) -> str:
    return (
        f"{name:38} answered {result.answered:3}/{result.answerable:<3} = {result.answered_rate:6.1%}   "
        f"abstained {result.abstained:3}/{result.outside:<3} = {result.abstained_rate:6.1%}"
    )


def quality(splits: tuple[str, ...], show_misses: bool) -> None:
    for split in splits:
        total = Score()
        print(f"== {split}")
        for story in load_story_sets(split):
            result = score(story.brief, story.asks)
            total.add(result)
            print(_line(story.brief.id, result))
            if show_misses and split == "tuning":
                for miss in result.misses:
                    print(f"      MISS {miss}")
            if story.brief.id == SEED:
                bare = score(without_asks(story.brief), story.asks)
                print(_line(f"{SEED} (no asks)", bare))
                if show_misses:
                    for miss in bare.misses:
                        print(f"      MISS {miss}")
        print(_line(f"TOTAL {split}", total))


def threads_asked(splits: tuple[str, ...], show_misses: bool) -> None:
    """Reporters' threads (tests/storythreads.py), by a message's place in its thread: per story on tuning, totals on
    held-out."""
    for split in splits:
        totals = {place: Score() for place in PLACES}
        with tempfile.TemporaryDirectory() as folder:
            for story in load_threads(split):
                scores = thread_scores(story, Path(folder) / f"{story.brief.id}.sqlite3")
                for place, result in scores.items():
                    totals[place].add(result)
                    if split == "tuning":
                        print(_line(f"threads: {story.brief.id} ({place})", result))
                        for miss in result.misses if show_misses else ():
                            print(f"      MISS {miss}")
        for place, total in totals.items():
            print(_line(f"TOTAL {split} threads, {place}", total))


# Sets of follow-ups of one kind (`<split>/<folder>/`): the folder and what its totals are called.
ASKED_SETS = {
    "time-asks": ("time", "the follow-ups on when things happened"),
    "figure-asks": ("figures", "the follow-ups asking for figures"),
    "people-asks": ("people", "the follow-ups on who the people and bodies are and what they said"),
    "gist-asks": ("gist", "the follow-ups on what the story is about, in general terms"),
}


def asked_set(splits: tuple[str, ...], folder: str, show_misses: bool) -> None:
    """One kind of follow-ups (ASKED_SETS): per story on tuning, totals on held-out."""
    kind, _ = ASKED_SETS[folder]
    label = folder.replace("-", " ")
    for split in splits:
        total = Score()
        for story in load_story_sets(split, folder):
            result = score(story.brief, story.asks)
            total.add(result)
            if split == "tuning":
                print(_line(f"{kind}: {story.brief.id}", result))
                for miss in result.misses if show_misses else ():
                    print(f"      MISS {miss}")
        print(_line(f"TOTAL {split} {label}", total))


def _synthetic(size: int, rng: random.Random) -> tuple[Brief, list[str]]:
    """A brief of `size` items whose words come from the seed brief's own vocabulary, and asks about it."""
    seed = load_story_sets("tuning")
    brief = next(s.brief for s in seed if s.brief.id == SEED)
    texts = [item.text for item in brief.facts] + [q.text for q in brief.quotes]
    words = " ".join(texts).split()
    facts = []
    for n in range(size):
        text = " ".join(rng.choice(words) for _ in range(rng.randint(8, 25)))
        facts.append(msgspec.structs.replace(brief.facts[0], id=f"fact-{n}", text=text, asks=[]))
    asks = [" ".join(rng.choice(words) for _ in range(rng.randint(2, 7))) for _ in range(200)]
    asks += [s.ask for story in seed for s in story.asks][:200]
    return msgspec.structs.replace(brief, facts=facts, quotes=[], timeline=[], questions=[], people=[]), asks


def sizes() -> None:
    rng = random.Random(16)
    print("items   first answer (index build) ms   mean ms   p99 ms")
    for size in (20, 200, 2000):
        brief, asks = _synthetic(size, rng)
        start = time.perf_counter()
        index = build_index(brief)  # as the library in service does on a brief's first ask
        answer_question(brief, asks[0], index=index)
        first = (time.perf_counter() - start) * 1000
        samples = []
        for ask in asks * 3:
            start = time.perf_counter()
            answer_question(brief, ask, index=index)
            samples.append((time.perf_counter() - start) * 1000)
        samples.sort()
        p99 = samples[int(len(samples) * 0.99)]
        print(f"{size:5}   {first:28.1f}   {statistics.fmean(samples):7.3f}   {p99:6.3f}")


def _bm25_first(brief: Brief, asks, index: Index) -> int:
    """How many answerable asks get a right first item from FTS5 bm25() ranking (it never abstains)."""
    db = sqlite3.connect(":memory:")
    db.execute("create virtual table items using fts5(id unindexed, body)")
    for _section, item in brief.all_items():
        body = " ".join(" ".join(stems_of(text)) for text, _weight in item_fields(item) if text)
        db.execute("insert into items values (?, ?)", (item.id, body))
    right = 0
    for ask in asks:
        if not ask.expect:
            continue
        text = read_with_previous(ask.ask, ask.after, index) if ask.after else ask.ask
        query = " OR ".join(f'"{s}"' for s in dict.fromkeys(stems_of(text)))
        sql = "select id from items where items match ? order by bm25(items) limit 1"
        top = db.execute(sql, (query,)).fetchone() if query else None
        right += top is not None and top[0] in ask.expect
    return right


def bm25(splits: tuple[str, ...]) -> None:
    """The engine's right first citations beside plain FTS5 bm25() ranking's, per story and per split: what the
    engine's own reading adds over retrieval alone, on the stories it was tuned on and on those it never saw."""
    for split in splits:
        print(f"{split + ' story':44} engine answered   FTS5 bm25() first item right")
        total, ranked = Score(), 0
        for story in load_story_sets(split):
            briefs = [(story.brief.id, story.brief)]
            if story.brief.id == SEED:
                briefs.append((f"{SEED} (no asks)", without_asks(story.brief)))
            for name, brief in briefs:
                index = build_index(brief)
                result = score(brief, story.asks, index)
                right = _bm25_first(brief, story.asks, index)
                print(f"{name:44} {result.answered:3}/{result.answerable:<3}          {right:3}")
                if name == story.brief.id:
                    total.add(result)
                    ranked += right
        print(f"{'TOTAL ' + split:44} {total.answered:3}/{total.answerable:<3}          {ranked:3}")


def _declined_without_answers(brief: Brief, asks) -> tuple[int, int]:
    """(declined, asked) over the answerable asks, each put to the brief without the items marked as answering it."""
    declined = asked = 0
    for ask in asks:
        if not ask.expect or ask.after or "source" in ask.expect:
            continue
        gone = set(ask.expect)
        kept = {section: [item for item in brief.items(section) if item.id not in gone] for section in SECTIONS}
        answer = answer_question(msgspec.structs.replace(brief, **kept), ask.ask)
        asked += 1
        declined += bool(answer.section) or all(
            section == "questions" and getattr(item, "status", "") == "open" for section, item in answer.cited
        )
    return declined, asked


def leave_out() -> None:
    declined = asked = 0
    for story in load_story_sets("tuning"):
        story_declined, story_asked = _declined_without_answers(story.brief, story.asks)
        declined += story_declined
        asked += story_asked
        print(f"leave-out {story.brief.id:44} declined {story_declined:3}/{story_asked:<3}")
    print(f"leave-out TOTAL tuning{'':33} declined {declined:3}/{asked:<3} = {declined / asked:6.1%}")


def by_other_asks(splits: tuple[str, ...]) -> None:
    for split in splits:
        own, other, bare = Score(), Score(), Score()
        for story in load_story_sets(split):
            second = other_asks(split, story.brief.id)
            if second is not None:
                own.add(score(story.brief, story.asks))
                other.add(score(with_asks(story.brief, second), story.asks))
                bare.add(score(without_asks(story.brief), story.asks))
        for name, result in (("own asks", own), ("other editor's asks", other), ("no asks", bare)):
            print(_line(f"{split}: {name}", result))


def _phoned(ask):
    """The ask, and the previous one it leans on, in a phone's style."""
    return dataclasses.replace(ask, ask=as_phoned(ask.ask), after=as_phoned(ask.after) if ask.after else None)


# How each ask is typed for --typos: a row's name and what it does to an ask.
TYPED = (
    ("as written", lambda ask: ask),
    ("one slip per ask", lambda ask: dataclasses.replace(ask, ask=with_slip(ask.ask))),
    ("phone style", _phoned),
    ("framed as a request", lambda ask: dataclasses.replace(ask, ask=framed(ask.ask))),
    ("asked indirectly", lambda ask: dataclasses.replace(ask, ask=asked_indirectly(ask.ask))),
)


def typed_forms(split: str) -> tuple:
    """TYPED, and each ask with one of the split's asides after it, or one of its lead-ins before it."""
    asides, lead_ins = typed_list(split, STORIES, "asides"), typed_list(split, STORIES, "lead-ins")
    return (
        *TYPED,
        ("with an aside after it", lambda ask: dataclasses.replace(ask, ask=with_aside(ask.ask, asides))),
        ("with a lead-in before it", lambda ask: dataclasses.replace(ask, ask=with_lead_in(ask.ask, lead_ins))),
    )


def with_slips(splits: tuple[str, ...]) -> None:
    for split in splits:
        forms = typed_forms(split)
        totals = {name: Score() for name, _ in forms}
        for story in load_story_sets(split):
            for name, typed in forms:
                totals[name].add(score(story.brief, tuple(map(typed, story.asks))))
        for name, total in totals.items():
            print(_line(f"{split}: {name}", total))


def joined_pairs(splits: tuple[str, ...], show_misses: bool) -> None:
    """--joins: two asks, each answered right alone, in one message, put together every way of the split's
    `joins.txt`; right when the first citation answers the first ask and one of the citations answers the second."""
    for split in splits:
        joins = typed_list(split, STORIES, "joins")
        both = first = asked = 0
        for story in load_story_sets(split):
            index = build_index(story.brief)
            for one, two in answered_pairs(story, index):
                for join in joins:
                    text = joined(one.ask, two.ask, join)
                    cited = [item.id for _, item in answer_question(story.brief, text, index=index).cited]
                    asked += 1
                    first += bool(cited) and cited[0] in one.expect
                    both += both_answered(one, two, cited)
                    if show_misses and split == "tuning" and not both_answered(one, two, cited):
                        print(
                            f"      MISS {story.brief.id}: {text!r}: cited {cited}; "
                            f"expect {list(one.expect)} + {list(two.expect)}"
                        )
        print(f"{split}: two asks in one message, both answered {both:5}/{asked:<5} = {both / max(1, asked):6.1%}   "
              f"the first {first:5}/{asked:<5} = {first / max(1, asked):6.1%}")  # fmt: skip


def quoting_the_answer(splits: tuple[str, ...]) -> None:
    """--quoted: each follow-up whose previous ask the engine answers, typed after a quote of that answer's first item
    as Slack marks one ("> …"), with no previous ask; how often it is right, beside in the thread after that ask."""
    for split in splits:
        in_thread = quoting = asked = 0
        for story in load_story_sets(split):
            index = build_index(story.brief)
            for ask, typed in typed_under_quote(story, index):
                asked += 1
                in_thread += scored_right(ask, cited_ids(story.brief, ask, index))
                quoting += scored_right(ask, cited_ids(story.brief, typed, index))
        print(f"{split}: follow-ups in the thread {in_thread:3}/{asked:<3}   after a quote of the answer before "
              f"{quoting:3}/{asked:<3} = {quoting / max(1, asked):6.1%}")  # fmt: skip


def asking_for_sources(splits: tuple[str, ...], show_misses: bool) -> None:
    """--sourcing: after each ask answered right in its thread, every way of the split's `sourcing.txt` of asking
    where that comes from ("source?", "who says?"), with the thread's two asks before it as the shell keeps them; right
    when the item the answer cited first is cited first again."""
    for split in splits:
        asks = typed_list(split, STORIES, "sourcing")
        right = asked = 0
        for story in load_story_sets(split):
            index = build_index(story.brief)
            for ask, item in answered_right(story, index):
                for typed in asks:
                    answer = answer_question(story.brief, typed, ask.ask, index=index, earlier=ask.after)
                    cited = [i.id for _, i in answer.cited]
                    asked += 1
                    right += cited[:1] == [item]
                    if show_misses and split == "tuning" and cited[:1] != [item]:
                        print(f"      MISS {story.brief.id}: {ask.ask!r} then {typed!r}: cited {cited}; expect {item}")
        print(f"{split}: where an answer comes from, asked after it: its item first {right:5}/{asked:<5} = "
              f"{right / max(1, asked):6.1%}")  # fmt: skip
        first, of = listed_totals(split, "sourcing", sourced_first)
        print(
            f"{split}: asked first in a thread, the story's own details first {first}/{of} = {first / max(1, of):.1%}"
        )


def asking_about_the_article(splits: tuple[str, ...]) -> None:
    """--about: every way of the split's `about.txt` of asking about the article itself (headline, outlet, byline,
    dates, status, editors) put to each story, and its near misses in the same words about what the story reports
    (tests/storysets.about_the_article)."""
    for split in splits:
        totals = kind_totals(split, "about", about_the_article)
        shares = {k: f"{n:4}/{of:<4} = {n / max(1, of):6.1%}" for k, (n, of) in totals.items()}
        print(f"{split}: about the article, its details first {shares['about']}   "
              f"opening on what was asked {shares['first']}   "
              f"the same words about the story, not them {shares['content']}")  # fmt: skip


def asking_for_more(splits: tuple[str, ...]) -> None:
    """--more: every way of the split's `more.txt` of asking for more right after an answer put to each story after
    two asks, and its near misses in the same words asking something new (tests/storysets.going_on)."""
    for split in splits:
        totals = kind_totals(split, "more", going_on)
        shares = {k: f"{n:4}/{of:<4} = {n / max(1, of):6.1%}" for k, (n, of) in totals.items()}
        print(f"{split}: asked for more, the answer goes on {shares['more']}   "
              f"the same words asking something new, not {shares['near']}")  # fmt: skip


def asking_after(splits: tuple[str, ...], measure, after: str) -> None:
    """--after-miss (tests/storysets.after_a_miss: every answerable ask that leans on none, answered right alone, put
    right after each ask of its story the brief does not cover) and --after-someone (tests/storysets.after_someone:
    right after an ask about one of its story's people)."""
    for split in splits:
        right = asked = 0
        for story in load_story_sets(split):
            n, of = measure(story, build_index(story.brief))
            right += n
            asked += of
        print(f"{split}: answered right alone, still right after {after} {right}/{asked} = "
              f"{right / max(1, asked):.1%}")  # fmt: skip


def asking_of_two(splits: tuple[str, ...]) -> None:
    """--pairs: every way of the split's `pairs.txt` of asking of two people at once put to each story for each two
    named people it quotes (tests/storysets.named_pairs)."""
    for split in splits:
        totals = kind_totals(split, "pairs", named_pairs)
        shares = {k: f"{n:4}/{of:<4} = {n / max(1, of):6.1%}" for k, (n, of) in totals.items()}
        print(f"{split}: what two said, both cited {shares['said']}   who two are, both entries {shares['who']}")


def asking_when_said(splits: tuple[str, ...]) -> None:
    """--said-when: every way of the split's `said-when.txt` of asking when, where, to whom, on what occasion or why
    something was said, put right after what each person the story quotes said (tests/storysets.said_circumstances)."""
    _kind_shares(splits, "said-when", said_circumstances, "after what someone said, theirs first")


def asking_of_the_story_event(splits: tuple[str, ...]) -> None:
    """--story-event: every way of the split's `story-event.txt` of asking, first in a thread and by pronoun, when,
    where, why or how the story's main event happened or who did it (tests/storysets.story_events)."""
    _kind_shares(splits, "story-event", story_events, "the story's event by pronoun, a marked item first")
    _kind_shares(
        splits, "story-event", story_events_after_a_summary, "the same, after a summary ask, a marked item first"
    )


def asking_who_takes_sides(splits: tuple[str, ...]) -> None:
    """--sides: every way of the split's `sides.txt` of asking, first in a thread, who is against or for what the story
    is about and what they say (tests/storysets.sides_taken)."""
    _kind_shares(splits, "sides", sides_taken, "who is against or for it, a marked item first")
    _kind_shares(splits, "sides", sides_after_a_summary, "the same, after a summary ask, a marked item first")
    _kind_shares(
        splits, "sides", sides_after_the_first_fact, "the same, after an ask of the first fact, a marked item first"
    )


def _kind_shares(splits: tuple[str, ...], listed: str, measure, what: str) -> None:
    """A measure of a split's list counting each kind of line apart, per split: what is counted, the total right and
    each kind's share."""
    for split in splits:
        totals = kind_totals(split, listed, measure)
        right, asked = (sum(counts) for counts in zip(*totals.values(), strict=True))
        shares = "   ".join(f"{k} {n}/{of} = {n / max(1, of):.1%}" for k, (n, of) in sorted(totals.items()))
        print(f"{split}: {what} {right}/{asked} = {right / max(1, asked):.1%}   {shares}")


def asking_where_claims_come_from(splits: tuple[str, ...]) -> None:
    """--claim-sources: every way of the split's `claim-sources.txt` of asking where one claim comes from, put to each
    story for each claim of its `claims.yaml` (tests/storysets.sourced_claims)."""
    for split in splits:
        totals = kind_totals(split, "claim-sources", sourced_claims)
        shares = {k: f"{n}/{of} = {n / max(1, of):.1%}" for k, (n, of) in totals.items()}
        print(f"{split}: where a claim comes from, an item stating it first {shares['stated']}   "
              f"a claim the brief does not state, declined {shares['absent']}")  # fmt: skip


# The measures of one typed list each, summed over a split's stories: the list, the measure, what is counted right.
LISTED = {
    "sections": ("sections", whole_sections, "asks for a whole section, that section"),
    "name_checks": ("name-checks", checked_names, "a name or title checked, their entry first"),
    "quote_requests": ("quote-requests", requested_quotes, "a quote of someone asked for, theirs first"),
    "number_asks": ("number-asks", asked_for_numbers, "the story's numbers asked for, a figure first"),
    "stances": ("stances", stances, "where someone stands, their words first"),
    "groups": ("groups", group_reactions, "what a party's politicians said, theirs first"),
    "responses": ("responses", responses, "whether someone commented, their words first"),
    "positions": ("stances", stated_positions, "where someone not quoted stands, an item stating it first"),
    "listing": ("listing", party_lists, "which of a party's people the story has, their entries first"),
}


def listed_measure(splits: tuple[str, ...], listed: str, measure, label: str) -> None:
    """--sections (sections.txt: asks for a whole part of the brief, "chrono?", "who's who"), --name-checks
    (name-checks.txt: "how's Doe spelled", "Doe's exact title", for each named person) and --quote-requests
    (quote-requests.txt: "Doe verbatim pls", for each named person quoted) and --number-asks (number-asks.txt: "any
    stats?", for each brief giving figures): tests/storysets.py says what is right."""
    for split in splits:
        right, asked = listed_totals(split, listed, measure)
        print(f"{split}: {label} {right:5}/{asked:<5} = {right / max(1, asked):6.1%}")


def typed_rows(splits: tuple[str, ...], forms, cases, label: str) -> None:
    """Asks generated from each split's briefs (--pasted, --dates, --sums, --people, --ages, --parties, --bodies,
    --said, --next): every case a brief gives (what is asked about, and whether an item answers it), asked in every
    form; how often the first item cited answers it."""
    for split in splits:
        right, asked = {name: 0 for name, _ in forms}, 0
        for story in load_story_sets(split):
            index = build_index(story.brief)
            for subject, answers in cases(story.brief):
                asked += 1
                for name, typed in forms:
                    asked_as = typed(subject)  # an ask, or an ask and the previous one it follows
                    ask, previous = asked_as if isinstance(asked_as, tuple) else (asked_as, None)
                    cited = answer_question(story.brief, ask, previous, index=index).cited
                    right[name] += bool(cited) and answers(cited[0][1])
        for name, n in right.items():
            print(f"{split}: {name:34} {label} {n:3}/{asked:<3} = {n / max(1, asked):6.1%}")


def _text(item) -> str:
    return getattr(item, "text", None) or getattr(item, "event", None) or ""


# --pasted: who said a line pasted from a quote of five words or more (its first six words); the quote answers.
PASTED_FORMS = (
    ("who said '…'", lambda line: f"who said '{line}'"),
    ("whose line is \u201c…\u201d", lambda line: f"whose line is \u201c{line}\u201d"),
    ("who said …", lambda line: f"who said {line}"),
)


def pasted_lines(brief: Brief):
    for quote in brief.quotes:
        if len(quote.text.split()) >= 5:
            line = " ".join(quote.text.split()[:6]).strip(",.;:")
            yield line, lambda item, quote=quote: item.id == quote.id


# --dates: what happened on each day a timeline entry is dated, the day as news writes it, in a hurry, as a form or a
# spreadsheet gives it; an item dated so, or naming the day in its text ("On Sept. 23, …"), answers.
_MONTH_NAMES = "January February March April May June July August September October November December".split()
_MONTH_SHORT = "Jan. Feb. March April May June July Aug. Sept. Oct. Nov. Dec.".split()
DAY_FORMS = tuple(
    (f"on {name}", lambda day, typed=typed: f"what happened on {typed(day)}")
    for name, typed in (
        ("September 23", lambda d: f"{_MONTH_NAMES[d.month - 1]} {d.day}"),
        ("sept 23", lambda d: f"{_MONTH_SHORT[d.month - 1].lower().rstrip('.')} {d.day}"),
        ("Sept. 23rd", lambda d: f"{_MONTH_SHORT[d.month - 1]} {d.day}{_ordinal_end(d.day)}"),
        ("9/23", lambda d: f"{d.month}/{d.day}"),
        ("9/23/16", lambda d: f"{d.month}/{d.day}/{d.year % 100:02d}"),
        ("2016-09-23", lambda d: d.isoformat()),
    )
)


# Two more typings, of the days they can name: day first ("23/9", for a day past the 12th, which no month can be) and
# the day alone ("on the 23rd", for a day no other timeline day shares the number of).
DAY_FIRST_FORMS = (("on 23/9", lambda day: f"what happened on {day.day}/{day.month}"),)
DAY_ALONE_FORMS = (("on the 23rd", lambda day: f"what happened on the {day.day}{_ordinal_end(day.day)}"),)


# And by its weekday, for a day in the week the story ran (up to that day), as its text names it ("on Tuesday"); an item
# dated that day or naming the weekday answers.
_WEEKDAY_NAMES = "Monday Tuesday Wednesday Thursday Friday Saturday Sunday".split()
WEEKDAY_FORMS = (
    ("on Tuesday", lambda day: f"what happened on {_WEEKDAY_NAMES[day.weekday()]}"),
    ("tuesday", lambda day: f"what happened {_WEEKDAY_NAMES[day.weekday()].lower()}"),
)


def days_of_the_last_week(brief: Brief):
    published = str(brief.source.published)
    if len(published) != 10:
        return
    ran = date.fromisoformat(published)
    for day, told in timeline_days(brief):
        if 0 <= (ran - day).days <= 6:
            named = re.compile(rf"\b{_WEEKDAY_NAMES[day.weekday()]}\b")
            yield day, lambda item, told=told, named=named: told(item) or bool(named.search(_text(item)))


def days_past_the_twelfth(brief: Brief):
    return ((day, told) for day, told in timeline_days(brief) if day.day > 12)


def days_alone(brief: Brief):
    days = list(timeline_days(brief))
    numbers = [day.day for day, _told in days]
    return ((day, told) for day, told in days if numbers.count(day.day) == 1)


# --times: what happened at each time of day an item gives ("8:30 p.m.", "11am"), the time typed as phones and desks
# type it; an item giving that time, however written, answers.
TIME_FORMS = tuple(
    (name, lambda time, typed=typed: f"what happened at {typed(*time)}")
    for name, typed in (
        ("8:30 p.m.", lambda h, m, x: f"{h}:{m} {x}.m." if m else f"{h} {x}.m."),
        ("8:30pm", lambda h, m, x: f"{h}:{m}{x}m" if m else f"{h}{x}m"),
        ("8:30 PM", lambda h, m, x: f"{h}:{m} {x.upper()}M" if m else f"{h} {x.upper()}M"),
        ("8.30pm", lambda h, m, x: f"{h}.{m}{x}m" if m else f"{h}{x}m"),
        ("830pm", lambda h, m, x: f"{h}{m}{x}m" if m else f"{h}{x}m"),
    )
)


def clock_times(brief: Brief):
    def told(item) -> set[tuple[str, str, str]]:
        return {(h, "" if m == "00" else m or "", x) for h, m, x in CLOCK_TIME.findall(_text(item).lower())}

    for clock in sorted(set().union(*(told(item) for _s, item in brief.all_items()))):
        yield clock, lambda item, clock=clock: clock in told(item)


def _ordinal_end(day: int) -> str:
    return "th" if 11 <= day <= 13 else {1: "st", 2: "nd", 3: "rd"}.get(day % 10, "th")


def timeline_days(brief: Brief):
    days = {str(entry.date) for entry in brief.timeline if entry.date and len(str(entry.date)) == 10}
    for day in map(date.fromisoformat, sorted(days)):
        month = f"(?:{_MONTH_NAMES[day.month - 1]}|{_MONTH_SHORT[day.month - 1].rstrip('.')})"
        told = re.compile(rf"\b{month}\.? {day.day}\b")
        yield (
            day,
            lambda item, day=day, told=told: (
                str(getattr(item, "date", "")) == day.isoformat() or bool(told.search(_text(item)))
            ),
        )


# --stretches: what happened since, after or before each day a timeline entry is dated, asked two ways with the day
# typed two ways; the first item cited must be a timeline entry at the near end of that stretch (for "since", any item
# dated that day: the stretch starts with it). Days whose stretch holds no entry are not asked.
def _stretch_forms(phrasings):
    return tuple(
        (phrasing.format(day=day_name), lambda day, phrasing=phrasing, typed=typed: phrasing.format(day=typed(day)))
        for phrasing in phrasings
        for day_name, typed in (
            ("September 23", lambda d: f"{_MONTH_NAMES[d.month - 1]} {d.day}"),
            ("9/23", lambda d: f"{d.month}/{d.day}"),
        )
    )


STRETCHES = (
    ("since", ("what happened since {day}", "anything new since {day}?"), lambda first, last, day: first >= day),
    ("after", ("what happened after {day}", "events after {day}"), lambda first, last, day: first > day),
    ("before", ("what happened before {day}", "what led up to {day}"), lambda first, last, day: last < day),
)


# And what is still to come, on each brief whose timeline has entries after the story ran: its first one answers.
NEXT_ASKED = tuple(
    (ask, lambda _first, ask=ask: ask)
    for ask in ("what's next", "what happens next", "what's coming up", "what comes next", "next steps?",
                "what's ahead", "anything upcoming?")
)  # fmt: skip


def still_to_come(brief: Brief):
    published = str(brief.source.published)
    later = sorted(str(e.date) for e in brief.timeline if _days_of(str(e.date))[0] > _days_of(published)[1])
    if later:
        yield later[0], lambda item, first=later[0]: isinstance(item, TimelineEntry) and str(item.date) == first


def _days_of(date_text: str) -> tuple[str, str]:
    """The first and last day a timeline date at day, month or year precision can mean."""
    if len(date_text) == 10:
        return date_text, date_text
    if len(date_text) == 7:
        return f"{date_text}-01", f"{date_text}-31"
    return f"{date_text}-01-01", f"{date_text}-12-31"


def timeline_stretches(relation: str, inside):
    def cases(brief: Brief):
        for day, _told in timeline_days(brief):
            iso = day.isoformat()
            kept = [e for e in brief.timeline if inside(*_days_of(str(e.date)), iso)]
            if not kept:
                continue
            near = (max if relation == "before" else min)(kept, key=lambda e: _days_of(str(e.date)))
            due = {str(near.date)} | ({iso} if relation == "since" else set())
            yield (
                day,
                lambda item, due=due, relation=relation: (
                    str(getattr(item, "date", "")) in due and (relation == "since" or isinstance(item, TimelineEntry))
                ),
            )

    return cases


# --sums: what a fact's sum in millions or billions of dollars is about, the sum typed five ways; an item giving it
# answers.
SUM_GIVEN = re.compile(r"\$(\d+(?:\.\d+)?) (million|billion)\b")
SUM_FORMS = tuple(
    (name, lambda given, typed=typed: f"what is the {typed(*given)} about")
    for name, typed in (
        ("$622 million", lambda n, unit: f"${n} {unit}"),
        ("$622m", lambda n, unit: f"${n}{unit[0]}"),
        ("$622M", lambda n, unit: f"${n}{unit[0].upper()}"),
        ("$622mn", lambda n, unit: f"${n}{unit[0]}n"),
        ("622 million dollars", lambda n, unit: f"{n} {unit} dollars"),
        ("622m", lambda n, unit: f"{n}{unit[0]}"),
        ("622 mil", lambda n, unit: f"{n} {unit[:3]}"),
    )
)


def fact_sums(brief: Brief):
    for fact in brief.facts:
        if given := SUM_GIVEN.search(fact.text):
            yield given.groups(), lambda item, sum_=given[0]: sum_ in _text(item)


# --people: who each person is, asked by surname alone as a reporter types it on second reference; their entry answers.
# Asked of every entry naming one person whose surname no other entry's name holds.
PEOPLE_FORMS = (
    ("who's Doe", lambda name: f"who's {name}"),
    ("who is Doe again", lambda name: f"who is {name} again"),
    ("Doe?", lambda name: f"{name}?"),
    ("doe? (lower case)", lambda name: f"{name.lower()}?"),
    ("what does Doe do", lambda name: f"what does {name} do"),
    ("what's Doe's job", lambda name: f"what's {name}'s job"),
    ("remind me who Doe is", lambda name: f"remind me who {name} is"),
)
_PARTICLES = frozenset("van von de del della da dos du la le al bin".split())


def _surnamed(brief: Brief):
    """Each entry naming one person whose surname no other entry's name holds, with the surname as typed."""
    names = [person.name.split() for person in brief.people]
    for person, words in zip(brief.people, names, strict=True):
        if person.kind != "person" or len(words) < 2 or re.search(r"[(),&]| and ", person.name):
            continue
        if words[-1].rstrip(".") in ("Jr", "Sr", "II", "III"):
            words = words[:-1]
        last = words[-1]
        if not last[:1].isupper() or sum(last in other for other in names) > 1:
            continue
        yield person, " ".join(words[-2:]) if len(words) > 2 and words[-2].lower() in _PARTICLES else last


def _entry_of(person):
    return lambda item: item.id == person.id


def people_by_surname(brief: Brief):
    for person, said in _surnamed(brief):
        yield said, _entry_of(person)


def _whose_role(given: re.Pattern):
    """The cases of --people whose role the pattern finds in."""
    return lambda brief: ((said, _entry_of(person)) for person, said in _surnamed(brief) if given.search(person.role))


# --own-asks: every ask an editor wrote on a brief's items, typed as written; an item it was written on answers.
OWN_ASK_FORMS = (("as the editor wrote it", lambda ask: ask),)


def editors_asks(brief: Brief):
    written_on: dict[str, set[str]] = {}
    for _section, item in brief.all_items():
        for ask in getattr(item, "asks", None) or ():
            written_on.setdefault(ask, set()).add(item.id)
    for ask, ids in written_on.items():
        yield ask, lambda cited, ids=ids: cited.id in ids


# --bodies: what each organisation is, asked by its name as the entry gives it; its entry answers.
BODY_FORMS = (
    ("what is Acme", lambda name: f"what is {name}"),
    ("Acme?", lambda name: f"{name}?"),
    ("acme? (lower case)", lambda name: f"{name.lower()}?"),
    ("what does Acme do", lambda name: f"what does {name} do"),
    ("remind me what Acme is", lambda name: f"remind me what {name} is"),
)


def bodies_by_name(brief: Brief):
    for body in brief.people:
        if body.kind == "organisation" and not re.search(r"[(),&]| and ", body.name):
            yield body.name, _entry_of(body)


# --ages: how old each person is whose role gives an age ("25, nurse", "a 25-year-old nurse", "nurse, aged 25"), asked
# by surname five ways; their entry answers.
AGE_FORMS = (
    ("how old is Doe", lambda name: f"how old is {name}"),
    ("Doe's age?", lambda name: f"{name}'s age?"),
    ("how old's doe", lambda name: f"how old's {name.lower()}"),
    ("whats does age", lambda name: f"whats {name.lower()}s age"),
    ("age of Doe", lambda name: f"age of {name}"),
)
_AGE_GIVEN = re.compile(r"^\d{1,3},|\b\d{1,3}-year-old\b|\baged \d{1,3}\b|, \d{1,3},")


people_of_an_age = _whose_role(_AGE_GIVEN)


# --parties: which party each person is in whose role names one, asked by surname five ways; their entry answers.
PARTY_FORMS = (
    ("what party is Doe", lambda name: f"what party is {name}"),
    ("doe's party?", lambda name: f"{name.lower()}'s party?"),
    ("which party is doe in", lambda name: f"which party is {name.lower()} in"),
    ("which party does Doe belong to", lambda name: f"which party does {name} belong to"),
    ("is Doe a democrat or a republican", lambda name: f"is {name} a democrat or a republican"),
)
_PARTY_GIVEN = re.compile(r"\b(?:Democrat|Democratic|Republican|GOP|Libertarian|Green Party)\b|\([DRI]-")


people_of_a_party = _whose_role(_PARTY_GIVEN)


# --said: what each person said, asked by surname six ways; a quote whose speaker bears the surname answers. Asked of
# the people --people asks about who have a quote.
SAID_FORMS = (
    ("what did Doe say", lambda name: f"what did {name} say"),
    ("what'd doe say", lambda name: f"what'd {name.lower()} say"),
    ("Doe quotes?", lambda name: f"{name} quotes?"),
    ("what's Doe's take", lambda name: f"what's {name}'s take"),
    ("how did Doe respond", lambda name: f"how did {name} respond"),
    ("anything from Doe", lambda name: f"anything from {name}"),
)


def quotes_by_surname(brief: Brief):
    for name, _entry in people_by_surname(brief):
        theirs = quotes_of(brief, name.split()[-1])
        if theirs:
            yield name, lambda item, theirs=theirs: item.id in theirs


# --said-else: after "what did Doe say", what else Doe said, for each person --said asks about whose quotes that answer
# does not all show; a quote of theirs it did not show answers.
SAID_ELSE_FORMS = (
    ("what else did Doe say", lambda name: (f"what else did {name} say", f"what did {name} say")),
    ("anything else from Doe?", lambda name: (f"anything else from {name}?", f"what did {name} say")),
    ("what else has doe said", lambda name: (f"what else has {name.lower()} said", f"what did {name} say")),
    ("other Doe quotes?", lambda name: (f"other {name} quotes?", f"what did {name} say")),
)


def quotes_not_shown(brief: Brief):
    index = build_index(brief)
    for name, theirs in quotes_by_surname(brief):
        shown = {item.id for _s, item in answer_question(brief, f"what did {name} say", index=index).cited}
        rest = [quote.id for quote in brief.quotes if theirs(quote) and quote.id not in shown]
        if rest:
            yield name, lambda item, rest=frozenset(rest): item.id in rest


# --next: after "what did Doe say", what the next person the brief quotes said, asked as a thread does ("and Roe?");
# a quote whose speaker bears Roe's surname answers. Asked of each pair of people --said asks about, in brief order.
NEXT_FORMS = (
    ("and Roe?", lambda pair: (f"and {pair[1]}?", f"what did {pair[0]} say")),
    ("what about Roe", lambda pair: (f"what about {pair[1]}", f"what did {pair[0]} say")),
    ("how about roe", lambda pair: (f"how about {pair[1].lower()}", f"what did {pair[0]} say")),
    ("Roe?", lambda pair: (f"{pair[1]}?", f"what did {pair[0]} say")),
)


def next_speakers(brief: Brief):
    said = list(quotes_by_surname(brief))
    for (first, _), (then, answers) in itertools.pairwise(said):
        yield (first, then), answers


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--split", choices=SPLITS, help="only this split")
    parser.add_argument("--misses", action="store_true", help="list the tuning stories' failures")
    parser.add_argument("--sizes", action="store_true", help="time answers against brief size")
    parser.add_argument("--bm25", action="store_true", help="compare FTS5 bm25() ranking, story by story")
    parser.add_argument("--leave-out", action="store_true", help="abstaining once the right items are taken out")
    parser.add_argument("--other-asks", action="store_true", help="a second editor's asks in place of the brief's own")
    parser.add_argument(
        "--typos", action="store_true", help="each ask with a slip, in a phone's style, framed (bench/slips.py)"
    )
    parser.add_argument("--pasted", action="store_true", help="who said a line pasted from each quote")
    parser.add_argument("--dates", action="store_true", help="what happened on each timeline day, typed six ways")
    parser.add_argument("--times", action="store_true", help="what happened at each time of day given, typed five ways")
    for folder, (_, what) in ASKED_SETS.items():
        parser.add_argument(f"--{folder}", action="store_true", help=what)
    parser.add_argument("--stretches", action="store_true", help="what happened since, after, before each day")
    parser.add_argument("--sums", action="store_true", help="what each fact's sum is about, the sum typed five ways")
    parser.add_argument("--people", action="store_true", help="who each person is, asked by surname seven ways")
    parser.add_argument("--said", action="store_true", help="what each person said, asked by surname six ways")
    parser.add_argument("--ages", action="store_true", help="how old each person is whose role says, five ways")
    parser.add_argument("--parties", action="store_true", help="which party each person is in, five ways")
    parser.add_argument("--next", action="store_true", help="after what one said, 'and Roe?' four ways")
    parser.add_argument("--own-asks", action="store_true", help="every editor's ask typed as written")
    parser.add_argument("--bodies", action="store_true", help="what each organisation is, asked five ways")
    parser.add_argument("--joins", action="store_true", help="two asks in one message, put together as joins.txt says")
    parser.add_argument("--quoted", action="store_true", help="follow-ups typed after a quote of the answer before")
    parser.add_argument("--sourcing", action="store_true", help="where the answer before comes from, sourcing.txt")
    parser.add_argument("--about", action="store_true", help="asks about the article itself, about.txt")
    parser.add_argument("--more", action="store_true", help="asks for more right after an answer, more.txt")
    parser.add_argument("--sections", action="store_true", help="asks for a whole section, sections.txt")
    parser.add_argument("--quote-requests", action="store_true", help="someone's quote asked for, quote-requests.txt")
    parser.add_argument("--number-asks", action="store_true", help="the story's numbers asked for, number-asks.txt")
    parser.add_argument("--stances", action="store_true", help="where someone stands, stances.txt")
    parser.add_argument("--said-else", action="store_true", help="what else someone said, after what they said")
    parser.add_argument("--groups", action="store_true", help="what a party's politicians said, groups.txt")
    parser.add_argument("--after-miss", action="store_true", help="asks answered alone, after one not covered")
    parser.add_argument("--after-someone", action="store_true", help="asks answered alone, after one about someone")
    parser.add_argument("--said-when", action="store_true", help="when, where or why something was said, said-when.txt")
    parser.add_argument("--positions", action="store_true", help="where someone not quoted stands, stances.txt")
    parser.add_argument("--story-event", action="store_true", help="the story's own event asked of by pronoun")
    parser.add_argument("--sides", action="store_true", help="who is against or for what the story is about")
    parser.add_argument("--claim-sources", action="store_true", help="where one claim comes from, claim-sources.txt")
    parser.add_argument("--pairs", action="store_true", help="what two people said, or who they are, pairs.txt")
    parser.add_argument("--responses", action="store_true", help="whether someone commented, responses.txt")
    parser.add_argument("--listing", action="store_true", help="which of a party's people the story has, listing.txt")
    parser.add_argument("--name-checks", action="store_true", help="a person's name or title checked, name-checks.txt")
    parser.add_argument("--threads", action="store_true", help="reporters' threads, each message leaning on the last")
    args = parser.parse_args(argv)
    splits = (args.split,) if args.split else SPLITS
    if args.threads:
        threads_asked(splits, args.misses)
        return 0
    if args.joins:
        joined_pairs(splits, args.misses)
        return 0
    if args.quoted:
        quoting_the_answer(splits)
        return 0
    if args.sourcing:
        asking_for_sources(splits, args.misses)
        return 0
    if args.more:
        asking_for_more(splits)
        return 0
    if args.about:
        asking_about_the_article(splits)
        return 0
    if args.pairs:
        asking_of_two(splits)
        return 0
    if args.after_miss or args.after_someone:
        asking_after(splits, *((after_a_miss, "a miss") if args.after_miss else (after_someone, "one about someone")))
        return 0
    if args.said_when:
        asking_when_said(splits)
        return 0
    if args.claim_sources:
        asking_where_claims_come_from(splits)
        return 0
    if args.story_event:
        asking_of_the_story_event(splits)
        return 0
    if args.sides:
        asking_who_takes_sides(splits)
        return 0
    listed = [name for name in LISTED if getattr(args, name)]
    if listed:
        listed_measure(splits, *LISTED[listed[0]])
        return 0
    if args.ages:
        typed_rows(splits, AGE_FORMS, people_of_an_age, "their entry first")
        return 0
    if args.next:
        typed_rows(splits, NEXT_FORMS, next_speakers, "their quote first")
        return 0
    if args.parties:
        typed_rows(splits, PARTY_FORMS, people_of_a_party, "their entry first")
        return 0
    if args.own_asks:
        typed_rows(splits, OWN_ASK_FORMS, editors_asks, "an item it is on first")
        return 0
    if args.bodies:
        typed_rows(splits, BODY_FORMS, bodies_by_name, "its entry first")
        return 0
    if args.said:
        typed_rows(splits, SAID_FORMS, quotes_by_surname, "their quote first")
        return 0
    if args.people:
        typed_rows(splits, PEOPLE_FORMS, people_by_surname, "their entry first")
        return 0
    if args.sums:
        typed_rows(splits, SUM_FORMS, fact_sums, "the sum first")
        return 0
    if args.said_else:
        typed_rows(splits, SAID_ELSE_FORMS, quotes_not_shown, "a quote not shown first")
        return 0
    if args.times:
        typed_rows(splits, TIME_FORMS, clock_times, "an item giving that time first")
        return 0
    if args.dates:
        typed_rows(splits, DAY_FORMS, timeline_days, "that day first")
        typed_rows(splits, DAY_FIRST_FORMS, days_past_the_twelfth, "that day first")
        typed_rows(splits, DAY_ALONE_FORMS, days_alone, "that day first")
        typed_rows(splits, WEEKDAY_FORMS, days_of_the_last_week, "that day first")
        return 0
    asked = [folder for folder in ASKED_SETS if getattr(args, folder.replace("-", "_"))]
    if asked:
        asked_set(splits, asked[0], args.misses)
        return 0
    if args.stretches:
        for relation, phrasings, inside in STRETCHES:
            typed_rows(splits, _stretch_forms(phrasings), timeline_stretches(relation, inside), "its near end first")
        typed_rows(splits, NEXT_ASKED, still_to_come, "the next entry first")
        return 0
    if args.pasted:
        typed_rows(splits, PASTED_FORMS, pasted_lines, "quote first")
        return 0
    if args.bm25:
        bm25(splits)
        return 0
    if args.leave_out:
        leave_out()
        return 0
    if args.other_asks:
        by_other_asks(splits)
        return 0
    if args.typos:
        with_slips(splits)
        return 0
    if args.sizes:  # timing alone: a timing run never prints a held-out figure by accident
        sizes()
        if not args.split:
            return 0
    quality(splits, args.misses)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
