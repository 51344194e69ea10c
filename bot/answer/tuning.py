"""The engine's tunables, set on the tuning stories of tests/stories/ only (see bench/bench_answers.py)."""

# Whether the brief covers an ask.
COVER_THRESHOLD = 0.55  # best base score needed to say the brief covers the ask
KEY_SHARE = 0.2  # a covering item holds every word with this share of the ask's weight (bar everyday English)
MAX_UNKNOWN_SHARE = 0.3  # an ask more than this share of whose weight no item holds is not covered
SAID_THRESHOLD = 0.4  # "what did X say about Y" nothing covers: X's own words on part of Y scoring this cover it
UNKNOWN_WEIGHT = 1.5  # weight of a concept no item has, as a multiple of the rarest known word's weight

# How much a match counts.
FUZZY_EDITS = ((9, 2), (5, 1))  # (shortest word, edits allowed): typos are corrected within this edit distance
SLIP_LETTERS = 4  # a word this long that English does not know is a slip too, within one edit ("whre", "trup")
ENGLISH_WORDS = 40_000  # the commonest words of English a slip no word of the brief is near is read as
SHORT_FORM_USES = 2  # a phrase's initials stand for it when the brief uses it this many times (and far the most)
ABBREVIATION_DOMINANCE = 3  # a shortened word stands for the brief's word it begins if used this many times more
FUZZY_FACTOR = 0.9  # a typo-corrected word counts this much of a clean match
SYNONYM_FACTOR = 0.9  # a match through the synonym map or an alias counts this much of the word as typed
ENTITY_SHARE = 0.8  # a person/organisation named by this share of the ask's weight is what the ask is about
ID_WEIGHT = 1.0  # the words of an item's id, which its editor wrote to name what it is about, count like an ask's
SPEAKER_BEFORE = 8  # "what did X say" without quotes by X: X within this many words before a word of speech...
SPEAKER_AFTER = 3  # ...or this many after it ("according to X")
EVERYDAY_FACTOR = 0.8  # an everyday English word ("get", "time", "point") weighs this much of its brief weight
COMMON_MODIFIER_ZIPF = 4.8  # a describing word this common that no item uses ("main", "key", "biggest")...
COMMON_MODIFIER_FACTOR = 0.5  # ...weighs this much: it says how much the thing matters, not what it is
PARTY_SPAN = 4  # "what party is X": an item not X's entry gives X's party within this many words of X's name
OWNER_SPAN = 10  # "X's Y": an item giving Y names X within this many words of it (or is X's entry or quote)
WHY_MANNER_FACTOR = 0.25  # in a "why" ask, a verb or describing word no item uses weighs this much of its weight
ANCHOR_FACTOR = 0.5  # words after "after"/"before"/"since" only place the ask in time: they weigh this much

ORDER_MARGIN = 0.05  # "when did X last …": the latest of the items within this base score of the best
ORDER_BONUS = 0.2  # ...gains this in rank, more than an editor's ask can give another (0.15)
LASTED_BONUS = 0.05  # "how long did X fight it": what an item giving a stretch of time after the ask's words gains
LASTED_WORDS = 6  # ...within this many words before the stretch of time ("fought the release for 13 months")
WHY_BONUS = 0.1  # "why" asks: what an item giving a reason ("because", "to head off") gains in rank
TIE_STEP = 1e-6  # breaks ties only: per word typed that an item's best editor's ask holds...
TIE_HELD_SHARE = 0.5  # ...when the ask typed holds at least this share of that editor's ask

# What is cited or offered.
KEEP_RATIO = 0.8  # further citations must score this share of the best one
MAX_CITED = 3
VERBATIM_RUN = 5  # words in a row an ask shares with an item's own text that say it quotes the item ("who said '…'")
NEAR_THRESHOLD = 0.5  # share of the ask's known words an open question must hold to be offered as "near"
NEAR_MIN_SHARED = 2  # ...and at least this many of the ask's concepts
MAX_NEAR = 3

# Memory bounds.
CONCEPT_CACHE_SIZE = 4096  # concept matches kept per brief index (the oldest make room)
CORRECTIONS_CACHE_SIZE = 8192  # typed words' corrections kept per brief index (likewise)
