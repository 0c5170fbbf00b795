"""Sports and entertainment copy: a contest verb between sides named by their countries, cities or clubs tells
a game, not a political act (issue 7, session 22).

GDELT's best-known false events are results and fixtures: "Argentina thrashed Bolivia 6-0", "Australia beat
India by six wickets in the final", "Brazil meet Serbia in their first group game". The teams are named by their
states, so the doer guards of ``agency.py`` (which read a doer's common noun: "the cricket team") see a state.
:func:`sports_copy` reads the clause instead: a verb of one of ``GAME_TYPES`` whose doers are sides (names, or
nouns of no political kind) and whose sentence gives a score ("2-1", "by six wickets", "on penalties") or whose
arguments name a contest, a play, a prize or a show (``data/sport_words.csv``). Political acts about sport are
left alone: their verbs bar, ban, suspend, boycott, arrest or sanction (``EXCLUDING``), their types (SANCTION,
ACCUSE, PROTEST, REJECT, AGREE) are not guarded, and a doer of a political kind (police, a government, an
official) acts politically wherever it acts.
"""

from __future__ import annotations

import re
from functools import lru_cache
from pathlib import Path
from typing import Any

from chronicler.nlp import wordnet
from chronicler.text.tables import data_rows

#: Types a game is told with: contests (beat, crush, storm, overcome), fixtures (meet, host, face), giving up a
#: lead, threatening a goal, appealing for a penalty, winning a prize ("swept the medals", "won four Oscars").
GAME_TYPES = frozenset({"ASSAULT", "COERCE", "CONSULT", "RETREAT", "CONCEDE", "THREATEN", "REQUEST", "AID",
                        "SUPPORT", "MOBILIZE"})
#: Of those, the contest types a named person can do in a game ("Djokovic beat Alcaraz in the final"); a person
#: who meets, supports, asks or aids at a final may be a head of state ("met Infantino at the final").
PERSON_TYPES = frozenset({"ASSAULT", "COERCE", "RETREAT", "CONCEDE", "THREATEN"})
#: Verbs of acting ON a sport: a state or a body barring, banning or punishing is a political act even in a
#: sentence about a championship ("Malaysia barred Israeli swimmers from the championships").
EXCLUDING = frozenset({"bar", "ban", "suspend", "exclude", "expel", "strip", "boycott", "sanction", "arrest",
                       "detain", "deport", "jail", "imprison", "freeze", "fine", "disqualify", "prohibit", "block"})
#: Entities a side is named by: a state, a city, a club, a people, a person, a work (a film).
SIDE_ENTITIES = frozenset({"GPE", "NORP", "ORG", "PERSON", "LOC", "FAC", "WORK_OF_ART", "PRODUCT", "EVENT"})
#: Words in a sentence that make a score a vote or a ruling ("voted 52-48", "a 5-4 ruling").
TALLY_WORDS = frozenset({"vote", "voted", "votes", "ballot", "ruling", "ruled", "verdict", "majority", "seats",
                         "poll", "polls", "court", "jury", "senate", "house", "parliament", "justices"})
#: Margins of a game: "by six wickets", "by 69 runs", "on penalties", "in a shootout".
_SCORE = re.compile(r"(?<![\d.,-])\d{1,3}-\d{1,3}(?![\d.,-]?\d)(?= *(?:$|[.,;)]|(?:in|at|on|to|win|victory|"
                    r"defeat|loss|draw|lead|and|after|with|against|over|away|home|\d{1,3}-\d)\b))")
_MARGIN = re.compile(r"\bby (?:\w+|\d+) (?:runs?|wickets?|goals?|strokes?|lengths?|tries|frames|sets)\b"
                     r"|\bon penalties\b|\bin a (?:penalty )?shoot-?out\b", re.IGNORECASE)
#: Verbs of a game whose clause, hanging on a contest verb, is part of its arguments ("stormed back to beat",
#: "threatened to chase down the target before losing three wickets").
GAME_VERBS = frozenset({"win", "reach", "lose", "take", "claim", "beat", "chase", "score", "qualify", "advance",
                        "finish", "retain", "clinch", "seal", "defeat", "draw"})
#: Dependents of the verb that hold what it acts on, where and how.
ARGUMENTS = frozenset({"dobj", "prep", "npadvmod", "dative", "attr", "advcl", "xcomp"})
DATA = Path(__file__).resolve().parent.parent / "data" / "sport_words.csv"


@lru_cache(maxsize=1)
def sport_words() -> frozenset[str]:
    """The words of ``data/sport_words.csv`` (lower case; a name's words joined by spaces)."""
    return frozenset(r[0].strip() for r in data_rows(DATA))


def sports_copy(tok: Any, sense: Any, doers: list[Any]) -> bool:
    """True when verb ``tok`` read as ``sense`` tells a game, a medal or a prize: a type of ``GAME_TYPES``, no
    excluding verb, sides for ``doers`` (the verb's subjects, see ``agency._doers``), and a score in the sentence
    or a sport word among the verb's arguments."""
    if sense.type not in GAME_TYPES or tok.lemma_.lower() in EXCLUDING or not doers:
        return False
    if not all(_side(d, sense.type) for d in doers):
        return False
    return _score(tok.sent) or _sport_argument(tok)


def _side(noun: Any, type_: str) -> bool:
    """True for a doer that can be a side in a game: a name (a person only for the contest types), or a noun
    of no political kind ("players", "pack", "back line"; not "police", "government", "troops")."""
    from chronicler.events.agency import AGENT_LEXNAMES, POLITICAL_KINDS, PUBLIC_KINDS, kind_of  # imports this

    if noun.ent_type_ == "PERSON" or (noun.pos_ == "PROPN" and not noun.ent_type_):
        return type_ in PERSON_TYPES
    if noun.ent_type_ in SIDE_ENTITIES or noun.pos_ == "PROPN":
        return True
    if noun.pos_ != "NOUN":
        return False
    words = [noun.lemma_.lower()] + [c.lemma_.lower() for c in noun.children
                                     if c.dep_ in ("compound", "amod") and c.pos_ == "NOUN"]
    if any(kind_of(w, POLITICAL_KINDS | PUBLIC_KINDS) for w in words):
        return False
    first = wordnet.first_sense(noun.lemma_.lower(), "n")
    if first is not None and first.lexname in ("noun.act", "noun.event", "noun.artifact", "noun.phenomenon"):
        return False  # "air strikes killed 10-15 people": an act or a weapon is no side
    return (first is not None and first.lexname in AGENT_LEXNAMES) or any(
        c.dep_ == "poss" and c.ent_type_ in SIDE_ENTITIES for c in noun.children)  # "Croatia's back line"


def _score(sent: Any) -> bool:
    """True when a sentence gives a game's score or margin and no vote or ruling ("2-1", "by six wickets")."""
    if any(t.lower_ in TALLY_WORDS for t in sent):
        return False
    return any(not _in_date(sent, m.start(), m.end()) for m in _SCORE.finditer(sent.text)) \
        or bool(_MARGIN.search(sent.text))


#: Entity types whose numbers are no score: "talks on May 4-6", "from 9-11 a.m.", "a 3-5 percent rise".
NOT_SCORE_ENTITIES = frozenset({"DATE", "TIME", "PERCENT", "MONEY", "QUANTITY"})


def _in_date(sent: Any, start: int, end: int) -> bool:
    """True when characters ``start:end`` of ``sent``'s text lie in a date, time or measure the parser named."""
    lo, hi = sent.start_char + start, sent.start_char + end
    return any(t.ent_type_ in NOT_SCORE_ENTITIES for t in sent if t.idx < hi and t.idx + len(t.text) > lo)


def _sport_argument(tok: Any) -> bool:
    """True when a noun or name among what the verb acts on (its objects and prepositional phrases, their
    modifiers, and those of its conjuncts: "surrendered a lead and lost in the final") is a sport word."""
    words = sport_words()
    verbs = [tok, *(c for c in tok.children if c.dep_ == "conj" and c.pos_ == "VERB")]
    for v in verbs:
        for c in v.children:
            clause = c.dep_ in ("advcl", "xcomp")  # only a game verb's clause: not "met X to discuss the World Cup"
            if c.dep_ not in ARGUMENTS or (clause and c.lemma_.lower() not in GAME_VERBS):
                continue
            for t in c.subtree:
                if t.pos_ in ("NOUN", "PROPN") and _word_at(t, words):
                    return True
    return False


def _word_at(t: Any, words: frozenset[str]) -> bool:
    """True when the token's lemma, its lower-case form, or the two- or three-word name it ends is a sport word."""
    if t.lemma_.lower() in words or t.lower_ in words:
        return True
    doc = t.doc
    for n in (2, 3, 4):
        if t.i - n + 1 >= 0 and " ".join(x.lower_ for x in doc[t.i - n + 1:t.i + 1]).replace(" - ", "-") in words:
            return True
    return False


def sport_noun(noun: Any, sense: Any) -> bool:
    """True for an event noun of one of ``GAME_TYPES`` that is itself a sport word: a contest or a prize read as
    support or a meeting ("at the world championships", "won four Oscars") is no act."""
    return sense.type in GAME_TYPES and _word_at(noun, sport_words())
