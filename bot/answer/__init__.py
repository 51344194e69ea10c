"""Answering a reporter's follow-up from one brief only (pure; knows nothing of Slack).

The method, chosen by measurement on the tuning stories in tests/stories/ (see bench/bench_answers.py):

* Text is folded to lower case, accents dropped ("García" as a phone types it), contractions are expanded and words
  are stemmed (Snowball, PyStemmer), so "pitched", "pitching" and "pitch" meet, and so do "deadliest" and "deadly". A
  phrasal verb's particle after its object goes back beside the verb ("put the video out" → "put out the video"), and
  "thinking about" or "of" before a verb's -ing form is "considering" ("is he thinking about quitting").
* A hand-written map of general newsroom vocabulary ("cops" → police, "take to court" → sue) and the brief's
  own people/organisation aliases (a person's surname alone is one, when no one else in the brief bears it and the
  brief never writes it as a word) turn the ask into *concepts*, each a set of alternative phrases. A concept
  matches an item when any alternative's words are all in it.
* Every item is indexed once per brief (fields weighted: text, asks, names and dates count fully; roles,
  context and basis less). A concept weighs its inverse item frequency (an everyday English word, by
  wordfreq's counts, a little less); a concept found in NO item ("Nadella", "stock") weighs more than any
  known word, because it is strong evidence that the brief does not cover the ask, unless it is only how the
  ask is put: an everyday word ("in place"), a word in a verb's place ("does Schiff buy that"), an adverb
  ("solidly") or, outside a yes/no ask, an adjective ("why would they be skittish") or a word that can be one
  before a word of the ask ("Doe's main argument"), by a table built from lemminflect's lexicon (``modifiers.tsv``),
  or the kind of names asked for ("which teams did he pitch for": an item lists the teams without the word).
  In a "why" ask such a verb or describing word is what is to be explained ("why is the union interested"), which
  the item giving the reason need not repeat: it weighs ``WHY_MANNER_FACTOR`` of that.
* An item's base score is the share of the ask's weight it matches. An item covers the ask when its base
  score reaches ``COVER_THRESHOLD`` and it holds every word the ask hinges on (one carrying ``KEY_SHARE`` of
  the weight that is not everyday English) and one of the words saying what it is about (not only its describing,
  everyday or time-frame words); otherwise the answer cites nothing and offers the open questions
  closest to the ask. "What did X say about Y" that nothing covers takes X's own words holding part of Y at
  ``SAID_THRESHOLD``.
* An item must also give what the ask wants: "how many" (or "the total", "the amount") a figure that is not a date or
  one the ask gives, "how old" an age, "where" a place (where something came from or someone lives only for "where is
  X from", and then only that when an item gives it; for "where did X come from", also whom it came from), "when" a
  date (a quote's date only when the ask is about saying; not the date of another event when the item holds the ask's
  only in a phrase beside it, "before the closed plant"; nor, but for what is still to come, the day someone spoke of
  it, unless, asked "how long ago", they give how long before they spoke it was; for what is to come, "when is X
  next up", "X is by when", a day or a year to come in an undated item's text), "who is X" (X a name) X's own entry
  or an item giving X with
  a title or an aside ("Sen. X", "X, the harbour master") or asked "who …" of X by its editor (not X's quote, nor
  another's entry naming X in its role; X no name the brief gives: no quote),
  "who did it" a name the ask does not give, "who else" a
  person the ask (or, naming no one, the title) does not name, "what did X say" X's quotes or X named beside a word
  of speech (not "what X said matched …"; for "did X himself comment", not "X's staff said"), "where did X say it"
  (or "make the comments") a place or an occasion, "where would the money go" a place or whom it goes to, "why" a
  reason (a cause or motive in its words, or an editor's ask saying it explains: "why …", "what caused …"; not for
  "why is X noteworthy"), "what date" a day, "which states" / "what town" / "the name of the staffer" a name of that
  kind (of a plural kind no item names by its word, "which teams", a list of names), or for one, its place in a series
  ("the fifth debate") (not "a Syrian boy"; none when the brief's only people of that kind are listed as unnamed),
  "what is a/an X" an item saying what one is ("X is a …", "X, the agency that …", its organisation's entry, or its
  editor asked "what is X"), "what is X" (X only a name: "what's Acme") X's entry or an item saying what X is ("Acme,
  a ferry firm", "Acme Ferry Lines (AFL)"), not one that only names it; any but "who", name, "when" and yes/no asks
  not an item naming what they are about only as the time of its own event ("after the Doe gaffe, Roe sued"). An open
  question stands in when it asks the same kind of thing ("what did X say": one asking what X said or how X
  responded); when one ranks first, it is cited alone.
* Intent rules then reorder the items that cover: who → people, when → dated items, why → items giving a
  reason, yes/no → questions, "how long" → items giving a stretch of time (first one given just after the ask's
  words), "what is X" → the item saying what X is, "who is the <post>" that the holder's quote covers → the holder's
  entry or an item giving their name with the title ("the company's" the one company the brief lists), "where
  did X say it" → items naming the occasion ("per X" / "according to X" reads as "what did X say"); an
  attribute ("how old is X", "what was her mom's job") → X's entry, X named or described by what a person's entry
  says they are; "how's X doing (lately)" → items on how X stands (won, lost,
  leads, polls), not X's latest news; "what does X want / need / think" → what X is after, not X's entry. Asks
  that are all intent ("timeline?", "what don't we know", "tl;dr", "aclu quotes") are answered from the section
  itself; a bare "what happened?" or "what's the latest?" as "tl;dr", "who's quoted?" as "quotes"; one with no
  words of its own that an item's editor asked in those words ("who did it") by that item. Else, first in a
  thread or after an ask answered with a whole part of the brief ("catch me up?"), one of the story's own event
  that names nothing ("when did it happen", "where was this", "who's behind it", "why did they do it") is asked of
  the brief's first fact (bot/answer/storyevent.py): the items about that event giving what is asked, the first
  fact first, nothing when none does (not the timeline from its start, nor the people section); and one of who is
  against or for what the story is about ("pushback?", "the other side?", "who's backing this?") as "critics" or
  "supporters" (bot/answer/sides.py).
* Typos are corrected against the brief's own words with rapidfuzz before anything else, never a word common in
  English as typed ("getting" is no slip for the brief's "setting") ("wh" read as "what" when
  what follows tells it: "wh did she say"; as the White House, in a brief that names it, when no auxiliary or
  verb follows: "wh reaction?"; "hed" after a verb of saying as "he'd": "did he say hed sue"), and a shortening
  ("rec") stands for the brief's word it begins when that word is far the most used; initials ("awb", "AC") for a
  phrase the brief uses more than once and far more than any other with those initials ("assault weapons
  ban"), and a US state's postal code ("nv") for the state, when the brief names it (before any initials).
* An item's asks rank it by the share of the best one the ask holds: any word typed, even "say" or "want", or a
  synonym of one (a "decision" holds the editor's "ruling"); a name only as typed. Items otherwise tied go by how
  many words typed their editor's ask holds (one held at least half). Its id is its editor's name for
  what it is about: it ranks the item as one of its asks would. Items still tied keep the brief's order, but of
  timeline entries tied first the latest not after the story ran leads (its "the debate" is its own).
* A follow-up leaning on the previous ask is read with it ("he" or "she" as the person it named, not an
  organisation; "it" or "that" as what they did; a lone "why?" as the previous question with its question word
  swapped; "they" after "who did X meet" as whom X met; "the kid", "the guy" that no item uses as the person it
  named; of two, "he" or "she" the one of that sex when their role, the brief's pronouns or their given
  name tell it); a thread's first ask
  with "he" or "she" (or "him" / "her" after a preposition) and no person named, with
  the person the brief's title names (of several, the one its people section lists first), and "they" with the two
  persons it joins with "and"; not a later question's, when an earlier one named someone ("who is X and what did
  he say": X, even if the brief never names X).
  One that missed is read again without the previous ask's words that no item holds, if the best item then holds
  the follow-up's own words and the rest of the previous ask's. One pointing back ("is she still pushing that")
  that nothing covers is answered by the previous answer's items that give what it wants. In an ask of several
  questions, a later one with only a pronoun ("who reported it and what was it") asks about the earlier one's topic.
  "What about X" / "and X?" (or "X?" alone) that nothing covers read with the previous ask is answered as asked, on X
  alone. After an ask that named only persons, or asked only what they said, "it" or "this" in an ask with words of
  its own is the story, not them ("is it terrorism?" after "who is Doe"), unless nothing answers it so ("which
  network was that on" after "what did Doe tell Roe"); and an ask for a whole part ("tl;dr", "what don't we know";
  "timeline?" unless it has entries for them) is the story's. Right after what someone said, an ask when, where, to
  whom, on what occasion or why it was said ("when was that", "who was Doe talking to", "was that in an interview")
  that, read as a question of its own, cites something not theirs, is answered by what the thread was told they said,
  the item giving what it asks first ("where did he say it": the fact naming the programme). An ask of where one
  claim comes from ("who says twelve people were hurt?", "source for the 5-2 vote?") that nothing covers as typed is
  answered as the claim alone: the item stating it, whose basis says where it comes from. Asked for the source in so
  many words ("source?", "where's this from?") with nothing told yet, the brief's own details answer: where the story
  comes from.

A line pasted from the story between quotation marks or after "who said" ("who said 'at this point I don't think it
matters'") is answered first by the item holding five or more of its words in a row. Dates and sums typed in a hurry
("on 9/23", "23/9", "Sept. 23rd", "2016-09-23", "on the 23rd", "tues 4/19", "sat night", "on Tuesday" in a brief whose
items never say "Tuesday", "$622m", "23m viewers", "5 mil", "18 per cent", "1st" for "first", "8:30pm" or "830pm" for
"8:30 p.m.") are read as the brief writes them, and a "$" alone ("asked them for $") as money; "when was the hearing
again" asks to be reminded, not for the next one.
An ask for what happened in a stretch of time ("since Sept. 13", "before the vote", "between 9/1 and 9/23", "after
that"; and "what's next", when the timeline goes on past the day the story ran) is answered by the timeline entries
in it, in the order of events (the nearest first, before a point); one named by an event only when the ordinary
answer gives no more than that event ("After the vote, Doe resigned" tells what came after it). "What happened first"
is the timeline from its start, "what happened last" back from the day the story ran.

Asked about the story's people as reporters ask: a question inside a request in a statement's order ("remind me who Doe
is") is read as the question, and "Doe is Acme's what" as "who is Doe"; "anything from Doe" and "what did Doe say
back" as "what did Doe say"; a bare name right after a question about someone ("Roe?" after "what did Doe say") as
"and Roe?"; "which party is Doe in" and "is Doe a Democrat" from Doe's entry (the party only from an item giving one:
Doe's entry, or beside Doe's name); a party written "(R-Wis.)" or before names ("Democrats Doe and Roe") and a role
opening on an age ("25, nurse") as news means them. An ask naming people side by side ("what did Doe and Roe say",
"Doe & Roe titles?") is asked of each in turn, unless it asks of them with each other ("when are Doe and Roe meeting")
or an item naming them all answers it as typed and it does not ask who each is. An ask for the people of one party
or kind ("who are the Democrats in this story", "list the senators") gets their entries, read by its own words.

Read by their words alone, before anything in the story is looked for: an ask for a whole part of the brief in a
reporter's words ("key facts?", "chrono pls", "open qs?", "money quotes?") gets that part; a copy desk's check of one
person's name or title ("how's Doe spelled", "is it Doe or Dee", "Doe's exact title") their entry; a request for their
words as a quote ("Doe verbatim pls") is asked as what Doe said, and so is an ask of where they stand ("is Doe for or
against it?", "Doe pro or anti?", "has Doe weighed in?") that no item of Doe's answers as typed (when Doe said nothing
on it, the items with Doe's name right before a verb of taking sides: "Doe opposes the plan"), and so is one whether
Doe said anything at all ("did Doe comment?", "any word from Doe", "Doe - any comment?"), then answered only by a quote
of Doe's (of an organisation's, by one of someone whose role names it); one of what a party's politicians said ("how did
Democrats react?", "GOP reax?", "Senate Republicans on board?") as what they said. An ask about the story as published
("whose byline is it", "is this ours or wire", "any corrections?") gets the brief's details, the one asked for first. An
ask to go on ("more?", "anything else?", "the rest pls", "is that all?") gets the items answering the previous ask that
the thread has not been shown yet (of a whole part, its next items), or says the brief has no more on it; one for more
of something it names ("what else did she say", "other Doe quotes?") is read without its word of more and gets what the
thread has not been shown.

Cost depends only on the one brief. Its index (``build_index``) is a value: whoever holds the brief keeps it and
passes it in (the library in service keeps one beside each decoded brief); the package keeps no state of its own.

Modules: ``words`` (normalising, stemming, word lists), ``spelt`` (dates and sums as typed, written out), ``pasted``
(where an ask pastes a line from the story), ``stretches`` (asks for a stretch of the timeline, and a day typed alone),
``vocabulary`` (the newsroom synonym map), ``index`` (the per-brief index), ``cues`` (the wording that shows what an
item's text gives, and the figure readers), ``itemtext`` (an item's texts the index reads, with their weights),
``itemnames`` (the names items give, and what each is the name of), ``shortforms`` (initials and state codes for the
brief's phrases), ``concepts`` (typo correction and asks → concepts), ``forms`` (the patterns and rules that show what
kind of ask it is), ``intent`` (an ask parsed into intents and concepts; whole-section asks), ``sections`` (a whole part
asked for in a reporter's words), ``personasks`` (a check of someone's name or title, a request for their quote, where
they stand, whether they commented), ``coordinated`` (an ask of several people side by side, put of each), ``listing``
(asks for the people of one party or kind), ``goingon`` (asks to go on: "more?"), ``groupasks`` (asks of what a party's
politicians said), ``parsed`` (the parsed ask, the ask as typed that the parse reads, and as the filters of what it
wants read it), ``subjects`` (whom or what an ask is about: the kind of name it asks for, whose words, who X is, an
attribute of X), ``score`` (scoring, and ranking what covers an ask), ``openquestions`` (open questions as answers:
first when they ask what the ask asks, near an uncovered ask), ``speaking`` (whether X speaks in an item, for "what did
X say"), ``wants`` (what an ask wants, as filters of the items that give it, in the order they run), ``wantsnames`` (the
filters for someone or a name), ``wantsfigures`` (the filters for a figure or a time), ``says`` (what one item says, as
those filters ask it), ``followup`` (several asks in one, asks leaning on the previous one), ``sourcing`` (where an
answer or a claim comes from, when what was just told was said), ``about`` (asks about the brief itself), ``remarks``
(a remark after the ask: "…, for my lede"), ``smalltalk`` (replies that ask nothing: thanks, praise, agreement),
``tuning`` (the tunables)."""

from __future__ import annotations

import re
from dataclasses import dataclass

from bot.answer.about import (
    ABOUT_WORDS,
    POINTED_AT,
    SOURCE_SECTION,
    asks_about_brief,
    field_asked,
    means_a_writing_asked_about,
    source_item,
)
from bot.answer.answeredwho import who_asked, with_answered_person
from bot.answer.concepts import concepts, correct, is_light, matches
from bot.answer.coordinated import asked_of_each
from bot.answer.followup import (
    aside_removed,
    may_mean_the_previous,
    names_elided_topic,
    points_back,
    previous_as_read,
    quoted_lines,
    read_with_headline,
    read_with_part,
    read_with_previous,
    split_parts,
    without_unknown,
)
from bot.answer.forms import LEAD_IN_END, SAY_WORDS, THING_PRONOUNS
from bot.answer.goingon import asks_for_more, without_else
from bot.answer.groupasks import party_asked
from bot.answer.index import Index, build_index
from bot.answer.intent import parse, section_answer, section_items, without_frame
from bot.answer.itemtext import primary_text
from bot.answer.listing import kind_listed
from bot.answer.openquestions import asks_spoken, asks_what_said, near, unknown_first
from bot.answer.parsed import Parsed
from bot.answer.pasted import pasted_spans
from bot.answer.personasks import (
    Stance,
    entry_checked,
    names_person,
    positions_of,
    quote_asked,
    response_asked,
    stance_asked,
    tells_response,
)
from bot.answer.remarks import remark_readings, without_links
from bot.answer.score import ranked, score_all, story_day_first
from bot.answer.sections import section_asked, tells_by_itself
from bot.answer.sides import SIDE_ASKS, side_asked
from bot.answer.smalltalk import asks_something
from bot.answer.sourcing import asks_for_source, asks_of_what_was_said, claim_sourced, names_the_source
from bot.answer.speaking import asks_in_person, names_speaker, speaker_bonus, speaker_words, speaks
from bot.answer.spelt import spelt_out
from bot.answer.storyevent import PLAIN, event_asked, event_words, kinds_asked
from bot.answer.stretches import asked_stretch, entries_in, restates, with_days_named
from bot.answer.subjects import with_apostrophes
from bot.answer.tuning import MAX_CITED, MAX_UNKNOWN_SHARE
from bot.answer.wants import focused, owned
from bot.answer.words import fix_typos, normalise, stems_of, typed_words, with_question_word
from bot.briefs.model import SECTIONS, Brief, Item, Person, Question, Quote

__all__ = ["Answer", "Index", "answer_question", "asks_something", "build_index", "find_items"]

# "who did it", "who's behind this": who is responsible for what the story is about.
_DEED = re.compile(r"^who (?:did|caused|is behind|was behind|are behind|were behind) (?:it|this|that)$")
# An ask for someone's own words: "what exactly did X say".
_VERBATIM = re.compile(r"\b(?:exactly|verbatim|word for word|exact words|precise words|in (?:his|her|their) words)\b")


@dataclass(frozen=True)
class Answer:
    """What the brief says to one ask: every item that answers it (best first), of which the first few are cited, or
    nothing and the nearest open questions.

    For an ask answered by a whole section ("timeline?", "who?") ``section`` names it; for one asking to go on ("more?")
    ``goes_on`` is the ask whose answer goes on, and nothing found means the brief has no more on it.
    """

    story: str
    found: tuple[tuple[str, Item], ...]
    near_questions: tuple[Question, ...] = ()
    section: str = ""
    goes_on: str = ""

    @property
    def cited(self) -> tuple[tuple[str, Item], ...]:
        """The items the answer shows: the first MAX_CITED found."""
        return self.found[:MAX_CITED]

    @property
    def more(self) -> int:
        """How many items answer the ask beyond those cited."""
        return len(self.found) - len(self.cited)

    @property
    def covered(self) -> bool:
        return bool(self.found)


def answer_question(
    brief: Brief,
    text: str,
    previous: str | None = None,
    index: Index | None = None,
    earlier: str | None = None,
    shown: frozenset[str] = frozenset(),
) -> Answer:
    """Answer one follow-up from this brief only: 1–3 cited items, best first, or nothing if not covered.

    ``previous`` is the thread's previous ask, which a follow-up ("what did he say", "and the DEA?") leans on.
    A question holding several ("who is X and what did she write") is answered part by part; a remark after it
    ("…, for my lede") is left out when it says nothing of the story, or when the ask is not covered with it, and so
    is a web address pasted into it.
    ``index`` is the brief's index (`build_index`) as its holder keeps it; without one, it is built for this call.
    ``earlier`` is the thread's ask before ``previous``, which that one may have leaned on: asked where an answer comes
    from ("source?"), the engine answers ``previous`` again as the thread was told it.
    Asked to go on ("more?", "anything else?"), it gives the items answering ``previous`` that the thread has not been
    shown: neither its first answer's nor those in ``shown`` (the ids shown since in answer to it).
    """
    if index is None:
        index = build_index(brief)
    text, aside = aside_removed(text)
    if aside:  # "Separately, what did he sign": asked as a thread's first ask is, of nothing before it
        previous = earlier = None
    quoted, text = quoted_lines(text)
    if quoted:  # "> The council voted on Monday / who voted against?": the ask leans on the line it quotes
        previous = _with_speaker(quoted, index)
    text = with_question_word(without_links(text), index.surface_list)
    more = _more_asked(brief, index, text, previous, earlier, shown) if previous else None
    if more is not None:
        return more
    # "Doe?? for or against": no remark after an ask of where someone stands, though it names nothing in the story
    readings = [] if _of_one_side(text, index) else remark_readings(text, index)
    if readings and readings[0].foreign:  # "…, for my lede": the remark says nothing of the story
        return _first_covered(brief, [r.ask for r in readings if r.foreign], previous, index, earlier, shown)
    answer = _answer_as_typed(brief, text, previous, index, earlier, shown)
    if not answer.covered and readings:
        return _first_covered(brief, [r.ask for r in readings], previous, index, earlier, shown)
    if not answer.covered and (claim := claim_sourced(LEAD_IN_END.split(text)[-1])) is not None:
        # "who says 29 people were hurt?", nothing covering it as typed: the item telling it, whose basis says where
        # it comes from
        return _answer_one(brief, index, claim)
    return answer


def _first_covered(
    brief: Brief, asks: list[str], previous: str | None, index: Index, earlier: str | None, shown: frozenset[str]
) -> Answer:
    """The answer to the first of these readings of one ask that the brief covers ("Pls bear with me, headline?": the
    headline, not "Pls bear with me"), else to the first; an ask to go on ("more?, for the graphic") is read so."""
    answers = (answer_question(brief, ask, previous, index, earlier, shown) for ask in asks)
    first = next(answers)
    return first if first.covered or first.goes_on else next((a for a in answers if a.covered), first)


def _more_asked(
    brief: Brief, index: Index, text: str, previous: str, earlier: str | None, shown: frozenset[str]
) -> Answer | None:
    """The answer to an ask for more after the previous one: to go on with it ("more?", "anything else?"; "who else?"
    after the list of people), or for more of something named ("what else did she say"); None for any other ask."""
    norm = normalise(text)
    if asks_for_more(norm):
        return _going_on(brief.id, _told(brief, index, previous, earlier), previous, shown)
    if asks_for_more(norm, of_people=True):
        told = _told(brief, index, previous, earlier)
        if told.section == "people":
            return _going_on(brief.id, told, previous, shown)
    plain = without_else(norm)
    return None if plain is None else _other_than_told(brief, index, plain, previous, earlier, shown)


def _going_on(story: str, told: Answer, previous: str, shown: frozenset[str]) -> Answer:
    """The answer the thread was `told` to its `previous` ask, gone on: the items it found that the thread has not
    been shown, nothing when none are left."""
    seen = shown | {item.id for _section, item in told.cited}
    rest = tuple(pair for pair in told.found if pair[1].id not in seen)
    return Answer(story, rest, section=told.section if rest else "", goes_on=previous)


def _of_one_side(text: str, index: Index) -> bool:
    """Whether an ask only asks where one person or party stands or what they said ("Doe?? pro or anti", "GOP -
    reaction?"): one question, however it is punctuated, and no remark after it."""
    return stance_asked(text, index) is not None or party_asked(normalise(text)) is not None


def _other_than_told(
    brief: Brief, index: Index, plain: str, previous: str, earlier: str | None, shown: frozenset[str]
) -> Answer | None:
    """An ask for more of something ("what else did she say"), read without its word of more (`plain`): when that
    asks what the previous ask did, its answer gone on; else the items answering it that the thread was not shown.
    None when it is not covered, or was all shown."""
    asked = answer_question(brief, plain, previous, index, earlier)
    if not asked.covered:
        return None
    told = _told(brief, index, previous, earlier)
    if asked.found == told.found:
        return _going_on(brief.id, told, previous, shown)
    seen = shown | {item.id for _section, item in told.cited}
    rest = tuple(pair for pair in asked.found if pair[1].id not in seen)
    return Answer(brief.id, rest, asked.near_questions, asked.section) if rest else None


def _told(brief: Brief, index: Index, previous: str, earlier: str | None) -> Answer:
    """What the thread was told in answer to its previous ask (which leaned on the one before it)."""
    return answer_question(brief, previous, earlier, index=index)


def _with_speaker(quoted: str, index: Index) -> str:
    """A line quoted from the thread, and who said it when it is a quote of the brief's ("> It's a disgrace" quoted
    from an answer that showed Doe saying it): what "he" in the ask after it stands for."""
    said = next((item for n in index.quoting([quoted]) if isinstance(item := index.items[n][1], Quote)), None)
    return quoted if said is None else f"{said.speaker}: {quoted}"


def _asks_whence_first(text: str, index: Index) -> bool:
    """Whether a thread's first ask asks where what it was shown comes from: the source in so many words, or who said
    or confirmed "that" or "it" when no line of an item is pasted into it."""
    if not asks_for_source(text):
        return False
    if names_the_source(text):
        return True
    return not THING_PRONOUNS.isdisjoint(normalise(text).split()) and not index.quoting(pasted_spans(text))


def _answer_as_typed(
    brief: Brief, text: str, previous: str | None, index: Index, earlier: str | None, shown: frozenset[str]
) -> Answer:
    """The answer to an ask as typed, remark and all."""
    text = with_days_named(spelt_out(without_frame(with_apostrophes(text, index))), index)
    # Nothing told yet: "source?", "who said that?" ask where the story is from, unless a line pasted from an item
    # is what was said ("who said I don't know what it's going").
    if previous is None and _asks_whence_first(text, index) and typed_words(text) not in index.asked_as:
        return Answer(brief.id, ((SOURCE_SECTION, source_item(brief)),))
    if previous and asks_for_source(text):  # "source?", "who says?": the items just told, whose basis says
        told = answer_question(brief, previous, earlier, index=index)
        if told.covered:
            return _last_told(told, shown)
    if previous:  # "and when?" after "what did he write", after "who is Doe": when Doe wrote
        previous = previous_as_read(text, previous, earlier, index)
    if previous and (who := who_asked(text, previous, earlier)):  # "what's he charged with" after "who's the officer
        # who shot Doe": the officer the answer named
        answered = _told(brief, index, who, earlier if who == previous else None).cited
        first = None if not answered or answered[0][0] == SOURCE_SECTION else _number(answered[0][1], index)
        text = with_answered_person(text, who, first, index)
    said = _told_said(brief, index, text, previous, earlier) if previous else None
    asked_before = previous
    previous = spelt_out(without_frame(with_apostrophes(previous, index))) if previous else previous
    read = [aside_removed(part) for part in split_parts(text)]  # each question, and whether it turns to another topic
    if len(read) > 1 and _of_one_side(text, index) and not all(_names_content(part, index) for part, _ in read):
        read = [(text, False)]  # "Doe?? pro or anti": one question, its second half naming nothing in the story
    elif any(tells_by_itself(normalise(part)) for part, _ in read[1:]) and section_asked(normalise(text)):
        read = [(text, False)]  # "key moments and when": one part of the brief
    parts = [part for part, _aside in read]
    # "who wrote it" after an answer on a law asks who wrote the law, not the story
    writing = asked_before is not None and _of_a_writing_told(brief, index, text, asked_before, earlier)
    about = [_about_brief(part, index) and not writing for part in parts]
    whole = about[0] if parts == [text] else _about_brief(text, index) and not writing  # one question is read once
    # About the story as published, unless one of its questions asks of something in the story instead.
    if whole and all(on_brief or not _names_content(part, index) for part, on_brief in zip(parts, about, strict=True)):
        return Answer(brief.id, ((SOURCE_SECTION, source_item(brief, field_asked(_as_meant(text, index)))),))
    first_ask = previous is None
    answers: list[Answer] = []
    for (part, aside), on_brief in zip(read, about, strict=True):
        if aside:  # "Separately, what did he say": asked as if nothing came before it
            previous, asked_before, first_ask, answers_before = None, None, True, []
        else:
            answers_before = answers
        if on_brief:  # "who is Doe; who wrote this": the brief's own details answer that part
            answers.append(
                Answer(brief.id, ((SOURCE_SECTION, source_item(brief, field_asked(_as_meant(part, index)))),))
            )
        elif not answers_before and (unnamed := _of_the_story(brief, index, part, asked_before, earlier)) is not None:
            answers.append(unnamed)  # "when'd it happen", "pushback?": of what the story is about
        else:
            ask = _read_part(part, previous, index, first_ask, later=bool(answers_before), alone=len(read) == 1)
            answers.append(_answer_of_each(brief, index, part, ask, previous, answers_before))
        previous = part
    answer = answers[0] if len(answers) == 1 else _merged(brief.id, answers)
    if said is not None and not _of_what_was_said(answer, said, index):
        # "when was that" after what Doe said, read as a question of its own, cites something else: what Doe said
        return _what_was_said(said, text, index, shown)
    quoted = index.cite(index.quoting(pasted_spans(text)))
    if not quoted:
        return answer
    # "who said 'we will not back down'": the item whose words were pasted comes first, whatever else answers.
    cited: dict[str, tuple[str, Item]] = {}
    for section, item in quoted + answer.found:
        cited.setdefault(item.id, (section, item))
    return Answer(brief.id, tuple(cited.values()))


def _last_told(told: Answer, shown: frozenset[str]) -> Answer:
    """What the thread was told last of an answer: its first items, or, when asked to go on since (`shown`: the ids
    shown in going on), the last of the lots it went on with, each as many as an answer cites."""
    gone_on = [pair for pair in told.found[MAX_CITED:] if pair[1].id in shown]
    if not gone_on:
        return told
    return Answer(told.story, tuple(gone_on[(len(gone_on) - 1) // MAX_CITED * MAX_CITED :]))


def _told_said(brief: Brief, index: Index, text: str, previous: str, earlier: str | None) -> Answer | None:
    """What the thread was told someone said, when the ask asks when, where, to whom, on what occasion or why it was
    said ("when was that" after "what did Doe say"); else None."""
    if not asks_of_what_was_said(text, previous):
        return None
    told = answer_question(brief, previous, earlier, index=index)
    return told if told.covered and (told.cited[0][0] == "quotes" or parse(previous, index).say) else None


def _of_what_was_said(answer: Answer, told: Answer, index: Index) -> bool:
    """Whether an answer cites first what the thread was told someone said, or another quote or item of theirs (not
    their entry)."""
    if not answer.covered:
        return False
    if answer.cited[0] in told.found:
        return True
    said, (section, first) = told.cited[0][1], answer.cited[0]
    if not isinstance(said, Quote) or section == "people":
        return False
    names = set(stems_of(said.speaker))
    if isinstance(first, Quote):
        return not names.isdisjoint(stems_of(first.speaker))
    return any(_number(first, index) in index.postings.get(name, ()) for name in names)


def _what_was_said(told: Answer, text: str, index: Index, shown: frozenset[str]) -> Answer:
    """What the thread was last told someone said, asked when, where, to whom or why it was said: those items, the
    ones giving what the ask wants first ("where did he say it": the fact naming the programme), else the first item
    the answer found that gives it."""
    last = _numbered(_last_told(told, shown).cited, index)
    found = _numbered(told.found, index)
    giving = focused(parse(text, index), text, index, set(found))
    first = [n for n in last if n in giving] or [n for n in found if n in giving][:1]
    return Answer(told.story, index.cite([*dict.fromkeys(first + last)]))


def _of_the_story(brief: Brief, index: Index, part: str, previous: str | None, earlier: str | None) -> Answer | None:
    """The answer to an ask of what the story is about that names nothing and that no editor asked in those words:
    when, where, why, how or by whom its event happened, first in a thread or after an ask the thread was answered
    with a whole part of the brief or with nothing ("catch me up?"); who is against or for it and what they say
    ("pushback?", asked as critics are), whatever the thread was told. None for any other ask, or for an ask of the
    event after one the thread was told items of ("when was it" after "when did Doe resign": what it was told)."""
    if typed_words(part) in index.asked_as:
        return None
    if (kind := event_asked(part)) is not None:
        told = previous is not None and _told_items_of(brief, index, previous, earlier)
        return None if told else _story_event(brief, index, kind)
    side = side_asked(part)
    return None if side is None else _answer_one(brief, index, SIDE_ASKS[side])


def _told_items_of(brief: Brief, index: Index, previous: str, earlier: str | None) -> bool:
    """Whether the thread was told items in answer to its previous ask, not a whole part of the brief nor nothing."""
    told = _told(brief, index, previous, earlier)
    return told.covered and not told.section


def _story_event(brief: Brief, index: Index, kind: str) -> Answer:
    """An ask of the story's own event that names nothing, first in a thread ("when'd it happen"), asked plainly of
    it: of the brief's first fact, the items answering the plain ask of its words and those telling of them, the ones
    giving what is asked (a date, a place, a reason), the first fact first; when none does, an open question of
    theirs asking it."""
    plain, words = PLAIN[kind], event_words(brief)
    base = score_all(parse(words, index), index).base
    related = [
        _number(brief.facts[0], index),
        *_numbered(_answer_one(brief, index, plain.replace(" it", f" {words}", 1)).found, index),
        *_numbered(_answer_one(brief, index, words).found, index),
        *sorted(base, key=lambda n: -base[n]),
    ]
    giving = focused(parse(plain, index), plain, index, set(related))
    found = [n for n in related if n in giving and n not in index.open_questions]
    if not found:  # an open question of theirs asking it: the editor wrote that the story does not say
        asking = {n for n in index.open_questions if kind in kinds_asked(getattr(index.items[n][1], "text", ""))}
        found = [n for n in related if n in asking]
    return Answer(brief.id, index.cite([*dict.fromkeys(found)]))


def _read_part(part: str, previous: str | None, index: Index, first_ask: bool, later: bool, alone: bool) -> str:
    """One question of an ask (the only one, `alone`), read with what it leans on: the one before it in the same ask
    (`later`), else the thread's previous ask; a thread's first ask, with the title's person for "he"."""
    if later and previous:  # a later question of the same ask leans on the one before it
        ask = read_with_part(part, previous, index)
    else:
        ask = read_with_previous(part, previous, index, alone=alone) if previous else part
    if first_ask and ask == part:
        # A thread's first ask reads "he" against the title only when no earlier question of it named whom it
        # stands for: in "who is Jane Doe and what did she say", she is Doe even if the brief never names Doe.
        ask = read_with_headline(part, index)
    return ask


def _answer_of_each(
    brief: Brief, index: Index, part: str, ask: str, previous: str | None, answers: list[Answer]
) -> Answer:
    """The answer to one question of an ask; one naming people side by side ("what did Doe and Roe say") put of each
    in turn, unless an item naming them all answers it as typed ("how did Doe and Roe respond": jointly) and it does
    not ask who each is, or an editor wrote it on an item."""
    answer = _answer_part(brief, index, part, ask, previous, answers)
    each = asked_of_each(ask, index)
    if each is None or typed_words(ask) in index.asked_as:
        return answer
    apart = [_answer_part(brief, index, one, one, previous, answers) for one in each.asks]
    who = all(one.covered and _number(one.cited[0][1], index) == n for one, n in zip(apart, each.entries, strict=True))
    # An item telling of them all, not someone else's entry that happens to name them
    first = _number(answer.cited[0][1], index) if answer.covered and answer.cited[0][0] != "people" else None
    if not who and first is not None and all(names_person(first, n, index) for n in each.entries):
        return answer
    return _merged(brief.id, apart)


def _answer_part(
    brief: Brief, index: Index, part: str, ask: str, previous: str | None, answers: list[Answer]
) -> Answer:
    """The answer to one question of an ask (`part`, read as `ask`), after `answers` to the questions before it: if
    nothing covers it as read with the previous ask, it is read again without that ask's unknown words, or on its
    own topic alone, or as asking about what the thread was just told. One asking what happened in a stretch of time
    ("since Sept. 13", "after that") is answered by the timeline entries in it. One for a whole part of the brief, a
    check of someone's name or title, one for the people of a party or kind, or a request for someone's quote is read
    by its words first."""
    stretch = asked_stretch(part, index, lambda: _first_dated(brief, index, previous, answers))
    # "chrono pls", "the players?": the whole part, whatever else the brief holds of those words; not a question after
    # another in one message ("when was Doe interviewed, what dates" asks it of Doe)
    as_meant = _as_meant(ask, index)  # with its slips corrected, any lead-in kept
    section = None if answers else section_asked(normalise(ask)) or section_asked(as_meant)
    if section:
        return _whole(brief.id, index, section, section_items(section, index))
    typed_section = None if answers or ask == part or points_back(part) else _part_named(part, index)
    after_lead_in = LEAD_IN_END.split(ask)[-1]
    meant = as_meant if after_lead_in == ask else _as_meant(after_lead_in, index)  # "Doe full qote pls"
    checked = next((n for typed in (ask, meant) if (n := entry_checked(typed, index)) is not None), None)
    if checked is not None:  # "how's Doe spelled", "Doe's exact title": their entry
        return Answer(brief.id, index.cite([checked]))
    part_meant = as_meant if part == ask else _as_meant(part, index)
    listed = None if typed_words(part) in index.asked_as else kind_listed(part_meant, index)
    if listed:  # "who are the Democrats in this story", "list the senators": their entries, as typed
        return Answer(brief.id, index.cite(listed))
    # "Doe verbatim pls": what Doe said
    answer = _answer_one(brief, index, quote_asked(ask, index) or quote_asked(meant, index) or ask)
    stance = (
        stance_asked(ask, index)
        or stance_asked(meant, index)
        or response_asked(ask, index)
        or response_asked(as_meant, index)  # slips corrected ("did Doe respnd"), any lead-in kept
    )
    if stance and not (answer.covered and _stance_told(answer.cited[0][1], stance, index)):
        # "is Doe for or against it?" that no item naming Doe answers as typed: what Doe said, if anything does
        # ("did Doe comment?": a quote of theirs, not an item on how someone else will respond to Doe)
        said = _answer_one(brief, index, stance.ask)
        if said.covered and (not stance.quoted or _quote_of(said.cited[0][1], stance.entry, index)):
            answer = said
        elif not stance.quoted and (stated := positions_of(stance.entry, index)):
            # "where does Doe stand" and the brief never quotes Doe: the items telling what Doe backs or opposes
            answer = Answer(brief.id, index.cite(stated))
    party = party_asked(normalise(ask)) or party_asked(meant)
    if party and typed_words(ask) not in index.asked_as:
        # "how did Democrats react?", "GOP reax?": what they said, if the brief has it (not the editor's own ask)
        said = _answer_one(brief, index, f"what did {party} say")
        answer = said if said.covered else answer
    if stretch is not None and (
        stretch.start.item is None or not answer.covered or restates(_number(answer.cited[0][1], index), stretch, index)
    ):
        # A stretch named by a day, or by an event whose telling is all the ordinary answer gives: what came after
        # "the Reston meeting" may be told in an item of its own ("After the Reston meeting, …").
        return _stretch_answer(brief.id, index, entries_in(stretch, index))
    if not answer.covered and previous and not answers:
        answer = _own_words_answer(brief, index, part, previous) or answer
    if not answer.covered and answers and answers[-1].covered and ask != part:
        # "who is Doe? timeline?": a later question that nothing covers as read with the one before it, asked alone
        # (not when that one is not covered either: "when was Doe interviewed, what dates" asks it again)
        answer = _answer_one(brief, index, read_with_headline(part, index))
    if not answer.covered and previous and not answers and names_elided_topic(part, index):
        # "what about Doe" or "Doe?" after an ask that nothing on Doe answers: what the brief says about Doe
        answer = _answer_one(brief, index, part)
    if (
        not answer.covered
        and previous
        and not answers
        and (leaning := read_with_previous(part, previous, index, False)) != ask
    ):
        # "which network was that on" after "what did Doe tell Roe": as a question of its own nothing covers it, so
        # "that" is what Doe told Roe
        answer = _answer_part(brief, index, part, leaning, previous, answers)
    if not answer.covered and previous and points_back(part):
        # "is she still pushing that", "which network was that on": nothing covers it, so it asks about what
        # the thread was just told; those items answer it if they give what it wants.
        told = answers[-1].cited if answers else answer_question(brief, previous, index=index).cited
        earlier = _told_items(parse(ask, index), ask, index, told)
        answer = Answer(brief.id, index.cite(earlier)) if earlier else answer
    if typed_section and (typed_section == "facts" or not _of_section(answer, typed_section, index)):
        # "tl;dr" after "who is Doe" asks for the story's, and "timeline?" too when Doe has no entry in it ("quotes?"
        # after it asks for Doe's)
        return _whole(brief.id, index, typed_section, section_items(typed_section, index))
    if not answer.covered and previous and not answers and ask != part:
        # "was it terrorism" after "has anyone been arrested", which the brief does not cover: nothing the thread was
        # told is "it", so the ask is read on its own, as a thread's first ask is (unless its pronoun may be what that
        # ask named: "did it mention the harbour" after "what was the tiktok post she shared")
        if (
            not may_mean_the_previous(part, previous, index)
            and not answer_question(brief, previous, index=index).covered
        ):
            answer = _answer_part(brief, index, part, read_with_headline(part, index), None, answers)
    return answer


def _part_named(ask: str, index: Index) -> str | None:
    """The whole part of the brief an ask names by its words alone: "tl;dr", "timeline?", "what don't we know"."""
    parsed = parse(ask, index)
    if parsed.concepts or not (parsed.summary or parsed.unknowns):
        return section_asked(normalise(ask))
    return section_answer(parsed, index)[0]


def _of_section(answer: Answer, section: str, index: Index) -> bool:
    """Whether an answer is of one part of the brief: what it cites first is one of that part's items."""
    return answer.covered and _number(answer.cited[0][1], index) in section_items(section, index)


def _first_dated(brief: Brief, index: Index, previous: str | None, answers: list[Answer]) -> int | None:
    """The first dated item the thread was just told: what "what happened after that" is after."""
    told = answers[-1].cited if answers else answer_question(brief, previous, index=index).cited if previous else ()
    return next((n for n in _numbered(told, index) if n in index.dated), None)


def _stance_told(item: Item, stance: Stance, index: Index) -> bool:
    """Whether an answer's first item tells what a stance ask asks: for "did Doe comment", a quote of Doe's or an
    item telling whether Doe did ("Doe declined to comment"; not "how will the White House respond to the Doe bill");
    for "is Doe for it", any item naming Doe."""
    if stance.quoted:
        return _quote_of(item, stance.entry, index) or tells_response(primary_text(item), stance.entry, index)
    return names_person(_number(item, index), stance.entry, index)


def _quote_of(item: Item, entry: int, index: Index) -> bool:
    """Whether an item is a quote of the person or organisation of entry `entry`: for an organisation, also one by
    someone whose role names it ("Chairman of the Senate Foreign Relations Committee")."""
    if not isinstance(item, Quote):
        return False
    if names_person(_number(item, index), entry, index):
        return True
    body = index.items[entry][1]
    return (
        isinstance(body, Person)
        and body.kind == "organisation"
        and set(stems_of(item.role or "")) >= set(stems_of(body.name))
    )


def _numbered(cited: tuple[tuple[str, Item], ...], index: Index) -> list[int]:
    """The index's numbers of the cited items, in their order; not the brief's own details, which no number has."""
    numbers = {item.id: n for n, (_section, item) in enumerate(index.items)}
    return [numbers[item.id] for _section, item in cited if item.id in numbers]


def _number(item: Item, index: Index) -> int:
    """The index's number for one of its brief's items."""
    return next(n for n, (_section, indexed) in enumerate(index.items) if indexed is item)


def _stretch_answer(story: str, index: Index, numbers: list[int]) -> Answer:
    """The timeline entries of a stretch, the first few cited and the rest counted; nothing when it holds none."""
    return Answer(story, index.cite(numbers), section="timeline" if numbers else "")


def _merged(story: str, answers: list[Answer]) -> Answer:
    """The answer to an ask of several questions: each one's best item first, then the rest in order."""
    cited: dict[str, tuple[str, Item]] = {}
    for answer in answers:
        if answer.cited:
            cited.setdefault(answer.cited[0][1].id, answer.cited[0])
    for answer in answers:
        for pair in answer.found:
            cited.setdefault(pair[1].id, pair)
    if not cited:
        return Answer(story, (), answers[0].near_questions)
    return Answer(story, tuple(cited.values()))


def _own_words_answer(brief: Brief, index, text: str, previous: str) -> Answer | None:
    """A follow-up that missed because the previous ask holds a word no item does ("what was it reacting to" after
    "what was the fb post she wrote"), read without that word, when its best item holds the follow-up's own words
    and the rest of the previous ask's ("post", "wrote"): not when the word the brief lacks was all it was about
    ("what did he say" after "who is John Doe")."""
    known = without_unknown(previous, index)
    own = [c for c in parse(text, index).concepts if not is_light(c)]
    kept = [c for c in parse(known, index).concepts if not is_light(c)]
    if not own or not kept or known == normalise(previous):
        return None
    answer = _answer_one(brief, index, read_with_previous(text, known, index))
    if not answer.covered:
        return None
    first = _number(answer.cited[0][1], index)
    return answer if all(first in matches(c, index) for c in own + kept) else None


def _as_meant(text: str, index: Index) -> str:
    """The ask normalised with its slips corrected, as the engine reads its words ("who wrtoe this")."""
    return " ".join(correct(fix_typos(normalise(text).split()), index)[0])


def _of_a_writing_told(brief: Brief, index: Index, text: str, previous: str, earlier: str | None) -> bool:
    """Whether an ask's "it" is a writing the previous ask was about and the thread was told of ("who wrote it" after
    what a law would allow, answered)."""
    if not means_a_writing_asked_about(normalise(text), normalise(previous)):
        return False
    told = _told(brief, index, previous, earlier)
    return told.covered and _number(told.cited[0][1], index) not in index.open_questions  # not "it is not known"


def _about_brief(text: str, index: Index) -> bool:
    """Whether an ask is about the story as published and names nothing in it ("who wrote this", "what paper"), read
    after any lead-in ("copy editor left a query on this: where was he")."""
    if section_asked(normalise(text)):  # "stats?" asks for figures, not the brief's status it is a slip from
        return False
    meant = _as_meant(LEAD_IN_END.split(text)[-1], index)
    return asks_about_brief(meant) and not _names_content(text, index, POINTED_AT)


def _names_content(text: str, index, pointing: frozenset[str] = frozenset()) -> bool:
    """Whether an ask about the story as published also names something in it ("when was the ruling published"),
    besides any of the `pointing` words that point at the story ("whose story is this"; in "what's the hed? was the
    piece updated" the piece is one the story tells of)."""
    parsed = parse(text, index)
    return any(
        matches(c, index)
        and c.word not in ABOUT_WORDS
        and c.word not in pointing
        and not c.word.isdigit()
        and not is_light(c)
        for c in parsed.concepts
    )


def _answer_one(brief: Brief, index, text: str) -> Answer:
    """One question's answer: the items that cover it and give what it wants, best first; else a whole section or
    nothing and the nearest open questions."""
    parsed = parse(text, index)
    story = brief.id
    if not parsed.concepts:
        return _answer_intent_only(story, index, parsed, text)
    if parsed.say and any(not matches(c, index) for c in parsed.speaker):
        # "What did Satya Nadella say": the speaker is nowhere in the brief.
        return Answer(story, (), near(parsed, index))
    base, final, unknown = score_all(parsed, index)
    candidates = _answering(parsed, text, index, set(final))  # score_all gives a final score to covering items only
    covering = focused(parsed, text, index, owned(text, parsed, index, candidates))
    if unknown > MAX_UNKNOWN_SHARE:
        covering = set()  # too much of the ask is about something the brief never mentions
    # An ask typed as an editor wrote it on items is answered by them, whatever the rules make of its words ("what
    # do supporters say", asked of a backer's quote whose speaker the brief never calls one).
    asked = [n for n in index.asked_as.get(typed_words(text), ()) if n not in index.open_questions]
    covering |= set(asked)
    if not covering and parsed.say and not unknown:
        # "what did Doe say about bidding on the jobs": Doe's words on it put otherwise ("bid on his projects").
        covering = focused(parsed, text, index, owned(text, parsed, index, speaker_words(parsed, index, base)))
        final = {**base, **final}
    if not covering:
        return _uncovered(story, index, parsed, unknown)
    order = _best_first(parsed, text, index, covering, final, base)
    if order and order[0] in index.open_questions:
        order = asked + order  # the editor wrote that these answer it, so the brief does know
    return Answer(story, index.cite([*dict.fromkeys(order + asked)]))


def _answer_intent_only(story: str, index, parsed: Parsed, text: str) -> Answer:
    """An ask with no words of its own: the items whose editor asked it in those very words ("who did it", "was
    it"), nothing for a bare "who did it" (whoever is responsible, not a list of everyone in the story), else the
    section its intent asks for."""
    asked = index.asked_as.get(typed_words(text))
    if asked:
        return Answer(story, index.cite(asked))
    if parsed.bare_who and _DEED.search(normalise(text)):
        return Answer(story, ())
    return _section(story, index, parsed)


def _answering(parsed: Parsed, text: str, index, candidates: set[int]) -> set[int]:
    """The candidates that can answer the ask: naming every person or organisation it names ("did ibm sell to ice"
    is not answered by an item about ICE and Microsoft); for "what did X say" or "did X say anything", where X
    speaks or an open question on it; for "what don't we know" open questions, for "timeline" timeline entries."""
    for concept in parsed.concepts:
        if concept.people and not concept.anchor:
            candidates &= matches(concept, index).keys()
    in_person = asks_in_person(text)
    questions = index.in_section.get("questions", frozenset())
    if parsed.say:
        # "What did X say" is answered by X's quotes and by items reporting X speaking (said, declined to comment).
        candidates = {
            n
            for n in candidates
            if speaks(parsed.speaker, n, index, in_person)
            or (n in questions and asks_what_said(index.items[n][1].text, parsed.speaker))
        }
        if _VERBATIM.search(normalise(text)):
            # "what exactly did X say": X's own words, so a quote, not a fact that reports them.
            candidates &= index.in_section.get("quotes", frozenset())
    if parsed.responded:
        # "did Biden say anything": an item where Biden speaks, or a question on it ("the DEA declined to comment").
        candidates = {
            n
            for n in candidates
            if (n in questions and asks_spoken(index.items[n][1].text, parsed.responded))
            or speaks(parsed.responded, n, index, in_person)
        }
    if parsed.unknowns or parsed.timeline:
        candidates &= index.in_section.get("questions" if parsed.unknowns else "timeline", frozenset())
    return candidates


def _uncovered(story: str, index, parsed: Parsed, unknown: float) -> Answer:
    """What an ask nothing covers gets: the section, for an ask all intent ("key dates?"); not for one about someone
    in particular ("when was Doe interviewed, what dates") or on whether someone spoke ("did the police comment on the
    timeline"); else nothing, and the nearest open questions."""
    if not unknown and not parsed.say and not parsed.responded and not any(c.people for c in parsed.concepts):
        fallback = _section(story, index, parsed)
        if fallback.covered:
            return fallback
    return Answer(story, (), near(parsed, index))


def _best_first(
    parsed: Parsed, text: str, index, covering: set[int], final: dict[int, float], base: dict[int, float]
) -> list[int]:
    """The covering items in the order to cite them."""
    scores = {n: final.get(n, base.get(n, 0.0)) for n in covering}  # an editor's ask may name items the rules pass by
    order = unknown_first(parsed, index, story_day_first(ranked(scores, base), scores, index), base, text)
    if order and parsed.name_of and _asks_who_holds(text) and order[0] in index.in_section.get("quotes", ()):
        # "who is the judge in the case": the judge's words cover it, but who the judge is their entry says, or an
        # item naming them with the title.
        holder = _holder(order[0], parsed.name_of, index)
        order = order if holder is None else [holder] + [n for n in order if n != holder]
    if order and order[0] in index.open_questions:
        # The best answer is that the brief does not know: items ranked below it are no answer either.
        order = [n for n in order if n in index.open_questions]
    return order


def _asks_who_holds(text: str) -> bool:
    """Whether an ask asks who holds a post ("who is the judge"), not who said something ("who is the one saying")."""
    words = normalise(text).split()
    return words[:1] == ["who"] and SAY_WORDS.isdisjoint(words)


def _holder(n: int, kinds: tuple[str, ...], index) -> int | None:
    """The item saying who a quote's speaker is as the holder of a post: their people entry (whose name or alias holds
    the speaker's name), else an item giving their name beside the post's word ("Acme spokesman John Roe said …")."""
    speaker = set(stems_of(index.items[n][1].speaker))
    entry = next(
        (p for p in index.in_section.get("people", ()) if speaker and speaker <= index.people_names.get(p, set())), None
    )
    if entry is not None:
        return entry
    words = index.speaker_names.get(n, frozenset())
    quotes = index.in_section.get("quotes", frozenset())
    return next(
        (
            m
            for m in range(len(index.items))
            if m not in quotes
            and any(words and words <= name for kind in kinds for name in index.named_kinds[m].get(kind, ()))
        ),
        None,
    )


def _told_items(parsed: Parsed, text: str, index, told: tuple[tuple[str, Item], ...]) -> list[int]:
    """The items of the previous answer, in its order, that name everyone the ask names, hold one of its words (any,
    for an ask of pronouns only: "what did they tell him") and give what it wants (a date, a figure, a place, the
    speaker's words)."""
    order = _numbered(told, index)
    found = [matches(c, index) for c in parsed.concepts]
    # An entry tells who someone is: it answers "did he apologize" only if it holds a word of the ask's own, not
    # for naming him.
    own = [f for c, f in zip(parsed.concepts, found, strict=True) if not c.people]
    entries = index.in_section.get("people", frozenset())
    kept = {
        n
        for n in order
        if (not found or any(n in f for f in (own if n in entries and own else found)))
        and all(n in f for c, f in zip(parsed.concepts, found, strict=True) if c.people and not c.anchor)
        and (not parsed.say or speaker_bonus(parsed.speaker, n, index) > 0 or names_speaker(parsed.speaker, n, index))
    }
    kept = focused(parsed, text, index, kept)
    return [n for n in order if n in kept]


def _section(story: str, index, parsed: Parsed) -> Answer:
    return _whole(story, index, *section_answer(parsed, index))


def _whole(story: str, index, section: str, numbers: list[int]) -> Answer:
    """A part of the brief as an answer: its items, named as a section when they are one (not the figures, which no
    one section holds)."""
    return Answer(story, index.cite(numbers), section=section if numbers and section in SECTIONS else "")


def find_items(brief: Brief, words: str, limit: int = 10, index: Index | None = None) -> list[tuple[str, Item]]:
    """Items that match typed words across sections (typos forgiven), best first; may be empty. ``index`` as for
    `answer_question`."""
    if index is None:
        index = build_index(brief)
    fixed_words, fixed = correct(normalise(words).split(), index)
    found = concepts(fixed_words, fixed, index)
    if not found:
        return []
    base, covering, _unknown = score_all(Parsed(concepts=found), index)
    order = sorted(covering, key=lambda n: (-base[n], n))
    return [index.items[n] for n in order[:limit]]
