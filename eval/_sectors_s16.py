"""Scorer of the blind set of actor words no list holds (issue 6, session 16): eval/data/actor_sectors_unlisted_s16.tsv.

Each row is one sentence of our own with one actor span whose head word is in none of our lists; it is read through
nlp + actors and the span coded with ``actor_at`` (as the other own sets). Gold country "-" means the sentence gives
none (right when we give none), gold sector "-" no sector. Split by the fixed rule of the file's header: data row i
with i % 3 == 2 is MEASURE (one aggregate line, misses never listed), the others TUNE. Imported by eval/actors.py
(``--unlisted-s16``, ``--unlisted-s16-errors``, ``--unlisted-s16-measure``); with ``path=S17`` it scores the
blind set s17, eval/data/actor_sectors_blind_s17.tsv (``--blind-s17``, ``--blind-s17-errors``, ``--blind-s17-measure``);
with ``path=TITLES`` the titles set s17, eval/data/actor_titles_s17.tsv (``--titles-s17[-errors|-measure]``); with
``path=ORGS`` the organisations set s18, eval/data/actor_orgs_blind_s18.tsv (``--orgs-s18[-errors|-measure]``); with
``path=NAMES`` the names set s19, eval/data/actor_names_blind_s19.tsv (``--names-s19[-errors|-measure]``); with
``path=MINISTERS`` the ministers set s22, eval/data/actor_ministers_blind_s22.tsv (``--ministers-s22[-errors|-measure]``;
its family "second" scores the span's last occurrence); with
``path=BODIES`` the bodies set s22, eval/data/actor_bodies_blind_s22.tsv (``--bodies-s22[-errors|-measure]``); with
``path=OFFICES`` the offices set s22, eval/data/actor_offices_blind_s22.tsv (``--offices-s22[-errors|-measure]``,
family "second" likewise); with ``path=ATTACH`` the attach set s22, eval/data/actor_attach_blind_s22.tsv
(``--attach-s22[-errors|-measure]``, family "second" likewise); with ``path=ENVOYS`` the envoys set s23,
eval/data/actor_envoys_blind_s23.tsv (``--envoys-s23[-errors|-measure]``, family "second" likewise); with ``path=BLIND_S24`` the blind set s24,
eval/data/actor_sectors_blind_s24.tsv (``--sectors-s24[-errors|-measure]``); with ``path=BLIND_S25`` the blind set s25,
eval/data/actor_sectors_blind_s25.tsv (``--sectors-s25[-errors|-measure]``).
"""

from __future__ import annotations

from collections import Counter
from datetime import date
from pathlib import Path

from chronicler.actors.resolve import actor_at, place_as_actor
from chronicler.model import DateInterval, Document
from chronicler.pipeline import AnnotatedDocument, Pipeline

DATA = Path(__file__).resolve().parent / "data" / "actor_sectors_unlisted_s16.tsv"
# The blind set s17 (figurative, celebrity and misfiled people nouns) has the same layout and split rule.
S17 = DATA.with_name("actor_sectors_blind_s17.tsv")
# The titles set s17 (people-noun words inside names vs real titles) has the same layout and split rule.
TITLES = DATA.with_name("actor_titles_s17.tsv")
# The organisations and groups set s18 (named bodies and collective nouns) has the same layout and split rule.
ORGS = DATA.with_name("actor_orgs_blind_s18.tsv")
# The names set s19 (names with no kind word: parties, media, charities, a name's own country) has the same layout.
NAMES = DATA.with_name("actor_names_blind_s19.tsv")
# The wild-wording set s20 (rarer nouns, composite spans, office holders named on a date, foreign papers).
WILD = DATA.with_name("actor_sectors_wild_s20.tsv")
# The civil set s21 (civil society, religion, education, labour, firms with kind-word names, former officials).
CIVIL = DATA.with_name("actor_sectors_civil_s21.tsv")
# The ministers set s22 (foreign and defence ministers named, titled, bare, in a second mention; namesakes, former).
MINISTERS = DATA.with_name("actor_ministers_blind_s22.tsv")
# The offices set s22 (UN ambassadors, court presidents, speakers, intelligence chiefs, heads of states the KB lacked).
OFFICES = DATA.with_name("actor_offices_blind_s22.tsv")

# The attach set s22 (a title, nationality word or apposition codes its own name, not a neighbouring one).
ATTACH = DATA.with_name("actor_attach_blind_s22.tsv")

# The bodies set s22 (bare-named bodies told by a cue noun, an apposition or a statement; names opening with a kind word).
BODIES = DATA.with_name("actor_bodies_blind_s22.tsv")

# The envoys set s23 (later offices with no KB type, heads of international organisations, more defence ministers).
ENVOYS = DATA.with_name("actor_envoys_blind_s23.tsv")

# The blind set s24 (generic government, party, armed-group, business and media wording; USAID, national security
# councils, defence ministers the KB lacked, small namesakes with a qualifier).
BLIND_S24 = DATA.with_name("actor_sectors_blind_s24.tsv")

# The blind set s25 (crowds, professions, factions inside a body, councils and juntas).
BLIND_S25 = DATA.with_name("actor_sectors_blind_s25.tsv")


def rows(part: str, path: Path = DATA) -> list[list[str]]:
    """The data rows of ``part`` ("tune" or "measure") in file order: sentence, span, country, sector, date, family."""
    data = [line.split("\t") for line in path.read_text(encoding="utf-8").splitlines()
            if line.strip() and not line.startswith("#")]
    return [r for i, r in enumerate(data) if ("measure" if i % 3 == 2 else "tune") == part]


def _gold(code: str) -> str | None:
    return None if code == "-" else code


def score(part: str = "tune", errors: bool = False, path: Path = DATA) -> dict[str, int]:
    """Print and return the counts of ``part``: rows, right country, right sector, right both, and per family right
    both; with ``errors`` (tune only) list the misses."""
    if part != "tune":
        errors = False  # the measure part is never listed
    data = rows(part, path)
    pipe = Pipeline([("nlp", {}), ("actors", {})], start={"text", "clean"})
    docs = [AnnotatedDocument(Document(id=f"s16u{i}", source=f"s16u{i}", text=r[0],
                                       published=DateInterval.day(date.fromisoformat(r[4])) if r[4] else None))
            for i, r in enumerate(data)]
    c: Counter = Counter()
    fam_n: Counter = Counter()
    fam_ok: Counter = Counter()
    misses = []
    for adoc, (text, span, country, sector, _when, family) in zip(pipe.pipe(docs, batch_size=64), data):
        # family "second" (ministers, offices, attach sets s22, envoys s23): the span is the surname's later
        # mention, after a titled first one
        a = text.rfind(span) if family == "second" else text.find(span)
        if a < 0:
            raise ValueError(f"{path.name}: span {span!r} not in {text!r}")
        pred = actor_at(adoc, a, a + len(span)) or place_as_actor(adoc, a, a + len(span))
        pc, ps = (pred.country, pred.sector) if pred else (None, None)
        ok_c, ok_s = pc == _gold(country), ps == _gold(sector)
        c["n"] += 1
        c["country"] += ok_c
        c["sector"] += ok_s
        c["both"] += ok_c and ok_s
        fam_n[family] += 1
        fam_ok[family] += ok_c and ok_s
        if not (ok_c and ok_s):
            misses.append(f"  {span!r} in {text!r}: gold {country}/{sector} got {pc}/{ps}"
                          f"{f' ({pred.confidence:.2f})' if pred is not None else ''}")
    n = c["n"] or 1
    name = {S17: "blind set s17", TITLES: "titles set s17", ORGS: "orgs set s18",
            NAMES: "names set s19", WILD: "wild-wording set s20",
            CIVIL: "civil set s21", MINISTERS: "ministers set s22",
            BODIES: "bodies set s22", OFFICES: "offices set s22",
            ATTACH: "attach set s22", ENVOYS: "envoys set s23",
            BLIND_S24: "blind set s24", BLIND_S25: "blind set s25"}.get(path, "unlisted actor words s16")
    print(f"{name} ({part}, our sentences): country {c['country']}/{c['n']} = "
          f"{100 * c['country'] / n:.1f}%, sector {c['sector']}/{c['n']} = {100 * c['sector'] / n:.1f}%, "
          f"country+sector {c['both']}/{c['n']} = {100 * c['both'] / n:.1f}%")
    print("  " + "; ".join(f"{f} {fam_ok[f]}/{fam_n[f]}" for f in sorted(fam_n)))
    if errors:
        print("\n".join(misses))
    return dict(c)
