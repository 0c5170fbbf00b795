"""Stances that wire copy states without an event verb: a proposal declared "unacceptable", removing sanctions
"out of the question", a military option "not ruled out".

- A rejecting predicate ("X is unacceptable", "is out of the question", "is not negotiable") rejects its subject:
  REJECT at the copula, with the subject's own events as its content.
- An accusing predicate ("the army was responsible for the massacre", "X was behind the attack", "Y is to blame
  for the crisis") accuses its subject: ACCUSE, by whoever said so.
- An approving finding ("declared the aircraft safe", "deemed the election free and fair") approves what it
  is said of: SUPPORT (PLOVER: "approve policy, action, or actor").
- A copula with "against" or "in favour of" (issue 7, session 17): "Hungary remains firmly against sending arms"
  rejects (REJECT), and so does "is not in favour of" (the positive form is left to the act it favours, whose
  own trigger already stands).
- Not ruling out force ("did not rule out military action", "refused to exclude the use of force") is a threat.
"""

from __future__ import annotations

from typing import Any

from chronicler.events.cues import negated, prep_objects
from chronicler.events.lexicon import Cue, TriggerSense

#: Adjectives that reject what they are said of.
REJECTING_ADJECTIVES = frozenset({"unacceptable", "inadmissible", "unthinkable", "non-negotiable"})
#: Adjectives that reject when negated ("is not acceptable", "is not negotiable").
ACCEPTING_ADJECTIVES = frozenset({"acceptable", "negotiable", "possible", "feasible"})
REJECTING = TriggerSense("verb", "<unacceptable>", Cue(), "REJECT", None, "120", "matrix")
#: A rejecting predicate said of a violent or coercive act condemns it (CAMEO 111, "criticize or denounce").
CONDEMNING = TriggerSense("verb", "<unacceptable act>", Cue(), "ACCUSE", "disapprove", "111", "matrix")
#: Types of the acts whose being "unacceptable" is a condemnation.
VIOLENT_TYPES = frozenset({"ASSAULT", "COERCE", "THREATEN"})
#: Verbs that pronounce a finding on something ("declared the aircraft safe", "deemed the vote valid").
FINDING_VERBS = frozenset({"declare", "deem", "pronounce", "certify", "rule", "judge"})
#: The lemmas of every word that can state a stance here: the copula and the finding verbs (a trigger finder may
#: skip the stance tests for any other word).
#: Copulas that state a stance ("is against", "remains firmly against", "stays opposed").
COPULAS = frozenset({"be", "remain", "stay"})
STANCE_LEMMAS = FINDING_VERBS | COPULAS
#: Findings that approve what they are said of.
APPROVING_ADJECTIVES = frozenset({"safe", "legal", "lawful", "valid", "legitimate", "acceptable", "fit", "sound",
                                  "airworthy", "constitutional", "fair", "free"})
APPROVING = TriggerSense("verb", "<declared safe>", Cue(), "SUPPORT", None, "051", "matrix")
#: Adjectives that blame their subject for the object of "for" ("responsible for the killings").
BLAMING_ADJECTIVES = frozenset({"responsible", "culpable", "accountable", "liable"})
ACCUSING = TriggerSense("verb", "<responsible>", Cue(), "ACCUSE", "allege", "112", "matrix")
#: Words of the use of force or of coercive measures, in the object of "not rule out".
FORCE_WORDS = frozenset({"force", "military", "attack", "strike", "war", "invasion", "retaliation", "sanction",
                         "embargo", "blockade", "offensive", "reprisal", "action", "intervention", "bombing",
                         "option", "response", "step", "measure"})
#: Of those, words that need a modifier of force ("military action", "punitive measures").
VAGUE_FORCE = frozenset({"action", "option", "response", "step", "measure"})
FORCE_MODIFIERS = frozenset({"military", "armed", "punitive", "forceful", "force", "tough", "retaliatory"})


def rejecting_predicate(tok: Any) -> bool:
    """True for a copula whose predicate rejects its subject ("the proposal was unacceptable", "removing the
    sanctions is out of the question")."""
    if tok.lemma_.lower() not in COPULAS or not any(c.dep_ in ("nsubj", "csubj", "nsubjpass") for c in tok.children):
        return False
    if _against(tok) or (_in_favour(tok) and negated(tok)):
        return True  # "Hungary remains firmly against sending arms", "is not in favour of intervention"
    for c in tok.children:
        if c.dep_ == "acomp":
            low = c.lower_
            if low in REJECTING_ADJECTIVES or (low in ACCEPTING_ADJECTIVES and (negated(tok) or negated(c))):
                return True
        if c.dep_ == "prep" and c.lower_ == "out":  # "out of the question"
            if any(g.dep_ == "prep" and g.lower_ == "of" and any(x.lemma_.lower() == "question" for x in g.children)
                   for g in list(c.children) + [c]):
                return True
    # "out of the question" may hang off the copula as two sibling preps
    kids = [c for c in tok.children if c.dep_ == "prep"]
    return any(a.lower_ == "out" for a in kids) and any(
        b.lower_ == "of" and any(x.lemma_.lower() == "question" for x in b.children) for b in kids)


def _against(copula: Any) -> bool:
    """A copula whose predicate is an "against" phrase with an object, not negated: a stand against it."""
    return not negated(copula) and any(c.dep_ == "prep" and c.lower_ == "against" and any(
        g.dep_ in ("pobj", "pcomp") for g in c.children) for c in copula.children)


def _in_favour(copula: Any) -> bool:
    """A copula whose predicate is "in favour/favor of" something."""
    return any(c.dep_ == "prep" and c.lower_ == "in" and any(
        g.dep_ == "pobj" and g.lemma_.lower() in ("favour", "favor") and any(
            p.dep_ == "prep" and p.lower_ == "of" for p in g.children) for g in c.children) for c in copula.children)


def approving_finding(tok: Any) -> bool:
    """True for a finding verb with an approving adjective on its object, in either parse ("declared the aircraft
    safe": object + oprd, or a small clause whose subject is the object); not when negated."""
    if tok.lemma_.lower() not in FINDING_VERBS or tok.pos_ != "VERB" or negated(tok):
        return False
    for c in tok.children:
        if c.dep_ in ("oprd", "ccomp", "xcomp", "acomp") and c.pos_ == "ADJ" and c.lower_ in APPROVING_ADJECTIVES \
                and not negated(c):
            return True
    return False


def accusing_predicate(tok: Any) -> bool:
    """True for a copula that blames its subject for an act: "was responsible for the massacre", "were behind the
    bombing", "is to blame for the crisis" (not when negated: "was not responsible" is a denial)."""
    if tok.lemma_.lower() != "be" or negated(tok) or not any(c.dep_ in ("nsubj", "nsubjpass") for c in tok.children):
        return False
    for c in tok.children:
        if c.dep_ == "acomp" and c.lower_ in BLAMING_ADJECTIVES and not negated(c) \
                and any(g.dep_ == "prep" and g.lower_ == "for" for g in c.children):
            return True
        if c.dep_ == "xcomp" and c.lemma_.lower() == "blame" and any(a.lower_ == "to" for a in c.children):
            return True
    return any(g.pos_ == "NOUN" for g in prep_objects(tok, ("behind",)))  # "were behind the bombing"


def predicate_tokens(tok: Any) -> set[int]:
    """Token indices of what a rejecting or accusing copula speaks of: its subject and its predicate's phrases."""
    return {t.i for c in tok.children if c.dep_ in ("nsubj", "csubj", "nsubjpass", "acomp", "prep", "xcomp")
            for t in c.subtree}


def force_not_ruled_out(tok: Any) -> bool:
    """True for "did not rule out / refused to exclude" with the use of force or a coercive measure as object."""
    lemma = tok.lemma_.lower()
    if lemma == "rule":
        if not any(c.lower_ == "out" for c in tok.children):
            return False
    elif lemma != "exclude":
        return False
    refused = tok.dep_ == "xcomp" and tok.head.lemma_.lower() in ("refuse", "decline")
    if not (negated(tok) or refused):
        return False
    for obj in (c for c in tok.children if c.dep_ in ("dobj", "nsubjpass", "pobj")):
        for t in obj.subtree:
            low = t.lemma_.lower()
            if low in FORCE_WORDS and (low not in VAGUE_FORCE or any(
                    m.lemma_.lower() in FORCE_MODIFIERS for m in t.children)):
                return True
    return False


def violent_subject(tok: Any) -> bool:
    """True when the subject of a copula is an event noun of violence or coercion ("attacks on reporters",
    "the arrests"), by the trigger lexicon's noun senses."""
    from chronicler.events.lexicon import trigger_lexicon

    table = trigger_lexicon()
    for c in tok.children:
        if c.dep_ in ("nsubj", "nsubjpass") and c.pos_ == "NOUN":
            senses = table.get(("noun", c.lemma_.lower()), ()) or table.get(("noun", c.lower_), ())
            if any(s.type in VIOLENT_TYPES and not s.cue.specific for s in senses):
                return True
    return False
