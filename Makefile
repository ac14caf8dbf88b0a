# Two commands do all set-up: `make demo` and `make test`. Each creates .venv by itself.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed

.PHONY: demo test check-install lint typecheck docs bench clean-venv

$(STAMP): pyproject.toml setup.py src/cleantext/minhash/_kernels.c
	$(PYTHON) -m venv $(VENV)
	$(BIN)/pip install --quiet --upgrade pip
	$(BIN)/pip install --quiet -e ".[all,dev,docs]"
	touch $(STAMP)

DEMO_OUT := build/demo

demo: $(STAMP)  ## clean the bundled examples: before, after, every edit, an HTML report each
	@mkdir -p $(DEMO_OUT)
	@for f in examples/*.txt; do \
		name=$$(basename "$$f" .txt); \
		echo "=== before: $$f"; cat "$$f"; echo; \
		echo "=== after: cleantext -q clean $$f"; $(BIN)/cleantext -q clean "$$f"; echo; \
		echo "=== edits: cleantext explain $$f --html $(DEMO_OUT)/$$name.html"; \
		$(BIN)/cleantext explain "$$f"; \
		$(BIN)/cleantext -q explain "$$f" --html "$(DEMO_OUT)/$$name.html"; echo; \
	done
	@echo "How to read an edit:  [rule] step @START-END -REMOVED +INSERTED (note)"
	@echo "  START-END  character offsets of the change in the input file (end excluded)"
	@echo "  -REMOVED   the input text at START-END; +INSERTED what replaces it (absent: deleted)"
	@echo "  (note)     why: the codec repair, the UI string kind, the kept copy of a duplicate"
	@echo "HTML reports (removed text struck through, coloured by rule): $(DEMO_OUT)/*.html"

test: $(STAMP)  ## run the whole test suite (lint, type checks and the docs build included)
	$(BIN)/ruff check .
	$(BIN)/mypy
	$(MAKE) --no-print-directory docs
	CLEANTEXT_TEST_STRICT=1 $(BIN)/pytest

check-install: $(STAMP)  ## build sdist + wheel; in a fresh venv with its own pip: the wheel alone (missing extras named, docs blocks run), then [all] (every extra smoke-tested)
	scripts/check_install.sh $(BIN)/python

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
