"""A reply in a brief's thread, answered from the brief and read against the thread's last ask (no Slack here)."""

from __future__ import annotations

from dataclasses import dataclass

from bot.answer import Answer, answer_question
from bot.answer.index import Index
from bot.answer.vague import is_vague
from bot.briefs.model import Brief
from bot.store import Store


@dataclass(frozen=True)
class ReplyAnswer:
    """The brief's answer to a reply, and whether the ask was too vague to read ("what?": asked again instead)."""

    answer: Answer
    vague: bool

    @property
    def for_the_desk(self) -> bool:
        """Whether the question goes to the desk's inbox: the brief does not cover it, and it can be read."""
        return not self.answer.covered and not self.vague


def answer_reply(
    store: Store, brief: Brief, question: str, channel: str, thread_ts: str, index: Index | None
) -> ReplyAnswer:
    """Answer a question asked in a thread, leaning on the thread's previous ask, and keep it as the latest."""
    previous, earlier = store.last_asks(channel, thread_ts)
    answer = answer_question(brief, question, previous, index=index, earlier=earlier)
    # kept before the answer is posted: the reporter's next reply may come the moment this one shows
    store.remember_ask(channel, thread_ts, question)
    return ReplyAnswer(answer, vague=not answer.covered and is_vague(question))
