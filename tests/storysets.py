"""The answer engine's story sets: briefs and reporters' follow-ups under tests/stories/, and how they are scored.

`tuning/` stories may be looked at while changing the engine and CI asserts on them; `heldout/` stories are
only ever measured (`make bench-answers`). Each story is `<split>/briefs/<id>.yaml` (the seed story's brief is
the one in briefs/) and `<split>/questions/<id>.yaml`: asks with `expect` (acceptable first citations; `source`
is the brief's own details), `open` (open questions that honestly say an uncovered ask is unknown) and `after`
(the thread's previous ask, which this one leans on).

Rule: an answerable ask is right when its FIRST citation is in `expect`; an uncovered one when it cites nothing,
or only items in `open`.
"""

from __future__ import annotations

import itertools
import re
from dataclasses import dataclass, field, replace
from pathlib import Path

import msgspec
import yaml

from bench.slips import typed_list
from bot.answer import Index, answer_question, build_index
from bot.answer.about import SOURCE_SECTION
from bot.briefs.loader import load_brief_file
from bot.briefs.model import Brief

ROOT = Path(__file__).resolve().parent.parent
STORIES = ROOT / "tests" / "stories"
SPLITS = ("tuning", "heldout")


@dataclass(frozen=True)
class Ask:
    ask: str
    expect: tuple[str, ...]
    open: tuple[str, ...] = ()
    after: str | None = None


@dataclass(frozen=True)
class StorySet:
    split: str
    brief: Brief
    asks: tuple[Ask, ...]


@dataclass
class Score:
    answerable: int = 0
    answered: int = 0
    outside: int = 0
    abstained: int = 0
    misses: list[str] = field(default_factory=list)

    def add(self, other: Score) -> None:
        self.answerable += other.answerable
        self.answered += other.answered
        self.outside += other.outside
        self.abstained += other.abstained
        self.misses += other.misses

    def record(self, ask: Ask, cited: list[str]) -> None:
        """Count one ask by the rule above, given what the engine cited for it."""
        ok = scored_right(ask, cited)
        if ask.expect:
            self.answerable += 1
            self.answered += ok
        else:
            self.outside += 1
            self.abstained += ok
        if not ok:
            self.misses.append(f"{ask.ask!r}: cited {cited or '[]'}; expect {list(ask.expect) or '[]'}")

    @property
    def answered_rate(self) -> float:
        return self.answered / self.answerable if self.answerable else 1.0

    @property
    def abstained_rate(self) -> float:
        return self.abstained / self.outside if self.outside else 1.0


def brief_path(split: str, story: str) -> Path:
    """The story's brief: its own under the split, else the one in briefs/ (the seed's)."""
    own = STORIES / split / "briefs" / f"{story}.yaml"
    return own if own.exists() else ROOT / "briefs" / f"{story}.yaml"


def load_story_sets(split: str, asked: str = "questions") -> list[StorySet]:
    """Every story of a split with follow-ups in its `asked` folder ("questions", or "time-asks": follow-ups on when
    things happened), its brief loaded and checked as `briefbot check` would."""
    found = []
    for path in sorted((STORIES / split / asked).glob("*.yaml")):
        data = yaml.safe_load(path.read_text(encoding="utf-8"))
        path_of_brief = brief_path(split, data["story"])
        loaded = load_brief_file(path_of_brief, path_of_brief.parent)
        errors = [p for p in loaded.problems if p.severity == "error"]
        if loaded.brief is None or errors:
            raise ValueError(f"{path_of_brief}: {errors or loaded.problems}")
        asks = tuple(
            Ask(q["ask"], tuple(q.get("expect") or ()), tuple(q.get("open") or ()), q.get("after"))
            for q in data["questions"]
        )
        found.append(StorySet(split, loaded.brief, asks))
    return found


def without_asks(brief: Brief) -> Brief:
    """The brief as an editor in a hurry writes it: no `asks` on any item."""
    return with_asks(brief, {})


def with_asks(brief: Brief, asks: dict[str, list[str]]) -> Brief:
    """The brief with each item's `asks` replaced by those another editor wrote for its id (none if not given)."""
    changes = {}
    for section in ("facts", "quotes", "questions", "timeline", "people"):
        changes[section] = [msgspec.structs.replace(item, asks=asks.get(item.id, [])) for item in brief.items(section)]
    return msgspec.structs.replace(brief, **changes)


def other_asks(split: str, story: str) -> dict[str, list[str]] | None:
    """The asks a second editor wrote for every item of a story's brief (`<split>/other-asks/`), if there are any."""
    path = STORIES / split / "other-asks" / f"{story}.yaml"
    return yaml.safe_load(path.read_text(encoding="utf-8")) if path.exists() else None


def cited_ids(brief: Brief, ask: Ask, index: Index) -> list[str]:
    """The ids the engine cites for the ask, first the one it answers with."""
    return [item.id for _, item in answer_question(brief, ask.ask, ask.after, index=index).cited]


def scored_right(ask: Ask, cited: list[str]) -> bool:
    """The rule above: an answerable ask's first citation is one it expects; any other cites only its open questions."""
    return bool(cited) and cited[0] in ask.expect if ask.expect else all(c in ask.open for c in cited)


def answered_pairs(story: StorySet, index: Index) -> list[tuple[Ask, Ask]]:
    """Each two neighbouring answerable asks of a story that lean on no ask before them, where each alone is
    answered right: the pairs a reporter could have put in one message."""
    right = [
        ask
        for ask in story.asks
        if ask.expect and not ask.after and scored_right(ask, cited_ids(story.brief, ask, index))
    ]
    return list(itertools.pairwise(right))


def after_a_miss(story: StorySet, index: Index) -> tuple[int, int]:
    """Each answerable ask of a story that leans on none and is answered right alone, put in a thread right after each
    of its asks the brief does not cover and the engine declines: right when it is still answered right (a reporter's
    "it" after a question the bot could not answer is still the story's). Right, of how many."""
    alone = [a for a in story.asks if a.expect and not a.after and scored_right(a, cited_ids(story.brief, a, index))]
    misses = [
        a for a in story.asks if not a.expect and not a.after and scored_right(a, cited_ids(story.brief, a, index))
    ]
    right = 0
    for miss in misses:
        for ask in alone:
            cited = answer_question(story.brief, ask.ask, miss.ask, index=index).cited
            right += scored_right(ask, [item.id for _section, item in cited])
    return right, len(misses) * len(alone)


# A follow-up with one of these words may lean on the person asked about before it ("what did he say").
_PERSON_PRONOUN = re.compile(r"\b(?:he|she|him|her|his|hers|they|them|their|himself|herself)\b", re.I)
# A question word alone ("when?", "how many?") asks the previous question again of something else.
_BARE_QUESTION = re.compile(r"^\W*(?:who|what|when|where|why|which|how(?: many| much| long| old)?)\W*$", re.I)
# Ways a thread asks about someone before a new question: who they are, what they said, the name alone.
_ABOUT_SOMEONE = ("who is {given} {surname}", "what did {surname} say", "{surname}?")


def after_someone(story: StorySet, index: Index) -> tuple[int, int]:
    """Each answerable ask of a story that leans on none, has no pronoun that could mean a person, is more than a
    question word and is answered right alone, put in a thread right after an ask about each of the brief's first three
    people named in full (each way of _ABOUT_SOMEONE): right when it is still answered right (a reporter's "is it
    terrorism?" or "tl;dr" after "who is Doe" is not about Doe). Right, of how many."""
    alone = [
        a
        for a in story.asks
        if a.expect
        and not a.after
        and not _PERSON_PRONOUN.search(a.ask)
        and not _BARE_QUESTION.match(a.ask)
        and scored_right(a, cited_ids(story.brief, a, index))
    ]
    right = asked = 0
    for _id, given, surname in named_people(story.brief)[:3]:
        for form in _ABOUT_SOMEONE:
            before = form.format(given=given, surname=surname)
            for ask in alone:
                cited = answer_question(story.brief, ask.ask, before, index=index).cited
                right += scored_right(ask, [item.id for _section, item in cited])
                asked += 1
    return right, asked


def answered_right(story: StorySet, index: Index) -> list[tuple[Ask, str]]:
    """Each answerable ask of a story answered right in its thread, and the item the answer cites first: what a
    reporter asking where that comes from is asking about."""
    found = []
    for ask in story.asks:
        cited = cited_ids(story.brief, ask, index)
        if ask.expect and scored_right(ask, cited):
            found.append((ask, cited[0]))
    return found


def both_answered(first: Ask, second: Ask, cited: list[str]) -> bool:
    """Two answerable asks put in one message: its first citation answers the first, and one of them the second."""
    return bool(cited) and cited[0] in first.expect and any(c in second.expect for c in cited)


def typed_under_quote(story: StorySet, index: Index) -> list[tuple[Ask, Ask]]:
    """Each follow-up of a story whose previous ask the engine answers, and the same follow-up typed under a quote of
    that answer's first item as a reporter would copy it from Slack ("> " and its text, or a person's name and role),
    leaning on no previous ask."""
    found = []
    for ask in story.asks:
        told = answer_question(story.brief, ask.after, index=index).cited if ask.after else ()
        if told:
            item = told[0][1]
            shown = getattr(item, "text", None) or getattr(item, "event", None)
            quoted = shown or f"{getattr(item, 'name', '')}, {getattr(item, 'role', '')}"
            found.append((ask, replace(ask, ask=f"> {quoted}\n{ask.ask}", after=None)))
    return found


# What the details answering an ask about the article open on, by what it asks for (about.txt's labels).
_OPENS_ON = {
    "headline": ("Headline:", "The brief gives no headline"),
    "byline": ("By ", "The brief gives no byline"),
    "outlet": ("Published by",),
    "published": ("Published by",),
    "page_date": ("Republished by", "The copy used"),
    "status": ("The brief is",),
    "updated": ("The brief is",),
    "editors": ("The brief is",),
}


def about_the_article(story: StorySet, lines: tuple[str, ...], index: Index) -> dict[str, tuple[int, int]]:
    """Each line of a split's `about.txt` ("byline<TAB>who wrote this") put to the story: for asks about the article
    itself, right when its own details (`source`) are cited first ("about"), and then when they open on what was asked
    for ("first": the byline for "who wrote this"; where and when it ran for a page date the brief does not give); for
    near misses in the same words about what the story reports ("content", {PERSON} the surname of its first person,
    {ORG} its first organisation's name), right when they are not. Right and asked, of each kind."""
    has_copy = bool(story.brief.source.republisher or story.brief.source.page_date)
    counts = {"about": [0, 0], "first": [0, 0], "content": [0, 0]}
    for line in lines:
        label, listed = line.split("\t", 1)
        kind = "content" if label == "content" else "about"
        typed = _filled(listed, story.brief)
        if typed is None:
            continue
        cited = answer_question(story.brief, typed, index=index).cited
        right = bool(cited and cited[0][1].id == "source") == (kind == "about")
        counts[kind][0] += right
        counts[kind][1] += 1
        if kind == "about" and right:
            opens_on = _OPENS_ON["published" if label == "page_date" and not has_copy else label]
            counts["first"][0] += getattr(cited[0][1], "text", "").startswith(opens_on)
            counts["first"][1] += 1
    return {kind: (right, asked) for kind, (right, asked) in counts.items()}


def _filled(typed: str, brief: Brief) -> str | None:
    """A listed ask with {PERSON} as the surname of the brief's first person and {ORG} as its first organisation's
    name; None when the brief has no one to fill it with."""
    person = next((p.name.split()[-1] for p in brief.people if p.kind == "person"), None)
    body = next((p.name for p in brief.people if p.kind == "organisation"), None)
    if ("{PERSON}" in typed and not person) or ("{ORG}" in typed and not body):
        return None
    return typed.replace("{PERSON}", person or "").replace("{ORG}", body or "")


def going_on(story: StorySet, lines: tuple[str, ...], index: Index) -> dict[str, tuple[int, int]]:
    """Each line of a split's `more.txt` ("more<TAB>anything else?") put to the story right after two asks, "who?" and
    its first ask that leans on none and is answered: an ask for more ("more") is right when the answer goes on with
    that ask — the items its answer found past those it cited, or none, saying so; a near miss in the same words
    asking something new ("near", {PERSON} and {ORG} filled as for `about_the_article`) when it does not go on. Right
    and asked, of each kind."""
    first = next((ask.ask for ask in story.asks if ask.expect and not ask.after), None)
    counts = {"more": [0, 0], "near": [0, 0]}
    for previous in ("who?", *([first] if first else [])):
        told = answer_question(story.brief, previous, index=index)
        for line in lines:
            kind, listed = line.split("\t", 1)
            typed = _filled(listed, story.brief)
            if typed is None:
                continue
            answer = answer_question(story.brief, typed, previous, index=index)
            went_on = answer.goes_on == previous and answer.found == told.found[len(told.cited) :]
            counts[kind][0] += went_on == (kind == "more")
            counts[kind][1] += 1
    return {kind: (right, asked) for kind, (right, asked) in counts.items()}


# The section that answers a whole-section ask, by what it asks for (sections.txt's labels): the gist is the facts
# the story turns on.
_SECTION_ANSWERING = {"summary": "facts", "facts": "facts", "quotes": "quotes", "questions": "questions",
                      "timeline": "timeline", "people": "people"}  # fmt: skip


def whole_sections(story: StorySet, lines: tuple[str, ...], index: Index) -> tuple[int, int]:
    """Each line of a split's `sections.txt` ("timeline<TAB>chrono pls") put to the story: right when the answer is
    that whole section (its first items and how many more). Right, of how many."""
    right = 0
    for line in lines:
        label, typed = line.split("\t", 1)
        right += answer_question(story.brief, typed, index=index).section == _SECTION_ANSWERING[label]
    return right, len(lines)


_VOWEL_SWAPPED = str.maketrans("aeiou", "eaeao")


def named_people(brief: Brief) -> list[tuple[str, str, str]]:
    """Each person of the brief named by given name and surname, no other entry sharing the surname: (entry id,
    given name, surname)."""
    found = []
    for person in brief.people:
        words = [w for w in person.name.split() if w.rstrip(".") not in ("Jr", "Sr", "II", "III")]
        if person.kind != "person" or len(words) < 2 or any(c in person.name for c in "(),&"):
            continue
        if not words[-1][:1].isupper() or sum(words[-1] in other.name for other in brief.people) > 1:
            continue
        found.append((person.id, words[0], words[-1]))
    return found


def misspelt(surname: str) -> str:
    """The surname with its last vowel swapped for another ("Crockford" → "Crockfard"): a slip to check against."""
    last = max((k for k, c in enumerate(surname) if c in "aeiou"), default=None)
    return (
        surname + "e"
        if last is None
        else surname[:last] + surname[last].translate(_VOWEL_SWAPPED) + surname[last + 1 :]
    )


def checked_names(story: StorySet, lines: tuple[str, ...], index: Index) -> tuple[int, int]:
    """Each line of a split's `name-checks.txt` ("spelling<TAB>how's {SURNAME} spelled") put to the story for each of
    its named people: right when that person's entry is cited first. Right, of how many."""
    right = asked = 0
    for entry, given, surname in named_people(story.brief):
        for line in lines:
            typed = line.split("\t", 1)[1]
            typed = (
                typed.replace("{SURNAME}", surname).replace("{FIRST}", given).replace("{VARIANT}", misspelt(surname))
            )
            cited = answer_question(story.brief, typed, index=index).cited
            right += bool(cited) and cited[0][1].id == entry
            asked += 1
    return right, asked


def quotes_of(brief: Brief, surname: str) -> frozenset[str]:
    """The ids of the brief's quotes whose speaker bears this surname."""
    return frozenset(quote.id for quote in brief.quotes if surname in quote.speaker.split())


def requested_quotes(story: StorySet, lines: tuple[str, ...], index: Index) -> tuple[int, int]:
    """Each line of a split's `quote-requests.txt` ("{SURNAME} verbatim pls") put to the story for each of its named
    people the brief quotes: right when a quote of theirs is cited first. Right, of how many."""
    right = asked = 0
    for _entry, _given, surname in named_people(story.brief):
        theirs = quotes_of(story.brief, surname)
        for line in lines if theirs else ():
            cited = answer_question(story.brief, line.replace("{SURNAME}", surname), index=index).cited
            right += bool(cited) and cited[0][1].id in theirs
            asked += 1
    return right, asked


def _said_by(name: str, quotes: frozenset[str], section: str, item) -> bool:
    """Whether a cited item is of what `name` said: one of their `quotes`, or a fact, timeline entry or open question
    naming them (not their own entry)."""
    naming = re.compile(rf"\b{re.escape(name)}\b")
    return item.id in quotes or (section in ("facts", "timeline", "questions") and bool(naming.search(_text(item))))


def stances(story: StorySet, lines: tuple[str, ...], index: Index) -> tuple[int, int]:
    """Each line of a split's `stances.txt` ("is {SURNAME} for or against it?") put to the story for each of its named
    people the brief quotes: right when what is cited first is a quote of theirs or another item naming them (a fact,
    a timeline entry, or an open question on where they stand), not their own entry. Right, of how many."""
    right = asked = 0
    for _entry, given, surname in named_people(story.brief):
        theirs = quotes_of(story.brief, surname)
        for line in lines if theirs else ():
            typed = line.replace("{SURNAME}", surname).replace("{FULLNAME}", f"{given} {surname}")
            cited = answer_question(story.brief, typed, index=index).cited
            right += bool(cited) and _said_by(surname, theirs, *cited[0])
            asked += 1
    return right, asked


def responses(story: StorySet, lines: tuple[str, ...], index: Index) -> tuple[int, int]:
    """Each line of a split's `responses.txt` ("did {NAME} comment?") put to the story for each of its named people the
    brief quotes ({NAME} their surname) and each organisation it quotes by its entry's name, or by someone whose role
    names it ("Chairman of the Senate Foreign Relations Committee"): right when what is cited first is a quote of
    theirs or another item naming them, not their own entry. Right, of how many."""
    brief = story.brief
    speakers = [(surname, quotes_of(brief, surname)) for _entry, _given, surname in named_people(brief)]
    for body in brief.people:
        if body.kind == "organisation":
            naming = re.compile(rf"\b{re.escape(body.name)}\b")
            own = [quote.id for quote in brief.quotes if quote.speaker == body.name]
            speakers.append((body.name, frozenset(own or (q.id for q in brief.quotes if naming.search(q.role or "")))))
    right = asked = 0
    for name, theirs in speakers:
        for line in lines if theirs else ():
            cited = answer_question(brief, line.replace("{NAME}", name), index=index).cited
            right += bool(cited) and _said_by(name, theirs, *cited[0])
            asked += 1
    return right, asked


def party_lists(story: StorySet, lines: tuple[str, ...], index: Index) -> tuple[int, int]:
    """Each line of a split's `listing.txt` ("who are the {GROUP} in this story") put to the story for each party
    ("Democrats", "Republicans") the role of one of its people entries gives first: right when what is cited first
    is the entry of one of that party's people and no other entry among the first three is someone else's. Right, of
    how many."""
    parties = {person.id: party_of(person.role) for person in story.brief.people if person.kind == "person"}
    right = asked = 0
    for party in sorted({party for party in parties.values() if party}):
        for line in lines:
            cited = answer_question(story.brief, line.replace("{GROUP}", party), index=index).cited[:3]
            entries = [item.id for section, item in cited if section == "people"]
            first = cited[0][1].id if cited else None
            right += first in entries and all(parties.get(entry) == party for entry in entries)
            asked += 1
    return right, asked


def named_pairs(story: StorySet, lines: tuple[str, ...], index: Index) -> dict[str, tuple[int, int]]:
    """Each line of a split's `pairs.txt` asking of two people at once ("said", "what did {A} and {B} say"; "who", "who
    are {A} and {B}") put to the story for each two named people the brief quotes, in brief order: a 'said' ask is
    right when what is cited first is of what one of them said (as for `stances`) and the first three cite that of
    each; a 'who' ask when the first cited is one's entry and the first three cite both entries. Right and asked, of
    each kind."""
    brief = story.brief
    quoted = [(entry, surname) for entry, _given, surname in named_people(brief) if quotes_of(brief, surname)]
    counts = {"said": [0, 0], "who": [0, 0]}
    for (one, first), (two, then) in itertools.pairwise(quoted):
        for line in lines:
            kind, typed = line.split("\t", 1)
            cited = answer_question(brief, typed.replace("{A}", first).replace("{B}", then), index=index).cited[:3]
            if kind == "said":
                said = [[_said_by(name, quotes_of(brief, name), *pair) for pair in cited] for name in (first, then)]
                right = bool(cited) and (said[0][0] or said[1][0]) and all(any(each) for each in said)
            else:
                ids = [item.id for _section, item in cited]
                right = ids[:1] in ([one], [two]) and {one, two} <= set(ids)
            counts[kind][0] += right
            counts[kind][1] += 1
    return {kind: (right, asked) for kind, (right, asked) in counts.items()}


def stated_positions(story: StorySet, lines: tuple[str, ...], index: Index) -> tuple[int, int]:
    """Each line of a split's `stances.txt` put to the story for each person it names but does not quote, as marked in
    `<split>/positions.yaml` with the items stating their position (marked from the brief by someone who never saw the
    engine): right when one of those is cited first, or, for someone whose position the brief does not state, when
    nothing but open questions is cited. Right, of how many."""
    marked = yaml.safe_load((STORIES / story.split / "positions.yaml").read_text(encoding="utf-8"))
    people = {person.id: person for person in story.brief.people}
    right = asked = 0
    for entry, stating in (marked.get(story.brief.id) or {}).items():
        words = [w for w in people[entry].name.split() if w.rstrip(".") not in ("Jr", "Sr", "II", "III")]
        for line in lines:
            typed = line.replace("{SURNAME}", words[-1]).replace("{FULLNAME}", f"{words[0]} {words[-1]}")
            right += _stated_or_declined(answer_question(story.brief, typed, index=index).cited, stating)
            asked += 1
    return right, asked


def _stated_or_declined(cited, stating: list[str]) -> bool:
    """Whether an answer cites first one of the items `stating` what was asked, or, with none, nothing but open
    questions."""
    if stating:
        return bool(cited) and cited[0][1].id in stating
    return all(section == "questions" for section, _item in cited)


def sourced_claims(story: StorySet, lines: tuple[str, ...], index: Index) -> dict[str, tuple[int, int]]:
    """Each line of a split's `claim-sources.txt` ("who says {CLAIM}?") put to the story for each claim of
    `<split>/claims.yaml` (a reporter's paraphrase of something the brief states, with the items stating it, or of
    something it does not state), as a thread's first ask: a stated claim is right when an item stating it is cited
    first ("stated"), one the brief does not state when nothing but open questions is cited ("absent"). Right and
    asked, of each."""
    claims = yaml.safe_load((STORIES / story.split / "claims.yaml").read_text(encoding="utf-8"))
    counts = {"stated": [0, 0], "absent": [0, 0]}
    for claim in claims.get(story.brief.id) or ():
        stating = claim["items"]
        for line in lines:
            cited = answer_question(story.brief, line.replace("{CLAIM}", claim["claim"]), index=index).cited
            count = counts["stated" if stating else "absent"]
            count[0] += _stated_or_declined(cited, stating)
            count[1] += 1
    return {kind: (right, asked) for kind, (right, asked) in counts.items()}


def sourced_first(story: StorySet, lines: tuple[str, ...], index: Index) -> tuple[int, int]:
    """Each line of a split's `sourcing.txt` ("source?", "where's this from?") put to the story as a thread's first ask,
    with nothing told yet that it could ask of: right when the brief's own details (outlet, date, byline) are cited
    first. Right, of how many."""
    cited = [answer_question(story.brief, typed, index=index).cited for typed in lines]
    return sum(bool(first) and first[0][0] == SOURCE_SECTION for first in cited), len(lines)


def story_events(story: StorySet, lines: tuple[str, ...], index: Index) -> dict[str, tuple[int, int]]:
    """Each line of a split's `story-event.txt` ("when did it happen", "who did it") put to the story as a thread's
    first ask, by pronoun, of its main event: right when an item `<split>/story-events.yaml` marks as answering that
    kind of ask about it is cited first, or, when none does, nothing but open questions. Right and asked, of each
    kind."""
    return _marked_first_asks(story, lines, index, "story-events.yaml")


def sides_taken(story: StorySet, lines: tuple[str, ...], index: Index) -> dict[str, tuple[int, int]]:
    """Each line of a split's `sides.txt` ("pushback?", "who's backing this?") put to the story as a thread's first
    ask: right when an item `<split>/sides.yaml` marks as telling who is against (or for) what the story is about, and
    what they say, is cited first, or, when none does, nothing but open questions. Right and asked, of each kind."""
    return _marked_first_asks(story, lines, index, "sides.yaml")


def story_events_after_a_summary(story: StorySet, lines: tuple[str, ...], index: Index) -> dict[str, tuple[int, int]]:
    """`story_events`, each line asked right after each of the split's asks for the story's summary (`sections.txt`,
    "catch me up?"): "it" is still the story's event."""
    return _marked_first_asks(story, lines, index, "story-events.yaml", summary_asks(story.split))


def sides_after_a_summary(story: StorySet, lines: tuple[str, ...], index: Index) -> dict[str, tuple[int, int]]:
    """`sides_taken`, each line asked right after each of the split's asks for the story's summary."""
    return _marked_first_asks(story, lines, index, "sides.yaml", summary_asks(story.split))


def sides_after_the_first_fact(story: StorySet, lines: tuple[str, ...], index: Index) -> dict[str, tuple[int, int]]:
    """`sides_taken`, each line asked right after each ask the editor wrote on the brief's first fact ("what did the
    court rule", then "pushback?"): who is against or for what the thread was just told of the story."""
    return _marked_first_asks(story, lines, index, "sides.yaml", tuple(story.brief.facts[0].asks))


def summary_asks(split: str) -> tuple[str, ...]:
    """The split's blind-written asks for the story's summary (`sections.txt` lines labelled so)."""
    return tuple(
        line.split("\t", 1)[1] for line in typed_list(split, STORIES, "sections") if line.startswith("summary\t")
    )


def _marked_first_asks(
    story: StorySet, lines: tuple[str, ...], index: Index, marks: str, openings: tuple[str | None, ...] = (None,)
) -> dict[str, tuple[int, int]]:
    """Each `kind<TAB>ask` line put to the story as a thread's first ask (or right after each of `openings`), scored
    against the items the split's `marks` file gives the story for that kind (marked from the brief alone by someone
    who never saw the engine): right when one is cited first, or, for a kind with none, when nothing but open
    questions is cited. A story the file does not mark is not counted."""
    marked = yaml.safe_load((STORIES / story.split / marks).read_text(encoding="utf-8")).get(story.brief.id)
    if marked is None:
        return {}
    counts: dict[str, list[int]] = {}
    for line in lines:
        kind, typed = line.split("\t", 1)
        count = counts.setdefault(kind, [0, 0])
        for opening in openings:
            cited = answer_question(story.brief, typed, opening, index=index).cited
            count[0] += _stated_or_declined(cited, marked[kind])
            count[1] += 1
    return {kind: (right, asked) for kind, (right, asked) in counts.items()}


def said_circumstances(story: StorySet, lines: tuple[str, ...], index: Index) -> dict[str, tuple[int, int]]:
    """Each line of a split's `said-when.txt` ("when", "when was that"; "whom", "who was {SURNAME} talking to") put to
    the story right after "what did {SURNAME} say", for each of its named people the brief quotes: right when what is
    cited first is of what they said (as for `stances`), whose date, occasion and context tell it. Right and asked, of
    each kind."""
    counts: dict[str, list[int]] = {}
    for _entry, _given, surname in named_people(story.brief):
        theirs = quotes_of(story.brief, surname)
        for line in lines if theirs else ():
            kind, typed = line.split("\t", 1)
            asked = typed.replace("{SURNAME}", surname)
            cited = answer_question(story.brief, asked, f"what did {surname} say", index=index).cited
            count = counts.setdefault(kind, [0, 0])
            count[0] += bool(cited) and _said_by(surname, theirs, *cited[0])
            count[1] += 1
    return {kind: (right, asked) for kind, (right, asked) in counts.items()}


# A party as a role gives it first ("Democratic senator", "(R-Wis.)", "a Republican who …"), by the plural a reporter
# asks of.
_PARTY = re.compile(r"\b(?:(Democrat(?:ic|s)?)|(Republicans?|GOP))\b|\((?:(D)|(R))-")


def party_of(role: str | None) -> str | None:
    """The party a role gives first, as "Democrats" or "Republicans"; None when it gives none."""
    found = _PARTY.search(role or "")
    if found is None:
        return None
    return "Democrats" if found[1] or found[3] else "Republicans"


def group_reactions(story: StorySet, lines: tuple[str, ...], index: Index) -> tuple[int, int]:
    """Each line of a split's `groups.txt` ("how did {GROUP} react?") put to the story for each party the brief quotes a
    member of ("Democrats", "Republicans", by the role its people entry or quote gives first): right when what is
    cited first is a quote by a member, or another item naming a member and no member of another party. Right, of how
    many."""
    entries = {person.name: party_of(person.role) for person in story.brief.people if person.kind == "person"}
    members: dict[str, set[str]] = {}  # party → surnames of its members
    speakers: dict[str, str] = {}  # quote id → its speaker's party
    for quote in story.brief.quotes:
        party = party_of(quote.role) or entries.get(quote.speaker)
        if party:
            speakers[quote.id] = party
    for name, party in entries.items():
        if party:
            members.setdefault(party, set()).add(name.split()[-1])
    right = asked = 0
    for party in sorted(set(speakers.values())):
        others = set().union(*(names for other, names in members.items() if other != party))
        for line in lines:
            cited = answer_question(story.brief, line.replace("{GROUP}", party), index=index).cited
            section, item = cited[0] if cited else ("", None)
            words = set(re.findall(r"[A-Za-z]+", _text(item))) if item is not None else set()
            named = section != "quotes" and bool(words & members.get(party, set())) and not words & others
            right += item is not None and (speakers.get(item.id) == party or named)
            asked += 1
    return right, asked


def _text(item) -> str:
    return getattr(item, "text", None) or getattr(item, "event", None) or ""


# A figure in an item's text, once its dates are left out: a number, a sum, a share or a count in words.
_DATES = re.compile(
    r"\b(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\.? \d{1,2}\b|\b(?:19|20)\d\d(?:-\d\d)*\b"
)
_FIGURE = re.compile(r"\d|\b(?:hundreds?|thousands?|millions?|billions?|trillions?|dozens?|percent)\b", re.I)


def gives_figure(item) -> bool:
    """Whether an item's own text gives a figure (not only a date)."""
    return bool(_FIGURE.search(_DATES.sub(" ", _text(item))))


def asked_for_numbers(story: StorySet, lines: tuple[str, ...], index: Index) -> tuple[int, int]:
    """Each line of a split's `number-asks.txt` ("any stats?", "figs for the graphic") put to a story whose brief gives
    figures: right when the item cited first gives one. Right, of how many."""
    if not any(gives_figure(item) for _, item in story.brief.all_items()):
        return 0, 0
    right = 0
    for line in lines:
        cited = answer_question(story.brief, line, index=index).cited
        right += bool(cited) and gives_figure(cited[0][1])
    return right, len(lines)


def kind_totals(split: str, listed: str, measure) -> dict[str, tuple[int, int]]:
    """A measure of a split's list `<split>/<listed>.txt` counting each kind of line apart (`about_the_article`,
    `going_on`), summed over the split's stories: each kind's right, of how many."""
    lines = typed_list(split, STORIES, listed)
    counts: dict[str, list[int]] = {}
    for story in load_story_sets(split):
        for kind, (right, asked) in measure(story, lines, build_index(story.brief)).items():
            counts.setdefault(kind, [0, 0])
            counts[kind][0] += right
            counts[kind][1] += asked
    return {kind: (right, asked) for kind, (right, asked) in counts.items()}


def listed_totals(split: str, listed: str, measure) -> tuple[int, int]:
    """One of these measures of a split's list `<split>/<listed>.txt` (`whole_sections`, `checked_names`,
    `requested_quotes`, `asked_for_numbers`), summed over the split's stories: right, of how many."""
    lines = typed_list(split, STORIES, listed)
    right = asked = 0
    for story in load_story_sets(split):
        n, of = measure(story, lines, build_index(story.brief))
        right += n
        asked += of
    return right, asked


def score(brief: Brief, asks: tuple[Ask, ...], index: Index | None = None) -> Score:
    """The brief's asks scored by the rule above, on one index of the brief (the one given, else built here)."""
    if index is None:
        index = build_index(brief)
    result = Score()
    for ask in asks:
        result.record(ask, cited_ids(brief, ask, index))
    return result
