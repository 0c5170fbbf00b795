"""Light verbs and the event nouns they host (session 25): what the doer makes of the noun, and nouns of the press.

"Farmers mounted a blockade of the highways" is a protest (CAMEO 144), "the navy mounted a blockade" coercion: the
light verb's subject, not the noun's own dependents, tells the two apart. Lexicon rows of kind ``noun`` with a
``subj=`` cue (``data/event_triggers.csv``) are read here against the light verb's subject; a noun alone has no
subject, so those rows never fire outside a light verb. "Held a press conference" or "a news briefing" is a
statement to reporters, no meeting between parties (CAMEO 01, no event).
"""

from __future__ import annotations

from functools import lru_cache
from typing import Any

from chronicler.events.cues import matches
from chronicler.events.lexicon import TriggerSense, trigger_lexicon

#: Compounds that make an event noun something said to reporters ("press release", "news conference").
PRESS_COMPOUNDS = frozenset({"press", "news", "media"})
#: Event nouns that such a compound turns into a statement.
PRESS_NOUNS = frozenset({"release", "conference", "briefing", "meeting", "event", "call", "session"})


@lru_cache(maxsize=1)
def _doer_rows() -> dict[str, tuple[TriggerSense, ...]]:
    """Noun rows whose cue names the doer (``subj=``), by noun lemma, most specific first."""
    return {lemma: rows for (kind, lemma), senses in trigger_lexicon().items() if kind == "noun"
            for rows in [tuple(s for s in senses if s.cue.subj)] if rows}


def doer_reading(verb: Any, noun: Any) -> TriggerSense | None:
    """The reading of event noun ``noun`` hosted by light verb ``verb`` that the verb's subject chooses ("farmers
    mounted a blockade": PROTEST), or None when no row names that doer."""
    rows = _doer_rows().get(noun.lemma_.lower())
    if not rows:  # the cheap test first: most nouns have no such row
        return None
    return next((s for s in rows if matches(s, verb, noun)), None)


def press_noun(tok: Any) -> bool:
    """True for "press conference", "news briefing", "press release": a statement to reporters, no event."""
    return tok.lemma_.lower() in PRESS_NOUNS and any(
        c.dep_ == "compound" and c.lower_ in PRESS_COMPOUNDS for c in tok.children)


#: Types a verb takes when it tells what a protest or an attack did to a place ("shut down Lagos", "cut off the
#: town"): read as if a state had done it.
EFFECT_TYPES = frozenset({"COERCE", "SANCTION"})
#: Types of an event noun whose effect such a verb tells.
CAUSE_TYPES = frozenset({"PROTEST", "ASSAULT"})
#: Sectors of a state's own actors.
STATE_SECTORS = frozenset({"GOV", "MIL", "COP", "LEG", "JUD"})


def effect_of_subject(verb_event: Any, verb: Any, noun_event: Any, noun: Any) -> bool:
    """True when ``noun_event`` (a protest or attack) is told by ``noun``, the subject of ``verb``, whose own event
    ``verb_event`` is a closure or cut read as coercion or sanction: "a general strike shut down Lagos" tells the
    strike, and the closure is its effect."""
    return verb_event.type in EFFECT_TYPES and noun_event.type in CAUSE_TYPES and noun.dep_ == "nsubj" \
        and noun.head.i == verb.i and noun_event.trigger != verb_event.trigger


def state_doer(event: Any) -> bool:
    """True when the event's source is a state or one of its organs (a country, or a government, military,
    police, legislative or judicial actor)."""
    src = event.source
    return src is not None and (src.kind == "country" or src.sector in STATE_SECTORS)
