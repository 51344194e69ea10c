"""Properties, not just examples: any valid brief renders within Slack's limits, any command text gets
exactly one reply, and the escaping function never lets markup through.

`assert_within_slack_limits` and `live_tokens` are the checks the reliability tests share.
"""

from __future__ import annotations

import html
import json
import logging
import re
import shutil
import time
from pathlib import Path

import pytest
import yaml
from hypothesis import HealthCheck, Phase, assume, given, settings
from hypothesis import strategies as st
from slack_sdk.models.blocks import Block

from bot import ids
from bot.access import Viewer
from bot.answer import answer_question, find_items
from bot.briefs.library import load_library
from bot.briefs.loader import load_brief_file
from bot.command import StoryRequest, parse_command
from bot.render import briefs
from bot.render.blockkit import (
    MAX_BLOCKS,
    MAX_HEADER_TEXT,
    MAX_LINK_LABEL,
    MAX_MESSAGE_TEXT,
    MAX_SECTION_TEXT,
    ZWSP,
    Message,
    clip,
    escape,
    fit,
    link,
    plain,
    split_text,
    text_version,
)
from bot.render.notices import cannot_post_message
from bot.slack.commands import _private_reply, _public_messages
from bot.slack.services import Services
from bot.store import Store
from tests.sizing import examples
from tests.slackharness import REPO, STORY, copy_briefs, start_harness, stop_harness

PROPERTIES = "Property tests (hypothesis): generated briefs, command texts and strings"
HELD = "held for every generated example (Block Kit validation and limits, one reply, inert escaping)"
GOOD = REPO / "tests" / "good_briefs"

# -- the checks the reliability tests share -------------------------------------------------------------------
MARKUP = "*_~`"
# Characters that hide or reorder text; none may reach Slack (the app's own ZWSP guards markup, checked apart).
INVISIBLE = re.compile("[\u200c-\u200f\u202a-\u202e\u2060-\u2064\u2066-\u2069\ufeff\u00ad]")
ENTITY_OR_AMP = re.compile(r"&(?!amp;|lt;|gt;)")
TOKEN = re.compile(r"<([^<>]*)>")


def displayed_texts(payload) -> list[str]:
    """Every string Slack would show from a message: `text` fields of the message and of its blocks."""
    found: list[str] = []

    def walk(node, key=None):
        if isinstance(node, dict):
            for k, v in node.items():
                walk(v, k)
        elif isinstance(node, list):
            for v in node:
                walk(v, key)
        elif isinstance(node, str) and key == "text":
            found.append(node)

    walk(payload)
    return found


def live_tokens(text: str) -> list[str]:
    """What Slack would parse as a mention, a channel, a broadcast or a link: every <…>."""
    return TOKEN.findall(text)


def assert_inert(text: str, allowed_tokens: set[str] | None = None) -> None:
    """No <…> but the allowed ones, no stray < or >, every & an entity, no hiding characters, guarded markup."""
    tokens = live_tokens(text)
    if allowed_tokens is not None:
        assert set(tokens) <= allowed_tokens, f"live tokens {set(tokens) - allowed_tokens} in {text[:300]!r}"
    stripped = TOKEN.sub("", text)
    assert "<" not in stripped and ">" not in stripped, f"raw angle bracket in {text[:300]!r}"
    assert not ENTITY_OR_AMP.search(stripped), f"raw & in {text[:300]!r}"
    assert not INVISIBLE.search(text), f"invisible character in {text[:300]!r}"
    for at in [m.start() for m in re.finditer(ZWSP, text)]:
        assert at > 0 and text[at - 1] in MARKUP, f"zero-width space not guarding markup in {text[:300]!r}"


def _check_text_object(obj: dict, kinds: tuple[str, ...], limit: int) -> None:
    assert obj["type"] in kinds, obj
    assert obj["text"].strip(), f"blank text: {obj}"
    assert len(obj["text"]) <= limit, f"{len(obj['text'])} characters, over {limit}"


def assert_block_within_limits(block: dict) -> None:
    parsed = Block.parse(block)
    assert parsed is not None, f"not a block: {block}"
    parsed.validate_json()
    kind = block["type"]
    if kind == "header":
        _check_text_object(block["text"], ("plain_text",), MAX_HEADER_TEXT)
    elif kind == "section":
        _check_text_object(block["text"], ("mrkdwn", "plain_text"), MAX_SECTION_TEXT)
    elif kind == "context":
        assert 1 <= len(block["elements"]) <= 10
        for element in block["elements"]:
            _check_text_object(element, ("mrkdwn", "plain_text"), MAX_SECTION_TEXT)
    elif kind == "actions":
        assert 1 <= len(block["elements"]) <= 25
        for element in block["elements"]:
            _check_text_object(element["text"], ("plain_text",), 75)
            assert len(element.get("value", "")) <= 2000
    else:
        assert kind == "divider", f"unexpected block type {kind}"


def assert_within_slack_limits(text: str | None, blocks: list[dict] | None) -> None:
    """One message as sent: what Slack's Block Kit validation (slack_sdk models) and its limits accept."""
    blocks = blocks or []
    assert len(blocks) <= MAX_BLOCKS, f"{len(blocks)} blocks"
    for block in blocks:
        assert_block_within_limits(block)
    text = text or ""
    assert len(text) <= MAX_MESSAGE_TEXT
    assert blocks or text.strip(), "a message needs text or blocks"


def assert_sent_within_limits(call) -> None:
    """A call recorded at the fake (chat.postMessage, chat.postEphemeral, response_url) within Slack's limits."""
    assert_within_slack_limits(call.params.get("text"), call.params.get("blocks"))


# -- generated briefs -----------------------------------------------------------------------------------------
HOSTILE_WORDS = [
    "<!channel>", "<!here>", "<!everyone>", "<!subteam^S0123|@desk>", "<@U0BOSS>", "<#C0GENERAL|general>",
    "<https://evil.example|click here>", "&lt;!channel&gt;", "&amp;", "&", "<", ">", "*", "_", "~", "`", "```",
    "*bold*", "_it_", "~gone~", "`code`", "> quote", "• item", "|", "\u200b", "\u200d", "\u202e", "\u2066",
    "\ufeff", "\u00ad", "\n", "\n\n\n", ":skull:", "@channel", "x" * 400,
]  # fmt: skip
_letters = st.characters(blacklist_categories=("Cs", "Cc"))
word = st.one_of(st.sampled_from(HOSTILE_WORDS), st.text(_letters, min_size=1, max_size=10))
short_text = st.lists(word, min_size=1, max_size=6).map(" ".join)
long_text = st.tuples(short_text, st.integers(20, 150)).map(lambda pair: " ".join([pair[0]] * pair[1]))
any_text = st.one_of(short_text, short_text, short_text, long_text)
date = st.sampled_from(["2024", "2024-03", "2024-03-05", "1999-12-31"])
maybe = lambda strategy: st.one_of(st.none(), strategy)  # noqa: E731
slack_id = st.sampled_from(["U0123ABCD", "W0EDITOR1", "U0DESK"])
url = st.sampled_from(
    ["https://example.com/news/story", "http://x.example/a?b=1&c=<!channel>|<@U0BOSS>", "https://e.example/&amp;>"]
)


def _numbered(prefix: str, items: list[dict]) -> list[dict]:
    return [{"id": f"{prefix}-{n}", **item} for n, item in enumerate(items)]


fact = st.fixed_dictionaries({"text": any_text, "basis": short_text}, optional={"date": date})
quote = st.fixed_dictionaries(
    {"text": any_text, "speaker": short_text, "role": short_text},
    optional={"to": short_text, "date": date, "context": short_text},
)
question = st.one_of(
    st.fixed_dictionaries({"text": any_text}),
    st.fixed_dictionaries({"text": short_text, "status": st.just("answered"), "answer": any_text, "basis": short_text}),
)
timeline = st.fixed_dictionaries({"date": date, "event": any_text}, optional={"basis": short_text})
person = st.fixed_dictionaries(
    {"name": short_text, "role": short_text}, optional={"kind": st.sampled_from(["person", "organisation"])}
)
editor = st.fixed_dictionaries({"name": short_text}, optional={"slack": slack_id})
source = st.fixed_dictionaries(
    {"outlet": short_text, "published": date},
    optional={"headline": short_text, "url": url, "page_date": date, "republisher": short_text, "dating": short_text},
)
brief_data = st.fixed_dictionaries(
    {
        "title": any_text,
        "status": st.sampled_from(["developing", "published", "archived"]),
        "updated": date,
        "editors": st.lists(editor, min_size=1, max_size=4),
        "source": source,
        "summary": any_text,
        "facts": st.lists(fact, min_size=1, max_size=40).map(lambda items: _numbered("fact", items)),
    },
    optional={
        "quotes": st.lists(quote, max_size=12).map(lambda items: _numbered("quote", items)),
        "questions": st.lists(question, max_size=12).map(lambda items: _numbered("question", items)),
        "timeline": st.lists(timeline, max_size=12).map(lambda items: _numbered("time", items)),
        "people": st.lists(person, max_size=8).map(lambda items: _numbered("who", items)),
    },
)


@pytest.fixture(scope="module")
def scratch(tmp_path_factory) -> Path:
    return tmp_path_factory.mktemp("generated-briefs")


def load_generated(data: dict, folder: Path):
    """A generated brief through the real loader: written as YAML, read back; None when the loader refuses it."""
    path = folder / "generated-story.yaml"
    path.write_text(yaml.safe_dump(data, allow_unicode=True, sort_keys=False), encoding="utf-8")
    result = load_brief_file(path, folder)
    return result.brief


def source_link(brief) -> set[str]:
    """The one link a brief's messages may hold: its own source.url, as `link` writes it."""
    return {link(brief.source.url, brief.source.outlet)[1:-1]} if brief.source.url else set()


def rendered_messages(brief, question_text: str, typed: str) -> dict[str, list[Message]]:
    overview = briefs.overview_message(brief, waiting=3)
    out = {
        "overview": [overview],
        "matches": briefs.matches_messages(brief, typed, find_items(brief, typed)),
        "answer": [briefs.answer_message(brief, answer_question(brief, question_text))],
        "desk": [briefs.desk_message(brief, "U0ASKER")],
        "help": [briefs.help_message([brief])],
        "list": briefs.list_messages([brief]),
        "candidates": [briefs.candidates_message(typed, (brief, brief))],
        "unknown": [briefs.unknown_message(typed, (brief,))],
        "cannot post": [cannot_post_message("is_archived", [overview])],
        "text version": [text_version([overview], note="_(note)_")],
    }
    for name in (*ids.ALL_SECTIONS, "all"):
        out[f"section {name}"] = briefs.section_messages(brief, name)
    return out


@pytest.mark.reliability(PROPERTIES, case="any valid brief renders within Block Kit limits", outcome=HELD)
@settings(
    max_examples=examples(0.5),
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large],
    phases=[Phase.explicit, Phase.reuse, Phase.generate],  # whole briefs shrink slowly; report them as found
)
@given(data=brief_data, question_text=short_text, typed=short_text)
def test_any_valid_brief_renders_within_block_kit_limits(scratch, data, question_text, typed):
    brief = load_generated(data, scratch)
    assume(brief is not None)
    allowed = {f"@{e.slack}" for e in brief.editors if e.slack} | {"@U0ASKER"} | source_link(brief)
    for name, messages in rendered_messages(brief, question_text, typed).items():
        assert messages, name
        for message in messages:
            sent = fit(message)
            assert_within_slack_limits(sent.text, sent.blocks)
            if name.startswith(("section", "matches", "list")):
                assert sent == message, f"{name}: the renderer itself must keep within limits (paginate)"
            for text in displayed_texts(sent.blocks) + [sent.text]:
                assert_inert(text, allowed)
    overview = fit(briefs.overview_message(brief))
    assert overview.blocks[0]["type"] == "header"
    assert any(b["type"] == "actions" for b in overview.blocks), "the section buttons survive any summary"


# -- command text ---------------------------------------------------------------------------------------------
command_word = st.one_of(
    st.sampled_from(["microsoft", "dea", "tiny", "story", "quotes", "all", "list", "help", "who", "q", STORY]),
    st.sampled_from(["tiny-valid-story", "tiny story", "facts", "ls", "?", "", " "]),
    word,
)
command_text = st.lists(command_word, max_size=10).map(" ".join)


@pytest.fixture(scope="module")
def two_briefs(tmp_path_factory) -> Path:
    folder = copy_briefs(tmp_path_factory.mktemp("two-briefs") / "briefs")
    shutil.copy(GOOD / "tiny-valid-story.yaml", folder)
    shutil.copy(GOOD / "sources" / "tiny-valid-story.txt", folder / "sources")
    return folder


@pytest.mark.reliability(
    PROPERTIES, case="any command text gets one reply, no exception (parse + render)", outcome=HELD
)
@settings(max_examples=examples(1), deadline=None)
@given(text=command_text)
def test_any_command_text_gets_one_reply_within_limits(two_briefs, tmp_path_factory, text):
    library = load_library(two_briefs)
    request = parse_command(text, library)
    store = Store(tmp_path_factory.getbasetemp() / "commands.sqlite3")
    services = Services(library=lambda: library, store=store)
    view = library.visible_to(Viewer.asking_now("U0ANY", "C0ANY"))
    messages = _public_messages(request, view, services) if isinstance(request, StoryRequest) else None
    if messages is None:
        messages = _private_reply(request, view, services)
    assert messages
    links = set().union(*(source_link(library.get(story)) for story in library.briefs))
    for message in messages:
        sent = fit(message)
        assert_within_slack_limits(sent.text, sent.blocks)
        for shown in displayed_texts(sent.blocks) + [sent.text]:
            assert_inert(shown, allowed_tokens=links)


@pytest.fixture(scope="module")
def command_harness(two_briefs, tmp_path_factory):
    running = start_harness(two_briefs, tmp_path_factory.mktemp("command-harness") / "briefbot.sqlite3")
    yield running
    stop_harness(running)


@pytest.mark.reliability(PROPERTIES, case="any command text over HTTP: exactly one reply", outcome=HELD)
def test_any_command_text_over_http_gets_exactly_one_reply(command_harness, caplog):
    caplog.set_level(logging.WARNING)
    fake, sent = command_harness.fake, []

    @settings(max_examples=examples(0.2), deadline=None, database=None)
    @given(text=command_text)
    def one_command(text):
        channel = f"C0PROP{len(sent):04d}"
        status, name = command_harness.command(text, channel=channel)
        assert status == 200
        deadline = time.monotonic() + 15
        while not (fake.calls("response_url", name=name) or fake.calls("chat.postMessage", channel=channel)):
            assert time.monotonic() < deadline, f"no reply to /brief {text!r}"
            time.sleep(0.02)
        sent.append((text, channel, name))

    one_command()
    time.sleep(0.5)  # anything extra the app might still send
    for text, channel, name in sent:
        private, public = fake.calls("response_url", name=name), fake.calls("chat.postMessage", channel=channel)
        assert bool(private) != bool(public), f"/brief {text!r}: private {len(private)}, public {len(public)}"
        top_level = [p for p in public if not p.params.get("thread_ts")]
        assert len(private) == 1 or len(top_level) == 1, f"/brief {text!r}: not exactly one reply"
        for call in private + public:
            assert call.response.get("ok", True) and call.response.get("status", 200) == 200, str(call)
            assert_sent_within_limits(call)
    problems = [r.getMessage() for r in caplog.records if r.levelno >= logging.WARNING]
    assert not problems


# -- escaping -------------------------------------------------------------------------------------------------
anything = st.one_of(st.text(), st.lists(st.sampled_from(HOSTILE_WORDS), max_size=12).map("".join))


def _visible(text: str) -> str:
    return re.sub("[\x00-\x08\x0b\x0c\x0e-\x1f\x7f\u200b-\u200f\u202a-\u202e\u2060-\u2064\u2066-\u2069\ufeff\u00ad]",
                  "", text)  # fmt: skip


@pytest.mark.reliability(
    PROPERTIES, case="escape never lets <, > or a bare & through, even applied twice", outcome=HELD
)
@settings(max_examples=examples(3), deadline=None)
@given(text=anything)
def test_escape_is_inert_and_stays_safe_when_applied_twice(text):
    once = escape(text)
    twice = escape(once)
    for out in (once, twice):
        assert "<" not in out and ">" not in out
        assert not ENTITY_OR_AMP.search(out)
        assert not INVISIBLE.search(out)
        for at, char in enumerate(out):
            if char in MARKUP:
                assert out[at + 1 : at + 2] == ZWSP, f"unguarded {char!r} in {out!r}"
    assert html.unescape(once.replace(ZWSP, "")) == _visible(text).replace(ZWSP, ""), "nothing visible is lost"
    shown = plain(text)
    assert "<" not in shown and ">" not in shown and not ENTITY_OR_AMP.search(shown) and not INVISIBLE.search(shown)


@pytest.mark.reliability(PROPERTIES, case="split and clip never break an entity or a markup guard", outcome=HELD)
@settings(max_examples=examples(2), deadline=None)
@given(text=anything, size=st.integers(8, 400))
def test_split_and_clip_keep_escaped_text_whole_and_inert(text, size):
    escaped = escape(text)
    pieces = split_text(escaped, size)
    for piece in pieces:
        assert 0 < len(piece) <= size and piece.strip()
        assert not ENTITY_OR_AMP.search(piece) and "<" not in piece and ">" not in piece
        assert not piece.startswith(ZWSP), "a markup character was cut from its guard"
    if escaped.strip():
        assert re.sub(r"\s", "", "".join(pieces)) == re.sub(r"\s", "", escaped), "splitting loses nothing"
    clipped = clip(escaped, size)
    assert len(clipped) <= size and not ENTITY_OR_AMP.search(clipped)
    assert not (clipped.endswith(tuple(MARKUP)) and len(clipped) < len(escaped) and escaped[len(clipped)] == ZWSP)


@pytest.mark.reliability(PROPERTIES, case="a link keeps its label and URL inert", outcome=HELD)
@settings(max_examples=examples(1), deadline=None)
@given(path=st.text(st.characters(blacklist_categories=("Cs", "Zs", "Cc")), max_size=30), label=anything)
def test_link_is_one_token_with_an_escaped_label(path, label):
    out = link("https://example.com/" + path, label)
    assert out.startswith("<https://example.com/") and out.endswith(">")
    inner = out[1:-1]
    assert "<" not in inner and ">" not in inner
    url_part, _, label_part = inner.partition("|")
    assert " " not in url_part and not ENTITY_OR_AMP.search(url_part)
    assert escape(clip(label, MAX_LINK_LABEL)) == label_part
    assert link("https://example.com/" + "a" * 5000, label) == label_part, "a URL too long for a section: label only"


@pytest.mark.reliability(PROPERTIES, case="fit() brings any blocks within limits", outcome=HELD)
@settings(max_examples=examples(1), deadline=None)
@given(sizes=st.lists(st.integers(0, 9000), min_size=0, max_size=70), text_size=st.integers(0, 50000))
def test_fit_brings_any_message_within_limits(sizes, text_size):
    from bot.render.blockkit import section

    blocks = [section(escape("word " * (size // 5) or " ")) for size in sizes]
    sent = fit(Message(text="t" * text_size, blocks=blocks))
    assert_within_slack_limits(sent.text, sent.blocks)
    json.dumps(sent.blocks)


linked_text = st.lists(
    st.one_of(anything.map(escape), st.tuples(st.text(max_size=40), anything).map(
        lambda pair: link("https://example.com/" + pair[0].replace(" ", ""), pair[1] * 20))),
    max_size=40,
).map(" ".join)  # fmt: skip


@pytest.mark.reliability(PROPERTIES, case="splitting a long text never cuts a link", outcome=HELD)
@settings(max_examples=examples(1), deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(text=linked_text, size=st.integers(1800, MAX_SECTION_TEXT))
def test_split_never_cuts_a_link_in_two(text, size):
    for piece in split_text(text, size):
        assert len(piece) <= size
        assert piece.count("<") == piece.count(">") == len(live_tokens(piece)), piece[:200]


@pytest.mark.reliability(PROPERTIES, case="the plain-text fallback keeps text inert and markup guarded", outcome=HELD)
@settings(max_examples=examples(2), deadline=None)
@given(text=anything, title=anything)
def test_text_version_stays_inert_and_guarded_on_its_way_out(text, title):
    from bot.render.blockkit import header, section

    def guarded(shown: str) -> None:
        for at, char in enumerate(shown):
            if char in MARKUP and shown[at + 1 : at + 2] != "…":
                assert shown[at + 1 : at + 2] == ZWSP, f"unguarded {char!r} in {shown!r}"

    body = fit(text_version([Message(text="x", blocks=[section(escape(text))])]))
    heading = fit(text_version([Message(text="x", blocks=[header(title)])]))
    for sent in (body, heading):
        assert not sent.blocks
        assert_within_slack_limits(sent.text, sent.blocks)
        assert_inert(sent.text, allowed_tokens=set())
    guarded(body.text)
    assert heading.text.startswith("*") and heading.text.endswith("*")
    guarded(heading.text[1:-1])
