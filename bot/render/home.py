"""The desk in Slack as Block Kit: the Home tab, the answer modal, and the messages an answer sends (pure)."""

from __future__ import annotations

import time

from bot import ids
from bot.briefs.edit import BriefEdit
from bot.briefs.model import StoredBrief, is_real_user
from bot.render.blockkit import Message, actions, button, clip, context, divider, escape, header, link, plain, section
from bot.store import InboxEntry

MAX_VIEW_BLOCKS = 100
STORIES_SHOWN = 15
QUESTIONS_SHOWN = 20
MAX_INPUT = 3000


def when(at: float) -> str:
    """A time shown in each reader's own time zone, with a UTC fallback."""
    fallback = time.strftime("%Y-%m-%d %H:%M UTC", time.gmtime(at))
    return f"<!date^{int(at)}^{{date_short_pretty}} at {{time}}|{fallback}>"


def person(user_id: str) -> str:
    """A mention for a real Slack user id; anything else shown as text."""
    return f"<@{user_id}>" if is_real_user(user_id) else escape(user_id)


def home_view(stories: list[StoredBrief], inbox: list[InboxEntry] | None, titles: dict[str, str]) -> dict:
    """Everyone's Home: the stories; a desk member's (inbox not None) also the questions waiting for the desk."""
    blocks = [] if inbox is None else _inbox_blocks(inbox, titles)
    blocks.extend(_story_blocks(stories))
    return {"type": "home", "blocks": blocks[:MAX_VIEW_BLOCKS]}


def _story_blocks(stories: list[StoredBrief]) -> list[dict]:
    blocks = [header(f"Stories ({len(stories)})")]
    if not stories:
        return [*blocks, context("_No briefs are loaded yet._")]
    for story in stories[:STORIES_SHOWN]:
        status = "draft, unpublished" if story.status == "draft" else escape(story.status)
        block = section(f"*{escape(story.title)}*\n{status} · updated {escape(story.updated)} · `{escape(story.id)}`")
        if story.status != "draft":  # a draft is never posted in a channel
            block["accessory"] = button("Post in a channel", ids.ACTION_POST_STORY, story.id)
        blocks.append(block)
    if len(stories) > STORIES_SHOWN:
        blocks.append(context(f"…and {len(stories) - STORIES_SHOWN} more: `{ids.COMMAND} list` in any channel"))
    return blocks


def post_story_modal(story: StoredBrief) -> dict:
    """Choose a channel to post a story's brief in, from the Home tab."""
    return {
        "type": "modal",
        "callback_id": ids.VIEW_POST_STORY,
        "private_metadata": story.id,
        "title": {"type": "plain_text", "text": "Post a brief"},
        "submit": {"type": "plain_text", "text": "Post"},
        "close": {"type": "plain_text", "text": "Cancel"},
        "blocks": [
            section(f"*{escape(story.title)}*\nPosts the overview there, as `{ids.COMMAND} {escape(story.id)}` does."),
            {
                "type": "input",
                "block_id": ids.BLOCK_CHANNEL,
                "label": {"type": "plain_text", "text": "Channel"},
                "element": {"type": "conversations_select", "action_id": ids.ACTION_CHANNEL,
                            "filter": {"include": ["public", "private"], "exclude_bot_users": True}},
            },
        ],
    }  # fmt: skip


def cannot_post_note(story_id: str, channel: str, error: str) -> Message:
    """Told privately when a brief chosen on the Home tab could not be posted in the channel."""
    text = (
        f"I couldn't post `{escape(story_id)}` in <#{escape(channel)}> (`{escape(error)}`). If I'm not in that "
        "channel, `/invite @briefbot` there and try again."
    )
    return Message(text=plain("The brief could not be posted"), blocks=[section(text)])


def _inbox_blocks(inbox: list[InboxEntry], titles: dict[str, str]) -> list[dict]:
    """Waiting questions grouped by story, the story with the newest question first, newest first within."""
    blocks = [header(f"Desk inbox ({len(inbox)} waiting)")]
    if not inbox:
        return [*blocks, context("No questions are waiting for the desk."), divider()]
    by_story: dict[str, list[InboxEntry]] = {}
    for entry in sorted(inbox, key=lambda e: (e.asked, e.id), reverse=True):
        by_story.setdefault(entry.story, []).append(entry)
    shown = 0
    for story, entries in by_story.items():
        if shown >= QUESTIONS_SHOWN:
            break
        blocks.append(section(f"*{escape(titles.get(story, story))}* · `{escape(story)}`"))
        for entry in entries[: QUESTIONS_SHOWN - shown]:
            blocks.extend(_entry_blocks(entry))
            shown += 1
    if len(inbox) > shown:
        blocks.append(context(f"…and {len(inbox) - shown} more: `briefbot inbox` lists them all"))
    return [*blocks, divider()]


def _entry_blocks(entry: InboxEntry) -> list[dict]:
    where = link(entry.permalink, "in the thread") if entry.permalink else f"in <#{escape(entry.channel)}>"
    return [
        section(f"&gt;{escape(entry.question)}\n{person(entry.user)} asked {where} · {when(entry.asked)}"),
        actions(
            button("Answer", ids.ACTION_ANSWER, str(entry.id), style="primary"),
            button("Dismiss", ids.ACTION_DISMISS, str(entry.id), style="danger"),
        ),
    ]


def answer_modal(entry: InboxEntry, title: str) -> dict:
    """The modal an editor answers in: the question and its story, the answer, and "add to the brief"."""
    question = f"*{escape(title)}*\n&gt;{escape(entry.question)}\n{person(entry.user)} asked · {when(entry.asked)}"
    return {
        "type": "modal",
        "callback_id": ids.VIEW_ANSWER,
        "private_metadata": str(entry.id),
        "title": {"type": "plain_text", "text": "Answer for the desk"},
        "submit": {"type": "plain_text", "text": "Post answer"},
        "close": {"type": "plain_text", "text": "Cancel"},
        "blocks": [
            section(question),
            {
                "type": "input",
                "block_id": ids.BLOCK_ANSWER_TEXT,
                "label": {"type": "plain_text", "text": "Answer"},
                "element": {
                    "type": "plain_text_input",
                    "action_id": ids.ACTION_ANSWER_TEXT,
                    "multiline": True,
                    "max_length": MAX_INPUT,
                },
            },
            {
                "type": "input",
                "block_id": ids.BLOCK_ADD_TO_BRIEF,
                "optional": True,
                "label": {"type": "plain_text", "text": "The brief"},
                "element": {
                    "type": "checkboxes",
                    "action_id": ids.ACTION_ADD_TO_BRIEF,
                    "options": [
                        {
                            "text": {"type": "plain_text", "text": "Add to the brief as an answered question"},
                            "value": "add",
                        }
                    ],
                },
            },
        ],
    }


def handled_text(entry: InboxEntry) -> str:
    """Who already answered or dismissed a question, and when."""
    if entry.answered is not None:
        name = f" ({escape(entry.answered_by_name)})" if entry.answered_by_name else ""
        return f"Already answered by {person(entry.answered_by or '')}{name} · {when(entry.answered)}."
    if entry.dismissed is not None:
        return f"Already dismissed by {person(entry.dismissed_by or '')} · {when(entry.dismissed)}."
    return "This question is still waiting for the desk."


NOT_ON_THE_DESK = "Only the desk can answer these questions."
NO_ANSWER_WRITTEN = "Write an answer first."


def handled_plain(entry: InboxEntry | None) -> str:
    """Why an answer was not taken, as a modal's error line (plain text: no mentions or dates there)."""
    if entry is None:
        return "That question is no longer in the inbox."
    if entry.answered is not None:
        return clip(f"Already answered by {entry.answered_by_name or entry.answered_by}: “{entry.answer}”", 150)
    return f"Already dismissed by {entry.dismissed_by}."


def handled_modal(entry: InboxEntry | None) -> dict:
    """What an editor sees on pressing Answer for a question someone else has handled (or that is gone)."""
    text = handled_text(entry) if entry else "That question is no longer in the inbox."
    return {
        "type": "modal",
        "title": {"type": "plain_text", "text": "Already handled"},
        "close": {"type": "plain_text", "text": "Close"},
        "blocks": [section(text)],
    }


def desk_answer_message(entry: InboxEntry, editor_name: str, edit: BriefEdit | None) -> Message:
    """The desk's answer in the asker's thread: mentions the asker, names the editor."""
    answer = "\n".join("&gt;" + line for line in escape(entry.answer or "").split("\n"))
    blocks = [
        section(f"{person(entry.user)}, the desk answered your question “{escape(entry.question)}”:\n{answer}"),
        context(f"Answered by {escape(editor_name)} for the desk"),
    ]
    if edit is not None and edit.written:
        blocks.append(context(f"Added to the brief `{escape(entry.story)}` as `{escape(edit.item_id or '')}`"))
    text = clip(plain(f"The desk answered: {entry.answer}"), 3000)
    return Message(text=text, blocks=blocks)


def desk_answer_metadata(entry: InboxEntry, edit: BriefEdit | None) -> dict:
    items = [edit.item_id] if edit is not None and edit.written and edit.item_id else []
    return {"event_type": ids.EVENT_BRIEF_ANSWER, "event_payload": {"story": entry.story, "items": items}}


def editor_note(entry: InboxEntry, posted: bool, edit: BriefEdit | None) -> Message:
    """What the answering editor is told: where the answer went and what became of "add to the brief"."""
    lines = [
        f"Your answer to “{escape(entry.question)}” was "
        + ("posted in the asker's thread." if posted else "kept in the inbox, but Slack did not take the post.")
    ]
    if edit is not None and edit.written:
        lines.append(f"Added to the brief `{escape(entry.story)}` as `{escape(edit.item_id or '')}`.")
    elif edit is not None:
        lines.append(f"*Not added to the brief:* {escape(edit.reason)}. The answer is kept in the inbox record.")
    return Message(text=plain(lines[0]), blocks=[section("\n".join(lines))])
