"""Whether a verb token has a political side as its subject (session 18).

The guard of WordNet loans from the motion and change files (``borrow.GUARDED``): "Israel pulled its troops back
from Lebanon" has a state as subject and soldiers as object; "the shares pulled back", "hikers backtracked" do not.
"""

from __future__ import annotations

from typing import Any

from chronicler.events.agency import PARTY_ENTITIES, POLITICAL_KINDS, _kind_of
from chronicler.events.cues import subjects


def _party(noun: Any) -> bool:
    """A named party (a state, people, body or person) or a political kind of noun ("troops", "government")."""
    if noun.ent_type_ in PARTY_ENTITIES:
        return True
    return noun.pos_ in ("NOUN", "PROPN") and _kind_of(noun.lemma_.lower(), POLITICAL_KINDS)


def political(tok: Any) -> bool:
    """True when a subject of the verb (or a word of it: "Israeli troops") is a party. What the verb acts on is not
    asked: requiring a party object too (session 18, lead) lost most of the leave-lemma-out gains ("decimated an
    armoured column"), though it would spare a company that "completed a relief well" a loan from "terminate"."""
    subj = subjects(tok)
    subj += [c for s in subj for c in s.children if c.dep_ in ("compound", "amod", "poss")]
    return any(_party(s) for s in subj)
