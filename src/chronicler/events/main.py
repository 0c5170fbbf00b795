"""The main event of a sentence: the one its governing clause reports, not a setting, cause or side remark.

A sentence of wire copy carries one event the report is about and others that frame it: "broke off relations
with Iran on Wednesday, *accusing* Tehran of ...", "demanded the resignation of the minister *over the killing*
of four protesters", "*after a six-month suspension*", "the first of several flights *promised* by Washington".
The main event is the one reached from the root of the parse through the fewest such secondary attachments, then
the one highest in the parse, then the leftmost. Speech acts and their content are already one event by then
(``fold.fold``): "urged X to release Y" is the request, and the release is its content, deeper in the parse.

Secondary attachments (from a word to its head):
- relative clauses and participle modifiers of a noun ("the activists *detained* last week", "a statement
  *accusing* X of ...");
- adverbial clauses of time, cause, condition or purpose ("*after* it lost the vote", "*if* the island
  declared independence", "went on strike *to demand* higher wages") and participle adjuncts ("..., *killing* 11
  soldiers", "*Bowing* to pressure, ...");
- phrases of time, cause and terms ("*after* the talks", "*over* the killing", "*under* the terms of the accord",
  "*ahead of* the election", "*in protest at* the arrest").
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

from chronicler.events.cues import CONDITIONAL_FORMS
from chronicler.events.lightverbs import effect_of_subject, state_doer
from chronicler.events.status import SUBORDINATORS  # clauses of time, cause, condition and concession
from chronicler.model import Event
from chronicler.nlp.memo import doc_memo

#: Prepositions whose object is the setting of the event the phrase hangs on, not that event.
SETTING_PREPS = frozenset({"after", "before", "following", "amid", "amidst", "despite", "over", "since", "during",
                           "until", "ahead", "under", "because", "prior", "pending", "throughout", "as"})
#: Nouns of "in protest at", "in response to", "in retaliation for": a motive, when it hangs on a verb.
MOTIVE_NOUNS = frozenset({"protest", "response", "reply", "retaliation", "reprisal", "return", "exchange",
                          "connection", "wake", "view", "light", "support", "solidarity"})
#: Verbs whose "from" phrase names the act they prevent ("deter Iran from attacking", "barred them from leaving"):
#: that act did not happen and is no main event.
PREVENTING_VERBS = frozenset({"deter", "prevent", "stop", "keep", "bar", "ban", "discourage", "dissuade", "restrain",
                              "prohibit", "forbid", "block", "preclude", "hinder"})
#: Verbs whose subject is the cause of the act they report ("the refusal drew criticism from X", "the bombing
#: prompted X to close the crossing"): an event noun as their subject is a setting.
CAUSING_VERBS = frozenset({"draw", "spark", "prompt", "trigger", "provoke", "cause", "earn", "attract", "bring",
                           "lead", "fuel", "elicit", "invite", "meet"})


def _secondary_hop(tok: Any) -> bool:
    """True when the edge from ``tok`` to its head attaches a setting, cause or side remark."""
    dep, head = tok.dep_, tok.head
    if head.lower_ in CONDITIONAL_FORMS and dep in ("ccomp", "advcl", "pobj", "pcomp"):
        return True  # "..., provided the rebels halt their attacks"
    if dep == "relcl":
        return True
    if dep == "nsubj" and tok.pos_ == "NOUN" and head.lemma_.lower() in CAUSING_VERBS \
            and any(c.dep_ in ("dobj", "xcomp", "ccomp") for c in head.children):
        return True  # "Poland's refusal ... drew sharp criticism from X": X's criticism is the event reported
    if dep == "acl" and tok.tag_ in ("VBN", "VBG"):
        return True
    if dep == "advcl":
        marks = {c.lower_ for c in tok.children if c.dep_ in ("mark", "advmod")}
        if marks & SUBORDINATORS or tok.tag_ == "VBG" and not marks:
            return True
        return any(c.dep_ == "aux" and c.lower_ == "to" for c in tok.children)  # purpose: "to demand ..."
    if dep in ("pobj", "pcomp") and head.dep_ == "prep":
        prep = head.lower_
        if prep in SETTING_PREPS:
            return True
        if prep == "from" and head.head.lemma_.lower() in PREVENTING_VERBS:
            return True  # "to deter Iran from attacking shipping": the act prevented
        if prep == "of" and head.head.lower_ in ("ahead", "because", "terms", "wake", "front"):
            return True  # "ahead of", "because of", "under the terms of", "in the wake of"
        if prep in ("in", "on") and head.head.pos_ in ("VERB", "AUX") and tok.lemma_.lower() in MOTIVE_NOUNS:
            return True
        if prep in ("at", "against", "to", "for", "of") and head.head.dep_ == "pobj" \
                and head.head.lemma_.lower() in MOTIVE_NOUNS and head.head.head.dep_ == "prep" \
                and head.head.head.lower_ in ("in", "on"):
            return True  # the object of "in protest at ...", "in response to ..."
    return False


def stranded_clause(root: Any) -> Any | None:
    """True when the parse made a subordinate clause its root: "X expelled Y after talks collapsed" read as
    "collapsed" governing "X expelled Y" (a ccomp before it) whose subordinator dangles, object-less, from that
    ccomp. The clause the subordinator opens is a setting, whatever the parser's root: the main clause (that
    ccomp) is returned, else None."""
    for c in root.children:
        if c.dep_ == "ccomp" and c.i < root.i:
            for p in c.children:
                if p.dep_ == "prep" and p.lower_ in SUBORDINATORS | {"following"} and p.i < root.i \
                        and not any(g.dep_ in ("pobj", "pcomp") for g in p.children):
                    return c
    return None


def salience(tok: Any) -> tuple[int, int]:
    """How far ``tok`` stands from being the sentence's main event: (secondary attachments, depth) on its path
    to the root of the parse. The trigger finders ask for most words of a sentence, whose paths share their upper
    parts: each word's step is taken once per Doc (``_paths``)."""
    memo = doc_memo(tok.doc, "salience")
    found = memo.get(tok.i)
    if found is None:
        path = _path(tok)
        if path is None or path[1] >= MAX_DEPTH:
            found = _salience(tok)  # a parse too deep (or not a tree): the plain walk, with its limit
        else:
            secondary, depth, below, root = path
            main = _stranded(tok.doc, root)
            found = (secondary + (main is not None and (below is None or below != main)), depth)
        memo[tok.i] = found
    return found


#: Steps walked up the parse at most.
MAX_DEPTH = 200


def _path(tok: Any) -> tuple[int, int, int | None, int] | None:
    """(secondary attachments, depth, the word just under the root, the root) of ``tok``'s path up the parse,
    built from the memo of its nearest ancestor already walked; None when the walk exceeds :data:`MAX_DEPTH`."""
    paths = doc_memo(tok.doc, "paths")
    climbed = []
    t = tok
    while t.i not in paths:
        if t.head.i == t.i:
            paths[t.i] = (0, 0, None, t.i)
            break
        climbed.append(t)
        if len(climbed) > MAX_DEPTH:
            return None
        t = t.head
    secondary, depth, below, root = paths[t.i]
    for c in reversed(climbed):  # from the top down: each word adds its own step to its head's path
        secondary, depth, below = secondary + _secondary_hop(c), depth + 1, below if below is not None else c.i
        paths[c.i] = (secondary, depth, below, root)
    return paths[tok.i]


def _stranded(doc: Any, root: int) -> int | None:
    """:func:`stranded_clause` of the root word ``root`` (its index), once per root."""
    memo = doc_memo(doc, "stranded")
    if root not in memo:
        main = stranded_clause(doc[root])
        memo[root] = None if main is None else main.i
    return memo[root]


def _salience(tok: Any) -> tuple[int, int]:
    secondary = depth = 0
    below = None  # the token just under the root on the path
    while tok.head.i != tok.i and depth < MAX_DEPTH:
        secondary += _secondary_hop(tok)
        below, tok, depth = tok, tok.head, depth + 1
    main = stranded_clause(tok)
    return secondary + (main is not None and (below is None or below.i != main.i)), depth


def trigger_token(event: Event, sdoc: Any) -> Any | None:
    """The head token of the event's trigger in the spaCy doc (the syntactic root of the trigger span: the verb of
    "held ... talks", the last part of "pull-out")."""
    span = next((s for s in event.provenance.spans if s.label == "trigger"), None)
    if span is None:
        return None
    toks = sdoc.char_span(span.start, span.end, alignment_mode="expand")
    return toks.root if toks is not None and len(toks) else None


def _is_purpose(tok: Any, head: Any) -> bool:
    """True when ``tok`` heads a to-infinitive purpose clause of ``head`` ("met X to protest ...")."""
    return tok.head.i == head.i and tok.dep_ in ("advcl", "xcomp") and any(
        c.dep_ == "aux" and c.lower_ == "to" for c in tok.children)


def _coded_instead(best: Event, btok: Any, others: list[tuple[Event, Any]]) -> Event:
    """The PLOVER manual's precedence between two events of one clause: a mobilization reported with the assault
    it leads to gives way to the assault ("units were activated and returned fire": ASSAULT only), and one for
    relief or a demonstration to that aid or protest; a meeting held to complain is the complaint ("met the
    ambassador to protest ...": ACCUSE, as summoning one is). A state that sends forces to block a passage mobilizes
    (no protest by a state); a protest or attack named as the subject of a closing verb is the event told."""
    for e, tok in others:
        if best.type == "MOBILIZE" and e.type == "ASSAULT" and e.status == best.status \
                and any(c.i in (tok.i, tok.head.i if tok.dep_ == "dobj" else -1) for c in btok.conjuncts):
            return e
        if best.type == "CONSULT" and e.type == "ACCUSE" and _is_purpose(tok, btok):
            return e
        if best.type == "MOBILIZE" and e.type in ("AID", "PROTEST") and _is_purpose(tok, btok) \
                and not (e.type == "PROTEST" and state_doer(best)):
            return e  # forces sent to help flood victims (AID), supporters mobilized to demonstrate (PROTEST)
        if effect_of_subject(best, btok, e, tok):
            return e  # "a general strike ... shut down Lagos": the strike is the event, the closure its effect
    return best


def main_event(events: Iterable[Event], sdoc: Any) -> Event | None:
    """The sentence's main event among ``events`` (all of one sentence of ``sdoc``): fewest secondary
    attachments on the way to the root, then highest in the parse, then leftmost; then the manual's precedence
    between a mobilization and its assault, a meeting and the complaint it is held for."""
    best, key, btok = None, None, None
    found = []
    for e in events:
        tok = trigger_token(e, sdoc)
        if tok is None:
            continue
        found.append((e, tok))
        k = (*salience(tok), tok.idx)
        if key is None or k < key:
            best, key, btok = e, k, tok
    return _coded_instead(best, btok, found) if best is not None else None
