"""The speed-ups of session 8 change no output: each fast path equals the plain reference it replaced."""

from __future__ import annotations

import re

from hypothesis import given, settings
from hypothesis import strategies as st

from chronicler.model import Span, blank_outside
from chronicler.time.dating.patterns import DAY_MONTH, MONTH_DAY, scan


def _blank_reference(text: str, spans: list[Span]) -> str:
    """The plain way: a list of every character, newlines kept, the spans copied back in."""
    chars = [c if c == "\n" else " " for c in text]
    for s in spans:
        chars[s.start:s.end] = text[s.start:s.end]
    return "".join(chars)


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet="ab \n\té\r", max_size=60), st.lists(st.tuples(st.integers(0, 60), st.integers(0, 15)),
                                                              max_size=5))
def test_blank_outside_equals_the_character_list(text: str, raw: list[tuple[int, int]]) -> None:
    spans = [Span(start, start + length, "body") for start, length in raw if start <= len(text)]
    out = blank_outside(text, spans)
    assert out == _blank_reference(text, spans)
    assert len(out) == len(text)


def test_scan_equals_finditer_and_follows_the_text() -> None:
    text = "On Monday, March 3 the talks began; by 4 April 2011 they were over. March 45 is no day."
    for pattern in (MONTH_DAY, DAY_MONTH):
        assert [m.span() for m in scan(pattern, text)] == [m.span() for m in pattern.finditer(text)]
    other = text.replace("March 3", "May 9")
    assert [m.group(0) for m in scan(MONTH_DAY, other)] == [m.group(0) for m in MONTH_DAY.finditer(other)]
    assert scan(re.compile("x"), "") == ()


#: Our own sentences, with verbs, event nouns, a copula of rejection, a finding, a wish and a reported obligation.
SENTENCES = [
    "The two leaders meet in Tokyo on Friday, and the ministers held talks on the cease-fire.",
    "Officials said the proposal was unacceptable and that the rebels must withdraw.",
    "The court declared the election valid; Washington wants Seoul to implement the accord.",
    "Police were behind the raids, which were condemned by the union's leaders.",
    "Rice heads to Seoul as the envoys talks resume.", "Merkel visits Paris.",
    "",
]


def test_trigger_passes_keep_every_token_their_first_test_keeps() -> None:
    """Each pass of find_triggers walks only the tokens _pass_tokens picks: all those its own first test keeps."""
    from chronicler.events import cues, stances, triggers
    from chronicler.nlp.stage import load_model

    nlp = load_model()
    tests = {
        "verb": triggers._is_verb,
        "verb_read_as_noun": cues.verb_read_as_noun,
        "noun": triggers._is_event_noun,
        "complement": lambda t: t.dep_ == "ccomp",
        "desire": lambda t: t.lemma_.lower() in triggers.DESIRE_VERBS and t.pos_ == "VERB",
        "stance": lambda t: stances.rejecting_predicate(t) or stances.accusing_predicate(t)
        or stances.approving_finding(t),
    }
    seen = {name: 0 for name in tests}
    for text in SENTENCES:
        doc = nlp(text)
        for name, test in tests.items():
            picked = set(triggers._pass_tokens(doc, name))
            kept = {t.i for t in doc if test(t)}
            assert kept <= picked, (name, text)
            seen[name] += len(kept)
    assert all(seen.values()), seen  # every pass met at least one token it acts on
