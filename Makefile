# The portal's single entry point. `make` (or `make help`) lists the targets.
# Every target uses the virtualenv's interpreter directly; nothing needs activating.

SHELL := /bin/bash
.DEFAULT_GOAL := help

PYTHON ?= python3
VENV ?= .venv
PY := $(VENV)/bin/python
MANAGE := $(PY) manage.py
PORT ?= 8000
# Extra pytest arguments, e.g. `make test PYTEST_ARGS="tests/blog -x"`.
PYTEST_ARGS ?=
# `make test COVERAGE=1` measures coverage (floor in pyproject.toml); it slows
# the suite by half, so CI measures it in the PostgreSQL run only.
COVERAGE ?=
COV_ARGS := $(if $(filter 1 yes true,$(COVERAGE)),--cov --cov-report=term-missing:skip-covered)
# pytest-xdist workers for `make test` (0 runs everything in one process). Each
# test module, and the whole browser suite, stays on one worker (tests/conftest.py).
PYTEST_WORKERS ?= 2
# Where `make lint` checks template indentation (djhtml).
TEMPLATE_DIRS := $(wildcard portal/templates home/templates blog/templates labs/templates search/templates)
# Server part of the URL `make test-postgres` uses; the database name is added.
POSTGRES_URL ?= postgres://postgres@127.0.0.1:5432
LANGS := -l sv -l en
MAKEMESSAGES_IGNORE := --ignore=tests --ignore=staticfiles --ignore=media \
	--ignore=htmlcov --ignore=artifacts --ignore=node_modules
INSTALLED := $(VENV)/.installed

.PHONY: help install demo run test test-postgres lint format messages \
	messages-extract compile-messages clean

help: ## List the targets
	@echo "Usage: make <target>   (first time: make demo, then make test)"
	@echo
	@grep -E '^[a-zA-Z_-]+:.*## ' $(MAKEFILE_LIST) \
		| awk 'BEGIN {FS = ":.*## "}; {printf "  %-14s %s\n", $$1, $$2}'

$(PY):
	@$(PYTHON) -m venv $(VENV) || { echo "Could not create $(VENV): on Debian/Ubuntu install python3-venv." >&2; exit 1; }
	$(PY) -m pip install --quiet --upgrade pip

$(INSTALLED): pyproject.toml | $(PY)
	$(PY) -m pip install --quiet --disable-pip-version-check -e ".[test]"
	@touch $@

install: $(INSTALLED) ## Create .venv (if missing) and install the portal with test tools

compile-messages: install
	@stale=""; \
	for po in $$(find portal home blog labs search -path '*/locale/*/LC_MESSAGES/*.po' 2>/dev/null); do \
		mo="$${po%.po}.mo"; { [ -f "$$mo" ] && ! [ "$$po" -nt "$$mo" ]; } || stale="$$stale $$po"; \
	done; \
	if [ -z "$$stale" ]; then exit 0; fi; \
	if command -v msgfmt >/dev/null 2>&1; then \
		$(MANAGE) compilemessages $(LANGS) --ignore=.venv; \
	else \
		echo "note: translations newer than their .mo files:$$stale"; \
		echo "      install gettext and run 'make messages' to recompile; using committed .mo files."; \
	fi

demo: install compile-messages ## Run the demo: migrate, seed demo sites and content, serve on 127.0.0.1:8000
	$(MANAGE) migrate --noinput
	$(MANAGE) seed_demo --port $(PORT)
	$(MANAGE) runserver 127.0.0.1:$(PORT)

run: install compile-messages ## Migrate and serve on 127.0.0.1:8000 without seeding
	$(MANAGE) migrate --noinput
	$(MANAGE) runserver 127.0.0.1:$(PORT)

test: install ## Run the whole suite (SQLite; DATABASE_URL=... for another database; COVERAGE=1 measures coverage)
	@echo "Testing against $${DATABASE_URL:-SQLite (DATABASE_URL unset)}"
	@rc=0; $(PY) -m pytest -n $(PYTEST_WORKERS) --dist loadscope \
		$(COV_ARGS) $(PYTEST_ARGS) || rc=$$?; \
	if [ $$rc -eq 5 ]; then echo "pytest collected no tests"; exit 0; fi; \
	exit $$rc

test-postgres: ## Run `make test` against PostgreSQL on 127.0.0.1:5432 (throwaway test database)
	@db="portal_test_$$(date +%s)_$$$$"; \
	echo "PostgreSQL: $(POSTGRES_URL)/$$db (pytest creates and drops test_$$db)"; \
	DATABASE_URL="$(POSTGRES_URL)/$$db" $(MAKE) --no-print-directory test

lint: install ## ruff check + format check, template indentation, Django system checks, missing migrations
	$(VENV)/bin/ruff check .
	$(VENV)/bin/ruff format --check .
	$(VENV)/bin/djhtml --check $(TEMPLATE_DIRS)
	$(MANAGE) check
	$(MANAGE) makemigrations --check --dry-run

format: install ## Fix what ruff can and format the code
	$(VENV)/bin/ruff check --fix .
	$(VENV)/bin/ruff format .

messages-extract: install
	@command -v xgettext >/dev/null 2>&1 || { echo "'make messages' needs GNU gettext: apt-get install gettext (brew install gettext)" >&2; exit 1; }
	$(MANAGE) makemessages $(LANGS) --add-location=file $(MAKEMESSAGES_IGNORE)

messages: messages-extract ## Update the sv/en .po files and compile .mo (needs gettext)
	$(MANAGE) compilemessages $(LANGS) --ignore=.venv

clean: ## Remove caches, coverage, collected static files and test media (keeps .venv and db.sqlite3)
	find . -path ./.venv -prune -o -name __pycache__ -type d -exec rm -rf {} +
	rm -rf .pytest_cache .ruff_cache .coverage .coverage.* coverage.xml htmlcov \
		staticfiles .test-media artifacts *.egg-info
