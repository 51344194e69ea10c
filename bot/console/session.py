"""`briefbot console`: the real Bolt app and listeners, with Slack played by a loopback stand-in.

What you type becomes the signed payload Slack would send (a slash command, a thread reply, a
button press); the app answers through its Web API client, and the stand-in prints what Slack
would show, marked as posted in the channel or visible only to you.
"""

from __future__ import annotations

import secrets
import sys
from collections.abc import Sequence
from dataclasses import dataclass, field, replace

from slack_bolt import BoltRequest

from bot import ids
from bot.access import Viewer
from bot.answer import build_index
from bot.app import build_app
from bot.briefs.live import LiveLibrary
from bot.console import payloads
from bot.console.fakeslack import Call, FakeSlack, sign
from bot.console.terminal import Style, blocks_to_lines
from bot.settings import Settings
from bot.slack.services import Services
from bot.slack.updates import UpdateNotifier
from bot.store import Store

CHANNEL = "C0CONSOLE"
USAGE = """Type as in Slack:
  /brief STORY [SECTION | WORDS]   post a brief or a section (/brief list, /brief help)
  > QUESTION                       reply in the thread of the last brief posted
  >N QUESTION                      reply in thread N
  press BUTTON                     press a button on the last brief (press quotes, press ask the desk)
  help, quit"""


@dataclass
class Thread:
    number: int
    ts: str
    buttons: dict[str, tuple[str, str]] = field(default_factory=dict)


class ConsoleSession:
    """One local session: the app, its stand-in Slack, and the threads posted so far."""

    def __init__(
        self, settings: Settings, user: str = "U0LOCAL", out=None, color: bool = False, channel: str = CHANNEL
    ):
        self.out = out or sys.stdout
        self.style = Style(color)
        self.user = user
        self.channel = channel
        self.fake = FakeSlack()
        secret = secrets.token_hex(16)
        # State (threads, the desk's inbox) is kept in BRIEFBOT_DB, as `serve` keeps it, so `briefbot inbox` sees it.
        self.settings = replace(
            settings, bot_token="xoxb-console", signing_secret=secret, app_token="", api_url=self.fake.url
        )
        self.library = LiveLibrary(settings.briefs_dir, settings.max_brief_bytes, index_with=build_index)
        self.library.refresh()
        services = Services(self.library, Store(self.settings.database), reload=self.library.refresh)
        # Listeners finish before dispatch returns, so each reply prints before the next prompt.
        self.app = build_app(self.settings, services, wait_for_listeners=True)
        # Brief edits are looked for before each line, so their updates print in the threads first.
        self.updates = UpdateNotifier(self.library, services.store, self.app.client, self.settings.update_days)
        self.updates.catch_up()
        self.threads: list[Thread] = []
        self.replies: dict[str, int | str] = {}  # a reply's ts → its thread's number, for edits

    def close(self) -> None:
        self.fake.close()

    def visible_briefs(self) -> int:
        """How many briefs exist for the user and channel this session acts as."""
        return len(self.library.current.visible_to(Viewer.asking_now(self.user, self.channel)))

    def intro(self) -> None:
        library = self.library.current
        self.print(
            f"briefbot console — {self.visible_briefs()} brief(s) from {self.settings_dir()} for {self.user} in "
            f"{self.channel}; Slack is simulated here."
        )
        self.print(f"The desk's inbox is kept in {self.settings.db_path} (BRIEFBOT_DB); `briefbot inbox` lists it.")
        for problem in library.problems:
            self.print(f"  {problem}")
        self.print(USAGE)

    def settings_dir(self) -> str:
        return str(self.library.briefs_dir)

    def print(self, text: str = "") -> None:
        print(text, file=self.out, flush=True)

    def handle(self, line: str) -> bool:
        """Run one typed line; False when the session should end."""
        line = line.strip()
        if not line or line.startswith("#"):
            return True
        if line in ("quit", "exit", ":q"):
            return False
        if line in ("help", "?"):
            self.print(USAGE)
        elif line.startswith("/brief"):
            self._command(line[len("/brief") :].strip())
        elif line.startswith(">"):
            self._reply(line[1:])
        elif line.lower().startswith("press "):
            self._press(line[6:].strip())
        else:
            self.print(f"(not understood: {line!r}; type help)")
        return True

    def _dispatch(self, body: str, content_type: str) -> int:
        signed = sign(self.settings.signing_secret, body)
        headers: dict[str, str | Sequence[str]] = {"content-type": [content_type]}
        headers.update({name.lower(): [value] for name, value in signed.items()})
        self.library.refresh()
        shown = len(self.fake.calls())
        self.updates.check()
        status = self.app.dispatch(BoltRequest(body=body, headers=headers)).status
        for call in self.fake.calls()[shown:]:
            self._show(call)
        return status

    def _command(self, text: str) -> None:
        self.print(self.style.dim(f"── you: /brief {text}"))
        url = self.fake.response_url(payloads.next_id("console-"))
        typed = payloads.as_slack_writes(text)
        self._dispatch(payloads.slash_command(typed, self.channel, self.user, url), payloads.FORM)

    def _reply(self, rest: str) -> None:
        number, _, question = rest.partition(" ")
        thread = None
        if number.isdigit() and not 0 < int(number) <= len(self.threads):
            have = f"threads 1 to {len(self.threads)}" if self.threads else "no threads yet: try /brief STORY"
            self.print(f"(there is no thread {number}; {have})")
            return
        if number.isdigit():
            thread = self.threads[int(number) - 1]
        else:
            question = rest
            thread = self.threads[-1] if self.threads else None
        if thread is None:
            self.print("(no brief has been posted yet: try /brief list, then /brief STORY)")
            return
        question = question.strip()
        self.print(self.style.dim(f"── you, in thread {thread.number}: {question}"))
        typed = payloads.as_slack_writes(question)
        message = self.fake.add_message(self.channel, typed, user=self.user, thread_ts=thread.ts)
        event = payloads.thread_message(self.channel, self.user, typed, message["ts"], thread.ts)
        self._dispatch(payloads.event_callback(event), payloads.JSON)

    def _press(self, label: str) -> None:
        thread = next((thread for thread in reversed(self.threads) if thread.buttons), None)
        key = label.lower().strip()
        found = thread and (thread.buttons.get(key) or next(
            (value for name, value in thread.buttons.items() if name.startswith(key)), None))  # fmt: skip
        if not found or thread is None:
            names = ", ".join(thread.buttons) if thread else "none yet: /brief STORY posts a brief with buttons"
            self.print(f"(no button '{label}' on the last brief; buttons: {names})")
            return
        action_id, value = found
        self.print(self.style.dim(f"── you pressed: {label}"))
        url = self.fake.response_url(payloads.next_id("console-"))
        self._dispatch(payloads.button_press(action_id, value, self.channel, thread.ts, self.user, url), payloads.FORM)

    def _show(self, call: Call) -> None:
        """Print what Slack would show for one Web API call the app made."""
        params = call.params
        if call.method == "chat.postMessage" and call.response and call.response.get("ok"):
            where = self._where(params, call.response["ts"])
            self.print(self.style.bold(f"▌ briefbot · {where}"))
        elif call.method == "chat.update" and call.response and call.response.get("ok"):
            number = self.replies.get(str(params.get("ts")), "?")
            self.print(self.style.bold(f"▌ briefbot · edited its message in thread {number}"))
        elif call.method in ("chat.postEphemeral", "response_url"):
            self.print(self.style.bold("▌ briefbot · only visible to you"))
        else:
            return
        for line in blocks_to_lines(params.get("blocks") or [], self.style) or [f"  {params.get('text', '')}"]:
            self.print(line)
        self.print()

    def _where(self, params: dict, ts: str) -> str:
        parent = params.get("thread_ts")
        if parent:
            number = next((t.number for t in self.threads if t.ts == parent), "?")
            self.replies[ts] = number
            return f"in thread {number}"
        thread = Thread(len(self.threads) + 1, ts, _buttons(params.get("blocks") or []))
        self.threads.append(thread)
        return f"posted in the channel · thread {thread.number} (reply with > question)"


def _buttons(blocks: list[dict]) -> dict[str, tuple[str, str]]:
    found = {}
    for block in blocks:
        for element in block.get("elements", []) if block.get("type") == "actions" else []:
            label = element["text"]["text"].lower()
            found[label] = (element["action_id"], element.get("value", ""))
            match = ids.SECTION_ACTION.match(element["action_id"])
            if match:
                found.setdefault(match[1], found[label])
    return found


def run_console(settings: Settings, user: str = "U0LOCAL", stdin=None, out=None, channel: str = CHANNEL) -> int:
    """Interactive with a prompt on a terminal; line by line until end of input when piped."""
    stdin = stdin or sys.stdin
    out = out or sys.stdout
    interactive = stdin.isatty()
    session = ConsoleSession(settings, user=user, out=out, color=interactive and out.isatty(), channel=channel)
    try:
        if interactive:
            session.intro()
        else:
            session.print(
                f"briefbot console — {session.visible_briefs()} brief(s); Slack is simulated; "
                f"the desk's inbox is kept in {session.settings.db_path}."
            )
        while True:
            if interactive:
                try:
                    line = input("briefbot> ")
                except EOFError:
                    break
            else:
                line = stdin.readline()
                if not line:
                    break
            if not session.handle(line):
                break
    finally:
        session.close()
    return 0
