"""Documents that speak ("the statement said"): who issued one, as the story tells it, or the document itself as
an unnamed source when the story names no author."""

from __future__ import annotations

import re

from bot.draft import lexicon as lx
from bot.draft.antecedents import antecedent
from bot.draft.mentions import Entity, Mention, named_from
from bot.draft.names import is_modifier
from bot.draft.roleholders import role_holder
from bot.draft.story import Story

# "Acme Ferries issued a statement", "Doe provided a written statement", "a letter signed by Jane Doe": who put out
# the document that speaks.
ISSUED = re.compile(
    r"\b(?:issued|releas(?:ed|es|ing)|put\s+out|sent(?:\s+out)?|filed|signed|published|provided|emailed|gave|"
    rf"launch(?:ed|es|ing)|unveil(?:ed|s|ing))\s+(?:a|an|the|{lx.POSSESSIVE})\s+"
    rf"(?:[\w-]+\s+){{0,3}}?{lx.DOCUMENT}\b"
    # "Doe wrote in a June 10, 2009 email": the one who wrote in it
    rf"|\bwrote\s+in\s+(?:a|an|the|{lx.POSSESSIVE})\s+(?:[\w,-]+\s+){{0,4}}?{lx.DOCUMENT}\b"
    # "a letter signed by", "the complaint, filed in U.S. District Court by", "the survey, conducted by", "a summary,
    # circulated to members by"
    rf"|\b{lx.DOCUMENT},?\s+(?:(?:was|were)\s+)?(?P<by>(?:issued|released|sent|filed|signed|published|brought|"
    r"conducted|commissioned|prepared|written|compiled|produced|circulated|drafted|authored|distributed)"
    r"(?:\s+(?:in|with|on|at|before|to)\s+[^,;:\u201c\u201d\"]{1,80}?)?\s+by)\s+"
    # "An email that Jane Doe sent to donors": who the relative clause says sent it
    rf"|\b{lx.DOCUMENT}\s+(?P<that>that|which)\s+"
    r"(?=(?:[A-Z][\w.\u2019'-]*\s+){1,4}(?:\w+ly\s+)?(?:sent|wrote|issued|released|filed|signed|published)\b)"
)
# "Acme has also issued", "Acme is releasing"
ISSUER_GAP = re.compile(r"[\s,]*(?:\w+ly\s+|also\s+)?(?:(?:has|have|had|is|are|was|were)\s+)?")
IN_DOCUMENT = re.compile(rf",\s+in\s+(?:a|an|the|{lx.POSSESSIVE})\s+(?:[\w-]+\s+){{0,3}}?")  # "Doe, in a [statement]"
# '"…," the order released Friday said': a participle of issuing between the document and its verb
ISSUED_WHEN = re.compile(
    r"(?:released|issued|filed|published|signed|sent)\s+(?:on\s+)?[A-Z]?[a-z]+\s+(?P<verb>[a-z]+)\b"
)
# 'A letter to the members calls for "…"', 'A footnote in the report makes that clear: "…"': a document opens the
# sentence and acts
DOCUMENT_OPENS = re.compile(
    rf"(?:A|An|The|This|That)\s+(?:[\w-]+\s+){{0,2}}?{lx.DOCUMENT}"
    r"(?:\s+(?:to|in|from|of|by|on)\s+[^,;:\u201c\u201d\"]{1,60}?)?"
    r"(?:,\s+[^;:\u201c\u201d\"]{1,160}?,)?"  # set off: "The letter, sent by the Acme Caucus, says"
    r"\s+(?:\w+ly\s+)?(?P<verb>[a-z]+s)\b"
)


# "Acme sued the county", "Doe will sue": who brings the lawsuit or complaint the story then quotes
SUED = re.compile(r"\b(?:sued|sues|(?:will|would|plans\s+to|plan\s+to)\s+sue|(?:is|are|was|were)\s+suing)\b")
WRITING = re.compile(r"\b" + lx.DOCUMENT + r"\b", re.I)
LAWSUIT = re.compile(r"\b(?:lawsuit|suit|complaint|petition)s?\b", re.I)


def paragraphs_back(story: Story, paragraph: int) -> list[int]:
    """Where to look for who wrote a writing quoted in ``paragraph``: it and the three paragraphs before it, and
    further back while each paragraph still speaks of a writing (a story about one ad goes on about it paragraph
    after paragraph)."""
    indices = []
    for index in range(paragraph, -1, -1):
        if index < paragraph - 3 and not WRITING.search(story.paragraphs[index + 1].masked):
            break
        indices.append(index)
    return indices


def plaintiff(story: Story, paragraph: int, pos: int) -> Entity | None:
    """Who brings the lawsuit or complaint quoted at ``pos``: the subject of the last "X sued" or "X will sue" in
    this paragraph or the two before it ("His campaign sued the party. … the complaint alleged that …" → the
    campaign's man); only where the quotation's own sentence names a lawsuit, a complaint or a petition."""
    start, end = story.paragraphs[paragraph].sentence_of(pos)
    if not LAWSUIT.search(story.paragraphs[paragraph].masked, start, end):
        return None
    for index in range(paragraph, max(-1, paragraph - 3), -1):
        par = story.paragraphs[index]
        stop = pos if index == paragraph else len(par.masked)
        for sued in reversed(list(SUED.finditer(par.masked, 0, stop))):
            s_start = par.sentence_of(sued.start())[0]
            opening = lx.OPENING_CLAUSE.match(par.masked, s_start)
            first = opening.end() if opening else s_start
            lead = next((m for m in par.mentions if first <= m.start < sued.start() and m.entity is not None), None)
            if lead is None or lead.prep or not re.fullmatch(r"\s*", par.masked[first : lead.start]):
                continue
            if lead.kind == "pronoun" and lead.text in lx.PERSON_POSSESSIVES and lead.resolved.kind == "person":
                return lead.resolved  # "His campaign sued …": the campaign of the man "his" stands for
            if lead.kind == "name" and not lead.possessive and not lx.is_place(lead.resolved.name):
                return lead.resolved
    return None


def unnamed_document(story: Story, cue: str) -> Entity | None:
    """The document itself as an unnamed source ("Unnamed order"), when the story names no one who wrote it."""
    paper = re.search(r"\b" + lx.DOCUMENT + r"\b", cue)
    if paper is None:
        return None
    noun = paper[0] if paper[0] in lx.DOCUMENT_NOUNS else paper[0][:-1]  # "letters": an unnamed letter
    return story.cast.anonymous(noun, paper[0], kind="organisation")


def issuer(story: Story, paragraph: int, pos: int) -> Entity | None:
    """The name the story gives as subject of the last "issued a statement" / "filed a lawsuit" in the
    paragraphs `paragraphs_back` reads, or as agent of "a statement released by X" there; never a place ("…, Libya,
    have filed"), nor the publisher of someone's own statement ("Doe, in a statement released by X, said")."""
    for index in paragraphs_back(story, paragraph):
        par = story.paragraphs[index]
        stop = pos if index == paragraph else len(par.masked)
        mentions = [m for m in par.mentions if m.entity is not None and not is_modifier(m.entity)]
        for issued in reversed(list(ISSUED.finditer(par.masked, 0, stop))):
            s_start = par.sentence_of(issued.start())[0]
            lead = [m for m in mentions if s_start <= m.start and m.end <= issued.start() and not m.prep]
            if issued["by"] is not None or issued["that"] is not None:
                own = lead and IN_DOCUMENT.fullmatch(par.masked, lead[0].end, issued.start())
                agent = lead[0] if own else named_from(mentions, par.masked, issued.end())
            else:
                agent = lead[-1] if lead and ISSUER_GAP.fullmatch(par.masked, lead[-1].end, issued.start()) else None
            owner = _body_owner(par.masked, lead[-1], issued.start()) if lead and agent is None else None
            if owner is not None:
                return owner  # "His office released a statement": the man's words, as his office put them out
            if agent is not None and agent.kind == "anaphor" and agent.resolved.kind == "person":
                # "The GOP candidate sent out an email": the named person the description stands for
                return described_person(story, index, agent)
            named = agent is not None and (agent.kind == "name" or _named_body(agent))
            if agent is not None and named and not lx.is_place(agent.resolved.name):
                return agent.resolved
    return None


# After "his" or "her": a body of theirs, then where its verb of issuing may stand ("his office later")
OWNED_BODY_GAP = re.compile(
    rf"\s+(?:[a-z][\w-]*\s+)?(?:{lx.BODIES})[\s,]*(?:(?:later|then|also|\w+ly)\s+)?(?:(?:has|have|had)\s+)?"
)


def _body_owner(masked: str, lead: Mention, verb: int) -> Entity | None:
    """The person whose body issued a writing ("His office released a statement", "her campaign sent an email")."""
    if lead.kind != "pronoun" or lead.text.lower() not in lx.PERSON_POSSESSIVES or lead.entity is None:
        return None
    owner = lead.entity
    if owner.kind != "person" or owner.anon or not OWNED_BODY_GAP.fullmatch(masked, lead.end, verb):
        return None
    return owner


def named_on(story: Story, paragraph: int, pos: int, cue: str) -> Entity | None:
    """The name the story put on the writing ``cue`` names ("the poll") in the paragraphs `paragraphs_back` reads:
    "The Acme poll shows …", "Acme's latest report found …", "a new ad from Acme", "the report from the inspector
    general, Jane Doe"; never a place ("the Ohio poll") nor a word that only qualifies ("the Republican memo")."""
    paper = re.search(r"\b" + lx.DOCUMENT + r"\b", cue)
    if paper is None:
        return None
    noun = re.escape(paper[0] if paper[0] in lx.DOCUMENT_NOUNS else paper[0][:-1])
    qualifier = rf"(?!(?:a|an|the|this|that|{lx.POSSESSIVE})\s)[a-z][\w-]*\s+"  # "latest", not "filed a"
    put_on = re.compile(rf"(?:[\u2019']s)?\s+(?:{qualifier}){{0,2}}?{noun}s?\b")
    # "from Our Acme PAC", "from the inspector general, Jane Doe": the name, or the name of the office holder
    from_whom = re.compile(
        rf"\b{noun}s?\s+(?:from|by)\s+(?:the\s+|[A-Z]\w*\s+)?(?:(?:[a-z][\w-]*\s+){{0,3}}[a-z][\w-]*,\s+)?$"
    )
    for index in paragraphs_back(story, paragraph):
        par = story.paragraphs[index]
        stop = pos if index == paragraph else len(par.masked)
        for m in reversed(par.mentions):
            if m.end > stop or m.entity is None or m.kind != "name":
                continue
            if put_on.match(par.masked, m.end) or from_whom.search(par.masked, max(0, m.start - 60), m.start):
                entity = m.resolved
                if not (is_modifier(entity) or lx.is_place(entity.name)):
                    return entity
    return None


def described_person(story: Story, paragraph: int, description: Mention) -> Entity | None:
    """The named person a description of one ("the GOP candidate") stands for: the holder of its role, else the
    named person it points back to."""
    entity = description.resolved
    return role_holder(story.paragraphs, paragraph, description.start, entity.head, description.text) or antecedent(
        story.paragraphs, paragraph, description.start, "person", entity.gender, named_only=True
    )


def _named_body(mention: Mention) -> bool:
    """A body the description itself names ("the Acme campaign"), not one it only points back to ("the campaign")."""
    return mention.kind == "org-anaphor" and re.search(r"\s[A-Z]", mention.text) is not None


def statement_before(story: Story, paragraph: int) -> Entity | None:
    """Who issued the statement the paragraph before says was issued in its last sentence ("At the mayor's request,
    Acme Ferries issued a statement apologising to riders."), for a paragraph that is that statement's words."""
    if paragraph == 0:
        return None
    par = story.paragraphs[paragraph - 1]
    if not par.sentences or par.quotes:
        return None
    start, end = par.sentences[-1]
    issued = ISSUED.search(par.masked, start, end)
    if issued is None or issued["by"] is not None or issued["that"] is not None:
        return None
    lead = [m for m in par.mentions if start <= m.start and m.end <= issued.start() and not m.prep]
    agent = lead[-1] if lead and ISSUER_GAP.fullmatch(par.masked, lead[-1].end, issued.start()) else None
    if agent is None or agent.entity is None or agent.kind not in ("name", "org-anaphor") or agent.possessive:
        return None
    entity = agent.resolved  # "the board issued a statement": the board the story named
    return None if entity.anon or is_modifier(entity) or lx.is_place(entity.name) else entity


def is_document(entity: Entity) -> bool:
    """An unnamed source that is a writing ("Unnamed statement", "Unnamed tweet"), not a person or a body."""
    return entity.anon and bool(re.fullmatch(lx.COMMUNICATION, entity.head, re.I))
