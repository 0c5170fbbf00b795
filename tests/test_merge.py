"""Merging events into clusters: compatibility rules, blocking, incremental store merging."""

from __future__ import annotations

from datetime import date

import pytest

from chronicler.merge.build import DocInfo, build_cluster
from chronicler.merge.cluster import Merger
from chronicler.merge.synthetic import country, synthetic_events
from chronicler.model import Actor, DateInterval, Event, Location, Provenance

JPN, USA, CHN = country("JPN"), country("USA"), country("CHN")


def ev(eid, etype="AGREE", src=JPN, tgt=USA, when=None, text="Japan and the United States agreed on the relocation "
       "of the Futenma air base to Nago", doc="d1", status="occurred", loc=None):
    if isinstance(when, date):
        when = DateInterval.day(when)
    return Event(id=eid, type=etype, provenance=Provenance(doc, 0, text), source=src, target=tgt, date=when,
                 status=status, location=loc)


def test_same_event_reported_twice_merges_symmetric_order_free():
    m = Merger()
    a = m.add(ev("a", when=date(2006, 5, 1)))
    b = m.add(ev("b", src=USA, tgt=JPN, when=date(2006, 5, 1), doc="d2"))
    assert a == b


def test_directed_types_keep_actor_order():
    m = Merger()
    a = m.add(ev("a", "ACCUSE", when=date(2006, 5, 1), text="Japan accused the United States of delay"))
    b = m.add(ev("b", "ACCUSE", src=USA, tgt=JPN, when=date(2006, 5, 1), text="Japan accused the United States of delay"))
    assert a != b


def test_two_known_days_never_mix():
    m = Merger()
    a = m.add(ev("a", when=date(2006, 5, 1)))
    b = m.add(ev("b", when=date(2006, 5, 2)))
    assert a != b


def test_coarse_date_joins_and_cluster_date_is_the_intersection():
    m = Merger()
    a = m.add(ev("a", when=DateInterval(date(2014, 1, 1), date(2014, 12, 31), None, "year")))
    b = m.add(ev("b", when=date(2014, 3, 3), doc="d2"))
    assert a == b
    assert m.clusters[a].date.earliest == m.clusters[a].date.latest == date(2014, 3, 3)
    c = m.add(ev("c", when=DateInterval(date(2015, 1, 1), date(2015, 12, 31), None, "year"), doc="d3"))
    assert c != a


def test_incompatible_types_and_actors_and_locations_do_not_merge():
    m = Merger()
    a = m.add(ev("a", when=date(2006, 5, 1)))
    assert m.add(ev("b", "ASSAULT", when=date(2006, 5, 1))) != a
    assert m.add(ev("c", tgt=CHN, when=date(2006, 5, 1))) != a
    m2 = Merger()
    x = m2.add(ev("x", loc=Location("Tokyo", "JPN")))
    assert m2.add(ev("y", loc=Location("Washington", "USA"))) != x
    assert m2.add(ev("z", loc=Location("Tokyo", "JPN"))) == x


def test_missing_date_or_actor_merges_on_what_is_there():
    m = Merger()
    a = m.add(ev("a", when=date(2006, 5, 1)))
    assert m.add(ev("b", tgt=None, doc="d2")) == a  # no date, no target: same words, same source
    m2 = Merger()
    x = m2.add(ev("x", src=None, tgt=None, text="A powerful earthquake struck the capital on Tuesday"))
    assert m2.add(ev("y", src=None, tgt=None, text="The election results were announced")) != x
    assert m2.add(ev("z", src=None, tgt=None, text="A powerful earthquake struck the capital, officials said")) == x


def test_family_types_need_text_support():
    m = Merger()
    a = m.add(ev("a", "CONSULT", when=date(2006, 5, 1), text="Koizumi and Bush met at Camp David to discuss troops"))
    assert m.add(ev("b", "AGREE", when=date(2006, 5, 1), text="Koizumi and Bush agreed at Camp David on troops")) == a
    assert m.add(ev("c", "AGREE", when=date(2006, 5, 1), text="A tariff deal on beef imports was signed")) != a


def test_build_cluster_status_history_counts_and_duplicates():
    events = [ev("a", status="planned", doc="d1", when=DateInterval(date(2014, 1, 1), date(2014, 12, 31), None, "year")),
              ev("b", status="planned", doc="d2"),
              ev("c", status="occurred", doc="d3", when=date(2014, 6, 1))]
    docs = {"d1": DocInfo("d1", date(2006, 5, 1), "Kyodo"), "d2": DocInfo("d2", date(2006, 5, 2), "AP", "d1x"),
            "d3": DocInfo("d3", date(2014, 6, 2), "kyodo")}
    c = build_cluster("c1", events, docs)
    assert c.status == "occurred" and [s.status for s in c.status_history] == ["planned", "occurred"]
    assert c.mention_count == 3 and c.source_count == 2 and c.documents == ("d1", "d2", "d3")
    assert c.first_reported == date(2006, 5, 1) and c.last_reported == date(2014, 6, 2)
    assert c.date.earliest == c.date.latest == date(2014, 6, 1)
    assert c.summary and c.source.id == "country:JPN"
    with pytest.raises(ValueError):
        build_cluster("c2", [], docs)


def test_synthetic_stream_pairwise_quality_and_bounded_open_clusters():
    closed = []
    m = Merger(max_open=300, on_close=closed.append)
    truth, assigned = {}, {}
    for e, t in synthetic_events(3000, seed=1):
        truth[e.id] = t
        assigned[e.id] = m.add(e)
        assert len(m.clusters) <= 300
    from chronicler.merge.metrics import pairwise_prf
    p, r, f = pairwise_prf(truth, assigned)
    assert p > 0.9 and r > 0.7, (p, r, f)


def test_named_actor_refines_country_actor():
    abe = Actor("person:abe", "Shinzo Abe", "person", "JPN", "GOV")
    m = Merger()
    a = m.add(ev("a", when=date(2006, 5, 1)))
    assert m.add(ev("b", src=abe, when=date(2006, 5, 1))) == a
    assert m.clusters[a].source == "person:abe"


def test_pairwise_prf_hand_computed():
    from chronicler.merge.metrics import pairwise_prf
    gold = {"a": 1, "b": 1, "c": 1, "d": 2}
    pred = {"a": "x", "b": "x", "c": "y", "d": "y"}
    # predicted pairs: ab, cd (2); gold pairs: ab, ac, bc (3); common: ab (1)
    p, r, f = pairwise_prf(gold, pred)
    assert (p, r) == (0.5, 1 / 3) and abs(f - 0.4) < 1e-9


def _adoc(doc_id, published, events, outlet=None, dup=None):
    from chronicler.model import Document
    from chronicler.pipeline import AnnotatedDocument
    doc = Document(doc_id, f"{doc_id}.txt", "text", outlet=outlet, published=DateInterval.day(published),
                   duplicate_of=dup)
    return AnnotatedDocument(doc, events=tuple(events))


def test_store_merging_is_incremental(tmp_path):
    from chronicler.merge.store import merge_new_events, remerge_all
    from chronicler.store.db import open_store
    with open_store(tmp_path / "m.duckdb") as st:
        st.save_batch([_adoc("d1", date(2006, 5, 1), [ev("a", doc="d1", status="planned")], "Kyodo"),
                       _adoc("d2", date(2006, 5, 2), [ev("b", src=USA, tgt=JPN, doc="d2", status="planned")], "AP")])
        written = merge_new_events(st, ["a", "b"])
        assert len(written) == 1 and st.count("clusters") == 1
        assert merge_new_events(st, ["a", "b"]) == []  # already clustered: nothing to do
        st.save_batch([_adoc("d3", date(2014, 7, 1), [ev("c", doc="d3", when=date(2014, 6, 30)),
                                                     ev("x", "ASSAULT", CHN, JPN, doc="d3", text="Chinese ships rammed a patrol boat")])])
        merge_new_events(st, ["c", "x"])
        rows = st.query("SELECT mention_count, source_count, status, date_best, first_reported, last_reported "
                        "FROM clusters ORDER BY mention_count DESC")
        assert rows[0] == (3, 3, "occurred", date(2014, 6, 30), date(2006, 5, 1), date(2014, 7, 1))
        assert rows[1][0] == 1
        assert st.query("SELECT count(DISTINCT cluster_id) FROM events WHERE cluster_id IS NOT NULL")[0][0] == 2
        data = st.query("SELECT data FROM events WHERE id = 'c'")[0][0]
        assert '"cluster": "c-a"' in data
        assert remerge_all(st) == 2
        assert st.query("SELECT count(*) FROM events WHERE cluster_id IS NULL")[0][0] == 0


from hypothesis import given, settings  # noqa: E402
from hypothesis import strategies as st  # noqa: E402

_types = st.sampled_from(["AGREE", "CONSULT", "ACCUSE", "PROTEST", "ASSAULT"])
_actors = st.sampled_from([None, JPN, USA, CHN])
_days = st.one_of(st.none(), st.dates(date(2010, 1, 1), date(2010, 3, 31)))
_words = st.lists(st.sampled_from("base troops summit island vessel protest missile talks treaty".split()),
                  min_size=1, max_size=6)


@settings(max_examples=60, deadline=None)
@given(st.lists(st.tuples(_types, _actors, _actors, _days, _words), min_size=1, max_size=40))
def test_merger_invariants(specs):
    m = Merger()
    events = {}
    for i, (t, s, g, d, w) in enumerate(specs):
        e = ev(f"e{i}", t, s, g, d, text=" ".join(w))
        events[e.id] = e
        m.add(e)
    members = [x for c in m.clusters.values() for x in c.members]
    assert sorted(members) == sorted(events)  # a partition of the events
    for c in m.clusters.values():
        days = {events[x].date.best for x in c.members if events[x].date is not None}
        assert len(days) <= 1  # never two different known days
        assert len({__import__("chronicler.merge.features", fromlist=["family"]).family(events[x].type)
                    for x in c.members}) == 1


def test_shared_far_future_target_date_stands_in_for_text():
    usa_mil = Actor("group:usa-mil", "US military", "group", "USA", "MIL")
    y2014 = DateInterval(date(2014, 1, 1), date(2014, 12, 31), None, "year")
    a = ev("a", "RETREAT", USA, usa_mil, y2014, text="They endorsed the relocation of troops by 2014", status="planned")
    b = ev("b", "MOBILIZE", usa_mil, None, y2014, text="The overhaul of forces is to be completed by 2014",
           status="planned", doc="d2")
    m = Merger()
    first = m.add(a, date(2006, 5, 8))
    assert m.add(b, date(2009, 3, 17)) == first  # same plan, same deadline years ahead
    m2 = Merger()
    first = m2.add(a, date(2014, 3, 1))
    assert m2.add(b, date(2014, 3, 1)) != first  # a deadline in the report's own year is no evidence
