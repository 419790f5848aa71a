# jixiao: two commands on a fresh machine, `make build` and `make test`.
PYTHON ?= python3
VENV := .venv
PY := $(VENV)/bin/python
PIP := $(PY) -m pip install --quiet --disable-pip-version-check
# What the build needs (requirements.lock) and, for the tests, the dev tools as well
# (requirements-dev.lock): each installed again when its lock changes.
BUILD_STAMP := $(VENV)/.installed-build-$(shell cksum requirements.lock pyproject.toml | cksum | cut -d' ' -f1)
DEV_STAMP := $(VENV)/.installed-dev-$(shell cksum requirements-dev.lock | cut -d' ' -f1)
LOCK_VENV := .lock-venv

.PHONY: help build test lint format bench clean distclean lock

help: ## list the targets
	@grep -E '^[a-z]+:.*## ' $(MAKEFILE_LIST) | awk -F':.*## ' '{printf "  make %-9s %s\n", $$1, $$2}'

# The runtime dependencies, then the project itself (editable: .venv/bin/jixiao runs this
# checkout).
$(BUILD_STAMP): requirements.lock pyproject.toml
	@test -x $(PY) || $(PYTHON) -m venv $(VENV)
	$(PIP) -r requirements.lock
	$(PIP) --no-deps --editable .
	@rm -f $(VENV)/.installed-build-* && touch $@

$(DEV_STAMP): $(BUILD_STAMP) requirements-dev.lock
	$(PIP) -r requirements-dev.lock
	@rm -f $(VENV)/.installed-dev-* && touch $@

build: $(BUILD_STAMP) ## build data/processed/ from data/raw/ (installs only what the build needs)
	$(PY) -m pipeline build

# CI (CI=true) runs every test; on a developer's machine the slow end-to-end ones are left to it.
# The tests run on every core (pytest-xdist); `pytest tests/test_x.py` alone runs in one process.
test: $(DEV_STAMP) ## run the test suite (the slow end-to-end tests too when CI is set)
	$(PY) -m pytest -n auto $(if $(CI),,-m "not slow")

lint: $(DEV_STAMP) ## ruff check and format check
	$(PY) -m ruff check .
	$(PY) -m ruff format --check .

format: $(DEV_STAMP) ## apply ruff fixes and formatting
	$(PY) -m ruff check --fix .
	$(PY) -m ruff format .

bench: $(DEV_STAMP) ## benchmarks: build speed, memory, incremental rebuild, layouts, parse-target
	$(PY) -m benchmarks

# Resolves pyproject.toml afresh in a scratch environment: the build's dependencies, then the
# dev and bench extras on top of them (the versions the build has are kept).
lock: ## regenerate requirements.lock and requirements-dev.lock from pyproject.toml
	rm -rf $(LOCK_VENV) && $(PYTHON) -m venv $(LOCK_VENV)
	$(LOCK_VENV)/bin/python -m pip install --quiet --disable-pip-version-check .
	{ echo "# What the build needs, locked from pyproject.toml's dependencies; regenerate with: make lock"; \
	  $(LOCK_VENV)/bin/python -m pip freeze --exclude jixiao; } > requirements.lock
	$(LOCK_VENV)/bin/python -m pip install --quiet --disable-pip-version-check -c requirements.lock ".[dev,bench]"
	{ echo "# The build's dependencies and the dev and bench tools, locked from pyproject.toml; regenerate with: make lock"; \
	  $(LOCK_VENV)/bin/python -m pip freeze --exclude jixiao; } > requirements-dev.lock
	rm -rf $(LOCK_VENV)

clean: ## remove the built outputs (all of data/processed/ but its README)
	find data/processed -mindepth 1 -maxdepth 1 ! -name README.md -exec rm -rf {} +

distclean: clean ## also remove the virtual environment and the tools' caches
	rm -rf $(VENV) $(LOCK_VENV) .pytest_cache .ruff_cache .hypothesis *.egg-info build
