"""Word lists the extractors share. Lower-case unless noted."""

from __future__ import annotations

import functools
import re

import pycountry
from nicknames import NickNamer

SPEECH_VERBS = {
    "say", "says", "said", "saying", "tell", "tells", "told", "telling", "add", "adds", "added", "adding",
    "write", "writes", "wrote", "writing", "note", "notes", "noted", "noting", "state", "states", "stated",
    "explain", "explains", "explained", "argue", "argues", "argued", "arguing", "insist", "insists", "insisted",
    "recall", "recalls", "recalled", "claim", "claims", "claimed", "warn", "warns", "warned", "warning",
    "ask", "asks", "asked", "reply", "replies", "replied", "respond", "responds", "responded", "answer",
    "answers", "answered", "announce", "announces", "announced", "acknowledge", "acknowledges", "acknowledged",
    "admit", "admits", "admitted", "agree", "agrees", "agreed", "continue", "continues", "continued",
    "conclude", "concludes", "concluded", "testify", "testifies", "testified", "tweet", "tweets", "tweeted",
    "post", "posts", "posted", "call", "calls", "called", "calling", "describe", "describes", "described",
    "describing", "declare", "declares", "declared", "emphasize", "emphasized", "emphasise", "emphasised",
    "stress", "stresses", "stressed", "suggest", "suggests", "suggested", "urge", "urges", "urged", "urging",
    "vow", "vows", "vowed", "promise", "promises", "promised", "pledge", "pledges", "pledged", "commit",
    "commits", "committed", "predict", "predicts", "predicted", "remark", "remarks", "remarked", "remarking",
    "expressed", "expresses", "observe",
    "observes", "observed", "concede", "concedes", "conceded", "complain", "complains", "complained", "joke",
    "jokes", "joked", "laugh", "laughs", "laughed", "shout", "shouts", "shouted", "yell", "yells", "yelled",
    "whisper", "whispers", "whispered", "recount", "recounts", "recounted", "quip", "quips", "quipped",
    "boast", "boasts", "boasted", "counter", "counters", "countered", "confirm", "confirms", "confirmed",
    "deny", "denies", "denied", "maintain", "maintains", "maintained", "contend", "contends", "contended",
    "assert", "asserts", "asserted", "allege", "alleges", "alleged", "text", "texted", "email", "emailed",
    "report", "reports", "reported", "cite", "cites", "cited", "citing", "caution", "cautions", "cautioned",
    "plead", "pleads", "pleaded", "beg", "begged", "demand", "demands", "demanded", "read", "reads",
    "mention", "mentions", "mentioned", "point", "points", "pointed", "put", "puts", "sum", "summed",
    "characterize", "characterized", "characterise", "characterised", "label", "labels", "labeled",
    "labelled", "dub", "dubbed", "term", "termed", "brand", "branded", "hail", "hailed", "praise", "praised",
    "criticize", "criticized", "criticise", "criticised", "decry", "decried", "slam", "slammed",
    "bark", "barked", "snap", "snapped", "wonder", "wondered", "muse", "mused", "exclaim", "exclaimed", "scoff",
    "scoffed", "retort", "retorted", "chant", "chanted", "sing", "sings", "sang", "recommend", "recommended",
    "interject", "interjected", "mutter", "muttered", "cry", "cried", "scream", "screamed", "proclaim",
    "proclaimed", "reason", "reasoned", "gush", "gushed", "lament", "lamented", "marvel", "marveled",
    "sigh", "sighed", "tout", "touted", "chide", "chides", "chided", "chiding", "reiterate", "reiterated", "reflect",
    "reflected", "speculate", "speculated", "assure", "assured", "advise", "advised", "opine", "opined",
    "echo", "echoed", "blast", "blasted", "tweeting", "charge", "charged", "charges", "fire", "fired",
    "yelling", "shouting", "screaming", "responding", "replying", "quipping", "joking", "asking", "found", "finds",
    "commented", "jeer", "jeers", "jeered", "jeering", "accuse", "accuses", "accused", "accusing",
    "exhort", "exhorts", "exhorted", "implore", "implores", "implored", "intone", "intones", "intoned",
    "bellow", "bellows", "bellowed",
}  # fmt: skip
# Their past forms ("added", "said"), and those with the present's third person ("adds"): the finite forms.
SPEECH_PAST = frozenset(v for v in SPEECH_VERBS if v.endswith("ed") or v in ("said", "told", "wrote"))
SPEECH_FINITE = SPEECH_PAST | {v for v in SPEECH_VERBS if v.endswith("s")}
# Verbs that can only attribute when they sit next to the quotation (they are common nouns too).
WEAK_VERBS = {"state", "states", "post", "posts", "note", "notes", "text", "email", "read", "reads", "point",
              "points", "put", "puts", "sum", "term", "counter", "call", "calls", "report", "reports", "answer",
              "answers", "continue", "continues", "brand", "label", "labels", "dub", "mention", "mentions"}  # fmt: skip
# The possessive determiners of the third person ("his office", "its report"), and two narrower sets of them.
POSSESSIVES = ("his", "her", "its", "their")
PERSON_POSSESSIVES = ("his", "her")  # one person's, of a known sex
PEOPLE_POSSESSIVES = ("his", "her", "their")  # a person's or people's, never a thing's
POSSESSIVE = "|".join(POSSESSIVES)  # a pattern for any of them
PEOPLE_POSSESSIVE = "|".join(PEOPLE_POSSESSIVES)
NOUN_DETERMINERS = {"a", "an", "the", "this", "that", *POSSESSIVES, "our", "my", "your", "another"}
STOP_CAPS = {
    "the", "a", "an", "this", "that", "these", "those", "it", "its", "he", "she", "they", "we", "i", "you", "his",
    "her", "their", "our", "my", "your", "in", "on", "at", "for", "from", "by", "with", "without", "after",
    "before", "during", "under", "over", "since", "until", "as", "if", "when", "while", "but", "and", "or", "so",
    "yet", "then", "there", "here", "where", "what", "who", "why", "how", "which", "some", "many", "most",
    "every", "each", "all", "both", "another", "other", "one", "two", "three", "four", "five", "six", "seven",
    "eight", "nine", "ten", "last", "next", "earlier", "later", "despite", "although", "though", "because",
    "asked", "according", "also", "still", "even", "just", "only", "not", "no", "yes", "nobody", "somebody",
    "everyone", "everything", "nothing", "meanwhile", "however", "instead", "now", "today", "yesterday",
    "tomorrow", "once", "among", "following", "based", "newly", "former", "several", "few", "more", "less",
    "such", "like", "unlike", "either", "neither", "do", "does", "did", "is", "are", "was", "were", "has",
    "have", "had", "will", "would", "can", "could", "should", "may", "might", "must", "let", "please",
    "thanks", "to", "of", "about", "into", "through", "again", "transcript", "outside", "inside", "near",
    "across", "behind", "beyond", "throughout", "along", "amid", "against", "toward", "towards", "upon",
    "between", "within", "above", "below", "beside", "besides", "alongside", "almost", "whether", "unless",
    "whatever", "whoever", "whenever", "wherever", "nor", "says", "tells", "warns", "responds", "maybe", "perhaps",
    "given", "including", "regarding", "concerning", "considering", "excluding",
}  # fmt: skip
# The particles that open a surname, in any case ("Bill de Blasio", "Jason Van Dyke", "bin Laden")
PARTICLES = {"de", "van", "von", "da", "del", "la", "le", "du", "bin", "ibn", "al"}
# A particle English never writes in lower case outside a name, so it joins any given name to its surname ("Ahmed al
# Ashry"); the others join only given names the first-name table knows ("Bill de Blasio")
NAME_ONLY_PARTICLES = {"al"}
# Capitalised inside a name in running text, only a body's ("Save Our Youth", "Defend Your Vote"), never a person's.
NAME_OWNERS = {"Our", "Your"}
MONTH_NAMES = ("january", "february", "march", "april", "may", "june", "july", "august", "september", "october",
               "november", "december")  # fmt: skip
# The months' short forms, as news writes them before a full stop ("Jan.", "Sept."): the first three letters of each
# month with more, and "sept".
SHORT_MONTHS = {m[:3] for m in MONTH_NAMES if len(m) > 3} | {"sept"}
WEEKDAYS = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")
MONTH_WORDS = {*MONTH_NAMES, *SHORT_MONTHS, *WEEKDAYS}
TITLES = {
    "president", "pres", "vice", "mayor", "gov", "governor", "sen", "senator", "rep", "representative", "councillor",
    "councilor", "councilmember", "councilman", "councilwoman", "commissioner", "sheriff", "judge", "attorney",
    "secretary", "minister", "chancellor", "chief", "director", "chair", "chairman", "chairwoman",
    "chairperson", "superintendent", "dr", "prof", "professor", "rev", "reverend", "mr", "mrs", "ms", "miss",
    "sgt", "sergeant", "lt", "lieutenant", "capt", "captain", "officer", "detective", "det", "coach", "spc", "pfc",
    "cpl", "pvt",
    "ceo", "cfo", "coo", "administrator", "inspector", "deputy", "assistant", "gen", "col", "maj", "cmdr",
    "commander", "speaker", "ambassador", "pastor", "rabbi", "imam", "dean", "principal", "trustee", "alderman",
    "alderwoman", "supervisor", "treasurer", "clerk", "comptroller", "controller", "auditor", "spokesperson",
    "spokesman", "spokeswoman", "host", "reporter", "anchor", "correspondent", "founder", "executive",
    "leader", "whip", "justice", "nominee", "candidate", "hopeful", "front-runner", "frontrunner", "strategist",
    "pollster", "adviser", "advisor", "aide", "manager", "congressman", "congresswoman", "businessman",
    "businesswoman", "billionaire", "mogul", "general", "premier", "adm", "admiral", "amb", "atty", "supt", "insp",
    "republican", "democrat", "economist", "analyst", "activist", "columnist", "commentator", "lawmaker",
    "actor", "actress", "singer", "comedian", "novelist", "author", "artist", "poet", "filmmaker", "producer",
    "musician", "writer", "playwright", "counsel", "assemblyman", "assemblywoman", "assemblymember", "freeholder",
    "selectman", "selectwoman", "trooper",
}  # fmt: skip
NAME_TITLES = {"dean"}  # titles that are as often a first name or a surname
HONORIFICS = {"mr": "m", "mrs": "f", "ms": "f", "miss": "f", "dr": None, "prof": None}
ORG_WORDS = {
    "department", "administration", "agency", "authority", "bureau", "commission", "committee", "council",
    "board", "union", "association", "society", "institute", "university", "college", "school", "academy",
    "hospital", "clinic", "center", "centre", "museum", "library", "foundation", "fund", "trust", "bank",
    "group", "holdings", "company", "co", "corp", "corporation", "inc", "llc", "ltd", "partners", "cooperative",
    "alliance", "coalition", "league", "federation", "guild", "local", "party", "church", "court", "police",
    "office", "ministry", "services", "service", "systems", "technologies", "labs", "energy", "power",
    "airlines", "motors", "media", "news", "times", "post", "journal", "tribune", "herald", "ledger", "press",
    "wire", "courier", "gazette", "dispatch", "sentinel", "chronicle", "radio", "network", "government",
    "district", "army", "navy", "congress", "senate", "assembly", "legislature", "parliament", "marine",
    "foods", "enforcement", "reuters", "bloomberg", "pharmaceuticals", "industries", "club",
    "team", "project", "initiative", "program", "programme", "studios", "records", "airport", "house", "nations",
    "county", "city", "state", "insider", "business", "united", "footwear", "apparel", "brands", "capital",
    "ventures", "insurance", "international", "solutions", "enterprises", "entertainment", "communications",
    "pictures", "products", "stores", "financial", "securities", "investments", "consulting", "publishing",
    "magazine", "broadcasting", "airways", "hotels", "resorts", "restaurants", "pharmacy", "healthcare",
    "publishers", "books", "corps", "lines", "forces", "affairs", "register", "golf", "ferries", "railways",
    "railway", "railroad", "transit", "shipping", "logistics", "utilities", "mining", "steel", "telecom", "bancorp",
    "chemicals", "petroleum",
}  # fmt: skip
OF_JOINERS = ORG_WORDS | {"port", "city", "county", "state", "secretary", "friends", "house", "hall", "chamber",
                          "speaker", "republic", "kingdom", "bank", "museum", "department", "university",
                          "chief"}  # fmt: skip
OUTLET_WORDS = {"news", "times", "post", "journal", "tribune", "herald", "ledger", "press", "wire", "courier",
                "gazette", "dispatch", "sentinel", "chronicle", "radio", "guardian", "telegraph", "observer",
                "reuters", "bloomberg", "bbc", "cnn", "npr", "ap", "afp", "review", "examiner", "globe", "weekly",
                "daily", "inquirer", "register", "star", "mail", "magazine", "tv", "television"}  # fmt: skip
LOCATION_PREPS = {"in", "at", "near", "from", "across", "outside", "inside", "toward", "towards", "around",
                  "through", "into", "to", "of", "on", "off", "along", "via"}  # fmt: skip
# Words that say what part of a place follows ("in rural Quebec", "outside downtown Dayton"): what stands before them
# stands before the place.
PLACE_PARTS = {"rural", "suburban", "urban", "downtown", "coastal", "upstate", "downstate", "northern", "southern",
               "eastern", "western", "central", "northeastern", "northwestern", "southeastern", "southwestern",
               "neighboring", "neighbouring", "nearby"}  # fmt: skip
PREPOSITIONS = LOCATION_PREPS | {"with", "for", "by", "against", "about", "under", "behind", "than", "between",
                                 "among", "like", "over", "after", "before", "without"}  # fmt: skip
ANON_HEADS = [
    "vice president", "chief of staff", "chief executive", "chief technology officer", "person", "people",
    "official", "source", "employee", "staffer", "aide", "spokesperson", "spokesman", "spokeswoman",
    "representative", "resident", "worker", "member", "executive", "individual", "insider", "officer",
    "manager", "lawyer", "attorney", "analyst", "engineer", "nurse", "teacher", "parent", "student", "driver",
    "neighbor", "neighbour", "witness", "investigator", "diplomat", "lawmaker", "legislator", "adviser",
    "advisor", "critic", "supporter", "opponent", "organizer", "organiser", "volunteer", "director",
    "administrator", "agent", "contractor", "firefighter", "doctor", "expert", "economist", "researcher",
    "scientist", "customer", "owner", "shopper", "voter", "tenant", "inspector", "president", "operator",
    "prosecutor", "detective", "deputy", "clerk", "accountant", "consultant", "activist", "advocate", "leader",
    "partner", "friend", "relative", "colleague", "user", "patient", "passenger", "rider", "fan", "player",
    "technician", "specialist", "coordinator", "auditor", "regulator", "planner", "developer", "assistant",
    "secretary", "chair", "chairman", "chairwoman", "commissioner", "son", "daughter", "granddaughter",
    "grandson", "wife", "husband", "mother", "father", "sister", "brother", "host", "reporter", "coach",
    "homeowner", "landlord", "owner", "founder", "editor", "guard", "pilot", "farmer", "miner",
    "governor", "senator", "congressman", "congresswoman", "candidate", "nominee", "mayor", "judge", "justice",
    "businessman", "businesswoman", "billionaire", "mogul", "pollster", "strategist", "front-runner",
    "frontrunner", "Republican", "Democrat", "speaker", "minister", "ambassador", "general",
    "designer", "veteran", "protester", "demonstrator", "historian", "professor", "author", "writer", "columnist",
    "commentator", "narrator", "moderator", "questioner", "caller", "attendee", "delegate", "superdelegate",
    "donor", "lobbyist", "operative", "retiree", "immigrant", "refugee", "man", "woman", "boy", "girl",
    "prince", "princess", "king", "queen", "pope", "pontiff", "monarch", "emir", "sheikh", "chancellor", "premier",
    "commenter", "blogger", "journalist", "anchor", "correspondent", "pundit", "publisher", "soldier", "sergeant",
    "captain", "lieutenant", "colonel", "admiral", "priest", "pastor", "bishop", "rabbi", "imam", "challenger",
    "incumbent", "rival", "contender", "hopeful", "counsel", "constituent", "juror",
]  # fmt: skip
# What may open a surname before its capital ("McDoe", "MacDoe", "O'Doe", "D'Doe", "DeDoe", "LaDoe", "DiDoe").
SURNAME_PREFIX = r"(?:Mc|Mac|O[\u2019']|D[\u2019']|De|La|Di)"
# Abbreviated titles and the role words they stand for ("Gov. Jane Doe" is "the governor").
TITLE_WORDS = {"gov": "governor", "sen": "senator", "rep": "congressman", "pres": "president", "gen": "general",
               "amb": "ambassador", "sec": "secretary", "atty": "attorney", "supt": "superintendent",
               "adm": "admiral", "lt": "lieutenant", "col": "colonel", "maj": "major", "capt": "captain",
               "sgt": "sergeant", "cmdr": "commander", "prof": "professor", "rev": "reverend", "spc": "specialist",
               "pfc": "private", "cpl": "corporal", "pvt": "private"}  # fmt: skip
RELATION_GENDER = {"son": "m", "grandson": "m", "husband": "m", "father": "m", "brother": "m", "wife": "f",
                   "daughter": "f", "granddaughter": "f", "mother": "f", "sister": "f", "spokesman": "m",
                   "spokeswoman": "f", "chairman": "m", "chairwoman": "f", "councilman": "m",
                   "councilwoman": "f", "congressman": "m", "congresswoman": "f", "businessman": "m",
                   "businesswoman": "f", "king": "m", "queen": "f", "prince": "m", "princess": "f",
                   "mr": "m", "mrs": "f", "ms": "f", "man": "m", "woman": "f", "boy": "m", "girl": "f"}  # fmt: skip
ORG_HEADS = [
    "company", "firm", "hospital", "authority", "utility", "agency", "trust", "cooperative", "co-op", "museum",
    "office", "union", "group", "department", "council", "board", "commission", "committee", "fund",
    "administration", "campaign", "team", "club", "school", "district", "university", "bank", "airline",
    "retailer", "startup", "church", "guild", "alliance", "coalition", "organization", "organisation",
    "association", "ministry", "government", "court", "police", "landlord", "developer", "operator", "county",
    "city", "state", "port", "library", "newspaper", "outlet", "network", "magazine", "publication", "foundation",
    "institute", "bureau", "PAC",
]  # fmt: skip
# "PAC" (a political action committee) is a body's common noun written in capitals: "the super PAC said".
BODIES = "|".join(sorted(ORG_HEADS, key=len, reverse=True))  # a pattern for any body's head, longest first
PLURALS = {"people": "person", "staff": "staff"}
# The nouns that say what kind of body a name is when the story calls it one ("the advocacy group Acme Now", "Acme
# Now, a super PAC backing Doe", "a firm called Acme"): the bodies above, less those that are as often a person
# ("developer", "operator", "landlord"), and the kinds of body that news writing names without an organisation's word.
BODY_HEADS = (frozenset(ORG_HEADS) - {"landlord", "developer", "operator"}) | {
    "pac", "nonprofit", "non-profit", "charity", "tank", "website", "site", "network", "outlet", "publication",
    "magazine", "tabloid", "blog", "movement", "program", "programme", "project", "initiative", "caucus", "party",
    "corporation", "chain", "consultancy", "conglomerate", "station", "channel", "lobby", "brand", "label",
}  # fmt: skip
# Offices only a body has, so the name after "the president of", "a member of", "staff at" is a body's.
BODY_OFFICES = (
    r"president|chairman|chairwoman|director|founder|co-founder|head|members?|ceo|executive|treasurer|employees?|"
    r"staff|board"
)
# Someone a story brings in only as the other side of an exchange (the moderator who asks, the heckler who shouts, an
# ad's narrator): unless the story names who holds the part, "the moderator said" is that unnamed one, never the
# candidate named before.
COUNTERPARTS = frozenset({"moderator", "heckler", "narrator", "questioner", "interviewer", "caller"})
GENERIC_HEADS = {"person", "individual", "source", "official", "aide", "insider", "employee", "staffer"}
# Writings in which someone puts their own words ("in an email, Doe wrote", "the statement said"), singular.
OWN_WRITINGS = (
    "statement", "letter", "email", "e-mail", "memo", "memorandum", "note", "message", "text", "post", "blog",
    "tweet", "release", "filing", "report", "notice", "summary", "overview", "presentation", "slide", "minutes",
    "transcript", "op-ed", "column", "essay",
)  # fmt: skip
# Occasions of spoken words ("in a speech", "her remarks", "according to a recording of …").
SPOKEN_NOUNS = ("speech", "address", "remarks", "interview", "testimony", "recording")
# Other writings that speak for a body or for themselves ("the lawsuit alleges", "reads a Wednesday editorial",
# "the order released Friday said"): the person a sentence names beside one is as often its subject as its author.
WORKS = (
    "lawsuit", "suit", "complaint", "petition", "order", "ruling", "ad", "advertisement", "video", "website", "site",
    "editorial", "article", "study", "paper", "survey", "poll", "book", "footnote", "document",
)  # fmt: skip
DOCUMENT_NOUNS = OWN_WRITINGS + WORKS
# Writings a body puts out: the person named last before one is more often its subject than its author.
BODY_WORKS = {"poll", "survey", "study", "report", "order", "ruling", "website", "site", "editorial", "document"}


def _any_of(words: tuple[str, ...]) -> str:
    """A pattern for any of these nouns or its plural, longest first."""
    return "(?:" + "|".join(sorted(words, key=len, reverse=True)) + ")s?"


DOCUMENT = _any_of(DOCUMENT_NOUNS)  # a writing that speaks: "the statement said", "Acme issued a statement"
OWN_WORDS = _any_of(OWN_WRITINGS + SPOKEN_NOUNS)  # a sentence naming one describes its author's own words
COMMUNICATION = _any_of(DOCUMENT_NOUNS + SPOKEN_NOUNS)  # anything whose words the story cites
OWN_WORDS_NOUN = re.compile(r"\b" + OWN_WORDS + r"\b", re.I)
WITHHELD = re.compile(
    r"\b(?:whose names? (?:has|have|was|were|is|are)(?: also)? (?:been )?(?:redacted|withheld|blacked out)|"
    r"(?:on|under) (?:the )?condition (?:of anonymity|that (?:he|she|they|her|his|their) (?:name )?not be "
    r"(?:named|identified|used))|(?:asked|requested|declined|wished) (?:not )?to be (?:named|identified)|"
    rf"asked (?:that|for) (?:{PEOPLE_POSSESSIVE}) name|not authori[sz]ed to (?:speak|discuss|comment)|"
    r"(?:declined|refused|did not want|didn't want|would not|wouldn't) (?:to )?(?:give|provide|share) "
    rf"(?:{PEOPLE_POSSESSIVE}) (?:full |last )?names?|"
    r"spoke anonymously|asked not to be (?:named|identified)|who (?:was|were) not named|"
    r"names? (?:was|were) redacted)",
    re.I,
)
# A sentence's opening clause, before its subject ("When asked …, ", "Filling in for Doe at …, ").
OPENING_CLAUSE = re.compile(
    r"\s*(?:(?:But|And|Yet|So),?\s+(?:when|while|as|after|before|although|though|if|since|because|in|at|on|"
    r"during|[a-z]+ing)|When|While|As|After|Before|Although|Though|If|Since|Because|Asked|Pressed|Speaking|In|At|On|During|"
    r"Late|Early|Later|Earlier|"
    r"With|Despite|Amid|"
    r"[A-Z][a-z]+(?:ing|ed)(?![\u2019']))"  # not a possessive name ("Gerding's")
    r"\b(?:[^,;:\u201c\u201d\"]|[\u201c\"]\s*[\u201d\"]|(?<=\d),(?=\d{3}\b)){0,200}?"  # a masked quotation inside,
    # or a comma inside a number ("Asked about the $410,000, Doe …")
    r"(?:(?<!\d),\s*|,(?!\d{3}\b)\s*|(?<=[\u201d\"])\s+(?=[A-Z]))"  # its comma, or one hidden in a closing
    # quotation ('a "…," Doe said')
    r"(?:(?:when|while|as|after|before|although|though|if|since|because)\b[^,;:\u201c\u201d\"]{0,200}?,\s*)?"
    # and a second one after it ("Late on Tuesday, as he left, Doe …")
)
TITLE_AS = re.compile(
    rf"\b(?:listed|identified|gave|described|signed) (?:{POSSESSIVE}) (?:title|job|position|role)"
    r"(?: as)? (?P<title>[^,.;\u201c\u201d\"]{3,80})",
    re.I,
)


def is_acronym(token: str) -> bool:
    core = token.replace(".", "").replace("&", "")
    return len(core) >= 2 and core.isalpha() and core.isupper()


def looks_like_role(word: str) -> bool:
    w = word.lower().strip(".,")
    prefixed = re.match(r"(?:co|ex|vice)-(?=[a-z])", w)  # "co-host", "ex-adviser", "vice-chair": the role after it
    w = w[prefixed.end() :] if prefixed else w
    if w in TITLES or w in ANON_HEADS:
        return True
    return len(w) > 4 and w.endswith(("er", "or", "ist", "ian", "man", "woman", "person")) and w not in {
        "after", "other", "under", "over", "never", "rather", "whether", "either", "neither", "later", "further",
        "together", "however", "former", "order", "number", "matter", "major", "floor", "door", "water",
        "center", "paper", "letter", "quarter", "corner", "summer", "winter", "border", "power", "manner",
    }  # fmt: skip


@functools.cache
def _places() -> frozenset[str]:
    """Country names (short, common and official) and US states and territories, lower-case."""
    names = set()
    for country in pycountry.countries:
        for attr in ("name", "common_name", "official_name"):
            value = getattr(country, attr, None)
            if value:
                names.add(value.lower())
    names.update(sub.name.lower() for sub in pycountry.subdivisions.get(country_code="US"))
    return frozenset(names)


def is_place(name: str) -> bool:
    """A country or a US state by name ("Dominican Republic", "New Hampshire", "Iowa")."""
    return re.sub(r"^the\s+", "", name.strip().lower()) in _places()


@functools.cache
def _nicknamer() -> NickNamer:
    """The curated table of English given names and their short forms ("Bill" for "William"), loaded once."""
    return NickNamer()


def short_given_name(short: str, full: str) -> bool:
    """``short`` is a short form of the given name ``full``: its first three letters or more ("Ben", "Benjamin"; the
    full name two letters longer at least, so "Jan" is not "Jane") or one English writes for it ("Bill", "William")."""
    short, full = short.lower(), full.lower()
    prefix = len(short) >= 3 and len(full) >= len(short) + 2 and full.startswith(short)
    return prefix or short in _nicknamer().nicknames_of(full)
