"""Slack-facing names in one place: the command, action ids, block ids, metadata event types."""

from __future__ import annotations

import re

COMMAND = "/brief"
EVENT_BRIEF_POSTED = "brief_posted"
EVENT_BRIEF_ANSWER = "brief_answer"
EVENT_BRIEF_UPDATE = "brief_update"

ITEM_SECTIONS = ("facts", "quotes", "questions", "timeline", "people")
ALL_SECTIONS = ("summary", *ITEM_SECTIONS, "sources")
BUTTON_SECTIONS = ("facts", "quotes", "questions", "timeline", "people", "sources")

SECTION_ACTION_PREFIX = "brief_section:"
SECTION_ACTION = re.compile(r"^brief_section:(\w+)$")
ACTION_ASK_DESK = "brief_ask_desk"
BLOCK_SECTIONS = "brief_sections"

# What people type for a section, folded to lower case with single spaces.
SECTION_NAMES = {
    "summary": "summary", "overview": "summary", "tldr": "summary", "gist": "summary",
    "facts": "facts", "fact": "facts", "key facts": "facts", "keyfacts": "facts",
    "quotes": "quotes", "quote": "quotes", "quotations": "quotes", "who said what": "quotes",
    "questions": "questions", "question": "questions", "open questions": "questions", "q": "questions",
    "qs": "questions", "unknowns": "questions", "open": "questions",
    "timeline": "timeline", "when": "timeline", "dates": "timeline", "chronology": "timeline",
    "people": "people", "who": "people", "persons": "people", "orgs": "people", "organisations": "people",
    "organizations": "people", "cast": "people",
    "sources": "sources", "source": "sources", "provenance": "sources",
    "all": "all", "everything": "all", "full": "all",
}  # fmt: skip


# What people type after a story for its history, answered privately: the corrections, or every version.
HISTORY_NAMES = {"corrections": "corrections", "correction": "corrections", "changes": "changes",
                 "history": "changes", "versions": "changes"}  # fmt: skip


def section_action(section: str) -> str:
    return SECTION_ACTION_PREFIX + section


# The desk: the inbox on the Home tab, its buttons, and the answer modal with its inputs.
ACTION_ANSWER = "desk_answer"
ACTION_DISMISS = "desk_dismiss"
VIEW_ANSWER = "desk_answer_modal"
BLOCK_ANSWER_TEXT = "desk_answer_text"
ACTION_ANSWER_TEXT = "answer"
BLOCK_ADD_TO_BRIEF = "desk_add_to_brief"
ACTION_ADD_TO_BRIEF = "add"
ACTION_POST_STORY = "home_post_story"
VIEW_POST_STORY = "home_post_story_modal"
BLOCK_CHANNEL = "home_post_channel"
ACTION_CHANNEL = "channel"
