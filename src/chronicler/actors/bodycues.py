"""A named body told by the kind noun beside it (issue 6, session 22).

Wire copy names a body once with the kind of body it is, and never again: "the union IG Metall", "the Warsaw
pollster CBOS", "Taiwan's chipmaker TSMC" (a kind noun right before the name), "Bruegel, a Brussels-based think
tank", "Admiral Group, the British car insurer" (a kind noun in apposition), "Orlen said in a statement that the
Polish refiner would ..." (the kind noun taking up the name that spoke). A reader takes the body's kind from that
noun and its country from the noun's own place or nationality word, whatever the name's words say: a title that
opens it ("Admiral", "General", "Cardinal"), a kind word that opens it ("Ministry of Supply", "Government
Accountability Project"), a part that is a listed paper ("The Guardian" in "The Guardian Angels"), a place-like or
person-like name spaCy guessed. Names our tables or the KB know keep their codes (they are institutions or people).

:func:`cue_components` (called from ``extract.components``) makes such a name one organisation component;
:func:`cued_bodies` (in ``stage.py``, after the conventions and the name-kind cues) gives it the cue's sector and
country and links the kind noun's own mention to it. The kind nouns are in ``data/body_kinds.csv``.
"""

from __future__ import annotations

import csv
from bisect import bisect_right
from collections.abc import Callable
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources
from typing import Any

import numpy

from chronicler.actors.roots import span_root
from chronicler.actors.comps import Comp
from chronicler.actors.lexicon import Entry
from chronicler.nlp.memo import token_indices, token_strings

#: Verbs whose subject a later "the <kind noun>" in what they say takes up ("X said that the union would ...").
SPEECH = frozenset({"say", "announce", "tell", "state", "confirm", "deny", "warn", "add", "insist", "report"})
#: Entity tags of runs that are no name of a body ("the company Friday said").
NOT_NAMES = frozenset({"DATE", "TIME", "CARDINAL", "ORDINAL", "MONEY", "PERCENT", "QUANTITY"})
#: Component kinds that place a kind noun ("a Boston clothing brand", "a Lagos maker of desks").
PLACE_KINDS = frozenset({"country", "demonym", "capital", "city"})
#: Component kinds of a name the cue re-reads (an unknown organisation, person, place-like or people-like tag).
NAME_KINDS = frozenset({"org", "person", "gpe", "norp"})


@dataclass(frozen=True)
class Kind:
    """A kind noun's row: its sector (None: the lexicon's for the whole cue), country (NGO or None), and whether
    the noun also names a person."""

    sector: str | None
    country: str | None
    person: bool


@lru_cache(maxsize=1)
def kinds() -> dict[str, Kind]:
    """``data/body_kinds.csv`` by noun (lower case)."""
    raw = resources.files("chronicler").joinpath("data", "body_kinds.csv").read_text(encoding="utf-8")
    lines = [ln for ln in raw.splitlines() if ln.strip() and not ln.lstrip().startswith("#")]
    return {r["noun"]: Kind(r["sector"] or None, r["country"] or None, r["person"] == "1")
            for r in csv.DictReader(lines)}


def kind_of(tok: Any) -> tuple[str, Kind] | None:
    """(the matched words, the row) when the lower-case singular noun ``tok`` with the words before it names a kind
    of body ("think tank", "union", "news site"), else None."""
    if tok.pos_ != "NOUN" or not tok.text.islower() or tok.tag_ != "NN":
        return None
    words = [t.lower_ for t in tok.doc[max(tok.i - 2, 0):tok.i + 1] if t.is_alpha or "-" in t.text]
    table = kinds()
    for n in (2, 1):
        key = " ".join(words[-n:])
        if len(words) >= n and key in table and key.split()[-1] == tok.lower_:
            return key, table[key]
    return None


def _run(sdoc: Any, s: int, e: int) -> tuple[int, int]:
    """The name's tokens without a leading article."""
    while s < e and sdoc[s].lower_ in {"the", "a", "an"}:
        s += 1
    return s, e


def _in_run(t: Any, s: int, e: int) -> bool:
    return s <= t.i < e


def _next_to(sdoc: Any, a: int, b: int) -> bool:
    """True when only punctuation (a comma, a dash) lies between tokens ``a`` and ``b``: an apposition beside the
    name, not one after a body the name belongs to ("X of the Federation ..., a Paris-based group")."""
    return all(t.is_punct for t in sdoc[a:b])


def cue_of(sdoc: Any, s: int, e: int) -> tuple[Any, Kind, str] | None:
    """(the kind noun's token, its row, how it is bound) for the name at tokens ``[s, e)``: a kind noun just before
    it in its noun phrase, in apposition to it (either way round), or as "the <noun>" in what it is the subject of
    saying; else None."""
    root = span_root(sdoc, s, e)
    if s > 0:
        before = sdoc[s - 1]
        found = kind_of(before)
        same_phrase = _in_run(before.head, s, e) or root.head.i == before.i or (
            before.head.i == root.head.i and before.dep_ == root.dep_)
        if found is not None and same_phrase:
            return before, found[1], f"{found[0]!r} before the name"
    appos = next((c for c in root.children if c.dep_ == "appos" and c.i >= e), None)
    if appos is not None and _next_to(sdoc, e, appos.left_edge.i):  # the first apposition, right after the name
        found = kind_of(appos)
        if found is not None:
            return appos, found[1], f"{found[0]!r} in apposition"
    if root.dep_ == "appos" and root.head.i < s and _next_to(sdoc, root.head.i + 1, root.left_edge.i):
        found = kind_of(root.head)
        if found is not None:
            return root.head, found[1], f"{found[0]!r} in apposition"
    if root.dep_ == "nsubj" and root.head.lemma_.lower() in SPEECH:
        for t in root.head.subtree:
            if t.i < e or t.dep_ not in {"nsubj", "nsubjpass", "poss"}:
                continue
            found = kind_of(t)
            if found is not None and any(c.dep_ == "det" and c.lower_ == "the" for c in t.children) \
                    and not (t.i + 1 < len(sdoc) and sdoc[t.i + 1].text[:1].isupper()):
                return t, found[1], f"'the {found[0]}' taking up the name"
    return None


@lru_cache(maxsize=1)
def _kind_heads() -> frozenset[str]:
    """The last word of every kind of body: :func:`kind_of` finds a kind only at a token with one of these."""
    return frozenset(key.split()[-1] for key in kinds())


def _cue_reach(sdoc: Any) -> Callable[[int, int], bool]:
    """A test of whether :func:`cue_of` can find a cue for the name at tokens ``[s, e)``: False when no token that
    may be a kind noun (one of :func:`_kind_heads`) is the token before the name or lies in a sentence the name
    touches. Every token ``cue_of`` reads but the one before the name is the name's root's head, child or one of
    the subtree of its head, all in the root's sentence (a parse links no tokens across sentences)."""
    doc = getattr(sdoc, "spacy_doc", sdoc)
    if not len(doc):
        return lambda s, e: False
    heads = token_indices(doc, "LOWER", _kind_heads())  # the Doc's LOWER column, read once per Doc anyway
    if not heads:
        return lambda s, e: False
    # the sentences as ``Doc.sents`` cuts them: at the first token and at every token marked a sentence start
    flags = doc.to_array("SENT_START")
    flags[0] = 1
    starts = numpy.flatnonzero(flags == 1).tolist()
    marked = set(numpy.searchsorted(starts, heads, side="right").tolist())
    at = frozenset(heads)
    return lambda s, e: (s - 1) in at or any(k in marked for k in range(bisect_right(starts, s),
                                                                         bisect_right(starts, e - 1) + 1))


def _known(text: str, lex: Any) -> bool:
    """True when the tables or the KB know ``text`` as a person or a body."""
    from chronicler.actors import kbview

    return lex.lookup_name(text) is not None or lex.person(text) is not None or bool(kbview.terms_for_name(text))


#: The part of speech a name's run starts with.
PROPER = frozenset({"PROPN"})


def _candidate_runs(sdoc: Any) -> list[tuple[int, int]]:
    """Runs of capitalised words (a name's tokens, joined by "of", "&", "and", a hyphen or a number after them)."""
    runs, i = [], 0
    # the tokens' strings from the per-Doc columns: no Token is made but for a number's like_num and a "the"
    pos, text, lower = (token_strings(sdoc, a) for a in ("POS", "ORTH", "LOWER"))
    n = len(pos)
    for start in token_indices(sdoc, "POS", PROPER):  # a run starts at a proper noun: only those are visited
        if start < i:
            continue  # inside the run just taken, or the owner's "'s" after it
        if not text[start][:1].isupper() or lower[start] == "the" and sdoc[start].is_sent_start:
            continue
        s, e = start, start + 1
        while e < n and (pos[e] == "PROPN" and (text[e][:1].isupper() or sdoc[e].like_num)
                         or text[e] in {"&", "-"} and e + 1 < n and pos[e + 1] == "PROPN"
                         or lower[e] == "of" and e + 1 < n and pos[e + 1] == "PROPN" and text[e + 1][:1].isupper()):
            e += 1
        if e < n and lower[e] in {"'s", "’s"}:
            i = e + 1  # "Taiwan's chipmaker": an owner, not the named body
            continue
        runs.append((s, e))
        i = e
    return runs


def cue_components(sdoc: Any, cands: list[Comp], lex: Any) -> list[Comp]:
    """``cands`` with one organisation component for each name a kind noun tells a body (see the module's
    docstring), and for the report's other mentions of that name: the components inside the name (a title, a group
    word, a listed paper in a longer name, a person or place guess) give way to it; a name the tables or the KB
    know, or one a longer component covers, is left."""
    out = list(cands)
    runs = _candidate_runs(sdoc)
    told = set()
    may_cue = _cue_reach(sdoc)
    for s, e in runs:
        if not may_cue(s, e):
            continue  # no kind noun in reach: cue_of would find none (asked first, it builds no Span or Token)
        cue = cue_of(sdoc, s, e)
        if cue is None:
            continue
        tags = [t.ent_type_ for t in sdoc[s:e]]
        if set(tags) & NOT_NAMES or "PERSON" in tags and cue[2].endswith("taking up the name") \
                or tags.count("PERSON") > 1 and cue[1].person:
            continue  # "Smith said the union would ...": a person speaking of a body; "the trader Nick Leeson"
        claimed = _claim(sdoc, s, e, out, lex)
        if claimed is None:
            continue
        out = claimed
        told.add(sdoc[s:e].text)
        tok, row, _why = cue
        if row.sector is not None and not row.person and not any(c.start <= tok.i < c.end for c in out):
            # a kind noun no list holds ("chipmaker", "pollster"): its own group mention, linked to the name later
            n = len(kind_of(tok)[0].split())  # type: ignore[index]
            k = tok.i - n + 1 if not any(c.start <= tok.i - n + 1 < c.end for c in out) else tok.i
            out.append(Comp(k, tok.i + 1, "group", sdoc[k:tok.i + 1].text,
                            Entry("group", sdoc[k:tok.i + 1].text, None, row.sector, "", 0.7, "a kind of body")))
    # "Union Ferrona cut jobs ... the Spanish steelmaker Union Ferrona": the same body (no name told: none to find)
    for s, e in runs if told else ():
        if sdoc[s:e].text in told and not any(c.start == s and c.end == e and c.kind == "org" for c in out):
            out = _claim(sdoc, s, e, out, lex) or out
    return out


def _claim(sdoc: Any, s: int, e: int, out: list[Comp], lex: Any) -> list[Comp] | None:
    """``out`` with an organisation component over tokens ``[s, e)`` in place of the components inside it; None
    when the tables or the KB know the name or a component reaches out of it."""
    text = sdoc[s:e].text
    if _known(text, lex) or any(c.start <= s and c.end >= e and (c.entry is not None or c.end - c.start > e - s)
                                for c in out if c.kind not in NAME_KINDS or c.entry is not None):
        return None  # a listed body or person, or a longer name around it
    inside = [c for c in out if c.start < e and c.end > s]
    if any(c.end > e or c.start < s - 1 for c in inside):
        return None  # a component reaching out of the name: the tagger or the tables saw another span
    return [c for c in out if c not in inside] + [Comp(s, e, "org", text)]


def _cue_sector(key: str, row: Kind, lex: Any, kind: Any) -> str | None:
    """The sector a kind noun gives: its own mention's when the words around it changed the noun's listed one ("a
    pro-government militia": the conventions' PRM), else its row's, else its mention's or the lexicon's for the
    matched words ("rights group": NGO)."""
    if kind is not None and kind.sector and kind.phrase.head.entry is not None \
            and kind.sector != kind.phrase.head.entry.sector:
        return kind.sector
    if row.sector is not None:
        return row.sector
    if kind is not None and kind.sector:
        return kind.sector
    e = lex.lookup_noun(key)
    if e is None:
        return None
    return e.sector or ("NGO" if e.country == "NGO" else None)


#: Words before a kind noun that make a non-governmental body an international one ("the international charity X").
INTERNATIONAL = frozenset({"international", "global", "worldwide", "multinational"})


def _state(x: Any) -> bool:
    return x is not None and x.country not in {None, "NGO", "IGO"} and not any("guessed" in e for e in x.evidence)


def _place_of(tok: Any, kind: Any, by_token: dict, d: Any) -> Any:
    """The draft that places the kind noun ``tok``: its own phrase when a state or place word in it gave the
    country ("a Brussels-based think tank"), else a place or nationality among its words ("a Boston clothing brand",
    "a polling company based in Santiago de Compostela"); None when none does."""
    if _state(kind):
        return kind
    for t in tok.subtree:
        x = by_token.get(t.i)
        if x is not None and x is not d and x is not kind and x.phrase.head.kind in PLACE_KINDS and _state(x):
            return x
    return None


def cued_bodies(drafts: list, sdoc: Any) -> None:
    """An unknown name told a body by a kind noun takes the noun's sector (its row's, else the lexicon's for the
    whole cue; a non-governmental body no state or "international" word places is civil society), and the
    country the kind noun's own words give when the name's own words give none (or only WordNet's guess); the kind
    noun's mention is linked to it. In place."""
    from chronicler.actors.draft import _set_country
    from chronicler.actors.lexicon import default_lexicon

    if sdoc is None:
        return
    lex = default_lexicon()
    by_token = {i: d for d in drafts for i in range(d.phrase.start, d.phrase.end)}
    told: dict[str, tuple[Any, str]] = {}  # name -> the first draft a kind noun told, and how
    for d in drafts:
        h = d.phrase.head
        if d.kind != "organization" or h.kind != "org" or h.entry is not None or d.known_body:
            continue
        cue = cue_of(sdoc, *_run(sdoc, h.start, h.end))
        if cue is None:
            continue
        tok, row, why = cue
        found = kind_of(tok)
        kind = by_token.get(tok.i)  # the kind noun's own mention, when it heads one
        kind = kind if kind is not None and kind is not d and kind.phrase.head.start <= tok.i < kind.phrase.head.end \
            else None
        sector = _cue_sector(found[0], row, lex, kind) if found else row.sector
        abroad = any(t.lower_ in INTERNATIONAL for t in tok.lefts)
        if sector == "NGO":  # a non-governmental body: an international one, else civil society
            sector = None if abroad else "SOC"
        if sector is not None and sector != d.sector:
            d.evidence.append(f"sector {sector} from {why} (was {d.sector})")
            d.sector = sector
        elif sector is None and abroad:
            d.sector = None
        own = d.country is not None and not any("wordnet" in e or "guessed" in e for e in d.evidence)
        if abroad and not own:
            _set_country(d, "NGO", 0.7, f"an international body: {why}")
        elif not own:
            place = _place_of(tok, kind, by_token, d)
            if place is not None:
                _set_country(d, place.country, min(place.country_conf, 0.8), f"{place.text!r}: {why}")  # type: ignore[arg-type]
        if kind is not None and kind.kind in {"group", "organization"}:
            kind.link = d
        told.setdefault(h.text, (d, why))
    _same_name(drafts, told)


def _same_name(drafts: list, told: dict) -> None:
    """The report's other mentions of a name a kind noun told a body ("the US company Union Carbide" ... "Union
    Carbide"): the same body, whatever a kind word opening the name says ("Union": labour) and wherever the
    sentence around them is (a country guessed from "Bhopal"). In place."""
    from chronicler.actors.draft import _set_country

    for d in drafts:
        h = d.phrase.head
        cued, why = told.get(h.text, (None, ""))
        if cued is None or d is cued or d.kind != "organization" or h.kind != "org" or h.entry is not None \
                or d.known_body or any("before the name" in e or "in apposition" in e or "taking up" in e
                                       for e in d.evidence):
            continue
        if cued.sector != d.sector:
            d.evidence.append(f"sector {cued.sector} from {why} at another mention (was {d.sector})")
            d.sector = cued.sector
        guessed = d.country is None or any("guessed" in e or "wordnet" in e for e in d.evidence)
        if cued.country is not None and guessed and cued.country != d.country:
            _set_country(d, cued.country, cued.country_conf, f"{why} at another mention")
