"""Event triggers over a dependency parse: verbs, event nouns and light-verb constructions.

A trigger is found in three passes over a sentence: a light verb whose object is an event noun ("held talks",
"reached an agreement"), a verb of the lexicon ("met", "threatened to"), then an event noun standing on its own
("the Nukaga-Rumsfeld meeting"). Speech acts that take a clausal complement ("agreed to share", "demanded that
X cancel") take over the triggers inside that complement, which then give only mode and target (``fold.py``).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from functools import lru_cache
from typing import Any

from chronicler.events import borrow
from chronicler.events.communal import two_sided
from chronicler.events.agency import bodily, main_clause, no_doer, object_of_no_doer
from chronicler.events.sports import sport_noun
from chronicler.events.borrow import BorrowedSense, loan
from chronicler.events.loanplace import compete
from chronicler.events.cues import (CLASSIFIED_HEADS, CONDITIONAL_FORMS, IRREGULAR, hyphenated, lemma_forms, lemmas,
                                    matches, particles, prep_objects, verb_read_as_noun)
from chronicler.events.fold import DEONTIC, fold
# The names that moved to fold.py keep their old path here:
from chronicler.events.fold import CIRCUMSTANTIAL_PREPS, COMPLEMENT_DEPS, COMPLEMENT_PREPS  # noqa: F401
from chronicler.events.fold import CONFLICT_TYPES, DOCUMENT_NOUNS, ERRAND_TYPES, MATERIAL_TYPES  # noqa: F401
from chronicler.events.fold import SENDING_VERBS, complement_tokens  # noqa: F401
from chronicler.events.lexicon import (WORD_CLASSES, Cue, TriggerSense, complement_readings, trigger_lexicon,
                                      with_complements)
from chronicler.events.main import salience
from chronicler.events.lightverbs import doer_reading, press_noun
from chronicler.events.nested import drop_nested
from chronicler.events.selection import classified_head, unfit_object
from chronicler.events.sides import coded_private, literal_use
from chronicler.events.stances import (ACCUSING, APPROVING, CONDEMNING, REJECTING, STANCE_LEMMAS, accusing_predicate,
                                       approving_finding, force_not_ruled_out, rejecting_predicate, violent_subject)

#: Nouns an event noun only classifies as a compound ("assault ship", "attack helicopter", "strike fighter").
EQUIPMENT_NOUNS = WORD_CLASSES["forces"] - {"police", "military", "force"} | {
    "rifle", "weapon", "gun", "boat", "craft", "aircraft", "plane", "drone", "group", "dog", "course", "vessel",
    "cutter", "car"}
#: Nouns that hold an event noun: "a mediation effort", "10 days of war games", "a round of talks".
CONTAINER_NOUNS = frozenset({"effort", "day", "week", "round", "series", "wave", "process", "campaign", "program",
                             "programme", "bout", "string", "spate", "initiative", "mission", "state"})
#: Verbs reporting an obligation as a request ("said that Y must return ...").
DEONTIC_REPORTERS = frozenset({"say", "tell", "state", "announce", "declare", "conclude", "insist", "stress",
                               "argue", "add", "write"})
VERB_TAGS = frozenset({"VB", "VBD", "VBG", "VBN", "VBP", "VBZ"})
#: Nouns of an act that did not happen: "the ministry's failure to pay salaries" pays nothing.
INABILITY_NOUNS = frozenset({"inability", "failure", "incapacity", "unwillingness", "impossibility"})
#: Nouns of what may come, whose of-object is no act told ("little likelihood of parole").
POSSIBILITY_NOUNS = frozenset({"possibility", "likelihood", "moment", "probability", "eventuality"})
#: Nouns of intent: "no intention of" refuses what follows.
INTENT_NOUNS = frozenset({"intention", "intent", "plan", "desire", "wish", "interest"})


#: Verbs of wanting: wanting someone else to act is asking them to ("Washington wants Tokyo to implement ...").
DESIRE_VERBS = frozenset({"want", "wish", "like"})
DESIRE = TriggerSense("verb", "<desire>", Cue(), "REQUEST", None, "020", "matrix")
ON_HOLD = TriggerSense("verb", "<on hold>", Cue(), "SANCTION", "discontinue", "160", "act")
#: People "were held" (passive, no particle): detained.
HELD = TriggerSense("verb", "<were held>", Cue(), "COERCE", "arrest", "173", "act")
#: Nouns of people who may be held (besides names, nationalities and personal pronouns).
PEOPLE_NOUNS = frozenset({"man", "woman", "people", "person", "child", "journalist", "reporter", "activist",
                          "protester", "demonstrator", "worker", "missionary", "tourist", "foreigner", "national",
                          "citizen", "soldier", "student", "lawyer", "suspect", "dissident", "opponent", "member",
                          "leader", "crew", "sailor", "fisherman", "passenger", "blogger", "volunteer", "official",
                          "prisoner", "detainee", "hostage", "captive", "migrant", "refugee"})
PERSONAL_PRONOUNS = frozenset({"he", "she", "they", "we", "i", "you"})


@dataclass
class Trigger:
    """A found trigger: ``head`` carries the syntax (a verb, or the noun itself), ``noun`` the event noun if any."""

    head: Any  # spaCy Token
    sense: TriggerSense
    type: str
    noun: Any = None
    complements: list["Trigger"] = field(default_factory=list)
    governor: "Trigger | None" = None  # a speech act that yielded to this trigger ("ordered ... to")
    content_of: "Trigger | None" = None  # the speech act whose content this is ("agreed to (move ...)")

    @property
    def standalone(self) -> bool:
        """True for an event noun on its own (no verb carries it)."""
        return self.noun is not None and self.noun.i == self.head.i

    @property
    def tokens(self) -> list[Any]:
        """The trigger's own tokens (light verb and noun, or one word, with a particle)."""
        toks = [self.head] + ([self.noun] if self.noun is not None and not self.standalone else [])
        toks += particles(self.head)
        noun = self.noun
        if noun is not None and any(("noun", w) in trigger_lexicon() for w in hyphenated(noun)):
            toks += [noun.doc[noun.i - 2], noun.doc[noun.i - 1]]  # the whole of "cease-fire"
        return sorted(set(toks), key=lambda t: t.i)

    @property
    def char_span(self) -> tuple[int, int]:
        """First and last character of the trigger words (they may be apart: "held ... talks")."""
        toks = self.tokens
        return toks[0].idx, toks[-1].idx + len(toks[-1].text)

    @property
    def text(self) -> str:
        """The trigger words joined by spaces."""
        return " ".join(t.text for t in self.tokens)



def _senses(kind: str, tok: Any) -> tuple[TriggerSense, ...]:
    if kind != "noun":
        return _form_senses(kind, tok.lemma_, tok.lower_)
    table = trigger_lexicon()
    # Nouns: the lemma or the plain form only (stemming "refugees" would give "refuge").
    for lemma in hyphenated(tok) + [tok.lemma_.lower(), tok.lower_]:
        if (kind, lemma) in table:
            return table[(kind, lemma)]
    return ()


@lru_cache(maxsize=65536)
def _form_senses(kind: str, lemma: str, low: str) -> tuple[TriggerSense, ...]:
    """The lexicon rows of the first of a verb's :func:`lemmas` the lexicon lists (they depend on its lemma and
    form alone: looked up once per pair)."""
    table = trigger_lexicon()
    readings = complement_readings() if kind == "verb" else {}
    for form in lemma_forms(lemma, low):
        if (kind, form) in table or form in readings:
            return with_complements(form, table.get((kind, form), ())) if kind == "verb" else table[(kind, form)]
    return ()


def _first(kind: str, tok: Any, obj: Any = None) -> TriggerSense | None:
    """The first lexicon row of ``kind`` whose cue ``tok`` (with ``obj`` as a light verb's object) meets, or None.
    Without ``obj``, a parse view's token is answered once per view (the trigger finder, the light-verb reading
    and the fallback ask again for the same words; a view lives for one document's read, within which neither
    the parse nor the lexicon changes)."""
    if obj is None:
        memo = getattr(tok.doc, "answers", None)
        if memo is not None:
            key = ("first", kind, tok.i)
            if key in memo:
                return memo[key]
            found = memo[key] = _first_plain(kind, tok)
            return found
    return _first_plain(kind, tok, obj)


def _first_plain(kind: str, tok: Any, obj: Any = None) -> TriggerSense | None:
    """:func:`_first` read anew (no memo)."""
    for sense in _senses(kind, tok):
        if matches(sense, tok, obj):
            return sense
    return None


def _is_verb(tok: Any) -> bool:
    if tok.tag_ not in VERB_TAGS or tok.pos_ not in ("VERB", "AUX") or tok.dep_ in ("amod", "compound"):
        return False
    if tok.dep_ == "acl" and tok.head.lemma_.lower() in INABILITY_NOUNS:
        return False
    if tok.lower_ in CONDITIONAL_FORMS and _conditional_use(tok):
        return False  # "provided the rebels halt attacks": a condition, not a provision
    # "traders expelled from Nigeria": a participle modifier with no agent names no one who acted.
    return not (tok.dep_ == "acl" and tok.tag_ == "VBN" and not any(c.dep_ == "agent" for c in tok.children))


def _is_event_noun(tok: Any) -> bool:
    # a lower-case word tagged a proper noun is the tagger's slip ("expressed solidarity/NNP with ...")
    if tok.pos_ != "NOUN" and not (tok.pos_ == "PROPN" and tok.is_lower and tok.is_alpha):
        return False
    return not press_noun(tok)  # "press conference", "news release": said to reporters (lightverbs.py)


def _conditional_use(tok: Any) -> bool:
    """True for "provided/providing (that) X ...": no subject, auxiliary, agent or object of its own, and a clause
    (its subject) right after it; the parser reads it many ways."""
    if any(c.dep_ in ("nsubj", "nsubjpass", "aux", "auxpass", "agent", "dobj", "dative") for c in tok.children):
        return False
    if tok.i + 1 >= len(tok.doc):
        return False
    nxt = tok.nbor(1)
    return nxt.lower_ == "that" or nxt.pos_ in ("DET", "PROPN", "PRON", "NOUN") or any(
        c.dep_ in ("ccomp", "advcl", "mark") for c in tok.children)


def find_triggers(sent: Any, borrow: bool = True) -> list[Trigger]:
    """Triggers of one spaCy sentence span, complements already folded into their speech acts. With ``borrow``,
    a verb or event noun the lexicon does not list may borrow a sense through WordNet (``borrow.py``)."""
    found: list[Trigger] = []
    used_nouns: set[int] = set()
    unlisted_nouns: list[Any] = []
    ruled_out = False  # a lexicon verb whose doer makes it no political act (agency.no_doer)
    refused: set[int] = set()  # verbs refused a guarded loan for a doer coded as a firm: their objects name none
    no_act: set[int] = set()  # verbs agency.no_doer ruled out: their complements are the same doer's acts
    silenced: set[int] = set()  # verbs a typeless lexicon row rules out: their objects name no event
    toks = list(sent)  # spaCy makes a new Token object on every step over a span: once, not once per pass
    for tok in toks:
        if not _is_verb(tok):
            continue
        if tok.dep_ == "xcomp" and tok.head.i in no_act:  # "the airline threatened to cancel flights"
            no_act.add(tok.i)
            continue
        if _on_hold(tok):  # "put its aid programme on hold": a suspension
            found.append(Trigger(tok, ON_HOLD, "SANCTION"))
            continue
        if _held_people(tok):  # "two reporters were held at a checkpoint"
            found.append(Trigger(tok, HELD, "COERCE"))
            continue
        first: list[TriggerSense | None] = []  # the verb's first fitting row, asked once (``_light`` may ask it)
        light = _light(tok, first)
        if light is not None:
            if no_doer(tok, light.sense):  # "the singer began her tour": no one's political act
                ruled_out |= main_clause(tok)
                no_act.add(tok.i)
            else:
                found.append(light)
            used_nouns.add(light.noun.i)
            continue
        sense = (first[0] if first else _first("verb", tok)) or (
            loan("verb", tok) if borrow and salience(tok)[0] == 0 else None)
        if sense is None and borrow and coded_private(tok) and loan("verb", tok, guard=False) is not None:
            refused.add(tok.i)  # "BP completed the relief well": a firm's act, refused a loan (sides.py)
        if sense is not None and not sense.type and sense.cue.specific:
            silenced.add(tok.i)  # "cut interest rates", "carried out a survey": what it acts on is no event either
        if sense is not None and sense.mode == "riot" and two_sided(tok):  # communities fight each other
            sense = next((s for s in _senses("verb", tok) if s.type == "ASSAULT" and matches(s, tok)), sense)
        if sense is not None and sense.type == "COERCE" and _reflexive(tok):
            continue  # "surrounded himself with loyal officers": no coercion of anyone ("blew himself up" stays an attack)
        if sense is not None and sense.type and no_doer(tok, sense):
            ruled_out |= main_clause(tok)  # what the sentence tells is no one's act: no loans of nouns stand in
            no_act.add(tok.i)
        elif sense is not None and sense.type and not unfit_object(tok, sense) \
                and not literal_use(tok, sense):  # not "ranchers rounded up stray cattle" (sides.py)
            found.append(Trigger(tok, sense, sense.type))
    for tok in toks:  # "the two meet in Tokyo", "Rice heads to Seoul": a verb the tagger read as a noun
        if verb_read_as_noun(tok):
            sense = _first("verb", tok)
            if sense is not None and sense.type and sense.role == "act":
                found.append(Trigger(tok, sense, sense.type))
                used_nouns.add(tok.i)
    chosen_by = {t.head.i: t.sense.cue.obj for t in found if t.noun is None}
    for tok in toks:
        if tok.i in used_nouns or not _is_event_noun(tok):
            continue
        if tok.dep_ == "compound" and tok.head.dep_ in ("dobj", "nsubjpass") \
                and tok.lemma_.lower() in chosen_by.get(tok.head.head.i, ()):
            continue  # "fired warning shots": the word that chose the verb's sense is part of that trigger
        if tok.dep_ == "dobj" and tok.lemma_.lower() in chosen_by.get(tok.head.i, ()):
            continue  # "fighting extradition": so is an object that chose it
        if bodily(tok):
            continue  # "heart attacks", "panic attack": the body's, no one's act
        if tok.dep_ == "dobj" and tok.head.i in silenced:
            continue
        if tok.dep_ == "dobj" and tok.head.i in refused:
            continue  # what a firm's refused act acts on tells no event of its own ("the relief well")
        if _chatter(tok):
            continue  # "loose talk of a default": discussion, not negotiations
        if tok.dep_ == "compound" and tok.head.pos_ == "NOUN" and _senses("noun", tok.head):
            continue  # "live-fire exercises", "ceasefire agreement": the head noun names the event
        if tok.dep_ == "compound" and tok.head.lemma_.lower() in EQUIPMENT_NOUNS:
            continue  # "amphibious assault ship", "attack helicopters": a kind of equipment, no event
        if tok.dep_ == "compound" and (tok.head.lemma_.lower() in CLASSIFIED_HEADS or classified_head(tok.head)):
            continue  # "aid workers", "war crimes tribunal", "threat level", "strike fund": a kind of person or thing
        if tok.dep_ == "pobj" and tok.head.lower_ == "of" and tok.head.head.lemma_.lower() in POSSIBILITY_NOUNS:
            continue  # "little likelihood of parole": no act told
        sense = _first("noun", tok)
        if sense is not None and tok.dep_ == "conj" and any(
                t.noun is not None and t.noun.i == tok.head.i and t.type == sense.type for t in found):
            continue  # "condolences and sympathy": one act named twice
        if sense is None and borrow:
            unlisted_nouns.append(tok)
        if sense is not None and sense.type and sense.role != "hosted" and not object_of_no_doer(tok, sense) \
                and not sport_noun(tok, sense):  # not "won four Oscars"
            found.append(Trigger(tok, sense, sense.type, noun=tok))  # not "the striker fired a shot"
    for tok in toks:  # "X said Y must ...": an obligation reported by someone else is a request
        if tok.dep_ == "ccomp" and tok.head.lemma_.lower() in DEONTIC_REPORTERS and _deontic(tok) \
                and tok.head.i not in {t.head.i for t in found}:
            found.append(Trigger(tok.head, DEONTIC, "REQUEST"))
    for tok in toks:  # "X wants Y to ...": a request to Y
        if tok.lemma_.lower() in DESIRE_VERBS and tok.pos_ == "VERB" and _wants_other(tok) \
                and tok.i not in {t.head.i for t in found}:
            found.append(Trigger(tok, DESIRE, "REQUEST"))
    for tok in toks:  # "the proposal was unacceptable": a rejection of the subject, by whoever said so
        if tok.lemma_.lower() not in STANCE_LEMMAS:
            continue  # only a copula or a finding verb states one (the three tests below hold for no other word)
        stance = REJECTING if rejecting_predicate(tok) else ACCUSING if accusing_predicate(tok) else \
            APPROVING if approving_finding(tok) else None
        if stance is REJECTING and violent_subject(tok):
            stance = CONDEMNING  # "attacks on reporters are unacceptable": a condemnation of the act, not a rejection
        if stance is not None:
            head = tok.head if tok.dep_ == "ccomp" and tok.head.lemma_.lower() in DEONTIC_REPORTERS else tok
            if head.i not in {t.head.i for t in found}:
                found.append(Trigger(head, stance, stance.type or ""))
    protest_nouns = {t.noun.i for t in found if t.type == "PROTEST" and t.noun is not None}
    # "protests calling for early elections": what a protest demands is part of the protest, not a request
    found = [t for t in found if not (t.type == "REQUEST" and t.noun is None and t.head.dep_ == "acl"
                                      and t.head.head.i in protest_nouns)]
    for t in found:
        if t.type == "REJECT" and force_not_ruled_out(t.head):
            t.type = "THREATEN"  # "did not rule out military action"
        elif t.noun is not None and t.noun.lemma_.lower() in INTENT_NOUNS and any(
                c.dep_ == "det" and c.lower_ == "no" for c in t.noun.children):
            t.type = "REJECT"  # "has no intention of handing over ..."
    if not found:
        found = _mistagged(sent)
    if not ruled_out and all(isinstance(t.sense, BorrowedSense) for t in found):  # only where nothing else fired
        for tok in unlisted_nouns:
            sense = loan("noun", tok) if salience(tok)[0] == 0 else None
            if sense is not None and sense.type and sense.role != "hosted" and not object_of_no_doer(tok, sense) \
                    and not sport_noun(tok, sense):
                found.append(Trigger(tok, sense, sense.type, noun=tok))
    folded = drop_nested(fold(compete(found)))
    for t in folded:
        if t.sense is DEONTIC:
            comp = next(c for c in t.head.children if c.dep_ == "ccomp" and _deontic(c))
            if all(c.head.i != comp.i for c in t.complements):
                t.complements.append(Trigger(comp, DEONTIC, ""))
    return folded


def _held_people(tok: Any) -> bool:
    """True for a passive "hold" without particle whose subject is people: a name or nationality, a personal
    pronoun, a noun of people, or people of a nationality ("two reporters were held for hours")."""
    if tok.lemma_.lower() != "hold" or tok.tag_ != "VBN" or particles(tok):
        return False
    if not any(c.dep_ == "auxpass" for c in tok.children):
        return False
    for c in tok.children:
        if c.dep_ == "nsubjpass":
            return c.ent_type_ in ("PERSON", "NORP") or c.lower_ in PERSONAL_PRONOUNS \
                or c.lemma_.lower() in PEOPLE_NOUNS or (c.pos_ == "NOUN" and c.tag_ == "NNS" and any(
                    g.dep_ == "amod" and g.ent_type_ == "NORP" for g in c.children))  # "two Canadian engineers"
    return False


def _reflexive(tok: Any) -> bool:
    """True when a verb's direct object is a reflexive pronoun ("himself", "themselves")."""
    return any(c.dep_ == "dobj" and c.lower_.endswith(("self", "selves")) for c in tok.children)


def _chatter(tok: Any) -> bool:
    """True for "talk" in the singular as discussion ("much talk about", "loose talk of"): talks in the plural,
    or "peace talk", are negotiations."""
    if tok.lemma_.lower() != "talk" or tok.tag_ != "NN" or any(c.dep_ == "compound" for c in tok.children):
        return False
    return any(c.dep_ == "prep" and c.lower_ in ("about", "of") for c in tok.children) or any(
        c.lower_ in ("lot", "much", "more", "less", "little", "loose", "idle", "tough", "big") for c in tok.children)


def _on_hold(tok: Any) -> bool:
    """True for "put/placed X on hold / on ice / in abeyance" (X a measure, aid or talks)."""
    if tok.lemma_.lower() not in ("put", "place", "keep") or not any(c.dep_ == "dobj" for c in tok.children):
        return False
    return any(c.dep_ == "prep" and c.lower_ in ("on", "in") and any(
        g.lemma_.lower() in ("hold", "ice", "abeyance") for g in c.children) for c in tok.children)


def _wants_other(tok: Any) -> bool:
    """True for "wants Y to V": a to-infinitive complement with a subject of its own (a name or noun)."""
    has_obj = any(c.dep_ == "dobj" and c.pos_ in ("PROPN", "NOUN") for c in tok.children)  # "like Turkey to"
    for c in tok.children:
        if c.dep_ in ("ccomp", "xcomp") and any(a.dep_ == "aux" and a.lower_ == "to" for a in c.children):
            if has_obj or any(g.dep_ == "nsubj" and g.pos_ in ("PROPN", "NOUN") for g in c.children):
                return True
    return False


def _mistagged(sent: Any) -> list[Trigger]:
    """In a sentence with no trigger, a past-tense verb the tagger took for a modifier ("the IMF froze aid" read as
    "froze aid"): a word with a past form right after a name or noun, typed by the lexicon."""
    for tok in sent:
        low = tok.lower_
        if tok.i == sent.start or not (low in IRREGULAR or low.endswith("ed")) or tok.pos_ not in ("ADJ", "NOUN",
                                                                                                 "PROPN", "VERB"):
            continue
        if tok.pos_ == "VERB" and tok.dep_ not in ("amod", "compound"):
            continue  # a verb the parser got right found no sense before
        if tok.nbor(-1).pos_ not in ("PROPN", "NOUN"):
            continue
        obj = tok.head if tok.dep_ in ("amod", "compound") and tok.head.i > tok.i else None
        for sense in _senses("verb", tok):
            if sense.type and (not sense.cue.specific or (obj is not None and matches(sense, tok, obj))):
                return [Trigger(tok, sense, sense.type)]
    return []


def _deontic(tok: Any) -> bool:
    aux = {c.lower_ for c in tok.children if c.dep_ == "aux"}
    return bool(aux & {"must", "should", "ought"}) and tok.pos_ in ("VERB", "AUX")


def no_event(tok: Any) -> bool:
    """True when the first verb row of the lexicon whose conditions hold has no type: a use the lexicon rules out
    ("would not seek a second term"), which neither a light-verb reading nor a default reading may bring back."""
    return _ruled_out(next((s for s in _senses("verb", tok) if matches(s, tok)), None))


def _ruled_out(sense: TriggerSense | None) -> bool:
    """:func:`no_event`'s test on the verb's first fitting row ``sense``."""
    return sense is not None and not sense.type and sense.cue.specific > 0


def _light(tok: Any, first: list[TriggerSense | None] | None = None) -> Trigger | None:
    """A light verb with an event-noun object (``held talks``), or None. ``first``: an empty list the verb's first
    fitting row (``_first("verb", tok)``) is put in when it is read here, for the caller to reuse."""
    senses = _senses("light", tok)
    if not senses:
        return None
    if first is None:
        if no_event(tok):
            return None
    else:
        first.append(_first("verb", tok))
        if _ruled_out(first[0]):
            return None
    if _complement_reading(tok):
        return None
    if any(c.dep_ == "oprd" for c in tok.children) or sum(c.dep_ == "dobj" for c in tok.children) > 1:
        return None  # "called the protest a provocation": the object is characterised, not an event the verb hosts
    objs = [c for c in tok.children if c.dep_ in ("dobj", "nsubjpass")]
    objs += prep_objects(tok, ("on", "under"))  # "went on strike", "was put under investigation"
    if tok.dep_ == "relcl" and not objs and tok.head.pos_ == "NOUN":
        objs.append(tok.head)  # "the accord the two governments reached": the noun the clause describes
    for obj in objs:
        obj = _contained(obj)
        if not _is_event_noun(obj) and obj.lemma_.lower() != "fire":
            continue
        if bodily(obj):
            continue  # "had heart attacks"
        noun_sense = doer_reading(tok, obj) or _first("noun", obj)  # "farmers mounted a blockade" (lightverbs.py)
        for sense in senses:
            if not matches(sense, tok, obj):
                continue
            if sense.type:
                return Trigger(tok, sense, sense.type, noun=obj)
            if noun_sense is not None and noun_sense.type:
                return Trigger(tok, noun_sense, noun_sense.type, noun=obj)
    return None


def _complement_reading(tok: Any) -> bool:
    """True when a typed complement reading of the verb holds ("gave up its objection" CONCEDE): the particle and
    the object class decide, not a light verb hosting the object noun (``lexicon.complement_readings``)."""
    readings = complement_readings()
    form = next((f for f in lemma_forms(tok.lemma_, tok.lower_) if f in readings), None)
    return form is not None and any(s.type and matches(s, tok) for s in readings[form])


def _contained(noun: Any) -> Any:
    """The event noun inside a container noun: "10 days of war games", "a mediation effort"."""
    if noun.lemma_.lower() not in CONTAINER_NOUNS:
        return noun
    for c in noun.children:
        if c.dep_ == "compound" and trigger_lexicon().get(("noun", c.lemma_.lower())):
            return c
        if c.dep_ == "prep" and c.lower_ == "of":
            for g in c.children:
                if g.dep_ == "pobj" and (trigger_lexicon().get(("noun", g.lemma_.lower())) or g.pos_ == "NOUN"):
                    return g
    return noun


def forget_lexicon_lookups() -> None:
    """Clear the memos of lexicon lookups (rows by form, listed words, lenders) after the lexicon is changed in place
    (a word taken out by an eval or a test): they would answer for the lexicon as it was when first asked."""
    for memo in (_form_senses, borrow._listed_word, borrow._any_listed, borrow._lending_words):
        memo.cache_clear()
    borrow._MAY_LEND.clear()
