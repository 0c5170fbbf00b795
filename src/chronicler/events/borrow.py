"""Event types borrowed through WordNet for words the trigger lexicon does not list.

A verb or event noun with no row of any kind in ``event_triggers.csv`` may take the sense of a lexicon word it is
a synonym of (same synset: "assail" → attack) or a kind of (a hypernym: "rebuke" → criticize, "parley" →
negotiate). The lender's own cue conditions are checked on the borrowing word ("assailed the decision" takes the
``obj=decision`` row of "attack", which is ACCUSE), so the borrowed reading keeps the lexicon's roles and modes.

Choices (tuned on leave-lemma-out runs of data we may read, ``eval/events_unseen.py``, checked against the example
corpus for loans where the report has no event):
- the word's first four WordNet senses vote, weighted by sense rank (WordNet orders senses by frequency) and by
  distance up the hypernym graph (at most two steps); each sense stops at its nearest lender;
- only senses from lexicographer files where political acts live (``TRUSTED``) vote;
- a lender counts only for a synset that means what our lexicon means by it (``_vouched``);
- words of ``data/event_wordnet_stop.txt`` neither borrow nor lend (general verbs: "make", "take", "say");
- the winning type needs ``MIN_SHARE`` of the vote and a weight of ``MIN_VOTE`` (a rare sense alone lends nothing).
- a verb's senses are ranked for its use (session 12): used without an object, the senses whose WordNet frames
  have none come first ("demonstrated in Nairobi": march in protest, before "show"); with one, those with one;
  the others follow, none is dropped (``sense_ranks``; the frames are incomplete);
- a verb also borrows from the event noun derived from it, as WordNet's word-specific ``+`` links give it
  ("mobilize" ~ mobilization; session 12), the noun's cue read on the verb (its ``obj=`` as the verb's object);
  only the first ranked sense's links count (a minor sense's link lent "hear" the court "hearing"). Nouns do not
  borrow from verbs: "penalty" ~ penalise made a sanction of every sentence someone risks, on real news;
- where nothing above lends, a party's verb may borrow from its kinds (``events/kinds.py``: "praise" > laud).
Where a loan may stand in a sentence: ``loanplace.compete`` (the main event's level, not against a higher lexicon
trigger).
WordNet is read at run time (``chronicler.nlp.wordnet``); a missing WordNet leaves every word unborrowed.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass, replace
from functools import lru_cache
from importlib import resources
from typing import Any

from chronicler.events.cues import lemmas, matches, particles
from chronicler.events.kinds import kinds_vote, may_lend_below
from chronicler.events.lexicon import TriggerSense, spelling_variants, trigger_lexicon
from chronicler.events.sides import political
from chronicler.events.verbuse import MAX_SENSES, SENSE_WEIGHTS, _has_clause, sense_ranks, usage
from chronicler.nlp import wordnet

#: Lexicographer files whose senses may lend a type, by part of speech.
TRUSTED = {
    "v": frozenset({"verb.communication", "verb.competition", "verb.contact", "verb.social", "verb.possession"}),
    "n": frozenset({"noun.act", "noun.event", "noun.communication"}),
}
#: Files whose senses lend only to a verb with a political side as its subject (``sides.political``):
#: motion and change carry withdrawals, incursions and curbs ("pulled its troops back", "beefed up its army"), but
#: also most of what goods, prices and bodies do.
GUARDED = {"v": frozenset({"verb.motion", "verb.change"}), "n": frozenset()}
#: Weight of a lender by its distance up the hypernym graph (0 = a synonym).
DISTANCE_WEIGHTS = (1.0, 0.6, 0.35)
#: Share of the vote the winning type needs, and its least weight.
MIN_SHARE = 0.75
MIN_VOTE = 0.3
#: Confidence in a borrowed type: below a direct lexicon hit (0.8 verb, 0.6 noun), by the lender's distance.
CONFIDENCE = {0: 0.55, 1: 0.5, 2: 0.45}
#: Files whose verb senses may lend from their kinds: not physical contact, whose kinds are blows (a minister who
#: "touched on" the drought > strike).
KIND_FILES = TRUSTED["v"] - {"verb.contact"}
#: The distance a lender below the word (one of its kinds) is given: as far as two hypernym steps.
KIND_DISTANCE = 2
#: A derivational lender's mark in place of a hypernym distance.
DERIVED = -1
#: Confidence in a lexicon word reached through WordNet's base forms only.
FORM_CONFIDENCE = 0.7
LEXICON_KINDS = ("verb", "noun", "light", "default")
#: The other part of speech a derivational link leads to ("suspension" → suspend, "demonstrate" → demonstration).
OTHER_KIND = {"verb": ("noun", "n"), "noun": ("verb", "v")}
#: Weight of a lender reached by a derivational link (the same word in another part of speech), like a synonym's.
DERIVED_WEIGHT = 1.0
#: Lexicographer files of things, people and places: neither end of a derivational link there names an act
#: ("suspension" the mixture, "demonstrator" the person).
CONCRETE = frozenset({"noun.artifact", "noun.substance", "noun.body", "noun.person", "noun.animal", "noun.plant",
                      "noun.food", "noun.object", "noun.location", "noun.group", "noun.quantity", "noun.shape"})


@dataclass(frozen=True)
class BorrowedSense(TriggerSense):
    """A lexicon sense lent to a word the lexicon does not list, with the WordNet evidence for the loan."""

    word: str = ""  # the borrowing word (its WordNet lemma)
    lender: str = ""  # the lexicon lemma whose sense it took
    distance: int = 0  # 0: a synonym; n: the lender is n hypernym steps up
    confidence: float = 0.5
    derived: bool = False  # the lender is the event noun derived from the verb ("mobilize" ~ mobilization)
    below: bool = False  # the lender is one of the word's kinds ("praise" > laud; ``events/kinds.py``)

    @property
    def evidence(self) -> str:
        """A short label for the provenance: "wordnet: assail = attack" (a synonym), "wordnet: rebuke < criticize"
        (a kind of it) or "wordnet: form of extol" (the lexicon's own word, found by WordNet's morphology)."""
        if self.lender == self.word:
            return f"wordnet: form of {self.word}"
        if self.derived:
            return f"wordnet: {self.word} ~ {self.lender}"
        if self.below:
            return f"wordnet: {self.word} > {self.lender}"
        return f"wordnet: {self.word} {'=' if self.distance == 0 else '<'} {self.lender}"


@lru_cache(maxsize=1)
def stop_words() -> frozenset[str]:
    """Words that neither borrow nor lend (``data/event_wordnet_stop.txt``)."""
    text = resources.files("chronicler").joinpath("data", "event_wordnet_stop.txt").read_text(encoding="utf-8")
    return frozenset(w.strip().lower() for line in text.splitlines() if not line.startswith("#")
                     for w in line.split(",") if w.strip())


def listed(words: list[str]) -> bool:
    """True when any of ``words`` has a row of any kind in the trigger lexicon."""
    table = trigger_lexicon()
    return any((kind, w) in table for w in words for kind in LEXICON_KINDS)


@lru_cache(maxsize=65536)
def _listed_word(word: str) -> bool:
    """``listed([word])``, once per word."""
    return listed([word])


@lru_cache(maxsize=16384)
def lenders(word: str, pos: str) -> tuple[tuple[int, int, tuple[str, ...], tuple[str, ...], bool], ...]:
    """WordNet's candidates for ``word``: (sense number, distance, words of the synset, words of the synsets just
    above it, whether the sense is ``GUARDED``) for each trusted or guarded sense among the first ``MAX_SENSES``
    and each synset on its way up, nearest first (:func:`sense_ranks` turns the sense number into a voting rank
    for the token's use). Lexicon-independent, so cached."""
    out = []
    for rank, syn in enumerate(wordnet.synsets(word, pos)[:MAX_SENSES]):
        guarded = syn.lexname in GUARDED[pos]
        if syn.lexname not in TRUSTED[pos] and not guarded:
            continue
        for dist, s in wordnet.hypernym_paths(syn, len(DISTANCE_WEIGHTS) - 1):
            above = tuple(w for h in s.hypernyms for w in wordnet.synset(h, pos).words)
            out.append((rank, dist, s.words, above, guarded))
    return tuple(out)


@lru_cache(maxsize=16384)
def sense_rank(word: str, pos: str, words: tuple[str, ...]) -> int:
    """Where the synset holding ``words`` stands among ``word``'s own senses (0 = its most frequent)."""
    return next((i for i, s in enumerate(wordnet.synsets(word, pos)) if s.words == words), 99)


def lexicon_types(word: str, kind: str) -> frozenset[str]:
    """The types a lexicon word gives with no condition met (else with any)."""
    rows = [s for s in trigger_lexicon().get((kind, word), ()) if s.type]
    plain = {s.type for s in rows if not s.cue.specific}
    return frozenset(plain or {s.type for s in rows if s.type})


def _vouched(lender: str, typ: str, kind: str, pos: str, words: tuple[str, ...], above: tuple[str, ...],
             borrower: str) -> bool:
    """Whether the synset ``words`` means what the lexicon means by ``lender``: another lexicon word in it or just
    above it gives the same type; or it is the lender's first sense and no other lexicon word in it disagrees."""
    others = [(w, lexicon_types(w, kind)) for w in words + above if w not in (lender, borrower) and "_" not in w]
    if any(typ in types for _, types in others):
        return True
    disagree = any(types for w, types in others if w in words)
    return not disagree and sense_rank(lender, pos, words) == 0


def _lent(word: str, kind: str, tok: Any, lender_kind: str | None = None) -> TriggerSense | None:
    """The lexicon sense ``word`` lends to ``tok``: its first sense whose cue ``tok`` meets. With ``lender_kind``
    (a derivational lender of the other part of speech), its rows of that kind, each cue read as if written for
    ``kind`` (a noun's ``obj=``, its of-object or compound, is the verb's object: "mobilization of reservists" ~
    "mobilized reservists")."""
    table = trigger_lexicon()
    head, _, rest = word.partition("_")
    if lender_kind is not None:
        if rest:
            return None
        return next((s for s in (replace(r, kind=kind) for r in table.get((lender_kind, word), ()))
                     if s.type and s.role != "hosted" and not s.cue.prt and matches(s, tok)
                     and not (_has_clause(kind, tok) and s.role == "act" and not s.cue.comp)), None)
    if rest:  # a phrasal lender ("pull_out"): the row of its head with that particle and no other condition
        if kind != "verb" or "_" in rest:
            return None
        return next((s for s in table.get((kind, head), ()) if s.type and s.cue.prt and rest in s.cue.prt
                     and s.cue.specific == 1), None)
    rows = table.get((kind, word))
    if not rows:
        return None  # most words of a lender synset have no row: no need to read the token's clauses
    # A verb with a clause of its own ("argued that ...", "offered to mediate") reports, asks or commits: only a speech
    # act of the lexicon (a role other than ``act``, or a row asking for a complement) lends to it.
    clause = _has_clause(kind, tok)
    # Not the lender's ``default`` row: that is its reading in a sentence with no trigger, too loose to lend.
    return next((s for s in rows if s.type and matches(s, tok)
                 and not (clause and s.role == "act" and not s.cue.comp)), None)


@lru_cache(maxsize=16384)
def derived_lenders(word: str, pos: str) -> tuple[tuple[int, str, tuple[str, ...], tuple[str, ...]], ...]:
    """WordNet's derivational candidates for ``word``: (sense number, the related word of the other part of speech,
    the words of its synset, the words just above it) for each of the word's first senses that names no thing,
    person or place. Lexicon-independent, so cached."""
    other = OTHER_KIND["verb" if pos == "v" else "noun"][1]
    out = []
    for rank, syn in enumerate(wordnet.synsets(word, pos)[:MAX_SENSES]):
        if syn.lexname in CONCRETE:
            continue
        for target_synset, target in wordnet.derivations(syn, word):
            if target_synset.pos != other or target_synset.lexname in CONCRETE or "_" in target:
                continue
            above = tuple(w for h in target_synset.hypernyms for w in wordnet.synset(h, other).words)
            out.append((rank, target, target_synset.words, above))
    return tuple(out)


def _wordnet_lemma(tok: Any, pos: str, forms: list[str]) -> str | None:
    """The WordNet lemma of the token: a phrasal verb with its particle when WordNet lists it; else the base form
    WordNet reads off an inflected surface form (the tagger's lemma of "staged" is "stag"); else the first form
    WordNet knows."""
    surface = tok.lower_
    if pos == "v":
        for p in particles(tok):
            for form in forms[:1]:
                if wordnet.synsets(f"{form}_{p.lower_}", pos):
                    return f"{form}_{p.lower_}"
    return _base_word(pos, tuple(forms), surface)


@lru_cache(maxsize=65536)
def _base_word(pos: str, forms: tuple[str, ...], surface: str) -> str | None:
    """The base form WordNet reads off ``surface``, else the first of ``forms`` it knows (WordNet's morphology and
    index alone, no token: cached)."""
    base = wordnet.base_forms(surface, pos)
    if base and base[0] != surface:
        return base[0]
    for form in forms:
        known = wordnet.base_forms(form, pos)
        if known:
            return known[0]
    return None


@lru_cache(maxsize=4)
def _lending_words(kind: str) -> frozenset[str]:
    """Words with a typed row of ``kind`` in the lexicon: the only ones that can lend (``_lent``)."""
    return frozenset(w for (k, w), senses in trigger_lexicon().items() if k == kind and any(s.type for s in senses))


#: :func:`_may_lend`'s answers by (word, kind, part of speech), each with the ``lenders`` tuple and stop words it was
#: computed from (an answer is reused only while ``lenders`` still returns that very tuple: clearing its cache,
#: as a test does to read WordNet anew, renews the answers too).
_MAY_LEND: dict[tuple[str, str, str], tuple[Any, frozenset[str], bool]] = {}


def _may_lend(word: str, kind: str, pos: str, stop: frozenset[str]) -> bool:
    """False when no word of ``word``'s lender synsets (a phrasal one by its head) has a typed lexicon row, so
    that :func:`_lent` would find nothing for any of them, whatever the token (token-independent: memoized)."""
    found = lenders(word, pos)
    key = (word, kind, pos)
    memo = _MAY_LEND.get(key)
    if memo is not None and memo[0] is found and memo[1] is stop:
        return memo[2]
    lending = _lending_words(kind)
    answer = any(w.partition("_")[0] in lending for _, _, words, _, _ in found for w in words
                 if w != word and w not in stop) or any(
        target in _lending_words(OTHER_KIND[kind][0]) and target not in stop
        for _, target, _, _ in derived_lenders(word, pos) if kind == "verb")
    if len(_MAY_LEND) > 65536:
        _MAY_LEND.clear()
    _MAY_LEND[key] = (found, stop, answer)
    return answer


def borrowed_sense(tok: Any, kind: str, forms: list[str], guard: bool = True) -> BorrowedSense | None:
    """The sense a verb or noun outside the lexicon borrows through WordNet, or None.

    ``forms``: the token's candidate lemmas (the lexicon was already asked about every one of them)."""
    stop = stop_words()
    if kind not in ("verb", "noun") or any(f in stop for f in forms) or not wordnet.available():
        return None
    pos = "v" if kind == "verb" else "n"
    word = _wordnet_lemma(tok, pos, forms)
    if word is None or word in stop:
        return None
    if _listed_word(word):  # WordNet's morphology found a lexicon word the tagger missed ("extolled" → extol)
        own = _lent(word, kind, tok)
        return None if own is None else BorrowedSense(kind, own.lemma, own.cue, own.type, own.mode, own.cameo,
                                                      own.role, word=word, lender=word, confidence=FORM_CONFIDENCE)
    return _vote(tok, kind, pos, word, stop, guard)


def _vote(tok: Any, kind: str, pos: str, word: str, stop: frozenset[str],
          guard: bool = True) -> BorrowedSense | None:
    """The sense ``word`` (the token's WordNet lemma, maybe a phrasal verb) borrows by its senses' vote, or None.
    The ``GUARDED`` senses vote only where the others lend nothing, and only for a verb with a political subject:
    they fill a gap, they never split a vote the trusted senses win ("mobilized reservists" ~ mobilization)."""
    sense = None
    if _may_lend(word, kind, pos, stop):  # else no word of any lender synset has a typed row: no token work
        sense = _vote_with(tok, kind, pos, word, stop, False)
        if sense is None and any(g for *_, g in lenders(word, pos)) and (not guard or political(tok)):
            sense = _vote_with(tok, kind, pos, word, stop, True)
    return sense if sense is not None or kind != "verb" else _from_kinds(tok, kind, pos, word, stop)


def _row_types(word: str, kind: str) -> frozenset[str]:
    """Every type the lexicon's rows of ``word`` give, whatever their conditions."""
    return frozenset(r.type for r in trigger_lexicon().get((kind, word), ()) if r.type)


def _from_kinds(tok: Any, kind: str, pos: str, word: str, stop: frozenset[str]) -> BorrowedSense | None:
    """The sense ``word`` borrows from the lexicon words below it in WordNet (``events/kinds.py``), or None."""
    if "_" in word or not may_lend_below(word, pos, KIND_FILES, MAX_SENSES, _lending_words(kind), stop,
                                         lambda w: _row_types(w, kind)):
        return None  # a phrasal verb ("sounded off" > scold), or no kind of any trusted sense has a typed row
    lending = _lending_words(kind)
    found = kinds_vote(word, pos, sense_ranks(word, pos, usage(kind, tok)), SENSE_WEIGHTS, KIND_FILES,
                       lambda w: _lent(w, kind, tok) if w in lending else None, stop)
    if found is None or not political(tok):  # a kind adds a manner the word lacks: only a party's act reads as
        return None  # one ("a chess prodigy challenged the champion" > impeach)
    sense, lender = found
    return BorrowedSense(kind, sense.lemma, sense.cue, sense.type, sense.mode, sense.cameo, sense.role,
                         word=word, lender=lender, distance=KIND_DISTANCE, confidence=CONFIDENCE[KIND_DISTANCE],
                         below=True)


def _vote_with(tok: Any, kind: str, pos: str, word: str, stop: frozenset[str],
               guarded_too: bool) -> BorrowedSense | None:
    """One vote of ``word``'s senses (the ``GUARDED`` ones too with ``guarded_too``)."""
    votes: dict[str, float] = defaultdict(float)
    best: dict[str, tuple[float, TriggerSense, str, int]] = {}
    nearest: dict[int, int] = {}  # sense rank → distance of its nearest lender
    ranks = sense_ranks(word, pos, usage(kind, tok))
    for raw, dist, words, above, guarded in lenders(word, pos):
        rank = ranks[raw]
        if rank is None or (rank in nearest and dist > nearest[rank]):
            continue
        if guarded and not guarded_too:
            continue
        weight = SENSE_WEIGHTS[rank] * DISTANCE_WEIGHTS[dist]
        voted: set[str] = set()
        for w in words:
            if w == word or w in stop or ("_" in w and w.split("_")[0] in stop):
                continue
            sense = _lent(w, kind, tok)
            if sense is None or sense.type in voted or not _vouched(w, sense.type, kind, pos, words, above, word):
                continue
            voted.add(sense.type)
            votes[sense.type] += weight
            nearest[rank] = dist
            if sense.type not in best or weight > best[sense.type][0]:
                best[sense.type] = (weight, sense, w, dist)
    other_kind, other_pos = OTHER_KIND[kind]
    voted_derived: set[str] = set()
    for raw, target, words, above in derived_lenders(word, pos):
        if kind != "verb" or ranks[raw] != 0 or target in stop:  # a verb's first ranked sense's links only
            continue
        sense = _lent(target, kind, tok, lender_kind=other_kind)
        if sense is None or sense.type in voted_derived \
                or not _vouched(target, sense.type, other_kind, other_pos, words, above, word):
            continue
        voted_derived.add(sense.type)
        votes[sense.type] += SENSE_WEIGHTS[0] * DERIVED_WEIGHT
        if sense.type not in best or SENSE_WEIGHTS[0] * DERIVED_WEIGHT > best[sense.type][0]:
            best[sense.type] = (SENSE_WEIGHTS[0] * DERIVED_WEIGHT, sense, target, DERIVED)
    if not votes:
        return None
    winner = max(votes, key=lambda t: votes[t])
    if votes[winner] < MIN_VOTE or votes[winner] < MIN_SHARE * sum(votes.values()):
        return None
    _, sense, lender, dist = best[winner]
    return BorrowedSense(kind, sense.lemma, sense.cue, sense.type, sense.mode, sense.cameo, sense.role,
                         word=word, lender=lender.replace("_", " "), distance=max(dist, 0),
                         confidence=CONFIDENCE[max(dist, 0)], derived=dist == DERIVED)


def unlisted_forms(forms: list[str]) -> list[str]:
    """``forms``, or [] when any of them (in either spelling) is listed in the lexicon."""
    return [] if _any_listed(tuple(forms)) else forms


@lru_cache(maxsize=65536)
def _any_listed(forms: tuple[str, ...]) -> bool:
    """Whether any of ``forms`` (in either spelling) is listed: asked for most words of every sentence."""
    return listed([v for f in forms for v in spelling_variants(f)])


def loan(kind: str, tok: Any, guard: bool = True) -> BorrowedSense | None:
    """The sense a verb or noun token borrows through WordNet, or None when the lexicon lists any of its forms.
    ``guard=False``: the ``GUARDED`` senses vote whoever the subject is (what the doer guard refused)."""
    forms = lemmas(tok) if kind == "verb" else [tok.lemma_.lower(), tok.lower_]
    if kind == "verb" and not unlisted_forms(forms):
        return _listed_phrasal(tok, forms, guard)
    forms = unlisted_forms(forms)
    return borrowed_sense(tok, kind, forms, guard) if forms else None


def _listed_phrasal(tok: Any, forms: list[str], guard: bool = True) -> BorrowedSense | None:
    """The loan of a listed verb none of whose rows fit the token (the caller's case) as the WordNet phrasal verb
    it makes with a particle no row of the verb names ("locked away" when only "lock up" is written): a new word,
    not a reading the lexicon ruled out. A particle with rows of its own keeps their conditions."""
    stop = stop_words()
    if forms[0] in stop or not wordnet.available():
        return None
    written = {p for f in forms for s in trigger_lexicon().get(("verb", f), ()) for p in s.cue.prt}
    for prt in particles(tok):
        word = f"{forms[0]}_{prt.lower_}"
        if prt.lower_ not in written and wordnet.sense_offsets(word, "v") and not _listed_word(word):
            return _vote(tok, "verb", "v", word, stop, guard)
    return None
