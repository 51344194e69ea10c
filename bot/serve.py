"""`briefbot serve`: load the briefs, keep them fresh, and serve Slack (Socket Mode or HTTP)."""

from __future__ import annotations

import gc
import logging

from bot.app import build_app, build_client
from bot.live import LiveLibrary
from bot.preflight import check_bot_token, check_briefs_dir, check_database
from bot.settings import Settings
from bot.slack import Services
from bot.slack.updates import UpdateNotifier
from bot.startup import BriefCache
from bot.store import Store

log = logging.getLogger("briefbot")


def start_services(settings: Settings) -> tuple[LiveLibrary, Services]:
    """The library loaded (problems logged as file:line, the rest served) and watched, the store, and the notifier
    that records each new version of a brief and tells the threads that saw an older one."""
    cache = BriefCache(settings.db_path.with_name("brief-cache.msgpack"))
    library = LiveLibrary(settings.briefs_dir, settings.max_brief_bytes, cache)
    library.refresh()
    log.info("%d brief(s) in service from %s", len(library.current), settings.briefs_dir)
    store = Store(settings.db_path)
    notifier = UpdateNotifier(library, store, build_client(settings), settings.update_days)
    library.on_reload(notifier.changed)
    library.watch()
    notifier.start()
    return library, Services(library=library, store=store, reload=library.refresh)


def serve(settings: Settings) -> int:
    check_briefs_dir(settings.briefs_dir)
    check_database(settings.db_path)
    check_bot_token(settings.bot_token, settings.api_url)
    library, services = start_services(settings)
    app = build_app(settings, services)
    # What start-up built lives as long as the process: out of the cyclic collector's sight, no request's
    # collection ever walks it.
    gc.freeze()
    if settings.socket_mode:
        from slack_bolt.adapter.socket_mode import SocketModeHandler

        log.info("connecting to Slack in Socket Mode")
        library.save_cache()
        SocketModeHandler(app, settings.app_token).start()
        return 0
    from bot.http import EVENTS_PATH, SlackHTTPServer

    server = SlackHTTPServer(app, port=settings.port)
    log.info("listening on http://0.0.0.0:%d%s", server.port, EVENTS_PATH)
    library.save_cache()  # only once the port is open: the cache speeds up the next start, not this one
    try:
        server.serve_forever()
    finally:
        server.server_close()
    return 0
