"""The HTTP layer's listener executor outside a request: work goes to its thread pool, as Bolt's would."""

from __future__ import annotations

import threading

from bot.http import ListenerExecutor


def test_outside_a_request_listeners_run_in_the_pool():
    executor = ListenerExecutor(workers=2)
    try:
        caller = threading.get_ident()
        ran_on = executor.submit(threading.get_ident).result(timeout=5)
        assert ran_on != caller
        assert executor.submit(lambda x: x * 2, 21).result(timeout=5) == 42
    finally:
        executor.shutdown()
