"""The Web API methods the app calls, answered the way Slack would over a small message store: ``chat.*``,
``conversations.replies``, ``views.*``, ``auth.test`` and ``apps.connections.open``."""

from __future__ import annotations

import copy
import time
from collections import defaultdict
from typing import Any

from bot.console.fakeslack.calls import Call

BOT_USER_ID = "UBOT"
BOT_ID = "BBOT"
TEAM_ID = "T0001"
BOT_NAME = "briefbot"

MAX_TEXT = 40_000  # Slack rejects longer `text` with msg_too_long
MAX_BLOCKS = 50
MAX_VIEW_BLOCKS = 100  # a Home tab or a modal
_NO_TOKEN_METHODS = {"api.test", "oauth.v2.access", "oauth.access"}


class WebApi:
    """The workspace's messages and ephemerals, and the methods that read and write them (not thread-safe: the fake
    holds its lock)."""

    def __init__(self) -> None:
        self._messages: dict[str, list[dict[str, Any]]] = defaultdict(list)
        self._ephemerals: list[dict[str, Any]] = []
        self._last_ts_micros = 0
        self._view_counter = 0

    def clear(self) -> None:
        """Forget messages and ephemerals (ts keep increasing)."""
        self._messages.clear()
        self._ephemerals.clear()

    def answer(self, call: Call, socket_mode_url: str | None) -> dict[str, Any]:
        """The JSON a Web API call gets back; `socket_mode_url` is what apps.connections.open hands an app token."""
        p = call.params
        if call.method not in _NO_TOKEN_METHODS and "Authorization" not in call.headers and not p.get("token"):
            return {"ok": False, "error": "not_authed"}
        handler = {
            "auth.test": _auth_test,
            "chat.postMessage": self._post_message,
            "chat.postEphemeral": self._post_ephemeral,
            "chat.update": self._update_message,
            "conversations.replies": self._replies,
            "chat.getPermalink": self._permalink,
            "views.publish": self._views_publish,
            "views.open": self._views_open,
            "apps.connections.open": lambda p: _connections_open(p, call.headers, socket_mode_url),
        }.get(call.method)
        return handler(p) if handler else {"ok": True}

    def add_message(self, channel: str, text: str, user: str, thread_ts: str | None, **fields: Any) -> dict[str, Any]:
        """Seed a message as a user or the bot posted it; returns a copy with its ts."""
        if user == BOT_USER_ID:
            fields.setdefault("bot_id", BOT_ID)
        return copy.deepcopy(self._store(channel, text=text, user=user, thread_ts=thread_ts, **fields))

    def messages(self, channel: str, thread_ts: str | None = None) -> list[dict[str, Any]]:
        """Messages in `channel` in ts order; with `thread_ts`, only its replies (not the parent)."""
        msgs = self._messages.get(channel, [])
        if thread_ts is not None:
            msgs = [m for m in msgs if m.get("thread_ts") == thread_ts and m["ts"] != thread_ts]
        return copy.deepcopy(msgs)

    def ephemerals(self, channel: str | None = None, user: str | None = None) -> list[dict[str, Any]]:
        """Ephemeral messages posted with chat.postEphemeral, optionally for one channel/user."""
        return copy.deepcopy(
            [e for e in self._ephemerals if channel in (None, e["channel"]) and user in (None, e["user"])]
        )

    # -- the methods -----------------------------------------------------------------------------------
    def _post_message(self, p: dict[str, Any]) -> dict[str, Any]:
        if not p.get("channel"):
            return {"ok": False, "error": "channel_not_found"}
        if error := _content_error(p):
            return {"ok": False, "error": error}
        fields = {k: p[k] for k in ("blocks", "attachments", "metadata") if p.get(k)}
        msg = self._store(
            p["channel"],
            text=p.get("text") or "",
            user=BOT_USER_ID,
            bot_id=BOT_ID,
            thread_ts=p.get("thread_ts"),
            **fields,
        )
        return {"ok": True, "channel": msg["channel"], "ts": msg["ts"], "message": _public(msg)}

    def _update_message(self, p: dict[str, Any]) -> dict[str, Any]:
        msg = self._find(p.get("channel"), p.get("ts"))
        if msg is None:
            return {"ok": False, "error": "message_not_found"}
        if error := _content_error(p):
            return {"ok": False, "error": error}
        msg.update({k: p[k] for k in ("text", "blocks", "metadata") if k in p}, edited={"user": BOT_USER_ID})
        return {"ok": True, "channel": msg["channel"], "ts": msg["ts"], "text": msg.get("text", "")}

    def _post_ephemeral(self, p: dict[str, Any]) -> dict[str, Any]:
        if not p.get("channel") or not p.get("user"):
            return {
                "ok": False,
                "error": "channel_not_found" if not p.get("channel") else "user_not_in_channel",
            }
        if error := _content_error(p):
            return {"ok": False, "error": error}
        keys = ("channel", "user", "text", "blocks", "attachments", "thread_ts")
        self._ephemerals.append({**{k: p.get(k) for k in keys}, "message_ts": self._next_ts()})
        return {"ok": True, "message_ts": self._ephemerals[-1]["message_ts"]}

    def _permalink(self, p: dict[str, Any]) -> dict[str, Any]:
        message = self._find(p.get("channel"), p.get("message_ts"))
        if message is None:
            return {"ok": False, "error": "message_not_found"}
        link = f"https://briefbot-test.slack.com/archives/{message['channel']}/p{message['ts'].replace('.', '')}"
        if message.get("thread_ts") not in (None, message["ts"]):
            link += f"?thread_ts={message['thread_ts']}&cid={message['channel']}"
        return {"ok": True, "channel": message["channel"], "permalink": link}

    def _views_publish(self, p: dict[str, Any]) -> dict[str, Any]:
        """A Home tab: a user, and a view of type home within Slack's 100 blocks."""
        if not p.get("user_id"):
            return {"ok": False, "error": "invalid_arguments"}
        return self._view(p.get("view"), "home")

    def _views_open(self, p: dict[str, Any]) -> dict[str, Any]:
        """A modal: a trigger id from an interaction, and a view of type modal with a title."""
        if not p.get("trigger_id"):
            return {"ok": False, "error": "invalid_trigger_id"}
        view = p.get("view")
        if isinstance(view, dict) and not (view.get("title") or {}).get("text"):
            return {"ok": False, "error": "invalid_arguments"}
        return self._view(view, "modal")

    def _view(self, view: Any, kind: str) -> dict[str, Any]:
        if not isinstance(view, dict) or view.get("type") != kind:
            return {"ok": False, "error": "invalid_arguments"}
        blocks = view.get("blocks")
        if not isinstance(blocks, list) or len(blocks) > MAX_VIEW_BLOCKS:
            return {"ok": False, "error": "invalid_blocks"}
        self._view_counter += 1
        return {"ok": True, "view": {**view, "id": f"V{self._view_counter:08d}"}}

    def _replies(self, p: dict[str, Any]) -> dict[str, Any]:
        root = self._find(p.get("channel"), p.get("ts"))
        if root is not None and root.get("thread_ts") not in (None, root["ts"]):
            root = self._find(root["channel"], root["thread_ts"]) or root
        if root is None:
            return {"ok": False, "error": "thread_not_found"}
        thread = [root] + [
            m for m in self._messages[root["channel"]] if m.get("thread_ts") == root["ts"] and m is not root
        ]
        keep_metadata = _truthy(p.get("include_all_metadata"))
        start, limit = int(p.get("cursor") or 0), int(p.get("limit") or 1000)
        page = [_public(m, metadata=keep_metadata) for m in thread[start : start + limit]]
        more = start + limit < len(thread)
        cursor = str(start + limit) if more else ""
        return {"ok": True, "messages": page, "has_more": more, "response_metadata": {"next_cursor": cursor}}

    # -- the message store -----------------------------------------------------------------------------
    def _next_ts(self) -> str:
        """A new message's ts as Slack makes one: the time it was posted, later than any before it. A fake started
        again (the console run again on the same state) never gives out an earlier one's ts."""
        micros = max(time.time_ns() // 1_000, self._last_ts_micros + 100)
        self._last_ts_micros = micros
        return f"{micros // 1_000_000}.{micros % 1_000_000:06d}"

    def _find(self, channel: str | None, ts: str | None) -> dict[str, Any] | None:
        return next((m for m in self._messages.get(channel or "", []) if m["ts"] == ts), None)

    def _store(self, channel: str, *, thread_ts: str | None = None, **fields: Any) -> dict[str, Any]:
        msg = {
            "type": "message",
            "channel": channel,
            "ts": fields.pop("ts", None) or self._next_ts(),
            **fields,
        }
        if thread_ts:
            msg["thread_ts"] = thread_ts
            parent = self._find(channel, thread_ts)
            if parent is not None and parent is not msg:
                parent["thread_ts"] = parent["ts"]
                parent["reply_count"] = parent.get("reply_count", 0) + 1
                parent["latest_reply"] = msg["ts"]
        self._messages[channel].append(msg)
        self._messages[channel].sort(key=lambda m: m["ts"])
        return msg


def _auth_test(p: dict[str, Any]) -> dict[str, Any]:
    return {
        "ok": True,
        "url": "https://briefbot-test.slack.com/",
        "team": "Briefbot Test",
        "user": BOT_NAME,
        "team_id": TEAM_ID,
        "user_id": BOT_USER_ID,
        "bot_id": BOT_ID,
        "is_enterprise_install": False,
    }


def _connections_open(p: dict[str, Any], headers: dict[str, str], socket_mode_url: str | None) -> dict[str, Any]:
    """Socket Mode's WebSocket URL, for an app-level token only (as Slack refuses a bot token)."""
    token = p.get("token") or headers.get("Authorization", "").removeprefix("Bearer ")
    if not token.startswith("xapp-"):
        return {"ok": False, "error": "not_allowed_token_type"}
    if not socket_mode_url:
        return {"ok": False, "error": "socket_mode_not_enabled"}
    return {"ok": True, "url": socket_mode_url}


def _content_error(p: dict[str, Any]) -> str | None:
    text, blocks = p.get("text") or "", p.get("blocks")
    if not text and not blocks and not p.get("attachments"):
        return "no_text"
    if len(text) > MAX_TEXT:
        return "msg_too_long"
    if blocks is not None and (not isinstance(blocks, list) or len(blocks) > MAX_BLOCKS):
        return "invalid_blocks"
    return None


def _public(msg: dict[str, Any], metadata: bool = True) -> dict[str, Any]:
    """A stored message as Slack returns it: no channel key, no empty fields."""
    drop = {"channel"} if metadata else {"channel", "metadata"}
    return copy.deepcopy({k: v for k, v in msg.items() if k not in drop and v is not None})


def _truthy(value: Any) -> bool:
    return value in (True, 1, "1", "true", "True")
