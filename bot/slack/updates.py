"""Telling threads that a brief changed: record each new version, then send the core's plan through `send`.

The library calls `changed()` after each reload; the notifier waits until the briefs have been quiet for a
moment, compares each story's typed content with its latest recorded version, records what changed, and sends
one update per recent thread. At start it does the same for edits made while the bot was down, and finishes
announcing versions a stopped process had recorded but not announced.
"""

from __future__ import annotations

import logging
import threading
import time
from dataclasses import replace

from slack_sdk import WebClient

from bot.access import Viewer
from bot.briefs.changes import brief_digest, diff_briefs, encode_summary
from bot.briefs.library import BriefLibrary
from bot.briefs.model import StoredBrief
from bot.slack.send import PostFailed, post, update
from bot.store import Store
from bot.updates import plan_updates, thread_state

log = logging.getLogger("briefbot.updates")
QUIET_SECONDS = 1.0
DAY = 86400.0


class UpdateNotifier:
    """Records new versions of the briefs in service and tells the threads that saw an older one."""

    def __init__(self, library, store: Store, client: WebClient, days: int, quiet: float = QUIET_SECONDS):
        self.library = library  # a callable giving the BriefLibrary in service
        self.store = store
        self.client = client
        self.days = days
        self.quiet = quiet
        self._wake = threading.Event()
        self._stop = threading.Event()
        self._checked: dict[str, StoredBrief] = {}
        self._latest: dict[str, tuple[int, str]] = {}

    def changed(self) -> None:
        """The library was reloaded: look again once things are quiet."""
        self._wake.set()

    def start(self) -> threading.Thread:
        thread = threading.Thread(target=self._run, name="brief-updates", daemon=True)
        thread.start()
        return thread

    def stop(self) -> None:
        self._stop.set()
        self._wake.set()

    def _run(self) -> None:
        self._guarded(self.catch_up)
        while not self._stop.is_set():
            self._wake.wait()
            while self._wake.is_set() and not self._stop.is_set():  # wait for a quiet spell: one look per burst
                self._wake.clear()
                self._stop.wait(self.quiet)
            if not self._stop.is_set():
                self._guarded(self.check)

    def _guarded(self, work) -> None:
        try:
            work()
        except Exception:  # an update must never take the bot down; the next reload tries again
            log.exception("recording or announcing brief changes failed")

    def catch_up(self) -> None:
        """At start: record edits made while no process watched, then finish any unannounced versions."""
        self._latest = self.store.latest_versions()
        self.check()
        for story, seq in self.store.unannounced_versions():
            self.announce(story, seq)

    def check(self) -> None:
        """Record a version for each story whose typed content differs from its latest recorded one."""
        library: BriefLibrary = self.library()
        first = []
        for story, stored in library.briefs.items():
            if self._checked.get(story) is stored:
                continue
            digest = brief_digest(stored)
            latest = self._latest.get(story)
            if latest is None:
                first.append((story, digest, stored.blob))
                self._latest[story] = (1, digest)
            elif latest[1] != digest:
                self._record(story, stored, digest)
            self._checked[story] = stored
        for story in self._checked.keys() - library.briefs.keys():  # deleted briefs: let their old versions go
            del self._checked[story]
        if first:
            self.store.record_first_versions(first)

    def _record(self, story: str, stored: StoredBrief, digest: str) -> None:
        """Record the story's next version; announce it unless another process recorded it first."""
        for _ in range(2):
            seq = self._latest[story][0]
            old = self.store.version_brief(story, seq)
            if old is None:  # its versions were deleted under us: nothing to compare with
                return
            change = diff_briefs(old, stored.decode())
            if self.store.record_version(story, seq + 1, digest, encode_summary(change), stored.blob, change.empty):
                self._latest[story] = (seq + 1, digest)
                log.info("%s: version %d recorded", story, seq + 1)
                if not change.empty:
                    self.announce(story, seq + 1)
                return
            self._latest = self.store.latest_versions()  # another instance got there: see what it recorded
            if self._latest[story][1] == digest:
                return

    def _public_in(self, story: str, channel: str) -> bool:
        """Whether the story may be posted in the channel now (an embargo or access list added since says no)."""
        decision = self.library.current.visible_to(Viewer.asking_now("", channel)).decision(story)
        return decision.visible and not decision.private

    def announce(self, story: str, seq: int) -> None:
        """Send version `seq`'s update to every thread where the story was posted in the last `days` days."""
        new = self.store.version_brief(story, seq)
        if new is None:
            return
        now = time.time()
        threads = []
        for channel, thread_ts, created in self.store.recent_threads(story, now - self.days * DAY) if self.days else ():
            if not self._public_in(story, channel):
                continue
            last = self.store.last_update_post(story, channel, thread_ts)
            state = thread_state(channel, thread_ts, last, self.store.version_at(story, created), seq, now)
            if state is not None:
                threads.append(replace(state, cited=frozenset(self.store.cited_items(channel, thread_ts, story))))
        for plan in plan_updates(story, new, threads, lambda base: self.store.version_brief(story, base)):
            if not self.store.claim_update_post(story, plan.channel, plan.thread_ts, seq, plan.base_seq, plan.posted):
                continue
            try:
                if plan.edit_ts:
                    ts = update(self.client, plan.channel, plan.edit_ts, plan.message, plan.metadata)
                else:
                    ts = post(self.client, plan.channel, plan.message, plan.thread_ts, plan.metadata)
            except PostFailed as failure:
                log.error("update of %s in %s/%s failed: %s", story, plan.channel, plan.thread_ts, failure.error)
                continue
            self.store.record_update_post(story, plan.channel, plan.thread_ts, seq, ts)
        self.store.mark_announced(story, seq)
