"""Timeline summarisation: date selection, sentence picking, and the news-tls metrics on hand-computed cases."""

from __future__ import annotations

from datetime import date

from chronicler.timeline.metrics import align_m1_rouge, date_prf, rouge_counts
from chronicler.timeline.summarize import DatedSentence, dated_sentences, select_dates, summarize

D1, D2, D3 = date(2010, 4, 20), date(2010, 4, 22), date(2010, 4, 25)


def test_date_prf():
    p, r, f = date_prf({D1: ["x"], D3: ["y"]}, [{D1: ["x"], D2: ["z"]}])
    assert (p, r, f) == (0.5, 0.5, 0.5)


def test_rouge_counts_hand_computed():
    # after stop words (the, a) and stemming: pred [rig, sink], ref [rig, sink, gulf]
    assert rouge_counts(["The rig sinks"], [["A rig sank in the gulf"]], 1) == (1, 2, 3)  # sank≠sink after stemming
    assert rouge_counts(["rig sinks gulf"], [["rig sinks"]], 2) == (1, 2, 1)


def test_align_m1_hand_computed():
    ref = [{D1: ["rig explodes"], D2: ["rig sinks"]}]
    # identical timeline: perfect scores
    assert align_m1_rouge({D1: ["rig explodes"], D2: ["rig sinks"]}, ref, 1) == (1.0, 1.0, 1.0)
    # one predicted date two days after D2 with D2's text: aligned to D2 (content cost 0), weight 1/3
    p, r, f = align_m1_rouge({D2.replace(day=24): ["rig sinks"]}, ref, 1)
    # precision: 2 matches * 1/3 over 2 tokens = 1/3; recall: D1 -> only pred date, matches 'rig' (1/5 weight)
    # D1 is 4 days away: weight 1/5, 1 match; D2: 2 matches * 1/3; recall denominators 2 + 2
    assert abs(p - 1 / 3) < 1e-9
    assert abs(r - (1 / 5 + 2 / 3) / 4) < 1e-9
    assert abs(f - 2 * p * r / (p + r)) < 1e-9


def test_select_dates_prefers_spread_across_reports():
    items = [DatedSentence("Rig explodes in gulf", D1, f"d{i}") for i in range(3)]
    items += [DatedSentence("Rig sinks, says official", D2, "d9")] * 5
    items += [DatedSentence("Slick grows", D3, "d4", explicit=False)]
    assert select_dates(items, 1) == [D1]
    assert select_dates(items, 3) == [D1, D2, D3]


def test_dated_sentences_and_summarize():
    sents = [("The rig exploded on Tuesday killing eleven workers", [D1]), ("Officials gave no further details today", []),
             ("Much later sentence", [])]
    items = dated_sentences("a", D2, sents, lead=2)
    assert [(i.date, i.explicit) for i in items] == [(D1, True), (D2, False)]
    items += dated_sentences("b", D2, [("Eleven workers died when the rig exploded in the gulf", [D1])])
    tl = summarize(items, 1, 1)
    assert tl[0]["date"] == "2010-04-20" and len(tl[0]["sentences"]) == 1
    assert summarize(items, 1, 1, query="nonexistentword") == []
