"""What a run of words in a story is: a person's name, an organisation's, a title, a description of
an unnamed source, a month used as a name, a sentence's opening word.

The patterns and word tests :class:`bot.draft.names.Cast` uses to find who is in a story; they look
at text only, never at who the story has met.
"""

from __future__ import annotations

import re
from collections.abc import Container, Mapping

from bot.draft import lexicon as lx
from bot.draft.mentions import Entity

# The words that join a name's words ("Bank of America"), a surname's particles among them ("Bill de Blasio")
CONNECTORS = {"of", "the", "for", "and", "&"} | lx.PARTICLES
# "on" inside a body's name, after a head that takes it ("Committee on Ethics", "Council on Foreign Relations"),
# not before a day or a month ("the Council on Monday", "the Commission on Nov. 5")
_ON_HEADS = "|".join(rf"(?<={h})" for h in ("Committee", "Subcommittee", "Commission", "Council", "Caucus", "Panel"))
_WEEKDAYS = "(?:" + "|".join(d.title() for d in lx.WEEKDAYS) + r")\b"  # "Monday"
_MONTH_HEADS = "|".join(m[:3].title() for m in lx.MONTH_NAMES)  # "Jan", "May": what opens a month's name
_ON = rf"(?:{_ON_HEADS}) on(?= (?!(?:{_MONTH_HEADS})\b|{_WEEKDAYS})[A-Z])"
# Two particles that open a surname together, only ever in a name: "Jane de la Cruz", "Piet van der Berg"
DOUBLE_PARTICLES = frozenset({"de la", "de las", "de los", "van der", "van den", "van de", "von der", "von den"})
_JOINING = "of the|of|for|and|&|" + "|".join(sorted(DOUBLE_PARTICLES, key=len, reverse=True))
_JOINING += "|de|van|von|da|del|la|le|du|bin|ibn|al"  # the words that join capitalised words inside one run
RUN = re.compile(
    r"[A-Z][\w\u2019'&.-]*(?: (?:" + _JOINING + r")(?!-)|" + _ON + ")?"
    r"(?: (?:(?:al|el)-[A-Z][\w\u2019'&.-]*|[A-Z][\w\u2019'&.-]*|(?<=Local )\d+)"  # "Anwar al-Awlaki": one name
    r"(?: (?:" + _JOINING + r")"
    r"(?= [A-Z])|" + _ON + r")?)*"
)
# A given name (or two) and a nickname in quotation marks, masked, then a surname: 'Juan "Chico" Roe'
NICKNAMED = re.compile(
    r"(?<![\w\u2019'-])(?P<given>(?:[A-Z][\w\u2019'-]*\s){1,2})[\"\u201c]\s{1,20}[\"\u201d]\s+(?P<surname>[A-Z][\w\u2019'-]+)\b"
)


def given_names(words: str, first_names: Mapping[str, str]) -> list[str]:
    """The given names that end a run of capitalised words, from the first the table knows ("Boxer Juan" → Juan)."""
    given = words.split()
    while given and given[0] not in first_names:
        given = given[1:]
    return given


# A lawmaker's party-and-state tag after the name: "(R-Ohio)", ", D-N.Y.,", "(D-W-Va.)", "(R-New York)"
PARTY_TAG = re.compile(r"[RDI]-[A-Z][A-Za-z.]*(?:[- ][A-Z][A-Za-z.]*){0,2}")
KEEP_DOT = {"st", "jr", "sr", "co", "inc", "corp", "ltd", "dr", "gov", "sen", "rep", "u.s", "mr", "mrs", "ms", "gen",
            "adm", "lt", "col", "maj", "capt", "sgt", "cmdr", "prof", "rev", "amb", "atty", "supt", "det", "insp",
            "spc", "pfc", "cpl", "pvt",
            "pres"}  # fmt: skip
SUFFIXES = {"jr", "sr", "ii", "iii", "iv"}  # after a surname: "Jane Doe Jr.", "John Roe III"
# A phrase with a finite verb before any "who" or "that" is a clause, not an apposition.
FINITE_FIRST = re.compile(r"(?:(?!\b(?:who|whose|which|that)\b).)*?\b(?:has|have|had|is|was|are|were)\b")
NUMBERS = {"one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten"}
VERBISH = {"has", "had", "was", "is", "believes", "thinks", "wants", "sees", "saw", "urges"}
DEPUTIES = "vice|deputy|assistant|associate|lieutenant"  # "vice president" is not "the president"
PRONOUNS = {"he": "m", "she": "f", "they": "x", "it": "n", "its": "n", "his": "m", "her": "f", "their": "x"}
_HEADS = "|".join(sorted((re.escape(h) for h in lx.ANON_HEADS), key=len, reverse=True))
# The plurals in -men of the heads in -man ("the committee chairmen", "two spokesmen", "the women")
MEN_PLURALS = {h[:-3] + "men": h for h in lx.ANON_HEADS if h.endswith("man")}
_MEN_HEADS = "|".join(sorted(MEN_PLURALS, key=len, reverse=True))
_PLURAL_HEADS = (
    r"(?:people|officials|sources|residents|workers|employees|aides|advocates|critics|experts|analysts|"
    r"prosecutors|investigators|lawmakers|officers|supporters|opponents|organizers|organisers|members|parents|"
    r"neighbors|neighbours|tenants|nurses|teachers|doctors|firefighters|police|authorities|players|fans|riders|"
    r"lobbyists|donors|voters|protesters|demonstrators|activists|strategists|economists|scientists|historians|"
    r"observers|proponents|allies|diplomats|negotiators|delegates|regulators|executives|consultants|operatives)"
)
# A calling the list of heads does not name, ending in -man or -woman ("the radioman", "the anchorwoman"), or in -ian
# where it ends the phrase ("a librarian in …", "the pediatrician said"; not "a vegetarian restaurant"), less the
# things and the qualities among them ("a median", "called it authoritarian").
_UNLISTED = (
    r"(?!(?:hu|talis|walk)man\b)[a-z]{2,}(?:wo)?man"
    r"|(?!(?:med|merid|authorit|humanit|totalit|egalit|vegetar|sectar|utilit|libertar|prolet|agr)ian\b)[a-z]{3,}ian"
    r"(?=,|\s+(?:who|in|at|from|with|for|of|on|and|said|says|told|[a-z]+ed)\b)"
)
_ORG_HEADS = "|".join(sorted((re.escape(h) for h in lx.ORG_HEADS), key=len, reverse=True))
# Bodies named in the plural by a head that takes -s ("the groups", "the unions", "both campaigns"): a group of bodies
# that speaks as one ("…, the groups say"), as "the officials" is a group of people; no place ("the states"), and
# no head written in capitals ("super PACs, PACs, nonprofit groups …" is a list of kinds, not a group that speaks).
_BODY_PLURALS = "|".join(
    sorted(
        (
            re.escape(h) + "s"
            for h in lx.ORG_HEADS
            if h.islower() and not re.search(r"(?:y|ch|s|police|state|port|district)$", h)
        ),
        key=len,
        reverse=True,
    )
)
_AUXILIARIES = "did|does|do|has|have|had|is|was|are|were|will|would|could|can|should|may|might|must|also|later"
_VERBS = "|".join(sorted(lx.SPEECH_VERBS, key=len, reverse=True))
# Speech verbs in the past, which never qualify a noun: "The senator emailed supporters" is no "emailed supporters".
_PAST = "|".join(sorted(lx.SPEECH_PAST, key=len))
_MOD = (
    r"(?:(?!(?:of|to|for|with|that|and|or|in|on|at|by|from|about|into|than|who|whose|which|says|a|an|the|this|these|"
    r"when|while|because|if|until|since|where|"
    rf"those|{lx.POSSESSIVE}|my|our|your|is|was|are|were|{_PAST})\s)(?:[\w\u2019'\u2013-]+|(?:[A-Za-z]\.){{2,}})\s+)"
)
# What a description is "of" or "for": a capitalised name taken whole ("of New Haven", "for Mr. Doe"), or one word.
_ABBREVIATED_TITLES = sorted((set(lx.HONORIFICS) | set(lx.TITLE_WORDS)) - {"miss"}, key=len, reverse=True)
_TITLE_STOP = r"(?:(?:" + "|".join(t.title() for t in _ABBREVIATED_TITLES) + r")\.\s+)?"  # "Mr. ", "Sen. "
_POST_HEAD = (
    rf"(?:{_TITLE_STOP}[A-Z][\w\u2019'\u2013-]*(?:\s+(?!{_WEEKDAYS})[A-Z][\w\u2019'\u2013-]*){{0,3}}|"
    r"[\w\u2019'\u2013-]+)"
)
_PLACE_MOD = r"(?:[A-Z][a-z]+,\s+)?"
DESCRIPTOR = re.compile(
    rf"(?<![\w\u2019'-])(?P<det>[Aa]n?|[Oo]ne|[Aa]nother|[Tt]he|[Tt]hat|[Tt]his|[Tt]wo|[Tt]hree|[Ff]our|[Ss]everal|[Ss]ome|"
    rf"[Oo]ther|[Ii]ts|[Tt]heir|[Hh]is|[Hh]er|[Mm]any|[Mm]ost|[Bb]oth)\s+(?P<mods>{_MOD}{{0,4}})(?P<head>{_HEADS}|(?:{_HEADS})s|{_MEN_HEADS}|people|{_BODY_PLURALS}|{_UNLISTED}|group(?=\s+of\s))\b"
    r"(?P<post>\s+(?:familiar with|close to|with knowledge of|briefed on|involved in|of|for)\s+"
    r"(?:the\s+|its\s+|their\s+|an?\s+)?"
    + _POST_HEAD
    + r"(?:\s+(?!(?:who|whose|which|that|and|[a-z]+ed|"
    + _VERBS
    + "|"
    + _AUXILIARIES
    + r")\b)[a-z][\w\u2019'\u2013-]*){0,3})?"
)
# "said one Acme confidant", "a senior Doe loyalist says": someone unnamed, described by a role a name modifies, right
# beside a verb of saying; the role noun need not be a listed head, and the name is not the speaker.
_SAID = "|".join(sorted(lx.SPEECH_FINITE, key=len, reverse=True))
_NOT_ROLE = (
    r"(?:who|whom|whose|that|which|and|or|but|has|have|had|is|was|are|were|will|would|could|can|should|may|might|"
    r"must|did|does|do|also|only|then|later|now|once|just|first|last|[a-z]{3,}ly|[a-z]+ing|"
    # a writing, or a finding or count, that speaks ("a Gallup poll said", "an Acme audit found") is no person
    + lx.COMMUNICATION
    + r"|(?:analysis|investigation|review|audit|estimate|count|tally|story|account|readout)s?)"
)
NAMED_ROLE = re.compile(
    r"(?<![\w\u2019'-])(?P<det>[Oo]ne|[Aa]n?|[Aa]nother)\s+(?:(?!" + _NOT_ROLE + r"\s)[a-z][\w-]*\s+)?"
    r"(?:[A-Z][\w\u2019'.&-]*\s+){1,3}(?:(?!" + _NOT_ROLE + r"\s)[a-z][\w-]*\s+)?"
    r"(?P<head>(?!(?:" + _NOT_ROLE + "|" + _SAID + r")\b)[a-z][a-z-]{2,})\b"
)
SAID_BEFORE = re.compile(rf"\b(?:{_SAID})\s+$")
SAID_AFTER = re.compile(rf"\s+(?:{_SAID})\b")
# A capitalised word made an adjective by a hyphened participle ("Chicago-based", "Texas-born", "Koch-backed"):
# it qualifies the name after it and is no part of it.
COMPOUND_ADJECTIVE = re.compile(r"[A-Z][\w.\u2019']*-[a-z]*(?:ed|ing|born|style|run|maker|made)")
BARE_PLURAL = re.compile(
    rf"(?:^|(?<=[.!?,;:]\s)|(?<=[\u201d\"]\s))(?P<mods>(?:[A-Za-z\u2019'-]+\s+){{0,2}}?)"
    rf"(?P<head>{_PLURAL_HEADS}|(?<![\w\u2019'-]\s)(?i:{_PLURAL_HEADS}))\s+"  # "Aides say": capitalised first
    r"(?=(?:(?:also|have|had|previously|have also|had also|privately|long)\s)?"
    r"(?:said|say|says|told|tell|wrote|write|warned|warn|argued|argue|argues|noted|note|added|described|describe|"
    r"suggested|suggest|contend|contended|insisted|insist|claimed|claim)\b)"
)
ORG_ANAPHOR = re.compile(
    rf"\b(?P<det>[Tt]he|[Tt]hat|[Tt]his|[Ii]ts|[Tt]heir)\s+(?P<mods>{_PLACE_MOD}{_MOD}{{0,3}})(?P<head>{_ORG_HEADS})\b"
    r"(?!\s+(?:of|for)\b)(?![-\u2013]\w)"  # not "the state-run", "the recently court-released"
)
ONE_OF = re.compile(rf"\b[Oo]ne of (?:the|those|these)(?: \w+)? (?P<head>{_PLURAL_HEADS}|(?:{_HEADS})s)\b")
ONE_OF_THEM = re.compile(r"\b[Oo]ne of them\b")
# A group named by its people ("Asian Americans", "European Jews", "Iowa Democrats"): many, never "he".
PEOPLES = re.compile(
    r"[A-Z][a-z]+(?:ians|icans|eans)|Jews|Muslims|Christians|Catholics|Evangelicals|Mormons|Latinos|Hispanics|"
    r"Democrats|Republicans|Conservatives|Liberals|Progressives"
)
# Between a name and the next, only words of a role: "Acme campaign chairman Jane Doe", "Acme press secretary …",
# "Acme ally Jane Doe", "Acme ranking Democrat Jane Doe", a service's rank "Air Force 1st Lt. Jane Doe".
ROLE_BETWEEN = re.compile(
    r"\s+(?:(?:senior|top|former|chief|deputy|press|national|official|ranking|ally|\d+(?:st|nd|rd|th)|"
    + "|".join([*lx.ORG_HEADS, *lx.TITLES])
    + r")\s+){1,3}"
)
PRONOUN_RE = re.compile(r"\b(?:[Hh]e|[Ss]he|[Tt]hey|[Ii]t|[Ii]ts|[Hh]is|[Hh]er|[Tt]heir)\b")


def deputy_of(text: str, head: str) -> str | None:
    """The rank word that makes a role someone's deputy ("vice" in "the vice president"), or None."""
    rank = re.search(rf"\b({DEPUTIES})[\s-]+{re.escape(head)}\b", text.lower())
    return rank[1] if rank else None


def singular(word: str) -> str:
    if word in lx.PLURALS:
        return lx.PLURALS[word]
    if word in MEN_PLURALS:
        return MEN_PLURALS[word]
    return word[:-1] if word.endswith("s") and not word.endswith("ss") else word


def clean_token(token: str) -> str:
    token = re.sub(r"[\u2019']s$|(?<=s)[\u2019']$", "", token)
    token = re.sub(r"(?<=[a-rt-z.])[\u2019']$", "", token)  # a closing single quotation mark: "her 'Jo.'"
    if token.endswith(".") and token[:-1].lower() not in KEEP_DOT and not re.fullmatch(r"[A-Z]\.|(?:[A-Z]\.)+", token):
        token = token.rstrip(".")
    return token


def plain(text: str) -> str:
    """A descriptor as a name: no article, possessives folded ("DEA's chief" → "DEA chief")."""
    text = re.sub(
        rf"^(?:the|a|an|one|another|that|this|{lx.POSSESSIVE}|many|most|both|some|several|other|two|three|four)\s+"
        r"(?:(?:unnamed|anonymous|unidentified)\s+)?",
        "",
        text.strip(),
        flags=re.I,
    )
    text = re.sub(r"[\u2019']s\b", "", text)
    return re.sub(r"\s+", " ", text).strip(" ,")


def title_position(lowered: list[str]) -> int:
    """Where the last title in a capitalised run ends (-1 for none), with the Latin "pro tem", "pro tempore" or
    "emeritus" after it ("Senate President Pro Tempore Jane Doe"). A title that is as often a name ("Dean") is a name
    when it ends the run ("Howard Dean") or opens a two-word one ("Dean Baker")."""
    at = max(
        (
            i
            for i, t in enumerate(lowered)
            if (t in lx.TITLES or _compound_title(t))
            and not (t in lx.NAME_TITLES and (i == len(lowered) - 1 or len(lowered) == 2))
        ),
        default=-1,
    )
    if at >= 0 and lowered[at + 1 : at + 2] == ["pro"] and lowered[at + 2 : at + 3] in (["tem"], ["tempore"]):
        return at + 2
    if at >= 0 and lowered[at + 1 : at + 2] in (["emeritus"], ["emerita"]):
        return at + 1  # "Chairman Emeritus Jane Doe"
    return at


def _compound_title(word: str) -> bool:
    """A hyphened title whose first or last part is one ("secretary-treasurer", "editor-in-chief")."""
    parts = [part.rstrip(".") for part in word.split("-")]  # "gov.-elect"
    return len(parts) > 1 and (parts[0] in lx.TITLES or parts[-1] in lx.TITLES)


def initials(name: str) -> str:
    return "".join(w[0] for w in name.split() if w not in CONNECTORS and w[:1].isupper())


def initialled(tokens: list[str], given_names: Container[str] = ()) -> bool:
    """Given names as initials before a surname ("G.K. Doe"), or a known given name then two initials run together
    before a surname ("George QR Doe"), not an acronym's organisation."""
    if len(tokens) >= 2 and re.fullmatch(r"(?:[A-Z]\.){2,3}", tokens[0]) is not None and person_like(tokens[1:]):
        return True
    return (
        len(tokens) == 3
        and tokens[0] in given_names
        and re.fullmatch(r"[A-Z]{2}", tokens[1]) is not None
        and person_like([tokens[0], tokens[2]])
    )


# A surname opening with a lower-case article joined by a hyphen, after a given name: "Anwar al-Awlaki", "el-Kadir"
ARTICLE_SURNAME = re.compile(r"(?:al|el)-[A-Z][a-z\u2019'-]+")


def person_like(tokens: list[str]) -> bool:
    """Words that can be a person's name: capitalised, no organisation word, not a stop word."""
    return (
        all(
            re.fullmatch(lx.SURNAME_PREFIX + r"?[A-Z][a-z\u2019'-]+|[A-Z]\.", t) or (k and ARTICLE_SURNAME.fullmatch(t))
            for k, t in enumerate(tokens)
        )
        and not org_like(tokens)
        and tokens[0].lower() not in lx.STOP_CAPS
        and not any(t.lower() in lx.MONTH_WORDS and t.lower() not in lx.SHORT_MONTHS for t in tokens)
    )


def org_like(tokens: list[str]) -> bool:
    if len(tokens) > 2 and tokens[-1].rstrip(".").lower() in SUFFIXES:
        tokens = tokens[:-1]  # "John Roe III": a person's suffix, not an acronym
    return any(
        clean_token(t).lower().rstrip(".") in lx.ORG_WORDS
        or (lx.is_acronym(t) and not _middle_initials(tokens, k))
        or (k > 0 and t in lx.NAME_OWNERS)
        for k, t in enumerate(tokens)
    )


def _middle_initials(tokens: list[str], k: int) -> bool:
    """Dotted initials between a given name and a surname ("John Q.R. Doe"), not an acronym."""
    return 0 < k < len(tokens) - 1 and re.fullmatch(r"(?:[A-Z]\.){2,3}", tokens[k]) is not None


def noncommercial(name: str) -> bool:
    return bool(
        re.search(
            r"\b(?:Department|Agency|Administration|Bureau|Commission|Ministry|Office|Police|Court|"
            r"Council|Government|Authority|Union|Association|Society|University|College|School|Board|"
            r"Committee|Foundation|Institute|Museum|Library|Church|Party|Alliance|Coalition|League|"
            r"Federation|Guild|Local|District|Congress|Senate|Assembly|News|Times|Post)\b",
            name,
            re.I,
        )
    )


def is_government(name: str) -> bool:
    return bool(re.search(r"\b(?:Department|Agency|Administration|Bureau|Ministry|Commission|Service)\b", name))


def relative_who(masked: str, end: int) -> bool:
    """A name followed by "who" ("Doe, who …", "Doe who …"): people take "who", organisations "which"."""
    return bool(re.match(r",?\s+who\b", masked[end:]))


def sentence_parts(tokens: list[str]) -> list[list[str]]:
    """A capitalised run cut where a sentence ends inside it ("Clinton. Reprising" → two parts; "Sen. Doe" stays)."""
    parts: list[list[str]] = [[]]
    for token in tokens:
        parts[-1].append(token)
        if token.endswith(".") and clean_token(token) == token[:-1]:
            parts.append([])
    return [part for part in parts if part]


def opening_participle(token: str, rest: str) -> bool:
    """A sentence's first word that is an -ing or -ed word going on in lower case ("Reprising one of …",
    "Recalling the …"), not a name ("Manning said")."""
    following = re.match(r"\s+([a-z]+|[\u201c\"])", rest)  # or a quotation: 'Recalling "…," the letter said'
    return bool(re.fullmatch(r"[A-Z][a-z]{3,}(?:ing|ed)", token) and following and following[1] not in lx.SPEECH_VERBS)


def first_name_not_month(tokens: list[str]) -> bool:
    """A month's short form written without its full stop before a name is a first name ("Jan Brewer");
    "Jan. 5" and "March" stay dates."""
    word = tokens[0].lower()
    return len(tokens) > 1 and word in lx.SHORT_MONTHS  # "jan", not "may" or "june"


def named_relative(masked: str, start: int, end: int) -> bool:
    """A one-word name set off by commas after a relation word ("his son, Grant, said"; "her wife, Ann.")."""
    before = re.search(r"\b([a-z]+),\s+$", masked[max(0, start - 30) : start])
    return bool(before and before[1] in lx.RELATION_GENDER and re.match(r"[,.;]", masked[end:]))


def speaks_next(token: str, rest: str) -> bool:
    """A sentence's one capitalised word followed by a speech verb names whoever speaks ("Roe went on to say,"),
    unless it reads as a plural common noun ("Others said")."""
    speech = re.match(r"\s+(?:also\s+|then\s+|later\s+)?(?:said|says|told|added|wrote|went on to say)\b", rest)
    return bool(speech) and not token.endswith("s")


def opens_sentence(masked: str, start: int, starts: set[int]) -> bool:
    """The word at start opens a sentence, or the paragraph after a dateline the story blanked out."""
    return start in starts or not masked[:start].strip(" -\u2013\u2014")


def month_as_name(token: str, rest: str) -> bool:
    """A month's short form with no full stop and no day after it is a name ("Ai Jun wrote", "Jun said"),
    as dates write "Jun. 5" or "June"."""
    return token.lower() in lx.SHORT_MONTHS and not token.endswith(".") and not re.match(r"\s*\d", rest)


def opening_adverb(token: str, rest: str) -> bool:
    """A sentence's first word that is an adverb set off by a comma ("Recently, …", "Finally, …")."""
    return len(token) > 4 and token.endswith("ly") and rest.startswith(token + ",")


def people_stating(m: re.Match) -> bool:
    """'"…," the Saudis state in the paper': a people named in the plural before "state" is a subject and
    its verb, not a state's name (unlike "the Texas state budget")."""
    last = m["mods"].split()[-1] if m["mods"].split() else ""
    plural = re.fullmatch(r"[A-Z][a-z]+s", last) is not None and not lx.is_place(last)
    return plural and m["head"].lower() in ("state", "states")


# Runs of capitals that name nobody who could speak: days of note, laws and treaties, wars, and a people's
# member named by two words. Holidays are compared lower-case, possessives folded ("New Year's Eve").
HOLIDAYS = {
    "new year", "new year day", "new year eve", "christmas", "christmas eve", "christmas day", "thanksgiving",
    "thanksgiving day", "easter", "easter sunday", "good friday", "halloween", "hanukkah", "passover", "ramadan",
    "kwanzaa", "yom kippur", "rosh hashanah", "mardi gras", "juneteenth", "super tuesday", "black friday",
    "cyber monday", "fourth of july", "cinco de mayo", "st. patrick day", "valentine day", "mother day",
    "father day", "memorial day", "labor day", "veterans day", "independence day", "presidents day",
    "columbus day", "election day", "inauguration day", "martin luther king day", "groundhog day", "earth day",
}  # fmt: skip
TIME_ZONES = {  # "at 9 p.m. EST", "(all times Eastern Standard Time)"
    "et", "est", "edt", "cst", "cdt", "mst", "mdt", "pst", "pdt", "gmt", "utc", "eastern time", "central time",
    "mountain time", "pacific time", "eastern standard time", "eastern daylight time", "central standard time",
    "central daylight time", "pacific standard time", "pacific daylight time", "greenwich mean time",
}  # fmt: skip
# A word for a people or a party as one word ("Chinese", "Hispanic", "Democratic"): an adjective, not a name.
DEMONYM = re.compile(r"[A-Z][a-z]+(?:an|ese|ish|i|ic)")
_PEOPLE_WORD = r"[A-Z][a-z]+(?:ican|ian|ean|ese|ish)"
COMPOUND_DEMONYM = re.compile(  # "Mexican American", "Pacific Islander", "East German", "Middle Eastern"
    rf"(?:{_PEOPLE_WORD}|East|West|North|South|Central|Middle|Latin|Native|Pacific|Muslim|Arab|Jewish|Black|White)"
    rf" (?:{_PEOPLE_WORD}|[A-Z][a-z]+ern|German|Islander|Arab)"
)
# The last words of a place where things happen, which never speaks: "Salemport Coliseum", "Harbour Convention Center"
VENUE = re.compile(
    r"(?:\S+ (?:Coliseum|Arena|Stadium|Ballpark|Hotel|Inn|Plaza|Square|Airport|Auditorium|"
    r"Amphitheater|Amphitheatre|Fairgrounds|Pavilion|Gymnasium|Speedway))|"
    r"(?:Convention|Conference|Events?|Civic|Community|Exhibition) (?:Center|Centre|Hall)"
)
MEDIA = frozenset({"tv", "internet"})  # common nouns written with a capital: "on TV", "on the Internet"
STORM_WORDS = frozenset("storm superstorm hurricane typhoon cyclone".split())  # before a storm's given name
LAW_OR_EVENT = re.compile(r"Act|Agreement|Partnership|Treaty|Amendment|Accords?|Doctrine|War|Olympics")
LAW_ALONE = re.compile(r"Act|Treaty|Amendment|Accords?|Doctrine|Olympics")  # a law named before, called by its head


def names_nobody(tokens: list[str], first_names: Mapping[str, str]) -> str | None:
    """What a capitalised run that names no speaker is: "nothing" for a day of note, a time zone, a law, a war, a
    storm or a venue ("Election Day", "EST", "Affordable Care Act", "World War II", "Hurricane Ida", "Acme Arena"),
    "people" for a people's member named by two words ("Mexican American", "Pacific Islander"); None for anything
    else, and for a run that opens with a first name."""
    if " ".join(tokens).lower() in HOLIDAYS | TIME_ZONES | MEDIA:
        return "nothing"
    if len(tokens) == 1 and LAW_ALONE.fullmatch(tokens[0]):
        return "nothing"  # "the Act", "the Treaty": a law or a treaty named before
    if len(tokens) < 2 or tokens[0] in first_names:
        return None
    if tokens[-2].lower() in STORM_WORDS:
        return "nothing"  # "Hurricane Ida", "Tropical Storm Bill": a storm's name
    last = tokens[-2] if len(tokens) > 2 and re.fullmatch(r"I+", tokens[-1]) else tokens[-1]
    if LAW_OR_EVENT.fullmatch(last) or VENUE.fullmatch(" ".join(tokens[-2:])):
        return "nothing"
    return "people" if COMPOUND_DEMONYM.fullmatch(" ".join(tokens)) else None


# Ordinals that set apart another unnamed voice of the same kind ('Unnamed second commenter').
ORDINALS = ("second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth", "tenth")


OWNS = re.compile(r"[\u2019']s?$")  # "Doe's", "Roberts'": a name written as an owner


def same_head(entity: Entity, head: str) -> bool:
    """The body is a "<head>": its name ends in it, or opens with it before "of" ("Lakeshore Board of Elections")."""
    return (
        entity.head == head
        or entity.name.lower().endswith(" " + head)
        or (not entity.anon and re.search(rf"\b{head} of\b", entity.name, re.I) is not None)
    )


def name_word(word: str) -> bool:
    """A capitalised word that names ("Acme", "BLM"), not an adjective of a people, a party or a place ("Italian",
    "Republican", "Democratic", "Virginia-based")."""
    return re.fullmatch(r"[A-Z][\w.&]*", word) is not None and not DEMONYM.fullmatch(word)


def names_body(word: str, entity: Entity) -> bool:
    """A capitalised word names this body: a word of its name, an alias or its initials ("BLM")."""
    return word in entity.name.split() or word in entity.aliases or word == initials(entity.name)


def surname_of(tokens: list[str]) -> str:
    """The surname of a full name: its last word before a suffix ("Jr."), with the particle or two that open it ("Bill
    de Blasio", "Marine Le Pen", "Jane de la Cruz"); a name's first word is never taken for a particle ("Al Gore")."""
    last = len(tokens) - 1 if tokens[-1].rstrip(".").lower() not in SUFFIXES or len(tokens) < 2 else len(tokens) - 2
    first = last - 1 if last > 1 and tokens[last - 1].lower() in lx.PARTICLES else last
    if last > 2 and " ".join(tokens[last - 2 : last]).lower() in DOUBLE_PARTICLES:
        first = last - 2  # "Jane de la Cruz"
    return " ".join(tokens[first : last + 1])
