"""Source and target of a trigger, read from the dependency parse and resolved to coded actors.

Subjects are sources and objects targets; passives swap them ("was attacked by X"); obliques give targets
("met with X", "gave aid to X"); nouns take possessors, compounds and by/between/with phrases ("X's proposal
to Y", "the X-Y meeting", "talks between X and Y"); coordinated subjects with no other target make a reciprocal
pair ("X and Y agreed"). A pronoun subject inside reported speech falls back to the speaker ("Syria says it
will ..."). A role with no actor mention stays empty: nothing is guessed. This module holds the readers
(``RoleReader``); which reader speaks for one trigger is ``triggerroles.read_roles``.
"""

from __future__ import annotations

from typing import Any, Callable

from chronicler.actors.mentionindex import MentionIndex
from chronicler.events.coordinated import coordinated_countries
from chronicler.events.cues import prep_objects
from chronicler.events.fillers import Filler
from chronicler.events.gaps import filled
from chronicler.events.forces import is_event_noun
from chronicler.events.pairs import PAIR_CONFIDENCE, is_bare_pair, is_pair_phrase, pair_before, two_before
from chronicler.events.setting import is_setting_noun
from chronicler.events.unnamed import GUESSED_CONFIDENCE, unnamed_attacker
from chronicler.model import Actor

#: Prepositions that introduce a target, in order of preference.
TARGET_PREPS = ("with", "to", "against", "on", "upon", "into", "toward", "towards", "over", "for", "from", "at")
SPEECH_HOPS = frozenset({"ccomp", "xcomp", "conj", "advcl", "relcl"})
#: Types whose event noun's "of X" is the actor ("the deployment of X", "the visit of X").
SELF_TYPES = frozenset({"MOBILIZE", "RETREAT", "PROTEST", "CONSULT", "COOPERATE"})
#: Nouns of movement whose "of X" is the mover whatever the type ("the deployment of peacekeepers" is AID).
SELF_NOUNS = frozenset({"deployment", "redeployment", "withdrawal", "pullout", "arrival", "departure", "visit",
                        "return", "march", "mobilization", "mobilisation", "evacuation", "retreat"})
#: Participles that, passive in form, describe their subject's own stance ("X is committed to ...").
STATIVE_PASSIVES = frozenset({"commit", "determine", "prepare", "resolve", "dedicate", "poise", "devote", "oppose"})
#: Nouns whose infinitive is asked of someone other than their possessor ("X's call to withdraw"; unlike "X's
#: offer to mediate").
REQUEST_NOUNS = frozenset({"call", "demand", "request", "appeal", "plea", "invitation", "order", "ultimatum", "urging"})
#: Verbs whose "on X" names who is to act ("called on X to leave").
CALL_VERBS = frozenset({"call", "prevail"})
NP_PREPS = frozenset({"of", "in", "from", "on", "by", "throughout", "across", "for"})
NP_DEPS = frozenset({"compound", "amod", "poss", "nmod", "appos", "npadvmod", "nummod"})


def _guessed(f: Filler) -> bool:
    """A group, or a person named only by a title ("secretary" of "the UN secretary-general", which the hyphen
    splits off), whose country the actors stage only guessed from the sentence around it."""
    return f.actor is not None and f.actor.kind in ("group", "person") and f.actor.confidence <= GUESSED_CONFIDENCE


def _remembered(resolve: Callable[[int, int], Actor | None]) -> Callable[[int, int], Actor | None]:
    """``resolve`` answering each character range once: the role readers ask about the same mentions again for
    every trigger of a sentence, and the answer (a frozen Actor, for one date) cannot change."""
    seen: dict[tuple[int, int], Actor | None] = {}

    def remembered(start: int, end: int) -> Actor | None:
        key = (start, end)
        if key not in seen:
            seen[key] = resolve(start, end)
        return seen[key]

    return remembered


class RoleReader:
    """Reads roles for the triggers of one document."""

    def __init__(self, mentions: MentionIndex, resolve: Callable[[int, int], Actor | None],
                 place: Callable[[int, int], Actor | None] | None = None):
        self.index = mentions
        self.resolve = _remembered(resolve)
        self.place = place  # codes a place name standing in a role (``places.py``), when the caller gives one

    # -------------------------------------------------------------------------------- noun phrases

    def fillers(self, tok: Any, *, conjuncts: bool = True) -> list[Filler]:
        """Actors named by the noun phrase headed by ``tok`` (and its conjuncts); a relative pronoun names what
        its clause's head noun names ("troops, who were deployed ...")."""
        tok = filled(tok)
        heads = [tok] + (list(tok.conjuncts) if conjuncts else [])
        if conjuncts:  # "President/nsubj Obama/appos and Hatoyama/conj(Obama)": a name's conjuncts join it
            heads += [x for c in tok.children if c.dep_ == "appos" for x in c.conjuncts]
        out: list[Filler] = []
        seen: set[tuple[int, int, str | None]] = set()
        for h in heads:
            for f in self._np(h):
                key = (f.start, f.end, f.actor.id if f.actor is not None else None)  # a pair shares one span
                if key not in seen:
                    seen.add(key)
                    out.append(f)
        return out

    def _np(self, tok: Any) -> list[Filler]:
        if is_setting_noun(tok):  # "flights over residential areas": where, not who
            return []
        if is_pair_phrase(tok):  # "the two countries": the pair just spoken of (never one country's group)
            lo = min(t.idx for t in tok.subtree)
            hi = max(t.idx + len(t.text) for t in tok.subtree)
            pair = pair_before(tok, self.index, self.resolve)
            if pair:
                return [Filler(a, lo, hi, a.confidence) for a in pair]
        own = self._at(tok.idx, tok.idx + len(tok.text), 0.9)
        split = coordinated_countries(tok, own)
        if split:  # "South Korean and Japanese ministers": one actor per nationality, not one for the phrase
            return split
        if own:
            return own + self._of_conjuncts(tok, own)
        if is_bare_pair(tok):  # "when the two meet": the two just named, people included
            lo, hi = min(t.idx for t in tok.subtree), max(t.idx + len(t.text) for t in tok.subtree)
            return [Filler(a, lo, hi, PAIR_CONFIDENCE * a.confidence)
                    for a in two_before(tok, self.index, self.resolve)]
        found: list[Filler] = []
        # One modifier names the phrase's actor: the one nearest the head ("Osama bin Laden's al-Qaeda network"
        # is al-Qaeda's); coordinated modifiers lie inside one subtree ("Hungarian and Romanian officials"). A
        # modifier coded only by a guess yields to a farther one the text names ("the United Nations refugee
        # agency": the U.N.; the refugees' country was guessed from the sentence).
        guessed: list[Filler] = []
        for c in sorted((c for c in tok.children if c.dep_ in NP_DEPS), key=lambda c: abs(c.i - tok.i)):
            lo = min(t.idx for t in c.subtree)
            hi = max(t.idx + len(t.text) for t in c.subtree)
            found = self._at(lo, hi, 0.75)
            if found and all(_guessed(f) for f in found):
                guessed, found = guessed or found, []
            if found:
                break
        found = found or guessed
        if not found and is_event_noun(tok):  # "talks between X and Y broke down": the parties
            found = [f for g in prep_objects(tok, ("between", "among")) for f in self.fillers(g)]
        if not found and not is_event_noun(tok):  # "leaders of X", "students throughout X", "a paper based in X"
            # (an event noun's phrases are its roles or its setting: ``noun_roles`` reads them)
            for c in tok.children:
                objs = [g for g in c.children if g.dep_ == "pobj"] if c.dep_ == "prep" and c.lower_ in NP_PREPS else []
                if c.dep_ == "acl":
                    objs = prep_objects(c, NP_PREPS)
                for g in objs:  # "delegations from X and Y", "the leaders of X and Y": each conjunct
                    found += self._np(g) + [f for x in g.conjuncts for f in self._np(x)]
                if found:
                    break
        return found

    def _of_conjuncts(self, tok: Any, own: list[Filler]) -> list[Filler]:
        """The other sides of a group named for coordinated countries ("the leaders of X and Y", "delegations from X
        and Y"), which the actors stage codes as the first country's group alone."""
        if len(own) != 1 or own[0].actor is None or own[0].actor.kind not in ("group", "person"):
            return []
        out: list[Filler] = []
        for g in prep_objects(tok, ("of", "from")):
            for x in g.conjuncts:
                out += [f for f in self._np(x) if f.actor is not None and f.actor.country
                        and f.actor.country != own[0].actor.country]
        return out

    def place_at(self, tok: Any, conf: float) -> list[Filler]:
        """The place named by the phrase headed by ``tok`` as an actor (``places.py``), when a coder is given."""
        if self.place is None:
            return []
        lo = min(t.idx for t in tok.subtree)
        hi = max(t.idx + len(t.text) for t in tok.subtree)
        actor = self.place(lo, hi)
        return [Filler(actor, lo, hi, conf * actor.confidence)] if actor is not None else []

    def _at(self, start: int, end: int, conf: float) -> list[Filler]:
        out = []
        for m in self.index.within(start, end):
            actor = self.resolve(m.start, m.end)
            if unnamed_attacker(actor, m.text):  # "gunmen": a participant of unknown origin (``unnamed.py``)
                actor = None
            out.append(Filler(actor, m.start, m.end, conf * (m.confidence if actor else 0.5)))
        return out

    # -------------------------------------------------------------------------------- verbs

    def subject(self, head: Any, *, governor: Any = None) -> tuple[list[Filler], bool]:
        """Fillers of the subject of ``head`` (climbing control verbs and conjoined verbs); and passivity.

        An infinitive under a verb with an object has that object as its subject ("X urged Y to leave": Y
        leaves), except under ``governor``, a verb whose act the infinitive carries ("X ordered Y to stop" is
        X's coercion).
        """
        tok, hops = head, 0
        while hops < 6:
            for c in tok.children:
                if c.dep_ in ("nsubj", "csubj"):
                    return self._subject_fillers(c, tok), False
                if c.dep_ == "nsubjpass":
                    if hops == 0 and not self._stative(tok):
                        return [], True
                    return self._subject_fillers(c, tok), False  # "X is expected to discuss": X discusses
            if tok.dep_ == "xcomp" and tok.head.i != tok.i and (governor is None or tok.head.i != governor.i):
                controller = [c for c in tok.head.children if c.dep_ in ("dobj", "dative")]
                if tok.head.lemma_.lower() in CALL_VERBS:
                    controller += prep_objects(tok.head, ("on", "upon"))
                found = [f for c in controller for f in self.fillers(c)]
                if found:
                    return found, False
            if tok.dep_ in ("xcomp", "conj", "advcl", "acomp") and tok.head.i != tok.i:
                tok, hops = tok.head, hops + 1
                continue
            if tok.dep_ == "pcomp" and tok.head.head.i != tok.head.i:  # "X alarmed its neighbours by firing ..."
                tok, hops = tok.head.head, hops + 1
                continue
            if tok.dep_ in ("relcl", "acl") and tok.head.i != tok.i:
                # "X's plan to leave": X leaves; "X's call to leave" is addressed to someone else, who
                # answers it: "Y rejected X's call to leave" (Y is to leave)
                addressed = tok.dep_ == "acl" and tok.head.lemma_.lower() in REQUEST_NOUNS
                found = [] if addressed else self.fillers(tok.head, conjuncts=False)
                if found or tok.tag_ not in ("VBG", "VB") or tok.head.dep_ != "dobj":
                    return found, False
                tok, hops = tok.head.head, hops + 1  # "X adopted a resolution imposing ...", "X accepted an invitation to meet ..."
                continue
            break
        return [], False

    @staticmethod
    def _stative(verb: Any) -> bool:
        """A passive participle that states its subject's stance ("is committed to"), when no by-agent follows."""
        return verb.lemma_.lower() in STATIVE_PASSIVES and not any(c.dep_ == "agent" for c in verb.children)

    def _subject_fillers(self, subj: Any, verb: Any) -> list[Filler]:
        if subj.tag_ in ("WP", "WDT") and verb.dep_ == "relcl":  # "Koizumi, who is preparing to visit"
            return self.fillers(verb.head, conjuncts=False)
        found = self.fillers(subj)
        if found or subj.pos_ != "PRON":
            return found
        return [Filler(f.actor, f.start, f.end, f.confidence * 0.7) for f in self.speaker(verb)]

    def speaker(self, tok: Any) -> list[Filler]:
        """The subject of the verb whose report contains ``tok`` ("X said (it would ...)")."""
        hops = 0
        while tok.dep_ in SPEECH_HOPS and tok.head.i != tok.i and hops < 6:
            tok, hops = tok.head, hops + 1
            for c in tok.children:
                if c.dep_ == "nsubj":
                    found = self.fillers(c)
                    if found:
                        return found
        return []

    def agent(self, head: Any) -> list[Filler]:
        """Fillers of a passive's by-phrase."""
        for c in head.children:
            if c.dep_ == "agent":
                for g in c.children:
                    if g.dep_ == "pobj":
                        return self.fillers(g)
        return []

    def passive_subject(self, head: Any) -> list[Filler]:
        """Fillers of a passive subject (the one acted upon), or of the noun a participle modifies."""
        for c in head.children:
            if c.dep_ == "nsubjpass":  # "ties with X were cut by Y": the subject's own target phrase
                return self.fillers(c) or self.noun_roles(c)[1]
        if head.dep_ == "acl":
            return self.fillers(head.head, conjuncts=False)
        return []

    def objects(self, head: Any, *, skip: Any = None, preps: tuple[str, ...] = TARGET_PREPS,
                stance: bool = False) -> list[Filler]:
        """Fillers of the object, dative or first target oblique of ``head``. With ``stance`` (an act that takes a
        stand on another: criticize, welcome, reject), an event noun's actor comes before its target ("criticized
        the deployment of X's aircraft to Y": X)."""
        for c in head.children:
            if c.dep_ in ("dobj", "dative") and (skip is None or c.i != skip.i):
                found = self.fillers(c)
                if not found:
                    n_src, n_tgt = self.noun_roles(c)  # "threatened action against X"
                    found = (n_src or n_tgt) if stance and is_event_noun(c) else n_tgt
                if found:
                    return found
        return self.obliques(head, preps)

    def obliques(self, head: Any, order: tuple[str, ...] = TARGET_PREPS) -> list[Filler]:
        """Fillers of the first target preposition phrase of ``head`` (with, to, against ...)."""
        preps = {c.lower_: c for c in head.children if c.dep_ in ("prep", "dative")}
        for p in order:
            if p in preps:
                for g in preps[p].children:
                    if g.dep_ == "pobj":
                        found = self.fillers(g)
                        if found:
                            return found
        return []

    # -------------------------------------------------------------------------------- event nouns

    def noun_roles(self, noun: Any, typ: str = "") -> tuple[list[Filler], list[Filler]]:
        """Source and target fillers read off an event noun's own dependents.

        "of X" names the actor of a movement or gathering ("the withdrawal of US troops") and the target of
        anything else ("the arrest of X").
        """
        src: list[Filler] = []
        tgt: list[Filler] = []
        mods: list[Filler] = []
        for c in noun.children:
            if c.dep_ == "poss":
                src += self.fillers(c)
            elif c.dep_ in ("compound", "amod", "nmod"):
                mods += self._at(min(t.idx for t in c.subtree), max(t.idx + len(t.text) for t in c.subtree), 0.7)
            elif c.dep_ == "prep":
                objs = [g for g in c.children if g.dep_ == "pobj"]
                for g in objs:
                    if c.lower_ == "by":
                        src += self.fillers(g)
                    elif c.lower_ in ("between", "among"):
                        pair = self.fillers(g)
                        if len(pair) == 2 and (pair[0].start, pair[0].end) == (pair[1].start, pair[1].end):
                            tgt = tgt or pair  # "flights between the two countries": either may face the actor
                        src, tgt = (src or pair[:1]), (tgt or pair[1:2])
                    elif c.lower_ == "of" and (typ in SELF_TYPES or noun.lemma_.lower() in SELF_NOUNS):
                        src = src or self.fillers(g)
                    elif c.lower_ in ("with", "to", "against", "on", "toward", "towards", "for", "over", "of"):
                        tgt = tgt or self.fillers(g)
                    elif c.lower_ == "from":
                        src = src or self.fillers(g)
            elif c.dep_ == "acl":  # "a proposal made ... by X to Y"
                src = src or self.agent(c)
                tgt = tgt or self.obliques(c)
        if mods:
            if not src:
                src, mods = mods[:1], mods[1:]
            if not tgt and mods:
                tgt = [f for f in mods if f.actor is None or not src or f.actor != src[0].actor][:1]
        return src, tgt
