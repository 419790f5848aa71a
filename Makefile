# jixiao: two commands on a fresh machine, `make build` and `make test`.
PYTHON ?= python3
VENV := .venv
PY := $(VENV)/bin/python
STAMP := $(VENV)/.installed-$(shell cksum requirements.lock | cut -d' ' -f1)

.PHONY: help build test lint format bench clean lock

help: ## list the targets
	@grep -E '^[a-z]+:.*## ' $(MAKEFILE_LIST) | awk -F':.*## ' '{printf "  make %-8s %s\n", $$1, $$2}'

$(STAMP): requirements.lock pyproject.toml
	@test -x $(PY) || $(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --quiet --disable-pip-version-check -r requirements.lock
	@rm -f $(VENV)/.installed-* && touch $@

build: $(STAMP) ## build data/processed/ from data/raw/
	$(PY) -m pipeline build

# CI (CI=true) runs every test; on a developer's machine the slow end-to-end ones are left to it.
test: $(STAMP) ## run the test suite (the slow end-to-end tests too when CI is set)
	$(PY) -m pytest $(if $(CI),,-m "not slow")

lint: $(STAMP) ## ruff check and format check
	$(PY) -m ruff check .
	$(PY) -m ruff format --check .

format: $(STAMP) ## apply ruff fixes and formatting
	$(PY) -m ruff check --fix .
	$(PY) -m ruff format .

bench: $(STAMP) ## benchmarks: build speed, memory, incremental rebuild, layouts, parse-target
	$(PY) -m benchmarks

lock: $(STAMP) ## regenerate requirements.lock from the installed environment
	{ echo "# Locked from pyproject.toml ([dev] and [bench] extras included); regenerate with: make lock"; \
	  $(PY) -m pip freeze --exclude-editable; } > requirements.lock

clean: ## remove built outputs and the virtual environment
	rm -rf data/processed/*.parquet data/processed/*.duckdb data/processed/report.html \
	  data/processed/.cache data/processed/.builds data/processed/.current data/processed/.lock \
	  $(VENV) .pytest_cache .ruff_cache .hypothesis
