"""Actor coding accuracy.

1. PLOVER GSR (../shared/eval/plover/PLOVER_GSR_CAMEO.txt): each record's sentence is read through the real
   ``nlp`` + ``actors`` stages; each gold source/target actor is located by the record's own markup span
   (``(SRC: ...)``, ``(TAR: ...)``, ``(SRC/TAR: ...)`` — reciprocal ones are listed as sources in the gold) and
   coded with ``actor_at`` on that span. The stage makes no actor mention of a place used as a location ("in
   Tokyo"), but the GSR marks such places as participants; given the gold span, the scorer then codes the place
   with ``place_as_actor`` (a country as itself; a city as its country, its government when named as the capital
   or an embassy's seat, its people when what happens acts on them). Printed: country accuracy and country+sector accuracy for sources,
   targets and all. Sector: the gold's primary (first three letters); a gold actor with no sector must be coded
   with none (a bare country); gold sector "***" is scored for country only. The GSR predates ISO for a few
   codes (JAP, ITL, VTN): mapped to JPN, ITA, VNM. The GSR is split once and for all by record id: even numbers
   are the dev part (only its errors are ever printed or looked at), odd numbers the held-out part, on which the
   goals (country >= 92%, country+sector >= 85%) are judged. The lexicon was partly tuned on the whole GSR before
   this split existed (printed with the figures), so held-out figures are somewhat optimistic.
2. The example corpus (examples/alliance/gold.json ``actors``): every named person must get the right country,
   sector and role on the report's (gold) publication date; organisations and countries are counted as found
   when an actor of the document has the same country and sector and shares a word of the name (its name, aliases
   or the texts that mention it in that document). The gold's own conventions (POL parties, null-country IGOs,
   GOV for states acting and for former office holders) are mapped to PLOVER's by ``plover_gold`` (documented
   there); the gold file itself is left as written.
3. Leave-one-out over our own word lists: each listed single-word actor noun or title is removed (with its other
   listed forms) and coded again, on its own through WordNet (``wordsense.borrow``) and in a short sentence of our
   own through the real stages without and with the WordNet expansion (``ACTORS_EVAL_LOO_VERBOSE=1`` lists the
   words not recovered; ``--loo-only`` prints this section alone). Measures how far sectors generalise beyond the
   lists, without any GSR sentence. "With" includes the learned sector model, trained without the word's fold of
   the lists (``_sector_data``: the shipped model learned from every listed word).
4. Own country probes (eval/data/actor_country_own.tsv): short sentences of our own about 1990-2010 news, each
   with an actor span and its gold country (and sector where clear), coded through the real stages (a place span
   the stage leaves unmentioned is coded with ``place_as_actor``, as for the GSR). Written before looking at our
   name tables, so it measures how far countries generalise beyond them (``ACTORS_EVAL_OWN_VERBOSE=1`` lists the
   misses); a second set (actor_country_own_fresh.tsv, 66 sentences) was written after the changes and never
   tuned on; a blind set on offices and bodies beyond heads of state (actor_country_blind.tsv, issue 6, session 6)
   and its measure-only twin (actor_country_blind_m.tsv, whose misses are never listed), and a measure-only set
   written after that issue's changes (actor_country_blind_after.tsv, misses never listed). The blind actor-SECTOR
   coverage set (actor_sector_blind_f.tsv, session 8: agent nouns and phrases of every PLOVER sector, written before
   the actors code was read), split by its key column into a tune part (misses listed with
   ``ACTORS_EVAL_OWN_VERBOSE=1``) and a measure part (aggregate only); the blind composite-span sector set H
   (actor_sector_blind_h.tsv, session 10: of-phrases, possessives, appositions, coordinations, sector-changing
   modifiers, GSR conventions; every third row measure; ``--sector-h``); the conventions set
   (actor_sector_conventions.tsv, session 11: one row or more per actor-coding convention of the PLOVER manual,
   written from the manual before the actors code was read; every third row measure; ``--sector-conv`` prints its
   tune part, ``--sector-conv-measure`` its measure aggregate only); the blind generalisation set J
   (actor_sector_blind_j.tsv, session 12: agent nouns, titles, multiword heads and bodies named by their function
   that a hand-made list is unlikely to hold, written before the actors code was read; every third row measure;
   ``--sector-j`` prints its tune part, ``--sector-j-measure`` its measure aggregate only). Then a leave-one-out
   over our name tables (people.csv, institutions.csv, capitals.csv): each row's
   names are removed and coded again, alone through the WordNet name fallback and in a short sentence of our own
   through the real stages without and with that fallback (``ACTORS_EVAL_NAMES_VERBOSE=1`` lists the recovered
   and the wrong). Both in eval/_actor_country.py.
5. Real news (eval/_actor_news.py, ``--news-only``; ``--news-misses`` lists the tune misses): two standoff golds of
   actor mentions in Timeline17 articles (eval/data/t17_actors_gold.tsv and the political t17_actors_gold_b.tsv,
   drawn by eval/_t17_actor_sample.py with fixed seeds, labelled before the actors code was read), each article read
   through the real stages with its publication date and each span coded with ``actor_at``; split by article into
   a tune and a measure half.
6. The two development samples (../shared/samples/news) against eval/data/sample_actors.json: every mention of
   every named person must carry the right country, sector and role on the report's date (and, where given,
   on the date of the event they are named in). Run with and without within-document resolution.

Prints "skipped: data absent" and exits 0 when ../shared is missing.
"""

from __future__ import annotations

import dataclasses
import difflib
import json
import os
import re
import sys
from datetime import date
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))
sys.path.insert(0, str(Path(__file__).resolve().parent))

from chronicler.actors.coref import family  # noqa: E402
from chronicler.actors.resolve import actor_at, place_as_actor  # noqa: E402
from chronicler.model import DateInterval, Document  # noqa: E402
from chronicler.pipeline import AnnotatedDocument, Pipeline  # noqa: E402

from _codes import SAME  # noqa: E402
from _gsr_split import actors_part, agreed_part, listable  # noqa: E402
from _actor_news import print_news  # noqa: E402
from _actor_country import (  # noqa: E402
    BLIND_PROBES,
    BLIND_PROBES_AFTER,
    BLIND_PROBES_M,
    OWN_PROBES,
    OWN_PROBES_FRESH,
    SECTOR_BLIND,
    SECTOR_BLIND_H,
    SECTOR_BLIND_J,
    SECTOR_CONVENTIONS,
    forms_by_base,
    run_name_leave_one_out,
    run_own_probes,
)

SHARED = Path(os.environ.get("CHRONICLER_SHARED", ROOT.parent / "shared"))
GSR = SHARED / "eval" / "plover" / "PLOVER_GSR_CAMEO.txt"
SAMPLES = SHARED / "samples" / "news"
OLD_CODES = {"JAP": "JPN", "ITL": "ITA", "VTN": "VNM", **SAME}  # SAME: XKX is our KOS (_codes.py)
MARK = re.compile(r"\((SRC/TAR|SRC|TAR|EVT|LOC):\s*")


def parse_markup(markup: str) -> tuple[str, list[tuple[str, int, int]]]:
    """Plain text and labelled spans ``(label, start, end)`` of a GSR markup string (markers may nest)."""
    out: list[str] = []
    spans: list[tuple[str, int, int]] = []
    stack: list[tuple[str, int]] = []
    depth_plain: list[int] = []  # open non-marker parentheses inside markers
    i = 0
    pos = 0
    while i < len(markup):
        m = MARK.match(markup, i)
        if m:
            stack.append((m.group(1), pos))
            depth_plain.append(0)
            i = m.end()
            continue
        ch = markup[i]
        if ch in "{}":
            i += 1
            continue
        if ch == "(" and stack:
            depth_plain[-1] += 1
        elif ch == ")" and stack:
            if depth_plain[-1] == 0:
                label, start = stack.pop()
                depth_plain.pop()
                end = pos
                while end > start and out[end - 1] == " ":
                    end -= 1
                spans.append((label, start, end))
                i += 1
                continue
            depth_plain[-1] -= 1
        out.append(ch)
        pos += 1
        i += 1
    return "".join(out), spans


def gold_code(code: str | None) -> str | None:
    return OLD_CODES.get(code or "", code)


def gold_sector(sector: str | None) -> str | None:
    return sector[:3].upper() if sector else None


def match_spans(text: str, spans: list[tuple[str, int, int]], actors: list[dict], side: str) -> list[tuple[dict, tuple[int, int] | None]]:
    """Pair each gold actor of ``side`` with the markup span whose text is most like its ``actorText``."""
    labels = {"source": {"SRC", "SRC/TAR"}, "target": {"TAR", "SRC/TAR"}}[side]
    free = [(s, e) for lab, s, e in spans if lab in labels]
    out = []
    for a in actors:
        want = a.get("actorText", "")
        inside = [(s + text[s:e].find(want), s + text[s:e].find(want) + len(want))
                  for s, e in free if want and want in text[s:e] and len(want) < e - s]
        if inside:  # one span listing several actors ("Iran, Libya, North Korea")
            out.append((a, inside[0]))
            continue
        def score(se: tuple[int, int]) -> tuple[bool, float]:
            got = text[se[0]:se[1]].lower()
            same_start = got.split()[:1] == want.lower().split()[:1]
            return same_start, difflib.SequenceMatcher(None, want.lower(), got).ratio()
        best = max(free, key=score, default=None)
        if best is None:
            k = text.find(want)
            best = (k, k + len(want)) if k >= 0 and want else None
        else:
            free.remove(best)
        out.append((a, best))
    return out


def gsr_part(record_id: str) -> str:
    """The fixed split of the GSR: records whose id ends in an even number are development data ("dev"), odd
    ones are held out ("held-out"). Only errors of dev records the events eval does not hold out either are ever
    printed (``ACTORS_EVAL_VERBOSE``; ``eval/_gsr_split.py``)."""
    return actors_part(record_id)


def run_gsr(pipeline: Pipeline, path: Path = GSR) -> dict:
    """Per side: gold actors ``n``, right ``country``, scored for sector ``n_sector``, right country and sector ``both``.

    ``counts["source"]``/``["target"]`` cover every record; ``counts["parts"][part][side]`` the dev and held-out
    parts (:func:`gsr_part`)."""
    records = [r for r in json.loads(path.read_text(encoding="utf-8")) if isinstance(r.get("textInfo"), dict)]
    docs = []
    for r in records:
        text, spans = parse_markup(r["textInfo"]["markup"])
        docs.append((AnnotatedDocument(Document(id=r["id"], source=r["id"], text=text)), spans, r))
    counts: dict = {side: {"n": 0, "country": 0, "both": 0, "n_sector": 0} for side in ("source", "target")}
    counts["parts"] = {part: {side: {"n": 0, "country": 0, "both": 0, "n_sector": 0} for side in ("source", "target")}
                       for part in ("dev", "held-out", "held out by both")}
    misses: list[str] = []
    analysed = pipeline.pipe([d for d, _, _ in docs], batch_size=64)
    for adoc, (_, spans, r) in zip(analysed, docs):
        for side in ("source", "target"):
            gold = r.get(side)
            if not isinstance(gold, list):
                continue
            part = gsr_part(r["id"])
            both = agreed_part(path, r["id"]) == "held-out"
            for g, se in match_spans(adoc.document.text, spans, gold, side):
                pred = (actor_at(adoc, *se) or place_as_actor(adoc, *se)) if se else None
                pc, ps = (pred.country, pred.sector) if pred else (None, None)
                ok_c = pc == gold_code(g.get("code"))
                gs = g.get("sector")
                ok_s = gs != "***" and ok_c and ps == gold_sector(gs)
                for c in (counts[side], counts["parts"][part][side]) + ((counts["parts"]["held out by both"][side],)
                                                                          if both else ()):
                    c["n"] += 1
                    c["country"] += ok_c
                    if gs != "***":
                        c["n_sector"] += 1
                        c["both"] += ok_s
                if gs != "***" and part == "dev" and listable(path, r["id"]):
                    if not ok_s:
                        misses.append(f"{r['id']} {side} {g.get('actorText')!r}: gold {g.get('code')}/{gs} got {pc}/{ps}")
    if os.environ.get("ACTORS_EVAL_VERBOSE"):
        print("\n".join(misses))
    return counts


def pct(a: int, b: int) -> str:
    return f"{100 * a / b:.1f}% ({a}/{b})" if b else "n/a"


def run_samples(resolve: bool, samples: Path = SAMPLES, dating: bool = False) -> tuple[int, int, int, int]:
    """(mentions right, mentions, people all right, people) over the two samples.

    The report's date is the one in eval/data/sample_actors.json, or with ``dating`` the one the ``dating``
    stage infers from the text.
    """
    from chronicler.ingest.run import make_document
    from chronicler.ingest.sources import read_file

    gold = json.loads((ROOT / "eval" / "data" / "sample_actors.json").read_text(encoding="utf-8"))
    stages = [("clean", {})] + ([("dating", {})] if dating else []) + [("nlp", {}), ("actors", {"resolve": resolve})]
    pipe = Pipeline(stages)
    ok_m = n_m = ok_p = n_p = 0
    for name, g in gold.items():
        if name.startswith("_") or not (samples / name).exists():
            continue
        rec = next(r for r in read_file(samples / name, 10**7) if not hasattr(r, "reason"))
        doc = make_document(rec)
        if not dating:
            doc = dataclasses.replace(doc, published=DateInterval.day(date.fromisoformat(g["published"])))
        adoc = pipe(AnnotatedDocument(doc))
        for person in g["people"]:
            surname = person["surname"]
            ms = [m for m in adoc.mentions if m.kind == "name" and re.search(rf"\b{re.escape(surname)}\b", m.text)
                  and (" " not in person.get("name", "") or person["name"].split()[0] in m.text
                       or m.text.strip() == surname)]
            if "name" in person:  # two people share the surname: judge only the mentions naming this one
                ms = [m for m in ms if person["name"].split()[0] in m.text]
            good = 0
            for m in ms:
                a = actor_at(adoc, m.start, m.end)
                right = a is not None and a.country == person["country"] and a.sector == person["sector"] \
                    and family(a.role) == family(person["role"]) and a.role.startswith("former") == person["role"].startswith("former")
                if right and "on" in person:
                    b = actor_at(adoc, m.start, m.end, on=date.fromisoformat(person["on"]))
                    right = b is not None and b.sector == person["then"]["sector"] and family(b.role) == family(person["then"]["role"])
                good += right
                if not right and os.environ.get("ACTORS_EVAL_VERBOSE"):
                    print(f"  sample miss {name} {m.text!r}: {a}")
            ok_m += good
            n_m += len(ms)
            n_p += 1
            ok_p += bool(ms) and good == len(ms)
    return ok_m, n_m, ok_p, n_p


ORG_WORDS = {"party", "force", "forces", "ministry", "department", "agency", "navy", "corps", "council", "committee",
             "court", "nations", "house", "guard", "diet", "army", "government", "office", "union", "states", "japan",
             "china", "russia", "iraq", "korea", "consortium", "parliament", "marine", "marines", "command"}
SECTOR_SAME = {"PTY": "POL"}
#: Gold roles that mean "the state itself" (gold codes a country acting as a state GOV; PLOVER codes it by its
#: country code alone, as the GSR does: "Tokyo" JAP with no sector).
STATE_ROLES = {"government", "country", "state"}


def _same_sector(pred: str | None, gold: str | None) -> bool:
    return SECTOR_SAME.get(pred or "", pred) == SECTOR_SAME.get(gold or "", gold)


def plover_gold(ga: dict) -> tuple[str | None, set[str | None]]:
    """The example gold's codes in PLOVER's convention: (country, acceptable sectors).

    The gold (examples/alliance/gold.json) was written with its own conventions; the scorer maps them, explicitly:
    - sector POL (a party, a party official) is PLOVER's PTY;
    - an IGO has country null and sector IGO in the gold, country "IGO" (any sector of its body) in PLOVER;
    - a country acting as a state ("Japan", role government/country) is GOV in the gold, the bare country code
      (no sector) in PLOVER; a group "<country> government" (GOV) is accepted too;
    - a former office holder is GOV in the gold ("former prime minister"), ELI in PLOVER.
    """
    country, sector, role = ga.get("country"), ga.get("sector"), (ga.get("role") or "").lower()
    if sector == "IGO":
        return "IGO", {"*"}
    if sector == "POL":
        return country, {"PTY"}
    if sector == "GOV" and role.startswith("former "):
        return country, {"ELI"}
    if sector == "GOV" and role in STATE_ROLES:
        return country, {None, "GOV"}
    return country, {sector}


def _sector_ok(pred: str | None, ok: set[str | None]) -> bool:
    return "*" in ok or pred in ok


def _same_role(pred: str | None, gold: str | None) -> bool:
    from chronicler.actors.kbview import canonical_role

    if not pred or not gold:
        return not pred and not gold
    p, g = canonical_role(pred), _gold_role(gold)
    if p.startswith("former ") != g.startswith("former "):
        return False
    p, g = p.removeprefix("former "), g.removeprefix("former ")
    return family(p) == family(g) or g.startswith(p) or p in g


def _gold_role(gold: str) -> str:
    """A free-text gold role as our canonical role: the longest title phrase inside it ("Chinese premier" →
    "prime minister", "State Department spokesman" → "spokesperson"), kept "former"."""
    from chronicler.actors.kbview import canonical_role
    from chronicler.actors.lexicon import default_lexicon

    words = gold.lower().replace(",", " ").split()
    former = words[:1] == ["former"]
    lex = default_lexicon()
    for n in range(len(words), 0, -1):
        for k in range(len(words) - n + 1):
            e = lex.lookup_noun(" ".join(words[k:k + n]))
            if e is not None and e.kind == "title":
                return ("former " if former and e.name != "former" else "") + e.name
    return canonical_role(gold.lower())


def run_examples(resolve: bool = True) -> dict[str, int]:
    """Counts over the example corpus gold: named people right (country, sector, role) and bodies found."""
    from chronicler.ingest.run import make_document
    from chronicler.ingest.sources import read_file

    corpus = ROOT / "examples" / "alliance"
    gold = json.loads((corpus / "gold.json").read_text(encoding="utf-8"))["documents"]
    pipe = Pipeline([("clean", {}), ("nlp", {}), ("actors", {"resolve": resolve})])
    c = {"people": 0, "country": 0, "sector": 0, "role": 0, "all": 0, "bodies": 0, "bodies_found": 0}
    verbose = os.environ.get("ACTORS_EVAL_VERBOSE")
    for g in gold:
        if g.get("broken") or not g.get("actors") or not g.get("published"):
            continue
        fname, _, rid = g["file"].partition("#")
        recs = [r for r in read_file(corpus / fname, 10**8) if not hasattr(r, "reason")]
        rec = next((r for r in recs if not rid or r.source.endswith("#" + rid)), None)
        if rec is None:
            continue
        doc = make_document(rec)
        doc = dataclasses.replace(doc, published=DateInterval.day(date.fromisoformat(g["published"][:10])))
        adoc = pipe(AnnotatedDocument(doc))
        for ga in g["actors"]:
            words = ga["name"].replace(".", "").split()
            is_person = ga["name"][0].isupper() and not ({w.lower() for w in words} & ORG_WORDS) \
                and ga.get("sector") not in {"IGO", "CVL"} and (len(words) > 1 or ga["role"] in {"emperor", "empress"})
            if is_person:
                c["people"] += 1
                cands = [a for a in adoc.actors if a.kind == "person" and a.name.split()[-1:] == words[-1:]]
                a = max(cands, key=lambda x: x.name.split()[:1] == words[:1], default=None)
                gc, gs = plover_gold(ga)
                ok = [a is not None and a.country == gc, a is not None and _sector_ok(a.sector, gs),
                      a is not None and _same_role(a.role, ga["role"])]
                c["country"] += ok[0]
                c["sector"] += ok[0] and ok[1]
                c["role"] += ok[2]
                c["all"] += all(ok)
                if not all(ok) and verbose:
                    print(f"  example miss {g['file']} {ga}: {a and (a.name, a.country, a.sector, a.role)}")
            else:
                c["bodies"] += 1
                want = {w.lower() for w in words} - {"the", "of", "u.s", "us"}
                gc, gs = plover_gold(ga)
                said = {}  # the texts each actor is mentioned by in this document (aliases keep only names)
                for m in adoc.mentions:
                    said.setdefault(m.actor_id, []).append(m.text)
                found = any(a.country == gc and _sector_ok(a.sector, gs)
                            and want & {w.lower().strip(".,") for t in (a.name, *a.aliases, *said.get(a.id, ()))
                                        for w in t.split()}
                            for a in adoc.actors)
                c["bodies_found"] += found
                if not found and verbose:
                    print(f"  example body miss {g['file']} {ga}")
    return c


def _held_out_words(lex) -> list[tuple[str, object, frozenset[str]]]:
    """Every single-word listed actor noun or title with a sector, with the surface forms leaving it out removes
    (the word and every listed form sharing its WordNet base form: "gendarme" takes "gendarmes" with it)."""
    from chronicler.nlp import wordnet

    by_base = forms_by_base(lex)
    out = []
    for t, e in sorted(lex.nouns.items()):
        if " " in t or not e.sector or e.kind not in {"group", "title"} or not t.replace("-", "").isalpha():
            continue
        gone = {t}.union(*(by_base.get(b, set()) for b in wordnet.base_forms(t, "n")))
        out.append((t, e, frozenset(gone)))
    return out


def _template(word: str, kind: str) -> tuple[str, int, int]:
    """Our own short sentence using ``word`` as an actor, and the word's character span in it."""
    from chronicler.nlp import wordnet

    plural = word not in wordnet.base_forms(word, "n")
    if kind == "title" and not plural:
        text = f"{word.capitalize()} Ahmed Karim criticised the plan on Monday."
        return text, 0, len(word)
    text = f"The {word} criticised the plan on Monday."
    return text, 4, 4 + len(word)


def run_leave_one_out() -> dict[str, dict[str, int]]:
    """Leave-one-out over our own lists: each listed single-word actor noun or title (and its other listed forms)
    is removed from the lexicon and coded (a) on its own by ``wordsense.borrow`` and (b) in a short sentence of
    our own through the real ``nlp`` + ``actors`` stages, without and with the WordNet expansion. Counts per
    setting: ``right`` (the listed sector recovered), ``wrong`` (another sector), ``none`` (no sector)."""
    from chronicler.actors import wordsense
    from chronicler.actors.learned.act import using
    from chronicler.actors.lexicon import default_lexicon
    from chronicler.nlp import wordnet
    from _sector_data import fold_of

    if not wordnet.available():
        return {}
    lex = default_lexicon()
    words = _held_out_words(lex)
    counts = {k: {"right": 0, "wrong": 0, "none": 0} for k in ("alone", "sentence without", "sentence with")}
    misses: list[str] = []

    def forget() -> None:
        """Drop what wordsense cached from the lexicon as it was: nouns and adjectives both borrow from it."""
        wordsense._borrow_cached.cache_clear()
        wordsense._borrow_adjective_cached.cache_clear()

    def tally(key: str, got: str | None, want: str | None) -> str:
        verdict = "none" if got is None else ("right" if got == want else "wrong")
        counts[key][verdict] += 1
        return verdict

    for t, e, gone in words:
        got = wordsense.borrow(t, lex, gone)
        if tally("alone", got.sector if got else None, e.sector) != "right":
            misses.append(f"  loo {t!r} listed {e.sector}: borrowed {got and got.sector} ({got and got.note})")
    pipes = {flag: Pipeline([("nlp", {}), ("actors", {"wordnet": flag})], start={"text", "clean"})
             for flag in (False, True)}
    first = pipes[True](AnnotatedDocument(Document(id="warm", source="warm", text="The police came.")))
    _, nouns = lex.matchers(first.nlp.vocab)
    from spacy.lang.en import English

    tokenizer = English(vocab=first.nlp.vocab).tokenizer
    models = _fold_models()
    for t, e, gone in words:
        saved = {g: lex.nouns.pop(g) for g in gone if g in lex.nouns}
        for g in saved:
            nouns.remove(g)
        forget()
        try:
            text, a, b = _template(t, e.kind)
            for flag, key in ((False, "sentence without"), (True, "sentence with")):
                with using(models[fold_of((wordnet.base_forms(t, "n") or [t])[0])], gone):
                    adoc = pipes[flag](AnnotatedDocument(Document(id=t, source=t, text=text)))
                actor = actor_at(adoc, a, b)
                if tally(key, actor.sector if actor else None, e.sector) != "right" and flag:
                    misses.append(f"  loo {text!r} listed {e.sector}: coded {actor and actor.sector}")
        finally:
            for g, entry in saved.items():
                lex.nouns[g] = entry
                nouns.add(g, [tokenizer(g)])
            forget()
    if os.environ.get("ACTORS_EVAL_LOO_VERBOSE"):
        print("\n".join(misses))
    return counts


def _fold_models() -> dict:
    """The learned sector model trained without each word-list fold (``_sector_data``): the leave-one-out asks a
    word of the model that never saw it (the shipped one learned from every listed word)."""
    from _sector_data import LEXICON_FOLDS, TRAIN_SETS, collect, lexicon_words, training_rows
    from chronicler.actors.learned import model as lm

    data = [collect(name, path) for name, path in TRAIN_SETS]
    words = lexicon_words()
    return {k: lm.fit(training_rows(data, words, k)) for k in range(LEXICON_FOLDS)}


def _print_recovered(counts: dict[str, dict[str, int]], n: int, listed: str, other: str) -> None:
    """One line a leave-one-out variant: how often the removed rows got their ``listed`` code back, another
    ``other`` code, or none."""
    for key, c in counts.items():
        print(f"  {key:17} {listed} recovered {pct(c['right'], n)}, another {other} {pct(c['wrong'], n)}, "
              f"none {pct(c['none'], n)}")


def print_sector_blind(pipeline: Pipeline, parts: tuple[str, ...] = ("tune", "measure")) -> None:
    """The blind actor-sector coverage set (eval/data/actor_sector_blind_f.tsv): its tune and (unless asked for the
    tune part only, as ``--dev-only`` does) its measure part, aggregate only."""
    for part in parts:
        own = run_own_probes(pipeline, SECTOR_BLIND, part)
        print(f"actor-sector blind set F ({part}, our sentences): country {pct(own['country'], own['n'])}, "
              f"country+sector {pct(own['both'], own['n_sector'])}")


def print_sector_blind_h(pipeline: Pipeline, parts: tuple[str, ...] = ("tune", "measure")) -> None:
    """The blind composite-span actor-sector set H (eval/data/actor_sector_blind_h.tsv, every third row measure):
    aggregate lines; ``ACTORS_EVAL_OWN_VERBOSE=1`` lists the misses of its tune part only."""
    for part in parts:
        own = run_own_probes(pipeline, SECTOR_BLIND_H, part)
        print(f"actor-sector blind set H ({part}, composite spans, our sentences): country {pct(own['country'], own['n'])}, "
              f"country+sector {pct(own['both'], own['n_sector'])}")


def print_sector_conventions(pipeline: Pipeline, parts: tuple[str, ...] = ("tune",)) -> None:
    """The actor-sector conventions set (eval/data/actor_sector_conventions.tsv, every third row measure): aggregate
    lines; ``ACTORS_EVAL_OWN_VERBOSE=1`` lists the misses of its tune part only."""
    for part in parts:
        own = run_own_probes(pipeline, SECTOR_CONVENTIONS, part)
        print(f"actor-sector conventions set ({part}, PLOVER manual conventions, our sentences): country "
              f"{pct(own['country'], own['n'])}, country+sector {pct(own['both'], own['n_sector'])}")


def print_sector_blind_j(pipeline: Pipeline, parts: tuple[str, ...] = ("tune",)) -> None:
    """The blind actor-sector generalisation set J (eval/data/actor_sector_blind_j.tsv, every third row measure):
    aggregate lines; ``ACTORS_EVAL_OWN_VERBOSE=1`` lists the misses of its tune part only."""
    for part in parts:
        own = run_own_probes(pipeline, SECTOR_BLIND_J, part)
        print(f"actor-sector blind set J ({part}, unlisted wording, our sentences): country "
              f"{pct(own['country'], own['n'])}, country+sector {pct(own['both'], own['n_sector'])}")


def print_word_list_loo() -> None:
    """Section 3 alone: the leave-one-out over our word lists (no GSR, no probe sets, no held-out part)."""
    loo = run_leave_one_out()
    if not loo:
        print("leave-one-out over our word lists: skipped: WordNet absent")
        return
    n = sum(loo["alone"].values())
    print(f"leave-one-out over our word lists ({n} listed single-word actor nouns and titles, each removed with its "
          f"other forms and coded again):")
    _print_recovered(loo, n, "listed sector", "sector")


#: Ambiguous-actor sets scored by ``eval/_ambiguous_s15.score`` (short reports, one scored span each): label -> what
#: the set holds. Each gets ``--ambiguous-LABEL``, ``--ambiguous-LABEL-errors``, ``--ambiguous-LABEL-measure``.
AMBIGUOUS_SETS = {"s15": "ambiguous places and names", "s22": "shared place names, people words, bare groups"}
#: Blind sets in the same layout under their own flag stem: stem -> (file under eval/data, what the set is). Each gets
#: ``--STEM`` (tune part), ``--STEM-errors`` (tune part and its misses), ``--STEM-measure`` (measure aggregate only).
PLACE_SETS = {"places-s23": ("actors_places_blind_s23.tsv",
                             "places set s23 (shared place names told by the report, unions of a profession)")}

#: Blind sets scored by ``eval/_sectors_s16.score`` (one span per sentence, data row i % 3 == 2 measure-only): flag
#: stem -> (the module's path constant, what the set is). Each gets ``--STEM``, ``--STEM-errors``, ``--STEM-measure``.
SECTOR_SETS = {
    "sectors-s25": ("BLIND_S25", "blind set s25 (crowds, professions, factions inside a body, councils and juntas)"),
    "sectors-s24": ("BLIND_S24", "blind set s24 (generic government, party, armed, business and media wording; KB gaps)"),
    "envoys-s23": ("ENVOYS", "envoys set s23 (later offices with no KB type, heads of international bodies)"),
    "attach-s22": ("ATTACH", "attach set s22 (titles, nationality words, appositions that belong to another name)"),
    "offices-s22": ("OFFICES", "offices set s22 (UN ambassadors, court presidents, speakers, spy chiefs, more states)"),
    "ministers-s22": ("MINISTERS", "ministers set s22 (foreign and defence ministers, namesakes, former ministers)"),
    "bodies-s22": ("BODIES", "bodies set s22 (bare-named bodies, names that begin with a kind word)"),
    "sectors-s21": ("CIVIL", "civil set s21 (civil society, religion, labour, kind-word firms, former officials)"),
    "sectors-s20": ("WILD", "wild-wording set s20 (rarer nouns, composites, office holders on a date, papers)"),
    "names-s19": ("NAMES", "names set s19 (no kind word)"),
    "orgs-s18": ("ORGS", "organisations and groups set s18"),
    "titles-s17": ("TITLES", "titles set s17"),
    "blind-s17": ("S17", "blind set s17 (figurative)"),
    "unlisted-s16": ("DATA", "unlisted-words set s16"),
}


def main() -> int:
    import argparse  # ``--help`` prints what is scored instead of running the held-out part

    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--dev-only", action="store_true",
                    help="print the GSR dev part only (no held-out figures) and the news tune half only")
    ap.add_argument("--probes-only", action="store_true",
                    help="score only our own probe sets (no GSR, corpus, samples or leave-one-out)")
    ap.add_argument("--news-only", action="store_true",
                    help="score only the Timeline17 actor gold (real news, eval/data/t17_actors_gold.tsv)")
    ap.add_argument("--news-misses", action="store_true",
                    help="with the news figures, list the misses of its tune half (never the measure half)")
    ap.add_argument("--news-tune-only", action="store_true",
                    help="print the news tune halves only (implies --news-only; the measure half is read at most twice)")
    ap.add_argument("--sector-h", action="store_true",
                    help="score only blind set H (composite actor spans): tune and measure parts, aggregate lines")
    ap.add_argument("--sector-h-tune-only", action="store_true",
                    help="score only set H's tune part (ACTORS_EVAL_OWN_VERBOSE=1 lists its misses)")
    ap.add_argument("--sector-conv", action="store_true",
                    help="score only the conventions set's tune part (ACTORS_EVAL_OWN_VERBOSE=1 lists its misses)")
    ap.add_argument("--sector-conv-measure", action="store_true",
                    help="score only the conventions set's measure part: one aggregate line, misses never listed")
    ap.add_argument("--sector-j", action="store_true",
                    help="score only blind set J's tune part (unlisted agent nouns, titles, multiword heads; "
                         "ACTORS_EVAL_OWN_VERBOSE=1 lists its misses)")
    ap.add_argument("--sector-j-measure", action="store_true",
                    help="score only set J's measure part: one aggregate line, misses never listed")
    ap.add_argument("--loo-only", action="store_true",
                    help="print only section 3, the leave-one-out over our word lists (no GSR, no probe sets)")
    for label, what in AMBIGUOUS_SETS.items():  # sets in the layout of eval/_ambiguous_s15.py
        ap.add_argument(f"--ambiguous-{label}", action="store_true",
                        help=f"score only the ambiguous-actors set {label}'s tune part ({what}; eval/_ambiguous_s15.py)")
        ap.add_argument(f"--ambiguous-{label}-errors", action="store_true",
                        help=f"with --ambiguous-{label}, list the misses of its TUNE part (the measure part is never "
                             f"listed)")
        ap.add_argument(f"--ambiguous-{label}-measure", action="store_true",
                        help=f"score only the ambiguous-actors set {label}'s measure part: one aggregate line, never "
                             f"its rows")
    for stem, (_, what) in PLACE_SETS.items():  # also in the layout of eval/_ambiguous_s15.py
        ap.add_argument(f"--{stem}", action="store_true", help=f"score only the {what}'s tune part")
        ap.add_argument(f"--{stem}-errors", action="store_true", help=f"the {what}'s tune part and its misses")
        ap.add_argument(f"--{stem}-measure", action="store_true", help=f"the {what}'s measure part: one aggregate line")
    ap.add_argument("--gsr-only", action="store_true",
                    help="print only the PLOVER GSR figures (held-out part unless --dev-only); nothing else is scored")
    for stem, (_, what) in SECTOR_SETS.items():  # sets in the layout of eval/_sectors_s16.py
        ap.add_argument(f"--{stem}", action="store_true", help=f"score only the {what}'s tune part")
        ap.add_argument(f"--{stem}-errors", action="store_true", help=f"the {what}'s tune part and its misses")
        ap.add_argument(f"--{stem}-measure", action="store_true", help=f"the {what}'s measure part: one aggregate line")
    args = ap.parse_args()
    for stem, (path_name, _) in SECTOR_SETS.items():
        flag = stem.replace("-", "_")
        measure, errors = getattr(args, f"{flag}_measure"), getattr(args, f"{flag}_errors")
        if getattr(args, flag) or errors or measure:
            import _sectors_s16

            _sectors_s16.score("measure" if measure else "tune", errors, getattr(_sectors_s16, path_name))
            return 0
    for label in AMBIGUOUS_SETS:
        flag = f"ambiguous_{label}"
        measure, errors = getattr(args, f"{flag}_measure"), getattr(args, f"{flag}_errors")
        if getattr(args, flag) or errors or measure:
            import _ambiguous_s15

            path = _ambiguous_s15.SET if label == "s15" else _ambiguous_s15.SET_S22
            _ambiguous_s15.score("measure" if measure else "tune", errors, path=path, label=label)
            return 0
    for stem, (file_name, _) in PLACE_SETS.items():
        flag = stem.replace("-", "_")
        measure, errors = getattr(args, f"{flag}_measure"), getattr(args, f"{flag}_errors")
        if getattr(args, flag) or errors or measure:
            import _ambiguous_s15

            _ambiguous_s15.score("measure" if measure else "tune", errors, path=ROOT / "eval" / "data" / file_name,
                                 label=stem)
            return 0
    if args.sector_h or args.sector_h_tune_only:
        print_sector_blind_h(Pipeline([("nlp", {}), ("actors", {})], start={"text", "clean"}),
                             ("tune",) if args.sector_h_tune_only else ("tune", "measure"))
        return 0
    if args.sector_conv or args.sector_conv_measure:
        print_sector_conventions(Pipeline([("nlp", {}), ("actors", {})], start={"text", "clean"}),
                                 ("measure",) if args.sector_conv_measure else ("tune",))
        return 0
    if args.sector_j or args.sector_j_measure:
        print_sector_blind_j(Pipeline([("nlp", {}), ("actors", {})], start={"text", "clean"}),
                             ("measure",) if args.sector_j_measure else ("tune",))
        return 0
    if args.loo_only:
        print_word_list_loo()
        return 0
    if args.news_only or args.news_tune_only:  # alone, it once ran the whole eval (held-out and measure lines)
        print_news(Pipeline([("nlp", {}), ("actors", {})], start={"text", "clean"}), args.news_misses,
                   ("tune",) if args.news_tune_only else ("tune", "measure"))
        return 0
    if args.probes_only:
        own_pipe = Pipeline([("nlp", {}), ("actors", {})], start={"text", "clean"})
        for path in (OWN_PROBES, OWN_PROBES_FRESH, BLIND_PROBES, BLIND_PROBES_M, BLIND_PROBES_AFTER):
            own = run_own_probes(own_pipe, path)
            print(f"own country probes ({path.relative_to(ROOT)}, our sentences): country "
                  f"{pct(own['country'], own['n'])}, country+sector {pct(own['both'], own['n_sector'])}")
        print_sector_blind(own_pipe, ("tune",))  # the measure part only in a full run
        print_sector_blind_h(own_pipe, ("tune",))
        print_sector_conventions(own_pipe, ("tune",))
        print_sector_blind_j(own_pipe, ("tune",))
        return 0
    if not GSR.exists():
        print("PLOVER GSR: skipped: data absent")
    else:
        pipeline = Pipeline([("nlp", {}), ("actors", {})], start={"text", "clean"})
        counts = run_gsr(pipeline)
        print("PLOVER GSR actor coding (gold sentence and markup span given). Split: records with an even id number "
              "are dev (errors inspected), odd ones held out (goals apply there).\n  Note: the lexicon was partly "
              "tuned on errors of the whole GSR before this split was made, so the held-out figures are optimistic.")
        parts = (("held-out", counts["parts"]["held-out"]), ("dev", counts["parts"]["dev"]), ("whole", counts),
                 ("held out by both (never listed by eval/actors.py or eval/events.py; eval/_gsr_split.py)",
                  counts["parts"]["held out by both"]))
        for label, cs in parts[1:2] if args.dev_only else parts:
            s, t = cs["source"], cs["target"]
            print(f" {label}:")
            for side, c in (("source", s), ("target", t)):
                print(f"  {side:6}  country {pct(c['country'], c['n'])}   country+sector {pct(c['both'], c['n_sector'])}")
            print(f"  all     country {pct(s['country'] + t['country'], s['n'] + t['n'])}   "
                  f"country+sector {pct(s['both'] + t['both'], s['n_sector'] + t['n_sector'])}")
    if args.gsr_only:
        return 0
    own_pipe = Pipeline([("nlp", {}), ("actors", {})], start={"text", "clean"})
    for path in (OWN_PROBES, OWN_PROBES_FRESH, BLIND_PROBES, BLIND_PROBES_M, BLIND_PROBES_AFTER):
        own = run_own_probes(own_pipe, path)
        print(f"own country probes ({path.relative_to(ROOT)}, our sentences): country "
              f"{pct(own['country'], own['n'])}, country+sector {pct(own['both'], own['n_sector'])}")
    print_sector_blind(own_pipe, ("tune",) if args.dev_only else ("tune", "measure"))
    print_sector_blind_h(own_pipe, ("tune",) if args.dev_only else ("tune", "measure"))
    print_sector_conventions(own_pipe, ("tune",) if args.dev_only else ("tune", "measure"))
    print_sector_blind_j(own_pipe, ("tune",) if args.dev_only else ("tune", "measure"))
    from _ambiguous_s15 import score as ambiguous_s15

    for part in ("tune",) if args.dev_only else ("tune", "measure"):
        ambiguous_s15(part)
    print_news(own_pipe, args.news_misses, ("tune",) if args.dev_only else ("tune", "measure"))
    names = run_name_leave_one_out()
    if not names:
        print("leave-one-out over our name tables: skipped: WordNet absent")
    for table, counts in names.items():
        n = sum(counts["alone"].values())
        print(f"leave-one-out over our name tables, {table} ({n} rows of a state, each row's names removed and coded "
              f"again):")
        _print_recovered(counts, n, "country", "country")
    loo = run_leave_one_out()
    if not loo:
        print("leave-one-out over our word lists: skipped: WordNet absent")
    else:
        n = sum(loo["alone"].values())
        print(f"leave-one-out over our word lists ({n} listed single-word actor nouns and titles, each removed with its "
              f"other forms and coded again):")
        _print_recovered(loo, n, "listed sector", "sector")
    for resolve in (True, False):
        c = run_examples(resolve)
        label = "rules" if resolve else "no resolution"
        print(f"example corpus, named people ({label}): country {pct(c['country'], c['people'])}, country+sector "
              f"{pct(c['sector'], c['people'])}, role {pct(c['role'], c['people'])}, all three {pct(c['all'], c['people'])}; "
              f"organisations/countries found {pct(c['bodies_found'], c['bodies'])}")
    if not SAMPLES.is_dir():
        print("samples: skipped: data absent")
    else:
        for resolve in (True, False):
            ok_m, n_m, ok_p, n_p = run_samples(resolve)
            label = "rules" if resolve else "no resolution"
            print(f"samples, named people ({label}): mentions right {pct(ok_m, n_m)}, people all right {pct(ok_p, n_p)}")
        ok_m, n_m, ok_p, n_p = run_samples(True, dating=True)
        print(f"samples, named people (rules, report date from the dating stage): mentions right {pct(ok_m, n_m)}, "
              f"people all right {pct(ok_p, n_p)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
