"""GDELT 2.0 event export: one tab-separated row of 61 columns per real-world event (cluster).

Filled: GLOBALEVENTID (stable hash of the cluster id), SQLDATE/MonthYear/Year/FractionDate from the event's OWN
date (not the report's), actor code/name/country/type (PLOVER sector as Type1), IsRootEvent (read in one of the
first three sentences), CAMEO EventCode/BaseCode/RootCode (the event's own code, else the PLOVER type's
default), QuadClass, GoldsteinScale, NumMentions/NumSources/NumArticles from the cluster, ActionGeo from the
location, DATEADDED (ingest time), SOURCEURL (first report's URL, else its file). Left empty, as GDELT leaves
what it cannot code: known-group/ethnic/religion codes, AvgTone, actor geography, ADM codes and feature ids,
and ActionGeo_CountryCode (GDELT uses FIPS 10-4 codes, which chronicler does not keep).
"""

from __future__ import annotations

import csv
import hashlib
import json
from collections.abc import Iterator
from datetime import date, datetime
from pathlib import Path
from typing import Any

from chronicler.export.atomic import atomic_path
from chronicler.merge.features import quad_class
from chronicler.model import Actor, Event, EventCluster, from_dict
from chronicler.store.db import DEFAULT_DB, Store
from chronicler.store.queries import _reader
from chronicler.timeline.build import singleton_cluster

COLUMNS = (
    "GLOBALEVENTID SQLDATE MonthYear Year FractionDate "
    "Actor1Code Actor1Name Actor1CountryCode Actor1KnownGroupCode Actor1EthnicCode Actor1Religion1Code "
    "Actor1Religion2Code Actor1Type1Code Actor1Type2Code Actor1Type3Code "
    "Actor2Code Actor2Name Actor2CountryCode Actor2KnownGroupCode Actor2EthnicCode Actor2Religion1Code "
    "Actor2Religion2Code Actor2Type1Code Actor2Type2Code Actor2Type3Code "
    "IsRootEvent EventCode EventBaseCode EventRootCode QuadClass GoldsteinScale NumMentions NumSources NumArticles "
    "AvgTone Actor1Geo_Type Actor1Geo_FullName Actor1Geo_CountryCode Actor1Geo_ADM1Code Actor1Geo_ADM2Code "
    "Actor1Geo_Lat Actor1Geo_Long Actor1Geo_FeatureID Actor2Geo_Type Actor2Geo_FullName Actor2Geo_CountryCode "
    "Actor2Geo_ADM1Code Actor2Geo_ADM2Code Actor2Geo_Lat Actor2Geo_Long Actor2Geo_FeatureID ActionGeo_Type "
    "ActionGeo_FullName ActionGeo_CountryCode ActionGeo_ADM1Code ActionGeo_ADM2Code ActionGeo_Lat ActionGeo_Long "
    "ActionGeo_FeatureID DATEADDED SOURCEURL"
).split()
assert len(COLUMNS) == 61

INTEGER_COLUMNS = frozenset({"GLOBALEVENTID", "SQLDATE", "MonthYear", "Year", "IsRootEvent", "QuadClass",
                             "NumMentions", "NumSources", "NumArticles", "Actor1Geo_Type", "Actor2Geo_Type",
                             "ActionGeo_Type", "DATEADDED"})
FLOAT_COLUMNS = frozenset({"FractionDate", "GoldsteinScale", "AvgTone", "Actor1Geo_Lat", "Actor1Geo_Long",
                           "Actor2Geo_Lat", "Actor2Geo_Long", "ActionGeo_Lat", "ActionGeo_Long"})

#: Default CAMEO code (the "not specified" code of the matching CAMEO family) and its Goldstein score.
PLOVER_TO_CAMEO: dict[str, tuple[str, float]] = {
    "CONSULT": ("040", 1.0), "AGREE": ("057", 8.0), "SUPPORT": ("051", 3.4), "CONCEDE": ("080", 5.0),
    "COOPERATE": ("060", 6.0), "AID": ("070", 7.0), "RETREAT": ("087", 9.0), "REQUEST": ("100", -5.0),
    "ACCUSE": ("112", -2.0), "REJECT": ("120", -4.0), "THREATEN": ("130", -4.4), "PROTEST": ("140", -6.5),
    "MOBILIZE": ("150", -7.2), "SANCTION": ("160", -4.0), "COERCE": ("170", -7.0), "ASSAULT": ("180", -9.0),
}


def global_id(key: str) -> int:
    """A stable positive integer id for a cluster or event id (GDELT ids are integers)."""
    return int(hashlib.sha1(key.encode()).hexdigest()[:13], 16)


def _actor_cols(a: Actor | None) -> list[str]:
    if a is None:
        return [""] * 10
    code = (a.country or "") + (a.sector or "")
    return [code, a.name.upper(), a.country or "", "", "", "", "", a.sector or "", "", ""]


def _fraction(d: date) -> str:
    return f"{d.year + (d.timetuple().tm_yday - 1) / 365:.4f}"


def _own_date(c: EventCluster) -> tuple[date | None, str, str]:
    """The event's own day (None unless known to the day), and its month and year when those are known."""
    iv = c.date
    if iv is None or iv.earliest is None or iv.latest is None:
        return None, "", ""
    day = iv.best if iv.granularity == "day" and iv.best else (iv.earliest if iv.earliest == iv.latest else None)
    month = iv.earliest.strftime("%Y%m") if (iv.earliest.year, iv.earliest.month) == (iv.latest.year, iv.latest.month) else ""
    year = str(iv.earliest.year) if iv.earliest.year == iv.latest.year else ""
    return day, month, year


def gdelt_row(c: EventCluster, rep: Event, url: str, added: datetime | None) -> list[str]:
    """The 61 GDELT fields of a cluster (``rep``: its representative member event)."""
    d, month, year = _own_date(c)
    code, goldstein = rep.cameo or PLOVER_TO_CAMEO.get(c.type, ("", None))[0], rep.goldstein
    if goldstein is None:
        goldstein = PLOVER_TO_CAMEO.get(c.type, ("", None))[1]
    quad = quad_class(c.type)
    loc = c.location
    geo = ["", "", "", "", "", "", "", ""]
    if loc is not None:
        gtype = "1" if loc.country and loc.name.upper() == loc.country else "4"
        geo = [gtype, loc.name, "", "", "", "" if loc.lat is None else f"{loc.lat:.4f}",
               "" if loc.lon is None else f"{loc.lon:.4f}", ""]
    row = [str(global_id(c.id)),
           d.strftime("%Y%m%d") if d else "", month, year, _fraction(d) if d else "",
           *_actor_cols(c.source), *_actor_cols(c.target),
           "1" if rep.provenance.sentence < 3 else "0", code, code[:3], code[:2], "" if quad is None else str(quad),
           "" if goldstein is None else f"{goldstein:g}", str(c.mention_count), str(c.source_count),
           str(len(c.documents)), "",
           *[""] * 16, *geo,
           added.strftime("%Y%m%d%H%M%S") if added else "", url]
    assert len(row) == 61
    return row


def gdelt_rows(store: Store) -> Iterator[list[str]]:
    """GDELT rows of every cluster, and of every event not (yet) in a cluster, by own date."""
    docs = {r[0]: (r[1] or r[2], r[3]) for r in store.query("SELECT id, url, source, ingested_at FROM documents")}
    events = {r[0]: from_dict(Event, json.loads(r[1])) for r in store.query("SELECT id, data FROM events")}
    clusters = [from_dict(EventCluster, json.loads(r[0])) for r in store.query(
        "SELECT data FROM clusters ORDER BY date_best NULLS LAST, date_earliest NULLS LAST, id")]
    clustered = {m for c in clusters for m in c.events}
    clusters += [singleton_cluster(e) for eid, e in events.items() if eid not in clustered]
    for c in clusters:
        rep = events.get(c.events[0]) if c.events else None
        if rep is None:
            continue
        url, added = docs.get(rep.provenance.document, ("", None))
        yield gdelt_row(c, rep, url or "", added)


def export_gdelt(out: str | Path, db: str | Path = DEFAULT_DB, *, store: Store | None = None) -> int:
    """Write the GDELT 2.0 event TSV (no header, as GDELT's files); returns the number of rows."""
    with _reader(db, store) as st, atomic_path(out) as tmp:
        n = 0
        with open(tmp, "w", encoding="utf-8", newline="") as fh:
            writer = csv.writer(fh, delimiter="\t", lineterminator="\n", quoting=csv.QUOTE_NONE, escapechar="\\")
            for row in gdelt_rows(st):
                writer.writerow([v.replace("\t", " ").replace("\n", " ") for v in row])
                n += 1
    return n


def read_gdelt(path: str | Path) -> list[dict[str, Any]]:
    """Read a GDELT 2.0 event TSV (ours or GDELT's) into dicts with typed values (None for empty)."""
    out = []
    with open(path, encoding="utf-8", newline="") as fh:
        for line in fh:
            fields = line.rstrip("\n").split("\t")
            if len(fields) != 61:
                raise ValueError(f"{path}: a GDELT event row has 61 tab-separated fields, found {len(fields)}")
            row: dict[str, Any] = {}
            for name, v in zip(COLUMNS, fields):
                if v == "":
                    row[name] = None
                elif name in INTEGER_COLUMNS:
                    row[name] = int(v)
                elif name in FLOAT_COLUMNS:
                    row[name] = float(v)
                else:
                    row[name] = v
            out.append(row)
    return out
