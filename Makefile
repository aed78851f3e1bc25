# The two quick-start commands: `make demo` and `make test`.
# Both create .venv and install the pinned, hash-checked dependencies first.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed

.PHONY: demo test install clean

$(STAMP): requirements.lock pyproject.toml
	$(PYTHON) -m venv $(VENV)
	# --no-deps: the lock is complete, so no pip (old or new) resolves anything outside it
	$(BIN)/pip install --quiet --no-deps --require-hashes -r requirements.lock
	$(BIN)/pip install --quiet --no-deps --no-build-isolation -e .
	$(BIN)/pip check
	touch $(STAMP)

install: $(STAMP)

demo: $(STAMP)
	rm -f examples.db examples.db-wal examples.db-shm
	$(BIN)/claimledger analyze examples/ --db examples.db; test $$? -le 1
	$(BIN)/claimledger timeline Oreshnik --db examples.db
	$(BIN)/claimledger report --db examples.db --out examples-report.html

test: $(STAMP)
	$(BIN)/pytest -q

clean:
	rm -rf $(VENV) examples.db examples.db-wal examples.db-shm examples-report.html
