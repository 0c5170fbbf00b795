"""Who can do the act: a verb trigger whose doer is no political agent names no political event.

Real news uses the verbs of political acts for what diseases, storms and accidents do ("the virus killed 12",
"it left thousands homeless" told of a cyclone in the sentence before) and for what singers, players, companies
and doctors do ("the singer flew to London", "the company fired its chief executive", "doctors released the
patient"). Issue 7, session 15 (blind set ``event_types_blind_s15.tsv``): most false events of that set were such
doers. Two readings, both by WordNet's kind of the doer (its first, most frequent sense; without WordNet they
rule out nothing but the listed natural causes of ``cues.py``):

* **no one acts** (:func:`non_agent`): the doer is a natural phenomenon, an illness or bodily condition, a
  micro-organism or animal, a mishap, a fire or an outbreak: whatever the verb, no one did it. The doer is the
  verb's subject, the subject of the clause a participle hangs on ("plunged ..., killing 31"), the causer of a
  caused act ("wildfires forced thousands to flee"), and for a subject "it"/"they" the subject of the sentence
  before (a report names its storm and then tells what "it" did).
* **no political party** (:func:`private_doer`): the doer is a person of a trade outside politics (performers,
  athletes, health workers, engineers) or a business, named by that common noun alone, and no
  political party is among what the verb acts on: an act of force, coercion, mobilisation, meeting, support,
  release, warning or accusation between private parties is no political event. Protests, requests, refusals,
  agreements, sanctions, aid and concessions are left alone (doctors striking or calling on a government act
  politically).
"""

from __future__ import annotations

from functools import lru_cache
from typing import Any

from chronicler.events.communal import communal_violence
from chronicler.events.cues import NATURAL_CAUSES, NATURAL_FORCES, disaster_toll, is_natural, matches, subjects
from chronicler.events.lexicon import TriggerSense, trigger_lexicon
from chronicler.events.sports import sports_copy
from chronicler.nlp import wordnet

#: WordNet kinds (any word of a synset on the hypernym path) of doers that act for no one.
NON_AGENT_KINDS = frozenset({"natural_phenomenon", "physical_phenomenon", "ill_health", "physical_condition",
                             "pathological_state", "microorganism", "animal", "accident", "conflagration", "combustion",
                             "outbreak",
                             "weather", "geological_phenomenon", "infectious_agent"})
#: WordNet kinds of what befalls a body, and of violence: a bodily state under one of the first (any sense of
#: these words) and never the second makes a doer an illness (``_illness_only``).
ILLNESS_KINDS = frozenset({"ill_health", "physical_condition", "affliction"})
VIOLENT_KINDS = frozenset({"attack", "military_action", "crime", "weapon", "violence"})
#: WordNet kinds of people and bodies outside politics: trades and professions (a worker, professional or
#: creator: hunters, chefs, miners, lawyers, farmers, brewers), customers and investors, travellers, enthusiasts
#: (fans), firms and financial institutions. A doer of one of them acts privately unless one of
#: ``PUBLIC_KINDS`` is on its path too (an official and a soldier are skilled workers in WordNet).
#: (Not "contestant" or "player": rivals, opponents and the players of a conflict are often political; not
#: "scientist": an investigator is first a research scientist in WordNet; not "perceiver": observers.)
PRIVATE_KINDS = frozenset({"entertainer", "performer", "athlete", "champion", "health_professional",
                           "engineer", "business", "company", "corporation", "firm", "manufacturer",
                           "merchant", "businessman", "employer",
                           "worker", "professional", "creator#2", "consumer", "capitalist#2", "traveler", "enthusiast",
                           "financial_institution"})
#: WordNet kinds under ``PRIVATE_KINDS`` that act for a state or a cause: officials, servicemen, police and
#: guards, fighters, pilots and sailors (of air forces and navies too), unionists, migrants and exiles (settlers),
#: invaders and intruders (travellers in WordNet), vigilantes (volunteers), a central bank; and "demonstrator", whose
#: first WordNet sense is a teacher who demonstrates.
PUBLIC_KINDS = frozenset({"official", "serviceman", "lawman", "defender", "combatant", "aviator", "sailor",
                          "trade_unionist", "migrant", "exile", "unwelcome_person", "vigilante", "central_bank",
                          "demonstrator", "wrongdoer", "dissenter", "disputant"})
#: WordNet lexicographer files of senses that can act: a doer's first such sense is the one asked ("the airline"
#: is first a hose, "the bank" a slope, "fans" devices).
AGENT_LEXNAMES = frozenset({"noun.person", "noun.group"})
#: WordNet kinds of parties that make an act political when the verb acts on them.
#: (Not "leader": coaches, managers and executives are kinds of leader in WordNet.)
POLITICAL_KINDS = frozenset({"official", "politician", "head_of_state", "serviceman", "military_unit",
                             "armed_forces", "government", "law_enforcement_agency", "polity", "country",
                             "legislature", "political_party", "insurgent", "terrorist", "diplomat", "lawgiver",
                             "police", "army"})
#: Types whose act needs a political party: force, coercion, posture, meetings, support, release, warning, blame.
PARTY_TYPES = frozenset({"ASSAULT", "COERCE", "MOBILIZE", "CONSULT", "SUPPORT", "RETREAT", "THREATEN", "ACCUSE"})
#: Entities that are parties (a named state, people, body or person).
PARTY_ENTITIES = frozenset({"GPE", "NORP", "ORG", "PERSON", "FAC"})
#: Verbs that make someone do what a complement says: its subject caused the act ("forced them to flee").
CAUSATIVES = frozenset({"force", "drive", "compel", "cause", "make", "prompt", "lead", "send", "leave"})
PRONOUNS = frozenset({"it", "they"})
#: Verbs of falling down (WordNet first senses; their kinds count too: "topple" is a kind of "tumble").
FALLING = frozenset({"fall", "collapse", "tumble", "crumble"})
#: Modifiers that make an event noun something that happens to a body ("heart attack").
BODILY = frozenset({"heart", "panic", "asthma", "anxiety", "epileptic", "asthmatic"})
#: Entities that say where a doer is from, not who it is ("Brazil's striker", "a Kenyan exporter").
PLACE_ENTITIES = frozenset({"GPE", "NORP", "LOC"})
#: Prepositions of place: a name after them is where the act happened, not a party to it.
PLACE_PREPS = frozenset({"to", "in", "at", "from", "into", "near", "across", "around", "outside", "inside",
                         "through", "toward", "towards", "via", "past", "off", "within"})


def no_doer(tok: Any, sense: TriggerSense) -> bool:
    """True when verb ``tok`` read as ``sense`` names no political act by its doer: a force of nature or one of
    ``cues.NATURAL_CAUSES`` as subject of force or coercion, a disaster's toll, a doer that is no agent at all,
    or a private doer acting on no political party."""
    if (sense.type in ("ASSAULT", "COERCE") and is_natural(tok)) or is_natural(tok, forces_only=True):
        return True
    if sense.type == "ASSAULT" and disaster_toll(tok):
        return True
    doers = _doers(tok)
    if any(non_agent(d) for d in doers):
        return True
    if sports_copy(tok, sense, doers):  # "Argentina thrashed Bolivia 6-0": sides in a game, not states
        return True
    return sense.type in PARTY_TYPES and bool(doers) and all(private_doer(d) for d in doers) \
        and not _acts_on_party(tok) and not _protest_told(tok) \
        and not (sense.type == "ASSAULT" and communal_violence(tok))  # "herders killed 17 villagers"


def _protest_told(tok: Any) -> bool:
    """True when the verb's complement or object is a protest ("teachers threatened to strike", "threatened a
    general strike"): private doers who protest act politically, and so does their threat to."""
    table = trigger_lexicon()
    for c in tok.children:
        kind = "verb" if c.dep_ == "xcomp" else "noun" if c.dep_ == "dobj" else None
        if kind is not None:
            sense = next((s for s in table.get((kind, c.lemma_.lower()), ()) if matches(s, c)), None)
            if sense is not None and sense.type == "PROTEST":
                return True
    return False


def main_clause(tok: Any) -> bool:
    """True for the verb of a sentence's main clause (its root, or a conjunct of it): what the sentence tells,
    not a circumstance ("after the tsunami struck")."""
    while tok.dep_ == "conj" and tok.head.i != tok.i:
        tok = tok.head
    return tok.dep_ == "ROOT"


def object_of_no_doer(noun: Any, sense: TriggerSense) -> bool:
    """True for an event noun that is the direct object of a verb whose doer makes it no political act ("the
    striker fired a shot")."""
    return noun.dep_ == "dobj" and no_doer(noun.head, sense)


def _doers(tok: Any) -> list[Any]:
    """The verb's subjects; with none, the subject of the clause a participle hangs on; for a caused act, the
    causer too; a pronoun subject stands with its antecedent in the sentence before."""
    doers = list(subjects(tok))
    passive = any(c.dep_ in ("auxpass", "nsubjpass") for c in tok.children)  # its doer is its agent, unnamed
    if not doers and not passive and tok.dep_ in ("advcl", "conj") and tok.head.i != tok.i:
        doers = list(subjects(tok.head))  # "plunged ..., killing 31", "flew to X to begin a tour"
    if tok.dep_ == "xcomp" and tok.head.lemma_.lower() in CAUSATIVES:
        doers += [c for c in tok.head.children if c.dep_ == "nsubj"]
    return doers + [a for d in doers if d.lower_ in PRONOUNS for a in _antecedent(d)]


def _antecedent(pron: Any) -> list[Any]:
    """The subject of the sentence before a pronoun's (its first word's subject), when the pronoun is the first
    subject of its own sentence and the previous subject is a common noun of the pronoun's number."""
    sent = pron.sent
    if sent.start == 0 or any(t.dep_ in ("nsubj", "nsubjpass") for t in pron.doc[sent.start:pron.i]):
        return []
    prev = pron.doc[sent.start - 1].sent
    subj = [c for c in prev.root.children if c.dep_ in ("nsubj", "nsubjpass") and c.pos_ == "NOUN"]
    plural = pron.lower_ == "they"
    return [s for s in subj if (s.tag_ == "NNS") == plural]


def non_agent(noun: Any) -> bool:
    """True for a common noun (no entity) naming what acts for no one: one of ``cues.NATURAL_CAUSES``, or one
    whose first WordNet sense is a kind in ``NON_AGENT_KINDS``."""
    if not (noun.pos_ == "NOUN" and not noun.ent_type_) and not _capitalised_first(noun):
        return False
    lemma = noun.lemma_.lower()
    if lemma in NATURAL_CAUSES or lemma in NATURAL_FORCES or _falls(noun):
        return True
    word = _compound_word(noun) or lemma
    named = any(c.dep_ in ("compound", "appos") and c.pos_ == "PROPN" for c in noun.children)
    return kind_of(word, NON_AGENT_KINDS) or _illness_only(lemma) or (
        not named and _natural_object(word))  # "the gas giant Gazprom" is no planet


@lru_cache(maxsize=4096)
def _natural_object(word: str) -> bool:
    """True for a word every noun sense of which is a natural object or phenomenon (WordNet's noun.object and
    noun.phenomenon files: "volcano", "ice floe"); "bank" is also an institution, and stays a possible doer."""
    senses = [wordnet.synset(o, "n") for o in wordnet.sense_offsets(word, "n")]
    return bool(senses) and all(s.lexname in ("noun.object", "noun.phenomenon") for s in senses)


@lru_cache(maxsize=16384)
def _illness_only(lemma: str) -> bool:
    """True for a word whose first WordNet sense is an act, event or state, that can be an illness and can be no
    violence ("a stroke": first a hit in a game, later the illness; "attack" can be both and stays an act)."""
    first = wordnet.first_sense(lemma, "n")
    if first is None or first.lexname not in ("noun.act", "noun.event", "noun.state"):
        return False
    senses = [wordnet.synset(o, "n") for o in wordnet.sense_offsets(lemma, "n")]
    paths = [list(wordnet.hypernym_paths(s, 10)) for s in senses]
    ill = any(s.lexname == "noun.state" and any(set(h.words) & ILLNESS_KINDS for _, h in p)
              for s, p in zip(senses, paths))  # any sense of the word, the kinds' words: affliction has two senses
    return ill and not any(h.offset in _kind_senses(VIOLENT_KINDS) for p in paths for _, h in p)


def _falls(noun: Any) -> bool:
    """True for a doer that is a fall or a falling thing: a noun a participle of a falling verb modifies ("a
    falling tree", "collapsing scaffolding") or the noun of such a verb itself ("a fall from a horse", "the
    collapse of a roof"). Whatever it hits, no one acted: a thing does not choose its victim."""
    participles = [c.lemma_.lower() for c in noun.children if c.dep_ in ("amod", "acl") and c.tag_ in ("VBG", "VBN")]
    return any(_falling(w) for w in [noun.lemma_.lower(), *participles])


@lru_cache(maxsize=4096)
def _falling(word: str) -> bool:
    """True when a word's first WordNet verb sense is, or has on its hypernym path, the first sense of a verb of
    ``FALLING``."""
    first = wordnet.first_sense(word, "v")
    if first is None:
        return False
    wanted = {s.offset for s in (wordnet.first_sense(v, "v") for v in FALLING) if s is not None}
    return any(s.offset in wanted for _, s in wordnet.hypernym_paths(first, 10))


def _capitalised_first(noun: Any) -> bool:
    """True for a sentence's first word the tagger took for a name only because it is capitalised ("Wildfires
    forced ...", "Malaria struck down ..."): the plural of a WordNet noun, or a WordNet common noun none of whose
    senses is a named individual, with no name after it."""
    if noun.i != noun.sent.start or noun.pos_ != "PROPN" or not noun.is_title:
        return False
    if noun.i + 1 < len(noun.doc) and noun.doc[noun.i + 1].pos_ == "PROPN":
        return False
    first = wordnet.first_sense(noun.lower_, "n")
    if first is None:
        return False
    if noun.lower_ not in {w.lower() for w in first.words}:
        return noun.lower_.endswith("s")
    # a singular: only when no sense of it is a named individual ("Turkey", "Chad", "China" are also nouns)
    return not any(wordnet.synset(o, "n").instance or noun.text in wordnet.synset(o, "n").words
                   for o in wordnet.sense_offsets(noun.lower_, "n"))


def _compound_word(noun: Any) -> str | None:
    """The WordNet entry a modifier and the noun make together ("cardiac arrest", "heart attack"), if any."""
    for c in noun.children:
        if c.dep_ in ("amod", "compound") and c.i == noun.i - 1:
            word = f"{c.lower_}_{noun.lemma_.lower()}"
            if wordnet.first_sense(word, "n") is not None:
                return word
    return None


def bodily(noun: Any) -> bool:
    """True for an event noun a modifier makes something that happens to a body: one of ``BODILY`` ("heart
    attack", "panic attack"), or one that makes with it a WordNet illness or physical condition ("cardiac
    arrest"): the body's, no one's act."""
    if any(c.dep_ in ("compound", "amod") and c.lemma_.lower() in BODILY for c in noun.children):
        return True
    word = _compound_word(noun)
    return word is not None and kind_of(word, NON_AGENT_KINDS)


def private_doer(noun: Any) -> bool:
    """True for a common noun with no name of its own (no entity, no proper-noun compound or apposition but a
    place's) whose first WordNet sense, or that of the entry it makes with its modifier, is a person of a trade
    outside politics or a business."""
    if noun.pos_ != "NOUN" or noun.ent_type_:
        return False
    if any(c.dep_ in ("compound", "appos", "nmod", "poss") and (c.pos_ == "PROPN" or c.ent_type_)
           and c.ent_type_ not in PLACE_ENTITIES for c in noun.children):
        return False  # "Apple's engineers", "singer Jane Roe": the name says who ("Brazil's striker" only where from)
    # "tennis player": the entry the two words make ("player" alone is left out: players of a conflict)
    if any(c.dep_ == "compound" and c.pos_ == "NOUN" and _sport(c.lemma_.lower()) for c in noun.children):
        return True  # "the cricket team", "football fans": a side in a game
    return private_kind(_compound_word(noun) or noun.lemma_.lower())


#: WordNet kinds of games a modifier names: a doer it classifies plays ("rugby team", "chess players").
SPORT_KINDS = frozenset({"sport", "athletic_game", "board_game"})


@lru_cache(maxsize=4096)
def _sport(word: str) -> bool:
    """True when a sense of ``word`` is a kind of ``SPORT_KINDS`` ("cricket": first an insect, also the game)."""
    wanted = _kind_senses(SPORT_KINDS)
    return any(s.offset in wanted for o in wordnet.sense_offsets(word, "n")
               for _, s in wordnet.hypernym_paths(wordnet.synset(o, "n"), 10))


@lru_cache(maxsize=16384)
def private_kind(word: str) -> bool:
    """True when the first sense of ``word`` that can act (a person or a group: ``AGENT_LEXNAMES``) is a kind of
    ``PRIVATE_KINDS`` and of none of ``PUBLIC_KINDS`` ("hunter" a skilled worker, "shopper" a consumer, "airline"
    a business; "official" a skilled worker too, but an official)."""
    senses = [wordnet.synset(o, "n") for o in wordnet.sense_offsets(word, "n")]
    if not senses or senses[0].lexname not in AGENT_LEXNAMES | {"noun.artifact", "noun.object"}:
        return False  # a doer first an act, event or state is no trade ("service"): left to its words
    private, public = _kind_senses(PRIVATE_KINDS), _kind_senses(PUBLIC_KINDS | POLITICAL_KINDS)
    paths = [{s.offset for _, s in wordnet.hypernym_paths(sense, 10)} for sense in senses]
    # its first sense that can act: a person or group, or a sense of either kind ("airline": a business)
    path = next((p for s, p in zip(senses, paths) if s.lexname in AGENT_LEXNAMES or p & (private | public)), set())
    return bool(path & private) and not path & public


def _acts_on_party(tok: Any) -> bool:
    """True when a head the verb or its complement acts on (objects, objects of its prepositions but those of
    place, their conjuncts and possessors) is a named party or a political kind of noun ("met fans at a Tokyo
    mall": no party; "flew to London": a place, no party)."""
    heads: list[Any] = []
    verbs = [tok, *(c for c in tok.children if c.dep_ == "xcomp")]  # "threatened to sue the government"
    for c in (c for v in verbs for c in v.children):
        if c.dep_ in ("dobj", "dative", "nsubjpass"):
            heads.append(c)
        elif c.dep_ == "agent" or (c.dep_ == "prep" and c.lower_ not in PLACE_PREPS):
            heads += [g for g in c.children if g.dep_ == "pobj"]
    heads += [cj for h in heads for cj in h.conjuncts]
    # whose the head is: "criticised Qatar's treatment of ...", "rebel positions", "the U.S. embassy"
    heads += [m for h in heads for m in h.children if m.dep_ == "poss"
              or (m.dep_ == "compound" and (m.ent_type_ in PLACE_ENTITIES or m.pos_ == "NOUN"))]
    return any(h.ent_type_ in PARTY_ENTITIES or (h.pos_ == "NOUN" and kind_of(h.lemma_.lower(), POLITICAL_KINDS))
               for h in heads)


@lru_cache(maxsize=16384)
def kind_of(lemma: str, kinds: frozenset[str]) -> bool:
    """True when a word's first WordNet noun sense is, or has on its hypernym path, the first sense of a word of
    ``kinds`` (senses, not words: "champion" the winner, not the advocate of a cause)."""
    first = wordnet.first_sense(lemma, "n")
    if first is None:
        return False
    wanted = _kind_senses(kinds)
    return any(s.offset in wanted for _, s in wordnet.hypernym_paths(first, 10))


@lru_cache(maxsize=8)
def _kind_senses(kinds: frozenset[str]) -> frozenset[int]:
    """The offsets of the first noun senses of ``kinds`` ("word#N": its N-th sense, where the first is another
    kind: "creator#2" a maker, not God)."""
    return frozenset(s.offset for s in (_nth_sense(k) for k in kinds) if s is not None)


def _nth_sense(kind: str) -> Any:
    """The noun sense a kind names: "word" its first sense, "word#N" its N-th (None when WordNet lacks it)."""
    word, _, nth = kind.partition("#")
    if not nth:
        return wordnet.first_sense(word, "n")
    offsets = wordnet.sense_offsets(word, "n")
    return wordnet.synset(offsets[int(nth) - 1], "n") if len(offsets) >= int(nth) else None
