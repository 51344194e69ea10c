"""The word lists the measure reads annotated sources by (bench/gold_sources.py, bench/speaker_match.py)."""

PRONOUN_GENDER = {"he": "m", "him": "m", "his": "m", "she": "f", "her": "f"}
POSSESSIVES = ("his ", "her ", "its ", "their ", "our ")
# Heads of someone a story brings in only as the other side of an exchange with the one it follows: the moderator
# who asks, the heckler who shouts, an ad's narrator; whom a pronoun would mean is never that one.
COUNTERPARTS = {"moderator", "heckler", "narrator", "questioner", "interviewer", "caller"}
ELLIPTIC = {"another", "one"}  # a source that leaves its noun to the unnamed one before ("Another said")
PRONOUNS = {"he", "she", "they", "it", "we", "i", "you", "his", "her", "their", "its", "him", "them", "us", "who"}
DETERMINERS = ("the ", "his ", "her ", "its ", "their ", "this ", "that ", "our ")
PARTY_HEADS = {"republican", "democrat", "independent", "libertarian"}
# Heads of a description that means a writing ("the statement", "the memo"): its author, whom a pronoun would mean.
DOCUMENT_HEADS = {
    "statement", "memo", "email", "e-mail", "letter", "report", "ad", "release", "document", "petition", "suit",
    "lawsuit", "complaint", "post", "tweet", "message", "filing", "transcript", "book", "video", "remarks", "comments",
    "emails", "statements", "tweets", "documents", "note", "notes",
}  # fmt: skip
# Heads of what someone says ("his response", "her answer"): the words of whom the owner means.
SPOKEN_HEADS = {
    "response", "responses", "reply", "answer", "words", "speech", "remark", "message", "warning", "criticism",
    "complaint", "argument", "explanation", "view", "verdict", "advice", "assessment", "demand", "call", "claim",
    "promise", "pledge", "vow", "plan", "proposal", "slogan",
}  # fmt: skip
# Heads of a description that means a news organisation ("the newspaper", "the news outlet"), and words in the
# names newspapers and broadcasters go by.
OUTLET_HEADS = {"newspaper", "paper", "outlet", "network", "station", "channel", "magazine", "broadcaster", "tabloid"}
MEDIA_WORDS = {
    "News", "Times", "Post", "Journal", "Herald", "Tribune", "Gazette", "Magazine", "Daily", "Press", "Radio",
    "Chronicle", "Globe", "Observer", "Register", "Telegraph", "Guardian", "Monitor", "Courier", "Dispatch",
    "Examiner", "Inquirer", "Bulletin", "Sun", "Star", "Network", "Television", "TV", "Weekly", "Review",
}  # fmt: skip
# Heads of a writing whose author a "by" or "of" names ("a study by Acme"): that author is its speaker.
WRITINGS = {"study", "paper", "poll", "survey", "analysis", "article", "story", "projection", "card", "sign", "page"}
# A part of a group an "of" names ("the share of Acme voters"): that group, no one person.
PARTS = {"share", "majority", "minority", "proportion", "percentage", "portion", "plurality"}
CROWDS = {"crowd", "audience", "community", "electorate"} | PARTS  # a body of people no name stands for
AUTHORS = {"author", "authors", "writer", "writers", "sponsor", "sponsors", "issuer"}  # "the memo's author"
NOT_NAMES = {"the", "a", "an", "democratic", "republican", "democrat", "democrats", "republicans", "gop", "former"}
NUMBER_WORDS = {
    "two",
    "three",
    "four",
    "five",
    "six",
    "seven",
    "eight",
    "nine",
    "ten",
    "dozens",
    "hundreds",
}  # "Two Americans"
