"""Whether a verb token has a political side as its subject (session 18; coded sectors, session 19).

The guard of WordNet loans from the motion and change files (``borrow.GUARDED``): "Israel pulled its troops back
from Lebanon" has a state as subject and soldiers as object; "the shares pulled back", "hikers backtracked" do not.
Where the actors stage coded every subject as a firm or trade, that code vetoes (session 19): "a drilling contractor
completed the well" has a subject coded as a business, though a place word ("a Texas contractor") makes its words
look like a party's. The same doer test guards phrasal rows in their literal reading (:func:`literal_use`).
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from contextvars import ContextVar
from typing import Any

from chronicler.events.agency import PARTY_ENTITIES, POLITICAL_KINDS, kind_of
from chronicler.events.cues import subjects
from chronicler.events.lexicon import TriggerSense
from chronicler.events.sideindex import actors_by_id
from chronicler.events.selection import unfit_noun
from chronicler.nlp import wordnet

#: Coded sectors of political sides (besides any country actor).
POLITICAL_SECTORS = frozenset({"GOV", "MIL", "LEG", "JUD", "COP", "SPY", "PTY", "OPP", "REB", "IGO", "ELI", "PRM",
                               "UAF"})
#: Coded sectors of doers outside politics: firms and trades. (Not CVL or NGO: crowds, settlers and campaigners
#: act politically; their words decide.)
PRIVATE_SECTORS = frozenset({"BUS", "AGR", "EDU", "MED", "LAB", "JRN"})
#: Kinds (WordNet lexicographer files) of things, beasts and matter: what a phrasal verb's literal reading acts on.
THING_KINDS = frozenset({"noun.artifact", "noun.animal", "noun.object", "noun.plant", "noun.food", "noun.substance",
                         "noun.body"})
#: Prepositions after a phrasal verb that name what it acts on ("walked out of the hall", "sealed off from ...").
LITERAL_PREPS = frozenset({"of", "from", "into", "onto", "off", "out"})
#: The coded doers of the sentence being read: (start, end, True for a political side, False for a private one).
_CODED: ContextVar[tuple[tuple[int, int, bool], ...]] = ContextVar("coded_doers", default=())


@contextmanager
def coded_doers(mentions: Iterable[Any], actors: Iterable[Any]) -> Iterator[None]:
    """Within the block, :func:`political` reads the coded actor of a subject among ``mentions`` (a sentence's
    ``Mention``s; ``actors``: the document's ``Actor``s) before its words."""
    mentions = [m for m in mentions if m.actor_id]
    by_id = actors_by_id(actors) if mentions else {}
    spans = []
    for m in mentions:
        verdict = _verdict(by_id.get(m.actor_id))
        if verdict is not None:
            spans.append((m.start, m.end, verdict))
    token = _CODED.set(tuple(spans))
    try:
        yield
    finally:
        _CODED.reset(token)


def _verdict(actor: Any) -> bool | None:
    """True for a country or a political sector, False for a private one, None when the code says neither."""
    if actor is None:
        return None
    if actor.kind == "country" or actor.sector in POLITICAL_SECTORS:
        return True
    return False if actor.sector in PRIVATE_SECTORS else None


def _coded(noun: Any) -> bool | None:
    """The verdict of the coded mention that holds the noun's own word, if any."""
    return next((v for start, end, v in _CODED.get() if start <= noun.idx < end), None)


def _party(noun: Any) -> bool:
    """A named party (a state, people, body or person) or a political kind of noun ("troops", "government")."""
    if noun.ent_type_ in PARTY_ENTITIES:
        return True
    return noun.pos_ in ("NOUN", "PROPN") and kind_of(noun.lemma_.lower(), POLITICAL_KINDS)


def political(tok: Any) -> bool:
    """True when a subject of the verb (or a word of it: "Israeli troops") is a party, unless the actors stage
    coded every subject as a firm or trade (``coded_private``): the code only vetoes. (Letting a political code
    admit too made "forces had completed their withdrawal" a sanction, GSR dev -1.) What the verb acts on is not
    asked: requiring a party object too (session 18, lead) lost most of the leave-lemma-out gains."""
    if coded_private(tok):
        return False
    subj = subjects(tok)
    subj += [c for s in subj for c in s.children if c.dep_ in ("compound", "amod", "poss")]
    return any(_party(s) for s in subj)


def literal_use(tok: Any, sense: TriggerSense) -> bool:
    """True when a phrasal row with no condition but its particle ("round up", "walk out") reads verb ``tok``
    whose doer is no party and which acts on a thing and on no party ("ranchers rounded up stray cattle", "the
    chef walked out of the kitchen"): the literal reading of the phrasal verb, no political act. A party doer
    ("police rounded up ...") or a party acted on ("rounded up dozens of men", "walked out of parliament") keeps
    the row's reading."""
    cue = sense.cue
    if sense.kind != "verb" or not cue.prt or cue.obj or cue.subj or not _active_doer(tok):
        return False  # a passive's doer is unnamed, not private: "the hotel was cordoned off"
    if political(tok) or _grievance(tok):
        return False
    patients = _patients(tok)
    return any(unfit_noun(p, THING_KINDS) for p in patients) and not any(
        _party(p) or _coded(p) is True or _someone(p) for p in patients)


#: Kinds of nouns of people (persons and groups of them).
PEOPLE_KINDS = frozenset({"noun.person", "noun.group"})


#: Prepositions that give a grievance ("walked out over pay", "against the cuts"): a protest told.
GRIEVANCE_PREPS = frozenset({"over", "against"})


def _active_doer(tok: Any) -> bool:
    """True when the verb names its doer as an active subject."""
    return bool(subjects(tok)) and not any(c.dep_ in ("auxpass", "nsubjpass") for c in tok.children)


def coded_private(tok: Any) -> bool:
    """True when the verb has subjects and the actors stage coded each of them as a firm or trade."""
    if all(v for *_, v in _CODED.get()):
        return False  # no subject of this sentence is coded private: no need to find the verb's subjects
    coded = [_coded(s) for s in subjects(tok)]
    return bool(coded) and all(c is False for c in coded)


def _grievance(tok: Any) -> bool:
    """True when the verb states what its doer protests: a preposition of ``GRIEVANCE_PREPS`` or "in protest" on
    the verb or on a word of it ("walked out of the plant in protest")."""
    for t in tok.subtree:
        if t.dep_ != "prep" or _clause_verb(t).i != tok.i:
            continue
        if t.lower_ in GRIEVANCE_PREPS or any(g.dep_ == "pobj" and g.lemma_.lower() in ("protest", "solidarity")
                                              for g in t.children):
            return True
    return False


def _clause_verb(tok: Any) -> Any:
    """The nearest verb above a word (the verb of its clause)."""
    head = tok.head
    while head.pos_ not in ("VERB", "AUX") and head.head.i != head.i:
        head = head.head
    return head


def _someone(noun: Any) -> bool:
    """True for a common noun whose first WordNet sense is a person or a group ("men", "crowd", "staff"), whom the
    political reading may act on."""
    if noun.pos_ != "NOUN" or noun.ent_type_:
        return False
    first = wordnet.first_sense(noun.lemma_.lower(), "n")
    return first is not None and first.lexname in PEOPLE_KINDS


def _patients(tok: Any) -> list[Any]:
    """What the verb acts on: its object (or passive subject), the object of a preposition of ``LITERAL_PREPS`` on
    it or on its particle ("out of the kitchen"), and the noun after "of" in each ("hundreds of cattle")."""
    out = [c for c in tok.children if c.dep_ in ("dobj", "nsubjpass")]
    preps = [c for c in tok.children if c.dep_ == "prep" and c.lower_ in LITERAL_PREPS]
    for c in tok.children:
        if c.dep_ in ("prt", "prep", "advmod"):
            preps += [g for g in c.children if g.dep_ == "prep" and g.lower_ in LITERAL_PREPS]
    out += [g for p in preps for g in p.children if g.dep_ == "pobj"]
    out += [g for n in list(out) for c in n.children if c.dep_ == "prep" and c.lower_ == "of"
            for g in c.children if g.dep_ == "pobj"]
    return out
