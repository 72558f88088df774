# The first interpreter found that is Python 3.12 or newer.
PYTHON ?= $(shell for p in python3.13 python3.12 python3 $$HOME/.pyenv/versions/3.13*/bin/python3 $$HOME/.pyenv/versions/3.12*/bin/python3; do \
	command -v $$p >/dev/null 2>&1 && $$p -c 'import sys; sys.exit(sys.version_info < (3, 12))' 2>/dev/null && { command -v $$p; break; }; done)
VENV := .venv
BIN := $(VENV)/bin
MANAGE := $(BIN)/python manage.py

.PHONY: run test lint format messages check-image bench loadtest clean

run: $(VENV)/.installed
	$(MANAGE) migrate --no-input
	$(MANAGE) load_initial_content
	$(MANAGE) runserver 127.0.0.1:8000

test: $(VENV)/.installed
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .
	$(MANAGE) check
	$(MANAGE) makemigrations --check --dry-run
	$(BIN)/pytest

lint: $(VENV)/.installed
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .
	$(BIN)/hadolint Dockerfile
	$(BIN)/check-jsonschema --builtin-schema vendor.compose-spec compose.yaml

# Builds the image, starts compose.yaml and checks the running stack (tests/image): needs
# Docker with compose v2, or root on Debian, where it starts a dockerd of its own.
check-image: $(VENV)/.installed
	scripts/check-image.sh $(ARGS)

# Not part of make test; both need wrk (apt install wrk) and PostgreSQL: see README.md.
# Options after ARGS, e.g. make bench ARGS="--rounds 5 --postgres postgres://…/postgres".
bench: $(VENV)/.installed
	$(BIN)/python scripts/bench.py $(ARGS)

loadtest: $(VENV)/.installed
	$(BIN)/python scripts/loadtest.py $(ARGS)

format: $(VENV)/.installed
	$(BIN)/ruff check --fix .
	$(BIN)/ruff format .

# Needs GNU gettext; the compiled catalogues are committed so that nothing else does.
messages: $(VENV)/.installed
	$(MANAGE) makemessages --all --no-obsolete --ignore=.venv
	$(BIN)/python locale/compile.py

$(VENV)/.installed: requirements/dev.txt
	@test -n "$(PYTHON)" || { echo "Python 3.12 or newer is needed: none found." >&2; exit 1; }
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet --require-hashes -r requirements/dev.txt
	mkdir -p var
	touch $@

clean:
	rm -rf $(VENV) var
