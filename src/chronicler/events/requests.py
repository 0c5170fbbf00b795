"""Words of asking that make no request between political sides (issue 7, session 25).

The verbs and nouns of requesting ("ask", "urge", "plead", "invite", "demand", "a plea") are listed in the events
lexicon as REQUEST (CAMEO 02 appeals, 10 demands). Wire copy also uses them where nobody asks a political side
for anything. :func:`no_request` tells, after a trigger's roles are read, when a request trigger is no event:

* **a bare question**: "asked the spokesman about the talks", "asked whether he would run": a verb of asking with
  an about-phrase or a whether/if/wh-clause and no infinitive, for-phrase or that-clause of what is wanted;
* **demand in the economic sense**: the noun "demand" with no determiner or possessor ("demand for steel
  slumped", "strong demand for lithium"): a market's demand, not anyone's (a demand someone makes is "a demand",
  "its demand", "demands"); not when a clause or a person, group or name is its content ("demand for the
  president to go");
* **private askers and asked**: both sides read are private (no side, or an actor of the business or civilian
  sector, or one with neither country nor sector), and the asker in the clause is a common noun of no public,
  armed or crowd kind or a firm ("shoppers were urged by retailers", "neighbours pleaded with the landlord",
  "investors demanded higher yields", "the company asked shareholders"). Crowds asking (protesters, students,
  workers) are left to the protest rules.

Every test is gated on the trigger's type and a lemma set before any parse or WordNet work.
"""

from __future__ import annotations

from typing import Any

from chronicler.events.agency import kind_of
from chronicler.events.force import private_person
from chronicler.events.lexicon import WORD_CLASSES

#: Verbs of asking that also ask questions.
QUESTION_VERBS = frozenset({"ask", "query", "quiz", "question"})
#: Words that open an indirect question ("asked whether ...", "asked what ...").
QUESTION_WORDS = frozenset({"whether", "if", "what", "why", "how", "when", "where", "who", "which"})
#: Sectors of the actors stage that are no political side.
PRIVATE_SECTORS = frozenset({"BUS", "CVL"})
#: Lemmas of request triggers the private-side test applies to (verbs and nouns of asking).
ASKING = frozenset({"ask", "urge", "plead", "beg", "implore", "beseech", "entreat", "invite", "invitation", "demand",
                    "request", "appeal", "plea", "petition", "solicit", "press", "insist", "seek", "call",
                    "encourage", "recommend", "exhort", "prod", "nudge", "lobby"})
#: Subject dependencies of a clause, and the agent of a passive.
SUBJECTS = frozenset({"nsubj", "nsubjpass"})
#: Words of asking with a sense that asks no one (``_other_sense``).
OTHER_SENSES = frozenset({"appeal", "plead", "invite"})
#: Modifiers of appeal as attraction ("wide appeal", "popular appeal").
ATTRACTION = frozenset({"wide", "broad", "mass", "popular", "electoral", "enduring", "widespread", "limited",
                        "sex", "universal", "cross-party", "crossover", "lasting", "commercial", "visual"})
#: Courts an appeal is lodged with.
COURTS = frozenset({"court", "tribunal", "judge", "judiciary"})
#: Kinds of what can be invited as a guest: people, groups, bodies.
INVITED_KINDS = frozenset({"person", "social_group", "organization", "people"})
#: Entities that make a demand's content a side, not a commodity.
NAMED = frozenset({"PERSON", "ORG", "GPE", "NORP"})
#: Pronoun-like nouns of people the WordNet test need not ask about.
PERSONAL = frozenset({"leader", "counterpart", "delegation", "president", "minister"})
#: WordNet kinds of public bodies a private-person test misses ("the council", "the board", "the ministry").
BODY_KINDS = frozenset({"assembly", "administration", "council", "committee", "board", "governing_body", "agency",
                        "authority", "government_department", "executive_department"})


def no_request(trig: Any, source: Any = None, target: Any = None) -> bool:
    """True when request trigger ``trig`` with its read ``source`` and ``target`` fillers is a bare question,
    economic demand, or asking between private sides (see the module docstring)."""
    if trig.type != "REQUEST":
        return False
    word = trig.noun if trig.noun is not None else trig.head
    lemma = word.lemma_.lower()
    if lemma not in ASKING and lemma not in QUESTION_VERBS:
        return False
    if trig.noun is None and lemma in QUESTION_VERBS and _question(trig.head):
        return True
    if lemma == "demand" and word.pos_ == "NOUN" and _bare_mass(word):
        return True
    if lemma in OTHER_SENSES and _other_sense(lemma, word):
        return True
    return _private(source) and _private(target) and _private_asker(trig)


def _other_sense(lemma: str, word: Any) -> bool:
    """True for a word of asking in another sense: a court appeal ("appealed against the verdict", "an appeal
    with the Supreme Court"), appeal as attraction ("wide appeal among voters"), a plea of guilty or not guilty,
    and inviting a thing rather than someone ("invite criticism", "invited bids")."""
    kids = list(word.children)
    if lemma == "appeal":
        if any(c.dep_ == "amod" and c.lower_ in ATTRACTION for c in kids):
            return True
        courts = [g for c in kids if c.dep_ == "prep" and c.lower_ in ("with", "to", "before", "in")
                  for g in c.children if g.dep_ == "pobj"]
        return any(c.dep_ == "prep" and c.lower_ in ("against", "among") for c in kids) or any(
            g.lemma_.lower() in COURTS for g in courts)
    if lemma == "plead":
        return any(c.lower_ in ("guilty", "innocent") for c in kids)
    if lemma == "invite" and word.pos_ == "VERB":
        objs = [c for c in kids if c.dep_ == "dobj"]
        if len(objs) != 1 or objs[0].ent_type_ or objs[0].pos_ != "NOUN" or objs[0].lemma_.lower() in PERSONAL:
            return False
        return not kind_of(objs[0].lemma_.lower(), INVITED_KINDS)
    return False


def _question(verb: Any) -> bool:
    """True when a verb of asking asks a question: an about-phrase or an indirect question, and nothing it asks
    for (an infinitive, a for-phrase, a that-clause)."""
    kids = list(verb.children)
    if any(c.dep_ == "xcomp" or (c.dep_ == "prep" and c.lower_ == "for") for c in kids):
        return False
    if any(c.dep_ == "ccomp" and any(g.dep_ == "mark" and g.lower_ == "that" for g in c.children) for c in kids):
        return False
    asked = kids + [g for c in kids if c.dep_ == "dobj" for g in c.children]  # "asked the spokesman about"
    if any(c.dep_ == "prep" and c.lower_ == "about" for c in asked):
        return True
    return any(c.dep_ == "ccomp" and any(g.lower_ in QUESTION_WORDS and g.i < c.i for g in c.subtree) for c in kids)


def _bare_mass(noun: Any) -> bool:
    """True for a singular noun with no determiner and no possessor ("demand for steel", "global demand") whose
    content is a thing: no clause on it, and no person, group or name in its for-phrase ("demand for the
    president to go" is a political demand)."""
    if noun.tag_ != "NN" or any(c.dep_ in ("det", "poss", "acl", "relcl") for c in noun.children):
        return False
    wanted = [g for c in noun.children if c.dep_ == "prep" and c.lower_ == "for" for g in c.children
              if g.dep_ == "pobj"]
    doc = noun.doc
    if any(g.pos_ == "PROPN" or g.ent_type_ in NAMED or kind_of(g.lemma_.lower(), INVITED_KINDS) for g in wanted):
        return False
    if noun.i + 1 < len(doc) and doc[noun.i + 1].lower_ == "for":  # the parser may hang the phrase elsewhere
        near = doc[noun.i + 2:min(noun.i + 6, noun.sent.end)]
        return not any(t.ent_type_ in ("PERSON", "ORG", "GPE") or (t.pos_ == "NOUN" and kind_of(
            t.lemma_.lower(), INVITED_KINDS)) for t in near)
    return True


def _private(filler: Any) -> bool:
    """True when a role filler is no political side: none, a business or civilian actor, or an actor with
    neither country nor sector."""
    actor = None if filler is None else filler.actor
    if actor is None:
        return True
    return actor.sector in PRIVATE_SECTORS or (actor.sector is None and actor.country is None)


def _private_asker(trig: Any) -> bool:
    """True when the one asking in the trigger's clause (its subject, the agent of a passive, or the possessor
    of a request noun) is a private person or a firm, not a crowd; with no asker named, when the asked is."""
    head = trig.head
    askers = [c for c in head.children if c.dep_ == "nsubj"]
    askers += [g for c in head.children if c.dep_ == "agent" for g in c.children if g.dep_ == "pobj"]
    if trig.noun is not None:
        askers += [c for c in trig.noun.children if c.dep_ == "poss"]
    if not askers:  # "patients were asked to fast": the asked stand in
        askers = [c for c in head.children if c.dep_ == "nsubjpass"]
    if not askers:
        return False
    crowds = WORD_CLASSES.get("crowds", frozenset())
    for a in askers:
        if a.lemma_.lower() in crowds:
            return False
        if not (private_person(a) or a.ent_type_ == "ORG") or kind_of(a.lemma_.lower(), BODY_KINDS):
            return False
    return True

