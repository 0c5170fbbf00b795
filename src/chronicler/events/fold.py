"""Speech acts over their content: a speech act ("agreed to share", "demanded that X cancel", "ordered the paper
to suspend publication") takes over the triggers in its complement, which then give only its mode and target.

``fold`` runs on the triggers ``triggers.find_triggers`` found in one sentence; ``complement_tokens`` says which
tokens are a speech act's content.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from chronicler.events.cues import matches, negated
from chronicler.events.lexicon import WORD_CLASSES, Cue, TriggerSense, trigger_lexicon
from chronicler.events.status import OPEN_ADJECTIVES, SPEECH_VERBS, made_by_other
from chronicler.events.stances import ACCUSING, COPULAS, CONDEMNING, REJECTING, predicate_tokens

if TYPE_CHECKING:
    from chronicler.events.triggers import Trigger

#: Dependents that make the clausal or nominal content of a speech act.
COMPLEMENT_DEPS = frozenset({"xcomp", "ccomp", "dobj", "dative", "oprd", "attr"})
#: Prepositions whose object is the content of a speech act ("calls for aid", "demand for talks").
COMPLEMENT_PREPS = frozenset({"for", "on", "upon", "to", "of"})
#: Types whose complement is content rather than a separate event.
CONFLICT_TYPES = frozenset({"ASSAULT", "COERCE", "MOBILIZE", "SANCTION", "PROTEST", "THREATEN"})
MATERIAL_TYPES = frozenset({"ASSAULT", "COERCE", "MOBILIZE", "SANCTION", "AID", "COOPERATE", "RETREAT"})
#: Documents whose content clause is the act ("a declaration demanding ...", "a resolution condemning ...").
DOCUMENT_NOUNS = frozenset({"declaration", "statement", "resolution", "letter", "communique", "communiqué", "note"})
#: Prepositions of setting: what they introduce is not the content of a speech act.
CIRCUMSTANTIAL_PREPS = frozenset({"in", "at", "during", "after", "before", "since", "while", "despite", "amid"})
#: Verbs of sending people whose purpose clause names the act ("sent a team to mediate").
SENDING_VERBS = frozenset({"send", "dispatch"})
ERRAND_TYPES = frozenset({"ACCUSE", "CONSULT", "AID", "COOPERATE"})
#: Verbs of telling someone to go, and the verbs of going: "ordered the envoy to leave" expels the envoy.
ORDER_VERBS = frozenset({"order", "tell", "instruct"})  # not "ask": "asked him to leave" is a plea
DEPARTURE_VERBS = frozenset({"leave", "quit", "depart"})
#: Willingness or readiness to act ("is willing to talk", "stands ready to send", "open to talks"): PLOVER AGREE
#: ("indicate willingness ... to cooperate"; CAMEO 036 intent to meet or negotiate), a threat over a violent act.
WILLING = TriggerSense("verb", "<willing>", Cue(), "AGREE", None, "030", "intent")
#: A reported obligation ("X said Y must ...") as a request: its content is no event of its own.
DEONTIC = TriggerSense("verb", "<obligation>", Cue(), "REQUEST", None, "100", "matrix")


def complement_tokens(trigger: Trigger) -> set[int]:
    """Token indices of the content of a speech act: its clausal complements, object and content PPs."""
    out: set[int] = set()
    heads = [trigger.head] + ([trigger.noun] if trigger.noun is not None else [])
    if trigger.sense in (REJECTING, ACCUSING, CONDEMNING) and trigger.head.lemma_.lower() in COPULAS:
        out |= predicate_tokens(trigger.head)
    for h in heads:
        for c in h.children:
            infinitive = c.dep_ in ("advcl", "acl") and any(a.dep_ == "aux" and a.lower_ == "to" for a in c.children)
            clause = c.dep_ == "acl" and h.pos_ == "NOUN" and any(a.dep_ == "mark" for a in c.children)
            if c.dep_ in COMPLEMENT_DEPS or (c.dep_ == "prep" and c.lower_ in COMPLEMENT_PREPS) or infinitive \
                    or clause or (c.dep_ == "acl" and h.pos_ == "NOUN" and c.tag_ in ("VB", "VBP")):
                if trigger.noun is not None and c.i == trigger.noun.i:
                    out |= {t.i for t in c.subtree} - {c.i}
                else:
                    out |= {t.i for t in c.subtree}
    return out


def fold(found: list[Trigger]) -> list[Trigger]:
    """Let speech acts (``matrix``/``intent``/``weak``/``posture`` senses) take over the triggers in their
    complements."""
    absorbed: set[int] = set()
    found = _penalties(found) + _willingness(found)
    # Outermost speech acts first, so "refused to agree to meet" folds into "refused".
    for t in sorted(found, key=lambda x: _depth(x.head)):
        if t.head.i in absorbed or t.sense.role == "act":
            continue
        inside = complement_tokens(t)
        inner = [o for o in found if o is not t and o.head.i in inside and o.head.i not in absorbed
                 and not (t.standalone and o.standalone) and not _circumstantial(o.head, t.head)
                 and not (o.standalone and made_by_other(o.noun))]  # "rejected X's call": X's act, not content
        if t.sense.role == "posture":  # "the army prepared to resume shelling": a military move short of force
            if not any(o.type in ("ASSAULT", "COERCE") for o in inner):
                absorbed.add(t.head.i)  # preparing anything else is no event of its own
                continue
            t.type = "MOBILIZE"
        expel = _ordered_out(t)
        if expel is not None:  # "told the observers to leave": an expulsion, with the order's roles
            t.sense, t.type = expel, expel.type or t.type
            absorbed |= {o.head.i for o in inner}
            continue
        if not inner:
            continue
        if t.sense.role == "weak" and any(o.type in MATERIAL_TYPES for o in inner):
            absorbed.add(t.head.i)  # "ordered the paper to suspend publication": the order is the coercion
            for o in inner:
                o.governor = t
            continue
        t.complements = inner
        absorbed |= {o.head.i for o in inner}
        refused = bool(inner) and all(negated(o.head) for o in inner)
        if t.sense.role == "intent":  # "vowed to retaliate"; "vowed not to attack" is a promise
            conflict = any(o.type in CONFLICT_TYPES for o in inner)
            t.type = "THREATEN" if conflict and not refused else "REJECT" if refused and not conflict else "AGREE"
        elif t.type == "AGREE" and refused and not any(o.type in CONFLICT_TYPES for o in inner):
            t.type = "REJECT"  # "promised that it would not allow a new base": a refusal announced
    # "issued a declaration demanding ...": the document's content is the act; the issuer is its source.
    for t in found:
        if t.noun is None or t.head.i in absorbed or t.noun.lemma_.lower() not in DOCUMENT_NOUNS:
            continue
        for o in found:
            if o is not t and o.head.dep_ == "acl" and o.head.head.i == t.noun.i and o.head.tag_ == "VBG":
                o.governor = t
                absorbed.add(t.head.i)
    # Envoys sent to talk, help or investigate: the errand is the event ("sent personnel to investigate ...").
    for t in found:
        if t.head.i in absorbed or t.noun is not None or t.head.lemma_.lower() not in SENDING_VERBS:
            continue
        errand = [o for o in found if o is not t and o.type in ERRAND_TYPES and o.head.head.i == t.head.i
                  and o.head.dep_ in ("advcl", "xcomp") and any(a.lower_ == "to" for a in o.head.children)]
        if errand:
            absorbed.add(t.head.i)
            for o in errand:
                o.governor = t
    # A purpose clause of the same type is part of its governor: "will meet ... to discuss".
    heads = {t.head.i: t for t in found if t.head.i not in absorbed}
    for t in found:
        gov = heads.get(t.head.head.i)
        if t.head.dep_ in ("advcl", "xcomp") and gov is not None and gov is not t and gov.type == t.type:
            gov.complements.append(t)
            absorbed.add(t.head.i)
    # The content of a commitment, request or refusal is also an event of its own, with the status the speech
    # act gives it: "agreed to move the Marines by 2014" is AGREE (occurred) and RETREAT (planned, 2014).
    for t in found:
        if t.head.i in absorbed or t.sense.role == "act" or t.type in ("ACCUSE",) or t.sense is DEONTIC:
            continue
        for o in t.complements:
            if not o.standalone and o.type and o.head.pos_ in ("VERB", "AUX"):
                o.content_of = t
    for t in found:
        if t.sense is WILLING:  # readiness to use force threatens ("ready to retaliate"), else agrees
            t.type = "REJECT" if negated(t.head) or negated(t.head.head) else \
                "THREATEN" if any(o.type == "ASSAULT" for o in t.complements) else "AGREE"
    return [t for t in found if t.head.i not in absorbed or t.content_of is not None]


def _penalties(found: list[Trigger]) -> list[Trigger]:
    """A penalty to be faced ("would face consequences", "will pay a heavy price") in what someone said or told
    is the speaker's threat: moved onto the reporting verb ("told X that it would face ...": X is threatened).
    Outside reported speech, or under a verb already read ("warned that X would face ..."), it is no event."""
    heads = {t.head.i for t in found}
    out = []
    for t in found:
        if t.sense.mode != "penalty":
            out.append(t)
            continue
        tok, hops = t.head, 0
        while tok.dep_ in ("ccomp", "conj") and tok.head.i != tok.i and hops < 3 \
                and tok.head.lemma_.lower() not in SPEECH_VERBS:
            tok, hops = tok.head, hops + 1
        rep = tok.head
        if tok.dep_ == "ccomp" and rep.lemma_.lower() in SPEECH_VERBS and rep.i not in heads and not negated(rep):
            t.head = rep
            heads.add(rep.i)
            out.append(t)
    return out


def _willingness(found: list[Trigger]) -> list[Trigger]:
    """Intent triggers on the adjectives of willingness that govern a trigger: its infinitive ("was willing to
    discuss", "stood ready to send") or the event noun of its "to"/"for" phrase ("open to talks")."""
    heads = {t.head.i for t in found}
    out: dict[int, Trigger] = {}
    for o in found:
        tok = o.head
        if tok.dep_ == "pobj" and tok.head.dep_ == "prep" and tok.head.lower_ in ("to", "for") and o.standalone:
            adj = tok.head.head
        elif tok.dep_ == "xcomp" and not o.standalone and any(a.dep_ == "aux" and a.lower_ == "to" for a in tok.children):
            adj = tok.head
        else:
            continue
        if adj.lemma_.lower() not in OPEN_ADJECTIVES and adj.lower_ not in OPEN_ADJECTIVES:
            continue
        if tok.lemma_.lower() in SPEECH_VERBS:
            continue  # "keen to stress that ...": eager to say something is no act
        if adj.pos_ not in ("ADJ", "VERB") or adj.dep_ in ("amod", "compound") or adj.i in heads or adj.head.i in heads:
            continue  # "the ready-made ...", or a verb already read ("signalled readiness")
        out.setdefault(adj.i, type(o)(adj, WILLING, "AGREE"))
    return list(out.values())


def _ordered_out(t: Trigger) -> TriggerSense | None:
    """The lexicon's sense of "expel" that an order to leave takes ("ordered the ambassador to leave the country"
    expels a diplomat; "... the reporters to leave" deports people), or None when ``t`` is no such order."""
    if t.noun is not None or t.head.lemma_.lower() not in ORDER_VERBS or negated(t.head):
        return None
    if not any(c.dep_ == "xcomp" and c.lemma_.lower() in DEPARTURE_VERBS and not negated(c)
               and any(a.dep_ == "aux" and a.lower_ == "to" for a in c.children) for c in t.head.children):
        return None
    sent = [c for c in t.head.children if c.dep_ in ("dobj", "dative")]
    if not sent:
        return None  # "asked to leave" (passive, no one sent away by the asker)
    if any(o.lemma_.lower() in WORD_CLASSES["forces"] or any(p.dep_ == "poss" for p in o.children) for o in sent):
        return None  # "ordered its troops to leave": a withdrawal of one's own, no expulsion
    return next((s for s in trigger_lexicon().get(("verb", "expel"), ()) if matches(s, t.head)), None)


def _circumstantial(tok: Any, top: Any) -> bool:
    """True when ``tok`` hangs off a setting phrase below ``top`` ("proposed ... in his talks with X")."""
    hops = 0
    while tok.i != top.i and tok.head.i != tok.i and hops < 30:
        if tok.dep_ == "prep" and tok.lower_ in CIRCUMSTANTIAL_PREPS:
            return True
        tok, hops = tok.head, hops + 1
    return False


def _depth(tok: Any) -> int:
    d = 0
    while tok.head.i != tok.i and d < 200:
        tok = tok.head
        d += 1
    return d
