"""Actor-country checks for eval/actors.py that need no shared data: our own probe sentences and a leave-one-out
over our own name tables (imported by eval/actors.py; not run on its own by ``make eval``)."""

from __future__ import annotations

import hashlib
import os
import sys
from datetime import date
from pathlib import Path

from chronicler.actors.resolve import actor_at, place_as_actor
from chronicler.model import DateInterval, Document
from chronicler.pipeline import AnnotatedDocument, Pipeline

sys.path.insert(0, str(Path(__file__).resolve().parent))  # eval helpers, also when a test loads this file
from _codes import same_code  # noqa: E402 (XKX is our KOS)
from _tsv import row_part  # noqa: E402,F401 (the split of sets H, J and conventions; imported from here too)

ROOT = Path(__file__).resolve().parents[1]
OWN_PROBES = ROOT / "eval" / "data" / "actor_country_own.tsv"
OWN_PROBES_FRESH = ROOT / "eval" / "data" / "actor_country_own_fresh.tsv"
BLIND_PROBES = ROOT / "eval" / "data" / "actor_country_blind.tsv"
# measure-only: their misses are never listed (not even with ACTORS_EVAL_OWN_VERBOSE)
BLIND_PROBES_M = ROOT / "eval" / "data" / "actor_country_blind_m.tsv"
BLIND_PROBES_AFTER = ROOT / "eval" / "data" / "actor_country_blind_after.tsv"
MEASURE_ONLY = (BLIND_PROBES_M, BLIND_PROBES_AFTER)
#: the blind actor-sector coverage set (issue 6, session 8): split by :func:`sector_part` of its key column
SECTOR_BLIND = ROOT / "eval" / "data" / "actor_sector_blind_f.tsv"
#: the blind composite-span actor-sector set (issue 6, session 10): split by :func:`row_part` (row number)
SECTOR_BLIND_H = ROOT / "eval" / "data" / "actor_sector_blind_h.tsv"
#: the actor-sector conventions set (issue 6, session 11: one row or more per convention of the PLOVER manual),
#: split like set H by :func:`row_part`
SECTOR_CONVENTIONS = ROOT / "eval" / "data" / "actor_sector_conventions.tsv"
#: the blind actor-sector generalisation set J (issue 6, session 12: agent nouns, titles, multiword heads and bodies
#: named by function a hand-made list is unlikely to hold), split like set H by :func:`row_part`
SECTOR_BLIND_J = ROOT / "eval" / "data" / "actor_sector_blind_j.tsv"
ROW_SPLIT = (SECTOR_BLIND_H, SECTOR_CONVENTIONS, SECTOR_BLIND_J)
NOT_STATES = {"IGO", "NGO", "IMG", ""}


def _probe_rows(path: Path) -> list[list[str]]:
    rows = []
    for line in path.read_text(encoding="utf-8").splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        cols = line.split("\t")
        if len(cols) not in (4, 5, 6):
            raise ValueError(f"{path.name}: a row needs 4 to 6 tab-separated columns: {line!r}")
        rows.append(cols)
    return rows


def sector_part(key: str) -> str:
    """The fixed split of the actor-sector blind set by a row's key (the agent word it tests, so all forms of one
    word fall in one part): md5 of the key, first hex digit even is "tune", odd is "measure"."""
    return "tune" if int(hashlib.md5(key.encode("utf-8")).hexdigest()[0], 16) % 2 == 0 else "measure"


def run_own_probes(pipeline: Pipeline, path: Path = OWN_PROBES, part: str | None = None) -> dict[str, int]:
    """Counts over our own country probes: ``n`` rows, right ``country``, rows scored for sector ``n_sector``,
    right country and sector ``both`` (gold sector "-" means a bare country, "*" not scored for sector). A row's
    optional fifth column is the report's date, used as the coding date (empty: none); an optional sixth is its
    split key: with ``part`` only the rows of that part (:func:`sector_part`; for set H :func:`row_part`) are scored, and misses are listed
    (``ACTORS_EVAL_OWN_VERBOSE``) only for a "tune" part."""
    rows = _probe_rows(path)
    if part is not None:
        rows = [r for i, r in enumerate(rows)
                if (row_part(i) if path in ROW_SPLIT else sector_part(r[5] if len(r) > 5 else "")) == part]
    docs = []
    for i, (text, _span, _country, _sector, *on) in enumerate(rows):
        pub = DateInterval.day(date.fromisoformat(on[0])) if on and on[0] else None
        docs.append(AnnotatedDocument(Document(id=f"own{i}", source=f"own{i}", text=text, published=pub)))
    c = {"n": 0, "country": 0, "n_sector": 0, "both": 0}
    misses = []
    for adoc, (text, span, country, sector, *on) in zip(pipeline.pipe(docs, batch_size=64), rows):
        a = text.find(span)
        if a < 0:
            raise ValueError(f"{path.name}: span {span!r} not in {text!r}")
        when = date.fromisoformat(on[0]) if on and on[0] else None
        pred = actor_at(adoc, a, a + len(span), when) or place_as_actor(adoc, a, a + len(span))
        pc, ps = (pred.country, pred.sector) if pred else (None, None)
        want_sector = None if sector == "-" else sector
        c["n"] += 1
        country = same_code(country)  # XKX is our KOS
        c["country"] += pc == country
        if sector != "*":
            c["n_sector"] += 1
            c["both"] += pc == country and ps == want_sector
        if pc != country or (sector != "*" and ps != want_sector):
            misses.append(f"  own {span!r} in {text!r}: gold {country}/{sector} got {pc}/{ps}"
                          f"{f' ({pred.id}, {pred.confidence:.2f})' if pred is not None else ''}")
    if os.environ.get("ACTORS_EVAL_OWN_VERBOSE") and path not in MEASURE_ONLY and part in (None, "tune"):
        print("\n".join(misses))
    return c


def forms_by_base(lex) -> dict[str, set[str]]:
    """The listed single-word actor nouns with a sector, by WordNet base form ("gendarme": gendarme, gendarmes):
    the forms that leave a word out of the lists together."""
    from chronicler.nlp import wordnet

    by_base: dict[str, set[str]] = {}
    for t, e in lex.nouns.items():
        if " " not in t and e.sector:
            for b in wordnet.base_forms(t, "n") or [t]:
                by_base.setdefault(b, set()).add(t)
    return by_base


def _table_groups(lex) -> dict[str, list[tuple[str, list[str], str]]]:
    """Per table, (primary name, every name the row group gives, country) of rows of a state whose names the
    lexicon holds from that table (a name a curated alias overrides is not the table's to remove)."""
    from chronicler.actors.lexicon import _rows

    people = []
    for r in _rows("people.csv"):
        names = [n.strip() for n in [r["name"], *r["aliases"].split("|")] if n.strip()]
        if r["country"].strip() not in NOT_STATES:
            people.append((names[0], names, r["country"].strip()))
    bodies: dict[tuple[str, str], list[str]] = {}
    for r in _rows("institutions.csv"):
        code, text = r["country"].strip(), r["text"].strip()
        e = lex.names.get(text)
        if code not in NOT_STATES and e is not None and e.country == code and e.kind == r["kind"].strip():
            bodies.setdefault((r["name"].strip() or text, code), []).append(text)
    capitals = []
    for r in _rows("capitals.csv"):
        code = r["country"].strip()
        names = [w.strip() for w in [r["capital"], *r["variants"].split("|")] if w.strip()]
        live = [n for n in names if (e := lex.names.get(n)) is not None and e.country == code and e.kind == "capital"]
        if live and code not in NOT_STATES:
            capitals.append((live[0], live, code))
    return {"people.csv": people, "institutions.csv": [(t[0], t, c) for (_, c), t in bodies.items()],
            "capitals.csv": capitals}


def run_name_leave_one_out() -> dict[str, dict[str, dict[str, int]]]:
    """Leave-one-out over our name tables: each row group (a person with aliases, a body's names, a capital with
    its variants) is removed from the lexicon and its first name coded (a) alone by the WordNet name fallback
    (``wordplace.name_country``) and (b) in "<name> criticised the plan on Monday." through the real ``nlp`` +
    ``actors`` stages without and with that fallback. Counts per table and setting: ``right`` (the row's
    country recovered), ``wrong`` (another country), ``none``."""
    from spacy.lang.en import English

    from chronicler.actors import wordplace
    from chronicler.actors.lexicon import _person_key, default_lexicon, variant_name
    from chronicler.nlp import wordnet

    if not wordnet.available():
        return {}
    lex = default_lexicon()
    pipe = Pipeline([("nlp", {}), ("actors", {})], start={"text", "clean"})
    first = pipe(AnnotatedDocument(Document(id="warm", source="warm", text="The police came.")))
    names_matcher, _ = lex.matchers(first.nlp.vocab)
    tokenizer = English(vocab=first.nlp.vocab).tokenizer
    lex.person("warm")  # loads the people table
    real = wordplace.name_country
    out: dict[str, dict[str, dict[str, int]]] = {}
    notes: list[str] = []
    for table, groups in _table_groups(lex).items():
        counts = {k: {"right": 0, "wrong": 0, "none": 0} for k in ("alone", "sentence without", "sentence with")}
        out[table] = counts

        def tally(key: str, got: str | None, want: str, name: str) -> None:
            verdict = "none" if got is None else ("right" if got == want else "wrong")
            counts[key][verdict] += 1
            if key != "sentence without" and verdict != "none":
                notes.append(f"  names loo {table} {key} {name!r}: row {want}, coded {got} ({verdict})")

        for name, all_names, code in groups:
            found = real(name)
            tally("alone", found.country if found else None, code, name)
            saved_names = {n: lex.names.pop(n) for n in all_names if n in lex.names}
            keys = {_person_key(n) for n in all_names} | {_person_key(variant_name(n)) for n in all_names}
            saved_people = {k: lex._people.pop(k) for k in keys if k in lex._people}
            in_matcher = [n for n in all_names if n in names_matcher]
            for n in in_matcher:
                names_matcher.remove(n)
            try:
                text = f"{name} criticised the plan on Monday."
                for key, fallback in (("sentence without", lambda _name: None), ("sentence with", real)):
                    wordplace.name_country = fallback
                    adoc = pipe(AnnotatedDocument(Document(id=name, source=name, text=text)))
                    a = actor_at(adoc, 0, len(name)) or place_as_actor(adoc, 0, len(name))
                    tally(key, a.country if a else None, code, name)
            finally:
                wordplace.name_country = real
                lex.names.update(saved_names)
                lex._people.update(saved_people)
                for n in in_matcher:
                    names_matcher.add(n, [tokenizer(n)])
    if os.environ.get("ACTORS_EVAL_NAMES_VERBOSE"):
        print("\n".join(notes))
    return out
