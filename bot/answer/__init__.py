"""Answering a reporter's follow-up from one brief only (pure; knows nothing of Slack).

The method, chosen by measurement on the tuning stories in tests/stories/ (see bench/bench_answers.py):

* Text is folded to lower case, accents dropped ("García" as a phone types it), contractions are expanded and words
  are stemmed (Snowball, PyStemmer), so "pitched", "pitching" and "pitch" meet, and so do "deadliest" and "deadly". A
  phrasal verb's particle after its object goes back beside the verb ("put the video out" → "put out the video"), and
  "thinking about" or "of" before a verb's -ing form is "considering" ("is he thinking about quitting").
* A hand-written map of general newsroom vocabulary ("cops" → police, "take to court" → sue) and the brief's
  own people/organisation aliases (a person's surname alone is one, when no one else in the brief bears it and the
  brief never writes it as a word) turn the ask into *concepts*, each a set of alternative phrases. A concept
  matches an item when any alternative's words are all in it.
* Every item is indexed once per brief (fields weighted: text, asks, names and dates count fully; roles,
  context and basis less). A concept weighs its inverse item frequency (an everyday English word, by
  wordfreq's counts, a little less); a concept found in NO item ("Nadella", "stock") weighs more than any
  known word, because it is strong evidence that the brief does not cover the ask, unless it is only how the
  ask is put: an everyday word ("in place"), a word in a verb's place ("does Schiff buy that"), an adverb
  ("solidly") or, outside a yes/no ask, an adjective ("why would they be skittish") or a word that can be one
  before a word of the ask ("Doe's main argument"), by a table built from lemminflect's lexicon (``modifiers.tsv``),
  or the kind of names asked for ("which teams did he pitch for": an item lists the teams without the word).
  In a "why" ask such a verb or describing word is what is to be explained ("why is the union interested"), which
  the item giving the reason need not repeat: it weighs ``WHY_MANNER_FACTOR`` of that.
* An item's base score is the share of the ask's weight it matches. An item covers the ask when its base
  score reaches ``COVER_THRESHOLD`` and it holds every word the ask hinges on (one carrying ``KEY_SHARE`` of
  the weight that is not everyday English) and one of the words saying what it is about (not only its describing,
  everyday or time-frame words); otherwise the answer cites nothing and offers the open questions
  closest to the ask. "What did X say about Y" that nothing covers takes X's own words holding part of Y at
  ``SAID_THRESHOLD``.
* An item must also give what the ask wants: "how many" (or "the total", "the amount") a figure that is not a date or
  one the ask gives, "how old" an age, "where" a place (where something came from or someone lives only for "where is
  X from", and then only that when an item gives it; for "where did X come from", also whom it came from), "when" a
  date (a quote's date only when the ask is about saying; not the date of another event when the item holds the ask's
  only in a phrase beside it, "before the closed plant"; nor, but for what is still to come, the day someone spoke of
  it, unless, asked "how long ago", they give how long before they spoke it was; for what is to come, "when is X
  next up", "X is by when", a day or a year to come in an undated item's text), "who is X" (X a name) X's own entry
  or an item giving X with
  a title or an aside ("Sen. X", "X, the harbour master") or asked "who …" of X by its editor (not X's quote, nor
  another's entry naming X in its role; X no name the brief gives: no quote),
  "who did it" a name the ask does not give, "who else" a
  person the ask (or, naming no one, the title) does not name, "what did X say" X's quotes or X named beside a word
  of speech (not "what X said matched …"; for "did X himself comment", not "X's staff said"), "where did X say it"
  (or "make the comments") a place or an occasion, "where would the money go" a place or whom it goes to, "why" a
  reason (a cause or motive in its words, or an editor's ask saying it explains: "why …", "what caused …"; not for
  "why is X noteworthy"), "what date" a day, "which states" / "what town" / "the name of the staffer" a name of that
  kind (of a plural kind no item names by its word, "which teams", a list of names), or for one, its place in a series
  ("the fifth debate") (not "a Syrian boy"; none when the brief's only people of that kind are listed as unnamed),
  "what is a/an X" an item saying what one is ("X is a …", "X, the agency that …", its organisation's entry, or its
  editor asked "what is X"), "what is X" (X only a name: "what's Acme") X's entry or an item saying what X is ("Acme,
  a ferry firm", "Acme Ferry Lines (AFL)"), not one that only names it; any but "who", name, "when" and yes/no asks
  not an item naming what they are about only as the time of its own event ("after the Doe gaffe, Roe sued"). An open
  question stands in when it asks the same kind of thing ("what did X say": one asking what X said or how X
  responded); when one ranks first, it is cited alone.
* Intent rules then reorder the items that cover: who → people, when → dated items, why → items giving a
  reason, yes/no → questions, "how long" → items giving a stretch of time (first one given just after the ask's
  words), "what is X" → the item saying what X is, "who is the <post>" that the holder's quote covers → the holder's
  entry or an item giving their name with the title ("the company's" the one company the brief lists), "where
  did X say it" → items naming the occasion ("per X" / "according to X" reads as "what did X say"); an
  attribute ("how old is X", "what was her mom's job") → X's entry, X named or described by what a person's entry
  says they are; "how's X doing (lately)" → items on how X stands (won, lost,
  leads, polls), not X's latest news; "what does X want / need / think" → what X is after, not X's entry. Asks
  that are all intent ("timeline?", "what don't we know", "tl;dr", "aclu quotes") are answered from the section
  itself; a bare "what happened?" or "what's the latest?" as "tl;dr", "who's quoted?" as "quotes"; one with no
  words of its own that an item's editor asked in those words ("who did it") by that item. Else, first in a
  thread or after an ask answered with a whole part of the brief ("catch me up?"), one of the story's own event
  that names nothing ("when did it happen", "where was this", "who's behind it", "why did they do it") is asked of
  the brief's first fact (bot/answer/storyevent.py): the items about that event giving what is asked, the first
  fact first, nothing when none does (not the timeline from its start, nor the people section); and one of who is
  against or for what the story is about ("pushback?", "the other side?", "who's backing this?") as "critics" or
  "supporters" (bot/answer/sides.py).
* Typos are corrected against the brief's own words with rapidfuzz before anything else, never a word common in
  English as typed ("getting" is no slip for the brief's "setting") ("wh" read as "what" when
  what follows tells it: "wh did she say"; as the White House, in a brief that names it, when no auxiliary or
  verb follows: "wh reaction?"; "hed" after a verb of saying as "he'd": "did he say hed sue"), and a shortening
  ("rec") stands for the brief's word it begins when that word is far the most used; initials ("awb", "AC") for a
  phrase the brief uses more than once and far more than any other with those initials ("assault weapons
  ban"), and a US state's postal code ("nv") for the state, when the brief names it (before any initials).
* An item's asks rank it by the share of the best one the ask holds: any word typed, even "say" or "want", or a
  synonym of one (a "decision" holds the editor's "ruling"); a name only as typed. Items otherwise tied go by how
  many words typed their editor's ask holds (one held at least half). Its id is its editor's name for
  what it is about: it ranks the item as one of its asks would. Items still tied keep the brief's order, but of
  timeline entries tied first the latest not after the story ran leads (its "the debate" is its own).
* A follow-up leaning on the previous ask is read with it ("he" or "she" as the person it named, not an
  organisation; "it" or "that" as what they did; a lone "why?" as the previous question with its question word
  swapped; "they" after "who did X meet" as whom X met; "the kid", "the guy" that no item uses as the person it
  named; of two, "he" or "she" the one of that sex when their role, the brief's pronouns or their given
  name tell it); a thread's first ask
  with "he" or "she" (or "him" / "her" after a preposition) and no person named, with
  the person the brief's title names (of several, the one its people section lists first), and "they" with the two
  persons it joins with "and"; not a later question's, when an earlier one named someone ("who is X and what did
  he say": X, even if the brief never names X).
  One that missed is read again without the previous ask's words that no item holds, if the best item then holds
  the follow-up's own words and the rest of the previous ask's. One pointing back ("is she still pushing that")
  that nothing covers is answered by the previous answer's items that give what it wants. In an ask of several
  questions, a later one with only a pronoun ("who reported it and what was it") asks about the earlier one's topic.
  "What about X" / "and X?" (or "X?" alone) that nothing covers read with the previous ask is answered as asked, on X
  alone. After an ask that named only persons, or asked only what they said, "it" or "this" in an ask with words of
  its own is the story, not them ("is it terrorism?" after "who is Doe"), unless nothing answers it so ("which
  network was that on" after "what did Doe tell Roe"); and an ask for a whole part ("tl;dr", "what don't we know";
  "timeline?" unless it has entries for them) is the story's. Right after what someone said, an ask when, where, to
  whom, on what occasion or why it was said ("when was that", "who was Doe talking to", "was that in an interview")
  that, read as a question of its own, cites something not theirs, is answered by what the thread was told they said,
  the item giving what it asks first ("where did he say it": the fact naming the programme). An ask of where one
  claim comes from ("who says twelve people were hurt?", "source for the 5-2 vote?") that nothing covers as typed is
  answered as the claim alone: the item stating it, whose basis says where it comes from. Asked for the source in so
  many words ("source?", "where's this from?") with nothing told yet, the brief's own details answer: where the story
  comes from.

A line pasted from the story between quotation marks or after "who said" ("who said 'at this point I don't think it
matters'") is answered first by the item holding five or more of its words in a row. Dates and sums typed in a hurry
("on 9/23", "23/9", "Sept. 23rd", "2016-09-23", "on the 23rd", "tues 4/19", "sat night", "on Tuesday" in a brief whose
items never say "Tuesday", "$622m", "23m viewers", "5 mil", "18 per cent", "1st" for "first", "8:30pm" or "830pm" for
"8:30 p.m.") are read as the brief writes them, and a "$" alone ("asked them for $") as money; "when was the hearing
again" asks to be reminded, not for the next one.
An ask for what happened in a stretch of time ("since Sept. 13", "before the vote", "between 9/1 and 9/23", "after
that"; and "what's next", when the timeline goes on past the day the story ran) is answered by the timeline entries
in it, in the order of events (the nearest first, before a point); one named by an event only when the ordinary
answer gives no more than that event ("After the vote, Doe resigned" tells what came after it). "What happened first"
is the timeline from its start, "what happened last" back from the day the story ran.

Asked about the story's people as reporters ask: a question inside a request in a statement's order ("remind me who Doe
is") is read as the question, and "Doe is Acme's what" as "who is Doe"; "anything from Doe" and "what did Doe say
back" as "what did Doe say"; a bare name right after a question about someone ("Roe?" after "what did Doe say") as
"and Roe?"; "which party is Doe in" and "is Doe a Democrat" from Doe's entry (the party only from an item giving one:
Doe's entry, or beside Doe's name); a party written "(R-Wis.)" or before names ("Democrats Doe and Roe") and a role
opening on an age ("25, nurse") as news means them. An ask naming people side by side ("what did Doe and Roe say",
"Doe & Roe titles?") is asked of each in turn, unless it asks of them with each other ("when are Doe and Roe meeting")
or an item naming them all answers it as typed and it does not ask who each is. An ask for the people of one party
or kind ("who are the Democrats in this story", "list the senators") gets their entries, read by its own words.

Read by their words alone, before anything in the story is looked for: an ask for a whole part of the brief in a
reporter's words ("key facts?", "chrono pls", "open qs?", "money quotes?") gets that part; a copy desk's check of one
person's name or title ("how's Doe spelled", "is it Doe or Dee", "Doe's exact title") their entry; a request for their
words as a quote ("Doe verbatim pls") is asked as what Doe said, and so is an ask of where they stand ("is Doe for or
against it?", "Doe pro or anti?", "has Doe weighed in?") that no item of Doe's answers as typed (when Doe said nothing
on it, the items with Doe's name right before a verb of taking sides: "Doe opposes the plan"), and so is one whether
Doe said anything at all ("did Doe comment?", "any word from Doe", "Doe - any comment?"), then answered only by a quote
of Doe's (of an organisation's, by one of someone whose role names it); one of what a party's politicians said ("how did
Democrats react?", "GOP reax?", "Senate Republicans on board?") as what they said. An ask about the story as published
("whose byline is it", "is this ours or wire", "any corrections?") gets the brief's details, the one asked for first. An
ask to go on ("more?", "anything else?", "the rest pls", "is that all?") gets the items answering the previous ask that
the thread has not been shown yet (of a whole part, its next items), or says the brief has no more on it; one for more
of something it names ("what else did she say", "other Doe quotes?") is read without its word of more and gets what the
thread has not been shown.

Cost depends only on the one brief. Its index (``build_index``) is a value: whoever holds the brief keeps it and
passes it in (the library in service keeps one beside each decoded brief); the package keeps no state of its own.

Modules, the way an ask goes: ``thread`` (an ask as a thread puts it: read with the asks before it, part by part, remark
and all), ``leaning`` (answers leaning on what the thread was told), ``published`` (asks about the story as published,
and a first "source?"), ``onequestion`` (one question read on its own: what covers it, best first), ``answers`` (the
answer, and how answers are put together). Reading an ask: ``words`` (normalising, stemming, word lists), ``spelt``
(dates and sums as typed, written out), ``pasted`` (where an ask pastes a line from the story), ``stretches`` (asks for
a stretch of the timeline, and a day typed alone), ``vocabulary`` (the newsroom synonym map), ``concepts`` (typo
correction and asks → concepts), ``forms`` (the patterns and rules that show what kind of ask it is), ``intent`` (an ask
parsed into intents and concepts; whole-section asks), ``parsed`` (the parsed ask, the ask as typed that the parse
reads, and as the filters of what it wants read it), ``subjects`` (whom or what an ask is about: the kind of name it
asks for, whose words, who X is, an attribute of X), ``sections`` (a whole part asked for in a reporter's words),
``personasks`` (a check of someone's name or title, a request for their quote, where they stand, whether they
commented), ``coordinated`` (an ask of several people side by side, put of each), ``listing`` (asks for the people of
one party or kind), ``goingon`` (asks to go on: "more?"), ``groupasks`` (asks of what a party's politicians said),
``askparts`` (several questions in one message), ``followup`` (asks leaning on the previous one), ``answeredwho`` (whom
"he" means right after a question asking who), ``storyevent`` (asks of the story's own event that do not name it),
``sides`` (asks of who is against or for what the story is about), ``sourcing`` (where an answer or a claim comes from,
when what was just told was said), ``about`` (asks about the brief itself), ``remarks`` (a remark after the ask: "…, for
my lede"), ``smalltalk`` (replies that ask nothing: thanks, praise, agreement), ``vague`` (asks too bare to answer or to
pass to the desk). The brief's side: ``index`` (the per-brief index), ``cues`` (the wording that shows what an item's
text gives, and the figure readers), ``itemtext`` (an item's texts the index reads, with their weights), ``itemnames``
(the names items give, and what each is the name of), ``shortforms`` (initials and state codes for the brief's phrases).
Matching: ``score`` (scoring, and ranking what covers an ask), ``openquestions`` (open questions as answers: first when
they ask what the ask asks, near an uncovered ask), ``speaking`` (whether X speaks in an item, for "what did X say"),
``wants`` (what an ask wants, as filters of the items that give it, in the order they run), ``wantsnames`` (the filters
for someone or a name), ``wantsfigures`` (the filters for a figure or a time), ``says`` (what one item says, as those
filters ask it), ``tuning`` (the tunables)."""

from __future__ import annotations

from bot.answer.answers import Answer
from bot.answer.index import Index, build_index
from bot.answer.onequestion import find_items
from bot.answer.smalltalk import asks_something
from bot.answer.thread import answer_question

__all__ = ["Answer", "Index", "answer_question", "asks_something", "build_index", "find_items"]
