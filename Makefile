# Two entry points: `make demo` (the spoken demo) and `make test` (the whole suite).
# Both install what is missing first: Debian packages (as root, or with sudo) and a virtualenv in .venv.

VENV ?= .venv
PYTHON ?= python3
BIN := $(VENV)/bin
APT_PACKAGES := espeak-ng libportaudio2 pulseaudio libasound2-plugins python3-venv flite festival festvox-us-slt-hts sox
SUDO := $(shell [ "$$(id -u)" -eq 0 ] || echo sudo)

.PHONY: demo test lint bench transcripts system clean

demo: $(BIN)/.installed
	$(BIN)/voice-pacer demo

test: $(BIN)/.installed
	$(BIN)/ruff check voice_pacer tests benchmarks docs
	CI=$${CI:-1} $(BIN)/python -m pytest

lint: $(BIN)/.installed
	$(BIN)/ruff check voice_pacer tests benchmarks docs

bench: $(BIN)/.installed
	for script in benchmarks/*.py; do $(BIN)/python $$script || exit 1; done

# What each flow sounds like, in docs/transcripts/FLOW.md (a test fails when they are stale).
transcripts: $(BIN)/.installed
	$(BIN)/python docs/transcripts/generate.py

system:
	@missing=""; for pkg in $(APT_PACKAGES); do \
		dpkg -s $$pkg >/dev/null 2>&1 || missing="$$missing $$pkg"; done; \
	if [ -n "$$missing" ]; then \
		echo "installing system packages:$$missing"; \
		$(SUDO) apt-get update -qq && \
		DEBIAN_FRONTEND=noninteractive $(SUDO) apt-get install -y -qq --no-install-recommends $$missing; \
	fi

$(BIN)/.installed: pyproject.toml | system
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install -q --upgrade pip
	$(BIN)/python -m pip install -q -e '.[dev]'
	touch $@

clean:
	rm -rf $(VENV) tests/.speech-cache .pytest_cache .ruff_cache .hypothesis
