"""Where one message holds several questions ("who is X and what did she say", "1) … 2) …", "Two things: …"), a
word turning to another topic ("Separately, …"), and a line it quotes from the thread ("> …")."""

from __future__ import annotations

import re

from bot.answer.about import asks_about_brief
from bot.answer.forms import WH_WORDS
from bot.answer.pasted import QUOTED
from bot.answer.smalltalk import asks_something
from bot.answer.words import COMMON_TYPOS, INTENT_WORDS, is_content, normalise

_QUESTION_WORDS = WH_WORDS | frozenset("did does do is are was were has have".split())
# A question word as typed on a phone ("wh", "whn"; not one letter, "r") starts a question too.
_TYPED_QUESTION_WORDS = frozenset(w for w, meant in COMMON_TYPOS.items() if meant in _QUESTION_WORDS and len(w) > 1)
# Where one ask holds two: "who is X and what did she say", "when was it; who ruled?", "who is X & what did she say",
# "Who is X. What did she sign", "who is X + when", "who is X / when", "who is X -- also when", "who is X… and when",
# a question on each line.
_STARTS = "|".join(sorted(_QUESTION_WORDS | _TYPED_QUESTION_WORDS))
_JOINING = frozenset({"and", "also", "plus", "oh"})
# "and", "oh and", "-- and also": a dash joins only with a word after it ("Revesz - what's his take" is one question)
_JOIN = rf"(?:(?:--|-|\u2013|\u2014)\s+)?(?:(?:{'|'.join(sorted(_JOINING))}|&|\+|/),?\s+){{1,3}}"
# A word that turns to another topic ("Separately, who ruled?", "unrelated q: when", "on another note -"): the
# question after it is asked on its own, not of the one before it.
_ASIDE = (
    r"(?:(?:a\s+)?(?:different|separate|unrelated)\s+(?:q|question|thing|topic)|(?:totally|completely|also)\s+"
    r"unrelated|separately|unrelated(?:ly)?|on\s+(?:a(?:nother)?\s+)?(?:different|separate|other|unrelated)?\s*note|"
    r"switching\s+gears|changing\s+(?:the\s+)?subject)"
    rf"(?:(?:\s+but)?(?:\s*[,:.]|\s+-{{1,2}}|\s*[\u2013\u2014])|\s+but|(?=\s+(?:{_STARTS})\b))\s+"
)
_OPENS_ASIDE = re.compile(rf"^{_ASIDE}", re.IGNORECASE)
# A question only picking between what the one before it gives ("which one", "which is right?", "which is it"), and
# one offering another ("or is it Doe").
_OR = re.compile(r"or\b", re.I)
_PICKS_ONE = re.compile(r"(?:so\s+)?which(?:\s+(?:one|is\s+(?:it|right|correct))|\s+one\s+is\s+(?:it|right))?", re.I)
# "any" opens a question after a join or a sentence's end ("…, and any arrests?"), not after a bare comma ("how big is
# the debt, any figure?" is one question). "w/" is "with", no slash between two questions.
_PART_BREAK = re.compile(
    rf"\s*(?:(?:[;.!\u2026]+\s*(?:{_JOIN})?|\s*\n\s*|,?\s+\(?{_JOIN}|(?<!\bw)\s*/\s*)(?=(?:(?:{_STARTS})s?|any)\b)"
    rf"|,\s+(?=(?:{_STARTS})s?\b)|(?:[;.!\u2026]+|,|\s*\n)\s*(?={_ASIDE}))",
    re.IGNORECASE,
)
_LEADING_JOIN = re.compile(rf"^\(?{_JOIN}(?=(?:{_STARTS})s?\b)", re.IGNORECASE)
# A list's mark before a question: "1)", "(2)", "3.", "1/", "b)", "Q1:", "2nd q:", "next q:", a bullet.
_MARK = (
    r"(?:\(?\d{1,2}[).:/]|\(?[a-e]\)|q\d{1,2}:|(?:\d(?:st|nd|rd|th)|first|second|third|next|other|another)\s+"
    r"q(?:uestion)?:|[\u2022*+-])\s+"
)
_LIST_MARK = re.compile(f"^{_MARK}", re.IGNORECASE)
# A question mark ends a question whatever opens the next ("who is X? any arrests"), and so does a line break before
# a list's mark. (Not a semicolon: one typed as "&gt;" ends an entity.)
_QUESTION_END = re.compile(rf"\?+\s*(?=\S)|\s*\n\s*(?={_MARK})", re.IGNORECASE)
# A heading that counts the questions after it, on their line: "Two things:", "couple qs -", "3 quick questions:".
_COUNTING_HEADING = re.compile(
    r"^\W*(?:a\s+)?(?:couple(?:\s+of)?|few|several|two|three|four|[2-4])\s+(?:quick\s+)?(?:things|qs|questions)"
    r"\s*(?::|-{1,2}|\u2013|\u2014)\s*",
    re.IGNORECASE,
)


# A line quoted from the thread before the ask, as Slack and e-mail mark it ("> The council voted on Monday").
_QUOTED_LINE = re.compile(r"^[ \t]*>[ \t]?(.*)$", re.MULTILINE)


def quoted_lines(text: str) -> tuple[str, str]:
    """What an ask quotes from the thread ("> …" lines) and the ask itself; nothing quoted when every line is."""
    quoted = " ".join(m[1].strip() for m in _QUOTED_LINE.finditer(text)).strip()
    ask = _QUOTED_LINE.sub("", text).strip()
    return (quoted, ask) if quoted and ask else ("", text)


def split_parts(text: str) -> list[str]:
    """The questions one ask holds (at most three): split where "and", "also", "+", "/", a dash or a sentence's end
    starts a new question, or at a question mark (not one inside quotation marks) or a line break; each without a
    list's mark ("1)", "Q2:", "•"), and a line that heads them ("Two questions:") left out."""
    text = _COUNTING_HEADING.sub("", text, count=1) or text
    quoting = any("?" in m["words"] for m in QUOTED.finditer(text))  # "who said 'are you kidding? it is ready'"
    pieces = [_LIST_MARK.sub("", piece) for piece in ([text.strip()] if quoting else _QUESTION_END.split(text.strip()))]
    pieces = [piece for n, piece in enumerate(pieces) if n == len(pieces) - 1 or not piece.endswith(":")]  # a heading
    parts = [_LEADING_JOIN.sub("", p.strip()).strip(" ?.!()") for piece in pieces for p in _PART_BREAK.split(piece)]
    parts = _with_asides(parts)
    parts = [p for p in parts if p and not _JOINING.issuperset(normalise(p).split())]
    parts = [p for p in parts if asks_something(p)] if len(parts) > 1 else parts
    return parts[:3] if len(parts) > 1 and all(_asks(p) for p in parts) else [text]


def _with_asides(parts: list[str]) -> list[str]:
    """Parts with a word turning to another topic put back before the question it opens ("Separately, who ruled" is
    split at its comma before the question word), and a bare "which one?" or an alternative put back after the
    question it asks of ("saw Doa in the draft, brief has Doe. which one", "Doa? or is it Doe")."""
    kept: list[str] = []
    for part in parts:
        if kept and _OPENS_ASIDE.fullmatch(kept[-1] + ", "):
            kept[-1] = f"{kept[-1]}, {part}"
        elif kept and (_PICKS_ONE.fullmatch(part) or _OR.match(part)):  # "Doa? or is it Doe"
            kept[-1] = f"{kept[-1]}? {part}"
        else:
            kept.append(part)
    return kept


def aside_removed(part: str) -> tuple[str, bool]:
    """A question of an ask without a word turning to another topic ("Separately, who ruled"), and whether it had one:
    such a question is asked on its own, leaning on nothing before it."""
    plain = _OPENS_ASIDE.sub("", part, count=1)
    return (plain, True) if plain != part and plain.strip() else (part, False)


def _asks(part: str) -> bool:
    """Whether a part of an ask asks something: it has words of its own, opens on a question word, or names a
    section or something about the story as published ("timeline?", "headline?")."""
    words = normalise(part).split()
    return (
        any(is_content(word) for word in words)
        or _asks_kind(part)
        or not INTENT_WORDS.isdisjoint(words)
        or asks_about_brief(" ".join(words))
    )


def _asks_kind(text: str) -> bool:
    words = normalise(text).split()
    return bool(words) and (words[0] in _QUESTION_WORDS or words[0] in _TYPED_QUESTION_WORDS)
