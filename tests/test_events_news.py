"""Events on constructions that real news showed (issue 7, session 7: the Timeline17 standoff gold), on sentences
of our own through the default pipeline; and the scorer ``eval/events_news.py`` on a tiny hand-made gold."""

from __future__ import annotations

import json
from datetime import date
from types import SimpleNamespace

import pytest

from chronicler.model import DateInterval, Document
from chronicler.pipeline import AnnotatedDocument
from eval_modules import eval_module

from conftest import alias


pipe = alias("default_pipe")


def typed(pipe, text: str) -> list[tuple[str, str | None, str | None]]:
    """(type, source country, target country) of each event of ``text`` in a report of 2011-02-03."""
    doc = Document(id="t", source="test", text=text, published=DateInterval.day(date(2011, 2, 3)))
    ad = pipe(AnnotatedDocument(doc))
    return [(e.type, e.source.country if e.source else None, e.target.country if e.target else None)
            for e in ad.events]


def types(pipe, text: str) -> list[str]:
    return [t for t, _, _ in typed(pipe, text)]


def test_plural_protests_are_demonstrations_even_with_a_country(pipe):
    found = types(pipe, "Peruvian police broke up a week of protests by Chilean fishermen in Lima .")
    assert "PROTEST" in found and "ACCUSE" not in found, found


def test_a_governments_protest_stays_diplomatic(pipe):
    assert "ACCUSE" in types(pipe, "The Jordanian government protested to Israel over the arrests .")


@pytest.mark.parametrize("text, want, not_want", [
    ("Bombings of Chilean schools are unacceptable , the Peruvian minister said .", "ACCUSE", "REJECT"),
    ("The new Egyptian plan is unacceptable , the Israeli minister said .", "REJECT", "ACCUSE"),
])
def test_unacceptable_condemns_violence_but_rejects_a_proposal(pipe, text, want, not_want):
    found = types(pipe, text)
    assert want in found and not_want not in found, found


@pytest.mark.parametrize("text", [
    "A strong earthquake struck the Chilean coast near Valparaiso overnight .",
    "Peruvian officials said the storm struck the coast overnight .",
])
def test_a_force_of_nature_striking_is_no_event(pipe, text):
    assert typed(pipe, text) == []


@pytest.mark.parametrize("text", [
    "The Chilean leader said she will not seek re-election in 2014 .",
    "The Peruvian president told parliament he would not seek a second term .",
])
def test_not_running_for_office_is_no_request(pipe, text):
    assert "REQUEST" not in types(pipe, text)


def test_seeking_talks_still_requests(pipe):
    assert "REQUEST" in types(pipe, "Iraq said it will seek talks with Iran .")


def test_leaving_power_is_a_resignation(pipe):
    assert types(pipe, "The Bolivian general left power in 1982 .") == ["RETREAT"]


def test_warning_shots_are_one_threat(pipe):
    found = types(pipe, "Peruvian police fired warning shots into the air as students gathered outside the ministry .")
    assert found.count("THREATEN") == 1 and "ASSAULT" not in found and "PROTEST" in found, found


def test_a_failure_to_provide_is_no_aid(pipe):
    found = types(pipe, "Chilean miners blamed the government 's failure to provide safety equipment .")
    assert "AID" not in found and "ACCUSE" in found, found


def test_a_clock_time_is_no_event(pipe):
    assert typed(pipe, "Updated by the Lima desk at 9:40 pm on 5 May 2012 .") == []


def test_distributing_packs_is_aid(pipe):
    assert "AID" in types(pipe, "British charities began distributing hygiene packs in Haiti on Friday .")


# --- the scorer -------------------------------------------------------------------------------------------------

def _scorer():
    return eval_module("events_news")  # registered in sys.modules: its dataclass looks its module up


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
    "Flood victims in Peru are battling for survival in makeshift camps .",
    "Two Peruvian deputies had heart attacks during the long session .",
    "There has been loose talk of a Peruvian debt default , the Chilean analyst said .",
    "Chilean schools are implementing the new curriculum .",
    "The Syrian reform plan was headlined in the state press on Monday .",
    "The Peruvian general surrounded himself with loyal officers .",
    "The jailed Peruvian general has little likelihood of parole , his lawyers said .",
])
def test_no_political_act(pipe, text):
    assert typed(pipe, text) == []


def test_talks_in_the_plural_are_still_negotiations(pipe):
    assert "CONSULT" in types(pipe, "Israel and Egypt will hold more talks about the border next week .")


def test_fighting_extradition_rejects_it_once(pipe):
    assert types(pipe, "The Peruvian banker is fighting extradition to Chile .") == ["REJECT"]


def test_aid_agency_names_a_body_not_an_act(pipe):
    assert "AID" not in types(pipe, "The aid agencies in Haiti say food prices have risen sharply .")


def test_a_protests_demand_is_part_of_the_protest(pipe):
    found = types(pipe, "Shots rang out near parliament after a week of protests calling for early elections in Peru .")
    assert "PROTEST" in found and "REQUEST" not in found, found
    assert "REQUEST" in types(pipe, "Thousands of Egyptian protesters demanded the resignation of the president .")


def test_what_evidence_suggests_is_no_proposal(pipe):
    assert "REQUEST" not in types(pipe, "Opinion polls suggest Chilean voters favour the opposition .")
    assert "REQUEST" in types(pipe, "The Italian minister suggested that the talks resume in May .")


def test_troops_securing_a_harbour_take_position(pipe):
    assert types(pipe, "Chilean marines secured the harbour at Arica on Sunday .") == ["MOBILIZE"]


def test_a_prize_awarded_is_no_aid(pipe):
    assert "AID" not in types(pipe, "The Iraqi film was awarded a prize in Cannes .")


def test_people_held_are_detained(pipe):
    found = typed(pipe, "Two Canadian engineers were held for six hours at a checkpoint in Chad .")
    assert [(t, tgt) for t, _, tgt in found] == [("COERCE", "CAN")], found
    assert types(pipe, "Talks between Chad and Sudan were held in Tripoli .") == ["CONSULT"]
    assert "COERCE" not in types(pipe, "The Chadian minister was held up by traffic on the way to the talks with "
                                       "Sudan .")


def test_one_act_named_twice_is_one_event(pipe):
    found = types(pipe, "Peru 's sympathy and condolences went to Chile after the mine collapse .")
    assert found == ["SUPPORT"], found
    assert types(pipe, "Peru attacked and bombed Chilean positions .").count("ASSAULT") == 2  # two verbs, two acts


def _statuses(pipe, text: str) -> dict[str, str]:
    doc = Document(id="t", source="test", text=text, published=DateInterval.day(date(2011, 2, 3)))
    return {e.type: e.status for e in pipe(AnnotatedDocument(doc)).events}


def test_what_is_said_of_an_act_does_not_undo_it(pipe):
    assert _statuses(pipe, "Shelling by Peruvian artillery could be heard from the Chilean side of the border .") == {
        "ASSAULT": "occurred"}
    assert _statuses(pipe, "The Peruvian ceasefire has not been enough to calm Chilean fears .") == {
        "RETREAT": "occurred"}
    assert _statuses(pipe, "The talks between Peru and Chile did not take place .") == {"CONSULT": "negated"}
