"""The actor of a passive that names no "by X": read from the violent act it happened in ("five soldiers were
killed in clashes with X", "were wounded in an attack by X": X), or from the country one was expelled from
("two diplomats were expelled from X": X, named as a place the actors stage made no mention of). The same "from X"
names the place a passive withdrawal leaves ("troops were withdrawn from X", ``triggerroles.read_roles``)."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from chronicler.events.cues import prep_objects
from chronicler.events.lexicon import trigger_lexicon

if TYPE_CHECKING:
    from chronicler.events.roles import Filler, RoleReader

#: The prepositions that set a passive act inside another act ("killed in an ambush", "during a raid").
WITHIN_PREPS = ("in", "during", "amid")
#: Types of the act whose actor is the passive's agent: violence and force.
VIOLENT_TYPES = frozenset({"ASSAULT", "COERCE"})
#: The phrases of such an act that name its actor ("an attack by X") or the other side ("clashes with X").
ACT_AGENT_PREPS = ("by", "with")
#: Confidence factor of an agent read this way (one step further from the verb than a by-phrase).
ACT_AGENT_FACTOR = 0.8


def _violent_noun(tok: Any) -> bool:
    """True when ``tok`` is an event noun of violence or force in the trigger lexicon ("clash", "ambush")."""
    senses = trigger_lexicon().get(("noun", tok.lemma_.lower()), ())
    return any(s.type in VIOLENT_TYPES for s in senses)


def act_agent(reader: RoleReader, head: Any) -> list[Filler]:
    """The actor of the violent act an agentless passive happened in: "were killed in clashes with X", "were
    wounded in an attack by X"."""
    from chronicler.events.roles import Filler

    for g in prep_objects(head, WITHIN_PREPS):
        if not _violent_noun(g):
            continue
        for p in ACT_AGENT_PREPS:
            for x in prep_objects(g, (p,)):
                found = reader.fillers(x)
                if found:
                    return [Filler(f.actor, f.start, f.end, f.confidence * ACT_AGENT_FACTOR) for f in found]
    return []


def from_place(reader: RoleReader, head: Any) -> list[Filler]:
    """The country one was expelled or withdrawn from, named as a place ("were expelled from X"): mentioned or not."""
    found = reader.obliques(head, ("from",))
    if found:
        return found
    return [f for g in prep_objects(head, ("from",)) for f in reader.place_at(g, 0.6)]
