"""Build the answer engine's list of English modifiers (bot/answer/modifiers.tsv).

    python bench/build_modifiers.py [--min-zipf 1.5]

A word is listed when one reading lemminflect's lexicon knows for it is an adjective or an adverb, with all its
readings: "solidly", "skittish", "noteworthy" are only ever modifiers; "regular" is also a noun and "fit" also a verb.
Only the words of wordfreq's English list at least as common as --min-zipf. The engine reads the list (see
bot/answer/words.py); lemminflect is a test extra, never imported by the bot.
"""

from __future__ import annotations

import argparse
import re
from pathlib import Path

import lemminflect
import wordfreq

OUT = Path(__file__).resolve().parent.parent / "bot" / "answer" / "modifiers.tsv"
_WORD = re.compile(r"[a-z]+")
_MODIFIER_READINGS = frozenset({"ADJ", "ADV"})
MIN_ZIPF = 1.5  # rarer words too: news writes "antiabortion", "pro-union" and the like more than English at large


def modifiers(min_zipf: float) -> list[tuple[str, str]]:
    """Lower-case English words at least this common that can be an adjective or adverb, each with all its known
    readings ("ADJ", "ADJ ADV", "ADJ NOUN" …)."""
    found = []
    for word in wordfreq.iter_wordlist("en", wordlist="large"):
        if wordfreq.zipf_frequency(word, "en", wordlist="large") < min_zipf:
            break  # the list runs from the most common word down
        if not _WORD.fullmatch(word):
            continue
        readings = set(lemminflect.getAllLemmas(word))
        if readings & _MODIFIER_READINGS:
            found.append((word, " ".join(sorted(readings))))
    return sorted(found)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--min-zipf", type=float, default=MIN_ZIPF)
    parser.add_argument("--out", type=Path, default=OUT)
    args = parser.parse_args(argv)
    words = modifiers(args.min_zipf)
    header = (
        f"# English words that can be adjectives or adverbs, with every reading\n"
        f"# lemminflect {lemminflect.__version__} knows,"
        f" among wordfreq's English words with a Zipf frequency of {args.min_zipf} or more;\n"
        f"# built by bench/build_modifiers.py.\n# word\treadings\n"
    )
    args.out.write_text(header + "".join(f"{word}\t{readings}\n" for word, readings in words), encoding="utf-8")
    print(f"{len(words)} words written to {args.out}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
