"""Environment and .env → one Settings object. Tokens are never logged or printed."""

from __future__ import annotations

import os
import re
from dataclasses import dataclass
from pathlib import Path

from dotenv import load_dotenv

from bot.briefs.loader import DEFAULT_MAX_BYTES
from bot.briefs.model import SLACK_USER
from bot.errors import ConfigError
from bot.store.backends import is_postgres

SLACK_API_DEFAULT = "https://slack.com/api/"
CONSOLE_HINT = "Run `briefbot console` (or `make run` with no Slack variables) to try briefbot without Slack."


@dataclass(frozen=True)
class Settings:
    bot_token: str = ""
    signing_secret: str = ""
    app_token: str = ""
    api_url: str = SLACK_API_DEFAULT
    host: str = "0.0.0.0"
    port: int = 3000
    briefs_dir: Path = Path("briefs")
    db_path: Path = Path("var/briefbot.sqlite3")
    db_url: str = ""
    max_brief_bytes: int = DEFAULT_MAX_BYTES
    desk: frozenset[str] = frozenset()
    update_days: int = 14

    @property
    def database(self) -> str | Path:
        """Where the shared state lives: a postgresql:// URL when BRIEFBOT_DB is one, else the SQLite file."""
        return self.db_url or self.db_path

    @property
    def cache_path(self) -> Path:
        """The parsed-brief cache: beside the SQLite file (or where it would be), local to this machine."""
        return self.db_path.with_name("brief-cache.msgpack")

    @property
    def socket_mode(self) -> bool:
        return bool(self.app_token)

    @property
    def has_slack_credentials(self) -> bool:
        return bool(self.bot_token or self.app_token or self.signing_secret)

    def require_slack(self) -> None:
        """Raise ConfigError naming every variable that is missing or malformed for serving."""
        wrong = []
        if not self.bot_token.startswith("xoxb-"):
            wrong.append("SLACK_BOT_TOKEN (a bot token, xoxb-…)")
        if self.app_token:
            if not self.app_token.startswith("xapp-"):
                wrong.append("SLACK_APP_TOKEN (an app-level token, xapp-…, for Socket Mode)")
        elif not self.signing_secret:
            wrong.append("SLACK_SIGNING_SECRET (HTTP mode), or SLACK_APP_TOKEN for Socket Mode")
        if wrong:
            raise ConfigError("cannot connect to Slack; set " + "; ".join(wrong) + ". " + CONSOLE_HINT)


def load_settings(env: dict[str, str] | None = None, dotenv: bool = True) -> Settings:
    """Read settings from the environment (after .env, which never overrides it)."""
    if env is None:
        if dotenv:
            load_dotenv(Path.cwd() / ".env", override=False)
        env = dict(os.environ)
    api_url = env.get("SLACK_API_URL") or SLACK_API_DEFAULT
    database = (env.get("BRIEFBOT_DB") or "").strip()
    db_url = database if is_postgres(database) else ""
    return Settings(
        bot_token=env.get("SLACK_BOT_TOKEN", "").strip(),
        signing_secret=env.get("SLACK_SIGNING_SECRET", "").strip(),
        app_token=env.get("SLACK_APP_TOKEN", "").strip(),
        api_url=api_url if api_url.endswith("/") else api_url + "/",
        host=(env.get("HOST") or "0.0.0.0").strip(),
        port=_number(env, "PORT", 3000, 1, 65535),
        briefs_dir=Path(env.get("BRIEFS_DIR") or "briefs"),
        db_path=Path(database) if database and not db_url else Path("var/briefbot.sqlite3"),
        db_url=db_url,
        max_brief_bytes=_number(env, "BRIEFBOT_MAX_BRIEF_BYTES", DEFAULT_MAX_BYTES, 1024, 1 << 30),
        desk=_user_ids(env, "BRIEFBOT_DESK"),
        update_days=_number(env, "BRIEFBOT_UPDATE_DAYS", 14, 0, 3650),
    )


def _number(env: dict[str, str], name: str, default: int, low: int, high: int) -> int:
    raw = env.get(name, "").strip()
    if not raw:
        return default
    if not raw.isdigit() or not low <= int(raw) <= high:
        raise ConfigError(f"{name} must be a whole number from {low} to {high}; got '{raw}'")
    return int(raw)


def _user_ids(env: dict[str, str], name: str) -> frozenset[str]:
    """Slack user ids separated by commas (spaces allowed)."""
    ids = [part.strip() for part in env.get(name, "").split(",") if part.strip()]
    wrong = [user for user in ids if not re.match(SLACK_USER, user)]
    if wrong:
        raise ConfigError(f"{name} must be Slack user ids (U… or W…) separated by commas; got '{wrong[0]}'")
    return frozenset(ids)
