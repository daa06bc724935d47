# detente: two commands set everything up on a fresh machine: `make demo` and `make test`.
PYTHON ?= python3.11
VENV := .venv
PY := $(VENV)/bin/python
STAMP := $(VENV)/.installed
DEMO_DB ?= demo.duckdb
DEMO_OUT ?= demo-output

.PHONY: demo test install eval eval-petrarch bench clean lint

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
	$(PY) -m pytest -rs tests; rc=$$?; if [ $$rc -eq 5 ]; then echo "no tests collected"; exit 1; fi; exit $$rc
	$(PY) -m mypy

eval: $(STAMP)
	$(VENV)/bin/detente eval tests/data/gold/sentences_dev.jsonl tests/data/gold/sentences_test.jsonl tests/data/gold/sentences_dev2.jsonl tests/data/gold/sentences_dev3.jsonl tests/data/gold/sentences_dev4.jsonl tests/data/gold/sentences_dev5.jsonl tests/data/gold/sentences_dev6.jsonl tests/data/gold/sentences_dev7.jsonl tests/data/gold/sentences_dev8.jsonl tests/data/gold/sentences_dev9.jsonl tests/data/gold/sentences_dev10.jsonl tests/data/gold/sentences_dev11.jsonl tests/data/gold/sentences_dev12.jsonl tests/data/gold/sentences_dev13.jsonl tests/data/gold/sentences_dev14.jsonl tests/data/gold/sentences_dev15.jsonl tests/data/gold/sentences_dev16.jsonl tests/data/gold/sentences_dev17.jsonl tests/data/gold/sentences_dev18.jsonl tests/data/gold/sentences_dev19.jsonl tests/data/gold/sentences_dev20.jsonl tests/data/gold/sentences_dev21.jsonl tests/data/gold/sentences_test2.jsonl tests/data/gold/sentences_test3.jsonl tests/data/gold/sentences_test4.jsonl tests/data/gold/sentences_test5.jsonl tests/data/gold/sentences_test6.jsonl tests/data/gold/sentences_test7.jsonl tests/data/gold/sentences_test8.jsonl tests/data/gold/sentences_test9.jsonl tests/data/gold/sentences_test10.jsonl tests/data/gold/sentences_test11.jsonl tests/data/gold/sentences_test12.jsonl tests/data/gold/sentences_test13.jsonl tests/data/gold/sentences_test14.jsonl tests/data/gold/sentences_dev22.jsonl tests/data/gold/sentences_test15.jsonl tests/data/gold/sentences_dev23.jsonl tests/data/gold/sentences_test16.jsonl tests/data/gold/sentences_dev24.jsonl tests/data/gold/sentences_test17.jsonl tests/data/gold/sentences_dev25.jsonl tests/data/gold/sentences_test18.jsonl tests/data/gold/sentences_dev26.jsonl tests/data/gold/sentences_test19.jsonl tests/data/gold/sentences_dev27.jsonl tests/data/gold/sentences_test20.jsonl tests/data/gold/sentences_dev28.jsonl tests/data/gold/sentences_test21.jsonl tests/data/gold/sentences_dev29.jsonl tests/data/gold/sentences_test22.jsonl tests/data/gold/sentences_dev30.jsonl tests/data/gold/sentences_test23.jsonl tests/data/gold/sentences_dev31.jsonl tests/data/gold/sentences_test24.jsonl tests/data/gold/sentences_dev32.jsonl tests/data/gold/sentences_test25.jsonl tests/data/gold/sentences_dev33.jsonl tests/data/gold/sentences_test26.jsonl tests/data/gold/sentences_dev34.jsonl tests/data/gold/sentences_test27.jsonl tests/data/gold/sentences_dev35.jsonl tests/data/gold/sentences_test28.jsonl
	$(VENV)/bin/detente eval tests/data/gold/seeds.jsonl --base ../shared

# PETRARCH2's own validation records, coded through its validation dictionaries imported into detente
PETR := ../shared/reference/petrarch2
eval-petrarch: $(STAMP)
	rm -rf .petrarch-dicts && $(PY) -c "from pathlib import Path; from detente.interop.petrarch import install_dictionaries as i; p=Path('$(PETR)'); i(p/'PETR.Validate.actors.txt', p/'PETR.Validate.agents.txt', p/'PETR.Validate.verbs.txt', Path('.petrarch-dicts'))"
	$(VENV)/bin/detente eval $(PETR)/PETR.UnitTest.records.jsonl --actors .petrarch-dicts/actors --patterns .petrarch-dicts/verbs

bench: $(STAMP)
	$(VENV)/bin/detente bench

clean:
	rm -rf $(VENV) $(DEMO_DB) $(DEMO_OUT) .pytest_cache .mypy_cache .petrarch-dicts
