"""Which event of a sentence each time expression dates, read off the dependency parse.

A time expression is linked to the first trigger met walking up the tree from it ("met ... on Friday", "fired a
missile in 1998", "an October 2005 accord", "the proposal X made on Tuesday"). The walk stops:
- at a reporting verb ("said Monday" dates the report, not the event);
- at a noun it modifies that is no event ("Friday's earthquake" dates the earthquake, not what followed it),
  unless that noun is where a "since" phrase starts ("have held the square since the May vote");
- at a relative clause on a noun that is no event ("Clinton, who flew in Tuesday, praised ..." dates the flight);
- at a clause with a verb of its own (adverbial or reported), except a temporal one: a "when/as/after ..."
  clause is the time of the act it hangs on ("expressed regret when he met X on Thursday", "began ferrying
  supplies after arriving on Sunday"), unless an offset says how far apart they are ("a week after", also with
  "after" hung on the duration: "a day after seizing X", whose clause no date of the governing clause reaches).
A time expression whose clause has no trigger on its path (its verb is no event: "On Thursday, people joined
hands to form a chain") dates the events of that clause; failing that, the nearest trigger a few arcs away.
Then a dated verb lends its date to the undated events of its own clause (its phrases, purpose clauses,
conjoined verbs sharing its subject, simultaneous "when/as" clauses), a dated "when" clause to the act it
hangs on, and a dated noun event to the verb whose phrase holds it. Complements (the content of an act:
"agreed on Monday to meet") keep their own time.
"""

from __future__ import annotations

from typing import Any

from chronicler.events.governing import behind_offset, remoteness
from chronicler.events.status import PARTAKING, SPEECH_VERBS
from chronicler.events.treepath import OFFSET_UNITS, ancestors, is_verb as _is_verb, offset_phrase
from chronicler.model import Timex

MAX_ARCS = 4
#: A time expression in one of these roles is what a clause is about, not when something happened.
ARGUMENT_DEPS = frozenset({"nsubj", "nsubjpass", "dobj", "attr", "csubj"})
#: A time expression modifying a noun this way dates that noun ("Friday's earthquake"), nothing above it.
NOUN_MOD_DEPS = frozenset({"poss", "compound", "nmod", "amod", "nummod"})
#: Subordinators of a clause that happens at the time of the clause it hangs on.
SIMULTANEOUS = frozenset({"when", "as", "while", "whenever", "during", "upon", "once"})
#: ... or just before it: its date is the governing act's too ("after arriving on Sunday, X began ...").
JUST_BEFORE = frozenset({"after", "following"})
#: Arcs that stay inside one clause when a date is spread to the other events of that clause.
CLAUSE_ARCS = frozenset({"dobj", "pobj", "prep", "pcomp", "agent", "dative", "npadvmod", "advmod", "acomp",
                         "oprd", "compound", "amod", "poss", "nmod", "appos", "attr", "prt", "cc"})

Links = dict[int, tuple[Timex, float]]


def _speech(tok: Any) -> bool:
    return tok.pos_ == "VERB" and tok.lemma_.lower() in SPEECH_VERBS


def subordinator(verb: Any) -> str | None:
    """The word introducing a subordinate clause ("when", "after"), for an adverbial clause or a gerund under a
    preposition ("after arriving")."""
    for c in verb.children:
        if c.dep_ in ("mark", "advmod") and c.i < verb.i and c.lower_ in SIMULTANEOUS | JUST_BEFORE | {"before", "since", "until"}:
            return c.lower_
    if verb.dep_ == "pcomp" and verb.head.dep_ == "prep":
        return verb.head.lower_
    return None


def measured(verb: Any) -> bool:
    """A subordinate clause set a measured distance from its governor ("a week after X signed")."""
    if any(offset_phrase(c) for c in verb.children):
        return True  # "a day after allied planes began ...": the parser hung the duration on the clause's verb
    mark = next((c for c in verb.children if c.dep_ == "mark"), None)
    if verb.dep_ == "pcomp":
        mark = verb.head
        if offset_phrase(mark.head):
            return True  # "a day after seizing": "after" hung on the duration
    cands = list(mark.children) if mark is not None else []
    if verb.dep_ == "advcl":
        cands += [c for c in verb.head.children if c.dep_ == "npadvmod"]
    return any(c.dep_ == "npadvmod" and c.lemma_.lower() in OFFSET_UNITS for c in cands)


def _own_subject(verb: Any) -> bool:
    return any(c.dep_ in ("nsubj", "nsubjpass", "csubj", "expl") for c in verb.children)


def clause_tokens(verb: Any, *, complements: bool) -> list[Any]:
    """Tokens of ``verb``'s clause: its phrases, purpose and participle clauses with no subject of their own,
    conjoined verbs sharing its subject and simultaneous ("when/as") clauses; with ``complements`` its xcomp too
    ("began ferrying ..."). Reported speech, relative clauses and other clauses with their own subject are out."""
    out, todo = [], [verb]
    while todo:
        tok = todo.pop()
        out.append(tok)
        for c in tok.children:
            if (_is_verb(c) and _speech(c)) or offset_phrase(c) or any(offset_phrase(g) for g in c.children):
                continue  # reported speech; an act set a measured time apart ("a day after seizing X")
            if c.dep_ in CLAUSE_ARCS:
                todo.append(c)
            elif c.dep_ == "advcl" and (subordinator(c) in SIMULTANEOUS
                                        or (not _own_subject(c) and subordinator(c) is None)):
                todo.append(c)
            elif c.dep_ == "conj" and _is_verb(c) and not _own_subject(c):
                todo.append(c)
            elif c.dep_ == "xcomp" and complements:
                todo.append(c)
    return out


def anchor_of_clause(verb: Any, anchors: dict[int, int], skip: set[int] = frozenset()) -> int | None:
    """The event a clause stands for: its verb's trigger, else the trigger nearest its verb inside the clause
    ("the meeting came ..."), leaving out the tokens in ``skip``."""
    if verb.i in anchors:
        return anchors[verb.i]
    toks = [t for t in clause_tokens(verb, complements=True) if t.i not in skip and t.i in anchors]
    toks += [c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass") and c.i in anchors and c.i not in skip]
    return anchors[min(toks, key=lambda t: abs(t.i - verb.i)).i] if toks else None


def _noun_anchor(noun: Any, anchors: dict[int, int]) -> int | None:
    """The trigger a noun phrase stands for: its head, else an event word modifying it ("the relief effort")."""
    if noun.i in anchors:
        return anchors[noun.i]
    return next((anchors[c.i] for c in noun.children if c.dep_ in ("compound", "amod", "nmod") and c.i in anchors),
                None)


def _climb(root: Any, anchors: dict[int, int]) -> tuple[str, Any, float]:
    """Walk up from a time expression's head: ("hit", trigger number, confidence), ("reporting"|"stop", None, 0),
    ("loose", the verb of its clause or None, 0) or ("own", a conjoined verb with a subject of its own, 0)."""
    conf, verb, prev = 0.9, None, root
    for tok in ancestors(root)[1:]:
        if _is_verb(prev) and prev.dep_ == "conj" and _own_subject(prev):
            return "own", prev, 0.0  # "X refused, and the court last month upheld ...": the conjunct's own time
        if tok.i in anchors:
            return "hit", anchors[tok.i], conf
        if _is_verb(tok) and _speech(tok):
            if tok.dep_ == "acl" and tok.head.i in anchors:
                return "hit", anchors[tok.head.i], conf  # "a pledge, announced on Tuesday": the act's own date
            return "reporting", tok, 0.0
        if prev.i == root.i and root.dep_ in NOUN_MOD_DEPS and tok.pos_ in ("NOUN", "PROPN") \
                and not (tok.dep_ == "pobj" and tok.head.lower_ == "since"):
            return "stop", None, 0.0  # "Friday's earthquake": a noun that is no event ("since the May vote" is a start)
        if _is_verb(tok):
            if tok.dep_ in ("relcl", "acl"):
                n = _noun_anchor(tok.head, anchors)
                if n is not None:
                    return "hit", n, conf  # "the proposal X made on Tuesday", "the relief effort launched ..."
                if conf == 0.9:
                    return "relative", tok, 0.0  # the clause's own events, if any ("Clinton, who flew in ...")
                # a temporal phrase the parser hung on a participle ("communities devastated ... after
                # arriving on Sunday"): it belongs to the clause around the participle's noun
            elif tok.dep_ in ("advcl", "pcomp") and subordinator(tok) in SIMULTANEOUS | JUST_BEFORE \
                    and not measured(tok):
                conf, verb = 0.7, None
                prev = tok
                continue
            elif tok.dep_ in ("advcl", "ccomp", "csubj"):
                return "loose", verb or tok, 0.0
            verb = tok
        prev = tok
    return "loose", verb, 0.0


def link_timexes(sdoc: Any, timexes: list[Timex], anchors: dict[int, int], contents: frozenset[int] = frozenset(),
                 usable: Any = None) -> Links:
    """Map trigger number → (timex, confidence) for the timexes of one sentence.

    ``anchors`` maps token index → trigger number for every token that stands for a trigger; ``contents`` are
    the triggers that are the content of another act (they take no date by spreading); ``usable(timex)`` says
    whether a time expression can date an event at all.
    """
    linked: Links = {}
    direct: set[int] = set()
    loose: list[tuple[Timex, Any, Any, bool]] = []
    reported: list[tuple[Timex, Any]] = []
    hits: dict[int, list[tuple[tuple[int, ...], Timex, Any, float]]] = {}
    for tx in timexes:
        if usable is not None and not usable(tx):
            continue
        span = sdoc.char_span(tx.start, tx.end, alignment_mode="expand")
        if span is None or len(span) == 0:
            continue
        root = span.root
        if root.dep_ in ARGUMENT_DEPS:
            continue  # "because 2010 will mark ...": a date talked about, not the time of an act
        if behind_offset(root, span):
            continue  # "two days after the vote on 7 March, X ...": the measured phrase's date (narrative.py)
        kind, what, conf = _climb(root, anchors)
        if kind == "hit":
            hits.setdefault(what, []).append((remoteness(sdoc, root, what, anchors), tx, root, conf))
        elif kind == "loose":
            loose.append((tx, root, what, not _since_noun(root)))  # a start in a clause of no event: nothing
        elif kind == "relative":
            _relative_clause(root, what, tx, anchors, linked, contents)
        elif kind == "reporting":
            reported.append((tx, what))
        elif kind == "own":
            loose.append((tx, root, what, False))  # a conjunct with its own subject: nothing outside it
    for what, found in hits.items():  # the expression that governs the trigger; the others may date its nouns
        found.sort(key=lambda h: h[0])
        linked[what] = (found[0][1], found[0][3])
        direct.add(what)
        for _key, tx, root, _conf in sorted(found[1:], key=lambda h: h[1].start):
            _second_date(root, what, tx, anchors, linked, contents)
    for tx, root, verb, near_ok in loose:  # a clause whose verb is no event: its events
        got = False
        if verb is not None:
            for tok in sorted(clause_tokens(verb, complements=True), key=lambda t: abs(t.i - root.i)):
                n = anchors.get(tok.i)
                if n is not None and n not in linked and n not in contents:
                    linked[n] = (tx, 0.6)
                    got = True
        if not got and near_ok:
            _nearest(root, tx, anchors, linked)
    _share_with_governor(sdoc, anchors, linked, direct, contents)
    _spread(sdoc, anchors, linked, direct, contents)
    for tx, verb in reported:
        _reported_content(verb, tx, anchors, linked, contents)
    return linked


def _since_noun(root: Any) -> bool:
    """A time expression on the noun a "since" phrase starts from ("since the May vote")."""
    return root.dep_ in NOUN_MOD_DEPS and root.head.dep_ == "pobj" and root.head.head.lower_ == "since"


#: Auxiliaries that put reported content before or after the time of speaking.
_NOT_AT_SPEECH = frozenset({"will", "would", "shall", "should", "may", "might", "can", "could", "must", "had",
                            "'d", "wo", "ca"})


def _reported_content(verb: Any, tx: Timex, anchors: dict[int, int], linked: Links, contents: frozenset[int]) -> None:
    """What a dated speech act reports as done or going on ("said Monday that X were working with Y") takes the
    day of speaking, with less confidence; what it reports as earlier ("had not summoned"), later or possible
    ("would send") keeps its own time."""
    for c in verb.children:
        if c.dep_ != "ccomp" or not _is_verb(c):
            continue
        if any(a.dep_ in ("aux", "auxpass") and a.lower_ in _NOT_AT_SPEECH for a in c.children):
            continue
        for tok in clause_tokens(c, complements=False):
            n = anchors.get(tok.i)
            if n is not None and n not in linked and n not in contents:
                linked[n] = (tx, 0.5)


def _relative_clause(root: Any, verb: Any, tx: Timex, anchors: dict[int, int], linked: Links,
                     contents: frozenset[int]) -> None:
    """A date in a relative clause on a noun that is no event dates the events of that clause ("a realignment,
    which involved the relocation of X by 2014"); else, when the date hangs on the clause's verb and that verb tells
    what befalls an act (completed, delayed, planned, ...), an event noun the noun belongs to ("the reorganization
    of U.S. forces, which is to be completed by 2014"); else nothing
    ("Clinton, who flew in Tuesday, ...", "the deployment of boats, which have had two collisions this year",
    "the deployment of aircraft, which were involved in two crashes this year")."""
    got = False
    for tok in sorted(clause_tokens(verb, complements=True), key=lambda t: abs(t.i - root.i)):
        n = anchors.get(tok.i)
        if n is not None and n not in linked and n not in contents:
            linked[n] = (tx, 0.7)
            got = True
    noun = verb.head
    path = [t.i for t in ancestors(root)]
    on_a_noun = verb.i not in path or any(root.doc[i].pos_ in ("NOUN", "PROPN") for i in path[1:path.index(verb.i)])
    chain = [verb] + [c for c in verb.subtree if c.dep_ == "xcomp"]
    of_an_act = any(t.lemma_.lower() in EVENT_PREDICATES for t in chain)  # what befalls the noun's act
    if not got and of_an_act and not on_a_noun and noun.dep_ == "pobj" and noun.head.lower_ == "of":
        n = anchors.get(noun.head.head.i)
        if n is not None and n not in linked:
            linked[n] = (tx, 0.7)


#: Verbs that tell of an act, not of a thing: its scheduling, beginning, completion, delay or cancellation.
EVENT_PREDICATES = frozenset({
    "complete", "finish", "conclude", "implement", "carry", "execute", "schedule", "plan", "set", "expect",
    "suppose", "due", "begin", "start", "launch", "hold", "stage", "delay", "postpone", "defer", "cancel",
    "suspend", "resume", "extend", "take", "happen", "occur", "end", "finalize", "approve", "sign", "announce"})


def _second_date(root: Any, trig: int, tx: Timex, anchors: dict[int, int], linked: Links,
                 contents: frozenset[int]) -> None:
    """A second date on a dated verb belongs to the event noun it follows ("condemned on Wednesday X's launches
    on Tuesday")."""
    verb = next((t for t in ancestors(root)[1:] if anchors.get(t.i) == trig), None)
    if verb is None:
        return
    objs = [t for c in verb.children if c.dep_ in ("dobj", "nsubjpass") and c.i < root.i for t in c.subtree]
    for tok in sorted(objs, key=lambda t: root.i - t.i):
        n = anchors.get(tok.i)
        if n is not None and n != trig and n not in linked and n not in contents:
            linked[n] = (tx, 0.7)
            return


def _nearest(root: Any, tx: Timex, anchors: dict[int, int], linked: Links) -> None:
    """The nearest undated trigger a few arcs from the time expression takes it, with less confidence."""
    best, dist = None, MAX_ARCS + 1
    up = {t.i: n for n, t in enumerate(ancestors(root))}
    for tok_i, trig in anchors.items():
        if trig in linked:
            continue
        for n, anc in enumerate(ancestors(root.doc[tok_i])):
            if anc.i in up:
                d = n + up[anc.i]
                if d < dist:
                    best, dist = trig, d
                break
    if best is not None:
        linked[best] = (tx, 0.6)


#: Arcs inside one clause by which a dated noun event hangs off a verb event ("pledged in a call on Friday").
_NOMINAL_ARCS = frozenset({"prep", "pobj", "pcomp", "dobj", "agent"})


def _share_with_governor(sdoc: Any, anchors: dict[int, int], linked: Links, direct: set[int],
                         contents: frozenset[int]) -> None:
    """An undated verb event whose phrase holds a dated noun event takes that date with less confidence; the act
    a dated "when/as/after" clause hangs on takes the clause's date ("expressed regret when he met X on
    Thursday", whatever the participle the parser hung the clause on)."""
    for tok_i, trig in list(anchors.items()):
        if trig not in direct:
            continue
        tok = sdoc[tok_i]
        if tok.pos_ in ("NOUN", "PROPN"):
            if _names_its_noun(sdoc, linked[trig][0], tok):
                continue
            cur = tok
            while cur.dep_ in _NOMINAL_ARCS and cur.head.i != cur.i:
                cur = cur.head
                other = anchors.get(cur.i)
                if other is not None and other != trig:
                    if other not in linked and cur.pos_ == "VERB":
                        tx, conf = linked[trig]
                        linked[other] = (tx, round(conf * 0.8, 2))
                    break
        elif _is_verb(tok) and tok.dep_ in ("advcl", "pcomp") and subordinator(tok) in SIMULTANEOUS | JUST_BEFORE \
                and not measured(tok):
            for anc in ancestors(tok)[1:]:
                if _is_verb(anc) and (_speech(anc) or anc.dep_ in ("ccomp", "relcl")):
                    break
                other = anchors.get(anc.i)
                if other is not None and other != trig:
                    if other not in linked and other not in contents:
                        tx, conf = linked[trig]
                        linked[other] = (tx, round(conf * 0.8, 2))
                    break


#: Prepositions that make an event noun the occasion of the act it hangs on ("agreed at Monday's summit").
OCCASION = frozenset({"at", "during", "in", "on", "throughout", "amid"})


def modified_noun(sdoc: Any, tx: Timex) -> Any:
    """The noun a time expression modifies ("last Friday's deal", "the May 28 agreement"), or None."""
    span = sdoc.char_span(tx.start, tx.end, alignment_mode="expand")
    if span is None or len(span) == 0:
        return None
    root = span.root
    if root.dep_ in NOUN_MOD_DEPS and root.head.i != root.i and root.head.pos_ in ("NOUN", "PROPN"):
        return root.head
    return None


def _names_its_noun(sdoc: Any, tx: Timex, noun: Any) -> bool:
    """Whether a date modifying an event noun ("last Friday's deal", "the May 3 summit", "the 1996 declaration")
    only says which event the noun is, not when the act around it happened ("praised X for last Friday's deal");
    an act at that event ("spoke at their May 3 summit") or taking part in it ("attended Monday's talks") happens
    then too."""
    if getattr(modified_noun(sdoc, tx), "i", None) != noun.i:
        return False
    if noun.dep_ == "pobj" and noun.head.lower_ in OCCASION:
        return False
    gov = next((t for t in ancestors(noun)[1:] if _is_verb(t)), None)
    return gov is None or gov.lemma_.lower() not in PARTAKING


def _spread(sdoc: Any, anchors: dict[int, int], linked: Links, direct: set[int], contents: frozenset[int]) -> None:
    """A dated verb event lends its date to the undated events of its own clause (less confidence)."""
    for tok_i, trig in sorted(anchors.items()):
        tok = sdoc[tok_i]
        if trig not in direct or not _is_verb(tok):
            continue
        tx, conf = linked[trig]
        for other in clause_tokens(tok, complements=False):
            n = anchors.get(other.i)
            if n is not None and n not in linked and n not in contents:
                linked[n] = (tx, round(conf * 0.8, 2))
