"""An ask as a thread puts it: read with the asks before it, part by part, remark and all (see the package's
docstring for the method)."""

from __future__ import annotations

from bot.answer.about import SOURCE_SECTION, field_asked, means_a_writing_asked_about, source_item
from bot.answer.answeredwho import who_asked, with_answered_person
from bot.answer.answers import Answer, going_on, last_told, merged, number, numbered, stretch_answer, whole
from bot.answer.askparts import aside_removed, quoted_lines, split_parts
from bot.answer.concepts import as_meant
from bot.answer.coordinated import asked_of_each
from bot.answer.followup import (
    may_mean_the_previous,
    names_elided_topic,
    points_back,
    previous_as_read,
    read_with_headline,
    read_with_previous,
)
from bot.answer.forms import LEAD_IN_END
from bot.answer.goingon import asks_for_more, without_else
from bot.answer.groupasks import party_asked
from bot.answer.index import Index, build_index
from bot.answer.intent import parse, section_answer, section_items, without_frame
from bot.answer.itemtext import primary_text
from bot.answer.leaning import of_what_was_said, own_words_answer, read_part, told_items, what_was_said, with_speaker
from bot.answer.listing import kind_listed
from bot.answer.onequestion import answer_one
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
from bot.answer.published import about_brief, asks_whence_first, names_content
from bot.answer.remarks import remark_readings, without_links
from bot.answer.sections import section_asked, tells_by_itself
from bot.answer.sides import SIDE_ASKS, side_asked
from bot.answer.sourcing import asks_for_source, asks_of_what_was_said, claim_sourced
from bot.answer.spelt import spelt_out
from bot.answer.storyevent import event_asked, story_event
from bot.answer.stretches import asked_stretch, entries_in, restates, with_days_named
from bot.answer.subjects import with_apostrophes
from bot.answer.words import normalise, stems_of, typed_words, with_question_word
from bot.briefs.model import Brief, Item, Person, Quote


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
        previous = with_speaker(quoted, index)
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
        return answer_one(brief, index, claim)
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
        return going_on(brief.id, _told(brief, index, previous, earlier), previous, shown)
    if asks_for_more(norm, of_people=True):
        told = _told(brief, index, previous, earlier)
        if told.section == "people":
            return going_on(brief.id, told, previous, shown)
    plain = without_else(norm)
    return None if plain is None else _other_than_told(brief, index, plain, previous, earlier, shown)


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
        return going_on(brief.id, told, previous, shown)
    seen = shown | {item.id for _section, item in told.cited}
    rest = tuple(pair for pair in asked.found if pair[1].id not in seen)
    return Answer(brief.id, rest, asked.near_questions, asked.section) if rest else None


def _told(brief: Brief, index: Index, previous: str, earlier: str | None) -> Answer:
    """What the thread was told in answer to its previous ask (which leaned on the one before it)."""
    return answer_question(brief, previous, earlier, index=index)


def _answer_as_typed(
    brief: Brief, text: str, previous: str | None, index: Index, earlier: str | None, shown: frozenset[str]
) -> Answer:
    """The answer to an ask as typed, remark and all."""
    text = with_days_named(spelt_out(without_frame(with_apostrophes(text, index))), index)
    # Nothing told yet: "source?", "who said that?" ask where the story is from, unless a line pasted from an item
    # is what was said ("who said I don't know what it's going").
    if previous is None and asks_whence_first(text, index) and typed_words(text) not in index.asked_as:
        return Answer(brief.id, ((SOURCE_SECTION, source_item(brief)),))
    if previous and asks_for_source(text):  # "source?", "who says?": the items just told, whose basis says
        told = answer_question(brief, previous, earlier, index=index)
        if told.covered:
            return last_told(told, shown)
    if previous:  # "and when?" after "what did he write", after "who is Doe": when Doe wrote
        previous = previous_as_read(text, previous, earlier, index)
    if previous and (who := who_asked(text, previous, earlier)):  # "what's he charged with" after "who's the officer
        # who shot Doe": the officer the answer named
        answered = _told(brief, index, who, earlier if who == previous else None).cited
        first = None if not answered or answered[0][0] == SOURCE_SECTION else number(answered[0][1], index)
        text = with_answered_person(text, who, first, index)
    said = _told_said(brief, index, text, previous, earlier) if previous else None
    asked_before = previous
    previous = spelt_out(without_frame(with_apostrophes(previous, index))) if previous else previous
    read = [aside_removed(part) for part in split_parts(text)]  # each question, and whether it turns to another topic
    if len(read) > 1 and _of_one_side(text, index) and not all(names_content(part, index) for part, _ in read):
        read = [(text, False)]  # "Doe?? pro or anti": one question, its second half naming nothing in the story
    elif any(tells_by_itself(normalise(part)) for part, _ in read[1:]) and section_asked(normalise(text)):
        read = [(text, False)]  # "key moments and when": one part of the brief
    parts = [part for part, _aside in read]
    # "who wrote it" after an answer on a law asks who wrote the law, not the story
    writing = asked_before is not None and _of_a_writing_told(brief, index, text, asked_before, earlier)
    about = [about_brief(part, index) and not writing for part in parts]
    whole = about[0] if parts == [text] else about_brief(text, index) and not writing  # one question is read once
    # About the story as published, unless one of its questions asks of something in the story instead.
    if whole and all(on_brief or not names_content(part, index) for part, on_brief in zip(parts, about, strict=True)):
        return Answer(brief.id, ((SOURCE_SECTION, source_item(brief, field_asked(as_meant(text, index)))),))
    first_ask = previous is None
    answers: list[Answer] = []
    for (part, aside), on_brief in zip(read, about, strict=True):
        if aside:  # "Separately, what did he say": asked as if nothing came before it
            previous, asked_before, first_ask, answers_before = None, None, True, []
        else:
            answers_before = answers
        if on_brief:  # "who is Doe; who wrote this": the brief's own details answer that part
            answers.append(
                Answer(brief.id, ((SOURCE_SECTION, source_item(brief, field_asked(as_meant(part, index)))),))
            )
        elif not answers_before and (unnamed := _of_the_story(brief, index, part, asked_before, earlier)) is not None:
            answers.append(unnamed)  # "when'd it happen", "pushback?": of what the story is about
        else:
            ask = read_part(part, previous, index, first_ask, later=bool(answers_before), alone=len(read) == 1)
            answers.append(_answer_of_each(brief, index, part, ask, previous, answers_before))
        previous = part
    answer = answers[0] if len(answers) == 1 else merged(brief.id, answers)
    if said is not None and not of_what_was_said(answer, said, index):
        # "when was that" after what Doe said, read as a question of its own, cites something else: what Doe said
        return what_was_said(said, text, index, shown)
    quoted = index.cite(index.quoting(pasted_spans(text)))
    if not quoted:
        return answer
    # "who said 'we will not back down'": the item whose words were pasted comes first, whatever else answers.
    cited: dict[str, tuple[str, Item]] = {}
    for section, item in quoted + answer.found:
        cited.setdefault(item.id, (section, item))
    return Answer(brief.id, tuple(cited.values()))


def _told_said(brief: Brief, index: Index, text: str, previous: str, earlier: str | None) -> Answer | None:
    """What the thread was told someone said, when the ask asks when, where, to whom, on what occasion or why it was
    said ("when was that" after "what did Doe say"); else None."""
    if not asks_of_what_was_said(text, previous):
        return None
    told = answer_question(brief, previous, earlier, index=index)
    return told if told.covered and (told.cited[0][0] == "quotes" or parse(previous, index).say) else None


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
        return None if told else story_event(brief, index, kind)
    side = side_asked(part)
    return None if side is None else answer_one(brief, index, SIDE_ASKS[side])


def _told_items_of(brief: Brief, index: Index, previous: str, earlier: str | None) -> bool:
    """Whether the thread was told items in answer to its previous ask, not a whole part of the brief nor nothing."""
    told = _told(brief, index, previous, earlier)
    return told.covered and not told.section


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
    who = all(one.covered and number(one.cited[0][1], index) == n for one, n in zip(apart, each.entries, strict=True))
    # An item telling of them all, not someone else's entry that happens to name them
    first = number(answer.cited[0][1], index) if answer.covered and answer.cited[0][0] != "people" else None
    if not who and first is not None and all(names_person(first, n, index) for n in each.entries):
        return answer
    return merged(brief.id, apart)


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
    ask_meant = as_meant(ask, index)  # with its slips corrected, any lead-in kept
    section = None if answers else section_asked(normalise(ask)) or section_asked(ask_meant)
    if section:
        return whole(brief.id, index, section, section_items(section, index))
    typed_section = None if answers or ask == part or points_back(part) else _part_named(part, index)
    after_lead_in = LEAD_IN_END.split(ask)[-1]
    meant = ask_meant if after_lead_in == ask else as_meant(after_lead_in, index)  # "Doe full qote pls"
    checked = next((n for typed in (ask, meant) if (n := entry_checked(typed, index)) is not None), None)
    if checked is not None:  # "how's Doe spelled", "Doe's exact title": their entry
        return Answer(brief.id, index.cite([checked]))
    part_meant = ask_meant if part == ask else as_meant(part, index)
    listed = None if typed_words(part) in index.asked_as else kind_listed(part_meant, index)
    if listed:  # "who are the Democrats in this story", "list the senators": their entries, as typed
        return Answer(brief.id, index.cite(listed))
    # "Doe verbatim pls": what Doe said
    answer = answer_one(brief, index, quote_asked(ask, index) or quote_asked(meant, index) or ask)
    stance = (
        stance_asked(ask, index)
        or stance_asked(meant, index)
        or response_asked(ask, index)
        or response_asked(ask_meant, index)  # slips corrected ("did Doe respnd"), any lead-in kept
    )
    if stance and not (answer.covered and _stance_told(answer.cited[0][1], stance, index)):
        # "is Doe for or against it?" that no item naming Doe answers as typed: what Doe said, if anything does
        # ("did Doe comment?": a quote of theirs, not an item on how someone else will respond to Doe)
        said = answer_one(brief, index, stance.ask)
        if said.covered and (not stance.quoted or _quote_of(said.cited[0][1], stance.entry, index)):
            answer = said
        elif not stance.quoted and (stated := positions_of(stance.entry, index)):
            # "where does Doe stand" and the brief never quotes Doe: the items telling what Doe backs or opposes
            answer = Answer(brief.id, index.cite(stated))
    party = party_asked(normalise(ask)) or party_asked(meant)
    if party and typed_words(ask) not in index.asked_as:
        # "how did Democrats react?", "GOP reax?": what they said, if the brief has it (not the editor's own ask)
        said = answer_one(brief, index, f"what did {party} say")
        answer = said if said.covered else answer
    if stretch is not None and (
        stretch.start.item is None or not answer.covered or restates(number(answer.cited[0][1], index), stretch, index)
    ):
        # A stretch named by a day, or by an event whose telling is all the ordinary answer gives: what came after
        # "the Reston meeting" may be told in an item of its own ("After the Reston meeting, …").
        return stretch_answer(brief.id, index, entries_in(stretch, index))
    if not answer.covered and previous and not answers:
        answer = own_words_answer(brief, index, part, previous) or answer
    if not answer.covered and answers and answers[-1].covered and ask != part:
        # "who is Doe? timeline?": a later question that nothing covers as read with the one before it, asked alone
        # (not when that one is not covered either: "when was Doe interviewed, what dates" asks it again)
        answer = answer_one(brief, index, read_with_headline(part, index))
    if not answer.covered and previous and not answers and names_elided_topic(part, index):
        # "what about Doe" or "Doe?" after an ask that nothing on Doe answers: what the brief says about Doe
        answer = answer_one(brief, index, part)
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
        earlier = told_items(parse(ask, index), ask, index, told)
        answer = Answer(brief.id, index.cite(earlier)) if earlier else answer
    if typed_section and (typed_section == "facts" or not _of_section(answer, typed_section, index)):
        # "tl;dr" after "who is Doe" asks for the story's, and "timeline?" too when Doe has no entry in it ("quotes?"
        # after it asks for Doe's)
        return whole(brief.id, index, typed_section, section_items(typed_section, index))
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
    return answer.covered and number(answer.cited[0][1], index) in section_items(section, index)


def _first_dated(brief: Brief, index: Index, previous: str | None, answers: list[Answer]) -> int | None:
    """The first dated item the thread was just told: what "what happened after that" is after."""
    told = answers[-1].cited if answers else answer_question(brief, previous, index=index).cited if previous else ()
    return next((n for n in numbered(told, index) if n in index.dated), None)


def _stance_told(item: Item, stance: Stance, index: Index) -> bool:
    """Whether an answer's first item tells what a stance ask asks: for "did Doe comment", a quote of Doe's or an
    item telling whether Doe did ("Doe declined to comment"; not "how will the White House respond to the Doe bill");
    for "is Doe for it", any item naming Doe."""
    if stance.quoted:
        return _quote_of(item, stance.entry, index) or tells_response(primary_text(item), stance.entry, index)
    return names_person(number(item, index), stance.entry, index)


def _quote_of(item: Item, entry: int, index: Index) -> bool:
    """Whether an item is a quote of the person or organisation of entry `entry`: for an organisation, also one by
    someone whose role names it ("Chairman of the Senate Foreign Relations Committee")."""
    if not isinstance(item, Quote):
        return False
    if names_person(number(item, index), entry, index):
        return True
    body = index.items[entry][1]
    return (
        isinstance(body, Person)
        and body.kind == "organisation"
        and set(stems_of(item.role or "")) >= set(stems_of(body.name))
    )


def _of_a_writing_told(brief: Brief, index: Index, text: str, previous: str, earlier: str | None) -> bool:
    """Whether an ask's "it" is a writing the previous ask was about and the thread was told of ("who wrote it" after
    what a law would allow, answered)."""
    if not means_a_writing_asked_about(normalise(text), normalise(previous)):
        return False
    told = _told(brief, index, previous, earlier)
    return told.covered and number(told.cited[0][1], index) not in index.open_questions  # not "it is not known"
