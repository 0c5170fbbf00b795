"""Session 25 (s25speedA): equal-output cuts of the dating stage's scans, each compared with the plain path."""

from __future__ import annotations

import re

from hypothesis import given, settings
from hypothesis import strategies as st

from chronicler.time.dating import patterns

#: The first-character lookahead ``text/prefilter.with_first_chars`` puts before a pattern.
_LOOKAHEAD = re.compile(r"^\(\?=\[(?:\\.|[^\]\\])*\]\)")
#: Pieces of dates written day first, and their near misses, to join at random.
PIECES = ["4", "17", "31", "2nd", "23rd", "9th", " ", "  ", ", ", "of ", "the ", "March", "Sept.", "Sep", "may", "May",
          "Saturday", "Friday ,", "sunday", "2003", "1999", "-", "–", "\n", "x", "1o", "Dec", "December", "ſ"]

OWN = [
    "The ceasefire took hold on Saturday 14 March 2009, two days after the talks in Doha ended.",
    "Voting closed on the 3rd of May, and the count ran until Friday , the 9th of May 2014.",
    "The ministers met on 21 Sept. and again on 5 Oct 1997 to sign the accord.",
    "Prices rose 4 percent in 12 months to March; may 2 was a holiday.",
]


def _plain(fast: re.Pattern[str]) -> re.Pattern[str]:
    head = _LOOKAHEAD.match(fast.pattern)
    assert head is not None  # the day-first date pattern carries its lookahead
    return re.compile(fast.pattern[head.end():], fast.flags)


def _found(pattern: re.Pattern[str], text: str) -> list:
    return [(m.span(), m.groupdict(), m.span("weekday")) for m in pattern.finditer(text)]


def test_day_first_dates_found_with_the_lookahead_as_without_on_our_sentences():
    plain = _plain(patterns.DAY_MONTH)
    for text in OWN:
        assert _found(patterns.DAY_MONTH, text) == _found(plain, text)
    assert [m.group("day", "month") for m in patterns.DAY_MONTH.finditer(OWN[0])] == [("14", "March")]
    assert patterns.scan(patterns.DAY_MONTH, OWN[1])[1].group("weekday") == "Friday"


@settings(max_examples=300, deadline=None)
@given(st.lists(st.one_of(st.sampled_from(PIECES), st.text(max_size=3)), max_size=18))
def test_day_first_dates_found_with_the_lookahead_as_without(parts):
    text = "".join(parts)
    assert _found(patterns.DAY_MONTH, text) == _found(_plain(patterns.DAY_MONTH), text)


#: Pieces of weekday mentions and their near misses (modifiers, white space of several kinds, other cases).
DAY_PIECES = ["Monday", "Tuesday", "Sundays", "monday", "MONDAY", "last", "next", "this", "on", "since", "until", "by",
              "late", "early", "Early", " ", "  ", "\n", "\t", "\u00a0", "\u2003", ",", "the ", "12", "May", "March",
              "x", "Sunday,", "unlast", "-", "ſ"]

OWN_DAYS = [
    "The envoy said on Tuesday that talks would resume next Monday in Geneva.",
    "Since\u00a0 Friday, the border has stayed shut; officials hope to reopen it by Sunday.",
    "Protests planned for Thursday, March 4 were called off, and no strike is due until Wednesday.",
    "No day is named here at all.",
]


def _weekday_plain(text: str) -> list:
    return [(m.span(), m.groupdict(), m.span("weekday")) for m in patterns.WEEKDAY.finditer(text)]


def test_weekday_scan_from_the_first_day_name_finds_what_the_full_scan_finds_on_our_sentences():
    for text in OWN_DAYS:
        assert [(m.span(), m.groupdict(), m.span("weekday")) for m in patterns.weekday_matches(text)] \
            == _weekday_plain(text)
    assert [(m.group("mod"), m.group("weekday")) for m in patterns.weekday_matches(OWN_DAYS[0])] == \
        [("on", "Tuesday"), ("next", "Monday")]


@settings(max_examples=400, deadline=None)
@given(st.lists(st.one_of(st.sampled_from(DAY_PIECES), st.text(max_size=3)), max_size=18))
def test_weekday_scan_from_the_first_day_name_finds_what_the_full_scan_finds(parts):
    text = "".join(parts)
    assert [(m.span(), m.groupdict(), m.span("weekday")) for m in patterns.weekday_matches(text)] \
        == _weekday_plain(text)


# --- actors: the per-Doc sentence index and the readers that gate on the Doc's columns (s25speedA)

from typing import Any  # noqa: E402

import pytest  # noqa: E402

from actor_harness import read_text  # noqa: E402
from conftest import alias  # noqa: E402

pipe = alias("actors_pipe")

OWN_REPORTS = [
    "Maria Lopez won the mayoral election on Sunday, defeating incumbent Tom Haines. Haines conceded.\n\n"
    "Lopez said the city would review its budget. Residents around the world watched the count online.",
    "Officials in Athens said on Monday that the American embassy had closed. In Athens, Georgia, police said "
    "students marched. The gubernatorial race in Georgia is close.",
    "Ahmed Karimi, who won the presidential vote, met rebels in Afganistan. Half of the villagers there fled, "
    "and how many refugees crossed is unclear. The largest companies in the world pledged aid.",
    "A single sentence with no actor at all",
    "",
]


def _plain_elections(drafts: list, sdoc: Any) -> None:
    """``grouprefs._elections`` as it was (d15733b): every token of each unroled name's sentence read."""
    from chronicler.actors.draft import _named
    from chronicler.actors.grouprefs import CONTESTS, ELECTED_OFFICES
    from chronicler.actors.roots import span_root

    if sdoc is None:
        return
    for d in drafts:
        if not _named(d) or d.role is not None or d.link is not None:
            continue
        sent = sdoc[d.phrase.start].sent
        office = next((ELECTED_OFFICES[t.lower_] for t in sent if t.lower_ in ELECTED_OFFICES
                       and t.head.lower_ in CONTESTS), None)
        if office is None:
            continue
        before = sdoc[d.phrase.start - 1].lower_ if d.phrase.start > 0 else ""
        head = span_root(sdoc, d.phrase.head.start, d.phrase.head.end)
        won = head.dep_ == "nsubj" and head.head.lemma_.lower() == "win" \
            and any(c.dep_ == "dobj" and c.lower_ in CONTESTS for c in head.head.children)
        if before == "incumbent":
            d.role, d.sector = office, "GOV"
        elif won:
            d.role, d.sector = f"{office}-elect", "GOV"
        else:
            continue
        d.evidence.append(f"role {d.role} from the {office} election the sentence reports")


def _plain_unlocated(d: Any, sdoc: Any) -> bool:
    """``storyplace.unlocated`` as it was (d15733b): the root's whole subtree walked."""
    from chronicler.actors.roots import span_root
    from chronicler.actors.storyplace import PROPORTION, WORLD

    if sdoc is None:
        return False
    r = span_root(sdoc, d.phrase.head.start, d.phrase.head.end)
    if r.dep_ == "pobj" and r.head.lower_ == "of" and r.head.head.lower_ in PROPORTION:
        return True
    if any(t.lower_ in WORLD for t in r.subtree):
        return True
    near = [t.lower_ for t in sdoc[max(0, d.phrase.start - 2):d.phrase.head.start]]
    return any(a == "how" and b == "many" for a, b in zip(near, near[1:]))


def _plain_modifier_text(sdoc: Any, d: Any) -> str:
    """``conventions._modifier_text`` as it was (d15733b): the words read off a Span's Tokens."""
    import re

    from chronicler.actors.roots import span_root

    h = d.phrase.head
    root = span_root(sdoc, h.start, h.end)
    words = " ".join(t.lower_ for t in sdoc[root.left_edge.i:h.start])
    return re.sub(r"\s*-\s*", "-", words)


@pytest.mark.parametrize("text", OWN_REPORTS)
def test_sentence_index_is_what_spacy_cuts(pipe, text):
    from chronicler.actors.roots import sentence_range, sentence_starts

    sdoc = read_text(pipe, text).nlp
    assert sentence_starts(sdoc) == tuple(s.start for s in sdoc.sents)
    for t in sdoc:
        assert sentence_range(sdoc, t.i) == (t.sent.start, t.sent.end)


@pytest.mark.parametrize("text", OWN_REPORTS)
def test_the_gated_readers_code_as_the_plain_ones(pipe, text, monkeypatch):
    from chronicler.actors import context, coref, storyplace

    new = read_text(pipe, text)
    monkeypatch.setattr(coref, "_elections", _plain_elections)
    monkeypatch.setattr(storyplace, "unlocated", _plain_unlocated)
    monkeypatch.setattr(context, "unlocated", _plain_unlocated)
    plain = read_text(pipe, text)
    assert new.mentions == plain.mentions and new.actors == plain.actors


def test_the_gated_readers_answer_as_the_plain_ones_on_each_draft(pipe):
    from chronicler.actors import stage, storyplace
    from chronicler.actors.conventions import _modifier_text
    from chronicler.actors.grouprefs import _elections

    for text in OWN_REPORTS:
        adoc = read_text(pipe, text)
        component = stage.ActorsComponent()
        drafts = component.drafts(adoc)
        for d in drafts:
            assert storyplace.unlocated(d, adoc.nlp) == _plain_unlocated(d, adoc.nlp)
            assert _modifier_text(adoc.nlp, d) == _plain_modifier_text(adoc.nlp, d)
        roles = [(d.role, d.sector, list(d.evidence)) for d in drafts]
        for d in drafts:
            d.role, d.sector, d.link = None, None, None
        saved = [(d.role, d.sector, list(d.evidence)) for d in drafts]
        _elections(drafts, adoc.nlp)
        new = [(d.role, d.sector, list(d.evidence)) for d in drafts]
        for d, (r, s, e) in zip(drafts, saved):
            d.role, d.sector, d.evidence = r, s, list(e)
        _plain_elections(drafts, adoc.nlp)
        assert new == [(d.role, d.sector, list(d.evidence)) for d in drafts]
    first = read_text(pipe, OWN_REPORTS[0])
    roles = {m.text: m.role for m in first.mentions}
    assert roles.get("Maria Lopez") == "mayor-elect" and roles.get("incumbent Tom Haines", roles.get("Tom Haines")) \
        == "mayor"


@pytest.mark.parametrize("name", ["Afganistan", "Khatmandu", "Pakistann", "Bangaldesh", "Kazakstan", "Venezuala",
                                  "Nicaraguaa", "Uzbekestan", "Atlantis", "afganistan", "Kabull", "Tbilisi"])
def test_misspelt_place_as_the_plain_scan(name):
    from chronicler.actors.kbview import _one_edit
    from chronicler.actors.lexicon import default_lexicon

    lex = default_lexicon()
    got = lex.misspelt_place(name)
    if len(name) < 7 or not name[:1].isupper() or lex.city(name) is not None:
        assert got is None
        return
    found = {e.country: e for e in lex._places if e.text[:1] == name[:1] and _one_edit(name, e.text)}
    assert (got.country if got else None) == (next(iter(found.values())).country if len(found) == 1 else None)
