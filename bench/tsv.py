"""Tab-separated tables with a header line, as the benchmarks' readers write their verdicts."""

from __future__ import annotations

import csv
from pathlib import Path


def tsv_rows(path: Path) -> list[dict[str, str]]:
    """Each row of the table at `path` as a dict keyed by the header's column names."""
    with path.open(encoding="utf-8") as handle:
        return list(csv.DictReader(handle, delimiter="\t"))
