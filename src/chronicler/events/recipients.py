"""Targets named outside the object: the country a judicial or intelligence transfer goes to, the side a
conditional threat is aimed at, and the two sides of a reaction an act draws ("X's move drew criticism from Y").

"Spain extradited two smugglers to Morocco": what is handed over (the smugglers) is no party to the cooperation;
the receiving state is ("to Morocco"), as CAMEO codes an extradition (063) or shared intelligence (064).
"Iran said it would close the strait if U.S. warships entered the Gulf": the condition's subject is the side the
threat is aimed at, when it is a foreign side the text names.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from chronicler.events.fillers import Filler, named_side, same_side

if TYPE_CHECKING:
    from chronicler.events.roles import RoleReader
    from chronicler.events.triggers import Trigger

#: CAMEO codes of transfers between states whose target is the receiving state: judicial cooperation, intelligence.
TRANSFER_CODES = frozenset({"063", "064"})
#: Types whose act, under a condition, is a threat to the condition's subject.
THREAT_TYPES = frozenset({"THREATEN", "ASSAULT", "COERCE", "SANCTION", "MOBILIZE"})
CONDITIONS = frozenset({"if", "unless"})
#: How a condition's subject may carry its side: "U.S. warships", "Russia's forces", "warships of Russia".
SIDE_DEPS = ("amod", "compound", "nmod", "poss")
#: Light verbs of a reaction one side's act draws from another: "drew condemnation from X".
REACTION_VERBS = frozenset({"draw", "earn", "attract", "elicit", "provoke", "prompt", "spark", "trigger"})


def _foreign(found: list[Filler], source: Filler | None) -> Filler | None:
    for f in found:
        if f.actor is not None and f.actor.country and (source is None or not same_side(f, source)):
            return f
    return None


def with_recipient(reader: RoleReader, trig: Trigger, roles: tuple[Filler | None, Filler | None, bool]
                   ) -> tuple[Filler | None, Filler | None, bool]:
    """``roles`` with the receiving state of a transfer, or the conditioned side of a threat, as the target when
    the syntax gave none (or one with no country), or gave what was handed over, or the source's own side."""
    source, target, reciprocal = roles
    head = trig.head
    verb = trig.noun.head if trig.noun is not None and trig.noun.dep_ == "dobj" else None
    if verb is not None and verb.lemma_.lower() in REACTION_VERBS:
        # "X's refusal drew criticism from Y": Y criticised X
        critics = reader.obliques(verb, ("from",)) or reader.obliques(trig.noun, ("from",))
        if critics:
            subj = [f for c in verb.children if c.dep_ == "nsubj"
                    for f in (reader.fillers(c) or [g for p in c.children if p.dep_ == "poss" for g in reader.fillers(p)])]
            return critics[0], (subj[0] if subj else None), reciprocal
    if trig.sense.cameo in TRANSFER_CODES and trig.noun is None:
        # "passed intelligence on a planned attack to X": the parser may hang "to X" on a noun of the object
        holders = [head] + [t for c in head.children if c.dep_ in ("dobj", "prep") for t in c.subtree
                            if t.pos_ == "NOUN"]
        to = next((f for h in holders if (f := _foreign(reader.obliques(h, ("to",)), source)) is not None), None)
        if to is not None:
            return source, to, reciprocal
    if trig.type in THREAT_TYPES and (target is None or target.actor is None or not target.actor.country
                                      or source is not None and same_side(target, source)):
        clauses = list(head.children)
        if head.dep_ == "ccomp":  # "said they would close X if Y ...": the condition may hang on the saying
            clauses += [c for c in head.head.children if c.i > head.i]
        for c in clauses:
            if c.dep_ == "advcl" and any(m.dep_ == "mark" and m.lower_ in CONDITIONS for m in c.children):
                subj = [f for d in c.children if d.dep_ == "nsubj" and named_side(d, SIDE_DEPS) for f in _side_fillers(reader, d)]
                side = _foreign(subj, source)
                if side is not None:
                    return source, side, reciprocal
    return roles


def _side_fillers(reader: RoleReader, tok: Any) -> list[Filler]:
    """Fillers of a noun naming its side, else of the words that name it ("U.S. warships": "U.S.")."""
    return reader.fillers(tok) or [f for c in tok.children if c.ent_type_ in ("GPE", "NORP")
                                   for f in reader.fillers(c)]
