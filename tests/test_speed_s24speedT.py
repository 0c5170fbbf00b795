"""Session 24 (s24speedT): the faster scans of the tense cues and of dating's KB clues equal the plain ones.

Each fast pattern is compared with the pattern it stands for, as written, on sentences of our own and under
hypothesis (random text over the characters the patterns care about, the letters ``re`` folds included); the
dating caches are compared with a fresh per-document lookup.
"""

from __future__ import annotations

import re

from hypothesis import given, settings
from hypothesis import strategies as st

from chronicler.text.prefilter import by_first_char
from chronicler.time import anchor
from chronicler.time.dating import kbcues, patterns

SENTENCES = [
    "The talks will resume on Monday, the foreign ministry said.",
    "Mr. Okafor said the vote, which was scheduled for March, is to be held next week In a statement he added more.",
    "Dr. Lind had planned to leave; she won't now. The ministers' meeting is set for Friday!",
    "Prices rose 3 percent last month? Analysts expected a fall.\nThe bank is due to report its results.",
    "Rescue teams arrived shortly after dawn By Tuesday most roads were open again.",
    "The harbour authority plans to reopen the port in the coming weeks, officials told reporters.",
    "St. Anne's parish is going to hold a vigil; the mayor'll attend. Since then nothing has changed.",
    "THE PRESIDENT WILL ADDRESS THE NATION. Elections are expected to take place in the autumn",
    "Last week's flooding and this month's recent storms hit the valley; on Saturday the river fell.",
    "Former Prime Minister Helen Clark and President Barack Obama met on Wednesday's summit sidelines.",
    "Yesterday the lately appointed chief, who steps down in September, spoke; latest figures came out.",
]

#: The characters the cue patterns turn on: sentence ends, quotes, spaces and line breaks, the letters that
#: begin their words in both cases, and the letters ``re`` folds to ASCII ones (long s, dotted/dotless i, Kelvin).
ALPHABET = st.sampled_from(list("wilsthenrdxyampfcg'’\"“`(.!?;,:- \n\tMDSWTFLRYIAOBN")
                           + ["\u017f", "\u0130", "\u0131", "\u212a", "\u00a0"])
WORDS = st.sampled_from(["will", "won't", "'ll", "shall", "would", "Might", "going to", "plans to", "is", "are",
                         "was", "were", "next", "Next", "coming", "the planned", "set for", "begins", "due to",
                         "recent", "Latest", "last week", "This month", "yesterday", "Wednesday", "satur", "day",
                         "Mr.", "Dr.", "St.", "In", "By", "When", "after", "Ms", ". ", "; ", "\n", "  ", "”", "'"])
TEXTS = st.lists(st.one_of(WORDS, st.text(ALPHABET, max_size=6)), max_size=25).map(" ".join)


def _spans(rx: re.Pattern[str], text: str) -> list[tuple[tuple[int, int], tuple]]:
    return [(m.span(), m.groups()) for m in rx.finditer(text)]


def _at_each(rx: re.Pattern[str], text: str) -> list:
    """The match (span) of ``rx`` at every position and end position of ``text``: patterns that agree here agree
    on every slice the tense code scans (``finditer``, ``search`` and ``match`` with bounds)."""
    return [(i, (m.span() if (m := rx.match(text, i, j)) else None)) for j in {len(text), len(text) // 2}
            for i in range(len(text) + 1)]


def test_fast_patterns_are_built() -> None:
    assert anchor._FUTURE_SCAN is not anchor._FUTURE
    assert anchor._FUTURE_SCAN.pattern != anchor._FUTURE.pattern


def test_clause_end_scan_stands_for_the_pattern_as_written() -> None:
    # _CLAUSE_END_SCAN is written out by hand from _CLAUSE_END: a change to the one needs the other
    assert anchor._CLAUSE_END.pattern == (
        r"(?<![A-Z])(?<!Mr|Ms|Dr|St)[.!?][\"”']?(?:\s+|$)|[;\n]|(?<=[a-z])[^\S\n]+(?=(?:In|On|At|By|"
        r"But|When|After|Before|During|Since|Until|While|As)\s)")


def test_recent_word_scan_stands_for_the_pattern_as_written() -> None:
    assert kbcues._RECENT_WORD.pattern == (r"\b(?:recent|latest|last (?:week|month)|this (?:week|month)|yesterday|"
                                           r"(?:mon|tues|wednes|thurs|fri|satur|sun)day)")
    assert kbcues._RECENT_WORD.flags & re.I


def test_sentence_end_scan_stands_for_the_pattern_as_written() -> None:
    assert patterns._SENT_END.pattern == r"(?<=[.!?])\s+(?=[A-Z“\"'`(])|\n"


def test_fast_patterns_on_our_sentences() -> None:
    for text in SENTENCES:
        assert _at_each(anchor._FUTURE_SCAN, text) == _at_each(anchor._FUTURE, text)
        assert _at_each(anchor._CLAUSE_END_SCAN, text) == _at_each(anchor._CLAUSE_END, text)
        assert _spans(kbcues._RECENT_WORD_SCAN, text) == _spans(kbcues._RECENT_WORD, text)
        assert _at_each(patterns._SENT_END_SCAN, text) == _at_each(patterns._SENT_END, text)
    assert [m.group(0) for m in kbcues._RECENT_WORD_SCAN.finditer(SENTENCES[8])] == [
        "Last week", "this month", "recent", "Saturday"]


@settings(max_examples=300, deadline=None)
@given(TEXTS)
def test_fast_patterns_equal_the_plain_ones(text: str) -> None:
    assert _at_each(anchor._FUTURE_SCAN, text) == _at_each(anchor._FUTURE, text)
    assert _at_each(anchor._CLAUSE_END_SCAN, text) == _at_each(anchor._CLAUSE_END, text)
    assert _spans(kbcues._RECENT_WORD_SCAN, text) == _spans(kbcues._RECENT_WORD, text)
    assert _at_each(patterns._SENT_END_SCAN, text) == _at_each(patterns._SENT_END, text)
    for start in range(0, len(text) + 1, 7):
        assert _spans(kbcues._RECENT_WORD_SCAN, text[start:]) == _spans(kbcues._RECENT_WORD, text[start:])


@settings(max_examples=200, deadline=None)
@given(st.lists(st.sampled_from(["will", "Will", "wi", "sun", "\u017fun", "'ll", "x", "day", "mon", "be", "é"]),
                min_size=1, max_size=5), TEXTS)
def test_by_first_char_keeps_every_match(words: list[str], text: str) -> None:
    rx = re.compile(r"\b(?:" + "|".join(re.escape(w) for w in words) + r"|s[a-z]+day|(?:mo|su)n(?!d))\b", re.I)
    fast = by_first_char(rx)
    assert fast.pattern != rx.pattern and fast.groupindex == rx.groupindex
    assert _at_each(fast, text) == _at_each(rx, text)


def test_by_first_char_leaves_other_shapes_alone() -> None:
    for rx in (re.compile(r"(?:will|shall)\b"), re.compile(r"\b(?:will|\w+ed)\b"), re.compile(r"\b(?:will|.)")):
        assert by_first_char(rx) is rx


class _CountingKB:
    """A knowledge base that answers every name with no term, counting the questions."""

    def __init__(self) -> None:
        self.asked: list[str] = []
        self.events: list = []

    def terms_for_name(self, name: str) -> list:
        self.asked.append(name)
        return []

    def known_events_matching(self, text: str) -> list:
        return []


def test_names_are_asked_once_per_knowledge_base() -> None:
    kb = _CountingKB()
    text = "Talks between Gordon Brown and Angela Merkel went on. Gordon Brown left."
    assert kbcues.kb_clues(text, kb) == ([], [])
    asked = list(kb.asked)
    assert asked.count("Brown") == 1 and "Gordon Brown" in asked
    kbcues.kb_clues(text, kb)
    assert kb.asked == asked  # the second report asks nothing anew
    other = _CountingKB()
    kbcues.kb_clues(text, other)
    assert other.asked == asked  # a new knowledge base is asked again


def test_kb_clues_equal_a_fresh_lookup() -> None:
    from chronicler.actors.office_kb import default_kb

    kb = default_kb()
    text = ("Former Prime Minister Tony Blair met President Barack Obama on Tuesday. Blair said last week's "
            "talks with Chancellor Angela Merkel, who steps down in December, went well.")
    first = kbcues.kb_clues(text, kb)
    kbcues._TERMS[:] = [None, {}, {}]
    assert repr(kbcues.kb_clues(text, kb)) == repr(first) == repr(kbcues.kb_clues(text, kb))
    assert first[0]  # the KB knows these office holders: the clues are read, not skipped


def test_known_event_keywords_scan_as_the_plain_alternation() -> None:
    from chronicler.actors.office_kb import by_first_letter, default_kb

    kb = default_kb()
    ordered = sorted(kb._kw_events, key=len, reverse=True)
    plain = re.compile(r"(?<!\w)(?:" + "|".join(map(re.escape, ordered)) + r")(?!\w)")
    assert kb._kw_re.pattern != plain.pattern
    words = ordered + [k[:-1] for k in ordered] + [k + "s" for k in ordered[:50]] + ["the", "a", "-", ",", "'s"]

    @settings(max_examples=300, deadline=None)
    @given(st.lists(st.sampled_from(words), max_size=12), st.sampled_from([" ", "", "-", "\n", ", "]))
    def same(parts: list[str], sep: str) -> None:
        text = sep.join(parts)
        assert kb._kw_re.findall(text) == plain.findall(text)

    same()
    assert by_first_letter(["ab", "", "b"]) == "ab||b"
    assert by_first_letter(["abc", "b.c", "ad"]) == r"a(?:bc|d)|b(?:\.c)"


def _ungated(monkeypatch) -> None:  # type: ignore[no-untyped-def]
    monkeypatch.setattr(anchor, "_LEFT_CUES", tuple((rx, label, None) for rx, label, _ in anchor._LEFT_CUES))


def test_tense_cue_skips_the_infinitive_cues_only_where_they_cannot_match(monkeypatch) -> None:  # type: ignore
    """The verb gate of the infinitive cues changes no answer (with and without ``reach``)."""
    assert [n is not None for _, _, n in anchor._LEFT_CUES] == [False, False, True, True]
    texts = SENTENCES + ["The council decided on Monday to hold the vote in June.",
                         "Ministers urged the central bank to cut rates in March.",
                         "They OPTED last week TO delay the launch until May.", "He told them to leave Friday."]
    spots = [(t, i, min(len(t), i + 6)) for t in texts for i in range(0, len(t), 5)]
    gated = [(anchor.tense_cue(t, s, e), anchor.tense_cue(t, s, e, reach=20)) for t, s, e in spots]
    with monkeypatch.context() as m:
        _ungated(m)
        plain = [(anchor.tense_cue(t, s, e), anchor.tense_cue(t, s, e, reach=20)) for t, s, e in spots]
    assert gated == plain
    assert ("future", "future") in gated and ("past", "past") in gated


@settings(max_examples=200, deadline=None)
@given(st.lists(st.one_of(WORDS, st.sampled_from(["decided", "Voted", "to", "TO", "hold", "urged", "the", "bank",
                                                   "cut", "expects", "ALLOW", "Monday", "be"])), max_size=20))
def test_tense_cue_gate_on_random_clauses(words: list[str]) -> None:
    text = " ".join(words) + " Monday"
    start = len(text) - len("Monday")
    gated = anchor.tense_cue(text, start, len(text))
    saved = anchor._LEFT_CUES
    anchor._LEFT_CUES = tuple((rx, label, None) for rx, label, _ in saved)
    try:
        assert anchor.tense_cue(text, start, len(text)) == gated
    finally:
        anchor._LEFT_CUES = saved
