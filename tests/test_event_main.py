"""The main event of a sentence (``events/main.py``), stances without an event verb (``events/stances.py``),
and the breadth rules of issue 7a: British spellings, hyphenated event nouns, conditions, object control."""

from __future__ import annotations

from pathlib import Path

import pytest

from chronicler.events.lexicon import spelling_variants, trigger_lexicon
from chronicler.events.main import main_event, salience
from chronicler.events.plover import plover_type
from chronicler.events.cues import hyphenated
from chronicler.events.triggers import find_triggers
from conftest import alias
from event_harness import entity_events

ROOT = Path(__file__).resolve().parents[1]


nlp = alias("spacy_model")


def _events(nlp, text: str):
    return entity_events(nlp, text)


def main_type(nlp, text: str) -> str:
    events, sdoc = _events(nlp, text)
    ev = main_event(events, sdoc)
    return plover_type(ev, "cameo") if ev else "NONE"


def types(nlp, text: str) -> list[str]:
    return [t.type for t in find_triggers(next(nlp(text).sents))]


def test_setting_phrase_yields_to_the_reported_act(nlp):
    # "the talks" and "withdraw" stand equally deep; the talks only set the scene
    text = "After the talks, Sudanese officials said the government had decided it would withdraw its troops."
    events, sdoc = _events(nlp, text)
    assert {e.type for e in events} >= {"CONSULT", "RETREAT"}
    assert main_event(events, sdoc).type == "RETREAT"


def test_secondary_attachments_are_counted(nlp):
    doc = nlp("Senegal broke off relations with Iran on Wednesday, accusing Tehran of supporting militants.")
    by_text = {t.text: t for t in doc}
    assert salience(by_text["broke"])[0] == 0
    assert salience(by_text["accusing"])[0] == 1  # a participle adjunct
    doc = nlp("The opposition demanded the resignation of the minister over the killing of four protesters.")
    assert salience(next(t for t in doc if t.text == "killing"))[0] == 1  # a phrase of cause
    doc = nlp("The party, which seized power in April, promised to hold elections.")
    assert salience(next(t for t in doc if t.text == "seized"))[0] == 1  # a relative clause


def test_salience_memo_equals_the_plain_walk(nlp):
    # salience() builds each word's path from its head's memo; it must give what a walk from the word gives,
    # whichever word of the Doc is asked first
    from chronicler.events.main import _salience

    sdoc = nlp("Japan broke off talks with China on Monday after the two sides failed to agree on a plan, "
               "officials said, accusing Beijing of delays. The minister, who arrived late, left early.")
    for tok in sorted(sdoc, key=lambda t: (t.i * 7) % len(sdoc)):
        assert salience(tok) == _salience(tok)


def test_no_events_no_main_event(nlp):
    sdoc = nlp("Nothing happened.")
    assert main_event([], sdoc) is None


@pytest.mark.parametrize("text,typ", [
    ("Athens said the proposal was unacceptable.", "REJECT"),  # a rejecting predicate, by the speaker
    ("Washington said that removing the sanctions on Burma was out of the question.", "REJECT"),
    ("Russian officials did not rule out military action against the separatists.", "THREATEN"),
    ("Kabul has no intention of handing over the Saudi dissident, a Taliban spokesman said.", "REJECT"),
    ("Amnesty International said the Indonesian army was responsible for the massacre of 60 villagers.", "ACCUSE"),
    ("Belgium became the first Western country to recognise the new government in Kinshasa.", "SUPPORT"),
    ("Police from Germany and France carried out coordinated raids on drug traffickers.", "COOPERATE"),
    ("The European Union released 20 million euros in emergency aid for Sudan.", "AID"),
])
def test_breadth_constructions(nlp, text, typ):
    assert main_type(nlp, text) == typ


@pytest.mark.parametrize("text,typ", [
    ("Hundreds of refugees held a sit-in outside the U.N. compound in Nairobi.", "PROTEST"),  # hyphenated noun
    ("Miners in Romania downed tools on Monday over unpaid wages.", "PROTEST"),  # an idiom, not a downed plane
    ("Two bombs went off in a crowded shopping street in Colombo.", "ASSAULT"),
    ("A state of emergency was declared in the province on Friday.", "COERCE"),  # the state of ...
    ("The two Koreas resumed trade through a liaison office at the border.", "COOPERATE"),
])
def test_breadth_triggers(nlp, text, typ):
    assert typ in types(nlp, text)


def test_provided_that_is_a_condition(nlp):
    found = types(nlp, "Iran said it would return to the talks provided the West lifted its sanctions first.")
    assert "AID" not in found  # "provided" introduces a condition here, not a provision
    assert "AID" in types(nlp, "Japan provided food and tents to the refugees.")


def test_object_controls_the_complement(nlp):
    # the villagers, not the soldiers, leave: no retreat of forces
    assert main_type(nlp, "Sudanese soldiers forced the villagers to leave their homes.") == "COERCE"
    assert "RETREAT" in types(nlp, "The last Russian troops left Estonia on Wednesday.")


def test_british_spellings_reach_the_lexicon():
    assert "recognise" in spelling_variants("recognize")
    assert "mobilisation" in spelling_variants("mobilization")
    assert "defence" in spelling_variants("defense")
    table = trigger_lexicon()
    assert table[("verb", "recognise")] and table[("verb", "criticise")]


def test_hyphenated_nouns(nlp):
    doc = nlp("The rebels announced a cease-fire and held a sit-in.")
    fire = next(t for t in doc if t.text == "fire")
    assert "cease-fire" in hyphenated(fire) and "ceasefire" in hyphenated(fire)
    assert hyphenated(doc[0]) == []


def test_wire2_check_set_is_well_formed():
    rows = [line.split("\t") for line in (ROOT / "eval" / "data" / "event_types_own_wire2.tsv")
            .read_text(encoding="utf-8").splitlines() if line.strip() and not line.startswith("#")]
    assert len(rows) >= 80 and all(len(r) == 3 and r[2].endswith(".") for r in rows)
    per_type: dict[str, int] = {}
    for _, typ, _ in rows:
        per_type[typ] = per_type.get(typ, 0) + 1
    assert len(per_type) == 16 and min(per_type.values()) >= 5


def test_probe_set_is_well_formed():
    known = {"AGREE", "CONSULT", "SUPPORT", "CONCEDE", "COOPERATE", "AID", "RETREAT", "REQUEST", "ACCUSE", "REJECT",
             "THREATEN", "PROTEST", "SANCTION", "MOBILIZE", "COERCE", "ASSAULT"}
    for line in (ROOT / "eval" / "data" / "event_types_own_probes.tsv").read_text(encoding="utf-8").splitlines():
        if line.strip() and not line.startswith("#"):
            code, typ, text = line.split("\t")
            assert typ in known and text.endswith(".")
