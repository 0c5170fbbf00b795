"""The whole product on reports nobody tuned on: the blind mission set (``eval/data/mission_s15/``, run by ``make eval``).

Twelve wire-style reports about state relations (Japan-US alliance first), written by the team in session 15
and committed with their gold before the pipeline was run on them. ``gold.json`` gives each report's
publication date (and whether the product is given it: a JSONL ``published`` field, a full date in the dateline,
or nothing), EVERY event the text states (type, source/target countries, status, and the event's OWN date at the
granularity the text states, with its basis: ``text``, ``report`` when the report date stands in, ``none`` when no
date is stated) and the named people. Reports whose file name's md5 starts with an even byte are TUNE (errors may
be listed with ``--errors``), the others MEASURE (aggregates only; ``--part tune`` leaves them out).

Per part: the dating stage (publication day right), event precision/recall by type in the sentence and strict
(type + countries), as ``eval/_event_precision.py`` matches them; on the matched required events: status right,
own date right (our interval is the gold value's interval; "coarser" when ours holds it), events "stamped" with
the report date where the gold date lies elsewhere (``date_source`` inherited); the people's country and sector.
``--given-dates`` gives each report its gold publication date (event dating apart from the dating stage).
"""

from __future__ import annotations

import dataclasses
import json
import sys
from collections import Counter
from datetime import date
from pathlib import Path

EVAL = Path(__file__).resolve().parent
sys.path.insert(0, str(EVAL))

from _event_precision import _ok_type, actor_country, match, score  # noqa: E402
from events import annotate, corpus_documents  # noqa: E402
from chronicler.model import DateInterval  # noqa: E402
from chronicler.time.normalize import interval_of  # noqa: E402

FOLDER = EVAL / "data" / "mission_s15"


def load(folder: Path = FOLDER) -> list[dict]:
    """The gold reports of ``folder/gold.json``."""
    return json.loads((folder / "gold.json").read_text(encoding="utf-8"))["documents"]


def documents(gold: list[dict], folder: Path = FOLDER, given_dates: bool = False) -> list:
    """Each gold report read as ``chronicler ingest`` reads it (a one-line JSONL file by its line), in gold order;
    ``given_dates``: with the gold publication day as the document's ``published``."""
    by_file = {key.split("#")[0]: doc for key, doc in corpus_documents(folder).items()}
    out = []
    for g in gold:
        doc = by_file[g["file"]]
        if given_dates:
            doc = dataclasses.replace(doc, published=DateInterval.day(date.fromisoformat(g["published"])))
        out.append(doc)
    return out


def date_verdict(event, ge: dict, published: str) -> str:
    """How our date of a matched event compares with the gold: ``right`` (same interval as the gold value, or the
    publication day when the report date stands in), ``stamped`` (the text dates it elsewhere and we inherited the
    report date), ``coarser`` (ours holds the gold interval), ``finer`` (ours lies inside it: more precise than the
    text says), ``wrong``, ``none`` (no date of ours), or ``free``
    (gold states no date: not scored) / ``free-stamped`` (and we stamped the report date)."""
    basis = ge.get("date_basis", "report")
    if basis == "none":
        return "free-stamped" if event.date_source == "inherited" else "free"
    want = interval_of(ge["date"]) if basis == "text" else DateInterval.day(date.fromisoformat(published))
    iv = event.date
    if iv is None or iv.earliest is None or iv.latest is None:
        return "none"
    if (iv.earliest, iv.latest) == (want.earliest, want.latest):
        return "right"
    pub = date.fromisoformat(published)
    if event.date_source == "inherited" and not want.contains(pub):
        return "stamped"
    if iv.earliest <= want.earliest and want.latest <= iv.latest:
        return "coarser"
    if want.earliest <= iv.earliest and iv.latest <= want.latest:
        return "finer"
    return "wrong"


def _sentence_groups(g: dict, ad) -> dict[int, list[dict]]:
    text = ad.document.text
    groups: dict[int, list[dict]] = {}
    for ge in g["events"]:
        sent = ad.sentence_at(text.find(ge["text"]))
        if sent is None:
            raise ValueError(f"{g['file']}: anchor not in a sentence: {ge['text']!r}")
        groups.setdefault(sent.index, []).append(ge)
    return groups


def _fmt_date(event) -> str:
    iv = event.date
    if iv is None:
        return "none"
    span = f"{iv.earliest}..{iv.latest}" if iv.earliest != iv.latest else f"{iv.earliest}"
    return f"{span} ({event.date_source})"


def paired(gold: list[dict], ours: list, published: str) -> dict[int, int]:
    """The type matching of one sentence (``_event_precision.match``), pairing first those events whose date is also
    right, so two events of one type in a sentence are compared with the gold event each stands for."""
    first = match(gold, ours, lambda ge, e: _ok_type(ge, e) and date_verdict(e, ge, published) in ("right", "free"))
    rest_gold = [gi for gi in range(len(gold)) if gi not in first]
    rest_ours = [oi for oi in range(len(ours)) if oi not in first.values()]
    second = match([gold[gi] for gi in rest_gold], [ours[oi] for oi in rest_ours], _ok_type)
    return {**first, **{rest_gold[gi]: rest_ours[oi] for gi, oi in second.items()}}


def matched_fields(g: dict, ad, c: Counter, errors: list[str]) -> None:
    """Status, own date and misses of one report's required gold events, counted into ``c``; one line per error."""
    text = ad.document.text
    for idx, gold in sorted(_sentence_groups(g, ad).items()):
        ours = [e for e in ad.events if e.provenance.sentence == idx]
        sent = next(s for s in ad.sentences if s.index == idx)
        words = " ".join(text[sent.start:sent.end].split())
        m = paired(gold, ours, g["published"])
        for gi, ge in enumerate(gold):
            if ge.get("optional"):
                continue
            if gi not in m:
                got = ", ".join(f"{e.type}/{e.status}" for e in ours) or "no event"
                errors.append(f"  miss {g['file']} s{idx}: {ge['type']} {actor_list(ge['source'])}->"
                              f"{actor_list(ge['target'])} {ge['status']} (ours: {got}) | {words}")
                continue
            ev = ours[m[gi]]
            c["matched"] += 1
            if ev.status == ge["status"]:
                c["status"] += 1
            else:
                errors.append(f"  status {g['file']} s{idx}: {ge['type']} gold {ge['status']} ours {ev.status} | {words}")
            verdict = date_verdict(ev, ge, g["published"])
            c[f"date_{ge.get('date_basis', 'report')}"] += 1
            c[f"date_{ge.get('date_basis', 'report')}_{verdict}"] += 1
            if verdict not in ("right", "free"):
                errors.append(f"  date {g['file']} s{idx}: {ge['type']} gold {ge['date'] or g['published']} "
                              f"({ge.get('date_basis')}) ours {_fmt_date(ev)}: {verdict} | {words}")


def actor_list(codes: list) -> str:
    """Accepted country codes as one string (``-`` for no actor)."""
    return "|".join(c or "-" for c in codes)


def people(g: dict, ad, c: Counter, errors: list[str]) -> None:
    """The named people of one report: found among our actors (by name or alias), country and sector right."""
    for p in g.get("actors", []):
        c["people"] += 1
        last = p["name"].split()[-1].lower()
        found = [a for a in ad.actors if any(last in n.lower().split() for n in (a.name, *a.aliases))]
        if not found:
            errors.append(f"  person {g['file']}: {p['name']} not found")
            continue
        a = found[0]
        c["people_found"] += 1
        c["people_country"] += a.country == p["country"]
        c["people_sector"] += (a.sector or "") in p["sector"].split("|")
        if a.country != p["country"] or (a.sector or "") not in p["sector"].split("|"):
            errors.append(f"  person {g['file']}: {p['name']} gold {p['country']}/{p['sector']} ours "
                          f"{a.country}/{a.sector}")


def _pct(a: int, b: int) -> str:
    return f"{a}/{b} = {a / max(1, b):.1%}"


def report_part(part: str, pairs: list, show_errors: bool) -> None:
    """Print one part's figures; ``show_errors`` lists its errors (callers pass it for the tune part only)."""
    gold_docs, annotated = [g for g, _ in pairs], [ad for _, ad in pairs]
    c, fps = score(gold_docs, annotated)
    f: Counter = Counter()
    errors: list[str] = []
    for g, ad in pairs:
        pub = ad.document.published
        day = date.fromisoformat(g["published"])
        f["dated_right"] += pub is not None and pub.earliest == pub.latest == day
        f["dated_within"] += pub is not None and pub.contains(day)
        if pub is None or not (pub.earliest == pub.latest == day):
            errors.append(f"  dating {g['file']} ({g['published_given']}): gold {day} ours "
                          f"{pub and pub.earliest}..{pub and pub.latest}")
        matched_fields(g, ad, f, errors)
        people(g, ad, f, errors)
    n = len(pairs)
    print(f"  {part} ({n} reports): publication day right {_pct(f['dated_right'], n)}, inside ours "
          f"{_pct(f['dated_within'], n)}")
    print(f"    events: ours {c['ours']}, gold {c['req']} required; type in sentence: precision "
          f"{_pct(c['tp_type'], c['ours'])}, recall {_pct(c['rec_type'], c['req'])}; strict (type + countries): "
          f"precision {_pct(c['tp_strict'], c['ours'])}, recall {_pct(c['rec_strict'], c['req'])}")
    print(f"    on matched required events: status right {_pct(f['status'], f['matched'])}; own date (text gives it) "
          f"right {_pct(f['date_text_right'], f['date_text'])}, coarser {f['date_text_coarser']}, finer "
          f"{f['date_text_finer']}, stamped with the "
          f"report date {f['date_text_stamped']}, wrong {f['date_text_wrong']}, none {f['date_text_none']}; report "
          f"date standing in right {_pct(f['date_report_right'], f['date_report'])}; no date stated: stamped "
          f"{f['date_none_free-stamped']} of {f['date_none']}")
    print(f"    named people: found {_pct(f['people_found'], f['people'])}, country right "
          f"{_pct(f['people_country'], f['people'])}, sector right {_pct(f['people_sector'], f['people'])}")
    if show_errors:
        for line in errors + fps:
            print(line)


def main(argv: list[str]) -> int:
    """Score the mission set: ``--part tune|measure`` (default both), ``--errors`` (tune part's errors),
    ``--given-dates`` (gold publication dates given)."""
    if not (FOLDER / "gold.json").exists():
        print(f"Mission set: skipped: {FOLDER} absent")
        return 0
    parts = ("tune", "measure")
    if "--part" in argv:
        parts = (argv[argv.index("--part") + 1],)
    given = "--given-dates" in argv
    gold = load()
    wanted = [g for g in gold if g["part"] in parts]
    annotated, notes = annotate(documents(wanted, given_dates=given))
    print(f"Mission set ({FOLDER.name}: {len(gold)} blind reports, every event stated"
          f"{'; gold publication dates given' if given else ''})")
    for note in notes:
        print(f"  note: {note}")
    for part in parts:
        pairs = [(g, ad) for g, ad in zip(wanted, annotated) if g["part"] == part]
        report_part(part, pairs, show_errors="--errors" in argv and part == "tune")
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
