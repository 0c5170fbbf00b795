"""Contests told without a score: two named sides and a verb of winning, losing or meeting (issue 7, session 23).

``sports.py`` rules out a game verb when its sentence gives a score or a sport word. Results and fixtures are just
as often told bare: "Brazil edged Argentina in Rio on Thursday", "Poland host Ukraine in Warsaw next Friday". What
tells them apart from the political acts with the same verbs ("Israeli troops beat back a Hamas assault", "India
hosted Pakistan's prime minister", "the government defeated the motion") is who the sides are. :func:`contest` asks:

* the verb has a contest reading: a WordNet sense that is, or is a kind of, getting the better of someone
  (``beat``, ``defeat``, ``crush``, ``rout``, ``overcome``, ``thrash``) or meeting an opponent (``face``, ``meet``,
  ``take on``), and no sense of attacking (``shell``, ``storm``, ``hit``); ``data/contest_verbs.csv`` fills
  WordNet's gaps (``edge``, ``outclass``, ``host``, ``visit``);
* both sides are bare names, the subject and the direct object (a state, city, club or player; not "Russian
  troops", "Pakistan's prime minister", "the rebels"), with no word of war in the sentence (forces, war, offensive);
* a meeting is a fixture: told in the present or future ("host", "face", "will meet") with no matter to meet on
  ("for talks"), and never between two named persons ("Biden meets Xi");
* the actors stage coded neither side as a political or armed body (government, military, rebels, a party, an
  elite, an international body): "Nigeria beat back Boko Haram" stays, as "Biden beat Trump" does.

Every lookup is memoised per lemma, so the cost is a dictionary hit per trigger.
"""

from __future__ import annotations

from functools import lru_cache
from pathlib import Path
from typing import Any

from chronicler.nlp import wordnet
from chronicler.text.tables import data_rows

DATA = Path(__file__).resolve().parent.parent / "data" / "contest_verbs.csv"
#: Verb senses a win is a kind of (their first words in WordNet), and a meeting of opponents.
WIN_SENSES = frozenset({"get_the_better_of"})
MEET_SENSES = frozenset({"meet"})
#: Senses of attacking: a verb with one of them can tell an assault on a named state ("Israel shelled Gaza").
ATTACK_SENSES = frozenset({"attack", "assail", "bombard"})
#: WordNet kinds of nouns that make a sentence one of war: then two bare names are belligerents, not teams.
WAR_KINDS = frozenset({"military_action", "military_unit", "armed_forces", "serviceman", "weapon", "war",
                       "attack", "insurgent", "terrorist", "combatant"})
#: Sectors of the actors stage that act politically whatever the verb.
POLITICAL_SECTORS = frozenset({"GOV", "MIL", "REB", "INS", "ELI", "PTY", "OPP", "LEG", "JUD", "COP", "SPY", "IGO",
                               "UAF", "CRM", "NGO", "NGM"})
#: Entities a proper noun naming a side may carry (the parser reads team names as places, works or nothing).
SIDE_ENTITIES = frozenset({"GPE", "ORG", "NORP", "PERSON", "FAC", "WORK_OF_ART", "LOC", "PRODUCT", ""})
#: Entities that name a side whatever the parser's part of speech ("Celtic" read as an adjective).
NAMED = frozenset({"GPE", "ORG", "NORP", "PERSON"})
#: Tags of a verb told in the present (a fixture: "Montreal hosts Toronto", "Brazil meet Germany"; a plural verb
#: after a team's singular name is often read as the bare form: "Boston visit New York").
PRESENT_TAGS = frozenset({"VBZ", "VBP", "VB"})


@lru_cache(maxsize=1)
def listed_verbs() -> dict[str, str]:
    """``data/contest_verbs.csv``: verb (phrasal with "_") -> kind ("win" or "meet")."""
    return {r[0].strip(): r[1].strip() for r in data_rows(DATA)}


@lru_cache(maxsize=4096)
def contest_kind(lemma: str) -> str | None:
    """"win" or "meet" when the verb has a contest reading (WordNet or the list), None otherwise or when a sense
    of it is attacking."""
    listed = listed_verbs().get(lemma)
    if listed is not None:
        return listed
    found: set[str] = set()
    for sense in wordnet.synsets(lemma, "v"):
        for _, hyper in wordnet.hypernym_paths(sense, max_depth=3):
            if hyper.lexname != "verb.competition":
                continue
            head = hyper.words[0]
            if head in ATTACK_SENSES:
                return None
            if head in WIN_SENSES:
                found.add("win")
            elif head in MEET_SENSES:
                found.add("meet")
    return "win" if "win" in found else "meet" if found else None


def contest(trig: Any, source: Any, target: Any) -> bool:
    """True when trigger ``trig`` (a verb) with its read ``source`` and ``target`` fillers tells a game result or
    fixture between two named sides (see the module docstring), not a political act."""
    tok = trig.head
    if trig.noun is not None or tok.pos_ != "VERB":
        return False
    particle = next((c.lower_ for c in tok.children if c.dep_ == "prt"), None)
    lemma = tok.lemma_.lower()
    kind = contest_kind(f"{lemma}_{particle}") if particle else None
    kind = kind or (contest_kind(lemma) if particle in (None, "out", "off") else None)
    if kind is None:
        return False
    from chronicler.events.agency import _doers  # agency imports sports, which is this module's sibling

    doers = _doers(tok)
    objects = [c for c in tok.children if c.dep_ == "dobj" or (c.dep_ == "npadvmod" and c.ent_type_ in NAMED)]
    if not doers or len(objects) != 1 or not all(_bare_side(n, kind) for n in [*doers, *objects]):
        return False
    if kind == "meet" and not _fixture(tok):
        return False
    if _war_sentence(tok.sent):
        return False
    if all(n.ent_type_ == "GPE" for n in [*doers, *objects]):
        if kind == "meet":  # states meet for talks ("Japan will meet the United States on Friday"); only a
            return _team_agreement(tok, doers)  # team named by its state takes a plural verb ("Brazil meet Germany")
        return True  # two bare states: the actors stage may code one as its government ("Wales" as the UK's)
    return not any(f is not None and f.actor is not None and f.actor.sector in POLITICAL_SECTORS
                   for f in (source, target))


def _team_agreement(tok: Any, doers: list[Any]) -> bool:
    """True when one named side takes the verb's bare plural form with no auxiliary ("Peru meet Chile"): sports
    copy treats a team as plural, a state is singular ("Peru meets", "Peru will meet")."""
    return len(doers) == 1 and tok.tag_ in ("VB", "VBP") and not any(c.dep_ in ("aux", "auxpass") for c in tok.children)


def _bare_side(noun: Any, kind: str) -> bool:
    """True for a subject or object that is a name alone: a proper noun heading its phrase, with no common noun
    before it and no possessor ("Japan", "the Chicago Bulls", "Cameroon's Indomitable Lions" is a name too)."""
    if not (noun.pos_ == "PROPN" and noun.ent_type_ in SIDE_ENTITIES) and noun.ent_type_ not in NAMED:
        return False
    if kind == "meet" and noun.ent_type_ == "PERSON":
        return False  # "Biden meets Xi": two named persons meeting are most often leaders
    return not any(c.pos_ == "NOUN" and c.dep_ in ("compound", "amod", "nmod") for c in noun.children)


def _fixture(tok: Any) -> bool:
    """True when a meeting verb is told in the present or future and meets on no matter ("for talks", "on
    trade"): only places and times hang on it."""
    auxes = [c.lower_ for c in tok.children if c.dep_ == "aux"]
    future = any(a in ("will", "'ll") for a in auxes)
    if (tok.tag_ not in PRESENT_TAGS or (tok.tag_ == "VB" and auxes)) and not future:
        return False
    for c in tok.children:
        if c.dep_ in ("advcl", "xcomp", "ccomp"):
            return False  # "meet to discuss"
        if c.dep_ == "prep":
            objs = [g for g in c.children if g.dep_ == "pobj"]
            if any(g.pos_ == "NOUN" and g.ent_type_ not in ("DATE", "TIME") for g in objs):
                return False
    return True


def _war_sentence(sent: Any) -> bool:
    """True when a common noun of the sentence is a kind of war, armed force, fighter or weapon."""
    from chronicler.events.agency import kind_of

    return any(t.pos_ == "NOUN" and kind_of(t.lemma_.lower(), WAR_KINDS) for t in sent)
