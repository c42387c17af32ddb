# `make run` sets up and starts the portal; `make test` sets up and runs every test.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
LANGS := pl ru uk
export FLASK_APP := run.py

.PHONY: run test lint i18n translations lemmas install install-test browser bench-tools worker scheduler clean

$(BIN)/python:
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip

$(VENV)/.installed: requirements.txt | $(BIN)/python
	$(BIN)/pip install --quiet -r requirements.txt
	touch $@

$(VENV)/.installed-test: requirements-test.txt $(VENV)/.installed
	$(BIN)/pip install --quiet -r requirements-test.txt
	touch $@

install: $(VENV)/.installed
install-test: $(VENV)/.installed-test

# Compiled catalogs are built, not committed.
translations: install
	$(BIN)/pybabel -q compile -d translations
	@for d in plugins/*/translations; do if [ -d "$$d" ]; then $(BIN)/pybabel -q compile -d "$$d"; fi; done

# simplemma's dictionaries as tries on disk (instance/lemmas), built once per machine: search and
# publishing then load a language in milliseconds.
lemmas: install
	$(BIN)/python -m app.content.lemmas

# Browser tests drive Debian's Chromium (a browser download is not possible here); the job tests
# need redis-server.
browser:
	@command -v chromium >/dev/null 2>&1 || { \
	  echo "Installing Chromium (Debian package)"; \
	  apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium fonts-dejavu-core >/dev/null; }
	@command -v redis-server >/dev/null 2>&1 || { \
	  echo "Installing redis-server (the job tests start and stop servers of their own)"; \
	  apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq redis-server >/dev/null; }

# The page bench (bench/pages.py) loads pages with wrk, Debian's package.
bench-tools: install
	@command -v wrk >/dev/null 2>&1 || { \
	  echo "Installing wrk (Debian package)"; \
	  apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq wrk >/dev/null; }

run: translations lemmas
	$(BIN)/flask db upgrade
	$(BIN)/flask seed --demo
	@if [ -n "$$REDIS_URL" ]; then \
	  $(BIN)/flask worker & worker=$$!; $(BIN)/flask scheduler & scheduler=$$!; \
	  trap 'kill $$worker $$scheduler 2>/dev/null' EXIT INT TERM; \
	  $(BIN)/flask run --host 127.0.0.1 --port 5000; \
	else \
	  $(BIN)/flask run --host 127.0.0.1 --port 5000; \
	fi

# With REDIS_URL: RQ's worker, and the scheduler that hands it due jobs; without: `flask worker`
# runs due jobs (retries, jobs asked for later) in its own process.
worker: install
	$(BIN)/flask worker

scheduler: install
	$(BIN)/flask scheduler

lint: install-test
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .
	$(BIN)/lint-imports

# The suite runs in parallel (pytest-xdist), two workers a core since the browser tests spend much
# of their time waiting for Chromium; each worker has its own database and Redis database.
TEST_WORKERS ?= $(shell echo $$(( $$(nproc) * 2 )))

test: install-test translations lemmas browser lint
	$(BIN)/pytest -n $(TEST_WORKERS)

# Extract every string (the portal's and Flask-AppBuilder's own, so the back office is complete
# in every language), merge into the catalogs, compile.
i18n: install
	$(BIN)/pybabel extract -F babel.cfg -k _l -k lazy_gettext -k lazy_ngettext:1,2 --no-location --sort-output \
	  -o translations/messages.pot app plugins \
	  $$($(BIN)/python -c 'import flask_appbuilder, os; print(os.path.dirname(flask_appbuilder.__file__))')
	$(BIN)/pybabel update -i translations/messages.pot -d translations --no-fuzzy-matching --ignore-obsolete
	$(MAKE) translations

clean:
	rm -rf $(VENV) instance .pytest_cache .ruff_cache
