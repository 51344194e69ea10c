"""Briefs, sections, search results and answers → Slack messages (pure; no Slack client here)."""

from __future__ import annotations

import datetime as dt

from bot import ids
from bot.briefs.model import (
    Brief,
    Correction,
    Fact,
    Item,
    Person,
    Question,
    Quote,
    StoredBrief,
    TimelineEntry,
    is_real_user,
)
from bot.render.blockkit import (
    Message,
    actions,
    button,
    clip,
    context,
    escape,
    header,
    link,
    paginate,
    plain,
    section,
)

SECTION_TITLES = {
    "summary": "Summary",
    "facts": "Key facts",
    "quotes": "Quotes",
    "questions": "Open questions",
    "timeline": "Timeline",
    "people": "People and organisations",
    "sources": "Sources",
}
ITEM_LABELS = {
    "facts": "Fact",
    "quotes": "Quote",
    "questions": "Open question",
    "timeline": "Timeline",
    "people": "Who",
    "sources": "Source",
}


def _quote_lines(text: str) -> str:
    return "\n".join("&gt;" + line for line in escape(text).split("\n"))


def _join(*parts: str | None) -> str:
    return " · ".join(p for p in parts if p)


def render_item(section_name: str, item: Item, label: bool = False) -> str:
    """One item as mrkdwn: its own text, then its attribution."""
    prefix = f"*{ITEM_LABELS[section_name]}* · " if label else ""
    if isinstance(item, Quote):
        prefix = prefix.replace(" · ", " ")
        who = _join(f"*{escape(item.speaker)}*", escape(item.role))
        said = _join(who, f"to {escape(item.to)}" if item.to else None, escape(item.date) if item.date else None)
        return f"{_quote_lines('“' + item.text + '”')}\n{prefix}— {said}"
    if isinstance(item, Fact):
        meta = _join(escape(item.date) if item.date else None, f"basis: {escape(item.basis)}")
        return f"{prefix}{escape(item.text)}\n_{meta}_"
    if isinstance(item, Question):
        if item.status == "answered":
            answer = f"*Answered:* {escape(item.answer)}" + (f" _(basis: {escape(item.basis)})_" if item.basis else "")
            return f"{prefix}{escape(item.text)}\n{answer}"
        return f"{prefix}{escape(item.text)}\n*Still unknown* — the story leaves this open."
    if isinstance(item, TimelineEntry):
        basis = f"\n_{escape(item.basis)}_" if item.basis else ""
        return f"{prefix}*{escape(item.date)}* — {escape(item.event)}{basis}"
    if isinstance(item, Person):
        return f"{prefix}*{escape(item.name)}* — {escape(item.role)}"
    raise TypeError(f"not a brief item: {item!r}")


def _context_line(brief: Brief) -> str:
    source = brief.source
    original = f"first published {escape(source.published)}" if source.published else None
    via = f"republished by {escape(source.republisher)}" if source.republisher else None
    return _join(f"*{escape(brief.status)}*", f"updated {escape(brief.updated)}", escape(source.outlet), original, via)


def _count(brief: Brief, name: str) -> str:
    """How many items a section holds, for the overview; questions counted as open and answered."""
    if name != "questions":
        return f"{len(brief.items(name))} {SECTION_TITLES[name].lower()}"
    answered = sum(question.status == "answered" for question in brief.questions)
    still_open = f"{len(brief.questions) - answered} open questions"
    return f"{still_open}, {answered} answered" if answered else still_open


def latest_correction(brief: Brief) -> Correction | None:
    """The correction with the latest date (the last listed among equals)."""
    latest = None
    for correction in brief.corrections:
        if latest is None or correction.date >= latest.date:
            latest = correction
    return latest


def correction_line(correction: Correction) -> str:
    return f"*Correction* ({escape(correction.date)}): {escape(correction.text)}"


def overview_message(brief: Brief, waiting: int = 0) -> Message:
    """The brief's front page: title, context, summary, counts and a button per section."""
    counts = _join(*(_count(brief, name) for name in ids.ITEM_SECTIONS))
    blocks = [header(brief.title)]
    latest = latest_correction(brief)
    if latest is not None:
        blocks.append(section(correction_line(latest)))
    blocks += [context(_context_line(brief)), section(escape(brief.summary)), context(counts)]
    if waiting:
        where = f"on the desk's Home tab in briefbot, or `briefbot inbox {brief.id}`"
        blocks.append(context(f"{waiting} unanswered question(s) waiting for the desk · {where}"))
    buttons = [button(SECTION_TITLES[name], ids.section_action(name), brief.id) for name in ids.BUTTON_SECTIONS]
    buttons.append(button("Ask the desk", ids.ACTION_ASK_DESK, brief.id, style="primary"))
    blocks.append(actions(*buttons, block_id=ids.BLOCK_SECTIONS))
    blocks.append(context("Reply in this thread to ask about the story; answers come from the brief only."))
    return Message(text=clip(plain(f"{brief.title}: {brief.summary}"), 3000), blocks=blocks)


def section_messages(brief: Brief, section_name: str) -> list[Message]:
    """A section (or "all") as one message, continued in follow-on messages when long."""
    names = ids.ALL_SECTIONS if section_name == "all" else (section_name,)
    blocks = [
        header(f"{brief.title} — {SECTION_TITLES.get(section_name, 'Full brief')}"),
        context(_context_line(brief)),
    ]
    for name in names:
        if section_name == "all":
            blocks.append(section(f"*{SECTION_TITLES[name]}*"))
        blocks.extend(_section_blocks(brief, name))
    return paginate(f"{brief.title} — {SECTION_TITLES.get(section_name, 'Full brief')}", blocks)


def _section_blocks(brief: Brief, name: str) -> list[dict]:
    if name == "summary":
        return [section(escape(brief.summary))]
    if name == "sources":
        return [section(_sources_text(brief))]
    items = brief.items(name)
    if not items:
        return [context(f"_No {SECTION_TITLES[name].lower()} in this brief._")]
    return [section(render_item(name, item)) for item in items]


def _sources_text(brief: Brief) -> str:
    source = brief.source
    outlet = link(source.url, source.outlet) if source.url else f"*{escape(source.outlet)}*"
    lines = [outlet + (f": “{escape(source.headline)}”" if source.headline else "")]
    if source.byline:
        lines.append(f"By {escape(source.byline)}")
    lines.append(f"First published: {escape(source.published)}")
    if source.page_date or source.republisher:
        lines.append(
            _join(
                f"Republished by {escape(source.republisher)}" if source.republisher else None,
                f"page dated {escape(source.page_date)}" if source.page_date else None,
            )
        )
    if source.dating:
        lines.append(f"_Dating: {escape(source.dating)}_")
    if source.file:
        lines.append(f"Stored text: `{escape(source.file)}`")
    editors = ", ".join(escape(editor.name) for editor in brief.editors)
    lines.append(f"Editors: {editors}")
    return "\n".join(lines)


def matches_messages(brief: Brief, words: str, found: list[tuple[str, Item]]) -> list[Message]:
    """Items of one brief that match words someone typed after the story name."""
    title = f"{brief.title} — “{words}”"
    blocks = [header(title), context(f"{len(found)} matching item(s) · story `{escape(brief.id)}`")]
    blocks.extend(section(render_item(name, item, label=True)) for name, item in found)
    return paginate(title, blocks)


def no_match_message(brief: Brief, words: str, section_guess: str | None) -> Message:
    """Private reply when nothing in a brief matches the words typed: a misspelt section is suggested."""
    story = escape(brief.id)
    text = f"Nothing in *{escape(brief.title)}* matches “{escape(words)}”."
    if section_guess:
        text += f" Did you mean `{ids.COMMAND} {story} {section_guess}`?"
    else:
        sections = ", ".join(ids.ALL_SECTIONS)
        text += f" Sections: {sections} — e.g. `{ids.COMMAND} {story} facts`."
    return Message(text=plain(f"Nothing matches “{words}”"), blocks=[section(text)])


def brief_metadata(brief: Brief, section_name: str = "overview") -> dict:
    """Message metadata that ties a posted message to its story, so a thread can always be traced back."""
    return {"event_type": ids.EVENT_BRIEF_POSTED, "event_payload": {"story": brief.id, "section": section_name}}


def help_message(library_briefs: list[StoredBrief]) -> Message:
    """Private help: how to ask, with examples and the stories there are."""
    example = library_briefs[0].id if library_briefs else "STORY"
    lines = [
        f"*`{ids.COMMAND} STORY`* posts a brief's overview to the channel; reply in its thread to ask about it.",
        f"*`{ids.COMMAND} STORY SECTION`* posts one section: summary, facts, quotes, questions (q), timeline (when), "
        "people (who), sources, or all.",
        f"*`{ids.COMMAND} STORY WORDS`* shows the brief's items that match the words.",
        f"*`{ids.COMMAND} list`* lists every story.",
        f"*`{ids.COMMAND} STORY corrections`* and *`{ids.COMMAND} STORY changes`* show a brief's corrections and "
        "its versions, only to you.",
        f"Examples: `{ids.COMMAND} {escape(example)}` · `{ids.COMMAND} {escape(example)} quotes`",
    ]
    blocks = [header("briefbot help"), section("\n".join(lines))]
    blocks.extend(_story_list_blocks(library_briefs, limit=15))
    return paginate("briefbot help: /brief STORY [SECTION | WORDS]", blocks)[0]


NO_BRIEFS_YET = "No briefs are loaded yet: editors add them as YAML files in the bot's briefs folder (BRIEFS_DIR)."


def _story_list_blocks(briefs: list[StoredBrief], limit: int) -> list[dict]:
    if not briefs:
        return [
            context(
                "_No briefs are loaded yet: editors add them as YAML files in the bot's briefs folder (BRIEFS_DIR)._"
            )
        ]
    lines = [
        f"• *{escape(b.title)}* — `{escape(b.id)}` · {_status_label(b.status)} · updated {escape(b.updated)}"
        for b in briefs[:limit]
    ]
    more = [context(f"…and {len(briefs) - limit} more: `{ids.COMMAND} list`")] if len(briefs) > limit else []
    return [section("\n".join(lines))] + more


def _status_label(status: str) -> str:
    return "*draft — unpublished, shown only to whoever asks*" if status == "draft" else escape(status)


def unpublished_draft_messages(messages: list[Message]) -> list[Message]:
    """A draft brief, shown privately: marked as an unpublished draft, without the buttons that post."""
    note = (
        "*Unpublished draft.* No editor has checked this brief yet, so it is shown only to you and not posted "
        "in the channel. Its editors publish it by setting `status:` and running `briefbot check --strict`."
    )
    return _shown_only_to_you(messages, note, "Unpublished draft: ")


def restricted_messages(messages: list[Message], embargoed_until: dt.datetime | None) -> list[Message]:
    """A restricted or embargoed brief, shown privately: marked as such, without the buttons that post."""
    if embargoed_until is not None:
        when = embargo_time(embargoed_until)
        note = (
            f"*EMBARGOED until {when}.* Shown only to you, as one of its editors: until then the story does not "
            "exist for anyone else. Do not share it."
        )
        return _shown_only_to_you(messages, note, f"EMBARGOED until {when}: ")
    note = (
        "*Restricted story.* Shown only to you: it is limited to certain channels and people, and this "
        "conversation is not one of its channels. Do not share it here."
    )
    return _shown_only_to_you(messages, note, "Restricted: ")


def embargo_time(moment: dt.datetime) -> str:
    """An embargo's moment in UTC, to the minute (to the second when it has seconds)."""
    utc = moment.astimezone(dt.UTC)
    return utc.strftime("%Y-%m-%d %H:%M:%S UTC" if utc.second else "%Y-%m-%d %H:%M UTC")


def _shown_only_to_you(messages: list[Message], note: str, label: str) -> list[Message]:
    out = []
    for index, message in enumerate(messages):
        blocks = [block for block in message.blocks if block.get("type") != "actions"]
        if index == 0:
            blocks = [section(note), *blocks][:50]
        out.append(Message(text=clip(label + message.text, 3000), blocks=blocks))
    return out


def list_messages(briefs: list[StoredBrief]) -> list[Message]:
    blocks = [header(f"Stories ({len(briefs)})"), *_story_list_blocks(briefs, limit=len(briefs) or 1)]
    return paginate(f"{len(briefs)} stories", blocks)


def candidates_message(typed: str, briefs: tuple[StoredBrief, ...]) -> Message:
    lines = [f"• *{escape(b.title)}* — `{ids.COMMAND} {escape(b.id)}`" for b in briefs]
    text = f"“{escape(typed)}” could be several stories; which one?\n" + "\n".join(lines)
    return Message(text=plain(f"“{typed}” matches several stories"), blocks=[section(text)])


def unknown_message(typed: str, suggestions: tuple[StoredBrief, ...]) -> Message:
    text = f"No brief named “{escape(typed)}”."
    if suggestions:
        text += " Did you mean " + " or ".join(f"`{escape(b.id)}` ({escape(b.title)})" for b in suggestions) + "?"
    text += f"\n`{ids.COMMAND} list` shows every story."
    return Message(text=plain(f"No brief named “{typed}”"), blocks=[section(text)])


def mention_hint_message() -> Message:
    text = (
        f"Hi! Type `{ids.COMMAND} STORY` to post a story's brief here, or `{ids.COMMAND} list` to see the stories. "
        "Then reply in the brief's thread and I'll answer from the brief."
    )
    return Message(text=plain(text), blocks=[section(text)])


def desk_message(brief: Brief, asker: str, question: str | None = None) -> Message:
    """Hand-off to the story's editors: who asked what. Only real Slack user ids are mentioned.

    With `question` (the thread's question waiting in the inbox) it says what was asked; without, that
    someone would like the desk's help with the story."""
    editors = [f"<@{editor.slack}>" for editor in brief.editors if is_real_user(editor.slack)]
    who = f"<@{asker}>" if is_real_user(asker) else escape(asker)
    title = f"*{escape(brief.title)}*"
    if question:
        said = f"{who} asked “{escape(question)}” about {title}, and the brief doesn't cover it."
        where = "The question is in the desk's inbox."
    else:
        said = f"{who} has a question about {title} that the brief doesn't cover."
        where = "Ask it in this thread and, if the brief has no answer, it goes to the desk's inbox."
    if editors:
        text = f"{', '.join(editors)}: {said} {where}"
    else:
        text = f"{said} This brief has no editor on Slack to mention. {where}"
    return Message(text=plain(f"Asking the desk about {brief.title}"), blocks=[section(text)])


def answer_message(brief: Brief, answer) -> Message:
    """A thread reply: the cited items in the brief's own words, or a plain "not covered"; asked for more ("more?"),
    the next items on the question it goes on with, or that the brief has no more on it."""
    asked = f"“{escape(clip(answer.goes_on, 120))}”"
    if answer.covered:
        blocks = [context(f"More on {asked}")] if answer.goes_on else []
        blocks += [section(render_item(name, item, label=True)) for name, item in answer.cited]
        cited = ", ".join(f"`{escape(item.id)}`" for _, item in answer.cited)
        if answer.more:
            blocks.append(context(f"…and {answer.more} more{_where_more(brief, answer)} — reply “more” for the next"))
        blocks.append(context(f"From the brief `{escape(brief.id)}` · cited: {cited}"))
        first_name, first_item = answer.cited[0]
        fallback = f"From the brief ({ITEM_LABELS[first_name]}): {item_line(first_item)}"
        return Message(text=clip(plain(fallback), 3000), blocks=blocks)
    if answer.goes_on:
        text = f"The brief has nothing more on {asked}."
        return Message(
            text=plain(f"The brief has nothing more on “{answer.goes_on}”."),
            blocks=[section(f"*{text}*"), actions(button("Ask the desk", ids.ACTION_ASK_DESK, brief.id))],
        )
    blocks = [section("*The brief doesn't cover that.* I've passed the question to the desk's inbox.")]
    if answer.near_questions:
        blocks.append(section("*Open questions in the brief that come close:*"))
        blocks.extend(section(render_item("questions", q)) for q in answer.near_questions)
    blocks.append(actions(button("Ask the desk", ids.ACTION_ASK_DESK, brief.id, style="primary")))
    return Message(text="The brief doesn't cover that.", blocks=blocks)


def _where_more(brief: Brief, answer) -> str:
    """Where the rest of a whole part of the brief is: " in Timeline: `/brief STORY timeline`"."""
    if not answer.section:
        return ""
    return f" in {SECTION_TITLES[answer.section]}: `/brief {escape(brief.id)} {answer.section}`"


def vague_ask_message(brief: Brief) -> Message:
    """The reply to an ask with nothing in it to look up ("what?"): how to ask, with the brief's own names."""
    person = brief.people[0].name if brief.people else None
    example = f"“who is {escape(person)}?”, " if person else ""
    text = (
        f"What would you like to know about *{escape(brief.title)}*? Ask with a name, an event or a number, "
        f"e.g. {example}“when did it start?” or “what did they say?”."
    )
    return Message(text=plain("What would you like to know?"), blocks=[section(text)])


def item_line(item: Item) -> str:
    """An item's words on one line, unescaped: a quote with who said it and when, a fact with its date, a
    question with its answer."""
    if isinstance(item, Quote):
        return f"“{item.text}” — " + ", ".join(part for part in (item.speaker, item.role, item.date) if part)
    if isinstance(item, TimelineEntry):
        return f"{item.date}: {item.event}"
    if isinstance(item, Person):
        return f"{item.name}: {item.role}"
    if isinstance(item, Fact):
        return item.text + (f" ({item.date})" if item.date else "")
    assert isinstance(item, Question)
    return item.text + (f" Answer: {item.answer}" if item.answer else "")


def answer_metadata(story: str, answer) -> dict:
    items = [item.id for _, item in answer.cited]
    return {"event_type": ids.EVENT_BRIEF_ANSWER, "event_payload": {"story": story, "items": items}}
