"""Second opinions on spaCy's entity labels and part-of-speech tags, from the lexicon and gazetteers: a large city
tagged as a person ("Jaffna"), a surname tagged as a place after a given name ("Kenzo Oshima"), a sector adjective
that classifies a kind of actor ("civilian advisers")."""

from __future__ import annotations

from typing import Any

from chronicler.actors.lexicon import Lexicon

#: Adjectives that say whose a group is ("civilian advisers", "rebel fighters"), read as a group-noun modifier.
SECTOR_ADJECTIVES = {"civilian", "military", "paramilitary", "rebel", "insurgent", "opposition", "presidential"}
#: Nouns a sector adjective does not turn into a group of that sector ("civilian government", "military rule").
STATE_NOUNS = {"government", "rule", "authorities", "administration", "leadership", "leaders", "president", "cabinet",
               "regime", "court", "courts", "tribunal", "target", "targets", "aircraft", "airport", "flights"}


def sector_adjective(span: Any, lex: Lexicon) -> bool:
    """"civilian" in "civilian advisers": a sector adjective modifying a kind of actor whose sector it tells (not
    "military policies", "civilian government")."""
    t = span[-1]
    head = lex.lookup_noun(t.head.text)
    return len(span) == 1 and t.lower_ in SECTOR_ADJECTIVES and t.dep_ in {"amod", "compound"} \
        and t.head.pos_ == "NOUN" and t.head.lower_ not in STATE_NOUNS and head is not None \
        and head.kind in {"group", "title"}


def kbview_terms(name: str) -> list:
    """The office-holder KB's terms for ``name`` (imported late: the KB is loaded on first use)."""
    from chronicler.actors import kbview

    return kbview.terms_for_name(name)


def first_name_before(sdoc: Any, s: int, lex: Lexicon) -> bool:
    """True when the token before a place-tagged name is an untagged capitalised given name ("Kenzo Oshima"): not
    a sentence opening, a title, a known name or part of another entity."""
    if s == 0:
        return False
    t = sdoc[s - 1]
    return t.pos_ == "PROPN" and t.is_alpha and t.text[:1].isupper() and not t.text.isupper() and not t.ent_type_ \
        and lex.lookup_name(t.text) is None and lex.lookup_noun(t.text) is None \
        and sdoc[s].dep_ != "compound"


def city_not_person(sdoc: Any, s: int, lex: Lexicon) -> bool:
    """True when a one-word PERSON entity is rather a large city ("Jaffna was shelled"): a city of 100,000+ people
    whose name no other country's city shares, and not a person the office-holder KB or the known-people table
    lists, nor a part of another person's name in the document."""
    from chronicler.actors import kbview

    name = sdoc[s].text
    if lex.big_city(name) is None or kbview.terms_for_name(name) or lex.person(name) is not None:
        return False
    before = sdoc[s - 1] if s > 0 else None
    if before is not None and before.dep_ == "compound" and before.head.i == s and before.pos_ == "PROPN" \
            and before.text[:1].isupper() and before.ent_type_ in {"", "PERSON"}:
        return False  # "Moses Banda, a ... leader": a given name the tagger left out of the person's entity
    return not any(e.label_ == "PERSON" and len(e) > 1 and name in e.text.split() for e in sdoc.ents)


#: Entity labels the component pass does not read: a lone KB name tagged so is a tagging slip ("Hasina" as PRODUCT).
ODD_LABELS = {"PRODUCT", "WORK_OF_ART", "LAW", "EVENT", "LANGUAGE"}


def kb_surnames(sdoc: Any, taken: set[int], lex: Lexicon, on: Any = None) -> list[Any]:
    """A lone name spaCy tagged as nothing ("Merkel told reporters ...") that the office-holder KB knows as a full
    name, alias or surname, of someone who had taken office by the report's day ``on`` (any day when unknown): a
    person component. Not a known place or lexicon name, nor part of a longer proper-noun run."""
    from chronicler.actors.comps import Comp
    from chronicler.nlp import wordnet
    from chronicler.nlp.memo import token_indices, token_strings

    out = []
    words = token_strings(sdoc, "ORTH")  # the texts first: most nouns are lower case, and then no Token is made
    for i in token_indices(sdoc, "POS", frozenset({"PROPN", "NOUN"})):
        w = words[i]
        if i in taken or len(w) < 3 or not w[:1].isupper() or w.isupper():
            continue
        t = sdoc[i]
        if not t.is_alpha:
            continue
        if t.ent_type_ and (t.ent_type_ not in ODD_LABELS or (i + 1 < len(sdoc) and sdoc[i + 1].ent_iob_ == "I")):
            continue  # "Hasina" alone tagged PRODUCT is a slip; a longer entity is the tagger's own span
        if t.pos_ == "NOUN" and any(wordnet.synsets(t.lower_, p) for p in ("n", "v", "a")):
            continue  # "Rice prices rose": a capitalised word opening the sentence, not the person
        if (i + 1 < len(sdoc) and sdoc[i + 1].pos_ == "PROPN") or (i > 0 and sdoc[i - 1].pos_ == "PROPN"):
            continue  # part of a longer name: the tagger's own span decides
        if lex.lookup_name(t.text) is not None or lex.lookup_noun(t.text) is not None:
            continue
        terms = kbview_terms(t.text)
        if terms and (on is None or any(x.start is None or x.start <= on for x in terms)):
            out.append(Comp(i, i + 1, "person", t.text))
    return out
