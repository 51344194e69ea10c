"""The Slack shell's edge: each payload read once into its typed object, and the core steps a thread reply and
the Ask-the-desk button take (no Slack here; the listeners themselves are exercised through the real app)."""

from __future__ import annotations

from pathlib import Path

import pytest

from bot import ids
from bot.briefs.library import load_library
from bot.desk import waiting_in_thread
from bot.replies import answer_reply
from bot.slack.actions import read_press
from bot.slack.commands import SlashCommand, read_command
from bot.slack.desk import PostRequest, parse_post_request
from bot.slack.desk import read_press as read_home_press
from bot.slack.events import read_mention, read_message
from bot.store import Store

GOOD_BRIEFS = Path(__file__).resolve().parent / "good_briefs"
STORY = "tiny-valid-story"
BOT = "U0BOT"


def message(**fields) -> dict:
    return {"type": "message", "channel": "C0HARBOUR", "user": "U0ASKER", "ts": "200.1", "thread_ts": "100.1"} | fields


@pytest.mark.parametrize("subtype", ["message_changed", "channel_join", "bot_message"])
def test_edits_joins_and_other_subtypes_are_not_replies(subtype):
    assert read_message(message(subtype=subtype, text="when?"), {}, BOT) is None


def test_a_thread_broadcast_is_a_reply_but_as_a_mention_the_subtype_is_not_looked_at():
    broadcast = message(subtype="thread_broadcast", text="when?")
    assert read_message(broadcast, {}, BOT) == read_mention(broadcast, {}, BOT)
    assert read_message(broadcast, {}, BOT) is not None


@pytest.mark.parametrize(
    "fields", [{"bot_id": "B0OTHER"}, {"user": BOT}, {"user": None}, {"channel": None}, {"ts": None}]
)
def test_bots_the_app_itself_and_events_without_author_or_place_are_not_read(fields):
    event = {key: value for key, value in (message() | fields).items() if value is not None}
    assert read_message(event, {}, BOT) is None
    assert read_mention(event, {}, BOT) is None


def test_a_reply_loses_its_mentions_and_keys_its_claims_on_the_message_and_the_event():
    reply = read_mention(message(text=f"  <@{BOT}> who is <@U0HOLT|holt> ?  "), {"event_id": "Ev1"}, BOT)
    assert reply is not None
    assert reply.question == "who is   ?"
    assert reply.thread == "100.1"
    assert reply.claims == ("msg:C0HARBOUR:200.1", "event:Ev1")
    without_event_id = read_mention(message(text="when?"), {}, BOT)
    assert without_event_id is not None and without_event_id.claims[1] == "event:200.1"


def test_a_message_outside_a_thread_or_starting_one_replies_in_no_thread():
    outside = read_message({k: v for k, v in message(text="hi").items() if k != "thread_ts"}, {}, BOT)
    parent = read_message(message(text="hi", thread_ts="200.1"), {}, BOT)
    assert outside is not None and outside.thread is None and outside.thread_ts is None
    assert parent is not None and parent.thread is None and parent.thread_ts == "200.1"  # a hint still goes there


def test_a_slash_command_is_read_with_what_slack_may_leave_out_as_empty():
    command = read_command({"text": "tiny quotes", "response_url": "https://hooks.example/1", "user_id": "U0ASKER"})
    assert command == SlashCommand("U0ASKER", "", "tiny quotes", "https://hooks.example/1")
    with pytest.raises(KeyError):
        read_command({"text": "tiny", "user_id": "U0ASKER", "channel_id": "C0HARBOUR"})


def test_a_brief_button_finds_its_conversation_and_thread_in_the_message_or_the_container():
    in_thread = read_press(
        {"user": {"id": "U0ASKER"}, "channel": {"id": "C0HARBOUR"}, "message": {"ts": "300.1", "thread_ts": "100.1"}},
        {"value": STORY},
    )
    assert in_thread is not None
    assert (in_thread.user, in_thread.channel, in_thread.thread_ts, in_thread.story) == (
        "U0ASKER",
        "C0HARBOUR",
        "100.1",
        STORY,
    )
    from_container = read_press(
        {"container": {"channel_id": "C0HARBOUR", "message_ts": "100.1"}, "response_url": 7}, {"value": STORY}
    )
    assert from_container is not None
    assert (from_container.user, from_container.thread_ts, from_container.response_url) == ("", "100.1", None)
    assert read_press({"user": {"id": "U0ASKER"}, "message": {"ts": "100.1"}}, {"value": STORY}) is None


def test_a_home_button_without_a_value_names_nothing():
    press = read_home_press({"user": {"id": "U0EDITOR"}, "trigger_id": "T1"}, {"value": None})
    assert (press.user, press.value, press.trigger_id) == ("U0EDITOR", "", "T1")


def test_the_post_modal_is_read_once_and_without_a_channel_is_nothing():
    def submitted(channel) -> dict:
        chosen = {ids.BLOCK_CHANNEL: {ids.ACTION_CHANNEL: {"selected_conversation": channel}}}
        return {"private_metadata": STORY, "state": {"values": chosen}}

    body = {"user": {"id": "U0ASKER"}}
    assert parse_post_request(body, submitted("C0HARBOUR")) == PostRequest("U0ASKER", STORY, "C0HARBOUR")
    assert parse_post_request(body, submitted(None)) is None
    assert parse_post_request(body, {"private_metadata": STORY}) is None


@pytest.fixture
def store(tmp_path):
    opened = Store(tmp_path / "briefbot.sqlite3")
    yield opened
    opened.close()


def test_a_reply_is_answered_against_the_threads_last_ask_which_it_then_becomes(store):
    library = load_library(GOOD_BRIEFS)
    brief = library.get(STORY)
    assert brief is not None
    alone = answer_reply(store, brief, "what did she say?", "C0HARBOUR", "100.2", library.index(STORY))
    assert not alone.answer.covered  # no one for "she" to be
    first = answer_reply(store, brief, "who is Mara Holt?", "C0HARBOUR", "100.1", library.index(STORY))
    assert first.answer.covered and not first.for_the_desk
    assert store.last_ask("C0HARBOUR", "100.1") == "who is Mara Holt?"
    then = answer_reply(store, brief, "what did she say?", "C0HARBOUR", "100.1", library.index(STORY))
    assert {item.id for _, item in then.answer.cited} >= {"quote-holt-no-choice"}
    assert store.last_ask("C0HARBOUR", "100.1") == "what did she say?"


def test_an_uncovered_question_goes_to_the_desk_but_a_vague_one_is_asked_again(store):
    library = load_library(GOOD_BRIEFS)
    brief = library.get(STORY)
    assert brief is not None
    uncovered = answer_reply(store, brief, "how much did the repairs cost?", "C0HARBOUR", "100.1", None)
    vague = answer_reply(store, brief, "what?", "C0HARBOUR", "100.2", None)
    assert not uncovered.answer.covered and not uncovered.vague and uncovered.for_the_desk
    assert vague.vague and not vague.for_the_desk


def test_the_waiting_question_of_a_thread_is_its_last_ask_while_it_waits_in_the_inbox(store):
    assert waiting_in_thread(store, "C0HARBOUR", None) is None
    store.remember_ask("C0HARBOUR", "100.1", "how much did the repairs cost?")
    assert waiting_in_thread(store, "C0HARBOUR", "100.1") is None  # asked, but never filed
    entry_id = store.add_to_inbox(STORY, "how much did the repairs cost?", "U0ASKER", "C0HARBOUR", "100.1")
    waiting = waiting_in_thread(store, "C0HARBOUR", "100.1")
    assert waiting is not None and (waiting.id, waiting.user) == (entry_id, "U0ASKER")
    store.dismiss_entry(entry_id, "U0EDITOR")
    assert waiting_in_thread(store, "C0HARBOUR", "100.1") is None


def test_a_reply_is_read_as_typed_without_slacks_markup():
    text = "<!here> who came w/ her &amp; roe? see <https://news.example/a|the story> or <https://news.example/b> &lt;3"
    reply = read_mention(message(text=text), {}, BOT)
    assert reply is not None
    assert reply.question == "who came w/ her & roe? see the story or https://news.example/b <3"
    channel = read_mention(message(text="is it in <#C0DESK|desk>? &amp;amp; stays one"), {}, BOT)
    assert channel is not None and channel.question == "is it in desk? &amp; stays one"
    emoji = read_mention(message(text=":eyes: who spoke at 10:30:15? :+1::skin-tone-2:"), {}, BOT)
    assert emoji is not None and emoji.question.split() == ["who", "spoke", "at", "10:30:15?"]


def test_a_reply_opening_on_someone_elses_mention_speaks_to_them():
    to_jane = read_mention(message(text="<@U0JANE> can you call the DEA?"), {}, BOT)
    assert to_jane is not None and to_jane.to_another and to_jane.question == "can you call the DEA?"
    for text in (f"<@U0JANE> <@{BOT}> who is Doe?", "who is Doe? cc <@U0JANE>", f"<@{BOT}> who is Doe?"):
        reply = read_mention(message(text=text), {}, BOT)
        assert reply is not None and not reply.to_another, text
    unknown_bot = read_mention(message(text="<@U0JANE> who is Doe?"), {}, None)
    assert unknown_bot is not None and not unknown_bot.to_another  # not knowing the bot's id, nobody else is meant
