"""A typed event for a sentence with actors and a verb but no lexicon trigger, at a lower confidence.

The lexicon's default reading of a verb whose senses all carry conditions (``default`` rows: "cut" with an object
none of its conditions names is SANCTION), else the verb's morphological relatives in the trigger lexicon: a verb
whose event noun is listed takes that noun's
type ("evacuate" → "evacuation", "rocket" → "rocket"). Only the verbs highest in the parse are tried, and
reporting verbs ("said", "reported") pass to their content. (A table of general verb classes was tried and
dropped: on the PLOVER gold it typed sentences the gold codes otherwise, lowering macro-F1 on both parts.)
"""

from __future__ import annotations

from typing import Any

from chronicler.events.lexicon import Cue, TriggerSense, trigger_lexicon
from chronicler.events.agency import main_clause, no_doer
from chronicler.events.cues import is_natural
from chronicler.events.nested import silenced
from chronicler.events.selection import unfit_object
from chronicler.events.triggers import Trigger, _first, _reflexive, lemmas, no_event

#: Verbs that report rather than act: the fallback looks inside their content clause.
REPORTING = frozenset({"say", "report", "tell", "state", "announce", "add", "claim", "quote", "accord", "note",
                       "write", "believe", "think", "know", "learn", "show", "indicate", "suggest", "reveal"})
#: Verbs that carry no event of their own ("be", "have", "seem").
EMPTY = frozenset({"be", "have", "seem", "appear", "become", "remain", "get", "do", "go", "come", "make", "want",
                   "need", "try", "hope", "expect", "plan", "prepare", "begin", "start", "continue", "keep"})
#: Verbs the fallback passes over (reporting and empty ones).
_PASSED = REPORTING | EMPTY
#: Noun suffixes that turn a verb into its event noun ("deploy" → "deployment", "invade" → "invasion").
NOUN_FORMS = (("", ""), ("", "ment"), ("", "al"), ("", "ion"), ("e", "ion"), ("e", "ation"), ("", "ation"),
              ("ize", "ization"), ("ise", "isation"), ("", "ance"), ("", "ence"), ("e", "ing"), ("", "ing"),
              ("de", "sion"), ("d", "sion"), ("t", "ssion"), ("y", "iance"))
def _from_noun(tok: Any) -> TriggerSense | None:
    table = trigger_lexicon()
    # The lemma only: a surface form grows into unrelated nouns ("sent" + "ence").
    for lemma in lemmas(tok)[:1]:
        for cut, add in NOUN_FORMS:
            if cut and not lemma.endswith(cut):
                continue
            noun = (lemma[: -len(cut)] if cut else lemma) + add
            for sense in table.get(("noun", noun), ()):
                if sense.type and not sense.cue.specific:
                    return TriggerSense("fallback", lemma, Cue(), sense.type, sense.mode, sense.cameo, "act")
    return None


def _candidates(sent: Any) -> list[Any]:
    """Verbs from the top of the parse down: the root, its conjuncts, then the content of reporting verbs."""
    out: list[Any] = []
    queue = [sent.root]
    while queue and len(out) < 6:
        tok = queue.pop(0)
        if tok.pos_ in ("VERB", "AUX") and tok.lemma_.lower() not in _PASSED:
            out.append(tok)
        # not an adverbial clause with a subordinator ("so that divers can search", "if talks fail"): a purpose,
        # condition or circumstance, not the act the sentence reports
        queue += [c for c in tok.children if c.dep_ in ("conj", "ccomp", "xcomp", "advcl") and c.pos_ in ("VERB", "AUX")
                  and not (c.dep_ == "advcl" and any(m.dep_ == "mark" for m in c.children))]
    return out


def _default(tok: Any, nouns: bool = False) -> TriggerSense | None:
    """The lexicon's default reading of a word whose senses all carry conditions ("cut" → SANCTION)."""
    table = trigger_lexicon()
    for lemma in (lemmas(tok) if not nouns else [tok.lemma_.lower(), tok.lower_]):
        for sense in table.get(("default", lemma), ()):
            if sense.type:
                return TriggerSense("fallback", lemma, Cue(), sense.type, sense.mode, sense.cameo, "act")
    return None


def fallback_triggers(sent: Any) -> list[Trigger]:
    """At most one trigger for a sentence the lexicon found nothing in: a verb highest in the parse read by its
    default sense or by its event noun, else an event noun by its default sense. None where the lexicon read a
    main-clause verb that ``agency.no_doer`` rules out: the sentence tells what no political agent did ("scientists are
    meeting ..."), and a weaker reading of another of its words is no better."""
    if any(sense is not None and sense.type and main_clause(tok) and no_doer(tok, sense)
           for tok in sent if tok.pos_ == "VERB" for sense in [_first("verb", tok)]):
        return []
    for tok in _candidates(sent):
        if any(c.dep_ == "oprd" for c in tok.children):
            continue  # "called the launches regrettable", "named him envoy": a judgement or a naming, not the act
        if is_natural(tok, forces_only=True) or no_event(tok) or silenced(tok):
            continue  # "an earthquake struck"; "would not seek a second term": the lexicon says no event
        sense = _default(tok) or _from_noun(tok)
        if sense is not None and sense.type == "COERCE" and _reflexive(tok):
            continue  # "surrounded himself with loyal officers"
        if sense is not None and no_doer(tok, sense):
            continue  # "were reported killed" in a report about an earthquake, "a heart attack killed him"
        if sense is not None and unfit_object(tok, sense):
            continue  # "the report has yet to be released": no release of anyone
        if sense is not None and sense.type:
            return [Trigger(tok, sense, sense.type)]
    for tok in sent:
        if tok.pos_ == "NOUN":
            sense = _default(tok, nouns=True)
            if sense is not None:
                return [Trigger(tok, sense, sense.type, noun=tok)]
    return []
