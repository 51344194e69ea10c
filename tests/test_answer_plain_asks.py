"""Plain asks as reporters type them on a story nobody tuned the engine on: how old someone is or where they come
from, how big something was, whose view it is, what a law was meant to do. Every brief here is made up."""

from __future__ import annotations

from bot.answer import build_index
from bot.answer.intent import parse
from bot.briefs.model import Brief, Fact, Person, Question, Quote
from tests.madeupbriefs import first_cited, made_up_brief

RULING = Fact(
    id="fact-ruling",
    text="Judge Ana Whitby blocked the Marsh County rent law on Tuesday, two days before it was to take effect.",
    basis="Court order",
)
BACKGROUND = Fact(
    id="fact-whitby-background",
    text="Whitby, a Nigerian-born former prosecutor, was born in 1968 and joined the county bench in 2011.",
    basis="Court biography",
)
WALKOUT = Fact(
    id="fact-walkout-size",
    text="The bus drivers' walkout that followed the ruling is one of the largest in the county's history.",
    basis="Transit union",
)
VIEW = Fact(
    id="fact-whitby-fairness",
    text="Whitby wrote that the law was not fair to small landlords who had signed leases before it passed.",
    basis="Court order",
)
SHIELDS = Fact(
    id="fact-law-shields",
    text="The law shields tenants over 65 and families with children from rent rises above 3 percent a year.",
    basis="County code",
)
APPEAL = Fact(
    id="fact-appeal-vote",
    text="The county board is scheduled to vote on an appeal next month.",
    basis="Board agenda",
)
WHITBY = Person(id="who-ana-whitby", name="Ana Whitby", role="Marsh County circuit judge", aliases=["Whitby"])


def _brief(
    facts: list[Fact],
    title: str = "Judge blocks Marsh County rent law",
    judge: Person = WHITBY,
    **items: list,
) -> Brief:
    """A made-up story's brief with these facts, the judge, and any other items (`quotes=…`, `questions=…`, `others=…`
    for more people)."""
    others = items.pop("others", [])
    return made_up_brief(
        "marsh-rent-law",
        title,
        "Marsh Ledger",
        "2026-04-02",
        "A judge blocked the Marsh County rent law.",
        facts=facts,
        people=[judge, *others],
        **items,
    )


def test_the_year_someone_was_born_tells_how_old_they_are():
    brief = _brief([RULING, BACKGROUND, VIEW])
    assert first_cited(brief, "how old is whitby") == ["fact-whitby-background"]
    assert first_cited(brief, "whitby's age?") == ["fact-whitby-background"]


def test_where_someone_was_born_as_a_word_before_born_tells_where_they_are_from():
    brief = _brief([RULING, BACKGROUND, VIEW])
    assert first_cited(brief, "where's whitby originally from") == ["fact-whitby-background"]


def test_how_big_something_was_is_answered_by_where_it_ranks_by_size():
    brief = _brief([RULING, WALKOUT])
    assert first_cited(brief, "how big a walkout was this") == ["fact-walkout-size"]
    # Ranked by something else, or not ranked at all, it is no answer to how big.
    assert first_cited(_brief([RULING]), "how big a walkout was this") == []


def test_whose_view_it_is_names_nothing_the_brief_must_hold():
    brief = _brief([RULING, VIEW])
    assert first_cited(brief, "is the law fair in her view") == ["fact-whitby-fairness"]
    assert first_cited(brief, "is the law fair, in her opinion?") == ["fact-whitby-fairness"]


def test_what_a_law_was_meant_to_do_turns_on_the_verb_not_on_meant_to():
    brief = _brief([RULING, SHIELDS, APPEAL])
    assert first_cited(brief, "what was the law meant to shield") == ["fact-law-shields"]
    # Where the phrase is what the items share, it still finds them.
    assert first_cited(brief, "is the board scheduled to vote") == ["fact-appeal-vote"]


def test_he_or_she_in_a_first_ask_is_the_titles_person_whatever_their_middle_initial():
    grounds = Fact(
        id="fact-grounds",
        text="Whitby found that the law takes property without due process, which the state constitution bars.",
        basis="Court order",
    )
    judge = Person(
        id="who-ana-whitby", name="Ana W. Whitby", role="Marsh County circuit judge", aliases=["Ana Whitby", "Whitby"]
    )
    brief = _brief([RULING, grounds, WALKOUT], title="Judge Ana W. Whitby blocks Marsh County rent law", judge=judge)
    assert first_cited(brief, "on what grounds did she toss it") == ["fact-grounds"]


def test_the_adverb_of_a_verb_of_two_words_is_part_of_the_verb():
    rents = Fact(id="fact-rents", text="Rents in the county have not gone down since 2019.", basis="County data")
    index = build_index(_brief([RULING, rents]))
    assert [c.word for c in parse("where did the ledger sit down with her", index).concepts] == ["ledger", "sit"]
    assert [c.word for c in parse("why did the tenants run away", index).concepts] == ["tenants", "run"]
    # Not after a verb, it is a word of its own: "down" asks what went down.
    assert [c.word for c in parse("what's down since 2019", index).concepts][:1] == ["down"]


def test_general_words_for_negotiating_opposing_and_goods_find_the_items_words():
    talks = Fact(
        id="fact-talks",
        text="Landlords and tenant groups negotiated the rent law over six weeks at the county office in Marsh Falls.",
        basis="County records",
    )
    builders = Fact(
        id="fact-builders",
        text="Home builders opposed the law, saying it would slow new construction.",
        basis="Builders' association",
    )
    imports = Fact(
        id="fact-imports",
        text="The county also taxes imported goods such as lumber, steel and glass.",
        basis="County code",
    )
    brief = _brief([RULING, talks, builders, imports])
    assert first_cited(brief, "where was the law hammered out") == ["fact-talks"]
    assert first_cited(brief, "does anyone hate the law") == ["fact-builders"]
    assert first_cited(brief, "who is hostile to the law") == ["fact-builders"]
    assert first_cited(brief, "what products get taxed") == ["fact-imports"]


def test_a_persons_worry_or_concern_is_what_they_say():
    organiser = Person(id="who-lena-osei", name="Lena Osei", role="organiser, Marsh Tenants Union", aliases=["Osei"])
    evictions = Quote(
        id="quote-osei-evictions",
        text="Every week the law is on hold, more families get eviction notices.",
        speaker="Lena Osei",
        role="organiser, Marsh Tenants Union",
    )
    brief = _brief([RULING, APPEAL], quotes=[evictions], others=[organiser])
    assert first_cited(brief, "what's her worry", "who is lena osei") == ["quote-osei-evictions"]
    assert first_cited(brief, "osei's concerns?") == ["quote-osei-evictions"]
    assert first_cited(brief, "what does osei fear") == ["quote-osei-evictions"]


def test_an_english_adjective_is_not_read_as_the_initials_of_a_brief_phrase():
    vote = Fact(
        id="fact-members-approve-deal",
        text="Union members approve deal by a wide margin; members approve deal terms on pay first.",
        basis="Union count",
    )
    grievance = Fact(
        id="fact-drivers-grievance",
        text="The drivers were angry that the county moved their depot without asking them.",
        basis="Transit union",
        asks=["why did the drivers walk out"],
    )
    brief = _brief([RULING, vote, grievance])
    assert first_cited(brief, "what were the drivers mad about") == ["fact-drivers-grievance"]


def test_whether_someone_responded_is_their_words_or_an_item_telling_whether_they_did():
    bill = Fact(
        id="fact-doe-bill",
        text="Council member Sam Doe wrote the bill that would cap rents in Marsh County.",
        basis="Council records",
    )
    mayor = Question(
        id="q-mayor-response",
        text="How will the mayor respond to the Doe bill? Her office has not said.",
    )
    doe_said = Quote(
        id="quote-doe-tenants",
        text="Tenants cannot wait another year for this.",
        speaker="Sam Doe",
        role="Marsh County council member",
    )
    landlords = Question(
        id="q-landlords-comment",
        text="Will the landlords' group fight the ruling? Its spokesman declined to comment.",
    )
    doe = Person(id="who-sam-doe", name="Sam Doe", role="Marsh County council member", aliases=["Doe"])
    group = Person(
        id="who-marsh-landlords", name="Marsh Landlords Group", role="landlords' trade group", kind="organisation"
    )
    brief = _brief([RULING, bill], quotes=[doe_said], questions=[mayor, landlords], others=[doe, group])
    # An open question on how someone else will respond to Doe's bill names Doe, but tells nothing Doe said.
    assert first_cited(brief, "did doe respond") == ["quote-doe-tenants"]
    # An item saying the group's spokesman declined to comment tells whether the group responded.
    assert first_cited(brief, "did the landlords group comment") == ["q-landlords-comment"]


def test_where_things_stand_asks_for_the_latest():
    started = Fact(
        id="fact-walkout-start", text="Bus drivers walked out on March 3 over the depot move.", basis="Union"
    )
    latest = Fact(
        id="fact-walkout-deal",
        text="Drivers and the county reached a tentative deal on March 30 to end the walkout.",
        basis="County statement",
        date="2026-03-30",
    )
    brief = _brief([RULING, started, latest])
    assert first_cited(brief, "what's the latest on the walkout") == ["fact-walkout-deal"]
    assert first_cited(brief, "where do things stand with the walkout") == ["fact-walkout-deal"]
    assert first_cited(brief, "where are we on the walkout") == ["fact-walkout-deal"]
