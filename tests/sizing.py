"""How many examples a property test runs: a share of the hypothesis profile in use.

`make test` runs the `ci` profile (100 examples for a share of 1); `HYPOTHESIS_PROFILE=thorough make test` runs
ten times as many, for a search before a release. Profiles are registered in tests/conftest.py.
"""

from __future__ import annotations

from hypothesis import settings


def examples(share: float) -> int:
    """The profile's example count times `share`, at least 5."""
    return max(5, round(settings.default.max_examples * share))
