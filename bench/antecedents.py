"""Whom a pronoun or a description at a point of a story means: the subject of its sentence or of the
nearest earlier one that fits (a name, a he/she carrying the reference on, "a woman" the story leaves
unnamed, or a role only one person holds), the name right before a "who", the last person written with a title
or role, or the institution nearest before it."""

from __future__ import annotations

import re

from bench.capitalised_runs import could_be_name, outside
from bench.name_words import bare_token, place_names
from bench.referent_words import (
    FUNCTION_WORDS,
    INTRODUCERS,
    INVERTED_VERBS,
    IRREGULAR_PAST,
    SPEECH_VERBS,
    SUBORDINATORS,
    TIME_ADVERBS,
    TITLES,
)
from bench.referents import Mention, Person, Story


def _fits(story: Story, mention: Mention, gender: str | None) -> bool:
    """A he/she of that gender, or a person of that gender or of none known; a name the story never
    gives a title or a gender ("Sandy Hook") is taken for a place, not a person."""
    if mention.pronoun:
        return gender is None or mention.pronoun == gender
    person = story.people[mention.person]
    if person.gender is None and not person.certain:
        return False
    return gender is None or person.gender is None or person.gender == gender


def intro_end(story: Story, index: int) -> int:
    """Where a sentence's main clause starts: after the first comma when the sentence opens with an
    introducer ("After …,", "In an interview …,") or a participle, else at the sentence's start."""
    lo, hi = story.sentences[index]
    first = re.match(r"[\s(]*(\w+)", story.text[lo:hi])  # a quotation's first word opens no clause
    comma = story.text.find(",", lo, hi)
    opener = first.group(1).lower() if first else ""
    count = r"(?:(?:\d+|an?|one|two|three|four|five|six|seven|eight|nine|ten|several)\s+)?"
    timed = re.match(rf"[\s(]*{count}(\w+)\s+(\w+)\b", story.text[lo:hi], re.IGNORECASE)
    if timed and timed.group(2) in SUBORDINATORS and timed.group(1).lower() in TIME_ADVERBS:
        opener = timed.group(2)  # "Soon after …,", "Hours before …,", "One month after …,"
    if comma > 0 and (opener in INTRODUCERS or re.fullmatch(r"[a-z]{3,}(?:ed|ing)", opener)):
        return comma + 1  # "Informed of the lean, Early said …", "Speaking in Ohio, Trump said …"
    return lo


def _subject(story: Story, mentions: list[Mention], gender: str | None, main_at: int) -> Mention | None:
    """The first mention of the clause that fits: a name, or a he/she that carries the reference on; None
    when the clause's subject is a description ("The former Mexican leader went …")."""
    fitting = [m for m in mentions if _fits(story, m, gender) and not modifies_a_noun(story.text, m)]
    main = [m for m in fitting if m.start >= main_at]
    # a name only in an opening phrase that is no clause, and the main clause opens on a description: that one is
    # its subject ("Speaking at the Lee Center, the president said", "In an interview with Ann Lee, the candidate
    # said"); not after "When Lee spoke, the senator", whose subject may be the one the clause names
    lo = story.sentences[story.sentence_of(max(0, main_at - 1))][0]
    opener = re.match(r"[\s(]*(\w+)", story.text[lo:main_at])
    phrase = main_at > lo and opener is not None and opener.group(1).lower() not in SUBORDINATORS
    if phrase and not main and fitting and re.match(r"\s*[Tt]he\s+(?:[A-Z][\w.-]*\s+)*[a-z]", story.text[main_at:]):
        return None
    main = main or fitting
    plain = [m for m in main if not m.possessive] or main
    if not plain:
        return None
    first = plain[0]
    tagged = [m for m in plain if not m.pronoun and _in_closing_tag(story.text, m)]
    if tagged and not _reports(story.text, first):  # "The plan …, which he backs, Jones said": Jones's
        return tagged[0]
    if first.pronoun:  # "As for Trump, he said …", "When Ruiz spoke, she …": the name the clause opens on
        topic = [m for m in fitting if m.start < main_at and not m.pronoun and _opens_clause_on(story, m)]
        # "Lee's temper came under scrutiny: He was asked …": the owner the sentence opens on
        owner = [m for m in main if m.possessive and not m.pronoun and m.start < first.start]
        return topic[0] if topic else owner[0] if owner and _opens_on(story, owner[0]) else first
    lead = story.text[main_at : first.start]
    described = bool(re.match(r"\s*(?:[Tt]he|[Aa]n?)\s", lead)) and not lead.rstrip().endswith(",")
    described = described and not re.search(r"(?:,\s+(?:but|and|so|yet)|;)\s+$", lead)  # "…, but Ann Lee said"
    described = described and not re.search(r"\s(?:is|was)\s+$", lead)  # "The latest is Ann Lee, who": the name
    # a description is the subject when the name sits inside it ("The Lee campaign"), stands in its clause ("The
    # race between Lee and Roe has turned") or a role word comes before the name ("The former senator said that
    # Ann Lee"); else the name opens a clause of its own ("The rancor grew so that Ann Lee was asked")
    inside = re.fullmatch(r"\s*(?:[Tt]he|[Aa]n?)\s+(?:[a-z][\w-]*\s+)?", lead)
    own_clause = re.search(rf"\b(?:that|{'|'.join(SUBORDINATORS)})\s+$", lead)
    described = described and (inside is not None or not own_clause or _names_a_role(story, lead))
    # but a role written right before the name is its title: "The Dale Herald columnist Ann Lee wrote" is Lee's
    # (an owner's too: "The candidate's wife Ann Lee brought …" is Lee's clause)
    modifiers = r"(?:[A-Z][\w.'\u2019-]*\s+)*(?:[a-z][\w-]*(?:['\u2019]s)?\s+){0,3}"
    titled = re.fullmatch(rf"\s*(?:[Tt]he|[Aa]n?)\s+{modifiers}", lead)
    untensed = titled and not FUNCTION_WORDS & set(lead.split()[1:])  # not "The Ohio Republican did give Ann Lee"
    described = described and not (untensed and _names_a_role(story, lead.split()[-1]))
    reported = bool(re.search(r",\s*(?:said|says)\s+$", lead))  # "The promise appeals to …, said Ann Lee": hers
    # '"The race between Lee and Roe has turned, and it will take time," Ann Lee said': the sentence is hers
    reported = reported or any(not m.pronoun and _reports(story.text, m) for m in plain[1:])
    # the name in apposition to the description that opens the clause is its subject: "The other man, his cousin
    # Al Roe, 40, cited …", "One voter, Ann Lee, 35, came", "Lee's lawyer, Al Roe, said"
    heading = r"\s*(?:[Tt]he|[Aa]n?|[Oo]ne|[Aa]nother|[A-Z][\w.-]*['\u2019]s?)\s+(?:[\w'\u2019-]+\s+){0,3}?[a-z][\w-]*"
    appositive = re.fullmatch(rf"{heading},\s+(?:(?:his|her|their|its|the|a|an)\s+(?:[a-z][\w-]*\s+){{0,3}})?", lead)
    described = described and not (appositive and re.match(r"\s*,", story.text[first.end : first.end + 2]))
    if first.start >= main_at and described and not reported and outside(list(story.quoted), main_at):
        # a description no role word makes a person's ("The rise of Roe gave Ann Lee a reason") leaves the name
        # after its verb the one a he/she after it means; a person's ("The former senator met Ann Lee") does not
        objects = [m for m in plain if _holds_verb(story.text[main_at : m.start]) and not m.possessive]
        told = objects and not _names_a_person(story, story.text[main_at : objects[0].start])
        return objects[0] if told else None
    following = [m for m in main if m.start > first.start and not m.pronoun]
    if following:
        between = story.text[first.end : following[0].start]
        if re.fullmatch(r"\s+asked\s+", between):  # "Hannity asked Trump …": the reply is Trump's
            return following[0]
        modifier = re.fullmatch(r"(?:\s+[a-z][\w-]*){1,3}\s+", between)  # "Clinton campaign manager Robby Mook"
        verb = following[0].possessive or _holds_verb(between)  # "Lee rebuffed Ruiz's", "Lee met Ruiz"
        if modifier and not verb and not FUNCTION_WORDS & set(between.split()):
            return following[0]
    speaking = [m for m in plain if not m.pronoun and _reports(story.text, m)]
    return speaking[0] if speaking else first  # "Donald Trump plans to …, Ben Carson said": Carson's


def modifies_a_noun(text: str, mention: Mention) -> bool:
    """A name written before a noun as its modifier ("the Bernie Sanders campaign", "the Trump release"), not
    as anyone's subject; "the Rev. Al Lee said" is his."""
    lead, after = text[max(0, mention.start - 4) : mention.start], text[mention.end : mention.end + 20]
    title = text[mention.start : mention.end].split()[0].lower().rstrip(".") in TITLES
    # or after "a"/"an" and a modifier or two: "an Abraham Lincoln impersonator", "a 1930s-era Art Deco theater"
    modifier = r"(?![a-z]+ed\s)[a-z0-9][\w-]*\s+"  # not "a worker named Ann Lee"
    indefinite = re.search(
        rf"(?<![\w-])[Aa]n?\s+(?:{modifier}){{0,2}}$", text[max(0, mention.start - 40) : mention.start]
    )
    noun = re.match(r" ([a-z][\w-]*)", after)
    verb = noun is not None and (noun.group(1) in SPEECH_VERBS | IRREGULAR_PAST or noun.group(1).endswith("ed"))
    determined = lead.lower() == "the " or (indefinite is not None and not verb)  # not "a claim Lee made"
    return not mention.pronoun and determined and not title and noun is not None


def _holds_verb(words: str) -> bool:
    """Some word is a verb's form ("has", "gave", "filled", "so that"), so a name after them is no part of the
    description that opens them."""
    verbs = SPEECH_VERBS | IRREGULAR_PAST | CLAUSE_VERBS
    return any(w in verbs or re.fullmatch(r"[a-z]{3,}ed", w) for w in re.findall(r"[a-z]+", words))


def _names_a_person(story: Story, clause: str) -> bool:
    """A clause opening on a description holds a role or a noun for a person ("The radio talker has", "The
    retired judge met"), not only things ("The rise of Roe gave")."""
    words = set(re.findall(r"[a-z][\w-]*", clause.lower())) - FUNCTION_WORDS
    agent = r"[a-z]{3,}(?:er|or|ist|ian|ant|ent)"
    return _names_a_role(story, " ".join(words)) or any(
        re.fullmatch(agent, w) or w.removesuffix("s") in PARTISANS for w in words
    )


def _names_a_role(story: Story, words: str) -> bool:
    """Some word is a title or a role the story gives people ("the former senator", "the spokesmen")."""
    return any(story.is_role(w) or story.is_role(w.removesuffix("s")) for w in re.findall(r"[a-z][\w-]*", words))


def _in_closing_tag(text: str, mention: Mention) -> bool:
    """The name stands in a reporting tag closing its sentence after a comma (", Jones said.", ", said Ann Lee.")."""
    verbs = "|".join(INVERTED_VERBS)
    titles = r"(?:[A-Z][\w.'\u2019-]*\s+)*"  # "Mr. ", "Sen. Ann " before the family name
    lead, after = text[max(0, mention.start - 40) : mention.start], text[mention.end : mention.end + 40]
    if re.search(rf",\s+(?:{verbs})\s+{titles}$", lead):
        return bool(re.match(r"[,.]", after))
    return bool(re.search(rf",\s+{titles}$", lead)) and bool(re.match(rf"\s+(?:{verbs})[,.]", after))


def _opens_on(story: Story, mention: Mention) -> bool:
    """The sentence's main clause opens on this mention (titles and "the" aside): "Mr. Lee's temper …"."""
    lo = intro_end(story, story.sentence_of(mention.start))
    return bool(re.fullmatch(r"[\s\"'\u201c(]*(?:[Tt]he\s+)?", story.text[lo : mention.start]))


def _opens_clause_on(story: Story, mention: Mention) -> bool:
    """The sentence opens with a subordinator and then this name, its subject ("After Ruiz won,", "As for Ruiz,")."""
    lo = story.sentences[story.sentence_of(mention.start)][0]
    lead = re.fullmatch(r"[\s(]*(\w+)(?:\s+for)?\s+", story.text[lo : mention.start])
    return bool(lead) and lead.group(1).lower() in SUBORDINATORS and not mention.possessive  # type: ignore[union-attr]


# Nouns for someone by party or leaning ("The Ohio Republican did give …").
PARTISANS = {"republican", "democrat", "conservative", "liberal", "progressive", "independent", "libertarian"}
# Auxiliaries and words opening a clause of its own: a name after them is no part of a description before them.
CLAUSE_VERBS = {"is", "are", "was", "were", "has", "have", "had", "will", "would", "can", "could", "does", "did",
                "that", "because", "while", "when", "although", "though", "after", "before", "since",
                "until"}  # fmt: skip
# Verbs by which someone puts a view in words, beside the verbs of saying ("Roe is able, Lee argues").
ARGUING_VERBS = {"argues", "argued", "insists", "insisted", "contends", "contended", "maintains", "maintained"}


def _reports(text: str, mention: Mention) -> bool:
    """A name that a speech verb follows, an aside between ("Carson said", "Coffman, who represents Denver,
    said"), or a verb of arguing right after it ("Carson argues"), or comes right before after a quotation or a comma
    ("…," said Carson); in "Luntz said Mr. Cameron had failed" the speaker is Luntz, not Cameron."""
    verbs = "|".join(SPEECH_VERBS)
    after = re.match(rf"(?:,[^.;\"\u201c\u201d]{{1,160}}?,)?\s+(?:{verbs})\b", text[mention.end : mention.end + 180])
    arguing = re.match(rf"\s+(?:{'|'.join(ARGUING_VERBS)})\b", text[mention.end : mention.end + 20])  # "Lee argues"
    before = re.search(r"[,\"'\u201d]\s*(\w+)\s+$", text[max(0, mention.start - 15) : mention.start])
    return bool(after or arguing) or bool(before and before.group(1) in INVERTED_VERBS)


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
    name = bare_token(story.text[start:end])
    if name.lower() in place_names() or (" " not in name and _plural_word(name.lower())):
        return False
    if re.search(r"\b(?:in|near)\s+$", story.text[max(0, start - 6) : start]):
        return False  # "the state attorney in Palm Beach", "violence in Central America": a place, not "in the Senate"
    opens = re.fullmatch(r"[\s\"'\u201c\u2018(]*", story.text[story.sentences[story.sentence_of(start)][0] : start])
    return " " in name or not opens or bool(re.search(rf"[a-z,]\s+{re.escape(name)}\b", story.text))


def _plural_word(word: str) -> bool:
    return word.endswith("s") and not word.endswith(("ss", "us", "is"))


def resolve_pronoun(story: Story, at: int, gender: str | None, reach: int = 8) -> Person | None:
    """The person a he/she (or a description, gender None or its own) at offset `at` means, or None."""
    index = story.sentence_of(at)
    intro = intro_end(story, index)
    if at < intro:  # "In what he called a rant, President Obama …": the main clause's subject
        after = [m for m in story.in_sentence(index) if m.start >= intro and not m.pronoun]
        if after and _fits(story, after[0], gender):
            return story.people[after[0].person]
    lo = story.sentences[index][0]
    others = _bound_others(story, at, index)
    # '"I doubt" -- that Lee is liked -- "it will last," he says': a name in an aside between the pieces of the
    # quotation a tag closes is what the quotation is about, not who speaks
    tagged = re.match(r"\s*[\"\u201c]", story.text[lo:at]) and re.search(r"[,?!][\"\u201d]\s*$", story.text[lo:at])
    for k in range(index, max(-1, index - reach), -1):
        if at - story.sentences[k][1] > 3000:
            break
        mentions = story.in_sentence(k, before=at if k == index else None) if k < index or not tagged else []
        mentions = [m for m in mentions if m.pronoun or m.person not in others]
        if k == index and _after_participle_phrase(story, at):
            mentions = []  # "Asked whether Lee would win, she said …": she is who was asked, not Lee
        subject = _subject(story, mentions, gender, intro if k == index else intro_end(story, k))
        if subject is not None and not subject.pronoun:
            return story.people[subject.person]
        unnamed = _gendered_subject(story, k, gender)
        if unnamed is not None:
            return unnamed
        described = _described_subject(story, k, gender) if k < index else None
        if described is not None:
            return described
    return None


def _described_subject(story: Story, index: int, gender: str | None) -> Person | None:
    """A sentence whose subject is a role the story gives one person alone ("the admiral chuckled", after "Adm. Al
    Roe"): whom a he/she after it means is that one, not a name further back."""
    start, end = intro_end(story, index), story.sentences[index][1]
    # the clause opens on it, after a conjunction or a participle's phrase at most ("Asked later - war or not - the
    # admiral chuckled"), or a clause after a comma does ("…, the campaign manager said"); not "he said the admiral was"
    phrase = r"[A-Z][a-z]+ed\b[^.;\"\u201c]*?(?:,|\s[-\u2013\u2014]+)\s+"
    opening = rf"(?:^\s*[\"'(]*(?:(?:And|But|So|Then)\s+|{phrase})?|,\s+)"
    verb = r"(?:[a-z]+ed|[a-z]+s|said|was|had|has)\b"
    found = re.search(rf"{opening}[Tt]he\s+(?:[a-z][\w-]*\s+){{0,2}}?([a-z][\w-]*)\s+{verb}", story.text[start:end])
    head = found.group(1).replace("woman", "man") if found else ""
    holders = [p for p in story.people if head in {r.replace("woman", "man") for r in p.roles}]
    person_noun = head in TITLES or re.search(r"(?:er|or|ist|ian|ant|ent|al)$", head)  # "admiral", "manager"
    if not found or len(holders) != 1 or not person_noun or not outside(list(story.quoted), start + found.start()):
        return None  # "the senator" in a story of two senators means neither for sure
    role = resolve_role(story, start + found.start(1), head)
    if role is None or not (gender is None or role[1].gender in (None, gender)):
        return None
    return role[1]


def _after_participle_phrase(story: Story, at: int) -> bool:
    """The he/she at `at` opens the main clause after a phrase its sentence opens on with a participle ("Asked about
    a vote in which Lee faces Roe, she replied", "Speaking of Lee, he said"): the phrase's unnamed subject is the
    he/she, so no name in that phrase is whom it means."""
    lo = story.sentences[story.sentence_of(at)][0]
    opener = re.match(r"[\s(]*([A-Z][a-z]{2,}(?:ed|ing))\s", story.text[lo:at])
    prepositions = {"during", "following", "according", "regarding", "including", "concerning", "considering"}
    word = opener.group(1).lower() if opener else ""
    return bool(word) and word not in SUBORDINATORS | prepositions and story.text[lo:at].rstrip().endswith(",")


def _bound_others(story: Story, at: int, index: int) -> set[int]:
    """People a he/she at `at` cannot mean: the one its own verb takes as object ('"…," he told Lee', "he said
    Lee was …"); a clause's subject is not its object."""
    lo, hi = story.sentences[index]
    pronoun = re.match(r"\w+", story.text[at:hi])
    after = at + (pronoun.end() if pronoun else 0)
    others = set()
    for m in story.in_sentence(index):
        if m.pronoun:
            continue
        verb = re.fullmatch(r"\s+[a-z]+\s+(?:to\s+|with\s+)?(?:[A-Z][\w.]*\s+)*", story.text[after : m.start])
        if m.start >= after and verb:
            others.add(m.person)  # "he told Sen. Lee", "she spoke with Lee"
    return others


def _gendered_subject(story: Story, index: int, gender: str | None) -> Person | None:
    """Someone the story brings in unnamed as a sentence's subject, with a word of that gender ("A 29-year-old
    woman was fined after she …", "The man who spoke …"): whom a he/she there or after it means."""
    if gender is None:
        return None
    start, end = intro_end(story, index), story.sentences[index][1]
    words = {"m": "man|boy", "f": "woman|girl"}[gender]  # no role or kin word: "the first lady" is named elsewhere
    found = re.match(rf"\s*((?:The|A|An)\s+(?:[\w'\u2019-]+\s+){{0,3}}?(?:{words}))\b", story.text[start:end])
    if not found or FUNCTION_WORDS & {w.lower() for w in found.group(1).split()[1:]}:
        return None  # not "The police arrested a man"
    return Person(found.group(1), gender, frozenset(), False)


def resolve_who(story: Story, at: int) -> Person | None:
    """A relative "who" means the name right before it ("Donald Trump, who proclaimed …"), even one the
    story gives no title or known first name ("a tweet from Dale Quist who wrote"); "Sen. Ann Lee of Ohio,
    who" means her."""
    home = r"(?:\s+of\s+[A-Z][\w.]*(?:\s+[A-Z][\w.]*)*)?"
    home += r"(?:,\s+(?:the|an?)\s+[^,.;\"\u201c\u201d]{1,100})?,?\s*"  # "Ann Lee, the director of Acme, who"
    before = [m for m in story.mentions if not m.pronoun and m.end <= at and re.fullmatch(home, story.text[m.end : at])]
    if before:
        return story.people[before[-1].person]
    run = [(a, b) for a, b in story.institutions if b <= at and re.fullmatch(r",?\s*", story.text[b:at])]
    words = story.text[run[-1][0] : run[-1][1]].split() if run else []
    plain = words and all(re.fullmatch(r"[A-Z][a-z]+", w) for w in words)  # not "NRA", "St.", "Post-ABC"
    plain = plain and " ".join(words).lower() not in place_names()  # "a senator from Ohio, who"
    return Person(" ".join(words), None, frozenset(), False) if plain and could_be_name(words) else None


def resolve_role(story: Story, at: int, head: str) -> tuple[int, Person] | None:
    """The nearest earlier mention of a person written with that title or role ("the senator" after
    "Sen. Ana Ruiz" or "Ruiz, the Ohio senator,"), and where it is."""
    head = head.replace("woman", "man")
    for mention in reversed([m for m in story.mentions if not m.pronoun and m.start < at]):
        person = story.people[mention.person]
        if head in {r.replace("woman", "man") for r in person.roles}:
            return mention.start, person
    return None
