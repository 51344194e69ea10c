"""build_app: the Bolt app with briefbot's listeners, talking to Slack through one retrying client."""

from __future__ import annotations

import logging
from concurrent.futures import Executor, ThreadPoolExecutor

from slack_bolt import App
from slack_sdk import WebClient

from bot.desk import Desk
from bot.settings import Settings
from bot.slack import register
from bot.slack.send import SDK_LOG, quiet_logger, retry_handlers
from bot.slack.services import Services

log = logging.getLogger("briefbot.app")
BOLT_LOG = quiet_logger("briefbot.bolt")
# Bolt also reads SLACK_BOT_TOKEN from the environment and notes that the client's token wins; it is the same
# token, read once into Settings, so the note is noise at every start.
BOLT_LOG.addFilter(lambda record: "`token` will be unused" not in record.getMessage())


def build_client(settings: Settings) -> WebClient:
    """Every Web API call goes to SLACK_API_URL, with rate limits and server errors retried."""
    return WebClient(
        token=settings.bot_token, base_url=settings.api_url, timeout=10, retry_handlers=retry_handlers(), logger=SDK_LOG
    )


LISTENER_THREADS = 32  # listeners at work at once (each mostly waits on Slack's Web API)


def listener_pool() -> ThreadPoolExecutor:
    """Where Bolt runs listeners once a request is acked; `serve` drains it on shutdown."""
    return ThreadPoolExecutor(max_workers=LISTENER_THREADS, thread_name_prefix="briefbot-listener")


def build_app(
    settings: Settings, services: Services, wait_for_listeners: bool = False, executor: Executor | None = None
) -> App:
    app = App(
        client=build_client(settings),
        logger=BOLT_LOG,
        signing_secret=settings.signing_secret or None,
        # Slack counts a request as failed if it is not acked within 3 seconds: Bolt acks, then runs the
        # listener's work in the executor. The console waits for the work instead.
        process_before_response=wait_for_listeners,
        raise_error_for_unhandled_request=False,
        listener_executor=executor or listener_pool(),
        # Bolt features briefbot does not use (Assistant threads, workflow functions) would otherwise build
        # their helpers on every event.
        attaching_conversation_kwargs_enabled=False,
        attaching_function_token_enabled=False,
    )
    register(app, services, Desk(settings.desk, settings.briefs_dir, settings.max_brief_bytes))

    @app.error
    def log_unhandled(error, body, logger):
        logger.exception("listener failed on %s: %s", (body or {}).get("type") or "request", error)

    return app
