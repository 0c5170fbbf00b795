"""Session 23 speed work (issue 7): each shortcut gives the answers of the plain path it replaced.

- ``nlp`` stage: the text spaCy parsed is recorded as the Doc's ``memo.doc_text`` (spaCy's ``doc.text`` joins
  every token anew); the actors' namesakes and the events' date and place readers ask the memo;
- ``events/borrow._lent``: a lender word with no lexicon row returns at once, before the token's clauses are read;
- ``events/agency._illness_only``: cached per lemma (WordNet alone decides it);
- ``actors/wordsense.borrowed_components``: nouns inside listed phrases or entities are skipped from the memo's
  columns, before a Token is made or the next word read.

The plain paths are kept here as the reference; the sentences are our own.
"""

from __future__ import annotations

from dataclasses import replace
from typing import Any

import pytest

from chronicler.model import Document
from chronicler.nlp import wordnet
from chronicler.pipeline import AnnotatedDocument, Pipeline

OWN = [
    "Gendarmes fired tear gas at herdsmen who blocked the road to Niamey on Tuesday, a police spokesman said.",
    "Pensioners marched through Lisbon while stevedores in Porto walked out for a second day.",
    "Mediator Ana Reyes met the rebels' negotiators, and judicial officials in Quito ordered the release of 12 "
    "protesters.",
    "The tourist bus was stopped near Karachi; yakuza bosses and a sergeant of the border guard were held in exile.",
    "A refinery in Nigeria shut down after legislators   extolled the strike,\n\nand the parliamentary delegation "
    "left Tbilisi, Georgia.",
    "Volunteers airlifted tents to the quake zone, and the mayor of Springfield said relief would arrive by Friday.",
]

LONG_RUN = "Officials said " + "x" * 140 + " was the code word, and troops withdrew from Kidal on March 3-5."


@pytest.fixture(scope="module")
def pipe() -> Pipeline:
    return Pipeline([("nlp", {}), ("actors", {})], start={"text", "clean"})


def _parsed(pipe: Pipeline, text: str) -> AnnotatedDocument:
    return pipe(AnnotatedDocument(Document(id="t", source="t", text=text)))


@pytest.mark.parametrize("text", OWN + [LONG_RUN, ""])
def test_the_nlp_stage_records_the_parsed_text_as_the_docs_text(pipe, text):
    from chronicler.nlp.memo import doc_memo, doc_text

    adoc = _parsed(pipe, text)
    sdoc = adoc.nlp
    assert doc_memo(sdoc, "text").get("text") == sdoc.text  # recorded by the stage, not built on first ask
    assert doc_text(sdoc) == sdoc.text


def _lent_plain(word: str, kind: str, tok: Any) -> Any:
    """The plain path of ``borrow._lent`` for a word without a particle and no ``lender_kind``."""
    from chronicler.events.borrow import _has_clause
    from chronicler.events.cues import matches
    from chronicler.events.lexicon import trigger_lexicon

    table = trigger_lexicon()
    clause = _has_clause(kind, tok)
    return next((s for s in table.get((kind, word), ()) if s.type and matches(s, tok)
                 and not (clause and s.role == "act" and not s.cue.comp)), None)


@pytest.mark.skipif(not wordnet.available(), reason="WordNet files absent")
def test_lent_gives_what_the_plain_path_gives_for_every_lender_word(spacy_model, monkeypatch):
    from chronicler.events import borrow

    tried = 0
    for text in OWN:
        sdoc = spacy_model(text)
        for tok in sdoc:
            if tok.pos_ not in ("VERB", "NOUN"):
                continue
            kind, pos = ("verb", "v") if tok.pos_ == "VERB" else ("noun", "n")
            words = {w for *_, ws, _, _ in borrow.lenders(tok.lemma_.lower(), pos) for w in ws if "_" not in w}
            for w in sorted(words | {tok.lemma_.lower(), "attack", "protest", "say"}):
                assert borrow._lent(w, kind, tok) == _lent_plain(w, kind, tok), (text, tok.text, w)
                tried += 1
    assert tried > 100
    # a word with no row of the lexicon is answered without reading the token's clauses
    calls: list[Any] = []
    monkeypatch.setattr(borrow, "_has_clause", lambda kind, tok: calls.append(tok) or False)
    assert borrow._lent("zzyzx", "verb", spacy_model("They zzyzx.")[1]) is None
    assert calls == []


@pytest.mark.skipif(not wordnet.available(), reason="WordNet files absent")
def test_illness_only_is_cached_and_says_what_wordnet_says():
    from chronicler.events.agency import _illness_only

    for lemma in ("stroke", "attack", "fever", "flood", "cancer", "riot", "seizure", "arrest", "zzyzx"):
        assert _illness_only(lemma) == _illness_only.__wrapped__(lemma)
    before = _illness_only.cache_info().hits
    _illness_only("stroke")
    assert _illness_only.cache_info().hits == before + 1  # asked again: answered from the cache


def _borrowed_plain(sdoc: Any, lex: Any, cands: list[Any]) -> list[Any]:
    """The plain loop of ``wordsense.borrowed_components`` before session 23: every noun made a Token first."""
    from chronicler.actors.buildingsector import PLACING, building_entry
    from chronicler.actors.extract import Comp
    from chronicler.actors.learned.act import learned_entry
    from chronicler.actors.lexicon import NOUN_KINDS
    from chronicler.actors.nooffice import no_office_word
    from chronicler.actors.wordsense import _borrowed_adjectives, _sectorless_people, borrow

    listed = {i for c in cands if c.kind in NOUN_KINDS for i in c.tokens()}
    placed = {i for c in cands if c.kind in PLACING for i in c.tokens()}
    out = []
    for t in sdoc:
        if t.pos_ not in ("NOUN", "PROPN"):
            continue
        titled = (t.pos_ == "NOUN" or t.is_title) and t.i + 1 < len(sdoc) and sdoc[t.i + 1].ent_iob_ == "B" \
            and sdoc[t.i + 1].ent_type_ == "PERSON"
        opening = t.pos_ == "PROPN" and t.is_sent_start and not t.ent_type_
        if t.i in listed or (t.pos_ != "NOUN" and not opening and not (titled and t.pos_ == "PROPN")) or t.ent_type_:
            continue
        if not titled and t.dep_ in {"compound", "nmod"} and t.head.i not in listed and t.head.ent_type_ != "PERSON" \
                and not _sectorless_people(t.head):
            continue
        if not titled and t.tag_ == "NN" and t.dep_ != "compound" and not any(
                c.dep_ in {"det", "poss", "amod", "compound", "nummod", "nmod"} for c in t.children):
            continue
        entry = borrow(t.lower_, lex)
        if entry is None and not no_office_word(t.lower_):
            entry = learned_entry(t, lex)
        if entry is None:
            entry = building_entry(t, lex, placed)
        if entry is not None:
            kind = "title" if titled else entry.kind
            out.append(Comp(t.i, t.i + 1, kind, t.text, replace(entry, kind=kind)))
    return out + _borrowed_adjectives(sdoc, lex, cands + out)


@pytest.mark.skipif(not wordnet.available(), reason="WordNet files absent")
def test_borrowed_components_find_what_the_every_noun_loop_finds(pipe, monkeypatch):
    from chronicler.actors import wordsense

    fast = wordsense.borrowed_components
    seen: list[int] = []

    def both(sdoc: Any, lex: Any, cands: list[Any]) -> list[Any]:
        got = fast(sdoc, lex, list(cands))
        assert got == _borrowed_plain(sdoc, lex, list(cands))
        seen.append(len(got))
        return got

    monkeypatch.setattr(wordsense, "borrowed_components", both)
    for text in OWN + [LONG_RUN]:
        _parsed(pipe, text)
    assert len(seen) == len(OWN) + 1 and sum(seen) > 0


CUED = [
    "The dockers' union Estiva Norte blocked the port.",
    "Vantoro, a Lisbon think tank, said the budget would miss. Brask Labs said the chipmaker would cut output.",
    "Kelmora Foods said that the company would close two plants in May.",
    "Orlan Tesk met Mirela Vos in Vienna. The talks ended at noon.",
    "Talks with the union\nGreyfield Amalgamated broke down; Greyfield Amalgamated said the union would strike.",
]


@pytest.mark.parametrize("text", CUED + OWN)
def test_a_name_with_no_kind_noun_in_reach_has_no_cue(spacy_model, text):
    from chronicler.actors.bodycues import _candidate_runs, _cue_reach, cue_of

    sdoc = spacy_model(text)
    may_cue = _cue_reach(sdoc)
    runs = _candidate_runs(sdoc)
    for s, e in runs:
        if not may_cue(s, e):
            assert cue_of(sdoc, s, e) is None, sdoc[s:e].text
    if text in CUED[:3]:
        assert any(cue_of(sdoc, s, e) is not None for s, e in runs)  # the shortcut passes the cued names on


def test_against_reads_the_same_with_the_callers_column(spacy_model):
    from chronicler.actors.extract import _against
    from chronicler.nlp.memo import token_strings

    sdoc = spacy_model("The anti-Syria journalist met a pro - Iran group and Syrian-backed militias in Beirut.")
    lower = token_strings(sdoc, "LOWER")
    for s in range(len(sdoc)):
        for e in (None, *range(s + 1, min(len(sdoc), s + 3) + 1)):
            assert _against(sdoc, s, e, lower) == _against(sdoc, s, e)


@pytest.mark.parametrize("text", CUED + OWN)
def test_cue_reach_reads_the_sentences_and_words_spacy_gives(spacy_model, text):
    from chronicler.actors.bodycues import _candidate_runs, _cue_reach, _kind_heads

    sdoc = spacy_model(text)
    sents = [(sent.start, sent.end) for sent in sdoc.sents]
    kind = {t.i for t in sdoc if t.lower_ in _kind_heads()}

    def plain(s: int, e: int) -> bool:
        touched = [(a, b) for a, b in sents if a < e and s < b]
        return (s - 1) in kind or any(a <= i < b for a, b in touched for i in kind)

    may_cue = _cue_reach(sdoc)
    spans = _candidate_runs(sdoc) + [(s, min(s + 3, len(sdoc))) for s in range(len(sdoc))]
    assert [may_cue(s, e) for s, e in spans] == [plain(s, e) for s, e in spans]


DEMONYMS = OWN + [
    "Bavarian police and Californian officials met Tyroleans in Innsbruck.",
    "Texan ranchers said the Sicilian mayor had hired Flemish engineers; Catalan.",
]


def _demonyms_plain(sdoc: Any, lex: Any, cands: list[Any]) -> list[Any]:
    """The plain loop of ``demonymplace.demonym_components`` before session 23: every token of the Doc visited."""
    from chronicler.actors.comps import Comp
    from chronicler.actors.demonymplace import demonym_entry

    covered = {i for c in cands for i in c.tokens()}
    out = []
    for t in sdoc:
        if t.i in covered or not t.is_title or t.pos_ not in {"ADJ", "PROPN", "NOUN"} or t.i == len(sdoc) - 1 \
                and t.pos_ == "ADJ":
            continue
        if t.ent_type_ not in {"", "NORP"} or not (t.dep_ in {"amod", "compound"} or t.ent_type_ == "NORP"):
            continue
        entry = demonym_entry(t.text, lex)
        if entry is not None:
            out.append(Comp(t.i, t.i + 1, "demonym", t.text, entry))
    return out


@pytest.mark.skipif(not wordnet.available(), reason="WordNet files absent")
def test_demonym_components_find_what_the_every_token_loop_finds(pipe, monkeypatch):
    from chronicler.actors import demonymplace

    fast = demonymplace.demonym_components
    seen: list[int] = []

    def both(sdoc: Any, lex: Any, cands: list[Any]) -> list[Any]:
        got = fast(sdoc, lex, list(cands))
        assert got == _demonyms_plain(sdoc, lex, list(cands))
        assert fast(sdoc, lex, []) == _demonyms_plain(sdoc, lex, [])
        seen.append(len(got))
        return got

    monkeypatch.setattr(demonymplace, "demonym_components", both)
    for text in DEMONYMS:
        _parsed(pipe, text)
    assert len(seen) == len(DEMONYMS) and sum(seen) > 0


COLLOCATIONS = OWN + [
    "State troopers and a police officer stopped the fire chief; the union boss met border guards.",
    "Riot police dispersed the crowd as foreign ministers and Mr Police Chief Ode arrived.",
]


def _collocations_plain(sdoc: Any, lex: Any, cands: list[Any]) -> list[Any]:
    """The loop of ``collocations.collocation_components`` before session 23: a Token made for every noun."""
    from chronicler.actors.comps import Comp
    from chronicler.actors.lexicon import NOUN_KINDS
    from chronicler.actors.wordsense import PEOPLE_LEXNAMES, borrow, borrow_sense

    phrased = {i for c in cands if c.kind in NOUN_KINDS and c.end - c.start > 1 for i in c.tokens()}
    out = []
    for t in (t for t in sdoc if t.pos_ == "NOUN"):
        if t.i == 0 or t.i in phrased or t.ent_type_:
            continue
        mod = sdoc[t.i - 1]
        if mod.dep_ not in {"compound", "amod"} or mod.head.i != t.i or not mod.is_alpha or mod.i in phrased \
                or mod.ent_type_:
            continue
        for base in dict.fromkeys(wordnet.base_forms(t.lower_, "n") or [t.lower_]):
            sense = wordnet.first_sense(f"{mod.lower_}_{base}", "n")
            if sense is None or sense.lexname not in PEOPLE_LEXNAMES or sense.instance:
                continue
            head_forms = frozenset({t.lower_, base, base + "s", base + "es"})
            entry = borrow_sense(sense, f"{mod.lower_} {base}", lex, head_forms)
            alone = lex.lookup_noun(t.lower_) or borrow(t.lower_, lex)
            if entry is not None and (alone is None or alone.sector != entry.sector):
                out.append(Comp(mod.i, t.i + 1, entry.kind, sdoc[mod.i:t.i + 1].text, entry))
            break
    return out


@pytest.mark.skipif(not wordnet.available(), reason="WordNet files absent")
def test_collocation_components_find_what_the_every_noun_loop_finds(pipe, monkeypatch):
    from chronicler.actors import collocations

    fast = collocations.collocation_components
    seen: list[int] = []

    def both(sdoc: Any, lex: Any, cands: list[Any]) -> list[Any]:
        got = fast(sdoc, lex, list(cands))
        assert got == _collocations_plain(sdoc, lex, list(cands))
        assert fast(sdoc, lex, []) == _collocations_plain(sdoc, lex, [])
        seen.append(len(got))
        return got

    monkeypatch.setattr(collocations, "collocation_components", both)
    for text in COLLOCATIONS:
        _parsed(pipe, text)
    assert len(seen) == len(COLLOCATIONS)


@pytest.mark.parametrize("text", OWN + [LONG_RUN, ""])
def test_a_parse_views_text_is_the_seeded_text(pipe, text):
    from chronicler.nlp.memo import seeded_text
    from chronicler.nlp.view import DocView

    sdoc = _parsed(pipe, text).nlp
    view = DocView(sdoc)
    try:
        assert seeded_text(sdoc) is not None or not text
        assert view.text == sdoc.text == "".join(t.text_with_ws for t in view)
        if text:
            assert view.text is seeded_text(sdoc)  # the nlp stage's string, not a new join
    finally:
        view.release()
