"""Session 24 speed work on the events stage (issue 7, helper s24speedE): each shortcut gives the answers of the
plain path it replaced.

- ``events/triggers._first`` is answered once per parse-view token and kind (``DocView.answers``, emptied when
  the view is taken apart); spaCy's own tokens are read anew as before;
- ``nlp/memo.doc_ents`` slices an entity's text from the Doc's seeded text;
- ``events/fallback._candidates`` builds its set of passed verbs once, not once per verb (``_PASSED``).

The plain paths are the reference; the sentences are our own.
"""

from __future__ import annotations

from typing import Any

import chronicler.events.triggers as trigger_module
from chronicler.events.fallback import fallback_triggers
from chronicler.events.triggers import find_triggers
from chronicler.model import Document
from chronicler.nlp import memo as memo_module
from chronicler.nlp.view import parse_view
from chronicler.pipeline import AnnotatedDocument

from conftest import alias

parse = alias("parse_pipe")
events = alias("events_pipe")

OWN = [
    "The ferry operators in Piraeus called off their strike after the shipping minister held talks with them.",
    "Kenyan police fired tear gas at students who marched on parliament, and the speaker suspended the sitting.",
    "The envoy from Oslo met rebel leaders in the jungle, then flew back to Bogota for consultations.",
    "Prime Minister Modi and President Widodo signed a maritime pact in Jakarta on Tuesday.",
    "Lithuania expelled two Belarusian diplomats, and Minsk answered by closing a border crossing near Grodno.",
    "The central bank of Peru cut its key rate as the finance ministry warned of slower growth.",
    "Relief convoys reached the flooded districts of Sindh, where the army had set up camps for the displaced.",
    "A court in Ankara jailed three journalists, drawing a protest from the European Union's envoy.",
]


def _adocs(runner: Any) -> list[AnnotatedDocument]:
    return [runner(AnnotatedDocument(Document(id=f"e{i}", source="t", text=t))) for i, t in enumerate(OWN)]


def _summary(triggers: list[Any]) -> list[tuple]:
    return [(t.head.i, t.type, t.sense, None if t.noun is None else t.noun.i,
             [(c.head.i, c.type, c.sense) for c in t.complements]) for t in triggers]


def test_first_is_answered_once_per_view_token_as_the_plain_read(parse):
    for adoc in _adocs(parse):
        with parse_view(adoc.nlp) as view:
            for tok in view:
                for kind in ("verb", "noun", "light"):
                    assert trigger_module._first(kind, tok) is trigger_module._first_plain(kind, tok)
                    assert ("first", kind, tok.i) in view.answers
                    assert trigger_module._first(kind, tok) is view.answers[("first", kind, tok.i)]
            answers = view.answers
        assert view.answers == {} and answers  # emptied when the view is taken apart
        tok = adoc.nlp[0]  # a spaCy token: no memo, the plain read
        assert trigger_module._first("verb", tok) is trigger_module._first_plain("verb", tok)


def test_trigger_finder_and_fallback_find_what_the_plain_first_finds(parse, monkeypatch):
    adocs = _adocs(parse)

    def run() -> list:
        out = []
        for adoc in adocs:
            with parse_view(adoc.nlp) as view:
                out.append([(_summary(find_triggers(s)), _summary(fallback_triggers(s))) for s in view.sents])
        return out

    fast = run()
    monkeypatch.setattr(trigger_module, "_first", trigger_module._first_plain)
    import chronicler.events.fallback as fallback_module

    monkeypatch.setattr(fallback_module, "_first", trigger_module._first_plain)
    assert fast == run()
    assert any(found for doc in fast for found, _ in doc)


def test_events_stage_reads_the_same_events_without_the_memos(events, monkeypatch):
    fast = [adoc.events for adoc in _adocs(events)]
    monkeypatch.setattr(trigger_module, "_first", trigger_module._first_plain)
    import chronicler.events.fallback as fallback_module

    monkeypatch.setattr(fallback_module, "_first", trigger_module._first_plain)
    assert fast == [adoc.events for adoc in _adocs(events)]
    assert sum(len(e) for e in fast) >= 6


def test_entity_texts_from_the_seeded_text_are_spacy_s(parse):
    for adoc in _adocs(parse):
        doc = adoc.nlp
        assert memo_module.seeded_text(doc) is not None
        memo_module._MEMOS[doc].pop("ents", None)
        ents = memo_module.doc_ents(doc)
        assert ents == tuple(memo_module.Ent(e.start, e.end, e.label_, e.text, e.start_char, e.end_char)
                             for e in doc.ents)
        assert ents
