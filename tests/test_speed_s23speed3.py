"""Session 23 speed work on the trigger finder and the parse view (issue 7): each shortcut gives the answers of the
plain path it replaced.

- ``events/triggers.find_triggers``: a verb's first fitting lexicon row is read once, by ``_light`` (for its
  ``no_event`` test) or by the verb pass, not by both;
- ``nlp/view.DocView``: the strings of spaCy's ids are kept across views (an id is a hash of its string), and a
  head's left and right children are split by bisection; a lazy column is set, and a view taken apart, through
  the slots' setters.

The plain paths are kept here as the reference; the sentences are our own.
"""

from __future__ import annotations

from collections import Counter
from typing import Any

import pytest

import chronicler.events.triggers as trigger_module
import chronicler.nlp.view as view_module
from chronicler.events.triggers import find_triggers
from chronicler.model import Document
from chronicler.nlp.view import parse_view
from chronicler.pipeline import AnnotatedDocument

from conftest import alias

parse = alias("parse_pipe")

OWN = [
    "The garrison held the bridge for a week, and the envoys held talks in Doha on Monday.",
    "Lawmakers in Accra took a vote on the budget after the finance minister made a statement.",
    "Dockworkers in Rotterdam staged a walkout, and the port authority would not seek an injunction.",
    "The rebels gave up their demand for a recount and reached an accord with the electoral board.",
    "Farmers put their protest on hold while the cabinet held the line on fuel prices.",
    "The coast guard seized two trawlers, and Oslo summoned the Russian ambassador over the incident.",
    "Villagers from rival clans clashed near Jos, police said, and the governor imposed a curfew.",
    "The union took part in a march that the mayor had banned, and three organisers were held overnight.",
]


def _docs(parse: Any) -> list[Any]:
    return [parse(AnnotatedDocument(Document(id=f"s{i}", source="t", text=t))).nlp for i, t in enumerate(OWN)]


def _plain_light(tok: Any, first: Any = None) -> Any:
    return _ORIGINAL_LIGHT(tok)  # asks no_event itself and leaves ``first`` empty: the verb pass reads it anew


_ORIGINAL_LIGHT = trigger_module._light


def _summary(triggers: list[Any]) -> list[tuple]:
    return [(t.head.i, t.type, t.sense, None if t.noun is None else t.noun.i,
             [(c.head.i, c.type, c.sense) for c in t.complements]) for t in triggers]


def test_find_triggers_reading_the_verb_row_once_finds_what_the_plain_path_finds(parse, monkeypatch):
    docs = _docs(parse)
    fast = []
    for doc in docs:
        with parse_view(doc) as view:
            fast.append([_summary(find_triggers(s)) for s in view.sents])
    monkeypatch.setattr(trigger_module, "_light", _plain_light)
    plain = []
    for doc in docs:
        with parse_view(doc) as view:
            plain.append([_summary(find_triggers(s)) for s in view.sents])
    assert fast == plain
    assert any(any(s) for s in fast)


def test_a_light_verb_s_lexicon_rows_are_read_once(parse, monkeypatch):
    """"held the bridge": "hold" has light rows, its object is no event noun, so the verb pass reads the verb's own
    rows; before, ``no_event`` had read them already."""
    doc = _docs(parse)[0]
    asked: Counter = Counter()
    senses = trigger_module._senses

    def counted(kind: str, tok: Any) -> Any:
        if kind == "verb":
            asked[tok.i] += 1
        return senses(kind, tok)

    monkeypatch.setattr(trigger_module, "_senses", counted)
    with parse_view(doc) as view:
        for s in view.sents:
            find_triggers(s)
        held = [t.i for t in view if t.lower_ == "held"]
    assert held and all(asked[i] == 1 for i in held)


@pytest.mark.parametrize("cleared", [True, False])
def test_view_strings_and_children_are_spacy_s(parse, cleared):
    """With the kept strings empty (every id looked up) or filled by earlier views, a view's strings, children,
    lefts, rights and lazy columns are spaCy's; its tokens are unlinked after the block."""
    docs = _docs(parse)
    if cleared:
        view_module._STRING_OF.clear()
    for doc in docs:
        with parse_view(doc) as view:
            for t, s in zip(view, doc):
                assert (t.text, t.lower_, t.lemma_, t.pos_, t.tag_, t.dep_) == (
                    s.text, s.lower_, s.lemma_, s.pos_, s.tag_, s.dep_)
                assert [c.i for c in t.children] == [c.i for c in s.children]
                assert [c.i for c in t.lefts] == [c.i for c in s.lefts]
                assert [c.i for c in t.rights] == [c.i for c in s.rights]
                assert (t.ent_type_, t.ent_iob_, t.norm_, t.shape_, t.is_alpha, t.is_title, t.like_num) == (
                    s.ent_type_, s.ent_iob_, s.norm_, s.shape_, s.is_alpha, s.is_title, s.like_num)
            toks = list(view)
        assert all(t.head is None and t._subtree is None for t in toks)  # taken apart at the block's end
    assert docs[0].vocab.strings[docs[0][1].lower] in view_module._STRING_OF.values()
