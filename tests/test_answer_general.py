"""The answering core on briefs without editors' asks: what the items' own words, people's roles and the brief's
structure say, in general English. Every brief here is made up."""

from __future__ import annotations

import msgspec

from bot.answer import answer_question, askparts, build_index, followup, intent
from bot.answer.about import asks_about_brief
from bot.answer.concepts import correct
from bot.answer.itemnames import named_kinds
from bot.answer.remarks import remark_readings
from bot.answer.words import fix_typos, normalise
from bot.briefs.model import Brief, Fact, Person, Question, Quote, TimelineEntry
from tests.madeupbriefs import made_up_brief


def _brief(facts: list[Fact], people: list[Person], timeline: list[TimelineEntry] | None = None) -> Brief:
    """A made-up story's brief, published 2026-03-02, with these items and no asks on any of them."""
    return made_up_brief(
        "salemport-pier",
        "Salemport council backs Bayline Ferries pier",
        "Salemport Courier",
        "2026-03-02",
        "The Salemport council backs a new pier for Bayline Ferries.",
        facts=facts,
        people=people,
        timeline=timeline or [],
    )


def _cited(brief: Brief, ask: str, previous: str | None = None, earlier: str | None = None) -> list[str]:
    return [item.id for _, item in answer_question(brief, ask, previous, earlier=earlier).cited]


# A radio station whose role says where Doe announced her support: the place a "where" ask about it wants.
STATION = Person(
    id="who-wsal",
    name="WSAL",
    kind="organisation",
    role="Salemport radio station where Doe announced her support for the pier",
)


def test_where_someone_spoke_is_answered_by_the_entry_of_the_place_where_it_happened():
    doe = Person(id="who-jane-doe", name="Jane Doe", role="Mayor of Salemport", aliases=["Doe"])
    vote = Fact(id="fact-vote", text="The council voted 5-2 for the pier.", basis="Minutes")
    brief = _brief([vote], [doe, STATION])
    assert _cited(brief, "where did jane doe announce her support")[:1] == ["who-wsal"]
    # An entry whose role says nothing happened there is no place.
    plain = Person(id="who-wsal", name="WSAL", kind="organisation", role="Salemport radio station; aired the vote")
    assert _cited(_brief([vote], [doe, plain]), "where did jane doe announce her support") == []


def test_newsroom_short_forms_of_parties_and_offices_read_as_the_words():
    blocked = Fact(id="fact-blocked", text="Republicans on the council blocked the pier vote.", basis="Minutes")
    court = Fact(id="fact-court", text="The Supreme Court will hear the pier case.", basis="Court filing")
    signed = Fact(id="fact-signed", text="The president signed the harbour bill.", basis="White House")
    brief = _brief([blocked, court, signed], [])
    assert _cited(brief, "did the gop block the pier vote")[:1] == ["fact-blocked"]
    assert _cited(brief, "is scotus hearing the pier case")[:1] == ["fact-court"]
    assert _cited(brief, "did potus sign the harbour bill")[:1] == ["fact-signed"]


def test_a_name_after_a_verb_of_saying_is_not_the_name_of_the_word_before_it():
    text = "A council member said Bayline Ferries had agreed to the vote."
    kinds, _lists = named_kinds(Fact(id="fact-x", text=text, basis="Minutes"), text)
    assert frozenset({"bayline", "ferries"}) not in kinds.get("member", [])
    aside = "The council member, Jane Doe, said the ferries had agreed."
    kinds, _lists = named_kinds(Fact(id="fact-y", text=aside, basis="Minutes"), aside)
    assert frozenset({"jane", "doe"}) in kinds["member"]


def test_an_attribute_of_someone_is_answered_by_an_item_saying_who_they_are_not_one_only_naming_them():
    bayline = Person(id="who-bayline", name="Bayline Ferries", kind="organisation", role="Ferry company")
    shown = Fact(id="fact-shown", text="Bayline Ferries showed its pier plan in Salemport in May.", basis="Minutes")
    assert _cited(_brief([shown], [bayline]), "where is bayline ferries based") == []
    text = "Bayline Ferries, a ferry firm based in Salemport, showed its pier plan in May."
    described = Fact(id="fact-described", text=text, basis="Minutes")
    assert _cited(_brief([shown, described], [bayline]), "where is bayline ferries based")[:1] == ["fact-described"]


def _pier_story() -> Brief:
    facts = [
        Fact(id="fact-argued", text="Jane Doe argued the pier would bring jobs to Salemport.", basis="Council minutes"),
        Fact(id="fact-vote", text="The council voted 5-2 for the pier on Monday.", basis="Minutes"),
        Fact(id="fact-fares", text="Bayline Ferries raised fares by 10 percent in March.", basis="Bayline statement"),
        Fact(id="fact-deckhands", text="Bayline Ferries employs 40 deckhands in Salemport.", basis="Bayline statement"),
        Fact(id="fact-doe-elected", text="Jane Doe was elected mayor in 2024.", basis="Courier"),
        Fact(id="fact-doe-ferry", text="Doe rides the Bayline ferry to work.", basis="Courier"),
        Fact(id="fact-doe-budget", text="Doe cut the harbour budget last year.", basis="Courier"),
        Fact(id="fact-doe-council", text="Doe chairs the council's harbour meetings.", basis="Minutes"),
        Fact(id="fact-doe-office", text="Doe has an office on Quay Street.", basis="Courier"),
        Fact(id="fact-doe-boat", text="Doe sails a small boat on weekends.", basis="Courier"),
    ]
    doe = Person(id="who-jane-doe", name="Jane Doe", role="Mayor of Salemport", aliases=["Doe"])
    return _brief(facts, [doe])


def test_a_common_describing_word_no_item_uses_weighs_less_than_what_it_describes():
    brief = _pier_story()
    assert _cited(brief, "what's doe's main argument")[:1] == ["fact-argued"]
    # A rarer one says which argument is asked about, which the brief does not give.
    assert _cited(brief, "what's doe's electoral argument") == []


def test_facebook_and_new_york_city_read_from_their_newsroom_short_forms():
    posted = Fact(id="fact-posted", text="Jane Doe wrote on Facebook that the pier was a done deal.", basis="Post")
    ferry = Fact(id="fact-ferry", text="Bayline Ferries will run a new line to New York City in May.", basis="Bayline")
    more = ["Jane Doe backs the pier.", "Doe spoke at the hearing.", "Bayline Ferries runs ferries."]
    brief = _brief([posted, ferry, *(Fact(id=f"fact-{k}", text=t, basis="Minutes") for k, t in enumerate(more))], [])
    assert _cited(brief, "what did doe say on fb")[:1] == ["fact-posted"]
    assert _cited(brief, "when does the nyc line start")[:1] == ["fact-ferry"]


def test_whether_someone_is_married_asks_for_their_spouse():
    brief = _hale_brief()  # Bo Kim: "Wife of Sam Roe"
    assert _cited(brief, "is roe married")[:1] == ["who-bo-kim"]
    assert _cited(brief, "is hale married") == []


def test_an_entry_for_someones_relative_does_not_say_who_they_are():
    husband = Person(
        id="who-doe-husband", name="Jane Doe's husband (not named in the story)", role="Spoke at the pier hearing"
    )
    vote = Fact(id="fact-vote", text="The council voted 5-2 for the pier.", basis="Minutes")
    assert _cited(_brief([vote], [husband]), "who is jane doe") == []
    doe = Person(id="who-jane-doe", name="Jane Doe", role="Mayor of Salemport")
    assert _cited(_brief([vote], [husband, doe]), "who is jane doe")[:1] == ["who-jane-doe"]


def test_greeting_someone_reads_as_meeting_them():
    greeted = Fact(id="fact-greeted", text="At the pier, Lee Roe greeted Jane Doe and shook her hand.", basis="Courier")
    vote = Fact(id="fact-vote", text="The council voted 5-2 for the pier.", basis="Minutes")
    brief = _brief([greeted, vote], [])
    assert _cited(brief, "who met jane doe at the pier")[:1] == ["fact-greeted"]


def test_how_long_something_is_supposed_to_last_is_answered_by_until_the_end_of():
    strike = Fact(
        id="fact-strike",
        text="Union leaders warned the ferry strike might go on until the end of the month.",
        basis="Union statement",
    )
    vote = Fact(id="fact-vote", text="The council voted 5-2 for the pier.", basis="Minutes")
    fares = Fact(id="fact-fares", text="Bayline Ferries raised fares by 10 percent in March.", basis="Bayline")
    brief = _brief([strike, vote, fares], [])
    assert _cited(brief, "how long is the ferry strike supposed to last")[:1] == ["fact-strike"]


def test_how_long_wants_a_length_not_any_figure():
    talks = Fact(
        id="fact-talks", text="Bayline and the union held talks in the 20-member harbour board.", basis="Courier"
    )
    march = Fact(id="fact-march", text="Strikers made a two-mile march to the pier on Friday.", basis="Courier")
    pause = Fact(id="fact-pause", text="Bayline announced a one-year pause in new routes.", basis="Bayline")
    boss = Person(id="who-lee-roe", name="Lee Roe", role="Bayline's 58-year-old chief executive", aliases=["Roe"])
    brief = _brief([talks, march, pause], [boss])
    # "20" and an age are figures, not how long anything lasted: nothing in the brief says how long the talks went.
    assert _cited(brief, "how long did the talks go") == []
    assert _cited(brief, "how long was the march")[:1] == ["fact-march"]
    assert _cited(brief, "how long is bayline's pause")[:1] == ["fact-pause"]


def test_a_line_pasted_between_quotation_marks_or_after_who_said_is_answered_by_the_item_that_holds_it():
    roe = Person(id="who-lee-roe", name="Lee Roe", role="Harbour master", aliases=["Roe"])
    ferro = Person(id="who-ada-ferro", name="Ada Ferro", role="Council member", aliases=["Ferro"])
    shrug = Quote(
        id="quote-roe-shrug",
        text="At this point, I don't think it matters what they do.",
        speaker="Lee Roe",
        role="Harbour master",
    )
    town = Quote(
        id="quote-ferro-town",
        text="What they do at the pier matters to this whole town.",
        speaker="Ada Ferro",
        role="Council member",
    )
    vote = Fact(id="fact-vote", text="The council voted 5-2 for the pier.", basis="Minutes")
    brief = msgspec.structs.replace(_brief([vote], [roe, ferro]), quotes=[shrug, town])
    for ask in (
        "who said 'at this point I don\u2019t think it matters'",
        "whose line is \u201cI don't think it matters what they do\u201d?",
        "who said at this point, I don't think it matters",
        'what did he mean by "it matters what they do"',
    ):
        assert _cited(brief, ask)[:1] == ["quote-roe-shrug"], ask
    assert _cited(brief, "who said 'matters to this whole town'")[:1] == ["quote-ferro-town"]


def test_a_day_typed_as_digits_or_with_an_ordinal_is_the_day_not_figures_the_ask_gives():
    held = TimelineEntry(id="time-first-vote", date="2026-02-10", event="The council votes 5-2 for the pier.")
    strike = TimelineEntry(id="time-strike", date="2026-02-23", event="Ferry crews walk out.")
    fares = Fact(id="fact-fares", text="Bayline Ferries raised fares by 10 percent in March.", basis="Bayline")
    brief = _brief([fares], [], [held, strike])
    for day in ("2/23", "2/23/26", "2026-02-23", "feb 23rd", "the 23rd of February"):
        assert _cited(brief, f"what happened on {day}")[:1] == ["time-strike"], day
    assert _cited(brief, "how did the council vote on 2/10")[:1] == ["time-first-vote"]
    # A fraction is no date: "2/3 of the council" is not February 3.
    assert normalise("did 2/3 of the council back it") == "did 2 3 of the council back it"


def test_a_sum_in_a_newsrooms_shorthand_is_the_sum_the_brief_gives():
    bill = Fact(id="fact-bill", text="The House bill holds $622 million for the pier.", basis="House")
    loan = Fact(id="fact-loan", text="Bayline took a $1.1 billion loan from the state.", basis="Bayline")
    brief = _brief([bill, loan], [])
    for ask in ("what's the $622m for", "what is the $622M for", "what is the 622 million dollars for"):
        assert _cited(brief, ask)[:1] == ["fact-bill"], ask
    assert _cited(brief, "did bayline take a $1.1bn loan")[:1] == ["fact-loan"]
    # Without the dollar sign, as a count: "the 622m", "the 622 mil", "a 1.1b loan"; not "a 9mm".
    for ask in ("what's the 622m for", "what is the 622 mil for"):
        assert _cited(brief, ask)[:1] == ["fact-bill"], ask
    assert _cited(brief, "did bayline take a 1.1b loan")[:1] == ["fact-loan"]
    assert normalise("was it a 9mm") == "was it a 9mm"
    raise_ = Fact(id="fact-raise", text="Bayline raised fares by 18 percent in March.", basis="Bayline")
    assert _cited(_brief([bill, raise_], []), "what is the 18 per cent about")[:1] == ["fact-raise"]


def test_when_is_the_event_asks_for_the_one_still_to_come():
    held = TimelineEntry(id="time-first-vote", date="2026-02-10", event="The council votes on the pier.")
    coming = TimelineEntry(id="time-next-vote", date="2026-03-20", event="The council votes on the pier.")
    fares = Fact(id="fact-fares", text="Bayline Ferries raised fares by 10 percent in March.", basis="Bayline")
    brief = _brief([fares], [], [held, coming])
    assert _cited(brief, "when's the vote")[:1] == ["time-next-vote"]
    assert _cited(brief, "when was the vote")[:1] == ["time-first-vote"]
    # "Again" after a question in the past asks to be reminded; in the present, for the next time.
    assert _cited(brief, "when was the vote again")[:1] == ["time-first-vote"]
    assert _cited(brief, "when are they voting again")[:1] == ["time-next-vote"]


def test_when_is_answered_by_a_fact_giving_the_day_in_its_text_though_it_has_no_date_of_its_own():
    brief = _hale_brief()  # "Hale toured the pier with Roe on Monday.", "…takes effect on July 1.": no `date`
    assert _cited(brief, "when did hale tour the pier")[:1] == ["fact-visit"]
    assert _cited(brief, "when?", "who toured the pier")[:1] == ["fact-visit"]
    assert _cited(brief, "what day did hale tour the pier")[:1] == ["fact-visit"]
    assert _cited(brief, "when?", "what did roe order")[:1] == ["fact-roe-order"]
    # A fact giving no day does not say when.
    assert _cited(brief, "when did hale sign the order") == []
    # A day with no year is in the year the story ran (March 2026): July 1 was still to come, Feb. 12 was not; and
    # so is a month ("Roe's timeline has pier repairs ending in May").
    assert _cited(brief, "when does roe's order take effect")[:1] == ["fact-roe-order"]
    assert _cited(brief, "when will the pier repairs be done")[:1] == ["fact-roe-timeline"]
    hearing = Fact(id="fact-hearing", text="Roe held a hearing on ferry fares on Feb. 12.", basis="council minutes")
    brief = msgspec.structs.replace(brief, facts=[*brief.facts, hearing])
    assert _cited(brief, "when did roe hold the hearing on fares")[:1] == ["fact-hearing"]
    assert "fact-hearing" not in _cited(brief, "when will roe hold the hearing on fares")


def test_wh_is_the_white_house_when_the_brief_names_it_unless_it_opens_a_question():
    council = Fact(id="fact-council", text="Council members reacted with anger to the pier vote.", basis="Minutes")
    capital = Fact(id="fact-capital", text="The White House said the pier plan was reckless.", basis="Statement")
    brief = _brief([council, capital], [])
    assert _cited(brief, "wh reaction?")[:1] == ["fact-capital"]
    assert _cited(brief, "any wh comment")[:1] == ["fact-capital"]
    # Before an auxiliary or a verb it stays the question word it was typed for.
    assert fix_typos("wh said it".split(), {"wh"}) == ["who", "said", "it"]
    assert fix_typos("wh reacted first".split(), {"wh"}) == ["who", "reacted", "first"]
    assert fix_typos("wh reaction".split(), {"wh"}) == ["wh", "reaction"]
    # A brief that never names the White House reads "wh" as a question word, as before.
    assert _cited(_brief([council], []), "any wh comment")[:1] == ["fact-council"]


def test_when_do_they_asks_for_what_is_set_to_happen():
    held = TimelineEntry(id="time-first-talks", date="2026-02-20", event="Pier talks in Salemport.")
    coming = TimelineEntry(id="time-next-talks", date="2026-03-05", event="Pier talks in Salemport.")
    fares = Fact(id="fact-fares", text="Bayline Ferries raised fares by 10 percent in March.", basis="Bayline")
    brief = _brief([fares], [], [held, coming])
    assert _cited(brief, "when do the pier talks happen")[:1] == ["time-next-talks"]
    assert _cited(brief, "when did the pier talks happen")[:1] == ["time-first-talks"]


def test_of_timeline_entries_tied_the_story_s_own_comes_first():
    earlier = TimelineEntry(id="time-jan-hearing", date="2026-01-12", event="First hearing on the pier, in Portlow.")
    own = TimelineEntry(id="time-march-hearing", date="2026-03-02", event="Second hearing on the pier, in Salemport.")
    later = TimelineEntry(id="time-april-hearing", date="2026-04-20", event="Third hearing on the pier, in Eastmoor.")
    fares = Fact(id="fact-fares", text="Bayline Ferries raised fares by 10 percent in March.", basis="Bayline")
    brief = _brief([fares], [], [earlier, own, later])
    assert _cited(brief, "which hearing is this")[:1] == ["time-march-hearing"]
    assert _cited(brief, "where?", "when's the hearing")[:1] == ["time-march-hearing"]
    # Not when only one entry covers the ask: "the earlier one" names its own.
    assert _cited(brief, "where was the first hearing")[:1] == ["time-jan-hearing"]


def _pier_brief() -> Brief:
    vote = Fact(id="fact-vote", text="The council voted 5-2 to back the pier on Monday.", basis="council minutes")
    talks = TimelineEntry(id="time-talks", date="2026-02-20", event="Pier talks in Salemport broke down.")
    return _brief([vote], [STATION], [talks])


def test_a_slip_in_a_question_word_is_read_as_the_word_meant():
    brief = _pier_brief()
    for typed in ("whre", "wheer", "whree"):
        assert _cited(brief, f"{typed} did doe announce her support") == ["who-wsal"], typed
    for ask in ("who wrtoe this", "who wrte this", "who wote this", "whats the headine"):
        assert _cited(brief, ask) == ["source"], ask  # "wote": "wrote" with a letter left out, not the brief's "vote"
    assert _cited(brief, "what hapepned to the pier talks") == ["time-talks"]


def test_a_rare_word_or_newsroom_shorthand_is_not_taken_for_a_slip():
    index = build_index(_pier_brief())
    typed = "tallies tampered repping presser recused lede spox embargoed".split()
    assert correct(typed, index)[0] == typed


def test_a_common_word_the_brief_never_uses_is_not_taken_for_a_slip_of_one_it_does():
    setting = Fact(id="fact-setting", text="The council is setting pier fees in May.", basis="council minutes")
    index = build_index(_brief([setting], []))
    assert correct("is the pier getting fees".split(), index)[0] == ["is", "the", "pier", "getting", "fees"]
    assert correct("is the pier settng fees".split(), index)[0] == ["is", "the", "pier", "setting", "fees"]


def test_a_slip_in_another_form_of_a_word_the_brief_uses_is_read_as_that_word():
    control = Fact(id="fact-control", text="Bayline Ferries will control the pier from May.", basis="council minutes")
    index = build_index(_brief([control], []))
    assert correct("who comtrols the pier".split(), index)[0] == ["who", "control", "the", "pier"]
    assert correct("who controls the pier".split(), index)[0] == ["who", "controls", "the", "pier"]


def _hale_brief() -> Brief:
    """A mayor and a council member, an order each, the council member's wife, and a plan of his called a timeline."""
    hale = Person(id="who-jane-hale", name="Jane Hale", role="Mayor of Salemport", aliases=["Hale"])
    roe = Person(id="who-sam-roe", name="Sam Roe", role="Council member", aliases=["Roe"])
    kim = Person(id="who-bo-kim", name="Bo Kim", role="Wife of Sam Roe")
    roes = Fact(id="fact-roe-order", text="Roe's order on ferry fares takes effect on July 1.", basis="council minutes")
    hales = Fact(id="fact-hale-order", text="Hale signed an order on pier repairs.", basis="Mayor's office")
    visit = Fact(id="fact-visit", text="Hale toured the pier with Roe on Monday.", basis="Mayor's office")
    plan = Fact(id="fact-roe-timeline", text="Roe's timeline has pier repairs ending in May.", basis="council minutes")
    spoke = Quote(id="quote-hale-pier", text="The pier is ready.", speaker="Jane Hale", role="Mayor of Salemport")
    vote = TimelineEntry(id="time-vote", date="2026-02-20", event="The council voted on the pier.")
    brief = _brief([roes, hales, visit, plan], [hale, roe, kim], [vote])
    return msgspec.structs.replace(brief, quotes=[spoke])


def test_an_ask_typed_without_apostrophes_reads_as_with_them():
    brief = _hale_brief()
    pairs = [
        ("whats roes timeline", "what's Roe's timeline"),  # Roe's, not the brief's timeline
        ("roes wifes name?", "roe's wife's name?"),
        ("whatd hale say", "what'd hale say"),
        ("who is jane hale and whatd she say", "who is jane hale and what'd she say"),
        ("will hale sign if shes asked", "will hale sign if she's asked"),
    ]
    for typed, meant in pairs:
        assert _cited(brief, typed) == _cited(brief, meant), typed
    assert "time-vote" not in _cited(brief, "whats roes timeline")
    assert _cited(brief, "roes wifes name?") == ["who-bo-kim"]
    assert _cited(brief, "who is jane hale and whatd she say") == ["who-jane-hale", "quote-hale-pier"]


def test_signs_a_phone_types_for_words_read_as_the_words():
    brief = _hale_brief()
    assert _cited(brief, "who toured the pier w/ her") == _cited(brief, "who toured the pier with her")
    assert _cited(brief, "who toured the pier w/ her")[:1] == ["fact-visit"]
    assert _cited(brief, "& roe?", "what did hale sign") == _cited(brief, "and roe?", "what did hale sign")
    assert _cited(brief, "who is sam roe & what did hale sign") == ["who-sam-roe", "fact-hale-order"]


def test_words_that_open_a_message_or_frame_a_request_are_not_the_question():
    brief = _hale_brief()
    for ask in ("who toured the pier", "what did hale sign", "what is roe's order about"):
        plain = _cited(brief, ask)
        assert plain, ask
        for framed in (
            f"sorry, can you tell me {ask}",
            f"btw any idea {ask}",
            f"hey bot, do we know {ask}",
            f"one more: does the brief say {ask}",
            f"also, {ask}",
            f"{ask}? thanks!",
            f"{ask} pls",
            ask.upper(),
            ask.title(),
        ):
            assert _cited(brief, framed) == plain, framed
    assert _cited(brief, "also roe?", "what did hale sign") == _cited(brief, "and roe?", "what did hale sign")
    both = "who is jane hale and what did she say"
    for typed in (both.upper(), both.title(), f"{both}? thanks!", f"{both}? thx"):
        assert _cited(brief, typed) == ["who-jane-hale", "quote-hale-pier"], typed


def test_questions_on_separate_lines_or_sentences_are_answered_part_by_part():
    brief = _hale_brief()
    for typed in (
        "who is jane hale\nwhat did she sign",
        "Who is Jane Hale?\n\nWhat did she sign?",
        "Who is Jane Hale? What did she sign",
        "who is jane hale. what did she sign",
    ):
        assert _cited(brief, typed) == ["who-jane-hale", "fact-hale-order"], typed


def test_two_questions_in_one_message_are_answered_part_by_part_however_they_are_joined():
    brief = _hale_brief()
    assert _cited(brief, "what did hale sign") == ["fact-hale-order"]
    assert _cited(brief, "any visit to the pier") == ["fact-visit"]
    for typed in (
        "1) who is jane hale? 2) what did she sign?",
        "(1) who is jane hale? (2) what did she sign?",
        "Q1: who is jane hale?\nQ2: what did she sign?",
        "Two questions:\n1. who is jane hale\n2. what did she sign",
        "\u2022 who is jane hale\n\u2022 what did she sign",
        "who is jane hale? Also, what did she sign?",
        "who is jane hale? (also what did she sign?)",
        "who is jane hale -- and also what did she sign",
        "who is jane hale + what did she sign",
        "who is jane hale / what did she sign",
        "who is jane hale\u2026 and what did she sign",
        "who is jane hale? 2nd q: what did she sign?",
    ):
        assert _cited(brief, typed) == ["who-jane-hale", "fact-hale-order"], typed
    # After a question mark the next question need not open on a question word; thanks after it ask nothing.
    assert _cited(brief, "what did hale sign? any visit to the pier? thx") == ["fact-hale-order", "fact-visit"]
    # One question with a dash in it stays one ("Hale - what did she sign"), and so does a question mark in a line
    # pasted between quotation marks.
    assert _cited(brief, "hale - what did she sign") == ["fact-hale-order"]
    kidding = Quote(
        id="quote-roe-kidding", text="Are you kidding? The pier is ready for ferries.", speaker="Sam Roe", role=""
    )
    brief = msgspec.structs.replace(brief, quotes=[*brief.quotes, kidding])
    assert _cited(brief, "who said 'are you kidding? the pier is ready'") == ["quote-roe-kidding"]
    assert _cited(brief, "who said 'are you kidding?' and who is hale?") == ["quote-roe-kidding", "who-jane-hale"]


def test_a_question_after_a_word_turning_to_another_topic_leans_on_nothing_before_it():
    hale = Person(id="who-tom-hale", name="Tom Hale", role="Mayor of Salemport", aliases=["Hale"])
    roe = Person(id="who-sam-roe", name="Sam Roe", role="Council member", aliases=["Roe"])
    roes = Fact(id="fact-roe-order", text="Roe signed an order on ferry fares.", basis="council minutes")
    hales = Fact(id="fact-hale-order", text="Hale signed an order on pier repairs.", basis="Mayor's office")
    brief = made_up_brief(
        "salemport-order",
        "Mayor Tom Hale signs pier repair order",
        "Salemport Courier",
        "2026-03-02",
        "Salemport's mayor orders repairs to the pier.",
        facts=[roes, hales],
        people=[hale, roe],
        timeline=[],
    )
    # "he" leans on the question before it, or the thread's previous ask...
    assert _cited(brief, "who is sam roe? what did he sign?") == ["who-sam-roe", "fact-roe-order"]
    assert _cited(brief, "what did he sign", "who is sam roe") == ["fact-roe-order"]
    # ...but after "Separately" or "unrelated, but" it is the man of the title, as in a thread's first ask.
    assert _cited(brief, "what did he sign") == ["fact-hale-order"]
    assert _cited(brief, "who is sam roe. On another note: what did he sign") == ["who-sam-roe", "fact-hale-order"]
    for typed in ("Separately, what did he sign?", "unrelated, but what did he sign?", "Different q: what did he sign"):
        assert _cited(brief, typed, "who is sam roe") == ["fact-hale-order"], typed
    # The turning word is no word of the question: "unrelated to the vote" is no turn.
    assert askparts.aside_removed("unrelated to the vote, who is roe") == ("unrelated to the vote, who is roe", False)
    assert askparts.split_parts("who is hale? Separately, when") == ["who is hale", "Separately, when"]


def test_a_question_about_the_story_as_published_beside_one_about_the_story_gets_each_its_answer():
    brief = _hale_brief()
    assert _cited(brief, "what did hale sign? who wrote this?") == ["fact-hale-order", "source"]
    assert _cited(brief, "which paper ran this and when") == ["source"]
    assert _cited(brief, "what did hale sign? headline?") == ["fact-hale-order", "source"]
    assert _cited(brief, "what did hale sign? timeline?") == ["fact-hale-order", "time-vote"]
    # A later part asks again what the one before it asked, when nothing covers that one: not a section of its own.
    assert _cited(brief, "what dates") == ["time-vote"]
    assert _cited(brief, "when was roe interviewed? what dates?") == []


def test_an_ask_after_a_line_it_quotes_from_the_thread_leans_on_that_line():
    brief = _hale_brief()
    spoke = Quote(
        id="quote-hale-ferries", text="The pier is ready for the summer ferries.", speaker="Jane Hale", role=""
    )
    brief = msgspec.structs.replace(brief, quotes=[*brief.quotes, spoke])
    # As Slack marks a quoted line: the ask is the line after it, and "she" is whom the line names or who said it.
    assert _cited(brief, "> Hale toured the pier with Roe on Monday.\nwhat did she sign?") == ["fact-hale-order"]
    assert _cited(brief, "> The pier is ready for the summer ferries\nwho is she?")[:1] == ["who-jane-hale"]
    assert _cited(brief, "> Hale toured the pier with Roe on Monday.") == ["fact-visit"]  # a quote alone is the ask


def test_asked_where_an_answer_comes_from_the_bot_cites_what_it_just_told_whose_basis_says():
    brief = _hale_brief()
    told = _cited(brief, "what did hale sign")
    assert told == ["fact-hale-order"]
    for ask in ("source?", "who says?", "where's that from", "according to whom?", "is that on the record?",
                "is that from a document or an interview?", "how do we know that"):  # fmt: skip
        assert _cited(brief, ask, "what did hale sign") == told, ask
    # Not when the ask asks something of its own: a person's pronoun, or a question word with a kind of source.
    assert _cited(brief, "who is she", "what did hale sign") == ["who-jane-hale"]
    assert _cited(brief, "when was the vote", "what did hale sign") == ["time-vote"]
    # Nothing told yet: where the story itself comes from.
    for ask in ("source?", "where's this from?", "attribution?"):
        assert _cited(brief, ask) == ["source"], ask
    assert _cited(brief, "how long before we know more") != ["source"]  # when, not whence


def test_a_surname_alone_stands_for_the_one_person_who_bears_it():
    # No alias on the entry, and a fact naming her first in the brief: "Doe" alone is still her, as news names her.
    doe = Person(id="who-jane-doe", name="Jane Doe", role="Mayor of Salemport")
    vote = Fact(id="fact-vote", text="Mayor Jane Doe cast the deciding vote for the pier.", basis="Minutes")
    brief = _brief([vote], [doe])
    for ask in ("Doe?", "doe", "what does Doe do", "remind me who Doe is", "tell me who doe is"):
        assert _cited(brief, ask)[:1] == ["who-jane-doe"], ask
    assert _cited(brief, "what did doe vote for")[:1] == ["fact-vote"]


def test_a_shared_surname_or_one_the_brief_uses_as_a_word_stands_for_no_one():
    vote = Fact(id="fact-vote", text="Jane Doe and Tom Doe voted for the pier.", basis="Minutes")
    jane = Person(id="who-jane-doe", name="Jane Doe", role="Mayor of Salemport")
    tom = Person(id="who-tom-doe", name="Tom Doe", role="Councillor")
    assert ("doe",) not in build_index(_brief([vote], [jane, tom])).aliases
    cost = Fact(id="fact-cost", text="The pier's price rose to $4 million.", basis="Budget")
    price = Person(id="who-ann-price", name="Ann Price", role="Harbour master")
    assert ("price",) not in build_index(_brief([cost], [price])).aliases


def test_accents_are_read_as_a_phone_types_them():
    garcia = Person(id="who-ana-garcia", name="Ana García", role="Bayline Ferries chief executive")
    sale = Fact(id="fact-sale", text="Bayline Ferries sold two boats to pay for the pier.", basis="Filing")
    brief = _brief([sale], [garcia])
    assert normalise("Ana García") == "ana garcia"
    assert _cited(brief, "who is ana garcia")[:1] == ["who-ana-garcia"]
    assert _cited(brief, "garcia?")[:1] == ["who-ana-garcia"]


def test_anything_from_someone_asks_for_their_words():
    doe = Person(id="who-jane-doe", name="Jane Doe", role="Mayor of Salemport")
    vote = Fact(id="fact-vote", text="Mayor Jane Doe cast the deciding vote for the pier.", basis="Minutes")
    said = Quote(id="quote-doe-pier", text="This pier is the town's future.", speaker="Jane Doe", role="Mayor")
    brief = msgspec.structs.replace(_brief([vote], [doe]), quotes=[said])
    assert _cited(brief, "anything from doe")[:1] == ["quote-doe-pier"]
    assert _cited(brief, "anything from Jane Doe on the pier")[:1] == ["quote-doe-pier"]


def test_a_name_with_small_words_inside_is_its_entry_as_typed():
    # "for" inside the name: typed whole, the name still reads as the entry's, ahead of a fact that names it first.
    centre = Person(
        id="who-harbour-centre",
        name="Center for Harbour Studies",
        kind="organisation",
        role="Research group that studied the pier's cost",
    )
    study = Fact(
        id="fact-study", text="The Center for Harbour Studies put the pier's cost at $4 million.", basis="Study"
    )
    brief = _brief([study], [centre])
    for ask in ("Center for Harbour Studies?", "what does the center for harbour studies do"):
        assert _cited(brief, ask)[:1] == ["who-harbour-centre"], ask


def test_a_question_inside_a_request_keeps_a_statements_order():
    doe = Person(id="who-jane-doe", name="Jane Doe", role="Harbour master", aliases=["Doe"])
    opened = TimelineEntry(id="time-opened", date="2026-02-27", event="The pier opened to ferries.")
    vote = Fact(id="fact-vote", text="Jane Doe opposed the pier in the vote.", basis="Minutes")
    brief = _brief([vote], [doe], [opened])
    assert _cited(brief, "can you remind me who doe is")[:1] == ["who-jane-doe"]
    assert _cited(brief, "do we know when the pier opened")[:1] == ["time-opened"]
    assert intent.without_frame("any idea who the harbour master was?") == "who was the harbour master"
    assert intent.without_frame("what did Doe say the cost was") == "what did Doe say the cost was"


def test_a_role_opening_on_an_age_gives_the_persons_age():
    doe = Person(id="who-jane-doe", name="Jane Doe", role="25, ferry deckhand who spoke at the council meeting")
    roe = Person(id="who-tom-roe", name="Tom Roe", role="Harbour master since 2020")
    vote = Fact(id="fact-vote", text="Jane Doe and Tom Roe spoke before the pier vote.", basis="Minutes")
    brief = _brief([vote], [doe, roe])
    assert _cited(brief, "how old is jane doe")[:1] == ["who-jane-doe"]
    assert _cited(brief, "how old is tom roe") == []  # a year in the role is no age


def test_which_party_someone_is_in_is_what_their_entry_says():
    doe = Person(id="who-jane-doe", name="Jane Doe", role="Democratic councillor for the harbour ward")
    ruling = Fact(id="fact-parties", text="The Republican Party and the Green Party opposed the pier.", basis="Minutes")
    vote = Fact(id="fact-vote", text="Jane Doe voted for the pier.", basis="Minutes")
    brief = _brief([ruling, vote], [doe])
    for ask in ("which party is doe in", "which party does Jane Doe belong to", "what party is doe"):
        assert _cited(brief, ask)[:1] == ["who-jane-doe"], ask


def test_is_someone_of_a_kind_is_what_their_entry_says():
    doe = Person(id="who-jane-doe", name="Jane Doe", role="Democratic councillor for the harbour ward", aliases=["Doe"])
    vote = Fact(id="fact-vote", text="Doe, a Democrat, voted with the Republicans for the pier.", basis="Minutes")
    brief = _brief([vote], [doe])
    assert _cited(brief, "is doe a democrat or a republican")[:1] == ["who-jane-doe"]
    assert _cited(brief, "is doe a democrat")[:1] == ["who-jane-doe"]


def test_a_party_written_with_the_state_reads_as_the_party():
    doe = Person(id="who-jane-doe", name="Jane Doe", role="Senator (R-Maine), cosponsor of the harbour bill")
    vote = Fact(id="fact-vote", text="Jane Doe voted against the harbour bill's repeal.", basis="Senate record")
    brief = _brief([vote], [doe])
    assert normalise("Sen. Jane Doe (D-N.J.)") == "sen jane doe democrat n j"
    assert _cited(brief, "is jane doe a democrat or a republican")[:1] == ["who-jane-doe"]
    assert _cited(brief, "is jane doe a republican")[:1] == ["who-jane-doe"]


def test_a_bare_name_after_a_question_about_someone_asks_it_of_them():
    doe = Person(id="who-jane-doe", name="Jane Doe", role="Mayor", aliases=["Doe"])
    roe = Person(id="who-tom-roe", name="Tom Roe", role="Councillor", aliases=["Roe"])
    said = [
        Quote(id="quote-doe", text="We need the pier.", speaker="Jane Doe", role="Mayor"),
        Quote(id="quote-roe", text="The pier costs too much.", speaker="Tom Roe", role="Councillor"),
    ]
    brief = msgspec.structs.replace(_brief([], [doe, roe]), quotes=said)
    assert _cited(brief, "Roe?", "what did Doe say")[:1] == ["quote-roe"]
    assert _cited(brief, "Roe?", "who is Doe")[:1] == ["who-tom-roe"]
    assert _cited(brief, "Roe?")[:1] == ["who-tom-roe"]


def test_initials_typed_with_their_stops_are_not_phone_shorthand():
    court = Person(id="who-court", name="U.S. Court of Appeals", kind="organisation", role="Federal appeals court")
    ruling = Fact(id="fact-ruling", text="The appeals court ruled for the pier.", basis="Ruling")
    brief = _brief([ruling], [court])
    assert fix_typos("u s court".split()) == ["u", "s", "court"]
    assert fix_typos("are u sure".split()) == ["are", "you", "sure"]
    assert _cited(brief, "what is the U.S. Court of Appeals")[:1] == ["who-court"]


def test_an_ordinal_in_figures_that_names_no_day_is_the_word():
    scanner = Fact(id="fact-scanner", text="His name was first heard on the police scanner at 11:40.", basis="x")
    debate = Fact(id="fact-debate", text="The second debate is set for Oct. 9 in St. Louis.", basis="x")
    brief = _brief([scanner, debate], [])
    assert _cited(brief, "when was his name 1st on the scanner")[:1] == ["fact-scanner"]
    assert _cited(brief, "where is the 2nd debate")[:1] == ["fact-debate"]
    assert normalise("what happened on the 3rd") == "what happened on the 3rd"  # a day, read against the brief


def test_a_phones_shorthand_for_a_stretch_of_time_and_running_out_read_as_the_words():
    lease = TimelineEntry(id="time-lease-ends", date="2026-06-30", event="Bayline's lease on the old pier expires.")
    vote = Fact(id="fact-week-vote", text="This week the council voted to extend the ferry schedule.", basis="x")
    brief = _brief([vote], [], [lease])
    assert _cited(brief, "when does the lease run out")[:1] == ["time-lease-ends"]
    assert _cited(brief, "what did the council do this wk")[:1] == ["fact-week-vote"]


def test_ap_style_state_names_and_a_reporters_shorthand_for_counts_read_as_the_words():
    cases = Fact(id="fact-cases", text="Florida has reported more than 600 Zika cases this year.", basis="x")
    pages = Fact(id="fact-pages", text="The committee has released 70,000 pages of documents.", basis="x")
    brief = _brief([cases, pages], [])
    assert _cited(brief, "fla zika case count?")[:1] == ["fact-cases"]
    assert _cited(brief, "how many pgs of docs")[:1] == ["fact-pages"]
    # Only for a state the brief names: "calif" in a brief that never names California is nobody's.
    assert _cited(brief, "calif zika case count?") == []


def test_what_time_asks_for_a_time_of_day_and_is_declined_without_one():
    curfew = Fact(id="fact-curfew", text="The city set a midnight curfew after the protests.", basis="x")
    hearing = TimelineEntry(id="time-hearing", date="2026-02-20", event="The harbour board holds a hearing.")
    vote = Fact(id="fact-vote-time", text="The council voted at 8:30 p.m. after a long debate.", basis="x")
    brief = _brief([curfew, vote], [], [hearing])
    assert _cited(brief, "what time was the curfew")[:1] == ["fact-curfew"]
    assert _cited(brief, "the council vote was what time?")[:1] == ["fact-vote-time"]
    assert _cited(brief, "what time was the hearing") == []  # its day is known, not its hour


def test_a_word_of_place_before_the_place_only_says_where():
    protest = Fact(id="fact-protest", text="About 50 protesters gathered at the pier on Monday.", basis="Courier")
    stand = Quote(id="quote-vendor", speaker="Ann Vale", text="I stand outside the gate every morning.", role="Vendor")
    brief = msgspec.structs.replace(_brief([protest], []), quotes=[stand])
    assert _cited(brief, "how many protesters outside the pier")[:1] == ["fact-protest"]
    assert _cited(brief, "how many protesters around the pier")[:1] == ["fact-protest"]
    # Not before a determiner, it is a word like any other: no item says protesters stood outside.
    assert _cited(brief, "how many protesters were outside") == []


def test_someones_argument_or_pitch_is_their_view_unless_an_item_on_them_holds_the_word():
    doe = Person(id="who-jane-doe", name="Jane Doe", role="Mayor of Salemport", aliases=["Doe"])
    roe = Person(id="who-rob-roe", name="Rob Roe", role="Harbour master", aliases=["Roe"])
    says = Quote(id="quote-doe-jobs", speaker="Jane Doe", text="The pier brings two hundred jobs.", role="Mayor")
    complaint = Fact(id="fact-roe-complaint", text="Roe's complaint is that the pier blocks the channel.",
                     basis="Courier")  # fmt: skip
    case = Fact(id="fact-case", text="The pier case is about who owns the shore.", basis="Court filing")
    other = Quote(id="quote-roe-channel", speaker="Rob Roe", text="Ships will have to wait.", role="Harbour master")
    brief = msgspec.structs.replace(_brief([complaint, case], [doe, roe]), quotes=[says, other])
    assert _cited(brief, "what's doe's pitch")[:1] == ["quote-doe-jobs"]
    assert _cited(brief, "doe's main argument?")[:1] == ["quote-doe-jobs"]
    assert _cited(brief, "what's roe's complaint")[:1] == ["fact-roe-complaint"]
    assert _cited(brief, "what is the pier case about")[:1] == ["fact-case"]


def test_how_someone_is_taking_it_what_they_make_of_it_and_where_they_stand_ask_their_view():
    doe = Person(id="who-jane-doe", name="Jane Doe", role="Mayor of Salemport", aliases=["Doe"])
    welcome = Fact(id="fact-welcome", text="Harbour traders welcomed the attention the ferry visit brought.",
                   basis="Courier")  # fmt: skip
    vote = Fact(id="fact-vote", text="The council voted 5-2 for the pier.", basis="Minutes")
    bookings = Fact(id="fact-bookings", text="Bayline is taking bookings for the summer.", basis="Bayline")
    says = Quote(id="quote-doe-vote", speaker="Jane Doe", text="The vote was a good day for the town.", role="Mayor")
    brief = msgspec.structs.replace(_brief([welcome, vote, bookings], [doe]), quotes=[says])
    assert _cited(brief, "how are harbour traders taking all the attention")[:1] == ["fact-welcome"]
    assert _cited(brief, "what did doe make of the vote")[:1] == ["quote-doe-vote"]
    assert _cited(brief, "where does doe stand")[:1] == ["quote-doe-vote"]


def test_an_ask_typed_as_an_editor_wrote_it_is_answered_by_the_items_it_was_written_on():
    backer = Quote(id="quote-vale-jobs", speaker="Ann Vale", text="The pier pays for itself in five years.",
                   role="Harbour economist", asks=["what do supporters say"])  # fmt: skip
    vote = Fact(id="fact-vote", text="Supporters of the pier filled the council chamber.", basis="Minutes")
    brief = msgspec.structs.replace(_brief([vote], []), quotes=[backer])
    assert _cited(brief, "what do supporters say")[:1] == ["quote-vale-jobs"]
    assert _cited(brief, "What do supporters say?")[:1] == ["quote-vale-jobs"]
    # Other words are read by the rules: nothing says what the supporters in the chamber said.
    assert _cited(brief, "what do supporters of the harbour say") == []


def test_an_item_an_editor_wrote_an_ask_on_comes_before_an_open_question_saying_it_is_unknown():
    roe = Person(id="who-rob-roe", name="Rob Roe", role="Harbour master", aliases=["Roe"])
    declined = Fact(id="fact-roe-declined", text="Through a spokeswoman, Roe declined to comment to the Courier.",
                    basis="Courier reporting", asks=["did roe comment", "roe response"])  # fmt: skip
    blog = Fact(id="fact-roe-blog", text="Roe added a comment on the blog.", basis="Courier")
    plans = Question(
        id="q-roe-plans",
        text="Will Roe respond to the vote or contest it? He declined to comment through a spokeswoman, and the "
        "story gives no sign of his plans.",
        asks=["has roe responded"],
    )
    who = Question(
        id="q-who", text="Who is the spokeswoman through whom Roe declined to comment? The story does not name her."
    )
    brief = msgspec.structs.replace(_brief([declined, blog], [roe]), questions=[plans, who])
    assert _cited(brief, "did roe comment?")[:1] == ["fact-roe-declined"]


def test_someones_view_or_take_on_something_typed_after_their_name_is_their_view():
    doe = Person(id="who-jane-doe", name="Jane Doe", role="Mayor of Salemport", aliases=["Doe"])
    roe = Person(id="who-rob-roe", name="Rob Roe", role="Harbour master", aliases=["Roe"])
    says = Quote(id="quote-doe-jobs", speaker="Jane Doe", text="The pier brings two hundred jobs.", role="Mayor")
    stance = Fact(id="fact-roe-position", text="Roe's position on the pier is that it must wait for a survey.",
                  basis="Courier")  # fmt: skip
    other = Quote(id="quote-roe-channel", speaker="Rob Roe", text="Ships will have to wait.", role="Harbour master")
    brief = msgspec.structs.replace(_brief([stance], [doe, roe]), quotes=[says, other])
    assert _cited(brief, "doe's take on it")[:1] == ["quote-doe-jobs"]
    assert _cited(brief, "doe's view?")[:1] == ["quote-doe-jobs"]
    assert _cited(brief, "doe's position on the pier?")[:1] == ["quote-doe-jobs"]
    # An item on Roe giving his position in that word tells it.
    assert _cited(brief, "roe's position on the pier?")[:1] == ["fact-roe-position"]


def test_what_share_or_percentage_of_something_asks_for_the_part_of_it_an_item_gives():
    quarter = Fact(id="fact-quarter", text="A quarter of Salemport residents live in flood zones.", basis="Census")
    backed = Fact(id="fact-backed", text="In the poll, 62 percent of voters backed the pier.", basis="Courier poll")
    flood = Fact(id="fact-flood", text="Flood zones cover the harbour district.", basis="Council map")
    brief = _brief([quarter, backed, flood], [])
    assert _cited(brief, "what share of residents live in flood zones")[:1] == ["fact-quarter"]
    assert _cited(brief, "what percentage of residents live in flood zones")[:1] == ["fact-quarter"]
    assert _cited(brief, "what pct of voters backed the pier?")[:1] == ["fact-backed"]


def test_a_crowd_size_asks_how_many_and_roughly_only_hedges():
    rally = Fact(id="fact-rally", text="The pier rally on the quay drew 2,267 people.", basis="Courier")
    stalls = Fact(id="fact-stalls", text="Roughly half the market stalls were empty that week.", basis="Courier")
    brief = _brief([rally, stalls], [])
    assert _cited(brief, "crowd size at the rally?")[:1] == ["fact-rally"]
    assert _cited(brief, "roughly how many people were at the rally")[:1] == ["fact-rally"]


def test_and_the_other_side_after_what_one_side_said_asks_what_the_other_said():
    doe = Person(id="who-jane-doe", name="Jane Doe", role="Mayor of Salemport", aliases=["Doe"])
    says = Quote(id="quote-doe-jobs", speaker="Jane Doe", text="The pier brings two hundred jobs.", role="Mayor")
    rebuttal = Fact(id="fact-union-rebuttal", text="A union aide called the jobs claim misleading.", basis="Courier")
    strike = [Fact(id=f"fact-strike-{n}", text=f"The union said on day {n} that the strike goes on.", basis="Courier")
              for n in range(4)]  # fmt: skip
    brief = msgspec.structs.replace(_brief([rebuttal, *strike], [doe]), quotes=[says])
    union = _cited(brief, "and the union?", "what did doe say")
    assert union and _cited(brief, "and the union side", "what did doe say") == union
    assert _cited(brief, "what about the union's side", "what did doe say") == union
    responded = _cited(brief, "how did the union respond")
    assert responded and _cited(brief, "how did the union side respond") == responded


def test_back_after_a_word_of_speech_closing_the_ask_says_a_reply_not_support():
    doe = Person(id="who-jane-doe", name="Jane Doe", role="Mayor of Salemport", aliases=["Doe"])
    roe = Quote(id="quote-roe-cost", speaker="Tom Roe", text="The pier costs too much.", role="Councillor")
    says = Quote(id="quote-doe-jobs", speaker="Jane Doe", text="The pier brings jobs to the harbour.", role="Mayor")
    brief = msgspec.structs.replace(_brief([], [doe]), quotes=[roe, says])
    assert _cited(brief, "what did doe say back", "what did roe say")[:1] == ["quote-doe-jobs"]
    assert _cited(brief, "what did doe write back to him?")[:1] == ["quote-doe-jobs"]


def test_thinking_about_doing_something_is_considering_it():
    doe = Person(id="who-jane-doe", name="Jane Doe", role="Mayor of Salemport", aliases=["Doe"])
    weighing = Fact(id="fact-weighing", text="Doe is considering selling the harbour land.", basis="Council aide")
    thinks = Quote(id="quote-doe-land", speaker="Jane Doe", text="I think about the harbour every day.", role="Mayor")
    land = Fact(id="fact-land", text="The harbour land belongs to the town.", basis="Deeds")
    brief = msgspec.structs.replace(_brief([land, weighing], [doe]), quotes=[thinks])
    assert _cited(brief, "is doe thinking about selling the land")[:1] == ["fact-weighing"]
    assert _cited(brief, "is she thinking of selling the harbour land?")[:1] == ["fact-weighing"]


def test_back_to_normal_is_things_as_they_were_not_support():
    facts = [
        Fact(id="fact-backing", text="Shop owners back the ferry pier.", basis="Courier"),
        Fact(id="fact-vote", text="The council voted 5-2 for the pier, a normal majority.", basis="Minutes"),
        Fact(id="fact-storm", text="The storm closed the quay for a week.", basis="Harbour office"),
        Fact(id="fact-fares", text="Fares will rise above normal levels in May.", basis="Bayline"),
        Fact(id="fact-jobs", text="The pier would bring 40 jobs.", basis="Bayline"),
        Fact(id="fact-normal", text="Cafes on the quay reopened on Monday, signs of normal life.", basis="Courier"),
    ]
    assert _cited(_brief(facts, []), "any signs things are getting back to normal?")[:1] == ["fact-normal"]


def test_in_a_why_ask_a_word_no_item_uses_for_what_is_explained_weighs_little():
    union = Person(id="who-dock-union", name="Dockworkers Union", kind="organisation",
                   role="Union of Salemport's dockworkers", aliases=["union"])  # fmt: skip
    facts = [
        Fact(id="fact-vote", text="The council voted 5-2 for the pier.", basis="Minutes"),
        Fact(id="fact-storm", text="The storm closed the quay for a week.", basis="Harbour office"),
        Fact(id="fact-fares", text="Fares will rise in May.", basis="Bayline"),
        Fact(id="fact-union-rally", text="The union held a rally at the quay on Friday.", basis="Courier"),
        Fact(
            id="fact-union-jobs",
            text="The union fears the pier will cost dock jobs because Bayline brings its own crews.",
            basis="Courier",
        ),  # fmt: skip
    ]
    brief = _brief(facts, [union])
    assert _cited(brief, "why is the union interested")[:1] == ["fact-union-jobs"]
    assert _cited(brief, "why is the union so skittish")[:1] == ["fact-union-jobs"]


def test_a_unit_typed_short_asks_for_that_measure_as_the_whole_word_does():
    planned = Fact(id="fact-planned", text="Bayline has planned the pier over the past six years.", basis="Courier")
    debate = Fact(id="fact-debate", text="The council debated the pier for 40 minutes.", basis="Minutes")
    brief = _brief([planned, debate], [])
    # "yrs", "mins": a stretch of years or minutes is the figure asked, as for "how many years".
    assert _cited(brief, "how many yrs has bayline planned the pier")[:1] == ["fact-planned"]
    assert _cited(brief, "how many mins did the council debate the pier")[:1] == ["fact-debate"]


def test_a_total_or_an_amount_asks_for_the_figure():
    repairs = Fact(id="fact-repairs", text="The city has paid out $2 million on pier repairs since 2020.", basis="x")
    terminal = Fact(id="fact-terminal", text="The terminal's total cost is not yet known.", basis="x")
    brief = _brief([repairs, terminal], [])
    assert _cited(brief, "total $ the city paid on pier repairs?")[:1] == ["fact-repairs"]
    assert _cited(brief, "pier repairs amt paid by the city")[:1] == ["fact-repairs"]


def test_a_payout_or_payment_is_what_was_paid():
    settled = Fact(id="fact-settled", text="The council paid $40,000 to the injured pier workers.", basis="Minutes")
    brief = _brief([settled], [])
    assert _cited(brief, "payout to the pier workers?")[:1] == ["fact-settled"]
    assert _cited(brief, "how big was the payment to the injured workers")[:1] == ["fact-settled"]


def test_viewership_is_the_audience():
    aired = Fact(id="fact-aired", text="The pier debate on WSAL drew an audience of 12,000.", basis="WSAL")
    brief = _brief([aired], [])
    assert _cited(brief, "viewership for the wsal pier debate")[:1] == ["fact-aired"]


def test_how_long_ago_is_told_by_a_stretch_someone_says_it_was_before():
    doe = Person(id="who-jane-doe", name="Jane Doe", role="Mayor of Salemport", aliases=["Doe"])
    roe = Person(id="who-rob-roe", name="Rob Roe", role="Harbour master", aliases=["Roe"])
    brought = Fact(
        id="fact-brought",
        text="Doe says she brought the pier plan to Roe two months earlier.",
        basis="Courier",
        date="2026",
    )
    brief = _brief([brought], [doe, roe])
    assert _cited(brief, "how long ago did doe bring roe the pier plan")[:1] == ["fact-brought"]


def test_all_or_none_of_it_answers_what_share():
    fund = Fact(id="fact-fund", text="Doe said all of the pier fund would go to repairs.", basis="Courier")
    brief = _brief([fund], [])
    assert _cited(brief, "what share of the pier fund would go to repairs")[:1] == ["fact-fund"]


def test_a_figure_counts_only_in_its_own_sentence_after_initials_end_the_one_before():
    tickets = Fact(
        id="fact-tickets",
        text="The council gave 300 tickets to WSAL. Later it asked WSAL to give the profits from the pier debate to "
        "the harbour fund.",
        basis="Minutes",
    )
    brief = _brief([tickets], [STATION])
    assert _cited(brief, "how many tickets did the council give to wsal")[:1] == ["fact-tickets"]
    # The 300 are tickets, in a sentence of their own: no item says what the debate made.
    assert _cited(brief, "how much profit did wsal make off the pier debate") == []


def test_a_year_after_nearly_or_close_to_is_a_length_and_natsec_is_national_security():
    records = Fact(
        id="fact-records",
        text="The harbour board finally got national security records it had sought for close to a year.",
        basis="Courier",
    )
    brief = _brief([records], [])
    assert _cited(brief, "how long had the board sought the national security records")[:1] == ["fact-records"]
    assert _cited(brief, "how long had the board sought the natsec records")[:1] == ["fact-records"]


def test_where_someone_made_comments_asks_for_the_occasion_of_speaking():
    doe = Person(id="who-jane-doe", name="Jane Doe", role="Mayor of Salemport", aliases=["Doe"])
    told = Fact(id="fact-told", text="Doe made the comments in an interview with the Courier.", basis="Courier")
    brief = _brief([told], [doe])
    assert _cited(brief, "where did doe make the comments")[:1] == ["fact-told"]
    assert _cited(brief, "where did doe make those remarks")[:1] == ["fact-told"]


def test_a_party_s_members_before_their_names_say_what_they_are():
    backers = Fact(
        id="fact-backers",
        text="The pier plan's backers are Democrats Jane Doe of Salemport and John Roe of Bayview.",
        basis="Minutes",
    )
    brief = _brief([backers], [])
    assert _cited(brief, "which democrats back the pier plan")[:1] == ["fact-backers"]


def test_he_d_typed_without_its_apostrophe_after_a_verb_of_saying_is_he():
    told = Fact(
        id="fact-aide-sue",
        text="A former aide to the council said he would sue over the pier vote.",
        basis="Courier",
        date="2026-02",
    )
    headline = Fact(id="fact-headline", text="The Courier's headline called the pier vote a win.", basis="Courier")
    brief = _brief([told, headline], [])
    assert _cited(brief, "when did the former aide say hed sue")[:1] == ["fact-aide-sue"]
    assert _cited(brief, "what was the hed on the pier vote")[:1] == ["fact-headline"]


def test_when_is_x_next_up_asks_for_what_is_to_come_which_an_undated_item_may_give_as_a_year():
    again = Fact(id="fact-next-vote", text="The council does not vote on the pier again until 2027.", basis="Minutes")
    brief = _brief([again], [])
    assert _cited(brief, "when is the council next up for a vote on the pier")[:1] == ["fact-next-vote"]


def test_what_party_someone_is_in_is_answered_only_by_an_item_giving_their_party():
    roe = Person(id="who-john-roe", name="John Roe", role="Councillor for the harbour ward", aliases=["Roe"])
    doe = Person(id="who-jane-doe", name="Jane Doe", role="Mayor of Salemport, a Democrat", aliases=["Doe"])
    text = "Democrats on the council pushed the pier plan through over months of talks, and Roe said it was overdue."
    pushed = Fact(id="fact-pushed", text=text, basis="Minutes")
    brief = _brief([pushed], [roe, doe])
    assert _cited(brief, "roe's party") == []
    assert _cited(brief, "what party is roe in") == []
    assert _cited(brief, "doe's party")[:1] == ["who-jane-doe"]  # given in the entry


def test_whether_someone_commented_on_a_timeline_is_no_ask_for_the_timeline():
    arrived = Fact(id="fact-arrived", text="Harbour police arrived at the pier within minutes.", basis="Courier")
    heard = Fact(id="fact-heard", text="The crash was first heard on a police scanner.", basis="Courier")
    declined = Fact(id="fact-declined", text="The mayor declined to comment.", basis="Courier")
    day = TimelineEntry(id="time-vote", date="2026-03-01", event="The council votes for the pier.")
    brief = _brief([arrived, heard, declined], [], [day])
    assert _cited(brief, "did harbour police comment on the scanner timeline") == []
    assert _cited(brief, "timeline?")[:1] == ["time-vote"]


def test_a_suspension_is_what_suspended_someone():
    roe = Person(id="who-john-roe", name="John Roe", role="Ferry captain", aliases=["Roe"])
    suspended = Fact(
        id="fact-suspended",
        text="Bayline Ferries suspended Roe for a month after a pier crash.",
        basis="Courier",
        date="2025-06",
    )
    brief = _brief([suspended], [roe])
    assert _cited(brief, "when was roe's suspension")[:1] == ["fact-suspended"]


def test_by_when_asks_for_a_deadline_still_to_come():
    target = Fact(id="fact-target", text="The harbour plan's target is to halve ferry emissions by 2030.", basis="Plan")
    set_at = TimelineEntry(
        id="time-target-set", date="2025-05", event="The council sets the harbour plan's emissions target."
    )
    brief = _brief([target], [], [set_at])
    assert _cited(brief, "harbour plan emissions target is by when")[:1] == ["fact-target"]


def test_where_someone_is_from_is_answered_by_where_they_live_before_places_they_have_been():
    doe = Person(
        id="who-jane-doe",
        name="Jane Doe",
        role="Harbour pilot; spoke at the council hearing in Salemport",
        aliases=["Doe"],
    )
    home = Fact(
        id="fact-doe-home", text="Doe, 41, lives in Millbrook and has piloted ferries for 20 years.", basis="Doe"
    )
    spoke = Fact(id="fact-doe-spoke", text="Doe spoke at the hearing in Salemport on Monday.", basis="Minutes")
    brief = _brief([spoke, home], [doe])
    assert _cited(brief, "where is doe from")[:1] == ["fact-doe-home"]
    assert _cited(brief, "where's she from", "who is jane doe")[:1] == ["fact-doe-home"]


def test_an_echo_question_on_someone_s_post_asks_their_role():
    doe = Person(id="who-jane-doe", name="Jane Doe", role="Operations chief at Bayline Ferries", aliases=["Doe"])
    said = Fact(id="fact-said", text="Doe said Bayline Ferries loves what the pier will do.", basis="Courier")
    cut = Fact(id="fact-cut", text="Doe cut Bayline's night sailings in May.", basis="Courier")
    bayline = Person(id="who-bayline", name="Bayline Ferries", kind="organisation", role="Ferry company")
    brief = _brief([said, cut], [doe, bayline])
    assert _cited(brief, "doe is bayline's what")[:1] == ["who-jane-doe"]
    assert _cited(brief, "doe is what at bayline ferries")[:1] == ["who-jane-doe"]


def test_which_of_a_kind_the_brief_never_names_is_answered_by_an_item_listing_them():
    # No item says "routes": the one listing them answers; one naming a place in passing does not.
    served = Fact(
        id="fact-bayline-ports",
        text="Bayline Ferries sails to Millbrook, Dunmore, Port Ellis and Kestrel Bay.",
        basis="Bayline timetable",
    )
    storm = Fact(id="fact-storm", text="Storms stopped Bayline sailing to Dunmore on Monday.", basis="Port")
    others = [
        Fact(id="fact-vote", text="The council voted 5-2 for the new pier.", basis="Minutes"),
        Fact(id="fact-cost", text="The pier will cost $4 million.", basis="Council budget"),
        Fact(id="fact-mayor", text="Mayor Jane Doe called the pier overdue.", basis="Doe"),
        Fact(id="fact-opening", text="The pier is due to open in June.", basis="Council"),
    ]
    assert _cited(_brief([served, storm, *others], []), "which routes does bayline sail")[:1] == ["fact-bayline-ports"]
    assert _cited(_brief([storm, *others], []), "which routes does bayline sail") == []


def test_a_dollar_sign_typed_alone_is_money():
    lease = Fact(id="fact-lease", text="Bayline Ferries asked the council for a longer pier lease.", basis="Minutes")
    funds = Fact(
        id="fact-funds", text="Bayline Ferries asked the council for money to rebuild the pier.", basis="Minutes"
    )
    brief = _brief([lease, funds], [])
    assert _cited(brief, "did bayline ask the council for $")[:1] == ["fact-funds"]


def test_on_the_north_side_says_where_not_whose_side_someone_is_on():
    north = Fact(id="fact-north-pier", text="The pier goes on the north side of the harbour.", basis="Plans")
    south = Fact(id="fact-south-lot", text="A parking lot goes on the south side of the harbour.", basis="Plans")
    backers = Fact(id="fact-backers", text="Fishermen are supporting Bayline Ferries.", basis="Hearing")
    brief = _brief([north, south, backers], [])
    assert _cited(brief, "what goes on the north side?")[:1] == ["fact-north-pier"]
    assert _cited(brief, "what's on the south side")[:1] == ["fact-south-lot"]


def test_a_remark_after_the_ask_is_left_out_unless_it_names_someone_or_asks_again():
    doe = Person(id="who-jane-doe", name="Jane Doe", role="Mayor of Salemport", aliases=["Doe"])
    vote = Fact(id="fact-vote", text="The council voted 5-2 for the pier on March 1.", basis="Minutes")
    cost = Fact(id="fact-cost", text="The pier will cost $40 million, the council says.", basis="Budget")
    brief = _brief([vote, cost], [doe])
    for ask in (
        "how much will the pier cost, for my lede",
        "how much will the pier cost (sorry if you said already)?",
        "how much will the pier cost -- desk needs it asap",
        "hey, how much will the pier cost, quick one",
        "how much will the pier cost? my editor is asking",
        "how much will the pier cost. thanks in advance",
        "for the sidebar: how much will the pier cost",
        "need it for my lede - how much will the pier cost",
        "Writing the push alert now. How much will the pier cost?",
        "Pls bear with me, how much will the pier cost",
        "got a sec? how much will the pier cost",
        "I think I know, but to be safe: how much will the pier cost",
    ):
        assert _cited(brief, ask)[:1] == ["fact-cost"], ask
    assert _cited(brief, "who is Jane Doe, for the caption")[:1] == ["who-jane-doe"]
    assert _cited(brief, "who is doe, the salemport guy?")[:1] == ["who-jane-doe"]  # a name, but no new ask
    # What would go names someone the brief names, or asks again: it is part of the ask.
    assert _cited(brief, "how did the council vote, and when?")[:1] == ["fact-vote"]
    assert _cited(brief, "what did the council say, and doe")[:1] != ["fact-cost"]
    # A remark leaves an ask the brief does not cover uncovered.
    assert _cited(brief, "how many ferries will use the pier, for my lede") == []
    assert remark_readings("what did the u.s. say about it", build_index(brief)) == []  # no sentence ends there
    assert _cited(brief, "what ? \u00d0") == []  # a remark with no word the engine reads is none
    assert remark_readings("whoch council, what vote", build_index(brief)) == []  # a question word with a slip
    for typed in (
        "Pls bear with me, how much will the pier cost",
        "Writing the push alert now. how much will the pier cost",
    ):
        readings = remark_readings(typed, build_index(brief))
        assert readings and readings[0].ask == "how much will the pier cost" and readings[0].foreign, typed


def test_a_short_ask_after_a_remark_is_the_ask_whichever_way_the_remark_reads():
    doe = Person(id="who-jane-doe", name="Jane Doe", role="Mayor of Salemport", aliases=["Doe"])
    cost = Fact(id="fact-cost", text="The pier will cost $40 million, the council says.", basis="Budget")
    brief = _brief([cost], [doe])
    # "headline?" is a word of the newsroom's work, like a remark: the other reading is the one the brief covers.
    assert _cited(brief, "Pls bear with me, headline?") == ["source"]
    assert _cited(brief, "Prepping the radio read. hed?") == ["source"]
    # Both halves hold a word the brief uses: the half the brief covers is the ask.
    assert _cited(brief, "Just making sure I don't overstate the cost, doe?")[:1] == ["who-jane-doe"]
    # A question and then a remark is not a remark and then a question: nothing the brief covers is cited.
    assert _cited(brief, "did the ferry sink, quick one") == []


def test_a_slip_in_the_question_word_reads_as_the_question_word():
    cost = Fact(id="fact-cost", text="The pier will cost $40 million, the council says.", basis="Budget")
    site = Fact(
        id="fact-site", text="The pier will be built in Eastport, across the bay from Salemport.", basis="Plans"
    )
    whelan = Person(id="who-ann-whelan", name="Ann Whelan", role="Bayline Ferries chief executive")
    vote = TimelineEntry(id="time-vote", date="2026-03-01", event="The council votes 5-2 for the pier.")
    brief = _brief([cost, site], [whelan], [vote])
    assert _cited(brief, "whre will the pier be built")[:1] == ["fact-site"]
    assert _cited(brief, "wjats the pier going to cost")[:1] == ["fact-cost"]
    assert _cited(brief, "wehn did the council vote")[:1] == ["time-vote"]
    # One slip from a word of the brief too, it is that word: "wheln" is Whelan.
    assert _cited(brief, "wheln?")[:1] == ["who-ann-whelan"]


def test_a_slip_in_a_word_the_brief_never_uses_reads_as_the_english_word_it_is_near():
    threats = Fact(
        id="fact-threats", text="Council members got three threats in the week before the vote.", basis="Police"
    )
    cost = Fact(id="fact-cost", text="The pier will cost $40 million, the council says.", basis="Budget")
    brief = _brief([threats, cost], [])
    assert _cited(brief, "were there any threats beforehand")[:1] == ["fact-threats"]
    assert _cited(brief, "were there any threats befrehand")[:1] == ["fact-threats"]
    assert _cited(brief, "how much is the pier cost supposed to be")[:1] == ["fact-cost"]
    assert _cited(brief, "how much is the pier cost suppsed to be")[:1] == ["fact-cost"]


def test_chat_words_before_or_after_the_ask_say_nothing_of_it():
    cost = Fact(id="fact-cost", text="The pier will cost $40 million, the council says.", basis="Budget")
    brief = _brief([cost], [])
    for ask in ("hmm how much will the pier cost", "actually, how much will the pier cost", "oh and how much will "
                "the pier cost", "how much will the pier cost btw", "how much will the pier cost lol",
                "how much will the pier cost asap"):  # fmt: skip
        assert _cited(brief, ask)[:1] == ["fact-cost"], ask


def test_a_link_pasted_with_the_ask_says_nothing_of_it():
    cost = Fact(id="fact-cost", text="The pier will cost $40 million, the council says.", basis="Budget")
    brief = _brief([cost], [])
    assert _cited(brief, "how much will the pier cost https://news.example.com/2026/03/pier-vote")[:1] == ["fact-cost"]
    assert _cited(brief, "https://news.example.com/2026/03/pier-vote") == []


def test_a_time_of_day_is_read_however_it_is_typed():
    blast = TimelineEntry(id="time-blast", date="2026-03-01", event="At about 8:30 p.m. a boiler bursts at the pier.")
    alarm = TimelineEntry(id="time-alarm", date="2026-03-01", event="Firefighters are called out at 11am.")
    brief = _brief([], [], [alarm, blast])
    for ask in ("what happened at 8:30pm", "confirm 8.30 PM?", "anything at 830pm", "what happened at 8:30 p.m."):
        assert _cited(brief, ask)[:1] == ["time-blast"], ask
    for ask in ("what happened at 11 a.m.", "anything at 11:00am?", "11 AM?"):
        assert _cited(brief, ask)[:1] == ["time-alarm"], ask


def test_out_after_a_verb_that_it_completes_is_no_ask_about_the_story_as_published():
    fares = Fact(id="fact-fares", text="Bayline raised fares by 10 percent.", basis="Bayline")
    brief = _brief([fares], [])
    assert _cited(brief, "is this out yet?") == ["source"]
    for ask in ("how will this play out", "how did this turn out", "will this pan out"):
        assert "source" not in _cited(brief, ask), ask


def test_an_ask_of_what_one_partys_politicians_said_gets_a_quote_of_theirs():
    lee = Person(id="who-ann-lee", name="Ann Lee", role="Democratic state senator for the east shore")
    roe = Person(id="who-bo-roe", name="Bo Roe", role="Republican state senator; chairs the transport committee")
    fares = Fact(id="fact-fares", text="Bayline raised fares by 10 percent.", basis="Bayline")
    quotes = [
        Quote(id="quote-lee", text="Riders pay for this, not Bayline.", speaker="Ann Lee", role="Democratic senator"),
        Quote(id="quote-roe", text="The pier pays for itself.", speaker="Bo Roe", role="Republican senator"),
    ]
    brief = msgspec.structs.replace(_brief([fares], [lee, roe]), quotes=quotes)
    for ask in ("how did Democrats react?", "dems reax?", "Democrats - reaction?", "how did Democrats take the ruling"):
        assert _cited(brief, ask)[:1] == ["quote-lee"], ask
    for ask in ("what are Republicans saying", "GOP take?", "did republican senators push back?"):
        assert _cited(brief, ask)[:1] == ["quote-roe"], ask
    assert _cited(brief, "did House Republicans push back?") != ["quote-roe"]  # the brief quotes no House member
    assert _cited(brief, "how many democrats back it")[:1] != ["quote-lee"]  # a count, not what they said


def test_a_question_before_one_of_where_someone_stands_is_still_answered():
    lee = Person(id="who-ann-lee", name="Ann Lee", role="Democratic state senator for the east shore")
    repairs = Fact(id="fact-repairs", text="Both sides agree the old pier needs repairs.", basis="Courier")
    quote = Quote(id="quote-lee", text="Riders pay for this.", speaker="Ann Lee", role="Democratic senator")
    brief = msgspec.structs.replace(_brief([repairs], [lee]), quotes=[quote])
    assert _cited(brief, "what do both sides agree on? also, how did Lee react?")[:2] == ["fact-repairs", "quote-lee"]
    assert _cited(brief, "Lee?? pro or anti")[:1] == ["quote-lee"]  # one question, its second half naming nothing


def test_what_else_someone_said_gives_their_words_not_shown_yet():
    lee = Person(id="who-ann-lee", name="Ann Lee", role="State senator for the east shore")
    said = [f"Riders pay for this, part {n}." for n in range(1, 5)]
    quotes = [Quote(id=f"quote-lee-{n}", text=text, speaker="Ann Lee", role="senator") for n, text in enumerate(said)]
    fares = Fact(id="fact-fares", text="Bayline raised fares by 10 percent.", basis="Bayline")
    brief = msgspec.structs.replace(_brief([fares], [lee]), quotes=quotes)
    first = _cited(brief, "what did Lee say")
    assert len(first) == 3 and all(item.startswith("quote-lee") for item in first)
    for ask in ("what else did she say", "anything else from Lee?", "other Lee quotes?"):
        answer = answer_question(brief, ask, "what did Lee say")
        assert [item.id for _s, item in answer.cited] == ["quote-lee-3"] and answer.goes_on == "what did Lee say", ask
    shown = frozenset(quote.id for quote in quotes)  # all four shown: the brief has no more
    done = answer_question(brief, "what else did she say", "what did Lee say", shown=shown)
    assert not done.covered and done.goes_on == "what did Lee say"
    assert answer_question(brief, "did others know about it?", "what did Lee say").goes_on == ""  # other people


def test_an_ask_whether_someone_declined_to_comment_finds_the_fact_that_says_so():
    doe = Person(id="who-jane-doe", name="Jane Doe", role="Chief executive of Bayline Ferries", aliases=["Doe"])
    silent = Fact(id="fact-doe-no-comment", text="Through a lawyer, Doe declined to comment.", basis="Courier")
    fell = Fact(id="fact-fares-fell", text="Bayline fares fell by a tenth this winter.", basis="Courier")
    brief = _brief([fell, silent], [doe])
    plans = Question(id="q-doe-plans", text="Will Doe fight the ruling? She declined to comment through a lawyer.")
    brief = msgspec.structs.replace(brief, questions=[plans])
    # "decline to comment" as one phrase: no fall in anything, and the fact before the open question
    for ask in ("did doe decline to comment", "did doe refuse to comment"):
        assert _cited(brief, ask)[:1] == ["fact-doe-no-comment"], ask
    # "to comment" is a verb, not someone's comment ("Doe's comment"): who did it
    for ask in ("who declined to comment", "who refused to comment"):
        assert _cited(brief, ask)[:1] == ["fact-doe-no-comment"], ask


def test_it_after_a_question_the_brief_does_not_cover_is_still_the_story():
    doe = Person(id="who-jane-doe", name="Jane Doe", role="Mayor of Salemport", aliases=["Doe"])
    fire = Fact(
        id="fact-fire", text="The mayor said there was no sign yet that the pier fire was terrorism.", basis="X"
    )
    hurt = Fact(id="fact-hurt", text="Twelve people were hurt in the fire.", basis="Courier")
    brief = _brief([fire, hurt], [doe])
    missed = "has anyone been arrested"
    assert _cited(brief, missed) == []
    assert _cited(brief, "was it terrorism", previous=missed)[:1] == ["fact-fire"]
    assert _cited(brief, "how many were hurt in it", previous=missed)[:1] == ["fact-hurt"]


def test_it_or_this_after_an_ask_about_a_person_is_the_story_not_them():
    doe = Person(id="who-jane-doe", name="Jane Doe", role="Mayor of Salemport", aliases=["Doe"])
    fire = Fact(
        id="fact-fire", text="The mayor said there was no sign yet that the pier fire was terrorism.", basis="X"
    )
    court = Fact(id="fact-court", text="The Harbour County court will hear the pier case in May.", basis="Court filing")
    said = Quote(id="quote-doe-calm", text="Stay calm.", speaker="Jane Doe", role="Mayor", context="At the pier")
    brief = msgspec.structs.replace(_brief([fire, court], [doe]), quotes=[said])
    for before in ("who is Jane Doe", "what did Doe say", "Doe?"):
        assert _cited(brief, "is it terrorism?", previous=before)[:1] == ["fact-fire"], before
        assert _cited(brief, "which court is this", previous=before)[:1] == ["fact-court"], before


def test_an_ask_for_a_whole_part_after_an_ask_about_a_person_is_the_storys():
    doe = Person(id="who-jane-doe", name="Jane Doe", role="Mayor of Salemport", aliases=["Doe"])
    vote = Fact(id="fact-vote", text="The council voted 5-2 for the pier.", basis="Minutes")
    opened = TimelineEntry(id="time-opened", date="2026-02-01", event="The pier plan is put to the council.")
    said = Quote(id="quote-doe-calm", text="Stay calm.", speaker="Jane Doe", role="Mayor", context="At the pier")
    money = Question(id="q-cost", text="What will the pier cost? The council has not said.")
    brief = msgspec.structs.replace(_brief([vote], [doe], [opened]), quotes=[said], questions=[money])
    for before in ("who is Jane Doe", "Doe?"):
        assert _cited(brief, "tl;dr", previous=before)[:1] == ["fact-vote"], before
        assert _cited(brief, "timeline?", previous=before) == ["time-opened"], before
        assert _cited(brief, "what don't we know", previous=before) == ["q-cost"], before
    assert _cited(brief, "quotes?", previous="who is Jane Doe") == ["quote-doe-calm"]  # hers


def test_a_name_alone_that_the_previous_question_does_not_cover_asks_who_they_are():
    doe = Person(id="who-jane-doe", name="Jane Doe", role="Mayor of Salemport", aliases=["Doe"])
    roe = Person(id="who-rita-roe", name="Rita Roe", role="Harbour master", aliases=["Roe"])
    said = Quote(id="quote-doe-calm", text="Stay calm.", speaker="Jane Doe", role="Mayor", context="At the pier")
    vote = Fact(id="fact-vote", text="The council voted 5-2 for the pier.", basis="Minutes")
    brief = msgspec.structs.replace(_brief([vote], [doe, roe]), quotes=[said])
    assert _cited(brief, "Roe?", previous="what did Doe say")[:1] == ["who-rita-roe"]


def test_that_after_what_someone_said_is_what_they_said_when_nothing_answers_the_ask_on_its_own():
    doe = Person(id="who-jane-doe", name="Jane Doe", role="Mayor of Salemport", aliases=["Doe"])
    roe = Person(id="who-rita-roe", name="Rita Roe", role="Radio host", aliases=["Roe"])
    text = "Doe told Rita Roe in a WSAL radio interview that the pier would open in June."
    told = Fact(id="fact-doe-told-roe", text=text, basis="WSAL")
    vote = Fact(id="fact-vote", text="The council voted 5-2 for the pier.", basis="Minutes")
    brief = _brief([vote, told], [doe, roe])
    assert _cited(brief, "which station was that on") == []
    assert _cited(brief, "which station was that on", previous="what did doe tell roe")[:1] == ["fact-doe-told-roe"]


def _quoted_mayor_and_harbour_master() -> Brief:
    """A made-up brief quoting two people, each with the occasion of their words, beside facts on other things."""
    doe = Person(id="who-jane-doe", name="Jane Doe", role="Mayor of Salemport", aliases=["Doe"])
    roe = Person(id="who-rita-roe", name="Rita Roe", role="Harbour master", aliases=["Roe"])
    calm = Quote(
        id="quote-doe-calm",
        text="Stay calm and let the crews work.",
        speaker="Jane Doe",
        role="Mayor",
        to="Press conference at City Hall",
        date="2026-03-01",
        context="After the pier fire",
    )
    late = Quote(
        id="quote-roe-late",
        text="The crews were late.",
        speaker="Rita Roe",
        role="Harbour master",
        to="Salemport Courier",
        date="2026-03-02",
        context="Asked about the response",
    )
    court = Fact(id="fact-court", text="The Harbour County court will hear the pier case in May.", basis="Filing")
    fire = Fact(id="fact-fire", text="A fire destroyed part of the pier on March 1.", basis="Fire service")
    return msgspec.structs.replace(_brief([fire, court], [doe, roe]), quotes=[calm, late])


def test_when_where_or_to_whom_that_was_said_after_what_someone_said_is_their_quote_again():
    brief = _quoted_mayor_and_harbour_master()
    for ask in (
        "when was that",
        "where was that said",
        "who was Doe talking to",
        "what prompted that",
        "was that in a tv interview",
        "when did she say that",
    ):
        assert _cited(brief, ask, previous="what did Doe say")[:1] == ["quote-doe-calm"], ask
    # A question of its own on something the story is about is not about the quote.
    assert _cited(brief, "which court was this", previous="what did Doe say")[:1] == ["fact-court"]


def test_whose_reporting_an_answer_is_asks_where_it_comes_from():
    brief = _quoted_mayor_and_harbour_master()
    for ask in ("whose reporting is this", "is this from a spokesperson or someone inside"):
        assert _cited(brief, ask, previous="what did Roe say")[:1] == ["quote-roe-late"], ask


def test_where_someone_the_brief_does_not_quote_stands_is_the_item_telling_what_they_back_or_oppose():
    roe = Person(id="who-rita-roe", name="Rita Roe", role="Councillor", aliases=["Roe"])
    lee = Person(id="who-sam-lee", name="Sam Lee", role="Councillor", aliases=["Lee"])
    kim = Person(id="who-ann-kim", name="Ann Kim", role="Ferry captain", aliases=["Kim"])
    vote = Fact(id="fact-vote", text="The council voted 5-2 for the pier.", basis="Minutes")
    opposed = Fact(id="fact-roe-opposes", text="Councillor Rita Roe (D-Harbour) opposes the pier plan.", basis="X")
    aside = Fact(id="fact-lee-backed", text="Sam Lee, a councillor since 2019, backed the plan.", basis="Minutes")
    fan = Fact(id="fact-kim-fans", text="A Kim supporter handed out leaflets; Kim sailed on Monday.", basis="X")
    brief = _brief([vote, opposed, aside, fan], [roe, lee, kim])
    for ask in ("where does Roe stand", "what is Roe's position", "is Roe for or against it?"):
        assert _cited(brief, ask)[:1] == ["fact-roe-opposes"], ask
    assert _cited(brief, "where does Lee stand")[:1] == ["fact-lee-backed"]
    # Someone else backing her, or her being named, says nothing of where she stands.
    assert _cited(brief, "where does Kim stand") == []


def test_who_says_a_claim_is_answered_by_the_item_stating_it():
    hurt = Fact(id="fact-hurt", text="Twelve people were hurt in the pier fire.", basis="Salemport Courier reporting")
    vote = Fact(id="fact-vote", text="The council voted 5-2 for the pier.", basis="Council minutes")
    felon = Person(id="who-felon", name="Joe Bloggs", role="A felon whose rights were restored", aliases=["Bloggs"])
    brief = _brief([hurt, vote], [felon])
    claims = ("who says twelve people were hurt", "any attribution on twelve hurt in the fire?")
    for ask in claims:
        assert _cited(brief, ask)[:1] == ["fact-hurt"], ask
    # Something the brief does not state, or no ask of where it comes from, is no claim to source.
    assert _cited(brief, "who says the mayor resigned") == []
    assert _cited(brief, "what did a felon whose rights were restored say") == []


def test_a_place_is_also_a_part_of_somewhere_and_where_someone_travelled_to():
    burst = Fact(id="fact-burst", text="A gas main burst in a busy part of Salemport on Monday.", basis="Fire service")
    mayor = Fact(id="fact-mayor", text="Mayor Jane Doe travelled to Northfield on Friday.", basis="Mayor's office")
    brief = _brief([burst, mayor], [])
    assert _cited(brief, "where did the gas main burst")[:1] == ["fact-burst"]
    assert _cited(brief, "where was the mayor on friday")[:1] == ["fact-mayor"]
    # A month after "in a part of" is a time, not a place.
    early = Fact(id="fact-early", text="A gas main burst in the early part of March.", basis="Fire service")
    assert _cited(_brief([early], []), "where did the gas main burst") == []


def test_a_share_typed_with_a_percent_sign_is_the_share_written_in_words():
    turnout = Fact(id="fact-turnout", text="Turnout in the pier vote was 41%, the lowest in a decade.", basis="Clerk")
    seats = Fact(id="fact-seats", text="The pier has 41 berths for ferries and yachts.", basis="Plans")
    brief = _brief([turnout, seats], [])
    assert _cited(brief, "what was 41 percent")[:1] == ["fact-turnout"]
    worded = Fact(id="fact-turnout", text="Turnout in the pier vote was 41 percent.", basis="Clerk")
    assert _cited(_brief([worded, seats], []), "what was 41%")[:1] == ["fact-turnout"]


def test_a_heading_counting_the_questions_after_it_is_no_part_of_them():
    brief = _hale_brief()
    ferries = Fact(id="fact-two-ferries", text="Two ferries will use the pier.", basis="Bayline")
    brief = msgspec.structs.replace(brief, facts=[ferries, *brief.facts])
    for typed in (
        "Two things: who is jane hale, and what did she sign?",
        "couple qs: who is jane hale? what did she sign?",
        "2 quick questions - who is jane hale and what did she sign",
    ):
        assert _cited(brief, typed) == ["who-jane-hale", "fact-hale-order"], typed
    # A count of something else is part of the question.
    assert askparts.split_parts("two ferries: when do they start") == ["two ferries: when do they start"]


def test_a_second_question_may_open_on_any_after_a_join():
    brief = _hale_brief()
    assert _cited(brief, "who is jane hale, and any visit to the pier?") == ["who-jane-hale", "fact-visit"]
    assert _cited(brief, "who is jane hale? also any visit to the pier?") == ["who-jane-hale", "fact-visit"]


def test_an_either_or_check_of_someones_title_or_party_gets_their_entry():
    brief = _hale_brief()
    for ask in (
        "is Hale a D or R",
        "is it Rep. Hale or Sen. Hale",
        "is Jane Hale an attorney or a paralegal? want the descriptor right",
        "is hale one word or two",
    ):
        assert _cited(brief, ask)[:1] == ["who-jane-hale"], ask
    # Which of two things someone is asks their entry, though items use the words ("Mayor's office", "council").
    assert _cited(brief, "is hale the mayor or deputy mayor")[:1] == ["who-jane-hale"]
    assert _cited(brief, "is roe a council member or the council president")[:1] == ["who-sam-roe"]
    # Alternatives the story's items hold, or where someone stands or was, are no check of the entry.
    assert _cited(brief, "is Hale signing an order or a lease")[:1] != ["who-jane-hale"]
    assert _cited(brief, "is hale for the pier or against it")[:1] == ["quote-hale-pier"]
    assert _cited(brief, "was hale at the pier or the council")[:1] != ["who-jane-hale"]


def test_a_name_check_typed_loosely_gets_the_persons_entry():
    brief = _hale_brief()
    for ask in (
        "need first and last for Hale",
        "copy desk asking - need Hale's full name incl middle initial",
        "can somone cq the spelling on Hale",
        "saw Hael in the draft, brief has Hale. which one",  # a slip of the name in the remark, "which one" after it
    ):
        assert _cited(brief, ask)[:1] == ["who-jane-hale"], ask
    # A question picking between what the one before it gives, or offering another, is no question of its own.
    assert askparts.split_parts("is it Hale or Hael? which is it") == ["is it Hale or Hael? which is it"]
    assert askparts.split_parts("Hael? or is it Hale") == ["Hael? or is it Hale"]
    assert _cited(brief, "Hael? or is it Hale") == ["who-jane-hale"]


def test_a_whole_part_asked_for_in_a_reporters_words_is_that_part():
    cost = Question(id="q-cost", text="What will the pier repairs cost?")
    brief = msgspec.structs.replace(_hale_brief(), questions=[cost])
    for ask, part in (
        ("what do we actually know for sure", "facts"),
        ("which companies/agencies/groups are mentioned", "people"),
        ("who are we talking about", "people"),
        ("what are we still waiting to hear back on", "questions"),
        ("what still needs checking", "questions"),
        ("for my lede: what should i hedge on", "questions"),
        ("need the quotes w/ who said them", "quotes"),  # "w/" is "with", not two questions
        ("30-second version pls", "facts"),
        ("could you recap the whole thing in a couple sentences", "facts"),
        ("how did we get here", "timeline"),
        ("the essentials - who what when where", "facts"),  # the five Ws are the facts, not the timeline
        ("peopel and orgs?", "people"),  # a slip of a part's name
        ("key moments and when", "timeline"),  # a question the part answers by itself is no question of its own
        ("the people and who they are", "people"),
    ):
        assert answer_question(brief, ask).section == part, ask
    # A question of something in the story after the part is asked of its own.
    assert _cited(brief, "timeline? and who is hale") == ["time-vote", "who-jane-hale"]


def test_every_number_asked_for_is_the_items_giving_figures():
    cost = Fact(id="fact-cost", text="The pier will cost $4 million.", basis="Council budget")
    vote = Fact(id="fact-vote", text="The council backed the pier.", basis="Minutes")
    brief = _brief([vote, cost], [])
    for ask in (
        "need every number in here for the explainer box",
        "do we have any stats to work with",
        "numbers check - what do we actually have",  # a remark naming the part is what is asked
    ):
        assert [item.id for _, item in answer_question(brief, ask).cited][:1] == ["fact-cost"], ask


def test_a_threads_first_who_said_that_asks_where_the_story_is_from_unless_a_line_is_pasted():
    unsure = Quote(id="quote-roe-unsure", text="I do not know what it is going to be.", speaker="Sam Roe", role="")
    brief = msgspec.structs.replace(_hale_brief(), quotes=[unsure])
    for ask in ("who said that?", "who told us that", "is that on the record?", "do we have that in writing?"):
        assert _cited(brief, ask) == ["source"], ask
    assert _cited(brief, "who said I do not know what it is going to be")[:1] == ["quote-roe-unsure"]
    assert _cited(brief, "who said that?", "what did hale sign")[:1] != ["source"]  # after an answer: its source


def test_a_request_for_someones_words_typed_loosely_gets_their_quote():
    brief = _hale_brief()
    for ask in (
        "would you mind posting the Hale quote as it appears in the brief",
        "need Hale's exact wording for the second graf",
        "how did Hale put it exactly",
        "what did Hale tell the paper",  # the press she spoke to is no word of what she said
        "how does the Hale quote read in full",
    ):
        assert _cited(brief, ask)[:1] == ["quote-hale-pier"], ask
    assert _cited(brief, "what did Hale tell Roe") == []  # whom she told, when the story names them, is asked


def test_more_ways_of_asking_about_the_article_itself():
    brief = _hale_brief()
    for ask in ("what's the story called", "did anyone get contributing credit", "what date did it run in print"):
        assert _cited(brief, ask)[:1] == ["source"], ask
    assert _cited(brief, "what's hale's order called")[:1] != ["source"]  # something the story reports
    assert not asks_about_brief(normalise("who called this a hoax"))  # who said something of it


def test_thousands_typed_with_a_k_read_as_the_figure():
    towed = Fact(id="fact-towed", text="The port has towed 125,000 cars since 2024.", basis="Port records")
    fee = Fact(id="fact-fee", text="Each tow costs $1,500.", basis="Port records")
    brief = _brief([towed, fee], [])
    assert _cited(brief, "did the port tow 125k cars")[:1] == ["fact-towed"]
    assert _cited(brief, "is the tow really 1.5k")[:1] == ["fact-fee"]


def test_a_noun_the_brief_never_uses_doing_something_is_what_is_asked():
    responded = Fact(id="fact-responded", text="Bayline Ferries responded by raising fares.", basis="Company statement")
    vote = Fact(id="fact-vote", text="The council voted 5-2 for the pier.", basis="Minutes")
    brief = _brief([responded, vote], [])
    assert _cited(brief, "how's the stock reacting") == []  # no stock in the story; not how the company reacted
    assert _cited(brief, "how's bayline reacting")[:1] == ["fact-responded"]


def test_everyday_words_for_harm_and_a_street():
    harmed = Fact(id="fact-harmed", text="Riders were harmed by the fare errors.", basis="Audit")
    street = Quote(id="quote-hale-street", text="Harbour Street has to change.", speaker="Jane Hale", role="Mayor")
    brief = _hale_brief()
    brief = msgspec.structs.replace(brief, facts=[*brief.facts, harmed], quotes=[*brief.quotes, street])
    assert _cited(brief, "how did riders get hurt")[:1] == ["fact-harmed"]
    assert _cited(brief, "what does hale say about harbour st")[:1] == ["quote-hale-street"]


def test_the_graf_a_claim_sits_in_is_no_word_of_the_claim():
    brief = _hale_brief()
    assert _cited(brief, "the graf on roe's order - is that sourced?")[:1] == ["fact-roe-order"]
    assert _cited(brief, "the grafs on hale's order, sourced?")[:1] == ["fact-hale-order"]


def test_where_someone_is_from_is_where_they_come_from_not_where_they_went():
    kim = Person(id="who-bo-kim", name="Bo Kim", role="Harbour master of Salemport", aliases=["Kim"])
    tour = Fact(id="fact-tour", text="Kim toured ferry ports in three countries, Chile, Peru and Spain.", basis="Port")
    grew = Fact(id="fact-grew", text="Kim grew up in Portugal before moving to Salemport.", basis="Port office")
    assert _cited(_brief([tour], [kim]), "what country is kim from") == []
    assert _cited(_brief([tour], [kim]), "which country did kim tour")[:1] == ["fact-tour"]
    assert _cited(_brief([tour, grew], [kim]), "where is kim from")[:1] == ["fact-grew"]
    # a request from a paper is no place Kim comes from; her entry says where she works
    asked = Fact(id="fact-asked", text="Kim answered a request from The Salemport Courier.", basis="Courier")
    kim = msgspec.structs.replace(kim, role="Harbour master in Salemport")
    assert _cited(_brief([asked], [kim]), "where is kim from")[:1] == ["who-bo-kim"]


def test_and_the_others_asks_the_previous_question_of_them():
    hale = Person(id="who-jane-hale", name="Jane Hale", role="Mayor of Salemport", aliases=["Hale"])
    pay = Fact(id="fact-hale-pay", text="Hale is paid $150,000 a year.", basis="City payroll")
    cuts = Fact(id="fact-cuts", text="The council laid off 30 harbour workers in May.", basis="Minutes")
    wages = Fact(id="fact-wages", text="The workers who were laid off had been paid $40,000 a year.", basis="Payroll")
    brief = _brief([pay, cuts, wages], [hale])
    assert _cited(brief, "and the workers who got laid off", "how much is hale paid")[:1] == ["fact-wages"]
    assert _cited(brief, "and the laid-off workers?", "how much does hale make")[:1] == ["fact-wages"]
    # a question of their own after them is no question of Hale's pay
    own_question = "and the laid-off workers, when did that happen?"
    assert _cited(brief, own_question, "how much does hale make")[:1] == ["fact-cuts"]


def test_supposed_to_says_what_is_expected_not_what_is_asked():
    storm = Fact(id="fact-storm", text="The harbour master warned the storm might continue until the end of the week.",
                 basis="Port office")  # fmt: skip
    turnout = Fact(
        id="fact-turnout", text="Turnout at the pier vote was lower than organisers expected.", basis="Minutes"
    )
    brief = _brief([storm, turnout], [])
    assert _cited(brief, "how long's the storm supposed to last")[:1] == ["fact-storm"]


def test_claiming_to_be_asks_what_someone_is():
    engineer = Quote(id="quote-hale-engineer", text="I'm not an engineer.", speaker="Jane Hale", role="Mayor")
    engineers = Fact(id="fact-engineers", text="Engineers for the port said the pier is sound.", basis="Port office")
    brief = _hale_brief()
    brief = msgspec.structs.replace(brief, quotes=[*brief.quotes, engineer], facts=[*brief.facts, engineers])
    assert _cited(brief, "does hale claim to be an engineer")[:1] == ["quote-hale-engineer"]
    assert _cited(brief, "does roe claim to be an engineer") == []


def test_a_bare_follow_up_two_deep_asks_of_whom_the_thread_first_named():
    doe = Person(id="who-jane-doe", name="Jane Doe", role="Mayor of Salemport", aliases=["Doe"])
    roe = Person(id="who-tom-roe", name="Tom Roe", role="Salemport council member", aliases=["Roe"])
    op_ed = Fact(
        id="fact-doe-op-ed",
        text="Doe wrote an op-ed in the Courier on Feb. 20 backing the pier, saying it would bring ferry jobs back.",
        basis="Courier op-ed",
    )
    letter = Fact(id="fact-roe-letter", text="Roe wrote to Bayline Ferries asking who pays.", basis="Letter")
    wrote = TimelineEntry(id="time-2026-01-roe-letter", date="2026-01", event="Roe writes to Bayline Ferries.")
    brief = _brief([op_ed, letter], [doe, roe], [wrote])
    told = _cited(brief, "and when?", "what did she write?", "who is Jane Doe?")
    assert told[:1] == ["fact-doe-op-ed"]  # when Doe wrote, not Roe's letter


def test_he_after_a_question_asking_who_is_the_person_its_answer_gave():
    doe = Person(id="who-jane-doe", name="Jane Doe", role="Salemport resident hit by a ferry", aliases=["Doe"])
    roe = Person(id="who-tom-roe", name="Tom Roe", role="Bayline Ferries captain", aliases=["Roe"])
    hit = Fact(id="fact-roe-hit-doe", text="Captain Tom Roe's ferry hit Doe's kayak on Monday.", basis="Police")
    fined = Fact(id="fact-roe-fined", text="Roe was fined $5,000 for speeding in the harbour.", basis="Court")
    hurt = Fact(id="fact-doe-hurt", text="Doe was treated for a broken arm.", basis="Hospital")
    brief = _brief([hit, fined, hurt], [doe, roe])
    asked = "who's the captain whose ferry hit jane doe"
    assert _cited(brief, asked)[:1] == ["fact-roe-hit-doe"]
    # the captain, whom the answer named, not Doe, whom the question did
    assert _cited(brief, "how much was he fined", asked)[:1] == ["fact-roe-fined"]
    # and still the captain when the ask between said "he" of him too
    lee = Person(id="who-bo-lee", name="Bo Lee", role="Bayline Ferries spokesman", aliases=["Lee"])
    said = Quote(id="quote-roe-sorry", text="I am sorry.", speaker="Tom Roe", role="Bayline Ferries captain")
    other = Quote(id="quote-lee-review", text="We are reviewing it.", speaker="Bo Lee", role="Bayline spokesman")
    brief = msgspec.structs.replace(brief, quotes=[said, other], people=[doe, roe, lee])
    assert _cited(brief, "what did he say", "how much was he fined", asked)[:1] == ["quote-roe-sorry"]


def test_a_persons_entry_does_not_answer_a_follow_up_on_them_for_naming_them():
    mccoy = Person(id="who-al-mccoy", name="Al McCoy", role="Salemport harbourmaster", aliases=["McCoy"])
    facts = [
        Fact(id="fact-vote", text="The council voted 5-2 for the pier.", basis="Minutes"),
        Fact(id="fact-cost", text="The pier will cost $12 million, paid by Bayline Ferries.", basis="Council papers"),
        Fact(id="fact-warned", text="McCoy warned the council that the pier would crowd the harbour.", basis="Minutes"),
        Fact(id="fact-opening", text="The pier is due to open in 2028.", basis="Bayline Ferries"),
    ]
    brief = _brief(facts, [mccoy])
    assert _cited(brief, "did al mccoy apologize") == []
    assert _cited(brief, "did he apologize", "who is Al McCoy?") == []  # as when asked of him by name
    assert _cited(brief, "what does he do", "who is Al McCoy?")[:1] == ["who-al-mccoy"]


def test_an_open_question_on_what_someone_says_of_it_does_not_go_first_for_an_ask_of_no_speech():
    roe = Person(id="who-tom-roe", name="Tom Roe", role="Bayline Ferries captain", aliases=["Roe"])
    charged = Fact(id="fact-roe-charged", text="Prosecutors charged Roe with reckless boating.", basis="Court")
    unsaid = Question(id="q-roe-response", text="What does Roe or his lawyer say about the charge? Not reported.")
    brief = _brief([charged], [roe])
    brief = msgspec.structs.replace(brief, questions=[unsaid])
    assert _cited(brief, "what's tom roe charged with")[:1] == ["fact-roe-charged"]
    assert _cited(brief, "what does tom roe say about the charge")[:1] == ["q-roe-response"]


def test_it_after_an_ask_naming_a_body_is_the_body_not_what_was_asked_of_it():
    board = Person(id="who-harbour-board", name="Harbour Board", kind="organisation", role="Runs the port")
    spent = Fact(id="fact-board-spent", text="The harbour board has spent $2 million on pier studies.", basis="Audit")
    created = TimelineEntry(id="time-2019-board-created", date="2019-05", event="The harbour board is created.")
    staff = Fact(id="fact-board-staff", text="The harbour board employs 40 people.", basis="Board report")
    brief = _brief([spent, staff], [board], [created])
    asked = "how much has the harbour board spent so far"
    assert _cited(brief, asked)[:1] == ["fact-board-spent"]
    assert _cited(brief, "when was it set up", asked)[:1] == ["time-2019-board-created"]  # the board, not spending
    assert _cited(brief, "how many people does it employ", asked)[:1] == ["fact-board-staff"]
    # "do it" is the deed asked about, not the board
    read = followup.read_with_previous("why do it that way", asked, build_index(brief))
    assert "board" not in read.split()


def test_who_wrote_it_after_an_ask_about_a_writing_asks_of_the_writing_not_the_story():
    roe = Person(id="who-tom-roe", name="Tom Roe", role="Salemport council member", aliases=["Roe"])
    lease = Fact(
        id="fact-ordinance-lease",
        text="The pier ordinance would let Bayline Ferries lease the pier for 30 years.",
        basis="Ordinance",
    )
    author = Fact(id="fact-ordinance-author", text="Council member Tom Roe wrote the pier ordinance.", basis="Minutes")
    brief = _brief([lease, author], [roe])
    asked = "what would the pier ordinance allow"
    assert _cited(brief, asked)[:1] == ["fact-ordinance-lease"]
    # asked as if it named the ordinance, not as the story's byline
    assert _cited(brief, "who wrote it", asked) == _cited(brief, "who wrote the pier ordinance") != ["source"]
    assert _cited(brief, "who wrote it", "what's the headline") == ["source"]  # the story, asked of as published
    assert _cited(brief, "who wrote this story", asked) == ["source"]
