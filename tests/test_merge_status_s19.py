"""Session 19: a report that an event did not happen, or may happen, is not the event; the displayed status."""

from __future__ import annotations

import csv
import json
from collections import Counter
from datetime import date
from pathlib import Path

from chronicler.merge.build import DocInfo, build_cluster
from chronicler.merge.cluster import ClusterState, Merger
from chronicler.merge.synthetic import country
from chronicler.model import DateInterval, Event, Provenance

IND, SAU, RUS, UKR, USA, IRN = (country(c) for c in ("IND", "SAU", "RUS", "UKR", "USA", "IRN"))
SET = Path(__file__).resolve().parents[1] / "eval" / "data" / "merge_blind_s19"


def ev(eid: str, etype: str, src, tgt, when, text: str, doc: str, status: str = "occurred") -> Event:
    if isinstance(when, date):
        when = DateInterval.day(when)
    return Event(id=eid, type=etype, provenance=Provenance(doc, 0, text), source=src, target=tgt, date=when,
                 status=status)


def month(y: int, m: int) -> DateInterval:
    end = date(y + (m == 12), m % 12 + 1, 1).toordinal() - 1
    return DateInterval(date(y, m, 1), date.fromordinal(end), None, "month")


def merge(events: list[tuple[Event, date]]) -> tuple[Merger, dict[str, str]]:
    m = Merger()
    return m, {e.id: m.add(e, pub) for e, pub in events}


def test_a_denied_press_conference_stays_out_of_the_meeting_it_follows():
    day = date(2019, 10, 29)
    met = ev("met", "CONSULT", IND, SAU, day, "The prime minister met the crown prince in Riyadh on Tuesday", "d1")
    plan = ev("plan", "CONSULT", IND, SAU, day, "The prime minister will go to Riyadh on Tuesday for talks", "d0",
              "planned")
    no = ev("no", "CONSULT", IND, SAU, day, "The prime minister and the crown prince held no joint press "
            "conference in Riyadh on Tuesday", "d2", "negated")
    m, got = merge([(plan, date(2019, 10, 25)), (met, day), (no, date(2019, 10, 30))])
    assert got["plan"] == got["met"] and got["no"] != got["met"]
    docs = {"d0": DocInfo("d0", date(2019, 10, 25)), "d1": DocInfo("d1", day), "d2": DocInfo("d2", date(2019, 10, 30))}
    c = build_cluster(got["met"], [plan, met], docs)
    assert c.status == "occurred"


def test_a_conditional_threat_is_not_the_cut_that_followed():
    day = date(2009, 1, 1)
    threat = ev("t", "SANCTION", RUS, UKR, day, "Moscow said it would stop gas to Kiev on the first of January if "
                "the debt stayed unpaid", "d1", "hypothetical")
    cut = ev("c", "SANCTION", RUS, UKR, day, "Moscow stopped gas to Kiev on the first of January over the debt", "d2")
    _, got = merge([(threat, date(2008, 12, 30)), (cut, day)])
    assert got["t"] != got["c"]


def test_a_plan_called_off_joins_its_plan_and_shows_negated():
    sept = month(2013, 9)
    plan = ev("p", "CONSULT", USA, RUS, sept, "The president will hold a summit with his Russian counterpart in "
              "Moscow in September", "d1", "planned")
    off = ev("o", "CONSULT", USA, RUS, sept, "The president called off the September summit with his Russian "
             "counterpart in Moscow", "d2", "negated")
    m, got = merge([(plan, date(2013, 7, 16)), (off, date(2013, 8, 7))])
    assert got["p"] == got["o"]
    docs = {"d1": DocInfo("d1", date(2013, 7, 16)), "d2": DocInfo("d2", date(2013, 8, 7))}
    assert build_cluster(got["p"], [plan, off], docs).status == "negated"


def test_a_new_plan_for_later_in_the_month_is_not_the_meeting_already_held():
    met = ev("m", "CONSULT", USA, IRN, date(2015, 3, 3), "The two foreign ministers met for five hours on "
             "Tuesday on the nuclear file", "d1")
    again = ev("a", "CONSULT", USA, IRN, month(2015, 3), "The two foreign ministers will meet again on the "
               "nuclear file later this month", "d2", "planned")
    _, got = merge([(met, date(2015, 3, 3)), (again, date(2015, 3, 5))])
    assert got["m"] != got["a"]


def test_statuses_survive_the_stored_state_and_old_states_accept_anything():
    from chronicler.merge.cluster import status_fits

    m, got = merge([(ev("x", "CONSULT", USA, IRN, date(2015, 3, 3), "The ministers met on Tuesday", "d1"),
                     date(2015, 3, 3))])
    state = m.clusters[got["x"]]
    again = ClusterState.from_json(json.loads(json.dumps(state.to_json())))
    assert again.statuses == Counter({"occurred": 1})
    assert not status_fits("negated", again.statuses) and status_fits("negated", Counter())


def test_blind_set_snippets_are_in_their_reports():
    reports = {json.loads(x)["id"]: json.loads(x)["text"] for x in
               (SET / "reports.jsonl").read_text(encoding="utf-8").splitlines() if x.strip()}
    with (SET / "gold.tsv").open(encoding="utf-8") as f:
        rows = list(csv.DictReader(f, delimiter="\t"))
    assert len(rows) > 90 and all(r["text"] in reports[r["report"]] for r in rows)


def test_a_plan_worded_after_the_signing_does_not_undo_it():
    day = date(2010, 4, 8)
    plan = ev("p", "AGREE", RUS, USA, day, "The two presidents will sign the arms treaty in Prague on Thursday", "d1",
              "planned")
    done = ev("s", "AGREE", USA, RUS, day, "The two presidents signed the arms treaty in Prague on Thursday", "d2")
    back = ev("b", "AGREE", USA, RUS, day, "Aides had said the two presidents would sign the arms treaty in Prague "
              "last Thursday", "d3", "planned")
    pubs = {"d1": date(2010, 3, 26), "d2": day, "d3": date(2010, 4, 12)}
    _, got = merge([(plan, pubs["d1"]), (done, pubs["d2"]), (back, pubs["d3"])])
    assert got["p"] == got["s"] == got["b"]
    c = build_cluster(got["p"], [plan, done, back], {d: DocInfo(d, p) for d, p in pubs.items()})
    assert c.status == "occurred"
    assert [s.status for s in c.status_history] == ["planned", "occurred", "planned"]


def test_a_meeting_after_a_called_off_summit_is_another_happening():
    sept = month(2013, 9)
    plan = ev("p", "CONSULT", USA, RUS, sept, "The president will hold a summit with his Russian counterpart in "
              "Moscow in September", "d1", "planned")
    off = ev("o", "CONSULT", USA, RUS, sept, "The president called off the September summit with his Russian "
             "counterpart in Moscow", "d2", "negated")
    chat = ev("c", "CONSULT", USA, RUS, date(2013, 9, 6), "The president and his Russian counterpart spoke briefly "
              "at the summit of twenty economies on Friday", "d3")
    _, got = merge([(plan, date(2013, 7, 16)), (off, date(2013, 8, 7)), (chat, date(2013, 9, 6))])
    assert got["p"] == got["o"] != got["c"]
