"""Session 21: guards for merging one event across reports (the session's mechanisms were dropped: see
docs/stages.md) and the blind s21 set's data check."""

from __future__ import annotations

import csv
import json
from datetime import date
from pathlib import Path

from chronicler.merge.cluster import Merger
from chronicler.merge.synthetic import country
from chronicler.model import Actor, DateInterval, Event, Location, Provenance

SET = Path(__file__).resolve().parents[1] / "eval" / "data" / "merge_blind_s21"
DEU = country("DEU")


def person(pid: str, name: str, cc: str) -> Actor:
    return Actor(pid, name, "person", cc)


def ev(eid: str, etype: str, src, tgt, when, text: str, place: Location | None = None) -> Event:
    if isinstance(when, date):
        when = DateInterval.day(when)
    return Event(id=eid, type=etype, provenance=Provenance(eid, 0, text), source=src, target=tgt, date=when,
                 location=place)


def merged(*events: Event) -> dict[str, str]:
    m = Merger()
    return {e.id: m.add(e) for e in events}


SCHOLZ = person("person:scholz-olaf", "Olaf Scholz", "DEU")
TUSK = person("person:tusk-donald", "Donald Tusk", "POL")
DAY = date(2024, 2, 12)


def test_two_named_people_of_one_country_stay_two_sides():
    a = ev("a", "CONSULT", SCHOLZ, TUSK, DAY, "Olaf Scholz met Donald Tusk in Berlin on Monday about border controls")
    b = ev("b", "CONSULT", person("person:baerbock-annalena", "Annalena Baerbock", "DEU"), TUSK, DAY,
           "Annalena Baerbock met Donald Tusk in Berlin on Monday about border controls")
    got = merged(a, b)
    assert got["a"] != got["b"]


def test_two_international_bodies_are_not_one_side():
    un = Actor("org:un-general-assembly", "UN General Assembly", "organization", "IGO")
    nato = Actor("org:nato", "NATO", "organization", "IGO")
    a = ev("a", "SANCTION", Actor("org:european-union", "EU", "organization", "IGO"), DEU, DAY,
           "The bloc put new curbs on the exports on Monday")
    b = ev("b", "SANCTION", un, DEU, DAY, "The assembly put new curbs on the exports on Monday")
    c = ev("c", "SANCTION", nato, DEU, DAY, "The alliance put new curbs on the exports on Monday")
    got = merged(a, b, c)
    assert len(set(got.values())) == 3


def test_two_single_days_and_a_long_day_spread_still_keep_apart():
    a = ev("a", "CONSULT", SCHOLZ, TUSK, date(2023, 5, 9), "Tusk and Scholz held talks in Warsaw on Tuesday")
    b = ev("b", "CONSULT", SCHOLZ, TUSK, date(2023, 5, 10), "Tusk and Scholz held talks in Warsaw on Wednesday")
    term = DateInterval(date(2021, 12, 8), date(2025, 5, 6), date(2023, 5, 12), "day")  # a weekday not anchored
    c = ev("c", "CONSULT", SCHOLZ, TUSK, term, "Tusk and Scholz held talks in Warsaw on Friday")
    got = merged(a, b, c)
    assert len(set(got.values())) == 3


WARSAW = Location("Warsaw", "POL")
BERLIN_DATELINE = Location("Berlin", "DEU", source="dateline")


def test_a_dateline_does_not_join_a_place_stated_when_the_day_is_unknown_or_both_places_are_stated():
    a = ev("a", "CONSULT", SCHOLZ, TUSK, None, "Scholz and Tusk met in Warsaw to discuss border controls", WARSAW)
    b = ev("b", "CONSULT", SCHOLZ, TUSK, None, "Scholz and Tusk met to discuss border controls", BERLIN_DATELINE)
    c = ev("c", "CONSULT", SCHOLZ, TUSK, DAY, "Scholz and Tusk met in Warsaw on Monday to discuss border controls",
           WARSAW)
    d = ev("d", "CONSULT", SCHOLZ, TUSK, DAY, "Scholz and Tusk met in Berlin on Monday to discuss border controls",
           Location("Berlin", "DEU"))
    got = merged(a, b)
    assert got["a"] != got["b"]
    got = merged(c, d)
    assert got["c"] != got["d"]


def test_blind_s21_snippets_are_in_their_reports_and_the_split_is_by_story():
    reports = {json.loads(x)["id"]: json.loads(x) for x in (SET / "reports.jsonl").read_text().splitlines() if x}
    with (SET / "gold.tsv").open(encoding="utf-8") as f:
        rows = list(csv.DictReader(f, delimiter="\t"))
    assert rows and all(r["text"] in reports[r["report"]]["text"] for r in rows)
    assert {int(r["story"]) for r in rows if int(r["story"]) % 3 == 2} == {2, 5, 8, 11}
