"""Injection: hostile text in a brief and typed by people, through every way the app speaks, rendered inert.

For each hostile string, a brief holding it in every text field is served beside nothing else, and people type
it after /brief, in thread replies and in mentions. Every message the app sends must stay inside Block Kit's
limits and hold no live mention, broadcast, channel or link but the ones the app makes itself: the editors and
the asker in "Ask the desk" (validated Slack ids) and the brief's own source.url.
"""

from __future__ import annotations

import json
import shutil
import time
from pathlib import Path

import pytest
import yaml

from bot import ids
from bot.cli.inbox import entry_line
from bot.console.fakeslack import BOT_USER_ID
from bot.render.blockkit import link
from tests.slackharness import REPO, start_harness, stop_harness
from tests.test_properties import assert_inert, assert_sent_within_limits, displayed_texts

INJECTION = "Injection in brief text and in typed text"
INERT = "rendered inert (no live mention, broadcast or link) and within Block Kit limits, in every message sent"
GOOD = REPO / "tests" / "good_briefs"
STORY = "hostile-story"
EDITOR = "U0123ABCD"
ASKER = "U0ASKER"
WORD = "x" * 10_000

HOSTILE = {
    # case: (the hostile text, what must not appear in any message sent, what must appear (escaped, not dropped))
    "<!channel>": ("ping <!channel> now", ["<!channel>"], ["&lt;!channel&gt;"]),
    "<!here> and <!everyone>": ("ping <!here> <!everyone>", ["<!here>", "<!everyone>"], ["&lt;!here&gt;"]),
    "<!subteam^S...>": ("ping <!subteam^S0123ABC|@editors>", ["<!subteam^"], ["&lt;!subteam^S0123ABC|@editors&gt;"]),
    "<@U...> user mention": ("ping <@U0BOSS> and <@W0BOSS|boss>", ["<@U0BOSS>", "<@W0BOSS"], ["&lt;@U0BOSS&gt;"]),
    "<#C...> channel link": ("see <#C0GENERAL> and <#C0SECRET|secret>", ["<#C0"], ["&lt;#C0GENERAL&gt;"]),
    "<https://...|...> link": (
        "click <https://evil.example/login|your bank> <mailto:x@evil.example|mail>",
        ["<https://evil", "<mailto:"],
        ["&lt;https://evil.example/login|your bank&gt;"],
    ),
    # Typed, Slack delivers "&", "<", ">" as these entities and the app reads them as typed, so a typed "<!channel>"
    # is rightly shown as "&lt;!channel&gt;"; the brief's text passed through raw would show "&#60;!".
    "HTML entities": (
        "&lt;!channel&gt; &amp;lt;!here&amp;gt; &#60;!channel&#62; &#x3C;@U0BOSS&#x3E; &nbsp;",
        ["<!channel>", "&#60;!", "&#x3C;@"],
        ["&amp;lt;!channel&amp;gt;", "&amp;#60;!channel&amp;#62;"],
    ),
    "zero-width characters": ("zero\u200bwidth\u200c\u200djoin\u2060er\ufeffs\u00adoft", ["\u200d"], ["zerowidth"]),
    "right-to-left override": ("name\u202etxt.exe\u202c \u2066iso\u2069 \u200fmark", ["\u202e", "\u2066"], ["txt.exe"]),
    "10 KB words": (f"start {WORD} end", [], ["start"]),
    "Slack markdown that could break the layout": (
        "*PWNBOLD* _PWNITAL_ ~PWNSTRIKE~ `PWNCODE` ```PWNFENCE``` > PWNQUOTE\n>>> all quoted\n• b :skull: ---",
        ["*PWNBOLD*", "_PWNITAL_", "~PWNSTRIKE~", "`PWNCODE`", "```", "\n>>>", "\n> PWN"],
        ["PWNBOLD", "&gt;&gt;&gt; all quoted"],
    ),
}


def hostile_brief(folder: Path, text: str) -> None:
    """The good brief with `text` in every field a person reads, and a source holding the quote verbatim."""
    data = yaml.safe_load((GOOD / "tiny-valid-story.yaml").read_text(encoding="utf-8"))
    quote = f"We have no choice but to close it {text}"
    data["title"] = f"Hostile {text} story"
    data["summary"] = f"The harbour bridge {text} will close."
    data.pop("aliases")
    data["editors"] = [{"name": f"Dana {text}", "slack": EDITOR}, {"name": f"Sam {text}"}]
    source = data["source"]
    source.update(outlet=f"Courier {text}", headline=f"Bridge {text}", republisher=f"Wire {text}", dating=text)
    source["file"] = f"sources/{STORY}.txt"
    data["facts"][0].update(text=f"The bridge closes {text}", basis=f"Council {text}")
    data["facts"][1].update(text=f"ACLU said {text}")
    data["quotes"][0].update(text=quote, speaker=f"Mara {text}", role=f"lead {text}", context=text)
    data["questions"][0].update(text=f"Will it reopen {text}?")
    data["questions"][1].update(answer=f"Yes {text}", basis=f"Ferries {text}")
    data["timeline"][0].update(event=f"The bridge opens {text}", basis=text)
    data["people"][0].update(name=f"Mara {text}", role=f"council {text}", aliases=[f"Holt {text}"])
    (folder / "sources").mkdir(parents=True, exist_ok=True)
    original = (GOOD / "sources" / "tiny-valid-story.txt").read_text(encoding="utf-8")
    (folder / "sources" / f"{STORY}.txt").write_text(original + f'\n"{quote}," she said.\n', encoding="utf-8")
    (folder / f"{STORY}.yaml").write_text(yaml.safe_dump(data, allow_unicode=True, sort_keys=False), encoding="utf-8")


@pytest.fixture
def hostile(tmp_path, request):
    text = HOSTILE[request.param][0]
    hostile_brief(tmp_path / "briefs", text)
    shutil.copy(GOOD / "tiny-valid-story.yaml", tmp_path / "briefs")
    shutil.copy(GOOD / "sources" / "tiny-valid-story.txt", tmp_path / "briefs" / "sources")
    running = start_harness(tmp_path / "briefs", tmp_path / "var" / "briefbot.sqlite3")
    yield running, text
    stop_harness(running)


def answered_once(harness, typed: str, channel: str) -> None:
    """/brief TYPED gets its reply: a private one, or a post (and its follow-ons) in the channel."""
    status, name = harness.command(typed, channel=channel)
    assert status == 200
    deadline = time.monotonic() + 10
    fake = harness.fake
    while not (fake.calls("response_url", name=name) or fake.calls("chat.postMessage", channel=channel)):
        assert time.monotonic() < deadline, f"no reply to /brief {typed[:80]!r}"
        time.sleep(0.02)


def everything_sent(fake) -> list:
    return fake.calls("chat.postMessage") + fake.calls("chat.postEphemeral") + fake.calls("response_url")


def shown_texts(call) -> list[str]:
    return displayed_texts(call.params.get("blocks") or []) + [call.params.get("text") or ""]


def mrkdwn_texts(call) -> list[str]:
    """The texts Slack formats as mrkdwn: mrkdwn objects, and the message text when there are no blocks."""
    found = []

    def walk(node):
        if isinstance(node, dict):
            if node.get("type") == "mrkdwn" and isinstance(node.get("text"), str):
                found.append(node["text"])
            for value in node.values():
                walk(value)
        elif isinstance(node, list):
            for value in node:
                walk(value)

    walk(call.params.get("blocks") or [])
    return found if call.params.get("blocks") else [call.params.get("text") or ""]


@pytest.mark.parametrize("hostile", list(HOSTILE), indirect=True)
@pytest.mark.reliability(INJECTION, outcome=INERT)
def test_hostile_text_in_a_brief_and_typed_is_rendered_inert(hostile, request):
    harness, text = hostile
    case = request.node.callspec.params["hostile"]
    fake = harness.fake
    brief = harness.library.current.get(STORY)
    assert brief is not None, [str(p) for p in harness.library.current.problems]

    # Everything the app can say, with the hostile text in the brief and in what people type.
    harness.command(STORY, channel="C0INJ")
    (overview,) = harness.posts(channel="C0INJ", timeout=10)
    ts = overview.response["ts"]
    assert harness.wait_for_thread("C0INJ", ts) == STORY
    for number, typed in enumerate((f"{STORY} all", f"{STORY} {text}", text, f"nosuch {text}", "list", "help")):
        answered_once(harness, typed, f"C0TYPED{number}")
    # One at a time, as people do: each reply is answered before the next, and the desk is asked after the last.
    harness.reply("C0INJ", ts, f"<@{BOT_USER_ID}> what did Mara say {text}?")
    fake.wait_for("chat.postMessage", count=1, timeout=30, thread_ts=ts)
    harness.reply("C0INJ", ts, f"will the stock price {text} go up \x1b[2J\x1b]0;pwned\x07?", user=ASKER)
    deadline = time.monotonic() + 30
    while "stock price" not in (harness.store.last_ask("C0INJ", ts) or ""):
        assert time.monotonic() < deadline, "the second reply was never answered"
        time.sleep(0.02)
    harness.press(ids.section_action("quotes"), STORY, "C0INJ", ts)
    harness.press(ids.ACTION_ASK_DESK, STORY, "C0INJ", ts, user=ASKER)
    harness.event({"type": "app_mention", "channel": "C0INJ", "user": ASKER, "text": f"<@{BOT_USER_ID}> {text}",
                   "ts": "1700000999.000100"})  # fmt: skip
    fake.wait_for("chat.postMessage", count=4, timeout=30, thread_ts=ts)  # 2 answers, quotes, the desk
    fake.wait_for("chat.postEphemeral", timeout=10)

    allowed = {f"@{EDITOR}", f"@{ASKER}", link(brief.source.url, brief.source.outlet)[1:-1]}
    sent = everything_sent(fake)
    assert len(sent) >= 12
    everything, formatted = "", ""
    for call in sent:
        assert call.response.get("ok", True), str(call)
        assert_sent_within_limits(call)
        for shown in shown_texts(call):
            assert_inert(shown, allowed)
            everything += shown + "\n"
        formatted += "\n".join(mrkdwn_texts(call)) + "\n"
    _, must_not, must = HOSTILE[case]
    for bad in must_not:  # markup only matters where Slack formats; mentions and links anywhere
        assert bad not in (formatted if bad[0] in "*_~`\n" else everything), f"{case}: {bad!r} reached Slack"
    for good in must:
        assert good in everything, f"{case}: {good!r} should be shown (escaped), not dropped"

    desk = [c for c in fake.calls("chat.postMessage", thread_ts=ts) if f"<@{ASKER}>" in json.dumps(c.params)]
    assert desk and f"<@{EDITOR}>" in json.dumps(desk[0].params["blocks"]), "the desk hand-off still mentions"

    # what an editor sees in `briefbot inbox`: no escape sequences, no direction tricks
    printed = "\n".join(entry_line(entry) for entry in harness.store.inbox(STORY))
    assert "stock price" in printed
    assert "\x1b" not in printed and "\x07" not in printed and "\u202e" not in printed and "\u2066" not in printed
