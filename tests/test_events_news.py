"""Events on constructions that real news showed (issue 7, session 7: the Timeline17 standoff gold), on sentences
of our own through the default pipeline; and the scorer ``eval/events_news.py`` on a tiny hand-made gold."""

from __future__ import annotations

import importlib.util
import json
import sys
from datetime import date
from pathlib import Path
from types import SimpleNamespace

import pytest

from chronicler.model import DateInterval, Document
from chronicler.pipeline import AnnotatedDocument, Pipeline

ROOT = Path(__file__).resolve().parents[1]


@pytest.fixture(scope="module")
def pipe():
    return Pipeline.default()


def typed(pipe, text: str) -> list[tuple[str, str | None, str | None]]:
    """(type, source country, target country) of each event of ``text`` in a report of 2011-02-03."""
    doc = Document(id="t", source="test", text=text, published=DateInterval.day(date(2011, 2, 3)))
    ad = pipe(AnnotatedDocument(doc))
    return [(e.type, e.source.country if e.source else None, e.target.country if e.target else None)
            for e in ad.events]


def types(pipe, text: str) -> list[str]:
    return [t for t, _, _ in typed(pipe, text)]


def test_plural_protests_are_demonstrations_even_with_a_country(pipe):
    found = types(pipe, "Gunfire rang out in the square , the centre of nine days of protests calling for the "
                        "Egyptian president 's ouster .")
    assert "PROTEST" in found and "ACCUSE" not in found, found


def test_a_governments_protest_stays_diplomatic(pipe):
    assert "ACCUSE" in types(pipe, "The Jordanian government protested to Israel over the arrests .")


@pytest.mark.parametrize("text, want, not_want", [
    ("Attacks on journalists are unacceptable , the Egyptian minister said .", "ACCUSE", "REJECT"),
    ("The new Egyptian plan is unacceptable , the Israeli minister said .", "REJECT", "ACCUSE"),
])
def test_unacceptable_condemns_violence_but_rejects_a_proposal(pipe, text, want, not_want):
    found = types(pipe, text)
    assert want in found and not_want not in found, found


@pytest.mark.parametrize("text", [
    "The quake , Chile 's worst in decades , struck south of Santiago on Tuesday .",
    "Peruvian officials said the storm struck the coast overnight .",
])
def test_a_force_of_nature_striking_is_no_event(pipe, text):
    assert typed(pipe, text) == []


def test_not_seeking_reelection_is_no_request(pipe):
    assert "REQUEST" not in types(pipe, "Mubarak said he will not seek re-election .")
    assert "REQUEST" in types(pipe, "Iraq said it will seek talks with Iran .")  # a light verb still requests


def test_leaving_power_is_a_resignation(pipe):
    assert types(pipe, "The Tunisian leader left power after 23 years .") == ["RETREAT"]


def test_warning_shots_are_one_threat(pipe):
    found = types(pipe, "In Benghazi , a Libyan armoured vehicle fired warning shots on Monday as about 2,000 "
                        "people gathered .")
    assert found.count("THREATEN") == 1 and "ASSAULT" not in found and "PROTEST" in found, found


def test_inability_to_provide_is_no_aid(pipe):
    found = types(pipe, "Iraqi demonstrators railed against the government 's inability to provide basic services .")
    assert "AID" not in found and "ACCUSE" in found, found


def test_a_clock_time_is_no_event(pipe):
    assert typed(pipe, "Posted by our Cairo bureau , 3 March 2011 at 4:15 pm | 3 March 2011 at 4:15 pm") == []


def test_distributing_packs_is_aid(pipe):
    assert "AID" in types(pipe, "British charities began distributing hygiene packs in Haiti on Friday .")


# --- the scorer -------------------------------------------------------------------------------------------------

def _scorer():
    spec = importlib.util.spec_from_file_location("events_news", ROOT / "eval" / "events_news.py")
    mod = importlib.util.module_from_spec(spec)
    sys.modules["events_news"] = mod  # its dataclass looks its module up
    spec.loader.exec_module(mod)
    return mod


def _event(typ: str, src: str | None, tgt: str | None, status: str = "occurred"):
    actor = lambda c: None if c is None else SimpleNamespace(country=c, sector=None)  # noqa: E731
    return SimpleNamespace(type=typ, source=actor(src), target=actor(tgt), status=status, context=())


def test_scorer_on_a_tiny_hand_made_gold(shared, tmp_path):
    news = _scorer()
    folder = shared / "eval" / "timeline17" / "haiti_bbc"
    if not folder.is_dir():
        pytest.skip("Timeline17 absent")
    art = json.loads((folder / "articles.jsonl").read_text(encoding="utf-8").splitlines()[0])
    text = art["text"]
    a, b = 0, min(len(text), 80)  # any span will do: the scorer only checks its hash
    h = news.sentence_hash(text[a:b])
    gold = tmp_path / "gold.tsv"
    gold.write_text("# tiny\n"
                    f"haiti_bbc\t{art['id']}\t{a}\t{b}\t{h}\tAID:USA>HTI,-:occurred ; REQUEST?:*>*:occurred\n"
                    f"haiti_bbc\t{art['id']}\t{a}\t{b}\t{h}\tnone\n"
                    f"haiti_bbc\t{art['id']}\t{a}\t{b}\t{h}\tASSAULT|COERCE:HTI>HTI:occurred\n", encoding="utf-8")
    rows = news.read_gold(gold)
    news.check_drift(rows, {("haiti_bbc", str(art["id"])): text})
    ours = [[_event("AID", "USA", None, "planned"), _event("REQUEST", "FRA", None)],  # type+roles right; optional
            [_event("PROTEST", "HTI", "HTI")],  # a false hit
            [_event("COERCE", "HTI", "USA")]]  # right type, wrong target
    c, errors = news.score(rows, ours)
    assert (c["ours"], c["req"], c["tp_type"], c["rec_type"]) == (4, 2, 3, 2)
    assert (c["tp_strict"], c["rec_strict"]) == (2, 1)
    assert (c["status"], c["status_n"]) == (2, 3)  # the AID is planned, the gold says occurred
    assert sorted(k for k, _, _ in errors) == ["fp", "roles", "status"]
    bad = [news.GoldRow(r.topic, r.article, r.start, r.end, "00000000", r.events) for r in rows[:1]]
    with pytest.raises(ValueError):
        news.check_drift(bad, {("haiti_bbc", str(art["id"])): text})


@pytest.mark.parametrize("text", [
    "People in Haiti are still battling for daily survival .",
    "Some Egyptian people suffered heart attacks .",
    "There will be a lot more talk about Iran 's nuclear programme , the Israeli official said .",
    "The Tunisian movement has succeeded in implementing a change .",
    "The Syrian reform plan was headlined in the state press on Monday .",
])
def test_no_political_act(pipe, text):
    assert typed(pipe, text) == []


def test_talks_in_the_plural_are_still_negotiations(pipe):
    assert "CONSULT" in types(pipe, "Israel and Egypt will hold more talks about the border next week .")


def test_fighting_extradition_rejects_it_once(pipe):
    assert types(pipe, "Assange , an Australian , is fighting extradition to Sweden .") == ["REJECT"]


def test_aid_agency_names_a_body_not_an_act(pipe):
    assert "AID" not in types(pipe, "The aid agencies in Haiti say food prices have risen sharply .")


def test_a_protests_demand_is_part_of_the_protest(pipe):
    found = types(pipe, "Gunfire rang out in the square , the centre of nine days of protests calling for the "
                        "Egyptian president 's ouster .")
    assert found == ["PROTEST"], found
    assert "REQUEST" in types(pipe, "Thousands of Egyptian protesters demanded the resignation of the president .")


def test_what_evidence_suggests_is_no_proposal(pipe):
    assert typed(pipe, "Leaked cables suggest the Italian minister surrounded himself with advisers .") == []
    assert "REQUEST" in types(pipe, "The Italian minister suggested that the talks resume in May .")


def test_troops_securing_a_port_take_position(pipe):
    found = types(pipe, "The UN head said police and troops in Haiti had secured the port and the airport .")
    assert found == ["MOBILIZE"], found


def test_a_prize_awarded_is_no_aid(pipe):
    assert "AID" not in types(pipe, "The Iraqi film was awarded a prize in Cannes .")


def test_people_held_are_detained(pipe):
    assert typed(pipe, "Officials said the Americans were held at a police post near the border with Chad .") == [
        ("COERCE", None, "USA")]
    assert types(pipe, "Talks between Chad and Sudan were held in Tripoli .") == ["CONSULT"]
    assert "COERCE" not in types(pipe, "The Chadian minister was held up by traffic on the way to the talks with "
                                       "Sudan .")


def test_what_may_come_is_no_act(pipe):
    assert typed(pipe, "The Peruvian general now faces life in prison without the possibility of parole .") == []


def test_one_act_named_twice_is_one_event(pipe):
    found = types(pipe, "Our heartfelt condolences and deepest sympathy go to the people of Chile , the Peruvian "
                        "minister said .")
    assert found == ["SUPPORT"], found
    assert types(pipe, "Peru attacked and bombed Chilean positions .").count("ASSAULT") == 2  # two verbs, two acts


def _statuses(pipe, text: str) -> dict[str, str]:
    doc = Document(id="t", source="test", text=text, published=DateInterval.day(date(2011, 2, 3)))
    return {e.type: e.status for e in pipe(AnnotatedDocument(doc)).events}


def test_what_is_said_of_an_act_does_not_undo_it(pipe):
    assert _statuses(pipe, "Heavy gunfire from Peruvian troops could be heard across the border in Chile on "
                           "Friday .") == {"ASSAULT": "occurred"}
    assert _statuses(pipe, "The Peruvian concession has not been enough for the Chilean protesters .") == {
        "CONCEDE": "occurred"}
    assert _statuses(pipe, "The talks between Peru and Chile did not take place .") == {"CONSULT": "negated"}
