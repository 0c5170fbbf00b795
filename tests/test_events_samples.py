"""The events stage on the two real sample reports (read from ../shared, never copied into the repository).

Runs the real upstream stages (clean, dating, nlp, timex, actors); skipped where they are not installed.
"""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from chronicler.model import Document
from chronicler.pipeline import STAGE_MODULES, AnnotatedDocument, Pipeline

NEEDED = ("timex", "actors")


SAMPLES = Path(os.environ.get("CHRONICLER_SHARED", Path(__file__).resolve().parents[2] / "shared")) / "samples" / "news"


@pytest.fixture(scope="module")
def reports():
    if not SAMPLES.is_dir():
        pytest.skip(f"{SAMPLES} not present (development data)")
    samples = SAMPLES
    missing = [n for n in NEEDED if n not in STAGE_MODULES]
    if missing:
        pytest.skip(f"stages not installed yet: {missing}")
    names = [n for n in ("clean", "dating", "nlp", "timex", "actors", "events") if n in STAGE_MODULES]
    pipe = Pipeline([(n, {}) for n in names])
    docs = [Document(id=p.name, source=str(p), text=p.read_text(encoding="utf-8")) for p in sorted(samples.glob("*.txt"))]
    return {ad.document.id[:4]: ad for ad in pipe.pipe(AnnotatedDocument(d) for d in docs)}


def event_in(ad, words: str, typ: str):
    sent = next(s for s in ad.sentences if words in s.text)
    found = [e for e in ad.events if e.provenance.sentence == sent.index and e.type == typ]
    assert found, [(e.type, e.trigger, e.status) for e in ad.events if e.provenance.sentence == sent.index]
    return found[0]


def country(actor):
    return actor.country if actor else None


def test_planned_meeting(reports):
    e = event_in(reports["003_"], "will meet with", "CONSULT")
    assert (e.status, country(e.source), country(e.target)) == ("planned", "JPN", "USA")
    assert e.date_source == "timex" and e.location is not None and e.location.country == "USA"


def test_withheld_response(reports):
    e = event_in(reports["003_"], "withheld its response", "REJECT")
    assert e.status == "occurred" and country(e.source) == "USA"


def test_declaration_signed_in_1996(reports):
    e = event_in(reports["003_"], "signed in 1996", "SUPPORT")
    assert e.status == "occurred" and e.date_source == "timex" and e.date.earliest.year == 1996
    assert {country(e.source), country(e.target)} == {"JPN", "USA"}


def test_reorganization_by_2014_is_planned(reports):
    e = event_in(reports["003_"], "supposed to be completed by 2014", "MOBILIZE")
    assert e.status == "planned" and e.date.earliest.year == 2014


def test_proposal_last_week_occurred(reports):
    e = event_in(reports["000_"], "a proposal made in Washington last week", "REQUEST")
    assert e.status == "occurred" and country(e.source) == "JPN" and e.date_source == "timex"


def test_package_agreed(reports):
    e = event_in(reports["000_"], "agreed on a package of measures", "AGREE")
    assert e.status == "occurred"


def test_missile_fired_in_1998(reports):
    e = event_in(reports["000_"], "in 1998 by firing a missile", "MOBILIZE")
    assert e.status == "occurred" and country(e.source) == "PRK" and e.date.earliest.year == 1998
    assert e.target is None


def test_relocation_by_2014_is_planned(reports):
    e = event_in(reports["000_"], "by 2014", "RETREAT")
    assert e.status == "planned" and e.date.earliest.year == 2014 and e.date_source == "timex"


def test_no_event_with_its_own_year_is_stamped_with_the_report_date(reports):
    for ad in reports.values():
        for e in ad.events:
            sent = ad.sentences[e.provenance.sentence].text
            if any(y in sent for y in ("in 1998", "in 1996", "by 2014")) and e.type in ("MOBILIZE", "SUPPORT", "RETREAT"):
                assert e.date_source == "timex", (e.type, e.trigger, sent)
