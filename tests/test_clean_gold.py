"""Cleaning against the hand-made gold: the example corpus (outlet, dateline, title, boilerplate, body,
near-duplicates) and the two samples (expected outlet, dateline, first/last body words from eval/data)."""

from __future__ import annotations

import importlib.util
import json
from pathlib import Path

from hypothesis import given
from hypothesis import strategies as st

from chronicler.clean.stage import clean_document
from chronicler.ingest.html import split_title
from chronicler.model import Document

ROOT = Path(__file__).resolve().parents[1]


def _scorer():
    spec = importlib.util.spec_from_file_location("eval_cleaning", ROOT / "eval" / "cleaning.py")
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    return mod


def test_example_corpus_against_gold():
    res = _scorer().score_corpus(show=False)
    assert res["docs"] == 57
    assert res["outlet"] >= 0.95 and res["dateline"] >= 0.95 and res["title"] >= 0.95
    assert res["boilerplate_recall"] >= 0.95 and res["body_kept"] >= 0.98
    assert res["learned_body_kept"] >= 0.98
    assert res["dup_precision"] == 1.0 and res["dup_recall"] >= 0.9


def test_samples_against_gold(samples):
    gold = json.loads((ROOT / "eval" / "data" / "samples_clean_gold.json").read_text(encoding="utf-8"))
    for name, g in gold["documents"].items():
        doc = clean_document(Document("id", name, (samples / name).read_text(encoding="utf-8")))
        words = doc.body.split()
        assert (doc.outlet, doc.dateline) == (g["outlet"], g["dateline"]), name
        assert words[:3] == g["first_words"] and words[-3:] == g["last_words"], name


def test_credit_line_is_never_the_title():
    text = "OKINAWA MORNING STAR\n\nNAHA, Okinawa — The assembly voted on Friday against the plan.\n"
    doc = clean_document(Document("id", "x.txt", text, title="OKINAWA MORNING STAR"))
    assert doc.title is None and doc.outlet == "Okinawa Morning Star" and doc.dateline == "Naha"


def test_outlet_name_lines_outlet_bylines_and_headlines():
    doc = clean_document(Document("id", "x.txt", "The Capital Dispatch\nTOKYO — The Diet passed the bills.\n"))
    assert doc.outlet == "The Capital Dispatch" and doc.dateline == "Tokyo" and doc.body.startswith("The Diet")
    doc = clean_document(Document("id", "x.txt", "By Northern Pacific Times\nCAMP DAVID, Md. — The leaders met.\n"))
    assert doc.outlet == "Northern Pacific Times" and doc.dateline == "Camp David"
    # A headline in title case is no outlet, even before a dateline; the dateline after it is still found.
    doc = clean_document(Document("id", "x.txt", "Obama Visits Tokyo\nTOKYO — The president arrived on Friday.\n"))
    assert doc.outlet is None and doc.dateline == "Tokyo" and doc.body.startswith("Obama Visits Tokyo")
    assert "TOKYO" not in doc.body


def test_html_headline_line_and_trailing_furniture():
    text = ("Ospreys land at Futenma\n\nGINOWAN, Okinawa — Six aircraft flew in on Monday.\n\n"
            "This story has been corrected to fix a name.\n___\n")
    doc = clean_document(Document("id", "x.html", text, title="Ospreys land at Futenma", outlet="Okinawa Star"))
    assert doc.dateline == "Ginowan" and doc.body.strip() == "Six aircraft flew in on Monday."
    assert {s.label for s in doc.boilerplate_spans} == {"title", "dateline", "boilerplate"}
    # Mid-text, the same words are news.
    doc = clean_document(Document("id", "x.txt", "The ministry corrected the figures on Monday.\nMore text here.\n"))
    assert "corrected" in doc.body


def test_split_title():
    assert split_title("Story here | The Capital Dispatch") == ("Story here", "The Capital Dispatch")
    assert split_title("Story here - Okinawa Morning Star", "Okinawa Morning Star") == \
        ("Story here", "Okinawa Morning Star")
    assert split_title("Story here - Okinawa Morning Star", "Other Site") == ("Story here - Okinawa Morning Star", None)
    assert split_title("Kan, Obama reaffirm alliance - and a pledge on trade talks") == \
        ("Kan, Obama reaffirm alliance - and a pledge on trade talks", None)


@given(st.text(max_size=80), st.one_of(st.none(), st.text(max_size=20)))
def test_split_title_only_cuts_a_suffix(title, site):
    head, outlet = split_title(title, site)
    if outlet is None:
        assert head == title
    else:
        assert title.startswith(head) and title.rstrip().endswith(outlet) and len(head) < len(title)
