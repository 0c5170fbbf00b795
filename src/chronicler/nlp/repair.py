"""Repairs of the parser's commonest misreading of a full wire sentence's clause structure.

"The U.N. human rights chief called on Myanmar's military to free ..." is sometimes parsed as a noun phrase: the
subject noun made the sentence's root and its verb a participle modifier of it ("the chief called ..." as in "the
soldiers killed in the raid"). Every later reading (the act, its subject, the main event of the sentence) then
goes wrong. :func:`repair_participle_roots` restores the clause when the participle shows an active verb's
dependents (an object, or a clausal complement such as a to-infinitive) and directly follows its noun; a passive
headline ("Three soldiers killed in bombing") has none of those and is left alone.
"""

from __future__ import annotations

from typing import Any

#: Dependents that only an active verb takes in this position.
ACTIVE_DEPS = frozenset({"dobj", "dative", "ccomp"})
CLAUSE_DEPS = frozenset({"xcomp", "advcl"})


def _active(verb: Any) -> bool:
    """True when the participle ``verb`` has an object or a complement clause of its own (an active verb's)."""
    for c in verb.children:
        if c.dep_ in ACTIVE_DEPS:
            return True
        if c.dep_ in CLAUSE_DEPS and any(a.dep_ == "aux" and a.lower_ == "to" for a in c.children):
            return True  # "called on X to free ...", "urged X to ..."
        if (c.dep_ == "prt" or c.tag_ == "RP") and any(g.dep_ == "pobj" for g in c.children):
            return True  # "sealed off the ports": a particle with an object (a passive's has none)
        if c.dep_ == "prep" and c.lower_ in ("on", "upon") and any(
                g.dep_ in CLAUSE_DEPS and any(a.dep_ == "aux" and a.lower_ == "to" for a in g.children)
                for g in c.subtree):
            return True
    return False


def repair_participle_roots(sdoc: Any) -> int:
    """Make the verb the root of each sentence whose root is its subject noun with that verb, a past participle
    (or past tense) right after it with an active verb's dependents, hanging on it as a modifier; returns how many were repaired.
    Sentences must end with a full stop (headlines are compressed on purpose)."""
    repaired = 0
    for sent in list(sdoc.sents):
        root = sent.root
        if root.pos_ not in ("NOUN", "PROPN") or sent[-1].text not in (".", "!"):
            continue
        verb = root.i + 1 < sent.end and sdoc[root.i + 1]
        if not verb or verb.head.i != root.i or verb.dep_ != "acl" or verb.tag_ not in ("VBN", "VBD") \
                or not _active(verb):
            continue
        later = [c for c in root.children if c.i > verb.i]
        verb.head = verb
        verb.dep_ = "ROOT"
        verb.tag_ = "VBD"
        root.head = verb
        root.dep_ = "nsubj"
        for c in later:  # the final full stop and anything else the noun held after the verb
            c.head = verb
        repaired += 1
    return repaired
