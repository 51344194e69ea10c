# Two commands on a fresh machine: `make run` (the bot, or the local console without Slack credentials)
# and `make test` (the whole suite). Both create .venv and install the project into it as needed.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
PIP := $(BIN)/python -m pip install --quiet --disable-pip-version-check

.PHONY: run test lint bench bench-answers bench-draft reliability schema clean

$(BIN)/python:
	$(PYTHON) -m venv $(VENV)

$(VENV)/.installed: pyproject.toml | $(BIN)/python
	$(PIP) -e .
	@touch $@

$(VENV)/.installed-test: pyproject.toml | $(BIN)/python
	$(PIP) -e '.[test]'
	@touch $@ $(VENV)/.installed

run: $(VENV)/.installed
	@$(BIN)/briefbot

test: $(VENV)/.installed-test
	$(BIN)/ruff check bot tests bench
	$(BIN)/ruff format --check bot tests bench
	$(BIN)/mypy
	$(BIN)/python -m pytest -n 4 -q  # four workers on two cores: most tests wait on sockets and subprocesses

lint: $(VENV)/.installed-test
	$(BIN)/ruff check --fix bot tests bench
	$(BIN)/ruff format bot tests bench

schema: $(VENV)/.installed
	$(BIN)/briefbot schema > config/brief.schema.json

bench: $(VENV)/.installed-test
	$(BIN)/python bench/run.py

bench-answers: $(VENV)/.installed-test
	$(BIN)/python bench/bench_answers.py

bench-draft: $(VENV)/.installed-test
	$(BIN)/python bench/bench_draft.py

reliability: $(VENV)/.installed-test
	$(BIN)/python bench/reliability_table.py --write BENCHMARKS.md

clean:
	rm -rf $(VENV) .pytest_cache .ruff_cache .hypothesis
