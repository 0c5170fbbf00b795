"""Force, victory and crime between sides that carry no war word (issue 7, session 24).

The verbs of armed force double as the verbs of winning a vote and of private crime. :func:`no_force` tells,
after a trigger's roles are read, when an act of force names no political event:

* **a win at the polls**: a verb of winning ("beat", "rout", "crush", "defeat" — WordNet's contest senses, as in
  ``contest.py`` — or of taking: "capture", "sweep", "seize") with a word of an election on it ("in the
  election", "in the runoff", "captured the nomination"), no word of war in the sentence;
* **two named persons**: a verb of winning between two bare person names ("Biden beat Trump"): a vote or a
  game, never an armed act;
* **a private crime**: an assault by private people (a common noun of no political, armed or police kind) told
  with a private matter ("over a debt", "in a row over parking", "during a break-in"), on the doer's own kin or
  acquaintance ("stabbed his neighbour", "poisoned her husband"), or by one unnamed person ("a man", "a robber")
  on one private person ("a shopkeeper", "a cyclist"); never collective violence that kills or names a community
  (``communal.py``: "herders killed ten farmers over grazing land" stays). Lone attackers of many people, of a
  named person or of a public figure stay ASSAULT ("a gunman killed 58 concertgoers", "an attacker stabbed the MP").

:func:`seized_place` reads a seizure of a named place by armed men as occupying territory (CAMEO 192, ASSAULT
under the CAMEO root) rather than confiscating property ("Taliban fighters seized Kunduz").

Each test is gated on a lemma set before any WordNet lookup; WordNet lookups are memoised per lemma.
"""

from __future__ import annotations

from dataclasses import replace
from functools import lru_cache
from pathlib import Path
from typing import Any

from chronicler.events.agency import kind_of
from chronicler.events.contest import contest_kind
from chronicler.text.tables import data_rows

DATA = Path(__file__).resolve().parent.parent / "data" / "force_words.csv"
#: Types an act of force is read as.
FORCE_TYPES = frozenset({"ASSAULT", "COERCE"})
#: Subject entities that name a person.
PERSON = "PERSON"
#: Entities that name a place an armed side can seize.
PLACE_ENTITIES = frozenset({"GPE", "LOC", "FAC"})
#: Prepositions that say where a win took place ("in the election", "at the polls").
VENUE = frozenset({"in", "at"})
#: Determiners of one unnamed person ("a man", "an attacker").
INDEFINITE = frozenset({"a", "an"})
#: Possessive pronouns that make a victim the doer's own ("his neighbour", "their father").
OWN = frozenset({"his", "her", "their"})
#: WordNet kinds of people the doer knows privately (kin, partners, friends, neighbours, colleagues, owners).
KIN_KINDS = frozenset({"relative", "friend", "neighbor", "associate", "lover", "domestic_partner", "owner"})
#: WordNet kinds that make a doer or victim public: officials, politicians, armed men, police, fighters, the press,
#: clergy (a lone attack on one of them is political).
PUBLIC_KINDS = frozenset({"official", "politician", "head_of_state", "serviceman", "military_unit", "armed_forces",
                          "government", "law_enforcement_agency", "legislature", "political_party", "insurgent",
                          "terrorist", "diplomat", "lawgiver", "police", "army", "lawman", "combatant",
                          "journalist", "clergyman", "activist", "dissenter", "judge", "lawyer"})


@lru_cache(maxsize=1)
def _words() -> dict[str, frozenset[str]]:
    """``data/force_words.csv``: class -> words (election, matter, taking)."""
    out: dict[str, set[str]] = {}
    for row in data_rows(DATA):
        out.setdefault(row[1].strip(), set()).add(row[0].strip().lower())
    return {k: frozenset(v) for k, v in out.items()}


@lru_cache(maxsize=4096)
def _win_verb(lemma: str) -> bool:
    """True for a verb of winning: WordNet's contest sense of getting the better of someone, or a listed verb of
    taking a prize ("capture", "sweep")."""
    return lemma in _words()["taking"] or contest_kind(lemma) == "win"


def no_force(trig: Any, source: Any = None, target: Any = None) -> bool:
    """True when verb trigger ``trig`` read as force or coercion tells a win at the polls, a win between two named
    persons, or a private crime (see the module docstring)."""
    if trig.type not in FORCE_TYPES or trig.noun is not None:
        return False
    tok = trig.head
    if tok.pos_ != "VERB":
        return False
    lemma = tok.lemma_.lower()
    if _win_verb(lemma) and (_at_the_polls(tok) or _named_rivals(tok)):
        return True
    return trig.type == "ASSAULT" and _private_crime(tok)


def _at_the_polls(tok: Any) -> bool:
    """True when a word of an election hangs on the verb (its objects, prepositions and their compounds) and no
    common noun of the sentence is one of war."""
    election = _words()["election"]
    # what it won ("captured the nomination") or where ("in the election", "at the polls"), not when ("before
    # the election": troops may rout rebels then)
    near = [c for c in tok.children if c.dep_ in ("dobj", "npadvmod") or (c.dep_ == "prep" and c.lower_ in VENUE)]
    near += [g for c in near for g in c.children if g.dep_ in ("pobj", "compound", "amod")
             or (g.dep_ == "prep" and g.lower_ in VENUE)]
    near += [g for c in near for g in c.children if g.dep_ in ("compound", "amod", "pobj")]
    if not any(n.lemma_.lower() in election for n in near):
        return False
    from chronicler.events.contest import _war_sentence

    return not _war_sentence(tok.sent)


def _named_rivals(tok: Any) -> bool:
    """True when the verb's subjects and its one direct object are bare person names and the sentence has no
    word of war ("Biden beat Trump in Pennsylvania")."""
    from chronicler.events.agency import _doers
    from chronicler.events.contest import _war_sentence

    doers = _doers(tok)
    objects = [c for c in tok.children if c.dep_ == "dobj"]
    sides = [*doers, *objects]
    if not doers or len(objects) != 1 or not all(s.ent_type_ == PERSON and s.pos_ == "PROPN" for s in sides):
        return False
    return not _war_sentence(tok.sent)


def _private_crime(tok: Any) -> bool:
    """True when private doers assault over a private matter, assault their own kin or acquaintance, or one
    unnamed private person assaults one other."""
    from chronicler.events.agency import _doers

    doers = _doers(tok)
    if not doers or not all(private_person(d) for d in doers):
        return False
    from chronicler.events.communal import communal_violence

    if communal_violence(tok):
        return False  # collective violence that kills or names a community stays (session 23's convention)
    if _private_matter(tok):
        return True
    victims = [c for c in tok.children if c.dep_ == "dobj"]
    if len(victims) != 1 or not private_person(victims[0]):
        return False
    victim = victims[0]
    if any(c.lower_ in OWN for c in victim.children if c.dep_ == "poss") \
            and kind_of(victim.lemma_.lower(), KIN_KINDS):
        return True  # "stabbed his neighbour", "killed their father"
    return len(doers) == 1 and _one(doers[0]) and _one(victim) and victim.tag_ == "NN"


def _private_matter(tok: Any) -> bool:
    """True when a preposition on the verb (or on its object) names a private matter: "over a debt", "in a row
    over parking", "during a break-in"."""
    matter = _words()["matter"]
    heads = [tok, *(c for c in tok.children if c.dep_ == "dobj")]
    preps = [c for h in heads for c in h.children if c.dep_ == "prep"]
    objs = [g for p in preps for g in p.children if g.dep_ == "pobj"]
    objs += [g for o in objs for g in o.children if g.dep_ in ("compound", "prep")]
    objs += [g for o in objs for g in o.children if g.dep_ == "pobj"]
    return any(o.lemma_.lower() in matter for o in objs)


def private_person(noun: Any) -> bool:
    """True for a common noun with no name (no entity, no proper-noun modifier) whose first sense is no public
    kind (officials, armed men, police, press, clergy)."""
    if noun.pos_ != "NOUN" or noun.ent_type_ not in ("", "CARDINAL"):
        return False
    if any(c.pos_ == "PROPN" or c.ent_type_ in ("NORP", "GPE", "ORG") for c in noun.children
           if c.dep_ in ("compound", "amod", "nmod", "poss", "appos")):
        return False
    from chronicler.events.lexicon import WORD_CLASSES

    lemma = noun.lemma_.lower()
    return lemma not in WORD_CLASSES["forces"] and not kind_of(lemma, PUBLIC_KINDS)  # "a bomber", "a fighter"


def _one(noun: Any) -> bool:
    """True for one unnamed person: a singular noun with "a"/"an" (or a possessive pronoun), no count."""
    if noun.tag_ != "NN":
        return False
    dets = [c.lower_ for c in noun.children if c.dep_ in ("det", "poss")]
    return any(d in INDEFINITE or d in OWN for d in dets) and not any(c.dep_ == "nummod" for c in noun.children)


def seized_place(trig: Any, source: Any) -> Any:
    """The trigger re-read as occupying territory when a verb of taking ("seize", "capture", "grab") whose
    direct object is a named place has an armed or state doer; else the trigger unchanged."""
    tok = trig.head
    if trig.noun is not None or tok.lemma_.lower() not in _words()["seize"] or trig.sense.cameo == "192":
        return trig
    from chronicler.events.agency import _doers
    from chronicler.events.lexicon import WORD_CLASSES

    # taken from armed men ("seized Goma from the rebels"): a name is a place, whatever the small model's entity
    from_armed = any(c.dep_ == "prep" and c.lower_ == "from" and any(
        g.dep_ == "pobj" and _armed_word(g.lemma_.lower()) for g in c.children) for c in tok.children)
    # a place name, or a proper noun the small model left unnamed ("seized Sanaa")
    if not any(c.dep_ == "dobj" and (c.ent_type_ in PLACE_ENTITIES or (c.pos_ == "PROPN" and (
            not c.ent_type_ or (from_armed and c.ent_type_ == "PERSON")))) for c in tok.children):
        return trig

    actor = None if source is None else source.actor
    armed = any(_armed_word(d.lemma_.lower()) for d in _doers(tok))
    if not armed and (actor is None or actor.sector not in ARMED_SECTORS):
        return trig
    return replace(trig, sense=replace(trig.sense, type="COERCE", mode="seize", cameo="192"), type="COERCE")


def _armed_word(lemma: str) -> bool:
    """True for a noun of armed men: a word of the lexicon's forces class or a WordNet kind of ``ARMED_KINDS``."""
    from chronicler.events.lexicon import WORD_CLASSES

    return lemma in WORD_CLASSES["forces"] or kind_of(lemma, ARMED_KINDS)


#: WordNet kinds of armed doers ("rebels", "militants", "jihadists").
ARMED_KINDS = frozenset({"serviceman", "military_unit", "armed_forces", "combatant", "insurgent", "terrorist",
                         "radical"})
#: Sectors of armed or state sides (the actors stage's codes).
ARMED_SECTORS = frozenset({"MIL", "REB", "INS", "UAF", "PRM", "GOV", "SPY", "COP"})
