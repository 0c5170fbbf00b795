"""Session 20 speed work (issue 7): each new index gives the answers of the plain path it replaced.

- ``actors/nameindex.py``: ``cued_names`` walks only subjects and the words after a media kind noun, and finds
  the components overlapping a run through a token map (was: every token of the Doc, every component per run);
- ``events/sideindex.py``: the id → actor map is built once per document's actor tuple (was: per sentence);
- ``events/sides.coded_private`` answers False without finding subjects when no mention of the sentence is coded
  as a firm or trade.

The plain paths are kept here as the reference. Sentences are our own; the Timeline17 check reads its articles
from ``$CHRONICLER_SHARED`` at run time and skips when they are absent.
"""

from __future__ import annotations

import json
import os
from pathlib import Path
from types import SimpleNamespace
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from chronicler.actors.comps import Comp
from chronicler.actors.lexicon import default_lexicon
from chronicler.actors.nameindex import comps_by_token, overlapping
from chronicler.actors.namekind import INSIDE_NAMES, MEDIA_KINDS, _capitalised_run, cued_names, name_cues
from chronicler.events.cues import subjects
from chronicler.events.sideindex import actors_by_id
from chronicler.events.sides import _CODED, _coded, coded_private

KINDS = ["org", "gpe", "norp", "person", "country", "demonym", "title", "institution", "group", "city", "pron"]

OWN = [
    "The weekly Morning Lantern said the mayor of Tulsa had resigned over the budget.",
    "Green Dawn won 14 seats and left the coalition after the vote in Estonia.",
    "The daily Harbour Voice reported that the Chilean navy had seized two boats.",
    "Brightwater Union, whose deputies walked out, rejected the plan on Monday.",
    "The paper Tuesday printed a letter from the French embassy.",
    "The Austrian Greens and the Free Voters campaigned on rents in Graz.",
    "Maple Forward polled 12 percent of the vote and entered parliament.",
    "The tabloid Night Owl quoted an aide of the Kenyan president.",
    "Officials in Lagos said Silver Lake Holdings reported a loss.",
    "The channel Blue Ridge Live broadcast the debate, and the Northern Alliance lost 3 seats.",
]


def _plain_cued_names(sdoc: Any, cands: list[Comp], lex: Any) -> list[Comp]:
    """``cued_names`` as session 19 wrote it (every token, every component): the reference."""
    taken = {i for c in cands if c.kind not in {"gpe", "norp"} for i in c.tokens()}
    states = {i for c in cands if c.kind in {"country", "demonym"} for i in c.tokens()}
    fixed = {i for c in cands if c.kind not in INSIDE_NAMES for i in c.tokens()}
    out: list[Comp] = []
    for t in sdoc:
        after_kind = t.i > 0 and sdoc[t.i - 1].lower_ in MEDIA_KINDS and sdoc[t.i - 1].text.islower()
        if (after_kind and t.ent_type_ in {"DATE", "TIME"}) or (t.i in taken and t.i not in states) \
                or not (t.dep_ in {"nsubj", "nsubjpass"} or after_kind):
            continue
        run = _capitalised_run(sdoc, t.i)
        while run is not None and run[0] in states and run[0] < t.i:
            run = (run[0] + 1, run[1])
        if run is None or (run[1] - run[0] == 1 and sdoc[run[0]].tag_ != "NNP") or fixed.intersection(range(*run)) \
                or any(c.start < run[1] and c.end > run[0] and (c.start < run[0] or c.end > run[1]
                                                                or c.end - c.start == run[1] - run[0])
                       for c in cands if c.kind not in {"gpe", "norp"}):
            continue
        text = sdoc[run[0]:run[1]].text
        if lex.lookup_name(text) is not None or lex.lookup_noun(text) is not None or lex.city(text) is not None:
            continue
        kinds, _why = name_cues(sdoc, *run)
        if len(kinds) == 1:
            out.append(Comp(run[0], run[1], "org", text))
            taken.update(range(*run))
    return out


def _as_tuples(comps: list[Comp]) -> list[tuple]:
    return [(c.start, c.end, c.kind, c.text) for c in comps]


def _cands(doc: Any, kinds: list[str]) -> list[Comp]:
    """Components over the Doc's entities, the k-th of kind ``kinds[k % len(kinds)]``."""
    return [Comp(e.start, e.end, kinds[k % len(kinds)], e.text) for k, e in enumerate(doc.ents)] if kinds else []


@pytest.fixture(scope="module")
def parsed(spacy_model) -> list[Any]:
    return [spacy_model(t) for t in OWN]


# ------------------------------------------------------------------------------------------ actors/nameindex.py

@given(comps=st.lists(st.tuples(st.integers(0, 30), st.integers(0, 6)), max_size=25),
       start=st.integers(0, 30), width=st.integers(1, 8))
def test_overlapping_is_the_plain_scan(comps, start, width):
    cs = [Comp(s, s + n, "org", "x") for s, n in comps]
    end = start + width
    plain = [c for c in cs if c.start < end and c.end > start]
    found = list(overlapping(comps_by_token(cs), start, end))
    assert sorted(map(id, found)) == sorted(map(id, plain))
    assert len(found) == len({id(c) for c in found})


def test_cued_names_finds_what_the_plain_walk_finds_on_own_sentences(parsed):
    lex = default_lexicon()
    found_any = False
    for doc in parsed:
        for kinds in ([], ["org"], ["country", "gpe"], ["title", "person", "norp"]):
            cands = _cands(doc, kinds)
            new = _as_tuples(cued_names(doc, cands, lex))
            assert new == _as_tuples(_plain_cued_names(doc, cands, lex)), doc.text
            found_any |= bool(new)
    assert found_any  # the check is not vacuous: some sentence gives a cued name


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(picks=st.lists(st.sampled_from(OWN), min_size=1, max_size=3),
       kinds=st.lists(st.sampled_from(KINDS), max_size=4))
def test_cued_names_is_the_plain_walk_on_joined_sentences(spacy_model, picks, kinds):
    doc = spacy_model(" ".join(picks))
    lex = default_lexicon()
    cands = _cands(doc, kinds)
    assert _as_tuples(cued_names(doc, cands, lex)) == _as_tuples(_plain_cued_names(doc, cands, lex))


def _articles(n: int) -> list[str]:
    root = Path(os.environ.get("CHRONICLER_SHARED", Path(__file__).resolve().parents[2] / "shared"))
    files = sorted((root / "eval" / "timeline17").glob("*/articles.jsonl"))
    out = []
    for f in files[:n]:
        with open(f, encoding="utf-8") as fh:
            line = next((x for x in fh if x.strip()), None)
        if line:
            out.append(json.loads(line)["text"][:6000])
    return out


def test_cued_names_is_the_plain_walk_on_news(spacy_model):
    texts = _articles(4)
    if not texts:
        pytest.skip("Timeline17 absent")
    lex = default_lexicon()
    for text in texts:
        doc = spacy_model(text)
        for kinds in ([], ["org", "country"], ["person", "title", "gpe"]):
            cands = _cands(doc, kinds)
            assert _as_tuples(cued_names(doc, cands, lex)) == _as_tuples(_plain_cued_names(doc, cands, lex))


# ------------------------------------------------------------------------------------------- events/sideindex.py

@given(ids=st.lists(st.sampled_from(["A1", "A2", "A3", "A4"]), max_size=8))
def test_actors_by_id_is_the_plain_map(ids):
    actors = tuple(SimpleNamespace(id=i, n=k) for k, i in enumerate(ids))
    plain = {a.id: a for a in actors}
    assert actors_by_id(actors) == plain
    assert actors_by_id(actors) is actors_by_id(actors)  # the same tuple: the same map
    assert actors_by_id(list(actors)) == plain


def test_actors_by_id_follows_a_new_tuple():
    first = (SimpleNamespace(id="A1"),)
    second = (SimpleNamespace(id="A2"),)
    assert set(actors_by_id(first)) == {"A1"}
    assert set(actors_by_id(second)) == {"A2"}
    listed = [SimpleNamespace(id="A1")]
    actors_by_id(listed)
    listed.append(SimpleNamespace(id="A9"))
    assert set(actors_by_id(listed)) == {"A1", "A9"}  # a list is never kept


# ----------------------------------------------------------------------------------- events/sides.coded_private

def _plain_coded_private(tok: Any) -> bool:
    coded = [_coded(s) for s in subjects(tok)]
    return bool(coded) and all(c is False for c in coded)


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(k=st.integers(0, len(OWN) - 1), verdicts=st.lists(st.sampled_from([True, False]), max_size=4))
def test_coded_private_is_the_plain_test(parsed, k, verdicts):
    doc = parsed[k]
    spans = tuple((e.start_char, e.end_char, v) for e, v in zip(doc.ents, verdicts))
    token = _CODED.set(spans)
    try:
        for tok in doc:
            assert coded_private(tok) == _plain_coded_private(tok)
    finally:
        _CODED.reset(token)
