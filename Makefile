# Two commands do all set-up: `make demo` and `make test`. Each creates .venv by itself.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed

.PHONY: demo test lint typecheck docs bench clean-venv

$(STAMP): pyproject.toml setup.py src/cleantext/dedup/_kernels.c
	$(PYTHON) -m venv $(VENV)
	$(BIN)/pip install --quiet --upgrade pip
	$(BIN)/pip install --quiet -e ".[all,dev,docs]"
	touch $(STAMP)

demo: $(STAMP)  ## clean the bundled example and show what was changed
	@for f in examples/*.txt; do \
		echo "=== cleantext clean $$f"; $(BIN)/cleantext clean "$$f"; echo; \
		echo "=== cleantext explain $$f"; $(BIN)/cleantext explain "$$f"; \
	done

test: $(STAMP)  ## run the whole test suite (lint, type checks and the docs build included)
	$(BIN)/ruff check .
	$(BIN)/mypy
	$(MAKE) --no-print-directory docs
	$(BIN)/pytest

lint: $(STAMP)
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .

typecheck: $(STAMP)
	$(BIN)/mypy

docs: $(STAMP)  ## build the docs site into site/ (CLI and rule pages generated from the code)
	$(BIN)/python scripts/gen_docs.py
	NO_MKDOCS_2_WARNING=1 $(BIN)/mkdocs build --strict --quiet

clean-venv:
	rm -rf $(VENV)
