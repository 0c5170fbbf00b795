"""Components grouped into actor phrases under the head they modify ("U.S. Defense Secretary Robert Gates" is one
phrase with four components): ``phrases(sdoc, comps)``, the second step of :mod:`.extract`.

A component attaches to the nearest component above it in the dependency tree through noun-phrase-internal
relations (compound, amod, poss, nmod, flat); a component with no such governor heads its own phrase.
"""

from __future__ import annotations

import bisect
from typing import Any

from chronicler.actors.comps import Comp, Phrase
from chronicler.actors.roots import sentence_starts, span_root
from chronicler.nlp.memo import token_strings

MOD_DEPS = {"compound", "amod", "poss", "nmod", "nn", "flat", "case", "npadvmod", "nummod"}
#: Words before a title that say the person no longer holds it (at the time of writing): synonyms of "former"
#: ("onetime", "erstwhile", "quondam") and the ways of losing a post ("ousted", "toppled", "unseated").
FORMER = {"former", "ex", "ex-", "ousted", "exiled", "deposed", "late", "outgoing", "retired", "onetime", "one-time",
          "erstwhile", "quondam", "toppled", "overthrown", "dethroned", "unseated"}
THEN = {"then", "then-"}
PLACES = {"country", "capital", "gpe", "city"}
#: Words naming an administrative unit after its name ("Helmand province", "Guerrero state").
UNITS = ("province", "state", "region", "district", "county", "prefecture", "governorate", "city", "town", "village")


def _root(sdoc: Any, c: Comp) -> Any:
    # Asked for every component several times (governor, flags, conjuncts): found once per Doc and range.
    return span_root(sdoc, c.start, c.end)


def phrases(sdoc: Any, comps: list[Comp]) -> list[Phrase]:
    """Group components into phrases under their governing component."""
    owner = {i: c for c in comps for i in c.tokens()}
    gov: dict[int, Comp | None] = {}
    for c in comps:
        gov[id(c)] = _governor(sdoc, c, owner)
    # "Foreign Minister Takeaki Matsumoto and Defense Minister Toshimi Kitazawa": whatever the parse says, a
    # title or nationality right before a title or name belongs to it
    for c, nxt in zip(comps, comps[1:]):
        if c.kind in {"title", "demonym", "country"} and nxt.kind in {"title", "person"} and _adjacent(sdoc, c, nxt):
            gov[id(c)] = nxt
    # "Deputy Prime Minister and Finance Minister Naoto Kan": coordinated titles before one name are all his
    for c, nxt, name in zip(comps, comps[1:], comps[2:]):
        if c.kind == "title" and nxt.kind == "title" and name.kind == "person" and _adjacent(sdoc, nxt, name) \
                and [t.lower_ for t in sdoc[c.end:nxt.start]] == ["and"] and sdoc[c.start].text[:1].isupper():
            gov[id(c)] = name
    _break_cycles(comps, gov)
    owned = _possessors(sdoc, comps, gov)
    heads = [c for c in comps if gov[id(c)] is None]
    out: dict[int, Phrase] = {id(h): Phrase(h) for h in heads}

    def top(c: Comp) -> Comp:
        seen = 0
        while gov[id(c)] is not None and seen < 20:
            c = gov[id(c)]  # type: ignore[assignment]
            seen += 1
        return c

    for c in comps:
        if gov[id(c)] is not None:
            out[id(top(c))].mods.append(c)
    # "Hungarian and Romanian officials": a conjunct modifier makes a phrase of its own with the same head.
    extra: list[Phrase] = []
    for c in comps:
        r = _root(sdoc, c)
        if gov[id(c)] is None and r.dep_ == "conj" and r.head.i in owner and c.kind in {"demonym", "country", "norp"}:
            sib = owner[r.head.i]
            g = gov.get(id(sib))
            if g is not None:
                head = top(sib)
                extra.append(Phrase(head, [c]))
                del out[id(c)]
    words = token_strings(sdoc, "ORTH")  # the gaps' texts without a Span each
    for p in out.values():  # a modifier across a paragraph break is a parse slip (a headline run into a dateline),
        # and so is one across a bracket it does not open ("WASHINGTON (Reuters) - President X": not Reuters' X)
        p.mods = [m for m in p.mods
                  if not _across_break_texts(words[min(m.end, p.head.end):max(m.start, p.head.start)])]
    result = [q for p in out.values() for q in _split_people(p)]
    for p in result:
        if owned:
            p.owner = next((owned[id(c)] for c in p.comps() if id(c) in owned), None)
        toks = [i for comp in p.comps() for i in comp.tokens()]
        p.start, p.end = min(toks), max(toks) + 1
        _flags(sdoc, p)
        _of(sdoc, p, owner)
    for p in extra:  # "French and Egyptian warships": the second phrase is "Egyptian warships"
        p.start, p.end = p.mods[0].start, max(p.mods[0].end, p.head.end)
        _flags(sdoc, p)
    starts = sentence_starts(sdoc)
    all_p = sorted(result + extra, key=lambda p: p.start)
    for p in all_p:
        p.sentence = max(bisect.bisect_right(starts, p.start) - 1, 0)
    return all_p


#: Possessed nouns that name the possessor's own party, not someone else ("the judge was on Brandt's side").
OWN_PARTY = {"side", "sides", "camp"}


def _possessors(sdoc: Any, comps: list[Comp], gov: dict[int, Comp | None]) -> dict[int, Comp]:
    """"Michael Jackson's personal physician", "Obama's spokesman", "Mubarak's son": a person named as the
    possessor of another actor word is someone else than the phrase's referent. The name is cut loose to head a
    phrase of its own (in ``gov``, in place); returned: the possessed component's id -> the possessor's name."""
    owned: dict[int, Comp] = {}
    for c in comps:
        g = gov[id(c)]
        if c.kind == "person" and g is not None and g.kind != "person" and _root(sdoc, c).dep_ == "poss" \
                and g.text.lower() not in OWN_PARTY:
            gov[id(c)] = None
            owned[id(g)] = c
    return owned


def _across_break(gap: Any) -> bool:
    """True when the tokens between a modifier and its head hold a line break or a closing bracket with no
    opening one."""
    return _across_break_texts([t.text for t in gap])


def _across_break_texts(texts: Any) -> bool:
    """:func:`_across_break` of the gap's token texts."""
    return any("\n" in t for t in texts) or (any(t in {")", "-RRB-"} for t in texts)
                                              and not any(t in {"(", "-LRB-"} for t in texts))


def _break_cycles(comps: list[Comp], gov: dict[int, Comp | None]) -> None:
    """A title and a name governing each other ("Minister Monday" parsed name → title, joined title → name): the
    component where the walk comes back heads the phrase."""
    for c in comps:
        seen = {id(c)}
        x = c
        while gov[id(x)] is not None:
            nxt = gov[id(x)]
            if id(nxt) in seen:
                gov[id(x)] = None
                break
            seen.add(id(nxt))
            x = nxt  # type: ignore[assignment]


def _adjacent(sdoc: Any, a: Comp, b: Comp) -> bool:
    gap = sdoc[a.end:b.start]
    return len(gap) == 0 or all(t.text in {"'s", "’s"} for t in gap)


def _split_people(p: Phrase) -> list[Phrase]:
    """"Foreign Minister Taro Aso and Defense Agency Director General Fukushiro Nukaga" parsed as one noun
    phrase: cut after each person name, each name heading the components before it."""
    comps = sorted(p.comps(), key=lambda c: c.start)
    people = [c for c in comps if c.kind == "person"]
    if len(people) < 2:
        return [p]
    out, pending = [], []
    for c in comps:
        pending.append(c)
        if c.kind == "person":
            out.append(Phrase(c, [m for m in pending if m is not c]))
            pending = []
    if pending:
        out[-1].mods.extend(pending)
    return out


def _governor(sdoc: Any, c: Comp, owner: dict[int, Comp]) -> Comp | None:
    if c.kind == "pron" and sdoc[c.start].dep_ != "poss":
        return None
    t = _root(sdoc, c)
    if c.kind in {"group", "institution", "igo", "org"} and any(x.dep_ == "cc" for x in t.children) \
            and any(x.dep_ == "conj" for x in t.children):
        return None  # "the Colombian government and FARC rebels": two actors, not a modifier
    for _ in range(6):
        if t.dep_ not in MOD_DEPS or t.head.i == t.i:
            return None
        h = t.head
        d = owner.get(h.i)
        if d is None and c.kind in {"demonym", "country", "norp"}:
            # "Israeli army bulldozers", "Israeli police custody": the nationality goes with the body noun
            d = next((owner[x.i] for x in h.lefts if x.i > t.i and x.i in owner
                      and owner[x.i].kind in {"group", "institution", "igo"}), None)
        if d is not None and d is not c:
            # "Japan-US", "Nukaga-Rumsfeld": a country does not modify a country, nor a person a person
            if (c.kind in PLACES and d.kind in PLACES) or (c.kind == "person" and d.kind == "person"):
                return None
            return d
        t = h
    return None


def _flags(sdoc: Any, p: Phrase) -> None:
    """Set ``former``/``then`` from words just before or inside the phrase."""
    lower = token_strings(sdoc, "LOWER")  # the words' lower-case forms, once per Doc (no Token made per word)
    k = p.start - 1
    while k >= 0 and lower[k] in {"the", "a", "an", ","}:
        k -= 1
    window = list(lower[max(0, k - 1):k + 1]) + list(lower[p.start:p.end])
    # "one-time" is three tokens ("one", "-", "time")
    one_time = " one - time " in " " + " ".join(lower[max(0, k - 3):p.end]) + " "
    if one_time or any(w in FORMER or w.startswith("ex-") for w in window):
        p.former = True
    if any(w in THEN or w.startswith("then-") for w in window):
        p.then = True


#: Unlisted nouns that only say a listed kind of actor before them is a body ("armed opposition group"); a
#: nationality before them keeps its own country ("Palestinian factions in Cairo" are not Egypt's people).
KIND_NOUNS = {"group", "groups", "faction", "factions", "cell", "cells", "unit", "units", "band", "bands", "network"}


def _of(sdoc: Any, p: Phrase, owner: dict[int, Comp]) -> None:
    """Components governed through "of"/"from" (president of Armenia, King Hassan of Morocco)."""
    heads = [_root(sdoc, p.head)] + [_root(sdoc, m) for m in p.mods if m.kind == "title"]
    last = sdoc[p.head.end - 1]
    if last.i != heads[0].i and last.head.i in range(p.head.start, p.head.end):
        heads.append(last)  # "the director-general of the WHO" parsed with "of" under "general", not the root
    bearer = heads[0].head
    if p.head.kind == "group" and heads[0].dep_ in {"compound", "amod"} and bearer.i > heads[0].i \
            and bearer.i not in owner and bearer.lower_ in KIND_NOUNS:
        heads.append(bearer)  # "an armed opposition group in Chad": the kind noun carries the phrase's "in X"
    for child in (c for r in heads for c in r.rights):
        if child.dep_ == "prep" and child.lower_ in {"of", "from", "for", "in"}:
            for obj in child.children:
                if obj.dep_ == "pobj" and obj.i not in owner and obj.lower_ in UNITS:
                    # "the government of Sindh province": the unit word's name says which place
                    obj = next((x for x in obj.lefts if x.dep_ in {"compound", "amod", "nmod"} and x.i in owner), obj)
                if obj.dep_ in {"pobj", "compound", "amod", "nmod"} and obj.i in owner \
                        and owner[obj.i] not in p.comps():
                    (p.in_ if child.lower_ == "in" else p.of).append(owner[obj.i])
