"""What the drafter knows of a person or organisation (:class:`Entity`) and of one place a paragraph
names or points to them (:class:`Mention`), the mention found at a place (``mention_at``, ``named_from``), and
whether a mention owns the noun after it (``owns``)."""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from bot.draft import lexicon as lx

# A relative clause after a role: "House Speaker; who just surprised Doe …", "a lawyer in Salem who represents …"
_CLAUSE_AFTER_ROLE = re.compile(r"(?:;\s+|\s+)(?:who|whose)\s.*$")
# A title cut from the name it belongs to where its full stop was taken for a sentence's end, with the word tying it
# to the role: "a former aide to Sen", "a pollster with Mr", "… by questioning Mr", "Acme hopeful Sen"
_TITLE_CUT_FROM_NAME = re.compile(
    r"\s+(?:(?:of|to|for|with|by|at|from|under)\s+)?(?:[a-z]+ing\s+)?(?:Mr|Mrs|Ms|Dr|Sen|Rep|Gov|Gen|Lt|Col|Sgt|Capt|"
    r"Adm|Rev|Prof)$"
)
# A title alone, then where the office is: "Sen.; of Ohio", "Judge; of the Court of Appeals"
_TITLE_THEN_PLACE = re.compile(r"^([A-Z][a-z]+\.?);\s+(?=(?:of|from)\s)")

# After "her", a word of a noun she owns, not what follows her as an object ("told her that", "called her a").
OWNED_NOUN = re.compile(
    r"\s+(?!(?:a|an|the|to|that|this|and|or|but|of|in|on|at|for|with|as|about|from|by|if|into|out|up|down|off|"
    r"over|back|not|was|is|when|while|because|after|before|what|how|why|who|whether)\b)[a-z][\w-]*"
)


@dataclass(eq=False)
class Entity:
    name: str
    kind: str = "person"  # or "organisation"
    role: str | None = None
    anon: bool = False
    withheld: bool = False
    plural: bool = False
    head: str = ""
    gender: str | None = None
    aliases: set[str] = field(default_factory=set)
    count: int = 0
    titles: set[str] = field(default_factory=set)  # the titles written right before the name ("dr", "senator")
    age: int | None = None  # as the story gives it after the name ("Doe, 41,")
    kin: str = ""  # "parent" or "child": what the story first calls them to someone ("his father, Jane Doe")

    @property
    def common_noun(self) -> bool:
        """A body the story calls only by a common noun ("the board said", "the official campaign"): no name."""
        return self.kind == "organisation" and all(w.islower() or w in lx.ORG_HEADS for w in self.name.split())

    @property
    def shown_role(self) -> str | None:
        """The role as a desk prints it: a relative clause that runs on after the role is cut ("House Speaker; who
        just a week ago surprised Doe …" is "House Speaker"; a role that is only a clause stays whole), and a title
        reads on into where the office is ("Gov.; of Ohio" is "Gov. of Ohio"); a title cut from the name after it
        ("a former aide to Sen") is dropped with the word tying it to the role ("a former aide")."""
        if not self.role:
            return self.role
        role = _TITLE_CUT_FROM_NAME.sub("", self.role)
        if re.match(r"(?:who|whose)\s", role):
            return role
        cut = _CLAUSE_AFTER_ROLE.search(role)
        role = role[: cut.start()] if cut else role
        return _TITLE_THEN_PLACE.sub(r"\1 ", role)

    @property
    def speaker(self) -> str:
        """The name a draft gives: "Unnamed …" for a person or a body the story names only by what it is."""
        if not self.anon and not self.common_noun:
            return self.name
        return f"Unnamed {self.name}" + (" (name withheld)" if self.withheld else "")


@dataclass(eq=False)
class Mention:
    start: int
    end: int
    kind: str  # name | anon | anaphor | org-anaphor | one-of | pronoun
    text: str
    entity: Entity | None = None
    prep: bool = False
    possessive: bool = False
    role: str | None = None
    gender: str | None = None
    withheld: bool = False

    @property
    def resolved(self) -> Entity:
        """The entity the mention stands for, once names are resolved (a pronoun has none of its own)."""
        if self.entity is None:
            raise ValueError(f"the mention {self.text!r} stands for no entity")
        return self.entity


def mention_at(mentions: list[Mention], pos: int) -> Mention | None:
    return next((m for m in mentions if m.start == pos), None)


def named_from(mentions: list[Mention], masked: str, pos: int) -> Mention | None:
    """The mention starting at ``pos``, or after a "the" or an "a" there ("according to the Daily Example",
    "according to a Daily Example poll")."""
    the = re.match(r"(?:[Tt]he|[Aa]n?)\s+", masked[pos : pos + 5])
    return mention_at(mentions, pos) or (mention_at(mentions, pos + the.end()) if the else None)


def owns(masked: str, mention: Mention) -> bool:
    """A description followed by "'s" ("the prime minister's"), or "her" owning the noun after it ("her
    aggressive tone, called her …"); a name's own "'s" is already read, and "he's" is "he is"."""
    if mention.kind == "pronoun":
        return mention.text == "her" and OWNED_NOUN.match(masked, mention.end) is not None
    return mention.kind != "name" and re.match(r"[\u2019']s\b", masked[mention.end :]) is not None
