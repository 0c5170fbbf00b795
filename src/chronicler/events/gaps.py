"""The gap of a relative clause: the relative pronoun stands for the noun the clause describes.

"Peacekeepers, *who* were deployed to Lebanon": who = the peacekeepers; "the troops *that* Turkey sent into
Syria": that = the troops; "the town *which* the rebels withdrew from": which = the town. Whatever role the
relative pronoun holds in its clause (subject, passive subject, object, object of a preposition), the head noun
holds it, so the role readers and the cue tests read the head noun in its place.
"""

from __future__ import annotations

from typing import Any

#: Relative pronouns that stand for a noun ("where" and "when" stand for a place and a time: settings).
RELATIVE_PRONOUNS = frozenset({"who", "whom", "which", "that"})


def antecedent(tok: Any) -> Any | None:
    """The noun a relative pronoun ``tok`` stands for (the head of its relative clause), else None."""
    if tok.lower_ not in RELATIVE_PRONOUNS or tok.tag_ not in ("WP", "WDT"):
        return None
    verb = tok.head
    if tok.dep_ == "pobj" and verb.dep_ == "prep":  # "the town which the rebels withdrew from"
        verb = verb.head
    hops = 0
    while verb.dep_ in ("xcomp", "conj") and verb.head.i != verb.i and hops < 3:  # "that X agreed to send"
        verb, hops = verb.head, hops + 1
    if verb.dep_ != "relcl" or verb.head.i == verb.i:
        return None
    return verb.head




#: Pronouns that take an antecedent from the clause they are joined to, by number.
PLURAL_PRONOUNS = frozenset({"they", "them"})
SINGULAR_PRONOUNS = frozenset({"it"})


def _agrees(pronoun: Any, noun: Any) -> bool:
    """True when ``noun`` can be what ``pronoun`` stands for: "they"/"them" a plural or coordinated phrase, "it" a
    singular noun or name that is no person."""
    if noun.pos_ not in ("NOUN", "PROPN") or noun.ent_type_ == "PERSON":
        return False
    plural = noun.tag_ in ("NNS", "NNPS") or any(c.dep_ == "conj" for c in noun.children)
    return plural if pronoun.lower_ in PLURAL_PRONOUNS else not plural


def joined_antecedent(tok: Any) -> Any | None:
    """The noun a pronoun subject or object stands for when the clause it sits in is joined to another clause
    that names it in the same role: the other verb's object for an object ("closed the crossing and reopened
    *it*", "surrounded the town and captured *it*"), the governing clause's subject for a subject ("Greece and
    Turkey quarrelled, but *they* agreed", "X and Y ended the war when *they* signed"); None otherwise."""
    low = tok.lower_
    if low not in PLURAL_PRONOUNS | SINGULAR_PRONOUNS or tok.pos_ != "PRON":
        return None
    verb = tok.head
    if verb.head.i == verb.i or verb.dep_ not in ("conj", "advcl"):
        return None
    other = verb.head
    if tok.dep_ == "dobj" and verb.dep_ == "conj":
        deps = ("dobj",)
    elif tok.dep_ == "nsubj":
        deps = ("nsubj",)
    else:
        return None
    for c in other.children:
        if c.dep_ in deps and c.i < tok.i and _agrees(tok, c):
            return c
    return None


def filled(tok: Any) -> Any:
    """``tok``, or the noun it stands for when it is a relative pronoun or a pronoun whose antecedent a joined
    clause names (``joined_antecedent``)."""
    return antecedent(tok) or joined_antecedent(tok) or tok
