"""The words the speaker ruler reads names and descriptions by (bench/referents.py, bench/capitalised_runs.py,
bench/appositives.py, bench/name_words.py, bench/antecedents.py)."""

from __future__ import annotations

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
DEPUTIES = {"vice", "deputy", "assistant", "associate", "lieutenant", "under"}  # "Vice President": another title
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
ABBREVIATIONS |= {"sens", "reps", "govs", "gens", "drs", "messrs"}  # titles of two or more: "Govs. Ann Lee and Bob Roe"
SUFFIXES = {"jr", "sr", "ii", "iii", "iv"}
INTRODUCERS = {"after", "although", "as", "because", "before", "if", "once", "since", "though", "unless", "until",
               "when", "while", "whereas", "despite", "asked", "in", "on", "at", "during", "with", "for", "from",
               "like", "unlike", "without"}  # fmt: skip
SUBORDINATORS = {"after", "although", "as", "because", "before", "if", "once", "since", "though", "unless", "until",
                 "when", "while", "whereas"}  # fmt: skip
# Words that can stand before a subordinator opening a sentence ("Soon after …,", "One month before …,").
TIME_ADVERBS = {"soon", "shortly", "just", "even", "long", "right", "ever", "only", "not", "moment", "minute",
                "hour", "day", "week", "month", "year", "moments", "minutes", "hours", "days", "weeks", "months",
                "years"}  # fmt: skip
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
# Words beside a name that never say what someone is: relatives, pronouns, prepositions and verbs' forms
# ("Ann Lee, who has been with the campaign": none of them a role of hers).
NEVER_ROLES = FUNCTION_WORDS | {
    "whose", "whom", "which", "him", "them", "us", "me", "be", "been", "being", "into", "onto", "toward",
    "towards", "against", "between", "behind", "including", "up", "out", "back", "off", "down", "through",
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
    "year", "eve", "christmas", "thanksgiving", "easter", "hanukkah", "ramadan", "halloween",  # "New Year's Eve"
}  # fmt: skip
NOT_GIVEN = INSTITUTION_WORDS | CALENDAR_WORDS  # never a given name before a family name
SPEECH_VERBS = {"said", "says", "told", "tells", "asked", "asks", "added", "adds", "wrote", "writes", "replied"}
# Past tenses without "-ed" that can stand between two names ("Sen. Lee met Sen. Roe"): a verb, no role of the second.
IRREGULAR_PAST = {
    "met", "beat", "hit", "led", "won", "lost", "left", "took", "gave", "saw", "sent", "thought", "brought", "made",
    "paid", "held", "kept", "chose", "became", "ran", "spoke", "fought", "sought", "caught", "taught", "struck",
    "swore", "knew", "shook", "bit", "put", "let", "cut", "set", "overtook", "forgave", "drew", "threw", "told",
}  # fmt: skip
INVERTED_VERBS = {"said", "says", "added", "adds", "wrote", "writes", "replied"}  # "said Carson"; "told Carson" is not
TOKEN = r"[A-Z\u00c0-\u00de][^\s,;:!?()\[\]\"\u201c\u201d\u2013\u2014]*"  # a dash ends a name ("Pate IV\u2014a tycoon")
# Heads of an appositive that say a name is a person's ("Ann Lee, director of Acme"), beyond titles and gendered words.
PERSON_HEADS = {
    "director", "founder", "leader", "executive", "manager", "adviser", "advisor", "officer", "chief", "analyst",
    "pollster", "reporter", "writer", "author", "candidate", "lawyer", "attorney", "professor", "owner", "member",
    "organizer", "activist", "head", "aide", "consultant", "editor", "host", "anchor", "correspondent", "veteran",
}  # fmt: skip
SURNAME_PARTICLES = {"de", "van", "von", "da", "del", "la", "le", "du", "bin", "al", "di", "der"}  # "Ana de la Quorn"
