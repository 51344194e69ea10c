"""`briefbot draft`: a draft brief from an article (plain text or a saved web page).

    draft = draft_brief(text, date="2020-06-17")   # Draft(slug, yaml_text, source_text, warnings)
    path = write_draft(draft, Path("briefs"), force=False)

The draft has ``status: draft``, so Slack shows it only privately, and every field an editor must
decide carries ``TODO``, which `briefbot check` warns about (``--strict`` fails): ``summary``,
``editors``, each fact's text (a short statement to rewrite; the sentence is in ``basis``), plus
``source.outlet`` when the story and page name no outlet, ``source.dating`` when the date is only
the page's, and ``source.published`` when no date is found or given (an error until it is set).
``source.byline`` comes from the article's byline line ("By Jane Doe") or the page's author.

Modules: ``clean`` and ``htmltext`` (page chrome, HTML → text), ``text`` (quotation marks, sentences), ``story`` and
``paragraphs`` (one pass over the paragraphs; a paragraph as read), ``antecedents``, ``roleholders`` and ``speechties``
(what "he", "she" and "it" point back to; whose role "the senator" names; who a sentence ties to its verb of
saying), ``mentions``, ``names``, ``namefinding``, ``leadingwords``, ``runsplitting``, ``descriptionfinding``,
``namereading``, ``namewords``, ``descriptions`` and ``roles`` (people, organisations, unnamed sources; a given
name's usual sex from ``bot.first_names``), ``quotes`` (every quotation, speakers carried across sentences and
paragraphs), ``attribution``, ``quotesentence``, ``namedafter``, ``writtenby`` and ``sentencelead`` (who speaks one
quotation, read in its sentence), ``cues``, ``speechverbs``, ``cueafter``, ``according``, ``subjects``,
``verbsubjects``, ``clausesubjects``, ``subjectbefore`` and ``chants`` (cues after a quotation, "according to", the
subject of a verb of saying before it: from its clause's construction or the mentions before it, chants),
``speakers`` (whom a speaker's mention stands for), ``documents`` and ``turns`` (documents and their issuers;
passages and new voices), ``layouts`` (quotations set out as a transcript turn, a headline, a signature or a
title), ``lexicon`` (shared word lists), ``dates``, ``facts`` and ``people`` (facts, questions, timeline; the
people list, junk left out), ``build`` (the YAML), ``cli``; ``scoring`` serves the benchmark and tests.
"""

from __future__ import annotations

from bot.draft.build import Draft, DraftError, draft_brief
from bot.draft.cli import DraftExistsError, run_draft, write_draft

__all__ = ["Draft", "DraftError", "DraftExistsError", "draft_brief", "run_draft", "write_draft"]
