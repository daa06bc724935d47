# detente: two commands set everything up on a fresh machine: `make demo` and `make test`.
PYTHON ?= python3.11
VENV := .venv
PY := $(VENV)/bin/python
STAMP := $(VENV)/.installed
DEMO_DB ?= demo.duckdb
DEMO_OUT ?= demo-output

.PHONY: demo test install eval bench clean lint

$(STAMP): pyproject.toml
	@command -v $(PYTHON) >/dev/null 2>&1 || { echo "need $(PYTHON) (Python 3.11+)"; exit 1; }
	test -x $(PY) || $(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --quiet -e '.[dev]'
	touch $(STAMP)

install: $(STAMP)

demo: $(STAMP)
	$(VENV)/bin/detente demo --db $(DEMO_DB) --out $(DEMO_OUT)

# pytest exits 5 when it collects no test: treat that as a failure of the suite, not success.
test: $(STAMP)
	$(PY) -m pytest tests; rc=$$?; if [ $$rc -eq 5 ]; then echo "no tests collected"; exit 1; fi; exit $$rc
	$(PY) -m mypy

eval: $(STAMP)
	$(VENV)/bin/detente eval tests/data/gold/sentences_dev.jsonl tests/data/gold/sentences_test.jsonl
	$(VENV)/bin/detente eval tests/data/gold/seeds.jsonl --base ../shared

bench: $(STAMP)
	$(VENV)/bin/detente bench

clean:
	rm -rf $(VENV) $(DEMO_DB) $(DEMO_OUT) .pytest_cache .mypy_cache
