"""Where in the parse an event's place is named, for :func:`chronicler.events.where.location_of`.

Looked for on each head token of the trigger, in this order (the first level that names a known place wins):
1. an "in/at/near/outside/inside/off/around X" phrase on the head ("met in Sochi", "rallied at the Pentagon"),
   the antecedent of "where" ("Seoul, where she held talks") or of "there";
2. a place the act befalls, as its direct object, for verbs of taking, striking or going to a place ("shelled
   Tskhinvali", "entered Iraq", "visited Pyongyang", "seized the town of Goma");
3. a destination ("flew to Washington", "a visit to the United States", "rolled into Georgia") for verbs and nouns
   of going or sending, the place left for verbs of withdrawal ("withdrew from southern Lebanon");
4. a place phrase on what the act is done to or with ("attacked a market in Kandahar", "met on the sidelines of a
   summit in Seoul");
5. a place phrase of a participle clause on the head ("Speaking in Singapore, X urged ...").
Inside a phrase only the noun, its modifiers, a possessor ("Kiev's Independence Square") and nested "of/in/at"
phrases are read, never "with/between/to" phrases ("in talks with Japan" names no place); a common place noun's
"of" name comes first ("the West Bank village of Bilin" → Bilin). Dates are no places ("in March").
"""

from __future__ import annotations

from typing import Any

from chronicler.events.setting import PLACE_NOUNS
from chronicler.events.where import LOCATION_PREPS, PLACE_LABELS, coded, current_hints, is_country_name, lookup
from chronicler.nlp.memo import doc_ents, doc_memo, ent_of_token

#: Verbs whose direct object, when a place, is where the act happened.
PLACE_VERBS = frozenset({"enter", "invade", "visit", "shell", "bomb", "capture", "retake", "recapture", "seize",
                         "overrun", "occupy", "attack", "raid", "storm", "strike", "besiege", "defend", "tour",
                         "reach", "liberate", "blockade", "pound", "bombard", "surround", "encircle", "hit",
                         "rocket", "overrun", "conquer", "annex", "evacuate"})
#: Past forms the tagger leaves unlemmatized.
IRREGULAR = {"retook": "retake", "overran": "overrun", "struck": "strike", "sent": "send", "flew": "fly",
             "went": "go", "came": "come", "withdrew": "withdraw", "fled": "flee"}
#: Of those, verbs that take a place rather than a person: a name the tagger calls a person is still read
#: as their place ("retook Gao").
TAKE_VERBS = frozenset({"shell", "capture", "retake", "recapture", "seize", "overrun", "occupy", "besiege", "bombard",
                        "bomb", "liberate", "enter", "invade", "encircle", "surround", "conquer", "annex", "blockade",
                        "storm"})
#: Objects that are the topic of a verbal act: a place phrase on them is no setting.
TOPIC_NOUNS = frozenset({"crisis", "situation", "conflict", "issue", "problem", "question", "violence", "war",
                         "fighting", "unrest", "tension", "dispute", "standoff", "killing", "crackdown", "election",
                         "vote", "referendum", "event", "development", "program", "programme", "policy", "case",
                         "presence", "role", "future", "plight", "abuse", "right", "interest", "stake"})
#: People nouns whose "of" phrase says where they are ("residents of Nago").
RESIDENT_NOUNS = frozenset({"resident", "people", "citizen", "voter", "inhabitant", "villager", "townspeople"})
#: Verbs and nouns of going or sending: their "to/into" object is where the act ends up.
MOTION_WORDS = frozenset({"fly", "travel", "go", "return", "head", "come", "visit", "trip", "journey", "tour", "send",
                          "deploy", "dispatch", "move", "roll", "cross", "march", "sail", "advance", "push", "pour",
                          "arrive", "arrival", "mission", "deployment", "incursion", "fire", "launch", "leave",
                          "depart", "departure"})
#: Of those, the ones whose "for" object is their destination ("left for the region").
LEAVE_WORDS = frozenset({"leave", "depart", "departure", "head", "sail"})
#: Verbs of being somewhere: their "on" object is a place when it names one ("gathered on Tokunoshima").
PRESENCE_VERBS = frozenset({"gather", "rally", "land", "arrive", "station", "base", "deploy", "protest", "demonstrate",
                            "march", "meet", "hold", "crash", "fight", "clash", "live", "stay", "remain"})
WITHDRAW_WORDS = frozenset({"withdraw", "pull", "retreat", "withdrawal", "pullout", "flee"})
#: Common nouns whose "of" phrase names the place ("the enclave of Srebrenica").
OF_PLACE_NOUNS = PLACE_NOUNS | {"enclave", "stronghold", "valley", "settlement", "hamlet", "municipality", "county",
                                "oblast", "canton", "governorate", "prefecture", "resort", "island", "islands"}
#: Words ending a place's name that only say what kind of place it is.
GENERIC_TAIL = frozenset({"air", "base", "station", "prefecture", "province", "island", "islands", "city", "county",
                          "district", "region", "airport", "port", "camp", "valley", "state", "governorate", "oblast",
                          "village", "town", "naval", "airfield", "field", "corps", "marine"})
#: Dependents read inside a place phrase.
PHRASE_DEPS = frozenset({"compound", "amod", "nmod", "poss", "appos", "det", "nummod", "npadvmod"})
INNER_PREPS = frozenset({"of", "in", "at", "near", "outside", "inside"})
MONTHS = frozenset({"january", "february", "march", "april", "may", "june", "july", "august", "september",
                    "october", "november", "december"})
NOT_PLACE_LABELS = frozenset({"DATE", "TIME", "ORDINAL", "CARDINAL", "PERCENT", "MONEY", "QUANTITY", "PERSON",
                              "NORP"})

Found = tuple[str, int, int]


def _phrase(tok: Any, depth: int = 0) -> list[tuple[int, Any]]:
    """The tokens of the place phrase headed by ``tok`` with a rank: 0 for a place noun's "of" name ("the town
    of X"), 1 for the head and nested place phrases, 2 for a common noun's modifiers ("the U.S. embassy in X")."""
    out: list[tuple[int, Any]] = [(1, tok)]
    if depth > 3:
        return out
    common = tok.pos_ == "NOUN"
    for c in tok.children:
        if c.dep_ in PHRASE_DEPS:
            out += [(2 if common else r, t) for r, t in _phrase(c, depth + 1)]
        elif c.dep_ == "prep" and (c.lower_ in INNER_PREPS or c.lower_ == "on"):
            first = c.lower_ == "of" and tok.lemma_.lower() in OF_PLACE_NOUNS
            for g in c.children:
                if g.dep_ == "pobj" and (c.lower_ != "on" or g.lemma_.lower() in OF_PLACE_NOUNS):
                    out += [(0 if first else r, t) for r, t in _phrase(g, depth + 1)]
    return out


def place_in(tok: Any, person_ok: bool = True) -> Found | None:
    """A known place named in the phrase headed by ``tok``: an entity, else a name of our tables. The tagger
    often takes a small place for a person or a work ("in Naha", "the town of Goma", "the Yasukuni Shrine"): an
    entity of another label counts when it is the phrase's head or a place noun's "of" name (a person only
    with ``person_ok``)."""
    ranked = _phrase(tok)
    rank_of = {t.i: r for r, t in ranked}
    doc = tok.doc
    cands: list[tuple[int, int, Found]] = []
    ents, of_token = doc_ents(doc), ent_of_token(doc)
    # Only entities with a token in the phrase can qualify (``inside`` below); the candidates' minimum does not
    # depend on the order they are met in.
    for ent in (ents[k] for k in sorted({of_token[i] for i in rank_of if i in of_token})):
        inside = [rank_of[i] for i in range(ent.start, ent.end) if i in rank_of]
        span = range(ent.start, ent.end)
        loose = ent.label_ not in NOT_PLACE_LABELS or (ent.label_ == "PERSON" and person_ok) \
            or (ent.label_ == "NORP" and tok.i in span)  # "in Andijan" tagged as a nationality
        central = tok.i in span or any(rank_of.get(i) == 0 for i in span)
        generic = doc[ent.end - 1].lower_ in GENERIC_TAIL  # "Kadena Air Base" tagged as an organization
        known = None
        if inside and (ent.label_ in PLACE_LABELS or (loose and (central or generic))):
            known = _known_part(doc, ent.start, ent.end)
        # a small town where a place stands, not the modifier of a thing ("the Macondo oil well"); before a place
        # noun whatever the tagger says ("the Dadaab refugee camp" tagged as a nationality)
        if inside and known is None and (central and (loose or ent.label_ in PLACE_LABELS)
                                         or _place_noun_after(doc, ent.end)):
            known = _small_town(doc, ent.start, ent.end)
        if known is not None:
            cands.append((min(inside), ent.start, known))
    if not cands:  # venue names the tagger misses ("the Pentagon", "Yasukuni Shrine")
        skip = _not_place_tokens(doc)
        idx = sorted(i for i in rank_of if i not in skip and doc[i].lower_ not in MONTHS)
        for n in (4, 3, 2, 1):
            for k in range(len(idx) - n + 1):
                run = idx[k:k + n]
                if run[-1] - run[0] != n - 1:
                    continue
                sub = doc[run[0]:run[-1] + 1]
                if sub[0].text[:1].isupper() and sub[0].pos_ == "PROPN" and lookup(sub.text):
                    cands.append((min(rank_of[i] for i in run), sub.start, (sub.text, sub.start_char, sub.end_char)))
            if cands:
                break
    return min(cands)[2] if cands else None


def _not_place_tokens(doc: Any) -> frozenset[int]:
    """Indices of the tokens inside an entity of a label that names no place (dates, figures, people), once per
    Doc (asked for every phrase without a tagged place)."""
    memo = doc_memo(doc, "places")
    found = memo.get("not_place")
    if found is None:
        found = memo["not_place"] = frozenset(i for e in doc_ents(doc) if e.label_ in NOT_PLACE_LABELS
                                              for i in range(e.start, e.end))
    return found


def _known_part(doc: Any, start: int, end: int) -> Found | None:
    """The entity ``doc[start:end]`` if a known place, else its head part before a generic word ("Kadena Air Base"
    → Kadena, "Miyagi Prefecture" → Miyagi)."""
    full = end
    while end > start:
        span = doc[start:end]
        if lookup(span.text):
            if end < full and is_country_name(span.text):
                return None  # "the U.S. Marine Corps Air Station" is no place called "U.S."
            return span.text, span.start_char, span.end_char
        if doc[end - 1].lower_ not in GENERIC_TAIL:
            return None
        end -= 1
    return None


def _place_noun_after(doc: Any, end: int) -> bool:
    """True when the word after an entity says it names a place ("the Dadaab refugee camp", "Knin district")."""
    return end < len(doc) and doc[end].lower_ in GENERIC_TAIL | {"refugee"}


def _small_town(doc: Any, start: int, end: int) -> Found | None:
    """A name tagged as a place (or standing where a place is expected) that no main table knows, when the lower tier of small towns reads it as one town
    (:func:`chronicler.events.where.coded` with the report's hints); its part before a generic word too ("the Dadaab
    refugee camp" → Dadaab)."""
    while end > start:
        span = doc[start:end]
        if span[0].lower_ != "the" and coded(span.text, current_hints()) is not None:
            return span.text, span.start_char, span.end_char
        if span[0].lower_ == "the" and end - start > 1:
            start += 1
            continue
        if doc[end - 1].lower_ not in GENERIC_TAIL | {"refugee"}:
            return None
        end -= 1
    return None


def _antecedent_place(head: Any) -> Found | None:
    """The last known place named before ``head`` in its sentence or the one before (what "there" points to)."""
    doc = head.doc
    start = head.sent.start
    if start > 0:
        start = doc[start - 1].sent.start
    for ent in reversed(doc_ents(doc)):
        if start <= ent.start and ent.end <= head.i and ent.label_ in PLACE_LABELS:
            known = _known_part(doc, ent.start, ent.end)
            if known is not None:
                return known
    return None


def _pobjs(tok: Any, preps: frozenset[str]) -> list[Any]:
    return [g for c in tok.children if c.dep_ == "prep" and c.lower_ in preps for g in c.children if g.dep_ == "pobj"]


def _located(tok: Any) -> list[Any]:
    """Objects of the head's place prepositions, "on" a place noun included ("on the island of Jolo")."""
    return _pobjs(tok, LOCATION_PREPS) + [g for g in _pobjs(tok, frozenset({"on"}))
                                          if g.lemma_.lower() in OF_PLACE_NOUNS]


def _first(toks: list[Any], person_ok: bool = True) -> Found | None:
    for t in toks:
        found = place_in(t, person_ok)
        if found:
            return found
    return None


def _level(head: Any, level: int) -> Found | None:
    lemma = IRREGULAR.get(head.lower_, head.lemma_.lower())
    if level == 1:
        found = _first(_located(head))
        if found is None and head.dep_ == "relcl" and any(c.lower_ == "where" for c in head.children):
            found = place_in(head.head)  # "flew in from Seoul, where she held talks"
        near = [head] + [c for c in head.children if c.dep_ == "dobj"]  # "attend the summit there"
        if found is None and any(c.dep_ == "advmod" and c.lower_ == "there" for t in near for c in t.children):
            found = _antecedent_place(head)  # "flies to Hanoi and will attend the summit there"
        if found is None and lemma in PRESENCE_VERBS:
            found = _first([g for g in _pobjs(head, frozenset({"on"})) if g.pos_ == "PROPN"])
        return found
    if level == 2:
        if lemma not in PLACE_VERBS:
            return None
        objs = [c for c in head.children if c.dep_ in ("dobj", "nsubjpass")]
        return _first([o for o in objs if o.ent_type_ not in NOT_PLACE_LABELS - {"PERSON"}
                       or o.lemma_.lower() in OF_PLACE_NOUNS], lemma in TAKE_VERBS)
    if level == 3:
        if lemma in MOTION_WORDS:
            return _first(_pobjs(head, frozenset({"to", "into", "over"})
                                 | (frozenset({"for"}) if lemma in LEAVE_WORDS else frozenset())))
        if lemma not in WITHDRAW_WORDS:
            return None
        outs = [c for c in head.children if c.dep_ in ("prt", "advmod", "prep") and c.lower_ == "out"]
        return _first(_pobjs(head, frozenset({"from"})) + [g for o in outs for g in _pobjs(o, frozenset({"of"}))]
                      + [g for c in head.children if c.dep_ == "prep" and c.lower_ == "out"
                         for p in c.children if p.lower_ == "of" for g in p.children if g.dep_ == "pobj"]
                      + [g for c in head.children if c.dep_ == "prep" and c.lower_ == "of" for g in c.children
                         if g.dep_ == "pobj" and outs])
    if level == 4:  # what the act is done to or with, not a topic ("discussed the crisis in X")
        return _first([p for o in _objects(head) for p in _located(o)])
    if level == 5:  # where the actors are ("protesters in Okinawa", "residents of Nago")
        subjects = [c for c in head.children if c.dep_ in ("nsubj", "nsubjpass")]
        return _first([p for s in subjects for p in _located(s) + (
            _pobjs(s, frozenset({"of"})) if s.lemma_.lower() in RESIDENT_NOUNS else [])])
    if level == 6:  # an event noun carried by another verb ("talks opened in X", "gathered in X for the summit")
        verb = head.head.head if head.dep_ == "pobj" and head.head.lower_ in ("for", "of") else head.head
        if head.pos_ == "NOUN" and head.dep_ in ("nsubj", "nsubjpass", "dobj", "pobj") and verb.pos_ in ("VERB", "AUX"):
            return _first(_located(verb))
        return None
    clauses = [c for c in head.children if c.dep_ == "advcl" and c.tag_ == "VBG"]
    clauses += [g for c in head.children if c.dep_ == "prep" and c.lower_ in ("after", "before", "while", "upon", "on")
                for g in c.children if g.dep_ == "pcomp" and g.tag_ == "VBG"]  # "after arriving off X"
    return _first([p for c in clauses for p in _located(c)])


def _objects(head: Any, depth: int = 0) -> list[Any]:
    """What the act is done to or with, and what those are done with ("discussed the launch with X in Y"): direct
    objects and objects of prepositions other than place and destination ones, two levels down, topics left out."""
    objs = [c for c in head.children if c.dep_ in ("dobj", "attr") and c.lemma_.lower() not in TOPIC_NOUNS]
    objs += [g for c in head.children if c.dep_ == "prep" and c.lower_ not in LOCATION_PREPS | {"to", "into"}
             for g in c.children if g.dep_ == "pobj" and g.lemma_.lower() not in TOPIC_NOUNS]
    if depth < 1:
        objs += [x for o in list(objs) for x in _objects(o, depth + 1)]
    return objs


def find_place(heads: list[Any], own: int | None = None) -> Found | None:
    """The place named for a trigger with these head tokens (name, start and end offsets), or None. Only the
    first ``own`` heads (the trigger's own words, not its complements) are read beyond their place phrases:
    "announced that troops would be sent to X" names no place of the announcement."""
    for level in (1, 2, 3, 4, 5, 6, 7):
        for head in (heads if level == 1 or own is None else heads[:own]):
            found = _level(head, level)
            if found:
                return found
    return None
