# Two commands set everything up on a fresh machine: `make run` and `make test`.
PYTHON ?= python3
VENV   := .venv
PY     := $(VENV)/bin/python
HOST   ?= 127.0.0.1
PORT   ?= 8000
DEMO   ?= 300
# pip installs the pinned, hashed lock files from PyPI and reads no pip.conf, so a
# machine-wide index list cannot add a warning per package; name a file to use one.
PIP_CONFIG_FILE ?= /dev/null
PIP    := PIP_CONFIG_FILE=$(PIP_CONFIG_FILE) $(PY) -m pip

.DEFAULT_GOAL := help
.PHONY: help install install-dev run serve test docs fuzz load bench lint format migrations-check client screenshots lock ci clean

help:  ## List the targets.
	@grep -E '^[a-z-]+:.*## ' $(MAKEFILE_LIST) | awk -F':.*## ' '{printf "  make %-18s %s\n", $$1, $$2}'

$(VENV)/bin/python:
	$(PYTHON) -m venv $(VENV)

$(VENV)/.installed-base: requirements/base.txt | $(VENV)/bin/python
	$(PIP) install --quiet --disable-pip-version-check --require-hashes -r requirements/base.txt
	touch $@

$(VENV)/.installed-dev: requirements/dev.txt $(VENV)/.installed-base
	$(PIP) install --quiet --disable-pip-version-check --require-hashes -r requirements/dev.txt
	touch $@

# The project's Python client (clients/python), editable, for its tests and the tutorial; its
# dependencies are in the lock above, so pip adds nothing and builds with the venv's setuptools.
$(VENV)/.installed-client: clients/python/pyproject.toml $(VENV)/.installed-dev
	$(PIP) install --quiet --disable-pip-version-check --no-deps --no-build-isolation -e clients/python
	touch $@

install: $(VENV)/.installed-base  ## Create .venv with the pinned runtime dependencies.

install-dev: $(VENV)/.installed-client  ## Add the pinned test and lint dependencies, and the project's Python client.

run: install  ## Set up the SQLite database (first time: vocabulary, seeds, DEMO synthetic deployments, admin account) and serve it.
	$(PY) manage.py migrate --noinput
	$(PY) manage.py bootstrap --admin-url http://$(HOST):$(PORT)/admin/ --demo $(DEMO)
	$(PY) manage.py runserver $(HOST):$(PORT)

serve: install  ## Production settings under gunicorn (needs DJANGO_SECRET_KEY, DJANGO_ALLOWED_HOSTS, DATABASE_URL; CACHE_URL or a throwaway Valkey/Redis).
	./scripts/serve.sh

test: install-dev docs  ## Build the docs, then run the whole suite on a throwaway PostgreSQL and on SQLite at once.
	./scripts/test.sh $(PYTEST_ARGS)

docs: install-dev  ## Build the documentation site into site/, offline; a broken link or reference page fails it.
	NO_MKDOCS_2_WARNING=1 $(VENV)/bin/mkdocs build --strict --site-dir site

FUZZ_PYTEST = $(PY) -m pytest -p no:cacheprovider --create-db -q tests/api/test_schema.py \
	-k test_no_request_makes_the_server_fail

fuzz: install-dev  ## Long random schemathesis run over every API operation, on PostgreSQL then SQLite (FUZZ_EXAMPLES, default 300).
	FUZZ_EXAMPLES=$${FUZZ_EXAMPLES:-300} ./scripts/with-postgres.sh $(FUZZ_PYTEST)
	rm -f var/fuzz.sqlite3
	FUZZ_EXAMPLES=$${FUZZ_EXAMPLES:-300} DATABASE_URL=sqlite:///$(CURDIR)/var/fuzz.sqlite3 $(FUZZ_PYTEST)

load: install-dev  ## Bounded load test of make serve on PostgreSQL and Valkey/Redis: readers and writers (LOAD_SECONDS, LOAD_READERS, LOAD_WRITERS).
	./scripts/with-postgres.sh ./scripts/with-cache.sh $(PY) scripts/load.py

bench: install-dev  ## API list speed next to a hand-written psycopg baseline (BENCH_DEPLOYMENTS, BENCH_SECONDS).
	./scripts/with-postgres.sh $(PY) scripts/bench.py

lint: install-dev  ## ruff check, format check and mypy (settings in pyproject.toml).
	$(VENV)/bin/ruff check .
	$(VENV)/bin/ruff format --check .
	$(VENV)/bin/mypy

format: install-dev  ## Fix what ruff can fix.
	$(VENV)/bin/ruff check --fix .
	$(VENV)/bin/ruff format .

migrations-check: install  ## Fail when a model change has no migration.
	$(PY) manage.py makemigrations --check --dry-run

client: install-dev  ## Write the Python client's generated parts (clients/python/adoption_client) from the schema and CSV columns.
	$(PY) manage.py generate_client

screenshots: install-dev  ## Take the dashboard's screenshots in the docs (docs/images/), phone and desktop, light and dark.
	./scripts/ensure-chromium.sh
	rm -f var/screenshots.sqlite3
	SCREENSHOTS_TO=docs/images DATABASE_URL=sqlite:///$(CURDIR)/var/screenshots.sqlite3 \
		$(PY) -m pytest -q --create-db tests/browser/test_screenshots.py

lock:  ## Re-pin requirements/*.txt from requirements/*.in (needs pip-tools in .venv).
	$(PIP) install --quiet pip-tools
	cd requirements && ../$(VENV)/bin/pip-compile --quiet --strip-extras --generate-hashes --no-emit-index-url --no-emit-find-links base.in -o base.txt
	cd requirements && ../$(VENV)/bin/pip-compile --quiet --strip-extras --generate-hashes --no-emit-index-url --no-emit-find-links dev.in -o dev.txt

ci: lint test  ## What CI runs.

clean:  ## Remove .venv and the local databases (your data in var/ goes too).
	rm -rf $(VENV) var/*.sqlite3 staticfiles
