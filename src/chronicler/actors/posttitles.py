"""Titles with a post-positive "general" ("attorney-general", "auditor general", "surgeon general").

In English "general" after an office noun means "chief" ("the auditor-general" is the chief auditor of the state),
so the office noun, not "general", says the role: such a title is the state's civil officer (GOV) unless the two
words are listed together ("attorney general", "lieutenant general") or the office noun is itself military
("brigadier-general"). Written either with a hyphen (three tokens: "auditor", "-", "general") or a space; the
lexicon lists most two-word titles with a space only, so the hyphenated spelling fell to "general" alone (MIL).
"""

from __future__ import annotations

from typing import Any

from chronicler.actors.comps import Comp
from chronicler.actors.lexicon import Entry, Lexicon

#: How sure the sector of an unlisted "<office> general" title is (a listed title has its own figure).
CONFIDENCE = 0.7


def general_title(office: str, general: str, lex: Lexicon, wordnet: bool = True) -> Entry:
    """The entry of the title "<office> general" (``general`` as written: "general" or "generals"): the listed
    two-word title when there is one, MIL when the office noun is military (listed, or with ``wordnet`` borrowed),
    else GOV."""
    listed = lex.lookup_noun(f"{office} {general}") or lex.lookup_noun(f"{office}-{general}")
    if listed is not None and listed.sector:
        return listed
    from chronicler.actors.wordsense import borrow

    own = lex.lookup_noun(office) or (borrow(office, lex) if wordnet else None)
    if own is not None and own.sector == "MIL":  # "brigadier-general"
        return Entry("title", f"{office} general", None, "MIL", f"{office} general", CONFIDENCE,
                     f"a post-positive 'general' after a military rank ({office!r})")
    return Entry("title", f"{office} general", None, "GOV", f"{office} general", CONFIDENCE,
                 "a post-positive 'general': the chief of an office of state")


def _person_noun(word: str, lex: Lexicon, use_wordnet: bool) -> bool:
    """True for a listed title ("attorney") or, with ``use_wordnet``, a noun whose first WordNet sense names a
    person (an office holder: "auditor", "brigadier"), not a body ("army") before a "general" that is the head."""
    from chronicler.nlp import wordnet

    own = lex.lookup_noun(word)
    if own is not None and own.kind == "title":
        return True
    first = wordnet.first_sense(word, "n") if use_wordnet else None
    return first is not None and first.lexname == "noun.person"


def postpositive_generals(sdoc: Any, lex: Lexicon, cands: list[Comp], wordnet: bool = True) -> list[Comp]:
    """A title component over "<office noun>(-)general" for each "general" component right after an office
    noun: the listed two-word title when there is one, else the office noun's sector if military, else GOV."""
    out = []
    for c in cands:
        if c.end - c.start != 1 or c.text.lower() not in {"general", "generals"} or c.entry is None:
            continue
        k = c.start - 1
        if k >= 1 and sdoc[k].text == "-" and sdoc[k].whitespace_ == "":
            k -= 1  # "auditor-general"
        if k < 0 or sdoc[k].pos_ not in {"NOUN", "PROPN"} or not sdoc[k].is_alpha or sdoc[k].ent_type_ \
                or (k == c.start - 1 and sdoc[k].whitespace_ == "") or not _person_noun(sdoc[k].lower_, lex, wordnet):
            continue  # "army general", "police general": a body's general, the general is the head
        entry = general_title(sdoc[k].lower_, c.text.lower(), lex, wordnet)
        out.append(Comp(k, c.end, "title", sdoc[k:c.end].text, entry))
    return out
