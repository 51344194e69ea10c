"""/brief through the real HTTP path: signed requests in, posts and private replies seen at the fake Web API."""

from __future__ import annotations

import json
import shutil
import time

import pytest
from slack_sdk.models.blocks import Block

from bot import ids
from bot.console import payloads
from bot.store import Store
from tests.slackharness import REPO, STORY, post_signed


def all_text(blocks: list[dict]) -> str:
    return json.dumps(blocks, ensure_ascii=False)


def assert_valid_blocks(blocks: list[dict]) -> None:
    assert 0 < len(blocks) <= 50
    for block in blocks:
        Block.parse(block).validate_json()


def test_help_is_private_with_examples_and_stories(harness):
    status, name = harness.command("")
    assert status == 200
    (reply,) = harness.private_replies(name)
    assert reply.params["response_type"] == "ephemeral"
    text = all_text(reply.params["blocks"])
    assert "/brief STORY" in text and STORY in text
    assert not harness.fake.calls("chat.postMessage")
    status, name = harness.command("help")
    assert harness.private_replies(name)[0].params["response_type"] == "ephemeral"


def test_list_is_private_with_title_id_status_and_updated(harness):
    _, name = harness.command("list")
    (reply,) = harness.private_replies(name)
    text = all_text(reply.params["blocks"])
    brief = harness.library.current.get(STORY)
    for expected in (STORY, brief.status, brief.updated, brief.title[:40]):
        assert expected in text
    assert not harness.fake.calls("chat.postMessage")


def test_overview_is_posted_to_the_channel_with_buttons_and_metadata(harness):
    status, _ = harness.command(STORY, channel="C0DESK")
    assert status == 200
    (post,) = harness.posts(channel="C0DESK")
    blocks = post.params["blocks"]
    assert_valid_blocks(blocks)
    assert blocks[0]["type"] == "header"
    text = all_text(blocks)
    assert "published" in text and "BuzzFeed News" in text and "2020-06" in text
    action_ids = [e["action_id"] for b in blocks if b["type"] == "actions" for e in b["elements"]]
    assert ids.section_action("quotes") in action_ids and ids.ACTION_ASK_DESK in action_ids
    assert post.params["metadata"] == {
        "event_type": "brief_posted",
        "event_payload": {"story": STORY, "section": "overview"},
    }
    assert post.params["text"], "a plain text fallback for notifications"
    ts = post.response["ts"]
    assert harness.wait_for_thread("C0DESK", ts) == STORY


def test_overview_shows_questions_another_process_put_in_the_inbox(harness):
    harness.command(STORY)
    assert "waiting for the desk" not in all_text(harness.posts()[0].params["blocks"])
    Store(harness.settings.db_path).add_to_inbox(STORY, "Who paid?", "U2", "C0NEWS", "1.0")  # another process
    harness.command(STORY)
    second = harness.posts(count=2)[1]
    assert "1 unanswered question(s) waiting for the desk" in all_text(second.params["blocks"])


@pytest.mark.parametrize(
    "typed, section",
    [("quotes", "quotes"), ("key facts", "facts"), ("open questions", "questions"), ("q", "questions"),
     ("who", "people"), ("when", "timeline"), ("sources", "sources"), ("summary", "summary")],
)  # fmt: skip
def test_section_is_posted_to_the_channel(harness, typed, section):
    harness.command(f"{STORY} {typed}")
    (post,) = harness.posts()
    assert_valid_blocks(post.params["blocks"])
    assert post.params["metadata"]["event_payload"]["section"] == section


def test_quotes_section_sets_each_quote_with_speaker_and_role(harness):
    harness.command(f"{STORY} quotes")
    text = all_text(harness.posts()[0].params["blocks"])
    brief = harness.library.current.get(STORY)
    for quote in brief.quotes:
        assert quote.speaker.split(" (")[0].replace("*", "")[:20] in text.replace("\u200b", "")
    assert "Kade Crockford" in text
    assert "&gt;“" in text, "quotes are set as quotations"


def test_all_sections_continue_in_the_thread_without_cutting(harness):
    harness.command(f"{STORY} all")
    posts = harness.posts(count=2)
    first_ts = posts[0].response["ts"]
    assert all(p.params.get("thread_ts") == first_ts for p in posts[1:])
    everything = "".join(all_text(p.params["blocks"]) for p in harness.fake.calls("chat.postMessage"))
    brief = harness.library.current.get(STORY)
    for item in brief.facts + brief.timeline:
        snippet = (getattr(item, "text", None) or item.event)[:30]
        assert json.dumps(snippet, ensure_ascii=False)[1:-1].replace("&", "&amp;") in everything.replace("\u200b", "")
    for post in harness.fake.calls("chat.postMessage"):
        assert_valid_blocks(post.params["blocks"])


def test_words_after_the_story_give_matching_items(harness):
    harness.command("microsoft crockford")
    (post,) = harness.posts()
    text = all_text(post.params["blocks"])
    assert "Kade Crockford" in text and "is concerning" in text


def test_a_misspelt_section_is_answered_privately_with_the_section_it_looks_like(harness):
    _, name = harness.command("microsoft dea quotse")
    (reply,) = harness.private_replies(name)
    text = all_text(reply.params["blocks"])
    assert "Did you mean" in text and "/brief microsoft-dea-facial-recognition quotes" in text
    _, name = harness.command("microsoft dea zzyzx")
    text = all_text(harness.private_replies(name)[0].params["blocks"])
    assert "Nothing in" in text and "Did you mean" not in text and "Sections:" in text
    assert not harness.fake.calls("chat.postMessage")


@pytest.mark.parametrize(
    "typed", ["Microsoft-DEA-Facial-Recognition", "microsoft dea", "microsoft-dea-fac", "micrsoft dea"]
)
def test_story_names_are_forgiving(harness, typed):
    harness.command(typed)
    (post,) = harness.posts()
    assert post.params["metadata"]["event_payload"]["story"] == STORY


def test_unknown_story_is_private_with_a_suggestion(harness):
    _, name = harness.command("mcrsft")
    reply = harness.private_replies(name)[0]
    assert reply.params["response_type"] == "ephemeral"
    text = all_text(reply.params["blocks"])
    assert "No brief named" in text and "Did you mean" in text and STORY in text
    _, name = harness.command("quantum banking scandal")
    text = all_text(harness.private_replies(name)[0].params["blocks"])
    assert "No brief named" in text and "Did you mean" not in text
    assert not harness.fake.calls("chat.postMessage")


def test_ambiguous_story_lists_candidates_privately(harness):
    good = REPO / "tests" / "good_briefs"
    shutil.copy(good / "sources" / "tiny-valid-story.txt", harness.settings.briefs_dir / "sources")
    shutil.copy(good / "tiny-valid-story.yaml", harness.settings.briefs_dir / "microsoft-other-story.yaml")
    harness.library.refresh()
    _, name = harness.command("microsoft")
    text = all_text(harness.private_replies(name)[0].params["blocks"])
    assert "microsoft-other-story" in text and STORY in text
    assert not harness.fake.calls("chat.postMessage")


def test_typed_mentions_never_come_back_live(harness):
    _, name = harness.command("<!channel> <@U0BOSS> <#C0GENERAL> <https://evil.example|click> &lt;!here&gt;")
    reply = harness.private_replies(name)[0]
    text = all_text(reply.params["blocks"]) + reply.params["text"]
    for live in ("<!channel>", "<@U0BOSS>", "<#C0GENERAL>", "<https://evil", "<!here>"):
        assert live not in text
    assert "&lt;!here&gt;" in text and "click" in text  # what was typed comes back as text, escaped once


def test_the_words_after_a_story_are_read_as_typed_not_as_slack_writes_them(harness):
    _, name = harness.command("microsoft dea zzyzx &amp; qqq")
    text = all_text(harness.private_replies(name)[0].params["blocks"])
    assert "zzyzx &amp; qqq" in text and "&amp;amp;" not in text
    harness.command("microsoft <https://example.com/k|crockford>")
    (post,) = harness.posts()
    assert "Kade Crockford" in all_text(post.params["blocks"])


def test_not_in_channel_is_explained_privately_with_the_brief(harness):
    harness.fake.fail("chat.postMessage", "not_in_channel")
    _, name = harness.command(STORY, channel="C0PRIVATE")
    reply = harness.private_replies(name)[0]
    text = all_text(reply.params["blocks"])
    assert "/invite" in text and "header" in text
    assert reply.params["response_type"] == "ephemeral"


def test_rate_limited_post_is_retried_and_the_brief_arrives(harness):
    harness.fake.fail("chat.postMessage", "ratelimited", retry_after=0)
    harness.command(STORY)
    posts = harness.fake.wait_for("chat.postMessage", count=2, timeout=10)
    assert posts[0].injected == "ratelimited" and posts[1].injected is None
    assert posts[1].response["ok"]


@pytest.mark.parametrize("secret, age", [(None, 0), ("wrong-secret", 0), ("test-signing-secret", 400)])
def test_forged_unsigned_and_stale_requests_get_401_and_nothing_is_posted(harness, secret, age):
    import urllib.parse

    from bot.console.fakeslack import sign

    form = {"command": "/brief", "text": STORY, "channel_id": "C1", "user_id": "U1", "team_id": "T0001"}
    body = urllib.parse.urlencode({**form, "response_url": harness.fake.response_url("forged")})
    headers = {}
    if secret:
        headers = sign(secret, body, timestamp=int(time.time()) - age)
    status = harness.send(body, "application/x-www-form-urlencoded", headers=headers, secret=None)
    assert status == 401
    time.sleep(0.3)
    assert not harness.fake.calls("chat.postMessage") and not harness.fake.calls("response_url")


def test_a_slow_post_does_not_hold_up_the_commands_ack(harness):
    """The listener runs before the ack is written; when posting outlasts Slack's 3 s, the ack goes first."""
    harness.fake.fail("chat.postMessage", "slow", seconds=4.0)
    body = payloads.slash_command(STORY, "C0NEWS", "U0REPORTER", harness.fake.response_url("slow"))
    assert post_signed(harness.url, body, payloads.FORM, timeout=3.0) == 200  # raises on a late ack
    assert not harness.fake.calls("chat.postMessage")  # the brief was still on its way
    (posted,) = harness.fake.wait_for("chat.postMessage", timeout=10)
    assert posted.response["ok"] and posted.params["metadata"]["event_payload"]["story"] == STORY
