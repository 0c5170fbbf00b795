"""Multiword verb idioms read off the parse and typed through WordNet (issue 7, session 21).

Many acts are told by a verb with its object, particle or preposition whose words alone mean something else:
"opened fire on", "showed the diplomats the door", "threw in the towel", "pulled the plug on", "took aim at". WordNet
lists many such idioms as multiword verb lemmas ("open_fire", "show_the_door", "throw_in_the_towel"). A verb token
makes one with its own dependents: its particles, its direct object's head (with a plain article) and the
prepositions under it (with their objects' heads), kept in sentence order; the dependent the idiom leaves out (the
person shown the door) may stand between. The longest idiom WordNet knows wins, and its senses vote through the
loan vote of ``borrow.py`` (lenders, ``_vouched``, shares), so the idiom keeps the lexicon's roles and modes.

The idiom is read before the verb's own lexicon rows: "showed X the door" is no display, "pulled the plug on" no
pull. A lone verb + particle is not an idiom here (``borrow.py`` reads those where the lexicon leaves them).
"""

from __future__ import annotations

from functools import lru_cache
from itertools import combinations
from typing import Any

from chronicler.events import borrow
from chronicler.events.cues import lemmas, particles
from chronicler.events.lexicon import TriggerSense
from chronicler.nlp import wordnet

#: Articles WordNet writes inside idioms ("show_the_door", "pull_the_plug"); others (a number, "its") are left out.
ARTICLES = frozenset({"the", "a", "an"})
#: Most dependents an idiom takes after its verb (words of "throw_in_the_towel" after "throw").
MAX_PARTS = 4


def idiom_sense(tok: Any, own: TriggerSense | None, guard: bool = True) -> borrow.BorrowedSense | None:
    """The sense verb ``tok`` takes as the WordNet idiom it makes with its dependents, by the loan vote, or None.
    ``own``: the verb's own first fitting lexicon row. A row with conditions (or a default reading) is the
    lexicon's word on this use and stands ("gave short shrift" has its row); a plain row or none gives way."""
    if own is not None and (own.cue.specific or own.kind == "default") or not wordnet.available():
        return None
    word = idiom(tok)
    if word is None or borrow._listed_word(word):
        return None
    sense = borrow._vote(tok, "verb", "v", word, borrow.stop_words(), guard)
    # only a synonym in the idiom's own synset lends: what lies above an idiom is a broad act ("greet" above
    # "shake hands", "position" above "take aim") that says little of what the idiom tells
    return sense if sense is not None and sense.distance == 0 and not sense.derived else None


def _parts(tok: Any, prts: list[Any]) -> list[tuple[Any, ...]]:
    """The verb's dependents that may be words of an idiom, in sentence order, each with the article before it:
    its particles ``prts``, its direct object, its prepositions and their objects."""
    out: list[tuple[Any, ...]] = [(p,) for p in prts]
    for c in tok.children:
        if c.dep_ == "dobj":
            out += [_with_article(c)] if c.pos_ == "NOUN" else []
            # a second object the parser hangs on the first ("showed the envoys the door")
            out += [_with_article(g) for g in c.children if g.dep_ == "appos" and g.pos_ == "NOUN"]
        elif c.dep_ == "prep" and c.i > tok.i and c.i not in {p.i for p in prts}:
            out.append((c,))
            out += [_with_article(g) for g in c.children if g.dep_ == "pobj" and g.pos_ == "NOUN"]
    return sorted(out, key=lambda part: part[-1].i)


def _with_article(noun: Any) -> tuple[Any, ...]:
    """A noun with its article when that is a plain one ("the door"), else the noun alone."""
    arts = [c for c in noun.children if c.dep_ == "det" and c.lower_ in ARTICLES]
    return (arts[0], noun) if arts else (noun,)


def _spellings(part: tuple[Any, ...]) -> tuple[str, ...]:
    """How WordNet may write a part: with or without its article, the noun as written or as its lemma."""
    noun = part[-1]
    forms = tuple(dict.fromkeys((noun.lemma_.lower(), noun.lower_)))
    if len(part) == 1:
        return forms
    return tuple(f"{part[0].lower_}_{f}" for f in forms) + forms


def idiom(tok: Any) -> str | None:
    """The longest WordNet multiword verb lemma the verb token makes with its own dependents, not a lone verb +
    particle ("open_fire", "show_the_door", "throw_in_the_towel"), or None."""
    if tok.pos_ not in ("VERB", "AUX"):
        return None
    heads = tuple(h for h in lemmas(tok)[:2] if wordnet.multiword(h, "v"))
    if not heads:
        return None  # most verbs begin no idiom: no parse walk
    known = frozenset().union(*(wordnet.multiword(h, "v") for h in heads))
    prts = particles(tok)
    parts = _parts(tok, prts)
    for size in range(min(MAX_PARTS, len(parts)), 0, -1):
        for chosen in combinations(parts, size):
            if all(p[-1].pos_ != "NOUN" for p in chosen) or not _joined(tok, chosen):
                continue  # with no noun: a phrasal verb (borrow.py's) or a verb with a preposition, mostly a setting
            for word in _candidates(heads, tuple(_spellings(p) for p in chosen)):
                if word in known:
                    return word
    return None


def _joined(tok: Any, chosen: tuple[tuple[Any, ...], ...]) -> bool:
    """Whether the verb and the chosen parts stand together in the sentence: each part right after the word before
    it, or after the verb's object left out of the idiom ("took the mayor into custody", "showed the envoys the
    door") when the part is a noun or a preposition with its noun (a lone preposition after an object is a phrase
    of its own: "dropped a bombshell by announcing")."""
    used = {t.i for part in chosen for t in part}
    skipped = {t.i for c in tok.children if c.dep_ in ("dobj", "dative") and c.i not in used for t in c.subtree}
    last = tok.i
    for n, part in enumerate(chosen):
        gap = set(range(last + 1, part[0].i))
        if gap and (not gap <= skipped or (part[-1].pos_ == "ADP" and (n + 1 == len(chosen)
                                                                        or chosen[n + 1][-1].head.i != part[-1].i))):
            return False
        last = part[-1].i
    return True


@lru_cache(maxsize=65536)
def _candidates(heads: tuple[str, ...], spellings: tuple[tuple[str, ...], ...]) -> tuple[str, ...]:
    """Every way of writing the verb's forms followed by one spelling of each chosen part."""
    words = list(heads)
    for forms in spellings:
        words = [f"{w}_{f}" for w in words for f in forms]
    return tuple(words)
