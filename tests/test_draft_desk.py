"""Drafts a desk would not have to undo: text mis-decoded on its way to the page is read as written; a document
that speaks as itself is the quotation's speaker but no people entry; one pronoun that may be someone else's does
not settle a person's sex against what the first name says, and a possessive settles a name the table lacks;
"Doe's spokeswoman said" is the spokeswoman's quotation, "Doe's campaign said" the campaign's."""

from __future__ import annotations

import yaml

from bot.cli.check import check_paths
from bot.draft import draft_brief, write_draft
from tests.draftstories import people_in, quotes_in, quotes_of, story_of


def misdecoded(text: str, codec: str = "cp1252") -> str:
    """The text as a page shows it when its UTF-8 bytes were read as another encoding."""
    return text.encode("utf-8").decode(codec)


def test_a_quotation_mark_and_a_name_read_as_cp1252_are_repaired():
    text = '\u201cWe will rebuild the pier before winter," said Juli\u00e1n Moreno, the harbour\u2019s master.'
    assert "\u00e2\u20ac\u0153" in misdecoded(text)  # the opening mark arrives as three characters
    got = quotes_of("The harbour board met on Monday.", misdecoded(text))
    assert got == [("We will rebuild the pier before winter", "Juli\u00e1n Moreno")]


def test_a_name_mis_decoded_twice_is_repaired():
    name = "Fran\u00e7ois Bas\u00e1\u00f1ez"
    twice = misdecoded(misdecoded(name, "latin-1"), "latin-1")
    assert twice != name
    story = story_of(f'{twice}, the ferry line\'s owner, spoke at the pier on Monday.\n\n"We are ready," he said.')
    assert name in people_in(story)


def test_the_stored_source_holds_the_repaired_text_and_the_quotation_checks_against_it():
    body = "The harbour board met on Monday.\n\n" + misdecoded('"The pier is safe," said Ren\u00e9e Dub\u00e9.')
    draft = draft_brief("Board meets over the pier\n\n" + body, date="2020-06-17")
    assert "Ren\u00e9e Dub\u00e9" in draft.source_text and "\u00c3" not in draft.source_text
    assert [(q.text, q.speaker_name) for q in draft.quotes] == [("The pier is safe", "Ren\u00e9e Dub\u00e9")]
    assert not draft.warnings or all("verbatim" not in w for w in draft.warnings)


def test_text_that_was_decoded_right_is_left_as_it_is():
    text = "\u201cNa\u00efve, perhaps,\u201d said Zo\u00eb Ortega \u2014 the owner\u2019s daughter."
    got = quotes_of("The harbour board met on Monday.", text)
    assert got == [("Na\u00efve, perhaps", "Zo\u00eb Ortega")]


DOCUMENT_STORY = (
    "Pier closure splits the harbour town\n\n"
    "The closure has split the town for years.\n\n"
    "A letter to council members calls for the town to treat \u201cthe old pier\u201d as a danger.\n\n"
    "Ansel Roe, who runs the ferry line, spoke at the pier on Monday.\n\n"
    '"We are doing our best," Roe said.'
)


def test_a_document_that_speaks_as_itself_keeps_the_quotation_but_is_not_listed_among_people(tmp_path):
    draft = draft_brief(DOCUMENT_STORY, date="2020-06-17")
    data = yaml.safe_load(draft.yaml_text)
    speakers = {q["text"]: q["speaker"] for q in data["quotes"]}
    assert speakers == {"the old pier": "Unnamed letter", "We are doing our best": "Ansel Roe"}
    assert [p["name"] for p in data["people"]] == ["Ansel Roe"]
    write_draft(draft, tmp_path, force=False)
    valid, problems = check_paths([tmp_path])
    assert valid == 1 and all(p.severity == "warning" for p in problems), problems


def test_an_unnamed_person_who_speaks_is_still_listed():
    draft = draft_brief(
        "Pier closure splits the harbour town\n\n"
        '"The pier must close before the winter storms," said a ferry line spokeswoman, who asked not to be named.',
        date="2020-06-17",
    )
    data = yaml.safe_load(draft.yaml_text)
    assert [q["speaker"] for q in data["quotes"]] == [p["name"] for p in data["people"]]


def test_one_pronoun_against_the_first_names_sex_does_not_settle_it():
    text = "Walter Pell mocked the harbour plan of the rival candidate, saying she would be a poor mayor."
    story = story_of(text, first_names={"Walter": "m"})
    assert story.cast.lookup("Walter Pell").gender == "m"


def test_two_pronouns_that_can_only_be_that_person_settle_it_against_the_first_name():
    text = (
        "Walter Pell missed the vote because she was at sea.\n\nWalter Pell said she would be back for the next vote."
    )
    story = story_of(text, first_names={"Walter": "m"})
    assert story.cast.lookup("Walter Pell").gender == "f"


def test_one_pronoun_settles_a_name_the_table_does_not_know():
    text = "Ansel Pell missed the vote because she was at sea."
    story = story_of(text, first_names={"Walter": "m"})
    assert story.cast.lookup("Ansel Pell").gender == "f"


def test_a_possessive_settles_a_name_the_table_does_not_know_and_a_pronoun_then_skips_the_other_sex():
    text = (
        "Zorvana Quell, a council member, and Brisk Tamarin, the mayor, met on Tuesday.\n\n"
        "Quell raised her voice at the meeting. Tamarin folded his arms.\n\n"
        '"We cannot wait another year," she said.'
    )
    story = story_of(text, first_names={})
    assert story.cast.lookup("Zorvana Quell").gender == "f"
    assert story.cast.lookup("Brisk Tamarin").gender == "m"
    assert quotes_in(story) == [("We cannot wait another year", "Zorvana Quell")]


def test_a_possessive_after_a_preposition_or_her_as_an_object_casts_no_vote():
    text = (
        "Ansel Pell voted for her challenger.\n\nDoran Vesk told her that the vote was close.\n\n"
        "Ilsa Marrow gave her a ballot."
    )
    story = story_of(text, first_names={})
    assert [story.cast.lookup(n).gender for n in ("Ansel Pell", "Doran Vesk", "Ilsa Marrow")] == [None, None, None]


DOE = "Jane Doe, who runs the ferry line, spoke at the pier on Monday."


def test_a_possessors_spokeswoman_speaks_as_herself_not_as_the_possessor():
    got = quotes_of(DOE, 'Doe\u2019s spokeswoman said the line was "doing its best for passengers."')
    assert got == [("doing its best for passengers.", "Unnamed spokeswoman for Jane Doe")]


def test_a_possessors_lawyers_and_campaign_manager_are_their_own_speakers():
    got = quotes_of(DOE, "Doe's lawyers argued that the lease was \u201cvalid in every respect.\u201d")
    assert got == [("valid in every respect.", "Unnamed lawyers for Jane Doe")]
    got = quotes_of(DOE, "Doe's campaign manager says she is \u201cready for the vote.\u201d")
    assert got == [("ready for the vote.", "Unnamed campaign manager for Jane Doe")]


def test_a_persons_campaign_or_office_speaks_as_itself_not_as_the_person():
    got = quotes_of(DOE, "Doe's campaign said the ruling was \u201ca win for the town.\u201d")
    assert got == [("a win for the town.", "Jane Doe's campaign")]
    got = quotes_of(DOE, "\u201cThe ruling is a win for the town,\u201d Doe\u2019s re-election campaign said.")
    assert got == [("The ruling is a win for the town", "Jane Doe's re-election campaign")]
    got = quotes_of(DOE, "In a statement, Doe's press office called the report \u201cmisleading and late.\u201d")
    assert got == [("misleading and late.", "Jane Doe's press office")]


def test_a_persons_campaign_is_listed_as_a_body_of_theirs():
    draft = draft_brief(
        "Ferry line under fire\n\n" + DOE + '\n\nDoe\u2019s campaign said the line was "doing its best."',
        date="2020-06-17",
    )
    people = {p["name"]: p for p in yaml.safe_load(draft.yaml_text)["people"]}
    assert people["Jane Doe's campaign"]["role"] == "campaign of Jane Doe"
    assert "Jane Doe" in people


def test_a_bodys_own_board_still_speaks_for_the_body():
    got = quotes_of(
        "Bayline Ferries runs the harbour route.",
        "Bayline Ferries' board said the fares were \u201cfair for every rider.\u201d",
    )
    assert got == [("fair for every rider.", "Bayline Ferries")]


def test_a_possessors_spokeswoman_named_in_apposition_is_that_person():
    got = quotes_of(DOE, "Doe's spokeswoman, Ann Roe, said the line was \u201cdoing its best for passengers.\u201d")
    assert got == [("doing its best for passengers.", "Ann Roe")]


def test_the_unnamed_spokeswoman_is_listed_with_whom_she_speaks_for():
    draft = draft_brief(
        "Ferry line under fire\n\n" + DOE + '\n\nDoe\u2019s spokeswoman said the line was "doing its best."',
        date="2020-06-17",
    )
    people = {p["name"]: p["role"] for p in yaml.safe_load(draft.yaml_text)["people"]}
    assert people["Unnamed spokeswoman for Jane Doe"] == "spokeswoman for Jane Doe"


def test_an_unnamed_spokeswoman_for_a_titled_name_keeps_the_whole_name():
    got = quotes_of(DOE, "A spokeswoman for Ms. Doe said Wednesday that the timetable \u201chas not changed.\u201d")
    assert got == [("has not changed.", "Unnamed spokeswoman for Ms. Doe")]


def test_a_possessors_relative_is_of_them_and_takes_the_relations_sex():
    story = story_of(DOE + "\n\nDoe's wife said the pier was \u201cthe town's heart.\u201d")
    assert quotes_in(story) == [("the town's heart.", "Unnamed wife of Jane Doe")]
    wife = next(e for e in story.cast.entities if e.name == "wife of Jane Doe")
    assert wife.gender == "f"
