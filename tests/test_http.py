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


def test_responses_are_whole_http_11_messages_on_a_kept_connection():
    import http.client

    from slack_bolt import App

    from bot.http import SlackHTTPServer

    app = App(signing_secret="secret", token="xoxb-test", token_verification_enabled=False)
    server = SlackHTTPServer(app, host="127.0.0.1", port=0)
    server.start_background()
    conn = http.client.HTTPConnection("127.0.0.1", server.port, timeout=10)
    try:
        for path, status, body in (("/healthz", 200, b"ok"), ("/nowhere", 404, b"not found"), ("/healthz", 200, b"ok")):
            conn.request("GET", path)
            response = conn.getresponse()
            assert (response.status, response.read()) == (status, body)
            assert response.version == 11 and response.getheader("Content-Length") == str(len(body))
            assert response.getheader("Date", "").endswith(" GMT") and response.getheader("Connection") is None
        conn.request("POST", "/slack/events", body="{}", headers={"Content-Type": "application/json"})
        refused = conn.getresponse()
        assert (refused.status, refused.read()) == (400, b"bad request")
    finally:
        conn.close()
        server.shutdown()
        server.server_close()
