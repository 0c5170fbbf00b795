"""Places standing in a role, after the convention of the PLOVER gold records (coded from CAMEO's examples).

Where the text names no recipient, the gold records code the place an act befalls as the recipient: a country
as itself, a city as its people ("suspended aid deliveries in <city>" → the city's country, civilians;
"demonstrated in <country>" → the country; "threatened to impose a curfew in <city>"). They do not for meetings
(a meeting place is a venue: PLOVER's CONSULT), for withdrawals and surrenders ("surrendered in <town>") nor
for shows of force (aimed only when the text says so). We follow that, read off the parse, in two steps:
- the thing acted on lies in the place: "evacuate the settlements in X", "set up a centre in X" (all types but
  shows of force);
- the act (or its content: "threatened to ban voting in X") took place in X ("rioted at a jail in X").
A visit is the exception among meetings: PLOVER makes the visitor the actor and the host the recipient, so the
place visited ("flew to X", "a trip to X", "arrived in X") stands for the host.
A place is never a source, and an event with no named actor gets no place recipient (no event is made of a
place alone).
The filler gets a low confidence (``PLACE_CONFIDENCE``) so a consumer can tell it from a named recipient.
"""

from __future__ import annotations

from typing import Any, Callable

from chronicler.events.cues import prep_objects
from chronicler.events.fillers import same_side as same_country  # one country test for every role reader
from chronicler.events.nearest import nearest_roles
from chronicler.events.roles import Filler, RoleReader
from chronicler.events.setting import is_place_noun
from chronicler.events.triggers import Trigger
from chronicler.events.unnamed import GUESSED_CONFIDENCE
from chronicler.model import Actor
from chronicler.nlp.memo import doc_text

LOCATION_PREPS = frozenset({"in", "at", "near", "inside", "outside", "across", "throughout", "through"})
#: Types whose place is never their recipient; a show of force's object's place neither ("troops in X").
NO_PLACE_TYPES = frozenset({"CONSULT", "RETREAT", "MOBILIZE"})
FORCE_TYPES = frozenset({"MOBILIZE"})
#: Dependents that close a place phrase: "in X, where ..." names X, not what the relative clause mentions.
CLAUSE_DEPS = frozenset({"relcl", "acl", "advcl", "appos", "punct", "cc", "conj"})
PLACE_CONFIDENCE = 0.35
#: The setting words of a place phrase that are themselves places ("a jail in X", "the town of X").
_MAX_DEPTH = 2

#: Regions are no recipient (PLOVER: regional and global constructs receive no country), whatever a gazetteer
#: finds under their names.
REGIONS = frozenset({"asia", "europe", "africa", "america", "americas", "oceania", "antarctica", "arctic",
                     "middle east", "near east", "far east", "latin america", "north america", "south america",
                     "central america", "east asia", "southeast asia", "south asia", "central asia", "the west",
                     "asia-pacific", "pacific", "atlantic", "balkans", "caribbean", "gulf", "sahel", "scandinavia"})

PlaceCoder = Callable[[int, int], "Actor | None"]


def _place_phrases(tok: Any, depth: int = 0) -> list[Any]:
    """Objects of the location prepositions on ``tok`` (and on those objects: "at a jail in X")."""
    out = []
    for g in prep_objects(tok, LOCATION_PREPS):
        out.append(g)
        if depth < _MAX_DEPTH:
            out += _place_phrases(g, depth + 1)
    return out


def _phrase(tok: Any) -> list[Any]:
    """The words of the noun phrase headed by ``tok``, without its clauses and appended parts."""
    out = [tok]
    for c in tok.children:
        if c.dep_ not in CLAUSE_DEPS:
            out += _phrase(c)
    return out


def _code(reader: RoleReader, place: PlaceCoder, toks: list[Any], countried: bool = False) -> Filler | None:
    """The first of the place phrases that names a place: a coded mention the actors stage made of it, else the
    place coder's reading of the phrase (``countried``: only mentions coded with a country count)."""
    for g in toks:
        words = _phrase(g)
        if " ".join(t.lower_ for t in words if t.dep_ != "det") in REGIONS:
            continue
        lo = min(t.idx for t in words)
        hi = max(t.idx + len(t.text) for t in words)
        coded = [f for f in reader._at(lo, hi, PLACE_CONFIDENCE) if f.actor is not None
                 and (f.actor.country or not countried)]
        if coded and not all(_guess(f) for f in coded):
            return coded[0]
        actor = place(lo, hi)
        if coded and actor is None:
            return coded[0]  # a place name the actors stage took for someone it could only guess yields to it
        if actor is not None:
            name = next((a for a in actor.aliases), actor.name)
            at = doc_text(g.doc).find(name, lo, hi)
            start, end = (at, at + len(name)) if at >= 0 else (lo, hi)
            return Filler(actor, start, end, PLACE_CONFIDENCE * actor.confidence)
    return None


def _guess(f: Filler) -> bool:
    """A mention coded only by a guess from the sentence around it (no country of its own words)."""
    return f.actor is not None and f.actor.kind in ("person", "group") and f.actor.confidence <= GUESSED_CONFIDENCE


def _objects(heads: list[Any], preps: tuple[str, ...], deps: tuple[str, ...] = ("prep",)) -> list[Any]:
    """Objects of the prepositions ``preps`` (attached as ``deps``) on any of ``heads``: "sent aid to X" → X."""
    return [g for h in heads for g in prep_objects(h, preps, deps=deps)]


def visit_place(reader: RoleReader, place: PlaceCoder, trig: Trigger) -> Filler | None:
    """The place a visit goes to, standing for the host ("travel to X", "her trip to X", "arrived in X")."""
    if trig.type != "CONSULT" or trig.sense.mode != "visit":
        return None
    heads = [trig.head] + ([trig.noun] if trig.noun is not None and not trig.standalone else [])
    dests = []
    for h in heads:
        preps = ("to", "into", "in") if h.lemma_.lower() == "arrive" else ("to", "into")
        for c in h.children:
            if c.dep_ == "prep" and c.lower_ in preps or (c.dep_ == "prt" and c.lower_ == "on"):
                dests += [g for g in c.children if g.dep_ == "pobj"]
                # "travel on to X": the particle carries the destination
                dests += prep_objects(c, preps)
    return _code(reader, place, dests)


def aid_destination(reader: RoleReader, place: PlaceCoder, trig: Trigger) -> Filler | None:
    """The place aid is sent to, standing for its people ("sent relief supplies to X")."""
    if trig.type != "AID" or trig.standalone:
        return None
    heads = [trig.head] + [c for c in trig.head.children if c.dep_ == "dobj"]
    return _code(reader, place, _objects(heads, ("to", "into"), ("prep", "dative")))


#: Verbs of arriving or staying whose "in X" is where the helpers came to ("arrived in X to help").
ARRIVING_VERBS = frozenset({"arrive", "land", "deploy", "remain", "stay", "base", "station", "dock", "berth"})


def purpose_destination(reader: RoleReader, place: PlaceCoder, trig: Trigger) -> Filler | None:
    """Those helped by aid told as the purpose of a move, or carried by one who arrives: the destination of the
    verb the purpose clause serves ("sent supplies to X to help ...", "arrived in X to help fight ...") or the
    carrier's arrival ("a ship carrying food docked in X"), an actor named there or its place."""
    head = trig.head
    if trig.type != "AID" or trig.standalone or head.head.i == head.i:
        return None
    if head.dep_ in ("advcl", "xcomp") and any(c.dep_ == "aux" and c.lower_ == "to" for c in head.children):
        gov = head.head
    elif head.dep_ == "acl" and head.head.dep_ == "nsubj" and head.head.head.lemma_.lower() in ARRIVING_VERBS:
        gov = head.head.head  # "a relief ship carrying food docked in X": where the carrier arrives
    else:
        return None
    preps = ("to", "into", "in") if gov.lemma_.lower() in ARRIVING_VERBS else ("to", "into")
    dests = [g for g in prep_objects(gov, preps, deps=("prep", "dative"))]
    for g in dests:
        named = [f for f in reader.fillers(g) if f.actor is not None and f.actor.country]
        if named:
            return named[0]
    return _code(reader, place, dests, True)


def object_place(reader: RoleReader, place: PlaceCoder, trig: Trigger, countried: bool = False) -> Filler | None:
    """The place the thing acted on (or the object of the act's content: "threatened to seize X's territory") lies
    in, or is: "evacuate the settlements in X"."""
    if trig.type in FORCE_TYPES:
        return None
    noun = trig.noun.i if trig.noun is not None else -1  # "held talks in X": the act's own setting
    objs = [c for c in trig.head.children if c.dep_ in ("dobj", "nsubjpass") and c.i != noun]
    contents = [c for k in trig.complements if not k.standalone for c in k.head.children if c.dep_ == "dobj"]
    told = content_objects(trig)
    contents += told
    # a place object no mention covers, by the name it is given ("seized Ukrainian territory", "shelled the town
    # of X"; also the content's: "threatened to seize X's territory"), then the places the act's own object's
    # phrases name ("evacuate the settlements in X")
    named = [n for o in objs + contents if is_place_noun(o) and not reader.fillers(o) for n in _names(o)]
    objs += [g for o in objs for g in prep_objects(o, ("of",))]  # "evidence of war crimes in X"
    objs += told + [g for o in told for g in _chain(o)]  # "renew the mission in X", "the mandate for the force in X"
    # a place named bare as the object, which the actors stage leaves unmentioned ("pounded Kharkiv") or took for
    # someone it could only guess ("shelled the outskirts of Khan Younis")
    # (acts of force only: what is given, sold or named may bear a place's name; a people named by its
    # nationality, "ethnic Albanians", is no place)
    bare = [o for o in objs + contents if trig.type in FORCE_ACTS and o.pos_ == "PROPN" and o.ent_type_ != "NORP"
            and all(_guess(f) for f in reader.fillers(o))]
    return _code(reader, place, bare + named + [p for o in objs for p in _place_phrases(o)], countried)


def content_objects(trig: Trigger) -> list[Any]:
    """What the content of a verb trigger acts on when the lexicon gives the content's verb no event of its own:
    the objects of its infinitive ("agreed to renew the mission in X", "voted to extend ... and expand ...") and
    an agreement's "to" phrase ("agreed to an extension of the mandate ...")."""
    if trig.standalone or trig.type in FORCE_TYPES:
        return []
    typed = {k.head.i for k in trig.complements}
    verbs = [c for c in trig.head.children if c.dep_ == "xcomp" and c.i not in typed]
    verbs += [x for v in verbs for x in v.conjuncts if x.i not in typed]
    out = [o for v in verbs for o in v.children if o.dep_ == "dobj"]
    return out + (prep_objects(trig.head, ("to",)) if trig.type == "AGREE" else [])


def _chain(tok: Any, depth: int = 0) -> list[Any]:
    """The nouns an object's "of"/"for" phrases lead to ("a renewal of the mandate for the force"), a few deep."""
    out = []
    for g in prep_objects(tok, ("of", "for")):
        out.append(g)
        if depth < _MAX_DEPTH:
            out += _chain(g, depth + 1)
    return out


def international_body(f: Filler | None) -> bool:
    """An international body (the UN, NATO, a UN force) filling a role."""
    return f is not None and f.actor is not None and "IGO" in (f.actor.country, f.actor.sector)


def mission_place(reader: RoleReader, place: PlaceCoder, trig: Trigger, source: Filler,
                  target: Filler) -> Filler | None:
    """The country where an international body's own mission lies, for a body acting on that mission ("the
    Security Council agreed to extend the mandate of the force in X (UNFORCE)"): the mission is the thing acted
    on, not a party; the gold records code the country it serves as the recipient."""
    if not (international_body(source) and international_body(target)):
        return None
    spans = [(min(t.idx for t in o.subtree), max(t.idx + len(t.text) for t in o.subtree))
             for o in content_objects(trig)]
    if not any(lo <= target.start and target.end <= hi for lo, hi in spans):
        return None
    found = object_place(reader, place, trig, True)
    return found if found is not None and not international_body(found) else None


def _names(tok: Any) -> list[Any]:
    """The words that name a place noun's place: a nationality or place modifier ("Ukrainian territory") or a
    proper noun after "of" ("the town of X"); not its other phrases ("a state of emergency in X")."""
    mods = [c for c in tok.children if c.dep_ in ("amod", "compound") and c.ent_type_ in ("GPE", "NORP")]
    return mods + [g for g in prep_objects(tok, ("of",)) if g.pos_ == "PROPN"]


def act_place(reader: RoleReader, place: PlaceCoder, trig: Trigger, countried: bool = False) -> Filler | None:
    """The place an act, or the content of a speech act, befalls ("rioted in X", "threatened to ban ... in X")."""
    if trig.type in NO_PLACE_TYPES:
        return None
    heads = [trig.head] + ([trig.noun] if trig.noun is not None and not trig.standalone else [])
    if trig.standalone and trig.head.dep_ in ("nsubj", "nsubjpass"):  # "the deployment ... arrived in X"
        heads.append(trig.head.head)
    for c in trig.complements:
        heads += [c.head] + ([c.noun] if c.noun is not None and not c.standalone else [])
    entered = prep_objects(trig.head, ("into",)) if trig.type in FORCE_ACTS else []  # "pushed into X"
    return _code(reader, place, [p for h in heads for p in _place_phrases(h)] + entered + aimed_places(trig),
                 countried)


#: Prepositions that aim an act of force at what they name ("fired at X", "rained down on X").
AIMED_PREPS = ("at", "on", "upon", "against")


def aimed_places(trig: Trigger) -> list[Any]:
    """For an act of force, the places its aim phrase names: a bare place name ("fired rockets at Sderot") or the
    place the thing aimed at lies in ("rained down on an airport near Damascus"); else nothing."""
    if trig.type not in FORCE_ACTS:
        return []
    aimed = prep_objects(trig.head, AIMED_PREPS)
    return [g for g in aimed if g.pos_ == "PROPN"] + [p for g in aimed for p in _place_phrases(g)]


def left_place(reader: RoleReader, place: PlaceCoder, trig: Trigger, source: Filler) -> Filler | None:
    """The foreign place a withdrawal leaves, standing for its country ("pulled out of X", "moved away from X"),
    when it is not the source's own country."""
    if trig.type != "RETREAT" or trig.standalone or source.actor is None:
        return None
    outs = [c for c in trig.head.children if c.dep_ in ("prep", "prt", "advmod") and c.lower_ in ("out", "away")]
    found = _code(reader, place, _objects(outs, ("of", "from")))
    if found is None or found.actor is None or found.actor.country == source.actor.country:
        return None
    return found


#: Nouns of a visit or meeting that, called off, leave their host or partner as the one rebuffed.
MEETING_NOUNS = frozenset({"visit", "trip", "tour", "talks", "meeting", "summit", "conference", "consultation"})


def called_off_visit(reader: RoleReader, place: PlaceCoder, trig: Trigger, source: Filler) -> Filler | None:
    """The host of a visit or meeting the source called off ("cancelled a visit to X by its minister": X, not the
    minister of its own side), when that host is of another country."""
    if trig.type != "REJECT" or trig.standalone:
        return None
    nouns = [c for c in trig.head.children if c.dep_ in ("dobj", "nsubjpass") and c.lemma_.lower() in MEETING_NOUNS]
    for g in _objects(nouns, ("to", "in", "with")):
        found = reader.fillers(g) or [_code(reader, place, [g])]
        f = next((f for f in found if f is not None and f.actor is not None and f.actor.country
                  and not same_country(f, source)), None)
        if f is not None:
            return f
    return None


#: Acts only a state's authorities do: done to someone in a country with no agent named, that country did them.
AUTHORITY_TYPES = frozenset({"COERCE", "SANCTION", "ACCUSE"})


def authority_place(reader: RoleReader, place: PlaceCoder, trig: Trigger, target: Filler) -> Filler | None:
    """The source of an agentless passive act of authority: the country it took place in, when that is not the
    target's own ("a US national was put under investigation in X", "was arrested in X": X's authorities). The
    PLOVER gold records infer an actor from the place this way."""
    if trig.type not in AUTHORITY_TYPES or trig.standalone:
        return None
    head = trig.head
    if not any(c.dep_ == "nsubjpass" for c in head.children) or any(c.dep_ == "agent" for c in head.children):
        return None
    heads = [head] + ([trig.noun] if trig.noun is not None else [])  # "put under investigation in X"
    found = _code(reader, place, _objects(heads, ("in", "at")))
    if found is None or found.actor is None or not found.actor.country or target.actor is None \
            or found.actor.country == target.actor.country:
        return None
    return found


#: Acts of force whose guessed own-side target yields to a foreign place named in the act.
FORCE_ACTS = frozenset({"ASSAULT", "COERCE"})


def placed_side(reader: RoleReader, place: PlaceCoder, trig: Trigger, source: Filler, target: Filler) -> Filler | None:
    """The place of another country an act of force befalls, for a target whose country the actors stage only
    guessed and which is the source's own ("American troops attacked insurgent positions in Fallujah": the
    insurgents' country was guessed from "American"; Fallujah says where they are)."""
    if trig.type not in FORCE_ACTS or target.actor is None:
        return None
    placeless = not target.actor.country and target.actor.sector not in ("IGO", "NGO")  # "Houthi radar sites"
    if not placeless and (target.actor.confidence > GUESSED_CONFIDENCE or not same_country(target, source)):
        return None
    found = object_place(reader, place, trig, True) or act_place(reader, place, trig, True)
    if found is None or found.actor is None or not found.actor.country or same_country(found, source):
        return None
    return found


def complete_roles(reader: RoleReader, trig: Trigger,
                   roles: tuple[Filler | None, Filler | None, bool]) -> tuple[Filler | None, Filler | None, bool]:
    """Roles the syntax left empty: a target from the place of the thing acted on, then the nearest coded
    mentions of the trigger's clause (``nearest.nearest_roles``), then a target from the place of the act."""
    source, target, reciprocal = roles
    place = reader.place
    if target is None and source is not None and place is not None:
        target = visit_place(reader, place, trig) or aid_destination(reader, place, trig) \
            or purpose_destination(reader, place, trig) or object_place(reader, place, trig)
    if source is not None and place is not None and (target is None or same_country(target, source)):
        target = called_off_visit(reader, place, trig, source) or target
    if source is not None and target is not None and place is not None:
        target = placed_side(reader, place, trig, source, target) or mission_place(
            reader, place, trig, source, target) or target
    source, target = nearest_roles(reader, trig, source, target)
    if source is None and target is not None and place is not None:
        source = authority_place(reader, place, trig, target)
    if target is None and source is not None and place is not None:
        # a place with a country before a mention coded with none ("at Houthi radar sites in Yemen")
        target = left_place(reader, place, trig, source) or act_place(reader, place, trig, True) \
            or act_place(reader, place, trig)
    if target is not None and source is not None and target.actor is not None and source.actor is not None \
            and target.actor.id == source.actor.id:
        target = roles[1]
    return source, target, reciprocal
