# chronicler: `make demo` and `make test` do all the set-up on a fresh machine.
PY ?= python3.11
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed

.PHONY: install demo test test-fast eval bench lock clean

$(BIN)/python:
	@command -v $(PY) >/dev/null 2>&1 || { echo "need $(PY) (Python 3.11)"; exit 1; }
	$(PY) -m venv $(VENV)

# Installs the pinned, hash-checked dependencies, then chronicler itself (editable, no dependency resolution).
$(STAMP): $(BIN)/python requirements.lock pyproject.toml
	$(BIN)/python -m pip install --quiet --upgrade "pip==25.3"
	$(BIN)/python -m pip install --quiet --require-hashes -r requirements.lock
	$(BIN)/python -m pip install --quiet --no-deps --no-build-isolation -e .
	@touch $(STAMP)

install: $(STAMP)

demo: $(STAMP)
	$(BIN)/chronicler demo

test: $(STAMP)
	$(BIN)/python -m pytest -q

test-fast: $(STAMP)
	$(BIN)/python -m pytest -q -m "not slow and not browser and not spark"

eval: $(STAMP)
	@for f in eval/*.py; do case $$f in */_*) continue;; esac; echo "== $$f"; $(BIN)/python $$f || exit 1; done
	@echo "== content s16"; $(BIN)/python eval/events.py --content-s16-measure
	@echo "== structure s17"; $(BIN)/python eval/events.py --structure-s17-measure
	@echo "== unlisted event words s16"; $(BIN)/python eval/events.py --unlisted-s16-measure
	@echo "== timex blind s17"; $(BIN)/python eval/tempeval3.py --blind-s17 && $(BIN)/python eval/tempeval3.py --blind-s17 --blind-s17-half measure
	@echo "== timex narrative s18"; $(BIN)/python eval/tempeval3.py --narrative-s18 && $(BIN)/python eval/tempeval3.py --narrative-s18 --narrative-s18-half measure
	@echo "== timex kinds s19"; $(BIN)/python eval/tempeval3.py --kinds-s19 && $(BIN)/python eval/tempeval3.py --kinds-s19 --kinds-s19-half measure
	@echo "== timex relative s20"; $(BIN)/python eval/tempeval3.py --relative-s20 && $(BIN)/python eval/tempeval3.py --relative-s20 --relative-s20-half measure
	@echo "== timex spans s20"; $(BIN)/python eval/tempeval3.py --spans-s20 && $(BIN)/python eval/tempeval3.py --spans-s20 --spans-s20-half measure
	@echo "== timex dateline s22"; $(BIN)/python eval/tempeval3.py --dateline-s22 && $(BIN)/python eval/tempeval3.py --dateline-s22 --dateline-s22-half measure
	@echo "== timex anchor s23"; $(BIN)/python eval/tempeval3.py --anchor-s23 && $(BIN)/python eval/tempeval3.py --anchor-s23 --anchor-s23-half measure
	@echo "== timex grain s23"; $(BIN)/python eval/tempeval3.py --grain-s23 && $(BIN)/python eval/tempeval3.py --grain-s23 --grain-s23-half measure
	@echo "== timex business s24"; $(BIN)/python eval/tempeval3.py --business-s24 && $(BIN)/python eval/tempeval3.py --business-s24 --business-s24-half measure
	@echo "== timex broadcast s25"; $(BIN)/python eval/tempeval3.py --broadcast-s25 && $(BIN)/python eval/tempeval3.py --broadcast-s25 --broadcast-s25-half measure
	@echo "== unlisted actor words s16"; $(BIN)/python eval/actors.py --unlisted-s16 && $(BIN)/python eval/actors.py --unlisted-s16-measure
	@echo "== ambiguous actors s22"; $(BIN)/python eval/actors.py --ambiguous-s22 && $(BIN)/python eval/actors.py --ambiguous-s22-measure
	@echo "== places and unions actors s23"; $(BIN)/python eval/actors.py --places-s23 && $(BIN)/python eval/actors.py --places-s23-measure
	@echo "== everyday event words s17"; $(BIN)/python eval/events.py --blind-s17-measure
	@echo "== event doers s17"; $(BIN)/python eval/events.py --doers-s17-measure
	@echo "== left event shapes s18"; $(BIN)/python eval/events.py --left-s18-measure
	@echo "== unseen event words s18"; $(BIN)/python eval/events.py --unseen-s18-measure
	@echo "== unseen event lemmas s24"; $(BIN)/python eval/events.py --unseen-s24-measure
	@echo "== guard blind set s19"; $(BIN)/python eval/events.py --guard-s19-measure
	@echo "== learned-model blind set s19"; $(BIN)/python eval/events.py --learned-s19-measure
	@echo "== learned-model blind set s21"; $(BIN)/python eval/events.py --learned-s21-measure
	@echo "== role blind set s20"; $(BIN)/python eval/events.py --roles-s20-measure
	@echo "== role blind set s22"; $(BIN)/python eval/events.py --roles-s22-measure
	@echo "== role blind set s25"; $(BIN)/python eval/events.py --roles-s25-measure
	@echo "== wild-wording blind set s20"; $(BIN)/python eval/events.py --wild-s20-measure
	@echo "== idiom blind set s21"; $(BIN)/python eval/events.py --idioms-s21-measure
	@echo "== complement blind set s23"; $(BIN)/python eval/events.py --complements-s23-measure
	@echo "== private-doer blind set s22"; $(BIN)/python eval/events.py --doers-s22-measure
	@echo "== sports blind set s22"; $(BIN)/python eval/events.py --sports-s22-measure
	@echo "== contest blind set s23"; $(BIN)/python eval/events.py --contest-s23-measure
	@echo "== force blind set s24"; $(BIN)/python eval/events.py --force-s24-measure
	@echo "== light-verb noun blind set s25"; $(BIN)/python eval/events.py --nouns-s25-measure
	@echo "== request blind set s25"; $(BIN)/python eval/events.py --request-s25-measure
	@echo "== communal blind set s23"; $(BIN)/python eval/events.py --communal-s23-measure
	@echo "== blind actor set s17"; $(BIN)/python eval/actors.py --blind-s17 && $(BIN)/python eval/actors.py --blind-s17-measure
	@echo "== titles actor set s17"; $(BIN)/python eval/actors.py --titles-s17 && $(BIN)/python eval/actors.py --titles-s17-measure
	@echo "== dating copies s18"; $(BIN)/python eval/dating.py --copies-s18-measure
	@echo "== dating backwards s19"; $(BIN)/python eval/dating.py --back-s19-measure
	@echo "== orgs actor set s18"; $(BIN)/python eval/actors.py --orgs-s18 && $(BIN)/python eval/actors.py --orgs-s18-measure
	@echo "== merge blind s19"; $(BIN)/python eval/merge.py --blind-s19 && $(BIN)/python eval/merge.py --blind-s19-measure
	@echo "== merge blind s21"; $(BIN)/python eval/merge.py --blind-s21 && $(BIN)/python eval/merge.py --blind-s21-measure
	@echo "== names actor set s19"; $(BIN)/python eval/actors.py --names-s19 && $(BIN)/python eval/actors.py --names-s19-measure
	@echo "== wild-wording actor set s20"; $(BIN)/python eval/actors.py --sectors-s20 && $(BIN)/python eval/actors.py --sectors-s20-measure
	@echo "== civil actor set s21"; $(BIN)/python eval/actors.py --sectors-s21 && $(BIN)/python eval/actors.py --sectors-s21-measure
	@echo "== ministers actor set s22"; $(BIN)/python eval/actors.py --ministers-s22 && $(BIN)/python eval/actors.py --ministers-s22-measure
	@echo "== bodies actor set s22"; $(BIN)/python eval/actors.py --bodies-s22 && $(BIN)/python eval/actors.py --bodies-s22-measure
	@echo "== offices actor set s22"; $(BIN)/python eval/actors.py --offices-s22 && $(BIN)/python eval/actors.py --offices-s22-measure
	@echo "== attach actor set s22"; $(BIN)/python eval/actors.py --attach-s22 && $(BIN)/python eval/actors.py --attach-s22-measure
	@echo "== envoys actor set s23"; $(BIN)/python eval/actors.py --envoys-s23 && $(BIN)/python eval/actors.py --envoys-s23-measure
	@echo "== blind actor set s24"; $(BIN)/python eval/actors.py --sectors-s24 && $(BIN)/python eval/actors.py --sectors-s24-measure
	@echo "== blind actor set s25"; $(BIN)/python eval/actors.py --sectors-s25 && $(BIN)/python eval/actors.py --sectors-s25-measure

bench: $(STAMP)
	@for f in benchmarks/*.py; do case $$f in */_*) continue;; esac; echo "== $$f"; $(BIN)/python $$f || exit 1; done

# Re-resolve requirements.lock from pyproject.toml (needs the network to PyPI).
lock: $(BIN)/python
	$(BIN)/python -m pip install --quiet "uv==0.13.9"
	$(BIN)/uv pip compile pyproject.toml --extra dev --generate-hashes --python-version 3.11 \
	  --python-platform x86_64-unknown-linux-gnu -o requirements.lock

clean:
	rm -rf $(VENV) demo.duckdb demo.duckdb.wal .pytest_cache
