"""Small role readings beside ``roles.py``: the other side of an act whose object is the actor's own (below); coordinated nationalities in one noun phrase ("South Korean and
Japanese ministers", "U.S. and British warplanes": one actor per country, where the actors stage codes the whole
phrase as one), and the party a verb of permission lets in ("X allowed U.N. inspectors to visit": the inspectors
are the target of X's concession, not a place of the infinitive)."""

from __future__ import annotations

from typing import Any

from chronicler.events.fillers import Filler, same_side
from chronicler.events.pairs import country_actor
from chronicler.events.setting import is_place_noun
from chronicler.model import Actor

#: Modifier relations a nationality takes in a noun phrase.
MODIFIER_DEPS = frozenset({"amod", "compound", "nmod"})
#: Verbs whose object (or the subject of their clause) is let in or let act: the party the permission is for.
PERMIT_VERBS = frozenset({"allow", "let", "permit"})
#: Phrases of a verb, and of its object, that name the other side when the object is the actor's own.
OTHER_SIDE_PREPS = frozenset({"to", "with", "from", "toward", "towards", "against", "into"})
OWN_NOUN_PREPS = frozenset({"to", "with", "toward", "towards"})
#: Phrases that aim an act at a place ("fired shells at X's island"), read only when the object is one's own.
AIMED_PREPS = frozenset({"at", "on"})
#: Phrases whose place, named but not mentioned as an actor, stands for the other side ("sent troops to X").
PLACE_SIDE_PREPS = frozenset({"to", "into", "from"})
#: Confidence of a country read off one nationality of a coordinated phrase.
SPLIT_CONFIDENCE = 0.7


def _country_of(tok: Any) -> str | None:
    """The country of a nationality or country name standing as one conjunct (its own words, not its conjuncts);
    ``IGO`` for an international body's name or adjective ("Iranian and European negotiators")."""
    entry = _entry_of(tok)
    return entry.country if entry is not None else None


def _entry_of(tok: Any) -> Any:
    """The actors lexicon's entry for one conjunct's own words: a country, a nationality or an international body
    (an entry with a country code), else None."""
    skip = {t.i for c in tok.children if c.dep_ in ("conj", "cc") for t in c.subtree}
    words = [t for t in tok.subtree if t.i not in skip and t.dep_ not in ("cc", "punct", "det")]
    if not words:
        return None
    text = tok.doc[words[0].i:words[-1].i + 1].text
    try:
        from chronicler.actors.lexicon import default_lexicon
    except ImportError:  # the actors stage is optional
        return None
    entry = default_lexicon().lookup_name(text) or default_lexicon().lookup_name(tok.text)
    if entry is None or entry.kind not in ("country", "demonym", "igo") or not entry.country:
        return None
    return entry


def _side_actor(entry: Any, confidence: float) -> Actor:
    """The actor one conjunct names: its country, or the international body itself."""
    if entry.kind == "igo":
        return Actor(f"igo:{entry.name}", entry.name, "organization", entry.country, entry.sector,
                     confidence=confidence)
    return country_actor(entry.country, confidence)


def coordinated_countries(tok: Any, own: list[Filler]) -> list[Filler]:
    """Fillers of a noun whose modifier coordinates two or more nationalities ("Indian and Pakistani officials",
    "Iranian and European negotiators"): the mention's own actor for the country it was coded with, a country (or
    international body) actor for each other; else nothing."""
    for mod in tok.children:
        if mod.dep_ not in MODIFIER_DEPS or not any(c.dep_ == "conj" for c in mod.children):
            continue
        entries = [_entry_of(t) for t in [mod] + list(mod.conjuncts)]
        if None in entries or len({e.country for e in entries}) < 2:
            continue
        lo = min(t.idx for t in mod.subtree)
        hi = max(t.idx + len(t.text) for t in tok.subtree if t.i <= tok.i)
        out: list[Filler] = []
        firsts: dict[str, Any] = {}
        for e in entries:
            firsts.setdefault(e.country, e)
        for entry in firsts.values():
            mine = next((f for f in own if f.actor is not None and f.actor.country == entry.country), None)
            out.append(mine if mine is not None else Filler(_side_actor(entry, SPLIT_CONFIDENCE), lo, hi,
                                                            SPLIT_CONFIDENCE))
        return out
    return []


def permitted(reader: Any, head: Any) -> list[Filler]:
    """The party a verb of permission at or under ``head`` lets act: "allowed/let X (to) ...", "refused to let X
    ..." (the subject of the permitted clause, or the verb's object). A permission in the content of a request
    to someone ("asked Belgrade to allow investigators in") is that one's to give: no party of ``head``'s."""
    addressed = any(c.dep_ in ("dobj", "dative") for c in head.children)
    verbs = [head] + [c for c in head.children if c.dep_ == "xcomp" and not addressed]
    for verb in verbs:
        if verb.lemma_.lower() not in PERMIT_VERBS:
            continue
        for c in verb.children:
            if c.dep_ in ("ccomp", "xcomp"):
                for s in c.children:
                    if s.dep_ in ("nsubj", "nsubjpass"):
                        found = reader.fillers(s)
                        if found:
                            return found
            if c.dep_ == "dobj":
                found = reader.fillers(c)
                if found:
                    return found
    return []


def other_side(reader: Any, head: Any, source: Filler) -> Filler | None:
    """For a target of the source's own country ("recalled its ambassador to X", "shared intelligence with X",
    "handed suspects over to X", "withdrew its troops from X"): an actor of another country in the verb's target
    phrases or in its object's own to/with phrase, else None."""
    verbs = [head] + [c for c in head.children if c.dep_ == "xcomp"]  # "refused to withdraw its troops from X"
    phrases = [c for v in verbs for c in v.children if c.dep_ in ("prep", "dative") and c.lower_ in OTHER_SIDE_PREPS]
    phrases += [p for v in verbs for o in v.children if o.dep_ == "dobj" for p in o.children
                if p.dep_ == "prep" and p.lower_ in OWN_NOUN_PREPS]
    phrases += [p for v in verbs for a in v.children if a.dep_ in ("advmod", "prt") for p in a.children
                if p.dep_ == "prep" and p.lower_ in OTHER_SIDE_PREPS]  # "pulled its troops back from X"
    phrases += [c for c in head.children if c.dep_ == "prep" and c.lower_ in AIMED_PREPS]
    for p in phrases:
        for g in p.children:
            if g.dep_ == "pobj":
                named = reader.fillers(g)
                if not named and is_place_noun(g):  # "fired shells at a South Korean island": the island's country
                    named = reader._at(min(t.idx for t in g.subtree), max(t.idx + len(t.text) for t in g.subtree), 0.6)
                if not named and p.lower_ in PLACE_SIDE_PREPS:  # "sent its troops to X": a place the actors stage
                    named = reader.place_at(g, 0.6)  # left unmentioned (a destination is no actor mention)
                found = [f for f in named if f.actor is not None and f.actor.country and not same_side(f, source)]
                if found:
                    return found[0]
    return None
