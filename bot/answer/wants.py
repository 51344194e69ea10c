"""What an ask wants, and the items that give it: a figure, a sum, an age, a name, a place, a date, or a thing as
someone's ("Doe's rating"). Items that cover an ask's words but do not give what it wants are no answer."""

from __future__ import annotations

import itertools
import re

from bot.answer.concepts import Concept, alternative_stems, is_light, matches
from bot.answer.index import figures, primary_text
from bot.answer.intent import AGE, HOWMANY, MONEY, SAY_WORDS, WHEN, WHERE, WHO, WHY, Parsed, Rule, defined_in
from bot.answer.score import before_publication, places
from bot.answer.tuning import OWNER_SPAN
from bot.answer.words import IRREGULAR, STOPWORDS, normalise, stem, stems_of, words_of

# Words giving a part of a whole, which answer "how much of X" as a figure does.
_SHARES = frozenset(stem(w) for w in "half halves third thirds quarter quarters majority fraction portion".split())

# An ask about what is still to come: "when will", "when are they meeting again", "when is the next vote",
# "when is the mayor meeting the union".
_FUTURE = re.compile(
    r"\bwhen (?:will|would|is the next|are the next)\b|\bagain\b|\bupcoming\b|\bgoing to\b|"
    r"\bwhen (?:is|are) (?:\w+ ){1,3}?\w+ing\b"
)
# An item saying the date is not known yet: "set no date", "no timetable", "unclear when".
_NO_DATE = re.compile(
    r"\b(?:no|without a|without any) (?:date|time|timeline|timetable|deadline|schedule)\b|"
    r"\bnot (?:yet )?(?:set|scheduled|announced|known|clear) when\b|\bunclear when\b"
)
# "Doe's rating", "Acme's offer": the owner and the next word or two (looked for overlapping, "what's Doe's").
_POSSESSIVE = re.compile(r"\b(?=([a-z]+)['\u2019]s ([a-z]+)(?: ([a-z]+))?)")
_COMMA = re.compile(r",\s+")
_CLAUSES = re.compile(r"(?<=[a-z0-9]{2})[.:]\s+|;")  # where a figure's clause ends (not "D.C. Circuit")
_ANYONE = frozenset({"anyone", "anybody", "someone", "somebody"})
_ORDINALS = frozenset(
    stem(w) for w in "first second third fourth fifth sixth seventh eighth ninth tenth last final latest next".split()
)
_NUMBERED = re.compile(r"\d+(?:st|nd|rd|th)")
# A phrase placing something beside an item's own event, in time or place: "after the vote", "amid the layoffs".
_ASIDE = re.compile(r"\b(?:after|before|since|until|amid|alongside|following)\b[^,;.:]*")
# What marks a description given with a name: a title before it ("Sen.", "Gov."), an aside after it ("Doe, the",
# "Doe, who", "Doe, 50,", "Doe (D-Maine)").
_TITLE = re.compile(r"^[A-Z][a-z]{1,4}\.$")
_ASIDE_AFTER = re.compile(r"^\S+(?:, (?:the|a|an|who|whose|\d)|\s*\()")
_SPELLED_OUT = re.compile(r"^\(\S+\)")  # a short form after what it stands for: "Acme Drone Works (ADW)"
_COMING = frozenset("come comes came coming".split())  # "where did X come from": its source
_SPELLED = {
    word: str(k) for k, word in enumerate("zero one two three four five six seven eight nine ten eleven twelve".split())
}
_MEASURES_ASKED = frozenset(
    "second seconds minute minutes hour hours day days week weeks month months year years decade decades century "
    "centuries percent percentage share proportion".split()
)
_YEAR = re.compile(r"\b(?:19|20)\d\d\b")
_COUNT_ASKED = frozenset("count number tally toll".split())  # "the delegate count", "the number of", "death toll"
_TIMES_ASKED = frozenset("times running straight row consecutive occasions".split())  # "how many times", "… running"
# "why is X noteworthy": asks what makes it matter, which the fact itself says, not for a cause.
_SIGNIFICANCE = re.compile(
    r"\b(?:noteworthy|notable|significant|important|newsworthy|interesting|relevant|big deal|matters?)\b"
)


def focused(parsed: Parsed, text: str, index, candidates: set[int]) -> set[int]:
    """The candidates that give what the ask wants: a figure, a sum, an age, a name, a place, a date.

    An open question counts when it asks the same kind of thing ("how many will register?" is the brief saying
    it does not know a number); an answered one, like any item, by what its answer gives.
    """
    questions = index.in_section.get("questions", frozenset())
    norm = normalise(text)
    typed = set(norm.split())
    typed_who = norm.startswith("who ")  # "who is Doe", not an attribute ("how old is Doe")

    def unknown(n: int, rule: Rule) -> bool:
        if n not in index.open_questions:
            return False  # an answered question, like any item, gives it or not (its answer is indexed)
        norm = normalise(index.items[n][1].text)
        return rule.holds(norm, set(norm.split()))

    # A figure the ask gives says which one it means ("which two lists", "the 18 states"): an item without it is
    # about something else. "One" is as often a pronoun ("that one") as a figure.
    given = _digits(figures(text) - {"one"})
    if given:
        candidates = {n for n in candidates if given <= _digits(index.figures[n] | index.primary[n])}
    if parsed.howmany and not parsed.age:
        # A figure the ask itself gives ("how many of the 18,000 …") is not the answer; nor is a date.
        asked = figures(text)
        # "how many times", "how many years running": "twice" or "the fifth straight year" is a count too.
        times = not _TIMES_ASKED.isdisjoint(typed)
        lasting = "how long" in norm  # "how long did the marathon go": "from Wednesday into Thursday"
        part = "how much of" in norm  # "how much of the rise is the tax deal": "half of it", "a third"
        # "how many were killed" is not answered by "15 minutes late" or "90% of them"; "how many years" and "how
        # much did it fall" are.
        counting = ("how many" in norm or not _COUNT_ASKED.isdisjoint(typed)) and _MEASURES_ASKED.isdisjoint(typed)
        own = index.counts if counting else index.figures
        topic = [c for c in parsed.concepts if not c.people and not is_light(c)]
        candidates = {
            n
            for n in candidates
            if (own[n] - asked and (lasting or _figure_beside(n, topic, asked, index)))
            or (times and n in index.counts_times)
            or (lasting and n in index.spans)
            or (part and not _SHARES.isdisjoint(index.primary[n]))
            or unknown(n, HOWMANY)
        }
    if parsed.why and not _SIGNIFICANCE.search(norm):
        # "why did Acme back the rule" is not answered by the fact that Acme backs it: an item giving a reason, or one
        # its editor wrote explains something ("why …", "what caused …").
        candidates = {n for n in candidates if n in index.has_reason or unknown(n, WHY)}
    if parsed.term and not parsed.doing:
        # "what is an inversion": an item saying what one is ("An inversion is …", "the inversion, a deal that …"),
        # one its editor wrote says it, or an open question; not one that only mentions it.
        candidates = {
            n
            for n in candidates
            if parsed.defining in index.defines.get(n, ())
            or any(defined_in(a) == parsed.defining for a in getattr(index.items[n][1], "asks", ()))
            or n in index.open_questions
        }
    if _names_only(parsed, index):
        # "what's Acme", "what is the Doe Fund": its own entry or an item saying what it is ("Acme, a drone maker"),
        # not one that only names it.
        candidates = {
            n
            for n in candidates
            if _describes(n, parsed.concepts, index, ("who", "what"))
            or parsed.defining in index.defines.get(n, ())
            or n in index.open_questions
        }
    if not parsed.when and not parsed.bare_who and not parsed.name_of and not parsed.yesno:
        # "what was the Doe gaffe" is not answered by "a month after the Doe gaffe, Roe sued": an item naming the ask's
        # subject only as the time of its own event says nothing of it. "Who" (or "the name of") may be the one it
        # names, and a yes or no whether it happened.
        subject = [c for c in parsed.concepts if not c.people and not c.anchor]
        if subject:
            candidates = {n for n in candidates if not _aside(n, subject, index, named_only=True)}
    if parsed.money:
        candidates = {n for n in candidates if n in index.has_money or unknown(n, MONEY)}
    if parsed.age:
        candidates = {n for n in candidates if n in index.has_age or unknown(n, AGE)}
    named = [c for c in parsed.who if c.people or set(c.word.split()) <= index.name_words]
    if typed_who and named and not parsed.name_of:
        # "who is Doe": Doe's own entry or another item saying who Doe is, not someone else's entry that names
        # Doe in its role ("Roe: Doe's attorney" says who Roe is; "Judge Doe" for "who is the judge" is Doe's).
        candidates = {n for n in candidates if _describes(n, named, index)}
    elif typed_who and parsed.who and not parsed.name_of:
        # "who is X", X no name the brief gives ("who is the harbour master", or a name only a quote's asks hold):
        # what someone said is not who anyone is, so not a quote.
        candidates -= index.in_section.get("quotes", frozenset())
    if parsed.bare_who and not parsed.who:
        # "who signed it" wants someone: an item naming no one but those the ask names is no answer.
        # A quote's speaker is the answer to "who said it", not to "who wrote the opinion".
        said = not SAY_WORDS.isdisjoint(typed)
        candidates = {
            n
            for n in candidates
            if any(
                name.isdisjoint(typed) and _someone(name, index) and (said or name != index.speaker_names.get(n))
                for name in index.names[n]
            )
            or unknown(n, WHO)
        }
        if parsed.whom:  # "who did Doe beat": Doe's own entry says who Doe is, not whom Doe beat
            candidates -= {entry for c in parsed.concepts if c.people for entry in c.people}
    if "else" in typed and (parsed.bare_who or not typed.isdisjoint(_ANYONE)):
        # "who else voted no with Doe": an item naming someone the ask does not, not Doe's own vote again.
        besides = {p for c in parsed.concepts for p in c.people}
        if not besides:  # "who else spoke": besides the persons the story is about, those its title names
            title = [set(stems_of(name)) for name in index.title_persons]
            people = index.in_section.get("people", frozenset())
            besides = {p for p in people if any(name <= index.people_names[p] for name in title)}
        persons = [
            set(stems_of(name))
            for p in index.in_section.get("people", frozenset())
            if p not in besides and index.items[p][1].kind == "person"
            for name in (index.items[p][1].name, *index.items[p][1].aliases)
        ]
        candidates = {
            n for n in candidates if any(names and names <= index.primary[n] for names in persons) or unknown(n, WHO)
        }
    asks_name = not typed.isdisjoint(("name", "names")) or parsed.bare_who
    if parsed.name_of and asks_name and _unnamed_kind(parsed.name_of, typed, index):
        # "what's the governor's name" or "who's the governor" when the brief's only governor is "Governor (unnamed in
        # the story)": the brief says the name is not given, so a name beside the word in some item is someone else's.
        candidates = {n for n in candidates if unknown(n, WHO)}
    if parsed.name_of:
        # "which states", "the name of the staffer": an item naming one of that kind, by a name the ask does not give.
        # An item that never uses the kind's word ("states") may still name one ("South Dakota passed ...").
        # A plural kind the item uses ("which judges") wants two names beside it at least, or a list of three or more.
        least = 2 if parsed.several else 1
        # An item giving the kind in other words ("the gunman" for "the shooter", "a staff member" for "the staffer")
        # names one beside those words.
        kinds = [c for c in parsed.concepts if not set(c.own).isdisjoint(parsed.name_of)]
        others = {alt[-1] for c in kinds for alt in c.alternatives} - set(parsed.name_of)
        worded = {
            n
            for c in kinds
            for n in matches(c, index)
            if c.held_by(index.primary[n])  # in its own text, not its asks
        }

        def unasked(names) -> set[frozenset[str]]:
            return {name for name in names if name.isdisjoint(typed)}

        candidates = {
            n
            for n in candidates
            if len(unasked(name for kind in parsed.name_of for name in index.named_kinds[n].get(kind, ()))) >= least
            or (
                index.items[n][0] != "people"  # a person entry names its own kind by its role, as above
                and not index.primary[n].intersection(parsed.name_of)
                and unasked(
                    [name for head in others for name in index.named_kinds[n].get(head, ())]
                    if n in worded
                    else index.names[n]
                )
            )
            or (
                index.items[n][0] == "people"  # a person's role giving the kind in other words ("police officer")
                and bool(unasked(name for head in others for name in index.named_kinds[n].get(head, ())))
            )
            or (parsed.several and any(len(unasked(names)) > 2 for names in index.name_lists[n]))
            or (not parsed.several and _ordinal_kind(n, parsed.name_of, index))
            or unknown(n, WHO)
        }
    if parsed.where:
        # "where did she say that" asks for the occasion too: an interview, a hearing, a network's show.
        allowed = places(parsed, index)
        if "from" in typed:  # "where is Doe from": a place of origin answers too
            allowed = allowed | index.has_origin
            if not typed.isdisjoint(_COMING):  # "where did the emails come from": whom they came from answers too
                allowed = allowed | {
                    n
                    for n in candidates
                    if any(name.isdisjoint(typed) and _someone(name, index) for name in index.names[n])
                }
        candidates = {n for n in candidates if n in allowed or unknown(n, WHERE)}
    if parsed.when and not parsed.order:
        # A quote's date is when it was said: the answer to "when did X say …", not to when an event happened.
        spoken = not SAY_WORDS.isdisjoint(typed)
        quotes: frozenset[int] = frozenset() if spoken else index.in_section.get("quotes", frozenset())
        # For what is still to come, an item with no date of its own may give one in its text ("a ruling is not
        # expected until after Jan. 20, 2017").
        future = bool(_FUTURE.search(norm))
        candidates = {
            n
            for n in candidates
            if ((n in index.dated or (future and n in index.day_dated)) and n not in quotes) or unknown(n, WHEN)
        }
        event = alternative_stems(c for c in parsed.concepts if not c.people)
        if not spoken and not future and "until" not in typed:
            # "when were the offices hacked", "when is the vote" are not answered by the day someone said they were
            # hacked or spoke of the vote; what is to come ("when will …", "until when …") may be in what was said.
            candidates = {n for n in candidates if not _reported(n, event, index)}
        if not spoken:
            # "when did the plant close" is not answered by the day of a speech "before the closed plant".
            happened = [c for c in parsed.concepts if not c.people and not c.anchor]
            candidates = {n for n in candidates if not _aside(n, happened, index)}
        if parsed.day:
            candidates = {n for n in candidates if n in index.day_dated or unknown(n, WHEN)}
        if future:
            # "when are they meeting again": only what was still to come when the story ran answers it.
            # An item saying no date was set answers it too ("pledged to publish it soon but set no date").
            candidates = {
                n
                for n in candidates
                if n in questions
                or _not_before(getattr(index.items[n][1], "date", None) or _latest_year(n, index), index.published)
                or _NO_DATE.search(normalise(primary_text(index.items[n][1])))
            }
    return candidates


def _describes(n: int, who: list[Concept], index, asked: tuple[str, ...] = ("who",)) -> bool:
    """Whether an item says who the ask's named person is: their own entry (one whose name, alias or role holds the
    name), an item whose editor asked "who …" (or one of `asked`) of them, or one giving the name with a description:
    a title or a word for what they are before it ("Sen. Doe", "campaign adviser Jane Doe") or an aside after it
    ("Doe, the harbour master, …", "Doe (D-Maine)"), or the name as a short form in brackets after what it stands for
    ("Acme Ferry Lines (AFL)"). Not their quote: what they said is not who they are."""
    section, item = index.items[n]
    if section == "people":
        return all(n in c.people or c.held_by(index.people_kinds[n]) for c in who)
    if any(normalise(ask).startswith(asked) and all(c.held_by(set(stems_of(ask))) for c in who) for ask in item.asks):
        return True
    tokens = primary_text(item).split()
    lowered = [normalise(t).strip(",.;:()") for t in tokens]
    for c in who:
        last = c.word.split()[-1]
        for k, word in enumerate(lowered):
            if word != last:
                continue
            after = " ".join(tokens[k : k + 2])
            if _ASIDE_AFTER.match(after) or _SPELLED_OUT.match(tokens[k]):
                return True
            start = k
            while start > 0 and tokens[start - 1][:1].isupper() and not _TITLE.match(tokens[start - 1]):
                start -= 1
            before = tokens[start - 1] if start else ""
            if _TITLE.match(before) or (
                before.isalpha()
                and before.islower()
                and len(before) > 2
                and before not in STOPWORDS
                and before not in SAY_WORDS
                and not before.endswith("ed")
            ):
                return True
    return False


def _names_only(parsed: Parsed, index) -> bool:
    """Whether a "what is X" ask names nothing but a person or organisation of the brief ("what's Acme")."""
    named = [c for c in parsed.concepts if c.people or set(c.word.split()) <= index.name_words]
    return (
        bool(parsed.defining)
        and not parsed.term
        and not parsed.doing
        and bool(named)
        and len(named) == len(parsed.concepts)
        and parsed.defining <= {s for c in named for s in c.own}
    )


def _reported(n: int, event: set[str], index) -> bool:
    """Whether a fact dated by someone speaking holds the ask's event only in what was said: "Doe said the offices
    were hacked" is dated the day Doe said it, not the day of the hack."""
    if n not in index.speech or index.items[n][0] != "facts":
        return False
    sequence, spoken = index.speech[n]
    return not event.isdisjoint(sequence[spoken[0] :]) and event.isdisjoint(sequence[: spoken[0]])


def _aside(n: int, event: list[Concept], index, named_only: bool = False) -> bool:
    """Whether an item holds the ask's event only in a phrase that places it beside the item's own event, which its
    date is the date of: "after the plant closed", "amid the layoffs", up to the next comma or clause end. With
    `named_only`, only a phrase naming an event ("after the council vote") counts, not one telling it ("after studies
    found …"), which says something of it."""
    text = primary_text(index.items[n][1]).lower()
    phrases = [m for m in _ASIDE.finditer(text) if not named_only or not any(map(_told, words_of(m[0])))]
    inside = {stem(w) for m in phrases for w in words_of(m[0])}
    if not any(c.held_by(inside) for c in event):
        return False
    for m in reversed(phrases):
        text = text[: m.start()] + " " + text[m.end() :]
    outside = {stem(w) for w in words_of(text)}
    return not any(c.held_by(outside) for c in event)


def _told(word: str) -> bool:
    """Whether a word is a verb's past form ("closed", "found"), which makes a phrase tell an event, not name it."""
    return (len(word) > 4 and word.endswith("ed")) or IRREGULAR.get(word, word) != word


def _ordinal_kind(n: int, kind: tuple[str, ...], index) -> bool:
    """Whether an item says which one of a kind by its place in a series: "the fifth debate", "its 2nd round"."""
    words = [stem(w) for w in words_of(primary_text(index.items[n][1]))]
    head = kind[-1]
    return any(
        w == head and k > 0 and (words[k - 1] in _ORDINALS or _NUMBERED.fullmatch(words[k - 1]))
        for k, w in enumerate(words)
    )


def _figure_beside(n: int, topic: list[Concept], asked: frozenset[str], index) -> bool:
    """Whether an item gives a figure in a clause holding a word of what the ask counts: "a labour official estimates
    1.8 million layoffs; Acme starts heavy tariffs" gives no figure for "how big were the tariffs". An item whose own
    text holds none of those words is let be (its asks or context matched)."""
    clauses = []
    for part in (piece for clause in _CLAUSES.split(primary_text(index.items[n][1])) for piece in _opened(clause)):
        stems = set(stems_of(part))
        if any(concept.held_by(stems) for concept in topic):
            clauses.append(part)
    return not clauses or any(figures(part) - asked for part in clauses)


def _opened(clause: str) -> list[str]:
    """A clause cut where a figure opens a clause of its own after a comma, which counts what that one names: "the
    closures devastated the city, thousands lost their jobs" (not "the flood, the worst in years, covered 300
    acres")."""
    first, *rest = _COMMA.split(clause)
    pieces = [first]
    for piece in rest:
        if figures(" ".join(piece.split()[:1])):
            pieces.append(piece)
        else:
            pieces[-1] += ", " + piece
    return pieces


def _digits(words: frozenset[str] | set[str]) -> set[str]:
    """Figures with the small numbers spelled out written as digits, so "two" and "2" meet."""
    return {_SPELLED.get(word, word) for word in words}


def owned(text: str, parsed: Parsed, index, candidates: set[int]) -> set[int]:
    """For an ask about "X's Y" (X a person or organisation of the brief), the candidates that give Y as X's: X's
    own entry or quote, or an item naming X within OWNER_SPAN words of Y ("Doe's rating" is not "Roe's rating, which
    Doe's campaign attacks"). An item that holds Y only through a synonym is let be."""
    named = alternative_stems(c for c in parsed.concepts if c.people)
    pairs = []
    for owner, thing, then in _POSSESSIVE.findall(text.lower()):
        if stem(thing) in index.people_words and then:
            thing = then  # "Doe's Acme rating": the rating
        if stem(owner) in named and stem(thing) not in index.people_words and thing not in STOPWORDS:
            pairs.append((stem(owner), stem(thing)))
    if not pairs:
        return candidates
    return {n for n in candidates if all(_owns(index, n, owner, thing) for owner, thing in pairs)}


def _owns(index, n: int, owner: str, thing: str) -> bool:
    """Whether item n gives the thing as the owner's (see owned)."""
    if owner in index.people_names.get(n, ()) or owner in index.speakers.get(n, {}):
        return True
    stems = [stem(word) for word in normalise(primary_text(index.items[n][1])).split()]
    things = [k for k, s in enumerate(stems) if s == thing]
    owners = [k for k, s in enumerate(stems) if s == owner]
    return not things or any(abs(a - b) <= OWNER_SPAN for a in things for b in owners)


def _unnamed_kind(kind: tuple[str, ...], typed: set[str], index) -> bool:
    """Whether the brief's people of this kind (by name, alias or what their role says they are) are all ones whose
    name the story does not give. The kind ends before an -ing word: "the staffer suing the panel" is a staffer."""
    doing = {stem(word) for word in typed if word.endswith("ing")}
    kind = tuple(itertools.takewhile(lambda word: word not in doing, kind))
    if not kind:
        return False
    entries = [n for n, words in index.people_kinds.items() if words.issuperset(kind)]
    return bool(entries) and all(n in index.unnamed for n in entries)


def _someone(name: frozenset[str], index) -> bool:
    """Whether a name an item gives can answer "who": a full name, or one word of a person's or organisation's
    name in the brief ("Doe"), not a lone capitalised word such as "Republican", "Syrian" or a place."""
    return len(name) > 1 or any(stem(word) in index.people_words for word in name)


def _latest_year(n: int, index) -> str | None:
    """The latest year an item's own text gives ("until after Jan. 20, 2017"), for an item with no date of its own."""
    years = _YEAR.findall(primary_text(index.items[n][1]))
    return max(years) if years else None


def _not_before(date: str | None, published: str) -> bool:
    """Whether an item has a date (at day, month or year precision) and it is not before the story's publication."""
    return bool(date) and not before_publication(date, published)
