"""Selectional restrictions: a verb in a political sense needs an object that sense can take.

A lexicon row that sets no object condition reads a verb in its political sense whatever it acts on. Real news
uses the same verbs of things no act of force or release can befall: the suspension "hit profits", the coroner
"released the report" (issue 7, session 14: the largest cause of false
events on the second Timeline17 gold was a trigger word in a sense that is no political act). The object's first
WordNet sense (WordNet orders senses by frequency) tells what kind of thing it is; where that kind is one the
type's acts never take, the verb names no event. Only rows without an object condition are checked: a row that
asks for its object ("hit back at criticism", "release funds") already chose its reading.

The classes are WordNet's lexicographer files, read at run time (``chronicler.nlp.wordnet``); without WordNet
nothing is ruled out. Named things (a proper noun, a named entity) and pronouns are never ruled out.
"""

from __future__ import annotations

from typing import Any

from chronicler.events.cues import subjects
from chronicler.events.lexicon import TriggerSense
from chronicler.nlp import wordnet

#: Per type, the lexicographer files of objects its acts cannot take. An act of force befalls people, groups,
#: places and things, not gains, amounts, qualities or hopes ("hit profits", "hit prices"); a release frees people
#: or property, not a message, finding or figure ("released a report", "released the results"). (Meetings were
#: tried too and dropped: "discussed the future", "negotiate the sovereignty" are talks about a plan or a claim.)
UNFIT_OBJECTS: dict[str, frozenset[str]] = {
    "ASSAULT": frozenset({"noun.possession", "noun.attribute", "noun.quantity", "noun.feeling", "noun.time"}),
    # not noun.attribute: "ceding powers", "handed over authority" are concessions
    "RETREAT": frozenset({"noun.communication", "noun.cognition", "noun.phenomenon", "noun.quantity", "noun.time"}),
}


def unfit_object(tok: Any, sense: TriggerSense) -> bool:
    """True when ``sense`` reads verb ``tok`` without an object condition and what the verb acts on (its direct
    object; for a passive, its subject, raised ones too: "has yet to be released") is a common noun of a kind
    the type's acts cannot take: the verb is used in a sense that is no political act."""
    classes = UNFIT_OBJECTS.get(sense.type or "")
    if classes is None or sense.cue.obj:
        return False
    patients = [c for c in tok.children if c.dep_ in ("dobj", "nsubjpass")]
    if not patients and any(c.dep_ == "auxpass" for c in tok.children):
        patients = subjects(tok)
    return bool(patients) and unfit_noun(patients[0], classes)


def unfit_noun(noun: Any, classes: frozenset[str]) -> bool:
    """True for a common noun (no name, no entity) whose first WordNet sense is in one of ``classes``."""
    if noun.pos_ != "NOUN" or noun.ent_type_:
        return False
    first = wordnet.first_sense(noun.lemma_.lower(), "n")
    return first is not None and first.lexname in classes


#: Kinds (WordNet lexicographer files) of head nouns an event noun before them only classifies: money, things,
#: texts, matter ("strike fund", "relief well", "protest song", "travel expenses"): no event is told.
CLASSIFIED_KINDS = frozenset({"noun.possession", "noun.artifact", "noun.communication", "noun.object",
                              "noun.substance", "noun.food", "noun.body", "noun.plant", "noun.animal"})


def classified_head(head: Any) -> bool:
    """True when ``head``, the noun an event noun is a compound of, is a common noun whose first WordNet sense is
    a thing, sum of money, text or matter: the event noun says what kind of thing it is, and names no event."""
    return unfit_noun(head, CLASSIFIED_KINDS)
