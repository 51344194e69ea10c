"""A loopback stand-in for Slack's Web API and response_url endpoints, and Slack-style request signing.

Point the app's ``WebClient`` at ``FakeSlack().url`` (``SLACK_API_URL``) and hand out
``fake.response_url(name)`` in payloads: every call is recorded, a tiny message store answers
``chat.*`` and ``conversations.replies`` the way Slack would, and ``fail()`` injects rate limits,
5xx, connection resets, slowness or Slack error codes. Tests and ``briefbot console`` both use it.

Modules: ``fake`` (FakeSlack: lifecycle, test controls, inspection, serving one request), ``server`` (the HTTP
server, and requests and replies on the wire), ``calls`` (what was received and answered), ``failures`` (injected
failures and what each sends back), ``webapi`` (the Web API methods over the message store), ``signing``.
"""

from bot.console.fakeslack.calls import RESPONSE_URL, Call
from bot.console.fakeslack.fake import FakeSlack
from bot.console.fakeslack.signing import sign
from bot.console.fakeslack.webapi import BOT_ID, BOT_NAME, BOT_USER_ID, TEAM_ID

__all__ = ["BOT_ID", "BOT_NAME", "BOT_USER_ID", "RESPONSE_URL", "TEAM_ID", "Call", "FakeSlack", "sign"]
