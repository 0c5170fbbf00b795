"""Where a phrase stands and whose place it names: a bare place used as a location ("in Tokyo"), a party to a
relation ("talks with Pyongyang"), a people beside a state, a homeland modifier, an international court, and the
WordNet last resort for a name's country. Split out of :mod:`.coding` (session 16); ``code_phrase`` asks these.
"""

from __future__ import annotations

import re

from chronicler.actors.roots import span_root
from chronicler.actors.draft import Draft, _set_country
from chronicler.actors.extract import Comp, Phrase
from chronicler.actors.lexicon import Lexicon
from chronicler.actors.wording import ethnic_form
from chronicler.nlp.memo import token_strings

#: Prepositions whose object is where something happens ("in Tokyo", "at the Pentagon"): a place, not an actor.
LOCATIVE = {"in", "at", "near", "outside", "inside", "within", "across", "throughout", "around", "off", "into",
            "through"}
#: Heads after which "from X" is where a move starts ("withdrew from Beirut"), not a sender.
DEPARTURE = {"withdraw", "withdrawal", "retreat", "pull", "flee", "leave", "escape", "evacuate", "evacuation",
             "expel", "expulsion", "deport", "oust", "drive", "exile", "depart", "departure", "emigrate", "defect"}
#: Prepositions whose object is a party to what happens (a capital there stands for its government).
RELATIONAL = {"by", "with", "between", "against", "to", "toward", "towards", "from"}
#: Heads after which "to X" is a destination ("flew to Washington", "a visit to Tokyo"), not a recipient.
MOTION = {"fly", "travel", "visit", "trip", "return", "go", "come", "arrive", "head", "move", "relocate", "relocation",
          "deploy", "deployment", "send", "transfer", "dispatch", "journey", "tour", "flight", "take", "bring"}
PLACE_HEADS = {"capital", "city", "country", "gpe", "institution", "region"}
#: Common nouns that name a place ("the city of ...", "the capital"): in a locative phrase they are where, not who.
#: Words naming an administrative unit after its name ("Helmand province").
UNIT_WORDS = {"province", "prefecture", "governorate", "state", "region", "district", "county"}
PLACE_NOUNS = {"city", "town", "capital", "village", "province", "region", "district", "area", "outskirts",
               "streets", "suburbs", "centre", "center", "heart", "port", "island", "state", "county", "prefecture"}


#: Words before "court"/"tribunal" that make it an international court ("the war crimes tribunal in The Hague").
INTERNATIONAL_COURT = ("war crimes", "international", "u.n.", "un", "united nations", "world")


def _homeland(p: Phrase, c: Comp) -> Comp:
    """The modifier that gives a phrase its country: a place's name right before a nationality word names where
    that people lives ("Kosovo Albanian leaders" are Kosovo's, "Xinjiang Uighurs" China's), else ``c`` itself."""
    if c.kind != "demonym":
        return c
    before = next((m for m in p.mods if m.end == c.start and m.kind in {"country", "city", "place"}
                   and m.entry is not None and m.entry.country), None)
    if before is None and ethnic_form(c):
        # "Croatian Serb rebels", "Syrian Kurdish fighters": a state's adjective before an ethnic word names where
        # that people lives (PLOVER's country is the state; "Turkish Cypriot": Cypriot is no ethnic word)
        before = next((m for m in p.mods if m.end == c.start and m.kind == "demonym" and m.entry is not None
                       and m.entry.country and m.entry.confidence >= 0.8 and not ethnic_form(m)), None)
    return before if before is not None else c



def _international_court(p: Phrase, sdoc) -> bool:
    """True for a court or tribunal named as an international one and with no country of its own words ("the war
    crimes tribunal in The Hague", "an international tribunal"): the place after it is its seat, not its state."""
    h = p.head
    if h.kind != "group" or h.entry is None or h.entry.sector != "JUD":
        return False
    root = span_root(sdoc, h.start, h.end)
    words = " ".join(t.lower_ for t in sorted(
        (t for c in root.children if c.dep_ in {"compound", "amod", "nmod"} and c.i < root.i for t in c.subtree),
        key=lambda t: t.i))
    return any(re.search(rf"(?<![\w.]){re.escape(w)}(?![\w])", words) for w in INTERNATIONAL_COURT)


def _wordnet_country(d: Draft, p: Phrase, lex: Lexicon) -> None:
    """The last resort for a name no table or KB gives a country: the one country WordNet names for it (a person's
    name as written; an organisation's name), low confidence, the evidence in the draft's notes."""
    from chronicler.actors.wordplace import name_country

    h = p.head
    names: list[str] = []
    if d.kind == "person" and d.name and not d.kb_terms and lex.person(d.name) is None:
        names, want = [d.name], {"person"}  # never the surname alone: "Taylor" is a US president to WordNet
    elif d.kind == "organization" and h.kind == "org" and not d.known_body:
        names, want = [h.text, re.sub(r"^[Tt]he\s+", "", h.text)], {"organization"}
    for name in dict.fromkeys(names):
        found = name_country(name)
        if found is not None and found.kind in want:
            _set_country(d, found.country, found.confidence, found.note)
            d.country_note = found.note
            return


def _beside_state(sdoc, c: Comp) -> bool:
    """A people conjoined with a state ("Egypt and the Sudanese signed a border accord"): the two parties are
    polities, so the people stands for its country, not its civilians."""
    t = span_root(sdoc, c.start, c.end)
    others = [t.head] if t.dep_ == "conj" else []
    others += [x for x in t.children if x.dep_ == "conj"]
    return any(o.ent_type_ == "GPE" and o.pos_ == "PROPN" for o in others)


def _peoplelike(text: str) -> bool:
    """A name that can be a people or faith: letters only, plural or adjectival ("Kurds", "Shiite", "Tamil")."""
    w = text.split()[-1]
    return w.replace("-", "").isalpha() and (w.endswith(("s", "an", "ian", "ese", "ish", "i", "ite", "ic", "il"))
                                             or len(text.split()) > 1)


def _locative(sdoc, p: Phrase, lex: Lexicon) -> bool:
    """True when the phrase is a bare place name used as a location: the object of "in/at/near ..." (or of a
    destination "to"), not modifying an actor noun ("officials at the Pentagon" keeps the Pentagon an actor)."""
    # "in the capital city of Algiers": a bare place noun whose name follows ("the northern Okinawa city" keeps
    # its people: a named place's group)
    place_noun = p.head.kind == "group" and p.head.text.lower() in PLACE_NOUNS and not p.mods
    if (p.head.kind not in PLACE_HEADS and not place_noun) \
            or any(m.kind not in PLACE_HEADS | {"pron"} for m in p.mods):
        return False
    if p.head.kind in {"capital", "city", "gpe"} and p.head.text.isupper() and len(p.head.text) > 3:
        return True  # a dateline ("YOKOHAMA, Japan —")
    r = span_root(sdoc, p.head.start, p.head.end)
    if r.dep_ in {"compound", "nmod", "amod"} and r.head.lower_ in UNIT_WORDS and r.head.i == r.i + 1:
        r = r.head  # "in Al Muthanna province": the unit word is the preposition's object
    for _ in range(4):
        while r.dep_ in {"conj", "appos"} and r.head.i != r.i:
            r = r.head  # "in Tokyo and Osaka", "in the capital, Kabul"
        if r.dep_ == "pobj" and r.head.lower_ == "of" and r.head.head.lower_ in PLACE_NOUNS:
            r = r.head.head  # "in the city of Kandahar": the place noun says where
            continue
        break
    if r.dep_ != "pobj":
        return False
    prep = r.head
    low = prep.lower_
    gov = prep.head
    while gov.pos_ == "ADP" and gov.head.i != gov.i:
        gov = gov.head  # "in Tokyo and at the Pentagon": the second preposition hangs on the first
    if low == "to":
        return gov.lemma_.lower() in MOTION
    if low == "from":  # "returned from Moscow", "withdrew from Beirut": where the move starts
        return gov.lemma_.lower() in MOTION | DEPARTURE
    if low not in LOCATIVE:
        return False
    if p.head.kind == "institution":
        entry = lex.lookup_noun(gov.text)
        return entry is None and gov.pos_ in {"VERB", "AUX", "NOUN"}
    return True


def _is_argument(sdoc, p: Phrase) -> bool:
    from chronicler.actors.extract import ARG_DEPS

    r = span_root(sdoc, p.head.start, p.head.end)
    while r.dep_ == "conj" and r.head.i != r.i:
        r = r.head
    # "talks with Pyongyang", "protested to Washington", "ties between Tokyo and Seoul": a party to a relation
    return r.dep_ in ARG_DEPS or (r.dep_ == "pobj" and r.head.lower_ in RELATIONAL)


def _ethnic(sdoc, p: Phrase) -> bool:
    lo = max(0, p.start - 1)
    return "ethnic" in token_strings(sdoc, "LOWER")[lo:p.end]
