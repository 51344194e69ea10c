"""Every benchmark script and the modules they share still load against the package as it is: a script importing a
name the package no longer has fails here, not the next time someone runs the benchmark (the benchmarks themselves
read the PolNeAR corpus and take minutes)."""

from __future__ import annotations

import importlib
from pathlib import Path

import pytest

BENCH = Path(__file__).resolve().parent.parent / "bench"


@pytest.mark.parametrize("name", sorted(path.stem for path in BENCH.glob("*.py")))
def test_a_benchmark_module_loads(name):
    module = importlib.import_module(f"bench.{name}")
    assert module.__file__ == str(BENCH / f"{name}.py")
