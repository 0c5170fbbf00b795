"""Tense of the clause around a character range, from a spaCy dependency parse (used by the ``timex`` stage).

The expression's syntactic head is followed up to its governing verb; a "will/shall/'ll/would" auxiliary (on
the verb or on the verb it is coordinated with) means the future, a past-tense verb or a past auxiliary the
past. Anything else is left to the tagger's local cues (None).
"""

from __future__ import annotations

from typing import Any

from chronicler.time.tagger import TenseHint

_FUTURE_AUX = {"will", "'ll", "shall", "wo", "would", "’ll"}
_PAST_AUX = {"had", "did", "was", "were", "has", "have"}
_PLAN = {"plan", "expect", "schedule", "prepare", "hope", "want", "intend", "aim", "seek", "agree", "decide"}


def _tense_of_verb(verb: Any) -> str | None:
    auxes = [c for c in verb.children if c.dep_ in ("aux", "auxpass")]
    if verb.dep_ == "conj" and not auxes:
        auxes = [c for c in verb.head.children if c.dep_ in ("aux", "auxpass")]
    words = {a.lower_ for a in auxes}
    if words & _FUTURE_AUX:
        return "future"
    if "to" in words and verb.head.lemma_ in _PLAN:
        return "future"
    if verb.tag_ == "VBD" or words & _PAST_AUX:
        return "past"
    return None


def spacy_tense_hint(sdoc: Any) -> TenseHint:
    """A ``tense_hint(start, end)`` reading the spaCy ``Doc`` ``sdoc`` (same offsets as the tagged text)."""

    def hint(start: int, end: int) -> str | None:
        try:
            span = sdoc.char_span(start, end, alignment_mode="expand")
        except (IndexError, ValueError):
            return None
        if span is None or len(span) == 0:
            return None
        tok = span.root
        for _ in range(5):
            if tok.pos_ in ("VERB", "AUX") and tok.i not in range(span.start, span.end):
                return _tense_of_verb(tok)
            if tok.head is tok:
                return None
            tok = tok.head
        return None

    return hint
