"""Replies in a thread that ask nothing (thanks, praise, agreement, an interjection): the bot stays quiet on them."""

from __future__ import annotations

import re

from bot.answer.forms import VERB_FIRST_WORDS

# The words such replies are made of: "thanks a lot", "nice work", "makes sense", "got it", "my bad", "never mind",
# "good catch", "this is great", "cc" (what is left of "cc @jane" once the mention is taken out).
_SMALL_TALK_WORDS = frozenset(
    """
    thanks thank you thx ty tnx thnx cheers appreciate appreciated much very so really a lot bot
    ok okay k kk cool great nice good perfect awesome brilliant excellent amazing fantastic wonderful lovely super
    helpful useful helps that this is was it stuff work job catch one
    got gotcha understood noted sure fine alright right yep yes yeah yup no nope nah
    makes sense sounds will do
    lol haha heh wow omg oh ah hmm hmmm huh ooh oops whoa
    sorry my bad never mind nvm all worries problem np
    cc fyi
    """.split()
)
_WORDS = re.compile(r"[^\W_]+")


def asks_something(text: str) -> bool:
    """False for a reply with no words, or one only of thanks, praise, agreement and the like ("thanks!", "ok 👍",
    "nice work", "makes sense"); True for anything else, and for such words put as a question, verb first ("is it
    good", "was that right")."""
    words = _WORDS.findall(text.lower())
    return bool(words) and (words[0] in VERB_FIRST_WORDS or not _SMALL_TALK_WORDS.issuperset(words))
