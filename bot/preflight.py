"""What `briefbot serve` and the console check before they start: each failure is one plain line naming the
variable or path to fix (a ConfigError, exit status 2), never a traceback. The database is checked by opening it
(bot/store), which says the same of BRIEFBOT_DB."""

from __future__ import annotations

import logging
from pathlib import Path

from slack_sdk import WebClient
from slack_sdk.errors import SlackApiError

from bot.errors import ConfigError
from bot.settings import SLACK_API_DEFAULT

_QUIET = logging.getLogger("briefbot.preflight")
_QUIET.addHandler(logging.NullHandler())
_QUIET.propagate = False  # the one line ConfigError prints says it all; slack_sdk's own would repeat it

# What Slack's auth.test error codes mean for the person starting the bot.
_TOKEN_ADVICE = {
    "invalid_auth": "Slack does not recognise it",
    "not_authed": "Slack received no token",
    "account_inactive": "the app or workspace it belongs to has been deactivated",
    "token_revoked": "it has been revoked",
    "token_expired": "it has expired",
}
_TOKEN_FIX = "copy the Bot User OAuth Token (xoxb-…) from your Slack app's OAuth & Permissions page"


def check_briefs_dir(path: Path) -> None:
    """BRIEFS_DIR must be a folder (it may be empty: editors add briefs while the bot runs)."""
    if not path.exists():
        raise ConfigError(f"BRIEFS_DIR: no folder at {path}. Set BRIEFS_DIR to the folder of brief files.")
    if not path.is_dir():
        raise ConfigError(f"BRIEFS_DIR: {path} is a file, not a folder. Set BRIEFS_DIR to the folder of briefs.")


def check_bot_token(token: str, api_url: str) -> None:
    """Slack accepts SLACK_BOT_TOKEN (auth.test), and SLACK_API_URL answers."""
    client = WebClient(token=token, base_url=api_url, timeout=10, retry_handlers=[], logger=_QUIET)
    try:
        client.auth_test()
    except SlackApiError as exc:
        error = str(exc.response.get("error", "unknown_error"))
        why = _TOKEN_ADVICE.get(error, "Slack refused it")
        raise ConfigError(f"SLACK_BOT_TOKEN was rejected: {why} ({error}). To fix it, {_TOKEN_FIX}.") from exc
    except (OSError, ValueError) as exc:  # refused, unreachable, timed out, or not Slack's JSON
        reason = getattr(exc, "reason", None) or exc
        fix = "check the network" if api_url == SLACK_API_DEFAULT else "check it, or unset it to use Slack's own"
        raise ConfigError(f"SLACK_API_URL: cannot reach Slack's Web API at {api_url} ({reason}); {fix}.") from exc
