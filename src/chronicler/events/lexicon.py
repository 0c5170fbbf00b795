"""The event data tables: CAMEO → PLOVER correspondence with Goldstein scores, and the trigger lexicon.

Both are CSV files in ``chronicler/data`` (lines starting with ``#`` are comments), read once per process.
"""

from __future__ import annotations

import csv
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources
from typing import Any


@dataclass(frozen=True)
class CameoCode:
    """One CAMEO code: our short label, its Goldstein score and the PLOVER type/mode/context it maps to."""

    code: str
    label: str
    goldstein: float
    plover: str | None
    mode: str | None
    context: tuple[str, ...]


@dataclass(frozen=True)
class Cue:
    """Conditions a trigger sense places on the trigger token's dependents."""

    prt: frozenset[str] = frozenset()
    prep: frozenset[str] = frozenset()
    obj: frozenset[str] = frozenset()
    comp: bool = False
    subj: frozenset[str] = frozenset()
    xcomp: bool = False  # an infinitive complement with the object as its subject ("told X to leave"), no clause

    @property
    def specific(self) -> int:
        """How many conditions this cue sets (more specific senses are tried first)."""
        return bool(self.prt) + bool(self.prep) + bool(self.obj) + self.comp + bool(self.subj) + self.xcomp


@dataclass(frozen=True)
class TriggerSense:
    """One lexicon row: a lemma of a kind (verb, noun, light) with its event type and CAMEO code."""

    kind: str
    lemma: str
    cue: Cue
    type: str | None
    mode: str | None
    cameo: str | None
    role: str = "act"  # act | matrix | intent | weak


def _rows(name: str) -> list[dict[str, str]]:
    text = resources.files("chronicler").joinpath("data", name).read_text(encoding="utf-8")
    lines = [line for line in text.splitlines() if line.strip() and not line.startswith("#")]
    return list(csv.DictReader(lines))


@lru_cache(maxsize=1)
def cameo_table() -> dict[str, CameoCode]:
    """Every CAMEO code of ``plover_cameo.csv`` by code."""
    out: dict[str, CameoCode] = {}
    for r in _rows("plover_cameo.csv"):
        ctx = tuple(c for c in r["context"].split("|") if c)
        out[r["cameo"]] = CameoCode(r["cameo"], r["label"], float(r["goldstein"]), r["plover"] or None,
                                    r["mode"] or None, ctx)
    return out


#: Word classes a cue can name as ``@class`` ("obj=@forces"): the object nouns that pick a sense.
WORD_CLASSES = {
    "forces": frozenset({
        "troop", "force", "soldier", "army", "division", "brigade", "battalion", "regiment", "unit", "tank",
        "artillery", "warship", "ship", "jet", "aircraft", "warplane", "fighter", "reservist", "marine",
        "paratrooper", "reinforcement", "police", "policeman", "commando", "militia", "contingent", "personnel",
        "navy", "gunboat", "submarine", "destroyer", "frigate", "carrier", "helicopter", "military", "bomber",
        "missile", "infantry", "guard", "gendarme", "armour", "armor", "vehicle", "convoy", "fleet", "squadron"}),
    "agreement": frozenset({
        "deal", "agreement", "accord", "pact", "treaty", "understanding", "consensus", "compromise", "arrangement",
        "settlement", "truce", "ceasefire", "cease-fire", "armistice", "solution", "memorandum", "protocol",
        "framework", "package", "roadmap", "bargain", "entente", "convention", "contract"}),
    "relief": frozenset({
        "aid", "food", "medicine", "supply", "relief", "water", "fuel", "tent", "blanket", "assistance", "rice",
        "grain", "flour", "shelter", "drug", "vaccine", "ration", "generator", "clothing"}),
    # Weapons and munitions: what "shipped", "delivered" or "transferred" hands over as military aid.
    "arms": frozenset({
        "weapon", "arm", "missile", "shell", "ammunition", "munition", "rocket", "artillery", "howitzer", "drone",
        "tank", "jet", "warplane", "fighter", "helicopter", "gunboat", "rifle", "gun", "grenade", "interceptor",
        "launcher", "bomb", "mortar", "armour", "armor", "warship", "patrol", "submarine", "torpedo", "mine"}),
    # What a characterisation says of an act or a statement: "called the raid barbaric", "branded the vote a farce"
    # condemn it (ACCUSE); "described the charges as baseless" dismisses them (REJECT).
    "condemning": frozenset({
        "irresponsible", "provocative", "provocation", "barbaric", "barbarous", "cowardly", "outrageous", "criminal",
        "illegal", "illegitimate", "aggression", "aggressive", "hostile", "reckless", "regrettable", "deplorable",
        "shameful", "atrocious", "heinous", "inhumane", "inhuman", "brutal", "despicable", "insult", "insulting",
        "interference", "violation", "crime", "massacre", "genocide", "farce", "sham", "terrorist", "terrorism",
        "outrage", "disgrace", "disgraceful", "scandalous", "abhorrent", "unjust", "unjustified", "unwarranted",
        "intolerable", "vicious", "savage", "treacherous", "betrayal", "blackmail", "piracy", "act of war"}),
    "dismissive": frozenset({
        "baseless", "groundless", "unfounded", "absurd", "nonsense", "ridiculous", "fabrication", "lie", "false",
        "untrue", "slander", "slanderous", "propaganda", "ludicrous", "preposterous", "fiction", "fabricated",
        "invention", "smear", "libel", "rubbish"}),
    "money": frozenset({
        "dollar", "euro", "pound", "yen", "franc", "mark", "rupee", "yuan", "million", "billion", "fund", "funding",
        "tranche", "aid", "loan", "credit", "grant", "assistance", "payment", "instalment", "installment", "money",
        "cash", "package", "disbursement"}),
}


def _complement_rows() -> list[dict[str, str]]:
    return _rows("event_complements.csv")


# The object classes of ``event_complements.csv`` join the word classes, so a lexicon cue may name them too.
WORD_CLASSES.update({r["lemma"]: frozenset(r["class"].split("|")) for r in _complement_rows() if r["kind"] == "class"})


#: American endings of the lexicon and their British spellings ("recognize" → "recognise", "defense" → "defence").
SPELLINGS = (("ize", "ise"), ("izing", "ising"), ("ization", "isation"), ("izations", "isations"), ("yze", "yse"),
             ("vor", "vour"), ("nor", "nour"), ("bor", "bour"), ("mor", "mour"), ("ense", "ence"))


def spelling_variants(word: str) -> list[str]:
    """The word and its British spelling when the lexicon gives the American one."""
    out = [word]
    for us, gb in SPELLINGS:
        if word.endswith(us) and len(word) > len(us) + 2:
            out.append(word[: -len(us)] + gb)
    return out


def _values(text: str) -> frozenset[str]:
    out: set[str] = set()
    for v in (v.strip().lower() for v in text.split("|")):
        if v.startswith("@"):
            out |= {w for c in WORD_CLASSES[v[1:]] for w in spelling_variants(c)}
        elif v:
            out.update(spelling_variants(v))
    return frozenset(out)


#: The value set of a condition a cue does not set.
NO_VALUES: frozenset[str] = frozenset()


def _cue(text: str, shared: dict[Any, Any] | None = None) -> Cue:
    """The cue of a lexicon row's ``cue`` column; with ``shared``, equal value sets and equal cues are one object
    each (the table is kept for the whole process: ~1,650 rows would otherwise hold ~8,000 objects that every full
    collection of the garbage collector walks, most of them empty sets)."""
    shared = {} if shared is None else shared
    parts: dict[str, frozenset[str]] = {}
    comp = xcomp = False
    for item in filter(None, (p.strip() for p in text.split(";"))):
        if item in ("comp", "xcomp"):
            comp, xcomp = comp or item == "comp", xcomp or item == "xcomp"
            continue
        key, _, values = item.partition("=")
        found = _values(values)
        parts[key.strip()] = shared.setdefault(found, found)
    cue = Cue(parts.get("prt", NO_VALUES), parts.get("prep", NO_VALUES), parts.get("obj", NO_VALUES), comp,
              parts.get("subj", NO_VALUES), xcomp)
    return shared.setdefault(cue, cue)


@lru_cache(maxsize=1)
def trigger_lexicon() -> dict[tuple[str, str], tuple[TriggerSense, ...]]:
    """Trigger senses by ``(kind, lemma)``, most specific cue first."""
    table: dict[tuple[str, str], list[TriggerSense]] = {}
    shared: dict[Any, Any] = {}
    for r in _rows("event_triggers.csv"):
        sense = TriggerSense(r["kind"], r["lemma"].lower(), _cue(r["cue"], shared), r["type"] or None,
                             r["mode"] or None, r["cameo"] or None, r["role"] or "act")
        for spelling in spelling_variants(sense.lemma):
            table.setdefault((sense.kind, spelling), []).append(sense)
    return {k: tuple(sorted(v, key=lambda s: -s.cue.specific)) for k, v in table.items()}


@lru_cache(maxsize=1)
def complement_readings() -> dict[str, tuple[TriggerSense, ...]]:
    """The verb readings of ``event_complements.csv`` by verb lemma: a verb with a particle and an object class
    (and a subject class), typed by them ("rolled back the curfew" CONCEDE, "cut interest rates" no event).
    Kept apart from :func:`trigger_lexicon`, so that they neither list a verb nor lend a type to WordNet loans."""
    table: dict[str, list[TriggerSense]] = {}
    shared: dict[Any, Any] = {}
    for r in _complement_rows():
        if r["kind"] != "reading":
            continue
        parts = [f"prt={r['prt']}" if r["prt"] else "", f"obj=@{r['class']}" if r["class"] != "-" else "",
                 f"subj=@{r['subj']}" if r["subj"] else ""]
        sense = TriggerSense("verb", r["lemma"].lower(), _cue(";".join(p for p in parts if p), shared),
                             r["type"] or None, r["mode"] or None, r["cameo"] or None, "act")
        table.setdefault(sense.lemma, []).append(sense)
    return {k: tuple(v) for k, v in table.items()}


def with_complements(lemma: str, senses: tuple[TriggerSense, ...]) -> tuple[TriggerSense, ...]:
    """A verb's lexicon rows with its complement readings, most specific first (a lexicon row before a reading
    with as many conditions)."""
    extra = complement_readings().get(lemma, ())
    if not extra:
        return senses
    return tuple(sorted(senses + extra, key=lambda s: -s.cue.specific))


def goldstein(cameo: str | None) -> float | None:
    """The Goldstein score of a CAMEO code (None for an unknown code)."""
    row = cameo_table().get(cameo or "")
    return row.goldstein if row else None


def cameo_context(cameo: str | None) -> tuple[str, ...]:
    """The PLOVER contexts our table gives a CAMEO code."""
    row = cameo_table().get(cameo or "")
    return row.context if row else ()
