"""The ``--news`` scorer (standoff TIMEX3 gold on Timeline17 sentences) on a tiny hand-made corpus and gold,
and the real gold's offsets still pointing at the sentences it was made on (skips without ../shared)."""

from __future__ import annotations

import hashlib
import importlib.util
import json
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "eval"))
_spec = importlib.util.spec_from_file_location("tempeval3", ROOT / "eval" / "tempeval3.py")
te3 = importlib.util.module_from_spec(_spec)
sys.modules.setdefault("tempeval3", te3)
_spec.loader.exec_module(te3)

import _t17_news as news  # noqa: E402

# Our own text (not from any corpus): two sentences sampled, one without a timex.
TEXT = ("The council met on Monday and voted . \nThe mayor spoke for two hours . \nNobody came to the fair . \n"
        "The rain fell all night .")


def _sha(s: str) -> str:
    return hashlib.md5(s.encode("utf-8")).hexdigest()[:8]


def _gold(tmp_path: Path, rows: list[list[str]]) -> Path:
    path = tmp_path / "gold.tsv"
    path.write_text("# test gold\n" + "\n".join("\t".join(r) for r in rows) + "\n", encoding="utf-8")
    return path


def _corpus(tmp_path: Path) -> Path:
    data = tmp_path / "t17"
    (data / "town").mkdir(parents=True)
    (data / "town" / "articles.jsonl").write_text(json.dumps({"id": "7", "time": "2012-03-07", "text": TEXT}) + "\n",
                                                  encoding="utf-8")
    return data


def _span(sub: str) -> tuple[int, int]:
    i = TEXT.index(sub)
    return i, i + len(sub)


def test_news_scorer_counts_optional_spurious_and_halves(tmp_path, capsys):
    s1, s2, s3 = _span("The council met on Monday and voted ."), _span("The mayor spoke for two hours ."), \
        _span("Nobody came to the fair .")
    mon, hrs = _span("Monday"), _span("two hours")
    rows = [
        ["S", "town", "7", "2012-03-07", "tune", str(s1[0]), str(s1[1]), "", "", "", _sha(TEXT[s1[0]:s1[1]])],
        ["T", "town", "7", "2012-03-07", "tune", str(mon[0]), str(mon[1]), "DATE", "2012-03-05", "0", _sha(TEXT[s1[0]:s1[1]])],
        # an optional timex the tagger cannot find (a made-up one on "voted"): not a miss
        ["T", "town", "7", "2012-03-07", "tune", str(TEXT.index("voted")), str(TEXT.index("voted") + 5), "DATE",
         "2012", "1", _sha(TEXT[s1[0]:s1[1]])],
        ["S", "town", "7", "2012-03-07", "measure", str(s2[0]), str(s2[1]), "", "", "", _sha(TEXT[s2[0]:s2[1]])],
        # wrong value on purpose: a relaxed, strict match whose value disagrees
        ["T", "town", "7", "2012-03-07", "measure", str(hrs[0]), str(hrs[1]), "DURATION", "PT3H", "0", _sha(TEXT[s2[0]:s2[1]])],
        ["S", "town", "7", "2012-03-07", "tune", str(s3[0]), str(s3[1]), "", "", "", _sha(TEXT[s3[0]:s3[1]])],
        # a drifted sentence (hash of other text) is skipped with a warning
        ["S", "town", "7", "2012-03-07", "tune", str(s3[0]), str(s3[1]), "", "", "", "00000000"],
    ]
    totals = news.run_news(_corpus(tmp_path), te3.score_document, te3.match, te3.Counts, te3.format_figures,
                           errors=10, gold_path=_gold(tmp_path, rows))
    out = capsys.readouterr().out
    tune, measure = totals["tune"], totals["measure"]
    assert (tune.reference, tune.system, tune.strict, tune.value_ok) == (1, 1, 1, 1)
    assert (measure.reference, measure.system, measure.strict, measure.value_ok) == (1, 1, 1, 0)
    assert "sentence changed or missing" in out
    assert "PT3H" not in out  # measure-half errors are never listed
    # "all night" lies outside every sampled sentence: neither spurious nor scored
    assert "all night" not in out


def test_news_section_skips_without_shared(monkeypatch, tmp_path, capsys):
    monkeypatch.setattr(te3, "SHARED", tmp_path)
    assert te3.run_news_section() == 0
    assert "skipped: data absent" in capsys.readouterr().out


def test_real_gold_offsets_still_hash(shared):
    sents = news.read_gold()
    assert len(sents) >= 300 and {s.half for s in sents} == {"tune", "measure"}
    data = shared / "eval" / "timeline17"
    by_topic = {}
    for s in sents:
        if s.topic not in by_topic:
            by_topic[s.topic] = news.load_articles(data, s.topic)
        text = by_topic[s.topic][s.article]["text"]
        assert news.sentence_hash(text[s.start:s.end]) == s.sha
        for t in s.timexes:
            assert s.start <= t.start < t.end <= s.end and text[t.start:t.end].strip() == text[t.start:t.end]
