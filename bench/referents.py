"""Whom a "he", "she" or "the senator" in a news story means, read as a careful reader would.

The people of a story are the capitalised names that a title ("Mr.", "Sen.", "Gov.") or a known first
name marks as a person; a later mention of the family name alone is that person again. A person's gender
comes from titles (Mr., Mrs., Ms.), gendered words beside the name ("spokeswoman", "his wife, Jane"),
the first name (the list shipped in the gender-guesser package) and the pronoun the story uses right
after naming them. A pronoun then means the subject of its own sentence before it, else the subject of
the nearest earlier sentence that names a compatible person; a sentence whose subject is the same
pronoun carries the reference further back. Words inside quotation marks are never candidates.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

import gender_guesser.detector
import pycountry

Span = tuple[int, int]

# Titles before a name; the value is the gender the title tells, if any.
TITLES = {
    "mr": "m", "mrs": "f", "ms": "f", "miss": "f", "sir": "m", "lady": "f", "dr": None, "sen": None,
    "senator": None, "rep": None, "representative": None, "gov": None, "governor": None, "president": None,
    "secretary": None, "gen": None, "general": None, "adm": None, "admiral": None, "judge": None,
    "justice": None, "speaker": None, "lt": None, "col": None, "sgt": None, "capt": None, "rev": None,
    "mayor": None, "chairman": "m", "chairwoman": "f", "pope": "m", "king": "m", "queen": "f",
    "ambassador": None, "professor": None, "sheriff": None, "commissioner": None,
}  # fmt: skip
PLACE_PREFIXES = {"san", "santa", "el", "la", "los", "las", "le", "new", "fort", "port", "saint", "mount", "lake",
                  "north", "south", "east", "west", "free", "united", "great"}  # fmt: skip
TITLE_ROLES = {"sen": "senator", "rep": "congressman", "representative": "congressman", "gov": "governor"}
TITLE_NAMES = set(TITLES) | set(TITLE_ROLES.values())
GENDERED = {
    "m": {"man", "spokesman", "chairman", "congressman", "businessman", "father", "son", "husband", "brother",
          "boy", "grandfather", "grandson", "uncle", "nephew", "actor", "widower", "gentleman", "boyfriend"},
    "f": {"woman", "spokeswoman", "chairwoman", "congresswoman", "businesswoman", "mother", "daughter", "wife",
          "sister", "girl", "grandmother", "granddaughter", "aunt", "niece", "actress", "widow", "lady",
          "girlfriend"},
}  # fmt: skip
# Words that make a capitalised run an institution or a place rather than a person.
INSTITUTION_WORDS = {
    "university", "college", "school", "party", "committee", "department", "house", "senate", "council",
    "association", "institute", "foundation", "center", "church", "company", "news", "times", "post", "journal",
    "street", "county", "city", "state", "court", "bank", "club", "fund", "group", "project", "administration",
    "agency", "network", "airport", "hall", "park", "democrats", "republicans", "democratic", "republican",
}  # fmt: skip
ABBREVIATIONS = set(TITLES) | {"jr", "sr", "st", "no", "inc", "co", "corp", "vs", "mt", "ft", "jan", "feb", "aug",
                               "sept", "oct", "nov", "dec"}  # fmt: skip
SUFFIXES = {"jr", "sr", "ii", "iii", "iv"}
INTRODUCERS = {"after", "although", "as", "because", "before", "if", "once", "since", "though", "unless", "until",
               "when", "while", "whereas", "despite", "asked", "in", "on", "at", "during", "with", "for", "from",
               "like", "unlike", "without"}  # fmt: skip
SUBORDINATORS = {"after", "although", "as", "because", "before", "if", "once", "since", "though", "unless", "until",
                 "when", "while", "whereas"}  # fmt: skip
# Capitalised only because a sentence starts with them: never the first word of a name.
FUNCTION_WORDS = {
    "the", "a", "an", "in", "on", "at", "but", "and", "or", "for", "of", "to", "with", "by", "from", "as", "if",
    "when", "while", "after", "before", "since", "so", "yet", "then", "now", "this", "that", "these", "those",
    "it", "its", "his", "her", "their", "our", "my", "we", "they", "he", "she", "i", "you", "there", "here",
    "what", "who", "why", "how", "where", "asked", "also", "even", "still", "just", "only", "not", "no", "yes",
    "both", "all", "some", "many", "most", "more", "one", "every", "each", "last", "next", "first", "former",
    "like", "unlike", "despite", "during", "under", "over", "about", "among", "according", "meanwhile",
    "however", "instead", "indeed", "later", "earlier", "today", "yesterday", "tonight", "said", "says",
    "told", "than", "until", "because", "although", "though", "whether", "once", "without", "within",
    "do", "does", "did", "is", "are", "was", "were", "will", "would", "can", "could", "should", "might",
    "must", "has", "have", "had",
}  # fmt: skip
APPOSITIVE_OPENERS = {"the", "a", "an", "his", "her", "their", "its", "our", "former", "one", "first", "last", "next"}
# Heads of a description that means an institution, not a person ("the company", "the group").
INSTITUTION_HEADS = {
    "company", "firm", "group", "organization", "organisation", "campaign", "committee", "agency", "network",
    "newspaper", "paper", "magazine", "bank", "union", "council", "board", "department", "administration",
    "government", "party", "association", "coalition", "foundation", "institute", "university", "station",
    "channel", "site", "website", "outlet", "corporation", "retailer", "maker", "business", "club", "team",
}  # fmt: skip
CALENDAR_WORDS = {
    "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "january", "february",
    "march", "april", "may", "june", "july", "august", "september", "october", "november", "december",
}  # fmt: skip
NOT_GIVEN = INSTITUTION_WORDS | CALENDAR_WORDS  # never a given name before a family name
SPEECH_VERBS = {"said", "says", "told", "tells", "asked", "asks", "added", "adds", "wrote", "writes", "replied"}
INVERTED_VERBS = {"said", "says", "added", "adds", "wrote", "writes", "replied"}  # "said Carson"; "told Carson" is not
TOKEN = r"[A-Z\u00c0-\u00de][^\s,;:!?()\[\]\"\u201c\u201d\u2013\u2014]*"  # a dash ends a name ("Pate IV\u2014a tycoon")


@dataclass(frozen=True)
class Person:
    name: str  # the fullest form the story gives, titles aside ("Joseph R. Murray II")
    gender: str | None  # "m", "f", or None when the story does not tell
    roles: frozenset[str]  # title and role words written beside the name ("senator", "spokesman")
    certain: bool  # written with a title, or named as the source of an attribution: a person, not a place


@dataclass(frozen=True)
class Mention:
    start: int
    end: int
    person: int  # index into Story.people; -1 for a pronoun
    pronoun: str  # "m" for he, "f" for she, "" for a name
    possessive: bool = False


@dataclass(frozen=True)
class Story:
    text: str
    sentences: tuple[Span, ...]
    people: tuple[Person, ...]
    mentions: tuple[Mention, ...]
    institutions: tuple[Span, ...]  # capitalised runs that name no person ("Monsanto", "Twitter")
    quoted: tuple[Span, ...]

    def sentence_of(self, at: int) -> int:
        return next((i for i, (a, b) in enumerate(self.sentences) if a <= at < b), len(self.sentences) - 1)

    def in_sentence(self, index: int, before: int | None = None) -> list[Mention]:
        lo, hi = self.sentences[index]
        hi = hi if before is None else min(hi, before)
        return [m for m in self.mentions if lo <= m.start < hi]

    def person_named(self, words: str) -> Person | None:
        """The person a source's own capitalised words name ("Sen. Ana Ruiz", "Ruiz"), if any."""
        for token in reversed(re.findall(TOKEN, words)):
            index = self._by_surname().get(_bare(token).lower())
            if index is not None:
                return self.people[index]
        return None

    def is_role(self, word: str) -> bool:
        """A title, or a word the story writes beside someone's name ("senator", "spokesman")."""
        return word in TITLE_NAMES or gender_of_word(word) is not None or any(word in p.roles for p in self.people)

    def _by_surname(self) -> dict[str, int]:
        return {_surname(p.name).lower(): i for i, p in enumerate(self.people)}


@cache
def _detector() -> gender_guesser.detector.Detector:
    return gender_guesser.detector.Detector(case_sensitive=False)


def first_name_gender(word: str) -> tuple[str | None, int]:
    """("m" or "f", weight 2 for a name the list gives one gender, 1 for "mostly"), or (None, 0)."""
    for country in ("usa", None):
        answer = _detector().get_gender(word, country) if country else _detector().get_gender(word)
        if answer in ("male", "female"):
            return answer[0], 2
        if answer in ("mostly_male", "mostly_female"):
            return answer[7], 1
    return None, 0


def is_first_name(word: str) -> bool:
    return _detector().get_gender(word) != "unknown"


def _bare(token: str) -> str:
    return re.sub(r"['\u2019]s$|[.'\u2019]$", "", token)


def _surname(name: str) -> str:
    words = [w for w in name.split() if w.lower().rstrip(".") not in SUFFIXES]
    return words[-1] if words else name


def _sentences(text: str) -> tuple[Span, ...]:
    """Sentence spans: a paragraph break, or . ! ? (and closing marks) before a space and a capital or an
    opening mark, unless the word before the stop is a title, an initial or an abbreviation."""
    spans = []
    for par in re.finditer(r"[^\n]+", text):
        start = par.start()
        for stop in re.finditer(r"[.!?][\"'\u201d\u2019)]*\s+(?=[A-Z\"'\u201c\u2018(])", par.group()):
            word = re.search(r"(\S+)$", par.group()[: stop.start()])
            token = (word.group(1) if word else "").strip("\"'\u201c\u2018(").lower()
            if token.rstrip(".") in ABBREVIATIONS or re.fullmatch(r"[a-z]|([a-z]\.)+[a-z]", token):
                continue
            spans.append((start, par.start() + stop.end()))
            start = par.start() + stop.end()
        spans.append((start, par.end() + 1))
    return tuple(spans) or ((0, len(text)),)


def _outside(spans: list[Span], at: int) -> bool:
    return not any(a <= at < b for a, b in spans)


def _runs(text: str, quoted: list[Span]):
    """Capitalised runs outside quotations, split at possessives and sentence stops:
    (start, end, title words, name words, possessive)."""
    for match in re.finditer(rf"(?<![\w-]){TOKEN}(?: {TOKEN})*", text):
        if not _outside(quoted, match.start()):
            continue
        tokens, at = [], match.start()
        for token in match.group().split(" "):
            tokens.append((at, token))
            at += len(token) + 1
        piece: list[tuple[int, str]] = []
        for i, (at, token) in enumerate(tokens):
            piece.append((at, token))
            ends = token.endswith(("'s", "\u2019s")) or (token.endswith(".") and not _abbreviated(token))
            if i + 1 < len(tokens) and tokens[i + 1][1].lower() in FUNCTION_WORDS and len(piece) > 0:
                ends = True  # a title-case headline: "Trey Gowdy Just Fired Back After …"
            if ends or i + 1 == len(tokens):
                yield _split_titles(piece)
                piece = []


def _split_titles(piece: list[tuple[int, str]]):
    while len(piece) > 1 and (piece[0][1].lower() in FUNCTION_WORDS or _participle(piece[0][1])):
        piece = piece[1:]
    start, end = piece[0][0], piece[-1][0] + len(piece[-1][1])
    words = [token for _, token in piece]
    if words[0].lower() in FUNCTION_WORDS:
        return start, end, [], [], False
    possessive = words[-1].endswith(("'s", "\u2019s"))
    words[-1] = _bare(words[-1]) if possessive else words[-1].rstrip(".") + ("." if _abbreviated(words[-1]) else "")
    is_title = [w.lower().rstrip(".") in TITLES for w in words]
    last = max((i for i, t in enumerate(is_title) if t), default=-1)
    names = words[last + 1 :]
    if last >= 0 and not [n for n in names if n.lower().rstrip(".") not in SUFFIXES]:
        last, names = -1, words  # "Martin Luther King Jr.": a name, not a title
    titles = [w.lower().rstrip(".") for w, t in zip(words[: last + 1], is_title, strict=False) if t]
    if not titles and len(names) >= 3 and not is_first_name(names[0]):
        # "Political Affairs Wendy Sherman", "Hewlett-Packard CEO Carly Fiorina": the name starts at a first name
        first = next((k for k in range(1, len(names) - 1) if first_name_gender(names[k])[1] == 2), 0)
        start, names = (piece[first][0], names[first:]) if first else (start, names)
    return start, end, titles, names, possessive


def _participle(word: str) -> bool:
    """A sentence-opening participle ("Asserting Clinton …"), not a first name like "Alfred"."""
    return bool(re.fullmatch(r"[A-Z][a-z]{2,}(?:ed|ing)", word)) and not is_first_name(word)


def _abbreviated(token: str) -> bool:
    low = token.lower().rstrip(".")
    return token.endswith(".") and (low in ABBREVIATIONS or len(low) == 1)


def _could_be_name(names: list[str]) -> bool:
    """At most four words, none an institution's or a date's, not opening like a place ("San", "New")."""
    low = [n.lower() for n in names]
    return 0 < len(names) <= 4 and not set(low) & (INSTITUTION_WORDS | CALENDAR_WORDS) and low[0] not in PLACE_PREFIXES


def _is_person_run(titles: list[str], names: list[str], text: str, start: int, end: int) -> bool:
    """A title, a known first name and a family name, or a lone first name that speaks ("Bob said") or
    follows a gendered word ("his wife, Jane")."""
    if not _could_be_name(names):
        return False
    if titles or (len(names) >= 2 and is_first_name(names[0])):
        return True
    following = re.match(r"\s+(\w+)", text[end : end + 20])
    said = bool(following) and following.group(1).lower() in SPEECH_VERBS  # type: ignore[union-attr]
    kin = re.search(r"\b(\w+),\s+$", text[max(0, start - 30) : start])
    kin_word = bool(kin) and gender_of_word(kin.group(1).lower()) is not None  # type: ignore[union-attr]
    return len(names) == 1 and first_name_gender(names[0])[1] == 2 and (said or kin_word)


def _words_beside(text: str, start: int, end: int, sentence: Span) -> list[str]:
    """Lowercase words just before a name ("campaign manager", "his wife,") and in the appositive after it."""
    before = text[max(sentence[0], start - 40) : start]
    words = []
    for word in reversed(re.findall(r"[A-Za-z][\w-]*|[,;:.]", before)):
        if (not word[0].islower() and word != ",") or word in FUNCTION_WORDS - {"his", "her", "their"}:
            break
        words.append(word)
        if word in ("his", "her", "their"):
            break
    after = re.match(r",\s+([^,;.)\u201c\"]{0,80})", text[end : end + 90])
    appositive = after and not _opens_clause(after.group(1))
    words += re.findall(r"\b[a-z][\w-]*\b(?!['\u2019])", after.group(1)) if appositive else []
    return [w for w in words if w != ","]


def _opens_clause(words: str) -> bool:
    """What follows "Name," is the rest of a clause, not an appositive: it opens with a verb or a function
    word ("Ann and her husband, Tom, were greeted by an organizer"; "Tom, who …"), not "the"/"a" or a noun."""
    first = re.match(r"([a-z][\w-]*)", words)
    word = first.group(1) if first else ""
    return (word in FUNCTION_WORDS and word not in APPOSITIVE_OPENERS) or bool(re.fullmatch(r"[a-z]+ed", word))


def read_story(text: str, quoted: list[Span], sources: list[tuple[int, str]]) -> Story:
    """The people of a story and where each of them (or a he/she) is mentioned. An annotated source
    written as a name and an appositive ("Reince Priebus, the GOP chairman,", "Whit Ayres -- author of")
    is a person too."""
    sentences = _sentences(text)
    runs = [(s, e, t, n, p) for s, e, t, n, p in _runs(text, quoted) if n]
    names: list[list[str]] = []  # the words of each person's fullest name
    sourced = {_bare(src).lower() for _, src in sources if re.fullmatch(TOKEN, src)}  # "Chatwal"
    for start, end, titles, words, _ in runs:
        name_like = 2 <= len(words) <= 3 and _could_be_name(words)
        described = name_like and re.match(r",\s+[a-z]|\s+--?\s", text[end : end + 8])
        aged = _could_be_name(words) and re.match(r",\s+\d{1,3},", text[end : end + 8])  # "Ann Lee, 34, a nurse"
        # written as a source itself, or a source is its family name alone ("Sant Chatwal, a hotelier … Chatwal said")
        in_source = any(a <= start < a + len(src) for a, src in sources) or _bare(words[-1]).lower() in sourced
        if not (_is_person_run(titles, words, text, start, end) or (described and in_source) or aged):
            continue
        same = [i for i, known in enumerate(names) if _surname(" ".join(known)) == _surname(" ".join(words))]
        firsts = [i for i in same if len(words) < 2 or len(names[i]) < 2 or names[i][0] == words[0]]
        if firsts:
            if len(words) > len(names[firsts[0]]):
                names[firsts[0]] = words
        else:
            names.append(words)
    family = {_surname(" ".join(n)) for n in names}
    for _, _, titles, words, _ in runs:  # "Khizr Khan" beside "Ghazala Khan": a second person of that name
        known = [n for n in names if _surname(" ".join(n)) == _surname(" ".join(words))]
        if titles or not known or not 2 <= len(words) <= 3 or any(len(n) < 2 or n[0] == words[0] for n in known):
            continue
        given = words[:-1]
        if not (set(given) & family or {w.lower() for w in given} & (FUNCTION_WORDS | PLACE_PREFIXES | NOT_GIVEN)):
            names.append(words)
    mentions, evidence, roles = _name_mentions(text, runs, names, sentences)
    attributed = {_surname(" ".join(w)) for s, _, _, w, _ in runs if any(a <= s < a + len(src) for a, src in sources)}
    named = {m.start for m in mentions}
    institutions = tuple(
        (s, e) for s, e, t, n, _ in runs if s not in named and not t and not {w.lower() for w in n} & CALENDAR_WORDS
    )
    for m in re.finditer(r"\b([Hh]e|[Ss]he)\b", text):
        if _outside(quoted, m.start()):
            mentions.append(Mention(m.start(), m.end(), -1, "m" if m.group(1).lower() == "he" else "f"))
    mentions.sort(key=lambda m: m.start)
    pronouns = [{"m": 0, "f": 0} for _ in names]
    _pronoun_evidence(mentions, sentences, pronouns)
    people = []
    for i, words in enumerate(names):
        gender, weight = first_name_gender(words[0]) if len(words) > 1 else (None, 0)
        if gender:  # a name the list gives one gender weighs like a title; a "mostly" one like a pronoun
            (evidence if weight == 2 else pronouns)[i][gender] += weight
        gender = _gender(evidence[i]) or _gender(pronouns[i], margin=2)
        certain = bool(roles[i] & TITLE_NAMES) or _surname(" ".join(words)) in attributed
        people.append(Person(" ".join(words), gender, frozenset(roles[i]), certain))
    return Story(text, sentences, tuple(people), tuple(mentions), institutions, tuple(quoted))


def _name_mentions(text: str, runs, names: list[list[str]], sentences: tuple[Span, ...]):
    """Every run naming a known person (by the family name, or the whole name), with the gender and
    role words seen beside it."""
    by_surname: dict[str, list[int]] = {}
    for i, words in enumerate(names):
        for key in _family_names(words):
            by_surname.setdefault(key.lower(), []).append(i)
    evidence = [{"m": 0, "f": 0} for _ in names]
    roles: list[set[str]] = [set() for _ in names]
    mentions: list[Mention] = []
    sentence_starts = [s for s, _ in sentences]
    for start, end, titles, words, possessive in runs:
        candidates = by_surname.get(_surname(" ".join(words)).lower(), [])
        if not candidates:
            continue
        title_gender = next((TITLES[t] for t in titles if TITLES.get(t)), None)
        fitting = [i for i in candidates if len(words) > 1 and names[i][0] == words[0]] or [
            i for i in candidates if title_gender is None or first_name_gender(names[i][0])[0] in (None, title_gender)
        ]
        # a family name alone is the person the story introduced first ("Trump" beside "Eric Trump")
        index = (fitting or candidates)[0]
        mentions.append(Mention(start, end, index, "", possessive))
        if title_gender:
            evidence[index][title_gender] += 3
        sentence = sentences[max(0, _bisect(sentence_starts, start))]
        beside = _words_beside(text, start, end, sentence)
        roles[index] |= {TITLE_ROLES.get(t, t) for t in titles} | set(beside)
        for gender, words_of in GENDERED.items():
            if words_of & set(beside[:6]):
                evidence[index][gender] += 2
    return mentions, evidence, roles


def _family_names(words: list[str]) -> list[str]:
    """The words a person can be called by alone: the last, and in a long name any other word after the
    first that is not a first name or an initial ("Miguel Basanez Ebergenyi" is also "Basanez")."""
    last = _surname(" ".join(words))
    inner = [w for w in words[1:-1] if len(w.rstrip(".")) > 1 and not is_first_name(w) and w.lower() not in SUFFIXES]
    return [last, *inner]


def _bisect(starts: list[int], at: int) -> int:
    return max((i for i, s in enumerate(starts) if s <= at), default=0)


def _gender(votes: dict[str, int], margin: int = 1) -> str | None:
    """The gender with more than `margin` times the other's votes, if any."""
    if votes["m"] > margin * votes["f"]:
        return "m"
    if votes["f"] > margin * votes["m"]:
        return "f"
    return None


def _pronoun_evidence(mentions: list[Mention], sentences: tuple[Span, ...], evidence) -> None:
    """The first he/she after a name, in its sentence or the next two, with no other person named between."""
    starts = [s for s, _ in sentences]
    for i, mention in enumerate(mentions):
        if mention.pronoun:
            continue
        sentence = _bisect(starts, mention.start)
        for later in mentions[i + 1 :]:
            if _bisect(starts, later.start) > sentence + 2:
                break
            if later.pronoun:
                evidence[mention.person][later.pronoun] += 1
                break
            if later.person != mention.person:
                break


def _fits(story: Story, mention: Mention, gender: str | None) -> bool:
    """A he/she of that gender, or a person of that gender or of none known; a name the story never
    gives a title or a gender ("Sandy Hook") is taken for a place, not a person."""
    if mention.pronoun:
        return gender is None or mention.pronoun == gender
    person = story.people[mention.person]
    if person.gender is None and not person.certain:
        return False
    return gender is None or person.gender is None or person.gender == gender


def _intro_end(story: Story, index: int) -> int:
    """Where a sentence's main clause starts: after the first comma when the sentence opens with an
    introducer ("After …,", "In an interview …,") or a participle, else at the sentence's start."""
    lo, hi = story.sentences[index]
    first = re.match(r"[\s(]*(\w+)", story.text[lo:hi])  # a quotation's first word opens no clause
    comma = story.text.find(",", lo, hi)
    opener = first.group(1).lower() if first else ""
    if comma > 0 and (opener in INTRODUCERS or re.fullmatch(r"[a-z]{3,}(?:ed|ing)", opener)):
        return comma + 1  # "Informed of the lean, Early said …", "Speaking in Ohio, Trump said …"
    return lo


def _subject(story: Story, mentions: list[Mention], gender: str | None, intro_end: int) -> Mention | None:
    """The first mention of the clause that fits: a name, or a he/she that carries the reference on; None
    when the clause's subject is a description ("The former Mexican leader went …")."""
    fitting = [m for m in mentions if _fits(story, m, gender)]
    main = [m for m in fitting if m.start >= intro_end] or fitting
    plain = [m for m in main if not m.possessive] or main
    if not plain:
        return None
    first = plain[0]
    if first.pronoun:  # "As for Trump, he said …", "When Ruiz spoke, she …": the name the clause opens on
        topic = [m for m in fitting if m.start < intro_end and not m.pronoun and _opens_clause_on(story, m)]
        return topic[0] if topic else first
    lead = story.text[intro_end : first.start]
    described = re.match(r"\s*(?:[Tt]he|[Aa]n?)\s", lead) and not lead.rstrip().endswith(",")
    described = described and not re.search(r"(?:,\s+(?:but|and|so|yet)|;)\s+$", lead)  # "…, but Ann Lee said"
    reported = re.search(r",\s*(?:said|says)\s+$", lead)  # "The promise appeals to …, said Ann Lee": hers
    if first.start >= intro_end and described and not reported and _outside(list(story.quoted), intro_end):
        return None
    following = [m for m in main if m.start > first.start and not m.pronoun]
    if following:
        between = story.text[first.end : following[0].start]
        if re.fullmatch(r"\s+asked\s+", between):  # "Hannity asked Trump …": the reply is Trump's
            return following[0]
        modifier = re.fullmatch(r"(?:\s+[a-z][\w-]*){1,3}\s+", between)  # "Clinton campaign manager Robby Mook"
        verb = following[0].possessive or any(w.endswith("ed") for w in between.split())  # "Lee rebuffed Ruiz's"
        if modifier and not verb and not FUNCTION_WORDS & set(between.split()):
            return following[0]
    speaking = [m for m in plain if not m.pronoun and _reports(story.text, m)]
    return speaking[0] if speaking else first  # "Donald Trump plans to …, Ben Carson said": Carson's


def _opens_clause_on(story: Story, mention: Mention) -> bool:
    """The sentence opens with a subordinator and then this name, its subject ("After Ruiz won,", "As for Ruiz,")."""
    lo = story.sentences[story.sentence_of(mention.start)][0]
    lead = re.fullmatch(r"[\s(]*(\w+)(?:\s+for)?\s+", story.text[lo : mention.start])
    return bool(lead) and lead.group(1).lower() in SUBORDINATORS and not mention.possessive  # type: ignore[union-attr]


def _reports(text: str, mention: Mention) -> bool:
    """A name that a speech verb follows, an aside between ("Carson said", "Coffman, who represents Denver,
    said"), or comes right before after a quotation or a comma ("…," said Carson); in "Luntz said Mr. Cameron
    had failed" the speaker is Luntz, not Cameron."""
    verbs = "|".join(SPEECH_VERBS)
    after = re.match(rf"(?:,[^.;\"\u201c\u201d]{{1,160}}?,)?\s+(?:{verbs})\b", text[mention.end : mention.end + 180])
    before = re.search(r"[,\"'\u201d]\s*(\w+)\s+$", text[max(0, mention.start - 15) : mention.start])
    return bool(after) or bool(before and before.group(1) in INVERTED_VERBS)


def resolve_institution(story: Story, at: int, head: str = "", reach: int = 3) -> tuple[int, str] | None:
    """What "the company" or "the council" means: a named institution before it in its sentence or the
    nearest earlier sentences, one whose name holds the head word ("St. Paul City Council") first, else
    the first in the nearest sentence with one; a place or a capital a sentence opens with names none."""
    index = story.sentence_of(at)
    nearest = None
    for k in range(index, max(-1, index - reach), -1):
        lo, hi = story.sentences[k]
        found = [(a, b) for a, b in story.institutions if lo <= a < min(hi, at) and _names_institution(story, a, b)]
        if head and (holding := [(a, b) for a, b in found if head in story.text[a:b].lower().split()]):
            return holding[-1][0], story.text[holding[-1][0] : holding[-1][1]]
        nearest = nearest or (found[0] if found else None)
    return (nearest[0], story.text[nearest[0] : nearest[1]]) if nearest else None


def _names_institution(story: Story, start: int, end: int) -> bool:
    """A capitalised run that can name an institution: not a country or a region ("Arkansas"), not a
    people ("Americans"), and not a lone word capitalised only because a sentence opens with it
    ("Regarding", "Late") unless the story capitalises it elsewhere too."""
    name = _bare(story.text[start:end])
    if name.lower() in _place_names() or (" " not in name and _plural_word(name.lower())):
        return False
    opens = re.fullmatch(r"[\s\"'\u201c\u2018(]*", story.text[story.sentences[story.sentence_of(start)][0] : start])
    return " " in name or not opens or bool(re.search(rf"[a-z,]\s+{re.escape(name)}\b", story.text))


def _plural_word(word: str) -> bool:
    return word.endswith("s") and not word.endswith(("ss", "us", "is"))


@cache
def _place_names() -> frozenset[str]:
    """Countries and their regions by name, lower case ("france", "arkansas", "ontario"), from ISO 3166."""
    countries = {getattr(c, "common_name", c.name) for c in pycountry.countries} | {c.name for c in pycountry.countries}
    return frozenset(n.lower() for n in countries | {s.name for s in pycountry.subdivisions})


def resolve_pronoun(story: Story, at: int, gender: str | None, reach: int = 8) -> Person | None:
    """The person a he/she (or a description, gender None or its own) at offset `at` means, or None."""
    index = story.sentence_of(at)
    intro = _intro_end(story, index)
    if at < intro:  # "In what he called a rant, President Obama …": the main clause's subject
        after = [m for m in story.in_sentence(index) if m.start >= intro and not m.pronoun]
        if after and _fits(story, after[0], gender):
            return story.people[after[0].person]
    for k in range(index, max(-1, index - reach), -1):
        if at - story.sentences[k][1] > 3000:
            break
        mentions = story.in_sentence(k, before=at if k == index else None)
        subject = _subject(story, mentions, gender, intro if k == index else _intro_end(story, k))
        if subject is not None and not subject.pronoun:
            return story.people[subject.person]
    return None


def resolve_who(story: Story, at: int) -> Person | None:
    """A relative "who" means the name right before it ("Donald Trump, who proclaimed …"), even one the
    story gives no title or known first name ("a tweet from Dale Quist who wrote"); "Sen. Ann Lee of Ohio,
    who" means her."""
    home = r"(?:\s+of\s+[A-Z][\w.]*(?:\s+[A-Z][\w.]*)*)?,?\s*"
    before = [m for m in story.mentions if not m.pronoun and m.end <= at and re.fullmatch(home, story.text[m.end : at])]
    if before:
        return story.people[before[-1].person]
    run = [(a, b) for a, b in story.institutions if b <= at and re.fullmatch(r",?\s*", story.text[b:at])]
    words = story.text[run[-1][0] : run[-1][1]].split() if run else []
    plain = words and all(re.fullmatch(r"[A-Z][a-z]+", w) for w in words)  # not "NRA", "St.", "Post-ABC"
    plain = plain and " ".join(words).lower() not in _place_names()  # "a senator from Ohio, who"
    return Person(" ".join(words), None, frozenset(), False) if plain and _could_be_name(words) else None


def resolve_role(story: Story, at: int, head: str) -> tuple[int, Person] | None:
    """The nearest earlier mention of a person written with that title or role ("the senator" after
    "Sen. Ana Ruiz" or "Ruiz, the Ohio senator,"), and where it is."""
    head = head.replace("woman", "man")
    for mention in reversed([m for m in story.mentions if not m.pronoun and m.start < at]):
        person = story.people[mention.person]
        if head in {r.replace("woman", "man") for r in person.roles}:
            return mention.start, person
    return None


def gender_of_word(word: str) -> str | None:
    return next((g for g, words in GENDERED.items() if word in words), None)
