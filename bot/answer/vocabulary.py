"""Newsroom vocabulary: general English words and phrases that mean the same thing in a news story.

Only what would hold for any story lives here. Names of people, organisations, places and products, and the
words one story uses for them, belong in that story's brief (`aliases`, people's `aliases`, `asks`).
"""

import re

from bot.answer.words import STOPWORDS, everyday, frequency, stem, words_of

# Verbs saying something is expected, meant or claimed, before what is ("how long is it supposed to last"): how the
# ask is put, not what it asks (concepts.weight).
_EXPECTED_TO = ("supposed to", "meant to", "set to", "scheduled to", "slated to")
_CLAIMED_TO = ("claim to", "claims to", "claimed to", "pretend to", "purport to")
EXPECTED_OR_CLAIMED = frozenset(_EXPECTED_TO + _CLAIMED_TO)

# Each group holds words and phrases that a reporter may type for one another: any member typed matches any
# member in an item. A member that is a word of several groups joins all of them.
SYNONYM_GROUPS: tuple[tuple[str, ...], ...] = (
    # people and their jobs
    ("spokesman", "spokeswoman", "spokesperson", "press secretary", "press office", "representative"),
    ("official", "officer", "officials", "aide", "administrator", "minister", "ministers"),
    ("boss", "head", "chief", "leader", "director"),
    ("top", "ranking", "senior", "leading"),
    ("exec", "executive", "executives"),
    ("ceo", "chief executive", "chief executive officer"),
    ("cto", "chief technology officer", "tech chief"),
    ("cfo", "chief financial officer"),
    ("tech", "technology", "technologies"),
    ("staff", "staffer", "employee", "worker", "workers", "employees", "guy", "guys"),
    ("lawyer", "attorney", "counsel", "lawyers", "attorneys"),
    ("lawmaker", "legislator", "lawmakers", "legislators", "congressman", "congresswoman", "senator",
     "member of congress"),
    ("judge", "justice", "court"),
    ("panel", "judges", "bench"),
    ("panel", "committee", "subcommittee"),
    ("cops", "cop", "police", "policing", "officers", "law enforcement"),
    ("governor", "gov"),
    ("senator", "sen"),
    ("representative", "rep", "reps"),
    ("secretary", "sec"),
    ("government", "govt", "gov", "administration", "admin", "authorities"),
    ("department", "dept", "agency"),
    ("federal", "feds", "national"),
    ("company", "firm", "business", "corporation", "corp", "companies", "firms"),
    ("country", "nation", "countries", "nations"),
    ("city", "town", "municipal", "local"),
    ("people", "residents", "public", "citizens", "population"),
    ("voters", "electorate", "voter"),
    ("viewers", "viewership", "audience", "audiences", "watched", "tuned in"),
    ("victim", "victims", "casualties"),
    ("suspect", "suspects", "gunman", "attacker", "shooter", "perpetrator", "assailant"),
    ("attend", "attended", "attendance", "show up", "showed up", "shown up", "turn out", "turned out", "turnout",
     "drew", "draw", "crowd", "came out"),
    ("protesters", "protest", "protests", "demonstrators", "demonstration", "rally", "march", "unrest", "picket",
     "picketing", "picketed", "picketers"),
    ("troops", "soldiers", "military", "army", "forces", "armed forces"),
    ("expert", "experts", "analyst", "analysts", "specialist", "scholar"),
    ("critic", "critics", "opponents", "detractors"),
    ("contender", "contenders", "rival", "rivals", "challenger", "challengers"),
    ("involved", "involvement", "role", "part in", "hand in", "join", "joined", "joining", "take part", "took part",
     "participate", "participated"),
    ("slot", "slots", "spot", "place"),
    ("off the deep end", "extreme", "radical", "radicalised", "radicalized", "radicalisation", "radicalization"),
    ("on board", "welcome", "welcomes", "welcomed", "embrace", "embraces", "embraced", "signed on", "sign on",
     "signing on", "signs on"),
    ("known for", "best known", "made his name", "made her name", "made their name", "made a name", "famous for",
     "reputation"),
    ("in trouble", "controversy", "controversies", "controversial", "scandal", "scandals", "hot water",
     "in hot water"),
    ("recuse", "recused", "recusal", "recusing", "sit out", "sitting out", "sat out", "step aside", "stepped aside",
     "abstain", "abstained"),
    ("agenda", "topics", "to be discussed", "discussed"),
    ("supporters", "backers", "allies", "advocates", "proponents"),
    ("kids", "children", "minors", "youth"),
    ("wife", "husband", "spouse", "married to", "married"),
    ("mother", "mom", "mum", "mama"),
    ("father", "dad", "papa"),
    ("former", "ex", "onetime", "previous", "past"),
    ("writer", "author", "columnist", "reporter", "wrote"),
    # speaking
    ("say", "said", "says", "stated", "told", "tell", "remarks", "comments", "statement"),
    ("respond", "responded", "response", "reply", "replied", "reaction", "react", "reacted", "comment", "commented"),
    ("no comment", "declined to comment", "decline to comment", "did not respond", "refused to comment",
     "refuse to comment", "would not comment"),
    ("criticise", "criticize", "criticised", "criticized", "slam", "slammed", "blast", "blasted", "attack",
     "attacked", "condemn", "condemned", "denounce", "denounced", "rebuke", "rebuked", "assail", "assailed", "knock",
     "knocked", "bash", "bashed", "rip", "ripped", "swipe", "jab"),
    ("praise", "praised", "applaud", "applauded", "welcome", "welcomed", "hail", "hailed", "credit", "credited",
     "commend", "commended"),
    ("worth", "worthwhile", "worth it", "paid off", "pay off"),
    ("warn", "warned", "warning", "caution", "cautioned"),
    ("accuse", "accused", "allege", "alleged", "allegation", "allegations", "charge", "claim", "claimed"),
    ("deny", "denied", "denial", "reject", "rejected", "dismissed"),
    ("admit", "admitted", "admission", "acknowledge", "acknowledged", "acknowledgement", "acknowledgment", "concede",
     "conceded", "concession"),
    ("complaint", "complaints", "complain", "complained", "beef", "gripe", "grievance", "grievances", "objection",
     "objections", "problem with", "issue with"),
    ("blame", "blamed", "blames", "fault", "responsible", "responsibility"),
    ("consult", "consulted", "check with", "checked with", "advice", "advise", "advised", "guidance"),
    ("promise", "promised", "pledge", "pledged", "vow", "vowed", "commit", "commitment", "committed"),
    ("announce", "announced", "announcement", "unveil", "unveiled", "declare", "declared"),
    ("ask", "request", "requested", "urge", "urged", "call for", "called for", "demand", "demanded", "push", "pushed",
     "pushing", "press for", "pressed for", "lobby", "lobbied"),
    ("argue", "argued", "argument", "contend", "contended", "maintain"),
    ("stance", "stances", "position", "positions", "stand on", "stands on", "view on", "views on", "opinion on"),
    ("interview", "interviewed", "spoke", "speaking", "talk to", "talked to", "spoke to", "spoken to", "sat down with"),
    ("tweet", "tweeted", "twitter", "posted"),
    ("publish", "published", "release", "released", "put out", "putting out", "puts out", "make public",
     "made public", "disclose", "disclosed"),
    ("speech", "address", "remarks"),
    ("press conference", "news conference", "presser", "pressers"),
    ("speak", "spoke", "spoken", "speaking", "speech", "remarks", "press conference", "news conference", "briefing",
     "interview"),
    # deciding, law, courts
    ("decide", "decided", "decision", "rule", "ruled", "ruling", "verdict", "judgment", "judgement", "finding"),
    ("figure out", "figured out", "work out", "worked out", "settle", "settled", "decide", "decided"),
    ("law", "bill", "legislation", "measure", "statute"),
    ("rule", "rules", "regulation", "regulations", "policy", "guideline", "guidelines"),
    ("ban", "banned", "barred", "prohibit", "prohibited", "forbid", "outlaw", "block", "blocked"),
    ("allow", "allowed", "let", "permit", "permitted", "permission", "authorize", "authorized", "approve",
     "approved", "approval", "cleared"),
    ("sue", "sued", "suing", "lawsuit", "suit", "litigation", "legal action", "legal challenge", "take to court",
     "took to court", "taken to court", "taking to court"),
    ("appeal", "appealed", "appeals", "challenge", "challenged"),
    ("arrest", "arrested", "detain", "detained", "custody", "apprehended"),
    ("charge", "charged", "indict", "indicted", "indictment", "prosecute", "prosecuted", "prosecution"),
    ("convict", "convicted", "conviction", "guilty", "sentenced", "sentence", "jail", "prison", "felony", "felon"),
    ("locked up", "jail", "jailed", "behind bars", "in custody", "detention"),
    ("investigate", "investigation", "probe", "inquiry", "review", "examine", "looking into", "look into",
     "looked into", "look at", "looked at"),
    ("vote", "voted", "voting", "ballot", "ballots", "election", "elections", "reelection", "re-election"),
    ("poll", "polls", "polling", "survey", "surveys", "surveyed"),
    ("elect", "elected", "win", "won", "victory", "flip", "flipped", "pick up", "picked up", "gain", "gained", "beat",
     "beaten"),
    ("lose", "lost", "defeat", "defeated", "loss"),
    ("campaign", "candidacy", "bid", "candidate", "run for", "running for", "ran for", "race"),
    ("endorse", "endorsed", "endorsement", "back", "backing", "backed", "support", "supported", "supports", "favor"),
    ("oppose", "opposed", "opposition", "against", "object", "objected", "resist", "resisted", "dislike", "hate",
     "hostile", "hostility"),
    ("access", "obtain", "obtained", "easy to get", "get hold of", "availability"),
    ("negotiate", "negotiations", "talks", "negotiating", "negotiated", "discussions", "hammer out", "hammered out",
     "hammering out"),
    ("deal", "agreement", "accord", "pact", "treaty", "arrangement", "truce", "ceasefire", "cease-fire"),
    ("sign", "signed", "signing"),
    ("products", "goods", "merchandise"),
    ("pass", "passed", "passes", "passage", "adopt", "adopted", "enact", "enacted", "approve", "approved"),
    ("veto", "vetoed"),
    ("repeal", "repealed", "overturn", "overturned", "strike down", "struck down", "reverse", "reversed",
     "invalidate", "invalidated"),
    ("uphold", "upheld", "affirm", "affirmed"),
    ("restore", "restored", "restoration", "reinstate", "reinstated", "give back"),
    ("remove", "removed", "purge", "purged", "strip", "stripped", "drop", "dropped", "delete", "deleted",
     "get rid of", "got rid of", "take off", "taken off", "took off", "eliminate", "eliminated", "scrap", "scrapped",
     "repeal", "repealed", "abolish", "abolished"),
    # starting and stopping, changing
    ("start", "started", "begin", "began", "begun", "launch", "launched", "kick off", "opened"),
    ("create", "created", "creation", "set up", "establish", "established", "founded"),
    ("take effect", "took effect", "in force", "into force", "effective", "kicks in", "kick in", "kicked in",
     "go into effect", "went into effect", "come into force", "came into force", "enter into force",
     "entered into force", "start", "begin"),
    ("prevent", "prevented", "stop", "head off", "avert", "averted", "deter", "keep from"),
    ("end", "ended", "stop", "stopped", "halt", "halted", "suspend", "suspended", "pause", "paused", "freeze",
     "froze", "moratorium", "quit", "cease", "close", "closed", "shut", "shut down", "wrap up", "wrapped up", "wrap",
     "conclude", "concluded"),
    ("suspend", "suspended", "suspension", "suspensions"),
    ("fire", "fired", "dismiss", "dismissed", "sack", "sacked", "oust", "ousted", "let go", "lay off",
     "laid off", "layoffs", "cut jobs", "terminated", "canned", "can him", "can her", "can them", "axed"),
    ("back to normal", "normal", "normalcy", "normality", "return to normal", "returned to normal",
     "returning to normal", "normal again"),
    ("resign", "resigned", "resignation", "step down", "stepped down", "quit", "depart"),
    ("hire", "hired", "appoint", "appointed", "nominate", "nominated", "nominee", "pick", "picked"),
    ("delay", "delayed", "postpone", "postponed", "put off", "push back", "pushed back"),
    ("push back", "pushed back", "pushing back", "pushes back", "hit back", "hits back", "hitting back", "fire back",
     "fired back", "fires back", "shot back", "jab back", "jabbed back", "fight back", "fought back", "fighting back",
     "strike back", "struck back", "retort", "retorted", "rebut", "rebutted", "rebuttal", "counter", "countered"),
    ("back off", "backed off", "pull back", "pulled back", "pull out", "pulled out", "retreat", "retreated",
     "withdraw", "withdrew", "withdrawn", "walk away", "walked away", "step back", "stepped back"),
    ("fall apart", "fell apart", "fallen apart", "fall through", "fell through", "collapse", "collapsed", "cancel",
     "abandon", "abandoned", "call off", "called off", "scrap", "scrapped", "drop", "dropped", "fail", "failed",
     "failure", "break down", "broke down", "blow up", "derail", "derailed", "undo", "undone", "unravel", "scuttle"),
    ("cancel", "canceled", "cancelled", "scrap", "scrapped", "call off", "called off", "abandon", "abandoned",
     "drop", "dropped"),
    ("expire", "expired", "expires", "expiring", "expiration", "run out", "runs out", "ran out", "running out",
     "lapse", "lapsed", "lapses", "sunset", "sunsets"),
    ("increase", "increased", "rise", "rose", "risen", "grow", "grew", "growth", "jump", "jumped", "surge",
     "surged", "climb", "climbed", "hike", "raise", "raised"),
    ("decrease", "decreased", "fall", "fell", "drop", "dropped", "decline", "declined", "cut", "cuts", "reduce",
     "reduced", "shrink", "slash", "slashed", "lower", "lowered"),
    ("change", "changed", "shift", "shifted", "overhaul", "reform", "revise", "revised"),
    ("move", "moved", "shift", "shifted", "transfer", "transferred", "redirect", "redirected", "reallocate",
     "reallocated"),
    ("predict", "predicted", "prediction", "forecast", "forecasts", "projected", "projection", "projections",
     "hard to call", "too close to call"),
    ("plan", "plans", "planned", "proposal", "propose", "proposed", "scheme", "strategy", "idea", "considering",
     "consider", "weighing"),
    ("plan b", "backup plan", "back-up plan", "fallback", "fallback plan", "contingency plan", "alternative",
     "alternatives"),
    ("expected", *_EXPECTED_TO, "due to be"),
    _CLAIMED_TO,  # "does he claim to be a scientist"
    ("next", "future", "upcoming", "what happens now", "going forward", "expected", "coming days", "coming weeks",
     "coming months"),
    # money
    ("money", "funds", "funding", "fund", "funded", "financing", "dollars", "cash"),
    ("cost", "costs", "price", "pay", "paid", "spend", "spent", "spending", "expense", "bill", "payout", "payouts",
     "payment", "payments"),
    ("budget", "budgets", "appropriation", "appropriations", "spending"),
    ("tax", "taxes", "taxation", "levy"),
    ("profit", "profits", "earnings", "revenue", "income", "sales", "proceeds", "bring in", "brought in", "fetch",
     "fetched", "raise", "raised"),
    ("economy", "economic", "jobs", "growth"),
    ("merger", "merge", "merged", "acquisition", "acquire", "acquired", "buy", "bought", "takeover", "deal"),
    ("invest", "investment", "investors", "investor", "stake"),
    ("headquarters", "hq", "headquartered", "based", "base"),
    ("worth", "value", "valued"),
    ("debt", "debts", "owe", "owed", "loan", "loans", "bonds"),
    ("bankrupt", "bankruptcy", "insolvent", "default", "defaulted"),
    # harm and safety
    ("kill", "killed", "dead", "death", "deaths", "die", "died", "fatal", "fatalities", "slain", "murder",
     "murdered", "homicide"),
    ("injure", "injured", "injuries", "hurt", "wounded", "wounds", "harm", "harmed"),
    ("shoot", "shot", "shooting", "gunfire", "opened fire"),
    ("attack", "attacks", "attacked", "assault", "strike", "strikes", "raid", "bombing"),
    ("bomb", "explosive", "explosion", "blast", "device", "ied"),
    ("terror", "terrorism", "terrorist", "terrorists", "jihad", "extremist", "extremism"),
    ("weapon", "weapons", "gun", "guns", "firearm", "firearms", "rifle", "arms"),
    ("threat", "threats", "threaten", "threatened", "danger", "risk", "risks"),
    ("safe", "safety", "security", "secure", "protect", "protection"),
    ("disease", "virus", "illness", "outbreak", "infection", "infections", "epidemic"),
    ("health", "medical", "healthcare", "health care"),
    ("hospital", "hospitals", "clinic", "medical center"),
    ("emissions", "pollution", "carbon", "greenhouse gas", "greenhouse gases", "co2"),
    ("climate change", "global warming", "climate"),
    ("plant", "plants", "factory", "factories", "facility", "facilities"),
    ("refugees", "refugee", "migrants", "asylum seekers", "displaced"),
    ("immigrants", "immigrant", "immigration", "migrants"),
    ("curfew", "lockdown"),
    ("evacuate", "evacuated", "evacuation"),
    ("rescue", "rescued", "aid", "help", "relief", "assistance"),
    ("sanction", "sanctions", "penalty", "penalties", "punish", "punishment", "retaliate", "retaliation"),
    ("hack", "hacked", "hacking", "hackers", "cyberattack", "cyber", "breach", "intrusion"),
    ("bias", "biased", "profiling", "discrimination", "discriminatory", "prejudice"),
    ("spy", "spying", "espionage", "intelligence", "surveillance"),
    ("war", "conflict", "fighting", "civil war", "combat", "hostilities"),
    # documents and evidence
    ("document", "documents", "docs", "papers", "files", "records", "filing", "filings", "memo"),
    ("email", "emails", "e-mail", "mail", "message", "messages", "letter", "note", "memo", "memos"),
    ("report", "reports", "reported", "study", "studies", "research", "analysis", "survey", "data"),
    ("evidence", "proof", "show", "shows", "showed", "shown", "indicate", "cite", "cited", "based on"),
    ("photo", "photos", "photograph", "photographs", "photographed", "picture", "pictures", "pics", "image", "images",
     "video", "footage", "tape", "tapes", "recording", "recordings", "clip", "clips"),
    ("secret", "secretly", "confidential", "classified", "private", "privately"),
    ("public", "publicly"),
    ("website", "site", "online", "web"),
    # events and places
    ("meet", "met", "meeting", "meetings", "summit", "gathering", "conference", "greet", "greeted"),
    ("visit", "visited", "trip", "travel", "traveled", "tour", "go", "went"),
    ("event", "events", "incident", "episode"),
    ("epicenter", "epicentre", "hotspot", "hot spot", "center of", "centre of"),
    ("demo", "demonstration", "presentation", "showcase"),
    ("test", "tested", "trial", "pilot", "try", "tried"),
    ("try", "tried", "tries", "attempt", "attempts", "attempted", "effort", "efforts"),
    ("use", "used", "using", "deploy", "deployed", "deployment", "employ", "rely on"),
    ("build", "built", "construct", "constructed", "construction", "develop", "developed", "development"),
    ("sell", "selling", "sold", "sale", "sales", "market", "marketed", "pitch", "pitched", "offer", "offered"),
    ("contract", "contracts", "deal", "agreement"),
    ("connection", "connected", "link", "linked", "tie", "ties", "relationship", "relationships"),
    ("reason", "motive", "cause", "caused", "purpose"),
    ("trigger", "triggered", "set off", "sparked", "spark", "prompted", "prompt", "led to"),
    ("chance", "chances", "odds", "likely", "likelihood", "prospects"),
    ("accompany", "accompanied", "came with", "come with", "joined by", "travelled with", "traveled with"),
    ("overnight", "stay over", "stayed over", "spent the night", "stay the night", "stayed the night"),
    ("aim", "aims", "goal", "goals", "purpose", "objective", "point", "intended", "intent", "supposed to do",
     "meant to do", "designed to"),
    ("bottom line", "conclusion", "conclusions", "concludes", "takeaway", "upshot", "in sum", "in short"),
    ("result", "results", "outcome", "consequence", "consequences", "effect", "effects", "impact"),
    ("problem", "problems", "trouble", "troubles", "challenge", "challenges", "difficulty", "difficulties", "woes",
     "headache", "headaches", "on his plate", "on her plate", "on their plate", "controversy", "controversies"),
    ("concern", "concerns", "concerned", "worried", "worry", "worries", "fear", "fears", "upset", "alarm",
     "alarmed", "troubling", "concerning"),
    ("history", "record", "track record"),
    ("include", "includes", "including", "included", "cover", "covers", "covered", "apply to", "applies to",
     "extend to", "extends to"),
    ("hot", "heat", "temperature", "temperatures", "degrees"),
    ("number one", "no 1", "top spot"),
    ("first", "earliest", "initial", "initially", "originally"),
    ("last", "latest", "most recent", "recent", "recently", "final"),
    ("soon", "shortly", "imminent"),
    ("still", "continue", "continued", "continues", "remain", "remains", "ongoing", "kept", "keep"),
    ("around", "roughly", "approximately", "nearly", "almost"),
    ("number", "total", "count", "tally", "figure", "amount"),
    ("percent", "percentage", "pct", "share", "proportion"),
    ("million", "mn", "mln"),
    ("billion", "bn", "bln"),
    ("thousand", "thousands"),
    ("age", "aged", "year old", "years old"),
    ("hometown", "native", "grew up", "born"),
    ("headline", "hed"),
    ("story", "piece", "article", "report", "column", "post"),
    # months
    ("january", "jan"),
    ("february", "feb"),
    ("march", "mar"),
    ("april", "apr"),
    ("june", "jun"),
    ("july", "jul"),
    ("august", "aug"),
    ("september", "sep", "sept"),
    ("october", "oct"),
    ("november", "nov"),
    ("december", "dec"),
)  # fmt: skip


def _synonyms() -> dict[str, tuple[str, ...]]:
    """Each member (as typed) → every member of every group it belongs to."""
    found: dict[str, dict[str, None]] = {}
    for group in SYNONYM_GROUPS:
        for member in group:
            found.setdefault(member, {}).update(dict.fromkeys(group))
    return {member: tuple(alternatives) for member, alternatives in found.items()}


SYNONYMS = _synonyms()
# The map by phrase as a tuple of words, for greedy longest matching.
SYNONYM_KEYS = {tuple(key.split()): value for key, value in SYNONYMS.items()}


def phrase_starts(phrases, starts: dict[str, int] | None = None) -> dict[str, int]:
    """First word → the longest phrase (a tuple of words) starting with it, in words; `starts` extended."""
    found = dict(starts or {})
    for phrase in phrases:
        found[phrase[0]] = max(found.get(phrase[0], 1), len(phrase))
    return found


SYNONYM_STARTS = phrase_starts(SYNONYM_KEYS)
SYNONYM_WORDS = frozenset(word for key in SYNONYM_KEYS for word in key)  # never typo-corrected


def _alternative(phrase: str) -> tuple[str, ...]:
    """A member's stems; none for a phrase whose particle was all that made it specific ("put out" is not "put")."""
    words = words_of(phrase)
    stems = tuple(stem(w) for w in words if w not in STOPWORDS)
    if len(words) > 1 and len(stems) == 1 and (everyday(words[0]) or everyday(stems[0])):
        return ()
    return stems


_AGENT = re.compile(r"(?:er|or)s?$")


def _stems_apart(member: str) -> bool:
    """Whether a member keeps its own stem: "attacker" and "reporter" stem to "attack" and "report", so as another
    word's synonym they would match every item about an attack or a report."""
    base = _AGENT.sub("", member)
    if " " in member or base == member:
        return True
    return not any(stem(word) == stem(member) and frequency(word) >= 3 for word in (base, base + "e"))


# Each key's alternatives as phrases of stems, worked out once (the key itself as typed, whatever its stem).
SYNONYM_STEMS = {
    key: [_alternative(alt) for alt in value if alt == " ".join(key) or _stems_apart(alt)]
    for key, value in SYNONYM_KEYS.items()
}


def _by_stem() -> dict[str, list[tuple[str, ...]]]:
    """A base form's stem → its alternatives, so an inflection the groups do not list ("tied") finds them ("tie")."""
    found: dict[str, dict[tuple[str, ...], None]] = {}
    for key, alternatives in SYNONYM_STEMS.items():
        if len(key) == 1 and stem(key[0]) == key[0]:
            found.setdefault(key[0], {}).update(dict.fromkeys(a for a in alternatives if a))
    return {word: list(alternatives) for word, alternatives in found.items()}


SYNONYM_BY_STEM = _by_stem()
