"""The events stage on sentences of our own, with hand-made actor mentions and time expressions.

The timex and actors stages are stood in for by ``make`` below (mentions and timexes built from substrings),
so these tests exercise only the events stage: triggers, roles, own date, status, location and provenance.
"""

from __future__ import annotations

import json
from datetime import date

import pytest

from chronicler.events.lexicon import cameo_table, trigger_lexicon
from chronicler.events.plover import plover_type
from chronicler.events.stage import EventsComponent, event_id
from chronicler.model import PLOVER_TYPES, Actor, DateInterval, Document, Event, Mention, Timex, from_dict, to_dict
from chronicler.nlp.stage import sentences_of
from chronicler.pipeline import AnnotatedDocument, get_stage

from conftest import alias

JPN = Actor("country:JPN", "Japan", "country", "JPN")
USA = Actor("country:USA", "United States", "country", "USA")
PRK = Actor("country:PRK", "North Korea", "country", "PRK")
SYR = Actor("country:SYR", "Syria", "country", "SYR")
LBN = Actor("country:LBN", "Lebanon", "country", "LBN")
YAMADA = Actor("person:taro-yamada", "Taro Yamada", "person", "JPN", "GOV", "defense minister")
SMITH = Actor("person:john-smith", "John Smith", "person", "USA", "GOV", "defense secretary")
DCT = date(2009, 4, 20)  # a Monday


nlp = alias("spacy_model")


def year(y: int) -> DateInterval:
    return DateInterval(date(y, 1, 1), date(y, 12, 31), None, "year")


def make(nlp, text: str, actors: dict[str, Actor], times: dict[str, DateInterval] | None = None,
         published: DateInterval | None = DateInterval.day(DCT)) -> AnnotatedDocument:
    """An annotated document: spaCy parse, mentions of ``actors`` (by surface string), timexes of ``times``."""
    sdoc = nlp(text)
    mentions = []
    for surface, actor in actors.items():
        start = 0
        while (at := text.find(surface, start)) >= 0:
            mentions.append(Mention(at, at + len(surface), surface, actor.id, "name"))
            start = at + len(surface)
    timexes = []
    for n, (surface, iv) in enumerate((times or {}).items()):
        at = text.index(surface)
        timexes.append(Timex(f"t{n}", at, at + len(surface), surface, "DATE", iv.earliest.isoformat(), interval=iv))
    doc = Document(id="doc1", source="test", text=text, published=published)
    return AnnotatedDocument(doc, sentences=sentences_of(sdoc), mentions=tuple(mentions),
                             actors=tuple({a.id: a for a in actors.values()}.values()), timexes=tuple(timexes),
                             nlp=sdoc)


def events_of(nlp, *args, **kw) -> list[Event]:
    return list(EventsComponent({})(make(nlp, *args, **kw)).events)


def only(events: list[Event], typ: str) -> Event:
    found = [e for e in events if e.type == typ]
    assert len(found) == 1, [(e.type, e.trigger) for e in events]
    return found[0]


def test_planned_meeting_with_its_own_date_and_place(nlp):
    friday = DateInterval.day(date(2009, 4, 24))
    text = "Defense Minister Taro Yamada will meet U.S. Defense Secretary John Smith at the Pentagon on Friday."
    e = only(events_of(nlp, text, {"Taro Yamada": YAMADA, "John Smith": SMITH}, {"Friday": friday}), "CONSULT")
    assert (e.source.id, e.target.id, e.status) == (YAMADA.id, SMITH.id, "planned")
    assert e.date_source == "timex" and e.date.best == date(2009, 4, 24) and e.date.granularity == "day"
    assert e.location.name == "Pentagon" and e.location.country == "USA" and e.location.lat is not None
    assert e.cameo == "040" and e.goldstein == 1.0
    assert plover_type(e) == "AGREE"  # PLOVER recodes future cooperation as AGREE
    labels = {s.label for s in e.provenance.spans}
    assert labels == {"trigger", "source", "target", "time", "location"}
    assert text[e.provenance.spans[0].start:e.provenance.spans[0].end] in ("meet", "Yamada", "Taro Yamada")
    assert set(e.field_confidence) >= {"type", "source", "target", "date", "status", "location"}


def test_proposal_occurred_last_week(nlp):
    last_week = DateInterval(date(2009, 4, 13), date(2009, 4, 19), None, "week")
    text = "Last week Taro Yamada proposed updating the defense guidelines to John Smith."
    e = only(events_of(nlp, text, {"Taro Yamada": YAMADA, "John Smith": SMITH}, {"Last week": last_week}), "REQUEST")
    assert e.status == "occurred" and e.source.id == YAMADA.id and e.target.id == SMITH.id
    assert e.date.granularity == "week" and e.date_source == "timex"


def test_missile_launch_years_before_the_report(nlp):
    text = "North Korea fired a ballistic missile over Japan in 1998."
    e = only(events_of(nlp, text, {"North Korea": PRK, "Japan": JPN}, {"1998": year(1998)}), "MOBILIZE")
    assert e.mode == "weapons" and e.status == "occurred" and e.source.id == PRK.id
    assert e.target is None  # a test over a country is not aimed at it
    assert e.date.earliest == date(1998, 1, 1) and e.date.granularity == "year" and e.date_source == "timex"


def test_move_by_a_future_year_is_planned_even_in_past_tense(nlp):
    text = "The accord involved moving 8,000 U.S. Marines from Okinawa to Guam by 2014."
    e = only(events_of(nlp, text, {"U.S.": USA}, {"2014": year(2014)}), "RETREAT")
    assert e.status == "planned" and e.date.earliest == date(2014, 1, 1) and e.source.id == USA.id


def test_agreement_signed_by_two_sides_in_a_passive(nlp):
    text = "The security declaration was signed in 1996 by Japan and the United States."
    e = only(events_of(nlp, text, {"Japan": JPN, "United States": USA}, {"1996": year(1996)}), "SUPPORT")
    assert {e.source.id, e.target.id} == {JPN.id, USA.id} and "reciprocal" in e.context
    assert e.date.earliest.year == 1996 and e.status == "occurred" and e.cameo == "057"


def test_coordinated_subjects_agree(nlp):
    e = only(events_of(nlp, "Japan and the United States agreed on a package of measures.",
                       {"Japan": JPN, "United States": USA}), "AGREE")
    assert (e.source.id, e.target.id, e.status) == (JPN.id, USA.id, "occurred")


def test_withheld_response_is_a_rejection(nlp):
    e = only(events_of(nlp, "But the United States withheld its response.", {"United States": USA}), "REJECT")
    assert e.status == "occurred" and e.source.id == USA.id and e.target is None


@pytest.mark.parametrize("text, status", [
    ("Japan did not sign the accord with the United States.", "negated"),
    ("Japan is expected to sign the accord with the United States.", "expected"),
    ("Japan is slated to sign the accord with the United States.", "planned"),
    ("Japan plans to sign the accord with the United States.", "planned"),
    ("Japan is supposed to sign the accord with the United States.", "planned"),
    ("If asked, Japan would sign the accord with the United States.", "hypothetical"),
    ("Japan signed the accord with the United States.", "occurred"),
])
def test_status(nlp, text, status):
    e = only(events_of(nlp, text, {"Japan": JPN, "United States": USA}), "SUPPORT")
    assert e.status == status


def test_negated_cooperation_is_a_plover_rejection(nlp):
    e = only(events_of(nlp, "Japan did not sign the accord with the United States.",
                       {"Japan": JPN, "United States": USA}), "SUPPORT")
    assert plover_type(e) == "REJECT"


def test_speech_act_and_its_content_are_both_events(nlp):
    events = events_of(nlp, "Japan agreed to share intelligence with the United States.",
                       {"Japan": JPN, "United States": USA})
    agree, share = only(events, "AGREE"), only(events, "COOPERATE")
    assert (agree.status, agree.target.id) == ("occurred", USA.id)
    assert (share.status, share.source.id, share.target.id) == ("planned", JPN.id, USA.id)


def test_content_keeps_its_own_date(nlp):
    friday = DateInterval.day(date(2009, 4, 17))
    text = "The United States agreed on Friday to move 8,000 Marines from Okinawa by 2014."
    events = events_of(nlp, text, {"United States": USA}, {"Friday": friday, "2014": year(2014)})
    agree, move = only(events, "AGREE"), only(events, "RETREAT")
    assert agree.date.best == date(2009, 4, 17) and agree.status == "occurred"
    assert move.date.earliest == date(2014, 1, 1) and move.status == "planned" and move.source.id == USA.id


def test_refused_content_is_negated(nlp):
    events = events_of(nlp, "Japan refused to sign the accord with the United States.",
                       {"Japan": JPN, "United States": USA})
    assert only(events, "REJECT").status == "occurred" and only(events, "SUPPORT").status == "negated"


def test_reported_obligation_is_a_request_to_its_subject(nlp):
    e = only(events_of(nlp, "Japan said the United States must return the land.",
                       {"Japan": JPN, "United States": USA}), "REQUEST")
    assert (e.source.id, e.target.id) == (JPN.id, USA.id)


def test_pronoun_subject_in_reported_speech_falls_back_to_the_speaker(nlp):
    e = only(events_of(nlp, "Syria says it will withdraw its troops from Lebanon.",
                       {"Syria": SYR, "Lebanon": LBN}), "RETREAT")
    assert (e.source.id, e.target.id, e.status) == (SYR.id, LBN.id, "planned")
    assert plover_type(e) == "CONCEDE"
    assert plover_type(e, "cameo") == "AGREE"  # CAMEO 035: intent to yield


def test_no_time_expression_inherits_the_report_date_and_says_so(nlp):
    e = only(events_of(nlp, "Japan criticized the United States.", {"Japan": JPN, "United States": USA}), "ACCUSE")
    assert e.date_source == "inherited" and e.date.best == DCT
    assert e.field_confidence["date"] < 0.5 and e.date.evidence[0].kind == "inherited"


def test_no_date_at_all_without_report_date(nlp):
    e = only(events_of(nlp, "Japan criticized the United States.", {"Japan": JPN, "United States": USA},
                       published=None), "ACCUSE")
    assert e.date is None and e.date_source == "unknown"


def test_reporting_date_is_not_the_event_date(nlp):
    monday = DateInterval.day(date(2009, 4, 20))
    text = "Japan said on Monday that it met the United States in 1998."
    e = only(events_of(nlp, text, {"Japan": JPN, "United States": USA}, {"Monday": monday, "1998": year(1998)}),
             "CONSULT")
    assert e.date.earliest.year == 1998


def test_no_actor_no_event(nlp):
    assert events_of(nlp, "Prices rose after the meeting was held and talks were signed.", {}) == []


def test_event_ids_are_stable_and_json_round_trips(nlp):
    a = events_of(nlp, "Japan criticized the United States.", {"Japan": JPN, "United States": USA})
    b = events_of(nlp, "Japan criticized the United States.", {"Japan": JPN, "United States": USA})
    trigger = next(s for s in a[0].provenance.spans if s.label == "trigger")
    assert [e.id for e in a] == [e.id for e in b] == [event_id("doc1", 0, trigger.start)]
    assert from_dict(Event, json.loads(json.dumps(to_dict(a[0])))) == a[0]


@pytest.mark.parametrize("text", [
    " ".join(["Japan and the United States met and agreed and talked"] * 40) + ".",  # a 300-word sentence
    "Japan | United States | meeting | 1998\n---|---|---|---\nagreement | talks | sanctions | attack",
    "Japan said: \"The United States said 'we will \"meet\" them' and left\" yesterday.",
    "\u0000\u0001 !!! ??? ...",
    "",
])
def test_bad_input_does_not_crash(nlp, text):
    ad = EventsComponent({})(make(nlp, text, {"Japan": JPN, "United States": USA}))
    for e in ad.events:
        assert e.source is not None or e.target is not None


def test_long_sentences_are_skipped_with_a_warning(nlp):
    text = " ".join(["Japan met the United States"] * 30) + "."
    ad = EventsComponent({"max_sentence_tokens": 50})(make(nlp, text, {"Japan": JPN, "United States": USA}))
    assert ad.events == () and any("skipped" in w for w in ad.warnings)


def test_without_parse_the_stage_warns():
    ad = EventsComponent({})(AnnotatedDocument(Document("d", "s", "Japan met the United States.")))
    assert ad.events == () and "events" in ad.annotations and ad.warnings


def test_stage_is_registered_with_its_contract():
    spec = get_stage("events")
    assert spec.requires == {"parse", "timexes", "mentions"} and spec.provides == {"events"}


def test_tables_are_consistent():
    table = cameo_table()
    assert {c.plover for c in table.values() if c.plover} == set(PLOVER_TYPES)
    assert all(-10 <= c.goldstein <= 10 for c in table.values())
    for senses in trigger_lexicon().values():
        for s in senses:
            assert s.type is None or s.type in PLOVER_TYPES, s
            assert s.cameo is None or s.cameo in table, s


def test_unlinked_roles_fall_back_to_nearest_coded_mentions_with_lower_confidence(nlp):
    # (a mediation "halted" is what the halt ends, no event of its own: events/nested.py; "explained" is none)
    text = "Syria explained its mediation on Monday at the request of Lebanon."
    e = only(events_of(nlp, text, {"Syria": SYR, "Lebanon": LBN}), "CONSULT")  # "its" links no one
    assert (e.source.id, e.target.id) == (SYR.id, LBN.id)
    assert e.field_confidence["source"] <= 0.5 and e.field_confidence["target"] <= 0.5


def test_nearest_fallback_stays_inside_the_clause(nlp):
    text = "Syria halted its mediation on Monday, a spokesman for Lebanon said."
    e = only(events_of(nlp, text, {"Syria": SYR, "Lebanon": LBN}), "SANCTION")
    assert e.source.id == SYR.id and e.target is None  # the reporter's side is not the target


def test_verb_of_a_listed_event_noun_is_a_fallback_trigger(nlp):
    e = only(events_of(nlp, "Syrian troops sieged the Lebanese town of Zahle.",
                       {"Syrian": SYR, "Lebanese": LBN}), "COERCE")
    assert (e.source.id, e.target.id) == (SYR.id, LBN.id) and e.field_confidence["type"] < 0.6


def test_cameo_convention_reduces_a_code_to_its_root_category(nlp):
    e = only(events_of(nlp, "Syrian troops demolished houses in Lebanon.", {"Syrian": SYR, "Lebanon": LBN}),
             "ASSAULT")
    assert e.cameo == "1712" and plover_type(e) == "ASSAULT" and plover_type(e, "cameo") == "COERCE"
