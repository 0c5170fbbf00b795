"""Conditions of trigger senses read off the parse: particles, objects and subjects of a verb, word forms.

The small spaCy model often tags a phrasal verb's particle as an adverb or a preposition and leaves irregular
past forms unlemmatised; these helpers read the trigger's dependents through such slips.
"""

from __future__ import annotations

from functools import lru_cache
from typing import Any, Collection

from chronicler.events.gaps import filled
from chronicler.events.lexicon import TriggerSense
from chronicler.nlp.memo import token_indices
from chronicler.events.setting import GATHERING_NOUNS, PLACE_NOUNS, is_place_noun  # noqa: F401 (PLACE_NOUNS: old path)

#: Prepositions of time, cause and terms: their objects are not what a verb acts on ("under the terms of the accord").
SETTING_PREPS = frozenset({"during", "after", "before", "since", "despite", "amid", "under", "following", "until",
                           "because", "while", "within"})
#: Subjects that make a harm verb no political event.
NATURAL_CAUSES = frozenset({"earthquake", "quake", "flood", "storm", "cyclone", "hurricane", "typhoon", "tornado",
                            "disease", "epidemic", "outbreak", "accident", "crash", "drought", "famine", "landslide",
                            "avalanche", "tsunami", "fire", "blaze", "heat", "cold", "virus", "illness", "flooding",
                            "mudslide", "eruption", "wave", "rain", "snow", "wind"})
#: Of those, the forces of nature that never act for anyone, whatever the verb ("an earthquake struck": no strike).
NATURAL_FORCES = frozenset({"earthquake", "quake", "aftershock", "tremor", "storm", "cyclone", "hurricane", "typhoon",
                            "tornado", "flood", "flooding", "tsunami", "landslide", "mudslide", "eruption", "drought"})
#: Harm verbs whose passive with no agent is a disaster's toll in a report about a force of nature.
CASUALTY_VERBS = frozenset({"kill", "injure", "wound", "hurt"})
#: Words of violence and unrest: a report that names a force of nature more often than these is about a disaster.
CONFLICT_WORDS = frozenset({"attack", "war", "fighting", "fight", "bomb", "bombing", "gunman", "rebel", "militant",
                            "troop", "soldier", "clash", "shooting", "shell", "shelling", "airstrike", "raid",
                            "insurgent", "army", "police", "violence", "protest", "protester", "demonstrator",
                            "gunfire", "killing", "riot", "looter", "looting", "militia", "terrorist"})
#: Head nouns a compound or adjective only classifies: people, courts and measures ("aid workers", "war crimes
#: tribunal", "terror threat level"): an event noun before them names no event, and picks no verb sense.
CLASSIFIED_HEADS = frozenset({"worker", "official", "leader", "activist",
                              "tribunal", "court", "crime", "level", "ministry", "minister", "committee", "chief",
                              "expert", "victim", "volunteer", "employee", "staff", "staffer", "spokesman",
                              "spokeswoman", "coordinator", "envoy", "veteran", "zone",
                              "agency", "charity", "organization", "organisation", "police"})
#: Words of phrasal verbs the small parser often tags as adverbs or prepositions ("stepped down", "pulled out of").
PARTICLES = frozenset({"up", "down", "out", "off", "back", "over", "in", "away", "aside", "into", "together"})
#: Of those, the ones read as particles also when tagged as a preposition that lost its object.
PREP_PARTICLES = frozenset({"up", "down", "out", "off", "back", "over", "away"})
#: Past forms of irregular verbs, for when the tagger's lemma is the form itself ("forgave", "froze").
IRREGULAR = {
    "forgave": "forgive", "forgiven": "forgive", "froze": "freeze", "frozen": "freeze", "blew": "blow",
    "blown": "blow", "drove": "drive", "driven": "drive", "fought": "fight", "struck": "strike", "shot": "shoot",
    "took": "take", "taken": "take", "gave": "give", "given": "give", "sent": "send", "met": "meet", "held": "hold",
    "sought": "seek", "withdrew": "withdraw", "withdrawn": "withdraw", "withheld": "withhold", "broke": "break",
    "broken": "break", "swore": "swear", "sworn": "swear", "overran": "overrun", "spoke": "speak",
    "spoken": "speak", "fled": "flee", "lent": "lend", "shut": "shut", "cut": "cut", "let": "let", "put": "put",
    "set": "set", "hit": "hit", "quit": "quit", "beat": "beat", "beaten": "beat", "slew": "slay", "slain": "slay",
    "hung": "hang", "stole": "steal", "stolen": "steal", "threw": "throw", "thrown": "throw", "brought": "bring",
    "rode": "ride", "flew": "fly", "flown": "fly", "bought": "buy", "sold": "sell", "led": "lead", "laid": "lay",
    "paid": "pay", "sank": "sink", "sunk": "sink", "undertook": "undertake", "underwent": "undergo",
    "overthrew": "overthrow", "overthrown": "overthrow", "rebuilt": "rebuild",
    "upheld": "uphold", "bade": "bid", "wrote": "write", "written": "write", "began": "begin", "begun": "begin",
    "fell": "fall", "stood": "stand", "hid": "hide", "hidden": "hide", "bore": "bear", "tore": "tear",
    "torn": "tear", "shook": "shake", "spent": "spend", "won": "win", "lost": "lose", "rose": "rise",
    "risen": "rise", "arose": "arise", "chose": "choose", "chosen": "choose", "told": "tell", "kept": "keep",
    "left": "leave", "made": "make", "went": "go", "gone": "go", "came": "come", "saw": "see", "seen": "see",
    "found": "find", "bid": "bid", "dealt": "deal", "meant": "mean", "swept": "sweep", "stuck": "stick",
}


def particles(tok: Any) -> list[Any]:
    """The particles of a phrasal verb, also when tagged as an adverb ("stepped down") or as a preposition with no
    object of its own ("pulled out of the talks")."""
    out = []
    for c in tok.children:
        if c.dep_ == "prt":
            out.append(c)
        elif c.i > tok.i and c.lower_ in PARTICLES and (c.dep_ == "advmod" or (
                c.dep_ == "prep" and c.lower_ in PREP_PARTICLES and not any(g.dep_ == "pobj" for g in c.children))):
            out.append(c)
    return out


def prep_objects(tok: Any, preps: Collection[str], *, deps: Collection[str] = ("prep",)) -> list[Any]:
    """Objects of the prepositions ``preps`` (attached as ``deps``) under ``tok``, in parse order: "sent aid to X"
    with ``("to",)`` → [X]."""
    return [g for c in tok.children if c.dep_ in deps and c.lower_ in preps for g in c.children if g.dep_ == "pobj"]


def objects(tok: Any) -> list[Any]:
    """What a verb acts on: direct objects, objects of its prepositions (not of setting phrases), and the
    subject of its clausal complement ("let inspectors visit")."""
    # a relative pronoun stands for the noun its clause describes ("the troops that Turkey sent")
    objs = [filled(c) for c in tok.children if c.dep_ in ("dobj", "nsubjpass", "attr", "oprd", "dative")]
    if tok.dep_ == "acl" and tok.tag_ == "VBN":  # "a missile fired by X": the noun is the object
        objs.append(tok.head)
    for c in tok.children:
        if c.dep_ in ("prep", "prt", "advmod") and c.lower_ not in SETTING_PREPS:
            objs += [g for g in c.children if g.dep_ == "pobj"]
            # "pulled out of the talks", "drove them away from their homes"
            objs += [x for g in c.children if g.dep_ == "prep" for x in g.children if x.dep_ == "pobj"]
        if c.dep_ in ("ccomp", "xcomp"):  # "let inspectors visit", "allowed inspectors back in"
            objs += [g for g in c.children if g.dep_ == "nsubj"]
            if c.pos_ == "ADJ" and any(g.dep_ == "nsubj" for g in c.children):
                objs.append(c)  # "found the general guilty": the small clause's predicate, as in "found guilty"
    return objs


def as_complements(tok: Any) -> list[Any]:
    """What a verb calls its object: the words of an "as" phrase under the verb or its direct object ("described
    the statement as irresponsible", "described the charges as lies"), whatever the parser made of them."""
    heads = [tok] + [c for c in tok.children if c.dep_ == "dobj"]
    return [g for h in heads for c in h.children if c.dep_ == "prep" and c.lower_ == "as" for g in c.children]


def subjects(tok: Any) -> list[Any]:
    """Subjects of a verb, inherited from the first conjunct ("gathered and torched")."""
    subj = [c for c in tok.children if c.dep_ == "nsubj"]
    if not subj and tok.dep_ == "xcomp" and tok.head.i != tok.i:
        controller = [c for c in tok.head.children if c.dep_ == "dobj"]
        if controller:  # "forced the villagers to leave": the object of the governing verb does the leaving
            return controller
    if not subj and tok.dep_ in ("conj", "xcomp") and tok.head.i != tok.i:
        subj = [c for c in tok.head.children if c.dep_ == "nsubj"]
        if not subj and tok.dep_ == "xcomp":  # "ships are expected to arrive": the raised subject
            subj = [c for c in tok.head.children if c.dep_ == "nsubjpass"]
    if tok.dep_ == "relcl" and any(s.lower_ in ("that", "which", "who") for s in subj):
        subj = [tok.head]  # "the earthquake that killed ...": the antecedent acts
    return subj


def is_natural(tok: Any, forces_only: bool = False) -> bool:
    """True when the subject of a harm verb is no one's act ("floods killed 20", "the quake that destroyed ...");
    with ``forces_only``, only a force of nature counts ("the quake struck", for a verb of any type)."""
    causes = NATURAL_FORCES if forces_only else NATURAL_CAUSES
    return any(s.lemma_.lower() in causes for s in subjects(tok))


def disaster_toll(tok: Any) -> bool:
    """True for a passive harm verb with no agent and no subject ("3,000 people were reported killed or injured")
    in a report that names a force of nature more often than violence or unrest (``CONFLICT_WORDS``; a report
    may name its earthquake once and then tell its toll): the disaster's toll, no attack."""
    if tok.lemma_.lower() not in CASUALTY_VERBS or tok.tag_ != "VBN":
        return False
    for v in (tok, tok.head) if tok.dep_ == "conj" else (tok,):
        if any(c.dep_ in ("agent", "nsubj") for c in v.children):
            return False
    natural = len(token_indices(tok.doc, "LEMMA", NATURAL_FORCES, lower=True))
    return natural > 0 and natural > len(token_indices(tok.doc, "LEMMA", CONFLICT_WORDS, lower=True))


def hyphenated(tok: Any) -> list[str]:
    """The hyphenated word a token ends ("sit-in", "pull-out", "cease-fire": the tokenizer splits them and the
    parser makes the last part the head), written with and without the hyphen."""
    doc = tok.doc
    if tok.i < 2 or doc[tok.i - 1].text != "-" or doc[tok.i - 1].whitespace_ or doc[tok.i - 2].whitespace_:
        return []
    first = doc[tok.i - 2].lower_
    return [f"{first}-{tok.lower_}", f"{first}{tok.lower_}", f"{first}-{tok.lemma_.lower()}"]


def modifier_lemmas(tok: Any, classifiers: bool = True) -> set[str]:
    """Lemmas of a noun's compounds/adjectives (unless ``classifiers`` is false: "released an aid worker" is
    no release of aid) and of its of-object (with that object's compounds)."""
    out: set[str] = set()
    for c in tok.children:
        if classifiers and c.dep_ in ("compound", "amod", "nmod", "npadvmod"):
            out.add(c.lemma_.lower())
            out |= {g.lemma_.lower() for g in c.children if g.dep_ in ("compound", "amod")}
    for g in prep_objects(tok, ("of",)):
        out.add(g.lemma_.lower())
        out |= {x.lemma_.lower() for x in g.children if x.dep_ in ("compound", "amod")}
    return out


def matches(sense: TriggerSense, tok: Any, obj: Any = None) -> bool:
    """True when ``tok`` (with ``obj`` as its object for light verbs) meets every condition of the sense's cue."""
    cue = sense.cue
    if cue.prt and not any(c.lower_ in cue.prt for c in particles(tok)):
        return False
    if cue.subj:
        words = set()
        for sb in subjects(tok):  # with "a group of protesters", "the deployment of peacekeeping troops"
            words |= {sb.lemma_.lower(), sb.lower_} | modifier_lemmas(sb)
        if not (words | {w[:-1] for w in words if w.endswith("s")}) & cue.subj:
            return False
    if cue.prep and not any(c.dep_ in ("prep", "prt") and c.lower_ in cue.prep and not temporal(c)
                            and (sense.mode != "visit" or destination(c))
                            for c in list(tok.children) + [g for o in objects(tok) for g in o.children]) \
            and not any(m.lower_ in cue.prep for m in clause_marks(tok)):
        return False
    if cue.comp and not any(c.dep_ in ("xcomp", "ccomp") for c in tok.children):
        return False
    if cue.xcomp and not any(c.dep_ == "xcomp" or addressed_infinitive(tok, c) for c in tok.children):
        return False
    if cue.obj:
        if obj is not None:
            lemmas = {obj.lemma_.lower(), *hyphenated(obj)} | modifier_lemmas(obj)
        elif sense.kind == "noun":
            lemmas = modifier_lemmas(tok)
        else:
            lemmas = set()
            lemmas |= predicate_words(tok)
            for o in objects(tok) + as_complements(tok):  # with "two planeloads of tents", "thousands of troops"
                lemmas.add(o.lemma_.lower())
                lemmas.update(hyphenated(o))  # "violated the cease-fire"
                lemmas |= modifier_lemmas(o, classifiers=o.lemma_.lower() not in CLASSIFIED_HEADS)
        if not (lemmas | {w[:-1] for w in lemmas if w.endswith("s")}) & cue.obj:
            return False
    return True


#: Words that complete a verb as its result or answer ("set the station ablaze", "said no to", "said sorry").
PREDICATE_WORDS = frozenset({"ablaze", "alight", "sorry", "free", "loose", "no", "yes"})


def predicate_words(verb: Any) -> set[str]:
    """What a lexicon cue may name as a verb's object besides its objects: a gerund it governs ("stopped eating":
    ``eat``) and a result or answer word, however the parser attached it ("set X ablaze", "said no to")."""
    out = set()
    for c in verb.children:
        if c.dep_ == "xcomp" and c.tag_ == "VBG":
            out.add(c.lemma_.lower())
        elif c.dep_ in ("advmod", "acomp", "intj", "oprd", "dobj") and c.lower_ in PREDICATE_WORDS:
            out.add(c.lower_)
    return out


def addressed_infinitive(verb: Any, clause: Any) -> bool:
    """True for a to-infinitive the parser hung as an adverbial clause on a verb with an addressee (a direct
    object, or a prepositional object before the clause), with no subject or conjunction of its own: "pushed
    Brasilia to halt ..." or "turned to Kenya to help ..." read like "... (in order) to"."""
    if clause.dep_ != "advcl" or not any(c.dep_ == "dobj" or (c.dep_ == "prep" and c.i < clause.i and any(
            g.dep_ == "pobj" for g in c.children)) for c in verb.children):
        return False
    kids = list(clause.children)
    return any(a.dep_ == "aux" and a.lower_ == "to" for a in kids) and not any(
        a.dep_ in ("nsubj", "mark") for a in kids)


def clause_marks(tok: Any) -> list[Any]:
    """The "for" of a for-to clause under a verb ("called for the treaty to be revised", "pressed for talks to
    resume"): the parser makes it the clause's mark, where the phrasal verb's preposition is meant."""
    return [m for c in tok.children if c.dep_ == "advcl" and any(a.dep_ == "aux" and a.lower_ == "to"
                                                                for a in c.children)
            for m in c.children if m.dep_ == "mark" and m.lower_ == "for"]


def destination(prep: Any) -> bool:
    """True when a visit's preposition leads to a place: a name ("to Seoul"), or a place noun ("to the capital");
    not "restrict flying in helicopter mode to the inside of bases"."""
    for g in prep.children:
        if g.dep_ != "pobj":
            continue
        if g.pos_ == "PROPN" or g.ent_type_ in ("GPE", "LOC", "FAC", "ORG", "NORP", "PERSON"):
            return True
        if is_place_noun(g, GATHERING_NOUNS):  # "arrived in the capital", "flew to the front", "for the summit"
            return True
        if g.pos_ == "PRON":
            return True  # "flew there", "went to it": the parser's place pronouns
    return not any(g.dep_ == "pobj" for g in prep.children)  # "flew in": no object to judge


def temporal(prep: Any) -> bool:
    """True for a time phrase ("on Sunday", "for three weeks"): not the preposition of a phrasal verb."""
    return any(g.dep_ == "pobj" and g.ent_type_ in ("DATE", "TIME") for g in prep.children)


def lemmas(tok: Any) -> list[str]:
    """The token's lemma, then stems of its form (the tagger's lemma is sometimes wrong: "staged" → "stag")."""
    return list(lemma_forms(tok.lemma_, tok.lower_))


@lru_cache(maxsize=65536)
def lemma_forms(lemma: str, low: str) -> tuple[str, ...]:
    """:func:`lemmas` of a token with lemma ``lemma`` and lower-cased form ``low`` (asked for every verb of every
    sentence, so once per pair)."""
    out = [lemma.lower()] + ([IRREGULAR[low]] if low in IRREGULAR else []) + [low]
    for suffix, repl in (("ied", "y"), ("ies", "y"), ("ed", ""), ("ed", "e"), ("d", ""), ("ing", ""), ("ing", "e"),
                         ("es", ""), ("s", "")):
        if low.endswith(suffix) and len(low) > len(suffix) + 2:
            out.append(low[: -len(suffix)] + repl)
    return tuple(dict.fromkeys(out))


def verb_read_as_noun(tok: Any) -> bool:
    """A present-tense verb the tagger read as a noun, in a clause's verb slot: it has a subject of its own ("when
    the two meet"), or it heads a sentence with a name compounded before it and a preposition after it ("Rice
    heads to Seoul")."""
    if tok.pos_ != "NOUN" or tok.tag_ not in ("NN", "NNS") or tok.dep_ not in ("ROOT", "advcl", "ccomp", "relcl"):
        return False
    if any(c.dep_ == "dobj" for c in tok.children):
        return False  # only intransitive uses: "Okinawa hosts three-quarters of the land" is no visit
    if any(c.dep_ == "nsubj" for c in tok.children):
        return True
    return tok.dep_ == "ROOT" and tok.tag_ == "NNS" and any(
        c.dep_ in ("compound", "amod") and c.i < tok.i and (c.ent_type_ in ("PERSON", "ORG", "GPE", "NORP")
                                                         or c.text.istitle()) for c in tok.children
    ) and any(c.dep_ == "prep" and c.i > tok.i for c in tok.children)



#: Participles that introduce a condition ("provided that ...", "providing they ...", "assuming ...").
CONDITIONAL_FORMS = frozenset({"provided", "providing", "assuming", "supposing"})


def negated(tok: Any) -> bool:
    """True when a token carries its own negation ("not", "n't", "never")."""
    return any(c.dep_ == "neg" or c.lower_ == "never" for c in tok.children)
