"""`briefbot serve`: load the briefs, keep them fresh, and serve Slack (Socket Mode or HTTP) until SIGTERM.

On SIGTERM (or SIGINT) the process stops taking requests, lets those in hand be acked, lets every acked
request's work finish (SHUTDOWN_SECONDS at most), finishes writing the brief cache, closes the database and
exits 0.
"""

from __future__ import annotations

import logging
import signal
import threading
import time
from concurrent.futures import ThreadPoolExecutor

from bot.answer import build_index
from bot.app import build_app, build_client, listener_pool
from bot.briefs.live import LiveLibrary
from bot.briefs.startup import BriefCache
from bot.preflight import check_bot_token, check_briefs_dir
from bot.settings import Settings
from bot.slack.services import Services
from bot.slack.updates import UpdateNotifier
from bot.store import Store

log = logging.getLogger("briefbot")
SHUTDOWN_SECONDS = 10.0


def start_services(settings: Settings) -> tuple[LiveLibrary, Services, UpdateNotifier]:
    """The library loaded (problems logged as file:line, the rest served) and watched, the store, and the notifier
    that records each new version of a brief and tells the threads that saw an older one."""
    store = Store(settings.database)
    library = LiveLibrary(settings.briefs_dir, settings.max_brief_bytes, BriefCache(settings.cache_path), build_index)
    library.refresh()
    log.info("%d brief(s) in service from %s", len(library.current), settings.briefs_dir)
    if not len(library.current) and not library.current.problems:
        log.warning(
            "no briefs in %s yet: editors add them as YAML files there, served as they arrive", settings.briefs_dir
        )
    notifier = UpdateNotifier(library, store, build_client(settings), settings.update_days)
    library.on_reload(notifier.changed)
    library.watch()
    notifier.start()
    return library, Services(library=library, store=store, reload=library.refresh), notifier


def serve(settings: Settings) -> int:
    check_briefs_dir(settings.briefs_dir)
    check_bot_token(settings.bot_token, settings.api_url)
    stopping = _stop_on_signals()
    library, services, notifier = start_services(settings)
    executor = listener_pool()
    app = build_app(settings, services, executor=executor)
    if settings.socket_mode:
        from slack_bolt.adapter.socket_mode import SocketModeHandler

        handler = SocketModeHandler(app, settings.app_token)
        handler.connect()
        log.info("connected to Slack in Socket Mode")
        stop_taking_requests = handler.close
    else:
        from bot.web import EVENTS_PATH, SlackServer

        server = SlackServer(app, host=settings.host, port=settings.port)
        server.start()
        log.info("listening on http://%s:%d%s", settings.host, server.port, EVENTS_PATH)
        stop_taking_requests = server.stop
    library.save_cache()  # only once serving: the cache speeds up the next start, not this one
    stopping.wait()
    log.info("stopping: finishing the requests in hand (up to %.0f s)", SHUTDOWN_SECONDS)
    deadline = time.monotonic() + SHUTDOWN_SECONDS
    stop_taking_requests()
    _drain(executor, deadline)
    notifier.stop()
    library.stop()
    library.wait_for_cache(max(0.0, deadline - time.monotonic()) + 5)
    services.store.close()
    log.info("stopped")
    return 0


def _stop_on_signals() -> threading.Event:
    stopping = threading.Event()
    for signum in (signal.SIGTERM, signal.SIGINT):
        signal.signal(signum, lambda *_: stopping.set())
    return stopping


def _drain(executor: ThreadPoolExecutor, deadline: float) -> None:
    """Wait for the listeners at work, until the deadline; work still queued after it is dropped."""
    waiter = threading.Thread(target=executor.shutdown, kwargs={"wait": True}, daemon=True)
    waiter.start()
    waiter.join(max(0.0, deadline - time.monotonic()))
    if waiter.is_alive():
        log.warning("listeners still at work after %.0f s; stopping without them", SHUTDOWN_SECONDS)
        executor.shutdown(wait=False, cancel_futures=True)
