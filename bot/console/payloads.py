"""Request bodies shaped as Slack sends them, for the console and the tests that stand in for Slack."""

from __future__ import annotations

import json
import secrets
import time
import urllib.parse

from bot.console.fakeslack import BOT_USER_ID, TEAM_ID

FORM = "application/x-www-form-urlencoded"
JSON = "application/json"


def next_id(prefix: str) -> str:
    """A new id as Slack gives one (an event's, a trigger's): never one another run gave out, since the app's state
    (events already answered, among others) outlives the console and the tests' processes."""
    return f"{prefix}{secrets.token_hex(6).upper()}"


def as_slack_writes(text: str) -> str:
    """Typed text as Slack writes it in a request: "&", "<" and ">" as entities."""
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def slash_command(text: str, channel: str, user: str, response_url: str, command: str = "/brief") -> str:
    form = {
        "token": "legacy", "team_id": TEAM_ID, "team_domain": "newsroom", "channel_id": channel,
        "channel_name": "newsroom", "user_id": user, "user_name": user.lower(), "command": command,
        "text": text, "api_app_id": "A0BRIEFBOT", "response_url": response_url, "trigger_id": next_id("trigger"),
    }  # fmt: skip
    return urllib.parse.urlencode(form)


def event_callback(event: dict, event_id: str | None = None) -> str:
    body = {
        "token": "legacy", "team_id": TEAM_ID, "api_app_id": "A0BRIEFBOT", "type": "event_callback",
        "event_id": event_id or next_id("Ev"), "event_time": int(time.time()), "event": event,
        "authorizations": [{"team_id": TEAM_ID, "user_id": BOT_USER_ID, "is_bot": True}],
    }  # fmt: skip
    return json.dumps(body)


def thread_message(channel: str, user: str, text: str, ts: str, thread_ts: str, **fields) -> dict:
    return {"type": "message", "channel": channel, "user": user, "text": text, "ts": ts, "thread_ts": thread_ts,
            "channel_type": "channel", **fields}  # fmt: skip


def button_press(action_id: str, value: str, channel: str, message_ts: str, user: str, response_url: str) -> str:
    payload = {
        "type": "block_actions", "team": {"id": TEAM_ID}, "user": {"id": user}, "api_app_id": "A0BRIEFBOT",
        "container": {"type": "message", "message_ts": message_ts, "channel_id": channel},
        "channel": {"id": channel}, "message": {"ts": message_ts, "type": "message"},
        "response_url": response_url, "trigger_id": next_id("trigger"),
        "actions": [{"type": "button", "action_id": action_id, "block_id": "brief_sections", "value": value,
                     "action_ts": str(time.time())}],
    }  # fmt: skip
    return urllib.parse.urlencode({"payload": json.dumps(payload)})


def app_home_opened(user: str, tab: str = "home") -> dict:
    return {"type": "app_home_opened", "user": user, "channel": "D0HOME", "tab": tab, "event_ts": str(time.time())}


def home_button_press(action_id: str, value: str, user: str, view_id: str = "V0HOME") -> str:
    """A block_actions payload for a button on the Home tab."""
    payload = {
        "type": "block_actions", "team": {"id": TEAM_ID}, "user": {"id": user, "name": user.lower()},
        "api_app_id": "A0BRIEFBOT", "container": {"type": "view", "view_id": view_id},
        "view": {"id": view_id, "type": "home"}, "trigger_id": next_id("trigger"),
        "actions": [{"type": "button", "action_id": action_id, "block_id": "desk", "value": value,
                     "action_ts": str(time.time())}],
    }  # fmt: skip
    return urllib.parse.urlencode({"payload": json.dumps(payload)})


def view_submission(callback_id: str, private_metadata: str, user: str, values: dict, view_id: str = "") -> str:
    """A view_submission payload: a modal submitted with its inputs' values."""
    payload = {
        "type": "view_submission", "team": {"id": TEAM_ID}, "user": {"id": user, "name": user.lower()},
        "api_app_id": "A0BRIEFBOT", "trigger_id": next_id("trigger"),
        "view": {"id": view_id or next_id("V"), "type": "modal", "callback_id": callback_id,
                 "private_metadata": private_metadata, "state": {"values": values}},
    }  # fmt: skip
    return urllib.parse.urlencode({"payload": json.dumps(payload)})
