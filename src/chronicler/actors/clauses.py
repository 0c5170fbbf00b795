"""Whether a country named in a sentence can say where a group of that sentence belongs (issue 6, session 22).

The sentence's guess (``countryguess._context``) gave a bare group the nearest country the sentence names, wherever
that country stood: "Migrants picked up by a Maltese patrol boat" became Maltese, "the refugees" Germans in
"Although Germany had offered to take them in, the refugees refused to leave", "Students" Iranians in "Students
said they would keep marching unless Iran freed the girls". A country that is a participant of another clause — its
subject or object, a passive verb's agent — says who did something else, not who the group is.

:func:`cut_off` is that test, on the parse: walking up from the country's word to the first word that also governs
the group, it crosses an agent ("by X"), a condition or concession ("if Turkey refuses", "although ...",
``OPEN_MARKS``), or an adverbial clause with a noun subject of its own ("after France expelled the ambassador").
Complement and relative clauses with their own subjects were cut too at first; on real reports they mostly name
the group's own country ("our farmers have long said that new dams would ruin the Thai
rice harvest"), so they no longer cut. A place where something
happens ("in Peshawar") still counts across a temporal or causal clause ("three people were killed when a bomb
exploded in a market in Peshawar"). Only groups are judged so (``countryguess._elsewhere``): a person's or body's
sentence is left as it was.
"""

from __future__ import annotations

from typing import Any

#: Dependencies that open another clause (adverbial, complement, subject, relative, participle, loose parataxis).
CLAUSE_DEPS = {"advcl", "ccomp", "csubj", "csubjpass", "relcl", "acl", "parataxis"}
#: Subordinators of a condition or concession: what such a clause names is not the case, or not the point.
OPEN_MARKS = {"if", "unless", "although", "though", "whereas", "lest"}


def _marks(clause: Any) -> set[str]:
    return {c.lower_ for c in clause.children if c.dep_ in {"mark", "advmod"} and c.i < clause.i}


#: Dependencies of a clause's own subject.
SUBJECTS = {"nsubj", "nsubjpass", "csubj", "csubjpass", "expl"}


def _finite_with_subject(clause: Any) -> bool:
    """True for a finite clause with a noun subject of its own ("after France expelled the ambassador"); not an
    infinitive ("the call for Mubarak to go"), nor a pronoun subject, which is most often the group again."""
    if any(c.dep_ == "aux" and c.lower_ == "to" for c in clause.children):
        return False
    return any(c.dep_ in SUBJECTS and c.pos_ != "PRON" for c in clause.children)


def cut_off(group: Any, other: Any, located: bool) -> bool:
    """True when the token ``other`` (the head of a mention naming a country) lies in a clause that does not hold
    the token ``group``: an agent ("seized by the Indian coast guard"), a condition or concession ("if Turkey
    refuses"), or, unless ``other`` is a place where something happens (``located``), an adverbial clause with a
    subject of its own ("after France expelled the ambassador"). What the group says or thinks (a complement clause:
    "supporters of the cabinet say the tariffs would hurt Canada's farmers") and what describes another noun
    of its clause (a relative clause: "the damage the drought is doing to the Kenyan harvest") often name its own
    country, and a clause with no subject of its own is the group's doing ("to call for the Peruvian president to
    step down"): none of these cuts, nor a participle or relative clause on the group itself ("Ghanaian traders
    expelled from Nigeria")."""
    ancestors = {group.i, *(a.i for a in group.ancestors)}
    t = other
    for _ in range(40):
        if t.i in ancestors:
            return False
        if t.dep_ == "agent":
            return True
        if t.dep_ in CLAUSE_DEPS and not (t.dep_ in {"acl", "relcl"} and t.head.i == group.i):
            if _marks(t) & OPEN_MARKS:
                return True
            if not located and t.dep_ == "advcl" and _finite_with_subject(t):
                return True
        if t.head.i == t.i:
            return False
        t = t.head
    return False
