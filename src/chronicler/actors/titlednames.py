"""Titles and names inside or after a spaCy entity: "President Bush" (a title, then the person), "Yokosuka Mayor
Ryoichi Kabaya" (a place, a title and a person), a title followed by capitalised words spaCy did not tag. Called by
:func:`.extract.components` (split out of extract.py in session 17; the names are re-exported there).
"""

from __future__ import annotations

from dataclasses import replace
from typing import Any

from chronicler.actors.comps import Comp
from chronicler.actors.lexicon import NOUN_KINDS, Lexicon


def _title_word(t: Any, lex: Lexicon) -> bool:
    entry = lex.lookup_noun(t.text)
    return entry is not None and entry.kind == "title"


def also_a_name(word: str) -> bool:
    """True when WordNet files a named individual under ``word`` (Porter, Mason, Carter, Cooper, Butler): such a
    capitalised people noun before a name is as likely the person's own first name or surname as a title, so only a
    listed title is read as one there."""
    from chronicler.nlp import wordnet

    return any(sense.instance for sense in wordnet.synsets(word.lower(), "n"))


def _skip_titles(sdoc: Any, s: int, e: int, lex: Lexicon, cands: list[Comp], wordnet: bool = False) -> int:
    """A PERSON entity that begins with a title ("President Bush"): the title becomes its own component. With
    ``wordnet``, a first word the lexicon lacks but WordNet makes a kind of a listed person noun is a title too
    ("Cleric Ali Hassan")."""
    best = s
    for k in range(s + 1, e):
        entry = lex.lookup_noun(sdoc[s:k].text)
        if entry is not None and entry.kind == "title":
            best = k
    if best > s:
        cands.append(Comp(s, best, "title", sdoc[s:best].text, lex.lookup_noun(sdoc[s:best].text)))
    elif wordnet and e - s >= 2 and sdoc[s].is_title and lex.lookup_noun(sdoc[s].text) is None \
            and not also_a_name(sdoc[s].text):
        from chronicler.actors.wordsense import borrow

        entry = borrow(sdoc[s].lower_, lex)
        if entry is not None and entry.kind in NOUN_KINDS:
            cands.append(Comp(s, s + 1, "title", sdoc[s].text, replace(entry, kind="title")))
            return s + 1
    return best


def _is_name(sdoc: Any, a: int, b: int, lex: Lexicon) -> bool:
    toks = sdoc[a:b]
    return 0 < len(toks) <= 4 and all(t.text[:1].isupper() and t.is_alpha or t.text in {"-", "."} for t in toks) \
        and not any(lex.lookup_noun(t.text) or lex.lookup_name(t.text) for t in toks)


def _titled_name(sdoc: Any, s: int, e: int, lex: Lexicon) -> list[Comp] | None:
    """An entity made of [place] title name: its title and person components, else None."""
    for i in range(s, e):
        for j in range(e - 1, i, -1):
            entry = lex.lookup_noun(sdoc[i:j].text)
            if entry is not None and entry.kind == "title" and _is_name(sdoc, j, e, lex):
                out = [Comp(i, j, "title", sdoc[i:j].text, entry), Comp(j, e, "person", sdoc[j:e].text)]
                place = _place_before(sdoc, s, i, lex) if i > s else None
                if place is not None:
                    out.insert(0, place)  # "Yokosuka Mayor X": the mayor's city
                return out
    return None


def _place_title(sdoc: Any, s: int, e: int, lex: Lexicon) -> list[Comp] | None:
    """An entity made of place + title with the name just after it ("Okinawa Governor" tagged ORG before the
    PERSON "Keiichi Inamine"): the place and title components, else None."""
    if e >= len(sdoc) or sdoc[e].ent_type_ != "PERSON" or sdoc[e].ent_iob_ != "B":
        return None
    for i in range(s + 1, e):
        entry = lex.lookup_noun(sdoc[i:e].text)
        if entry is None or entry.kind != "title":
            continue
        place = _place_before(sdoc, s, i, lex)
        if place is None:
            return None
        return [place, Comp(i, e, "title", sdoc[i:e].text, entry)]
    return None


def _place_before(sdoc: Any, s: int, i: int, lex: Lexicon) -> Comp | None:
    """Tokens ``[s, i)`` before a title as a place component ("Yokosuka" of "Yokosuka Mayor"), when the lexicon
    knows them as a country, capital, city, demonym or place of a country; else None."""
    place = sdoc[s:i].text
    known = lex.lookup_name(place) or lex.city(place)
    if known is None or not known.country or known.kind not in {"country", "capital", "city", "demonym", "place"}:
        return None
    return Comp(s, i, known.kind, place, known)


def _untagged_names(sdoc: Any, cands: list[Comp], lex: Lexicon) -> list[Comp]:
    """A title followed by capitalised words spaCy did not tag ("Foreign Minister Nobutaka Machimura")."""
    tagged = {i for c in cands if c.kind == "person" for i in c.tokens()}
    out = []
    for c in cands:
        if c.kind != "title" or not sdoc[c.start].text[:1].isupper():
            continue
        k = c.end
        while k < len(sdoc) and k - c.end < 4 and sdoc[k].pos_ == "PROPN" and _is_name(sdoc, k, k + 1, lex):
            k += 1
        if k > c.end and not tagged.intersection(range(c.end, k)):
            out.append(Comp(c.end, k, "person", sdoc[c.end:k].text))
    return out
