"""The holder of people whose release a demand asks for: the one the demand is addressed to. "Britain called for
the release of a British journalist by Russia", "demanded the release of its citizens held in Iran", "the return
of abducted citizens from X": the demand is made of Russia, Iran, X (as CAMEO codes demands for the release of
persons, 1053), not of the released, who are often the demanding side's own nationals."""

from __future__ import annotations

from typing import Any

from chronicler.events.cues import prep_objects
from chronicler.events.fillers import Filler
from chronicler.events.triggers import Trigger

#: Nouns of letting people go, whose by/from phrase, or their people's holding participle, names the holder.
RELEASE_NOUNS = frozenset({"release", "return", "freeing", "handover", "repatriation"})
#: Participles of holding people ("citizens held in X", "hostages seized by X").
HOLDING_VERBS = frozenset({"hold", "detain", "abduct", "kidnap", "jail", "imprison", "seize", "capture", "arrest"})
#: Those whose place names the holder: a state holds people in its own land ("held in X"); kidnappers need not
#: be of the place they struck ("kidnapped in X").
CUSTODY_VERBS = frozenset({"hold", "detain", "jail", "imprison", "arrest"})


def _holder_phrases(noun: Any) -> list[Any]:
    """Phrases naming who holds the people a release noun lets go: its own by/from, the by of the people it
    names (where the parser hangs it), and the by/in of a holding participle on them."""
    out = prep_objects(noun, ("by", "from"))
    for people in prep_objects(noun, ("of",)):
        out += prep_objects(people, ("by",))
        for c in people.children:
            lemma = c.lemma_.lower()
            if c.dep_ in ("acl", "amod", "relcl") and lemma in HOLDING_VERBS:
                out += [g for a in c.children if a.dep_ == "agent" for g in a.children if g.dep_ == "pobj"]
                out += prep_objects(c, ("by", "in", "at") if lemma in CUSTODY_VERBS else ("by",))
    return out


def demand_holder(reader: Any, trig: Trigger, source: Filler | None) -> Filler | None:
    """The holder a demand for a release is made of: an actor of another country than the source's named in the
    release's phrases, else such a place; None for other acts or when none is named."""
    if trig.type != "REQUEST" or source is None or source.actor is None:
        return None
    home = source.actor.country
    nouns = [t for t in trig.head.subtree if t.pos_ == "NOUN" and t.lemma_.lower() in RELEASE_NOUNS]
    for g in (g for n in nouns for g in _holder_phrases(n)):
        for f in reader.fillers(g) or reader.place_at(g, 0.35):
            if f.actor is not None and f.actor.country and f.actor.country != home:
                return f
    return None
