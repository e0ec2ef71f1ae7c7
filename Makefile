# Two commands set everything up on a fresh machine:
#   make demo   install into .venv, then ingest the bundled sample corpus and print a summary
#   make test   install into .venv, then run the test suite
PYTHON ?= python3
VENV   ?= .venv
BIN    := $(VENV)/bin
STAMP  := $(VENV)/.installed
VENDOR := khaldun/serve/static/vendor
ASSETS := $(VENDOR)/.built

.PHONY: demo test bench bench-serve figures fuzz install browser clean kb

$(STAMP): requirements.lock pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(BIN)/pip install --quiet --upgrade pip
	$(BIN)/pip install --quiet -r requirements.lock
	$(BIN)/pip install --quiet --no-deps -e .
	touch $(STAMP)

# the web interface's third-party files (d3, topojson-client, Natural Earth outlines from
# world-atlas), from the npm registry at the versions in web/package-lock.json
$(ASSETS): web/package.json web/package-lock.json
	cd web && npm ci --no-audit --no-fund --silent
	mkdir -p $(VENDOR)
	cp web/node_modules/d3/dist/d3.min.js web/node_modules/topojson-client/dist/topojson-client.min.js \
	   web/node_modules/world-atlas/countries-50m.json $(VENDOR)/
	for p in d3 topojson-client world-atlas; do cp web/node_modules/$$p/LICENSE $(VENDOR)/LICENSE-$$p; done
	touch $@

# Debian's Chromium for the browser tests and Java 17 for Spark's local mode (installed when
# missing and running as root; otherwise those tests say what is missing and skip)
browser:
	@command -v chromium >/dev/null || { if [ "$$(id -u)" = 0 ]; then \
	  apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium >/dev/null; \
	  else echo "note: no chromium; the browser tests will be skipped (install Debian's chromium package)"; fi; }
	@command -v java >/dev/null || { if [ "$$(id -u)" = 0 ]; then \
	  apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq openjdk-17-jre-headless >/dev/null; \
	  else echo "note: no java; the Spark tests will be skipped (install openjdk-17-jre-headless)"; fi; }

install: $(STAMP) $(ASSETS)

demo: install
	$(BIN)/khaldun demo

test: install browser
	$(BIN)/python -m pytest -q

bench: install
	$(BIN)/python bench/bench.py

bench-serve: install
	$(BIN)/python bench/serve_bench.py

# every benchmark and evaluation figure in README.md, measured again (PARTS=eval,bench,skip,serve
# for some of them); fails when a figure is under its floor
PARTS ?= eval,bench,skip,serve
figures: install
	$(BIN)/python bench/figures.py --parts $(PARTS)

fuzz: install
	$(BIN)/python bench/fuzz.py --seconds 60

# the packaged actor knowledge base (khaldun/kb/data) from the shared source files: run after
# those files change (KB_SOURCE: the folder holding actors.jsonl, agents.jsonl, country_names.jsonl)
KB_SOURCE ?= ../shared/kb
kb: $(STAMP)
	$(BIN)/python -m khaldun.kb.build --source $(KB_SOURCE)

clean:
	rm -rf $(VENV) khaldun.duckdb *.egg-info web/node_modules $(VENDOR)
