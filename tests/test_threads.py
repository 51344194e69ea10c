"""Follow-ups in a brief's thread through the real HTTP path: answers, once only, recovery, buttons."""

from __future__ import annotations

import http.client
import json

from bot import ids
from bot.console import payloads
from bot.console.fakeslack import BOT_ID, BOT_USER_ID, sign
from tests.slackharness import SECRET, STORY, post_signed


def post_brief(harness, channel: str = "C0NEWS") -> str:
    """/brief STORY in a channel; returns the posted overview's ts."""
    harness.command(STORY, channel=channel)
    ts = harness.posts(channel=channel)[0].response["ts"]
    harness.wait_for_thread(channel, ts)
    return ts


def answers(harness, channel: str, thread_ts: str, count: int = 1, timeout: float = 5.0) -> list:
    """Replies the bot posted in the thread (the overview's own section posts excluded)."""
    return harness.fake.wait_for(
        "chat.postMessage", count=count, timeout=timeout, channel=channel, thread_ts=thread_ts,
        metadata=lambda m: (m or {}).get("event_type") == ids.EVENT_BRIEF_ANSWER,
    )  # fmt: skip


def test_question_in_the_thread_is_answered_with_a_citation(harness):
    ts = post_brief(harness)
    harness.reply("C0NEWS", ts, "what did the ACLU say?")
    (answer,) = answers(harness, "C0NEWS", ts)
    payload = answer.params["metadata"]["event_payload"]
    assert payload["story"] == STORY and payload["items"]
    brief = harness.library.current.get(STORY)
    cited = [brief.item(item_id) for item_id in payload["items"]]
    assert all(cited) and cited[0][0] == "quotes"
    assert "Crockford" in cited[0][1].speaker
    assert "Kade Crockford" in json.dumps(answer.params["blocks"])


def test_a_follow_up_is_read_against_the_threads_previous_question(harness):
    ts = post_brief(harness)
    _, asked = harness.reply("C0NEWS", ts, "who is Brad Smith?")
    (first,) = answers(harness, "C0NEWS", ts)
    assert first.params["metadata"]["event_payload"]["items"][0] == "who-brad-smith"
    assert harness.wait_for_handled(f"msg:C0NEWS:{asked['ts']}")  # as a reader would, once the answer is in
    harness.reply("C0NEWS", ts, "what did he write?")
    second = answers(harness, "C0NEWS", ts, count=2)[1]
    brief = harness.library.current.get(STORY)
    section, item = brief.item(second.params["metadata"]["event_payload"]["items"][0])
    assert section == "quotes" and item.speaker == "Brad Smith"


def test_a_thread_stays_on_whom_its_first_question_named_however_deep_it_goes(harness):
    ts = post_brief(harness)
    for count, text in enumerate(("who is Brad Smith?", "what did he write?", "and when?"), 1):
        _, asked = harness.reply("C0NEWS", ts, text)
        last = answers(harness, "C0NEWS", ts, count=count)[-1]
        assert harness.wait_for_handled(f"msg:C0NEWS:{asked['ts']}")
    # when Smith wrote, though the question before it never names him
    assert last.params["metadata"]["event_payload"]["items"][0] == "fact-brad-smith-blog-2018"


def test_asked_where_an_answer_comes_from_the_thread_gets_the_same_item_with_its_basis(harness):
    ts = post_brief(harness)
    _, asked = harness.reply("C0NEWS", ts, "when did Microsoft pledge not to sell to police?")
    (first,) = answers(harness, "C0NEWS", ts)
    told = first.params["metadata"]["event_payload"]["items"]
    assert harness.wait_for_handled(f"msg:C0NEWS:{asked['ts']}")
    harness.reply("C0NEWS", ts, "source?")
    second = answers(harness, "C0NEWS", ts, count=2)[1]
    assert second.params["metadata"]["event_payload"]["items"] == told
    _, item = harness.library.current.get(STORY).item(told[0])
    assert item.basis and item.basis in json.dumps(second.params["blocks"], ensure_ascii=False)
    assert harness.store.inbox(STORY) == []


def test_asked_where_a_follow_ups_answer_comes_from_the_thread_gets_that_answer_again(harness):
    ts = post_brief(harness)
    told = []
    for count, text in enumerate(("who is Brad Smith?", "what did he write?"), 1):
        _, asked = harness.reply("C0NEWS", ts, text)
        told = answers(harness, "C0NEWS", ts, count=count)[-1].params["metadata"]["event_payload"]["items"]
        assert harness.wait_for_handled(f"msg:C0NEWS:{asked['ts']}")
    harness.reply("C0NEWS", ts, "who says?")  # of what "he" wrote, Smith being the question before
    last = answers(harness, "C0NEWS", ts, count=3)[-1]
    assert last.params["metadata"]["event_payload"]["items"] == told != ["who-brad-smith"]


def test_a_bare_when_answers_with_the_timeline_and_says_how_many_more(harness):
    ts = post_brief(harness)
    harness.reply("C0NEWS", ts, "when?")
    (answer,) = answers(harness, "C0NEWS", ts)
    brief = harness.library.current.get(STORY)
    cited = answer.params["metadata"]["event_payload"]["items"]
    assert all(brief.item(item_id)[0] == "timeline" for item_id in cited)
    assert f"and {len(brief.timeline) - len(cited)} more in Timeline" in json.dumps(answer.params["blocks"])


def test_out_of_brief_question_says_so_records_it_and_offers_the_desk(harness):
    ts = post_brief(harness)
    harness.reply("C0NEWS", ts, "what did Satya Nadella say about the stock price?", user="U0ASKER")
    (answer,) = answers(harness, "C0NEWS", ts)
    assert answer.params["metadata"]["event_payload"]["items"] == []
    text = json.dumps(answer.params["blocks"])
    assert "doesn't cover" in text and ids.ACTION_ASK_DESK in text
    (entry,) = harness.store.inbox(STORY)
    assert entry.user == "U0ASKER" and "Nadella" in entry.question


def test_retried_event_is_answered_once(harness):
    ts = post_brief(harness)
    message = harness.fake.add_message("C0NEWS", "timeline please", user="U0REPORTER", thread_ts=ts)
    event = {"type": "message", "channel": "C0NEWS", "user": "U0REPORTER", "text": "timeline please",
             "ts": message["ts"], "thread_ts": ts}  # fmt: skip
    assert harness.event(event, event_id="EvSAME") == 200
    assert harness.event(event, event_id="EvSAME", retry=1) == 200
    assert harness.event(event, event_id="EvSAME", retry=2) == 200
    answers(harness, "C0NEWS", ts)
    harness.settle()
    assert len(answers(harness, "C0NEWS", ts)) == 1


def test_mention_and_message_for_the_same_reply_answer_once(harness):
    ts = post_brief(harness)
    text = f"<@{BOT_USER_ID}> who is Kade Crockford"
    message = harness.fake.add_message("C0NEWS", text, user="U0REPORTER", thread_ts=ts)
    base = {"channel": "C0NEWS", "user": "U0REPORTER", "text": text, "ts": message["ts"], "thread_ts": ts}
    harness.event({"type": "app_mention", **base})
    harness.event({"type": "message", **base})
    answers(harness, "C0NEWS", ts)
    harness.settle()
    assert len(answers(harness, "C0NEWS", ts)) == 1


def test_bot_messages_edits_and_other_subtypes_are_ignored(harness):
    ts = post_brief(harness)
    harness.reply("C0NEWS", ts, "timeline?", user=BOT_USER_ID)
    harness.reply("C0NEWS", ts, "timeline?", user="U0OTHERBOT", bot_id="B0OTHER")
    harness.reply("C0NEWS", ts, "timeline?", user="U0REPORTER", bot_id=BOT_ID)
    for subtype in ("message_changed", "message_deleted", "channel_join"):
        harness.reply("C0NEWS", ts, "timeline?", subtype=subtype)
    harness.settle()
    assert not harness.fake.calls("chat.postMessage", thread_ts=ts)


def test_thread_broadcast_still_counts_as_a_reply(harness):
    ts = post_brief(harness)
    harness.reply("C0NEWS", ts, "when was the Reston demo?", subtype="thread_broadcast")
    assert answers(harness, "C0NEWS", ts)


def test_threads_the_bot_did_not_start_are_ignored(harness):
    parent = harness.fake.add_message("C0NEWS", "lunch?", user="U0SOMEONE")
    harness.reply("C0NEWS", parent["ts"], "what did the ACLU say?")
    harness.fake.wait_for("conversations.replies")
    harness.settle()
    assert not harness.fake.calls("chat.postMessage")


def test_question_is_answered_after_the_database_is_deleted(harness, tmp_path):
    from bot.store import Store

    ts = post_brief(harness)
    db = harness.settings.db_path
    for suffix in ("", "-wal", "-shm"):
        path = db.with_name(db.name + suffix)
        if path.exists():
            path.unlink()
    harness.store.__init__(db)  # the same Store object, on a brand-new empty database
    assert Store(db).thread_story("C0NEWS", ts) is None
    harness.reply("C0NEWS", ts, "what don't we know?")
    (answer,) = answers(harness, "C0NEWS", ts)
    assert answer.params["metadata"]["event_payload"]["items"]
    replies = harness.fake.calls("conversations.replies")
    assert replies and replies[0].params.get("include_all_metadata") in (True, "true", "1", 1)
    assert harness.store.thread_story("C0NEWS", ts) == STORY


def test_mention_outside_a_brief_thread_gets_a_private_hint(harness):
    harness.event({"type": "app_mention", "channel": "C0NEWS", "user": "U0REPORTER",
                   "text": f"<@{BOT_USER_ID}> help", "ts": "1700000001.000100"})  # fmt: skip
    (hint,) = harness.fake.wait_for("chat.postEphemeral")
    assert hint.params["user"] == "U0REPORTER" and "/brief" in json.dumps(hint.params["blocks"])
    assert not harness.fake.calls("chat.postMessage")


def test_a_message_to_the_bot_alone_gets_the_hint_and_thanks_get_nothing(harness):
    for n, text in enumerate(("who is brad smith?", "thanks!")):
        harness.event({"type": "message", "channel": "D0REPORTER", "channel_type": "im", "user": "U0REPORTER",
                       "text": text, "ts": f"1700000002.00010{n}"})  # fmt: skip
    (hint,) = harness.fake.wait_for("chat.postEphemeral")
    harness.settle()
    assert len(harness.fake.calls("chat.postEphemeral")) == 1 and hint.params["channel"] == "D0REPORTER"
    assert "/brief" in json.dumps(hint.params["blocks"]) and not harness.fake.calls("chat.postMessage")


def test_section_button_posts_the_section_in_the_thread(harness):
    ts = post_brief(harness)
    assert harness.press(ids.section_action("quotes"), STORY, "C0NEWS", ts) == 200
    (post,) = harness.fake.wait_for("chat.postMessage", thread_ts=ts)
    assert post.params["metadata"]["event_payload"] == {"story": STORY, "section": "quotes"}
    assert "Kade Crockford" in json.dumps(post.params["blocks"])


def test_ask_the_desk_never_mentions_a_placeholder_editor_and_says_the_brief_has_none_on_slack(harness):
    ts = post_brief(harness)
    harness.press(ids.ACTION_ASK_DESK, STORY, "C0NEWS", ts, user="U0ASKER")
    (post,) = harness.fake.wait_for("chat.postMessage", thread_ts=ts)
    brief = harness.library.current.get(STORY)
    text = json.dumps(post.params["blocks"])
    assert brief.editors[0].slack == "U0000000000" and "U0000000000" not in text
    assert "<@U0ASKER>" in text and "no editor on Slack" in text


def test_overview_shows_how_many_questions_wait_for_the_desk(harness):
    ts = post_brief(harness)
    harness.reply("C0NEWS", ts, "what is the weather in Riyadh tomorrow?")
    answers(harness, "C0NEWS", ts)
    harness.command(STORY, channel="C0OTHER")
    (post,) = harness.posts(channel="C0OTHER")
    assert "1 unanswered question" in json.dumps(post.params["blocks"])


def test_a_bare_what_or_why_is_asked_again_and_not_sent_to_the_desk(harness):
    ts = post_brief(harness)
    for text in ("what?", "why?", "how many?"):
        harness.reply("C0NEWS", ts, text)
    replies = answers(harness, "C0NEWS", ts, count=3)
    assert len(replies) == 3
    for reply in replies:
        text = json.dumps(reply.params["blocks"])
        assert "What would you like to know" in text and "doesn't cover" not in text
    assert harness.store.inbox(STORY) == []


def test_thanks_and_acknowledgements_get_no_answer_and_no_inbox_entry(harness):
    ts = post_brief(harness)
    for text in ("thanks!", "ok 👍", f"<@{BOT_USER_ID}>", "nice work", "Makes sense, thanks a lot!", "cc <@U0JANE>",
                 ":+1:", "thanks :pray::skin-tone-3:"):  # fmt: skip
        harness.reply("C0NEWS", ts, text)
    harness.reply("C0NEWS", ts, "who is Kade Crockford?")
    (answer,) = answers(harness, "C0NEWS", ts)
    harness.settle()
    assert len(answers(harness, "C0NEWS", ts)) == 1
    assert "Crockford" in json.dumps(answer.params["blocks"])
    assert harness.store.inbox(STORY) == []


def test_a_reply_that_speaks_to_someone_else_gets_no_answer_and_no_inbox_entry(harness):
    ts = post_brief(harness)
    harness.reply("C0NEWS", ts, "<@U0JANE> can you call the DEA and ask about the pilot?")
    harness.reply("C0NEWS", ts, f"<@U0JANE> <@{BOT_USER_ID}> who is Kade Crockford?")  # the bot is asked too
    (answer,) = answers(harness, "C0NEWS", ts)
    harness.settle()
    assert len(answers(harness, "C0NEWS", ts)) == 1
    assert "Crockford" in json.dumps(answer.params["blocks"])
    assert harness.store.inbox(STORY) == []


def test_events_on_one_kept_connection_are_acked_and_each_answered(harness):
    """Bolt acks first and answers after; the same connection serves the next event."""
    ts = post_brief(harness)
    conn = http.client.HTTPConnection("127.0.0.1", harness.server.port, timeout=10)
    try:
        for n, text in enumerate(["what did the ACLU say?", "timeline please"]):
            message = harness.fake.add_message("C0NEWS", text, user="U0REPORTER", thread_ts=ts)
            event = payloads.thread_message("C0NEWS", "U0REPORTER", text, message["ts"], ts)
            body = payloads.event_callback(event)
            conn.request("POST", "/slack/events", body=body.encode(),
                         headers={"Content-Type": payloads.JSON, **sign(SECRET, body)})  # fmt: skip
            response = conn.getresponse()
            response.read()
            assert response.status == 200 and response.getheader("Connection") is None
            assert len(answers(harness, "C0NEWS", ts, count=n + 1, timeout=10)) == n + 1
    finally:
        conn.close()


def test_a_listener_slower_than_slacks_deadline_is_still_acked_in_time(harness):
    """Slack waits 3 s for an ack: when posting the answer takes longer, the ack has gone long before and the
    answer still arrives."""
    ts = post_brief(harness)
    harness.fake.fail("chat.postMessage", "slow", seconds=4.0)
    message = harness.fake.add_message("C0NEWS", "who is Kade Crockford?", user="U0REPORTER", thread_ts=ts)
    event = payloads.thread_message("C0NEWS", "U0REPORTER", message["text"], message["ts"], ts)
    body = payloads.event_callback(event)
    assert post_signed(harness.url, body, payloads.JSON, timeout=3.0) == 200  # raises on a late ack
    answered = harness.fake.calls(
        "chat.postMessage", thread_ts=ts, metadata=lambda m: bool(m) and m["event_type"] == ids.EVENT_BRIEF_ANSWER
    )
    assert not answered  # acked while the answer was still on its way
    (answer,) = answers(harness, "C0NEWS", ts, timeout=10)
    assert answer.response["ok"]


def test_a_burst_of_thread_answers_builds_the_briefs_index_once_until_a_reload(harness, monkeypatch):
    """Every answer and search on a brief in service uses the index the library keeps beside it."""
    built: list[str] = []
    build = harness.library.index_with

    def counting(brief):
        built.append(brief.id)
        return build(brief)

    monkeypatch.setattr(harness.library.current, "index_with", counting)  # the library in service
    monkeypatch.setattr(harness.library, "index_with", counting)  # and those a reload builds
    ts = post_brief(harness)
    asks = ["what did the ACLU say?", "who is Brad Smith?", "timeline please", "when was the demo?", "who is Jo Roe?"]
    for n in range(50):
        harness.reply("C0NEWS", ts, f"{asks[n % len(asks)]} ({n})")
    assert len(answers(harness, "C0NEWS", ts, count=50, timeout=30)) == 50
    harness.command(f"{STORY} crockford")  # a search, in the same library
    assert harness.posts(channel="C0NEWS", count=2)
    assert built == [STORY]
    brief_file = harness.settings.briefs_dir / f"{STORY}.yaml"
    brief_file.write_text(brief_file.read_text(encoding="utf-8") + "\n", encoding="utf-8")
    assert harness.library.refresh()  # a reload builds a new library, and with it new indexes
    harness.reply("C0NEWS", ts, "who is Kade Crockford?")
    answers(harness, "C0NEWS", ts, count=51, timeout=10)
    assert built == [STORY, STORY]


def test_an_emoji_in_a_question_is_no_word_of_it(harness):
    ts = post_brief(harness)
    harness.reply("C0NEWS", ts, ":eyes: who is Brad Smith :thinking_face:")
    (answer,) = answers(harness, "C0NEWS", ts)
    assert answer.params["metadata"]["event_payload"]["items"][0] == "who-brad-smith"


def test_a_question_after_a_line_quoted_from_the_answer_leans_on_that_line(harness):
    ts = post_brief(harness)
    line = "the only way to regulate this broad use is for the government to do so"
    harness.reply("C0NEWS", ts, f"&gt; {line}\nwho is he?")  # as Slack writes a quoted line
    (answer,) = answers(harness, "C0NEWS", ts)
    assert answer.params["metadata"]["event_payload"]["items"][0] == "who-brad-smith"


def test_a_question_is_read_as_typed_not_as_slack_writes_it(harness):
    ts = post_brief(harness)
    harness.reply("C0NEWS", ts, "who is <https://example.com/smith|Brad Smith> &amp; what did he write?")
    (answer,) = answers(harness, "C0NEWS", ts)
    cited = answer.params["metadata"]["event_payload"]["items"]
    brief = harness.library.current.get(STORY)
    assert cited[0] == "who-brad-smith"
    assert any(
        brief.item(item_id)[0] == "quotes" and brief.item(item_id)[1].speaker == "Brad Smith" for item_id in cited
    )


def test_asks_for_a_part_of_the_brief_or_its_corrections_are_answered_not_sent_to_the_desk(harness):
    ts = post_brief(harness)
    harness.reply("C0NEWS", ts, "key facts?")
    (facts,) = answers(harness, "C0NEWS", ts)
    brief = harness.library.current.get(STORY)
    cited = facts.params["metadata"]["event_payload"]["items"]
    assert cited and all(brief.item(item_id)[0] == "facts" for item_id in cited)
    assert f"and {len(brief.facts) - len(cited)} more in Key facts" in json.dumps(facts.params["blocks"])
    harness.reply("C0NEWS", ts, "any corrections?")
    corrections = answers(harness, "C0NEWS", ts, count=2)[1]
    assert corrections.params["metadata"]["event_payload"]["items"] == ["source"]
    assert "The brief has no corrections." in json.dumps(corrections.params["blocks"])
    assert harness.store.inbox(STORY) == []


def test_more_goes_on_past_what_the_thread_was_shown_then_says_there_is_no_more(harness):
    ts = post_brief(harness)
    brief = harness.library.current.get(STORY)
    shown: list[str] = []
    asks = ["who?", "more?", "anything else?", "the rest pls"] + ["more?"] * (len(brief.people) // 3)
    for count, ask in enumerate(asks, start=1):
        _, asked = harness.reply("C0NEWS", ts, ask)
        reply = answers(harness, "C0NEWS", ts, count=count)[-1]
        assert harness.wait_for_handled(f"msg:C0NEWS:{asked['ts']}")
        items = reply.params["metadata"]["event_payload"]["items"]
        if not items:
            break
        assert not set(items) & set(shown), ask  # nothing shown twice
        shown += items
    assert sorted(shown) == sorted(person.id for person in brief.people)  # every entry, once
    assert "The brief has nothing more on “who?”" in json.dumps(reply.params["blocks"], ensure_ascii=False)
    assert harness.store.inbox(STORY) == []  # no more of an answer is nothing for the desk


def test_source_after_more_gives_the_basis_of_what_more_showed(harness):
    ts = post_brief(harness)
    for count, ask in enumerate(["who?", "more?", "source?"], start=1):
        harness.reply("C0NEWS", ts, ask)
        replies = answers(harness, "C0NEWS", ts, count=count)
    who, more, source = (reply.params["metadata"]["event_payload"]["items"] for reply in replies)
    assert more and not set(more) & set(who)
    assert source == more  # where the last items shown come from, not the first answer's again
