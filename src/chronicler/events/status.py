"""Whether an event happened: occurred, ongoing, planned, proposed, expected, hypothetical or negated.

Read from the trigger's clause: negation ("did not", "never", "failed to"), conditionals ("if", "unless"),
modals ("will" planned, "would" planned in reported speech and hypothetical elsewhere, "could/may/might"
hypothetical, "should/must" proposed), the verbs that govern it ("plans to", "is expected to", "is slated to",
"is supposed to", "agreed to", "proposed ..."), and tense (a progressive is ongoing, and so is a present perfect
with a "since" phrase: "have held the square since March"). An event dated after the report by its own time
expression is planned even in the past tense ("the relocation ... by 2014"). Negations that leave the act open
("would not hesitate to use force", "did not rule out sending") make it hypothetical; particle verbs ("set up
roadblocks") are acts, not plans; an event noun with its own date ("the 2006 agreement") occurred.
"""

from __future__ import annotations

import re
from datetime import date
from typing import Any

from chronicler.events.cues import negated, verb_read_as_noun
from chronicler.events.stances import COPULAS
from chronicler.model import DateInterval
from chronicler.time.grammar import WEEKDAY

PLAN_GOVERNORS = frozenset({"plan", "intend", "aim", "schedule", "slate", "set", "due", "prepare", "want", "wish",
                            "hope", "seek", "agree", "promise", "pledge", "vow", "eager", "ready", "willing",
                            "prepared", "determined", "suppose", "go", "commit", "slated", "scheduled",
                            "poised", "supposed"})
EXPECT_GOVERNORS = frozenset({"expect", "likely", "anticipate", "predict", "forecast", "unlikely"})
PROPOSE_GOVERNORS = frozenset({"propose", "urge", "call", "suggest", "demand", "ask", "request", "press", "recommend",
                               "advocate", "appeal", "invite", "offer"})  # an offer waits on a yes, as a proposal
ONGOING_GOVERNORS = frozenset({"continue", "keep"})
NEGATE_GOVERNORS = frozenset({"fail", "refuse", "decline", "deny", "reject"})
HYPOTHETICAL_GOVERNORS = frozenset({"consider", "mull", "weigh", "threaten", "warn"})
#: Negated, these verbs leave the act open rather than deny it: "would not hesitate to use", "did not rule out sending".
OPENING_NEGATIONS = frozenset({"hesitate", "exclude", "rule", "preclude", "discount", "dismiss"})
#: Objects of these verbs did not (or will not) happen: "cancelled a planned visit", "called off the talks".
NOUN_NEGATE_GOVERNORS = frozenset({"cancel", "scrap", "abandon", "scuttle", "shelve"})
#: Plan verbs that make their noun object planned; "set up roadblocks" or "agreed a deal" are acts done, not plans.
NOUN_PLAN_GOVERNORS = PLAN_GOVERNORS - {"set", "go", "agree", "commit", "due", "slated", "scheduled", "supposed",
                                        "suppose", "poised", "eager", "ready", "willing", "prepared", "determined"}
#: Nouns whose infinitive complement states the act's status: "an invitation to meet", "a threat to invade".
NOUN_COMPLEMENT_STATUS = {
    **dict.fromkeys(("invitation", "plan", "decision", "pledge", "promise", "commitment", "intention", "agreement",
                     "deal", "accord", "vow", "bid", "plans"), "planned"),
    **dict.fromkeys(("proposal", "offer", "request", "demand", "appeal", "plea", "suggestion", "call"), "proposed"),
    **dict.fromkeys(("threat", "option", "possibility", "warning"), "hypothetical"),
    **dict.fromkeys(("refusal", "failure"), "negated"),
    **dict.fromkeys(("expectation", "prospect"), "expected"),
}
#: Nouns of speech acts that an author makes (see ``made_by_other``).
MADE_NOUNS = frozenset({"call", "demand", "request", "appeal", "plea", "accusation", "allegation", "charge",
                        "ultimatum", "threat"})
#: Verbs whose act takes part in the event a dated noun names ("attended Monday's talks"): it shares that date, and
#: the status of its own clause ("will attend Thursday's talks" is planned).
PARTAKING = frozenset({"attend", "join", "host", "hold", "chair", "boycott", "skip", "miss", "open", "close"})
#: Modifiers that make an event noun a plan ("the planned 2014 relocation", "the proposed March visit").
PLAN_MODIFIERS = {"planned": "planned", "scheduled": "planned", "upcoming": "planned", "intended": "planned",
                  "proposed": "proposed", "expected": "expected", "anticipated": "expected"}
#: Participles that make their event noun a plan, not an act done ("the talks scheduled for May").
PLAN_PARTICIPLES = PLAN_GOVERNORS | EXPECT_GOVERNORS | PROPOSE_GOVERNORS | HYPOTHETICAL_GOVERNORS | frozenset(
    PLAN_MODIFIERS) | {"plan", "schedule", "expect", "propose", "envisage", "envision", "mean", "design", "aim",
                       "face", "fear", "risk"}  # "the fines faced by the company": still ahead
TEMPORAL_MARKS = frozenset({"when", "once", "after", "before", "until", "as"})
#: Speech verbs of warning: the "would" of their content is a threat's condition, not a plan.
WARNING_VERBS = frozenset({"warn", "threaten", "caution"})
SPEECH_VERBS = frozenset({"say", "tell", "announce", "state", "add", "report", "claim", "note", "declare", "insist",
                          "confirm", "stress", "indicate", "reveal", "explain", "warn", "write"})
#: Conjunctions of time, cause, concession and condition: the clause they open tells its own act, which a negation
#: of the governing clause does not deny ("not ... until they had reviewed"); so does "for" without an infinitive
#: ("for X to go" is the content of what governs it). The main-event chooser (``main.py``) counts such clauses as
#: settings of the act they hang on. (A condition's "if"/"unless" is read by ``_conditional`` before this.)
SUBORDINATORS = frozenset({"after", "before", "as", "since", "because", "when", "while", "whilst", "until", "once",
                           "although", "though", "if", "unless", "whereas", "whenever", "lest", "till"})


#: Adjectives of readiness whose "to"/"for" object is an act the subject would take part in ("open to talks",
#: "ready for dialogue", "receptive to mediation").
#: Words of a stand against what their "to" phrase names ("opposed to lifting the sanctions").
OPPOSED_WORDS = frozenset({"opposed", "averse", "hostile"})
OPEN_ADJECTIVES = frozenset({"open", "ready", "willing", "receptive", "amenable", "prepared", "keen", "eager"})
#: Verbs whose subject act's own occurrence they tell ("talks will take place", "the strike did not begin").
OCCURRENCE_VERBS = frozenset({"take", "happen", "occur", "begin", "start", "resume", "continue", "go", "open",
                              "end", "hold", "break", "erupt", "come", "last", "proceed", "materialize",
                              "materialise", "succeed", "fail", "stop", "cease", "collapse"})
#: Verbs of perceiving: "could be heard" tells what was there to hear, not a mere possibility.
PERCEPTION_VERBS = frozenset({"hear", "see", "feel", "smell", "notice", "observe", "witness", "watch"})


def _aux(tok: Any) -> list[str]:
    return [c.lower_ for c in tok.children if c.dep_ in ("aux", "auxpass")]


def _modal_status(tok: Any) -> tuple[str, str] | None:
    aux = _aux(tok)
    for a in aux:
        if a in ("will", "shall", "'ll", "wo") and not _on_any(tok):
            return "planned", a
        if a in ("would", "'d"):
            clause = tok
            while clause.dep_ == "conj" and clause.head.i != clause.i:  # "said it would halt ... and would suspend"
                clause = clause.head
            reported = clause.dep_ == "ccomp" and clause.head.lemma_.lower() in SPEECH_VERBS
            if reported and clause.head.lemma_.lower() in WARNING_VERBS:
                return "hypothetical", a  # "warned that its troops would repel ...": a threat's content
            return ("planned" if reported and not _on_any(tok) else "hypothetical"), a
        if a in ("will", "shall", "'ll", "wo") and _on_any(tok):
            return "hypothetical", a
        if a in ("could", "might", "may"):
            return "hypothetical", a
        if a in ("should", "must", "ought"):
            return "proposed", a
    return None


def _on_any(verb: Any) -> bool:
    """A verb whose object is "any X" ("would crush any attempt", "will respond to any attack"): a future act
    that hangs on something that may never happen, so a conditional one."""
    objs = [c for c in verb.children if c.dep_ == "dobj"]
    objs += [g for c in verb.children if c.dep_ == "prep" for g in c.children if g.dep_ == "pobj"]
    return any(d.dep_ == "det" and d.lower_ == "any" for o in objs for d in o.children)


def _conditional(tok: Any) -> str | None:
    hops = 0
    while tok is not None and hops < 4:
        for c in tok.children:
            if c.dep_ == "mark" and c.lower_ in ("if", "unless", "whether"):
                return c.lower_
            if c.dep_ == "advcl" and any(m.dep_ == "mark" and m.lower_ in ("if", "unless") for m in c.children):
                return "if" if hops == 0 else None  # "will withdraw ... unless Y": the act hangs on a condition
        if tok.dep_ in ("advcl", "conj", "xcomp") and tok.head.i != tok.i:
            tok, hops = tok.head, hops + 1
        else:
            break
    return None


def clause_status(head: Any) -> tuple[str, float, str]:
    """Status of the event whose syntactic head is ``head``: ``(status, confidence, cue)``."""
    if head.lower_ in OPEN_ADJECTIVES and head.pos_ == "ADJ" and any(c.dep_ == "xcomp" for c in head.children) \
            and (negated(head) or (head.dep_ == "acomp" and negated(head.head))):
        return "occurred", 0.7, "unwilling"  # "is not willing to talk": a refusal stated, not a denied act
    if negated(head):
        return "negated", 0.85, "not"
    if head.dep_ == "conj" and head.head.pos_ in ("VERB", "AUX") and head.tag_ in ("VB", "VBG", "VBN") and not any(
            c.dep_ in ("nsubj", "nsubjpass", "aux", "auxpass") for c in head.children):  # a finite verb has its own tense
        first = clause_status(head.head)  # "may impose sanctions and expel the envoy": one modal for both acts
        if first[0] not in ("occurred", "negated"):  # a negation stays with its own verb ("did not X and Yed")
            return first[0], first[1] * 0.9, first[2]
    if _infinitive_conjunct(head):  # "agreed to cut tariffs and to resume talks": one governor for both acts
        first = clause_status(head.head)
        if first[2] != "not":  # "refused to X and to Y" shares the refusal; "chose not to X and to Y" does not
            return first[0], first[1] * 0.9, first[2]
    cond = _conditional(head)
    if cond:
        return "hypothetical", 0.8, cond
    modal = _modal_status(head)
    if modal:
        return modal[0], 0.8, modal[1]
    if head.dep_ == "advcl" and head.tag_ in ("VBZ", "VBP") and any(
            c.dep_ == "advmod" and c.lower_ in TEMPORAL_MARKS or c.dep_ == "mark" and c.lower_ in TEMPORAL_MARKS
            for c in head.children):
        gov_status = clause_status(head.head)  # "(will discuss it) when he meets Bush": the present is future
        if gov_status[0] == "negated":  # "will not resume talks until Peru withdraws": a condition, not denied
            return "hypothetical", gov_status[1] * 0.9, "until"
        if gov_status[0] != "occurred":
            return gov_status[0], gov_status[1] * 0.9, "when"
    if head.dep_ == "advcl" and head.tag_ == "VBG" and not any(
            c.dep_ in ("aux", "auxpass", "mark") for c in head.children):
        gov_status = clause_status(head.head)  # "flights would begin ..., bringing in fuel": as its clause
        if gov_status[0] in ("planned", "expected", "hypothetical", "proposed"):
            return gov_status[0], gov_status[1] * 0.9, "participle"
    noun = head.head.lemma_.lower()
    if head.dep_ == "acl" and "to" in _aux(head) and noun in NOUN_COMPLEMENT_STATUS:
        if any(c.dep_ == "det" and c.lower_ == "no" for c in head.head.children):
            return "negated", 0.65, f"no {noun}"  # "had no plans to send troops", "no intention to attack"
        return NOUN_COMPLEMENT_STATUS[noun], 0.65, noun  # "an invitation to meet", "a threat to invade"
    # Climb through the verbs that govern this one ("is expected to discuss", "plans to visit").
    tok, hops = head, 0
    while tok.dep_ in ("xcomp", "ccomp", "pcomp", "acomp", "pobj", "prep", "advcl") and tok.head.i != tok.i and hops < 5:
        gov = tok.head
        lemma = gov.lemma_.lower()
        words = {lemma, gov.lower_}
        if tok.dep_ in ("pobj", "prep", "pcomp") and gov.pos_ == "ADP":
            if gov.lower_ == "without" and tok.pos_ in ("VERB", "AUX"):
                return "negated", 0.7, "without"  # "struck without consulting its allies": no consultation
            if tok.pos_ in ("VERB", "AUX") and ((gov.lower_ == "against" and gov.head.lemma_.lower() in COPULAS)
                                               or (gov.lower_ == "to" and gov.head.lower_ in OPPOSED_WORDS)):
                return "negated", 0.7, gov.lower_  # "remains against sending arms", "opposed to lifting": no act
            tok, hops = gov, hops + 1
            continue
        if tok.dep_ == "advcl" and any(c.dep_ == "mark" and (c.lower_ in SUBORDINATORS or (
                c.lower_ == "for" and "to" not in _aux(tok))) for c in tok.children):
            break  # "would not speak to reporters until the auditors had studied the suit": the denial stops at the clause
        if negated(gov) and lemma in OPENING_NEGATIONS and (
                lemma != "rule" or any(c.lower_ == "out" for c in gov.children)):
            return "hypothetical", 0.7, f"not {lemma}"  # "would not hesitate to use force": a conditional threat
        if words & NEGATE_GOVERNORS or negated(gov) or (
                gov.lower_ in OPEN_ADJECTIVES and gov.dep_ == "acomp" and negated(gov.head)):
            return "negated", 0.75, lemma  # also "is not willing to talk": no talks
        if tok.dep_ == "xcomp" and "to" in _aux(tok) and lemma in ("have", "be") and any(
                c.lower_ == "yet" for c in gov.children):
            return "negated", 0.75, "yet to"  # "has yet to ratify": not (yet) done
        if tok.dep_ == "xcomp" and "to" in _aux(tok) and lemma == "be":
            return "planned", 0.7, "be to"  # "is to travel", "was to meet" (the conditional "were to" is read above)
        if (lemma == "go" and gov.tag_ != "VBG") or (lemma == "set" and any(c.dep_ == "prt" for c in gov.children)):
            break  # "has gone further, banning ..." and "set up" are no plans
        if words & (EXPECT_GOVERNORS | PLAN_GOVERNORS) and _denied(gov):
            return "negated", 0.7, "deny"  # "denied that it planned to invade": no such plan, no such act
        if words & EXPECT_GOVERNORS:
            return "expected", 0.8, lemma
        if words & PLAN_GOVERNORS:
            return "planned", 0.75, lemma
        if words & PROPOSE_GOVERNORS:
            return "proposed", 0.7, lemma
        if words & HYPOTHETICAL_GOVERNORS:
            return "hypothetical", 0.6, lemma
        if words & ONGOING_GOVERNORS:
            return "ongoing", 0.7, lemma
        if lemma in ("like", "love", "prefer") and "would" in _aux(gov):
            return "planned", 0.7, "would like"
        modal = _modal_status(gov)
        if modal and tok.dep_ in ("xcomp",):
            return modal[0], 0.7, modal[1]
        if _conditional(gov):
            return "hypothetical", 0.7, "if"
        if tok.dep_ == "advcl" and "to" in _aux(tok) and gov.pos_ in ("VERB", "AUX"):
            return clause_status(gov)  # a purpose clause shares its governor's status
        if lemma in SPEECH_VERBS or tok.dep_ == "advcl":
            break
        tok, hops = gov, hops + 1
    if head.tag_ == "VBG" and any(a in ("is", "are", "am", "'s", "'re", "been", "was", "were") for a in _aux(head)):
        return "ongoing", 0.6, "progressive"
    if _perfect_since(head):
        return "ongoing", 0.6, "since"
    return "occurred", 0.6, ""


def _infinitive_conjunct(head: Any) -> bool:
    """A to-infinitive conjoined to another verb, with no subject or auxiliary of its own but "to" ("to cut X
    and to resume Y"): it is governed by what governs its first conjunct."""
    if head.dep_ != "conj" or head.head.pos_ not in ("VERB", "AUX") or head.tag_ != "VB":
        return False
    aux = [c for c in head.children if c.dep_ in ("aux", "auxpass", "nsubj", "nsubjpass")]
    return len(aux) == 1 and aux[0].lower_ == "to"


def _denied(verb: Any) -> bool:
    """Whether ``verb`` heads what a denial reports ("denied that it planned to ...", "denies it is preparing to")."""
    tok, hops = verb, 0
    while tok.dep_ in ("ccomp", "conj") and tok.head.i != tok.i and hops < 3:
        tok, hops = tok.head, hops + 1
        if tok.lemma_.lower() == "deny":
            return True
    return False


def _perfect_since(head: Any) -> bool:
    """A present perfect with a starting point ("have occupied the square since March", "has blockaded the strip
    since 2007"): the act began then and goes on at the report date. A "since" clause may give a cause, so only a
    "since" phrase counts."""
    if head.tag_ != "VBN" or not any(c.dep_ == "aux" and c.lower_ in ("has", "have", "'s", "'ve")
                                     for c in head.children):
        return False
    return any(c.dep_ == "prep" and c.lower_ == "since" and any(g.dep_ == "pobj" for g in c.children)
               for c in head.children)


def trigger_status(head: Any, noun: Any = None) -> tuple[str, float, str]:
    """Status of a trigger: its event noun alone (``noun`` is ``head``), or the verb ``head`` carrying ``noun``.

    A dated event noun under a light verb names an act done before ("will carry out the 2006 agreement": the
    agreement was made in 2006, only its execution lies ahead)."""
    if noun is not None and noun.i == head.i:
        return noun_status(noun)
    if noun is not None and noun.head.i == head.i and _own_date(noun) and head.lemma_.lower() not in PARTAKING:
        return "occurred", 0.6, "dated"
    return clause_status(head)


def noun_status(noun: Any) -> tuple[str, float, str]:
    """Status of an event noun: that of the verb it is an argument of, else occurred."""
    for c in noun.children:  # "the base move, which is meant to be finished by 2020"
        if (c.dep_ == "relcl" or (c.dep_ == "acl" and c.tag_ != "VBN" and "to" not in _aux(c))) \
                and c.pos_ in ("VERB", "AUX"):  # "a pledge to provide aid": the infinitive is content, not status
            inner = c
            while any(x.dep_ == "xcomp" for x in inner.children):
                inner = next(x for x in inner.children if x.dep_ == "xcomp")
            own = clause_status(inner)
            if own[0] not in ("occurred", "ongoing"):
                return own
    if any(c.dep_ == "acl" and c.tag_ == "VBN" and c.lemma_.lower() not in PLAN_PARTICIPLES
           and not _aux(c) for c in noun.children):
        return "occurred", 0.6, "participle"  # "under the deal reached in Doha, troops will leave": a deal made
    if made_by_other(noun) and noun.dep_ not in ("nsubj", "nsubjpass"):
        return "occurred", 0.6, "made"  # "did not accept the opposition's demand": the demand was made
    if any(c.dep_ == "det" and c.lower_ == "any" for c in noun.children):
        return "hypothetical", 0.6, "any"  # "opposed to any deployment", "any attack on the pipeline"
    gov = noun.head
    if noun.dep_ in ("dobj", "nsubjpass") and (gov.lemma_.lower() in NOUN_NEGATE_GOVERNORS or (
            gov.lemma_.lower() == "call" and any(c.lower_ == "off" for c in gov.children))):
        return "negated", 0.65, gov.lemma_.lower()  # "called off the planned Sunday meeting"
    plan = next((PLAN_MODIFIERS[c.lower_] for c in noun.children if c.dep_ == "amod" and c.lower_ in PLAN_MODIFIERS),
                None)
    if plan is not None:
        return plan, 0.6, "modifier"  # "welcomed the planned 2017 deployment": still to come, dated or not
    if _own_date(noun):
        return "occurred", 0.6, "dated"  # "the 2006 agreement", "last Friday's accord": a past act (the date decides)
    hops = 0
    while gov.pos_ == "ADP" and gov.head.i != gov.i and hops < 3:
        gov, hops = gov.head, hops + 1
    if hops == 1 and noun.head.lower_ in ("to", "for") and gov.pos_ == "ADJ" \
            and gov.lemma_.lower() in OPEN_ADJECTIVES:
        return "planned", 0.6, gov.lemma_.lower()  # "said it was open to talks": a meeting it would join
    if gov.i == noun.i or gov.pos_ not in ("VERB", "AUX"):
        return "occurred", 0.5, ""
    lemma = gov.lemma_.lower()
    if hops == 1 and noun.head.lower_ == "with" and lemma in WARNING_VERBS:
        return "hypothetical", 0.6, lemma  # "threatened Kyiv with strikes": the act threatened, not done
    if noun.dep_ in ("dobj", "nsubjpass"):
        if lemma in HYPOTHETICAL_GOVERNORS:
            return "hypothetical", 0.6, lemma  # "is considering sanctions", "threatened sanctions"
        if lemma in EXPECT_GOVERNORS:
            return "expected", 0.6, lemma
    status, conf, cue = clause_status(gov)
    if cue == "progressive":
        status = "occurred"  # "was referring to a proposal": the verb's aspect is not the event's
    if noun.dep_ in ("nsubj", "nsubjpass") and lemma not in OCCURRENCE_VERBS and (
            status == "negated" or (status == "hypothetical" and lemma in PERCEPTION_VERBS)):
        # what is said of an act, not whether it happened: "the ceasefire was not enough to calm fears",
        # "shelling could be heard"
        return "occurred", 0.5, "subject"
    particle = any(c.dep_ == "prt" for c in gov.children)
    if lemma in NOUN_PLAN_GOVERNORS | PROPOSE_GOVERNORS and noun.dep_ == "dobj" and not particle:
        return ("proposed" if lemma in PROPOSE_GOVERNORS else "planned"), 0.6, lemma
    return status, conf * 0.8, cue


def made_by_other(noun: Any) -> bool:
    """A noun of a speech act with its own author ("Lithuania's call", "a Turkish request", "their demands",
    "Washington's accusation"): an act its author already made, whatever is done with it ("rejected X's call",
    "did not accept X's demand")."""
    if noun.lemma_.lower() not in MADE_NOUNS:
        return False
    return any(c.dep_ == "poss" or (c.dep_ in ("amod", "compound") and c.ent_type_ in ("NORP", "GPE"))
               for c in noun.children)


def _own_date(noun: Any) -> bool:
    """Whether the event noun carries its own date inside its phrase ("the 1996 accord", "last Friday's deal")."""
    for c in noun.children:
        if c.dep_ == "nummod" and c.like_num and len(c.text) == 4 and c.text.isdigit() and 1900 <= int(c.text) <= 2100:
            return True
        if c.dep_ in ("poss", "compound", "nmod") and any(t.ent_type_ == "DATE" for t in c.subtree):
            return True
    return False


def adjust_for_date(status: str, conf: float, when: DateInterval | None, dct: date | None,
                    from_text: bool) -> tuple[str, float]:
    """An event said to have occurred but dated wholly after the report by its own time expression is planned."""
    if status in ("occurred", "ongoing") and from_text and when is not None and dct is not None:
        if when.earliest is not None and when.earliest > dct:
            return "planned", max(conf, 0.7)
    return status, conf


#: A bare weekday or "next ..." phrase: with a present tense, a scheduled day ahead.
_SCHEDULED_TIME = re.compile(rf"^(?:on\s+)?(?:{WEEKDAY}|next\s+\w+)$", re.IGNORECASE)
#: Present-tense verbs that state rather than schedule ("X says on Monday", "X is in Tokyo on Monday").
_STATIVE = frozenset({"be", "have", "say", "tell", "add", "remain", "seem", "want", "know", "think", "believe"})


def scheduled_present(status: str, head: Any, time_text: str | None) -> bool:
    """True for an act told in the simple or progressive present with a weekday or "next ..." of its own: the
    news English of a schedule ("She flies to Jakarta on Wednesday", "Rice heads to Seoul on Thursday", "when
    the two meet in Tokyo on Tuesday", "who is retiring next month"): planned, not occurred."""
    if status not in ("occurred", "ongoing") or not time_text or not _SCHEDULED_TIME.match(time_text.strip()):
        return False
    if head.lemma_.lower() in _STATIVE:
        return False
    aux = [c for c in head.children if c.dep_ in ("aux", "auxpass")]
    if any(a.tag_ in ("VBD", "MD") or a.lemma_ == "have" for a in aux):
        return False
    if head.tag_ in ("VBZ", "VBP"):
        return True
    if head.tag_ == "VBG":  # "is retiring": a present progressive
        return any(a.tag_ in ("VBZ", "VBP") for a in aux)
    return verb_read_as_noun(head)  # "the two meet", "Rice heads": a present verb the tagger read as a noun
