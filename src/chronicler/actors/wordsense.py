"""Sectors for actor nouns, titles and adjectives our word lists lack, borrowed through WordNet 3.0.

A common noun for people that no lexicon table lists ("herdsmen", "stevedores", "Sergeant ...") borrows the sector
of the nearest listed word WordNet makes it a synonym or a kind of: "stevedore" → dockworker (listed LAB);
"sergeant" → officer (listed MIL). Decisions (each measured by the leave-one-out in ``eval/actors.py``):

- only the word's first noun sense is read (WordNet orders senses by frequency), and only when it names people or
  a body of people (``noun.person``, ``noun.group``) and is no named individual ("Hamas" is an instance);
- the walk goes breadth-first up at most ``MAX_DEPTH`` hypernym steps; a word too general to say a sector
  (``GENERAL``: person, people, group, official, leader, worker, force, side, member ...) neither lends nor lets the
  walk go past it ("lawmaker" is a kind of leader, and "leader" would make every lawgiver a government);
- when nothing is found one step up, the sense's direct hyponyms lend if at least ``HYPONYM_MIN`` listed ones do,
  else its sisters under a parent with at most ``SIBLING_FAMILY`` kinds; a generic role ends the walk too;
- the lenders found at one distance vote; a tie lends nothing;
- a listed word lends only its first ``LENDER_SENSES`` senses and only when it names people first ("mob" is
  listed for a crowd, not for a crime syndicate; "houses" and "village" lend nothing), never as a generic role
  whose sector is its body's ("negotiator", "staff"), never "speaker" (listed for a parliament's Speaker).

A thing is an actor only as state military equipment (PLOVER's MIL: "all state-military personnel/equipment"): an
unlisted noun whose first sense is an artifact WordNet files under a military vehicle, warship, warplane or the
artillery ("frigate", "corvette", "howitzer") is MIL; a civil craft ("airliner", "jet") is not, whatever the lists
say of "aircraft".

An adjective before a generic actor noun lends the sector of the noun WordNet says it pertains to ("parliamentary"
→ parliament: LEG). A borrowed entry is less sure than a listed one (``CONFIDENCE``) and names its lender in its
note. The lists always win: extraction asks here only for words they lack. Read at run time from the WordNet
files (``chronicler.nlp.wordnet``) and cached per word; without the files nothing is borrowed.
"""

from __future__ import annotations

from dataclasses import replace
from functools import lru_cache
from typing import Any

from chronicler.actors.buildingsector import PLACING, building_entry
from chronicler.actors.extract import Comp
from chronicler.actors.learned.act import learned_entry
from chronicler.actors.lexicon import NOUN_KINDS, Entry, Lexicon, default_lexicon
from chronicler.actors.nooffice import no_office_entry, no_office_word, people_senses
from chronicler.nlp import wordnet
from chronicler.nlp.memo import token_indices, token_strings

_NOUNS = frozenset({"NOUN", "PROPN"})
_ADJ = frozenset({"ADJ"})
#: Lexicographer files of senses that name people or bodies of people.
PEOPLE_LEXNAMES = ("noun.person", "noun.group")
#: How far up the hypernyms a walk goes; how many senses of an adjective are read; how many senses of a listed
#: word lend; how many listed hyponyms must agree to lend.
MAX_DEPTH = 4
MAX_ADJECTIVE_SENSES = 2
LENDER_SENSES = 2
HYPONYM_MIN = 2
SIBLING_FAMILY = 12
#: Confidence of a borrowed sector (a listed word has 1.0, or its table's own figure).
CONFIDENCE = 0.6
#: Words too general to lend a sector (and where a walk up the hypernyms stops): a kind of person, group,
#: official or leader may belong to any sector.
GENERAL = frozenset({
    "people", "person", "individual", "someone", "somebody", "group", "grouping", "official", "functionary",
    "leader", "force", "side", "member", "members", "worker", "skilled worker", "employee", "adult", "man", "woman",
    "organization", "organisation", "unit", "social group", "body", "representative", "deputy", "agent", "expert",
    "professional", "chief", "head", "authority", "administration", "party",
})


def borrowed_components(sdoc: Any, lex: Lexicon, cands: list[Comp]) -> list[Comp]:
    """Common nouns for people the lexicon does not list ("gendarmes", "legislator"), each with the sector of the
    listed word WordNet makes it a synonym or kind of; a noun inside a listed phrase is left to it."""
    listed = {i for c in cands if c.kind in NOUN_KINDS for i in c.tokens()}
    placed = {i for c in cands if c.kind in PLACING for i in c.tokens()}
    out = []
    ent_types = token_strings(sdoc, "ENT_TYPE")
    # the words' part of speech, dependency and lower case from the per-Doc columns (a Token's ``pos_``, ``dep_``
    # and ``lower_`` look their strings up anew on each read)
    pos, deps, lower = (token_strings(sdoc, a) for a in ("POS", "DEP", "LOWER"))
    n = len(pos)
    for i in token_indices(sdoc, "POS", _NOUNS):
        # (only nouns and proper nouns outside listed phrases and entities: most words are not even made Tokens)
        if i in listed or ent_types[i]:
            continue
        t = sdoc[i]
        noun = pos[i] == "NOUN"
        # "Gendarme Ali Hassan", "mediator Ali Hassan": a people noun right before a name is the person's title
        # (tagged a proper noun when capitalised)
        titled = i + 1 < n and ent_types[i + 1] == "PERSON" and (noun or t.is_title) and sdoc[i + 1].ent_iob_ == "B"
        # a common noun opening the sentence is often tagged a proper noun ("Pensioners marched"): read as a noun
        if not noun and not titled and not t.is_sent_start:
            continue
        if not titled and deps[i] in {"compound", "nmod"} and t.head.i not in listed and t.head.ent_type_ != "PERSON" \
                and not _sectorless_people(t.head):
            continue  # "tourist bus", "pupil numbers": a people noun classifying a thing (but "yakuza bosses")
        if not titled and deps[i] != "compound" and t.tag_ == "NN" and not any(
                c.dep_ in {"det", "poss", "amod", "compound", "nummod", "nmod"} for c in t.children):
            continue  # a bare singular ("in exile", "under guard") names a state or a mass, not someone
        word = lower[i]
        entry = borrow(word, lex)
        if entry is None and not no_office_word(word):  # no listed word lends one: the learned model, when it
            entry = learned_entry(t, lex)  # is sure enough (learned/act.py); never for a sports or show word
        if entry is None:  # "a Czech brewery", "a refinery in Nigeria": a placed building's body (buildingsector.py)
            entry = building_entry(t, lex, placed)
        if entry is not None:
            kind = "title" if titled else entry.kind
            out.append(Comp(i, i + 1, kind, t.text, replace(entry, kind=kind)))
    return out + _borrowed_adjectives(sdoc, lex, cands + out)


def _sectorless_people(head: Any) -> bool:
    """True for a noun naming people by a rank no sector goes with ("bosses", "ringleaders", "kingpins"): a people
    noun before it says whose ("yakuza bosses" are criminals, as "mafia bosses" are)."""
    if head.pos_ != "NOUN":
        return False
    first = wordnet.first_sense(head.lower_, "n")
    return first is not None and first.lexname == "noun.person" and borrow(head.lower_) is None


def _borrowed_adjectives(sdoc: Any, lex: Lexicon, cands: list[Comp]) -> list[Comp]:
    """An adjective the lexicon lacks before a generic actor noun ("judicial officials", "parliamentary
    delegation"): WordNet says which noun it pertains to (judge, parliament); that noun's sector is the group's."""
    from chronicler.actors.wording import GENERIC_GROUPS, GENERIC_ROLES

    owner = {i: c for c in cands for i in c.tokens()}
    out = []
    for t in map(sdoc.__getitem__, token_indices(sdoc, "POS", _ADJ)):
        if t.dep_ != "amod":
            continue
        head = owner.get(t.head.i)
        if t.i in owner or head is None or head.entry is None \
                or head.kind not in NOUN_KINDS or t.ent_type_:
            continue
        generic = head.text.lower() in GENERIC_GROUPS or head.entry.name in GENERIC_ROLES \
            or head.text.lower().removesuffix("s") in GENERIC_ROLES
        entry = borrow_adjective(t.lower_, lex) if generic else None
        if entry is not None:
            out.append(Comp(t.i, t.i + 1, "group", t.text, entry))
    return out


def _listed(lex: Lexicon, word: str, exclude: frozenset[str]) -> Entry | None:
    """The lexicon's sector-bearing entry for a WordNet lemma ("police_officer"), singular or plural."""
    text = word.replace("_", " ").lower()
    if text in GENERAL:
        return None
    forms = [text, text + "s", text + "es", text[:-1] + "ies" if text.endswith("y") else "",
             text[:-3] + "men" if text.endswith("man") else ""]
    for form in forms:
        if not form or form in exclude:
            continue
        e = lex.nouns.get(form)
        if e is not None and e.sector and e.kind in {"group", "title"} and _lender(form):
            return e
    return None


@lru_cache(maxsize=4096)
def _lender(form: str) -> bool:
    """A listed word may lend its sector when it is no generic role (its sector is its body's: "negotiator",
    "staff") and it names people first (not "houses", "bombs" or "village", which the lexicon lists for what
    happens to them)."""
    from chronicler.actors.wording import GENERIC_GROUPS, GENERIC_ROLES

    if form in GENERIC_ROLES or form in GENERIC_GROUPS or form in NOT_LENDERS \
            or (form.endswith("s") and form[:-1] in GENERIC_ROLES | NOT_LENDERS):
        return False
    first = wordnet.first_sense(form, "n")
    return first is None or first.lexname in PEOPLE_LEXNAMES


#: Unlisted words whose first WordNet sense is not the one news reports mean: an "aide" is an aide-de-camp
#: (MIL) there and a political aide in the news; an "inspector" a police inspector there and a weapons or safety
#: inspector in the news; an "assistant" takes whatever body it serves; an "interlocutor" is a minstrel show's
#: middleman there and a party to talks in the news.
NOT_BORROWERS = frozenset({"aide", "inspector", "assistant", "interlocutor"})
#: Listed words whose listed sense is not WordNet's first: "speaker" is listed for a parliament's Speaker (LEG),
#: WordNet's speaker is anyone who talks (a witness, a lecturer).
NOT_LENDERS = frozenset({"speaker", "speakers"})


def _stops(words: tuple[str, ...]) -> bool:
    """A synset the walk does not go past: a general word, or a generic role whose sector is its body's (a kind of
    negotiator is whosever negotiator it is)."""
    from chronicler.actors.wording import GENERIC_GROUPS, GENERIC_ROLES

    return any(w.replace("_", " ") in GENERAL | GENERIC_ROLES | GENERIC_GROUPS for w in words)


def borrow(word: str, lex: Lexicon | None = None, exclude: frozenset[str] = frozenset()) -> Entry | None:
    """The entry an unlisted actor noun borrows through WordNet, or None.

    ``exclude`` names lexicon surface forms to treat as unlisted (the leave-one-out evaluation removes a word and
    its plural this way). The result's kind (group or title) is the lending word's; its sector too; its country
    is not borrowed (a title existing only in one country says nothing of its kinds)."""
    lex = lex or default_lexicon()
    if lex is default_lexicon() and not exclude:
        return _borrow_cached(word.lower())
    return _borrow(word.lower(), lex, exclude)


@lru_cache(maxsize=8192)
def _borrow_cached(word: str) -> Entry | None:
    return _borrow(word, default_lexicon(), frozenset())


#: WordNet classes of state military equipment (lemmas of their synsets) and how far above a word they may be.
MILITARY_EQUIPMENT = frozenset({"military_vehicle", "warship", "warplane", "artillery"})
EQUIPMENT_DEPTH = 3


def _military_equipment(sense: wordnet.Synset, word: str) -> Entry | None:
    """MIL for an artifact sense filed under a class of military equipment (a frigate is a warship), else None."""
    for depth, s in wordnet.hypernym_paths(sense, EQUIPMENT_DEPTH):
        hit = next((w for w in s.words if w.lower() in MILITARY_EQUIPMENT), None)
        if hit is not None:
            how = "synonym" if depth == 0 else "a kind"
            return Entry("group", word, None, "MIL", word, CONFIDENCE, f"wordnet: {how} of {hit.replace('_', ' ')!r}")
    return None


def _borrow(word: str, lex: Lexicon, exclude: frozenset[str]) -> Entry | None:
    if word in GENERAL or word in NOT_BORROWERS or word.removesuffix("s") in NOT_BORROWERS \
            or not word.replace("-", "").isalpha() or len(word) < 3:
        return None
    sense = wordnet.first_sense(word, "n")
    if sense is not None and sense.lexname == "noun.artifact" and not sense.instance:
        return _military_equipment(sense, word)
    if sense is None or sense.lexname not in PEOPLE_LEXNAMES or sense.instance:
        return None  # a word mostly naming a thing or a place is not an actor noun; a named one is no common noun
    lenders = _nearest(sense, lex, exclude)
    if not any(depth == 0 for _, _, depth in lenders):  # a listed synonym wins; else no sister lends a sports star
        entry = no_office_entry(word, sense)  # or a hero a state sector (nooffice.py)
        if entry is not None:  # ... unless another people sense of the word lends one ("striker"): then none
            others = [s for s in people_senses(word) if s.offset != sense.offset and no_office_entry(word, s) is None]
            return None if any(borrow_sense(s, word, lex, exclude) is not None for s in others) else entry
    return borrow_sense(sense, word, lex, exclude, lenders)


def borrow_sense(sense: wordnet.Synset, word: str, lex: Lexicon, exclude: frozenset[str] = frozenset(),
                 lenders: list[tuple[Entry, str, int]] | None = None) -> Entry | None:
    """The entry a people or group sense lends ``word``: the vote of the nearest listed words on its hypernym walk
    (``lenders`` when already found); a tie lends nothing."""
    lenders = _nearest(sense, lex, exclude) if lenders is None else lenders
    votes: dict[str, int] = {}
    for lender, _, _ in lenders:
        votes[lender.sector] = votes.get(lender.sector, 0) + 1  # type: ignore[index]
    if not votes:
        return None
    ranked = sorted(votes.values(), reverse=True)
    if len(ranked) > 1 and ranked[0] == ranked[1]:
        return None  # as many lenders for two sectors: no sector is better than a coin toss
    best = max(votes, key=lambda k: votes[k])
    lender, via, depth = next(x for x in lenders if x[0].sector == best)
    how = {0: "synonym", -1: "a general word", -2: "a sister"}.get(depth, "a kind")
    return Entry(lender.kind, word, None, lender.sector, word, CONFIDENCE, f"wordnet: {how} of {via!r}")


def _nearest(sense: wordnet.Synset, lex: Lexicon, exclude: frozenset[str]) -> list[tuple[Entry, str, int]]:
    """The nearest listed words on the hypernym walk from ``sense`` (breadth first, the sense itself at depth 0);
    a general word ends its branch of the walk."""
    seen = {sense.offset}
    frontier = [sense]
    for depth in range(MAX_DEPTH + 1):
        found = [x for s in frontier for x in _listed_in(s, lex, exclude, depth)]
        if not found and depth == 1 and sense.lexname == "noun.person":
            found = [x for o in _people_below(sense.offset)
                     for x in _listed_in(wordnet.synset(o, "n"), lex, exclude, -1)]
            if len(found) < HYPONYM_MIN:
                found = []
        if not found and depth == 1 and sense.lexname == "noun.person":
            found = [x for s in frontier if not _stops(s.words) and len(_people_below(s.offset)) <= SIBLING_FAMILY
                     for o in _people_below(s.offset) if o != sense.offset
                     for x in _listed_in(wordnet.synset(o, "n"), lex, exclude, -2)]
        if found:
            return found
        nxt = []
        for s in frontier:
            if depth > 0 and _stops(s.words):
                continue
            for offset in s.hypernyms:
                if offset not in seen:
                    seen.add(offset)
                    nxt.append(wordnet.synset(offset, "n"))
        frontier = nxt
    return []


def _listed_in(sense: wordnet.Synset, lex: Lexicon, exclude: frozenset[str],
               depth: int) -> list[tuple[Entry, str, int]]:
    """The listed words of ``sense`` that mean it (their main sense), as (entry, word, depth) lenders."""
    return [(e, w.replace("_", " "), depth) for w in sense.words
            if (e := _listed(lex, w, exclude)) is not None and _main_sense(w, sense.offset)]


def borrow_adjective(word: str, lex: Lexicon | None = None) -> Entry | None:
    """The sector an adjective lends to a generic actor noun it modifies, through the noun WordNet says it pertains
    to ("judicial" → judge: JUD; "parliamentary" → parliament: LEG; "naval" → navy: MIL), or None. Only the
    adjective's first senses are read; the noun must be a listed people noun or borrow a sector itself."""
    lex = lex or default_lexicon()
    if lex is default_lexicon():
        return _borrow_adjective_cached(word.lower())
    return _borrow_adjective(word.lower(), lex)


@lru_cache(maxsize=4096)
def _borrow_adjective_cached(word: str) -> Entry | None:
    return _borrow_adjective(word, default_lexicon())


def _borrow_adjective(word: str, lex: Lexicon) -> Entry | None:
    offsets = wordnet.sense_offsets(word, "a")
    if not offsets or word in GENERAL:
        return None
    for noun in (n for o in offsets[:MAX_ADJECTIVE_SENSES] for n in wordnet.pertainyms(wordnet.synset(o, "a"))):
        for w in noun.words:
            e = _listed(lex, w, frozenset()) or _borrow(w.replace("_", " "), lex, frozenset())
            if e is not None and e.sector:
                return Entry("group", word, None, e.sector, word, CONFIDENCE,
                             f"wordnet: {word!r} pertains to {w.replace('_', ' ')!r}")
    return None


def _main_sense(word: str, offset: int) -> bool:
    """True when synset ``offset`` is among ``word``'s first ``LENDER_SENSES`` noun senses: a listed word lends only
    the sense the lexicon means ("mob" is listed for a crowd, not for the crime syndicate WordNet also calls mob)."""
    return offset in wordnet.sense_offsets(word, "n")[:LENDER_SENSES]


@lru_cache(maxsize=8192)
def _people_below(offset: int) -> tuple[int, ...]:
    """The people and group synsets directly below synset ``offset``."""
    below = wordnet.hyponyms(wordnet.synset(offset, "n"))
    return tuple(o for o in below if wordnet.synset(o, "n").lexname in PEOPLE_LEXNAMES)
