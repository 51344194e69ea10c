"""Asks for the people of one kind the brief lists ("who are the senators in this", "list the Republicans", "which
Dems are quoted?"): read by their words alone, and answered by those people's entries in the brief's order."""

from __future__ import annotations

from bot.answer.groupasks import PARTIES
from bot.answer.index import Index
from bot.answer.words import fix_typos, normalise, stem
from bot.briefs.model import Person

# Words that ask which people are in the story, the one word naming their kind aside: which are named in it or made
# it into it, a request to list, name, pull or break them out, and words around a request.
_LISTING = frozenset(
    """
    who whos who're are is were was the a any all every of list name names naming named which what whose how many in
    into on from by for this these those it they them our one ones thing story piece brief article summary here there
    side sides quoted quote quotes mentioned involved featured cited appear appears made make get gets did do can we you
    us have give me see show pull break out identify rundown roll call need and if everyone anyone people folks
    lawmakers politicians pls plz please thanks thx q qq quick again just exactly sorry ok okay so wait remind bot hey
    """.split()
)
# ...of which one must be in it: who or which, a request to list, pull or identify them, or whether any are in it
# ("Democrats?" alone is an ask of them to go on with the previous one); or a request to name them ("pls name the
# senators"), not an ask of what one's name is ("what's the governors name").
_OPENING = frozenset("who whos who're whose which list named identify pull rundown any".split())
_NAMING = frozenset("name names naming".split())


def kind_listed(norm: str, index: Index) -> list[int] | None:
    """For a normalised ask only of which people of one kind the brief has ("who are the Democrats in this", "list
    the senators"), the entries of the people whose role names that party, or is that kind of person; None for any
    other ask, or when the brief lists no one of that kind."""
    words = fix_typos(norm.split())
    kinds = [word for word in words if word not in _LISTING]
    if len(kinds) != 1 or (_OPENING.isdisjoint(words) and (_NAMING.isdisjoint(words) or words[0] == "what")):
        return None
    kind = kinds[0]
    party = PARTIES.get(kind)
    stemmed = stem(kind)
    someones = any(stemmed in names for n, names in index.people_names.items() if n not in index.unnamed)
    if party is None and (not kind.endswith("s") or someones):
        return None  # a kind in the plural ("senators", "judges" for "Judge (unnamed)"), not a name ("Sanders")
    listed = [
        n
        for n, (_section, person) in enumerate(index.items)
        if isinstance(person, Person)
        and person.kind == "person"
        and (_gives_party(person.role, party) if party else stemmed in index.people_kinds[n])
    ]
    return listed or None


def _gives_party(role: str, party: str) -> bool:
    """Whether a role names the party ("Democratic senator", "(R-Wis.)" as normalise spells it out, "GOP nominee")."""
    return any(PARTIES.get(word) == party for word in normalise(role).split())
