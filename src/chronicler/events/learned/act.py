"""Where the learned event-type model acts in the events stage (``[stages.events] learned``).

The lexicon's decisions stand; the model only speaks where the rules are weakest:
- a sentence where neither the lexicon, its default readings nor a WordNet loan found any trigger: the verbs
  highest in the parse (``fallback._candidates``) are asked in order, and the first one the model types (not
  NONE) with probability ``NEW_MIN`` becomes the trigger;
- a WordNet loan's type yields to the model's when the model gives another type with probability
  ``OVERRIDE_MIN`` at that word (the loan's lender was a guess too);
- a verb the lexicon does not list, on the main level and higher in the parse than every rule trigger, typed with
  probability ``ABOVE_MIN`` ("pestered Manila to withdraw ...": the request, not the withdrawal), unless the rule
  trigger is its purpose ("dumped potatoes to protest").
A verb whose first WordNet senses are all feelings, perceptions or bodily states is never added ("was impressed
by", "suffered", "enjoyed"). A trigger the model adds (first and third case) stands only with both sides named in the text (a source and a
target actor, the own-country target of a domestic act not counted): "others suffered heart attacks" or "was
impressed by" name no one acted on, and the model, trained on political sentences, reads most top verbs as acts.
A learned trigger has type confidence ``CONFIDENCE_SHARE`` × the model's probability (below a lexicon verb's 0.8)
and a ``learned: ...`` evidence span.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from functools import lru_cache
from typing import Any

from chronicler.events.agency import no_doer
from chronicler.events.borrow import BorrowedSense
from chronicler.events.cues import disaster_toll, is_natural
from chronicler.events.lexicon import Cue, TriggerSense, cameo_table
from chronicler.events.learned.features import token_features
from chronicler.events.learned.model import LinearModel, shipped_model

#: Least probability for a learned type where no rule found a trigger, and to override a WordNet loan.
NEW_MIN = 0.4
OVERRIDE_MIN = 0.4
#: Least probability for a learned trigger above every rule's trigger in the parse, at an unlisted verb.
ABOVE_MIN = 0.4
#: Whether an event noun object of an untyped verb may be the learned trigger.
NOUN_OBJECTS = True
CONFIDENCE_SHARE = 0.6
#: WordNet files of what one undergoes or feels rather than does to another ("was impressed by", "suffered",
#: "enjoyed"): a verb whose first senses all lie there is no act the model may add.
EXPERIENCE_FILES = frozenset({"verb.emotion", "verb.perception", "verb.body", "verb.consumption", "verb.weather"})
#: Types whose trigger takes over an infinitive or clausal complement as its content ("implored X to leave").
SPEECH_TYPES = frozenset({"REQUEST", "AGREE", "REJECT", "THREATEN", "ACCUSE"})

_state: dict[str, Any] = {"model": None, "masked": frozenset()}


@dataclass(frozen=True)
class LearnedSense(TriggerSense):
    """A type given by the learned model, with its probability."""

    probability: float = 0.0
    added: bool = False  # a trigger the model added (no rule found one there), not a loan it re-typed

    @property
    def confidence(self) -> float:
        """The type confidence of an event typed by the model."""
        return round(CONFIDENCE_SHARE * self.probability, 2)

    @property
    def evidence(self) -> str:
        """The provenance label: "learned: REQUEST 0.71"."""
        return f"learned: {self.type} {self.probability:.2f}"


@lru_cache(maxsize=None)
def representative_code(typ: str) -> tuple[str | None, str | None]:
    """The CAMEO code (and its mode) a learned type is given: the lowest code our table maps to the type whose
    two-digit root reads as the same type (so that the CAMEO-root convention keeps it)."""
    from chronicler.events.plover import CAMEO_ROOTS

    for code, row in sorted(cameo_table().items()):
        if row.plover != typ or len(code) < 3:
            continue
        root = code[:2]
        rooted = ("CONCEDE" if code[:3] in ("080", "081", "082", "083") else "RETREAT") if root == "08" \
            else CAMEO_ROOTS.get(root, typ)
        if rooted == typ:
            return code, row.mode
    return None, None


def active_model() -> LinearModel | None:
    """The model in use: one set by :func:`using` (the evals' folds), else the shipped one."""
    return _state["model"] or shipped_model()


@contextmanager
def using(model: LinearModel | None = None, masked: frozenset[str] = frozenset()) -> Iterator[None]:
    """Within the block, type with ``model`` (None: the shipped one) and ask about ``masked`` words as if never
    seen (no lemma feature: the leave-lemma-out eval)."""
    saved = dict(_state)
    _state.update(model=model, masked=frozenset(masked))
    try:
        yield
    finally:
        _state.update(saved)


def predict(tok: Any) -> tuple[str, float]:
    """The model's likeliest class at a token and its probability (("NONE", 1.0) without a model)."""
    model = active_model()
    if model is None:
        return "NONE", 1.0
    return model.best(token_features(tok, _state["masked"]))


def _sense(tok: Any, typ: str, p: float, kind: str, added: bool = False) -> LearnedSense:
    code, mode = representative_code(typ)
    clause = any(c.dep_ in ("xcomp", "ccomp") for c in tok.children)
    role = "matrix" if typ in SPEECH_TYPES and clause else "act"
    return LearnedSense(kind, tok.lemma_.lower(), Cue(), typ, mode, code, role, probability=round(p, 3),
                        added=added)


def _new_trigger(tok: Any, least: float) -> Any | None:
    """A learned trigger at a verb, or at its direct object (an event noun under a verb the model reads as no
    event: "completed the withdrawal"), when the model types it (not NONE) with at least ``least``."""
    from chronicler.events.triggers import Trigger, _reflexive

    if _reflexive(tok) or experienced(tok):
        return None  # "surrounded himself with ...", "was impressed by ...": no act on anyone
    typ, p = predict(tok)
    if typ != "NONE" and p >= least:
        if typ in ("ASSAULT", "COERCE") and (is_natural(tok) or disaster_toll(tok)):
            return None
        sense = _sense(tok, typ, p, "verb", True)
        # the doer test a lexicon verb passes (agency.no_doer): "the footballer signed with a club" is no act
        return None if no_doer(tok, sense) else Trigger(tok, sense, typ)
    if typ != "NONE" or not NOUN_OBJECTS:
        return None
    for obj in (c for c in tok.children if c.dep_ == "dobj" and c.pos_ == "NOUN"):
        otyp, op = predict(obj)
        if otyp != "NONE" and op >= least:
            sense = _sense(obj, otyp, op, "noun", True)
            return None if no_doer(tok, sense) else Trigger(tok, sense, otyp, noun=obj)
    return None


def _open(tok: Any) -> bool:
    """True for a candidate verb (``fallback._candidates``: the verbs highest in the parse) that is no judgement
    or naming, no force of nature, and whose use the lexicon does not rule out."""
    from chronicler.events.triggers import no_event

    return not any(c.dep_ == "oprd" for c in tok.children) and not is_natural(tok, forces_only=True) \
        and not no_event(tok)


def learned_triggers(sent: Any, triggers: list[Any]) -> list[Any]:
    """The sentence's triggers after the model has spoken (see the module docstring)."""
    from chronicler.events.main import salience

    if active_model() is None:
        return triggers
    from chronicler.events.fallback import _candidates

    if not triggers:
        # asked one at a time: the first typed one ends it; a verb the lexicon lists is not asked (its rows'
        # conditions failed, and they are deliberate: "lodged a patent application" is no complaint)
        for tok in (t for t in _candidates(sent) if not listed_verb(t) and _open(t)):
            found = _new_trigger(tok, NEW_MIN)
            if found is not None:
                return [found]
        return []
    for t in triggers:
        if not isinstance(t.sense, BorrowedSense):
            continue
        tok = t.noun if t.noun is not None else t.head
        typ, p = predict(tok)
        if typ != "NONE" and typ != t.type and p >= OVERRIDE_MIN:
            t.sense, t.type = _sense(tok, typ, p, t.sense.kind), typ
    top = min([salience(t.head) for t in triggers])
    if ABOVE_MIN < 1.0 and top > (0, 0):  # nothing stands above a trigger at the root: the model is not asked
        taken = {t.head.i for t in triggers}
        rule_words = taken | {t.noun.i for t in triggers if t.noun is not None}
        for tok in _candidates(sent):  # the cheap tests first, the lexicon's and the model's last
            level = salience(tok)
            if tok.i in taken or level[0] != 0 or level >= top or listed_verb(tok) or _carries(tok, rule_words) \
                    or not _open(tok):
                continue
            found = _new_trigger(tok, ABOVE_MIN)
            if found is not None:
                return [found] + triggers
    return triggers


def _carries(tok: Any, rule_words: set[int]) -> bool:
    """True when a rule trigger is the verb's purpose ("dumped potatoes to protest": the protest is the act), so
    the verb adds no act of its own. (A rule trigger as its object, "signed a deal", is no bar: left out, the
    leave-lemma-out figures fell by 2-10 sentences a set.)"""
    for c in tok.children:
        if c.i not in rule_words:
            continue
        if c.dep_ == "advcl" and any(a.dep_ == "aux" and a.lower_ == "to" for a in c.children):
            return True
    return False


def experienced(tok: Any) -> bool:
    """True when the verb's first two WordNet senses (all it has, if fewer) are in ``EXPERIENCE_FILES``."""
    return _experience_verb(tok.lemma_.lower())


@lru_cache(maxsize=16384)
def _experience_verb(lemma: str) -> bool:
    from chronicler.nlp import wordnet

    senses = wordnet.synsets(lemma, "v")[:2] if wordnet.available() else []
    return bool(senses) and all(s.lexname in EXPERIENCE_FILES for s in senses)


def listed_verb(tok: Any) -> bool:
    """True when the lexicon lists any form of the verb (its rows have spoken: the model does not add to them)."""
    from chronicler.events.borrow import listed
    from chronicler.events.cues import lemmas
    from chronicler.events.lexicon import spelling_variants

    return listed([v for f in lemmas(tok) for v in spelling_variants(f)])
