"""Session 24 speed work on the actors stage (issue 7): each shortcut gives the answers of the plain path it
replaced.

- ``actors/roots.span_root``: a token range's root, memoized per Doc (was ``sdoc[s:e].root`` in ~35 readers);
- ``actors/roots.span_chars``: a range's text and character offsets from the Doc's text and its tokens' offsets
  (was a Span's ``text``/``start_char``/``end_char``);
- ``nlp/memo.token_indices``/``token_strings``: the same tuples, built by C loops;
- ``actors/comps.Phrase.first``: the head first, no sort when there are no modifiers;
- ``actors/extract._joined`` and ``actors/bodycues._candidate_runs``: the per-Doc string columns instead of Tokens.

The plain paths are kept here as the reference; the sentences are our own.
"""

from __future__ import annotations

from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

OWN = [
    "Gendarmes fired tear gas at herdsmen who blocked the road to Niamey on Tuesday, a police spokesman said.",
    "Mediator Ana Reyes met the rebels' negotiators, and judicial officials in Quito ordered the release of 12 "
    "protesters.",
    "A refinery in Nigeria shut down after legislators   extolled the strike,\n\nand the parliamentary delegation "
    "left Tbilisi, Georgia.",
    "The dockers' union Estiva Norte blocked the port; Brask Labs & Sons of Ohio said the chipmaker's plant 3 shut.",
    "The Japan-US talks and the Nukaga-Rumsfeld meeting ended; Roh Moo-hyun flew to Seoul / Busan.\tThe end.",
    "U.S. Defense Secretary Robert Gates met Foreign Minister Takeaki Matsumoto in Tokyo\u00a0on Friday.",
    "",
]


def _plain_indices(doc: Any, attr: str, values: frozenset[str], lower: bool) -> tuple[int, ...]:
    strings = doc.vocab.strings
    out = []
    for i, h in enumerate(doc.to_array(attr).tolist() if len(doc) else []):
        s = strings[h].lower() if lower else strings[h]
        if s in values:
            out.append(i)
    return tuple(out)


@pytest.mark.parametrize("text", OWN)
def test_memo_columns_are_the_plain_ones(spacy_model, text):
    from chronicler.nlp.memo import token_indices, token_strings

    sdoc = spacy_model(text)
    assert token_strings(sdoc, "LOWER") == tuple(t.lower_ for t in sdoc)
    assert token_strings(sdoc, "ORTH") == tuple(t.text for t in sdoc)
    assert token_strings(sdoc, "POS") == tuple(t.pos_ for t in sdoc)
    for attr, values, lower in [("POS", frozenset({"NOUN", "PROPN"}), False), ("LOWER", frozenset({"the", "of"}), False),
                                ("DEP", frozenset({"nsubj"}), False), ("ORTH", frozenset({"the"}), True),
                                ("ENT_TYPE", frozenset({"GPE", "PERSON"}), False)]:
        assert token_indices(sdoc, attr, values, lower) == _plain_indices(sdoc, attr, values, lower)


@pytest.mark.parametrize("text", OWN)
def test_span_root_and_chars_are_the_spans(spacy_model, text):
    from chronicler.actors.roots import span_chars, span_root

    sdoc = spacy_model(text)
    n = len(sdoc)
    for s in range(n):
        for e in range(s + 1, min(n, s + 6) + 1):
            span = sdoc[s:e]
            assert span_root(sdoc, s, e).i == span.root.i
            assert span_root(sdoc, s, e).i == span.root.i  # from the memo the second time
            assert span_chars(sdoc, s, e) == (span.text, span.start_char, span.end_char)


@settings(max_examples=60, deadline=None)
@given(st.lists(st.sampled_from(OWN[:-1]), min_size=1, max_size=3), st.data())
def test_span_chars_on_joined_sentences(spacy_model, texts, data):
    from chronicler.actors.roots import span_chars, span_root

    sep = data.draw(st.sampled_from([" ", "  ", "\n", "\n\n", " \u2028 ", "\x85", "\t "]))
    sdoc = spacy_model(sep.join(texts))
    n = len(sdoc)
    s = data.draw(st.integers(0, n - 1))
    e = data.draw(st.integers(s + 1, n))
    span = sdoc[s:e]
    assert span_chars(sdoc, s, e) == (span.text, span.start_char, span.end_char)
    assert span_root(sdoc, s, e).i == span.root.i


def _first_plain(p: Any, *kinds: str) -> Any:
    for c in [p.head, *sorted(p.mods, key=lambda m: -m.end)]:
        if c.kind in kinds:
            return c
    return None


KINDS = ["person", "title", "country", "demonym", "group", "org", "pron"]


@settings(max_examples=200, deadline=None)
@given(st.lists(st.tuples(st.sampled_from(KINDS), st.integers(0, 8), st.integers(1, 3)), min_size=1, max_size=6),
       st.lists(st.sampled_from(KINDS), min_size=1, max_size=3))
def test_phrase_first_is_the_plain_loop(comps, kinds):
    from chronicler.actors.comps import Comp, Phrase

    made = [Comp(s, s + n, k, f"w{s}") for k, s, n in comps]
    p = Phrase(made[0], made[1:])
    assert p.first(*kinds) is _first_plain(p, *kinds)


def _joined_plain(sdoc: Any, s: int, e: int, label: str) -> bool:
    toks = sdoc[s:e]
    if not any(t.text in {"-", "–", "/"} for t in toks):
        return False
    if label != "PERSON":
        return True
    return len(toks) == 3 and toks[1].text in {"-", "–"} and toks[0].text[:1].isupper() and toks[2].text[:1].isupper()


@pytest.mark.parametrize("text", OWN)
def test_joined_reads_the_tokens_texts(spacy_model, text):
    from chronicler.actors.extract import _joined

    sdoc = spacy_model(text)
    for s in range(len(sdoc)):
        for e in range(s + 1, min(len(sdoc), s + 4) + 1):
            for label in ("PERSON", "ORG"):
                assert _joined(sdoc, s, e, label) == _joined_plain(sdoc, s, e, label)


def _runs_plain(sdoc: Any) -> list[tuple[int, int]]:
    """``bodycues._candidate_runs`` as it was before session 24 (Tokens for every word it reads)."""
    runs, i = [], 0
    for start in [t.i for t in sdoc if t.pos_ == "PROPN"]:
        if start < i:
            continue
        t = sdoc[start]
        if not t.text[:1].isupper() or t.is_sent_start and t.lower_ == "the":
            continue
        s, e = start, start + 1
        while e < len(sdoc) and (sdoc[e].pos_ == "PROPN" and (sdoc[e].text[:1].isupper() or sdoc[e].like_num)
                                 or sdoc[e].text in {"&", "-"} and e + 1 < len(sdoc) and sdoc[e + 1].pos_ == "PROPN"
                                 or sdoc[e].lower_ == "of" and e + 1 < len(sdoc)
                                 and sdoc[e + 1].pos_ == "PROPN" and sdoc[e + 1].text[:1].isupper()):
            e += 1
        if e < len(sdoc) and sdoc[e].lower_ in {"'s", "’s"}:
            i = e + 1
            continue
        runs.append((s, e))
        i = e
    return runs


@pytest.mark.parametrize("text", OWN)
def test_candidate_runs_read_the_columns(spacy_model, text):
    from chronicler.actors.bodycues import _candidate_runs

    sdoc = spacy_model(text)
    assert _candidate_runs(sdoc) == _runs_plain(sdoc)


def test_the_stage_codes_our_sentences_as_before(spacy_model):
    """The stage over our sentences gives the mentions the plain paths give (the drafts' texts and offsets are
    the Spans')."""
    from chronicler.model import Document
    from chronicler.pipeline import AnnotatedDocument, Pipeline

    pipe = Pipeline([("nlp", {}), ("actors", {})], start={"text", "clean"})
    for text in OWN[:-1]:
        adoc = pipe(AnnotatedDocument(Document(id="t", source="t", text=text)))
        sdoc = adoc.nlp
        for m in adoc.mentions:
            assert m.text == text[m.start:m.end]
            assert sdoc.char_span(m.start, m.end) is not None  # token edges: the Span's own offsets


NAMES = ["the United Nations", "The  World Health Organisation", "the World Health Centre", "Theresa May",
         "The Hague", "the Hague", "Hezbollah", "the Organisation of American States", "Thebes", "the", "The",
         "the Middle East", "The Middle  East", "the middle east", "West Africa", "thee Asia", "Asia", ""]


def _lookup_name_plain(lex: Any, text: str) -> Any:
    import re

    from chronicler.actors.lexicon import SPELLING, SPELLINGS

    found = lex.names.get(text) or lex.names.get(re.sub(r"^[Tt]he\s+", "", text))
    if found is None and SPELLING.search(text):
        other = SPELLING.sub(lambda m: SPELLINGS[m.group(0)], text)
        found = lex.names.get(other) or lex.names.get(re.sub(r"^[Tt]he\s+", "", other))
    return found


def _is_region_plain(name: str) -> bool:
    import re

    from chronicler.actors.gazetteer import regions

    n = " ".join(name.split())
    return n in regions() or n.lower() in regions() or re.sub(r"^the ", "", n.lower()) in regions()


@settings(max_examples=300, deadline=None)
@given(st.one_of(st.sampled_from(NAMES), st.builds(lambda a, b: a + b, st.sampled_from(["the ", "The ", "the\t", ""]),
                                                    st.sampled_from(NAMES)),
                 st.text(alphabet="theTH OrganisationCentre \t", max_size=20)))
def test_name_and_region_lookups_are_the_plain_ones(text):
    import re

    from chronicler.actors.gazetteer import fold, is_region
    from chronicler.actors.lexicon import _person_key, default_lexicon

    lex = default_lexicon()
    assert lex.lookup_name(text) is _lookup_name_plain(lex, text)
    assert is_region(text) == _is_region_plain(text)
    assert _person_key(text) == re.sub(r"[\W_]+", "", fold(text).casefold())


@pytest.mark.parametrize("text", OWN + ["Merkel told reporters that Hasina and Putin would meet; Rice prices rose.",
                                        "Obama met Medvedev. Sarkozy, Brown and Zuma spoke; ETA and Abe-san left."])
def test_kb_surnames_skip_only_what_the_token_test_skips(spacy_model, text):
    from chronicler.actors.lexicon import default_lexicon
    from chronicler.actors.nametags import kb_surnames

    sdoc = spacy_model(text)
    lex = default_lexicon()
    got = [(c.start, c.end, c.kind, c.text) for c in kb_surnames(sdoc, set(), lex)]
    # the plain first test: every noun's Token
    keep = {t.i for t in sdoc if t.pos_ in {"PROPN", "NOUN"} and t.is_alpha and len(t.text) >= 3
            and t.text[:1].isupper() and not t.text.isupper()}
    assert all(s in keep for s, _, _, _ in got)
    skipped = set(range(len(sdoc))) - keep
    assert [(c.start, c.end, c.kind, c.text) for c in kb_surnames(sdoc, skipped, lex)] == got


@pytest.mark.parametrize("text", OWN + ["Police in New Mexico and Tamil Nadu (Chennai) said\n\nthe Indian side left.",
                                        "WASHINGTON (Reuters) - President Ana Reyes met New  Mexico officials."])
def test_the_gap_and_unit_tests_read_the_token_texts(spacy_model, text):
    from chronicler.actors.grouping import _across_break, _across_break_texts
    from chronicler.nlp.memo import token_strings

    sdoc = spacy_model(text)
    words = token_strings(sdoc, "ORTH")
    for a in range(len(sdoc) + 1):
        for b in range(max(0, a - 2), min(len(sdoc), a + 5) + 1):
            assert _across_break_texts(words[a:b]) == _across_break(sdoc[a:b])


def test_widen_units_reads_as_the_spans_did(spacy_model):
    from chronicler.actors.comps import Comp
    from chronicler.actors.lexicon import default_lexicon
    from chronicler.actors.namesakes import widen_units

    lex = default_lexicon()
    sdoc = spacy_model("Police in New Mexico met Tamil Nadu officials and West Virginia lawmakers; new Mexico rules.")
    comps = [Comp(t.i, t.i + 1, "country" if lex.lookup_name(t.text) and lex.lookup_name(t.text).kind == "country"
                  else "demonym", t.text, lex.lookup_name(t.text)) for t in sdoc if lex.lookup_name(t.text) is not None]
    assert comps
    widen_units(comps, sdoc)
    for c in comps:
        assert c.text == sdoc[c.start:c.end].text
    assert any(c.text == "New Mexico" and c.kind == "city" and c.entry.country == "USA" for c in comps)


def _clean_ent_plain(sdoc: Any, start: int, end: int) -> tuple[int, int]:
    from chronicler.actors.extract import HONORIFICS

    while start < end and sdoc[start].lower_ in {"the", "a", "an"}:
        start += 1
    while end - start > 1 and sdoc[start].lower_.rstrip(".") in HONORIFICS and sdoc[start + 1].text[:1].isupper():
        start += 1
    while end > start and (sdoc[end - 1].dep_ == "case" or sdoc[end - 1].text in {"'s", "’s", "'", "-LRB-", "("}):
        end -= 1
    return start, end


@pytest.mark.parametrize("text", OWN + ["Mr. Ana Reyes and Ms Vos met the World Health Organisation (WHO) and the "
                                        "Hague's court; Messrs Orlan and Tesk's firm left."])
def test_clean_ent_reads_the_columns(spacy_model, text):
    from chronicler.actors.extract import _clean_ent

    sdoc = spacy_model(text)
    for s in range(len(sdoc)):
        for e in range(s, min(len(sdoc), s + 5) + 1):
            assert _clean_ent(sdoc, s, e) == _clean_ent_plain(sdoc, s, e)


@pytest.mark.parametrize("text", ["Georgia", "Okinawa", "Japan", "Nago", "Tokyo", "Puerto Rico", "Greenland",
                                  "United States", "Atlantis", "", "Viet Nam", "Bavaria"])
def test_other_place_as_with_a_fresh_pycountry_lookup(text):
    import pycountry

    from chronicler.actors.lexicon import default_lexicon
    from chronicler.actors.stage import _other_place

    lex = default_lexicon()
    for code in ("JPN", "USA", "GEO", None):
        if lex.city(text) is not None:
            plain = True
        else:
            try:
                plain = pycountry.countries.lookup(text).alpha_3 != code
            except LookupError:
                plain = False
        assert _other_place(text, code, lex) == plain
        assert _other_place(text, code, lex) == plain  # from the cache the second time
