"""Realistic synthetic briefs for benchmarks (20 facts, 15 quotes, 8 questions, 15 timeline entries, 6 people)."""

from __future__ import annotations

import random
from pathlib import Path

WORDS = (
    "council budget hospital contract senator police county school board audit report water court judge "
    "agency funding records lawsuit union strike housing permit developer election ballot mayor transit "
    "climate grant investigation statement spokesperson documents emails official deadline vote committee"
).split()
NAMES = ["Ana Ruiz", "Ben Okafor", "Chloe Martin", "Dev Patel", "Eve Larsen", "Farid Haddad", "Gina Rossi"]


def _sentence(rng: random.Random, words: int) -> str:
    text = " ".join(rng.choice(WORDS) for _ in range(words))
    return text[0].upper() + text[1:] + "."


def _q(text: str) -> str:
    return '"' + text.replace("\\", "\\\\").replace('"', '\\"') + '"'


def brief_yaml(index: int, seed: int = 0) -> tuple[str, str]:
    """(yaml text, source text) of synthetic brief number `index`; about 10 KB of YAML."""
    rng = random.Random(seed * 1_000_003 + index)
    quotes = [_sentence(rng, rng.randint(10, 18)) for _ in range(15)]
    source = "\n\n".join(f'"{q}" said {rng.choice(NAMES)}. {_sentence(rng, 12)}' for q in quotes)
    lines = [
        "# yaml-language-server: $schema=../config/brief.schema.json",
        f"title: {_q(f'Story {index}: ' + _sentence(rng, 6))}",
        f"aliases: [{_q(f'story {index}')}, {_q(f'synthetic {index} {rng.choice(WORDS)}')}]",
        "status: developing",
        "updated: 2026-11-20",
        "editors:",
        "  - {name: Desk Editor, slack: U0DESK01}",
        "source:",
        "  outlet: The Synthetic Times",
        "  published: 2026-11-19",
        f"  file: sources/synthetic-{index:05d}.txt",
        f"summary: {_q(_sentence(rng, 40))}",
        "facts:",
    ]
    for n in range(20):
        lines += [
            f"  - id: fact-{n}",
            f"    text: {_q(_sentence(rng, 16))}",
            "    basis: City records",
            f"    date: 2026-{rng.randint(1, 12):02d}",
        ]
    lines.append("quotes:")
    for n, text in enumerate(quotes):
        lines += [
            f"  - id: quote-{n}",
            f"    text: {_q(text)}",
            f"    speaker: {rng.choice(NAMES)}",
            "    role: Council member",
            "    to: The Synthetic Times",
            "    date: 2026-11-18",
        ]
    lines.append("questions:")
    for n in range(8):
        lines += [
            f"  - id: question-{n}",
            f"    text: {_q(_sentence(rng, 10)[:-1] + '?')}",
            "    status: open",
        ]
    lines.append("timeline:")
    for n in range(15):
        lines += [
            f"  - id: time-{n}",
            f"    date: 2026-{rng.randint(1, 12):02d}-{rng.randint(1, 28):02d}",
            f"    event: {_q(_sentence(rng, 12))}",
        ]
    lines.append("people:")
    for n, name in enumerate(rng.sample(NAMES, 6)):
        lines += [f"  - id: who-{n}", f"    name: {name}", f"    role: {_q(_sentence(rng, 5))}"]
    return "\n".join(lines) + "\n", source


def write_briefs(folder: Path, count: int, seed: int = 0) -> list[Path]:
    """Write `count` synthetic briefs (and their sources) into folder; returns the brief paths."""
    (folder / "sources").mkdir(parents=True, exist_ok=True)
    paths = []
    for index in range(count):
        text, source = brief_yaml(index, seed)
        path = folder / f"synthetic-{index:05d}.yaml"
        path.write_text(text, encoding="utf-8")
        (folder / "sources" / f"synthetic-{index:05d}.txt").write_text(source, encoding="utf-8")
        paths.append(path)
    return paths
