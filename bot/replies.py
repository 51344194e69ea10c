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
        """Whether the question goes to the desk's inbox: the brief does not cover it, and it can be read (not an ask
        for more of an answer the brief has no more of)."""
        return not self.answer.covered and not self.vague and not self.answer.goes_on


def answer_reply(
    store: Store, brief: Brief, question: str, channel: str, thread_ts: str, index: Index | None
) -> ReplyAnswer:
    """Answer a question asked in a thread, leaning on the thread's previous ask, and keep it as the latest (an ask
    to go on, "more?", keeps the one it goes on with, and adds what it showed)."""
    asks = store.last_asks(channel, thread_ts)
    answer = answer_question(brief, question, asks.question, index=index, earlier=asks.earlier, shown=asks.shown)
    # kept before the answer is posted: the reporter's next reply may come the moment this one shows
    shown = [item.id for _section, item in answer.cited]
    if answer.goes_on:  # "more?": the thread is still on the question it goes on with
        store.remember_shown(channel, thread_ts, shown)
    else:
        store.remember_ask(channel, thread_ts, question, shown)
    return ReplyAnswer(answer, vague=not answer.covered and not answer.goes_on and is_vague(question))
