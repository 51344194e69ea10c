"""Restricted and embargoed stories, through the real HTTP path: (path × who × where) → what they get.

"absent" is checked against a second app where the restricted brief was never written: what the stranger
gets must be exactly what they get there, and carry none of the brief's words they did not type themselves.
"""

from __future__ import annotations

import datetime as dt
import io
import subprocess
import sys

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from bot.access import Restriction, Viewer, decide
from bot.briefs.library import load_library
from bot.console import ConsoleSession, payloads
from bot.settings import Settings
from tests.accessharness import (
    EDITOR,
    INSIDER,
    LISTED_CHANNEL,
    OTHER_CHANNEL,
    PUBLIC_NEIGHBOUR,
    SECRET_STORY,
    SECRET_WORDS,
    STRANGER,
    act,
    lay_out,
    leaked_words,
    normalised,
    sent_since,
)
from tests.sizing import examples
from tests.slackharness import start_harness, stop_harness

TITLE = "Quillon quarry inquiry into the Vexmoor blasting permits"
ELSEWHERE = "C0ELSEWHERE"


@pytest.fixture(scope="module")
def pair(tmp_path_factory):
    """(with the restricted brief, without it): two apps, each with its own fake Slack and database."""
    running = []
    for name, with_secret in (("restricted", True), ("never-written", False)):
        root = tmp_path_factory.mktemp(name)
        running.append(start_harness(lay_out(root / "briefs", with_secret), root / "var" / "briefbot.sqlite3"))
    yield tuple(running)
    for harness in running:
        stop_harness(harness)


# What a stranger may try: every way of naming, finding or reaching the story.
STRANGER_TRIES = [
    ("command", "list"),
    ("command", ""),
    ("command", "help"),
    ("command", SECRET_STORY),
    ("command", "vexmoor permits"),
    ("command", "VEXMOOR-PERMITS"),
    ("command", "quillon-qua"),
    ("command", "quillon quarry"),
    ("command", "quillon"),
    ("command", "qui"),
    ("command", "quilon quary inquiry"),
    ("command", "vexmor permts"),
    ("command", "Quillon quarry inquiry into the Vexmoor blasting permits"),
    ("command", f"{SECRET_STORY} quotes"),
    ("command", f"{SECRET_STORY} facts"),
    ("command", "vexmoor permits all"),
    ("command", f"{SECRET_STORY} crewdson shares"),
    ("command", "crewdson zephyrite shareholding"),
    ("command", "blasting permits"),
    ("button", f"{SECRET_STORY} facts"),
    ("button", f"{SECRET_STORY} people"),
    ("desk button", f"{SECRET_STORY} -"),
    ("thread", f"{SECRET_STORY} who held the shares?"),
    ("replayed thread", f"{SECRET_STORY} when can they blast?"),
    ("mention", f"{SECRET_STORY} who is Crewdson?"),
    ("home", ""),
    ("post button", SECRET_STORY),
    ("post submit", SECRET_STORY),
]
ALLOWED = [
    # (path, text, who, where, outcome)
    ("command", SECRET_STORY, STRANGER, LISTED_CHANNEL, "public"),
    ("command", "vexmor permts", STRANGER, LISTED_CHANNEL, "public"),
    ("command", f"{SECRET_STORY} facts", STRANGER, LISTED_CHANNEL, "public"),
    ("command", "list", STRANGER, LISTED_CHANNEL, "listed"),
    ("button", f"{SECRET_STORY} facts", STRANGER, LISTED_CHANNEL, "public"),
    ("thread", f"{SECRET_STORY} who held the shares?", STRANGER, LISTED_CHANNEL, "public"),
    ("command", SECRET_STORY, INSIDER, OTHER_CHANNEL, "private"),
    ("command", "vexmoor permits quotes", INSIDER, OTHER_CHANNEL, "private"),
    ("command", f"{SECRET_STORY} crewdson", INSIDER, OTHER_CHANNEL, "private"),
    ("command", "list", INSIDER, OTHER_CHANNEL, "listed"),
    ("button", f"{SECRET_STORY} facts", INSIDER, OTHER_CHANNEL, "private"),
    ("thread", f"{SECRET_STORY} who held the shares?", INSIDER, OTHER_CHANNEL, "private"),
    ("command", SECRET_STORY, EDITOR, OTHER_CHANNEL, "private"),
    ("command", "quilon quary inquiry", EDITOR, ELSEWHERE, "private"),
    ("desk button", f"{SECRET_STORY} -", EDITOR, ELSEWHERE, "private"),
    ("command", SECRET_STORY, EDITOR, LISTED_CHANNEL, "public"),
]


@pytest.mark.reliability(
    "A restricted brief tried by someone not on its list, from channels not on it (every path)",
    outcome="the same reply as for a story never written; none of its words sent",
)
@pytest.mark.parametrize("where", [OTHER_CHANNEL, ELSEWHERE])
@pytest.mark.parametrize("path, text", STRANGER_TRIES, ids=[f"{p}: {t or '(empty)'}" for p, t in STRANGER_TRIES])
def test_a_stranger_gets_what_a_never_written_story_gives(pair, path, text, where):
    restricted, never_written = pair
    got = act(restricted, path, text, STRANGER, where)
    control = act(never_written, path, text, STRANGER, where)
    assert normalised(got) == normalised(control)
    assert not leaked_words(got, text), leaked_words(got, text)


ALLOWED_IDS = [f"{path}: {text} | {who} in {where}" for path, text, who, where, _ in ALLOWED]


@pytest.mark.parametrize("path, text, who, where, outcome", ALLOWED, ids=ALLOWED_IDS)
def test_who_may_see_it_gets_it_publicly_or_privately(pair, path, text, who, where, outcome):
    restricted, _ = pair
    sent = act(restricted, path, text, who, where)
    everything = " ".join(str(item) for item in sent)
    public = [item for item in sent if item[0] == "chat.postMessage"]
    private = [item for item in sent if item[0] in ("response_url", "chat.postEphemeral")]
    if outcome == "listed":
        assert private and not public and TITLE in everything
        return
    assert "vexmoor" in everything.lower() or "crewdson" in everything.lower(), sent
    if outcome == "public":
        assert public and not private and all(item[1] == where for item in public), sent
    else:
        assert private and not public, sent
        assert "Restricted story" in str(private[0]) or "EMBARGOED" in str(private[0])


def test_serving_a_restricted_brief_is_audited(pair, tmp_path):
    restricted, _ = pair
    before = len(restricted.store.served(SECRET_STORY))
    act(restricted, "command", f"{SECRET_STORY} timeline", INSIDER, "C0AUDIT")
    act(restricted, "command", "ferry", STRANGER, "C0AUDIT")  # a public story is not audited
    act(restricted, "command", f"{SECRET_STORY} people", STRANGER, LISTED_CHANNEL)
    restricted.fake.fail("chat.postMessage", "not_in_channel")  # the bot left the listed channel: sent privately
    act(restricted, "command", SECRET_STORY, STRANGER, LISTED_CHANNEL)
    entries = restricted.store.served(SECRET_STORY)[before:]
    assert [(e.what, e.user, e.channel, e.how) for e in entries] == [
        ("timeline", INSIDER, "C0AUDIT", "private"),
        ("people", STRANGER, LISTED_CHANNEL, "public"),
        ("overview", STRANGER, LISTED_CHANNEL, "private"),
    ]
    assert all(e.story == SECRET_STORY for e in restricted.store.served())
    run = subprocess.run(
        [sys.executable, "-m", "bot", "audit", SECRET_STORY],
        capture_output=True, text=True, timeout=60,
        env={"BRIEFBOT_DB": str(restricted.settings.db_path), "PATH": "/usr/bin:/bin"},
    )  # fmt: skip
    assert run.returncode == 0, run.stderr
    assert f"{SECRET_STORY}  timeline (private) to <@{INSIDER}> in C0AUDIT" in run.stdout


def _words_and_typos():
    """Words of the restricted brief, whole or misspelt, mixed with section names and everyday words."""
    words = [*SECRET_WORDS, "quillon", "inquiry", "permits", SECRET_STORY, "hallam", "councillor"]

    def misspell(word_and_cut):
        word, cut = word_and_cut
        cut %= len(word)
        return word[:cut] + word[cut + 1 :]

    typo = st.tuples(st.sampled_from(words), st.integers(0, 30)).map(misspell)
    word = st.one_of(st.sampled_from(words), typo, st.sampled_from(["quotes", "facts", "who", "the", "ferry", "all"]))
    return st.lists(word, min_size=1, max_size=4).map(" ".join)


@pytest.mark.reliability(
    "Property tests (hypothesis): generated briefs, command texts and strings",
    case="no text of a restricted brief reaches a stranger",
)
@settings(max_examples=examples(0.2), deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(
    path=st.sampled_from(["command", "command", "command", "button", "thread", "replayed thread"]),
    text=_words_and_typos(),
    where=st.sampled_from([OTHER_CHANNEL, ELSEWHERE, "G0PRIVATE", "D0DIRECT"]),
    who=st.sampled_from([STRANGER, "W0GUEST"]),
)
def test_no_message_to_a_stranger_holds_text_of_a_restricted_brief(pair, path, text, where, who):
    restricted, never_written = pair
    if path == "button":
        text = f"{SECRET_STORY} {text.split()[0] if text.split()[0] in ('facts', 'quotes', 'who') else 'facts'}"
        text = text.replace(" who", " people")
    elif path != "command":
        text = f"{SECRET_STORY} {text}"
    got = act(restricted, path, text, who, where)
    assert not leaked_words(got, text), (leaked_words(got, text), got)
    assert normalised(got) == normalised(act(never_written, path, text, who, where))


def test_an_embargo_lifts_at_its_time_without_restart_or_edit(tmp_path):
    folder = lay_out(tmp_path / "briefs", with_secret=False)
    path = folder / "quillon-ferry-timetable.yaml"
    brief = path.read_text().replace("  - name: Sam Okafor\n", "  - name: Sam Okafor\n    slack: U0FERRYED\n")
    lifts = dt.datetime.now(dt.UTC).replace(microsecond=0) + dt.timedelta(seconds=8)
    path.write_text(brief + f'embargo: "{lifts.isoformat()}"\n')
    harness = start_harness(folder, tmp_path / "var" / "briefbot.sqlite3")

    def ask(user: str) -> tuple[list, bool, bool]:
        """What the user got, and whether the request ended before the embargo / began after it."""
        began = dt.datetime.now(dt.UTC)
        sent = act(harness, "command", "quillon ferry", user, OTHER_CHANNEL)
        return sent, dt.datetime.now(dt.UTC) < lifts, began >= lifts

    try:
        seen_before = 0
        while True:
            sent, before, after = ask(STRANGER)
            if before:
                seen_before += 1
                assert "Quillon ferry timetable" not in str(sent) and "No brief named" in str(sent)
                editor, still_before, _ = ask("U0FERRYED")
                if still_before:
                    assert [item[0] for item in editor] == ["response_url"]
                    assert "EMBARGOED until" in str(editor) and "Quillon ferry timetable" in str(editor)
            elif after:
                assert [item[0] for item in sent] == ["chat.postMessage"], sent
                assert "Quillon ferry timetable" in str(sent)
                break
        assert seen_before, "no request finished before the embargo: the machine was too slow for this test"
        assert harness.library.generation == 1, "served without a reload"
    finally:
        stop_harness(harness)


@pytest.mark.parametrize(
    "user, channel, sees",
    [(STRANGER, OTHER_CHANNEL, False), (INSIDER, OTHER_CHANNEL, True), (STRANGER, LISTED_CHANNEL, True),
     (EDITOR, ELSEWHERE, True)],
)  # fmt: skip
def test_the_console_told_who_and_where_applies_the_same_rule(tmp_path, user, channel, sees):
    out = io.StringIO()
    settings_ = Settings(briefs_dir=lay_out(tmp_path / "briefs", with_secret=True), db_path=tmp_path / "db")
    session = ConsoleSession(settings_, user=user, out=out, channel=channel)
    try:
        for line in ("/brief list", "/brief vexmoor permits", "/brief quilon quary", "press facts"):
            session.handle(line)
    finally:
        session.close()
    shown = out.getvalue()
    assert ("Vexmoor" in shown) is sees, shown
    if not sees:
        assert not {w for w in SECRET_WORDS if w in shown.lower().replace("/brief vexmoor permits", "")} - {"vexmoor"}


def test_the_decision_at_the_edges_of_an_embargo_and_an_access_list():
    lifts = dt.datetime(2026, 12, 24, 6, 0, tzinfo=dt.UTC)
    rule = Restriction(lifts, frozenset({LISTED_CHANNEL}), frozenset({INSIDER}), frozenset({EDITOR}))
    embargo_only = Restriction(lifts, None, frozenset(), frozenset({EDITOR}))
    before, at = lifts - dt.timedelta(microseconds=1), lifts

    def seen(restriction, user, channel, now):
        decision = decide(restriction, Viewer(user, channel, now))
        return decision.visibility.value, decision.embargoed_until is not None, decision.audited

    assert seen(embargo_only, STRANGER, OTHER_CHANNEL, before) == ("hidden", False, False)
    assert seen(embargo_only, EDITOR, OTHER_CHANNEL, before) == ("private", True, True)
    assert seen(embargo_only, STRANGER, OTHER_CHANNEL, at) == ("public", False, False)
    assert seen(rule, STRANGER, LISTED_CHANNEL, before) == ("hidden", False, False)
    assert seen(rule, INSIDER, OTHER_CHANNEL, before) == ("hidden", False, False)
    assert seen(rule, EDITOR, LISTED_CHANNEL, before) == ("private", True, True)
    assert seen(rule, STRANGER, LISTED_CHANNEL, at) == ("public", False, True)
    assert seen(rule, INSIDER, OTHER_CHANNEL, at) == ("private", False, True)
    assert seen(rule, EDITOR, OTHER_CHANNEL, at) == ("private", False, True)
    assert seen(rule, STRANGER, OTHER_CHANNEL, at) == ("hidden", False, False)
    assert seen(rule, "", OTHER_CHANNEL, at) == ("hidden", False, False)
    assert seen(None, STRANGER, OTHER_CHANNEL, before) == ("public", False, False)


def test_a_lookup_that_does_not_say_who_is_asking_finds_no_restricted_story(tmp_path):
    library = load_library(lay_out(tmp_path / "briefs", with_secret=True))
    assert SECRET_STORY in library.briefs
    assert library.get(SECRET_STORY) is None and library.exact("vexmoor permits") is None
    assert SECRET_STORY not in [stored.id for stored in library.summaries()]
    found = library.find("quillon quarry inquiry")
    named = [b.id for b in (found.brief, *found.candidates, *found.suggestions) if b is not None]
    assert SECRET_STORY not in named
    assert library.find("quillon").brief.id == PUBLIC_NEIGHBOUR, "the one story named so that it exists"
    editor = library.visible_to(Viewer.asking_now(EDITOR, OTHER_CHANNEL))
    assert editor.get(SECRET_STORY).id == SECRET_STORY and editor.find("vexmoor permits").brief.id == SECRET_STORY


def test_a_desk_member_sees_inbox_questions_only_about_stories_that_exist_for_them(tmp_path):
    harness = start_harness(lay_out(tmp_path / "briefs", True), tmp_path / "db.sqlite3", desk=frozenset({"U0DESK"}))
    try:
        harness.store.add_to_inbox(SECRET_STORY, "Did Crewdson sell the zephyrite shareholding?", INSIDER, "D0", "1.0")
        harness.store.add_to_inbox(PUBLIC_NEIGHBOUR, "When does the winter timetable start?", STRANGER, "C0", "2.0")
        homes = {}
        for user in ("U0DESK", EDITOR):
            start = len(harness.fake.calls())
            harness.event(payloads.app_home_opened(user))
            harness.settle()
            homes[user] = " ".join(str(item) for item in sent_since(harness, start)).lower()
        assert "winter timetable" in homes["U0DESK"]
        assert not {word for word in SECRET_WORDS if word in homes["U0DESK"]}
        assert "zephyrite" in homes[EDITOR] and "winter timetable" in homes[EDITOR]
    finally:
        stop_harness(harness)
