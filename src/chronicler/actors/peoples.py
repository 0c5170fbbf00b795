"""Groups named by a people whose homeland spans states, coded only as far as the report says (issue 6, session 22).

The lexicon gave "Kurdish" Iraq's code (and "Pashtun" Afghanistan's, "Baloch" Pakistan's) whatever the text said:
"Kurdish lawmakers walked out of the parliament in Ankara" were Iraqi, "Pashtun activists" under a PESHAWAR
dateline Afghan. PLOVER's country is the state an actor belongs to, so :func:`settle_peoples` re-reads a group whose
only country came from such a people word (``data/peoples.csv``: the words, the states, the state meant when nothing
says) against the report, strongest first:

1. the places, countries and sure bodies its own sentence names among the people's states, in the group's clause
   (``clauses.cut_off``: not "while Iran shelled rebel camps"), a place where something happens counting twice;
2. the dateline's country, if it is one of them;
3. the sure mentions of the rest of the report among them;
4. the table's usual state, if it has one; else no country, left open (the evidence names the states), and the
   home country or the sentence's guess may not fill it in later.

A state's adjective before the people word ("Syrian Kurds", ``phraseplace._homeland``) or a sure "in X" after the
head ("Kurdish prisoners in Turkey") already gave a sure country; those are kept.
"""

from __future__ import annotations

import functools
from typing import Any

from chronicler.actors.draft import Draft

#: Lowest confidence of a body's or group's country that counts as the report's word.
SURE = 0.8
#: Lowest confidence of a place's country that counts as the sentence's word (as ``sentenceplace.PLACE_CONF``).
PLACE_CONF = 0.5
#: Confidence of a state chosen from the sentence or dateline, from the rest of the report, from the table alone.
SENTENCE_CONF, REPORT_CONF, USUAL_CONF = 0.6, 0.5, 0.4
NOT_STATES = {"IGO", "NGO", "IMG"}


@functools.lru_cache(maxsize=1)
def peoples() -> dict[str, tuple[tuple[str, ...], str | None]]:
    """Lowercased people word -> (the states the people lives in, the usual one or None), from ``peoples.csv``."""
    from chronicler.actors.lexicon import _rows

    table: dict[str, tuple[tuple[str, ...], str | None]] = {}
    for r in _rows("peoples.csv"):
        states = tuple(s for s in r["states"].split("|") if s)
        for w in r["words"].split("|"):
            table[w.strip().lower()] = (states, r["usual"].strip() or None)
    return table


def people_of(d: Draft) -> tuple[str, tuple[tuple[str, ...], str | None]] | None:
    """The people word (as written) that alone gives ``d`` its country, with its states and usual state; None when
    the draft has none or a surer word of its own placed it."""
    if d.link is not None or d.kind not in {"group", "person", "organization"} or d.regional:
        return None
    table = peoples()
    for c in (*d.phrase.mods, d.phrase.head):
        if c.kind in {"demonym", "norp", "group"} and c.text.lower() in table:
            e = c.entry
            if d.country is None or (e is not None and e.country == d.country and d.country_conf <= e.confidence):
                return c.text, table[c.text.lower()]
    return None


def _sentence_choice(d: Draft, drafts: list[Draft], sdoc: Any, states: tuple[str, ...]) -> str | None:
    from chronicler.actors.countryguess import _elsewhere, _located

    score: dict[str, int] = {}
    for p in drafts:
        if p is d or p.phrase.sentence != d.phrase.sentence or p.country not in states or people_of(p):
            continue
        if p.country_conf < (PLACE_CONF if p.kind == "place" or p.phrase.head.kind in {"city", "capital"} else SURE):
            continue
        if sdoc is not None and _elsewhere(d, p, sdoc):
            continue
        score[p.country] = score.get(p.country, 0) + (2 if sdoc is not None and _located(p, sdoc) else 1)
    return _unique_top(score)


def _unique_top(score: dict[str, int]) -> str | None:
    if not score:
        return None
    ranked = sorted(score.values(), reverse=True)
    if len(ranked) > 1 and ranked[0] == ranked[1]:
        return None
    return max(score, key=lambda k: score[k])


def settle_peoples(drafts: list[Draft], sdoc: Any, dateline: str | None) -> None:
    """Give each draft named only by a people of several states the state the report points to, else the usual
    one, else none (see the module's description); in place."""
    for d in drafts:
        found = people_of(d)
        if found is None:
            continue
        word, (states, usual) = found
        code = _sentence_choice(d, drafts, sdoc, states)
        conf, why = SENTENCE_CONF, "its sentence names it"
        if code is None and dateline in states:
            code, why = dateline, "the dateline's"
        if code is None:
            code = _unique_top(_report_counts(d, drafts, states))
            conf, why = REPORT_CONF, "the report names it"
        if code is None and usual is not None:
            code, conf, why = usual, USUAL_CONF, "the usual one, nothing in the report says otherwise"
        if code is not None:
            d.country, d.country_conf = code, conf
            d.evidence.append(f"country {code}: the {word!r} people lives in {', '.join(states)}; {code} is {why}")
        else:
            d.country, d.country_conf = None, 0.0
            d.regional = True  # no guess from the home country or the sentence later: the report does not say
            d.evidence.append(f"country left open: the {word!r} people lives in {', '.join(states)} and the report "
                              f"does not say which")


def _report_counts(d: Draft, drafts: list[Draft], states: tuple[str, ...]) -> dict[str, int]:
    score: dict[str, int] = {}
    for p in drafts:
        if p is not d and p.phrase.sentence != d.phrase.sentence and p.country in states \
                and p.country_conf >= SURE and not people_of(p):
            score[p.country] = score.get(p.country, 0) + 1
    return score
