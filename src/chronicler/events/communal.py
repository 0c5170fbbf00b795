"""Violence between communities: a private doer's act of force is political when it is communal.

``agency.private_doer`` rules out acts of force between private people ("a chef stabbed a colleague", "fans fought
in the street"); since session 22 it also ruled out what farmers, herders, fishermen and miners do to each other
as communities. PLOVER codes communal, ethnic and religious violence as ASSAULT between civilian groups, and
ICEWS/POLECAT code it with ethnic, religious or civilian actors. Our convention (session 23, set
``event_communal_blind_s23.tsv``): an act of force by a collective doer (a plural noun, a group word, conjoined
groups; not "two farmers") is communal when it kills or when a doer or its victim is named as a community (a word
of ``data/communal_words.csv``, or a nationality, religion or people: spaCy's NORP). A brawl between two
customers, a quarrel between neighbours or a stabbing stay no event.
"""

from __future__ import annotations

from functools import lru_cache
from pathlib import Path
from typing import Any

from chronicler.events.cues import subjects
from chronicler.text.tables import data_rows

DATA = Path(__file__).resolve().parent.parent / "data" / "communal_words.csv"
DEMONYMS = Path(__file__).resolve().parent.parent / "data" / "demonyms.csv"
#: Verbs that tell a killing ("killed 17 villagers", "killing eight", "lynched two men").
KILLING = frozenset({"kill", "lynch", "massacre", "slaughter", "murder", "butcher", "behead"})
#: Words that tell deaths in a result ("leaving 12 dead", "beat to death", "burned him alive").
DEATH_WORDS = frozenset({"dead", "death", "alive"})
#: Counts that make a doer a pair, not a group ("two farmers", "both brothers").
PAIR_WORDS = frozenset({"two", "2", "both", "pair"})
#: Dependents that hold whom the act hits ("attacked a camp of herders", "clashed with settlers").
VICTIM_DEPS = frozenset({"dobj", "pobj", "dative", "nsubjpass"})


@lru_cache(maxsize=1)
def communal_words() -> frozenset[str]:
    """The words of ``data/communal_words.csv`` (lower-case lemmas)."""
    return frozenset(r[0].strip() for r in data_rows(DATA))


def communal_violence(tok: Any) -> bool:
    """True when verb ``tok`` (an act of force) is done by collective doers and kills or names a community among
    its doers or victims."""
    doers = subjects(tok)
    if not doers or not all(collective(d) for d in doers) or _animal_victim(tok):
        return False
    return kills(tok) or any(community(n) for n in [*doers, *_victims(tok)])


def two_sided(tok: Any) -> bool:
    """True when communal violence ``tok`` names two sides that fight each other ("Muslim and Christian youths
    clashed", "farmers and herders fought", "clashed with Fulani herdsmen"): a fight between communities, not a
    riot against the authorities."""
    if not communal_violence(tok):
        return False
    for d in subjects(tok):
        if d.conjuncts or any(c.dep_ in ("amod", "compound", "nmod") and c.conjuncts for c in d.children):
            return True
    return any(community(v) for v in _victims(tok)) or any(
        c.dep_ == "prep" and any(g.lower_ in ("other", "another") for g in c.subtree) for c in tok.children)


def collective(noun: Any) -> bool:
    """True for a doer that is a group: a plural noun, a group word, or conjoined nouns, not counted as a pair."""
    if any(c.dep_ == "nummod" and c.lower_ in PAIR_WORDS for c in noun.children) or noun.lower_ in PAIR_WORDS:
        return False
    return noun.tag_ in ("NNS", "NNPS") or noun.lemma_.lower() in communal_words() or bool(noun.conjuncts)


def community(noun: Any) -> bool:
    """True for a noun that names a community: a word of ``communal_words.csv``, or a people, religion or
    nationality (NORP) itself or as its modifier ("Fulani herders", "Muslim villagers")."""
    if noun.lemma_.lower() in communal_words() or _people(noun):
        return True
    return any(c.dep_ in ("amod", "compound", "nmod") and _people(c) for c in noun.children)


def _people(tok: Any) -> bool:
    """True for a name or adjective of a people, faith or sect (NORP: "Fulani", "Muslim", "Shia"), not a state's
    nationality ("Chinese tourists", "British fans" are private people abroad; ``data/demonyms.csv``) and not a
    common noun the tagger calls NORP ("geese")."""
    return tok.ent_type_ == "NORP" and tok.pos_ in ("PROPN", "ADJ") and tok.lower_ not in _nationalities()


@lru_cache(maxsize=1)
def _nationalities() -> frozenset[str]:
    """Lower-case nationality adjectives and people nouns of states (rows of ``demonyms.csv`` with a country; the
    peoples without one, "Fulani", "Hutu", stay communities)."""
    return frozenset(w.strip().lower() for r in data_rows(DEMONYMS) if len(r) > 2 and r[0].strip()
                     for w in (r[1] + "|" + r[2]).split("|") if w.strip())


def kills(tok: Any) -> bool:
    """True when the act kills people: a killing verb with a person or a count as its object, or the act's
    dependents tell deaths ("killing 12", "leaving 15 dead", "beat him to death", "burned him alive")."""
    doers = {t.i for d in subjects(tok) for t in d.subtree}
    for t in tok.subtree:
        if t.i in doers:
            continue
        if t.lemma_.lower() in KILLING and _human_victims(t):
            return True
        if t.lower_ in DEATH_WORDS and t.i != tok.i:
            return True
    return False


def _human_victims(verb: Any) -> bool:
    """True when a killing verb's object is people or a count ("killing 12", "killed 17 villagers"), not animals."""
    from chronicler.events.agency import non_agent  # agency asks this module: imported when asked

    objs = [c for c in verb.children if c.dep_ in ("dobj", "nsubjpass")]
    return bool(objs) and not any(non_agent(o) for o in objs)


def _animal_victim(tok: Any) -> bool:
    """True when what the act hits is an animal or a thing of nature ("attacked a stray bear"): no community."""
    from chronicler.events.agency import non_agent  # agency asks this module: imported when asked

    return any(non_agent(c) for c in tok.children if c.dep_ in ("dobj", "nsubjpass"))


def _victims(tok: Any) -> list[Any]:
    """Nouns the act hits: its objects, the objects of its prepositions, and their "of" nouns and conjuncts."""
    heads = [c for c in tok.children if c.dep_ in VICTIM_DEPS]
    heads += [g for c in tok.children if c.dep_ == "prep" for g in c.children if g.dep_ == "pobj"]
    heads += [g for h in list(heads) for p in h.children if p.dep_ == "prep" and p.lower_ == "of"
              for g in p.children if g.dep_ == "pobj"]
    return heads + [cj for h in heads for cj in h.conjuncts]
